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
