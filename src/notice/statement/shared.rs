//! One quotation for several clauses. A decision that restructures a part of a law often names
//! every change first and gives the new text once, at the end:
//!
//! 在第一章后增加一章，作为第二章“立法准备”；对第四十八条、第四十九条、第五十一条进行修改，分别作为
//! 第十三条、第十四条、第十七条；将第五十条改为两条，分别作为第十五条、第十六条。内容如下：“第二章　立法准备
//! “第十三条　…” …
//!
//! The text is cut at its headings and article labels, and each clause gets the articles its FINAL
//! numbers name; a new division gets its heading and holds the articles of the text.

use super::{ReadError, Reader};
use crate::document::{LineKind, classify};
use crate::notice::model::{Op, UnitKind};

/// An article's number and its 之一 (第五条之一 is (5, Some(1))).
type Number = (u32, Option<u32>);

/// A piece of the shared text: a heading line, or an article (its label line and the lines after it).
#[derive(Debug)]
enum Piece {
    Heading(String),
    Article(Number, Vec<String>),
}

fn pieces(paragraphs: &[String]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for p in paragraphs {
        let c = classify(p);
        match c.kind {
            LineKind::Part | LineKind::Chapter | LineKind::Section => out.push(Piece::Heading(p.clone())),
            // 第五条之一 is an article of its own, for the clause that makes it
            LineKind::Article if let Some(n) = c.number => out.push(Piece::Article((n, c.sub_number), vec![p.clone()])),
            _ => match out.last_mut() {
                Some(Piece::Article(_, lines)) => lines.push(p.clone()),
                _ => out.push(Piece::Heading(p.clone())),
            },
        }
    }
    out
}

/// The article numbers an operation gives its units (FINAL numbers).
fn article_numbers(ops: &[crate::notice::Operation], i: usize) -> Vec<Number> {
    match &ops[i].op {
        // 增加两条，分别作为第五条之一、第五条之二: the 之一 of the first, counted on
        Op::InsertNode { kind: UnitKind::Article, numbers, sub_number, .. } => {
            numbers.iter().zip(0..).map(|(&n, k)| (n, sub_number.map(|s| s + k))).collect()
        }
        Op::SplitNode { kind: UnitKind::Article, numbers, .. } => numbers.iter().map(|&n| (n, None)).collect(),
        // 对第四十八条…进行修改，分别作为第十三条: `modify_as` puts each article's renumbering just before it
        Op::ReplaceNode { .. } => match ops[..i].last().map(|o| &o.op) {
            Some(Op::Renumber { to: UnitKind::Article, number, sub_number }) => vec![(*number, *sub_number)],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// 第五条之一
fn label((n, sub): Number) -> String {
    let sub = sub.map(|s| format!("之{}", crate::text::numerals::format(s))).unwrap_or_default();
    format!("第{}条{sub}", crate::text::numerals::format(n))
}

fn set_paragraphs(op: &mut Op, new: Vec<String>) {
    match op {
        Op::InsertNode { paragraphs, .. } | Op::SplitNode { paragraphs, .. } | Op::ReplaceNode { paragraphs } => {
            *paragraphs = new
        }
        _ => {}
    }
}

fn paragraphs_of(op: &Op) -> Option<&Vec<String>> {
    match op {
        Op::InsertNode { paragraphs, .. } | Op::SplitNode { paragraphs, .. } | Op::ReplaceNode { paragraphs } => {
            Some(paragraphs)
        }
        _ => None,
    }
}

pub(super) fn distribute(r: &mut Reader) -> Result<(), ReadError> {
    if r.needs_text.is_empty() {
        return Ok(());
    }
    let first = r.needs_text[0];
    // the clause that carries the text: the last one after the first clause waiting for it
    let source = (first..r.ops.len())
        .rev()
        .find(|&i| !r.needs_text.contains(&i) && paragraphs_of(&r.ops[i].op).is_some_and(|p| !p.is_empty()));
    let Some(source) = source else {
        let message = match &r.ops[first].op {
            // 增加一章，作为第四章“…”。 alone: where its articles are is not said
            Op::InsertNode { kind: kind @ (UnitKind::Chapter | UnitKind::Section | UnitKind::Part), .. } => format!(
                "增加一{}: the statement says neither which articles it holds (包括第X条至第Y条) nor its text, so where the new {} begins and ends is not said",
                kind.chinese(),
                kind.chinese()
            ),
            op => format!("{} is not followed by its text", op.name()),
        };
        return Err(ReadError { offset: r.ops[first].pos.offset, message, no_formula: false });
    };
    let text = paragraphs_of(&r.ops[source].op).cloned().unwrap_or_default();
    let pieces = pieces(&text);
    let mut used = vec![false; pieces.len()];
    let mut takers: Vec<usize> = r.needs_text.clone();
    takers.push(source);
    for &i in &takers {
        let numbers = article_numbers(&r.ops, i);
        let offset = r.ops[i].pos.offset;
        let mut mine = Vec::new();
        if let Op::InsertNode {
            kind: kind @ (UnitKind::Chapter | UnitKind::Section | UnitKind::Part),
            count,
            heading,
            holds,
            ..
        } = &mut r.ops[i].op
        {
            if *count != 1 {
                // 增加两章，分别作为第三章、第四章。内容如下：… (which articles each holds is read from
                // its heading line, one division a clause)
                return Err(ReadError {
                    offset,
                    message: format!(
                        "增加{}{} with one text for them: which articles each new {} holds is not read; give each its own clause (增加一{}，作为…)",
                        crate::text::numerals::count(*count),
                        kind.chinese(),
                        kind.chinese(),
                        kind.chinese()
                    ),
                    no_formula: false,
                });
            }
            // a new division: its heading line, and the articles of the text after it, up to the next
            // heading (all of them when the text gives no heading)
            let own = pieces.iter().enumerate().position(|(k, p)| matches!(p, Piece::Heading(_)) && !used[k]);
            match own {
                Some(k) => {
                    used[k] = true;
                    if let (None, Piece::Heading(h)) = (&heading, &pieces[k]) {
                        *heading = Some(classify(h).text.trim().to_string());
                    }
                }
                // headings for other new divisions, none for this one: where it begins is not said
                None if pieces.iter().any(|p| matches!(p, Piece::Heading(_))) => {
                    return Err(ReadError {
                        offset,
                        message: format!(
                            "the text of the item gives no heading line for this new {}, so which of its articles it holds is not said",
                            kind.chinese()
                        ),
                        no_formula: false,
                    });
                }
                None => {}
            }
            if holds.is_empty() {
                *holds = pieces[own.map_or(0, |k| k + 1)..]
                    .iter()
                    .map_while(|p| if let Piece::Article(n, _) = p { Some(*n) } else { None })
                    .filter_map(|(n, sub)| sub.is_none().then_some(n))
                    .collect();
            }
            continue;
        }
        for (k, p) in pieces.iter().enumerate() {
            if let Piece::Article(n, lines) = p
                && numbers.contains(n)
                && !used[k]
            {
                used[k] = true;
                mine.extend(lines.iter().cloned());
            }
        }
        if numbers.is_empty() {
            continue;
        }
        if mine.is_empty() {
            return Err(ReadError {
                offset: r.ops[i].pos.offset,
                message: format!(
                    "the text of the item gives none of the articles this clause makes ({})",
                    numbers.iter().map(|&n| label(n)).collect::<Vec<_>>().join("、")
                ),
                no_formula: false,
            });
        }
        set_paragraphs(&mut r.ops[i].op, mine);
    }
    if let Some(k) = used.iter().position(|u| !u) {
        let what = match &pieces[k] {
            Piece::Heading(h) => format!("“{h}”"),
            Piece::Article(n, _) => label(*n),
        };
        return Err(ReadError {
            offset: r.ops[source].pos.offset,
            message: format!("the text of the item gives {what}, which no clause of the item makes"),
            no_formula: false,
        });
    }
    Ok(())
}
