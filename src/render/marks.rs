//! Shared by the diff renderers: a unit's text cut into marked pieces (unchanged, deleted, inserted,
//! formatting), from the [`Edit`]s of a change, and the names a reader uses for units and counts.

use std::ops::Range;

use crate::diff::{ChangeKind, ClauseChange, Counts, DocumentDiff, Edit, Side, UnitKind};

/// What a piece of text is, in a diff view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Same,
    Deleted,
    Inserted,
    /// Old text of a formatting-only edit.
    FormatOld,
    /// New text of a formatting-only edit.
    FormatNew,
}

/// A marked piece of text (it may contain line breaks).
pub type Piece<'a> = (Mark, &'a str);

/// The old text of a change, with its deleted (and formatting-changed) pieces marked.
pub fn old_pieces<'a>(text: &'a str, edits: &[Edit]) -> Vec<Piece<'a>> {
    pieces(
        text,
        edits.iter().map(|e| (e.old_range.clone(), if e.formatting { Mark::FormatOld } else { Mark::Deleted })),
    )
}

/// The new text of a change, with its inserted (and formatting-changed) pieces marked.
pub fn new_pieces<'a>(text: &'a str, edits: &[Edit]) -> Vec<Piece<'a>> {
    pieces(
        text,
        edits.iter().map(|e| (e.new_range.clone(), if e.formatting { Mark::FormatNew } else { Mark::Inserted })),
    )
}

fn pieces<'a>(text: &'a str, ranges: impl Iterator<Item = (std::ops::Range<usize>, Mark)>) -> Vec<Piece<'a>> {
    let mut out = Vec::new();
    let mut at = 0;
    for (r, mark) in ranges {
        if r.start > at {
            out.push((Mark::Same, &text[at..r.start]));
        }
        if !r.is_empty() {
            out.push((mark, &text[r.clone()]));
        }
        at = r.end.max(at);
    }
    if at < text.len() {
        out.push((Mark::Same, &text[at..]));
    }
    out
}

/// Old and new text in one run: unchanged text once, each edit as its deletion then its insertion.
pub fn inline_pieces<'a>(old: &'a str, new: &'a str, edits: &'a [Edit]) -> Vec<Piece<'a>> {
    let mut out = Vec::new();
    let mut at = 0;
    for e in edits {
        if e.old_range.start > at {
            out.push((Mark::Same, &old[at..e.old_range.start]));
        }
        let (d, i) = if e.formatting { (Mark::FormatOld, Mark::FormatNew) } else { (Mark::Deleted, Mark::Inserted) };
        if !e.old.is_empty() {
            out.push((d, e.old.as_str()));
        }
        if !e.new.is_empty() {
            out.push((i, &new[e.new_range.clone()]));
        }
        at = e.old_range.end;
    }
    if at < old.len() {
        out.push((Mark::Same, &old[at..]));
    }
    out
}

/// One side of a change cut into marked pieces, with the mark its number takes: a unit on one side
/// only (inserted, deleted) is marked whole, a changed one by its edits.
pub fn side_pieces<'a>(c: &'a ClauseChange, side: &'a Side, old: bool) -> (Mark, Vec<Piece<'a>>) {
    if c.old.is_none() || c.new.is_none() {
        let mark = if old { Mark::Deleted } else { Mark::Inserted };
        (mark, vec![(mark, side.text.as_str())])
    } else if old {
        (Mark::Same, old_pieces(&side.text, &c.edits))
    } else {
        (Mark::Same, new_pieces(&side.text, &c.edits))
    }
}

/// Splits pieces into lines (a piece that spans a line break becomes one piece per line).
pub fn lines<'a>(pieces: &[Piece<'a>]) -> Vec<Vec<Piece<'a>>> {
    let mut out = vec![Vec::new()];
    for &(mark, text) in pieces {
        let mut parts = text.split('\n');
        if let Some(first) = parts.next()
            && !first.is_empty()
        {
            out.last_mut().expect("never empty").push((mark, first));
        }
        for part in parts {
            out.push(Vec::new());
            if !part.is_empty() {
                out.last_mut().expect("never empty").push((mark, part));
            }
        }
    }
    out
}

/// The number and separator that open a unit's first line (`第十条 `, `（四）`), if it has one.
pub fn number_prefix(side: &Side) -> Option<String> {
    side.number.as_ref().map(|n| format!("{n}{}", side.sep))
}

/// How a reader names a change: `第十条`, `第十条 → 第十三条`, `一/¶1`.
pub fn change_name(c: &ClauseChange) -> String {
    match (&c.old, &c.new) {
        (Some(o), Some(n)) if o.path != n.path && o.number.is_some() => format!("{} → {}", o.path, n.path),
        _ => c.side().path.to_string(),
    }
}

/// The Chinese name of a unit kind, as the 对照表 headings say it.
pub fn unit_chinese(unit: UnitKind) -> &'static str {
    match unit {
        UnitKind::Clause => "条文",
        UnitKind::Heading => "标题",
        UnitKind::Text => "其他段落",
        UnitKind::Metadata => "文首信息",
    }
}

/// The order in which counts are listed.
pub const COUNT_ORDER: [ChangeKind; 7] = [
    ChangeKind::Modified,
    ChangeKind::Inserted,
    ChangeKind::Deleted,
    ChangeKind::Moved,
    ChangeKind::Renumbered,
    ChangeKind::Formatting,
    ChangeKind::Unchanged,
];

/// `24 modified, 13 inserted, 31 renumbered, 2 unchanged` (kinds with a zero count left out).
pub fn counts_english(c: &Counts) -> String {
    let parts: Vec<String> = COUNT_ORDER
        .iter()
        .filter(|k| c.get(**k) > 0)
        .map(|k| match (k, c.modified_and_moved) {
            (ChangeKind::Modified, m) if m > 0 => format!("{} modified ({m} of them moved)", c.modified),
            _ => format!("{} {}", c.get(*k), k.name()),
        })
        .collect();
    if parts.is_empty() { "none".into() } else { parts.join(", ") }
}

/// `修改 24，新增 13，序号调整 31，未修改 2`.
pub fn counts_chinese(c: &Counts) -> String {
    let parts: Vec<String> = COUNT_ORDER
        .iter()
        .filter(|k| c.get(**k) > 0)
        .map(|k| match (k, c.modified_and_moved) {
            (ChangeKind::Modified, m) if m > 0 => format!("修改 {}（其中位置调整 {m}）", c.modified),
            _ => format!("{} {}", k.chinese(), c.get(*k)),
        })
        .collect();
    if parts.is_empty() { "无".into() } else { parts.join("，") }
}

/// Runs of consecutive renumbered units of one kind with no other change between them, as ranges
/// of indices into `diff.changes`: `第五条`…`第七条` → `第六条`…`第八条` is one run.
pub fn renumbered_runs(diff: &DocumentDiff) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    for (i, c) in diff.changes.iter().enumerate() {
        if c.change != ChangeKind::Renumbered {
            continue;
        }
        match runs.last_mut() {
            Some(run) if run.end == i && same_kind(&diff.changes[run.start], c) => run.end = i + 1,
            _ => runs.push(i..i + 1),
        }
    }
    runs
}

fn same_kind(a: &ClauseChange, b: &ClauseChange) -> bool {
    a.unit == b.unit && a.side().kind == b.side().kind
}

/// `第五条 → 第六条` or `第五条—第七条 → 第六条—第八条`, for a run of renumbered changes.
pub fn run_name(run: &[ClauseChange]) -> String {
    let path = |c: &ClauseChange, old: bool| {
        let side = if old { c.old.as_ref() } else { c.new.as_ref() };
        side.map(|s| s.path.clone()).unwrap_or_default()
    };
    let (first, last) = (&run[0], &run[run.len() - 1]);
    if run.len() == 1 {
        format!("{} → {}", path(first, true), path(first, false))
    } else {
        format!("{}—{} → {}—{}", path(first, true), path(last, true), path(first, false), path(last, false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::inline::diff_text;

    #[test]
    fn pieces_cover_both_texts() {
        let (old, new) = ("甲乙丙\n丁", "甲X丙\n丁戊");
        let edits = diff_text(old, new);
        let o: String = old_pieces(old, &edits).iter().map(|p| p.1).collect();
        let n: String = new_pieces(new, &edits).iter().map(|p| p.1).collect();
        assert_eq!((o.as_str(), n.as_str()), (old, new));
        let inline = inline_pieces(old, new, &edits);
        assert_eq!(
            inline,
            [
                (Mark::Same, "甲"),
                (Mark::Deleted, "乙"),
                (Mark::Inserted, "X"),
                (Mark::Same, "丙\n丁"),
                (Mark::Inserted, "戊")
            ]
        );
        assert_eq!(lines(&inline).len(), 2);
    }
}
