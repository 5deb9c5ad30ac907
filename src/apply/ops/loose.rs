//! Paragraphs in no article (增加一段): text under a chapter or section heading, placed beside an
//! article or another such paragraph (在第三条前增加一段, 在第二章第一段后增加一段) or right after
//! a heading (在第二章章名后增加一段). Beside a 款 a 段 is a 款, as older decisions write.

use super::super::exec::{Engine, OpResult};
use super::super::model::{ErrorKind, OpReport};
use super::super::nodes;
use super::super::tree::NodeId;
use crate::document::Kind;
use crate::notice::{Instruction, Operation, Position, UnitKind};

impl Engine<'_> {
    /// Inserts `paragraphs` as lines of their own where `position` says relative to `target`.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::apply) fn insert_loose(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        target: Option<NodeId>,
        count: u32,
        numbers: &[u32],
        position: Position,
        paragraphs: &[String],
    ) -> OpResult {
        let t = target.ok_or_else(|| {
            self.err(ins, op, ErrorKind::NoSuchNode, None, "增加一段: where? (在第X条前, 在第X章章名后)".into())
        })?;
        let tk = self.tree.node(t).kind;
        let where_ = self.tree.node(t).orig_path.clone();
        let refuse = |s: &Self, kind: ErrorKind, why: String| s.err(ins, op, kind, where_.clone(), why);
        // 在第一点第一段后增加一段, that 段 being the point's own line: the first of the lines under it
        let own_line = self.names_own_line(op, t);
        if matches!(tk, Kind::Paragraph | Kind::Item)
            && !own_line
            && matches!(position, Position::After | Position::Before)
        {
            // 在第三条第一款后增加一段: a 款
            return self.insert_node(
                ins,
                op,
                &[t],
                UnitKind::Paragraph,
                count,
                numbers,
                None,
                position,
                paragraphs,
                None,
                &[],
            );
        }
        if paragraphs.is_empty() {
            return Err(refuse(self, ErrorKind::Unsupported, "增加一段 without the new text".into()));
        }
        if count as usize != paragraphs.len() {
            return Err(refuse(
                self,
                ErrorKind::NumberMismatch,
                format!("增加{count}段 but the text gives {}", paragraphs.len()),
            ));
        }
        // where it goes: under a division's heading, or beside an article or such a paragraph (the
        // whole document is never the target: 全文 is refused before, insert_node needs a unit)
        let placed = match (position, tk) {
            (Position::AfterHeading, k) if k.is_division() => Some((t, 0)),
            (Position::After, _) if own_line => Some((t, 0)),
            (Position::Before, _) if own_line => None,
            (Position::After | Position::Before, Kind::Article | Kind::Text) | (Position::Before, _) => {
                let after = position == Position::After;
                self.tree.node(t).parent.map(|parent| (parent, nodes::insertion_index(&self.tree, t, after)))
            }
            _ => None,
        };
        let Some((parent, index)) = placed else {
            return Err(refuse(
                self,
                ErrorKind::Unsupported,
                format!(
                    "增加一段 {} {}: a paragraph in no article goes before or after an article or such a \
                     paragraph, or after a heading (在第二章章名后增加一段)",
                    match position {
                        Position::After => "after",
                        Position::Before => "before",
                        Position::AfterHeading => "after the heading of",
                        _ => "in",
                    },
                    self.tree.node(t).path()
                ),
            ));
        };
        // a line after an article, an item or a division is read back as part of it (a 款 of the
        // article): a paragraph in no article follows its heading or another such paragraph
        let before = self.tree.node(parent).children[..index.min(self.tree.node(parent).children.len())]
            .iter()
            .rev()
            .copied()
            .find(|&c| !self.tree.node(c).deleted);
        if let Some(b) = before.filter(|&b| !matches!(self.tree.node(b).kind, Kind::Text | Kind::Heading)) {
            return Err(refuse(
                self,
                ErrorKind::Unsupported,
                format!(
                    "a paragraph right after {} is read as part of it (a 款 of an article): a paragraph in no \
                     article follows its heading (在第X章章名后增加一段) or another such paragraph",
                    self.tree.node(b).path()
                ),
            ));
        }
        let mut ids: Vec<NodeId> = Vec::new();
        for (k, p) in paragraphs.iter().enumerate() {
            let trail = self.tree.trail_for_insert(parent, index + k);
            let id = self.tree.insert(parent, index + k, nodes::new_line(&self.tree, Kind::Text, p, &trail));
            ids.push(id);
        }
        let after = ids.iter().map(|&i| self.subtree_text(i)).collect::<Vec<_>>().join("\n");
        self.changes.push(self.change(ins, op, ids[0], String::new(), after));
        Ok(OpReport {
            op: op.op.name(),
            summary: format!("{}增加{}段", self.tree.node(parent).path(), crate::text::numerals::format(count)),
            count: ids.len(),
        })
    }
}
