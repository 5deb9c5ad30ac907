//! Properties over generated inputs: parsing never panics and always renders back the input; a
//! document diffed with itself shows no change; notices and their application never panic.

mod common;

use amend::apply::{self, ApplyOptions};
use amend::diff::{DiffOptions, diff_documents};
use amend::document;
use amend::notice;
use proptest::prelude::*;

/// Text made of the pieces legal documents are made of (labels, marks, Markdown, line breaks) and
/// of arbitrary characters.
fn legal_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("第一条 ".to_string()),
        Just("第十二条　".to_string()),
        Just("第一百二十条之一 ".to_string()),
        Just("## 第二章 总则\n".to_string()),
        Just("第一编".to_string()),
        Just("（一）".to_string()),
        Just("(三)".to_string()),
        Just("一、".to_string()),
        Just("1.".to_string()),
        Just("1．".to_string()),
        Just("（1）".to_string()),
        Just("①".to_string()),
        Just("责任单位：省工信厅、财政厅，省税务局".to_string()),
        Just("附件1\n".to_string()),
        Just("附件：1.甲\n".to_string()),
        Just("……".to_string()),
        Just("<!-- INFO END -->".to_string()),
        Just("---\n".to_string()),
        Just("# 标题\n".to_string()),
        Just("> ".to_string()),
        Just("2020年12月4日".to_string()),
        Just("（此件主动公开）".to_string()),
        Just("目　　录".to_string()),
        "[甲乙丙丁，。；：“”‘’（）《》]{1,8}",
        "[\n\r \u{3000}\t\u{200b}]{1,3}",
        "\\PC{1,4}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn parse_never_panics_and_round_trips(text in legal_text()) {
        let doc = document::parse(&text);
        prop_assert_eq!(doc.render(), text.clone());
        prop_assert_eq!(doc.root.span.end, text.len());
        // paths name one node each
        let mut paths: Vec<&str> = doc.nodes().iter().skip(1).map(|n| n.path.as_str()).collect();
        let n = paths.len();
        paths.sort();
        paths.dedup();
        prop_assert_eq!(paths.len(), n);
    }

    #[test]
    fn any_unicode_parses_and_round_trips(text in "\\PC*") {
        prop_assert_eq!(document::parse(&text).render(), text);
    }

    #[test]
    fn a_document_diffed_with_itself_shows_no_change(text in legal_text()) {
        let doc = document::parse(&text);
        let d = diff_documents(&doc, &doc, &DiffOptions::default());
        prop_assert!(d.is_same());
        prop_assert!(d.number_map.is_empty());
    }
}

/// Notices made of formula pieces, numbers and quotations.
fn notice_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("将".to_string()),
        Just("删除".to_string()),
        Just("删去".to_string()),
        Just("在".to_string()),
        Just("第十四项".to_string()),
        Just("第一点第四项".to_string()),
        Just("第六点“拓展市场”".to_string()),
        Just("第十条第二款".to_string()),
        Just("全文".to_string()),
        Just("中的".to_string()),
        Just("修改为".to_string()),
        Just("修改为：".to_string()),
        Just("合并修改为".to_string()),
        Just("后增加一条，作为第十一条：".to_string()),
        Just("改为第十三条".to_string()),
        Just("的表述".to_string()),
        Just("条文顺序作相应调整".to_string()),
        Just("，".to_string()),
        Just("。".to_string()),
        Just("\n".to_string()),
        Just("（一）".to_string()),
        Just("二、".to_string()),
        "“[省经信委工厅局甲乙，。]{0,6}”",
        "\"[甲乙丙]{0,4}\"",
        "[“”‘’\"]",
        "\\PC{1,3}",
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| format!("关于修改《福建省人民政府关于加快发展智能制造九条措施的通知》的通知\n一、对《福建省人民政府关于加快发展智能制造九条措施的通知》作出修改\n{}", v.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn notices_never_panic_and_applying_them_never_panics(text in notice_text()) {
        let n = notice::parse(&text);
        for d in &n.diagnostics {
            prop_assert!(d.pos.line >= 1);
        }
        if n.errors().count() == 0 {
            let doc = document::parse(&common::read("fujian-2020/original/1.txt"));
            if let Ok(section) = apply::find_section(&n, &doc, None)
                && let Ok(out) = apply::apply(&doc, &n, section, &ApplyOptions::default()) {
                    // what was produced parses and renders back
                    prop_assert_eq!(document::parse(&out.text).render(), out.text);
                }
        }
    }
}

// ------------------------------------------- notices written from the document's own text
//
// The notices above are made of formula pieces: they almost never apply, and never with a change
// (issue 17), so applying is never exercised on a notice that changes something. The ones below are written the way real notices are, from the document they amend:
// locators that name units the document has (第N条, 第N条第K款, 第N项, 第M点第N项, 第N点), quotations
// cut from the text of the unit they locate, and the real formulas. The notice and decision framing
// is the `apply_structured` fuzz target's (fuzz/src/lib.rs, included by path).

#[path = "../fuzz/src/lib.rs"]
#[allow(unused)]
mod checks;

use amend::document::{Document, Family, Kind, Node};
use amend::text::numerals;
use std::ops::Range;

/// The documents notices are written for: the four Fujian originals (policy notices; items run on
/// in 1, restart under each point in 2–4, 4 has gap markers) and the 2007 反垄断法 (a law).
const GROUNDED: &[&str] = &[
    "fujian-2020/original/1.txt",
    "fujian-2020/original/2.txt",
    "fujian-2020/original/3.txt",
    "fujian-2020/original/4.txt",
    "real-laws/antimonopoly-2022/old.md",
];

/// A unit a locator names, with the lines its quotations may be cut from.
struct Unit {
    locator: String,
    kind: Kind,
    /// Its number (an article's, for the final numbers of insertions).
    number: u32,
    /// Its bytes in the source, children included: where a phrase instruction acts.
    span: Range<usize>,
    /// The texts (without labels) of its lines and of its children's lines, gaps left out.
    lines: Vec<String>,
}

struct Grounded {
    doc: Document,
    title: String,
    units: Vec<Unit>,
    /// How many clauses it has ([`clause_kind`]).
    clauses: usize,
}

/// Characters a quotation cut from the text must not hold: quotation marks (they would close or
/// nest the notice's own quotation), the gap marker, line breaks.
fn quotable(c: char) -> bool {
    !matches!(c, '“' | '”' | '‘' | '’' | '"' | '\'' | '…' | '\n' | '\r')
}

fn lines_of(node: &Node) -> Vec<String> {
    let mut out = Vec::new();
    node.walk(&mut |n| {
        if !n.gap && n.kind != Kind::Gap && n.text.chars().filter(|&c| quotable(c)).count() >= 2 {
            out.push(n.text.to_string());
        }
    });
    out
}

fn grounded() -> &'static [Grounded] {
    static DOCS: std::sync::OnceLock<Vec<Grounded>> = std::sync::OnceLock::new();
    DOCS.get_or_init(|| {
        GROUNDED
            .iter()
            .map(|rel| {
                let doc = document::parse(&common::read(rel));
                let title = doc.title().expect("the corpus documents have titles").to_string();
                let mut units = Vec::new();
                let mut point = 0;
                let unit = |locator: String, n: &Node| Unit {
                    locator,
                    kind: n.kind,
                    number: n.number.unwrap_or(0),
                    span: n.span.start..n.span.end,
                    lines: lines_of(n),
                };
                doc.root.walk(&mut |n| match (doc.family, n.kind) {
                    (Family::Law, Kind::Article) if n.sub_number.is_none() => {
                        let a = numerals::format(n.number.unwrap());
                        units.push(unit(format!("第{a}条"), n));
                        let paragraphs: Vec<&Node> = n.children.iter().filter(|c| c.kind == Kind::Paragraph).collect();
                        if paragraphs.len() > 1 {
                            for (k, p) in paragraphs.iter().enumerate() {
                                units.push(unit(format!("第{a}条第{}款", numerals::format(k as u32 + 1)), p));
                            }
                        }
                    }
                    (Family::Policy, Kind::Point) => {
                        point = n.number.unwrap();
                        if !n.gap {
                            units.push(unit(format!("第{}点", numerals::format(point)), n));
                        }
                    }
                    (Family::Policy, Kind::Item) if !n.gap => {
                        let item = numerals::format(n.number.unwrap());
                        let locator = if doc.items_restart {
                            format!("第{}点第{item}项", numerals::format(point))
                        } else {
                            format!("第{item}项")
                        };
                        units.push(unit(locator, n));
                    }
                    _ => {}
                });
                units.retain(|u| !u.lines.is_empty());
                assert!(units.len() >= 6, "{rel}: {} units", units.len());
                let clauses = doc.nodes().iter().filter(|n| n.kind == clause_kind(&doc)).count();
                Grounded { doc, title, units, clauses }
            })
            .collect()
    })
}

/// Words replacements and insertions bring in (none of them a quotation mark).
const NEW_WORDS: &[&str] = &[
    "工信厅",
    "自然资源厅",
    "市场监管局",
    "省税务局",
    "依法",
    "国务院有关部门",
    "鼓励创新",
    "公平竞争",
    "数字化",
    "统一",
    "按照国家有关规定",
];

/// A new article's text.
const NEW_ARTICLES: &[&str] = &[
    "国家建立健全公平竞争审查制度。",
    "经营者不得利用数据和算法、技术、资本优势以及平台规则等从事本法禁止的垄断行为。",
    "反垄断执法机构依法对涉嫌滥用行政权力排除、限制竞争的行为进行调查，有关单位或者个人应当配合。",
];

/// A passage of `line` chosen by `start` and `len`: at least two characters, none of them one a
/// quotation may not hold.
fn cut(line: &str, start: usize, len: usize) -> Option<String> {
    let runs: Vec<Vec<char>> =
        line.split(|c: char| !quotable(c)).map(|r| r.chars().collect::<Vec<char>>()).filter(|r| r.len() >= 2).collect();
    let run = runs.get(start % runs.len().max(1))?;
    let a = (start / 7) % (run.len() - 1);
    let b = (a + 2 + len % 10).min(run.len());
    Some(run[a..b].iter().collect())
}

/// A passage of `line` from `start`, lengthened until it occurs once in `scope` (deletions and
/// anchors must be unique where they are looked for).
fn cut_unique(scope: &str, line: &str, start: usize, len: usize) -> Option<String> {
    let first = cut(line, start, len)?;
    let at = line.find(&first)?;
    let rest: String = line[at..].chars().take_while(|&c| quotable(c)).collect();
    let chars: Vec<char> = rest.chars().collect();
    (first.chars().count()..=chars.len())
        .map(|n| chars[..n].iter().collect::<String>())
        .find(|q| scope.matches(q.as_str()).count() == 1)
}

/// One instruction to write: what it does (0 replace text, 1 delete text, 2 insert text after a
/// passage, 3 delete the unit, 4 insert an article after it, 5 rename in the whole text), the unit
/// it names, where its quotation is cut, what it brings in.
type Choice = (u8, usize, usize, usize, usize);

/// What a generated notice does, for the checks that follow.
#[derive(Debug, Default)]
struct Written {
    text: String,
    instructions: usize,
    /// How many clauses (条 in the law, 项 in the policy documents) the result has.
    clauses: usize,
}

/// The clauses that instructions delete and insert: 条 in laws, 项 in policy documents.
fn clause_kind(doc: &Document) -> Kind {
    if doc.family == Family::Law { Kind::Article } else { Kind::Item }
}

/// Writes a notice for document `g` from `choices`: one instruction per choice, on units that do
/// not overlap, a whole-text renaming last (as real notices put it), new articles numbered where
/// they land, 条文顺序作相应调整 when a law loses or gains an article.
fn write_notice(g: &Grounded, choices: &[Choice]) -> Written {
    let law = g.doc.family == Family::Law;
    let src = &g.doc.source;
    let mut used: Vec<Range<usize>> = Vec::new();
    let mut sentences = Vec::new();
    let mut rename = None;
    let mut deleted: Vec<u32> = Vec::new();
    let mut inserted_after: Vec<u32> = Vec::new();
    let mut inserts: Vec<(usize, u32, String)> = Vec::new();
    for &(what, unit, start, len, new) in choices {
        let u = &g.units[unit % g.units.len()];
        let line = &u.lines[start % u.lines.len()];
        let scope = &src[u.span.clone()];
        let word = NEW_WORDS[new % NEW_WORDS.len()];
        if what % 6 == 5 {
            if rename.is_some() {
                continue;
            }
            // a passage a label also holds (第十 of 第十条) is renamed in the text only: the clause
            // counts below catch a renaming that rewrites labels
            if let Some(a) = cut(line, start / 3, len) {
                let b = if a == word { NEW_WORDS[(new + 1) % NEW_WORDS.len()] } else { word };
                rename = Some((a, b));
                continue;
            }
        }
        if used.iter().any(|r| r.start < u.span.end && u.span.start < r.end) {
            continue;
        }
        let structural = match u.kind {
            Kind::Article => true,
            Kind::Item => !law,
            _ => false,
        };
        let sentence = match what % 6 {
            3 if structural => {
                if law {
                    deleted.push(u.number);
                }
                Some(format!("{}{}", if law { "删去" } else { "删除" }, u.locator))
            }
            4 if law && u.kind == Kind::Article => {
                inserted_after.push(u.number);
                inserts.push((sentences.len(), u.number, NEW_ARTICLES[new % NEW_ARTICLES.len()].to_string()));
                Some(String::new())
            }
            1 => cut_unique(scope, line, start, len).map(|a| {
                if law {
                    format!("删去{}中的“{a}”", u.locator)
                } else {
                    format!("删除{}中“{a}”的表述", u.locator)
                }
            }),
            2 => cut_unique(scope, line, start, len).map(|a| format!("在{}中的“{a}”后增加“{word}”", u.locator)),
            _ => None,
        }
        // a replacement where the others cannot be written (no passage of the line is unique)
        .or_else(|| {
            cut(line, start, len).map(|a| {
                let b = if a == word { NEW_WORDS[(new + 1) % NEW_WORDS.len()] } else { word };
                format!("将{}中的“{a}”修改为“{b}”", u.locator)
            })
        });
        if let Some(s) = sentence {
            used.push(u.span.clone());
            sentences.push(s);
        }
    }
    // a new article's final number: the articles kept up to the one it follows, the articles
    // inserted before it, and itself
    for (at, after, text) in &inserts {
        let kept = g
            .units
            .iter()
            .filter(|u| u.kind == Kind::Article && u.number <= *after && !deleted.contains(&u.number))
            .count();
        let before = inserted_after.iter().filter(|&&a| a < *after).count();
        let y = numerals::format((kept + before + 1) as u32);
        sentences[*at] = format!("在第{}条后增加一条，作为第{y}条：“{text}”", numerals::format(*after));
    }
    // a renaming that finds nothing is an error (no_effect): the passage must stand outside the
    // units the other instructions change
    if let Some((a, b)) = rename {
        let outside = src.match_indices(a.as_str()).any(|(i, _)| !used.iter().any(|r| r.start <= i && i < r.end));
        if outside || sentences.is_empty() {
            sentences.push(format!("将全文中的“{a}”修改为“{b}”"));
        }
    }
    let renumber = law && !(deleted.is_empty() && inserts.is_empty());
    let deleted_items =
        if law { 0 } else { sentences.iter().filter(|s| s.starts_with("删除") && s.ends_with('项')).count() };
    let clauses = g.clauses + inserts.len() - deleted.len() - deleted_items;
    Written { instructions: sentences.len(), clauses, text: checks::notice_text(&g.title, law, &sentences, renumber) }
}

/// What became of the generated notices.
#[derive(Debug, Default)]
struct Tally {
    cases: usize,
    changed: usize,
    unchanged: usize,
    failed: usize,
    errors: std::collections::BTreeMap<String, usize>,
    /// Per form (the instruction's operation name): in how many notices it was written, and in how
    /// many of those the notice applied with a change.
    forms: std::collections::BTreeMap<String, (usize, usize)>,
}

/// A document (the law as often as the four policy notices together: only laws take new articles)
/// and up to four instructions.
fn choices() -> impl Strategy<Value = (usize, Vec<Choice>)> {
    (
        (0..2 * GROUNDED.len() - 2).prop_map(|d| d.min(GROUNDED.len() - 1)),
        prop::collection::vec((0u8..6, 0usize..10_000, 0usize..10_000, 0usize..20, 0usize..100), 1..5),
    )
}

/// Notices written from the document's own text read back without a diagnostic, apply without a
/// panic, and a clear majority of them change the document (measured: see the threshold); what
/// they give parses back losslessly.
#[test]
fn notices_written_from_the_document_apply_and_change_it() {
    use proptest::test_runner::{Config, TestRunner};
    let tally = std::cell::RefCell::new(Tally::default());
    let mut runner = TestRunner::new(Config { cases: 200, failure_persistence: None, ..Config::default() });
    runner
        .run(&choices(), |(d, choices)| {
            let g = &grounded()[d];
            let w = write_notice(g, &choices);
            let n = notice::parse(&w.text);
            prop_assert!(n.diagnostics.is_empty(), "{:?}\n{}", n.diagnostics, w.text);
            let instructions: usize = n.sections.iter().map(|s| s.instructions.len()).sum();
            prop_assert_eq!(instructions, w.instructions, "{}", w.text);
            let section =
                apply::find_section(&n, &g.doc, None).map_err(|e| TestCaseError::fail(format!("{e}\n{}", w.text)))?;
            let mut forms: Vec<String> = n.instructions().map(|i| i.op_name()).collect();
            forms.sort();
            forms.dedup();
            let mut t = tally.borrow_mut();
            t.cases += 1;
            for f in &forms {
                t.forms.entry(f.clone()).or_default().0 += 1;
            }
            match apply::apply(&g.doc, &n, section, &ApplyOptions::default()) {
                Ok(out) => {
                    let result = document::parse(&out.text);
                    prop_assert_eq!(result.render(), out.text.clone());
                    // clauses come and go only by the instructions that delete and insert them
                    let clauses = result.nodes().iter().filter(|n| n.kind == clause_kind(&g.doc)).count();
                    prop_assert_eq!(clauses, w.clauses, "{}", w.text);
                    if out.changes.is_empty() {
                        prop_assert_eq!(&out.text, &g.doc.source);
                        t.unchanged += 1;
                    } else {
                        prop_assert_ne!(&out.text, &g.doc.source, "changes reported, the text unchanged:\n{}", w.text);
                        t.changed += 1;
                        for f in &forms {
                            t.forms.entry(f.clone()).or_default().1 += 1;
                        }
                    }
                }
                Err(f) => {
                    t.failed += 1;
                    for e in &f.errors {
                        *t.errors.entry(format!("{:?}", e.kind)).or_default() += 1;
                    }
                }
            }
            Ok(())
        })
        .unwrap();
    let t = tally.into_inner();
    eprintln!("{t:?}");
    // measured: every case applies with a change (3,000 of 3,000 under each of three seeds, 200 of
    // 200 under eight); a notice written this way that fails is a finding, the margin is for the
    // rare passage that trips a legitimate refusal
    assert!(t.changed * 100 >= t.cases * 95, "{t:?}");
    for form in ["replace_text", "delete_text", "insert_text", "delete_node", "insert_node", "rename"] {
        let (written, changed) = t.forms.get(form).copied().unwrap_or_default();
        assert!(written >= 5, "{form} written in {written} notices: {t:?}");
        assert!(changed * 100 >= written * 90, "{form}: {changed} of {written} notices applied with a change: {t:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// 将第X条中的“A”修改为“B”, with A a passage of the unit that occurs in it once: the result is
    /// the document with B where A was, and nothing else changed.
    #[test]
    fn replacing_a_passage_that_occurs_once_puts_the_new_words_where_it_was(
        (d, choice) in choices().prop_map(|(d, c)| (d, c[0]))
    ) {
        let (_, unit, start, len, new) = choice;
        let g = &grounded()[d];
        let src = &g.doc.source;
        let u = &g.units[unit % g.units.len()];
        let scope = &src[u.span.clone()];
        let a = cut_unique(scope, &u.lines[start % u.lines.len()], start, len);
        prop_assume!(a.is_some());
        let a = a.unwrap();
        let b = if NEW_WORDS[new % NEW_WORDS.len()] == a { NEW_WORDS[(new + 1) % NEW_WORDS.len()] } else { NEW_WORDS[new % NEW_WORDS.len()] };
        let sentence = format!("将{}中的“{a}”修改为“{b}”", u.locator);
        let text = checks::notice_text(&g.title, g.doc.family == Family::Law, &[sentence], false);
        let n = notice::parse(&text);
        prop_assert!(n.diagnostics.is_empty(), "{:?}", n.diagnostics);
        let section = apply::find_section(&n, &g.doc, None).map_err(TestCaseError::fail)?;
        let out = apply::apply(&g.doc, &n, section, &ApplyOptions::default())
            .map_err(|f| TestCaseError::fail(format!("{:?}\n{text}", f.errors)))?;
        let at = u.span.start + scope.find(a.as_str()).unwrap();
        let want = format!("{}{b}{}", &src[..at], &src[at + a.len()..]);
        prop_assert!(out.text == want, "{text}\nA at byte {at}; the result differs from the document with B there");
        prop_assert_eq!(out.changes.len(), 1);
    }
}
