//! Punctuation: parentheses, full-width （） and ASCII () alike.

/// Whether `c` opens a parenthesis.
pub fn is_open_paren(c: char) -> bool {
    matches!(c, '（' | '(')
}

/// Whether `c` closes a parenthesis.
pub fn is_close_paren(c: char) -> bool {
    matches!(c, '）' | ')')
}

/// The byte end of the parenthetical that opens `s` (just after its closing parenthesis), nested
/// parentheses counted: `（各市、县（区）人民政府）后` gives the end of the second `）`. `None` when `s`
/// does not open with a parenthesis or it is not closed.
///
/// ```
/// use amend::text::punct::paren_end;
/// let s = "（配合单位：各市、县（区）人民政府）。";
/// assert_eq!(&s[..paren_end(s).unwrap()], "（配合单位：各市、县（区）人民政府）");
/// assert_eq!(paren_end("（未闭合"), None);
/// ```
pub fn paren_end(s: &str) -> Option<usize> {
    if !s.starts_with(is_open_paren) {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        if is_open_paren(c) {
            depth += 1;
        } else if is_close_paren(c) {
            depth -= 1;
            if depth == 0 {
                return Some(i + c.len_utf8());
            }
        }
    }
    None
}

/// Every closed parenthetical of `s`, nested ones included, as byte ranges (parentheses included),
/// in the order they open. One pass: a line of ten thousand unclosed （ costs what its length costs.
///
/// ```
/// use amend::text::punct::parentheticals;
/// let s = "甲（乙（丙）丁）（戊";
/// let found: Vec<&str> = parentheticals(s).into_iter().map(|r| &s[r]).collect();
/// assert_eq!(found, ["（乙（丙）丁）", "（丙）"]);
/// ```
pub fn parentheticals(s: &str) -> Vec<std::ops::Range<usize>> {
    let mut open = Vec::new();
    let mut out = Vec::new();
    for (i, c) in s.char_indices() {
        if is_open_paren(c) {
            open.push(i);
        } else if is_close_paren(c)
            && let Some(start) = open.pop()
        {
            out.push(start..i + c.len_utf8());
        }
    }
    out.sort_by_key(|r| r.start);
    out
}
