//! Formatting normalisation: the differences that crawls, typists and fonts introduce without
//! changing what a text says. Texts are compared after normalisation; a difference that disappears
//! here is reported as formatting only.
//!
//! - full-width ASCII forms (U+FF01–U+FF5E: `（）`, `，`, `；`, `：`, `１`, `Ａ`) → ASCII;
//! - double quotes `“ ” „ ‟ ＂ "` → `"`, single quotes `‘ ’ ‚ ‛ ＇ '` → `'`;
//! - spaces (ASCII, U+3000, tabs, no-break and zero-width spaces) are dropped, so `总 则` = `总则`.
//!
//! Line breaks are kept: splitting or joining paragraphs is a change of substance.

/// The normalised form of one character; `None` when the character is dropped (a space).
pub fn normalize_char(c: char) -> Option<char> {
    match c {
        '\n' => Some('\n'),
        ' ' | '\t' | '\r' | '\u{3000}' | '\u{a0}' | '\u{200b}' | '\u{feff}' | '\u{2002}'..='\u{200a}' => None,
        '“' | '”' | '„' | '‟' | '＂' | '"' => Some('"'),
        '‘' | '’' | '‚' | '‛' | '＇' | '\'' => Some('\''),
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0),
        c if c.is_whitespace() => None,
        c => Some(c),
    }
}

/// Appends the normalised form of `s` to `out`.
pub fn normalize_into(s: &str, out: &mut String) {
    out.reserve(s.len());
    for c in s.chars() {
        if let Some(n) = normalize_char(c) {
            out.push(n);
        }
    }
}

/// The normalised form of `s`.
///
/// ```
/// use amend::diff::normalize::normalize;
/// assert_eq!(normalize("第一章 总　则"), normalize("第一章总则"));
/// assert_eq!(normalize("(一)“甲”；"), normalize("（一）\"甲\";"));
/// assert_ne!(normalize("甲\n乙"), normalize("甲乙"));
/// ```
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_into(s, &mut out);
    out
}

/// Whether `a` and `b` differ, but only in formatting.
pub fn formatting_only(a: &str, b: &str) -> bool {
    a != b && normalize(a) == normalize(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_quotes_and_spaces() {
        assert_eq!(normalize("（一）１２３，ＡＢ；："), "(一)123,AB;:");
        assert_eq!(normalize("“经信委”‘甲’"), "\"经信委\"'甲'");
        assert_eq!(normalize(" 总\u{3000}则\t "), "总则");
        assert!(formatting_only("(三)具有", "（三）具有"));
        assert!(!formatting_only("经信委", "工信厅"));
        assert!(!formatting_only("甲", "甲"));
        // Chinese punctuation without an ASCII twin stays itself
        assert_eq!(normalize("、。《》"), "、。《》");
    }
}
