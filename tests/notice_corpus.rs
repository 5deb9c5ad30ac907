//! The notice parser on the Fujian notice and on every decision of the corpus.

mod common;

use amend::notice::{self, Anchor, Instruction, Notice, Op, Position, Step, UnitKind};

fn fujian() -> Notice {
    notice::parse(&common::read("fujian-2020/notice.txt"))
}

fn by_id<'a>(n: &'a Notice, id: &str) -> &'a Instruction {
    n.instructions().find(|i| i.id == id).unwrap_or_else(|| panic!("no instruction {id}"))
}

fn ops(ins: &Instruction) -> Vec<&Op> {
    ins.ops.iter().map(|o| &o.op).collect()
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

#[test]
fn fujian_has_four_sections_and_eighteen_instructions() {
    let n = fujian();
    assert_eq!(n.errors().count(), 0, "{:?}", n.diagnostics);
    let titles: Vec<(&str, Option<&str>)> =
        n.sections.iter().map(|s| (s.title.as_str(), s.doc_number.as_deref())).collect();
    assert_eq!(
        titles,
        [
            ("福建省人民政府关于加快发展智能制造九条措施的通知", Some("闽政〔2015〕36号")),
            ("福建省人民政府关于进一步加快推进软件和信息技术服务业发展的意见", Some("闽政〔2016〕60号")),
            ("福建省人民政府办公厅关于加快推进主辅分离积极发展服务型制造的若干意见", Some("闽政办〔2017〕29号")),
            ("福建省人民政府关于促进2017年全省工业稳增长调结构若干措施的通知", Some("闽政〔2017〕13号")),
        ]
    );
    let ids: Vec<&str> = n.instructions().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "一（一）",
            "一（二）",
            "一（三）",
            "一（四）",
            "一（五）",
            "二（一）",
            "二（二）",
            "三（一）",
            "三（二）",
            "四（一）",
            "四（二）",
            "四（三）",
            "四（四）",
            "四（五）",
            "四（六）",
            "四（七）",
            "四（八）",
            "四（九）"
        ]
    );
    assert!(n.global.is_empty());
    assert_eq!(by_id(&n, "一（三）").pos.line, 7);
    assert_eq!(
        by_id(&n, "四（九）").section.as_deref(),
        Some("福建省人民政府关于促进2017年全省工业稳增长调结构若干措施的通知")
    );
}

#[test]
fn fujian_section_one() {
    let n = fujian();
    let i = by_id(&n, "一（一）");
    assert_eq!(i.locators(), ["第十四项"]);
    assert_eq!(
        ops(i),
        [&Op::DeleteText {
            texts: s(&["对涉及安全及重大项目的工控系统，同等条件优先选用省内企业生产的传感器及智能化仪器仪表等产品"])
        }]
    );
    assert_eq!(i.ops[0].locators[0].steps, [Step::Item(14)]);

    let i = by_id(&n, "一（二）");
    assert_eq!(i.locators(), ["第九项", "第十三项", "第十五项", "第十六项"]);
    assert_eq!(i.ops.len(), 1);
    assert_eq!(i.ops[0].locators.len(), 4);
    assert_eq!(ops(i), [&Op::ReplaceText { from: "省工商发展资金".into(), to: "省工业和信息化专项资金".into() }]);

    let i = by_id(&n, "一（三）");
    assert_eq!(i.locators(), ["第十二项"]);
    assert_eq!(
        i.quoted(),
        [
            "省发改、经信、科技等部门加大支持智能制造公共服务平台",
            "省发改、工信、科技等部门加大支持智能制造公共服务平台"
        ]
    );

    let i = by_id(&n, "一（四）");
    assert_eq!(i.locators(), ["第十八项"]);
    assert_eq!(i.op_name(), "replace_text");

    let i = by_id(&n, "一（五）");
    assert_eq!(i.locators(), ["全文"]);
    let renames: Vec<(&str, &str)> = i
        .ops
        .iter()
        .filter_map(|o| match &o.op {
            Op::Rename { from, to } => Some((from.as_str(), to.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        renames,
        [
            ("经信委", "工信厅"),
            ("国土厅", "自然资源厅"),
            ("林业厅", "林业局"),
            ("质监局", "市场监管局"),
            ("金融办", "金融监管局"),
            ("福建银监局", "福建银保监局")
        ]
    );
    assert_eq!(ops(i).last().unwrap(), &&Op::MergeUnits { units: s(&["地税局", "国税局"]), into: "省税务局".into() });
    assert_eq!(i.ops.len(), 7);
}

#[test]
fn fujian_sections_two_and_three() {
    let n = fujian();
    let i = by_id(&n, "二（一）");
    assert_eq!(i.locators(), ["第六点“拓展市场”"]);
    let loc = &i.ops[0].locators[0];
    assert_eq!((loc.steps.as_slice(), loc.heading.as_deref()), (&[Step::Point(6)][..], Some("拓展市场")));
    assert!(i.quoted()[0].starts_with("（一）探索‘首购首用’风险补偿机制"));
    assert!(i.quoted()[0].ends_with("最高可达软件产品或服务价格的30%"));

    let i = by_id(&n, "二（二）");
    assert_eq!(ops(i), [&Op::Rename { from: "经信委".into(), to: "工信厅".into() }]);

    let i = by_id(&n, "三（一）");
    assert_eq!(i.op_name(), "delete_text+delete_units_from_line");
    assert_eq!(
        ops(i)[0],
        &Op::DeleteText {
            texts: s(&[
                "对制造业企业分离设立的服务业企业，或制造业企业整体转型为服务业企业，各地可根据财力情况和企业对当地的税收贡献给予奖补",
                "对企业的奖励金额不超过企业缴纳的地方级税收收入"
            ])
        }
    );
    assert_eq!(i.ops[0].locators[0].heading.as_deref(), Some("加大财税扶持力度"));
    assert_eq!(ops(i)[1], &Op::DeleteUnitsFromLine { units: s(&["地税局", "省国税局"]) });
    assert_eq!(i.ops[1].locators[0].steps, [Step::UnitsOfDeleted]);

    let i = by_id(&n, "三（二）");
    assert_eq!(i.op_name(), "rename+merge_units+delete_units");
    assert_eq!(ops(i).last().unwrap(), &&Op::DeleteUnits { units: s(&["物价局"]) });
}

#[test]
fn fujian_section_four() {
    let n = fujian();
    let i = by_id(&n, "四（一）");
    assert_eq!(i.ops[0].locators[0].steps, [Step::Point(1), Step::Item(4)]);
    assert_eq!(
        i.quoted(),
        [
            "继续贯彻落实省政府办公厅《关于培育高成长企业六条措施的通知》（闽政办〔2015〕49号），企业要素保障实行‘直通车’服务"
        ]
    );
    assert_eq!(by_id(&n, "四（二）").locators(), ["第一点第四项"]);
    let i = by_id(&n, "四（三）");
    assert_eq!(i.ops[0].locators[0].steps, [Step::Point(2), Step::Item(1)]);
    assert!(i.quoted()[0].contains("‘手拉手’活动。支持各地组建"), "a quotation keeps its 。 and ‘’");
    assert_eq!(by_id(&n, "四（四）").locators(), ["第二点第二项"]);
    assert_eq!(ops(by_id(&n, "四（五）")), [&Op::DeleteText { texts: s(&["在福建省内注册实行独立核算"]) }]);
    let i = by_id(&n, "四（六）");
    assert_eq!(i.ops[0].locators[0].heading.as_deref(), Some("进一步降低实体经济企业成本"));
    assert_eq!(by_id(&n, "四（七）").quoted(), ["各地经信部门要及时收集上报", "各地工信部门要及时收集上报"]);
    assert_eq!(by_id(&n, "四（八）").ops[0].locators[0].steps, [Step::Point(8), Step::Item(2)]);
    let i = by_id(&n, "四（九）");
    assert_eq!(i.ops.iter().filter(|o| matches!(o.op, Op::Rename { .. })).count(), 8);
    assert_eq!(ops(i)[1], &Op::MergeUnits { units: s(&["地税局", "国税局"]), into: "省税务局".into() });
    assert_eq!(
        ops(i).last().unwrap(),
        &&Op::DeleteUnits { units: s(&["物价局", "福建检验检疫局", "厦门检验检疫局"]) },
        "四（九） ends with a deletion of three units"
    );
}

/// Each distinct decision file of the corpus, with the case that holds it.
fn decisions() -> Vec<(String, String)> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for p in common::files_under(&common::corpus().join("real-laws")) {
        if p.file_name().unwrap() == "decision.md" {
            let text = std::fs::read_to_string(&p).unwrap();
            if seen.insert(text.clone()) {
                out.push((p.parent().unwrap().file_name().unwrap().to_string_lossy().into_owned(), text));
            }
        }
    }
    out
}

#[test]
fn every_decision_parses_without_unrecognised_sentences() {
    let all = decisions();
    assert_eq!(
        all.len(),
        6,
        "six distinct decisions (the six sc2022 cases share one, the fifteen sc2024 cases another)"
    );
    for (case, text) in all {
        let n = notice::parse(&text);
        assert_eq!(n.errors().count(), 0, "{case}: {:#?}", n.diagnostics);
        assert!(n.instructions().count() >= 6, "{case}");
    }
}

#[test]
fn instruction_snapshots() {
    common::snapshots(|| {
        insta::assert_snapshot!("instructions__fujian-2020", amend::render::instructions::text(&fujian()));
        for (case, text) in decisions() {
            let n = notice::parse(&text);
            insta::assert_snapshot!(format!("instructions__{case}"), amend::render::instructions::text(&n));
        }
    });
}

#[test]
fn antimonopoly_decision_forms() {
    let n = notice::parse(&common::read("real-laws/antimonopoly-2022/decision.md"));
    assert_eq!(n.sections.len(), 1);
    assert_eq!(n.sections[0].title, "中华人民共和国反垄断法");
    assert!(n.renumbers(Some(&n.sections[0])), "the closing formula says 条文顺序作相应调整");
    // 二、增加一条，作为第五条：“…”“…” (two paragraphs, NPC style)
    let i = by_id(&n, "二、");
    match &i.ops[0].op {
        Op::InsertNode { kind, count, numbers, position, paragraphs, .. } => {
            assert_eq!(
                (*kind, *count, numbers.as_slice(), *position),
                (UnitKind::Article, 1, &[5][..], Position::AtNumber)
            );
            assert_eq!(paragraphs.len(), 2);
            assert!(paragraphs[1].starts_with("行政机关和法律、法规授权"));
        }
        o => panic!("{o:?}"),
    }
    // 五、将第十条改为第十三条,第一款修改为：“…”
    let i = by_id(&n, "五、");
    assert_eq!(ops(i)[0], &Op::Renumber { to: UnitKind::Article, number: 13, sub_number: None });
    assert_eq!(i.ops[1].locators[0].steps, [Step::Article(10, None), Step::Paragraph(1)]);
    // 六、将第十三条第二款改为第十六条，第一款改为第十七条 (an article split in two)
    let i = by_id(&n, "六、");
    assert_eq!(i.ops[0].locators[0].steps, [Step::Article(13, None), Step::Paragraph(2)]);
    assert_eq!(ops(i)[1], &Op::Renumber { to: UnitKind::Article, number: 17, sub_number: None });
    assert_eq!(i.ops[1].locators[0].steps, [Step::Article(13, None), Step::Paragraph(1)]);
    // 十六、¶3 将第三款改为第四款，其中的“…”修改为“…” (second paragraph of item 十六: article 46)
    let i = by_id(&n, "十六、¶3");
    assert_eq!(i.ops[0].locators[0].steps, [Step::Article(46, None), Step::Paragraph(3)]);
    assert_eq!(ops(i)[0], &Op::Renumber { to: UnitKind::Paragraph, number: 4, sub_number: None });
    assert_eq!(i.ops[1].locators[0].steps, [Step::Article(46, None), Step::Paragraph(3)]);
    // 十六、¶2 增加一款，作为第二款 (inside article 46)
    let i = by_id(&n, "十六、¶2");
    assert_eq!(i.ops[0].locators[0].steps, [Step::Article(46, None)]);
    // 十九、…在第一款最后增加“…”
    let i = by_id(&n, "十九、");
    assert!(matches!(&i.ops[1].op, Op::InsertText { anchor: Anchor::End, .. }));
    // 二十五（九）…在“商业秘密”后增加“个人隐私和个人信息”，将“负有保密义务”修改为“依法负有保密义务”
    let i = by_id(&n, "二十五（九）");
    assert_eq!(
        ops(i)[1],
        &Op::InsertText { anchor: Anchor::After("商业秘密".into()), text: "个人隐私和个人信息".into() }
    );
    assert_eq!(i.ops[2].locators[0].steps, [Step::Article(41, None)]);
    assert_eq!(n.instructions().count(), 36, "24 numbered items, 2 more paragraphs of 十六, 10 sub-items of 二十五");
}

#[test]
fn state_council_decision_sections_and_context() {
    let n = notice::parse(&common::read("real-laws/sc2022-road-transport/decision.md"));
    assert_eq!(
        n.sections.iter().filter(|s| s.instructions.iter().all(|i| i.op_name() != "repeal_document")).count(),
        14
    );
    let section = n.sections.iter().find(|s| s.title == "保安服务管理条例").unwrap();
    // 四、删去《保安服务管理条例》第三十二条中的"…"，将第二项修改为"（二）…"
    let i = &section.instructions[0];
    assert_eq!(i.ops[1].locators[0].steps, [Step::Article(32, None), Step::Item(2)]);
    // 删去第九条第一款第（四）项、第十条…
    let tele = n.sections.iter().find(|s| s.title == "外商投资电信企业管理规定").unwrap();
    assert_eq!(
        tele.instructions[2].ops[0].locators[0].steps,
        [Step::Article(9, None), Step::Paragraph(1), Step::Item(4)]
    );
    assert_eq!(tele.instructions[2].ops[0].locators.len(), 7);
    // 将第四条第一款修改为"…"第二款中的"工商行政管理"修改为"市场监管"
    let hotel = n.sections.iter().find(|s| s.title == "旅馆业治安管理办法").unwrap();
    assert_eq!(hotel.instructions[1].ops[1].locators[0].steps, [Step::Article(4, None), Step::Paragraph(2)]);
    assert_eq!(n.global.len(), 1);
    assert!(n.renumbers(None));
    let repealed: Vec<&str> = n
        .sections
        .iter()
        .filter(|s| s.instructions.iter().any(|i| i.op_name() == "repeal_document"))
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(repealed.len(), 6);
    assert_eq!(repealed[5], "信访条例");
}

#[test]
fn quote_styles_of_older_crawls() {
    let n = notice::parse(&common::read("real-laws/personal-injury-interp-2022/decision.md"));
    let i = by_id(&n, "五、");
    match &i.ops[0].op {
        Op::ReplaceNode { paragraphs } => {
            assert_eq!(paragraphs.len(), 2);
            assert!(
                paragraphs[0].starts_with("本解释所称'城镇居民人均可支配收入''城镇居民人均消费支出''职工平均工资'")
            );
            assert_eq!(paragraphs[1], "'上一年度'，是指一审法庭辩论终结时的上一统计年度。");
        }
        o => panic!("{o:?}"),
    }
    let n = notice::parse(&common::read("real-laws/shanghai-residential-property-2020/decision.md"));
    let section = n.sections.iter().find(|s| s.title == "上海市住宅物业管理规定").unwrap();
    let i = section.instructions.iter().find(|i| i.id == "四3.").unwrap();
    assert_eq!(
        i.ops[0].locators.iter().map(|l| l.steps.clone()).collect::<Vec<_>>(),
        [vec![Step::Article(18, None), Step::Paragraph(1)], vec![Step::Article(18, None), Step::Paragraph(2)]]
    );
    assert!(
        matches!(&i.ops[0].op, Op::ReplaceNode { paragraphs } if paragraphs.len() == 2),
        "quotation opened once over two paragraphs"
    );
    assert_eq!(n.global.len(), 1);
    assert_eq!(n.global[0].op_name(), "rename+adjust_wording");
}

#[test]
fn criminal_law_amendment() {
    let n = notice::parse(&common::read("real-laws/criminal-law-2023/decision.md"));
    assert_eq!(n.sections.len(), 1);
    assert_eq!(n.sections[0].title, "中华人民共和国刑法");
    let i = by_id(&n, "一、");
    assert!(
        matches!(&i.ops[0].op, Op::InsertNode { kind: UnitKind::Paragraph, numbers, paragraphs, .. } if numbers == &[2] && paragraphs.is_empty())
    );
    assert_eq!(i.ops[1].locators[0].steps, [Step::Article(165, None)]);
    assert!(!n.renumbers(Some(&n.sections[0])));
    assert!(n.provisions.iter().any(|p| p.text.contains("本修正案自2024年3月1日起施行")));
}

// ---------------------------------------------------------------- malformations

const HEAD: &str = "关于修改《某规定》的通知\n一、对《某规定》作出修改\n";

#[test]
fn missing_closing_quote_is_reported_at_the_opening_quote() {
    let n = notice::parse(&format!("{HEAD}（一）将第二项中的“甲修改为“乙”。\n（二）将第三项中的“丙”修改为“丁”。\n"));
    let errs: Vec<_> = n.errors().collect();
    assert_eq!(errs.len(), 1);
    assert!(errs[0].message.contains("unbalanced quote"), "{}", errs[0].message);
    assert_eq!((errs[0].pos.line, errs[0].pos.column), (3, 10));
    assert_eq!(n.instructions().count(), 1, "reading goes on with the next instruction");
}

#[test]
fn unknown_verb_is_reported_with_its_sentence() {
    let n = notice::parse(&format!(
        "{HEAD}（一）将第二项中的“甲”修改为“乙”。\n（二）把第三项中的“丙”换成“丁”。\n（三）删除第四项。\n"
    ));
    let errs: Vec<_> = n.errors().collect();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].message.starts_with("一（二）"), "the error names the instruction: {}", errs[0].message);
    assert_eq!(errs[0].pos.line, 4);
    assert!(errs[0].excerpt.contains("换成"));
    assert_eq!(n.instructions().count(), 2);
}

#[test]
fn unresolvable_locator_still_parses() {
    let n = notice::parse(&format!("{HEAD}（一）将第九十九项中的“甲”修改为“乙”。\n"));
    assert_eq!(n.errors().count(), 0);
    assert_eq!(n.instructions().next().unwrap().ops[0].locators[0].steps, [Step::Item(99)]);
}

#[test]
fn stray_closing_quote_and_empty_replacement() {
    let n = notice::parse(&format!("{HEAD}（一）将第二项中的甲”修改为“乙”。\n"));
    assert!(n.errors().next().unwrap().message.contains("closing quote"));
    let n = notice::parse(&format!("{HEAD}（一）将第二项修改为：\n"));
    assert_eq!(n.errors().count(), 1, "修改为 with nothing after it");
}

/// A quote without its partner is marked by its own character, wherever it stands: inside a line, or
/// first on it (found by cargo-mutants: no test looked at the range, and an error at a line's start
/// marked nothing).
#[test]
fn a_quote_without_its_partner_is_marked_by_its_character() {
    for (line, mark) in [
        ("（一）将第二项中的“甲修改为“乙”。", "“"),
        ("（一）将第二项中的甲”修改为“乙”。", "”"),
        ("“甲修改为“乙”。", "“"),
        ("”将第二项中的甲修改为乙。", "”"),
    ] {
        let src = format!("{HEAD}{line}\n");
        let n = notice::parse(&src);
        let e = n.errors().next().unwrap_or_else(|| panic!("{line}: an error"));
        assert_eq!(&src[e.range.clone()], mark, "{line}: {e:?}");
    }
}

/// A decision whose title names the document it amends is a notice even when its one sentence fits
/// no formula: that sentence's own error (its line:column) is what the drafter needs, not a verdict
/// on the whole file. (Written for this test.)
#[test]
fn a_titled_decision_with_one_unreadable_sentence_reports_that_sentence() {
    let n = notice::parse("关于修改《示例条例》的决定\n\n一、将第五条的规定调整一下。\n\n本决定自公布之日起施行。\n");
    let errs: Vec<_> = n.errors().collect();
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert!(errs[0].message.contains("fits no amendment formula"), "{}", errs[0].message);
    assert_eq!(errs[0].pos.line, 3);
}

/// A text that is no notice says which kind it is: sentences that try and fit no formula, or none
/// that tries (found by cargo-mutants: either message passed). Only that verdict is shown.
#[test]
fn a_text_that_is_no_notice_says_whether_any_sentence_tried() {
    for (text, want) in [
        (
            "某某通知\n\n将第五条的规定调整一下。\n",
            "this is not an amendment notice: none of its sentences is an amendment instruction (将…修改为…, 删除…, 增加…)",
        ),
        ("某某通知\n\n各市、县人民政府：\n", "this is not an amendment notice: it contains no instruction"),
    ] {
        let n = notice::parse(text);
        let all: Vec<&str> = n.diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(all, [want], "{text}");
    }
}

#[test]
fn a_document_that_is_not_a_notice_says_so() {
    let n = notice::parse(&common::read("fujian-2020/published/1.txt"));
    let errs: Vec<_> = n.errors().collect();
    assert_eq!(errs.len(), 1);
    assert!(errs[0].message.contains("not an amendment notice"));
}
