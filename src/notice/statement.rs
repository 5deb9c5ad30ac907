//! One statement → its operations, with `grammar/notice.pest`, resolving context: clauses that omit
//! their locator take it from the clause before (其中的“A”修改为“B”, “C”修改为“D”, 第一款改为第十七条).

use pest::Parser;
use pest::iterators::Pair;
use pest_derive::Parser;

use super::model::{Anchor, Locator, Op, Operation, Pos, Position, Quoted, Step, UnitKind};
use super::quotes::Statement;
use super::source::LineIndex;
use crate::text::numerals;

#[derive(Parser)]
// relative to Cargo.toml: pest_derive tries <manifest dir>/<path> before <manifest dir>/src/<path>, so
// "../grammar/…" would read a grammar/ folder beside the checkout if there is one
#[grammar = "grammar/notice.pest"]
pub(crate) struct NoticeGrammar;

/// What earlier clauses of the same item established.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The steps down to the article the item is about (第十条 in 将第十条改为第十三条，第一款修改为…).
    pub article: Option<Vec<Step>>,
    /// The locators of the previous clause.
    pub last: Vec<Locator>,
    /// The name of the previous operation.
    pub last_op: Option<&'static str>,
}

/// Why a statement could not be read.
#[derive(Debug, Clone)]
pub struct ReadError {
    /// Byte offset in the notice where reading failed.
    pub offset: usize,
    pub message: String,
    /// Whether the sentence fits no formula at all (the message is then completed with where
    /// reading stopped); otherwise a formula was read and the message says what is wrong with it.
    pub no_formula: bool,
}

/// Whether `body` (a statement after its label) matches `rule` as a whole.
pub fn matches(rule: Rule, body: &str) -> bool {
    NoticeGrammar::parse(rule, body).is_ok_and(|mut p| p.next().is_some_and(|p| p.as_str().len() == body.len()))
}

/// The first `《…》` of a section heading, with the document number after it.
pub fn section_head(body: &str) -> Option<(String, Option<String>)> {
    let pair = NoticeGrammar::parse(Rule::section_head, body).ok()?.next()?;
    let mut title = None;
    let mut number = None;
    for p in pair.into_inner() {
        match p.as_rule() {
            Rule::title => title = Some(strip_title(p.as_str())),
            Rule::doc_number => {
                number = Some(p.as_str().trim_matches(['（', '）', '(', ')']).to_string());
            }
            _ => {}
        }
    }
    Some((title?, number))
}

pub fn strip_title(t: &str) -> String {
    t.trim_start_matches('《').trim_end_matches('》').to_string()
}

/// Reads the operations of a statement.
pub fn operations(st: &Statement, ctx: &mut Context, idx: &LineIndex) -> Result<Vec<Operation>, ReadError> {
    let body = st.body.as_str();
    let pairs = NoticeGrammar::parse(Rule::statement, body).map_err(|e| {
        let at = match e.location {
            pest::error::InputLocation::Pos(p) => p,
            pest::error::InputLocation::Span((s, _)) => s,
        };
        ReadError {
            offset: st.source_offset(at),
            message: "this sentence fits no amendment formula".into(),
            no_formula: true,
        }
    })?;
    let mut reader = Reader { st, idx, ctx, ops: Vec::new() };
    for clause in pairs.flatten().filter(|p| is_clause(p.as_rule())) {
        reader.clause(clause)?;
    }
    for op in &reader.ops {
        if let Some(message) = malformed(&op.op) {
            return Err(ReadError { offset: op.pos.offset, message, no_formula: false });
        }
    }
    Ok(reader.ops)
}

/// What makes an operation unreadable although it fits a formula: an empty quotation where text is
/// searched for or written, units of a merge that overlap.
fn malformed(op: &Op) -> Option<String> {
    let empty = |s: &String| s.is_empty();
    match op {
        Op::ReplaceText { from, .. } | Op::Rename { from, .. } if from.is_empty() => {
            Some("the text to replace is an empty quotation “”".into())
        }
        Op::DeleteText { texts } | Op::DeleteUnits { units: texts } | Op::DeleteUnitsFromLine { units: texts }
            if texts.iter().any(empty) =>
        {
            Some("the text to delete is an empty quotation “”".into())
        }
        Op::InsertText { anchor: Anchor::After(a) | Anchor::Before(a), .. } if a.is_empty() => {
            Some("the text to insert after is an empty quotation “”".into())
        }
        Op::InsertText { text, .. } if text.is_empty() => Some("the text to insert is an empty quotation “”".into()),
        Op::ReplaceNode { paragraphs } if paragraphs.iter().all(|p| p.trim().is_empty()) => {
            Some("修改为 is followed by an empty quotation: to remove the unit, say 删去".into())
        }
        Op::MergeUnits { units, into } => {
            if units.iter().any(empty) || into.is_empty() {
                return Some("a unit of the merge is an empty quotation “”".into());
            }
            for (i, a) in units.iter().enumerate() {
                for b in &units[i + 1..] {
                    if a.contains(b.as_str()) || b.contains(a.as_str()) {
                        return Some(format!("the units of the merge overlap: “{a}” and “{b}”"));
                    }
                }
            }
            None
        }
        _ => None,
    }
}

fn is_clause(r: Rule) -> bool {
    matches!(
        r,
        Rule::rename_related
            | Rule::merge_units
            | Rule::delete_units_line
            | Rule::insert_text
            | Rule::replace_heading
            | Rule::replace_text
            | Rule::replace_text_ctx
            | Rule::delete_text
            | Rule::delete_headings
            | Rule::delete_heading
            | Rule::split_out
            | Rule::merge_nodes
            | Rule::fold
            | Rule::split_node
            | Rule::insert_node
            | Rule::renumber
            | Rule::replace_node
            | Rule::delete_node
            | Rule::delete_bare
            | Rule::adjust_wording
            | Rule::renumber_all
    )
}

struct Reader<'a> {
    st: &'a Statement,
    idx: &'a LineIndex,
    ctx: &'a mut Context,
    ops: Vec<Operation>,
}

/// The level of a step, for deciding what a relative locator inherits.
fn level(s: &Step) -> u32 {
    match s {
        Step::Whole | Step::Related | Step::UnitsOfDeleted => 0,
        Step::Part(_) => 1,
        Step::Chapter(_) => 2,
        Step::Section(_) => 3,
        Step::Point(_) => 4,
        Step::Article(..) => 4,
        Step::Paragraph(_) => 5,
        Step::Item(_) => 6,
        Step::SubItem(_) => 7,
    }
}

/// Raw steps of a locator as written, before context is applied.
enum RawStep {
    Step(Step),
    ThisArticle,
    ThisParagraph,
    ThisItem,
}

impl Reader<'_> {
    fn pos(&self, pair: &Pair<Rule>) -> Pos {
        self.idx.pos(self.st.source_offset(pair.as_span().start()))
    }

    fn err(&self, pair: &Pair<Rule>, message: impl Into<String>) -> ReadError {
        ReadError { offset: self.st.source_offset(pair.as_span().start()), message: message.into(), no_formula: false }
    }

    /// The written form of a pair: quotation tokens put back as “…”.
    fn written(&self, pair: &Pair<Rule>) -> String {
        let mut out = String::new();
        let s = pair.as_str();
        let mut rest = s;
        while let Some(i) = rest.find(super::quotes::TOKEN_OPEN) {
            out.push_str(&rest[..i]);
            let end = rest[i..].find(super::quotes::TOKEN_CLOSE).map_or(rest.len(), |e| i + e + 3);
            let tok = &rest[i..end];
            out.push('“');
            out.push_str(self.st.quote(tok).map_or("", |q| q.text.as_str()));
            out.push('”');
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }

    fn quote(&self, pair: &Pair<Rule>) -> Quoted {
        self.st.quote(pair.as_str()).cloned().expect("every token stands for a quotation")
    }

    fn quotes_in(&self, pair: &Pair<Rule>) -> Vec<Quoted> {
        pair.clone().into_inner().flatten().filter(|p| p.as_rule() == Rule::q).map(|p| self.quote(&p)).collect()
    }

    fn number(&self, pair: &Pair<Rule>) -> Result<u32, ReadError> {
        let n = pair.clone().into_inner().find(|p| matches!(p.as_rule(), Rule::cn_num | Rule::arabic));
        let s = n.as_ref().map_or(pair.as_str(), |p| p.as_str());
        numerals::parse(s).ok_or_else(|| self.err(pair, format!("“{s}” is not a number")))
    }

    fn raw_step(&self, p: &Pair<Rule>) -> Result<Option<RawStep>, ReadError> {
        let step = match p.as_rule() {
            Rule::part => Step::Part(self.number(p)?),
            Rule::chapter => Step::Chapter(self.number(p)?),
            Rule::section => Step::Section(self.number(p)?),
            Rule::article => {
                let nums: Vec<Pair<Rule>> =
                    p.clone().into_inner().filter(|x| matches!(x.as_rule(), Rule::cn_num | Rule::arabic)).collect();
                let main = numerals::parse(nums[0].as_str()).ok_or_else(|| self.err(p, "bad article number"))?;
                let sub = nums.get(1).and_then(|x| numerals::parse(x.as_str()));
                Step::Article(main, sub)
            }
            Rule::paragraph => Step::Paragraph(self.number(p)?),
            Rule::item => Step::Item(self.number(p)?),
            Rule::sub_item => Step::SubItem(self.number(p)?),
            Rule::point => Step::Point(self.number(p)?),
            Rule::this_article => return Ok(Some(RawStep::ThisArticle)),
            Rule::this_para => return Ok(Some(RawStep::ThisParagraph)),
            Rule::this_item => return Ok(Some(RawStep::ThisItem)),
            Rule::whole => Step::Whole,
            Rule::related => Step::Related,
            Rule::unit_line => Step::UnitsOfDeleted,
            _ => return Ok(None),
        };
        Ok(Some(RawStep::Step(step)))
    }

    /// A locator, with relative steps completed from `reference` (the locator before it in a list)
    /// or from the item's article.
    fn locator(&self, pair: &Pair<Rule>, reference: Option<&[Step]>) -> Result<Locator, ReadError> {
        let mut target = None;
        let mut heading = None;
        let mut raw = Vec::new();
        for p in pair.clone().into_inner() {
            match p.as_rule() {
                Rule::target => target = Some(super::statement::strip_title(p.as_str())),
                Rule::point => {
                    if let Some(q) = p.clone().into_inner().find(|x| x.as_rule() == Rule::q) {
                        heading = Some(self.quote(&q).text);
                    }
                    raw.push(RawStep::Step(Step::Point(self.number(&p)?)));
                }
                _ => {
                    if let Some(s) = self.raw_step(&p)? {
                        raw.push(s);
                    }
                }
            }
        }
        let mut steps: Vec<Step> = Vec::new();
        for (i, r) in raw.into_iter().enumerate() {
            match r {
                RawStep::Step(s) => {
                    if i == 0 && matches!(s, Step::Paragraph(_) | Step::Item(_) | Step::SubItem(_)) {
                        let base: Option<Vec<Step>> =
                            reference.map(|r| r.to_vec()).or_else(|| self.ctx.article.clone());
                        if let Some(base) = base {
                            steps.extend(base.into_iter().filter(|b| level(b) < level(&s) && level(b) > 0));
                        }
                    }
                    steps.push(s);
                }
                RawStep::ThisArticle => {
                    let a = self.ctx.article.clone().ok_or_else(|| self.err(pair, "“该条” refers to no article"))?;
                    steps.extend(a);
                }
                RawStep::ThisParagraph | RawStep::ThisItem => {
                    let last = self.ctx.last.first().ok_or_else(|| self.err(pair, "“该款” refers to nothing"))?;
                    steps.extend(last.steps.iter().copied());
                }
            }
        }
        Ok(Locator { written: self.written(pair), target, steps, heading, pos: self.pos(pair) })
    }

    fn locators(&self, pair: &Pair<Rule>) -> Result<Vec<Locator>, ReadError> {
        let mut out: Vec<Locator> = Vec::new();
        for p in pair.clone().into_inner().filter(|p| p.as_rule() == Rule::locator) {
            let reference = out.last().map(|l| l.steps.clone());
            out.push(self.locator(&p, reference.as_deref())?);
        }
        Ok(out)
    }

    /// Locators named by a `scope` (locators, 其中, 该条中的) or else the previous clause's.
    fn scope(&self, pair: Option<Pair<Rule>>) -> Result<Vec<Locator>, ReadError> {
        match pair {
            Some(p) => match p.clone().into_inner().find(|x| x.as_rule() == Rule::locators) {
                Some(ls) => self.locators(&ls),
                None if p.as_str().starts_with("该条") => {
                    let a = self.ctx.article.clone().ok_or_else(|| self.err(&p, "“该条” refers to no article"))?;
                    let w =
                        Locator { written: "该条".into(), target: None, steps: a, heading: None, pos: self.pos(&p) };
                    Ok(vec![w])
                }
                None => self.context_locators(&p),
            },
            None => Ok(self.ctx.last.clone()),
        }
    }

    /// 其中 and clauses without a locator: the previous clause's locators, or the item's article.
    fn context_locators(&self, p: &Pair<Rule>) -> Result<Vec<Locator>, ReadError> {
        if !self.ctx.last.is_empty() {
            return Ok(self.ctx.last.clone());
        }
        match &self.ctx.article {
            Some(a) => Ok(vec![Locator {
                written: p.as_str().chars().take(2).collect(),
                target: None,
                steps: a.clone(),
                heading: None,
                pos: self.pos(p),
            }]),
            None => Err(self.err(p, "the clause names no unit and no earlier clause gives one")),
        }
    }

    fn push(&mut self, pair: &Pair<Rule>, op: Op, locators: Vec<Locator>, quoted: Vec<Quoted>) {
        let name = op.name();
        // the article a clause names becomes the context of the clauses after it
        if let Some(first) = locators.first()
            && let Some(i) = first.steps.iter().position(|s| matches!(s, Step::Article(..)))
        {
            self.ctx.article = Some(first.steps[..=i].to_vec());
        }
        self.ctx.last = locators.clone();
        self.ctx.last_op = Some(name);
        let pos = self.pos(pair);
        self.ops.push(Operation { op, locators, quoted, pos });
    }

    fn child<'p>(pair: &Pair<'p, Rule>, rule: Rule) -> Option<Pair<'p, Rule>> {
        pair.clone().into_inner().find(|p| p.as_rule() == rule)
    }

    fn children<'p>(pair: &Pair<'p, Rule>, rule: Rule) -> Vec<Pair<'p, Rule>> {
        pair.clone().into_inner().filter(|p| p.as_rule() == rule).collect()
    }

    fn paragraphs(&self, pair: &Pair<Rule>) -> (Vec<String>, Vec<Quoted>) {
        match Self::child(pair, Rule::text_after).and_then(|t| Self::child(&t, Rule::q)) {
            Some(q) => {
                let quoted = self.quote(&q);
                (quoted.text.split('\n').map(str::to_string).collect(), vec![quoted])
            }
            None => (Vec::new(), Vec::new()),
        }
    }

    fn new_number(&self, pair: &Pair<Rule>) -> Result<(UnitKind, u32, Option<u32>), ReadError> {
        let step = pair.clone().into_inner().next().ok_or_else(|| self.err(pair, "a number is missing"))?;
        let kind = match step.as_rule() {
            Rule::part => UnitKind::Part,
            Rule::chapter => UnitKind::Chapter,
            Rule::section => UnitKind::Section,
            Rule::article => UnitKind::Article,
            Rule::paragraph => UnitKind::Paragraph,
            Rule::item => UnitKind::Item,
            Rule::sub_item => UnitKind::SubItem,
            Rule::point => UnitKind::Point,
            _ => return Err(self.err(pair, "not a unit number")),
        };
        let sub = match self.raw_step(&step)? {
            Some(RawStep::Step(Step::Article(_, sub))) => sub,
            _ => None,
        };
        Ok((kind, self.number(&step)?, sub))
    }

    fn clause(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        match c.as_rule() {
            Rule::replace_text => {
                let scope = Self::child(&c, Rule::scope);
                let locs = self.scope(scope)?;
                let qs = Self::children(&c, Rule::q);
                let (from, to) = (self.quote(&qs[0]), self.quote(&qs[1]));
                let op = if locs.iter().any(Locator::is_whole) {
                    Op::Rename { from: from.text.clone(), to: to.text.clone() }
                } else {
                    Op::ReplaceText { from: from.text.clone(), to: to.text.clone() }
                };
                self.push(&c, op, locs, vec![from, to]);
            }
            Rule::replace_text_ctx => {
                let qs = Self::children(&c, Rule::q);
                let (from, to) = (self.quote(&qs[0]), self.quote(&qs[1]));
                let locs = self.context_locators(&c)?;
                let whole = locs.iter().any(Locator::is_whole)
                    || matches!(self.ctx.last_op, Some("rename" | "merge_units" | "delete_units"));
                let op = if whole {
                    Op::Rename { from: from.text.clone(), to: to.text.clone() }
                } else {
                    Op::ReplaceText { from: from.text.clone(), to: to.text.clone() }
                };
                self.push(&c, op, locs, vec![from, to]);
            }
            Rule::rename_related => {
                let qs = Self::children(&c, Rule::q);
                let (from, to) = (self.quote(&qs[0]), self.quote(&qs[1]));
                let loc = Locator::whole("相关", self.pos(&c));
                self.push(&c, Op::Rename { from: from.text.clone(), to: to.text.clone() }, vec![loc], vec![from, to]);
            }
            Rule::merge_units => {
                let mut quoted = self.quotes_in(&c);
                let into = quoted.last().cloned().expect("grammar: a merge has a result");
                let units: Vec<String> = quoted[..quoted.len() - 1].iter().map(|q| q.text.clone()).collect();
                let locs = match Self::child(&c, Rule::scope) {
                    Some(sc) => self.scope(Some(sc))?,
                    None if self.ctx.last.is_empty() => vec![Locator::whole("全文", self.pos(&c))],
                    None => self.ctx.last.clone(),
                };
                quoted.truncate(quoted.len());
                self.push(&c, Op::MergeUnits { units, into: into.text }, locs, quoted);
            }
            Rule::delete_units_line => {
                let quoted = self.quotes_in(&c);
                let units = quoted.iter().map(|q| q.text.clone()).collect();
                let ul = Self::child(&c, Rule::unit_line).expect("grammar");
                let loc = Locator {
                    written: ul.as_str().to_string(),
                    target: None,
                    steps: vec![Step::UnitsOfDeleted],
                    heading: None,
                    pos: self.pos(&ul),
                };
                let keep = self.ctx.last.clone();
                self.push(&c, Op::DeleteUnitsFromLine { units }, vec![loc], quoted);
                self.ctx.last = keep;
            }
            Rule::delete_text => {
                let locs = self.scope(Self::child(&c, Rule::scope))?;
                let quoted = self.quotes_in(&Self::child(&c, Rule::qs).expect("grammar"));
                let texts = quoted.iter().map(|q| q.text.clone()).collect();
                // 删除全文中“物价局” deletes units from their lists; 删除全文中“…”的表述 deletes a passage
                if locs.iter().any(Locator::is_whole) && !c.as_str().ends_with("的表述") {
                    let units = quoted.iter().map(|q| q.text.clone()).collect();
                    self.push(&c, Op::DeleteUnits { units }, locs, quoted);
                } else {
                    self.push(&c, Op::DeleteText { texts }, locs, quoted);
                }
            }
            Rule::delete_bare => {
                let quoted = self.quotes_in(&c);
                let texts: Vec<String> = quoted.iter().map(|q| q.text.clone()).collect();
                if matches!(self.ctx.last_op, Some("rename" | "merge_units" | "delete_units"))
                    || self.ctx.last.iter().any(Locator::is_whole)
                {
                    let locs = vec![Locator::whole("全文", self.pos(&c))];
                    self.push(&c, Op::DeleteUnits { units: texts }, locs, quoted);
                } else {
                    let locs = self.context_locators(&c)?;
                    self.push(&c, Op::DeleteText { texts }, locs, quoted);
                }
            }
            Rule::replace_node => {
                let locs = match Self::child(&c, Rule::locators) {
                    Some(ls) => self.locators(&ls)?,
                    None => self.context_locators(&c)?,
                };
                let (paragraphs, quoted) = self.paragraphs(&c);
                if paragraphs.is_empty() {
                    return Err(self.err(&c, "修改为 is not followed by the new text"));
                }
                self.push(&c, Op::ReplaceNode { paragraphs }, locs, quoted);
            }
            Rule::replace_heading => {
                let loc = self.locator(&Self::child(&c, Rule::locator).expect("grammar"), None)?;
                let (paragraphs, quoted) = self.paragraphs(&c);
                self.push(&c, Op::ReplaceHeading { heading: paragraphs.join("\n") }, vec![loc], quoted);
            }
            Rule::delete_headings => {
                let kind = if c.as_str().contains("节名") {
                    UnitKind::Section
                } else if c.as_str().contains("编名") {
                    UnitKind::Part
                } else {
                    UnitKind::Chapter
                };
                self.push(&c, Op::DeleteHeadings { kind }, vec![Locator::whole("全文", self.pos(&c))], vec![]);
            }
            Rule::delete_heading => {
                let loc = self.locator(&Self::child(&c, Rule::locator).expect("grammar"), None)?;
                let kind = if c.as_str().ends_with("节名") {
                    UnitKind::Section
                } else if c.as_str().ends_with("编名") {
                    UnitKind::Part
                } else {
                    UnitKind::Chapter
                };
                self.push(&c, Op::DeleteHeadings { kind }, vec![loc], vec![]);
            }
            Rule::delete_node => {
                let locs = self.locators(&Self::child(&c, Rule::locators).expect("grammar"))?;
                self.push(&c, Op::DeleteNode, locs, vec![]);
            }
            Rule::insert_node => self.insert_node(c)?,
            Rule::renumber | Rule::split_out => {
                let loc = self.locator(&Self::child(&c, Rule::locator).expect("grammar"), None)?;
                let (to, number, sub_number) = self.new_number(&Self::child(&c, Rule::new_number).expect("grammar"))?;
                self.push(&c, Op::Renumber { to, number, sub_number }, vec![loc], vec![]);
            }
            Rule::merge_nodes => {
                let locs = self.locators(&Self::child(&c, Rule::locators).expect("grammar"))?;
                let number = match Self::child(&c, Rule::new_number) {
                    Some(n) => Some(self.new_number(&n)?.1),
                    None => None,
                };
                self.push(&c, Op::MergeNodes { number }, locs, vec![]);
            }
            Rule::fold => {
                let ls = Self::children(&c, Rule::locator);
                let from = self.locator(&ls[0], None)?;
                let into = self.locator(&ls[1], None)?;
                self.push(&c, Op::Fold { into }, vec![from], vec![]);
            }
            Rule::split_node => {
                let loc = self.locator(&Self::child(&c, Rule::locator).expect("grammar"), None)?;
                let count = self.number(&Self::child(&c, Rule::count).expect("grammar"))?;
                let kind =
                    UnitKind::from_char(Self::child(&c, Rule::unit_kind).expect("grammar").as_str()).expect("grammar");
                self.push(&c, Op::SplitNode { count, kind }, vec![loc], vec![]);
            }
            Rule::insert_text => {
                let locs = match Self::child(&c, Rule::locator) {
                    Some(l) => vec![self.locator(&l, None)?],
                    None => self.context_locators(&c)?,
                };
                let mut quoted = Vec::new();
                let anchor = match Self::child(&c, Rule::q) {
                    Some(q) => {
                        let a = self.quote(&q);
                        quoted.push(a.clone());
                        let tail = &c.as_str()[q.as_span().end() - c.as_span().start()..];
                        if tail.starts_with('前') || tail.starts_with("之前") {
                            Anchor::Before(a.text)
                        } else {
                            Anchor::After(a.text)
                        }
                    }
                    None => {
                        let end = Self::child(&c, Rule::end_of).map_or("", |e| e.as_str());
                        if matches!(end, "款首" | "句首" | "条首") { Anchor::Start } else { Anchor::End }
                    }
                };
                let (paragraphs, text_quoted) = self.paragraphs(&c);
                quoted.extend(text_quoted);
                self.push(&c, Op::InsertText { anchor, text: paragraphs.join("\n") }, locs, quoted);
            }
            Rule::renumber_all => {
                let op = Op::RenumberAll { scope: self.written(&c) };
                self.push(&c, op, vec![Locator::whole("全文", self.pos(&c))], vec![]);
            }
            Rule::adjust_wording => {
                let op = Op::AdjustWording { note: self.written(&c) };
                self.push(&c, op, vec![Locator::whole("全文", self.pos(&c))], vec![]);
            }
            r => return Err(self.err(&c, format!("unhandled clause {r:?}"))),
        }
        Ok(())
    }

    fn insert_node(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let count = self.number(&Self::child(&c, Rule::count).expect("grammar"))?;
        let kind = UnitKind::from_char(Self::child(&c, Rule::unit_kind).expect("grammar").as_str()).expect("grammar");
        let mut numbers = Vec::new();
        let mut sub_number = None;
        for n in Self::children(&Self::child(&c, Rule::new_numbers).expect("grammar"), Rule::new_number) {
            let (k, num, sub) = self.new_number(&n)?;
            sub_number = sub_number.or(sub);
            if k != kind {
                return Err(self.err(&n, format!("增加…{} 作为 a {}", kind.chinese(), k.chinese())));
            }
            numbers.push(num);
        }
        let text = c.as_str();
        let (position, locs) = match Self::child(&c, Rule::locator) {
            Some(l) => {
                let loc = self.locator(&l, None)?;
                let after_loc = &text[l.as_span().end() - c.as_span().start()..];
                let position = if after_loc.starts_with("后") || after_loc.starts_with("之后") {
                    Position::After
                } else if after_loc.starts_with("前") || after_loc.starts_with("之前") {
                    Position::Before
                } else {
                    Position::Within
                };
                (position, vec![loc])
            }
            None if kind != UnitKind::Article && kind != UnitKind::Chapter && kind != UnitKind::Part => {
                // 增加一款，作为第二款: inside the item's article
                match &self.ctx.article {
                    Some(a) => {
                        let loc = Locator {
                            written: String::new(),
                            target: None,
                            steps: a.clone(),
                            heading: None,
                            pos: self.pos(&c),
                        };
                        (Position::Within, vec![loc])
                    }
                    None => (Position::Within, self.context_locators(&c)?),
                }
            }
            None => (Position::AtNumber, vec![]),
        };
        let (paragraphs, quoted) = self.paragraphs(&c);
        let keep_article = self.ctx.article.clone();
        self.push(&c, Op::InsertNode { kind, count, numbers, sub_number, position, paragraphs }, locs, quoted);
        if position == Position::AtNumber {
            self.ctx.article = keep_article;
        }
        Ok(())
    }
}
