//! Word output: `amend diff --format docx`, the 新旧对照表 as a Word table (修改前 | 修改后, and
//! 修改依据 when the changes are linked to a notice's instructions), with the title, the sources,
//! the summary counts and a legend above it, as the HTML report has them; deletions struck through
//! in red, insertions bold and underlined, formatting-only edits with a dotted underline; and
//! `amend apply -o out.docx`, the consolidated text as Word paragraphs (the title and the division
//! headings in heading styles). The package itself is written by [`crate::formats::docx::write`].

use super::DiffReport;
use super::marks::{self, Mark};
use crate::diff::{ChangeKind, ClauseChange, UnitKind};
use crate::document::{Document, Kind};
use crate::formats::docx::write::{Block, Cell, Look, Para, Row, TEXT_WIDTH, Table, package};

const MUTED: &str = "6E7781";
const HEAD_SHADE: &str = "F2F2F2";
const EMPTY_SHADE: &str = "F7F7F7";

fn look(mark: Mark) -> Look {
    match mark {
        Mark::Same => Look::default(),
        Mark::Deleted => Look { strike: true, color: Some("C00000"), ..Look::default() },
        Mark::Inserted => Look { bold: true, underline: Some("single"), color: Some("006100"), ..Look::default() },
        Mark::FormatOld | Mark::FormatNew => Look { underline: Some("dotted"), ..Look::default() },
    }
}

fn muted() -> Look {
    Look { color: Some(MUTED), ..Look::default() }
}

fn cell(paras: Vec<Para>) -> Cell {
    Cell { paras, span: 1, shade: None }
}

fn header_cell(text: &str) -> Cell {
    let mut p = Para::new(Some("Small"));
    p.center = true;
    p.push(text, Look { bold: true, ..Look::default() });
    Cell { paras: vec![p], span: 1, shade: Some(HEAD_SHADE) }
}

/// The 新旧对照表 as a .docx.
pub fn comparison(report: &DiffReport) -> Vec<u8> {
    let diff = report.diff;
    let title = match report.title {
        Some(t) => format!("《{t}》新旧对照表"),
        None => "新旧对照表".to_string(),
    };
    let mut blocks = vec![Block::Para(Para::plain(Some("Title"), &title))];
    let mut sources = Para::new(Some("Small"));
    sources.center = true;
    sources.push(&format!("修改前：{}　修改后：{}", report.old_name, report.new_name), muted());
    blocks.push(Block::Para(sources));
    blocks.push(Block::Table(summary(report)));
    let mut legend = Para::new(Some("Small"));
    legend.push("图例：", muted());
    legend.push("删除的文字", look(Mark::Deleted));
    legend.push("　", Look::default());
    legend.push("新增的文字", look(Mark::Inserted));
    legend.push("　", Look::default());
    legend.push("仅格式不同", look(Mark::FormatNew));
    blocks.push(Block::Para(legend));
    if diff.is_same() && !report.context {
        blocks.push(Block::Para(Para::plain(None, "两个版本逐条相同。")));
        return package(&title, &blocks);
    }

    let linked = report.shown().any(|c| c.instruction.is_some());
    let widths = if linked {
        let basis = TEXT_WIDTH / 7;
        vec![(TEXT_WIDTH - basis) / 2, (TEXT_WIDTH - basis) / 2, basis]
    } else {
        vec![TEXT_WIDTH / 2, TEXT_WIDTH / 2]
    };
    let mut head = vec![header_cell("修改前"), header_cell("修改后")];
    if linked {
        head.push(header_cell("修改依据"));
    }
    let mut rows = vec![Row { cells: head, header: true }];
    for c in report.shown() {
        rows.push(row(c, report.context, linked));
    }
    blocks.push(Block::Table(Table { widths, rows }));

    if !diff.number_map.is_empty() {
        blocks.push(Block::Para(Para::plain(
            Some("Heading3"),
            &format!("序号对照（旧 → 新，{} 处）", diff.number_map.len()),
        )));
        let pairs: Vec<String> =
            diff.number_map.iter().map(|m| format!("{} → {}", m.old, m.new.as_deref().unwrap_or("（删除）"))).collect();
        blocks.push(Block::Para(Para::plain(Some("Small"), &pairs.join("；"))));
    }
    package(&title, &blocks)
}

/// The summary counts: one row per kind of unit, one column per kind of change.
fn summary(report: &DiffReport) -> Table {
    let mut head = vec![header_cell("")];
    head.extend(marks::COUNT_ORDER.iter().map(|k| header_cell(k.chinese())));
    let mut rows = vec![Row { cells: head, header: false }];
    for unit in UnitKind::ALL {
        let c = report.diff.summary.of(unit);
        let mut cells = vec![cell(vec![Para::plain(Some("Small"), marks::unit_chinese(unit))])];
        for k in marks::COUNT_ORDER {
            let n = c.get(k);
            let mut p = Para::new(Some("Small"));
            p.center = true;
            p.push(&n.to_string(), if n == 0 { muted() } else { Look::default() });
            // the modified units that also moved are counted with the modified ones, and said
            if k == ChangeKind::Modified && c.modified_and_moved > 0 {
                p.push(&format!("（其中位置调整 {}）", c.modified_and_moved), muted());
            }
            cells.push(cell(vec![p]));
        }
        rows.push(Row { cells, header: false });
    }
    let first = TEXT_WIDTH / 8;
    let rest = (TEXT_WIDTH - first) / marks::COUNT_ORDER.len() as u32;
    let mut widths = vec![first];
    widths.extend(std::iter::repeat_n(rest, marks::COUNT_ORDER.len()));
    Table { widths, rows }
}

/// What the change is, as a short grey note opening its cell: 〔修改〕, 〔新增〕, with 位置调整 for a
/// moved one and the unit's name where its number alone does not say it.
fn badge(c: &ClauseChange) -> String {
    let mut out = format!("〔{}", c.change.chinese());
    if c.moved && c.change != ChangeKind::Moved {
        out.push_str("·位置调整");
    }
    let qualified = c.side().path.contains('/');
    if c.change == ChangeKind::Renumbered
        || (c.change != ChangeKind::Unchanged && (c.unit != UnitKind::Clause || qualified))
    {
        out.push('·');
        out.push_str(&marks::change_name(c));
    }
    out.push('〕');
    out
}

fn row(c: &ClauseChange, context: bool, linked: bool) -> Row {
    let basis = || {
        let text = c.instruction.as_deref().unwrap_or("");
        cell(vec![Para::plain(Some("Small"), text)])
    };
    if c.change == ChangeKind::Renumbered && !context {
        let mut p = Para::new(Some("Small"));
        p.center = true;
        p.push(&marks::change_name(c), Look::default());
        p.push(&format!("　〔{}〕", c.change.chinese()), muted());
        let mut cells = vec![Cell { paras: vec![p], span: 2, shade: None }];
        if linked {
            cells.push(basis());
        }
        return Row { cells, header: false };
    }
    let mut cells = Vec::new();
    for old in [true, false] {
        let Some(side) = (if old { c.old.as_ref() } else { c.new.as_ref() }) else {
            cells.push(Cell { paras: vec![Para::new(Some("Small"))], span: 1, shade: Some(EMPTY_SHADE) });
            continue;
        };
        let (num_mark, pieces) = marks::side_pieces(c, side, old);
        let mut paras: Vec<Para> = Vec::new();
        for (i, line) in marks::lines(&pieces).into_iter().enumerate() {
            let mut p = Para::new(Some("Small"));
            if i == 0 {
                if (!old || c.new.is_none()) && c.change != ChangeKind::Unchanged {
                    p.push(&badge(c), muted());
                }
                if let Some(number) = marks::number_prefix(side) {
                    p.push(&number, Look { bold: true, ..look(num_mark) });
                }
            }
            for (mark, t) in line {
                p.push(t, look(mark));
            }
            paras.push(p);
        }
        cells.push(cell(paras));
    }
    if linked {
        cells.push(basis());
    }
    Row { cells, header: false }
}

/// A consolidated text as a .docx: one Word paragraph per line, in the document's own words (the
/// Markdown `#` marks of a heading left out, its level kept as a heading style; Markdown comments
/// such as `<!-- INFO END -->` left out), blank lines left to paragraph spacing.
pub fn consolidated(doc: &Document) -> Vec<u8> {
    let mut blocks = Vec::new();
    let mut kinds: Vec<(usize, Kind)> = Vec::new();
    doc.root.walk(&mut |n| kinds.push((n.span.start, n.kind)));
    let kind_at = |offset: usize| kinds.iter().rev().find(|(s, _)| *s <= offset).map(|(_, k)| *k);
    let mut offset = 0;
    for line in doc.source.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let text = line.trim_end_matches(['\n', '\r']);
        // blank lines, and Markdown comments (`<!-- INFO END -->`), which no reader of the page sees
        if text.trim().is_empty() || (text.starts_with("<!--") && text.trim_end().ends_with("-->")) {
            continue;
        }
        let hashes = text.chars().take_while(|&c| c == '#').count();
        let (words, style) = if hashes > 0 && text[hashes..].starts_with(' ') {
            let style = match hashes {
                1 => "Title",
                2 => "Heading1",
                3 => "Heading2",
                _ => "Heading3",
            };
            (text[hashes + 1..].trim_start(), Some(style))
        } else {
            let style = match kind_at(start) {
                Some(Kind::Title) => Some("Title"),
                Some(Kind::Part | Kind::Chapter) => Some("Heading1"),
                Some(Kind::Section) => Some("Heading2"),
                _ => None,
            };
            (text, style)
        };
        blocks.push(Block::Para(Para::plain(style, words)));
    }
    package(doc.title().unwrap_or(""), &blocks)
}
