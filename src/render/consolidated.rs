//! The consolidated text as the workbench shows it (an HTML fragment): every unit of the new version
//! in order, the changed ones marked as a reviewer reads track changes (deleted words struck through,
//! new words highlighted, deleted units kept in place and struck through), and each changed unit
//! linked to the instruction that changed it. All document text is HTML-escaped.
//!
//! The fragment is a view: the exact consolidated text is what `apply` returns, and what a download
//! gives. The page styles the classes (`unit`, `changed`, `by`, `ins`, `del`, `fmt`).

use std::fmt::Write;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use super::marks::{self, Mark};
use crate::diff::{ClauseChange, DocumentDiff};

/// The fragment: one `<div class="unit">` per unit, in the order of the new version (a deleted unit
/// where it stood).
pub fn fragment(diff: &DocumentDiff) -> String {
    let mut out = String::with_capacity(diff.changes.len() * 200);
    for c in &diff.changes {
        unit(&mut out, c);
    }
    out
}

fn unit(out: &mut String, c: &ClauseChange) {
    let changed = c.is_change();
    let kind = c.change.name();
    let _ = write!(out, "<div class=\"unit {} {kind}{}\"", c.unit.name(), if changed { " changed" } else { "" });
    if let Some(by) = &c.instruction {
        let _ = write!(out, " data-instruction=\"{}\"", attr(by));
    }
    if let Some(new) = &c.new {
        let _ = write!(out, " data-path=\"{}\"", attr(&new.path));
    }
    out.push('>');
    if changed {
        // what happened, and by which instruction (a button: the page selects it in the draft)
        let _ = write!(out, "<span class=\"what\">{}</span>", text(&c.kind_chinese()));
        if let Some(by) = &c.instruction {
            for id in by.split('；') {
                let _ = write!(
                    out,
                    "<button type=\"button\" class=\"by\" data-id=\"{}\" title=\"在草稿中选中这条指令\">{}</button>",
                    attr(id),
                    text(id)
                );
            }
        }
    }
    let side = c.new.as_ref().or(c.old.as_ref()).expect("a change has a side");
    let number_mark = match (&c.old, &c.new) {
        (Some(_), None) => Mark::Deleted,
        (None, Some(_)) => Mark::Inserted,
        _ => Mark::Same,
    };
    if let Some(number) = marks::number_prefix(side) {
        // a renumbered unit shows its old number struck through before the new one
        if let (Some(old), Some(new)) = (&c.old, &c.new)
            && old.number != new.number
            && let Some(before) = marks::number_prefix(old)
        {
            out.push_str(&wrap(Mark::Deleted, &before));
        }
        out.push_str(&wrap(number_mark, &number));
    }
    let pieces = match (&c.old, &c.new) {
        (Some(old), Some(new)) => marks::inline_pieces(&old.text, &new.text, &c.edits),
        _ => vec![(number_mark, side.text.as_str())],
    };
    for (mark, t) in pieces {
        out.push_str(&wrap(mark, t));
    }
    out.push_str("</div>\n");
}

/// A piece of document text, escaped, in the element of its mark.
fn wrap(mark: Mark, s: &str) -> String {
    if s.is_empty() {
        return String::new();
    }
    let s = text(s);
    match mark {
        Mark::Same => s.into_owned(),
        Mark::Deleted => format!("<del>{s}</del>"),
        Mark::Inserted => format!("<ins>{s}</ins>"),
        Mark::FormatOld => format!("<del class=\"fmt\" title=\"仅格式不同\">{s}</del>"),
        Mark::FormatNew => format!("<ins class=\"fmt\" title=\"仅格式不同\">{s}</ins>"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{DiffOptions, diff_documents};
    use crate::document::parse;

    fn view(old: &str, new: &str) -> String {
        fragment(&diff_documents(&parse(old), &parse(new), &DiffOptions::default()))
    }

    #[test]
    fn changed_words_are_marked_and_the_rest_is_plain() {
        let v = view("第一条 甲方经信委负责。\n第二条 乙方。\n", "第一条 甲方工信厅负责。\n第二条 乙方。\n");
        assert!(v.contains("<del>经信委</del><ins>工信厅</ins>"), "{v}");
        assert!(v.contains("<div class=\"unit clause unchanged\" data-path=\"第二条\">第二条 乙方。</div>"), "{v}");
    }

    #[test]
    fn a_deleted_unit_stays_in_place_struck_through_and_renumbering_shows_both_numbers() {
        let v = view("第一条 甲。\n第二条 乙。\n第三条 丙。\n", "第一条 甲。\n第二条 丙。\n");
        let deleted = v.find("<del>第二条 </del><del>乙。</del>").expect(&v);
        let renumbered = v.find("<del>第三条 </del>第二条 丙。").expect(&v);
        assert!(deleted < renumbered, "{v}");
    }

    #[test]
    fn document_text_is_escaped() {
        let v = view("第一条 甲。\n", "第一条 <script>alert(1)</script>&\"\n");
        assert!(!v.contains("<script>"), "{v}");
        assert!(v.contains("&lt;script&gt;"), "{v}");
    }
}
