//! Word boundaries of Chinese text, for quotations that do not cut a word: 交通|主管部门, so a
//! change inside “交通主管部门” is quoted as the whole term, never as “通主”. Chinese has no
//! spaces between words; the segmentation is jieba's (its dictionary of modern Chinese, loaded once
//! per process, on first use: about 0.1 s).

use std::sync::OnceLock;

use jieba_rs::Jieba;

fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

/// The byte offsets in `line` where a word starts or ends (0 and `line.len()` included), in order.
///
/// ```
/// let b = amend::text::words::boundaries("县级以上交通主管部门");
/// // 县级|以上|交通|主管部门
/// assert_eq!(b, [0, 6, 12, 18, 30]);
/// ```
pub fn boundaries(line: &str) -> Vec<usize> {
    let mut out = vec![0];
    for t in jieba().cut(line, false) {
        if t.byte_end > *out.last().expect("starts with 0") {
            out.push(t.byte_end);
        }
    }
    if *out.last().expect("starts with 0") != line.len() {
        out.push(line.len());
    }
    out
}

/// The first word of `s` (all of it when it is one word; empty when `s` is).
pub fn first_word(s: &str) -> &str {
    &s[..boundaries(s).get(1).copied().unwrap_or(0)]
}

/// The last word of `s`.
pub fn last_word(s: &str) -> &str {
    let b = boundaries(s);
    &s[b.len().checked_sub(2).map_or(0, |i| b[i])..]
}

/// `start..end` widened to the nearest word boundaries of `line` around it (`bounds` from
/// [`boundaries`]), never beyond `lo..hi`: the whole words the span touches.
pub fn widen(bounds: &[usize], start: usize, end: usize, lo: usize, hi: usize) -> (usize, usize) {
    let s = bounds.iter().rev().find(|&&b| b <= start).copied().unwrap_or(start).max(lo);
    let e = bounds.iter().find(|&&b| b >= end).copied().unwrap_or(end).min(hi);
    (s.min(start), e.max(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_around_a_span() {
        let line = "由县级以上交通主管部门责令改正";
        let b = boundaries(line);
        // “通主” (the bytes of 通 and 主) widens to 交通主管部门
        let (s, e) = (line.find("通主").unwrap(), line.find("通主").unwrap() + "通主".len());
        let (ws, we) = widen(&b, s, e, 0, line.len());
        assert_eq!(&line[ws..we], "交通主管部门");
        // limited by the neighbouring edits
        let lo = line.find("通").unwrap();
        let (ws, we) = widen(&b, s, e, lo, line.len());
        assert_eq!(&line[ws..we], "通主管部门");
        // a span on boundaries stays as it is
        let at = line.find("交通").unwrap();
        assert_eq!(widen(&b, at, at + "交通".len(), 0, line.len()), (at, at + "交通".len()));
        assert_eq!(boundaries(""), [0]);
        assert_eq!((first_word("中国民用航空局"), last_word("中国民用航空局")), ("中国", "航空局"));
        assert_eq!((first_word("的管理工作"), last_word("交通")), ("的", "交通"));
        assert_eq!((first_word(""), last_word("")), ("", ""));
    }
}
