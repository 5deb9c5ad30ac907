//! Moving units among their own kind without declaring a number: next to a unit named by its
//! original numbers (将第六条移至第七条之后, 将第二条第二款调至第一款前), or exchanging two units'
//! places (将第六条与第七条顺序调换). The numbers follow the new order only with 条文顺序作相应调整;
//! without it the order check at the end reports the numbers that no longer run in order.

use super::super::exec::{Engine, OpResult};
use super::super::locate;
use super::super::model::*;
use super::super::nodes;
use super::super::tree::NodeId;
use crate::document::Kind;
use crate::notice::{Instruction, Locator, Operation, Position};

impl Engine<'_> {
    /// The located units go, in their order, right after (or right before) `place`.
    pub(in crate::apply) fn relocate(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        place: &Locator,
        position: Position,
    ) -> OpResult {
        let dest = match locate::resolve(&self.tree, place) {
            Ok(v) if v.len() == 1 => v[0],
            Ok(v) => {
                let message = format!("{} names {} units: a move goes next to one", place.written, v.len());
                return Err(self.err(ins, op, ErrorKind::AmbiguousLocator, None, message));
            }
            Err(le) => return Err(self.err(ins, op, le.kind, le.path, le.message)),
        };
        for &t in targets {
            self.check_movable(ins, op, t, dest)?;
        }
        let mut anchor = dest;
        for (k, &t) in targets.iter().enumerate() {
            let before = self.subtree_text(t);
            let after_anchor = position == Position::After;
            if k == 0 && after_anchor {
                // after the place named and what earlier instructions put there (the notice's order)
                let parent = self.tree.node(dest).parent.expect("a unit has a parent");
                let at = nodes::index_after(&self.tree, dest, Some(t));
                self.place_at(ins, op, t, parent, at);
            } else {
                self.place_beside(ins, op, t, anchor, after_anchor);
            }
            if after_anchor {
                anchor = t;
            }
            self.changes.push(self.change(ins, op, t, before.clone(), self.subtree_text(t)));
        }
        let word = if position == Position::After { "之后" } else { "之前" };
        Ok(OpReport {
            op: op.op.name(),
            summary: format!("{}移至{}{word}", self.paths(targets), self.tree.node(dest).path()),
            count: targets.len(),
        })
    }

    /// The two located units exchange their places.
    pub(in crate::apply) fn swap(&mut self, ins: &Instruction, op: &Operation, targets: &[NodeId]) -> OpResult {
        let &[a, b] = targets else {
            let message = format!("an exchange of places names two units; these name {}", targets.len());
            return Err(self.err(ins, op, ErrorKind::Unsupported, None, message));
        };
        self.check_movable(ins, op, a, b)?;
        let (before_a, before_b) = (self.subtree_text(a), self.subtree_text(b));
        // what follows a now is where b goes (when that is b itself, a after b is the whole swap)
        let (pa, ia) = self.tree.index_in_parent(a).expect("a unit has a parent");
        let next = self.tree.node(pa).children.get(ia + 1).copied();
        self.place_beside(ins, op, a, b, true);
        match next {
            Some(n) if n == b => {}
            Some(n) => self.place_beside(ins, op, b, n, false),
            None => {
                let end = self.tree.node(pa).children.len();
                self.place_at(ins, op, b, pa, end);
            }
        }
        self.changes.push(self.change(ins, op, a, before_a, self.subtree_text(a)));
        self.changes.push(self.change(ins, op, b, before_b, self.subtree_text(b)));
        Ok(OpReport {
            op: op.op.name(),
            summary: format!("{}与{}调换位置", self.tree.node(a).path(), self.tree.node(b).path()),
            count: 2,
        })
    }

    /// A unit moves among units of its own kind, never beside itself (`is_within` counts the unit
    /// itself; a unit within it, which none of one kind is, would break the tree); a line of text of
    /// no unit (a 段) moves among those of the divisions, not into an article.
    fn check_movable(&self, ins: &Instruction, op: &Operation, t: NodeId, dest: NodeId) -> Result<(), ApplyError> {
        if self.tree.is_within(dest, t) {
            return Err(self.moved_under_itself(ins, op, t, dest, "moved"));
        }
        let (kind, dest_kind) = (self.tree.node(t).kind, self.tree.node(dest).kind);
        let in_division = |n: NodeId| {
            let parent = self.tree.node(n).parent.map(|p| self.tree.node(p).kind);
            matches!(parent, Some(Kind::Document | Kind::Part | Kind::Chapter | Kind::Section))
        };
        if kind != dest_kind || kind == Kind::Text && !(in_division(t) && in_division(dest)) {
            let message = format!(
                "{} is a {} and {} a {}: a unit moves among units of its own kind",
                self.paths(&[t]),
                kind.chinese(),
                self.paths(&[dest]),
                dest_kind.chinese()
            );
            return Err(self.err_at(ins, op, ErrorKind::Unsupported, t, message));
        }
        Ok(())
    }

    /// Puts `t` right after (or right before) `anchor`, among `anchor`'s siblings.
    fn place_beside(&mut self, ins: &Instruction, op: &Operation, t: NodeId, anchor: NodeId, after: bool) {
        let parent = self.tree.node(anchor).parent.expect("a unit has a parent");
        let at = self.tree.node(parent).children.iter().filter(|&&c| c != t).position(|&c| c == anchor);
        let at = at.expect("the anchor is its parent's child") + usize::from(after);
        self.place_at(ins, op, t, parent, at);
    }

    /// Moves `t` under `parent` at `at` (counted without `t`), marked as moved by the instruction,
    /// with the marks of the places it leaves and joins.
    fn place_at(&mut self, ins: &Instruction, op: &Operation, t: NodeId, parent: NodeId, at: usize) {
        self.detach_marks(ins, op, t);
        self.tree.move_to(t, parent, at);
        self.tree.node_mut(t).placed = Some((ins.id.clone(), op.pos));
        self.fit_moved(ins, op, t);
    }

    /// Before a unit leaves its place: a list whose last item leaves keeps its closing mark, and a
    /// unit that ended the document gets a line break to stand among others.
    pub(in crate::apply) fn detach_marks(&mut self, ins: &Instruction, op: &Operation, t: NodeId) {
        self.note_list_end(ins, op, t);
    }

    /// After: an item takes its new list's marks.
    fn fit_moved(&mut self, ins: &Instruction, op: &Operation, t: NodeId) {
        if self.tree.node(t).kind.is_list_member() {
            self.fit_moved_item(ins, op, t);
        }
    }
}
