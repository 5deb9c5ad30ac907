//! Clauses on units as a whole: replacing a unit or its heading, deleting, inserting (placed after a
//! unit, inside one, or by the final number alone), renumbering and moving (to a place named by final
//! numbers), splitting and merging, folding a division into another.

use pest::iterators::Pair;

use super::locators::{kind_of, number_of};
use super::{ReadError, Reader, Rule, unit_kind};
use crate::notice::model::{Locator, Op, Position, Quoted, Step, UnitKind};

impl Reader<'_> {
    /// 将第四条修改为：“…” · 第一款修改为：“…” (the item's article) · 将引言修改为：“…” · 第五条条首部分修改为：“…”.
    pub(super) fn replace_node(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = match Self::child(&c, Rule::locators) {
            Some(ls) => self.locators(&ls)?,
            None => self.context_locators_at(Some(&c), true)?,
        };
        let (paragraphs, quoted) = self.paragraphs(&c);
        if paragraphs.is_empty() {
            return Err(self.err(&c, "修改为 is not followed by the new text"));
        }
        if locs.iter().any(Locator::is_whole) {
            return Err(
                self.err(&c, "修改为 with new wording names the whole document: which 条, 款 or 项 does it replace?")
            );
        }
        // 将第五点“支持市场开拓与服务创新”修改为“支持市场开拓”: the quoted name is what is replaced,
        // not the whole point with everything under it
        if let [loc] = &locs[..]
            && loc.heading.is_some()
            && let [heading] = &paragraphs[..]
        {
            let op = Op::ReplaceHeading { heading: heading.clone() };
            self.push(&c, op, locs, quoted);
            return Ok(());
        }
        self.push(&c, Op::ReplaceNode { paragraphs }, locs, quoted);
        Ok(())
    }

    /// 款首修改为“…”: the lead-in of the unit of the clause before (the line before its items).
    pub(super) fn replace_start(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let mut locs = self.context_locators_at(Some(&c), true)?;
        if locs.iter().any(Locator::is_whole) {
            return Err(self.err(&c, "款首修改为: the lead-in of which 条 or 款?"));
        }
        for l in &mut locs {
            l.steps.push(Step::Lead);
        }
        let (paragraphs, quoted) = self.paragraphs(&c);
        self.push(&c, Op::ReplaceNode { paragraphs }, locs, quoted);
        Ok(())
    }

    /// 将第二十五章章名修改为“…” · 将《条例》名称修改为《…》 · 章名修改为“…” (the unit of the clause before).
    pub(super) fn replace_heading(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = match (Self::child(&c, Rule::locator), Self::child(&c, Rule::doc_title)) {
            (Some(l), _) => {
                let mut locs = self.locator(&l, None)?;
                // 将第二章章名“管理”修改为…: the old name is a check on the chapter
                if let Some(old) = Self::child(&c, Rule::old_name) {
                    let name = self.quotes_in(&old).remove(0).text;
                    for l in &mut locs {
                        l.heading = Some(name.clone());
                    }
                }
                locs
            }
            // 将《条例》名称修改为《…》: the document's title
            (None, Some(t)) => {
                let target = Self::child(&c, Rule::target).map(|t| self.target_title(&self.written(&t)));
                vec![Locator { target, steps: vec![Step::Title], ..Locator::new(t.as_str(), self.pos(&t)) }]
            }
            (None, None) => {
                let last = self.ctx.last.first().cloned().ok_or_else(|| self.err(&c, "章名修改为: which 章?"))?;
                vec![last]
            }
        };
        let (paragraphs, quoted) = self.paragraphs(&c);
        self.push(&c, Op::ReplaceHeading { heading: paragraphs.join("\n") }, locs, quoted);
        Ok(())
    }

    /// 删去所有章名 · 删去第二章第三节的节名 (the heading lines only; their articles stay).
    pub(super) fn delete_headings(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let text = c.as_str();
        let kind = if text.contains("节名") {
            UnitKind::Section
        } else if text.contains("编名") {
            UnitKind::Part
        } else {
            UnitKind::Chapter
        };
        let locs = match Self::child(&c, Rule::locators) {
            Some(l) => self.locators(&l)?,
            None => vec![Locator::whole("全文", self.pos(&c))],
        };
        self.push(&c, Op::DeleteHeadings { kind }, locs, vec![]);
        Ok(())
    }

    /// 删去第十四条 · 删除第二款的内容 · 删去第二条第二款、第四十条、第四十一条.
    pub(super) fn delete_node(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = self.locators(&Self::child(&c, Rule::locators).expect("grammar"))?;
        if locs.iter().any(Locator::is_whole) {
            return Err(self.err(&c, "删去 names the whole document: to repeal it, say 废止"));
        }
        self.push(&c, Op::DeleteNode, locs, vec![]);
        Ok(())
    }

    /// 在第十条后增加一条，作为第十一条：“…” · 增加一条，作为第五条：“…” · 第X条增加一款，作为第Y款：“…” ·
    /// 增加一款，作为第五条第二款 · 增加三项，作为第六项、第七项、第十项 · 增加一章，作为第七章“公布”，
    /// 包括第五十一条至第五十二条 · 增加一款“…”作为第二款.
    pub(super) fn insert_node(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let paths = match Self::child(&c, Rule::new_numbers) {
            Some(n) => self.new_numbers(&n)?,
            None => Vec::new(),
        };
        let kind = match Self::child(&c, Rule::unit_kind) {
            // 增加一段: a natural paragraph, which apply places by where it goes (a 款 in an article)
            Some(k) if k.as_str() == "段" => UnitKind::NaturalParagraph,
            Some(k) => unit_kind(k.as_str()).expect("grammar: a unit"),
            None => paths
                .first()
                .and_then(|p| p.last())
                .and_then(kind_of)
                .ok_or_else(|| self.err(&c, "增加: which unit?"))?,
        };
        // 增加一条，作为第（三）条: a policy text's 条 with its number in brackets is an item
        let bracketed = Self::child(&c, Rule::new_numbers).is_some_and(|n| n.as_str().contains(['）', ')']));
        let kind = match paths.first().and_then(|p| p.last()) {
            Some(last) if kind == UnitKind::Article && bracketed && kind_of(last) == Some(UnitKind::Item) => {
                UnitKind::Item
            }
            // 增加一项，作为第（3）项: a line （3）, the level its brackets and digits say
            Some(last) if kind == UnitKind::Item && kind_of(last) == Some(UnitKind::SubSubItem) => UnitKind::SubSubItem,
            _ => kind,
        };
        let count = match Self::child(&c, Rule::count) {
            Some(n) => self.number(&n)?,
            None => paths.len().max(1) as u32,
        };
        let mut numbers = Vec::new();
        let mut sub_number = None;
        for p in &paths {
            let last = p.last().expect("a path has a step");
            if kind_of(last) != Some(kind) {
                return Err(self.err(&c, format!("增加…{} 作为 a {}", kind.chinese(), last)));
            }
            let (n, sub) = number_of(last).expect("a numbered step");
            // 作为第三条之一、第三条之二: the 之N run on from the first (one 之N is kept for all)
            let expected = sub_number.map(|s: u32| s + numbers.len() as u32);
            if !numbers.is_empty() && sub != expected {
                return Err(self.err(
                    &c,
                    format!(
                        "增加…作为 {}: new 之N articles of one clause are numbered on from the first (之一、之二)",
                        p.iter().map(|s| s.to_string()).collect::<String>()
                    ),
                ));
            }
            sub_number = sub_number.or(sub);
            numbers.push(n);
        }
        if !numbers.is_empty() && numbers.len() != count as usize {
            return Err(self
                .err(&c, format!("增加{count}{} but {} number(s) given: {numbers:?}", kind.chinese(), numbers.len())));
        }
        // 作为第七章“公布”: the chapter rule of the new number takes the heading when nothing follows it
        let heading = Self::child(&c, Rule::heading_q)
            .or_else(|| Self::child(&c, Rule::new_numbers))
            .and_then(|h| self.quotes_in(&h).first().map(|q| q.text.clone()));
        let holds: Vec<u32> = match Self::child(&c, Rule::holds) {
            Some(h) => {
                let nn = Self::child(&h, Rule::new_numbers).expect("grammar");
                self.new_numbers(&nn)?.iter().filter_map(|p| p.last().and_then(number_of)).map(|(n, _)| n).collect()
            }
            None => Vec::new(),
        };
        // the new text: after the formula, or quoted before 作为 (增加一款“…”作为第二款)
        let (mut paragraphs, mut quoted) = self.paragraphs(&c);
        if let Some(q) = Self::child(&c, Rule::q) {
            let q = self.quote(&q);
            paragraphs = q.text.split('\n').map(str::to_string).chain(paragraphs).collect();
            quoted.insert(0, q);
        }
        if matches!(kind, UnitKind::Chapter | UnitKind::Part | UnitKind::Section) {
            paragraphs = paragraphs.iter().flat_map(|p| heading_and_article(p)).collect();
        }
        // “（五）…”责任单位：省发改委。: the units are the new unit's, a line of its text (placed as the
        // document places its units)
        if let Some(u) = Self::child(&c, Rule::units_given) {
            if paragraphs.is_empty() {
                return Err(self.err(&u, "the units are given, and the new unit's text is not"));
            }
            let line = self.written(&u);
            paragraphs.push(line.trim_start_matches(['，', ',']).trim_end_matches(['。', '.']).to_string());
        }
        let text = c.as_str();
        let (position, locs) = match Self::child(&c, Rule::locator) {
            Some(l) => {
                let locs = self.locator(&l, None)?;
                // (在第三项后面增加, 在第三项的前面增加: as 后, 前)
                let after_loc = text[l.as_span().end() - c.as_span().start()..].trim_start_matches('的');
                let position = if Self::child(&c, Rule::after_heading).is_some() {
                    Position::AfterHeading
                } else if after_loc.starts_with('后') || after_loc.starts_with("之后") {
                    Position::After
                } else if after_loc.starts_with('前') || after_loc.starts_with("之前") {
                    Position::Before
                } else {
                    Position::Within
                };
                (position, locs)
            }
            // 作为第五条第二款: inside the unit the final numbers name
            None if paths.first().is_some_and(|p| p.len() > 1) => {
                let parent = self.final_parent(&c, &paths[0]);
                (Position::Within, vec![parent])
            }
            None if !matches!(
                kind,
                UnitKind::Article | UnitKind::Chapter | UnitKind::Part | UnitKind::Section | UnitKind::Point
            ) =>
            {
                // 增加一款，作为第二款: inside the item's article
                match &self.ctx.article {
                    Some(a) => (Position::Within, vec![Locator { steps: a.clone(), ..Locator::new("", self.pos(&c)) }]),
                    None => (Position::Within, self.context_locators_at(Some(&c), true)?),
                }
            }
            None => (Position::AtNumber, vec![]),
        };
        // 在第（二）条第2点后增加一点 · 在第（二）条中增加一点: below an item, a 点 (or, beside one, a
        // 条) is one of its measures 1. 2., as the locators read it (目), not a part of the text (一、)
        let anchor = locs.first().and_then(|l| l.steps.last());
        let kind = match (kind, position, anchor) {
            (UnitKind::Point | UnitKind::Article, Position::After | Position::Before, Some(Step::SubItem(_)))
            | (UnitKind::Point, Position::Within, Some(Step::Item(_))) => UnitKind::SubItem,
            // 在第1点第（2）项后增加一项 · 在第1点中增加一项: beside a line （2）, or below a measure, a
            // 项 is a line （3）
            (UnitKind::Item, Position::After | Position::Before, Some(Step::SubSubItem(_)))
            | (UnitKind::Item, Position::Within, Some(Step::SubItem(_))) => UnitKind::SubSubItem,
            _ => kind,
        };
        // 第三条增加一段 · 增加一段，作为第二款: a 段 inside an article is a 款
        let kind = match (kind, position) {
            (UnitKind::NaturalParagraph, Position::Within | Position::AtNumber) => UnitKind::Paragraph,
            _ => kind,
        };
        let keep_article = self.ctx.article.clone();
        let op = Op::InsertNode {
            kind,
            count,
            numbers,
            sub_number,
            position,
            paragraphs: paragraphs.clone(),
            heading,
            holds,
        };
        let division = matches!(kind, UnitKind::Chapter | UnitKind::Part | UnitKind::Section);
        let holds_given = matches!(&op, Op::InsertNode { holds, .. } if !holds.is_empty());
        let awaits = paragraphs.is_empty() && (kind == UnitKind::Article || (division && !holds_given));
        if awaits {
            self.push_awaiting_text(&c, op, locs);
        } else {
            self.push(&c, op, locs, quoted);
        }
        if position == Position::AtNumber {
            self.ctx.article = keep_article;
        }
        Ok(())
    }

    /// 增加一条作为第四十四条，原第四十三条第一款修改后并入本条：…: a new article written whole,
    /// and the 款 it absorbs deleted.
    pub(super) fn insert_absorbing(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let path = self.new_number(&Self::child(&c, Rule::new_number).expect("grammar"))?;
        let last = path.last().expect("a path");
        let kind = kind_of(last).ok_or_else(|| self.err(&c, "not a unit"))?;
        let (n, sub) = number_of(last).expect("numbered");
        let (paragraphs, quoted) = self.paragraphs(&c);
        let op = Op::InsertNode {
            kind,
            count: 1,
            numbers: vec![n],
            sub_number: sub,
            position: Position::AtNumber,
            paragraphs,
            heading: None,
            holds: Vec::new(),
        };
        let keep_article = self.ctx.article.clone();
        self.push(&c, op, vec![], quoted);
        self.ctx.article = keep_article;
        let absorbed = self.locators(&Self::child(&c, Rule::locators).expect("grammar"))?;
        self.push(&c, Op::DeleteNode, absorbed, vec![]);
        Ok(())
    }

    /// The operation that gives `locs` the FINAL place `path`: a new number (改为第十三条), a new
    /// level (第二款改为第十六条), or a place in another unit (改为第三十七条第三款; 原第六项修改为第二款
    /// 第一项).
    fn renumber_to(&mut self, c: &Pair<Rule>, locs: &[Locator], path: &[Step], moving: bool) -> Result<(), ReadError> {
        let last = path.last().expect("a path");
        let to = kind_of(last).ok_or_else(|| self.err(c, "not a unit"))?;
        let (number, sub_number) = number_of(last).expect("numbered");
        let op = if path.len() == 1 && !moving {
            Op::Renumber { to, number, sub_number }
        } else {
            Op::Move { dest: path.to_vec() }
        };
        self.push(c, op, locs.to_vec(), vec![]);
        Ok(())
    }

    /// 将第十条改为第十三条 · 原第四条作为第五条 · 第八项、第九项相应改为第七项、第八项 · 将第二十九条
    /// 第三款改为第三十七条第三款，修改为：“…” · 将第二条修改为第六条：“…” · 第三款、第四款、第五款作为第二十条.
    pub(super) fn renumber(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = self.locators(&Self::child(&c, Rule::locators).expect("grammar"))?;
        let paths = self.new_numbers(&Self::child(&c, Rule::new_numbers).expect("grammar"))?;
        // 移作第七条 says the unit moves there; 改为第七条 declares the number it comes to have
        let moving = c.as_str().contains("移作") || c.as_str().contains("移为");
        self.renumber_paths(&c, locs, paths, moving)
    }

    /// 将第五条第二款移至第六条，作为第二款: the units take their new numbers, a number below the
    /// place moved to (第二款) being in that place (第六条第二款).
    pub(super) fn move_to(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = self.locators(&Self::child(&c, Rule::locators).expect("grammar"))?;
        let dest_pair = Self::child(&c, Rule::move_dest).expect("grammar");
        let dest = self.locators(&dest_pair)?;
        let [dest] = dest.as_slice() else {
            return Err(self.err(&dest_pair, "a move names one place to move to"));
        };
        let mut paths = self.new_numbers(&Self::child(&c, Rule::new_numbers).expect("grammar"))?;
        for p in &mut paths {
            let prefix = super::locators::complete(&dest.steps, &p[0]);
            p.splice(0..0, prefix);
        }
        self.renumber_paths(&c, locs, paths, true)
    }

    /// 将第六条移至第七条之后 · 将第二条第二款调至第一款前: the units go next to the place, named by
    /// its original numbers (a number below an article's is read in the moved unit's article).
    pub(super) fn relocate(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = self.locators(&Self::child(&c, Rule::locators).expect("grammar"))?;
        let dest_pair = Self::child(&c, Rule::move_dest).expect("grammar");
        let reference = locs.first().map(|l| l.steps.clone());
        let dest = self.locator(&dest_pair.clone().into_inner().next().expect("grammar"), reference.as_deref())?;
        let [place] = dest.as_slice() else {
            return Err(self.err(&dest_pair, "a move names one place to move to"));
        };
        let position = if Self::child(&c, Rule::place_before).is_some() { Position::Before } else { Position::After };
        let op = Op::Relocate { place: place.clone(), position };
        self.push(&c, op, locs, vec![]);
        Ok(())
    }

    /// 将第六条与第七条顺序调换: two units exchange their places.
    pub(super) fn swap(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = self.locators(&Self::child(&c, Rule::locators).expect("grammar"))?;
        if locs.len() != 2 {
            return Err(self.err(&c, format!("an exchange of places names two units, not {}", locs.len())));
        }
        self.push(&c, Op::Swap, locs, vec![]);
        Ok(())
    }

    /// The units take the new numbers: given a number of their own kind, renumbered (`moving`: moved
    /// there, as 移至 says), else moved to the place the number names.
    fn renumber_paths(
        &mut self,
        c: &Pair<Rule>,
        locs: Vec<Locator>,
        paths: Vec<Vec<Step>>,
        moving: bool,
    ) -> Result<(), ReadError> {
        let c = c.clone();
        let (paragraphs, quoted) = self.paragraphs(&c);
        // 第十条至第十五条依次改为第十一条至第十六条: the range spelled out, a unit to each number;
        // 第三款至第五款作为第二十条: the units of the range become one, as a list of them does
        let locs = match locs.as_slice() {
            [one] if paths.len() > 1 => self.spell_range(&c, one, Some(paths.len()))?,
            [one] if one.to.is_some() => self.spell_range(&c, one, None)?,
            _ => locs,
        };
        if locs.len() == paths.len() {
            for (l, p) in locs.iter().zip(&paths) {
                self.renumber_to(&c, std::slice::from_ref(l), p, moving)?;
            }
            // 第六十六条、第六十九条分别改为…，并将其中的…: 其中 is every unit renumbered
            self.ctx.last = locs.clone();
        } else if paths.len() == 1 {
            // several units become one (第三款、第四款、第五款作为第二十条)
            let last = paths[0].last().expect("a path");
            let kind = kind_of(last).ok_or_else(|| self.err(&c, "not a unit"))?;
            let number = number_of(last).map(|(n, _)| n);
            let op = Op::MergeNodes { number, kind: Some(kind), paragraphs: Vec::new() };
            self.push(&c, op, locs.clone(), vec![]);
        } else if locs.len() == 1
            && paths.iter().all(|p| p.len() == 2 && p[0] == paths[0][0])
            && matches!(paths[0][0], Step::Article(..))
            && locs[0].steps.last().is_some_and(|s| matches!(s, Step::Article(..)))
        {
            // 将第三十条改为第三十七条第一款、第二款: the article becomes article 37, its 款 staying
            self.renumber_to(&c, &locs, &paths[0][..1], moving)?;
        } else {
            return Err(self
                .err(&c, format!("{} unit(s) given {} new number(s): which becomes which?", locs.len(), paths.len())));
        }
        if !paragraphs.is_empty() {
            self.push(&c, Op::ReplaceNode { paragraphs }, locs, quoted);
        }
        Ok(())
    }

    /// A range of units (第十条至第十五条) as one locator per number, when it must pair with as many
    /// new numbers (`count`), or become one unit.
    fn spell_range(&self, c: &Pair<Rule>, range: &Locator, count: Option<usize>) -> Result<Vec<Locator>, ReadError> {
        let (Some(to), Some(first)) = (range.to, range.steps.last().copied()) else {
            return Ok(vec![range.clone()]);
        };
        let (Some((a, None)), Some((b, None)), Some(kind)) = (number_of(&first), number_of(&to), kind_of(&first))
        else {
            return Err(self.err(c, "a range of units that are not numbered alike"));
        };
        if b < a {
            return Err(self.err(c, format!("{} runs backwards", range.written)));
        }
        if let Some(count) = count
            && (b - a + 1) as usize != count
        {
            return Err(
                self.err(c, format!("{} names {} unit(s), given {count} new number(s)", range.written, b - a + 1))
            );
        }
        let prefix = &range.steps[..range.steps.len() - 1];
        Ok((a..=b)
            .map(|n| {
                let mut steps = prefix.to_vec();
                steps.push(super::locators::step_of(kind, n, None));
                Locator { steps, to: None, ..range.clone() }
            })
            .collect())
    }

    /// 对第四十八条、第四十九条、第五十一条进行修改，分别作为第十三条、第十四条、第十七条 (wording given
    /// later in the statement, for several clauses).
    pub(super) fn modify_as(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = self.locators(&Self::child(&c, Rule::locators).expect("grammar"))?;
        let paths = self.new_numbers(&Self::child(&c, Rule::new_numbers).expect("grammar"))?;
        if locs.len() != paths.len() {
            return Err(self.err(&c, format!("{} unit(s) given {} new number(s)", locs.len(), paths.len())));
        }
        let (paragraphs, quoted) = self.paragraphs(&c);
        // one text for several articles (…分别作为第四条、第五条。内容如下：“第四条…“第五条…”, perhaps
        // with clauses before it waiting for it too): the last clause carries it, and the reader
        // cuts it at the article labels for every clause (see `shared`)
        let last = locs.len() - 1;
        for (k, (l, p)) in locs.iter().zip(&paths).enumerate() {
            self.renumber_to(&c, std::slice::from_ref(l), p, false)?;
            if paragraphs.is_empty() || k < last {
                self.push_awaiting_text(&c, Op::ReplaceNode { paragraphs: Vec::new() }, vec![l.clone()]);
            } else {
                self.push(&c, Op::ReplaceNode { paragraphs: paragraphs.clone() }, vec![l.clone()], quoted.clone());
            }
        }
        Ok(())
    }

    /// 将第八条第三款单列一条，作为第四十九条 · 将第十条第（一）项单列增加一条，作为第九条：“…” ·
    /// 增加一条，将第五条第二款作为第九条的内容：“…” (the 款 becomes article 9, with new wording).
    pub(super) fn split_out(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = self.locator(&Self::child(&c, Rule::locator).expect("grammar"), None)?;
        let path = self.new_number(&Self::child(&c, Rule::new_number).expect("grammar"))?;
        self.renumber_to(&c, &locs, &path, false)?;
        let (paragraphs, quoted) = self.paragraphs(&c);
        if !paragraphs.is_empty() {
            self.push(&c, Op::ReplaceNode { paragraphs }, locs, quoted);
        }
        Ok(())
    }

    /// 将第十条、第二十五条合并，作为第十条 · 将第五条和第五十条合并，作为第九条，修改为：“…” · 第六项、
    /// 第七项合并改为第六项 · 将第一、二、三、四、五款整合修改为：… · 将第三章与第四章合并为一章.
    pub(super) fn merge_nodes(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = self.locators(&Self::child(&c, Rule::locators).expect("grammar"))?;
        if locs.len() < 2 {
            return Err(self.err(&c, "合并 needs at least two units"));
        }
        let mut number = None;
        let mut kind = Self::child(&c, Rule::unit_kind).and_then(|k| unit_kind(k.as_str()));
        for n in Self::children(&c, Rule::new_number) {
            let path = self.new_number(&n)?;
            let last = path.last().expect("a path");
            kind = kind_of(last).or(kind);
            number = number_of(last).map(|(n, _)| n);
        }
        let (paragraphs, quoted) = self.paragraphs(&c);
        self.push(&c, Op::MergeNodes { number, kind, paragraphs }, locs, quoted);
        Ok(())
    }

    /// 将第三章并入第二章.
    pub(super) fn fold(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let ls = Self::children(&c, Rule::locator);
        let from = self.locator(&ls[0], None)?;
        // 将第二条第二款并入第一款: the place is in the unit's article
        let into = self.locator(&ls[1], Some(&from[0].steps))?.remove(0);
        self.push(&c, Op::Fold { into }, from, vec![]);
        Ok(())
    }

    /// 将第三条改为两条，作为第五条、第六条，修改为：“…” · 将第三款分为两款，作为第二款、第三款 ·
    /// 将第十四条改为两条 (the moves that follow do the work).
    pub(super) fn split_node(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = self.locator(&Self::child(&c, Rule::locator).expect("grammar"), None)?;
        let count = self.number(&Self::child(&c, Rule::split_count).expect("grammar"))?;
        let kind = unit_kind(Self::child(&c, Rule::unit_kind).expect("grammar").as_str()).expect("grammar");
        let mut numbers = Vec::new();
        if let Some(n) = Self::child(&c, Rule::new_numbers) {
            for p in self.new_numbers(&n)? {
                let last = p.last().expect("a path");
                if kind_of(last) != Some(kind) {
                    return Err(self.err(&c, format!("分为…{} 作为 a {}", kind.chinese(), last)));
                }
                // 将第五条修改为两款，作为第五条第一款、第二款: the units above the new ones are the
                // split unit's own (or those around it), not another's
                let above = &p[..p.len() - 1];
                let steps = &locs[0].steps;
                if !above.is_empty() && !steps.windows(above.len()).any(|w| w == above) {
                    let written: String = above.iter().map(|s| s.to_string()).collect();
                    let own: String = steps.iter().map(|s| s.to_string()).collect();
                    return Err(self.err(&c, format!("the parts of {own} are placed in {written}, another unit")));
                }
                numbers.push(number_of(last).expect("numbered").0);
            }
            if numbers.len() != count as usize {
                return Err(
                    self.err(&c, format!("分为{count}{} but {} number(s) given", kind.chinese(), numbers.len()))
                );
            }
        }
        // 第一款为：“…”第二款为：“…”: the ordinals count the new units in order, of the kind split into
        let parts = Self::children(&c, Rule::split_part);
        for (i, part) in parts.iter().enumerate() {
            let ordinal = self.number(&Self::child(part, Rule::cn_num).expect("grammar"))?;
            let of = Self::child(part, Rule::unit_kind).expect("grammar").as_str();
            if ordinal as usize != i + 1 || unit_kind(of) != Some(kind) {
                return Err(self
                    .err(part, format!("the new {}s are given in order from 第一{}", kind.chinese(), kind.chinese())));
            }
        }
        if !parts.is_empty() && parts.len() != count as usize {
            return Err(self.err(&c, format!("分为{count}{} but {} given", kind.chinese(), parts.len())));
        }
        let (paragraphs, quoted) = if parts.is_empty() {
            self.paragraphs(&c)
        } else {
            let quoted: Vec<Quoted> =
                parts.iter().map(|p| self.quote(&Self::child(p, Rule::q).expect("grammar"))).collect();
            (quoted.iter().flat_map(|q| q.text.split('\n').map(str::to_string)).collect(), quoted)
        };
        let op = Op::SplitNode { count, kind, numbers, paragraphs: paragraphs.clone() };
        if paragraphs.is_empty() && Self::child(&c, Rule::new_numbers).is_some() && kind == UnitKind::Article {
            self.push_awaiting_text(&c, op, locs);
        } else {
            self.push(&c, op, locs, quoted);
        }
        Ok(())
    }

    /// 将第一款中的“审计结果应当…公告”作为第四款.
    pub(super) fn move_text(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let locs = self.locator(&Self::child(&c, Rule::locator).expect("grammar"), None)?;
        let q = self.quote(&Self::child(&c, Rule::q).expect("grammar"));
        let path = self.new_number(&Self::child(&c, Rule::new_number).expect("grammar"))?;
        let last = path.last().expect("a path");
        let kind = kind_of(last).ok_or_else(|| self.err(&c, "not a unit"))?;
        let number = number_of(last).expect("numbered").0;
        self.push(&c, Op::MoveText { text: q.text.clone(), kind, number }, locs, vec![q]);
        Ok(())
    }

    /// 将本规则分为五章，章名分别为“总则”“主任会议的职责”…
    pub(super) fn divide(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let kind = unit_kind(Self::child(&c, Rule::unit_kind).expect("grammar").as_str()).expect("grammar");
        let quoted = self.quotes_in(&c);
        let headings = quoted.iter().map(|q| q.text.clone()).collect();
        let count = self.number(&Self::child(&c, Rule::count).expect("grammar"))?;
        if count as usize != quoted.len() {
            return Err(self.err(&c, format!("分为{count}{} but {} name(s) given", kind.chinese(), quoted.len())));
        }
        self.push(&c, Op::Divide { kind, headings }, vec![Locator::whole("全文", self.pos(&c))], quoted);
        Ok(())
    }
}

/// A new division's heading line that runs on into its first article (“第三章 监督检查 第七条 …”,
/// a quotation whose line breaks were lost in a paste), or into the heading of its first division
/// below it and that one's article (“第三章 监督检查 第一节 一般规定 第七条 …”): each heading and the
/// article, as lines of their own. Any other line is returned as it is.
fn heading_and_article(p: &str) -> Vec<String> {
    use crate::document::{LineKind, classify};
    let level = |k: LineKind| match k {
        LineKind::Part => Some(0),
        LineKind::Chapter => Some(1),
        LineKind::Section => Some(2),
        LineKind::Article => Some(3),
        _ => None,
    };
    // (an article's line has nothing below it to cut at: no level is above 3)
    let Some(own) = level(classify(p).kind) else { return vec![p.to_string()] };
    let cut = p.match_indices('第').map(|(i, _)| i).find(|&i| {
        p[..i].ends_with([' ', '\u{3000}']) && {
            let c = classify(&p[i..]);
            level(c.kind).is_some_and(|l| l > own) && !c.sep.is_empty()
        }
    });
    match cut {
        Some(i) => std::iter::once(p[..i].trim_end().to_string()).chain(heading_and_article(&p[i..])).collect(),
        None => vec![p.to_string()],
    }
}
