//! Text before structure: decoding input bytes, Chinese numerals, punctuation.

pub mod decode;
pub mod graphemes;
pub mod numerals;
pub mod punct;
pub mod words;

/// A line without its spacing, as headings, 目录 entries and labels are compared (第三章　附　　则 and
/// 第三章 附则 are one heading).
pub fn without_blanks(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A window of a line around a byte range, with the range marked 【…】 and `context` characters
/// either side (… where the line goes on): how messages and `--explain` show a place in a line.
pub fn window(line: &str, r: std::ops::Range<usize>, context: usize) -> String {
    let r = r.start.min(line.len())..r.end.min(line.len());
    let before: String = line[..r.start].chars().rev().take(context).collect::<Vec<_>>().into_iter().rev().collect();
    let after: String = line[r.end..].chars().take(context).collect();
    let lead = if before.chars().count() < line[..r.start].chars().count() { "…" } else { "" };
    let tail = if after.chars().count() < line[r.end..].chars().count() { "…" } else { "" };
    format!("{lead}{before}【{}】{after}{tail}", &line[r])
}
