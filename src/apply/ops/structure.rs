//! Operations on units as a whole: replacing, deleting and inserting 条/款/项 and divisions,
//! their headings, merging and folding units.

use super::super::exec::{Engine, OpResult, q};
use super::super::locate;
use super::super::model::*;
use super::super::nodes;
use super::super::textops;
use super::super::tree::NodeId;
use crate::document::Kind;
use crate::notice::{Instruction, Locator, Operation, Position, UnitKind};

impl Engine<'_> {
    pub(in crate::apply) fn replace_node(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        paragraphs: &[String],
    ) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let paragraphs: &Vec<String> = &paragraphs.iter().map(|p| textops::as_document_text(p)).collect();
        let pairs: Vec<(NodeId, Vec<String>)> = if targets.len() > 1 && targets.len() == paragraphs.len() {
            targets.iter().zip(paragraphs).map(|(&t, p)| (t, vec![p.clone()])).collect()
        } else {
            let mut v = vec![(targets[0], paragraphs.clone())];
            for &t in &targets[1..] {
                v.push((t, Vec::new()));
            }
            v
        };
        for (t, paras) in pairs {
            let before = self.subtree_text(t);
            if paras.is_empty() {
                self.tree.delete(t);
                self.changes.push(self.change(ins, op, t, before, String::new()));
                continue;
            }
            if self.tree.node(t).kind == Kind::Header {
                return Err(self.err(ins, op, ErrorKind::Unsupported, None, "the header cannot be replaced".into()));
            }
            let ids = nodes::replace_content(&mut self.tree, t, &paras);
            let after = ids.iter().map(|&i| self.tree.node(i).line()).collect::<Vec<_>>().join("\n");
            self.changes.push(self.change(ins, op, t, before, after));
        }
        report(format!("{}修改为{}", self.paths(targets), q(&paragraphs.join(""))), paragraphs.len())
    }

    pub(in crate::apply) fn delete_node(&mut self, ins: &Instruction, op: &Operation, targets: &[NodeId]) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        for &t in targets {
            let before = self.subtree_text(t);
            self.tree.delete(t);
            self.changes.push(self.change(ins, op, t, before, String::new()));
        }
        report(format!("删去{}", self.paths(targets)), targets.len())
    }

    pub(in crate::apply) fn replace_heading(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        heading: &str,
    ) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let t = targets[0];
        if !matches!(self.tree.node(t).kind, Kind::Part | Kind::Chapter | Kind::Section) {
            return Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                self.tree.node(t).orig_path.clone(),
                "only 编/章/节 have a name to replace".into(),
            ));
        }
        let before = self.tree.node(t).line();
        let off = self.tree.node(t).text_offset();
        let len = self.tree.node(t).text.len();
        self.tree.edit_line(t, off..off + len, heading, true);
        self.record(ins, op, t, before, off..off + len, heading.len());
        report(format!("{}名称修改为{}", self.paths(&[t]), q(heading)), 1)
    }

    pub(in crate::apply) fn delete_headings(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        kind: UnitKind,
    ) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let k = match kind {
            UnitKind::Part => Kind::Part,
            UnitKind::Section => Kind::Section,
            _ => Kind::Chapter,
        };
        let heads = if targets == [self.tree.root] { self.tree.all(k) } else { targets.to_vec() };
        for &h in &heads {
            if self.tree.node(h).kind != k {
                return Err(self.err(
                    ins,
                    op,
                    ErrorKind::NoSuchNode,
                    self.tree.node(h).orig_path.clone(),
                    format!("{} has no {}名", self.tree.node(h).path(), k.chinese()),
                ));
            }
            let before = self.tree.node(h).line();
            self.tree.remove_line(h);
            self.changes.push(self.change(ins, op, h, before, String::new()));
        }
        report(format!("删去{}个{}名", heads.len(), k.chinese()), heads.len())
    }

    pub(in crate::apply) fn merge_nodes(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        number: Option<u32>,
    ) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let first = targets[0];
        if let Some(&t) = targets[1..].iter().find(|&&t| self.tree.is_within(first, t)) {
            return Err(self.moved_under_itself(ins, op, t, first, "merged"));
        }
        for &t in &targets[1..] {
            let before = self.subtree_text(t);
            let at = self.tree.node(first).children.len();
            for (i, c) in self.tree.children(t).into_iter().enumerate() {
                self.tree.move_to(c, first, at + i);
            }
            self.tree.delete(t);
            self.changes.push(self.change(ins, op, t, before, String::new()));
        }
        if let Some(n) = number {
            self.tree.node_mut(first).declared = Some((UnitKind::Article, n, ins.id.clone(), op.pos));
        }
        report(format!("{}合并", self.paths(targets)), targets.len())
    }

    pub(in crate::apply) fn fold(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        into: &Locator,
    ) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let t = targets[0];
        let dest = match locate::resolve(&self.tree, into) {
            Ok(v) => v[0],
            Err(le) => return Err(self.err(ins, op, le.kind, le.path, le.message)),
        };
        if self.tree.is_within(dest, t) {
            return Err(self.moved_under_itself(ins, op, t, dest, "folded"));
        }
        let before = self.tree.node(t).line();
        let at = self.tree.node(dest).children.len();
        for (i, c) in self.tree.children(t).into_iter().enumerate() {
            self.tree.move_to(c, dest, at + i);
        }
        self.tree.delete(t);
        self.changes.push(self.change(ins, op, t, before, String::new()));
        report(format!("{}并入{}", self.paths(&[t]), self.paths(&[dest])), 1)
    }

    pub(in crate::apply) fn moved_under_itself(
        &self,
        ins: &Instruction,
        op: &Operation,
        unit: NodeId,
        dest: NodeId,
        how: &str,
    ) -> ApplyError {
        let message =
            format!("{} cannot be {how} into {}, which it contains", self.paths(&[unit]), self.paths(&[dest]));
        self.err(ins, op, ErrorKind::Unsupported, self.tree.node(unit).orig_path.clone(), message)
    }

    #[allow(clippy::too_many_arguments)]
    pub(in crate::apply) fn insert_node(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        kind: UnitKind,
        count: u32,
        numbers: &[u32],
        sub: Option<u32>,
        position: Position,
        paragraphs: &[String],
    ) -> OpResult {
        let name = op.op.name();
        if paragraphs.is_empty() {
            // 在第X条中增加一款作为第二款，将该条修改为：… — the text comes with the replacement
            if let (UnitKind::Paragraph, Some(&t)) = (kind, targets.first()) {
                let article = self.article_of(t);
                self.min_paragraphs.push((article, *numbers.iter().max().unwrap_or(&1), ins.id.clone(), op.pos));
                return Ok(OpReport {
                    op: name, summary: "增加一款（文字见修改后的条文）".into(), count: 0
                });
            }
            return Err(self.err(ins, op, ErrorKind::Unsupported, None, "增加… without the new text".into()));
        }
        let first_number = *numbers.first().unwrap_or(&1);
        match kind {
            UnitKind::Article => {
                if count as usize > 1 && count as usize != paragraphs.len() {
                    return Err(self.err(
                        ins,
                        op,
                        ErrorKind::Unsupported,
                        None,
                        format!(
                            "增加{count}条 with {} paragraphs: which paragraph belongs to which article?",
                            paragraphs.len()
                        ),
                    ));
                }
                let groups: Vec<Vec<String>> = if count > 1 {
                    paragraphs.iter().map(|p| vec![p.clone()]).collect()
                } else {
                    vec![paragraphs.to_vec()]
                };
                let like = nodes::articles(&self.tree).first().copied();
                for (i, g) in groups.iter().enumerate() {
                    let num = numbers.get(i).copied().unwrap_or(first_number + i as u32);
                    let art = nodes::new_article(&self.tree, like, num, sub);
                    let root = self.tree.root;
                    let at = self.tree.node(root).children.len();
                    let id = self.tree.insert(root, at, art);
                    let para_trail = self.tree.para_trail.clone();
                    nodes::add_paragraphs(&mut self.tree, id, 0, g, &para_trail);
                    self.tree.node_mut(id).declared = Some((UnitKind::Article, num, ins.id.clone(), op.pos));
                    match (position, targets.first()) {
                        (Position::After | Position::Before, Some(&l)) if self.tree.node(l).kind == Kind::Article => {
                            let at = nodes::insertion_index(&self.tree, l, position == Position::After);
                            let parent = self.tree.node(l).parent.expect("an article has a parent");
                            self.tree.move_to(id, parent, at);
                        }
                        (Position::Within, Some(&l))
                            if matches!(self.tree.node(l).kind, Kind::Chapter | Kind::Section | Kind::Part) =>
                        {
                            // 在第二章中增加一条: at the end of that chapter
                            let at = self.tree.node(l).children.len();
                            self.tree.move_to(id, l, at);
                        }
                        _ if sub.is_some() => {
                            // 作为第X条之一: right after article X and its earlier 之N
                            let anchor = nodes::articles(&self.tree)
                                .into_iter()
                                .find(|&a| self.tree.node(a).number == Some(num));
                            match anchor {
                                Some(a) => {
                                    let (parent, idx) = nodes::position(&self.tree, a);
                                    self.tree.move_to(id, parent, idx + 1);
                                }
                                None => self.deferred.push((id, num, None)),
                            }
                        }
                        _ => self.deferred.push((id, num, None)),
                    }
                    let after = self.subtree_text(id);
                    self.changes.push(self.change(ins, op, id, String::new(), after));
                }
                Ok(OpReport {
                    op: name,
                    summary: format!(
                        "增加第{}条",
                        numbers.iter().map(|n| crate::text::numerals::format(*n)).collect::<Vec<_>>().join("、")
                    ),
                    count: groups.len(),
                })
            }
            UnitKind::Paragraph | UnitKind::Item => {
                let t = targets.first().copied().ok_or_else(|| {
                    self.err(ins, op, ErrorKind::NoSuchNode, None, "增加一款: in which article?".into())
                })?;
                let tkind = self.tree.node(t).kind;
                let (kind_node, parent, index) = match (kind, position, tkind) {
                    (UnitKind::Paragraph, Position::Within | Position::AtNumber, Kind::Article) => (
                        Kind::Paragraph,
                        t,
                        nodes::index_of_nth(&self.tree, t, Kind::Paragraph, first_number as usize - 1),
                    ),
                    (UnitKind::Paragraph, Position::After | Position::Before, Kind::Paragraph)
                    | (UnitKind::Item, Position::After | Position::Before, Kind::Item) => {
                        let parent = self.tree.node(t).parent.expect("not the root");
                        let k = if tkind == Kind::Paragraph { Kind::Paragraph } else { Kind::Item };
                        (k, parent, nodes::insertion_index(&self.tree, t, position == Position::After))
                    }
                    (UnitKind::Item, Position::Within | Position::AtNumber, Kind::Paragraph) => {
                        (Kind::Item, t, nodes::index_of_nth(&self.tree, t, Kind::Item, first_number as usize - 1))
                    }
                    _ => {
                        return Err(self.err(
                            ins,
                            op,
                            ErrorKind::Unsupported,
                            self.tree.node(t).orig_path.clone(),
                            format!("增加{} into {}", kind.chinese(), self.tree.node(t).path()),
                        ));
                    }
                };
                // inserting after the last line of the parent: the old last line gives its trail
                let kids = self.tree.node(parent).children.clone();
                let at_end = kids[index.min(kids.len())..].iter().all(|&c| self.tree.node(c).deleted);
                let para_trail = self.tree.para_trail.clone();
                let last_trail = if at_end {
                    let last = self.tree.last_line(parent);

                    std::mem::replace(&mut self.tree.node_mut(last).trail, para_trail.clone())
                } else {
                    para_trail.clone()
                };
                let mut ids = Vec::new();
                for (i, p) in paragraphs.iter().enumerate() {
                    let tr = if i + 1 == paragraphs.len() { last_trail.as_str() } else { para_trail.as_str() };
                    let line_kind = if kind_node == Kind::Item { Kind::Item } else { Kind::Paragraph };
                    ids.push(self.tree.insert(parent, index + i, nodes::new_line(line_kind, p, tr)));
                }
                // each new unit starts a line; declare the numbers of those that are units
                let mut k = 0;
                for &id in &ids {
                    let is_unit = kind_node == Kind::Paragraph
                        || crate::document::classify(&self.tree.node(id).line()).kind
                            == crate::document::LineKind::Item;
                    let is_sub_item = kind_node == Kind::Paragraph
                        && crate::document::classify(&self.tree.node(id).line()).kind
                            == crate::document::LineKind::Item;
                    if is_unit && !is_sub_item && k < numbers.len().max(count as usize) {
                        let num = numbers.get(k).copied().unwrap_or(first_number + k as u32);
                        self.tree.node_mut(id).declared = Some((kind, num, ins.id.clone(), op.pos));
                        k += 1;
                    }
                }
                let after = ids.iter().map(|&i| self.tree.node(i).line()).collect::<Vec<_>>().join("\n");
                self.changes.push(self.change(ins, op, ids[0], String::new(), after));
                Ok(OpReport {
                    op: name,
                    summary: format!(
                        "{}增加{}",
                        self.tree.node(t).path(),
                        numbers
                            .iter()
                            .map(|n| format!("第{}{}", crate::text::numerals::format(*n), kind.chinese()))
                            .collect::<Vec<_>>()
                            .join("、")
                    ),
                    count: ids.len(),
                })
            }
            UnitKind::Chapter | UnitKind::Section | UnitKind::Part | UnitKind::Point => {
                // the quotation holds the heading line and what comes under it (articles, items)
                let anchor = match (position, targets.first()) {
                    (Position::After | Position::Before, Some(&t)) => t,
                    _ => {
                        return Err(self.err(
                            ins,
                            op,
                            ErrorKind::Unsupported,
                            None,
                            format!("增加一{}: say after or before which unit (在第X条后…)", kind.chinese()),
                        ));
                    }
                };
                let parent = self.tree.node(anchor).parent.expect("not the root");
                let at = nodes::insertion_index(&self.tree, anchor, position == Position::After);
                let tops = nodes::lines_to_nodes(&self.tree, paragraphs);
                let mut ids = Vec::new();
                for (i, n) in tops.into_iter().enumerate() {
                    ids.push(nodes::insert_built(&mut self.tree, parent, at + i, n));
                }
                if let Some(&first) = ids.first() {
                    self.tree.node_mut(first).declared = Some((kind, first_number, ins.id.clone(), op.pos));
                }
                let after = ids.iter().map(|&i| self.subtree_text(i)).collect::<Vec<_>>().join("\n");
                self.changes.push(self.change(ins, op, ids[0], String::new(), after));
                Ok(OpReport {
                    op: name,
                    summary: format!("增加第{}{}", crate::text::numerals::format(first_number), kind.chinese()),
                    count: ids.len(),
                })
            }
            _ => Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!("增加一{}: amend does not insert this unit yet", kind.chinese()),
            )),
        }
    }
}
