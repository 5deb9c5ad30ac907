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

/// A piece of the shared text: a heading line, or an article (its label line and the lines after it).
#[derive(Debug)]
enum Piece {
    Heading(String),
    Article(u32, Vec<String>),
}

fn pieces(paragraphs: &[String]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for p in paragraphs {
        let c = classify(p);
        match c.kind {
            LineKind::Part | LineKind::Chapter | LineKind::Section => out.push(Piece::Heading(p.clone())),
            LineKind::Article if c.number.is_some() && c.sub_number.is_none() => {
                out.push(Piece::Article(c.number.expect("checked"), vec![p.clone()]))
            }
            _ => match out.last_mut() {
                Some(Piece::Article(_, lines)) => lines.push(p.clone()),
                _ => out.push(Piece::Heading(p.clone())),
            },
        }
    }
    out
}

/// The article numbers an operation gives its units (FINAL numbers).
fn article_numbers(ops: &[crate::notice::Operation], i: usize) -> Vec<u32> {
    match &ops[i].op {
        Op::InsertNode { kind: UnitKind::Article, numbers, .. } => numbers.clone(),
        Op::SplitNode { kind: UnitKind::Article, numbers, .. } => numbers.clone(),
        // 对第四十八条…进行修改，分别作为第十三条: the renumbering just before names the number
        Op::ReplaceNode { .. } if i > 0 => match &ops[i - 1].op {
            Op::Renumber { to: UnitKind::Article, number, .. } if ops[i - 1].locators == ops[i].locators => {
                vec![*number]
            }
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
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
    let all_articles: Vec<u32> =
        pieces.iter().filter_map(|p| if let Piece::Article(n, _) = p { Some(*n) } else { None }).collect();
    let mut used = vec![false; pieces.len()];
    let mut takers: Vec<usize> = r.needs_text.clone();
    takers.push(source);
    for &i in &takers {
        let numbers = article_numbers(&r.ops, i);
        let mut mine = Vec::new();
        if let Op::InsertNode { kind: UnitKind::Chapter | UnitKind::Section | UnitKind::Part, heading, holds, .. } =
            &mut r.ops[i].op
        {
            // a new division: its heading line, and the articles of the text
            for (k, p) in pieces.iter().enumerate() {
                if let Piece::Heading(h) = p
                    && !used[k]
                {
                    used[k] = true;
                    if heading.is_none() {
                        *heading = Some(classify(h).text.trim().to_string());
                    }
                    break;
                }
            }
            if holds.is_empty() {
                *holds = all_articles.clone();
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
                message: format!("the text of the item gives none of the articles {numbers:?} this clause makes"),
                no_formula: false,
            });
        }
        set_paragraphs(&mut r.ops[i].op, mine);
    }
    if let Some(k) = used.iter().position(|u| !u) {
        let what = match &pieces[k] {
            Piece::Heading(h) => format!("“{h}”"),
            Piece::Article(n, _) => format!("第{}条", crate::text::numerals::format(*n)),
        };
        return Err(ReadError {
            offset: r.ops[source].pos.offset,
            message: format!("the text of the item gives {what}, which no clause of the item makes"),
            no_formula: false,
        });
    }
    Ok(())
}
