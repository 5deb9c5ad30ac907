//! Phrase operations: replacing quoted text in located units or across the whole text, deleting a
//! phrase with its punctuation, inserting text at an anchor or at the start or end of a unit.

use super::super::exec::{Engine, OpResult, is_metadata, q};
use super::super::model::*;
use super::super::nodes;
use super::super::textops::{self, Hit};
use super::super::tree::NodeId;
use crate::document::Kind;
use crate::notice::{Anchor, Instruction, Operation};

impl Engine<'_> {
    pub(in crate::apply) fn replace_text(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        from: &str,
        to: &str,
    ) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        if from == to {
            return Err(self.err(
                ins,
                op,
                ErrorKind::NoEffect,
                None,
                format!("{} would be replaced by itself", q(from)),
            ));
        }
        let mut total = 0;
        let to_doc = textops::as_document_text(to);
        for &t in targets {
            let hits = self.find(t, from);
            if hits.is_empty() {
                return Err(self.not_found(ins, op, t, from));
            }
            total += self.replace_hits(ins, op, &hits, &to_doc);
        }
        let places: Vec<String> = targets.iter().map(|&t| self.tree.node(t).path()).collect();
        report(format!("{}→{} in {} ×{total}", q(from), q(to), places.join("、")), total)
    }

    pub(in crate::apply) fn rename(&mut self, ins: &Instruction, op: &Operation, from: &str, to: &str) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let mut hits = Vec::new();
        for id in self.body_lines() {
            let line = self.tree.node(id).line();
            hits.extend(line.match_indices(from).map(|(s, _)| Hit { node: id, range: s..s + from.len() }));
        }
        let n = self.replace_hits(ins, op, &hits, to);
        if n == 0 {
            self.zero(ins, op, q(from))?;
        }
        report(format!("{}→{} ×{n}", q(from), q(to)), n)
    }

    pub(in crate::apply) fn delete_text(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        touched: &mut Vec<NodeId>,
        texts: &[String],
    ) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        for &t in targets {
            for d in texts {
                let h = self.find_once(ins, op, t, d, "the deletion means one")?;
                let before = self.tree.node(h.node).line();
                let r = textops::deletion_range(&before, h.range.clone());
                self.tree.edit_line(h.node, r.clone(), "", true);
                if self.tree.node(h.node).line().trim().is_empty() {
                    // a paragraph left empty is removed (what hangs under it stays)
                    self.tree.remove_line(h.node);
                }
                self.record(ins, op, h.node, before, r, 0);
            }
            touched.push(t);
        }
        report(format!("删除{}", texts.iter().map(|t| q(t)).collect::<String>()), texts.len() * targets.len())
    }

    pub(in crate::apply) fn insert_text(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        anchor: &Anchor,
        text: &str,
    ) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let t = targets[0];
        let (node, at) = match anchor {
            Anchor::After(a) | Anchor::Before(a) => {
                let h = self.find_once(ins, op, t, a, "where to insert is ambiguous")?;
                (h.node, if matches!(anchor, Anchor::After(_)) { h.range.end } else { h.range.start })
            }
            Anchor::End => {
                let node = if self.tree.node(t).kind == Kind::Article { self.tree.last_line(t) } else { t };
                (node, self.tree.node(node).line().len())
            }
            Anchor::Start => {
                let node = if self.tree.node(t).kind == Kind::Article {
                    nodes::children_of(&self.tree, t, Kind::Paragraph).first().copied().unwrap_or(t)
                } else {
                    t
                };
                (node, self.tree.node(node).text_offset())
            }
        };
        let before = self.tree.node(node).line();
        let text = textops::as_document_text(text);
        let text = match anchor {
            Anchor::After(_) => format!("{}{text}", textops::insertion_separator(&before, at, &text)),
            _ => text,
        };
        self.tree.edit_line(node, at..at, &text, true);
        self.record(ins, op, node, before, at..at, text.len());
        report(format!("在{}增加{}", self.paths(&[t]), q(&text)), 1)
    }

    pub(in crate::apply) fn replace_hits(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        hits: &[Hit],
        to: &str,
    ) -> usize {
        let mut by_node: Vec<(NodeId, Vec<std::ops::Range<usize>>)> = Vec::new();
        for h in hits {
            match by_node.iter_mut().find(|(n, _)| *n == h.node) {
                Some((_, v)) => v.push(h.range.clone()),
                None => by_node.push((h.node, vec![h.range.clone()])),
            }
        }
        for (node, ranges) in by_node {
            let before = self.tree.node(node).line();
            for r in ranges.iter().rev() {
                self.tree.edit_line(node, r.clone(), to, true);
            }
            let first = ranges[0].clone();
            self.record(ins, op, node, before, first, to.len());
        }
        hits.len()
    }

    /// Occurrences of quoted text: as quoted, or else with its inner quotes as the document writes them.
    pub(in crate::apply) fn find(&self, scope: NodeId, needle: &str) -> Vec<Hit> {
        let hits = textops::find(&self.tree, scope, needle);
        let doc_form = textops::as_document_text(needle);
        if hits.is_empty() && doc_form != needle { textops::find(&self.tree, scope, &doc_form) } else { hits }
    }

    /// The one place of `needle` in `scope`: not found and found more than once are errors (the
    /// latter lists the places, and says why one was meant).
    pub(in crate::apply) fn find_once(
        &self,
        ins: &Instruction,
        op: &Operation,
        scope: NodeId,
        needle: &str,
        why_one: &str,
    ) -> Result<Hit, ApplyError> {
        let mut hits = self.find(scope, needle);
        match hits.len() {
            0 => Err(self.not_found(ins, op, scope, needle)),
            1 => Ok(hits.remove(0)),
            n => {
                let paths: Vec<String> = hits.iter().map(|h| self.tree.node(h.node).path()).collect();
                Err(self.err(
                    ins,
                    op,
                    ErrorKind::TextAmbiguous,
                    self.tree.node(scope).orig_path.clone(),
                    format!(
                        "{} occurs {n} times in {} ({}); {why_one}",
                        q(needle),
                        self.tree.node(scope).path(),
                        paths.join(", ")
                    ),
                ))
            }
        }
    }

    pub(in crate::apply) fn not_found(
        &self,
        ins: &Instruction,
        op: &Operation,
        scope: NodeId,
        text: &str,
    ) -> ApplyError {
        let n = self.tree.node(scope);
        let gap =
            if self.tree.subtree(scope).iter().any(|&i| self.tree.node(i).gap || self.tree.node(i).kind == Kind::Gap) {
                " (part of this unit's text is missing from the document: a gap marker)"
            } else {
                ""
            };
        let mut e = self.err(
            ins,
            op,
            ErrorKind::TextNotFound,
            n.orig_path.clone(),
            format!("{} is not in {}{gap}", q(text), n.path()),
        );
        e.candidate = textops::nearest(&self.tree, scope, text);
        e
    }

    /// Live lines of the whole document that whole-text operations act on.
    pub(in crate::apply) fn body_lines(&self) -> Vec<NodeId> {
        self.tree.subtree(self.tree.root).into_iter().filter(|&i| !is_metadata(self.tree.node(i).kind)).collect()
    }
}
