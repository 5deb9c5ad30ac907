//! Phrase operations: replacing quoted text in located units or across the whole text, deleting a
//! phrase with its punctuation, inserting text at an anchor or at the start or end of a unit.

use super::super::exec::{Engine, OpResult, is_metadata, q};
use super::super::locate;
use super::super::model::*;
use super::super::nodes;
use super::super::textops::{self, Hit};
use super::super::tree::NodeId;
use super::super::units;
use crate::document::{Kind, LineKind};
use crate::notice::{Anchor, Instruction, Operation, Position, UnitKind};

/// The replacements of one instruction that name the same places (将第六条、十二条…中的“A”修改为
/// “A1”，“B”修改为“B1”; “饮用水水源地”“水源地”修改为“饮用水水源”): a place need not hold every text,
/// but each text must be found in some place, and each place must hold some text.
#[derive(Debug, Default)]
pub(in crate::apply) struct ReplaceGroups {
    groups: Vec<Group>,
}

#[derive(Debug)]
struct Group {
    key: String,
    targets: Vec<NodeId>,
    /// Replacements made in each target.
    per_target: Vec<usize>,
    /// (operation index, the text looked for, replacements made, the operation).
    ops: Vec<(usize, String, usize, Operation)>,
}

impl Engine<'_> {
    /// Replaces `from` by `to` in each target; what was not found is judged with the other
    /// replacements of its group ([`Engine::replace_group_errors`]).
    #[allow(clippy::too_many_arguments)]
    pub(in crate::apply) fn replace_text(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        from: &str,
        to: &str,
        groups: &mut ReplaceGroups,
        index: usize,
    ) -> OpResult {
        let name = op.op.name();
        if from == to {
            return Err(self.err(
                ins,
                op,
                ErrorKind::NoEffect,
                None,
                format!("{} would be replaced by itself", q(from)),
            ));
        }
        // 将第三项末尾的“。”修改为“；” after an item added after it: the list's marks were set when
        // the item was added, so the change the notice spells out is made already
        let mark = |s: &str| match s {
            "。" => Some('。'),
            "；" => Some('；'),
            _ => None,
        };
        if let ([t], Some(f), Some(m)) = (targets, mark(from), mark(to))
            && self.end_marks.contains(&(*t, f, m))
            && self.tree.node(*t).text.ends_with(m)
        {
            self.made_already += 1;
            let path = self.tree.node(*t).path();
            self.warn(
                ins,
                op,
                format!("{path} ends with {m} already: it was given it when the list around it changed"),
            );
            return Ok(OpReport {
                op: name,
                summary: format!("{}→{} in {path} (made already)", q(from), q(to)),
                count: 0,
            });
        }
        let within = op.locators.iter().find_map(|l| l.within.clone());
        if let Some(times) = op.locators.iter().find_map(|l| l.times) {
            let mut found = 0;
            for &t in targets {
                let hits = match &within {
                    Some(p) => self.find_within(ins, op, t, p, from)?,
                    None => self.find(t, from),
                };
                found += hits.iter().filter(|h| !self.tree.is_recent(h.node, &h.range)).count();
            }
            self.times_hold(ins, op, targets, from, times, found)?;
        }
        let mut total = 0;
        let to_doc = textops::as_document_text(to);
        let mut per_target = Vec::with_capacity(targets.len());
        for &t in targets {
            let hits = match &within {
                Some(p) => self.find_within(ins, op, t, p, from)?,
                None => self.find(t, from),
            };
            // the instruction's replacements act on the text as it found it
            let mut hits = self.occurrence(ins, op, t, from, hits)?;
            hits.retain(|h| !self.tree.is_recent(h.node, &h.range));
            let n = self.replace_hits(ins, op, &hits, &to_doc);
            per_target.push(n);
            total += n;
        }
        // the group is joined only by an operation that ran: one refused above has its own error
        // (a group with no operation has nothing to judge)
        let key = op.locators.iter().map(|l| format!("{}|{}", l.written, l.resolved())).collect::<Vec<_>>().join("、");
        let gi = match groups.groups.iter().position(|g| g.key == key && g.targets == targets) {
            Some(i) => i,
            None => {
                groups.groups.push(Group {
                    key,
                    targets: targets.to_vec(),
                    per_target: vec![0; targets.len()],
                    ops: Vec::new(),
                });
                groups.groups.len() - 1
            }
        };
        for (k, n) in per_target.into_iter().enumerate() {
            groups.groups[gi].per_target[k] += n;
        }
        groups.groups[gi].ops.push((index, from.to_string(), total, op.clone()));
        let places: Vec<String> = targets.iter().map(|&t| self.tree.node(t).path()).collect();
        Ok(OpReport {
            op: name,
            summary: format!("{}→{} in {} ×{total}", q(from), q(to), places.join("、")),
            count: total,
        })
    }

    /// 中的两处“A”: the text stands in `targets` as many times as the notice counts (`found`).
    fn times_hold(
        &self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        text: &str,
        said: u32,
        found: usize,
    ) -> Result<(), ApplyError> {
        let kind = match found.cmp(&(said as usize)) {
            std::cmp::Ordering::Equal => return Ok(()),
            std::cmp::Ordering::Less => ErrorKind::TextNotFound,
            std::cmp::Ordering::Greater => ErrorKind::TextAmbiguous,
        };
        let has = if targets.len() == 1 { "which has" } else { "which together have" };
        let message =
            format!("the notice counts {}{} in {}, {has} {found}", op.counted(), q(text), self.paths(targets));
        Err(self.err(ins, op, kind, None, message))
    }

    /// The errors of an instruction's replacement groups: a text found nowhere, a place that holds
    /// none of the texts.
    pub(in crate::apply) fn replace_group_errors(&self, ins: &Instruction, groups: &ReplaceGroups) -> Vec<ApplyError> {
        let mut out = Vec::new();
        for g in &groups.groups {
            for (_, from, n, op) in &g.ops {
                if *n == 0 {
                    out.push(if g.targets.len() == 1 {
                        self.not_found(ins, op, g.targets[0], from)
                    } else {
                        let mut e = self.err(
                            ins,
                            op,
                            ErrorKind::TextNotFound,
                            None,
                            format!("{} is in none of {}", q(from), self.paths(&g.targets)),
                        );
                        e.candidate =
                            g.targets.iter().filter_map(|&t| textops::nearest(&self.tree, t, from)).max_by(|a, b| {
                                a.similarity.partial_cmp(&b.similarity).unwrap_or(std::cmp::Ordering::Equal)
                            });
                        e
                    });
                }
            }
            let all_found = g.ops.iter().all(|o| o.2 > 0);
            for (k, &t) in g.targets.iter().enumerate() {
                if g.per_target[k] == 0 && all_found {
                    let (_, from, _, op) = &g.ops[0];
                    let texts: String = g.ops.iter().map(|o| q(&o.1)).collect();
                    let mut e = self.not_found(ins, op, t, from);
                    if g.ops.len() > 1 {
                        e.message = format!("none of {texts} is in {}", self.tree.node(t).path());
                    }
                    out.push(e);
                }
            }
        }
        out
    }

    /// Occurrences of `needle` inside the one occurrence of `passage` in `scope` (删去“违反…的”中的
    /// “征订、附送、散发”).
    pub(in crate::apply) fn find_within(
        &self,
        ins: &Instruction,
        op: &Operation,
        scope: NodeId,
        passage: &str,
        needle: &str,
    ) -> Result<Vec<Hit>, ApplyError> {
        let p = self.find_once(ins, op, scope, passage, "the passage that places the text must be one")?;
        let line = self.tree.node(p.node).line();
        // “四、发展壮大智能制造产业”中的…: a heading line quoted whole names the unit it heads
        let n = self.tree.node(p.node);
        if matches!(n.kind, Kind::Part | Kind::Chapter | Kind::Section | Kind::Point)
            && line[..p.range.start].trim().trim_start_matches('#').trim().is_empty()
            && line[p.range.end..].trim().is_empty()
        {
            return Ok(self.find(p.node, needle));
        }
        let inside: Vec<Hit> = line[p.range.clone()]
            .match_indices(needle)
            .map(|(s, _)| Hit { node: p.node, range: p.range.start + s..p.range.start + s + needle.len() })
            .collect();
        // 删除第三项“加大财税扶持力度”中的“每年”: an item's heading (its first sentence, right after
        // its label) quoted after it names the item, when the text is not in the heading itself
        if inside.is_empty()
            && n.kind == Kind::Item
            && p.node == scope
            && p.range.start == n.text_offset()
            && line[p.range.end..].starts_with('。')
        {
            return Ok(self.find(p.node, needle));
        }
        Ok(inside)
    }

    pub(in crate::apply) fn rename(&mut self, ins: &Instruction, op: &Operation, from: &str, to: &str) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let mut hits = Vec::new();
        // the text only: a label (第一条, （三）) is numbering, which no renaming of words touches; a
        // renaming of marks alone (“(”→“（”) restyles the labels' marks too
        let marks_only = !from.chars().any(char::is_alphanumeric) && !to.chars().any(char::is_alphanumeric);
        for id in self.body_lines() {
            let line = self.tree.node(id).line();
            let text_start = if marks_only { 0 } else { self.tree.node(id).text_offset() };
            hits.extend(
                line.match_indices(from)
                    .filter(|(s, _)| *s >= text_start)
                    .map(|(s, _)| Hit { node: id, range: s..s + from.len() }),
            );
        }
        hits.retain(|h| !self.tree.is_recent(h.node, &h.range));
        // “国税局”修改为“省税务局” where the text writes 省国税局: the new name repeats the word
        // before the old one (省省税务局); the renaming is done as written, and said
        for h in &hits {
            let line = self.tree.node(h.node).line();
            if let Some(p) = ["省", "市", "县", "区"]
                .into_iter()
                .find(|p| to.starts_with(p) && !from.starts_with(p) && line[..h.range.start].ends_with(p))
            {
                let path = self.tree.node(h.node).path();
                let message = format!(
                    "{path}: {}→{} after {p} writes {p}{to}; to rename the whole name quote it with its {p} (“{p}{from}”)",
                    q(from),
                    q(to)
                );
                self.warn(ins, op, message);
            }
        }
        let n = self.replace_hits(ins, op, &hits, to);
        // “地税局”“国税局”统一修改为“税务局”: a list of units the renaming made name one unit twice
        let mut lines: Vec<NodeId> = hits.iter().map(|h| h.node).collect();
        lines.dedup();
        for id in lines {
            let mut twice = None;
            crate::apply::edit_labelled(&self.tree.node(id).line(), &mut |l| {
                twice = twice.take().or_else(|| l.twice());
                0
            });
            if let Some(unit) = twice {
                let path = self.tree.node(id).path();
                self.warn(ins, op, format!("{path} names {unit} twice after the renaming (合并修改为 merges units)"));
            }
        }
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
        every: bool,
    ) -> OpResult {
        // 删除第（二）项“完善政策体系”: the quotation names the unit, as 第四点“加大财税扶持力度” does,
        // when it is the unit's heading or its whole text; deleting that text would leave the label
        if let ([t], [d]) = (targets, texts)
            && op.locators.iter().all(|l| l.names_unit)
            && self.quote_names(*t, d)
        {
            return self.delete_node(ins, op, targets);
        }
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        let mut count = 0;
        // 中的两处“A”: the count is of all the places together, before anything is deleted
        if let Some(said) = op.locators.iter().find_map(|l| l.times) {
            for d in texts {
                let mut found = 0;
                for &t in targets {
                    found += self.candidates(ins, op, t, d)?.0.len();
                }
                self.times_hold(ins, op, targets, d, said, found)?;
            }
        }
        for &t in targets {
            for d in texts {
                // every occurrence (中所有的“A”): the last first, each found again in the text the
                // deletions before it left, as many times as there were
                let times = if every { self.hits(ins, op, t, d)?.len() } else { 1 };
                for _ in 0..times {
                    let h = match every {
                        true => match self.hits(ins, op, t, d)?.pop() {
                            Some(h) => h,
                            None => break,
                        },
                        false => self.find_once(ins, op, t, d, "the deletion means one")?,
                    };
                    count += 1;
                    let before = self.tree.node(h.node).line();
                    // a member of a list of responsible units: struck from its list
                    if let Some(e) = units::strike_at(&before, &h.range, d) {
                        self.edit_unit_line(ins, op, h.node, before, &e.edits);
                        continue;
                    }
                    let text_start = self.tree.node(h.node).text_offset();
                    let r = textops::deletion_range_in(&before, h.range.clone(), text_start);
                    if before[r.clone()].trim() == before.trim() {
                        // the whole line, label and all (删除…中的“2.盘活存量土地。”): the item goes as if
                        // named, and the list's closing mark stays with the item that becomes last
                        self.note_list_end(ins, op, h.node);
                    }
                    self.tree.edit_line(h.node, r.clone(), "");
                    if let Some(unit) = self.left_without_text(h.node) {
                        return Err(self.emptied(ins, op, unit, &q(d), "删去第五条, 删去第二项"));
                    }
                    if self.tree.node(h.node).line().trim().is_empty() {
                        // a paragraph left empty is removed (what hangs under it stays)
                        self.tree.remove_line(h.node);
                    }
                    self.record(ins, op, h.node, before, r, 0);
                }
            }
            touched.push(t);
        }
        let all = if every { "所有的" } else { "" };
        report(format!("删除{all}{}", texts.iter().map(|t| q(t)).collect::<String>()), count)
    }

    /// Whether a quotation is a unit's heading or the whole of its text (its closing 。 or not).
    fn quote_names(&self, unit: NodeId, quote: &str) -> bool {
        let n = self.tree.node(unit);
        let bare = |s: &str| s.trim().trim_end_matches(['。', '；']).to_string();
        // an article's text is its 款, each on a line
        let own = match n.kind {
            Kind::Article => self
                .tree
                .children(unit)
                .iter()
                .map(|&c| self.tree.node(c).text.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
            _ => n.text.to_string(),
        };
        n.heading.as_deref().is_some_and(|h| bare(h) == bare(quote)) || bare(&own) == bare(quote)
    }

    /// The numbered unit a deletion in `node` has left with its label and nothing else: `node`
    /// itself, or the article whose only 款 it was.
    fn left_without_text(&self, node: NodeId) -> Option<NodeId> {
        let n = self.tree.node(node);
        let unit = match (n.label.is_some(), n.parent) {
            (true, _) => node,
            (false, Some(p)) if self.tree.node(p).label.is_some() => p,
            _ => return None,
        };
        self.is_bare(unit).then_some(unit)
    }

    /// Whether a unit has nothing but its label: no text of its own, and none on the lines under it
    /// (its list of responsible units is no text of its own: （二） over 责任单位：… says nothing).
    pub(in crate::apply) fn is_bare(&self, unit: NodeId) -> bool {
        self.tree.node(unit).text.trim().is_empty()
            && self.tree.children(unit).iter().all(|&c| {
                let n = self.tree.node(c);
                n.kind == Kind::Units || n.line().trim().is_empty()
            })
    }

    /// The refusal of a deletion (of `deleted`) that leaves `unit` with its number and no text.
    pub(in crate::apply) fn emptied(
        &self,
        ins: &Instruction,
        op: &Operation,
        unit: NodeId,
        deleted: &str,
        say: &str,
    ) -> ApplyError {
        let path = self.tree.node(unit).path();
        self.err_at(
            ins,
            op,
            ErrorKind::EmptiedUnit,
            unit,
            format!(
                "deleting {deleted} leaves {path} with its number and no text; a unit goes only when the decision \
                 names it ({say})"
            ),
        )
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
        if let Some(report) = self.labelled_unit_beside(ins, op, targets, anchor, text)? {
            return Ok(report);
        }
        for &t in targets {
            self.insert_text_in(ins, op, t, anchor, text)?;
        }
        Ok(OpReport { op: name, summary: format!("在{}增加{}", self.paths(targets), q(text)), count: targets.len() })
    }

    /// 在“（四）强化人才支撑”后新增“（五）…”: a text that opens with a unit's label is a unit of its
    /// own, never words inside a line. Placed after (before) a unit quoted with its label, it is a
    /// new unit of that kind there; anywhere else it is refused (it ran into the line, label and all).
    fn labelled_unit_beside(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        anchor: &Anchor,
        text: &str,
    ) -> Result<Option<OpReport>, ApplyError> {
        let new = crate::document::classify(text);
        // (a label alone, “（三）”, is words)
        if new.label.is_none() || new.text.is_empty() {
            return Ok(None);
        }
        let unit = match new.kind {
            LineKind::Item => UnitKind::Item,
            LineKind::SubItem => UnitKind::SubItem,
            LineKind::Point => UnitKind::Point,
            LineKind::Article => UnitKind::Article,
            // 在第二条后增加“第二章　登记”: a heading never runs into a line (it was written as words
            // at the end of 第二条, with a warning, exit 0); the decision adds a division so
            LineKind::Part | LineKind::Chapter | LineKind::Section => {
                let message = format!(
                    "{} opens with a division's label: it is a heading of its own, not words in {} (增加一章，\
                     作为第二章：“…”)",
                    q(text),
                    targets.first().map_or_else(|| "the text".to_string(), |&t| self.tree.node(t).path())
                );
                return Err(self.err(ins, op, ErrorKind::Unsupported, None, message));
            }
            _ => return Ok(None),
        };
        let kind = super::reshape::node_kind(unit);
        let scope = targets.first().copied().unwrap_or(self.tree.root);
        let paragraphs = vec![text.to_string()];
        // 在第四项后（末尾）增加“（五）…”: after the unit of that kind named, not in its text
        let (Anchor::After(a) | Anchor::Before(a)) = anchor else {
            let position = match (anchor, self.tree.node(scope).kind) {
                (Anchor::End, k) if k == kind => Position::After,
                (Anchor::Start, k) if k == kind => Position::Before,
                (Anchor::End, Kind::Point | Kind::Paragraph | Kind::Article) if kind == Kind::Item => Position::Within,
                _ => {
                    let message = format!(
                        "{} opens with a label: it is a unit of its own, not words at the {} of {} (增加一项：“…”)",
                        q(text),
                        if matches!(anchor, Anchor::Start) { "start" } else { "end" },
                        self.tree.node(scope).path()
                    );
                    return Err(self.err(ins, op, ErrorKind::Unsupported, None, message));
                }
            };
            let r = self.insert_node(ins, op, &[scope], unit, 1, &[], None, position, &paragraphs, None, &[])?;
            return Ok(Some(r));
        };
        let h = self.find_once(ins, op, scope, a, "the place of the new unit must be one")?;
        let beside = self.tree.node(h.node);
        // (quoted from the start of its line, the text quoted has the label of the unit it is in)
        if h.range.start != 0 || beside.kind != kind {
            let message = format!(
                "{} opens with a label: it is a unit of its own, and {} is not one of its kind quoted with its \
                 label (在第四项后增加一项：“…”)",
                q(text),
                q(a)
            );
            return Err(self.err_at(ins, op, ErrorKind::Unsupported, h.node, message));
        }
        let position = if matches!(anchor, Anchor::After(_)) { Position::After } else { Position::Before };
        self.insert_node(ins, op, &[h.node], unit, 1, &[], None, position, &paragraphs, None, &[]).map(Some)
    }

    /// Inserts text at an anchor, or at the start or end of a unit. At an edge, the text joins the
    /// sentence marks there the way the published texts do. At the end: a text that opens with its
    /// own mark (，但是…) takes the place of the full stop (…报告，但是…除外。); a whole sentence (…。)
    /// follows the last one; and, with a warning that says what amend wrote, a text that goes on the
    /// sentence (并…, 或者…) takes the place of the full stop and ends with it (…报告，并附…。), any
    /// other text is a sentence after it, closed with the same mark. At the start, a text without
    /// its own mark ends with 。.
    fn insert_text_in(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        t: NodeId,
        anchor: &Anchor,
        text: &str,
    ) -> Result<(), ApplyError> {
        // 在末尾增加 with no unit named and none before it: the start or end of what? (the whole
        // text's own line is empty, so the text would open the document)
        if matches!(anchor, Anchor::End | Anchor::Start) && t == self.tree.root {
            let edge = if matches!(anchor, Anchor::End) { "末尾" } else { "开头" };
            return Err(self.err(
                ins,
                op,
                ErrorKind::NoSuchNode,
                None,
                format!(
                    "在{edge}增加: the instruction names no unit, and no clause before it does (在第X条{edge}增加)"
                ),
            ));
        }
        let mut text = textops::as_document_text(text);
        let (node, mut at, mut end) = match anchor {
            Anchor::After(a) | Anchor::Before(a) => {
                let h = self.find_once(ins, op, t, a, "where to insert is ambiguous")?;
                let at = if matches!(anchor, Anchor::After(_)) { h.range.end } else { h.range.start };
                (h.node, at, at)
            }
            Anchor::End => {
                let node = if self.tree.node(t).kind == Kind::Article { self.tree.last_line(t) } else { t };
                let len = self.tree.node(node).line().len();
                (node, len, len)
            }
            Anchor::Start => {
                let node = if self.tree.node(t).kind == Kind::Article {
                    nodes::children_of(&self.tree, t, Kind::Paragraph).first().copied().unwrap_or(t)
                } else {
                    t
                };
                let at = self.tree.node(node).text_offset();
                (node, at, at)
            }
        };
        let before = self.tree.node(node).line();
        const MARKS: [char; 4] = ['。', '；', ';', '.'];
        const JOINS: [char; 7] = ['，', ',', '、', '：', ':', '；', ';'];
        const GOES_ON: [&str; 7] = ["并且", "并", "或者", "以及", "但是", "但", "且"];
        match anchor {
            // 在“A”之后、“B”之前增加: the decision places it exactly, between A and B, as written
            Anchor::After(a)
                if op.locators.iter().any(|l| {
                    l.within.as_ref().and_then(|w| w.strip_prefix(a.as_str())).is_some_and(|b| !b.is_empty())
                }) => {}
            Anchor::After(a) => {
                let sep = textops::insertion_separator(&before, at, &text);
                // a word or two after a clause or a noun: a member of its list, or the end of the word
                // before it (“管理”后增加“工作”: 管理工作)? The list's mark is a reading, and it is said
                if !sep.is_empty() && text.chars().count() <= 2 {
                    let message = format!(
                        "{} is added after {} as a member of its list, with “{sep}”; if it continues the word \
                         (…{a}{text}…), quote the words together (将“{a}”修改为“{a}{text}”)",
                        q(&text),
                        q(a)
                    );
                    self.warn(ins, op, message);
                }
                text = format!("{sep}{text}");
            }
            Anchor::Before(_) => {}
            Anchor::End => {
                if let Some(m) = before[..at].chars().next_back().filter(|c| MARKS.contains(c)) {
                    let ends = text.ends_with(MARKS);
                    let goes_on = GOES_ON.iter().any(|g| text.starts_with(g));
                    if text.starts_with(JOINS) {
                        // …报告。 + ，但是…除外。 → …报告，但是…除外。 (；构成犯罪的… the same): the text says how it joins
                        at -= m.len_utf8();
                        if !ends {
                            text.push(m);
                        }
                    } else if ends && !goes_on {
                        // a sentence of its own after the last (在第二款末尾增加一句：“…。”): as written
                    } else {
                        if goes_on {
                            // …报告。 + 并附… → …报告，并附…。
                            at -= m.len_utf8();
                            text = format!("，{text}{}", if ends { String::new() } else { m.to_string() });
                        } else {
                            text.push(m);
                        }
                        let joined = format!("{}{text}", &before[..at]);
                        self.warn(
                            ins,
                            op,
                            format!(
                                "the decision adds {} at the end of {} without saying how it joins the text before it: amend wrote “…{}”",
                                q(&textops::as_document_text(match &op.op {
                                    crate::notice::Op::InsertText { text, .. } => text,
                                    _ => "",
                                })),
                                self.tree.node(t).path(),
                                joined.chars().rev().take(24).collect::<Vec<_>>().into_iter().rev().collect::<String>()
                            ),
                        );
                    }
                }
            }
            Anchor::Start => {
                // a text that ends with a mark (为了…，) joins what follows as it is; one that ends
                // with none is closed with 。, and the warning says so
                if !text.ends_with(MARKS) && !text.ends_with(JOINS) && !before[at..].is_empty() {
                    text.push('。');
                    self.warn(
                        ins,
                        op,
                        format!(
                            "the decision adds {} at the start of {} without a mark between it and the text after it: amend wrote “{}…”",
                            q(&text),
                            self.tree.node(t).path(),
                            text
                        ),
                    );
                }
            }
        }
        end = end.max(at);
        self.tree.edit_line(node, at..end, &text);
        self.record(ins, op, node, before, at..end, text.len());
        Ok(())
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
                self.tree.edit_line(node, r.clone(), to);
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

    /// Every occurrence of `needle` in `scope`, in document order, and the passage the locator
    /// quotes (删去“A”中的“B”) or the sentence it names (第二句) when it does: then only the
    /// occurrences inside it count.
    fn candidates<'o>(
        &self,
        ins: &Instruction,
        op: &'o Operation,
        scope: NodeId,
        needle: &str,
    ) -> Result<(Vec<Hit>, Option<&'o str>), ApplyError> {
        let (hits, within) = match op.locators.iter().find_map(|l| l.within.as_deref()) {
            Some(p) if p != needle => (self.find_within(ins, op, scope, p, needle)?, Some(p)),
            _ => (self.find(scope, needle), None),
        };
        Ok((self.occurrence(ins, op, scope, needle, hits)?, within))
    }

    /// 中的第二个“A” · 最后一个“A”: of the occurrences in `scope`, the one the notice counts to,
    /// counted in the text as the instruction found it (将第一个“A”修改为“B”，第二个“A”修改为“C”:
    /// the second is the second of the text before the first was changed); fewer than that is an
    /// error, and so is one this instruction has changed already. Without an ordinal, `hits` as they
    /// are; inside a quoted passage, the one of `hits`.
    fn occurrence(
        &self,
        ins: &Instruction,
        op: &Operation,
        scope: NodeId,
        needle: &str,
        hits: Vec<Hit>,
    ) -> Result<Vec<Hit>, ApplyError> {
        // 第一点第一段 that is the point's own line: that line, not the paragraphs under it
        let mut hits: Vec<Hit> = match self.names_own_line(op, scope) {
            true => hits.into_iter().filter(|h| h.node == scope).collect(),
            false => hits,
        };
        let Some(n) = op.locators.iter().find_map(|l| l.occurrence) else { return Ok(hits) };
        // (the passage that places the text, “A”中的第二个“B”, is one: the ordinal counts the Bs in it)
        if op.locators.iter().any(|l| l.within.as_deref() == Some(needle)) {
            return Ok(hits);
        }
        let within = op.locators.iter().any(|l| l.within.is_some());
        // (node, range of its text as the instruction found it)
        let at_start = |needle: &str| -> Vec<(NodeId, std::ops::Range<usize>)> {
            self.tree
                .subtree(scope)
                .into_iter()
                .flat_map(|id| {
                    let text = self.tree.text_at_start(id);
                    text.match_indices(needle).map(move |(s, _)| (id, s..s + needle.len())).collect::<Vec<_>>()
                })
                .collect()
        };
        let mut found: Vec<(NodeId, std::ops::Range<usize>)> = if within {
            hits.retain(|h| !self.tree.is_recent(h.node, &h.range));
            hits.into_iter().map(|h| (h.node, h.range)).collect()
        } else {
            match at_start(needle) {
                v if v.is_empty() => at_start(&textops::as_document_text(needle)),
                v => v,
            }
        };
        let count = found.len();
        let at = if n == crate::notice::LAST { count.checked_sub(1) } else { Some(n as usize - 1) };
        let Some((node, range)) = at.filter(|&i| i < count).map(|i| found.swap_remove(i)) else {
            let mut e = self.not_found(ins, op, scope, needle);
            if count > 0 {
                e.message = format!(
                    "the notice names the {} {} in {}, which has {count}",
                    op.counted(),
                    q(needle),
                    self.tree.node(scope).path()
                );
            }
            return Err(e);
        };
        if within {
            return Ok(vec![Hit { node, range }]);
        }
        match self.tree.since_start(node, range) {
            Some(r) => {
                let off = self.tree.node(node).text_offset();
                Ok(vec![Hit { node, range: r.start + off..r.end + off }])
            }
            None => {
                let message = format!(
                    "the {} {} in {} was changed by an earlier change of this instruction",
                    op.counted(),
                    q(needle),
                    self.tree.node(node).path()
                );
                Err(self.err_at(ins, op, ErrorKind::TextNotFound, node, message))
            }
        }
    }

    /// Every occurrence of `needle` in `scope` ([`Self::candidates`]); none is an error.
    fn hits(&self, ins: &Instruction, op: &Operation, scope: NodeId, needle: &str) -> Result<Vec<Hit>, ApplyError> {
        let (hits, _) = self.candidates(ins, op, scope, needle)?;
        if hits.is_empty() {
            return Err(self.not_found(ins, op, scope, needle));
        }
        Ok(hits)
    }

    /// The one place of `needle` in `scope` ([`Self::candidates`]): not found and found more than
    /// once are errors (the latter lists the places, and says why one was meant).
    pub(in crate::apply) fn find_once(
        &self,
        ins: &Instruction,
        op: &Operation,
        scope: NodeId,
        needle: &str,
        why_one: &str,
    ) -> Result<Hit, ApplyError> {
        let (mut hits, within) = self.candidates(ins, op, scope, needle)?;
        if let Some(p) = within {
            if hits.len() != 1 {
                return Err(self.err(
                    ins,
                    op,
                    if hits.is_empty() { ErrorKind::TextNotFound } else { ErrorKind::TextAmbiguous },
                    self.tree.node(scope).orig_path.clone(),
                    format!("{} occurs {} times in {}; {why_one}", q(needle), hits.len(), q(p)),
                ));
            }
            return Ok(hits.remove(0));
        }
        match hits.len() {
            0 => Err(self.not_found(ins, op, scope, needle)),
            1 => Ok(hits.remove(0)),
            n => {
                let mut paths: Vec<String> = hits.iter().map(|h| self.tree.node(h.node).path()).collect();
                // several in one unit: each shown in its words, so that they can be told apart
                if (1..paths.len()).any(|i| paths[..i].contains(&paths[i])) {
                    for (p, h) in paths.iter_mut().zip(&hits) {
                        p.push_str(&format!(
                            " at “{}”",
                            crate::text::window(&self.tree.node(h.node).line(), h.range.clone(), 6)
                        ));
                    }
                }
                Err(self.err_at(
                    ins,
                    op,
                    ErrorKind::TextAmbiguous,
                    scope,
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
        // there, but only in words this instruction wrote: its replacements act on the text as it
        // found it (将“A”修改为“AB”，“B”修改为“C” leaves the new B alone)
        let hits = self.find(scope, text);
        let only_new = !hits.is_empty() && hits.iter().all(|h| self.tree.is_recent(h.node, &h.range));
        let why =
            if only_new { ", except in the words this instruction writes, which it does not change again" } else { "" };
        // a unit of the original named by the number a clause gave a unit it adds, which holds the text
        // (一、 adds 第五条 and 二、 changes 第五条's words, the articles after it keeping their numbers)
        let within = if n.kind == Kind::Article { self.tree.root } else { n.parent.unwrap_or(self.tree.root) };
        let number = n.number.filter(|_| n.sub_number.is_none());
        let added = number.map_or_else(Vec::new, |k| locate::added_numbered(&self.tree, within, n.kind, k));
        let added = match added.into_iter().find(|&(id, _)| !self.find(id, text).is_empty()) {
            Some((_, by)) => format!("; the {} that {by} adds holds it{}", n.path(), locate::ORIGINAL_NUMBERS),
            None => String::new(),
        };
        let mut e = self.err(
            ins,
            op,
            ErrorKind::TextNotFound,
            n.orig_path.clone(),
            format!("{} is not in {}{gap}{why}{added}", q(text), n.path()),
        );
        e.candidate = textops::nearest(&self.tree, scope, text);
        e
    }

    /// Live lines of the whole document that whole-text operations act on.
    pub(in crate::apply) fn body_lines(&self) -> Vec<NodeId> {
        self.tree.subtree(self.tree.root).into_iter().filter(|&i| !is_metadata(self.tree.node(i).kind)).collect()
    }
}
