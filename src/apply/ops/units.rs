//! Operations on lists of responsible units (labelled lists: units lines such as 责任单位：… and
//! 牵头单位：…, parentheticals such as （责任单位：…）; and lists in running text): merging, deleting
//! everywhere, and deleting from the lists of the content an instruction deleted. What a list is,
//! where lists stand and what an emptied one leaves is src/apply/units.rs's business.

use super::super::exec::{Engine, OpResult, is_metadata, q};
use super::super::model::*;
use super::super::tree::NodeId;
use super::super::units::{self, UnitList};
use crate::notice::{Anchor, Instruction, Op, Operation};

impl Engine<'_> {
    pub(in crate::apply) fn merge_units(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        units: &[String],
        into: &String,
    ) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        // in a unit named, each unit merged is in its lists (one that is not tells of a wrong place)
        if let Some(t) = self.named_place(targets) {
            let lines = self.lines_in(targets);
            if let Some(u) = units.iter().find(|u| !self.in_some_list(u, &lines)) {
                return Err(self.not_found(ins, op, t, u));
            }
        }
        let n = self.units_op(ins, op, targets, units, |l| l.merge(units, into), Some(into))?;
        if n == 0 {
            self.none_in_scope(ins, op, targets, &units[0], units.iter().map(|u| q(u)).collect::<String>())?;
        }
        report(format!("{}→{} ×{n}", units.iter().map(|u| q(u)).collect::<String>(), q(into)), n)
    }

    /// 删除全文中的“A”: a body's name goes from every list of units that holds it; a passage that
    /// is no body's name and stands in no list (删去全文中的“，有效期五年”) goes from the text wherever
    /// it is, as 中所有的“A” goes.
    pub(in crate::apply) fn delete_units(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        touched: &mut Vec<NodeId>,
        units: &[String],
    ) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let mut total = 0;
        for u in units {
            let one = std::slice::from_ref(u);
            if !units::unit_like(u) && !self.in_some_list(u, &self.body_lines()) {
                total += self.delete_text(ins, op, targets, touched, one, true)?.count;
                continue;
            }
            let n = self.units_op(ins, op, targets, one, |l| usize::from(l.delete(u)), None)?;
            if n == 0 {
                self.none_in_scope(ins, op, targets, u, q(u))?;
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
        // the labelled lists of the content: its units lines (牵头单位：…, 责任单位：…, 配合单位：…)
        // and the parentheticals in its text (（牵头单位：…；责任单位：…）), each of them
        let lines: Vec<NodeId> = touched
            .iter()
            .flat_map(|&t| self.tree.subtree(t))
            .filter(|&i| !units::unit_blocks(&self.tree.node(i).line()).is_empty())
            .collect();
        if lines.is_empty() {
            return Err(self.err(
                ins,
                op,
                ErrorKind::NoSuchNode,
                None,
                "the content deleted before has no list of responsible units (责任单位 line or （责任单位：…）)".into(),
            ));
        }
        for u in units {
            let mut found = false;
            for &l in &lines {
                if self.tree.is_gone(l) {
                    continue;
                }
                let line = self.tree.node(l).line();
                let e = units::edit_labelled(&line, &mut |list| usize::from(list.delete(u)));
                if e.lists > 0 {
                    found = true;
                    self.edit_unit_line(ins, op, l, line, &e.edits);
                }
            }
            if !found {
                return Err(self.err(
                    ins,
                    op,
                    ErrorKind::UnitNotFound,
                    self.tree.node(lines[0]).orig_path.clone(),
                    format!("{} is not in the list of responsible units: {}", q(u), self.shown_lists(&lines)),
                ));
            }
        }
        report(format!("删除该内容责任单位中的{}", units.iter().map(|u| q(u)).collect::<String>()), units.len())
    }

    /// Whether a list of units (labelled, or in running text) in `lines` holds `unit`.
    fn in_some_list(&self, unit: &str, lines: &[NodeId]) -> bool {
        let names = [unit.to_string()];
        lines.iter().copied().filter(|&id| !self.tree.is_gone(id)).any(|id| {
            let line = self.tree.node(id).line();
            units::may_hold(&line, &names)
                && units::edit_lists(&line, &names, &mut |l| usize::from(l.contains(unit))).lists > 0
        })
    }

    /// The lines an operation on units acts on: the whole text's where its place is the whole text
    /// (全文, or no place), else those of the units it names (将第三项中的“A”修改为“B”，“C”“D”合并修改为
    /// “E”: in 第三项 only).
    fn lines_in(&self, targets: &[NodeId]) -> Vec<NodeId> {
        let mut seen = std::collections::HashSet::new();
        targets
            .iter()
            .flat_map(|&t| self.tree.subtree(t))
            .filter(|&id| !is_metadata(self.tree.node(id).kind) && seen.insert(id))
            .collect()
    }

    /// A unit found in no list: in the whole text, a warning (an error with --strict), as a text
    /// that is not there; in a unit named, an error that names the place, as a quoted text not
    /// found there is.
    fn none_in_scope(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        unit: &str,
        shown: String,
    ) -> Result<(), ApplyError> {
        match self.named_place(targets) {
            Some(t) => Err(self.not_found(ins, op, t, unit)),
            None => self.zero(ins, op, shown),
        }
    }

    /// The unit an operation on units is confined to, where it names one (not the whole text).
    fn named_place(&self, targets: &[NodeId]) -> Option<NodeId> {
        targets.first().copied().filter(|&t| t != self.tree.root)
    }

    /// Merges or deletes units in every list of the lines in `targets` (the whole text, or the
    /// units named): labelled lists (units lines and parentheticals), and lists in running text.
    /// Occurrences standing alone in running text are left alone (with a warning), except that a
    /// merge replaces a lone unit. Returns how many lists changed.
    pub(in crate::apply) fn units_op(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        names: &[String],
        f: impl Fn(&mut UnitList) -> usize,
        merge_into: Option<&String>,
    ) -> Result<usize, ApplyError> {
        let mut count = 0;
        for id in self.lines_in(targets) {
            if self.tree.is_gone(id) {
                continue;
            }
            let n = self.tree.node(id);
            let line = n.line();
            if !units::may_hold(&line, names) {
                continue;
            }
            let path = n.path();
            let found = units::edit_lists(&line, names, &mut |l| f(l));
            let mut edits = found.edits;
            count += found.lists;
            for r in found.alone {
                match merge_into {
                    Some(into) => {
                        edits.push((r, into.clone()));
                        count += 1;
                    }
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
            self.edit_unit_line(ins, op, id, line, &edits);
        }
        Ok(count)
    }

    /// Makes the edits of a list operation to a line (right to left) and records them; a line left
    /// empty (a units line whose lists were all emptied) is removed.
    /// An operation on the list of responsible units a locator names (第五项责任单位): a member
    /// replaced (中的“A”修改为“B”), deleted (删除…中的“A”), added at the end of its group (增加“A”),
    /// the whole list written anew (牵头单位修改为“…”) or removed with its label (删除第八项牵头单位).
    /// Every unit named must have such a list, and hold the member an edit names.
    pub(in crate::apply) fn list_op(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        role: &str,
    ) -> OpResult {
        let name = op.op.name();
        let mut count = 0;
        for &t in targets {
            let lines: Vec<NodeId> = self
                .tree
                .subtree(t)
                .into_iter()
                .filter(|&i| {
                    units::unit_blocks(&self.tree.node(i).line())
                        .iter()
                        .any(|b| b.lists.iter().any(|l| units::same_role(&l.name, role)))
                })
                .collect();
            let path = self.tree.node(t).path();
            if lines.is_empty() {
                return Err(self.err_at(
                    ins,
                    op,
                    ErrorKind::NoSuchNode,
                    t,
                    format!("{path} has no list of {role} (no “{role}：…” line or （{role}：…）)"),
                ));
            }
            // one edit of the lists: how many lists it changed
            let edit = |e: &mut Self, f: &mut dyn FnMut(&mut UnitList) -> usize| -> usize {
                let mut n = 0;
                for &l in &lines {
                    let line = e.tree.node(l).line();
                    let done = units::edit_role(&line, role, f);
                    if done.lists > 0 {
                        n += done.lists;
                        e.edit_unit_line(ins, op, l, line, &done.edits);
                    }
                }
                n
            };
            let missing = |e: &Self, what: String| {
                e.err(
                    ins,
                    op,
                    ErrorKind::UnitNotFound,
                    e.tree.node(t).orig_path.clone(),
                    format!("{what} in the list of {role} of {path}: {}", e.shown_lists(&lines)),
                )
            };
            match &op.op {
                // “省地税局、国税局”修改为“省税务局”: members that stand together become one
                Op::ReplaceText { from, to } => {
                    let members = units::named_members(from);
                    if edit(self, &mut |l| if l.is_run(&members) { l.merge(&members, to) } else { 0 }) == 0 {
                        return Err(missing(self, format!("{} is not", q(from))));
                    }
                }
                // 删除…中的“、国税局”: the separator quoted with a member goes with it anyway
                Op::DeleteText { texts } | Op::DeleteEvery { texts } => {
                    for u in texts {
                        let members = units::named_members(u);
                        let gone = edit(self, &mut |l| {
                            if l.is_run(&members) {
                                members.iter().for_each(|m| _ = l.delete(m));
                                1
                            } else {
                                0
                            }
                        });
                        if gone == 0 {
                            return Err(missing(self, format!("{} is not", q(u))));
                        }
                    }
                }
                Op::InsertText { anchor: Anchor::End, text } => {
                    let mut apart = false;
                    let added = edit(self, &mut |l| {
                        apart |= l.stands_apart(text);
                        usize::from(l.add(text))
                    });
                    if added == 0 {
                        return Err(missing(self, format!("{} is already", q(text))));
                    }
                    if apart {
                        let message = format!(
                            "{} names no 省, and every group of the {role} of {path} does: it is added after “，” as a \
                             group of its own (“省{text}” would join the 省 group)",
                            q(text)
                        );
                        self.warn(ins, op, message);
                    }
                }
                Op::ReplaceNode { paragraphs } => {
                    // 第一项责任单位修改为：省工信厅、财政厅。 : the sentence's mark is not the list's (a
                    // mark that closes the list stays where it stood)
                    let new = paragraphs.join("");
                    let new = new.trim_end_matches(['。', '；', ';']);
                    edit(self, &mut |l| {
                        *l = UnitList::parse(new);
                        1
                    });
                }
                Op::DeleteNode => {
                    edit(self, &mut |l| {
                        *l = UnitList::parse("");
                        1
                    });
                }
                other => {
                    // 在第四项责任单位中的“省人社厅”后增加“、科技厅”: a list keeps no order a
                    // decision may place a unit in; what it does take is said
                    let hint = if matches!(other, Op::InsertText { .. }) {
                        format!(" (units are added to a list at its end: 在…{role}中增加“…”)")
                    } else {
                        String::new()
                    };
                    return Err(self.err_at(
                        ins,
                        op,
                        ErrorKind::Unsupported,
                        t,
                        format!("{path}{role} is a list of units, and {} does not act on one{hint}", other.name()),
                    ));
                }
            }
            count += 1;
        }
        Ok(OpReport { op: name, summary: format!("{}{role}", self.paths(targets)), count })
    }

    /// The blocks of labelled lists on `lines`, quoted as they stand, for an error message.
    fn shown_lists(&self, lines: &[NodeId]) -> String {
        let shown: Vec<String> = lines
            .iter()
            .filter(|&&l| !self.tree.is_gone(l))
            .flat_map(|&l| {
                let line = self.tree.node(l).line();
                units::unit_blocks(&line).into_iter().map(move |b| line[b.range].to_string())
            })
            .collect();
        format!("“{}”", shown.join("” “"))
    }

    pub(in crate::apply) fn edit_unit_line(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        id: NodeId,
        before: String,
        edits: &[(std::ops::Range<usize>, String)],
    ) {
        for (r, new) in edits.iter().rev() {
            self.tree.edit_line(id, r.clone(), new);
        }
        if self.tree.node(id).line().trim().is_empty() {
            self.tree.remove_line(id);
        }
        let (first, new) = &edits[0];
        self.record(ins, op, id, before, first.clone(), new.len());
    }
}
