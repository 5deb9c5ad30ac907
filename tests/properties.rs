//! Properties over generated inputs: parsing never panics and always renders back the input; a
//! document diffed with itself shows no change; notices and their application never panic.

mod common;

use amend::apply::{self, ApplyOptions};
use amend::diff::{DiffOptions, diff_documents};
use amend::document;
use amend::notice;
use proptest::prelude::*;

/// Text made of the pieces legal documents are made of (labels, marks, Markdown, line breaks) and
/// of arbitrary characters.
fn legal_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("第一条 ".to_string()),
        Just("第十二条　".to_string()),
        Just("第一百二十条之一 ".to_string()),
        Just("## 第二章 总则\n".to_string()),
        Just("第一编".to_string()),
        Just("（一）".to_string()),
        Just("(三)".to_string()),
        Just("一、".to_string()),
        Just("1.".to_string()),
        Just("1．".to_string()),
        Just("（1）".to_string()),
        Just("①".to_string()),
        Just("责任单位：省工信厅、财政厅，省税务局".to_string()),
        Just("附件1\n".to_string()),
        Just("附件：1.甲\n".to_string()),
        Just("……".to_string()),
        Just("<!-- INFO END -->".to_string()),
        Just("---\n".to_string()),
        Just("# 标题\n".to_string()),
        Just("> ".to_string()),
        Just("2020年12月4日".to_string()),
        Just("（此件主动公开）".to_string()),
        Just("目　　录".to_string()),
        "[甲乙丙丁，。；：“”‘’（）《》]{1,8}",
        "[\n\r \u{3000}\t\u{200b}]{1,3}",
        "\\PC{1,4}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn parse_never_panics_and_round_trips(text in legal_text()) {
        let doc = document::parse(&text);
        prop_assert_eq!(doc.render(), text.clone());
        prop_assert_eq!(doc.root.span.end, text.len());
        // paths name one node each
        let mut paths: Vec<&str> = doc.nodes().iter().skip(1).map(|n| n.path.as_str()).collect();
        let n = paths.len();
        paths.sort();
        paths.dedup();
        prop_assert_eq!(paths.len(), n);
    }

    #[test]
    fn any_unicode_parses_and_round_trips(text in "\\PC*") {
        prop_assert_eq!(document::parse(&text).render(), text);
    }

    #[test]
    fn a_document_diffed_with_itself_shows_no_change(text in legal_text()) {
        let doc = document::parse(&text);
        let d = diff_documents(&doc, &doc, &DiffOptions::default());
        prop_assert!(d.is_same());
        prop_assert!(d.number_map.is_empty());
    }
}

/// Notices made of formula pieces, numbers and quotations.
fn notice_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("将".to_string()),
        Just("删除".to_string()),
        Just("删去".to_string()),
        Just("在".to_string()),
        Just("第十四项".to_string()),
        Just("第一点第四项".to_string()),
        Just("第六点“拓展市场”".to_string()),
        Just("第十条第二款".to_string()),
        Just("全文".to_string()),
        Just("中的".to_string()),
        Just("修改为".to_string()),
        Just("修改为：".to_string()),
        Just("合并修改为".to_string()),
        Just("后增加一条，作为第十一条：".to_string()),
        Just("改为第十三条".to_string()),
        Just("的表述".to_string()),
        Just("条文顺序作相应调整".to_string()),
        Just("，".to_string()),
        Just("。".to_string()),
        Just("\n".to_string()),
        Just("（一）".to_string()),
        Just("二、".to_string()),
        "“[省经信委工厅局甲乙，。]{0,6}”",
        "\"[甲乙丙]{0,4}\"",
        "[“”‘’\"]",
        "\\PC{1,3}",
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| format!("关于修改《福建省人民政府关于加快发展智能制造九条措施的通知》的通知\n一、对《福建省人民政府关于加快发展智能制造九条措施的通知》作出修改\n{}", v.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn notices_never_panic_and_applying_them_never_panics(text in notice_text()) {
        let n = notice::parse(&text);
        for d in &n.diagnostics {
            prop_assert!(d.pos.line >= 1);
        }
        if n.errors().count() == 0 {
            let doc = document::parse(&common::read("fujian-2020/original/1.txt"));
            if let Ok(section) = apply::find_section(&n, &doc, None)
                && let Ok(out) = apply::apply(&doc, &n, section, &ApplyOptions::default()) {
                    // what was produced parses and renders back
                    prop_assert_eq!(document::parse(&out.text).render(), out.text);
                }
        }
    }
}
