//! Threading the step-by-step diffs of a chain into one history per clause: its path in every
//! version (renumberings followed through the diffs' alignment), and every event (modified,
//! inserted, deleted, moved, renumbered) with the instructions that caused it.
//!
//! A unit's identity is carried from version to version by the diff of each step: a change whose
//! old side is the unit's path in the previous version continues its row; a change without an
//! old side starts a new row. Rows are kept in the order of the last version; a unit deleted at
//! some step keeps its place after the unit that preceded it when it was deleted.

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::StepRecord;
use crate::diff::{ChangeKind, Edit, UnitKind};

/// The history of one unit.
#[derive(Debug, Clone, Serialize)]
pub struct ClauseHistory {
    pub unit: UnitKind,
    /// Its path in each version (`None` where it does not exist), version 0 first.
    pub paths: Vec<Option<String>>,
    /// What happened to it, step by step (steps where nothing happened are left out).
    pub events: Vec<Event>,
}

/// A change to a unit at one step.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// The step (1-based: the version it made).
    pub step: usize,
    pub change: ChangeKind,
    /// Its place changed too (a modified unit that moved; see [`crate::diff::ClauseChange::moved`]).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub moved: bool,
    /// The instructions that caused it (ids such as 十、), in the decision's order; empty where
    /// the diff could not link it (a renumbering follows from other instructions).
    pub instructions: Vec<String>,
    /// The substantive inline edits of a modified or moved unit.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub edits: Vec<Edit>,
}

impl ClauseHistory {
    /// Whether some step changed it in substance (not only its number).
    pub fn changed(&self) -> bool {
        self.events.iter().any(|e| e.change != ChangeKind::Renumbered)
    }

    /// The amendment note archivists write under an article (修改沿革), from the years of the
    /// decisions (`years[step]`): `本条经2022年修改`, `本条经2022年、2024年两次修改`, `本条为2022年新增`,
    /// `本条于2024年删除`. `None` when nothing but its number changed.
    pub fn note(&self, years: &[Option<i16>]) -> Option<String> {
        let year = |e: &Event| years.get(e.step).copied().flatten().map_or("某".to_string(), |y| y.to_string());
        let mut parts = Vec::new();
        if let Some(e) = self.events.iter().find(|e| e.change == ChangeKind::Inserted) {
            parts.push(format!("本条为{}年新增", year(e)));
        }
        let modified: Vec<String> = self
            .events
            .iter()
            .filter(|e| matches!(e.change, ChangeKind::Modified | ChangeKind::Moved))
            .map(year)
            .collect();
        match modified.len() {
            0 => {}
            1 => parts.push(format!("本条经{}年修改", modified[0])),
            n => {
                parts.push(format!("本条经{}年{}次修改", modified.join("年、"), crate::text::numerals::count(n as u32)))
            }
        }
        if let Some(e) = self.events.iter().find(|e| e.change == ChangeKind::Deleted) {
            parts.push(format!("本条于{}年删除", year(e)));
        }
        (!parts.is_empty()).then(|| parts.join("；"))
    }
}

/// The history of every unit (metadata lines left out: a decision never amends them).
pub fn trace(steps: &[StepRecord]) -> Vec<ClauseHistory> {
    let versions = steps.len() + 1;
    let mut rows: Vec<ClauseHistory> = Vec::new();
    // the rows of the previous version, by path, and the order of all rows so far
    let mut current: FxHashMap<String, usize> = FxHashMap::default();
    let mut order: Vec<usize> = Vec::new();
    for (s, record) in steps.iter().enumerate() {
        let step = s + 1;
        let mut next_order = Vec::with_capacity(order.len() + 8);
        let mut next_current = FxHashMap::default();
        for change in record.diff.changes.iter().filter(|c| c.unit != UnitKind::Metadata) {
            let row = match change.old.as_ref().and_then(|o| current.get(o.path.as_str())) {
                Some(&row) => row,
                None => {
                    let mut paths = vec![None; versions];
                    if let Some(o) = &change.old {
                        paths[s] = Some(o.path.to_string());
                    }
                    rows.push(ClauseHistory { unit: change.unit, paths, events: Vec::new() });
                    rows.len() - 1
                }
            };
            if let Some(n) = &change.new {
                rows[row].paths[step] = Some(n.path.to_string());
                next_current.insert(n.path.to_string(), row);
            }
            if change.change != ChangeKind::Unchanged {
                rows[row].events.push(Event {
                    step,
                    change: change.change,
                    moved: change.moved,
                    instructions: change
                        .instruction
                        .as_deref()
                        .map(|i| i.split('；').map(str::to_string).collect())
                        .unwrap_or_default(),
                    edits: change.substantive_edits().cloned().collect(),
                });
            }
            next_order.push(row);
        }
        // rows deleted at earlier steps keep their place: after the row that preceded them
        let placed: rustc_hash::FxHashSet<usize> = next_order.iter().copied().collect();
        let mut anchor: Option<usize> = None;
        let mut after: FxHashMap<Option<usize>, Vec<usize>> = FxHashMap::default();
        for &row in &order {
            if placed.contains(&row) {
                anchor = Some(row);
            } else {
                after.entry(anchor).or_default().push(row);
            }
        }
        let mut merged = after.remove(&None).unwrap_or_default();
        for row in next_order {
            merged.push(row);
            if let Some(dead) = after.remove(&Some(row)) {
                merged.extend(dead);
            }
        }
        order = merged;
        current = next_current;
    }
    let mut by_order: Vec<Option<ClauseHistory>> = rows.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| by_order[i].take()).collect()
}
