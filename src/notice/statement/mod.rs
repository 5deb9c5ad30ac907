//! One statement → its operations, with `grammar/notice.pest`, resolving context: clauses that omit
//! their locator take it from the clause before (其中的“A”修改为“B”, “C”修改为“D”, 第一款改为第十七条),
//! and a clause with no locator and no context acts on the whole text (将“A”修改为“B”).
//!
//! The clause readers are grouped by family: `locators` (units named by number, lists, ranges,
//! context), `text` (phrases), `structure` (units as a whole), `whole` (numbering and wording of the
//! whole document, effect); `shared` gives one quotation to the several clauses it serves.

mod locators;
mod shared;
mod structure;
mod text;
mod whole;

use pest::Parser;
use pest::iterators::Pair;
use pest_derive::Parser;

use super::model::{Anchor, Locator, Op, Operation, Pos, Quoted, Step, UnitKind};
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
    /// A closing formula found at the end of the statement (…依次提前。本决定自公布之日起施行。).
    pub closing: Option<String>,
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
    section_named(Rule::section_head, body)
}

/// 一、《…条例》: the title (and document number) of a numbered line that is a title alone.
pub fn section_title(body: &str) -> Option<(String, Option<String>)> {
    section_named(Rule::section_title, body)
}

fn section_named(rule: Rule, body: &str) -> Option<(String, Option<String>)> {
    let pair = NoticeGrammar::parse(rule, body).ok()?.next()?;
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

/// The context a scoped head sets for the numbered items below it (五、对第十条作如下修改： → their
/// 第一款 is 第十条第一款), when `st` is one: the unit it names becomes the article and the previous
/// locator of each item, as if each item had named it first.
pub fn scope(st: &Statement, idx: &LineIndex, abbrevs: &[(String, String)]) -> Option<Context> {
    let pair = NoticeGrammar::parse(Rule::scoped_head, &st.body).ok()?.next()?;
    let loc_pair = pair.into_inner().find(|p| p.as_rule() == Rule::locator)?;
    let mut ctx = Context::default();
    let reader = Reader { st, idx, ctx: &mut ctx, abbrevs, ops: Vec::new(), needs_text: Vec::new() };
    let locators = reader.locator(&loc_pair, None).ok()?;
    let [locator] = locators.as_slice() else { return None };
    if locator.is_whole() {
        return None;
    }
    let locator = locator.clone();
    // (the base of the items' relative steps: an article, a 款, a chapter, a point, an attachment)
    ctx.article = Some(locator.steps.clone());
    ctx.last = vec![locator];
    Some(ctx)
}

/// The titles a repeal statement names (废止《A》、《B》), when `body` is one.
pub fn repealed_titles(body: &str, rule: Rule) -> Option<Vec<String>> {
    let pair = NoticeGrammar::parse(rule, body).ok()?.next()?;
    if pair.as_str().len() != body.len() {
        return None;
    }
    let titles: Vec<String> =
        pair.into_inner().filter(|p| p.as_rule() == Rule::title).map(|p| strip_title(p.as_str())).collect();
    (!titles.is_empty()).then_some(titles)
}

/// The abbreviations a preamble declares: (《解释》 → the title before it).
pub fn abbreviations(body: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut last_title: Option<String> = None;
    let mut i = 0;
    while let Some(c) = body[i..].chars().next() {
        let rest = &body[i..];
        if rest.starts_with('《')
            && let Ok(mut p) = NoticeGrammar::parse(Rule::title, rest)
            && let Some(t) = p.next()
        {
            last_title = Some(strip_title(t.as_str()));
            i += t.as_str().len();
            continue;
        }
        if rest.starts_with("以下简称")
            && let Ok(mut p) = NoticeGrammar::parse(Rule::abbreviation, rest)
            && let Some(a) = p.next()
        {
            if let (Some(full), Some(t)) = (&last_title, a.into_inner().find(|x| x.as_rule() == Rule::title)) {
                out.push((strip_title(t.as_str()), full.clone()));
            }
            i += "以下简称".len();
            continue;
        }
        i += c.len_utf8();
    }
    out
}

pub fn strip_title(t: &str) -> String {
    let t = t.strip_prefix('《').unwrap_or(t);
    t.strip_suffix('》').unwrap_or(t).to_string()
}

/// Reads the operations of a statement. `abbrevs` are the abbreviations the decision declared
/// (《解释》 for the title it stands for).
pub fn operations(
    st: &Statement,
    ctx: &mut Context,
    idx: &LineIndex,
    abbrevs: &[(String, String)],
) -> Result<Vec<Operation>, ReadError> {
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
    let mut reader = Reader { st, idx, ctx, abbrevs, ops: Vec::new(), needs_text: Vec::new() };
    let statement = pairs.into_iter().next().expect("the statement rule matched");
    for p in statement.into_inner() {
        match p.as_rule() {
            Rule::trailing_closing => reader.ctx.closing = Some(p.as_str().to_string()),
            Rule::clause => {
                let c = p.into_inner().next().expect("a clause is one formula");
                reader.clause(c)?;
            }
            Rule::disapply => reader.clause(p)?,
            Rule::scope_prefix => reader.scope_prefix(&p)?,
            _ => {}
        }
    }
    shared::distribute(&mut reader)?;
    exchanges(&mut reader.ops);
    for op in &reader.ops {
        if let Some(message) = malformed(&op.op) {
            return Err(ReadError { offset: op.pos.offset, message, no_formula: false });
        }
    }
    Ok(reader.ops)
}

/// 将第四项改为第三项，第三项改为第四项 (将第二项、第三项分别改为第三项、第二项): two units each given
/// the other's number exchange their places as well, as 顺序调换 says it; the exchange goes before
/// the two renumberings, which then hold where the units stand.
fn exchanges(ops: &mut Vec<Operation>) {
    let mut i = 0;
    while i < ops.len() {
        if let Some(j) = (i + 1..ops.len()).find(|&j| crosses(&ops[i], &ops[j])) {
            let locators = vec![ops[i].locators[0].clone(), ops[j].locators[0].clone()];
            let swap = Operation { op: Op::Swap, locators, quoted: Vec::new(), pos: ops[i].pos };
            ops.insert(i, swap);
            i += 1;
        }
        i += 1;
    }
}

/// Whether two renumberings give two units of one kind, side by side in one place, each the other's
/// number.
fn crosses(a: &Operation, b: &Operation) -> bool {
    let (Op::Renumber { to: ka, number: na, sub_number: None }, Op::Renumber { to: kb, number: nb, sub_number: None }) =
        (&a.op, &b.op)
    else {
        return false;
    };
    let ([la], [lb]) = (&a.locators[..], &b.locators[..]) else { return false };
    let (Some((sa, above_a)), Some((sb, above_b))) = (la.steps.split_last(), lb.steps.split_last()) else {
        return false;
    };
    ka == kb
        && !la.finals
        && !lb.finals
        && la.to.is_none()
        && lb.to.is_none()
        // (第三项 after 第四条第一款第二项 is completed from the article alone: the same place)
        && (above_a.starts_with(above_b) || above_b.starts_with(above_a))
        && locators::kind_of(sa) == Some(*ka)
        && locators::kind_of(sb) == Some(*kb)
        && locators::number_of(sa) == Some((*nb, None))
        && locators::number_of(sb) == Some((*na, None))
}

/// What makes an operation unreadable although it fits a formula: an empty quotation where text is
/// searched for or written, units of a merge that overlap.
fn malformed(op: &Op) -> Option<String> {
    let empty = |s: &String| s.is_empty();
    match op {
        Op::ReplaceText { from, .. } | Op::Rename { from, .. } if from.is_empty() => {
            Some("the text to replace is an empty quotation “”".into())
        }
        Op::DeleteText { texts }
        | Op::DeleteEvery { texts }
        | Op::DeleteUnits { units: texts }
        | Op::DeleteUnitsFromLine { units: texts }
            if texts.iter().any(empty) =>
        {
            Some("the text to delete is an empty quotation “”".into())
        }
        Op::InsertText { anchor: Anchor::After(a) | Anchor::Before(a), .. } if a.is_empty() => {
            Some("the text to insert after is an empty quotation “”".into())
        }
        Op::InsertText { text, .. } if text.is_empty() => Some("the text to insert is an empty quotation “”".into()),
        Op::MoveText { text, .. } if text.is_empty() => Some("the text to move is an empty quotation “”".into()),
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

pub(super) struct Reader<'a> {
    st: &'a Statement,
    idx: &'a LineIndex,
    ctx: &'a mut Context,
    abbrevs: &'a [(String, String)],
    ops: Vec<Operation>,
    /// Operations whose text the statement gives later, once for several clauses (…。内容如下：“…”):
    /// their index in `ops`.
    needs_text: Vec<usize>,
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
        let mut rest = pair.as_str();
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

    /// The quotations under a pair, in order.
    fn quotes_in(&self, pair: &Pair<Rule>) -> Vec<Quoted> {
        pair.clone().into_inner().flatten().filter(|p| p.as_rule() == Rule::q).map(|p| self.quote(&p)).collect()
    }

    fn number(&self, pair: &Pair<Rule>) -> Result<u32, ReadError> {
        let n = pair.clone().into_inner().flatten().find(|p| matches!(p.as_rule(), Rule::cn_num | Rule::arabic));
        let s = n.as_ref().map_or(pair.as_str(), |p| p.as_str());
        numerals::parse(s).ok_or_else(|| self.err(pair, format!("“{s}” is not a number")))
    }

    fn child<'p>(pair: &Pair<'p, Rule>, rule: Rule) -> Option<Pair<'p, Rule>> {
        pair.clone().into_inner().find(|p| p.as_rule() == rule)
    }

    fn children<'p>(pair: &Pair<'p, Rule>, rule: Rule) -> Vec<Pair<'p, Rule>> {
        pair.clone().into_inner().filter(|p| p.as_rule() == rule).collect()
    }

    /// The new text of a clause (`text_after` or `texts_after`): its paragraphs (a multi-paragraph
    /// quotation gives several; several quotations give one or more each) and the quotations. A title
    /// given as the new text (名称修改为《…》) is its text without 《》.
    fn paragraphs(&self, pair: &Pair<Rule>) -> (Vec<String>, Vec<Quoted>) {
        let Some(t) = Self::child(pair, Rule::text_after).or_else(|| Self::child(pair, Rule::texts_after)) else {
            return (Vec::new(), Vec::new());
        };
        let mut paras = Vec::new();
        let mut quoted = Vec::new();
        for p in t.into_inner() {
            match p.as_rule() {
                Rule::q => {
                    let q = self.quote(&p);
                    paras.extend(q.text.split('\n').map(str::to_string));
                    quoted.push(q);
                }
                Rule::title => {
                    let text = strip_title(&self.written(&p));
                    quoted.push(Quoted { text: text.clone(), pos: self.pos(&p) });
                    paras.push(text);
                }
                _ => {}
            }
        }
        (paras, quoted)
    }

    /// 对第六条作如下修改：… : the unit named is the place of the clauses after it (their article,
    /// and the clause before them), as a scoped head's is for its items.
    fn scope_prefix(&mut self, pair: &Pair<Rule>) -> Result<(), ReadError> {
        let loc = Self::child(pair, Rule::locator).expect("a scope names its unit");
        let locators = self.locator(&loc, None)?;
        let [locator] = locators.as_slice() else {
            return Err(self.err(pair, "作如下修改 after several units: which one the changes are in is not sure"));
        };
        self.ctx.article = Some(locator.steps.clone());
        self.ctx.last = vec![locator.clone()];
        Ok(())
    }

    fn push(&mut self, pair: &Pair<Rule>, op: Op, locators: Vec<Locator>, quoted: Vec<Quoted>) {
        let name = op.name();
        // the article a clause names becomes the context of the clauses after it
        if let Some(first) = locators.first()
            && !first.finals
            && let Some(i) = first.steps.iter().position(|s| matches!(s, Step::Article(..)))
        {
            self.ctx.article = Some(first.steps[..=i].to_vec());
        }
        self.ctx.last = locators.clone();
        self.ctx.last_op = Some(name);
        let pos = self.pos(pair);
        self.ops.push(Operation { op, locators, quoted, pos });
    }

    /// Pushes an operation whose text comes later in the statement (…。内容如下：“…”).
    fn push_awaiting_text(&mut self, pair: &Pair<Rule>, op: Op, locators: Vec<Locator>) {
        self.push(pair, op, locators, Vec::new());
        self.needs_text.push(self.ops.len() - 1);
    }

    fn clause(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        match c.as_rule() {
            Rule::replace_text | Rule::replace_text_ctx => self.replace_text(c),
            Rule::replace_pairwise => self.replace_pairwise(c),
            Rule::delete_text_after | Rule::delete_text_in => self.delete_text(c),
            Rule::rename_related => self.rename_related(c),
            Rule::merge_units => self.merge_units(c),
            Rule::delete_units_line => self.delete_units_line(c),
            Rule::delete_text => self.delete_text(c),
            Rule::delete_bare => self.delete_bare(c),
            Rule::insert_text => self.insert_text(c),
            Rule::insert_end | Rule::insert_start => self.insert_at_edge(c),
            Rule::unplaced => self.unplaced(c),
            Rule::add_to_list => self.add_to_list(c),
            Rule::replace_node => self.replace_node(c),
            Rule::replace_start => self.replace_start(c),
            Rule::replace_heading | Rule::replace_heading_ctx => self.replace_heading(c),
            Rule::delete_headings | Rule::delete_heading => self.delete_headings(c),
            Rule::delete_node | Rule::delete_node_after => self.delete_node(c),
            Rule::insert_node => self.insert_node(c),
            Rule::insert_absorbing => self.insert_absorbing(c),
            Rule::modify_as => self.modify_as(c),
            Rule::renumber => self.renumber(c),
            Rule::move_to => self.move_to(c),
            Rule::relocate => self.relocate(c),
            Rule::swap => self.swap(c),
            Rule::split_out | Rule::insert_moved => self.split_out(c),
            Rule::merge_nodes => self.merge_nodes(c),
            Rule::fold => self.fold(c),
            Rule::split_node => self.split_node(c),
            Rule::move_text => self.move_text(c),
            Rule::divide => self.divide(c),
            Rule::renumber_all | Rule::adjust_wording => self.whole_document(c),
            Rule::count_check => self.count_check(c),
            Rule::toc_follows => self.toc_follows(c),
            Rule::disapply => self.disapply(c),
            Rule::extend_validity => self.extend_validity(c),
            r => Err(self.err(&c, format!("unhandled clause {r:?}"))),
        }
    }
}

/// The unit kind named by a `unit_kind` pair: 条, 款, …; 部分 is a point, 段 a paragraph.
fn unit_kind(s: &str) -> Option<UnitKind> {
    match s {
        "部分" => Some(UnitKind::Point),
        "段" => Some(UnitKind::Paragraph),
        _ => UnitKind::from_char(s),
    }
}
