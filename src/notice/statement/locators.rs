//! Locators: units named by their ORIGINAL numbers (第十条第二款, 原第五十三条), lists (第二条、第五条
//! 第二款; 第二、三、四款; 第六条、十二条), ranges (第十二条至第十六条), the document's title and
//! preamble, and context (该条, 其中, a 款 after its article); new numbers (作为第十九条第一款) are
//! FINAL numbers.

use pest::iterators::Pair;

use super::{ReadError, Reader, Rule, strip_title, unit_kind};
use crate::notice::model::{LAST, Locator, Step, UnitKind};

/// The level of a step, for deciding what a relative locator inherits.
pub(super) fn level(s: &Step) -> u32 {
    match s {
        Step::Whole | Step::Related | Step::UnitsOfDeleted | Step::Title | Step::Preamble => 0,
        Step::Part(_) | Step::Attachment(_) => 1,
        Step::Chapter(_) | Step::Named => 2,
        Step::Section(_) => 3,
        Step::Point(_) => 4,
        Step::Article(..) => 4,
        Step::Paragraph(_) => 5,
        Step::Item(_) => 6,
        Step::SubItem(_) => 7,
        Step::SubSubItem(_) => 8,
        Step::Lead | Step::NaturalParagraph(_) => 9,
        Step::Sentence(_) | Step::LastSentence => 10,
    }
}

/// A step as read below `above`: below an item, the measures 1. 2. are its 点 or 条 (第（一）项第2点 ·
/// 第（一）条第2条: a policy text's levels run 部分/点, 项/条, then 点/条 again), which the engine calls
/// 目; below a measure (a 目), an item is its line （1）, the level below (第1点第（2）项 · 第2目第（1）项:
/// a 目 holds no items).
fn below(above: &Step, s: Step) -> Step {
    match (above, s) {
        (Step::Item(_), Step::Point(n) | Step::Article(n, None)) => Step::SubItem(n),
        (Step::SubItem(_), Step::Item(n)) => Step::SubSubItem(n),
        _ => s,
    }
}

/// Raw steps of a locator as written, before context is applied.
enum RawStep {
    Step(Step),
    ThisArticle,
    ThisParagraph,
    ThisItem,
    /// 该章, 本节: the division of that kind the clause before names (a step of its kind, and its
    /// character).
    ThisDivision(Step, char),
}

/// A step of `kind` numbered `n`.
pub(super) fn step_of(kind: UnitKind, n: u32, sub: Option<u32>) -> Step {
    match kind {
        UnitKind::Part => Step::Part(n),
        UnitKind::Chapter => Step::Chapter(n),
        UnitKind::Section => Step::Section(n),
        UnitKind::Article => Step::Article(n, sub),
        UnitKind::Paragraph => Step::Paragraph(n),
        UnitKind::Item => Step::Item(n),
        UnitKind::SubItem => Step::SubItem(n),
        UnitKind::SubSubItem => Step::SubSubItem(n),
        UnitKind::Point => Step::Point(n),
        UnitKind::NaturalParagraph => Step::NaturalParagraph(n),
    }
}

/// The unit kind of a numbered step.
pub(super) fn kind_of(s: &Step) -> Option<UnitKind> {
    Some(match s {
        Step::Part(_) => UnitKind::Part,
        Step::Chapter(_) => UnitKind::Chapter,
        Step::Section(_) => UnitKind::Section,
        Step::Article(..) => UnitKind::Article,
        Step::Paragraph(_) => UnitKind::Paragraph,
        Step::Item(_) => UnitKind::Item,
        Step::SubItem(_) => UnitKind::SubItem,
        Step::SubSubItem(_) => UnitKind::SubSubItem,
        Step::Point(_) => UnitKind::Point,
        _ => return None,
    })
}

/// The number of a numbered step, with the 之一 of an article.
pub(super) fn number_of(s: &Step) -> Option<(u32, Option<u32>)> {
    Some(match *s {
        Step::Article(n, sub) => (n, sub),
        Step::Part(n)
        | Step::Chapter(n)
        | Step::Section(n)
        | Step::Paragraph(n)
        | Step::Item(n)
        | Step::SubItem(n)
        | Step::SubSubItem(n)
        | Step::Point(n) => (n, None),
        _ => return None,
    })
}

/// Completes relative steps: a locator that starts below the article (第一款, 第三项) takes the
/// steps above it from `base`.
pub(super) fn complete(base: &[Step], first: &Step) -> Vec<Step> {
    base.iter().filter(|b| level(b) < level(first) && level(b) > 0).copied().collect()
}

impl Reader<'_> {
    /// The full title a target names: an abbreviation the decision declared (《解释》) stands for
    /// its title.
    pub(super) fn target_title(&self, written: &str) -> String {
        // (without the document number written after the title)
        let written = written.rfind('》').map_or(written, |i| &written[..i + '》'.len_utf8()]);
        let t = strip_title(written);
        self.abbrevs.iter().find(|(a, _)| *a == t).map_or(t, |(_, full)| full.clone())
    }

    fn raw_step(&self, p: &Pair<Rule>) -> Result<Option<RawStep>, ReadError> {
        let step = match p.as_rule() {
            Rule::part => Step::Part(self.number(p)?),
            Rule::chapter => Step::Chapter(self.number(p)?),
            Rule::section => Step::Section(self.number(p)?),
            Rule::article => {
                let nums: Vec<Pair<Rule>> =
                    p.clone().into_inner().filter(|x| matches!(x.as_rule(), Rule::cn_num | Rule::arabic)).collect();
                let main =
                    crate::text::numerals::parse(nums[0].as_str()).ok_or_else(|| self.err(p, "bad article number"))?;
                let sub = nums.get(1).and_then(|x| crate::text::numerals::parse(x.as_str()));
                Step::Article(main, sub)
            }
            Rule::paragraph => Step::Paragraph(self.number(p)?),
            // 第（2）项 (Arabic digits in brackets, as the fourth level is labelled: 一、（一）1.（1）) is
            // a line （2）, wherever it is named
            Rule::item
                if p.as_str().contains(['（', '(']) && p.clone().into_inner().any(|x| x.as_rule() == Rule::arabic) =>
            {
                Step::SubSubItem(self.number(p)?)
            }
            Rule::item => Step::Item(self.number(p)?),
            Rule::sub_item => Step::SubItem(self.number(p)?),
            Rule::point => Step::Point(self.number(p)?),
            // 附件1 · 附件 (the only one)
            Rule::attachment => {
                if p.clone().into_inner().next().is_some() {
                    Step::Attachment(self.number(p)?)
                } else {
                    Step::Attachment(0)
                }
            }
            Rule::nat_para => Step::NaturalParagraph(self.number(p)?),
            Rule::sentence => Step::Sentence(self.number(p)?),
            Rule::last_sentence => Step::LastSentence,
            Rule::last_unit => match p.as_str().chars().last() {
                Some('款') => Step::Paragraph(LAST),
                Some('项') => Step::Item(LAST),
                Some('目') => Step::SubItem(LAST),
                _ => Step::Point(LAST),
            },
            Rule::this_article => return Ok(Some(RawStep::ThisArticle)),
            Rule::this_para => return Ok(Some(RawStep::ThisParagraph)),
            Rule::this_item => return Ok(Some(RawStep::ThisItem)),
            Rule::this_division => {
                let c = p.as_str().chars().last().unwrap_or('节');
                let kind = match c {
                    '编' => Step::Part(0),
                    '章' => Step::Chapter(0),
                    _ => Step::Section(0),
                };
                return Ok(Some(RawStep::ThisDivision(kind, c)));
            }
            Rule::whole => Step::Whole,
            Rule::related => Step::Related,
            Rule::unit_line => Step::UnitsOfDeleted,
            Rule::doc_title => Step::Title,
            Rule::preamble => Step::Preamble,
            Rule::lead => Step::Lead,
            _ => return Ok(None),
        };
        Ok(Some(RawStep::Step(step)))
    }

    /// The locators a `locator` pair names (several for 第二、三、四款), with relative steps completed
    /// from `reference` (the locator before it in a list) or from the item's article.
    pub(super) fn locator(&self, pair: &Pair<Rule>, reference: Option<&[Step]>) -> Result<Vec<Locator>, ReadError> {
        let mut target = None;
        let mut heading = None;
        let mut raw = Vec::new();
        let mut to = None;
        let mut expanded: Option<Vec<Step>> = None;
        let mut units_list = None;
        for p in pair.clone().into_inner() {
            match p.as_rule() {
                Rule::target => target = Some(self.target_title(&self.written(&p))),
                Rule::units_list => units_list = Some(p.as_str().to_string()),
                // 附则 · 总则 · “法律责任”一章: a division named by its name
                Rule::named_division => {
                    let name = match Self::child(&p, Rule::q) {
                        Some(q) => self.quote(&q).text,
                        None => p.as_str().trim_end_matches(['部', '分']).to_string(),
                    };
                    heading = Some(name);
                    raw.push(RawStep::Step(Step::Named));
                }
                Rule::point | Rule::chapter | Rule::section | Rule::part => {
                    // 第六点“拓展市场” · 第五章“供水保障”: the heading is a check on the unit
                    if let Some(q) = p.clone().into_inner().find(|x| x.as_rule() == Rule::q) {
                        heading = Some(self.quote(&q).text);
                    }
                    if let Some(s) = self.raw_step(&p)? {
                        raw.push(s);
                    }
                }
                Rule::numbers => {
                    let kind = Self::child(&p, Rule::unit_kind)
                        .and_then(|k| unit_kind(k.as_str()))
                        .ok_or_else(|| self.err(&p, "a list of numbers names no unit"))?;
                    let mut v = Vec::new();
                    for n in p.clone().into_inner().filter(|x| matches!(x.as_rule(), Rule::cn_num | Rule::arabic)) {
                        let k = crate::text::numerals::parse(n.as_str())
                            .ok_or_else(|| self.err(&n, format!("“{}” is not a number", n.as_str())))?;
                        v.push(step_of(kind, k, None));
                    }
                    expanded = Some(v);
                }
                Rule::range_to => {
                    let mut last = None;
                    for s in p.clone().into_inner() {
                        if let Some(RawStep::Step(st)) = self.raw_step(&s)? {
                            last = Some(st);
                        }
                    }
                    to = last;
                }
                _ => {
                    if let Some(s) = self.raw_step(&p)? {
                        raw.push(s);
                    }
                }
            }
        }
        // 责任单位 alone: the list of the unit the clause before names (its item)
        if raw.is_empty() && units_list.is_some() && expanded.is_none() {
            raw.push(RawStep::ThisItem);
        }
        // 《意见》中的: a document named inline and nothing else is the whole of it
        if raw.is_empty() && target.is_some() && expanded.is_none() {
            raw.push(RawStep::Step(Step::Whole));
        }
        let base = |first: &Step| -> Vec<Step> {
            let b: Option<Vec<Step>> = reference.map(|r| r.to_vec()).or_else(|| self.ctx.article.clone());
            b.map(|b| complete(&b, first)).unwrap_or_default()
        };
        let written = self.written(pair);
        let pos = self.pos(pair);
        let mut steps: Vec<Step> = Vec::new();
        for (i, r) in raw.into_iter().enumerate() {
            match r {
                RawStep::Step(s) => {
                    if i == 0
                        && matches!(
                            s,
                            Step::Paragraph(_)
                                | Step::Item(_)
                                | Step::SubItem(_)
                                | Step::Lead
                                | Step::NaturalParagraph(_)
                                | Step::Sentence(_)
                                | Step::LastSentence
                        )
                    {
                        steps.extend(base(&s));
                    }
                    steps.push(s);
                }
                RawStep::ThisArticle => {
                    let a = self.ctx.article.clone().ok_or_else(|| self.err(pair, "“该条” refers to no article"))?;
                    steps.extend(a);
                }
                RawStep::ThisDivision(kind, c) => {
                    // (the clause before named the division, or a unit within it by way of it)
                    let last = self.ctx.last.first().map(|l| l.steps.clone()).unwrap_or_default();
                    let at = last.iter().rposition(|s| std::mem::discriminant(s) == std::mem::discriminant(&kind));
                    let Some(at) = at else {
                        let message =
                            format!("“{}” refers to a {c}, and the clause before names none", self.written(pair));
                        return Err(self.err(pair, message));
                    };
                    steps.extend_from_slice(&last[..=at]);
                }
                RawStep::ThisParagraph | RawStep::ThisItem => {
                    let last = self.ctx.last.first().ok_or_else(|| {
                        self.err(
                            pair,
                            format!("“{}” refers to a unit, and no clause before it names one", self.written(pair)),
                        )
                    })?;
                    // 该款 after 第一款第（一）项 is 第一款, 该项 after 第（二）项第2目 is 第（二）项
                    let deepest = if matches!(r, RawStep::ThisParagraph) {
                        level(&Step::Paragraph(1))
                    } else {
                        level(&Step::Item(1))
                    };
                    steps.extend(last.steps.iter().copied().filter(|s| level(s) <= deepest));
                }
            }
        }
        // each step read below the one before it (第（一）项第2点: the measure 2., a 目)
        for i in 1..steps.len() {
            steps[i] = below(&steps[i - 1], steps[i]);
        }
        // (the end of a range, and the units of a list, are read as its first unit is)
        let to = to.map(|t| if steps.len() > 1 { below(&steps[steps.len() - 2], t) } else { t });
        // 第二、三款 (its article from the context) · 第二条第二、三款 (the units before it)
        if let Some(list) = expanded {
            let prefix = if steps.is_empty() { list.first().map(&base).unwrap_or_default() } else { steps };
            return Ok(list
                .into_iter()
                .map(|s| prefix.last().map_or(s, |above| below(above, s)))
                .map(|s| {
                    let mut steps = prefix.clone();
                    steps.push(s);
                    Locator { target: target.clone(), steps, list: units_list.clone(), ..Locator::new(&written, pos) }
                })
                .collect());
        }
        if let Some(t) = to
            && let Some(first) = steps.last()
            && kind_of(first) != kind_of(&t)
        {
            return Err(self.err(pair, format!("the range runs from {first} to {t}, units of different kinds")));
        }
        Ok(vec![Locator { target, steps, heading, to, list: units_list, ..Locator::new(&written, pos) }])
    }

    /// The locators of a `locators` pair, each completed from the one before it.
    pub(super) fn locators(&self, pair: &Pair<Rule>) -> Result<Vec<Locator>, ReadError> {
        let mut out: Vec<Locator> = Vec::new();
        for p in pair.clone().into_inner().filter(|p| p.as_rule() == Rule::locator) {
            let reference = out.last().map(|l| l.steps.clone());
            let mut ls = self.locator(&p, reference.as_deref())?;
            // a target named once covers the list (将《…》第五条、第八条中的…)
            if let Some(prev) = out.last() {
                for l in &mut ls {
                    if l.target.is_none() {
                        l.target = prev.target.clone();
                    }
                }
            }
            out.extend(ls);
        }
        // 第十二项、第十四项责任单位: the list named last is every unit's
        if let Some(list) = out.last().and_then(|l| l.list.clone()) {
            for l in &mut out {
                l.list.get_or_insert_with(|| list.clone());
            }
        }
        Ok(out)
    }

    /// Locators named by a `scope` (locators, 该条中的 and 相关条款中的 among them, a quoted passage,
    /// 其中) or else the context's. (The grammar tries locators first: 该条 and 相关条款 are locator
    /// steps there, and `other` and `ctx_scope` never see them.)
    pub(super) fn scope(&self, pair: Option<Pair<Rule>>) -> Result<Vec<Locator>, ReadError> {
        let Some(p) = pair else { return self.context_locators_at(None, false) };
        let mut locs = self.scope_places(&p)?;
        // 中的两处“A”: the count the notice gives goes with each place
        if let Some(t) = Self::child(&p, Rule::times) {
            let n = match t.as_str().trim_end_matches('处') {
                "两" => 2,
                other => crate::text::numerals::parse(other).ok_or_else(|| self.err(&t, "not a count"))?,
            };
            for l in &mut locs {
                l.times = Some(n);
            }
        }
        // 中的第二个“A” · 最后一处“A”: the one of them meant (“B”中的第二个“A”: in a passage)
        let nth = Self::child(&p, Rule::nth)
            .or_else(|| Self::child(&p, Rule::passage).and_then(|ps| Self::child(&ps, Rule::nth)));
        if let Some(t) = nth {
            let n = match t.as_str().strip_prefix('第') {
                Some(rest) => crate::text::numerals::parse(rest.trim_end_matches(['个', '处']))
                    .filter(|&n| n > 0)
                    .ok_or_else(|| self.err(&t, "not an ordinal"))?,
                None => crate::notice::LAST,
            };
            for l in &mut locs {
                l.occurrence = Some(n);
            }
        }
        Ok(locs)
    }

    fn scope_places(&self, p: &Pair<Rule>) -> Result<Vec<Locator>, ReadError> {
        let p = p.clone();
        let Some(inner) = p.clone().into_inner().next() else { return self.context_locators_at(Some(&p), true) };
        match inner.as_rule() {
            Rule::locators if Self::child(&p, Rule::passage).is_none() => self.locators(&inner),
            Rule::locators | Rule::passage if Self::child(&p, Rule::passage).is_some() => {
                let passage = Self::child(&p, Rule::passage).expect("checked");
                let mut locs = match Self::child(&p, Rule::locators) {
                    Some(ls) => self.locators(&ls)?,
                    None => self.context_locators_at(Some(&p), true)?,
                };
                let q = Self::child(&passage, Rule::q).expect("grammar: a passage is a quotation");
                let text = self.quote(&q).text;
                // “A”后面的“B”: the passage is A and B together (B right after A), and B is found in it;
                // “A”和“D”之间的“B”: A, B and D together
                let next = || {
                    let rest = &self.st.body[p.as_span().end()..];
                    let end = rest.find('\u{E001}').map_or(0, |e| e + '\u{E001}'.len_utf8());
                    self.st.quote(&rest[..end]).map(|q| q.text.clone()).unwrap_or_default()
                };
                let within = if Self::child(&passage, Rule::passage_after).is_some() {
                    format!("{text}{}", next())
                } else if Self::child(&passage, Rule::passage_before).is_some() {
                    format!("{}{text}", next())
                } else if let Some(between) = Self::child(&passage, Rule::passage_between) {
                    let b = Self::child(&between, Rule::q).expect("grammar: a quotation after 和");
                    format!("{text}{}{}", next(), self.quote(&b).text)
                } else {
                    text
                };
                for l in &mut locs {
                    l.within = Some(within.clone());
                }
                Ok(locs)
            }
            _ => self.context_locators_at(Some(&p), true),
        }
    }

    /// 其中 and clauses without a locator: the previous clause's locators, or the item's article, or
    /// else the whole text (将“A”修改为“B” with nothing before it). A clause that refers back (其中,
    /// 修改为：…) takes the units of whatever clause came before; a bare phrase clause (“A”修改为“B”)
    /// only those of a phrase clause (after 将第三章与第四章合并为一章, 同时将“A”统一修改为“B” acts on
    /// the whole text, not on the chapters).
    pub(super) fn context_locators_at(
        &self,
        p: Option<&Pair<Rule>>,
        refers_back: bool,
    ) -> Result<Vec<Locator>, ReadError> {
        const PHRASE_OPS: [&str; 10] = [
            "replace_text",
            "delete_text",
            "delete_every",
            "insert_text",
            "rename",
            "delete_units",
            "merge_units",
            "unplaced",
            "move_text",
            "disapply",
        ];
        let last: Vec<Locator> = self.ctx.last.iter().filter(|l| !l.finals).cloned().collect();
        let phrase = self.ctx.last_op.is_some_and(|o| PHRASE_OPS.contains(&o));
        if !last.is_empty() && (refers_back || phrase) {
            return Ok(last);
        }
        let pos = p.map_or_else(|| self.idx.pos(self.st.start), |p| self.pos(p));
        match &self.ctx.article {
            Some(a) => {
                // the item's article, as the item wrote it
                let written = self
                    .ctx
                    .last
                    .iter()
                    .find(|l| l.steps.starts_with(a) && !l.finals)
                    .map_or_else(|| a.iter().map(Step::to_string).collect(), |l| l.written.clone());
                Ok(vec![Locator { steps: a.clone(), ..Locator::new(&written, pos) }])
            }
            None => Ok(vec![Locator::whole("全文", pos)]),
        }
    }

    /// The FINAL numbers of a `new_numbers` pair, as paths (第十九条第一款 → [第十九条, 第一款]); a
    /// path that names only a lower unit takes its upper steps from the path before it (第十九条第一款、
    /// 第二款), and a range (第六十一条至第六十五条) is spelled out.
    pub(super) fn new_numbers(&self, pair: &Pair<Rule>) -> Result<Vec<Vec<Step>>, ReadError> {
        let mut out: Vec<Vec<Step>> = Vec::new();
        let mut range_from: Option<usize> = None;
        let text = pair.as_str();
        for n in Self::children(pair, Rule::new_number) {
            let mut path = Vec::new();
            for s in n.clone().into_inner() {
                if let Some(RawStep::Step(st)) = self.raw_step(&s)? {
                    path.push(st);
                }
            }
            if path.is_empty() {
                return Err(self.err(&n, "a number is missing"));
            }
            if let Some(prev) = out.last() {
                let prefix = complete(prev, &path[0]);
                path.splice(0..0, prefix);
            }
            // 至: the numbers between the last one and this one
            let before = &text[..n.as_span().start() - pair.as_span().start()];
            if before.ends_with('至') || before.ends_with('到') {
                range_from = Some(out.len());
            }
            out.push(path);
        }
        if let Some(i) = range_from
            && i >= 1
        {
            let first = out[i - 1].clone();
            let last = out[i].clone();
            let (Some((a, _)), Some((b, _)), Some(kind)) =
                (first.last().and_then(number_of), last.last().and_then(number_of), first.last().and_then(kind_of))
            else {
                return Err(self.err(pair, "a range of numbers that are not units"));
            };
            if b < a || b - a > 500 {
                return Err(self.err(pair, format!("the range 第{a}…第{b} runs backwards or is too long")));
            }
            let prefix = first[..first.len() - 1].to_vec();
            let mut spelled: Vec<Vec<Step>> = Vec::new();
            for k in a..=b {
                let mut p = prefix.clone();
                p.push(step_of(kind, k, None));
                spelled.push(p);
            }
            out.splice(i - 1..=i, spelled);
        }
        Ok(out)
    }

    /// One FINAL number (`new_number`) as a path.
    pub(super) fn new_number(&self, pair: &Pair<Rule>) -> Result<Vec<Step>, ReadError> {
        let mut path = Vec::new();
        for s in pair.clone().into_inner() {
            if let Some(RawStep::Step(st)) = self.raw_step(&s)? {
                path.push(st);
            }
        }
        if path.is_empty() {
            return Err(self.err(pair, "a number is missing"));
        }
        Ok(path)
    }

    /// A locator for the FINAL place named by the upper steps of a path of two steps or more
    /// (作为第五条第二款 → 第五条).
    pub(super) fn final_parent(&self, pair: &Pair<Rule>, path: &[Step]) -> Locator {
        let steps = path[..path.len() - 1].to_vec();
        let written: String = steps.iter().map(Step::to_string).collect();
        Locator { steps, finals: true, ..Locator::new(&written, self.pos(pair)) }
    }
}
