//! The document parser on the whole corpus: lossless round trips, outlines, numbering facts.

mod common;

use amend::document::{self, Document, Family, Kind};
use amend::text::decode::{EncodingChoice, decode};

fn parse_rel(rel: &str) -> Document {
    document::parse(&common::read(rel))
}

#[test]
fn every_corpus_file_round_trips_byte_for_byte() {
    let files = common::files_under(&common::corpus());
    assert!(files.len() >= 50, "corpus incomplete: {} files", files.len());
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        // read as amend reads any input: a .docx (fujian-2020-docx) as the text Word shows
        let decoded = amend::io::decode_bytes(&path, &bytes, EncodingChoice::Auto).unwrap().decoded;
        let doc = document::parse(&decoded.text);
        assert!(doc.render() == decoded.text, "{} does not round-trip", path.display());
        assert_eq!(doc.root.span.end, decoded.text.len(), "{}", path.display());
    }
}

const FUJIAN: &[&str] = &[
    "fujian-2020/notice.txt",
    "fujian-2020/original/1.txt",
    "fujian-2020/original/2.txt",
    "fujian-2020/original/3.txt",
    "fujian-2020/original/4.txt",
    "fujian-2020/published/1.txt",
    "fujian-2020/published/2.txt",
    "fujian-2020/published/3.txt",
    "fujian-2020/published/4.txt",
];

fn real_law_files() -> Vec<String> {
    let root = common::corpus();
    common::files_under(&root.join("real-laws"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md") && p.file_name().unwrap() != "README.md")
        .map(|p| p.strip_prefix(&root).unwrap().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn outline_snapshots() {
    common::snapshots(|| {
        for rel in FUJIAN.iter().map(|s| s.to_string()).chain(real_law_files()) {
            let doc = parse_rel(&rel);
            insta::assert_snapshot!(common::snap_name("outline", &rel), amend::render::outline::outline(&doc));
        }
    });
}

#[test]
fn published_1_has_nine_points_and_items_numbered_through() {
    let doc = parse_rel("fujian-2020/published/1.txt");
    assert_eq!(doc.family, Family::Policy);
    assert!(!doc.items_restart);
    let points: Vec<u32> =
        doc.root.children.iter().filter(|n| n.kind == Kind::Point).map(|n| n.number.unwrap()).collect();
    assert_eq!(points, (1..=9).collect::<Vec<_>>());
    let items: Vec<u32> = doc.nodes().into_iter().filter(|n| n.kind == Kind::Item).map(|n| n.number.unwrap()).collect();
    assert_eq!(items, (1..=25).collect::<Vec<_>>());
    let item14 = doc.root.find_path("五/（十四）").expect("item 14 under point 5");
    assert_eq!(item14.heading.as_deref(), Some("支持智能制造企业开拓市场"));
    assert_eq!(item14.children.iter().filter(|c| c.kind == Kind::Units).count(), 1);
    assert_eq!(doc.root.find_path("六").unwrap().heading.as_deref(), Some("加强融资租赁服务"));
    assert_eq!(doc.title(), Some("福建省人民政府关于加快发展智能制造九条措施的通知"));
}

#[test]
fn published_4_items_restart_under_each_point() {
    let doc = parse_rel("fujian-2020/published/4.txt");
    assert!(doc.items_restart);
    for point in doc.root.children.iter().filter(|n| n.kind == Kind::Point) {
        let items: Vec<u32> =
            point.children.iter().filter(|n| n.kind == Kind::Item).map(|n| n.number.unwrap()).collect();
        if let Some(&first) = items.first() {
            assert_eq!(first, 1, "point {:?} starts at its own （一）", point.label);
        }
        assert!(items.windows(2).all(|w| w[1] == w[0] + 1), "point {:?}: {items:?}", point.label);
    }
    let first = doc.root.find_path("一/（四）").unwrap();
    assert!(first.text.starts_with("推动高成长企业发展"));
    assert!(doc.root.find_path("一/（一）").unwrap().gap);
}

#[test]
fn gap_markers_and_sub_items_of_attachment_3() {
    let doc = parse_rel("fujian-2020/published/3.txt");
    assert!(doc.root.find_path("一").unwrap().gap);
    let sub = doc.root.find_path("二/（二）/2.").unwrap();
    assert_eq!(sub.heading.as_deref(), Some("分离发展物流运输业务"));
    assert_eq!(sub.children[0].kind, Kind::Units);
    let four = doc.root.find_path("四").unwrap();
    assert_eq!(four.heading.as_deref(), Some("加大财税扶持力度"));
    assert!(four.find_path("四/责任单位").is_some());
}

#[test]
fn real_laws_articles_run_without_gaps() {
    // Files whose own text skips or repeats an article number; they are reported, not hidden.
    let known: &[(&str, &str)] = &[];
    let mut found = Vec::new();
    for rel in real_law_files().into_iter().filter(|r| !r.ends_with("decision.md")) {
        let doc = parse_rel(&rel);
        assert_eq!(doc.family, Family::Law, "{rel}");
        let numbers: Vec<u32> = doc
            .nodes()
            .into_iter()
            .filter(|n| n.kind == Kind::Article && n.sub_number.is_none())
            .map(|n| n.number.unwrap())
            .collect();
        assert!(numbers.len() > 10, "{rel}: only {} articles", numbers.len());
        let expected: Vec<u32> = (1..=numbers.len() as u32).collect();
        if numbers != expected {
            let first_bad =
                numbers.iter().zip(&expected).find(|(a, b)| a != b).map(|(a, b)| format!("{a} where {b} was expected"));
            found.push((rel.clone(), first_bad.unwrap_or_default()));
        }
    }
    let found_names: Vec<(&str, &str)> = found.iter().map(|(r, m)| (r.as_str(), m.as_str())).collect();
    assert_eq!(found_names, known, "article numbering gaps");
}

#[test]
fn criminal_law_has_numbered_sub_articles_and_nested_divisions() {
    let doc = parse_rel("real-laws/criminal-law-2023/new.md");
    let a = doc.root.find_path("第一百二十条之一").expect("第一百二十条之一");
    assert_eq!((a.number, a.sub_number), (Some(120), Some(1)));
    assert!(doc.root.find_path("第二编/第三章/第一节").is_some(), "sections are qualified by part and chapter");
}

#[test]
fn gb18030_and_crlf_copies_give_the_same_tree() {
    for rel in ["fujian-2020/original/1.txt", "real-laws/antimonopoly-2022/old.md"] {
        let text = common::read(rel);
        let original = serde_json::to_value(document::parse(&text)).unwrap();
        let (gbk, _, unmappable) = encoding_rs::GB18030.encode(&text);
        assert!(!unmappable);
        let from_gbk = decode(&gbk, EncodingChoice::Auto).unwrap();
        assert_eq!(from_gbk.encoding, amend::text::decode::Encoding::Gb18030);
        assert_eq!(serde_json::to_value(document::parse(&from_gbk.text)).unwrap(), original, "{rel} as GB18030");
        let crlf = text.replace('\n', "\r\n");
        let from_crlf = decode(crlf.as_bytes(), EncodingChoice::Auto).unwrap();
        assert_eq!(serde_json::to_value(document::parse(&from_crlf.text)).unwrap(), original, "{rel} with CRLF");
        assert_eq!(from_crlf.restore_line_endings(&document::parse(&from_crlf.text).render()), crlf);
    }
}

#[test]
fn plain_text_law_with_toc_and_history_note() {
    let text = "中华人民共和国示例法\n（2020年1月1日第十三届全国人民代表大会常务委员会第一次会议通过）\n目　　录\n第一章　总　　则\n第二章　附　　则\n第一章　总　　则\n第一条　为了示例，制定本法。\n第二条　本法适用于：\n（一）甲；\n（二）乙。\n前款规定以外的，不适用本法。\n第二章　附　　则\n第三条本法自公布之日起施行。\n";
    let doc = document::parse(text);
    assert_eq!(doc.render(), text);
    assert_eq!(doc.family, Family::Law);
    let header = &doc.root.children[0];
    let kinds: Vec<Kind> = header.children.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [Kind::Title, Kind::History, Kind::Toc]);
    assert_eq!(header.children[2].children.len(), 2, "two TOC entries");
    assert!(doc.root.find_path("第二条/1/（二）").is_some());
    assert_eq!(doc.root.find_path("第二条/2").unwrap().text, "前款规定以外的，不适用本法。");
    assert!(doc.root.find_path("第三条").is_some(), "an article without separator, in sequence");
}

#[test]
fn nothing_fits_still_parses_as_paragraphs() {
    let text = "今天天气很好。\n我们去公园散步。";
    let doc = document::parse(text);
    assert_eq!(doc.family, Family::Plain);
    assert_eq!(doc.render(), text);
    assert!(doc.nodes().iter().all(|n| matches!(n.kind, Kind::Document | Kind::Header | Kind::Title | Kind::Text)));
}

/// The units lines of a node: (path, label as written, text).
fn units_lines(node: &amend::document::Node) -> Vec<(&str, &str, &str)> {
    node.children
        .iter()
        .filter(|c| c.kind == Kind::Units)
        .map(|c| (c.path.as_str(), c.label.as_deref().unwrap_or(""), c.text.as_str()))
        .collect()
}

#[test]
fn labelled_units_lines_are_units_named_by_their_label() {
    let doc = parse_rel("policy-units/fujian-labelled-lines/original.txt");
    assert_eq!(doc.family, Family::Policy);
    assert_eq!(
        units_lines(doc.root.find_path("一/（一）").unwrap()),
        [
            ("一/（一）/牵头单位", "牵头单位：", "省农业厅"),
            ("一/（一）/责任单位", "责任单位：", "省国土厅、财政厅、物价局，省档案局"),
            ("一/（一）/配合单位", "配合单位：", "各设区市人民政府、平潭综合实验区管委会"),
        ]
    );
    assert_eq!(
        units_lines(doc.root.find_path("二/（三）").unwrap()),
        [
            ("二/（三）/牵头部门", "牵头部门：", "省物价局、农业厅"),
            ("二/（三）/责任部门", "责任部门：", "省财政厅、地税局，省国税局"),
            ("二/（三）/配合部门", "配合部门：", "各设区市人民政府"),
        ]
    );
    // an ASCII colon, and a list with parentheses of its own inside
    let doc = parse_rel("policy-units/zhejiang-parenthetical-lines/original.txt");
    assert_eq!(
        units_lines(doc.root.find_path("一/（二）").unwrap()),
        [
            ("一/（二）/牵头部门", "牵头部门：", "省食品药品监管局"),
            ("一/（二）/责任部门", "责任部门:", "省农业厅、省质监局"),
            ("一/（二）/配合部门", "配合部门：", "各市、县（市、区）人民政府"),
        ]
    );
}

#[test]
fn a_parenthetical_on_its_own_line_is_a_units_line_one_inside_an_item_stays_in_its_text() {
    let doc = parse_rel("policy-units/zhejiang-parenthetical-lines/original.txt");
    // named by its first label; the label as written keeps the parenthesis
    assert_eq!(
        units_lines(doc.root.find_path("一/（一）").unwrap()),
        [("一/（一）/牵头单位", "（牵头单位：", "省质监局；责任单位：省经信委、省商务厅）")]
    );
    assert_eq!(
        units_lines(doc.root.find_path("二/（三）").unwrap()),
        [("二/（三）/责任单位", "（责任单位：", "省质监局）")]
    );
    let doc = parse_rel("policy-units/guangdong-inline/original.txt");
    assert!(doc.items_restart);
    for path in ["一/（一）", "一/（二）", "一/（三）", "二/（一）", "二/（二）", "二/（三）"] {
        let item = doc.root.find_path(path).unwrap();
        assert_eq!(item.kind, Kind::Item);
        assert!(item.children.is_empty(), "{path}: the parenthetical is not split off");
        assert!(item.text.contains("单位："), "{path}");
    }
    assert!(
        doc.root
            .find_path("一/（一）")
            .unwrap()
            .text
            .ends_with("（牵头单位：省国土资源厅；责任单位：省农业厅、省财政厅）")
    );
}

#[test]
fn units_lines_of_one_label_are_counted_and_other_labels_do_not_shift_them() {
    let text = "一、总体要求\n（一）加强领导。\n牵头单位：省发展改革委\n责任单位：省财政厅\n配合单位：各设区市人民政府\n责任单位：省工信厅\n（二）强化保障。\n责任单位：省财政厅\n";
    let doc = document::parse(text);
    assert_eq!(doc.render(), text);
    let paths: Vec<&str> = units_lines(doc.root.find_path("一/（一）").unwrap()).iter().map(|u| u.0).collect();
    assert_eq!(paths, ["一/（一）/牵头单位", "一/（一）/责任单位", "一/（一）/配合单位", "一/（一）/责任单位2"]);
    // as in the Fujian corpus: an item with one 责任单位 line names it …/责任单位
    assert_eq!(units_lines(doc.root.find_path("一/（二）").unwrap())[0].0, "一/（二）/责任单位");
}
