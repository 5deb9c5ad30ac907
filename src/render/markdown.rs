//! `amend diff --format markdown`: the 新旧对照表 as a Markdown table `| 修改前 | 修改后 |`, one row per
//! changed unit in document order, deletions as `~~…~~`, insertions as `**…**`, paragraphs separated
//! by `<br>`. Renumbered-only and formatting-only units are listed after the table (with `--context`
//! they are rows too, as are unchanged units).
//!
//! CommonMark does not close `**` after Chinese punctuation when a letter follows (`**鼓励创新，**提高`
//! stays literal): where a delimiter would not work, the same mark is written as `<ins>…</ins>` or
//! `<del>…</del>`, which GitHub and most renderers display alike.

use std::fmt::Write;

use super::DiffReport;
use super::marks::{self, Mark, Piece};
use crate::diff::{ChangeKind, ClauseChange, UnitKind};

/// The Markdown 新旧对照表.
pub fn markdown(report: &DiffReport) -> String {
    let diff = report.diff;
    let mut out = String::new();
    let title = report.title.map(|t| format!("《{}》", escape(t))).unwrap_or_default();
    let _ = writeln!(out, "# {title}新旧对照表\n");
    let _ = writeln!(out, "修改前：`{}`　修改后：`{}`\n", report.old_name, report.new_name);
    let _ = writeln!(out, "| | {} |", marks::COUNT_ORDER.map(|k| k.chinese()).join(" | "));
    let _ = writeln!(out, "|---{}|", "|---:".repeat(marks::COUNT_ORDER.len()));
    for unit in UnitKind::ALL {
        let c = diff.summary.of(unit);
        let cells: Vec<String> = marks::COUNT_ORDER.iter().map(|k| c.get(*k).to_string()).collect();
        let _ = writeln!(out, "| {} | {} |", marks::unit_chinese(unit), cells.join(" | "));
    }
    out.push('\n');
    if diff.is_same() && !report.context {
        out.push_str("两个版本逐条相同。\n");
        return out;
    }

    let in_table = |c: &ClauseChange| {
        report.context
            || matches!(c.change, ChangeKind::Modified | ChangeKind::Inserted | ChangeKind::Deleted | ChangeKind::Moved)
    };
    let rows: Vec<&ClauseChange> = report.shown().filter(|c| in_table(c)).collect();
    if !rows.is_empty() {
        out.push_str("| 修改前 | 修改后 |\n|---|---|\n");
        for c in rows {
            let _ = writeln!(out, "| {} | {} |", cell(c, true), cell(c, false));
        }
        out.push('\n');
    }
    if !report.context {
        let runs = marks::renumbered_runs(diff);
        if !runs.is_empty() {
            let names: Vec<String> = runs.into_iter().map(|r| escape(&marks::run_name(&diff.changes[r]))).collect();
            let _ = writeln!(out, "**条文序号调整（内容未改）**：{}\n", names.join("；"));
        }
        let formatting: Vec<String> = diff
            .changes
            .iter()
            .filter(|c| c.change == ChangeKind::Formatting)
            .map(|c| escape(&marks::change_name(c)))
            .collect();
        if !formatting.is_empty() {
            let _ = writeln!(out, "**仅格式不同**（全半角、引号、空格）：{}\n", formatting.join("、"));
        }
    }
    out
}

/// One cell: the old (`old == true`) or new side of a change, marked.
fn cell(c: &ClauseChange, old: bool) -> String {
    let Some(side) = (if old { c.old.as_ref() } else { c.new.as_ref() }) else {
        return String::new();
    };
    let one_sided = c.old.is_none() || c.new.is_none();
    let prefix = marks::number_prefix(side).unwrap_or_default();
    let whole = side.display();
    let mut pieces: Vec<Piece> = Vec::new();
    if one_sided {
        pieces.push((if old { Mark::Deleted } else { Mark::Inserted }, whole.as_str()));
    } else {
        if !prefix.is_empty() {
            pieces.push((Mark::Same, prefix.as_str()));
        }
        if old {
            pieces.extend(marks::old_pieces(&side.text, &c.edits));
        } else {
            pieces.extend(marks::new_pieces(&side.text, &c.edits));
        }
    }
    let lines: Vec<String> = marks::lines(&pieces).iter().map(|l| line(l)).collect();
    let mut s = lines.join("<br>");
    if !old && c.moved {
        s.push_str(" *（位置调整）*");
    }
    if !old && c.unit == UnitKind::Metadata {
        s.push_str(" *（文首信息）*");
    }
    if let Some(by) = c.instruction.as_ref().filter(|_| !old || c.new.is_none()) {
        let _ = write!(s, " *（依据{}）*", escape(by));
    }
    s
}

fn line(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for (k, &(mark, text)) in pieces.iter().enumerate() {
        let (delim, tag) = match mark {
            Mark::Deleted => ("~~", "del"),
            Mark::Inserted => ("**", "ins"),
            Mark::Same | Mark::FormatOld | Mark::FormatNew => {
                out.push_str(&escape(text));
                continue;
            }
        };
        let before = k.checked_sub(1).and_then(|p| pieces[p].1.chars().next_back());
        let after = pieces.get(k + 1).and_then(|p| p.1.chars().next());
        if flanks(before, text, after) {
            let _ = write!(out, "{delim}{}{delim}", escape(text));
        } else {
            let _ = write!(out, "<{tag}>{}</{tag}>", escape(text));
        }
    }
    out
}

/// Whether `**text**` between `before` and `after` opens and closes as emphasis (CommonMark's
/// left- and right-flanking rules).
fn flanks(before: Option<char>, text: &str, after: Option<char>) -> bool {
    let (Some(first), Some(last)) = (text.chars().next(), text.chars().next_back()) else {
        return false;
    };
    let space_or_punct = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || is_punct(c));
    let opens = !first.is_whitespace() && (!is_punct(first) || space_or_punct(before));
    let closes = !last.is_whitespace() && (!is_punct(last) || space_or_punct(after));
    opens && closes
}

/// Unicode punctuation as CommonMark sees it (ASCII punctuation and the general categories P and S,
/// approximated by the blocks where Chinese texts have them).
fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c, '\u{2000}'..='\u{206f}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}' | '\u{ff3b}'..='\u{ff40}' | '\u{ff5b}'..='\u{ff65}' | '\u{fe30}'..='\u{fe4f}')
}

/// Escapes Markdown syntax and table pipes; the text stays readable.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '~' | '`' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_that_would_not_close_become_tags() {
        assert!(flanks(Some('争'), "鼓励创新", Some('提')));
        assert!(!flanks(Some('争'), "鼓励创新，", Some('提')));
        assert!(!flanks(Some('，'), "鼓励创新，", Some('提')));
        assert!(flanks(Some('，'), "鼓励创新，", None));
        assert_eq!(
            line(&[(Mark::Same, "竞争，"), (Mark::Inserted, "鼓励创新，"), (Mark::Same, "提高")]),
            "竞争，<ins>鼓励创新，</ins>提高"
        );
        assert_eq!(
            line(&[(Mark::Same, "省"), (Mark::Deleted, "经信委"), (Mark::Inserted, "工信厅")]),
            "省~~经信委~~**工信厅**"
        );
    }

    #[test]
    fn pipes_and_markup_are_escaped() {
        assert_eq!(escape("a|b*c<d>"), "a\\|b\\*c&lt;d&gt;");
    }
}
