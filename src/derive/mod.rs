//! Deriving an amendment notice from two versions of a document, proven by round trip: the
//! derived notice, applied to the old version, must give the new version byte for byte (the
//! Markdown metadata block aside, which the output says it leaves out).
//!
//! [`derive()`] is a pipeline, one file per stage:
//! - the whole-text stage: `terms.rs` (将全文中的“A”修改为“B” for a term changed everywhere),
//!   `units.rs` (lists of responsible units in policy notices: merges, deletions), `group.rs` (a
//!   replacement that holds in several articles, 将第X条、第Y条中的…统一修改为…);
//! - the local rounds, each compare (the clause diff of [`crate::diff`]) → plan (`plan.rs`: what
//!   changed, unit by unit, on the old numbering; `phrase.rs`: one line's phrase edits) → locate
//!   (`locate.rs`: 第十条第二款第三项, 第一点第四项) → write (`write.rs`: the sentences, in the notice or
//!   the decision style) → verify (`verify.rs`: apply and compare). Phrase-level instructions come
//!   first; every unit a round does not reproduce is replaced whole in the next;
//! - last, the instructions the proof does not need are left out (references the engine maps).
//!
//! What a drafter leaves out: differences of formatting only (full/half-width forms such as `(`
//! and `（`, quote styles, spaces such as `总则` and `总 则`, as [`crate::diff::normalize`] defines
//! them) are no amendment. Unless [`DeriveOptions::keep_formatting`] asks for them, the notice
//! writes no instruction for them, says so, and its round trip holds up to formatting; the units
//! where the result still differs in formatting are listed in [`Derived::formatting_left_out`].

mod draft;
mod group;
mod locate;
mod moves;
mod phrase;
mod plan;
mod scopes;
mod terms;
mod units;
mod verify;
mod write;

use std::collections::HashSet;

pub use draft::Draft;
pub use locate::locatable;
pub use verify::{body, comparable};
pub use write::Style;

use crate::apply;
use crate::diff::{self, DiffOptions};
use crate::document::{self, Document, Family};

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

const ROUNDS: usize = 4;

/// What every stage works with: the two versions and how the notice is written.
struct Job<'a> {
    old: &'a Document,
    new: &'a Document,
    title: String,
    style: Style,
    /// Whether formatting is amended too ([`DeriveOptions::keep_formatting`]).
    keep: bool,
}

impl Job<'_> {
    /// The text `drafts` give when applied to `text` (a step of the whole-text stage, on its own).
    fn apply(&self, text: &str, drafts: &[Draft]) -> Result<String, (String, Vec<String>)> {
        verify::run(text, &write::notice(&self.title, self.style, drafts, false, None))
    }
}

/// The whole-text stage's result: the text as its operations leave it, and the operations.
struct Whole {
    current: Document,
    drafts: Vec<Draft>,
}

/// A notice proven by its round trip.
struct Proven {
    drafts: Vec<Draft>,
    text: String,
    /// What applying it gives.
    result: String,
    renumber: bool,
    note: Option<String>,
    metadata_left_out: bool,
    invisible_lines_left_out: bool,
    rounds: usize,
}

/// Derives the notice that turns `old` into `new`, as a pipeline: the whole-text operations
/// (renamings that hold everywhere, unit merges, replacements that hold in several articles), each
/// applied as it will run; then rounds of compare (the clause diff) → plan (what changed, on the old
/// numbering) → locate → write → verify (apply and compare), where the units a round does not
/// reproduce are replaced whole in the next; last, the instructions the proof does not need are left
/// out.
pub fn derive(old: &Document, new: &Document, opts: &DeriveOptions) -> Result<Derived, String> {
    let job = Job {
        old,
        new,
        title: opts.title.clone().or_else(|| old.title().map(str::to_string)).unwrap_or_else(|| "本文件".into()),
        style: opts.style.unwrap_or(if old.family == Family::Law { Style::Decision } else { Style::Notice }),
        keep: opts.keep_formatting,
    };
    let whole = whole_text(&job);
    let proven = rounds(&job, &whole)?;
    Ok(finish(&job, compact(&job, proven)))
}

/// The whole-text stage: deletions that take units with them (as notices write them before
/// merging those units everywhere else), renamings, unit merges and deletions, then replacements
/// that hold in several articles but not in the whole text (将第X条、第Y条中的“A”统一修改为“B”: the one
/// of the largest group first, then the others as they stand after it). Each step is applied as it
/// will run; a step that does not hold is left to the local rounds.
fn whole_text(job: &Job) -> Whole {
    let mut drafts: Vec<Draft> = consequential(job);
    let mut current = job.old.clone();
    if !drafts.is_empty() {
        match job.apply(&job.old.source, &drafts) {
            Ok(t) => current = document::parse(&t),
            Err(_) => drafts.clear(),
        }
    }
    for _ in 0..3 {
        let mut step: Vec<Draft> = terms::renames(&current, job.new, job.keep)
            .into_iter()
            .map(|(from, to)| Draft::Rename { from, to })
            .collect();
        if step.is_empty() {
            step = units::unit_ops(&current, job.new);
        }
        if step.is_empty() {
            break;
        }
        match job.apply(&current.source, &step) {
            Ok(t) => {
                current = document::parse(&t);
                drafts.extend(step);
            }
            Err(_) => break,
        }
    }
    for _ in 0..32 {
        let Some((d, t)) = group::scoped_renames(&current, job.new, job.keep)
            .into_iter()
            .find_map(|d| job.apply(&current.source, std::slice::from_ref(&d)).ok().map(|t| (d, t)))
        else {
            break;
        };
        current = document::parse(&t);
        drafts.push(d);
    }
    Whole { current, drafts }
}

/// The local rounds, each a pass of plan → locate → write → verify over the text the whole-text
/// stage left; the units a round does not reproduce (or whose instructions fail) are replaced whole
/// in the next.
fn rounds(job: &Job, whole: &Whole) -> Result<Proven, String> {
    let (old, new, keep) = (job.old, job.new, job.keep);
    let globals = &whole.drafts;
    let want = comparable(&new.source).0;
    let invisible = comparable(&new.source).1 != comparable(&old.source).1 || comparable(&new.source).1;
    let formatting = !keep && verify::formatting_differs(old, new);
    let mut coarse: HashSet<String> = HashSet::new();
    let mut last_error = String::new();
    for round in 1..=ROUNDS {
        // plan (and locate: each planned operation carries its locator)
        let mut local = plan::local(&whole.current, new, &coarse, keep)?;
        local.drafts = group::merge_deletions(&whole.current, local.drafts);
        let mut drafts = globals.clone();
        drafts.extend(local.drafts.iter().map(|p| p.draft.clone()));
        // write
        let note = left_out_note(local.metadata_differs, invisible, formatting);
        let text = write::notice(&job.title, job.style, &drafts, local.renumber, note.as_deref());
        let ids = write::ids(&drafts, job.style);
        // verify
        match verify::run(&old.source, &text) {
            Ok(result) if verify::same_up_to(&comparable(&result).0, &want, keep) => {
                // what the versions' comparison did not show (blank lines where a paragraph went)
                // is left out too, and said so
                let (note, text) = if !keep && !formatting && comparable(&result).0 != want {
                    let note = left_out_note(local.metadata_differs, invisible, true);
                    let text = write::notice(&job.title, job.style, &drafts, local.renumber, note.as_deref());
                    (note, text)
                } else {
                    (note, text)
                };
                return Ok(Proven {
                    drafts,
                    text,
                    result,
                    renumber: local.renumber,
                    note,
                    metadata_left_out: local.metadata_differs,
                    invisible_lines_left_out: invisible,
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
                        more |= coarse.insert(s.path.to_string());
                    }
                }
                // differences the clause diff does not see (spaces, line breaks): line by line
                for path in verify::layout_differences(&got, new, keep) {
                    more |= coarse.insert(path);
                }
                let units: Vec<String> = d.differences().map(|c| c.side().path.to_string()).collect();
                let place = if units.is_empty() {
                    "its layout (blank lines, line breaks or spaces between lines)".to_string()
                } else {
                    units.join(", ")
                };
                last_error = format!("the round trip still differs in {place}\n--- the last draft ---\n{text}");
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

/// Leaves out what the proof does not need: references renumbered only because articles came or
/// went are the engine's to map (条文顺序作相应调整), so an instruction that rewrites nothing else goes
/// where the round trip holds without it (all such at once, else one by one); and a move goes where
/// the unit stands right without it (the diff may call a unit moved that only its neighbour left).
fn compact(job: &Job, p: Proven) -> Proven {
    let references = |d: &Draft| p.renumber && verify::references_only(d);
    if !p.drafts.iter().any(|d| removable(p.renumber, d)) {
        return p;
    }
    let want = comparable(&job.new.source).0;
    let (renumber, note) = (p.renumber, p.note.clone());
    let holds = |ds: &[Draft]| {
        let t = write::notice(&job.title, job.style, ds, renumber, note.as_deref());
        match verify::run(&job.old.source, &t) {
            Ok(r) if verify::same_up_to(&comparable(&r).0, &want, job.keep) => Some((t, r)),
            _ => None,
        }
    };
    let fewer: Vec<Draft> = p.drafts.iter().filter(|d| !references(d)).cloned().collect();
    let all_at_once = if fewer.len() < p.drafts.len() { holds(&fewer) } else { None };
    let mut p = match all_at_once {
        Some((text, result)) => Proven { drafts: fewer, text, result, ..p },
        None => p,
    };
    let mut k = 0;
    while k < p.drafts.len() {
        if removable(p.renumber, &p.drafts[k]) {
            let mut fewer = p.drafts.clone();
            fewer.remove(k);
            if let Some((text, result)) = holds(&fewer) {
                p = Proven { drafts: fewer, text, result, ..p };
                continue;
            }
        }
        k += 1;
    }
    p
}

/// Whether the proof may do without a draft: a reference renumbered only because articles came or
/// went (with 条文顺序作相应调整), or a move.
fn removable(renumber: bool, d: &Draft) -> bool {
    (renumber && verify::references_only(d)) || matches!(d, Draft::Move { .. })
}

/// The derived notice, with what it leaves out.
fn finish(job: &Job, p: Proven) -> Derived {
    let count = write::sentences(&p.drafts, job.style).len() + usize::from(p.renumber && job.style == Style::Notice);
    Derived {
        formatting_left_out: verify::formatting_units(&comparable(&p.result).0, &comparable(&job.new.source).0),
        text: p.text,
        style: job.style,
        instructions: count,
        metadata_left_out: p.metadata_left_out,
        invisible_lines_left_out: p.invisible_lines_left_out,
        rounds: p.rounds,
    }
}

/// The deletions of content whose responsible units go with it while a merge changes them
/// elsewhere ([`plan::consequential_units`]): 删除第四点中“…”的表述，并相应删除该内容责任单位中的
/// “地税局”“省国税局”. Only where the content's change is one deleted passage.
fn consequential(job: &Job) -> Vec<Draft> {
    let (old, new, title, style, keep) = (job.old, job.new, job.title.as_str(), job.style, job.keep);
    // only policy notices have lists of responsible units
    if style != Style::Notice || !old.nodes().iter().any(|n| !apply::unit_blocks(&n.line()).is_empty()) {
        return Vec::new();
    }
    // the lists compared as the renamings will leave them (经信委→工信厅 would hide a merge)
    let renames: Vec<Draft> =
        terms::renames(old, new, keep).into_iter().map(|(from, to)| Draft::Rename { from, to }).collect();
    let renamed = match verify::run(&old.source, &write::notice(title, style, &renames, false, None)) {
        Ok(t) if !renames.is_empty() => document::parse(&t),
        _ => old.clone(),
    };
    let hosts = units::consequential_units(&renamed, new);
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
    out.retain(|d| {
        verify::run(&old.source, &write::notice(title, style, std::slice::from_ref(d), false, None)).is_ok()
    });
    out
}

/// The 说明 under the notice's title: what the notice leaves out, when anything.
fn left_out_note(metadata: bool, invisible: bool, formatting: bool) -> Option<String> {
    let parts: Vec<&str> = [
        (metadata, "文首的元数据（元数据块、题注、文号）"),
        (invisible, "仅含零宽空格的空行"),
        (formatting, "仅格式不同（全角半角、引号样式、空格、空行）之处"),
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
