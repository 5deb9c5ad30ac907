//! Deriving an amendment notice from two versions of a document, proven by round trip: the
//! derived notice, applied to the old version, must give the new version byte for byte (the
//! Markdown metadata block aside, which the output says it leaves out).
//!
//! Drafting runs in rounds: phrase-level instructions first; every unit that the round trip does not
//! reproduce exactly is then replaced whole, until the round trip is exact.
//!
//! What a drafter leaves out: differences of formatting only (full/half-width forms such as `(`
//! and `（`, quote styles, spaces such as `总则` and `总 则`, as [`crate::diff::normalize`] defines
//! them) are no amendment. Unless [`DeriveOptions::keep_formatting`] asks for them, the notice
//! writes no instruction for them, says so, and its round trip holds up to formatting; the units
//! where the result still differs in formatting are listed in [`Derived::formatting_left_out`].

mod draft;
mod group;
mod locate;
mod plan;
mod write;

use std::collections::HashSet;

pub use draft::Draft;
pub use locate::locatable;
pub use write::Style;

use crate::apply::{self, ApplyOptions};
use crate::diff::normalize::normalize;
use crate::diff::{self, DiffOptions};
use crate::document::{self, Document, Family};
use crate::notice;

/// How to derive.
#[derive(Debug, Clone, Default)]
pub struct DeriveOptions {
    /// `notice` for policy documents, `decision` for laws; chosen from the document when `None`.
    pub style: Option<Style>,
    /// The title of the amended document; the old version's title when `None`.
    pub title: Option<String>,
    /// Write instructions for differences of formatting only too (a round trip byte for byte);
    /// by default they are left out, as a drafter leaves them out.
    pub keep_formatting: bool,
}

/// A derived notice.
#[derive(Debug, Clone)]
pub struct Derived {
    pub text: String,
    pub style: Style,
    /// How many instructions it has.
    pub instructions: usize,
    /// Whether the header's metadata (the Markdown metadata block, the history notes, the document
    /// number) differs and was left out.
    pub metadata_left_out: bool,
    /// Whether the new version has lines of zero-width spaces (which no notice can write) that the
    /// round trip leaves out.
    pub invisible_lines_left_out: bool,
    /// The units (named as in the new version: `第一章`, `第三十一条`) where applying the notice gives a
    /// text that differs from the new version in formatting only, which the notice leaves out.
    /// Empty when the round trip is exact.
    pub formatting_left_out: Vec<String>,
    /// Rounds needed until the round trip was exact.
    pub rounds: usize,
}

/// The body of a text: everything after the Markdown metadata block (all of it when there is none).
pub fn body(text: &str) -> &str {
    match text.find("<!-- INFO END -->") {
        Some(i) => &text[i..],
        None => text,
    }
}

/// Whether a line holds nothing but invisible characters (a crawl's zero-width-space lines).
fn invisible_line(l: &str) -> bool {
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
fn without_header_notes(text: &str) -> String {
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

const ROUNDS: usize = 4;

/// Derives the notice that turns `old` into `new`.
pub fn derive(old: &Document, new: &Document, opts: &DeriveOptions) -> Result<Derived, String> {
    let style = opts.style.unwrap_or(if old.family == Family::Law { Style::Decision } else { Style::Notice });
    let title = opts.title.clone().or_else(|| old.title().map(str::to_string)).unwrap_or_else(|| "本文件".into());
    let keep = opts.keep_formatting;
    // deletions that take units with them, as notices write them before merging those units
    // everywhere else; then whole-text operations: renamings, then unit merges and deletions
    let mut globals: Vec<Draft> = consequential(old, new, &title, style, keep);
    let mut current = old.clone();
    if !globals.is_empty() {
        match run(&old.source, &write::notice(&title, style, &globals, false, None)) {
            Ok(t) => current = document::parse(&t),
            Err(_) => globals.clear(),
        }
    }
    for _ in 0..3 {
        let mut step: Vec<Draft> =
            plan::renames(&current, new, keep).into_iter().map(|(from, to)| Draft::Rename { from, to }).collect();
        if step.is_empty() {
            step = plan::unit_ops(&current, new);
        }
        if step.is_empty() {
            break;
        }
        let text = write::notice(&title, style, &step, false, None);
        match run(&current.source, &text) {
            Ok(t) => {
                current = document::parse(&t);
                globals.extend(step);
            }
            Err(_) => break,
        }
    }
    // replacements that hold in several articles, not in the whole text: 将第X条、第Y条中的“A”统一修改为“B”
    // (the one of the largest group first, then the others as they stand after it)
    for _ in 0..32 {
        let Some(d) = group::scoped_renames(&current, new, keep).into_iter().find(|d| {
            run(&current.source, &write::notice(&title, style, std::slice::from_ref(d), false, None)).is_ok()
        }) else {
            break;
        };
        let t = run(&current.source, &write::notice(&title, style, std::slice::from_ref(&d), false, None))
            .expect("it ran just now");
        current = document::parse(&t);
        globals.push(d);
    }
    let mut coarse: HashSet<String> = HashSet::new();
    let mut last_error = String::new();
    for round in 1..=ROUNDS {
        let mut local = plan::local(&current, new, &coarse, keep)?;
        local.drafts = group::merge_deletions(&current, local.drafts);
        let mut drafts = globals.clone();
        drafts.extend(local.drafts.iter().map(|p| p.draft.clone()));
        let invisible = comparable(&new.source).1 != comparable(&old.source).1 || comparable(&new.source).1;
        let formatting_differs = !keep && formatting_differs(old, new);
        let note = left_out_note(local.metadata_differs, invisible, formatting_differs);
        let text = write::notice(&title, style, &drafts, local.renumber, note.as_deref());
        let ids = write::ids(&drafts, style);
        match run(&old.source, &text) {
            Ok(result) if same_up_to(&comparable(&result).0, &comparable(&new.source).0, keep) => {
                // references renumbered only because articles came or went are the engine's to map
                // (条文顺序作相应调整): an instruction that rewrites nothing else is left out where the
                // round trip holds without it
                let holds = |ds: &[Draft]| {
                    let t = write::notice(&title, style, ds, local.renumber, note.as_deref());
                    match run(&old.source, &t) {
                        Ok(r) if same_up_to(&comparable(&r).0, &comparable(&new.source).0, keep) => Some((t, r)),
                        _ => None,
                    }
                };
                let (mut drafts, mut text, mut result) = (drafts, text, result);
                if local.renumber && drafts.iter().any(references_only) {
                    let fewer: Vec<Draft> = drafts.iter().filter(|d| !references_only(d)).cloned().collect();
                    if let Some((t, r)) = holds(&fewer) {
                        (drafts, text, result) = (fewer, t, r);
                    } else {
                        let mut k = 0;
                        while k < drafts.len() {
                            if references_only(&drafts[k]) {
                                let mut fewer = drafts.clone();
                                fewer.remove(k);
                                if let Some((t, r)) = holds(&fewer) {
                                    (drafts, text, result) = (fewer, t, r);
                                    continue;
                                }
                            }
                            k += 1;
                        }
                    }
                }
                let count =
                    write::sentences(&drafts, style).len() + usize::from(local.renumber && style == Style::Notice);
                return Ok(Derived {
                    text,
                    style,
                    instructions: count,
                    metadata_left_out: local.metadata_differs,
                    invisible_lines_left_out: invisible,
                    formatting_left_out: formatting_units(&comparable(&result).0, &comparable(&new.source).0),
                    rounds: round,
                });
            }
            Ok(result) => {
                // the units the round trip does not reproduce are replaced whole next time
                let got = document::parse(&result);
                let d = diff::diff_documents(&got, new, &DiffOptions::default());
                let mut more = false;
                for c in d.differences().filter(|c| keep || c.change != diff::ChangeKind::Formatting) {
                    if let Some(s) = &c.new {
                        more |= coarse.insert(s.path.clone());
                    }
                }
                // differences the clause diff does not see (spaces, line breaks): line by line
                for path in layout_differences(&got, new, keep) {
                    more |= coarse.insert(path);
                }
                last_error = format!(
                    "the round trip still differs in {}\n--- the last draft ---\n{text}",
                    d.differences().map(|c| c.side().path.clone()).collect::<Vec<_>>().join(", ")
                );
                if !more {
                    break;
                }
            }
            Err((e, failed)) => {
                // the units of the instructions that failed are replaced whole next time
                let mut more = false;
                for id in failed {
                    for (k, draft_id) in ids.iter().enumerate() {
                        if *draft_id == id
                            && k >= globals.len()
                            && let Some(p) = &local.drafts[k - globals.len()].new_path
                        {
                            more |= coarse.insert(p.clone());
                        }
                    }
                }
                last_error = format!("{e}\n--- the last draft ---\n{text}");
                if !more {
                    break;
                }
            }
        }
    }
    Err(format!("cannot derive an exact notice: {last_error}"))
}

/// The deletions of content whose responsible units go with it while a merge changes them
/// elsewhere ([`plan::consequential_units`]): 删除第四点中“…”的表述，并相应删除该内容责任单位中的
/// “地税局”“省国税局”. Only where the content's change is one deleted passage.
fn consequential(old: &Document, new: &Document, title: &str, style: Style, keep: bool) -> Vec<Draft> {
    // only policy notices have lists of responsible units
    if style != Style::Notice || !old.nodes().iter().any(|n| !apply::unit_blocks(&n.line()).is_empty()) {
        return Vec::new();
    }
    // the lists compared as the renamings will leave them (经信委→工信厅 would hide a merge)
    let renames: Vec<Draft> =
        plan::renames(old, new, keep).into_iter().map(|(from, to)| Draft::Rename { from, to }).collect();
    let renamed = match run(&old.source, &write::notice(title, style, &renames, false, None)) {
        Ok(t) if !renames.is_empty() => document::parse(&t),
        _ => old.clone(),
    };
    let hosts = plan::consequential_units(&renamed, new);
    if hosts.is_empty() {
        return Vec::new();
    }
    let Ok(local) = plan::local(&renamed, new, &HashSet::new(), keep) else { return Vec::new() };
    let mut out = Vec::new();
    for (host, units) in hosts {
        let Some(node) = old.root.find_path(&host) else { continue };
        let Some(loc) = locate::locator_of(old, node) else { continue };
        // the passage deleted from the content (not the units deleted from its list)
        // the lists of the content: its units lines and the parentheticals in its text
        let list: String = node
            .descendants()
            .into_iter()
            .flat_map(|n| {
                let line = n.line();
                apply::unit_blocks(&line).into_iter().map(move |b| line[b.range].to_string())
            })
            .collect::<Vec<_>>()
            .join("\n");
        let deletions: Vec<&String> = local
            .drafts
            .iter()
            .filter_map(|p| match &p.draft {
                Draft::DeleteText { loc: l, text } if *l == loc && !list.contains(text.as_str()) => Some(text),
                _ => None,
            })
            .collect();
        if let [text] = deletions[..] {
            out.push(Draft::DeleteTextAndUnits { loc, text: text.clone(), units });
        }
    }
    // each must hold on its own
    out.retain(|d| run(&old.source, &write::notice(title, style, std::slice::from_ref(d), false, None)).is_ok());
    out
}

/// Whether a draft changes nothing but the numbers of articles referred to (“第二十三条”→“第二十八条”).
fn references_only(d: &Draft) -> bool {
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

/// Whether the round trip's result `got` is the new version `want`: byte for byte when formatting
/// is amended (`keep`), else up to formatting.
fn same_up_to(got: &str, want: &str, keep: bool) -> bool {
    got == want || (!keep && normalize(got) == normalize(want))
}

/// Whether the two versions differ in formatting somewhere (what the notice then leaves out).
fn formatting_differs(old: &Document, new: &Document) -> bool {
    let (o, n) = (comparable(&old.source).0, comparable(&new.source).0);
    diff::diff_documents(old, new, &DiffOptions::default())
        .changes
        .iter()
        .any(|c| c.change == diff::ChangeKind::Formatting || c.edits.iter().any(|e| e.formatting))
        || (o != n && normalize(&o) == normalize(&n))
}

/// The 说明 under the notice's title: what the notice leaves out, when anything.
fn left_out_note(metadata: bool, invisible: bool, formatting: bool) -> Option<String> {
    let parts: Vec<&str> = [
        (metadata, "文首的元数据（元数据块、题注、文号）"),
        (invisible, "仅含零宽空格的空行"),
        (formatting, "仅格式不同（全角半角、引号样式、空格）之处"),
    ]
    .into_iter()
    .filter_map(|(on, part)| on.then_some(part))
    .collect();
    let listed = match parts.split_last() {
        None => return None,
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{}和{last}", rest.join("、")),
    };
    Some(format!("说明：本文件由 amend 根据两个文本生成；{listed}的差异不在本文件范围内。"))
}

/// The units (as the new version names them) where the round trip's result `got` differs from
/// `new` in formatting only (both as [`comparable`] gives them).
fn formatting_units(got: &str, new: &str) -> Vec<String> {
    if got == new {
        return Vec::new();
    }
    let (got, new) = (&document::parse(got), &document::parse(new));
    let mut out: Vec<String> = diff::diff_documents(got, new, &DiffOptions::default())
        .differences()
        .filter_map(|c| c.new.as_ref().map(|s| s.path.clone()))
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
fn layout_differences(got: &Document, new: &Document, keep: bool) -> Vec<String> {
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
            unit = n.path.clone();
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
fn run(old_text: &str, notice_text: &str) -> Result<String, (String, Vec<String>)> {
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
