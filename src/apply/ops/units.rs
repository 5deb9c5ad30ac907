//! Operations on lists of responsible units (责任单位 lines and lists in running text): merging,
//! deleting everywhere, and deleting from the line of the content an instruction deleted.

use super::super::exec::{Engine, OpResult, q};
use super::super::model::*;
use super::super::tree::NodeId;
use super::super::units::{self, UnitList};
use crate::document::Kind;
use crate::notice::{Instruction, Operation};

impl Engine<'_> {
    pub(in crate::apply) fn merge_units(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        units: &[String],
        into: &String,
    ) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let n = self.units_op(ins, op, units, |l| l.merge(units, into), Some(into))?;
        if n == 0 {
            self.zero(ins, op, units.iter().map(|u| q(u)).collect::<String>())?;
        }
        report(format!("{}→{} ×{n}", units.iter().map(|u| q(u)).collect::<String>(), q(into)), n)
    }

    pub(in crate::apply) fn delete_units(&mut self, ins: &Instruction, op: &Operation, units: &[String]) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let mut total = 0;
        for u in units {
            let one = std::slice::from_ref(u);
            let n = self.units_op(ins, op, one, |l| usize::from(l.delete(u)), None)?;
            if n == 0 {
                self.zero(ins, op, q(u))?;
            }
            total += n;
        }
        report(format!("删除{} ×{total}", units.iter().map(|u| q(u)).collect::<String>()), total)
    }

    pub(in crate::apply) fn delete_units_from_line(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        touched: &[NodeId],
        units: &[String],
    ) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let lines: Vec<NodeId> = touched
            .iter()
            .flat_map(|&t| self.tree.subtree(t))
            .filter(|&i| self.tree.node(i).kind == Kind::Units)
            .collect();
        if lines.is_empty() {
            return Err(self.err(
                ins,
                op,
                ErrorKind::NoSuchNode,
                None,
                "the content deleted before has no 责任单位 line".into(),
            ));
        }
        for u in units {
            let mut found = false;
            for &l in &lines {
                let mut list = UnitList::parse(&self.tree.node(l).text);
                if list.delete(u) {
                    found = true;
                    let before = self.tree.node(l).line();
                    let off = self.tree.node(l).text_offset();
                    let len = self.tree.node(l).text.len();
                    let new = list.render();
                    self.tree.edit_line(l, off..off + len, &new, true);
                    self.record(ins, op, l, before, off..off + len, new.len());
                }
            }
            if !found {
                let shown: Vec<String> = lines.iter().map(|&l| self.tree.node(l).line()).collect();
                return Err(self.err(
                    ins,
                    op,
                    ErrorKind::UnitNotFound,
                    self.tree.node(lines[0]).orig_path.clone(),
                    format!("{} is not in the 责任单位 line: “{}”", q(u), shown.join("” “")),
                ));
            }
        }
        report(format!("删除该内容责任单位中的{}", units.iter().map(|u| q(u)).collect::<String>()), units.len())
    }

    /// Merges or deletes units in every list of the document: 责任单位 lines, and lists in running
    /// text. Occurrences standing alone in running text are left alone (with a warning), except that
    /// a merge replaces a lone unit. Returns how many lists changed.
    pub(in crate::apply) fn units_op(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        names: &[String],
        f: impl Fn(&mut UnitList) -> usize,
        merge_into: Option<&String>,
    ) -> Result<usize, ApplyError> {
        let mut count = 0;
        for id in self.body_lines() {
            let n = self.tree.node(id);
            if n.kind == Kind::Units {
                let mut list = UnitList::parse(&n.text);
                let k = f(&mut list);
                if k > 0 {
                    count += 1;
                    let before = n.line();
                    let off = n.text_offset();
                    let len = n.text.len();
                    let new = list.render();
                    self.tree.edit_line(id, off..off + len, &new, true);
                    self.record(ins, op, id, before, off..off + len, new.len());
                }
                continue;
            }
            let line = n.line();
            let path = n.path();
            let (lists, alone) = units::running_lists(&line, names);
            let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
            for r in lists {
                let mut list = UnitList::parse(&line[r.clone()]);
                if f(&mut list) > 0 {
                    edits.push((r, list.render()));
                }
            }
            for r in alone {
                match merge_into {
                    Some(into) => edits.push((r, into.clone())),
                    None => {
                        let shown = &line[r.clone()];
                        self.warn(
                            ins,
                            op,
                            format!("“{shown}” stands alone in running text in {path}; only lists of units are edited"),
                        );
                    }
                }
            }
            if edits.is_empty() {
                continue;
            }
            edits.sort_by_key(|(r, _)| r.start);
            let before = line.clone();
            let first = edits[0].0.clone();
            let first_len = edits[0].1.len();
            for (r, new) in edits.iter().rev() {
                self.tree.edit_line(id, r.clone(), new, true);
                count += 1;
            }
            self.record(ins, op, id, before, first, first_len);
        }
        Ok(count)
    }
}
