//! One test per apply error kind, each made by changing one character (or a few) of an instruction
//! or of an original, and checked for what it names: the instruction, the place in the notice and
//! the place in the document, with the nearest candidate where one exists.

mod common;

use amend::apply::{self, ApplyError, ApplyOptions, ErrorKind, Skip};
use amend::document;
use amend::notice;

const SKIPS: [(&str, &str); 3] = [("四（二）", "gap"), ("四（三）", "gap"), ("四（五）", "gap")];

fn opts(strict: bool) -> ApplyOptions {
    ApplyOptions {
        strict,
        skip: SKIPS.iter().map(|(i, r)| Skip { id: i.to_string(), reason: r.to_string() }).collect(),
    }
}

/// Applies the Fujian notice, edited by `edit_notice`, to original `n`, edited by `edit_doc`.
fn fujian(
    n: u32,
    edit_notice: impl Fn(String) -> String,
    edit_doc: impl Fn(String) -> String,
    strict: bool,
) -> Result<String, Vec<ApplyError>> {
    let notice = notice::parse(&edit_notice(common::read("fujian-2020/notice.txt")));
    assert_eq!(notice.errors().count(), 0, "the edited notice must still parse: {:?}", notice.diagnostics);
    let doc = document::parse(&edit_doc(common::read(&format!("fujian-2020/original/{n}.txt"))));
    let section = apply::find_section(&notice, &doc, None).unwrap();
    apply::apply(&doc, &notice, section, &opts(strict)).map(|a| a.text).map_err(|f| f.errors)
}

fn one(errs: Vec<ApplyError>) -> ApplyError {
    assert_eq!(errs.len(), 1, "{errs:#?}");
    errs.into_iter().next().unwrap()
}

fn same<T>(x: T) -> T {
    x
}

#[test]
fn text_not_found_names_the_node_and_the_nearest_candidate() {
    // one character of 一（三）'s quoted text changed: 经信 → 经倍
    let e =
        one(fujian(1, |n| n.replacen("省发改、经信、科技等部门", "省发改、经倍、科技等部门", 1), same, false)
            .unwrap_err());
    assert_eq!(e.kind, ErrorKind::TextNotFound);
    assert_eq!(e.instruction, "一（三）");
    assert_eq!((e.pos.line, e.pos.column), (7, 4));
    assert_eq!(e.path.as_deref(), Some("四/（十二）"));
    let c = e.candidate.expect("a nearest candidate");
    assert_eq!(c.path, "四/（十二）");
    assert!(c.text.starts_with("省发改、经信、科技等部门"), "{}", c.text);
    assert!(c.similarity > 0.9, "{}", c.similarity);
}

#[test]
fn text_found_twice_where_one_occurrence_is_meant() {
    // the original repeats the sentence that 一（一） deletes once
    let sentence = "对涉及安全及重大项目的工控系统，同等条件优先选用省内企业生产的传感器及智能化仪器仪表等产品。";
    let e = one(fujian(1, same, |d| d.replacen(sentence, &sentence.repeat(2), 1), false).unwrap_err());
    assert_eq!(e.kind, ErrorKind::TextAmbiguous);
    assert_eq!(e.instruction, "一（一）");
    assert!(e.message.contains("occurs 2 times in 五/（十四）"), "{}", e.message);
}

/// Two occurrences in one unit are told apart by their words: the message shows each in its context,
/// the found text in 【】 (written for this test).
#[test]
fn text_found_twice_in_one_unit_is_shown_in_its_words() {
    let old = "# 示例条例\n\n<!-- INFO END -->\n\n第二条 登记机关应当在十日内办理登记。\n";
    let decision = "关于修改《示例条例》的决定\n\n一、在第二条中的“登记”后增加“、备案”。\n\n本决定自公布之日起施行。\n";
    let e = one(law(decision, old).unwrap_err());
    assert_eq!(e.kind, ErrorKind::TextAmbiguous);
    assert!(
        e.message.contains("(第二条/1 at “【登记】机关应当在十…”, 第二条/1 at “…在十日内办理【登记】。”)"),
        "{}",
        e.message
    );
}

#[test]
fn locator_that_names_nothing() {
    let e = one(fujian(1, |n| n.replacen("将第十八项中的", "将第二十八项中的", 1), same, false).unwrap_err());
    assert_eq!(e.kind, ErrorKind::NoSuchNode);
    assert_eq!(e.instruction, "一（四）");
    assert_eq!(e.pos.line, 8);
    assert!(e.message.contains("there is no 第二十八项"), "{}", e.message);
    assert!(e.message.contains("（二十五）"), "the message says what the document has: {}", e.message);
}

#[test]
fn locator_that_names_several_nodes() {
    // items of attachment 4 restart under each point: 第四项 alone is ambiguous
    let e = one(fujian(4, |n| n.replacen("删除第一点第四项中", "删除第四项中", 1), same, false).unwrap_err());
    assert_eq!(e.kind, ErrorKind::AmbiguousLocator);
    assert_eq!(e.instruction, "四（一）");
    assert!(e.message.contains("一/（四）") && e.message.contains("七/（四）"), "{}", e.message);
    assert!(e.message.contains("qualify"), "{}", e.message);
}

#[test]
fn locator_heading_that_does_not_match() {
    let e = one(fujian(2, |n| n.replacen("第六点“拓展市场”", "第六点“拓展市扬”", 1), same, false).unwrap_err());
    assert_eq!(e.kind, ErrorKind::HeadingMismatch);
    assert_eq!(e.instruction, "二（一）");
    assert_eq!(e.path.as_deref(), Some("六"));
    assert_eq!(e.message, "the locator says “拓展市扬”, but 第六点 is “拓展市场”");
}

#[test]
fn instruction_that_changes_nothing() {
    let e = one(fujian(
        1,
        |n| n.replacen("修改为“省发改、工信、科技等部门", "修改为“省发改、经信、科技等部门", 1),
        same,
        false,
    )
    .unwrap_err());
    assert_eq!(e.kind, ErrorKind::NoEffect);
    assert_eq!(e.instruction, "一（三）");
}

#[test]
fn unit_not_in_the_responsible_units_line() {
    let e = one(fujian(3, |n| n.replacen("责任单位中的“地税局”", "责任单位中的“地税居”", 1), same, false).unwrap_err());
    assert_eq!(e.kind, ErrorKind::UnitNotFound);
    assert_eq!(e.instruction, "三（一）");
    assert_eq!(e.path.as_deref(), Some("四/责任单位"));
}

#[test]
fn zero_renamings_warn_and_fail_with_strict() {
    let notice = notice::parse(&common::read("fujian-2020/notice.txt"));
    let doc = document::parse(&common::read("fujian-2020/original/4.txt"));
    let section = apply::find_section(&notice, &doc, None).unwrap();
    let ok = apply::apply(&doc, &notice, section, &opts(false)).unwrap();
    let zero: Vec<String> = ok.warnings.iter().map(|w| w.message.clone()).collect();
    assert_eq!(zero.len(), 4, "国土厅, 环保厅, 林业厅, 海洋渔业厅: {zero:?}");
    assert!(zero.iter().all(|m| m.contains("occurs nowhere")));
    let errs = fujian(4, same, same, true).unwrap_err();
    assert_eq!(errs.len(), 4);
    assert!(errs.iter().all(|e| e.kind == ErrorKind::ZeroOccurrences && e.instruction == "四（九）"));
}

#[test]
fn skipped_instructions_fail_when_not_skipped() {
    let notice = notice::parse(&common::read("fujian-2020/notice.txt"));
    let doc = document::parse(&common::read("fujian-2020/original/4.txt"));
    let section = apply::find_section(&notice, &doc, None).unwrap();
    let errs = apply::apply(&doc, &notice, section, &ApplyOptions::default()).unwrap_err().errors;
    let ids: Vec<&str> = errs.iter().map(|e| e.instruction.as_str()).collect();
    assert_eq!(ids, ["四（二）", "四（三）", "四（五）"]);
    assert!(errs.iter().all(|e| e.kind == ErrorKind::TextNotFound));
    assert!(errs[1].message.contains("gap marker"), "{}", errs[1].message);
}

fn law(decision: &str, old: &str) -> Result<String, Vec<ApplyError>> {
    let notice = notice::parse(decision);
    assert_eq!(notice.errors().count(), 0, "{:?}", notice.diagnostics);
    let doc = document::parse(old);
    let section = apply::find_section(&notice, &doc, None).unwrap();
    apply::apply(&doc, &notice, section, &ApplyOptions::default()).map(|a| a.text).map_err(|f| f.errors)
}

#[test]
fn declared_number_that_does_not_match_where_the_article_lands() {
    // 五、将第十条改为第十三条 changed to 第十四条: 第十条 lands as 第十三条
    let d = common::read("real-laws/antimonopoly-2022/decision.md").replacen(
        "五、将第十条改为第十三条",
        "五、将第十条改为第十四条",
        1,
    );
    let e = one(law(&d, &common::read("real-laws/antimonopoly-2022/old.md")).unwrap_err());
    assert_eq!(e.kind, ErrorKind::NumberMismatch);
    assert_eq!(e.instruction, "五、");
    assert_eq!(e.path.as_deref(), Some("第十条"));
    assert!(e.message.contains("第十四条") && e.message.contains("it is 第十三条"), "{}", e.message);
    assert_eq!(e.pos.line, 39);
}

const OLD: &str =
    "# 示例条例\n\n<!-- INFO END -->\n\n第一条 甲。\n\n第二条 乙。\n\n第三条 丙：\n\n（一）丁；\n\n（二）戊。";

#[test]
fn node_deleted_by_an_earlier_instruction() {
    let d = "关于修改《示例条例》的决定\n一、删去第二条。\n二、将第二条修改为：“己。”\n";
    let e = one(law(d, OLD).unwrap_err());
    assert_eq!(e.kind, ErrorKind::NodeGone);
    assert_eq!(e.instruction, "二、");
    assert_eq!(e.message, "第二条 was deleted by 一、");
    // a unit under it names the unit that went
    let d = "关于修改《示例条例》的决定\n一、删去第三条。\n二、删去第三条第（一）项。\n";
    let e = one(law(d, OLD).unwrap_err());
    assert_eq!(e.message, "第三条/1/（一） was deleted by 一、 (it was in 第三条)");
    // two units given one wording: the second goes (found by cargo-mutants)
    let d = "关于修改《示例条例》的决定\n一、将第一条、第二条修改为：“庚。”\n二、删去第二条。\n";
    let e = one(law(d, OLD).unwrap_err());
    assert_eq!(e.message, "第二条 was deleted by 一、");
}

/// A unit given a new wording (修改为) is new units in its place: a change of its old text later in
/// the same instruction is said to belong in that wording (it said "deleted by an earlier
/// instruction"). Written for the test.
#[test]
fn node_given_a_new_wording_earlier_in_the_instruction() {
    let old = "# 示例条例\n\n<!-- INFO END -->\n\n第一条 甲。\n\n乙。\n\n第二条 丙。";
    let d = "关于修改《示例条例》的决定\n一、将第一条第二款修改为：“庚。”并将第一条第二款中的“乙”修改为“辛”。\n";
    let e = one(law(d, old).unwrap_err());
    assert_eq!(e.kind, ErrorKind::NodeGone);
    assert_eq!(
        e.message,
        "第一条/2 was given a new wording by this instruction: it is no longer there to name; write the change into \
         that wording"
    );
}

#[test]
fn a_lead_in_where_there_is_no_list() {
    // 款首修改为 on a 款 without items: nothing says which words are its lead-in
    let d = "关于修改《示例条例》的决定\n一、将第一条中的“甲”修改为“庚”，款首修改为“辛”。\n";
    let e = one(law(d, OLD).unwrap_err());
    assert_eq!(e.kind, ErrorKind::NoSuchNode);
    assert_eq!(e.instruction, "一、");
    assert!(e.message.contains("has no items"), "{}", e.message);
    // on 第三条, whose first 款 introduces a list, the lead-in line changes and the items stay
    let d = "关于修改《示例条例》的决定\n一、将第三条中的“丙”修改为“庚”，款首修改为“辛”。\n";
    let out = law(d, OLD).unwrap();
    assert!(out.contains("第三条 辛：\n\n（一）丁；\n\n（二）戊。"), "{out}");
}

#[test]
fn forms_not_executed_yet_are_errors() {
    let d = "关于修改《示例条例》的决定\n一、第三条第一款第二项分为两项。\n";
    let e = one(law(d, OLD).unwrap_err());
    assert_eq!(e.kind, ErrorKind::Unsupported);
}

#[test]
fn a_document_no_section_is_for() {
    let notice = notice::parse(&common::read("fujian-2020/notice.txt"));
    let doc = document::parse(OLD);
    let err = apply::find_section(&notice, &doc, None).unwrap_err();
    assert!(err.contains("no section of the notice is for “示例条例”"), "{err}");
    assert!(apply::find_section(&notice, &doc, Some("四")).is_ok());
}

#[test]
fn law_operations_on_a_small_regulation() {
    let d = "关于修改《示例条例》的决定\n一、将第一条修改为：“甲一。”\n二、在第一条后增加一条，作为第二条：“新。”\n三、删去第三条第一款第二项。\n四、在第二条中的“乙”后增加“庚”。\n五、将第二条改为第三条。\n\n本决定自公布之日起施行。\n\n《示例条例》根据本决定作相应修改并对条文顺序作相应调整，重新公布。\n";
    let out = law(d, OLD).unwrap();
    assert_eq!(
        out,
        // the list's last item went: the new last one ends the list with its 。
        "# 示例条例\n\n<!-- INFO END -->\n\n第一条 甲一。\n\n第二条 新。\n\n第三条 乙，庚。\n\n第四条 丙：\n\n（一）丁。"
    );
}

/// Unit operations whose locator names the whole document, or that would move a unit under itself
/// (found by fuzzing: 全文修改为“…” panicked, 将第二章并入第二章第十三条 made the tree a cycle; 将第十条改为
/// 第十条第一款, written for the test, deleted the article).
#[test]
fn unit_operations_on_the_whole_document_or_into_themselves_are_unsupported() {
    let doc = document::parse(&common::read("real-laws/antimonopoly-2022/old.md"));
    let cases = [
        ("一、全文修改为“甲。\n乙。”\n", "names the whole document"),
        ("一、删去全文。\n", "names the whole document"),
        ("一、将本法改为第二条。\n", "names the whole document"),
        ("一、在全文前增加一章，作为第一章：“”。\n", "names the whole document"),
        ("一、在本法后增加一条，作为第九十条：“甲。”\n", "names the whole document"),
        ("一、将第二章并入第二章第十三条。\n", "cannot be folded into 第十三条, which it contains"),
        ("一、将第二章并入第二章。\n", "cannot be folded into 第二章, which it contains"),
        ("一、将第二章第十三条、第二章合并。\n", "cannot be merged into 第十三条, which it contains"),
        ("一、将第十条、第十条合并。\n", "cannot be merged into 第十条, which it contains"),
        // an article made a 款 of itself went out of the text with it, with only a numbering warning
        ("一、将第十条改为第十条第一款。\n", "cannot be moved into 第十条, which it contains"),
    ];
    for (text, message) in cases {
        let n = notice::parse(text);
        // the reader refuses what it can see is wrong (删去全文: say 废止; 全文修改为: which unit?)
        if let Some(d) = n.errors().next() {
            assert!(d.message.contains("names the whole document"), "{text}: {}", d.message);
            continue;
        }
        let errs = apply::apply(&doc, &n, &n.sections[0], &ApplyOptions::default()).map(|_| ()).unwrap_err().errors;
        let e = one(errs);
        assert_eq!(e.kind, ErrorKind::Unsupported, "{text}");
        assert!(e.message.contains(message), "{text}: {}", e.message);
    }
}

/// An empty quotation names no text to find (found by fuzzing: “”“国税局”合并修改为… looped until
/// memory ran out, 将全文中的“”修改为“甲” wrote 甲 between every two characters). The notice
/// parser reports it; the engine refuses it too, for notices built another way (JSON, code).
#[test]
fn an_empty_quotation_to_find_is_an_error() {
    use amend::notice::{Anchor, Op};
    let doc = document::parse(&common::read("fujian-2020/original/1.txt"));
    for (text, written) in [
        ("一、将全文中的“”修改为“甲”。\n", "一、将全文中的“乙”修改为“甲”。\n"),
        ("一、将全文中的“”“国税局”合并修改为“省税务局”。\n", "一、将全文中的“乙”“国税局”合并修改为“省税务局”。\n"),
        ("一、将第一项中的“”修改为“甲”。\n", "一、将第一项中的“乙”修改为“甲”。\n"),
        ("一、删除第一项中“”的表述。\n", "一、删除第一项中“乙”的表述。\n"),
        ("一、在第一项中的“”后增加“甲”。\n", "一、在第一项中的“乙”后增加“甲”。\n"),
    ] {
        let n = notice::parse(text);
        assert!(n.diagnostics.iter().any(|d| d.message.contains("empty quotation")), "{text}: {:?}", n.diagnostics);
        let mut n = notice::parse(written);
        assert!(n.diagnostics.iter().all(|d| !d.message.contains("quotation")), "{written}: {:?}", n.diagnostics);
        for op in &mut n.sections[0].instructions[0].ops {
            match &mut op.op {
                Op::ReplaceText { from: t, .. } | Op::Rename { from: t, .. } => t.clear(),
                Op::DeleteText { texts: v } | Op::MergeUnits { units: v, .. } => v[0].clear(),
                Op::InsertText { anchor: Anchor::After(t), .. } => t.clear(),
                other => panic!("{written}: unexpected {other:?}"),
            }
        }
        let errs = apply::apply(&doc, &n, &n.sections[0], &ApplyOptions::default()).map(|_| ()).unwrap_err().errors;
        let e = one(errs);
        assert_eq!(e.kind, ErrorKind::TextNotFound, "{text}");
        assert_eq!(e.message, "an empty quotation names no text to find", "{text}");
    }
}

/// An empty quotation as the text to add, to move, to write or to merge into says so, at the notice,
/// naming what it is for.
#[test]
fn an_empty_quotation_to_add_or_to_move_is_named_for_what_it_is() {
    for (text, what) in [
        ("一、在第一条末尾增加“”。\n", "一、: the text to insert is an empty quotation “”"),
        ("一、将第一条第一款中的“”作为第四款。\n", "一、: the text to move is an empty quotation “”"),
        ("一、将第一条修改为：“”\n", "一、: 修改为 is followed by an empty quotation: to remove the unit, say 删去"),
        ("一、将全文中的“地税局”“国税局”合并修改为“”。\n", "一、: a unit of the merge is an empty quotation “”"),
        ("一、将全文中的“”“国税局”合并修改为“省税务局”。\n", "一、: a unit of the merge is an empty quotation “”"),
    ] {
        let n = notice::parse(&format!("关于修改《示例条例》的决定\n{text}"));
        let errs: Vec<&str> = n.errors().map(|d| d.message.as_str()).collect();
        assert_eq!(errs, [what], "{text}");
    }
}

/// Units are numbered from 一: 作为第零款 overflowed the engine's index (number − 1).
#[test]
fn a_unit_numbered_zero_is_an_error() {
    let doc = document::parse(&common::read("real-laws/antimonopoly-2022/old.md"));
    for text in [
        "一、在第一条中增加一款，作为第零款：“甲。”\n",
        "一、在第一条第一款中增加一项，作为第零项：“甲。”\n",
        "一、将第十条改为第零条。\n",
        "一、增加一条，作为第十条之零：“甲。”\n",
    ] {
        let n = notice::parse(text);
        assert_eq!(n.errors().count(), 0, "{text}: {:?}", n.diagnostics);
        let errs = apply::apply(&doc, &n, &n.sections[0], &ApplyOptions::default()).map(|_| ()).unwrap_err().errors;
        let e = one(errs);
        assert_eq!(e.kind, ErrorKind::NumberMismatch, "{text}");
        assert!(e.message.contains("numbered from 一"), "{text}: {}", e.message);
    }
}
