//! Reshaping units: merging several into one (合并), splitting one into several (改为两条, 分为两款),
//! moving a unit to a place named by final numbers (改为第三十七条第三款), and taking a passage out
//! of a unit to make a unit of its own (将第一款中的“…”作为第四款).

use super::super::exec::{Engine, OpResult, Pending};
use super::super::locate;
use super::super::model::*;
use super::super::nodes;
use super::super::textops;
use super::super::tree::NodeId;
use super::insert::{article_groups, list};
use crate::document::Kind;
use crate::notice::{Instruction, Locator, Operation, Step, UnitKind};
use crate::text::numerals;

/// The node kind of a unit kind.
pub(in crate::apply) fn node_kind(k: UnitKind) -> Kind {
    match k {
        UnitKind::Part => Kind::Part,
        UnitKind::Chapter => Kind::Chapter,
        UnitKind::Section => Kind::Section,
        UnitKind::Article => Kind::Article,
        UnitKind::Paragraph => Kind::Paragraph,
        UnitKind::Item => Kind::Item,
        UnitKind::SubItem => Kind::SubItem,
        UnitKind::SubSubItem => Kind::SubSubItem,
        UnitKind::Point => Kind::Point,
        UnitKind::NaturalParagraph => Kind::Text,
    }
}

impl Engine<'_> {
    /// 将第十条、第二十五条合并，作为第十条 (the first keeps its place and takes the others' content) ·
    /// 将第七条第一款和第十条第二款合并，作为第十四条 (款 made into a new article, placed by its number) ·
    /// …合并，修改为：“…” (the result's new wording).
    #[allow(clippy::too_many_arguments)]
    /// Items merged whose new wording names no units keep each one's list (责任单位：…): which
    /// units the merged item has is not said, so two lists of one name are a warning.
    fn warn_two_lists(&mut self, ins: &Instruction, op: &Operation, merged: NodeId) {
        let mut names: Vec<String> = Vec::new();
        for c in self.tree.children(merged) {
            let n = self.tree.node(c);
            if n.kind != Kind::Units {
                continue;
            }
            let name = crate::document::units_name(n.label.as_deref().unwrap_or_default()).to_string();
            if names.contains(&name) {
                let path = self.tree.node(merged).path();
                self.warn(
                    ins,
                    op,
                    format!(
                        "{path} has two {name} lists after the merge, one from each unit merged; the new wording \
                         names no units: give them (…{name}：…) to say which it has"
                    ),
                );
                return;
            }
            names.push(name);
        }
    }

    /// 款 of one article joined without new wording (将第三条第一款和第二款合并为一款, 将第二款并入第一款):
    /// a 款 is whole sentences, so the later ones' text follows the first's, in the article's order,
    /// as one paragraph, words unchanged. Refused where that does not hold: 款 of different articles, a
    /// 款 whose items the next one's text would follow, a 款 that does not end with a sentence.
    pub(in crate::apply) fn join_paragraphs(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
    ) -> Result<NodeId, ApplyError> {
        let mut order: Vec<(usize, NodeId)> = Vec::new();
        for &t in targets {
            let (parent, i) = self.tree.index_in_parent(t).expect("a 款 has a parent");
            if Some(parent) != self.tree.node(targets[0]).parent {
                let message = format!(
                    "{} are joined without their new wording (修改为：“…”), but they are not 款 of one article: \
                     where the text goes is not said",
                    self.paths(targets)
                );
                return Err(self.err_at(ins, op, ErrorKind::Unsupported, t, message));
            }
            order.push((i, t));
        }
        order.sort();
        let first = order[0].1;
        for pair in order.windows(2) {
            let (t, next) = (pair[0].1, pair[1].1);
            let reason = if !self.tree.children(t).is_empty() {
                format!(
                    "{} has its items after its text, and the text of {} would follow them",
                    self.paths(&[t]),
                    self.paths(&[next])
                )
            } else if !self.tree.node(t).text.trim_end().ends_with(['。', '！', '？']) {
                format!(
                    "{} does not end with a sentence (。), so how {} joins it is not said",
                    self.paths(&[t]),
                    self.paths(&[next])
                )
            } else {
                continue;
            };
            let message =
                format!("{} are joined without their new wording (修改为：“…”): {reason}", self.paths(targets));
            return Err(self.err_at(ins, op, ErrorKind::Unsupported, t, message));
        }
        let before = self.subtree_text(first);
        for &(_, t) in &order[1..] {
            let gone = self.subtree_text(t);
            self.tree.join_text(first, t);
            self.changes.push(self.change(ins, op, t, gone, String::new()));
        }
        self.changes.push(self.change(ins, op, first, before, self.subtree_text(first)));
        Ok(first)
    }

    pub(in crate::apply) fn merge_nodes(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        number: Option<u32>,
        kind: Option<UnitKind>,
        paragraphs: &[String],
    ) -> OpResult {
        let first = targets[0];
        if let Some(&t) = targets[1..].iter().find(|&&t| self.tree.is_within(first, t)) {
            return Err(self.moved_under_itself(ins, op, t, first, "merged"));
        }
        if let Some(&t) = targets[1..].iter().find(|&&t| self.tree.is_within(t, first)) {
            return Err(self.moved_under_itself(ins, op, t, first, "merged"));
        }
        let result = kind.map(node_kind).unwrap_or(self.tree.node(first).kind);
        let same = targets.iter().all(|&t| self.tree.node(t).kind == result);
        let summary = format!("{}合并", self.paths(targets));
        if same {
            // units with text of their own (款, 项) joined without new wording: nothing says how
            // their texts join, and one would be lost
            if paragraphs.is_empty()
                && let Some(&t) = targets[1..].iter().find(|&&t| !self.tree.node(t).text.trim().is_empty())
                && matches!(result, Kind::Paragraph | Kind::Item | Kind::SubItem | Kind::Point)
            {
                if result == Kind::Paragraph {
                    self.join_paragraphs(ins, op, targets)?;
                    return Ok(OpReport { op: op.op.name(), summary, count: targets.len() });
                }
                return Err(self.err(
                    ins,
                    op,
                    ErrorKind::Unsupported,
                    Some(self.tree.node(t).path()),
                    format!(
                        "{} are merged without their new wording (修改为：“…”): how the text of {} joins {} is not said",
                        self.paths(targets),
                        self.tree.node(t).path(),
                        self.tree.node(first).path()
                    ),
                ));
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
            // the declared number first: the new wording's label (第六条　…) is checked against it
            if let Some(n) = number {
                let k = kind.unwrap_or(UnitKind::Article);
                self.tree.node_mut(first).declared = Some((k, n, ins.id.clone(), op.pos));
            }
            if !paragraphs.is_empty() {
                self.replace_node(ins, op, &[first], paragraphs)?;
            }
            self.warn_two_lists(ins, op, first);
            return Ok(OpReport { op: op.op.name(), summary, count: targets.len() });
        }
        if result != Kind::Article {
            return Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!("{} of different levels merged into a {}", self.paths(targets), result.chinese()),
            ));
        }
        // 款 (and articles) into a new article, placed where its number says
        let Some(n) = number else {
            return Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                "合并为一条 without the article's number".into(),
            ));
        };
        let like = self.article_of(first);
        let id = nodes::add_unplaced_article(&mut self.tree, Some(like), n, None);
        let para_trail = self.tree.para_trail.clone();
        let mut emptied = Vec::new();
        for &t in targets {
            let before = self.subtree_text(t);
            let parts: Vec<NodeId> = if self.tree.node(t).kind == Kind::Article {
                nodes::children_of(&self.tree, t, Kind::Paragraph)
            } else {
                vec![t]
            };
            for p in parts {
                let last = self.tree.last_line(p);
                if self.tree.node(last).trail.is_empty() {
                    self.tree.node_mut(last).trail = para_trail.clone();
                }
                let at = self.tree.node(id).children.len();
                let old = self.article_of(p);
                self.tree.move_to(p, id, at);
                // (the article the part leaves: taken before the move, never the new one)
                if !emptied.contains(&old) {
                    emptied.push(old);
                }
            }
            self.changes.push(self.change(ins, op, t, before, String::new()));
        }
        for a in emptied {
            if nodes::children_of(&self.tree, a, Kind::Paragraph).is_empty() {
                self.tree.delete(a);
            }
        }
        self.tree.node_mut(id).declared = Some((UnitKind::Article, n, ins.id.clone(), op.pos));
        self.deferred.push((id, n, None));
        if !paragraphs.is_empty() {
            self.replace_node(ins, op, &[id], paragraphs)?;
        }
        Ok(OpReport {
            op: op.op.name(),
            summary: format!("{summary}，作为第{}条", numerals::format(n)),
            count: targets.len(),
        })
    }

    /// 将第三条改为两条，作为第五条、第六条，修改为：“第五条 …”“第六条 …” · 将第一款分为两款，作为第一款、
    /// 第二款，修改为：… · 将第六项改为两项，作为第八项、第九项：“（八）…”“（九）…”. Without new wording
    /// (将第十四条改为两条，第一款、第二款作为…), the moves that follow say where each part goes.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::apply) fn split_node(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        count: u32,
        kind: UnitKind,
        numbers: &[u32],
        paragraphs: &[String],
    ) -> OpResult {
        let t = targets[0];
        let summary = format!("{}分为{}{}", self.tree.node(t).path(), numerals::count(count), kind.chinese());
        if paragraphs.is_empty() {
            // 将第十四条改为两条，第一款、第二款作为第十九条…: the moves of the same instruction say
            // where each part goes; without them nothing says it
            let steps = op.locators.first().map(|l| l.steps.clone()).unwrap_or_default();
            let followed = ins.ops.iter().any(|o| {
                matches!(
                    o.op,
                    crate::notice::Op::Move { .. }
                        | crate::notice::Op::MergeNodes { .. }
                        | crate::notice::Op::Renumber { .. }
                ) && o.locators.iter().any(|l| l.steps.len() > steps.len() && l.steps.starts_with(&steps))
            });
            if !followed {
                return Err(self.err_at(
                    ins,
                    op,
                    ErrorKind::Unsupported,
                    t,
                    format!("{summary} without the new wording or the places of its parts: which part goes where?"),
                ));
            }
            return Ok(OpReport {
                op: op.op.name(), summary: format!("{summary}（各部分的去处见下文）"), count: 0
            });
        }
        let paragraphs: Vec<String> = paragraphs.iter().map(|p| textops::as_document_text(p)).collect();
        let tkind = self.tree.node(t).kind;
        // the count the decision says (改为两条) against the parts its text gives
        let miscount = |e: &Self, what: String, given: usize| {
            e.err(ins, op, ErrorKind::NumberMismatch, None, format!("{what} but the text gives {given}"))
        };
        match (kind, tkind) {
            (UnitKind::Article, Kind::Article) => {
                let groups = article_groups(&paragraphs, count, numbers)
                    .map_err(|m| self.err(ins, op, ErrorKind::NumberMismatch, None, m))?;
                if groups.len() != count as usize {
                    return Err(miscount(self, format!("改为{}条", numerals::count(count)), groups.len()));
                }
                let before = self.subtree_text(t);
                nodes::replace_content(&mut self.tree, t, &groups[0].1);
                self.tree.node_mut(t).declared = Some((UnitKind::Article, groups[0].0, ins.id.clone(), op.pos));
                let mut prev = t;
                for (n, lines) in &groups[1..] {
                    let art = nodes::new_article(&self.tree, Some(t), *n, None);
                    let (parent, idx) = nodes::position(&self.tree, prev);
                    let id = self.tree.insert(parent, idx + 1, art);
                    let trail = self.tree.para_trail.clone();
                    nodes::add_paragraphs(&mut self.tree, id, 0, lines, &trail);
                    // (apart from the article before it as articles are: the last article of the
                    // text split in two gave its ending, a single line break, to the first part)
                    self.tree.fit_breaks(id);
                    self.tree.node_mut(id).declared = Some((UnitKind::Article, *n, ins.id.clone(), op.pos));
                    prev = id;
                }
                let after = groups.iter().map(|g| g.1.join("\n")).collect::<Vec<_>>().join("\n");
                self.changes.push(self.change(ins, op, t, before, after));
            }
            // 第八条修改为两款：“…”“…”: the article's new wording, in that many 款 (作为第八条第一款、
            // 第二款 numbers them as they will stand)
            (UnitKind::Paragraph, Kind::Article) if numbers.is_empty() || numbers.iter().copied().eq(1..=count) => {
                if paragraphs.len() != count as usize {
                    return Err(miscount(self, format!("修改为{}款", numerals::count(count)), paragraphs.len()));
                }
                return self.replace_node(ins, op, &[t], &paragraphs);
            }
            (UnitKind::Paragraph, Kind::Article) => {
                return Err(self.err_at(
                    ins,
                    op,
                    ErrorKind::NumberMismatch,
                    t,
                    format!(
                        "{summary}，作为第{}: an article's 款 are numbered from 第一款",
                        list(numbers, kind.chinese())
                    ),
                ));
            }
            (UnitKind::Paragraph, Kind::Paragraph) | (UnitKind::Item, Kind::Item) => {
                if paragraphs.len() != count as usize {
                    let what = format!("分为{}{}", numerals::count(count), kind.chinese());
                    return Err(miscount(self, what, paragraphs.len()));
                }
                let before = self.subtree_text(t);
                let kept = self.items_kept_by(op, t, &paragraphs);
                let ids = nodes::replace_content(&mut self.tree, t, &paragraphs);
                for (k, &id) in ids.iter().enumerate() {
                    if let Some(&n) = numbers.get(k) {
                        self.tree.node_mut(id).declared = Some((kind, n, ins.id.clone(), op.pos));
                    }
                }
                let after = ids.iter().map(|&i| self.tree.node(i).line()).collect::<Vec<_>>().join("\n");
                self.changes.push(self.change(ins, op, t, before, after));
                self.keep_items_under(ins, op, t, &kept, &ids);
            }
            _ => {
                return Err(self.err_at(
                    ins,
                    op,
                    ErrorKind::Unsupported,
                    t,
                    format!("{} cannot be split into {}", self.tree.node(t).path(), kind.chinese()),
                ));
            }
        }
        let summary = if numbers.is_empty() {
            summary
        } else {
            format!("{summary}，作为第{}", list(numbers, kind.chinese()))
        };
        Ok(OpReport { op: op.op.name(), summary, count: count as usize })
    }

    /// 将第一款中的“审计结果应当在物业管理区域内显著位置公告”作为第四款: the passage leaves its 款 (with
    /// the mark that closed it) and becomes a 款 of its own at the number given.
    #[allow(clippy::too_many_arguments)]
    pub(in crate::apply) fn move_text(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        text: &str,
        kind: UnitKind,
        number: u32,
    ) -> OpResult {
        let t = targets[0];
        if kind != UnitKind::Paragraph {
            return Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!("a passage made a {}", kind.chinese()),
            ));
        }
        let h = self.find_once(ins, op, t, text, "the passage to move must be one")?;
        let before = self.tree.node(h.node).line();
        let start = self.tree.node(h.node).text_offset();
        let r = textops::deletion_range_in(&before, h.range.clone(), start);
        let mark: String =
            before[h.range.end..r.end.max(h.range.end)].chars().filter(|c| "。；;".contains(*c)).collect();
        self.tree.edit_line(h.node, r.clone(), "");
        self.record(ins, op, h.node, before, r, 0);
        let article = self.article_of(t);
        // the passage becomes a sentence of its own: it keeps the mark it was quoted with, or takes the
        // one that closed it, or 。
        let passage = textops::as_document_text(text);
        let closing = if passage.ends_with(['。', '；', ';', '！', '？']) {
            ""
        } else if mark.is_empty() {
            "。"
        } else {
            mark.as_str()
        };
        let moved = format!("{passage}{closing}");
        let index = nodes::index_of_nth(&self.tree, article, Kind::Paragraph, number as usize - 1);
        let own_trail = self.tree.trail_for_insert(article, index);
        let id = self.tree.insert(article, index, nodes::new_line(&self.tree, Kind::Paragraph, &moved, &own_trail));
        self.tree.node_mut(id).declared = Some((UnitKind::Paragraph, number, ins.id.clone(), op.pos));
        self.changes.push(self.change(ins, op, id, String::new(), moved.clone()));
        Ok(OpReport {
            op: op.op.name(),
            summary: format!("{}作为第{}款", crate::apply::exec::q(text), numerals::format(number)),
            count: 1,
        })
    }

    /// Moves the units of a pending 改为第三十七条第三款 / 原第六项修改为第二款第一项 to their place, now
    /// that every article has its final number: a place that starts below the article (第二款第一项)
    /// is in the unit's own article.
    /// An article moved to the place its final number says (将第二条移至第四条之后，作为第四条):
    /// placed among the articles before they are numbered, as an inserted article is.
    pub(in crate::apply) fn move_article(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        number: u32,
        sub: Option<u32>,
    ) -> OpResult {
        let &[t] = targets else {
            return Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!("{} units moved to one place", targets.len()),
            ));
        };
        // 将第三条第二款移作第五条: the 款 becomes an article of its own, placed where its number says
        if self.tree.node(t).kind == Kind::Paragraph {
            let id = self.paragraph_made_article(ins, op, t, number, sub);
            self.deferred.push((id, number, None));
            return Ok(OpReport {
                op: op.op.name(),
                summary: format!("{}移作第{}条", self.tree.node(t).path(), crate::text::numerals::format(number)),
                count: 1,
            });
        }
        if self.tree.node(t).kind != Kind::Article {
            return Err(self.err_at(
                ins,
                op,
                ErrorKind::Unsupported,
                t,
                format!("{} cannot become an article", self.tree.node(t).path()),
            ));
        }
        let text = self.subtree_text(t);
        self.tree.node_mut(t).declared = Some((UnitKind::Article, number, ins.id.clone(), op.pos));
        // 移至第六条之后，作为第六条之一: it takes its 之一 label as a unit renumbered (改为) does, before
        // the articles are placed, and the gap it leaves is warned of with theirs
        if sub.is_some() {
            self.assigned.push((t, number, sub));
        }
        self.deferred.push((t, number, None));
        self.changes.push(self.change(ins, op, t, text.clone(), text));
        Ok(OpReport {
            op: op.op.name(),
            summary: format!(
                "{}移作第{}条{}",
                self.tree.node(t).path(),
                crate::text::numerals::format(number),
                sub.map(|s| format!("之{}", crate::text::numerals::format(s))).unwrap_or_default()
            ),
            count: 1,
        })
    }

    pub(in crate::apply) fn execute_move(&mut self, p: &Pending, dest: &[Step]) -> Result<(), ApplyError> {
        let (ins, op) = (&p.ins, &p.op);
        let last = *dest.last().expect("a place");
        let (k, n) = match last {
            Step::Paragraph(n) => (UnitKind::Paragraph, n),
            Step::Item(n) => (UnitKind::Item, n),
            Step::SubItem(n) => (UnitKind::SubItem, n),
            other => {
                return Err(self.err(ins, op, ErrorKind::Unsupported, None, format!("a unit moved to {other}")));
            }
        };
        let mut left: Vec<NodeId> = Vec::new();
        for &src in &p.sources {
            if self.tree.is_gone(src) {
                return Err(self.err_at(
                    ins,
                    op,
                    ErrorKind::NodeGone,
                    src,
                    format!("{} was deleted before it could be moved", self.tree.node(src).path()),
                ));
            }
            let parent_steps = &dest[..dest.len() - 1];
            // (a place that starts below an article, 第二款第一项, is in the unit's own article; one
            // that starts with an article, a point, a chapter or an attachment names itself)
            let relative = parent_steps
                .first()
                .is_some_and(|s| matches!(s, Step::Paragraph(..) | Step::Item(..) | Step::SubItem(..)));
            let parent = if !relative {
                if parent_steps.is_empty() {
                    self.tree.node(src).parent.expect("not the root")
                } else {
                    let loc = Locator { steps: parent_steps.to_vec(), ..Locator::new("", op.pos) };
                    locate::resolve_final(&self.tree, &loc).map_err(|e| self.err(ins, op, e.kind, e.path, e.message))?
                }
            } else {
                // 第二款第一项: inside the unit's own article
                let article = self.article_of(src);
                let number = self.tree.node(article).number.unwrap_or(0);
                let mut steps = vec![Step::Article(number, self.tree.node(article).sub_number)];
                steps.extend_from_slice(parent_steps);
                let loc = Locator { steps, ..Locator::new("", op.pos) };
                locate::resolve_final(&self.tree, &loc).map_err(|e| self.err(ins, op, e.kind, e.path, e.message))?
            };
            // 将第三条改为第三条第一款: a unit made a part of itself would leave the tree with it
            if self.tree.is_within(parent, src) {
                return Err(self.moved_under_itself(ins, op, src, parent, "moved"));
            }
            // 第八条第三项: the item goes into the 款 that holds 第八条's items
            let parent = if k == UnitKind::Item && self.tree.node(parent).kind == Kind::Article {
                locate::list_parent(&self.tree, parent, &last)
            } else {
                parent
            };
            // a policy text whose items run on through its points: an item's number is a place in that
            // run (将第二十四项移至第二十二项之后，作为第二十三项: after （二十二）, in its point), in the
            // point named if one is (移至第八部分，作为第二十三项)
            let named = !parent_steps.is_empty();
            // (a unit of another kind made an item is refused below)
            let running = (k == UnitKind::Item)
                .then(|| nodes::running_place(&self.tree, src, n))
                .flatten()
                .filter(|&(p, _)| !named || self.tree.is_within(p, parent));
            let parent = running.map_or(parent, |(p, _)| p);
            let skind = self.tree.node(src).kind;
            let before = self.subtree_text(src);
            let movers: Vec<NodeId> = if skind == Kind::Article && k == UnitKind::Paragraph {
                // an article made 款 of another: its 款 go there
                nodes::children_of(&self.tree, src, Kind::Paragraph)
            } else if skind == node_kind(k) {
                vec![src]
            } else {
                return Err(self.err_at(
                    ins,
                    op,
                    ErrorKind::Unsupported,
                    src,
                    format!("{} cannot become a {}", self.tree.node(src).path(), k.chinese()),
                ));
            };
            for (i, m) in movers.iter().enumerate() {
                // (the unit's article, which a 款 leaving may leave empty: below)
                left.push(self.article_of(*m));
                // to the place its number says, in its own list too (将第三项移至第一项之后，作为第二项); one
                // that stands there already is put back where it was (第二款第三项改为第二款第二项 after
                // 第二项 is deleted)
                self.detach_marks(ins, op, *m);
                let index = match running {
                    Some((_, at)) => at,
                    None => nodes::index_of_nth_without(&self.tree, parent, node_kind(k), n as usize - 1 + i, Some(*m)),
                };
                self.tree.move_to(*m, parent, index);
                self.tree.node_mut(*m).declared = Some((k, n + i as u32, ins.id.clone(), op.pos));
                if k == UnitKind::Item {
                    self.fit_moved_item(ins, op, *m);
                }
            }
            if skind == Kind::Article && k == UnitKind::Paragraph {
                self.tree.delete(src);
            }
            let after = self.subtree_text(parent);
            self.changes.push(self.change(ins, op, src, before, after));
        }
        // an article whose 款 all went elsewhere is gone, as when its 款 are merged away (its label
        // stayed behind, on a line of its own before the next article)
        for a in left {
            if self.tree.node(a).kind == Kind::Article
                && !self.tree.is_gone(a)
                && nodes::children_of(&self.tree, a, Kind::Paragraph).is_empty()
            {
                self.tree.delete(a);
            }
        }
        Ok(())
    }
}
