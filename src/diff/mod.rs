//! Clause-level diffs, renumbering-aware.
//!
//! Two versions of a document are cut into units ([`units`]: articles or items with their whole
//! subtree, headings, free paragraphs, metadata), the units are aligned by content ([`align`]: an
//! inserted article does not make every later one look changed), and each aligned pair is compared
//! inline at phrase level ([`inline`]) after formatting normalisation ([`normalize`]).
//!
//! ```
//! use amend::diff::{ChangeKind, DiffOptions, diff_documents};
//! let old = amend::document::parse("第一条 甲。\n第二条 乙。\n第三条 本法自公布之日起施行。\n");
//! let new = amend::document::parse("第一条 甲。\n第二条 新增。\n第三条 乙。\n第四条 本法自2024年1月1日起施行。\n");
//! let diff = diff_documents(&old, &new, &DiffOptions::default());
//! let kinds: Vec<ChangeKind> = diff.changes.iter().map(|c| c.change).collect();
//! assert_eq!(kinds, [ChangeKind::Unchanged, ChangeKind::Inserted, ChangeKind::Renumbered, ChangeKind::Modified]);
//! assert_eq!(diff.number_map[0].old, "第二条");
//! assert_eq!(diff.number_map[0].new.as_deref(), Some("第三条"));
//! ```
//!
//! The diff knows nothing about colours, HTML or Markdown: `crate::render` presents it.

pub mod align;
pub mod inline;
pub mod model;
pub mod normalize;
pub mod provenance;
pub mod units;

pub use model::{
    ChangeKind, ClauseChange, Counts, DiffOptions, DocumentDiff, Edit, NumberMapping, Side, Summary, UnitKind,
};
pub use provenance::link_instructions;

use crate::document::Document;
use units::Unit;

/// The clause-level diff of `old` and `new`.
pub fn diff_documents(old: &Document, new: &Document, opts: &DiffOptions) -> DocumentDiff {
    diff_documents_known(old, new, opts, &[])
}

/// The clause-level diff of `old` and `new` where some pairs of units are known (old path, new
/// path): `new` was made from `old` by applying a decision, and [`crate::apply::lineage`] says
/// which node of the result came from which node of the original. Known pairs are taken as given;
/// the other units are aligned by their text.
pub fn diff_documents_known(
    old: &Document,
    new: &Document,
    opts: &DiffOptions,
    known: &[(String, String)],
) -> DocumentDiff {
    diff_units(units::units(old), units::units(new), opts, known)
}

/// The clause-level diff of two documents given by their units ([`units::units`]). The units share
/// their text with the documents' sources and borrow nothing from the trees, so a caller comparing
/// large documents can drop each tree once its units are taken.
pub fn diff_units(
    old_units: Vec<Unit>,
    new_units: Vec<Unit>,
    opts: &DiffOptions,
    known: &[(String, String)],
) -> DocumentDiff {
    let pairs = if known.is_empty() {
        align::align(&old_units, &new_units, opts)
    } else {
        align::align_known(&old_units, &new_units, opts, known)
    };

    let mut old_to_new: Vec<Option<usize>> = vec![None; old_units.len()];
    let mut new_to_old: Vec<Option<(usize, bool)>> = vec![None; new_units.len()];
    for p in &pairs {
        old_to_new[p.old] = Some(p.new);
        new_to_old[p.new] = Some((p.old, p.moved));
    }
    let number_map = old_units
        .iter()
        .enumerate()
        .filter(|(_, u)| u.number.is_some())
        .filter_map(|(i, u)| match old_to_new[i] {
            None => Some(NumberMapping { unit: u.unit, old: u.path().to_string(), new: None }),
            Some(j) if new_units[j].path() != u.path() => Some(NumberMapping {
                unit: u.unit,
                old: u.path().to_string(),
                new: Some(new_units[j].path().to_string()),
            }),
            Some(_) => None,
        })
        .collect();

    // document order: new units in order; a deleted unit goes before the first new unit that is
    // inserted or has an in-order partner after it in the old document (deletions before insertions)
    enum Entry {
        Paired(usize, usize, bool),
        Deleted(usize),
        Inserted(usize),
    }
    let mut order = Vec::with_capacity(new_units.len() + old_units.len() / 8);
    let mut next_old = 0;
    let flush = |upto: usize, next_old: &mut usize, order: &mut Vec<Entry>| {
        while *next_old < upto {
            if old_to_new[*next_old].is_none() {
                order.push(Entry::Deleted(*next_old));
            }
            *next_old += 1;
        }
    };
    // for each new unit, the old index of the next in-order pair from it on
    let mut next_anchor = vec![old_units.len(); new_units.len() + 1];
    for j in (0..new_units.len()).rev() {
        next_anchor[j] = match new_to_old[j] {
            Some((i, false)) => i,
            _ => next_anchor[j + 1],
        };
    }
    for (j, m) in new_to_old.iter().enumerate() {
        match *m {
            Some((i, moved)) => {
                if !moved && i >= next_old {
                    flush(i, &mut next_old, &mut order);
                    next_old = i + 1;
                }
                order.push(Entry::Paired(i, j, moved));
            }
            None => {
                flush(next_anchor[j].max(next_old), &mut next_old, &mut order);
                order.push(Entry::Inserted(j));
            }
        }
    }
    flush(old_units.len(), &mut next_old, &mut order);

    // the units' texts move into the changes
    let mut old_slots: Vec<Option<Unit>> = old_units.into_iter().map(Some).collect();
    let mut new_slots: Vec<Option<Unit>> = new_units.into_iter().map(Some).collect();
    let mut take = |old: bool, k: usize| {
        let slots = if old { &mut old_slots } else { &mut new_slots };
        slots[k].take().expect("each unit appears once")
    };
    let mut changes: Vec<ClauseChange> = order
        .into_iter()
        .map(|e| match e {
            Entry::Paired(i, j, moved) => {
                let o = take(true, i);
                paired(o, take(false, j), moved)
            }
            Entry::Deleted(i) => one_sided(take(true, i), true),
            Entry::Inserted(j) => one_sided(take(false, j), false),
        })
        .collect();
    fill_edits(&mut changes);

    let mut summary = Summary::default();
    for c in &changes {
        summary.of_mut(c.unit).count(c);
    }
    DocumentDiff { changes, number_map, summary }
}

/// An inserted (`deleted == false`) or deleted unit.
fn one_sided(u: Unit, deleted: bool) -> ClauseChange {
    let unit = u.unit;
    let side = Some(u.into_side());
    let (change, old, new) =
        if deleted { (ChangeKind::Deleted, side, None) } else { (ChangeKind::Inserted, None, side) };
    ClauseChange { change, unit, old, new, edits: Vec::new(), instruction: None, moved: false }
}

/// From this many bytes of text to compare inline on, the pairs are diffed on two threads (where
/// there are two cores). Measured with `perf stat` on the real-laws pairs: a second thread costs
/// about 0.3 ms (its start and its own heap), so it slows the 21 KB of rewritten articles of a
/// regulation by a tenth and speeds the 113 KB of the Company Law's by 5 to 10%.
const PARALLEL_INLINE_BYTES: usize = 64 * 1024;

/// The inline edits of every pair whose texts differ ([`inline::diff_text`]). Each pair is diffed
/// by itself, so when there is much to diff (a law whose articles were rewritten) the pairs are
/// shared between two threads, the larger ones first to the thread with less to do; the edits are
/// the same either way.
fn fill_edits(changes: &mut [ClauseChange]) {
    let size = |c: &ClauseChange| match (&c.old, &c.new) {
        (Some(o), Some(n)) if o.text != n.text => o.text.len() + n.text.len(),
        _ => 0,
    };
    let mut pending: Vec<(usize, &mut ClauseChange)> =
        changes.iter_mut().map(|c| (size(c), c)).filter(|(size, _)| *size > 0).collect();
    let diff = |c: &mut ClauseChange| {
        if let (Some(o), Some(n)) = (&c.old, &c.new) {
            c.edits = inline::diff_text(&o.text, &n.text);
        }
    };
    let work: usize = pending.iter().map(|(size, _)| size).sum();
    if work < PARALLEL_INLINE_BYTES || std::thread::available_parallelism().map_or(1, |n| n.get()) < 2 {
        pending.into_iter().for_each(|(_, c)| diff(c));
        return;
    }
    pending.sort_by_key(|(size, _)| std::cmp::Reverse(*size));
    let (mut mine, mut theirs, mut load) = (Vec::new(), Vec::new(), [0, 0]);
    for (size, c) in pending {
        let lighter = usize::from(load[1] < load[0]);
        load[lighter] += size;
        if lighter == 0 { mine.push(c) } else { theirs.push(c) }
    }
    std::thread::scope(|s| {
        s.spawn(|| theirs.into_iter().for_each(diff));
        mine.into_iter().for_each(diff);
    });
}

/// Two aligned units (their inline edits are left to [`fill_edits`]).
fn paired(o: Unit, n: Unit, moved: bool) -> ClauseChange {
    let same_text = o.text == n.text;
    let change = if moved {
        // a moved unit whose text changed in substance is a modification first: counted and shown
        // with the modified ones, and flagged as moved
        if same_text || o.same_key(&n) { ChangeKind::Moved } else { ChangeKind::Modified }
    } else if same_text && o.number.is_some() && o.path() != n.path() {
        ChangeKind::Renumbered
    } else if same_text && o.number == n.number {
        ChangeKind::Unchanged
    } else if o.same_key(&n) {
        // the texts (or the numbers as written: `(一)`, `（一）`) differ in formatting only; a renumbered
        // unit whose text differs in formatting only is `Formatting` too, with both numbers
        ChangeKind::Formatting
    } else {
        ChangeKind::Modified
    };
    let unit = n.unit;
    let (old, new) = (Some(o.into_side()), Some(n.into_side()));
    ClauseChange { change, unit, old, new, edits: Vec::new(), instruction: None, moved }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A law of `n` articles, each a sentence of about 400 bytes that `variant` rewrites.
    fn law(n: usize, variant: &str) -> String {
        (1..=n)
            .map(|i| {
                let body = format!("第{i}项规定{variant}的主管部门应当依法履行职责，").repeat(6);
                format!("第{}条 {body}并接受监督。\n", crate::text::numerals::format(i as u32))
            })
            .collect()
    }

    #[test]
    fn edits_found_on_two_threads_are_those_of_each_pair() {
        // 200 rewritten articles: far more text to compare than PARALLEL_INLINE_BYTES
        let (old, new) = (crate::document::parse(&law(200, "所称")), crate::document::parse(&law(200, "所指")));
        let diff = diff_documents(&old, &new, &DiffOptions::default());
        let pairs: Vec<&ClauseChange> = diff.changes.iter().filter(|c| c.change == ChangeKind::Modified).collect();
        assert_eq!(pairs.len(), 200);
        let compared: usize = pairs.iter().map(|c| c.side().text.len() * 2).sum();
        assert!(compared > PARALLEL_INLINE_BYTES, "{compared} bytes");
        for c in pairs {
            let (o, n) = (c.old.as_ref().unwrap(), c.new.as_ref().unwrap());
            assert_eq!(c.edits, inline::diff_text(&o.text, &n.text), "{}", o.path);
            assert_eq!(c.edits.len(), 6, "{}: 所称 → 所指 six times", o.path);
        }
    }
}
