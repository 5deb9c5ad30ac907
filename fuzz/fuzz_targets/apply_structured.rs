#![no_main]
//! Structured apply: notices built from the formulas of real notices and decisions (将第X项中的“A”修改为“B”,
//! 删除…的表述, 在第X条后增加一条，作为第Y条：“…”, …) with fuzzed numbers and texts, where the quoted
//! texts are mostly passages cut from the document itself, so that locators resolve and the engine's
//! deeper paths (text operations, list repair, insertion, renumbering) run. Checked by
//! `amend_fuzz::check_apply_notice` (see fuzz/README.md); the notice is printed on a crash.

use std::sync::OnceLock;

use amend::text::numerals;
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Case {
    doc: u8,
    decision: bool,
    ops: Vec<Op>,
    renumber_all: bool,
}

/// A number: usually small (so that it names an existing unit), sometimes anything.
#[derive(Arbitrary, Debug)]
enum Num {
    Small(u8),
    Any(u32),
}

#[derive(Arbitrary, Debug)]
enum Loc {
    Whole,
    Item(Num),
    PointItem(Num, Num),
    Point(Num),
    PointHeading(Num, Phrase),
    Article(Num),
    ArticleSub(Num, Num),
    ArticleClause(Num, Num),
    ArticleClauseItem(Num, Num, Num),
    Chapter(Num),
    ChapterSection(Num, Num),
    Several(Vec<Num>),
}

/// A text: a passage of the document (by char offset and length), words from a small legal
/// vocabulary, or anything.
#[derive(Arbitrary, Debug)]
enum Phrase {
    Slice { start: u16, len: u8 },
    Words(Vec<u8>),
    Raw(String),
}

#[derive(Arbitrary, Debug)]
enum Op {
    ReplaceText(Loc, Phrase, Phrase),
    DeleteText(Loc, Phrase),
    DeleteTextAbout(Loc, Phrase, Phrase),
    RenameAll(Phrase, Phrase),
    MergeUnits(Phrase, Phrase, Phrase),
    DeleteUnits(Vec<Phrase>),
    DeleteUnitsLine(Phrase),
    InsertNode { after: Option<(Loc, bool)>, unit: u8, count: u8, as_: Vec<Num>, paragraphs: Vec<Phrase> },
    ReplaceNode(Loc, Vec<Phrase>),
    ReplaceHeading(Num, Phrase),
    DeleteNode(Loc),
    DeleteHeading(Num),
    Renumber(Loc, Loc),
    InsertPhrase { loc: Option<Loc>, anchor: Phrase, before: bool, text: Phrase },
    AppendText(Loc, Phrase),
    SplitOut(Loc, Num),
    MergeNodes(Vec<Num>, Num),
    Fold(Num, Num),
    Raw(String),
}

#[rustfmt::skip]
const WORDS: &[&str] = &[
    "经信委", "工信厅", "省", "地税局", "国税局", "、", "，", "。", "；", "部门", "应当", "依法", "国务院", "反垄断", "执法机构",
    "经营者", "第一款", "第二条", "本法", "（一）", "1.", "责任单位：", "\n", "“", "”", "‘", "’", "：", "　", " ",
];

struct Doc {
    text: &'static str,
    chars: Vec<usize>,
    title: String,
}

fn docs() -> &'static [Doc] {
    static DOCS: OnceLock<Vec<Doc>> = OnceLock::new();
    DOCS.get_or_init(|| {
        amend_fuzz::DOCUMENTS
            .iter()
            .map(|t| Doc {
                text: t,
                chars: t.char_indices().map(|(i, _)| i).chain([t.len()]).collect(),
                title: amend::document::parse(t).title().unwrap_or("").to_string(),
            })
            .collect()
    })
}

fn num(n: &Num) -> String {
    match n {
        Num::Small(k) => numerals::format(u32::from(*k % 40) + 1),
        Num::Any(k) => numerals::format(*k),
    }
}

fn loc(l: &Loc, doc: &Doc) -> String {
    match l {
        Loc::Whole => "全文".into(),
        Loc::Item(i) => format!("第{}项", num(i)),
        Loc::PointItem(p, i) => format!("第{}点第{}项", num(p), num(i)),
        Loc::Point(p) => format!("第{}点", num(p)),
        Loc::PointHeading(p, h) => format!("第{}点{}", num(p), quoted(h, doc)),
        Loc::Article(a) => format!("第{}条", num(a)),
        Loc::ArticleSub(a, s) => format!("第{}条之{}", num(a), num(s)),
        Loc::ArticleClause(a, k) => format!("第{}条第{}款", num(a), num(k)),
        Loc::ArticleClauseItem(a, k, i) => format!("第{}条第{}款第{}项", num(a), num(k), num(i)),
        Loc::Chapter(c) => format!("第{}章", num(c)),
        Loc::ChapterSection(c, s) => format!("第{}章第{}节", num(c), num(s)),
        Loc::Several(ns) => {
            let mut v: Vec<String> = ns.iter().take(4).map(|n| format!("第{}条", num(n))).collect();
            if v.is_empty() {
                v.push("第一条".into());
            }
            v.join("、")
        }
    }
}

fn phrase(p: &Phrase, doc: &Doc) -> String {
    match p {
        Phrase::Slice { start, len } => {
            let n = doc.chars.len() - 1;
            let a = usize::from(*start) % n;
            let b = (a + usize::from(*len % 48) + 1).min(n);
            doc.text[doc.chars[a]..doc.chars[b]].to_string()
        }
        Phrase::Words(ws) => ws.iter().take(12).map(|w| WORDS[usize::from(*w) % WORDS.len()]).collect(),
        Phrase::Raw(s) => s.chars().take(64).collect(),
    }
}

fn quoted(p: &Phrase, doc: &Doc) -> String {
    format!("“{}”", phrase(p, doc))
}

/// NPC style: every paragraph opens with “, only the last one closes.
fn paragraphs(ps: &[Phrase], doc: &Doc) -> String {
    let mut out = String::new();
    for (i, p) in ps.iter().take(4).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push('“');
        out.push_str(&phrase(p, doc));
    }
    if out.is_empty() {
        out.push('“');
    }
    out.push('”');
    out
}

fn sentence(op: &Op, doc: &Doc, del: &str) -> String {
    let q = |p: &Phrase| quoted(p, doc);
    match op {
        Op::ReplaceText(l, a, b) => format!("将{}中的{}修改为{}", loc(l, doc), q(a), q(b)),
        Op::DeleteText(l, a) => format!("{del}{}中{}的表述", loc(l, doc), q(a)),
        Op::DeleteTextAbout(l, a, b) => format!("{del}{}中关于{}和{}的表述", loc(l, doc), q(a), q(b)),
        Op::RenameAll(a, b) => format!("将全文中的{}修改为{}", q(a), q(b)),
        Op::MergeUnits(a, b, c) => format!("将全文中的{}{}合并修改为{}", q(a), q(b), q(c)),
        Op::DeleteUnits(us) => format!("{del}{}", us.iter().take(4).map(q).collect::<String>()),
        Op::DeleteUnitsLine(u) => format!("并相应删除该内容责任单位中的{}", q(u)),
        Op::InsertNode { after, unit, count, as_, paragraphs: ps } => {
            let unit = ["条", "款", "项", "章", "节", "目"][usize::from(*unit) % 6];
            let place = match after {
                Some((l, true)) => format!("在{}后", loc(l, doc)),
                Some((l, false)) => format!("在{}前", loc(l, doc)),
                None => String::new(),
            };
            let mut numbers: Vec<String> = as_.iter().take(3).map(|n| format!("第{}{unit}", num(n))).collect();
            if numbers.is_empty() {
                numbers.push(format!("第一{unit}"));
            }
            let count = numerals::format(u32::from(*count % 3) + 1);
            format!("{place}增加{count}{unit}，作为{}：{}", numbers.join("、"), paragraphs(ps, doc))
        }
        Op::ReplaceNode(l, ps) => format!("将{}修改为：{}", loc(l, doc), paragraphs(ps, doc)),
        Op::ReplaceHeading(c, h) => format!("将第{}章章名修改为{}", num(c), q(h)),
        Op::DeleteNode(l) => format!("{del}{}", loc(l, doc)),
        Op::DeleteHeading(c) => format!("{del}第{}章的章名", num(c)),
        Op::Renumber(a, b) => format!("将{}改为{}", loc(a, doc), loc(b, doc)),
        Op::InsertPhrase { loc: l, anchor, before, text } => format!(
            "在{}{}{}增加{}",
            l.as_ref().map(|l| format!("{}中的", loc(l, doc))).unwrap_or_default(),
            q(anchor),
            if *before { "前" } else { "后" },
            q(text)
        ),
        Op::AppendText(l, t) => format!("在{}最后增加{}", loc(l, doc), q(t)),
        Op::SplitOut(l, n) => format!("将{}单列一条，作为第{}条", loc(l, doc), num(n)),
        Op::MergeNodes(ns, n) => {
            let ls: Vec<String> = ns.iter().take(3).map(|n| format!("第{}条", num(n))).collect();
            format!("将{}合并，作为第{}条", ls.join("、"), num(n))
        }
        Op::Fold(a, b) => format!("将第{}章并入第{}章", num(a), num(b)),
        Op::Raw(s) => s.chars().take(120).collect(),
    }
}

fn notice_text(case: &Case, doc: &Doc) -> String {
    let del = if case.decision { "删去" } else { "删除" };
    let sentences: Vec<String> = case.ops.iter().take(8).map(|op| sentence(op, doc, del)).collect();
    amend_fuzz::notice_text(&doc.title, case.decision, &sentences, case.renumber_all)
}

thread_local! {
    static CURRENT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// On a panic, the notice text goes to stderr before libFuzzer's own report: that text (with the
/// document's index) is what a regression test saves.
fn print_notice_on_panic() {
    static HOOK: OnceLock<()> = OnceLock::new();
    HOOK.get_or_init(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            CURRENT.with(|c| eprintln!("---- notice ----\n{}---- end of notice ----", c.borrow()));
            previous(info)
        }));
    });
}

fuzz_target!(|case: Case| {
    print_notice_on_panic();
    let docs = docs();
    let k = usize::from(case.doc) % docs.len();
    let text = notice_text(&case, &docs[k]);
    CURRENT.with(|c| *c.borrow_mut() = format!("document {k}\n{text}"));
    amend_fuzz::check_apply_notice(k, &text);
});
