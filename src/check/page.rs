//! `check --page`: confirming the regenerated text against the raw published page, whose
//! paragraph breaks are lost and whose sentences are shuffled. Each sentence of each regenerated
//! paragraph is looked for in the page; the share found is reported, with the rest listed.

use serde::Serialize;

use crate::document::{self, Kind};

/// A sentence of the regenerated text that the page does not contain.
#[derive(Debug, Clone, Serialize)]
pub struct Unconfirmed {
    pub document: String,
    pub path: String,
    pub sentence: String,
}

/// The page check of a case.
#[derive(Debug, Clone, Serialize, Default)]
pub struct PageReport {
    pub sentences: usize,
    pub confirmed: usize,
    pub unconfirmed: Vec<Unconfirmed>,
}

impl PageReport {
    pub fn share(&self) -> f64 {
        if self.sentences == 0 { 1.0 } else { self.confirmed as f64 / self.sentences as f64 }
    }
}

/// Splits a paragraph into sentences, each with its closing mark (。；！？).
pub fn sentences(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in line.char_indices() {
        if matches!(c, '。' | '；' | '！' | '？') {
            let end = i + c.len_utf8();
            out.push(&line[start..end]);
            start = end;
        }
    }
    if start < line.len() {
        out.push(&line[start..]);
    }
    out.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

/// Adds the sentences of one regenerated document to the report.
pub fn confirm(report: &mut PageReport, document_name: &str, regenerated: &str, page: &str) {
    let flat: String = page.chars().filter(|c| *c != '\n' && *c != '\r').collect();
    let doc = document::parse(regenerated);
    doc.root.walk(&mut |n| {
        if n.gap || matches!(n.kind, Kind::Gap | Kind::Document | Kind::Header | Kind::Article) {
            return;
        }
        let line = n.line();
        for s in sentences(&line) {
            let s = s.trim();
            if s.is_empty() || s.contains('…') {
                continue;
            }
            report.sentences += 1;
            // memmem's prefilter picks the needle's rare bytes (str::contains tries every lead byte of
            // a CJK character, which is nearly every third byte of the page)
            if memchr::memmem::find(flat.as_bytes(), s.as_bytes()).is_some() {
                report.confirmed += 1;
            } else {
                report.unconfirmed.push(Unconfirmed {
                    document: document_name.to_string(),
                    path: n.path.to_string(),
                    sentence: s.to_string(),
                });
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_keep_their_marks() {
        assert_eq!(sentences("（一）数控一代。推动应用；提升水平"), ["（一）数控一代。", "推动应用；", "提升水平"]);
    }

    #[test]
    fn shuffled_page_confirms_sentences_in_any_order() {
        let mut r = PageReport::default();
        confirm(&mut r, "附件", "一、总体要求\n甲乙。丙丁。\n", "丙丁。一、总体要\n求甲乙。");
        assert_eq!((r.sentences, r.confirmed), (3, 3));
        confirm(&mut r, "附件", "一、总体要求\n戊己。\n", "一、总体要求");
        assert_eq!(r.unconfirmed.len(), 1);
        assert_eq!(r.unconfirmed[0].sentence, "戊己。");
    }
}
