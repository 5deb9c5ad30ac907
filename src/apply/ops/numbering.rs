//! Numbering: giving a unit a new number or level (改为第Y条), and, once every operation has run,
//! placing the units whose place follows from their final number, renumbering (条文顺序作相应调整),
//! mapping cross-references and checking every declared number.

use super::super::exec::{Engine, OpResult, Pending};
use super::super::locate;
use super::super::model::*;
use super::super::nodes;
use super::super::renumber;
use super::super::textops;
use super::super::tree::NodeId;
use crate::document::Kind;
use crate::document::{LineKind, classify};
use crate::notice::{Instruction, Op, Operation, Position, UnitKind};

impl Engine<'_> {
    pub(in crate::apply) fn article_of(&self, id: NodeId) -> NodeId {
        let mut cur = id;
        loop {
            if self.tree.node(cur).kind == Kind::Article {
                return cur;
            }
            match self.tree.node(cur).parent {
                Some(p) => cur = p,
                None => return id,
            }
        }
    }
    pub(in crate::apply) fn renumber_op(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        t: NodeId,
        to: UnitKind,
        number: u32,
        sub: Option<u32>,
    ) -> OpResult {
        let name = op.op.name();
        let kind = self.tree.node(t).kind;
        let same = matches!(
            (kind, to),
            (Kind::Article, UnitKind::Article)
                | (Kind::Paragraph, UnitKind::Paragraph)
                | (Kind::Item, UnitKind::Item)
                | (Kind::SubItem, UnitKind::SubItem)
                | (Kind::SubSubItem, UnitKind::SubSubItem)
                | (Kind::Chapter, UnitKind::Chapter)
                | (Kind::Section, UnitKind::Section)
                | (Kind::Part, UnitKind::Part)
                | (Kind::Point, UnitKind::Point)
        );
        if same {
            self.tree.node_mut(t).declared = Some((to, number, ins.id.clone(), op.pos));
            self.assigned.push((t, number, sub));
            return Ok(OpReport {
                op: name,
                summary: format!(
                    "{}改为第{}{}",
                    self.tree.node(t).path(),
                    crate::text::numerals::format(number),
                    to.chinese()
                ),
                count: 0,
            });
        }
        if kind == Kind::Paragraph && to == UnitKind::Article {
            // a 款 becomes an article of its own (将第十三条第二款改为第十六条), after its article
            let old_article = self.article_of(t);
            let id = self.paragraph_made_article(ins, op, t, number, sub);
            self.deferred.push((id, number, Some(old_article)));
            return Ok(OpReport {
                op: name,
                summary: format!("{}改为第{}条", self.tree.node(t).path(), crate::text::numerals::format(number)),
                count: 1,
            });
        }
        if kind == Kind::Item && to == UnitKind::Article {
            // an item made an article of its own (将第十条第（一）项单列增加一条，作为第九条): its text,
            // without its label, placed where its number says
            let like = self.article_of(t);
            let id = nodes::add_unplaced_article(&mut self.tree, Some(like), number, sub);
            let before = self.subtree_text(t);
            // the last item of its list: the item now last closes the list
            self.note_list_end(ins, op, t);
            // an item ends with its list's mark (；); an article is a sentence of its own and ends with 。
            let mut text = self.tree.node(t).text.to_string();
            if let Some(mark) = text.chars().last().filter(|c| matches!(c, '；' | ';' | '，' | ',')) {
                text.truncate(text.len() - mark.len_utf8());
                text.push('。');
            }
            let trail = self.tree.para_trail.clone();
            nodes::add_paragraphs(&mut self.tree, id, 0, &[text], &trail);
            self.tree.delete(t);
            self.tree.node_mut(id).declared = Some((UnitKind::Article, number, ins.id.clone(), op.pos));
            self.deferred.push((id, number, None));
            let after = self.subtree_text(id);
            self.changes.push(self.change(ins, op, id, before, after));
            return Ok(OpReport {
                op: name,
                summary: format!("{}单列为第{}条", self.tree.node(t).path(), crate::text::numerals::format(number)),
                count: 1,
            });
        }
        Err(self.err_at(
            ins,
            op,
            ErrorKind::Unsupported,
            t,
            format!("{} cannot become a {}", self.tree.node(t).path(), to.chinese()),
        ))
    }

    /// A 款 made an article of its own: a new article `number` (之`sub`) holding its lines, not yet
    /// placed (the caller says where); an article it leaves without 款 goes.
    pub(in crate::apply) fn paragraph_made_article(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        t: NodeId,
        number: u32,
        sub: Option<u32>,
    ) -> NodeId {
        let old_article = self.article_of(t);
        let id = nodes::add_unplaced_article(&mut self.tree, Some(old_article), number, sub);
        let before = self.subtree_text(t);
        // the 款's lines move into the new article; the last one keeps a paragraph break
        let para_trail = self.tree.para_trail.clone();
        let last = self.tree.last_line(t);
        if self.tree.node(last).trail.is_empty() {
            self.tree.node_mut(last).trail = para_trail;
        }
        self.tree.move_to(t, id, 0);
        self.tree.node_mut(id).declared = Some((UnitKind::Article, number, ins.id.clone(), op.pos));
        self.tree.node_mut(id).orig_path = self.tree.node(t).orig_path.clone();
        if nodes::children_of(&self.tree, old_article, Kind::Paragraph).is_empty() {
            self.tree.delete(old_article);
        }
        self.changes.push(self.change(ins, op, t, before.clone(), before));
        id
    }

    /// Runs an operation that waited for the final numbers; an error fails its instruction.
    fn run_pending(&mut self, p: Pending, held: &[u32]) {
        let result = match &p.op.op {
            Op::InsertNode { kind: UnitKind::Chapter | UnitKind::Section | UnitKind::Part, holds, .. }
                if !holds.is_empty() =>
            {
                self.place_division(&p, held)
            }
            Op::InsertNode { kind, count, numbers, sub_number, paragraphs, heading, holds, .. } => {
                let paragraphs: Vec<String> = paragraphs.iter().map(|x| textops::as_document_text(x)).collect();
                let loc = p.op.locators.iter().find(|l| l.finals).cloned();
                match loc.map(|l| locate::resolve_final(&self.tree, &l)) {
                    Some(Ok(parent)) => self
                        .insert_node(
                            &p.ins,
                            &p.op,
                            &[parent],
                            *kind,
                            *count,
                            numbers,
                            *sub_number,
                            Position::Within,
                            &paragraphs,
                            heading.as_deref(),
                            holds,
                        )
                        .map(|_| ()),
                    Some(Err(e)) => Err(self.err(&p.ins, &p.op, e.kind, e.path, e.message)),
                    None => {
                        Err(self.err(&p.ins, &p.op, ErrorKind::Unsupported, None, "no place for the new unit".into()))
                    }
                }
            }
            Op::Move { dest } => {
                let dest = dest.clone();
                self.execute_move(&p, &dest)
            }
            _ => Ok(()),
        };
        if let Err(e) = result {
            if let Some(r) = self.reports.iter_mut().rev().find(|r| r.id == p.ins.id) {
                r.status = Status::Failed;
            }
            self.errors.push(e);
        }
    }
    pub(in crate::apply) fn finish(&mut self, renumbering: bool) {
        // 将第七条改为第六条 where nothing renumbers the text: the unit takes the number it is given
        // (the order check below sees that the numbers still run in order)
        let assigned = if renumbering { Vec::new() } else { std::mem::take(&mut self.assigned) };
        for &(t, n, sub) in &assigned {
            if !self.tree.is_gone(t) {
                renumber::relabel(&mut self.tree, t, n, sub);
            }
        }
        // a unit that waited for final numbers may itself wait for them: a new chapter placed by a
        // final number (增加一章，作为第二编第二章：“…”) brings articles, which are placed and
        // numbered, and then the chapter is placed around them; hence rounds, until nothing waits
        // (two at most: placing a division brings nothing new)
        for _round in 0..3 {
            // inserted articles and 款 made articles go where their final numbers say
            let mut deferred = std::mem::take(&mut self.deferred);
            deferred.sort_by_key(|&(_, n, _)| n);
            for (id, n, from) in deferred {
                match from {
                    // a 款 made an article stays where its article was (in that article's chapter):
                    // after it when its number is higher and the article stays (将第三条第二款改为
                    // 第四条, or 第三条之一), else in its place
                    Some(old) => {
                        let (parent, idx) = nodes::position(&self.tree, old);
                        let sub = self.tree.node(id).sub_number;
                        let was = &self.tree.node(old);
                        let after =
                            !self.tree.is_gone(old) && was.number.is_some_and(|o| (n, sub) > (o, was.sub_number));
                        self.tree.move_to(id, parent, idx + usize::from(after));
                    }
                    None => match self.tree.node(id).sub_number {
                        Some(sub) => nodes::place_zhi_article(&mut self.tree, id, n, sub),
                        None => nodes::place_article(&mut self.tree, id, n),
                    },
                }
                self.tree.fit_breaks(id);
            }
            // articles take their final numbers; then what waited for them: units put into places
            // named by final numbers, divisions around the articles they hold
            if renumbering {
                renumber::renumber_articles(&mut self.tree);
            }
            let pending = std::mem::take(&mut self.pending);
            if pending.is_empty() {
                break;
            }
            // the articles every new division waiting here holds: one division's place is judged
            // without those of the others (two new chapters at the end of one)
            let held: Vec<u32> = pending
                .iter()
                .filter_map(|p| match &p.op.op {
                    Op::InsertNode { kind: UnitKind::Chapter | UnitKind::Section | UnitKind::Part, holds, .. } => {
                        Some(holds.clone())
                    }
                    _ => None,
                })
                .flatten()
                .collect();
            for p in pending {
                self.run_pending(p, &held);
            }
        }
        // never dropped in silence: what still waits fails its instruction
        for p in std::mem::take(&mut self.pending) {
            let e = self.err(&p.ins, &p.op, ErrorKind::Unsupported, None, "the unit's place was never settled".into());
            self.errors.push(e);
        }
        self.close_lists();
        self.warn_bare_lead_ins();
        self.warn_empty_divisions();
        self.warn_gaps(&assigned);
        if !renumbering {
            self.warn_deletion_gaps();
        }
        // an article added without a number where nothing renumbers has no number of its own
        if !renumbering {
            let mut said: Vec<String> = Vec::new();
            for (id, ins, pos) in std::mem::take(&mut self.unnumbered) {
                if self.tree.is_gone(id) || said.contains(&ins) {
                    continue;
                }
                said.push(ins.clone());
                self.errors.push(ApplyError {
                    kind: ErrorKind::NumberMismatch,
                    instruction: ins,
                    pos,
                    path: None,
                    message: "an article added without a number (作为第X条), and the notice does not say 条文顺序作相应调整: \
                              which number does it take?"
                        .into(),
                    candidate: None,
                });
            }
        }
        if renumbering {
            renumber::renumber_rest(&mut self.tree);
        }
        self.follow_toc();
        for stale in renumber::update_references(&mut self.tree, renumbering) {
            let message = match stale.now {
                None => format!("{} refers to {}, which is no longer in the document", stale.path, stale.named),
                Some(now) if stale.in_list => format!(
                    "{} refers to {}, which is {now} in the result; it follows a reference in a list that writes the \
                     article once, and the list's first unit is gone or stands elsewhere, so the reference is left \
                     as written",
                    stale.path, stale.named
                ),
                Some(now) => format!(
                    "{} refers to {}, which is {now} in the result; the notice does not say 条文顺序作相应调整, so \
                     the reference is left as written",
                    stale.path, stale.named
                ),
            };
            // the instruction that deleted, moved or added into the article named, or into what
            // holds it; else the renumbering (or, without it, the reference itself)
            let (instruction, pos) = stale.article.and_then(|a| self.cause_of(a)).unwrap_or_else(|| {
                let what = if renumbering { "条文顺序作相应调整" } else { "引用" };
                (what.to_string(), Default::default())
            });
            self.warnings.push(Warning { instruction, pos, message });
        }
        for shifted in renumber::shifted_relative_units(&self.tree) {
            let message = format!(
                "{} says {}, which named {}; the {} before it {} now {}: the words are left as written",
                shifted.path,
                shifted.said,
                shifted.was.join("、"),
                match (shifted.now.len(), shifted.unit) {
                    (1, unit) | (_, unit @ "款") => unit.to_string(),
                    (_, unit) => format!("{unit}s"),
                },
                if shifted.now.len() == 1 { "is" } else { "are" },
                if shifted.now.is_empty() { "none".to_string() } else { shifted.now.join("、") }
            );
            let (instruction, pos) =
                self.cause_of(shifted.article).unwrap_or_else(|| ("引用".to_string(), Default::default()));
            self.warnings.push(Warning { instruction, pos, message });
        }
        // 原第二项、第三项改为第三项、第四项 where the whole text is not renumbered: the instruction
        // writes the labels it names itself (a list renumbers item by item)
        if !renumbering {
            for id in self.tree.subtree(self.tree.root) {
                if let Some((UnitKind::Item, n, _, _)) = self.tree.node(id).declared
                    && self.tree.node(id).kind == Kind::Item
                    && self.tree.node(id).label.is_some()
                    && renumber::final_number(&self.tree, id, UnitKind::Item) != Some(n)
                {
                    renumber::relabel_item(&mut self.tree, id, n);
                }
            }
        }
        // every declared number must be where the node landed
        let declared: Vec<(NodeId, UnitKind, u32, String, crate::notice::Pos)> = self
            .tree
            .subtree(self.tree.root)
            .into_iter()
            .filter_map(|i| self.tree.node(i).declared.clone().map(|(k, n, ins, pos)| (i, k, n, ins, pos)))
            .collect();
        for (id, kind, n, ins, pos) in declared {
            let mut got = renumber::final_number(&self.tree, id, kind);
            // a 项 labelled right must also stand where its label says
            if got == Some(n)
                && kind == UnitKind::Item
                && let Some(place) = renumber::position_number(&self.tree, id)
                && place != n
            {
                got = Some(place);
            }
            if got != Some(n) {
                let what = match got {
                    Some(g) => format!("it is 第{}{}", crate::text::numerals::format(g), kind.chinese()),
                    None => "it has no number".into(),
                };
                let hint = if !renumbering && kind == UnitKind::Article {
                    " (the notice does not say 条文顺序作相应调整, so numbers are not changed)"
                } else {
                    ""
                };
                self.errors.push(ApplyError {
                    kind: ErrorKind::NumberMismatch,
                    instruction: ins,
                    pos,
                    path: Some(self.tree.place(id)),
                    message: format!(
                        "the decision numbers {} as 第{}{}, but {what} in the result{hint}",
                        self.tree.place(id),
                        crate::text::numerals::format(n),
                        kind.chinese()
                    ),
                    candidate: None,
                });
            }
        }
        // a unit the decision numbered must not stand beside or before a unit of its number among
        // those counted with it (增加一条，作为第四条 where nothing renumbers the 第四条 there is; 增加一项，
        // 作为第四项 beside the （四） there is)
        let articles: Vec<(NodeId, NodeId, (u32, u32))> = self
            .tree
            .all(Kind::Article)
            .into_iter()
            .filter(|&a| !self.tree.is_gone(a))
            .filter_map(|a| {
                let c = classify(self.tree.node(a).label.as_deref()?);
                let n = (c.kind == LineKind::Article).then_some(c.number).flatten()?;
                Some((renumber::count_scope(&self.tree, a), a, (n, c.sub_number.unwrap_or(0))))
            })
            .collect();
        self.check_order(&articles, "articles", renumbering);
        let items: Vec<(NodeId, NodeId, (u32, u32))> = self
            .tree
            .all(Kind::Item)
            .into_iter()
            .filter_map(|i| {
                let n = classify(self.tree.node(i).label.as_deref()?).number?;
                Some((renumber::count_scope(&self.tree, i), i, (n, 0)))
            })
            .collect();
        self.check_order(&items, "items", renumbering);
        // 目 and the points of a policy text, counted in their parent; 编, 章 and 节 in theirs (a
        // chapter added as 第二章 where nothing renumbers the 第二章 there is)
        for (kind, what) in [
            (Kind::SubItem, "sub-items"),
            (Kind::SubSubItem, "sub-sub-items"),
            (Kind::Point, "points"),
            (Kind::Part, "parts"),
            (Kind::Chapter, "chapters"),
            (Kind::Section, "sections"),
        ] {
            let units: Vec<(NodeId, NodeId, (u32, u32))> = self
                .tree
                .all(kind)
                .into_iter()
                .filter(|&u| !self.tree.is_gone(u))
                .filter_map(|u| {
                    let n = classify(self.tree.node(u).label.as_deref()?).number?;
                    Some((renumber::count_scope(&self.tree, u), u, (n, 0)))
                })
                .collect();
            self.check_order(&units, what, renumbering);
        }
        // the counts the decision states (条例由八章修改为七章)
        for (kind, before, after, ins, pos) in std::mem::take(&mut self.count_checks) {
            let k = super::reshape::node_kind(kind);
            let had = self.original_counts.iter().find(|c| c.0 == k).map_or(0, |c| c.1) as u32;
            let has = super::super::exec::counts(&self.tree).iter().find(|c| c.0 == k).map_or(0, |c| c.1) as u32;
            if had != before || has != after {
                self.errors.push(ApplyError {
                    kind: ErrorKind::NumberMismatch,
                    instruction: ins,
                    pos,
                    path: None,
                    message: format!(
                        "the decision says the text goes from {before} to {after} {}, but it goes from {had} to {has}",
                        kind.chinese()
                    ),
                    candidate: None,
                });
            }
        }
        for (article, min, ins, pos) in std::mem::take(&mut self.min_paragraphs) {
            let have = nodes::children_of(&self.tree, article, Kind::Paragraph).len() as u32;
            if have < min {
                self.errors.push(ApplyError {
                    kind: ErrorKind::NumberMismatch,
                    instruction: ins,
                    pos,
                    path: Some(self.tree.node(article).path()),
                    message: format!(
                        "the decision adds 第{}款, but the article has {have} 款",
                        crate::text::numerals::format(min)
                    ),
                    candidate: None,
                });
            }
        }
    }

    /// After units renumbered in place (将第七条改为第六条) where nothing renumbers the text: a number
    /// skipped among their kind where they are counted (第六条 then 第八条: the article between was
    /// not renumbered too) is warned of, at the first instruction that renumbered a unit there. A
    /// list no unit was renumbered in is not its concern (删去第五条第二项，第三项改为第二项 says
    /// nothing of a hole another instruction left in 第六条's items).
    fn warn_gaps(&mut self, assigned: &[(NodeId, u32, Option<u32>)]) {
        let mut scopes: Vec<(Kind, NodeId, String, crate::notice::Pos)> = Vec::new();
        for &(t, _, _) in assigned {
            let kind = self.tree.node(t).kind;
            let scope = renumber::count_scope(&self.tree, t);
            if let Some((_, _, ins, pos)) = self.tree.node(t).declared.clone()
                && !scopes.iter().any(|k| k.0 == kind && k.1 == scope)
            {
                scopes.push((kind, scope, ins, pos));
            }
        }
        for (kind, scope, ins, pos) in scopes {
            let mut last: Option<(u32, String)> = None;
            for u in self.tree.all(kind).into_iter().filter(|&u| !self.tree.is_gone(u)) {
                let node = self.tree.node(u);
                let (Some(label), Some(n)) = (node.label.as_deref(), node.number) else { continue };
                if node.sub_number.is_some() || renumber::count_scope(&self.tree, u) != scope {
                    continue;
                }
                let (before, before_label) = last.clone().unwrap_or((0, String::new()));
                if n > before + 1 {
                    let after = if before == 0 { String::new() } else { format!("{before_label} then ") };
                    // where they are counted, unless through the whole text (第三条/1's items)
                    let within =
                        if scope == self.tree.root { String::new() } else { format!("in {} ", self.tree.place(scope)) };
                    self.warnings.push(Warning {
                        instruction: ins.clone(),
                        pos,
                        message: format!(
                            "{within}the numbers skip: {after}{label}; the decision renumbers units one by one (改为) and \
                             does not say 条文顺序作相应调整, and no instruction gives the number between"
                        ),
                    });
                    break;
                }
                last = Some((n, label.to_string()));
            }
        }
    }

    /// Where nothing renumbers the text, a unit deleted before others of its kind leaves a hole in
    /// their numbers (删去第二条: 第一条 then 第三条, which keeps its number): warned of once per
    /// instruction, at the one that deleted it, unless another unit takes the number it had.
    fn warn_deletion_gaps(&mut self) {
        let mut said: Vec<String> = Vec::new();
        for kind in [
            Kind::Part,
            Kind::Chapter,
            Kind::Section,
            Kind::Article,
            Kind::Point,
            Kind::Item,
            Kind::SubItem,
            Kind::SubSubItem,
        ] {
            let units = self.tree.all(kind);
            let scope_of = |u: NodeId| renumber::count_scope(&self.tree, u);
            // (scope, number, label) of the units left, in document order
            let left: Vec<(NodeId, u32, String)> = units
                .iter()
                .filter(|&&u| !self.tree.is_gone(u) && self.tree.node(u).sub_number.is_none())
                .filter_map(|&u| {
                    let n = self.tree.node(u);
                    Some((scope_of(u), n.number?, n.label.as_deref()?.to_string()))
                })
                .collect();
            // the deleted units are not in `units` (the tree's walk leaves deleted subtrees out)
            for d in (0..self.tree.node_count()).filter(|&d| self.tree.node(d).kind == kind) {
                let node = self.tree.node(d);
                let (Some(n), None, Some(_)) = (node.number, node.sub_number, node.label.as_ref()) else { continue };
                // the unit by its place in the original (第三条/1/（二）, not （二） alone)
                let Some(label) = node.orig_path.clone() else { continue };
                // the instruction that deleted it, or the unit it was in (a unit in none is not gone)
                let cause = self
                    .tree
                    .ancestors(d)
                    .find_map(|x| self.tree.node(x).deleted.then(|| self.tree.node(x).renumbered_by.clone()).flatten());
                let Some((ins, pos)) = cause else { continue };
                let scope = scope_of(d);
                let in_scope = || left.iter().filter(|l| l.0 == scope);
                if said.contains(&ins) || in_scope().any(|l| l.1 == n) {
                    continue;
                }
                let Some(next) = in_scope().find(|l| l.1 > n) else { continue };
                let before = in_scope().rfind(|l| l.1 < n).map(|l| format!("{} then ", l.2)).unwrap_or_default();
                said.push(ins.clone());
                self.warnings.push(Warning {
                    instruction: ins,
                    pos,
                    message: format!(
                        "with {label} deleted the numbers skip: {before}{}; the notice does not say 条文顺序作相应调整, \
                         so the units after it keep their numbers",
                        next.2
                    ),
                });
            }
        }
    }

    /// The instruction that changed the numbering around `article`: the last that acted on it or on
    /// what holds it (a deleted chapter), else on a unit inside it (a 款 deleted or added).
    fn cause_of(&self, article: NodeId) -> Option<(String, crate::notice::Pos)> {
        if let Some(c) = self.tree.ancestors(article).find_map(|n| self.tree.node(n).renumbered_by.clone()) {
            return Some(c);
        }
        // (deleted units included: a 款 deleted is what moved the others)
        let mut stack = vec![article];
        while let Some(n) = stack.pop() {
            if let Some(c) = &self.tree.node(n).renumbered_by {
                return Some(c.clone());
            }
            stack.extend(self.tree.node(n).children.iter().rev());
        }
        None
    }

    /// The instruction that put a unit where it is, when one did: the one that numbered, moved or
    /// added it, or for a unit added inside another (第四条之一 in a chapter added whole), the one
    /// that added the nearest unit around it. `None` for a unit of the original left in
    /// its place.
    fn placed_by(&self, unit: NodeId) -> Option<(NodeId, (String, crate::notice::Pos))> {
        let own = |x: NodeId| {
            let n = self.tree.node(x);
            n.declared.clone().map(|(_, _, ins, pos)| (ins, pos)).or_else(|| n.placed.clone())
        };
        // the unit, then the units around it for as long as the one below came with the decision
        self.tree
            .ancestors(unit)
            .scan(true, |up, x| {
                let go = std::mem::replace(up, self.tree.node(x).orig_path.is_none());
                go.then_some(x)
            })
            .find_map(own)
            .map(|m| (unit, m))
    }

    /// A unit as an order error shows it: by its label now, with where it was in the original where
    /// the label does not say it (第四条（原第三条）; 一/（一）/1./(3), whose path ends with its label), or,
    /// for a new one, where it was put (（3）（新增，一/（一）/1./(2)之后）).
    fn shown(&self, unit: NodeId) -> String {
        let n = self.tree.node(unit);
        let label = n.label.as_deref().unwrap_or_default();
        let plain = |s: &str| s.replace('（', "(").replace('）', ")").trim_end_matches(['、', '.', '．']).to_string();
        match n.orig_path.as_deref() {
            Some(_) if plain(&n.path()).ends_with(&plain(label)) => n.path(),
            Some(_) => format!("{label}（原{}）", n.path()),
            None => format!("{label}{}", self.tree.place(unit)),
        }
    }

    /// Units in document order with the scope they are counted in and their number: a unit the
    /// decision numbered (`declared`) that stands beside or after a unit of a higher or equal number
    /// in its scope is an error of its instruction.
    fn check_order(&mut self, units: &[(NodeId, NodeId, (u32, u32))], what: &str, renumbering: bool) {
        let mut last: std::collections::HashMap<NodeId, (NodeId, (u32, u32))> = std::collections::HashMap::new();
        for &(scope, unit, num) in units {
            if let Some(&(p, pnum)) = last.get(&scope)
                && num <= pnum
                && let Some((culprit, (ins, pos))) = [unit, p].into_iter().find_map(|x| self.placed_by(x))
            {
                let hint = if renumbering {
                    String::new()
                } else {
                    format!(
                        " (the notice does not say 条文顺序作相应调整, so the {what} already there keep their numbers)"
                    )
                };
                self.errors.push(ApplyError {
                    kind: ErrorKind::NumberMismatch,
                    instruction: ins,
                    pos,
                    path: Some(self.tree.place(culprit)),
                    message: format!("the result has {} after {}{hint}", self.shown(unit), self.shown(p)),
                    candidate: None,
                });
            }
            last.insert(scope, (unit, num));
        }
    }
}
