//! The 目录 of a law follows its divisions. A decision renames, adds or drops 编, 章 and 节 and
//! says nothing of the 目录 (the republished text has it redone); so when the original's 目录 lists
//! exactly its divisions (spacing aside), the result's 目录 lists the result's, an entry that names
//! an unchanged division kept as it was written. A 目录 that did not match its original is left as
//! it was, with a warning where the divisions changed: which entry meant what is not sure.

use super::super::exec::Engine;
use super::super::model::{Change, Warning};
use super::super::nodes;
use super::super::tree::{NodeId, Tree};
use crate::document::{Kind, LineKind, classify};
use crate::text::without_blanks;
use similar::{Algorithm, capture_diff_slices};

/// What the 目录 was at the start: the divisions' lines, and whether its entries listed them.
#[derive(Debug, Default)]
pub(in crate::apply) struct TocStart {
    divisions: Vec<String>,
    follows: bool,
}

fn divisions(tree: &Tree) -> Vec<NodeId> {
    tree.subtree(tree.root)
        .into_iter()
        .filter(|&i| matches!(tree.node(i).kind, Kind::Part | Kind::Chapter | Kind::Section))
        .collect()
}

fn entries(tree: &Tree) -> Option<(NodeId, Vec<NodeId>)> {
    let toc = tree.all(Kind::Toc).into_iter().find(|&t| !tree.is_gone(t))?;
    let entries = tree.children(toc).into_iter().filter(|&c| tree.node(c).kind == Kind::TocEntry).collect();
    Some((toc, entries))
}

/// A division's name: its line without its label and spacing (第三章　附　　则 → 附则), as the
/// document's line classifier reads it.
fn name(line: &str) -> String {
    without_blanks(classify(line.trim_start()).text)
}

/// The kind of division a 目录 entry names (by its label: 第X编, 第X章, 第X节).
fn entry_kind(line: &str) -> Option<Kind> {
    match classify(line.trim_start()).kind {
        LineKind::Part => Some(Kind::Part),
        LineKind::Chapter => Some(Kind::Chapter),
        LineKind::Section => Some(Kind::Section),
        _ => None,
    }
}

impl TocStart {
    pub(in crate::apply) fn of(tree: &Tree) -> Self {
        let divisions: Vec<String> =
            divisions(tree).into_iter().map(|d| without_blanks(&tree.node(d).line())).collect();
        let follows = entries(tree).is_some_and(|(_, e)| {
            !e.is_empty() && e.iter().map(|&x| without_blanks(&tree.node(x).line())).eq(divisions.iter().cloned())
        });
        TocStart { divisions, follows }
    }
}

impl Engine<'_> {
    /// Brings the 目录 in line with the divisions of the result (see the module's note).
    pub(in crate::apply) fn follow_toc(&mut self) {
        let Some((toc, old)) = entries(&self.tree) else { return };
        let now = divisions(&self.tree);
        let lines: Vec<String> = now.iter().map(|&d| self.tree.node(d).line()).collect();
        if lines.iter().map(|l| without_blanks(l)).eq(self.toc_start.divisions.iter().cloned()) {
            return;
        }
        if !self.toc_start.follows {
            self.warnings.push(Warning {
                instruction: "目录".into(),
                pos: Default::default(),
                message:
                    "the divisions changed, and the 目录 did not list the original's divisions as they are: it is \
                          left as it was; bring it in line by hand"
                        .into(),
            });
            return;
        }
        // entries and divisions paired by their names (a renumbered 第三章 附则 is still 附则's entry)
        let old_names: Vec<String> = old.iter().map(|&e| name(&self.tree.node(e).line())).collect();
        let new_names: Vec<String> = lines.iter().map(|l| name(l)).collect();
        let Some(&first) = old.first() else { return };
        let mut at = self.tree.index_in_parent(first).map_or(0, |(_, i)| i);
        for op in capture_diff_slices(Algorithm::Myers, &old_names, &new_names) {
            let (_, was, is) = op.as_tag_tuple();
            for k in 0..was.len().max(is.len()) {
                let entry = (k < was.len()).then(|| old[was.start + k]);
                let division = (k < is.len()).then(|| is.start + k);
                match (entry, division) {
                    (Some(e), Some(d)) => {
                        let line = &lines[d];
                        if without_blanks(&self.tree.node(e).line()) != without_blanks(line) {
                            let before = self.tree.node(e).line();
                            let len = self.tree.node(e).text.len();
                            let off = self.tree.node(e).text_offset();
                            self.tree.edit_line(e, off..off + len, line);
                            let by = self.changed_by(line);
                            self.toc_change(by, e, before, off..off + len, line.len());
                        }
                        at = self.tree.index_in_parent(e).map_or(at, |(_, i)| i + 1);
                    }
                    (None, Some(d)) => {
                        let line = &lines[d];
                        let trail = self.tree.trail_for_insert(toc, at);
                        let mut entry = nodes::new_line(&self.tree, Kind::TocEntry, line, &trail);
                        // a new entry is indented as the entries of its kind are
                        let kind = self.tree.node(now[d]).kind;
                        if let Some(&like) = old.iter().find(|&&e| entry_kind(&self.tree.node(e).line()) == Some(kind))
                        {
                            entry.lead = self.tree.node(like).lead.clone();
                        }
                        let id = self.tree.insert(toc, at, entry);
                        at += 1;
                        let by = self.changed_by(line);
                        self.toc_change(by, id, String::new(), 0..0, line.len());
                    }
                    (Some(e), None) => {
                        let before = self.tree.node(e).line();
                        self.tree.delete(e);
                        let by = self.changed_by(&before);
                        self.toc_change(by, e, before.clone(), 0..before.len(), 0);
                        // (no entry goes in after a deleted one before an entry kept sets the place
                        // again: the diff gives a deletion followed by insertions as one replacement,
                        // whose pairs come first)
                    }
                    (None, None) => {}
                }
            }
        }
    }

    /// The instruction whose change wrote (or removed) a division's line, else the renumbering that
    /// numbered it.
    fn changed_by(&self, line: &str) -> String {
        let line = without_blanks(line);
        self.changes
            .iter()
            .rev()
            .find(|c| {
                c.op != "toc" && (without_blanks(&c.after).contains(&line) || without_blanks(&c.before).contains(&line))
            })
            .map(|c| c.instruction.clone())
            .unwrap_or_else(|| "条文顺序作相应调整".into())
    }

    fn toc_change(
        &mut self,
        instruction: String,
        entry: NodeId,
        before: String,
        range: std::ops::Range<usize>,
        new_len: usize,
    ) {
        let after = if self.tree.is_gone(entry) { String::new() } else { self.tree.node(entry).line() };
        self.changes.push(Change {
            instruction,
            op: "toc",
            path: "目录".into(),
            before,
            after,
            new_range: range.start..range.start + new_len,
            range,
        });
    }
}
