//! Locators as the notice reader spells them out (written for the test, in the forms of the corpus
//! decisions): found by cargo-mutants, two fields of a spelled-out locator were set by no test.

use amend::notice::{self, Locator};

fn locators(text: &str) -> Vec<(String, Vec<Locator>)> {
    let n = notice::parse(text);
    assert_eq!(n.errors().count(), 0, "{:?}", n.diagnostics);
    n.instructions().flat_map(|i| i.ops.iter().map(|o| (o.op.name().to_string(), o.locators.clone()))).collect()
}

/// 第二条第二、三款 after the document named inline: each of the two 款 keeps the document's name.
#[test]
fn a_list_of_units_keeps_the_document_named_before_it() {
    let ops = locators("关于修改《某条例》的决定\n\n一、将《某条例》第二条第二、三款中的“甲”修改为“乙”。\n");
    let (op, locs) = &ops[0];
    assert_eq!(op, "replace_text");
    assert_eq!(locs.len(), 2);
    for l in locs {
        assert_eq!(l.target.as_deref(), Some("某条例"), "{l:?}");
        assert!(l.to.is_none());
    }
    assert_eq!(locs.iter().map(|l| l.resolved()).collect::<Vec<_>>(), ["第二条第二款", "第二条第三款"]);
}

/// 第三条至第五条分别改为第四条至第六条: the range spelled out, one unit per new number, each a
/// unit of its own (not the range again).
#[test]
fn a_range_given_new_numbers_is_spelled_out_unit_by_unit() {
    let ops = locators("关于修改《某条例》的决定\n\n一、将第三条至第五条分别改为第四条至第六条。\n");
    assert_eq!(ops.len(), 3);
    let resolved: Vec<String> = ops.iter().flat_map(|(_, ls)| ls.iter().map(|l| l.resolved())).collect();
    assert_eq!(resolved, ["第三条", "第四条", "第五条"]);
    for (op, ls) in &ops {
        assert_eq!(op, "renumber");
        assert!(ls.iter().all(|l| l.to.is_none()), "{ls:?}");
    }
}

/// An item of a head that names an article (二、对第5条作如下修改：) and names no unit of its own
/// acts on that article, named as the head wrote it (第5条, in Arabic digits), not respelled.
#[test]
fn an_item_without_a_locator_takes_its_heads_article_as_written() {
    let ops = locators(
        "关于修改《某条例》的决定\n\n一、对第5条作如下修改：\n（一）将第一款中的“二十日”修改为“十五日”。\n（二）删去“申请”。\n",
    );
    assert_eq!(ops.len(), 2);
    let (op, locs) = &ops[1];
    assert_eq!(op, "delete_text");
    let written: Vec<&str> = locs.iter().map(|l| l.written.as_str()).collect();
    assert_eq!(written, ["第5条"]);
    assert_eq!(locs[0].resolved(), "第五条");
}

/// A unit may name the one that holds it with 中的 as with 的 (第二章中的第五条, 第二部分中的第（五）项):
/// the two steps of one locator, and a quotation after a further 中的 is text in it. (Sentences
/// written for the test; they were refused as fitting no formula.)
#[test]
fn a_unit_named_within_the_one_that_holds_it() {
    let ops = locators(
        "关于修改《某条例》的决定\n\n一、将第二章中的第五条修改为：“第五条　登记机关应当依法作出决定。”\n\n二、删去第二章中的第六条中的“二十日”。\n\n三、在第三章中的第九条后增加一条，作为第十条：“第十条　甲。”\n",
    );
    let got: Vec<(&str, Vec<String>)> =
        ops.iter().map(|(op, ls)| (op.as_str(), ls.iter().map(|l| l.resolved()).collect())).collect();
    assert_eq!(
        got,
        [
            ("replace_node", vec!["第二章第五条".to_string()]),
            ("delete_text", vec!["第二章第六条".to_string()]),
            ("insert_node", vec!["第三章第九条".to_string()]),
        ]
    );
    let ops = locators("关于修改部分政策文件的通知\n一、对《某某意见》作出修改\n（一）删除第二部分中的第（五）项。\n");
    assert_eq!(ops[0].1.iter().map(|l| l.resolved()).collect::<Vec<_>>(), ["第二点第五项"]);
}

/// 最后一项, 最后一款, 末项 are steps that name the last unit of their kind: written so, and
/// `"last"` in JSON where a number stands. (Written for the test.)
#[test]
fn the_last_unit_of_a_kind_is_a_step_of_its_own() {
    let ops = locators("关于修改《某条例》的决定\n\n一、删去第四条最后一项。\n\n二、将第三条末款修改为：“甲。”\n");
    let shown: Vec<String> = ops.iter().map(|(_, ls)| ls[0].resolved()).collect();
    assert_eq!(shown, ["第四条最后一项", "第三条最后一款"]);
    let json = serde_json::to_value(&ops[0].1[0].steps).unwrap();
    assert_eq!(json, serde_json::json!([{"unit": "article", "number": [4, null]}, {"unit": "item", "number": "last"}]));
}

/// A heading line quoted whole with no unit named (将“第一节　申请”修改为“第一节　受理”) is the heading of
/// the unit its label names, for each kind of heading: 编, 章, 节 and a policy text's point. A line
/// longer than a heading (more than 40 characters after its label) is text, replaced wherever it stands. (Written
/// for the test: cargo-mutants found the 编, 节 and point arms unasserted.)
#[test]
fn a_quoted_heading_line_names_its_unit() {
    for (from, to, at) in [
        ("第二编　分则", "第二编　各则", "第二编"),
        ("第三章　附则", "第三章　补充规定", "第三章"),
        ("第一节　申请", "第一节　受理", "第一节"),
        ("二、有关要求", "二、工作要求", "第二点"),
    ] {
        let ops = locators(&format!("关于修改《某条例》的决定\n\n一、将“{from}”修改为“{to}”。\n"));
        let (op, locs) = &ops[0];
        assert_eq!(op, "replace_heading", "{from}");
        assert_eq!(locs[0].resolved(), at, "{from}");
    }
    let long = "二、各地要高度重视，切实加强组织领导，建立健全工作机制，明确责任分工，确保各项任务落到实处";
    let ops = locators(&format!("关于修改《某条例》的决定\n\n一、将“{long}”修改为“二、各地要高度重视”。\n"));
    assert_eq!(ops[0].0, "rename", "a text replaced wherever it stands, not a heading");
}

/// A text quoted with its unit's label, the same label in both and no place named, is a change in
/// that unit: an article (“第三条　…”), an item (“（三）…”) or a 目 (“1.…”). (Written for the test:
/// cargo-mutants found the article and 目 arms unasserted.)
#[test]
fn a_text_quoted_with_its_units_label_is_a_change_in_that_unit() {
    for (from, to, at) in [
        ("第三条　登记机关应当公开办事指南", "第三条　登记机关应当公开并更新办事指南", "第三条"),
        ("（三）加大财税扶持力度", "（三）加大财政扶持力度", "第三项"),
        ("1.加大财税扶持力度", "1.加大财政扶持力度", "第一目"),
    ] {
        let ops = locators(&format!("关于修改《某条例》的决定\n\n一、将“{from}”修改为“{to}”。\n"));
        let (op, locs) = &ops[0];
        assert_eq!(op, "replace_text", "{from}");
        assert_eq!(locs[0].resolved(), at, "{from}");
    }
}

/// After 条文顺序作相应调整, “第八条”调整为“第七条” is a renumbering of the unit the label names, for an
/// article, a chapter or a section; a label with text after it is a text replaced. (Written for the
/// test: cargo-mutants found the form unasserted.)
#[test]
fn a_label_alone_given_another_after_the_renumbering_sentence_renumbers_its_unit() {
    let head = "关于修改《某条例》的决定\n\n一、删去第二条。\n二、条文顺序作相应调整。";
    for (from, to, at) in
        [("第八条", "第七条", "第八条"), ("第三章", "第二章", "第三章"), ("第二节", "第一节", "第二节")]
    {
        let ops = locators(&format!("{head}“{from}”调整为“{to}”。\n"));
        let (op, locs) = ops.last().unwrap();
        assert_eq!(op, "renumber", "{from}: {ops:?}");
        assert_eq!(locs[0].resolved(), at, "{from}");
    }
    let ops = locators(&format!("{head}“第八条　甲”调整为“第七条　甲”。\n"));
    assert_ne!(ops.last().unwrap().0, "renumber", "{ops:?}");
    // one after another: each a renumbering
    let ops = locators(&format!("{head}“第八条”调整为“第七条”，“第九条”调整为“第八条”。\n"));
    let renumbered: Vec<String> =
        ops.iter().filter(|(op, _)| op == "renumber").map(|(_, locs)| locs[0].resolved()).collect();
    assert_eq!(renumbered, ["第八条", "第九条"], "{ops:?}");
}

/// “地税局”“国税局”合并修改为“税务局” with no place: the whole text where it opens the notice, else the
/// place of the sentence before; 并相应删除该内容责任单位中的“…” acts on the units of the text just
/// deleted. (Written for the test: cargo-mutants found both unasserted.)
#[test]
fn merged_units_and_the_units_of_deleted_content_take_their_place_from_the_context() {
    let head = "关于修改《某某工作的通知》的通知\n一、对《某某工作的通知》作出修改\n";
    let ops = locators(&format!("{head}（一）“地税局”“国税局”合并修改为“税务局”。\n"));
    assert_eq!(ops[0].0, "merge_units");
    assert!(ops[0].1[0].is_whole(), "{:?}", ops[0].1);
    let ops = locators(&format!("{head}（一）将第三项中的“甲”修改为“乙”，“地税局”“国税局”合并修改为“税务局”。\n"));
    let (op, locs) = &ops[1];
    assert_eq!(op, "merge_units");
    assert_eq!(locs[0].resolved(), "第三项");
    let ops =
        locators(&format!("{head}（一）删除第十四项中“加强督查”的表述，并相应删除该内容责任单位中的“地税局”。\n"));
    let (op, locs) = &ops[1];
    assert_eq!(op, "delete_units_from_line");
    assert!(format!("{:?}", locs[0].steps).contains("UnitsOfDeleted"), "{locs:?}");
}
