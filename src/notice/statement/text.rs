//! Phrase clauses: replacing quoted text in located units or across the whole text, deleting it,
//! inserting text before or after an anchor or at the start or end of a unit, lists of responsible
//! units, and text the decision changes without saying where.

use pest::iterators::Pair;

use super::{ReadError, Reader, Rule};
use crate::document::{LineKind, classify};
use crate::notice::model::{Anchor, Locator, Op, Quoted, Step};

/// Whether a quoted text is a heading line (第二章立法规划…, 三、技术转让合同): its kind, number and
/// name.
fn heading_line(s: &str) -> Option<(Step, String)> {
    let c = classify(s);
    let n = c.number?;
    let step = match c.kind {
        LineKind::Part => Step::Part(n),
        LineKind::Chapter => Step::Chapter(n),
        LineKind::Section => Step::Section(n),
        LineKind::Point => Step::Point(n),
        _ => return None,
    };
    (!c.text.trim().is_empty() && c.text.chars().count() <= 40).then(|| (step, c.text.trim().to_string()))
}

/// A quoted text that opens with the label of an article, an item or a 目 (“（三）加大财税扶持力度”):
/// that unit's step, and the text after the label.
fn labelled_text(s: &str) -> Option<(Step, String)> {
    let c = classify(s);
    let n = c.number?;
    let step = match c.kind {
        LineKind::Article => Step::Article(n, c.sub_number),
        LineKind::Item => Step::Item(n),
        LineKind::SubItem => Step::SubItem(n),
        _ => return None,
    };
    (!c.text.trim().is_empty()).then(|| (step, c.text.to_string()))
}

/// Whether a quoted text is nothing but a unit label (“第八条”): its step.
fn label_only(s: &str) -> Option<Step> {
    let c = classify(s);
    if !c.text.trim().is_empty() {
        return None;
    }
    let n = c.number?;
    match c.kind {
        LineKind::Article => Some(Step::Article(n, c.sub_number)),
        LineKind::Chapter => Some(Step::Chapter(n)),
        LineKind::Section => Some(Step::Section(n)),
        _ => None,
    }
}

impl Reader<'_> {
    /// 将第十二项中的“A”修改为“B” · “C”修改为“D” (the clause before's locator) · “A”、“B”统一修改为“C”
    /// (one operation per old text) · 将“第二章立法规划…”修改为“第二章…” (a heading) · “第八条”调整为“第七条”
    /// after 条文顺序作相应调整 (a renumbering).
    pub(super) fn replace_text(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let explicit = Self::child(&c, Rule::scope);
        // 将第十二条中的“A”、第十六条中的“B”统一修改为“C”: each place with its texts
        let more = Self::children(&c, Rule::scoped_more);
        if !more.is_empty() {
            let (paras, mut to_q) = self.paragraphs(&c);
            let to = paras.join("\n");
            let to_quote = to_q.pop().unwrap_or_else(|| Quoted { text: to.clone(), pos: self.pos(&c) });
            let mut parts = vec![(explicit, Self::child(&c, Rule::qs))];
            parts.extend(more.iter().map(|m| (Self::child(m, Rule::scope), Self::child(m, Rule::qs))));
            for (scope, qs) in parts {
                let locs = self.scope(scope)?;
                let whole = locs.iter().any(|l| l.is_whole());
                for from in qs.map(|q| self.quotes_in(&q)).unwrap_or_default() {
                    let op = if whole {
                        Op::Rename { from: from.text.clone(), to: to.clone() }
                    } else {
                        Op::ReplaceText { from: from.text.clone(), to: to.clone() }
                    };
                    self.push(&c, op, locs.clone(), vec![from, to_quote.clone()]);
                }
            }
            return Ok(());
        }
        let locs = self.scope(explicit.clone())?;
        let froms: Vec<Quoted> = Self::child(&c, Rule::qs).map(|q| self.quotes_in(&q)).unwrap_or_default();
        let (paras, mut to_q) = self.paragraphs(&c);
        let to = paras.join("\n");
        let to_quote = to_q.pop().unwrap_or_else(|| Quoted { text: to.clone(), pos: self.pos(&c) });
        let whole = locs.iter().any(Locator::is_whole);
        // a heading quoted whole, with no unit named: the heading of that unit
        if explicit.is_none()
            && froms.len() == 1
            && let (Some((step, name)), Some((to_step, to_name))) = (heading_line(&froms[0].text), heading_line(&to))
        {
            let loc = Locator { steps: vec![step], heading: Some(name), ..Locator::new(&froms[0].text, froms[0].pos) };
            self.push(&c, Op::ReplaceHeading { heading: to_name }, vec![loc.clone()], vec![froms[0].clone(), to_quote]);
            if let (Some((a, _)), Some((b, _))) =
                (super::locators::number_of(&step), super::locators::number_of(&to_step))
                && a != b
                && let Some(kind) = super::locators::kind_of(&to_step)
            {
                self.push(&c, Op::Renumber { to: kind, number: b, sub_number: None }, vec![loc], vec![]);
            }
            return Ok(());
        }
        // “（三）加大财税扶持力度”修改为“（三）加大财政扶持力度”, no place named: a text quoted with its unit's
        // label, the same label in both, is a change in that unit (inside a unit named, the text is
        // found there, label and all)
        if froms.len() == 1
            && let (Some((step, from)), Some((to_step, to_text))) = (labelled_text(&froms[0].text), labelled_text(&to))
            && step == to_step
            && (explicit.is_none() || whole)
        {
            let loc = Locator {
                steps: vec![step],
                holding: Some(from.clone()),
                ..Locator::new(&froms[0].text, froms[0].pos)
            };
            self.push(&c, Op::ReplaceText { from, to: to_text }, vec![loc], vec![froms[0].clone(), to_quote]);
            return Ok(());
        }
        // “第八条”调整为“第七条” after 条文顺序作相应调整：a renumbering, not a text replacement
        if explicit.is_none()
            && (self.ctx.last_op == Some("renumber_all") || self.ctx.last_op == Some("renumber"))
            && let (Some(from), Some(to_step)) = (froms.first().and_then(|f| label_only(&f.text)), label_only(&to))
            && froms.len() == 1
            && let (Some(kind), Some((n, sub))) =
                (super::locators::kind_of(&to_step), super::locators::number_of(&to_step))
        {
            let loc = Locator { steps: vec![from], ..Locator::new(&froms[0].text, froms[0].pos) };
            self.push(&c, Op::Renumber { to: kind, number: n, sub_number: sub }, vec![loc], vec![]);
            self.ctx.last_op = Some("renumber");
            return Ok(());
        }
        // a whole text or the related clauses (相关条款, is_whole): a renaming; after a whole-text
        // renaming a bare “C”修改为“D” continues it, its place being the whole text (context_locators)
        for from in froms {
            let op = if whole {
                Op::Rename { from: from.text.clone(), to: to.clone() }
            } else {
                Op::ReplaceText { from: from.text.clone(), to: to.clone() }
            };
            self.push(&c, op, locs.clone(), vec![from, to_quote.clone()]);
        }
        Ok(())
    }

    /// 将第五条中的“A”、“B”分别修改为“C”、“D”: the old texts and the new ones pair in order.
    pub(super) fn replace_pairwise(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let lists = Self::children(&c, Rule::qs);
        // 将第四条中的“A”、第五条中的“B”分别修改为…: each old text with the place it is named in (a
        // place read after the one before, so that 第二款 there is that article's)
        let mut groups = vec![(Self::child(&c, Rule::scope), self.quotes_in(&lists[0]))];
        for m in Self::children(&c, Rule::scoped_more) {
            let qs = Self::child(&m, Rule::qs).expect("grammar");
            groups.push((Self::child(&m, Rule::scope), self.quotes_in(&qs)));
        }
        let froms: Vec<(usize, Quoted)> =
            groups.iter().enumerate().flat_map(|(g, (_, qs))| qs.iter().map(move |q| (g, q.clone()))).collect();
        let pairs = self.paired(froms, &lists[1])?;
        for (g, (scope, _)) in groups.into_iter().enumerate() {
            let locs = self.scope(scope)?;
            let whole = locs.iter().any(Locator::is_whole);
            for ((_, from), to) in pairs.iter().filter(|((of, _), _)| *of == g) {
                let op = if whole {
                    Op::Rename { from: from.text.clone(), to: to.text.clone() }
                } else {
                    Op::ReplaceText { from: from.text.clone(), to: to.text.clone() }
                };
                self.push(&c, op, locs.clone(), vec![from.clone(), to.clone()]);
            }
        }
        Ok(())
    }

    /// The old and new texts of 分别修改为, paired in order: as many new texts as old ones, or one
    /// new text that each old one becomes (“A”“B”分别修改为“C”).
    fn pairwise(&self, c: &Pair<Rule>) -> Result<Vec<(Quoted, Quoted)>, ReadError> {
        let lists = Self::children(c, Rule::qs);
        self.paired(self.quotes_in(&lists[0]), &lists[1])
    }

    /// The old texts (each with what goes with it) paired with the new texts of `tos`.
    fn paired<T>(&self, froms: Vec<T>, tos: &Pair<Rule>) -> Result<Vec<(T, Quoted)>, ReadError> {
        let (n, to_texts) = (froms.len(), self.quotes_in(tos));
        match to_texts.len() {
            1 => Ok(froms.into_iter().map(|f| (f, to_texts[0].clone())).collect()),
            m if m == n => Ok(froms.into_iter().zip(to_texts).collect()),
            m => Err(self.err(tos, format!("分别修改为 pairs {n} old text(s) with {m} new one(s)"))),
        }
    }

    /// 此外，根据本决定将相关地方性法规中“区、县”的提法统一修改为“区”: a renaming in every
    /// place (and 将相关条款中的“A”“B”分别修改为“C”“D”, several at once).
    pub(super) fn rename_related(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let loc = Locator::whole("相关", self.pos(&c));
        if Self::children(&c, Rule::qs).len() == 2 {
            for (from, to) in self.pairwise(&c)? {
                self.push(
                    &c,
                    Op::Rename { from: from.text.clone(), to: to.text.clone() },
                    vec![loc.clone()],
                    vec![from, to],
                );
            }
            return Ok(());
        }
        let froms = Self::child(&c, Rule::qs).map(|q| self.quotes_in(&q)).unwrap_or_default();
        let (paras, mut to_q) = self.paragraphs(&c);
        let to = paras.join("\n");
        let to_quote = to_q.pop().unwrap_or_else(|| Quoted { text: to.clone(), pos: self.pos(&c) });
        for from in froms {
            self.push(
                &c,
                Op::Rename { from: from.text.clone(), to: to.clone() },
                vec![loc.clone()],
                vec![from, to_quote.clone()],
            );
        }
        Ok(())
    }

    /// “地税局”“国税局”合并修改为“省税务局”.
    pub(super) fn merge_units(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let quoted = self.quotes_in(&c);
        let into = quoted.last().cloned().expect("grammar: a merge has a result");
        let units: Vec<String> = quoted[..quoted.len() - 1].iter().map(|q| q.text.clone()).collect();
        let locs = match Self::child(&c, Rule::scope) {
            Some(sc) => self.scope(Some(sc))?,
            None if self.ctx.last.is_empty() => vec![Locator::whole("全文", self.pos(&c))],
            None => self.ctx.last.clone(),
        };
        self.push(&c, Op::MergeUnits { units, into: into.text }, locs, quoted);
        Ok(())
    }

    /// 并相应删除该内容责任单位中的“地税局”“省国税局”.
    pub(super) fn delete_units_line(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let quoted = self.quotes_in(&c);
        let units = quoted.iter().map(|q| q.text.clone()).collect();
        let ul = Self::child(&c, Rule::unit_line).expect("grammar");
        let loc = Locator { steps: vec![Step::UnitsOfDeleted], ..Locator::new(ul.as_str(), self.pos(&ul)) };
        let keep = self.ctx.last.clone();
        self.push(&c, Op::DeleteUnitsFromLine { units }, vec![loc], quoted);
        self.ctx.last = keep;
        Ok(())
    }

    /// 删除第十四项中“D”的表述 · 删去其中的“A”和“B” · 删去第八条第一款末尾的“A”和第二款末尾的“B”.
    pub(super) fn delete_text(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        // 删除第（二）项“完善政策体系”: one quotation right after the locators, and nothing after it
        let names_unit = match (Self::child(&c, Rule::scope), Self::child(&c, Rule::qs)) {
            (Some(scope), Some(qs)) => {
                Self::child(&scope, Rule::locators).is_some_and(|l| l.as_span().end() == scope.as_span().end())
                    && qs.as_span().end() == c.as_span().end()
                    && self.quotes_in(&qs).len() == 1
            }
            _ => false,
        };
        let mut parts = vec![(Self::child(&c, Rule::scope), Self::child(&c, Rule::qs))];
        for more in Self::children(&c, Rule::delete_text_more) {
            parts.push((Self::child(&more, Rule::scope), Self::child(&more, Rule::qs)));
        }
        for (scope, qs) in parts {
            // 中所有的“A”, 中的全部“A”: every occurrence
            let every = scope
                .as_ref()
                .is_some_and(|s| ["所有的", "的所有", "的全部", "全部的"].iter().any(|w| s.as_str().ends_with(w)));
            let locs = self.scope(scope)?;
            // 中的两处“A”: each of the occurrences counted
            let every = every || locs.iter().any(|l| l.times.is_some());
            let quoted = qs.map(|q| self.quotes_in(&q)).unwrap_or_default();
            let texts: Vec<String> = quoted.iter().map(|q| q.text.clone()).collect();
            // 删除全文中“物价局” deletes units from their lists; 删除全文中“…”的表述 deletes a passage,
            // wherever it is
            let whole = locs.iter().any(Locator::is_whole);
            if whole && !c.as_str().ends_with("的表述") {
                self.push(&c, Op::DeleteUnits { units: texts }, locs, quoted);
            } else if every || whole {
                self.push(&c, Op::DeleteEvery { texts }, locs, quoted);
            } else {
                let mut locs = locs;
                for l in &mut locs {
                    l.names_unit = names_unit;
                }
                self.push(&c, Op::DeleteText { texts }, locs, quoted);
            }
        }
        // …和第三款: whole units after the text, numbered relative to the text's unit
        if let Some(units) = Self::child(&c, Rule::deleted_units) {
            let list = Self::child(&units, Rule::locators).expect("grammar");
            let mut reference: Option<Vec<Step>> =
                self.ops.last().and_then(|o| o.locators.first()).map(|l| l.steps.clone());
            let mut locs = Vec::new();
            for l in Self::children(&list, Rule::locator) {
                let got = self.locator(&l, reference.as_deref())?;
                reference = got.last().map(|x| x.steps.clone());
                locs.extend(got);
            }
            if locs.iter().any(Locator::is_whole) {
                return Err(self.err(&units, "删去 names the whole document: to repeal it, say 废止"));
            }
            self.push(&units, Op::DeleteNode, locs, vec![]);
        }
        Ok(())
    }

    /// 删除“物价局” (units, after a whole-text renaming) · 删去“A” (text, in the context's unit).
    pub(super) fn delete_bare(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let quoted = self.quotes_in(&c);
        let texts: Vec<String> = quoted.iter().map(|q| q.text.clone()).collect();
        if self.ctx.last.iter().any(Locator::is_whole) {
            let locs = vec![Locator::whole("全文", self.pos(&c))];
            self.push(&c, Op::DeleteUnits { units: texts }, locs, quoted);
            return Ok(());
        }
        // after units renamed, merged or deleted, units too, in the place those were (在第三项中
        // “A”“B”合并修改为“C”，删除“D”: in 第三项); else text in the context's unit, units in a whole text
        let after_units = matches!(self.ctx.last_op, Some("rename" | "merge_units" | "delete_units"));
        let locs = self.context_locators_at(Some(&c), false)?;
        if after_units || locs.iter().any(Locator::is_whole) {
            self.push(&c, Op::DeleteUnits { units: texts }, locs, quoted);
        } else {
            self.push(&c, Op::DeleteText { texts }, locs, quoted);
        }
        Ok(())
    }

    /// 在第一条中的“A”后增加“B” · 在“A”“B”前均增加“C” (one operation per anchor) · 在《…法》后增加“…”.
    pub(super) fn insert_text(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = match (Self::child(&c, Rule::scope), Self::child(&c, Rule::locators)) {
            (Some(s), _) => self.scope(Some(s))?,
            (None, Some(l)) => self.locators(&l)?,
            (None, None) => self.context_locators_at(Some(&c), false)?,
        };
        let anchors: Vec<Quoted> = match (Self::child(&c, Rule::qs), Self::child(&c, Rule::title)) {
            (Some(qs), _) => self.quotes_in(&qs),
            (None, Some(t)) => vec![Quoted { text: self.written(&t), pos: self.pos(&t) }],
            // 在“A”和“B”之间
            _ => Self::child(&c, Rule::between_a).map_or_else(Vec::new, |a| self.quotes_in(&a)),
        };
        let (paras, quoted_text) = self.paragraphs(&c);
        let text = paras.join("\n");
        // where the anchor ends in the clause: what follows says before or after
        let anchor_end = match (Self::child(&c, Rule::qs), Self::child(&c, Rule::title)) {
            (Some(p), _) | (None, Some(p)) => p.as_span().end(),
            _ => c.as_span().end(),
        };
        let tail = &c.as_str()[anchor_end - c.as_span().start()..];
        let before = tail.starts_with('前') || tail.starts_with("之前") || tail.starts_with("的前");
        // 在“A”之后、“B”之前增加“C” · 在“A”和“B”之间增加“C”: right after A where B follows it (A and B
        // together are the place)
        let mut locs = locs;
        if let Some(b) = Self::child(&c, Rule::between_q).and_then(|b| Self::child(&b, Rule::q)) {
            let b = self.quote(&b).text;
            let [a] = &anchors[..] else {
                return Err(self.err(&c, "之后、…之前: between which two texts?"));
            };
            for l in &mut locs {
                if l.within.is_some() {
                    return Err(self.err(&c, "之后、…之前 inside a quoted passage: which place is meant?"));
                }
                l.within = Some(format!("{}{b}", a.text));
            }
        }
        // 在“A”“B”之后分别增加“C”“D”: each text after its own anchor
        let pairwise = quoted_text.len() > 1;
        if pairwise && quoted_text.len() != anchors.len() {
            return Err(self
                .err(&c, format!("分别增加 pairs {} place(s) with {} new text(s)", anchors.len(), quoted_text.len())));
        }
        for (k, a) in anchors.into_iter().enumerate() {
            let anchor = if before { Anchor::Before(a.text.clone()) } else { Anchor::After(a.text.clone()) };
            let (text, new) = if pairwise {
                (quoted_text[k].text.clone(), vec![quoted_text[k].clone()])
            } else {
                (text.clone(), quoted_text.clone())
            };
            let mut quoted = vec![a];
            quoted.extend(new);
            self.push(&c, Op::InsertText { anchor, text }, locs.clone(), quoted);
        }
        Ok(())
    }

    /// 在第一款最后增加“…” · 在该条末尾增加“…” · 句尾增加“…” · 第一条第二款开始部分增加规定：“…”.
    pub(super) fn insert_at_edge(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = match Self::child(&c, Rule::locators) {
            Some(l) => self.locators(&l)?,
            None => self.context_locators_at(Some(&c), false)?,
        };
        let mut anchor = if c.as_rule() == Rule::insert_start { Anchor::Start } else { Anchor::End };
        let mut locs = locs;
        // 增加一句，作为第N句: after sentence N-1, or at the start where it is the first
        if let Some(place) = Self::child(&c, Rule::sentence_place) {
            let sentence = Self::child(&place, Rule::sentence).expect("grammar");
            match self.number(&sentence)? {
                1 => anchor = Anchor::Start,
                n => locs.iter_mut().for_each(|l| l.steps.push(Step::Sentence(n - 1))),
            }
        } else if anchor == Anchor::Start && Self::child(&c, Rule::start_of).is_none() {
            // 在第二句前增加一句 (the locator names the sentence: its start)
            if !locs.iter().all(|l| matches!(l.steps.last(), Some(Step::Sentence(_) | Step::LastSentence))) {
                return Err(self.err(&c, "前增加一句 needs a sentence to stand before (在第二款第二句前增加一句)"));
            }
        }
        let (paras, quoted) = self.paragraphs(&c);
        self.push(&c, Op::InsertText { anchor, text: paras.join("\n") }, locs, quoted);
        Ok(())
    }

    /// 在其中增加“市监察委员会” · 将其中的期限改为“通过后三十日内”: text without a place.
    pub(super) fn unplaced(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        // (a ctx_scope, 相关条款中的 or 有关条款中的, says one of the two words)
        let locs = match Self::child(&c, Rule::locators) {
            Some(l) => self.locators(&l)?,
            _ if c.as_str().contains("相关条款") || c.as_str().contains("有关条款") => {
                vec![Locator { steps: vec![Step::Related], ..Locator::new("相关条款", self.pos(&c)) }]
            }
            _ => self.context_locators_at(Some(&c), false)?,
        };
        let quoted = self.quotes_in(&c);
        // 第五项增加责任单位“省财政厅”: the list named after the verb is the place
        let mut locs = locs;
        if let Some(list) = Self::child(&c, Rule::units_list) {
            for l in &mut locs {
                l.list = Some(list.as_str().to_string());
            }
        }
        // 在第五项责任单位中增加“省财政厅”: the place is a list, and the units go at its end
        if !locs.is_empty() && locs.iter().all(|l| l.list.is_some()) {
            return self.add_units(&c, locs, quoted);
        }
        let text = quoted.last().map(|q| q.text.clone()).unwrap_or_default();
        let note = self.written(&c);
        self.push(&c, Op::Unplaced { text, note }, locs, quoted);
        Ok(())
    }

    /// 删去第十项责任单位中的“省地税局”，增加“省税务局”: units added to the list of responsible units
    /// the clause before named (and only to one: a bare 增加“…” names no other place).
    pub(super) fn add_to_list(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = self.ctx.last.clone();
        if locs.is_empty() || locs.iter().any(|l| l.list.is_none()) {
            return Err(self.err(
                &c,
                "增加 what is quoted, but where? A bare 增加“…” adds units to the list of responsible units \
                 the clause before names (第十项责任单位中…，增加“…”)",
            ));
        }
        let quoted = self.quotes_in(&c);
        self.add_units(&c, locs, quoted)
    }

    fn add_units(&mut self, c: &Pair<Rule>, locs: Vec<Locator>, quoted: Vec<Quoted>) -> Result<(), ReadError> {
        for q in quoted {
            let op = Op::InsertText { anchor: Anchor::End, text: q.text.clone() };
            self.push(c, op, locs.clone(), vec![q]);
        }
        Ok(())
    }
}
