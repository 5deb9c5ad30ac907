//! Clause-level diffs, renumbering-aware.
//!
//! Two versions of a document are cut into units ([`units`]: articles or items with their whole
//! subtree, headings, free paragraphs, metadata), the units are aligned by content ([`align`]: an
//! inserted article does not make every later one look changed), and each aligned pair is compared
//! inline at phrase level ([`inline`]) after formatting normalisation ([`normalize`]).
//!
//! ```
//! use amend::diff::{ChangeKind, DiffOptions, diff_documents};
//! let old = amend::document::parse("第一条 甲。\n第二条 乙。\n第三条 丙。\n");
//! let new = amend::document::parse("第一条 甲。\n第二条 新增。\n第三条 乙。\n第四条 丙，改。\n");
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
pub mod units;

pub use model::{
    ChangeKind, ClauseChange, Counts, DiffOptions, DocumentDiff, Edit, NumberMapping, Side, Summary, UnitKind,
};

use crate::document::Document;
use units::Unit;

/// The clause-level diff of `old` and `new`.
pub fn diff_documents(old: &Document, new: &Document, opts: &DiffOptions) -> DocumentDiff {
    let old_units = units::units(old);
    let new_units = units::units(new);
    let pairs = align::align(&old_units, &new_units, opts);

    let mut old_to_new: Vec<Option<(usize, bool)>> = vec![None; old_units.len()];
    let mut new_to_old: Vec<Option<(usize, bool)>> = vec![None; new_units.len()];
    for p in &pairs {
        old_to_new[p.old] = Some((p.new, p.moved));
        new_to_old[p.new] = Some((p.old, p.moved));
    }

    // document order: new units in order; a deleted unit goes just before the first new unit whose
    // in-order partner comes after it in the old document
    let mut changes = Vec::with_capacity(new_units.len() + old_units.len() / 8);
    let mut next_old = 0;
    let flush_deleted = |upto: usize, next_old: &mut usize, changes: &mut Vec<ClauseChange>| {
        while *next_old < upto {
            if old_to_new[*next_old].is_none() {
                changes.push(one_sided(&old_units[*next_old], true));
            }
            *next_old += 1;
        }
    };
    for (j, nu) in new_units.iter().enumerate() {
        match new_to_old[j] {
            Some((i, moved)) => {
                if !moved && i >= next_old {
                    flush_deleted(i, &mut next_old, &mut changes);
                    next_old = i + 1;
                }
                changes.push(paired(&old_units[i], nu, moved));
            }
            None => changes.push(one_sided(nu, false)),
        }
    }
    flush_deleted(old_units.len(), &mut next_old, &mut changes);

    let mut summary = Summary::default();
    for c in &changes {
        summary.of_mut(c.unit).add(c.change);
    }
    let number_map = old_units
        .iter()
        .enumerate()
        .filter(|(_, u)| u.number.is_some())
        .filter_map(|(i, u)| match old_to_new[i] {
            None => Some(NumberMapping { unit: u.unit, old: u.path().to_string(), new: None }),
            Some((j, _)) if new_units[j].path() != u.path() => Some(NumberMapping {
                unit: u.unit,
                old: u.path().to_string(),
                new: Some(new_units[j].path().to_string()),
            }),
            Some(_) => None,
        })
        .collect();
    DocumentDiff { changes, number_map, summary }
}

/// An inserted (`deleted == false`) or deleted unit.
fn one_sided(u: &Unit, deleted: bool) -> ClauseChange {
    let side = Some(u.side());
    let (change, old, new) =
        if deleted { (ChangeKind::Deleted, side, None) } else { (ChangeKind::Inserted, None, side) };
    ClauseChange { change, unit: u.unit, old, new, edits: Vec::new(), instruction: None }
}

/// Two aligned units.
fn paired(o: &Unit, n: &Unit, moved: bool) -> ClauseChange {
    let edits = inline::diff_text(&o.text, &n.text);
    let change = if moved {
        ChangeKind::Moved
    } else if o.text == n.text && o.number.is_some() && o.path() != n.path() {
        ChangeKind::Renumbered
    } else if o.text == n.text && o.number == n.number {
        ChangeKind::Unchanged
    } else if o.key == n.key {
        // the texts or the numbers as written (`(一)`, `（一）`) differ in formatting only
        ChangeKind::Formatting
    } else {
        ChangeKind::Modified
    };
    ClauseChange { change, unit: n.unit, old: Some(o.side()), new: Some(n.side()), edits, instruction: None }
}
