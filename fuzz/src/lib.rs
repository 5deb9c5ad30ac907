//! The properties the fuzz targets check. `tests/fuzz_regressions.rs` includes this file by path,
//! so a saved crashing input is checked there exactly as the fuzzer checked it. Only `amend` and
//! std are used here (no libFuzzer, no arbitrary).
#![allow(dead_code)]

use amend::apply::{self, ApplyOptions};
use amend::derive::{self, DeriveOptions};
use amend::diff::{self, DiffOptions};
use amend::document::{self, Document, Node};
use amend::notice::{self, Notice, Section};
use amend::render::{self, DiffReport};
use amend::text::decode::{self, EncodingChoice};
use amend::text::numerals;

/// Fixed documents that fuzzed notices are applied to: a policy notice and a law.
pub const DOCUMENTS: &[&str] = &[
    include_str!("../../corpus/fujian-2020/original/1.txt"),
    include_str!("../../corpus/real-laws/antimonopoly-2022/old.md"),
];

/// Fixed notices that are applied to fuzzed documents: the Fujian notice (four sections, items and
/// points) and the 2022 反垄断法 decision (articles, insertions, renumbering).
pub const NOTICES: &[&str] = &[
    include_str!("../../corpus/fujian-2020/notice.txt"),
    include_str!("../../corpus/real-laws/antimonopoly-2022/decision.md"),
];

/// At most this many sections of a fuzzed notice are applied (each one is a full apply).
const MAX_SECTIONS: usize = 4;

/// `parse`: the document parser never panics and renders every input back byte for byte, on the
/// raw UTF-8 text and on whatever the decoder makes of the bytes (decoding may fail, not panic).
pub fn check_parse(data: &[u8]) {
    if let Ok(s) = std::str::from_utf8(data) {
        parse_round_trip(s);
    }
    for choice in [EncodingChoice::Auto, EncodingChoice::Utf8, EncodingChoice::Gb18030, EncodingChoice::Utf16] {
        if let Ok(d) = decode::decode(data, choice) {
            parse_round_trip(&d.text);
            let _ = d.restore_line_endings(&d.text);
        }
    }
}

/// Parses `s`, checks the lossless round trip and renders the outline and the JSON tree.
pub fn parse_round_trip(s: &str) -> Document {
    let doc = document::parse(s);
    let back = doc.render();
    assert!(back == s, "render() differs from the input:\n input: {s:?}\noutput: {back:?}");
    let _ = render::outline::outline(&doc);
    let _ = doc.title();
    doc
}

/// `notice`: the notice parser never panics, whatever the text; its diagnostics render (their
/// positions are inside the text) and so do its instructions.
pub fn check_notice(data: &[u8]) {
    let s = String::from_utf8_lossy(data);
    let n = notice::parse(&s);
    let _ = render::instructions::text(&n);
    let _ = render::instructions::json_lines(&n);
    let _ = notice::render_diagnostics("fuzz.txt", &s, &n.diagnostics, false);
}

/// `apply`: a fuzzed notice against the fixed documents (input not starting with `d`), or the fixed
/// notices against a fuzzed document (input starting with `d`). Errors are fine, panics are not;
/// a successful apply gives a text that parses back losslessly.
pub fn check_apply(data: &[u8]) {
    match data.split_first() {
        Some((b'd', rest)) => {
            let text = String::from_utf8_lossy(rest);
            let doc = document::parse(&text);
            for n in NOTICES {
                let n = notice::parse(n);
                for section in &n.sections {
                    apply_checked(&doc, &n, section);
                }
            }
        }
        _ => {
            let text = String::from_utf8_lossy(data.strip_prefix(b"n").unwrap_or(data));
            let n = notice::parse(&text);
            for d in documents() {
                apply_notice(&n, d);
            }
        }
    }
}

/// The fixed documents, parsed once.
pub fn documents() -> &'static [Document] {
    static DOCS: std::sync::OnceLock<Vec<Document>> = std::sync::OnceLock::new();
    DOCS.get_or_init(|| DOCUMENTS.iter().map(|d| document::parse(d)).collect())
}

/// `apply_structured`: a notice built from formulas applied to fixed document `doc`; errors are
/// fine, panics are not, and each successful result is derived back from the document: the derived
/// notice must reproduce it (see [`check_derive`]).
pub fn check_apply_notice(doc: usize, text: &str) {
    let n = notice::parse(text);
    let d = &documents()[doc];
    for applied in apply_notice(&n, d) {
        check_derive(d, &document::parse(&applied.text));
    }
}

/// Applies `n` to `doc`: the section `find_section` chooses, or else each section in turn.
pub fn apply_notice(n: &Notice, doc: &Document) -> Vec<apply::Applied> {
    match apply::find_section(n, doc, None) {
        Ok(section) => apply_checked(doc, n, section).into_iter().collect(),
        Err(_) => n.sections.iter().take(MAX_SECTIONS).filter_map(|s| apply_checked(doc, n, s)).collect(),
    }
}

/// One apply; what it gives (or its errors) must render.
pub fn apply_checked(doc: &Document, n: &Notice, section: &Section) -> Option<apply::Applied> {
    match apply::apply(doc, n, section, &ApplyOptions::default()) {
        Ok(applied) => {
            parse_round_trip(&applied.text);
            let _ = render::explain::changes(&applied);
            let _ = render::explain::reports(&applied.reports);
            Some(applied)
        }
        Err(failed) => {
            for e in &failed.errors {
                let _ = e.to_string();
            }
            None
        }
    }
}

/// A notice or decision for the document titled `title`, one instruction per sentence (each
/// without its final 。, which is added unless a quotation that closes the sentence ends with its
/// own: 作为第五条：“…。”), framed as the real ones are: a notice (关于修改《…》的通知, one section
/// 一、对《…》作出修改, instructions （一）（二）…, and （N）条文顺序作相应调整 when `renumber_all`) or a
/// decision (对《…》作如下修改：, instructions 一、二、…, the closing formulas, 并对条文顺序作相应调整
/// when `renumber_all`). The `apply_structured` target and `tests/properties.rs` write their notices
/// with it.
pub fn notice_text(title: &str, decision: bool, sentences: &[String], renumber_all: bool) -> String {
    let mut out = String::new();
    if decision {
        out.push_str(&format!("关于修改《{title}》的决定\n\n对《{title}》作如下修改：\n\n"));
        for (i, s) in sentences.iter().enumerate() {
            out.push_str(&format!("{}、{s}{}\n\n", numerals::format(i as u32 + 1), stop(s)));
        }
        out.push_str("本决定自公布之日起施行。\n\n");
        let adjust = if renumber_all { "并对条文顺序作相应调整" } else { "" };
        out.push_str(&format!("《{title}》根据本决定作相应修改{adjust}，重新公布。\n"));
    } else {
        out.push_str(&format!("关于修改《{title}》的通知\n一、对《{title}》作出修改\n"));
        for (i, s) in sentences.iter().enumerate() {
            out.push_str(&format!("（{}）{s}{}\n", numerals::format(i as u32 + 1), stop(s)));
        }
        if renumber_all {
            out.push_str(&format!("（{}）条文顺序作相应调整。\n", numerals::format(sentences.len() as u32 + 1)));
        }
    }
    out
}

/// The 。 that ends an instruction, unless its closing quotation already ends with a stop.
fn stop(sentence: &str) -> &'static str {
    if ["。”", "；”", "。\"", "。"].iter().any(|end| sentence.ends_with(end)) { "" } else { "。" }
}

/// `diff`: the input is two documents separated by a NUL (one document alone is compared with
/// itself). The diff never panics, renders in every format, and a document compared with itself
/// (or with its own rendering) is the same. Then `derive` (when the documents are small enough):
/// it may fail, but when it gives a notice, that notice applied to the old version gives the new
/// one (as `amend::derive::comparable` compares them).
pub fn check_diff(data: &[u8]) {
    let s = String::from_utf8_lossy(data);
    let (old, new) = s.split_once('\0').unwrap_or((&s, &s));
    let (o, n) = (document::parse(old), document::parse(new));
    let d = diff::diff_documents(&o, &n, &DiffOptions::default());
    render_diff(&d, n.title().or(o.title()));
    for doc in [&o, &n] {
        let same = diff::diff_documents(doc, doc, &DiffOptions::default());
        assert!(same.is_same(), "a document differs from itself: {:?}", same.differences().collect::<Vec<_>>());
    }
    if old == new {
        assert!(d.is_same(), "a document differs from an identical copy");
    }
    check_derive(&o, &n);
}

fn render_diff(d: &diff::DocumentDiff, title: Option<&str>) {
    for context in [false, true] {
        let report = DiffReport { diff: d, old_name: "old", new_name: "new", title, context };
        let _ = render::text::text(&report, false);
        let _ = render::text::text(&report, true);
        let _ = render::unified::unified(&report, false);
        let _ = render::json::json(&report);
        let _ = render::markdown::markdown(&report);
        let _ = render::html::html(&report);
    }
}

/// Derive from `old` to `new`: it gives a notice, or it refuses with one of its documented refusals
/// ([`derive_refusal`]); any other failure panics. The notice reads back without errors, names the
/// document (when it has a title) and, applied, gives `new` (up to formatting, where derive says it
/// left formatting out).
pub fn check_derive(old: &Document, new: &Document) {
    let derived = match derive::derive(old, new, &DeriveOptions::default()) {
        Ok(d) => d,
        Err(e) => match derive_refusal(old, new, &e) {
            Some(_) => return,
            None => panic!(
                "derive fails, and not with one of its documented refusals:\n{e}\n--- old ---\n{}\n--- new ---\n{}",
                old.source, new.source
            ),
        },
    };
    let n = notice::parse(&derived.text);
    assert!(
        n.errors().next().is_none(),
        "the derived notice does not read back: {:?}\n{}",
        n.errors().collect::<Vec<_>>(),
        derived.text
    );
    let section = match apply::find_section(&n, old, None) {
        Ok(s) => s,
        Err(e) if old.title().is_some() => {
            panic!("the derived notice does not name the document: {e}\n{}", derived.text)
        }
        Err(_) => n.sections.first().expect("the derived notice has a section"),
    };
    let out = match apply::apply(old, &n, section, &ApplyOptions::default()) {
        Ok(a) => a.text,
        Err(f) => panic!("the derived notice does not apply: {:?}\n{}", f.errors, derived.text),
    };
    // exactly, or up to formatting where derive says it left formatting out
    let (got, want) = (derive::comparable(&out).0, derive::comparable(&new.source).0);
    let norm = amend::diff::normalize::normalize;
    assert!(
        got == want || (!derived.formatting_left_out.is_empty() && norm(&got) == norm(&want)),
        "the derived notice does not give the new version:\n  got: {out:?}\n want: {:?}\n{}",
        new.source,
        derived.text
    );
    assert_eq!(
        got == want,
        derived.formatting_left_out.is_empty(),
        "formatting left out is said when, and only when, it was"
    );
}

/// The refusals of `derive` that the fuzz targets accept, each named: the failures derive documents
/// (in its messages, or the README) for what its notices cannot say. `None` for every other failure,
/// which the targets take as a bug: a derived notice that does not read back or does not apply, an
/// internal error, a difference the rounds could not reproduce in a unit a locator names.
///
/// - `units named twice`: a version in which a number occurs twice where locators look (two 第一条,
///   paths `第一条#2`), or a last draft whose locator names several units (`第一项 names 2 nodes`,
///   one in the body and one in an attachment): no locator names one of them (apply's
///   `ambiguous_locator`).
/// - `no locator`: `P: no locator names this unit` (or `this line`, or `P: no locator`) where P is
///   a unit no locator names: the header, text outside every numbered unit, attachments, the whole
///   of a document without structure (`derive::locate`: “nodes that no locator names”).
/// - `not exact`: `cannot derive an exact notice: the round trip still differs in P, Q` where every
///   unit listed is one no locator names, or the list is empty and a version is blank (the README:
///   “when no round is exact, derive fails and says which units differ”).
/// - `not unique`: `P: cannot quote this line uniquely` (the line occurs more than once where its
///   locator searches).
/// - `lines added`: `P: lines were added to it; amend cannot phrase that for this unit`.
/// - `no anchor`: `P: no old unit to place the new heading by` (or `the new one by`): nothing of
///   the old version is left around a new unit to place it by.
/// - `unplaceable`: `P: a new 段落 outside every numbered unit: no locator can place it` (a new
///   paragraph under a heading, a 责任单位 line of its own).
pub fn derive_refusal(old: &Document, new: &Document, error: &str) -> Option<&'static str> {
    if [old, new].iter().any(|d| d.nodes().iter().any(|n| n.path.contains('#'))) {
        return Some("units named twice");
    }
    let first = error.lines().next().unwrap_or("");
    if first.starts_with("cannot derive an exact notice: ") && first.contains(" nodes: ") {
        // a locator of the last draft names several units (第一项 in the body and in an attachment)
        return Some("units named twice");
    }
    if let Some(list) = first.strip_prefix("cannot derive an exact notice: the round trip still differs in ") {
        let paths: Vec<&str> = list.split(", ").filter(|p| !p.is_empty()).collect();
        let blank = |d: &Document| d.source.trim().is_empty();
        let refused =
            if paths.is_empty() { blank(old) || blank(new) } else { paths.iter().all(|p| unnamed(old, new, p)) };
        return refused.then_some("not exact");
    }
    let (path, why) = first.split_once(": ")?;
    match why {
        "no locator names this unit" | "no locator names this line" | "no locator" => {
            unnamed(old, new, path).then_some("no locator")
        }
        "cannot quote this line uniquely" => Some("not unique"),
        "lines were added to it; amend cannot phrase that for this unit" => Some("lines added"),
        "no old unit to place the new heading by" | "no old unit to place the new one by" => Some("no anchor"),
        w if w.starts_with("a new ") && w.ends_with(" outside every numbered unit: no locator can place it") => {
            Some("unplaceable")
        }
        _ => None,
    }
}

/// Whether the unit at `path` (in `new`, else in `old`) is one no locator names: neither it nor a
/// unit holding it is one that locators name (in laws 条, 款, 项, 目 and the divisions; in policy
/// documents 点, 项, 目: derive's `scope_for`), or it stands in the header or an attachment. A path
/// found in neither version is taken as named.
fn unnamed(old: &Document, new: &Document, path: &str) -> bool {
    use amend::document::Kind;
    fn chain<'a>(node: &'a Node, path: &str, stack: &mut Vec<&'a Node>) -> bool {
        stack.push(node);
        if node.path == path || node.children.iter().any(|c| chain(c, path, stack)) {
            return true;
        }
        stack.pop();
        false
    }
    for doc in [new, old] {
        let mut stack = Vec::new();
        if chain(&doc.root, path, &mut stack) {
            let kinds: Vec<Kind> = stack.iter().skip(1).map(|n| n.kind).collect();
            let named = kinds.iter().any(|&k| derive::locatable(doc.family, k));
            let outside = kinds.iter().any(|k| matches!(k, Kind::Header | Kind::Attachment | Kind::AttachmentList));
            return !named || outside;
        }
    }
    false
}
