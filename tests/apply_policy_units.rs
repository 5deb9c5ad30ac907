//! Responsible units as other governments write them: several labelled lines per item (牵头单位：/
//! 责任单位：/配合单位：, 牵头部门：…), parentheticals inside an item's text or on a line of their own.
//! The cases of `corpus/policy-units/` (expected results written by hand) and targeted checks of the
//! rules: what an emptied list, group or parenthetical leaves, and what the operations touch.

mod common;

use amend::apply::{self, Applied, ApplyOptions, ErrorKind, Failed};
use amend::check::{self, Folder, Verdict};
use amend::document;
use amend::notice;

const CASES: [&str; 3] = ["fujian-labelled-lines", "guangdong-inline", "zhejiang-parenthetical-lines"];

fn case_file(case: &str, file: &str) -> String {
    common::read(&format!("policy-units/{case}/{file}"))
}

/// Applies `notice` to `original` (the notice's section for the document's title).
fn run(notice: &str, original: &str) -> Result<Applied, Failed> {
    let notice = notice::parse(notice);
    let doc = document::parse(original);
    let section = apply::find_section(&notice, &doc, None).unwrap();
    apply::apply(&doc, &notice, section, &ApplyOptions::default())
}

fn apply_case(case: &str) -> Applied {
    run(&case_file(case, "notice.txt"), &case_file(case, "original.txt")).unwrap()
}

/// A notice of one section for the document titled `title`, its instructions numbered （一）（二）….
fn notice_for(title: &str, instructions: &[&str]) -> String {
    let numbers = ["一", "二", "三", "四", "五"];
    let mut out = format!("关于修改《{title}》的通知\n一、对《{title}》作出修改\n");
    for (n, i) in numbers.iter().zip(instructions) {
        out.push_str(&format!("（{n}）{i}\n"));
    }
    out
}

/// The lines of `after` that differ from `before`, which must have as many lines: (before, after).
fn changed_lines<'a>(before: &'a str, after: &'a str) -> Vec<(&'a str, &'a str)> {
    let (b, a): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    assert_eq!(b.len(), a.len(), "no line added or removed");
    b.into_iter().zip(a).filter(|(x, y)| x != y).collect()
}

/// `text` without its line `line` (which it must have once).
fn without_line(text: &str, line: &str) -> String {
    let with_break = format!("{line}\n");
    assert_eq!(text.matches(&with_break).count(), 1, "{line}");
    text.replacen(&with_break, "", 1)
}

// ---------------------------------------------------------------- the cases, byte for byte

#[test]
fn each_case_gives_its_hand_written_result_byte_for_byte() {
    for case in CASES {
        let out = apply_case(case);
        let expected = case_file(case, "expected.txt");
        if out.text != expected {
            let diff: Vec<String> = out
                .text
                .lines()
                .zip(expected.lines())
                .filter(|(a, b)| a != b)
                .map(|(a, b)| format!("  got      {a}\n  expected {b}"))
                .collect();
            panic!("{case}: the result differs from expected.txt\n{}", diff.join("\n"));
        }
        assert!(out.warnings.is_empty(), "{case}: {:?}", out.warnings);
        assert!(out.reports.iter().all(|r| matches!(r.status, apply::Status::Applied)), "{case}");
    }
}

#[test]
fn each_case_checks_identical_through_its_case_toml() {
    for case in CASES {
        let loaded = check::load(&Folder(common::corpus().join("policy-units").join(case))).unwrap();
        let report = check::check(&loaded, false);
        assert!(!report.has_errors() && !report.differs(), "{case}");
        assert_eq!(report.documents[0].verdict, Verdict::Identical, "{case}");
        assert_eq!(report.instruction_counts(), (3, 0, 0), "{case}");
    }
}

// ---------------------------------------------------------------- labelled lines (Fujian style)

#[test]
fn the_lead_group_prefix_moves_right_when_its_first_member_is_deleted() {
    let out = apply_case("fujian-labelled-lines");
    // 并相应删除该内容责任单位中的“省物价局”: only the 牵头部门 line of 第三项 held it
    let from_line: Vec<_> = out.changes.iter().filter(|c| c.op == "delete_units_from_line").collect();
    assert_eq!(from_line.len(), 1);
    assert_eq!(from_line[0].path, "二/（三）/牵头部门");
    assert_eq!(
        (from_line[0].before.as_str(), from_line[0].after.as_str()),
        ("牵头部门：省物价局、农业厅", "牵头部门：省农业厅")
    );
    // and the result has the line so, its 省 before the member that is now first
    assert!(out.text.contains("\n牵头部门：省农业农村厅\n责任部门：省财政厅，省税务局\n配合部门：各设区市人民政府\n"));
}

#[test]
fn a_units_line_emptied_of_its_only_member_is_removed_and_its_neighbours_stay() {
    let original = case_file("fujian-labelled-lines", "original.txt");
    let out = run(
        &notice_for(
            "福建省人民政府办公厅关于加快推进农村产权制度改革的若干意见",
            &["将全文中的“金融办”修改为“金融监管局”；删除“物价局”。"],
        ),
        &original,
    )
    .unwrap();
    // 第五项: 牵头单位 / 责任单位：省物价局 / 配合单位: the middle line goes, nothing else of the item changes
    let expected = without_line(&original, "责任单位：省物价局")
        .replace("牵头单位：省金融办", "牵头单位：省金融监管局")
        // the other lists that held 物价局: a member in the middle of a group, the first of a 牵头部门 line,
        // and the running text of 第三项 (a lone occurrence, not a list: left alone with a warning)
        .replace("责任单位：省国土厅、财政厅、物价局，省档案局", "责任单位：省国土厅、财政厅，省档案局")
        .replace("牵头部门：省物价局、农业厅", "牵头部门：省农业厅");
    assert_eq!(out.text, expected);
    let removed = out.changes.iter().find(|c| c.path == "三/（五）/责任单位").unwrap();
    assert_eq!((removed.before.as_str(), removed.after.as_str()), ("责任单位：省物价局", ""));
    assert!(
        out.warnings.iter().any(|w| w.message.contains("stands alone in running text in 二/（三）")),
        "{:?}",
        out.warnings
    );
}

#[test]
fn deleting_from_the_lists_of_deleted_content_acts_on_each_labelled_list_of_it() {
    let title = "福建省人民政府关于推进价格机制改革的实施意见";
    let original = format!(
        "{title}\n一、总体要求\n（一）加强统筹协调。由省物价局牵头开展定价成本监审。\n牵头单位：省物价局、发展改革委\n责任单位：省财政厅\n配合单位：省物价局，各设区市人民政府\n（二）完善价格机制。（牵头单位：省物价局；责任单位：省财政厅）\n"
    );
    let out = run(
        &notice_for(
            title,
            &["删除第一项中“由省物价局牵头开展定价成本监审”的表述，并相应删除该内容责任单位中的“省物价局”。"],
        ),
        &original,
    )
    .unwrap();
    assert_eq!(
        changed_lines(&original, &out.text),
        [
            ("（一）加强统筹协调。由省物价局牵头开展定价成本监审。", "（一）加强统筹协调。"),
            ("牵头单位：省物价局、发展改革委", "牵头单位：省发展改革委"),
            ("配合单位：省物价局，各设区市人民政府", "配合单位：各设区市人民政府"),
        ],
        "the 牵头 and 配合 lines of 第一项 lose 省物价局; 第二项 keeps it"
    );
}

#[test]
fn deleting_from_the_lists_of_content_that_has_none_is_an_error() {
    let title = "福建省人民政府关于推进价格机制改革的实施意见";
    let original = format!(
        "{title}\n一、总体要求\n（一）加强统筹协调。由省物价局牵头。\n（二）完善机制。健全成本监审制度。（责任单位：省财政厅）\n"
    );
    let failed = run(
        &notice_for(title, &["删除第一项中“由省物价局牵头”的表述，并相应删除该内容责任单位中的“省物价局”。"]),
        &original,
    )
    .unwrap_err();
    assert_eq!(failed.errors[0].kind, ErrorKind::NoSuchNode);
    assert!(failed.errors[0].message.contains("no list of responsible units"), "{}", failed.errors[0].message);
    // a unit that is in none of the content's lists
    let failed = run(
        &notice_for(title, &["删除第二项中“健全成本监审制度”的表述，并相应删除该内容责任单位中的“省物价局”。"]),
        &original,
    )
    .unwrap_err();
    assert_eq!(failed.errors[0].kind, ErrorKind::UnitNotFound);
    assert!(failed.errors[0].message.contains("（责任单位：省财政厅）"), "{}", failed.errors[0].message);
}

// ---------------------------------------------------------------- parentheticals (Guangdong and Zhejiang styles)

#[test]
fn a_parenthetical_emptied_of_its_only_group_disappears_with_nothing_else_changed() {
    let original = case_file("guangdong-inline", "original.txt");
    let out = run(
        &notice_for(
            "广东省人民政府关于加快推进农村一二三产业融合发展的实施意见",
            &["将全文中的“金融办”修改为“地方金融监管局”；删除“物价局”。"],
        ),
        &original,
    )
    .unwrap();
    let changed = changed_lines(&original, &out.text);
    // 第二点第二项: the parenthetical goes, the 。 after it stays
    assert!(changed.contains(&(
        "（二）加强农产品市场价格监测。建立覆盖主要农产品的价格监测预警体系，定期发布价格信息（责任单位：省物价局）。",
        "（二）加强农产品市场价格监测。建立覆盖主要农产品的价格监测预警体系，定期发布价格信息。"
    )));
    // 第一点第二项: a member written with its own 省 goes with its 、
    assert!(changed.contains(&(
        "（二）培育新型农业经营主体。支持家庭农场、农民合作社发展农产品加工流通，规范农民合作社登记管理，农民合作社从事农产品初加工用电执行农业生产电价（责任单位：省农业厅、省工商局、省物价局）。",
        "（二）培育新型农业经营主体。支持家庭农场、农民合作社发展农产品加工流通，规范农民合作社登记管理，农民合作社从事农产品初加工用电执行农业生产电价（责任单位：省农业厅、省工商局）。"
    )));
    // 第二点第一项: the emptied 牵头单位 group goes with its ；; the running text (省物价局会同…) is no list
    assert!(changed.contains(&(
        "（一）推行农产品价格保险。在部分地区开展生猪、蔬菜价格指数保险试点，保险费率由省物价局会同省金融办核定，省财政对保费给予适当补贴。（牵头单位：省物价局；责任单位：省金融办、省财政厅）",
        "（一）推行农产品价格保险。在部分地区开展生猪、蔬菜价格指数保险试点，保险费率由省物价局会同省地方金融监管局核定，省财政对保费给予适当补贴。（责任单位：省地方金融监管局、省财政厅）"
    )));
    assert_eq!(changed.len(), 3, "{changed:#?}");
}

#[test]
fn a_parenthetical_line_emptied_is_removed_and_a_group_goes_with_its_separator() {
    let original = case_file("zhejiang-parenthetical-lines", "original.txt");
    let out = run(
        &notice_for(
            "浙江省人民政府办公厅关于加快推进质量强省建设的若干意见",
            &["将全文中的“经信委”修改为“经信厅”；删除“物价局”。"],
        ),
        &original,
    )
    .unwrap();
    let expected = without_line(&original, "（责任单位：省物价局）")
        .replace("（牵头单位：省物价局；配合单位：省工商局、省质监局）", "（配合单位：省工商局、省质监局）")
        .replace("省经信委", "省经信厅");
    assert_eq!(out.text, expected);
    // a first list goes with the ；after it, a last list with the ；before it
    let out = run(
        &notice_for(
            "浙江省人民政府办公厅关于加快推进质量强省建设的若干意见",
            &["将全文中的“农业厅”修改为“农业农村厅”；删除“经信委”“商务厅”。"],
        ),
        &original,
    )
    .unwrap();
    let changed = changed_lines(&original, &out.text);
    assert_eq!(
        changed,
        [
            ("（牵头单位：省质监局；责任单位：省经信委、省商务厅）", "（牵头单位：省质监局）"),
            ("责任部门:省农业厅、省质监局", "责任部门:省农业农村厅、省质监局"),
            ("（牵头单位：省经信委；配合单位：省工商局、省质监局）", "（配合单位：省工商局、省质监局）"),
        ]
    );
}

#[test]
fn renaming_touches_members_in_parentheticals_labelled_lines_and_running_text() {
    // Guangdong: parentheticals inside items, and running text
    let original = case_file("guangdong-inline", "original.txt");
    let out = run(
        &notice_for(
            "广东省人民政府关于加快推进农村一二三产业融合发展的实施意见",
            &["将全文中的“农业厅”修改为“农业农村厅”。"],
        ),
        &original,
    )
    .unwrap();
    let mut paths: Vec<&str> = out.changes.iter().map(|c| c.path.as_str()).collect();
    paths.dedup();
    assert_eq!(paths, ["一/（一）", "一/（二）", "一/（三）", "二/（三）", "三/¶1"]);
    assert_eq!(out.reports[0].ops[0].count, 5);
    assert_eq!(out.text, original.replace("农业厅", "农业农村厅"));
    // Fujian: 牵头单位, 责任单位, 牵头部门 lines
    let original = case_file("fujian-labelled-lines", "original.txt");
    let out = run(
        &notice_for(
            "福建省人民政府办公厅关于加快推进农村产权制度改革的若干意见",
            &["将全文中的“农业厅”修改为“农业农村厅”。"],
        ),
        &original,
    )
    .unwrap();
    let paths: Vec<&str> = out.changes.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(paths, ["一/（一）/牵头单位", "一/（二）/责任单位", "二/（三）/牵头部门", "二/（四）/责任单位"]);
    assert_eq!(out.text, original.replace("农业厅", "农业农村厅"));
}

#[test]
fn merging_acts_on_each_labelled_list_of_a_parenthetical() {
    let original = case_file("zhejiang-parenthetical-lines", "original.txt");
    let out = run(
        &notice_for(
            "浙江省人民政府办公厅关于加快推进质量强省建设的若干意见",
            &["将全文中的“工商局”“质监局”合并修改为“省市场监管局”。"],
        ),
        &original,
    )
    .unwrap();
    let changed = changed_lines(&original, &out.text);
    assert_eq!(
        changed,
        [
            (
                "（牵头单位：省质监局；责任单位：省经信委、省商务厅）",
                "（牵头单位：省市场监管局；责任单位：省经信委、省商务厅）"
            ),
            (
                "（二）强化食品质量安全监管。完善食用农产品产地准出和市场准入衔接机制，推进食品生产经营企业落实质量安全主体责任，省质监局负责加工环节产品质量监督抽查。",
                "（二）强化食品质量安全监管。完善食用农产品产地准出和市场准入衔接机制，推进食品生产经营企业落实质量安全主体责任，省市场监管局负责加工环节产品质量监督抽查。"
            ),
            ("责任部门:省农业厅、省质监局", "责任部门:省农业厅、省市场监管局"),
            ("（责任单位：省质监局）", "（责任单位：省市场监管局）"),
            ("（牵头单位：省经信委；配合单位：省工商局、省质监局）", "（牵头单位：省经信委；配合单位：省市场监管局）"),
            ("（牵头单位：省物价局；配合单位：省工商局、省质监局）", "（牵头单位：省物价局；配合单位：省市场监管局）"),
        ]
    );
}

/// A change in one list of a parenthetical with several is recorded as that list's: the change's
/// range in the line is the list edited, not the whole parenthetical (its label and the other list
/// stay as they were; a reviewer's diff marks only what changed). (Written for the test.)
#[test]
fn a_change_in_one_list_of_several_is_recorded_as_that_lists() {
    let title = "某省人民政府关于加强价格监管的意见";
    let original =
        format!("{title}\n一、加强监管\n（一）规范收费。（牵头单位：省发改委；责任单位：省财政厅、物价局）\n");
    let out = run(&notice_for(title, &["删除“物价局”。"]), &original).unwrap();
    assert!(out.text.contains("（牵头单位：省发改委；责任单位：省财政厅）"), "{}", out.text);
    let c = out.changes.iter().find(|c| c.path == "一/（一）").expect("the item's line changed");
    assert_eq!(&c.before[c.range.clone()], "省财政厅、物价局");
    assert_eq!(&c.after[c.new_range.clone()], "省财政厅");
}

/// Units merged (“地税局”“国税局”合并修改为“省税务局”) where they also stand alone in running text
/// (written for the test): each occurrence in the text becomes the new unit too, the list holds it
/// once, and the report counts every place: the list and each occurrence.
#[test]
fn merged_units_standing_alone_in_running_text_are_renamed_and_counted() {
    let title = "某省人民政府关于做好税收征管工作的意见";
    let original = format!(
        "{title}\n一、加强征管\n（一）地税局要加强税收征管，国税局做好配合。\n责任单位：地税局、国税局、财政厅\n"
    );
    let out = run(&notice_for(title, &["将全文中的“地税局”“国税局”合并修改为“省税务局”。"]), &original).unwrap();
    assert_eq!(
        out.text,
        format!(
            "{title}\n一、加强征管\n（一）省税务局要加强税收征管，省税务局做好配合。\n责任单位：省税务局、财政厅\n"
        )
    );
    assert_eq!(out.reports[0].ops[0].count, 3, "{:?}", out.reports);
}

// ------------------------------------------------ a unit's own list named as the place (第五项责任单位)

const ZHEJIANG: &str = "浙江省人民政府办公厅关于加快推进质量强省建设的若干意见";

/// 第X项责任单位 names that item's list: a member added (written as the list writes its members),
/// replaced, deleted; the whole list written anew; a list removed with its label. 责任单位 names a
/// 责任部门 list too (the role is what counts), and the other lists of a block stay as they are.
#[test]
fn an_items_own_list_of_units_is_edited_as_a_list() {
    let original = case_file("zhejiang-parenthetical-lines", "original.txt");
    let out = run(
        &notice_for(
            ZHEJIANG,
            &[
                "在第一项责任单位中增加“省财政厅”。",
                "将第二项责任单位中的“省质监局”修改为“省市场监管局”。",
                "删除第四项配合单位中的“省工商局”。",
                "将第三项责任单位修改为“省市场监管局”。",
                "删除第六项牵头单位。",
            ],
        ),
        &original,
    )
    .unwrap();
    assert_eq!(
        changed_lines(&original, &out.text),
        [
            (
                "（牵头单位：省质监局；责任单位：省经信委、省商务厅）",
                "（牵头单位：省质监局；责任单位：省经信委、省商务厅、省财政厅）"
            ),
            ("责任部门:省农业厅、省质监局", "责任部门:省农业厅、省市场监管局"),
            ("（责任单位：省质监局）", "（责任单位：省市场监管局）"),
            ("（牵头单位：省经信委；配合单位：省工商局、省质监局）", "（牵头单位：省经信委；配合单位：省质监局）"),
            ("（牵头单位：省物价局；配合单位：省工商局、省质监局）", "（配合单位：省工商局、省质监局）"),
        ]
    );
    // the running text of 第二项 (省质监局负责加工环节…) is no list, and stays
    assert!(out.text.contains("省质监局负责加工环节产品质量监督抽查"));
}

/// In the Fujian layout (one 省 for the province's group, then the cities after ，): a member added
/// joins the group of its prefix; one without it goes at the end; 删去…，增加“…” adds to the list the
/// clause before named.
#[test]
fn units_added_join_the_group_of_their_prefix() {
    let title = "福建省人民政府关于推进价格机制改革的实施意见";
    let original = format!(
        "{title}\n一、总体要求\n（一）加强统筹协调。\n责任单位：省经信委，各设区市人民政府、平潭综合实验区管委会\n（二）完善价格机制。\n责任单位：省经信委、商务厅，各设区市人民政府\n（三）加强监测。\n责任单位：省经信委\n"
    );
    let out = run(
        &notice_for(
            title,
            &[
                "在第一项责任单位中增加“省财政厅”。",
                "删去第二项责任单位中的“商务厅”，增加“省发改委”“泉州市人民政府”。",
                "第三项责任单位增加“各设区市人民政府”。",
            ],
        ),
        &original,
    )
    .unwrap();
    assert_eq!(
        changed_lines(&original, &out.text),
        [
            (
                "责任单位：省经信委，各设区市人民政府、平潭综合实验区管委会",
                "责任单位：省经信委、财政厅，各设区市人民政府、平潭综合实验区管委会"
            ),
            (
                "责任单位：省经信委、商务厅，各设区市人民政府",
                "责任单位：省经信委、发改委，各设区市人民政府、泉州市人民政府"
            ),
            ("责任单位：省经信委", "责任单位：省经信委，各设区市人民政府"),
        ]
    );
}

/// A list the unit does not have, a member it does not hold, a member it holds already, and a bare
/// 增加“…” after no list: each an error that names the place and shows the list.
#[test]
fn list_edits_that_name_nothing_are_refused() {
    let original = case_file("zhejiang-parenthetical-lines", "original.txt");
    let fail = |ins: &str| {
        let e = run(&notice_for(ZHEJIANG, &[ins]), &original).expect_err(ins);
        assert_eq!(e.errors.len(), 1, "{ins}: {:?}", e.errors);
        e.errors.into_iter().next().unwrap()
    };
    let e = fail("在第五项牵头单位中增加“省财政厅”。");
    assert_eq!(e.kind, ErrorKind::NoSuchNode);
    assert!(e.message.contains("has no list of 牵头单位"), "{}", e.message);
    let e = fail("删除第三项责任单位中的“省物价局”。");
    assert_eq!(e.kind, ErrorKind::UnitNotFound);
    assert!(
        e.message.contains("“省物价局” is not in the list of 责任单位") && e.message.contains("（责任单位：省质监局）"),
        "{}",
        e.message
    );
    let e = fail("在第三项责任单位中增加“省质监局”。");
    assert_eq!(e.kind, ErrorKind::UnitNotFound);
    assert!(e.message.contains("“省质监局” is already in the list of 责任单位"), "{}", e.message);
    let n = notice::parse(&notice_for(ZHEJIANG, &["将第一项中的“质量”修改为“品质”，增加“省财政厅”。"]));
    let e = n.errors().next().expect("a bare 增加 after no list is refused");
    assert!(e.message.contains("A bare 增加“…” adds units to the list of responsible units"), "{}", e.message);
}
