//! Operations on units as a whole: replacing, deleting and inserting 条/款/项 and divisions,
//! their headings, merging and folding units.

use super::super::exec::{Engine, OpResult, q};
use super::super::locate;
use super::super::model::*;
use super::super::nodes;
use super::super::textops;
use super::super::tree::NodeId;
use crate::document::{Kind, LineKind, classify};
use crate::notice::{Instruction, Locator, Operation, Step, UnitKind};
use crate::text::without_blanks;

impl Engine<'_> {
    /// The new text of unit `t`'s own line, given with its label or without (“一、主要任务如下：” or
    /// “主要任务如下：” for 一、): the text after the label. The label of another unit of its kind
    /// (二、 for 一's line) is refused: which is meant is not said.
    fn without_own_label(&self, ins: &Instruction, op: &Operation, t: NodeId, new: &str) -> Result<String, ApplyError> {
        let c = classify(new);
        let label = self.tree.node(t).label.as_deref().unwrap_or_default().to_string();
        match c.label {
            Some(l) if without_blanks(l) == without_blanks(&label) => Ok(c.text.to_string()),
            Some(l) if c.kind == classify(&label).kind => {
                let path = self.tree.node(t).path();
                let message = format!(
                    "the new wording of {} begins with {l}, but the line is {path}'s own ({label}): give it without \
                     the label, or renumber {path}",
                    op.locators[0].written
                );
                Err(self.err(ins, op, ErrorKind::NumberMismatch, Some(path), message))
            }
            _ => Ok(new.to_string()),
        }
    }

    pub(in crate::apply) fn replace_node(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        paragraphs: &[String],
    ) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let mut paragraphs: Vec<String> = paragraphs.iter().map(|p| textops::as_document_text(p)).collect();
        // 第一点第一段 that is the point's own line: the line's text is replaced (its label, written
        // again or not, stays), and what stands under it stays; more paragraphs follow it there
        if let ([t], [first, more @ ..]) = (targets, &paragraphs[..])
            && self.names_own_line(op, *t)
        {
            let t = *t;
            let new = self.without_own_label(ins, op, t, first)?;
            let before = self.tree.node(t).line();
            let off = self.tree.node(t).text_offset();
            let len = self.tree.node(t).text.len();
            self.tree.edit_line(t, off..off + len, &new);
            self.record(ins, op, t, before, off..off + len, new.len());
            // (the trail is taken from the unit's last line only when a paragraph follows it there)
            if !more.is_empty() {
                let trail = self.tree.trail_for_insert(t, 0);
                for id in nodes::add_paragraphs(&mut self.tree, t, 0, more, &trail) {
                    let after = self.tree.node(id).line();
                    self.changes.push(self.change(ins, op, id, String::new(), after));
                }
            }
            return report(format!("{}修改为{}", op.locators[0].written, q(&paragraphs.join(""))), paragraphs.len());
        }
        // the new wording of an article may begin with its label (“第五十二条物业保修金…”): the label
        // must be the article's number, and is not written twice
        if let Some(&t) = targets.first()
            && let Some((n, rest)) = super::insert::article_label(&paragraphs[0])
        {
            let article = self.article_of(t);
            if self.tree.node(article).kind == Kind::Article {
                let a = self.tree.node(article);
                let expected = match &a.declared {
                    Some((UnitKind::Article, d, ..)) => *d,
                    _ => a.number.unwrap_or(0),
                };
                if n != expected {
                    return Err(self.err(
                        ins,
                        op,
                        ErrorKind::NumberMismatch,
                        a.orig_path.clone(),
                        format!(
                            "the new wording begins with 第{}条, but the article is 第{}条",
                            crate::text::numerals::format(n),
                            crate::text::numerals::format(expected)
                        ),
                    ));
                }
                paragraphs[0] = rest.to_string();
            }
        }
        // 将第三条第一款修改为：“…下列工作：”: a new wording that ends with ： and gives no items, for a
        // unit whose lines are its lead-in and its items, is the lead-in's (a lead-in introduces
        // what follows it); said in a warning, as the decision could have meant the items to go
        let named_lead = op.locators.iter().any(|l| l.steps.last() == Some(&Step::Lead));
        let lead_only = match (targets, &paragraphs[..]) {
            ([t], [p]) if !named_lead && p.ends_with(['：', ':']) && classify(p).kind != LineKind::Item => {
                // (an article of one 款: that 款's)
                let holder = match self.tree.children(*t)[..] {
                    [k] if self.tree.node(*t).kind == Kind::Article && self.tree.node(k).kind == Kind::Paragraph => k,
                    _ => *t,
                };
                let kids = self.tree.children(holder);
                let items = |c: &NodeId| self.tree.node(*c).kind == Kind::Item;
                (kids.iter().any(items) && kids.iter().all(items)).then_some(holder)
            }
            _ => None,
        };
        if lead_only.is_some() {
            self.warn(
                ins,
                op,
                format!(
                    "the new wording of {} ends with ： and gives no items: amend replaced the lead-in and kept the \
                     items under it (删去 them, or give them in the new wording, to say otherwise)",
                    self.tree.node(targets[0]).path()
                ),
            );
        }
        // a new wording that ends with ： and gives no items where there is no such lead-in to take it
        // (an article of two 款): it introduces nothing
        let bare = paragraphs.last().is_some_and(|p| p.ends_with(['：', ':']))
            && !paragraphs.iter().any(|p| classify(p).kind == LineKind::Item);
        // (in several paragraphs, for such a unit, the last is the lead-in: below)
        let kept = match targets {
            [t] => self.items_kept_by(op, *t, &paragraphs),
            _ => Vec::new(),
        };
        if lead_only.is_none()
            && kept.is_empty()
            && !named_lead
            && bare
            && let [t] = targets
            && matches!(
                self.tree.node(*t).kind,
                Kind::Article | Kind::Paragraph | Kind::Item | Kind::SubItem | Kind::SubSubItem
            )
        {
            let message = format!(
                "the new wording of {} ends with ： and gives no items: its wording introduces nothing",
                self.tree.node(*t).path()
            );
            self.warn(ins, op, message);
        }
        // the new wording of an attachment may begin with its label line (“附件2”“收费标准”…): the
        // label is not written twice; a wording that is the label alone leaves nothing under it
        if let [t] = targets
            && self.tree.node(*t).kind == Kind::Attachment
            && let Some(label) = self.tree.node(*t).label.as_deref()
            && without_blanks(&paragraphs[0]) == without_blanks(label)
        {
            if paragraphs.len() == 1 {
                let path = self.tree.node(*t).path();
                let message = format!(
                    "the new wording of {path} is its label line alone ({label}): nothing would be left under it; \
                     删除{path} to delete it, or give its new text"
                );
                return Err(self.err(ins, op, ErrorKind::EmptiedUnit, Some(path), message));
            }
            paragraphs.remove(0);
        }
        // 条首部分修改为: the lead-in line only, its items stay; a closing ：keeps its place
        if lead_only.is_some() || named_lead {
            let t = lead_only.unwrap_or(targets[0]);
            // a lead-in introduces a list: a unit without items has none to replace
            if !self.tree.children(t).into_iter().any(|c| self.tree.node(c).kind == Kind::Item) {
                return Err(self.err(
                    ins,
                    op,
                    ErrorKind::NoSuchNode,
                    Some(self.tree.node(t).path()),
                    format!(
                        "{}: {} has no items, so it has no lead-in before them to replace",
                        op.locators[0].written,
                        self.tree.node(t).path()
                    ),
                ));
            }
            let before = self.tree.node(t).line();
            let old_end = self.tree.node(t).text.chars().last();
            // a point's lead-in is its own line: its label, written again, is not written twice
            let mut new = self.without_own_label(ins, op, t, &paragraphs.join(""))?;
            if let Some(c @ ('：' | ':' | '。' | '；')) = old_end
                && !new.ends_with(['：', ':', '。', '；'])
            {
                new.push(c);
            }
            // a label line with no text (“第二条” over its items) is parted from its new text by the
            // blank the line ends with (“第二条　”: it stayed after the new text), else as the
            // document's other articles are (it ran into the label: 第二条申请…)
            let node = self.tree.node(t);
            if node.text.is_empty() && node.sep.is_empty() && node.label.is_some() {
                let trail = node.trail.to_string();
                let rest = trail.trim_start_matches([' ', '　', '\t']);
                let own = &trail[..trail.len() - rest.len()];
                let sep = if own.is_empty() {
                    let mut seps = self.tree.all(node.kind).into_iter().map(|a| self.tree.node(a).sep.clone());
                    seps.find(|s| !s.is_empty()).map_or_else(|| "　".to_string(), |s| s.to_string())
                } else {
                    own.to_string()
                };
                new.insert_str(0, &sep);
                self.tree.node_mut(t).trail = rest.to_string().into();
            }
            let off = self.tree.node(t).text_offset();
            let len = self.tree.node(t).text.len();
            self.tree.edit_line(t, off..off + len, &new);
            self.record(ins, op, t, before, off..off + len, new.len());
            return report(format!("{}条首部分修改为{}", self.paths(targets), q(new.trim_start())), 1);
        }
        let paragraphs = &paragraphs;
        // as many texts as units: each its own (分别修改为); else the first unit takes them all and
        // the others go (one unit made of two)
        let pairs: Vec<(NodeId, Vec<String>)> = if targets.len() == paragraphs.len() {
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
                self.tree.delete_unit(t);
                self.changes.push(self.change(ins, op, t, before, String::new()));
                continue;
            }
            if self.tree.node(t).kind == Kind::Header {
                return Err(self.err(ins, op, ErrorKind::Unsupported, None, "the header cannot be replaced".into()));
            }
            let ids = nodes::replace_content(&mut self.tree, t, &paras);
            let after = ids.iter().map(|&i| self.tree.node(i).line()).collect::<Vec<_>>().join("\n");
            self.changes.push(self.change(ins, op, t, before, after));
            self.keep_items_under(ins, op, t, &kept, &ids);
        }
        report(format!("{}修改为{}", self.paths(targets), q(&paragraphs.join(""))), paragraphs.len())
    }

    /// 将第三条第一款修改为两款：“…。”“…下列材料：”: a new wording in several paragraphs whose last
    /// ends with ： and which gives no items, for a unit whose lines are a lead-in and its items (a 款,
    /// or an article of one 款), makes its last paragraph the items' new lead-in, as a new wording
    /// of one paragraph does. These are the items that stay (none where the rule does not hold).
    pub(in crate::apply) fn items_kept_by(&self, op: &Operation, t: NodeId, paragraphs: &[String]) -> Vec<NodeId> {
        let named_lead = op.locators.iter().any(|l| l.steps.last() == Some(&Step::Lead));
        let ends_open = paragraphs.last().is_some_and(|p| p.ends_with(['：', ':']));
        if named_lead
            || paragraphs.len() < 2
            || !ends_open
            || paragraphs.iter().any(|p| classify(p).kind == LineKind::Item)
        {
            return Vec::new();
        }
        let holder = match (self.tree.node(t).kind, &self.tree.children(t)[..]) {
            (Kind::Article, [k]) if self.tree.node(*k).kind == Kind::Paragraph => *k,
            (Kind::Paragraph, _) => t,
            _ => return Vec::new(),
        };
        let kids = self.tree.children(holder);
        let all_items = !kids.is_empty() && kids.iter().all(|&c| self.tree.node(c).kind == Kind::Item);
        if all_items { kids } else { Vec::new() }
    }

    /// Puts the `items` that a new wording kept (`items_kept_by`) under the last of the new
    /// paragraphs `ids` of `t`, and says so.
    pub(in crate::apply) fn keep_items_under(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        t: NodeId,
        items: &[NodeId],
        ids: &[NodeId],
    ) {
        let Some(&lead) = ids.last() else { return };
        if items.is_empty() {
            return;
        }
        // the lead-in's line break is the old lead-in's, not the end of the unit's last item
        let holder = self.tree.node(items[0]).parent.expect("an item has its 款");
        self.tree.node_mut(lead).trail = self.tree.node(holder).trail.clone();
        for (i, &item) in items.iter().enumerate() {
            self.tree.move_to(item, lead, i);
        }
        let message = format!(
            "the new wording of {} ends with ： and gives no items: amend made its last 款 the lead-in and kept \
             the items under it (删去 them, or give them in the new wording, to say otherwise)",
            self.tree.node(t).path()
        );
        self.warn(ins, op, message);
    }

    pub(in crate::apply) fn delete_node(&mut self, ins: &Instruction, op: &Operation, targets: &[NodeId]) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        if let Some(&t) = targets.iter().find(|&&t| self.names_own_line(op, t)) {
            let path = self.tree.node(t).path();
            let message = format!(
                "{} is {path}'s own line ({}): deleting it would leave the label without text; delete {path} \
                 whole, or give the line a new wording",
                op.locators[0].written,
                self.tree.node(t).line()
            );
            return Err(self.err_at(ins, op, ErrorKind::EmptiedUnit, t, message));
        }
        for &t in targets {
            let before = self.subtree_text(t);
            self.note_list_end(ins, op, t);
            self.tree.delete_unit(t);
            self.changes.push(self.change(ins, op, t, before, String::new()));
        }
        // 删去第五条第一款、第二款 where those are all 第五条 says: its label would be left alone, and
        // run into the next article's line. A unit goes only when the decision names it.
        for &t in targets {
            let Some(a) = self.tree.node(t).parent else { continue };
            if self.tree.node(a).kind == Kind::Article && !self.tree.is_gone(a) && self.is_bare(a) {
                let say = format!("删去{}", self.tree.node(a).path());
                return Err(self.emptied(ins, op, a, &self.paths(targets), &say));
            }
        }
        report(format!("删去{}", self.paths(targets)), targets.len())
    }

    /// Before an item leaves its list: when it is the list's last item, the list's closing mark
    /// (。) is kept for the item that becomes last (the published texts do so). An item that opens
    /// 目 (…包括：) closes the list with its last 目's mark.
    pub(in crate::apply) fn note_list_end(&mut self, ins: &Instruction, op: &Operation, t: NodeId) {
        let n = self.tree.node(t);
        if !n.kind.is_list_member() {
            return;
        }
        let Some(parent) = n.parent else { return };
        let last = self.tree.children(parent).into_iter().rfind(|&c| self.tree.node(c).kind == n.kind);
        if last == Some(t)
            && let Some(m @ ('。' | '.')) = self.closing_mark(t)
        {
            self.list_ends.push((parent, m, ins.id.clone(), op.pos));
        }
    }

    /// The mark that ends an item: that of its text, or, for an item that opens 目 (…包括：), that
    /// of its last 目.
    pub(in crate::apply) fn closing_mark(&self, item: NodeId) -> Option<char> {
        let end = |id: NodeId| self.tree.node(id).text.chars().last();
        match end(item) {
            Some('：' | ':') => end(self.tree.last_line(item)),
            m => m,
        }
    }

    /// Gives an item's closing ； or 。 as `mark` (no change when it ends otherwise, or already so).
    pub(in crate::apply) fn set_item_end(&mut self, ins: &Instruction, op: &Operation, item: NodeId, mark: char) {
        let text = &self.tree.node(item).text;
        let Some(c @ ('；' | '。')) = text.chars().last() else { return };
        if c == mark {
            return;
        }
        let before = self.tree.node(item).line();
        let off = self.tree.node(item).text_offset() + text.len() - c.len_utf8();
        self.tree.edit_line(item, off..off + c.len_utf8(), &mark.to_string());
        self.record(ins, op, item, before, off..off + c.len_utf8(), mark.len_utf8());
        self.end_marks.push((item, c, mark));
    }

    /// Whether the list of `kind` under `parent` (`but` left out) closes each item with ； and the
    /// list with 。, as a law's 项 do: an item before the last ends with ；. A list whose items before
    /// the last end with 。 is not: its items are sentences (a policy document's （一）（二）, or a
    /// law's list where an item holds a full stop, whose items all end with 。, as drafting
    /// conventions write them). Where no item says (one item, or items ending with ：), a law's
    /// list is and a policy document's is not.
    pub(in crate::apply) fn semicolon_list(&self, parent: NodeId, kind: Kind, but: Option<NodeId>) -> bool {
        let items: Vec<NodeId> = self
            .tree
            .children(parent)
            .into_iter()
            .filter(|&c| Some(c) != but && self.tree.node(c).kind == kind && !self.tree.node(c).deleted)
            .collect();
        let Some((_, rest)) = items.split_last() else { return false };
        let ends = |m: &[char]| rest.iter().any(|&c| self.tree.node(c).text.ends_with(m));
        ends(&['；', ';']) || !ends(&['。']) && self.tree.family == crate::document::Family::Law
    }

    /// An item moved into a list takes the list's marks: ； inside it, and the list's closing 。 when
    /// it comes last (the item that was last then takes ；). The list it left closes with 。 again
    /// (`note_list_end`).
    pub(in crate::apply) fn fit_moved_item(&mut self, ins: &Instruction, op: &Operation, item: NodeId) {
        let kind = self.tree.node(item).kind;
        let Some(parent) = self.tree.node(item).parent else { return };
        let items: Vec<NodeId> =
            self.tree.children(parent).into_iter().filter(|&c| self.tree.node(c).kind == kind).collect();
        let Some(at) = items.iter().position(|&c| c == item) else { return };
        let closes = |e: &Self, c: NodeId| e.closing_mark(c) == Some('。');
        if !self.semicolon_list(parent, kind, Some(item)) {
            // a list whose items end each with 。 (sentences, or a policy document's items)
            self.set_item_end(ins, op, item, '。');
        } else if at + 1 == items.len() {
            if at > 0 && closes(self, items[at - 1]) {
                self.set_item_end(ins, op, items[at - 1], '；');
                self.set_item_end(ins, op, item, '。');
            }
        } else {
            // inside a list whose items end with ； (or a law's list of one item, which says nothing
            // and is such a list): it may have been the last of its list, which keeps its 。
            self.set_item_end(ins, op, item, '；');
        }
    }

    /// The lists whose last item went end with the mark that closed them: the new last item's ；
    /// becomes 。.
    pub(in crate::apply) fn close_lists(&mut self) {
        for (parent, mark, ins, _) in std::mem::take(&mut self.list_ends) {
            if self.tree.is_gone(parent) {
                continue;
            }
            let last = self.tree.children(parent).into_iter().rfind(|&c| self.tree.node(c).kind.is_list_member());
            let Some(last) = last else { continue };
            let text = self.tree.node(last).text.clone();
            if let Some(c @ ('；' | ';')) = text.chars().last() {
                let before = self.tree.node(last).line();
                let off = self.tree.node(last).text_offset() + text.len() - c.len_utf8();
                self.tree.edit_line(last, off..off + c.len_utf8(), &mark.to_string());
                self.changes.push(Change {
                    instruction: ins.clone(),
                    op: "delete_node",
                    path: self.tree.node(last).path(),
                    before,
                    after: self.tree.node(last).line(),
                    range: off..off + c.len_utf8(),
                    new_range: off..off + mark.len_utf8(),
                });
            }
        }
    }

    /// A lead-in (…包括：) whose items were all deleted introduces nothing: the decision has left
    /// its text to say so, and a warning names it.
    pub(in crate::apply) fn warn_bare_lead_ins(&mut self) {
        for id in self.tree.subtree(self.tree.root) {
            let n = self.tree.node(id);
            let listed = |c: &NodeId| self.tree.node(*c).kind.is_list_member();
            if n.text.trim_end().ends_with(['：', ':'])
                && n.children.iter().any(|c| listed(c) && self.tree.node(*c).deleted)
                && !self.tree.children(id).iter().any(listed)
            {
                // the instruction that deleted the last of them
                let by = self.last_cause(&n.children);
                let (instruction, pos) = by.unwrap_or_else(|| ("（列举）".into(), Default::default()));
                self.warnings.push(Warning {
                    instruction,
                    pos,
                    message: format!(
                        "{} ends with ： and every item it introduced is deleted: its wording introduces nothing",
                        n.path()
                    ),
                });
            }
        }
    }

    /// Of the instructions that last deleted, moved or added into `units`, the one latest in the
    /// notice (what a warning about all of them is placed at).
    fn last_cause(&self, units: &[NodeId]) -> Option<(String, crate::notice::Pos)> {
        units.iter().filter_map(|&u| self.tree.node(u).renumbered_by.clone()).max_by_key(|(_, pos)| pos.offset)
    }

    /// A 编, 章 or 节 whose articles were all deleted, one by one, holds nothing: its heading stays
    /// (the decision did not delete it, 删去第三章 would), and a warning names it. So does a policy
    /// text's point left with nothing under its heading once its items are deleted.
    pub(in crate::apply) fn warn_empty_divisions(&mut self) {
        for id in self.tree.subtree(self.tree.root) {
            let n = self.tree.node(id);
            let (unit, what) = match n.kind {
                k if k.is_division() => (Kind::Article, "article"),
                Kind::Point => (Kind::Item, "item"),
                _ => continue,
            };
            // every unit it held, deleted ones included (the tree keeps them, marked)
            let mut held = Vec::new();
            let mut stack = n.children.clone();
            while let Some(c) = stack.pop() {
                match self.tree.node(c).kind {
                    k if k == unit => held.push(c),
                    k if k.is_division() => stack.extend(self.tree.node(c).children.iter().copied()),
                    _ => {}
                }
            }
            let nothing_else = unit == Kind::Article || self.tree.children(id).is_empty();
            if held.is_empty() || held.iter().any(|&a| !self.tree.is_gone(a)) || !nothing_else {
                continue;
            }
            let (instruction, pos) = self.last_cause(&held).unwrap_or_default();
            self.warnings.push(Warning {
                instruction,
                pos,
                message: format!(
                    "{} holds no {what} once its {what}s are deleted: its heading stays (deleting it whole, as 删去第三章 \
                     does, would take it too)",
                    n.path()
                ),
            });
        }
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
        let mut t = targets[0];
        // 将附件1名称修改为“…” (标题): an attachment's name is the title line under its label
        if self.tree.node(t).kind == Kind::Attachment {
            let titles: Vec<NodeId> =
                self.tree.subtree(t).into_iter().filter(|&i| self.tree.node(i).kind == Kind::Title).collect();
            match titles[..] {
                [title] => {
                    // the list of attachments in the main text (附件：1.…) names it too: said, not changed
                    let old = self.tree.node(title).text.to_string();
                    let listed = self.tree.all(Kind::AttachmentList).into_iter().flat_map(|l| self.tree.subtree(l));
                    for l in listed.filter(|&l| self.tree.node(l).line().contains(&old)).collect::<Vec<_>>() {
                        let path = self.tree.node(l).path();
                        self.warn(
                            ins,
                            op,
                            format!("{path} still names the attachment “{old}”: the decision does not change it"),
                        );
                    }
                    t = title;
                }
                _ => {
                    let path = self.tree.node(t).path();
                    return Err(self.err_at(
                        ins,
                        op,
                        ErrorKind::NoSuchNode,
                        t,
                        format!("{path} has no title line under its label (附件1⏎…名称…) to rename"),
                    ));
                }
            }
        }
        if !matches!(
            self.tree.node(t).kind,
            Kind::Part | Kind::Chapter | Kind::Section | Kind::Point | Kind::Item | Kind::Title
        ) {
            return Err(self.err_at(
                ins,
                op,
                ErrorKind::Unsupported,
                t,
                "only 编/章/节, a point's heading line, an item's heading, an attachment's title and the document's \
                 title have a name to replace"
                    .into(),
            ));
        }
        // the title (a Markdown heading's # is its line's lead, not its text)
        if self.tree.node(t).kind == Kind::Title {
            let before = self.tree.node(t).line();
            let off = self.tree.node(t).text_offset();
            let len = self.tree.node(t).text.len();
            self.tree.edit_line(t, off..off + len, heading);
            self.record(ins, op, t, before, off..off + len, heading.len());
            return report(format!("名称修改为{}", q(heading)), 1);
        }
        // the new heading quoted with the unit's label (修改为“二、推进试点示范工程”): the label stays
        // the unit's, and must be the one it has
        let class = crate::document::classify(heading);
        let heading = match class.label {
            Some(label)
                if matches!(
                    (class.kind, self.tree.node(t).kind),
                    (LineKind::Part, Kind::Part)
                        | (LineKind::Chapter, Kind::Chapter)
                        | (LineKind::Section, Kind::Section)
                        | (LineKind::Point, Kind::Point)
                        | (LineKind::Item, Kind::Item)
                ) && class.number.is_some()
                    && !class.text.is_empty() =>
            {
                if class.number != self.tree.node(t).number {
                    return Err(self.err_at(
                        ins,
                        op,
                        ErrorKind::NumberMismatch,
                        t,
                        format!(
                            "the new heading {} is labelled {label}, and the unit is {}",
                            q(heading),
                            self.tree.node(t).path()
                        ),
                    ));
                }
                class.text
            }
            // a label and no name (修改为“第二章”): there is no name to give
            Some(label) if class.text.trim().is_empty() => {
                return Err(self.err_at(
                    ins,
                    op,
                    ErrorKind::HeadingMismatch,
                    t,
                    format!("the new heading {} is a label alone ({label}): it gives no name", q(heading)),
                ));
            }
            // quoted with the label of another kind of unit (“（二）加强保障” for 二、, “1.加强保障”):
            // which is meant is not said
            Some(label) => {
                return Err(self.err_at(
                    ins,
                    op,
                    ErrorKind::HeadingMismatch,
                    t,
                    format!(
                        "the new heading {} is labelled {label}, which is no label of {}'s kind",
                        q(heading),
                        self.tree.node(t).path()
                    ),
                ));
            }
            _ => heading,
        };
        // an item's heading is its first phrase (（一）设立专项资金。省财政…): that phrase is replaced,
        // and the mark after it and the text go on
        let len = if self.tree.node(t).kind == Kind::Item {
            let n = self.tree.node(t);
            match n.heading.as_deref().filter(|h| n.text.starts_with(*h)) {
                Some(h) => h.len(),
                None => {
                    return Err(self.err(
                        ins,
                        op,
                        ErrorKind::NoSuchNode,
                        n.orig_path.clone(),
                        format!("{} has no heading (a first phrase closed by 。) to replace", n.path()),
                    ));
                }
            }
        } else {
            self.tree.node(t).text.len()
        };
        let heading = if self.tree.node(t).kind == Kind::Item { heading.trim_end_matches('。') } else { heading };
        let before = self.tree.node(t).line();
        let off = self.tree.node(t).text_offset();
        self.tree.edit_line(t, off..off + len, heading);
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
                return Err(self.err_at(
                    ins,
                    op,
                    ErrorKind::NoSuchNode,
                    h,
                    format!("{} has no {}名", self.tree.node(h).path(), k.chinese()),
                ));
            }
            let before = self.tree.node(h).line();
            self.tree.remove_line(h);
            self.changes.push(self.change(ins, op, h, before, String::new()));
        }
        report(format!("删去{}个{}名", heads.len(), k.chinese()), heads.len())
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
        // what is folded is what the unit holds: a division's articles, an article's 款; a 款 is
        // whole sentences, which join another 款's text or follow an article's 款; a 项 has text of
        // its own, and how it joins another's the decision must say
        let (kind, into_kind) = (self.tree.node(t).kind, self.tree.node(dest).kind);
        match (kind, into_kind) {
            // a 款 into a 款: its text joins the other's; into an article: it is the article's last 款
            (Kind::Paragraph, Kind::Paragraph) => {
                self.join_paragraphs(ins, op, &[dest, t])?;
                return report(format!("{}并入{}", self.paths(&[t]), self.paths(&[dest])), 1);
            }
            (Kind::Paragraph, Kind::Article) => {
                let before = self.subtree_text(t);
                let (left, at) = (self.article_of(t), self.tree.node(dest).children.len());
                self.detach_marks(ins, op, t);
                self.tree.move_to(t, dest, at);
                self.tree.node_mut(t).placed = Some((ins.id.clone(), op.pos));
                // an article whose only 款 went is gone (its label would stand alone)
                if nodes::children_of(&self.tree, left, Kind::Paragraph).is_empty() {
                    self.tree.delete(left);
                }
                self.changes.push(self.change(ins, op, t, before, self.subtree_text(t)));
                return report(format!("{}并入{}", self.paths(&[t]), self.paths(&[dest])), 1);
            }
            _ => {}
        }
        let holder = matches!(kind, Kind::Part | Kind::Chapter | Kind::Section | Kind::Article);
        let own_text = kind == Kind::Article && !self.tree.node(t).text.trim().is_empty();
        if !holder || kind != into_kind || own_text {
            return Err(self.err_at(
                ins,
                op,
                ErrorKind::Unsupported,
                t,
                format!(
                    "{} 并入 {}: a 编, 章 or 节 is folded into one of its kind and an article into an article (its 款 \
                     follow the other's){}",
                    self.paths(&[t]),
                    self.paths(&[dest]),
                    if holder {
                        String::new()
                    } else {
                        format!(
                            "; how a {} joins another's text the decision must say (合并修改为：“…”)",
                            kind.chinese()
                        )
                    }
                ),
            ));
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
        self.err_at(ins, op, ErrorKind::Unsupported, unit, message)
    }
}
