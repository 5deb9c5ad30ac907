//! Verification: a draft is proven by applying it (the round trip) and comparing what it gives with
//! the new version, on what a notice amends: the body without the header's metadata and without
//! lines of invisible characters; byte for byte, or up to formatting where formatting is left out.

use crate::apply::{self, ApplyOptions};
use crate::diff::normalize::normalize;
use crate::diff::{self, DiffOptions};
use crate::document::{self, Document, Family};
use crate::notice;

use super::draft::Draft;

/// The body of a text: everything after the Markdown metadata block (all of it when there is none).
pub fn body(text: &str) -> &str {
    match text.find("<!-- INFO END -->") {
        Some(i) => &text[i..],
        None => text,
    }
}

/// Whether a line holds nothing but invisible characters (a crawl's zero-width-space lines).
pub(super) fn invisible_line(l: &str) -> bool {
    l.contains('\u{200b}') && l.chars().all(|c| c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}')
}

/// The body without what no notice amends: the Markdown metadata block, the header notes under
/// the title (题注: the adoption and amendment history, which every new version extends) and the
/// document number (文号), and lines of invisible characters (no notice can write one). What the
/// round trip compares. Returns the text and whether there were invisible lines.
pub fn comparable(text: &str) -> (String, bool) {
    let without_notes = without_header_notes(body(text));
    let b = without_notes.as_str();
    let mut had = false;
    let mut out = String::with_capacity(b.len());
    let mut skip_blank = false;
    for line in b.split_inclusive('\n') {
        if invisible_line(line.trim_end_matches('\n')) {
            had = true;
            skip_blank = true;
            continue;
        }
        // the blank line that separated the invisible one goes with it
        if skip_blank && line == "\n" {
            skip_blank = false;
            continue;
        }
        skip_blank = false;
        out.push_str(line);
    }
    (out, had)
}

/// `text` without its header's history notes and document numbers (the lines the diff counts as
/// metadata inside the header).
pub(super) fn without_header_notes(text: &str) -> String {
    let doc = document::parse(text);
    let mut out = String::with_capacity(text.len());
    doc.root.walk(&mut |n| {
        if !matches!(n.kind, document::Kind::History | document::Kind::DocNumber) {
            out.push_str(&n.lead);
            out.push_str(n.label.as_deref().unwrap_or(""));
            out.push_str(&n.sep);
            out.push_str(&n.text);
            out.push_str(&n.trail);
        }
    });
    out
}

/// Whether a draft changes nothing but the numbers of articles referred to (“第二十三条”→“第二十八条”).
pub(super) fn references_only(d: &Draft) -> bool {
    static NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new("第[零〇一二两三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?").expect("a valid pattern")
    });
    let masked = |s: &str| NUMBER.replace_all(s, "第#条").into_owned();
    let same = |a: &str, b: &str| a != b && masked(a) == masked(b);
    match d {
        Draft::ReplaceText { pairs, .. } => pairs.iter().all(|(a, b)| same(a, b)),
        Draft::ReplaceIn { from, to, .. } => same(from, to),
        _ => false,
    }
}

/// Whether `got` is `want` for the notice: byte for byte when formatting is amended (`keep`), else
/// up to formatting (full/half-width forms, quote styles, spaces, blank lines), which a drafter leaves out. The
/// round trip's result against the new version, and a line against its new form.
pub(super) fn same_up_to(got: &str, want: &str, keep: bool) -> bool {
    got == want || (!keep && normalize(&single_blank_lines(got)) == normalize(&single_blank_lines(want)))
}

/// `text` with every run of blank lines made one (paragraphs apart by two blank lines or one are
/// laid out differently, not amended).
fn single_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() && line.ends_with('\n') {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
    }
    out
}

/// Whether the two versions differ in formatting somewhere (what the notice then leaves out).
pub(super) fn formatting_differs(old: &Document, new: &Document) -> bool {
    let (o, n) = (comparable(&old.source).0, comparable(&new.source).0);
    diff::diff_documents(old, new, &DiffOptions::default())
        .changes
        .iter()
        .any(|c| c.change == diff::ChangeKind::Formatting || c.edits.iter().any(|e| e.formatting))
        || (o != n && same_up_to(&o, &n, false))
}

/// The units (as the new version names them) where the round trip's result `got` differs from
/// `new` in formatting only (both as [`comparable`] gives them).
pub(super) fn formatting_units(got: &str, new: &str) -> Vec<String> {
    if got == new {
        return Vec::new();
    }
    let (got, new) = (&document::parse(got), &document::parse(new));
    let mut out: Vec<String> = diff::diff_documents(got, new, &DiffOptions::default())
        .differences()
        .filter_map(|c| c.new.as_ref().map(|s| s.path.to_string()))
        .collect();
    for p in layout_differences(got, new, true) {
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// The units (by their path in `new`) whose lines differ from `got` in layout only: separators,
/// spacing, line breaks, which the clause diff normalises away. Differences of formatting only
/// count when formatting is amended (`keep`).
pub(super) fn layout_differences(got: &Document, new: &Document, keep: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut unit = String::new();
    new.root.walk(&mut |n| {
        if (matches!(
            n.kind,
            document::Kind::Article
                | document::Kind::Chapter
                | document::Kind::Section
                | document::Kind::Part
                | document::Kind::Point
                | document::Kind::Item
        ) || n.path.matches('/').count() == 0)
            && !(n.kind == document::Kind::Item && new.family == Family::Law)
        {
            unit = n.path.to_string();
        }
        if matches!(
            n.kind,
            document::Kind::Header
                | document::Kind::History
                | document::Kind::InfoEnd
                | document::Kind::FrontMatter
                | document::Kind::Document
        ) {
            return;
        }
        let same = got.root.find_path(&n.path).is_some_and(|g| {
            let (a, b) = (format!("{}{}{}", g.lead, g.line(), g.trail), format!("{}{}{}", n.lead, n.line(), n.trail));
            same_up_to(&a, &b, keep)
        });
        if !same && !out.contains(&unit) {
            out.push(unit.clone());
        }
    });
    out
}

/// Applies a derived notice text to `old_text`; on failure, the message and the failing instructions.
pub(super) fn run(old_text: &str, notice_text: &str) -> Result<String, (String, Vec<String>)> {
    let n = notice::parse(notice_text);
    if let Some(e) = n.errors().next() {
        return Err((format!("the derived notice does not parse at {}: {}", e.pos, e.message), Vec::new()));
    }
    let doc = document::parse(old_text);
    let section = n.sections.first().ok_or(("the derived notice has no section".to_string(), Vec::new()))?;
    apply::apply(&doc, &n, section, &ApplyOptions::default()).map(|a| a.text).map_err(|f| {
        let msg = f.errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; ");
        (msg, f.errors.iter().map(|e| e.instruction.clone()).collect())
    })
}
