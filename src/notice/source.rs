//! The notice as lines with positions: Markdown marks stripped, inline markup read as text (each
//! line keeps a map back to the notice as written), metadata blocks set aside.

use super::markup;
use super::model::Pos;

/// Maps byte offsets of the notice to line:column.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    text: String,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        LineIndex { starts, text: text.to_string() }
    }

    /// The position of byte `offset` (1-based line, 1-based column in characters).
    pub fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let column = self.text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        Pos { line, column, offset }
    }
}

/// One non-blank line of the notice, as read: Markdown marks (`#`, `>`) removed and inline markup
/// (links, spans, emphasis, escapes, entities; see `markup.rs`) read as the text it marks up. A line
/// broken by `<br>` gives one `SrcLine` per part.
#[derive(Debug, Clone)]
pub struct SrcLine {
    /// Byte offset in the notice of the first byte of `content` (`source_offset(0)`).
    pub start: usize,
    pub content: String,
    /// Part of a Markdown metadata block (front matter, or the header before `<!-- INFO END -->`).
    pub metadata: bool,
    /// A Markdown `#` heading.
    pub heading: bool,
    /// Where `content` is not a copy of the notice: (offset in `content`, offset in the notice)
    /// anchors, sorted, the first at 0; from each anchor on, `content` is a copy of the notice up to
    /// the next one. Empty (no allocation) when `content` is the slice of the notice at `start`, as
    /// it is for every line without inline markup.
    map: Vec<(usize, usize)>,
}

impl SrcLine {
    fn verbatim(start: usize, content: &str, metadata: bool, heading: bool) -> Self {
        SrcLine { start, content: content.to_string(), metadata, heading, map: Vec::new() }
    }

    /// A part of a line read by `markup::read`, whose anchors are offsets from `base`.
    fn read(piece: markup::Piece, base: usize, heading: bool) -> Self {
        let mut map: Vec<(usize, usize)> = piece.anchors.into_iter().map(|(c, s)| (c, base + s)).collect();
        let start = map.first().map_or(base, |a| a.1);
        if map.len() == 1 {
            map = Vec::new();
        }
        SrcLine { start, content: piece.text, metadata: false, heading, map }
    }

    /// The byte offset in the notice of byte `offset` of `content`: where the character at `offset`
    /// was written (after the markup that opens it), or, at `content.len()`, just after the last one.
    pub fn source_offset(&self, offset: usize) -> usize {
        if self.map.is_empty() {
            return self.start + offset;
        }
        let i = self.map.partition_point(|&(c, _)| c <= offset).max(1) - 1;
        let (c, s) = self.map[i];
        s + offset.saturating_sub(c)
    }

    /// The byte offset in the notice just after the last character of `content`.
    pub fn end(&self) -> usize {
        self.source_offset(self.content.len())
    }

    /// The byte offset in `content` (a character boundary) of what is at `offset` in the notice: the
    /// character written there, or the first one after it when `offset` is in markup.
    pub fn content_offset(&self, offset: usize) -> usize {
        let c = if self.map.is_empty() {
            offset.saturating_sub(self.start)
        } else {
            match self.map.partition_point(|&(_, s)| s <= offset) {
                0 => 0,
                i => {
                    let (c, s) = self.map[i - 1];
                    let next = self.map.get(i).map_or(usize::MAX, |a| a.0);
                    (c + (offset - s)).min(next)
                }
            }
        };
        let c = c.min(self.content.len());
        (0..=c).rev().find(|&i| self.content.is_char_boundary(i)).unwrap_or(0)
    }

    /// Whether `content` is a copy of the notice (no markup was read on the line).
    #[cfg(test)]
    fn is_verbatim(&self) -> bool {
        self.map.is_empty()
    }
}

pub(super) fn blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}')
}

/// An ATX heading's closing sequence (`## 标题  ##`) and the blanks before it.
fn strip_closing_hashes(s: &str) -> &str {
    let t = s.trim_end_matches('#');
    if t.len() == s.len() {
        return s;
    }
    if t.is_empty() || t.ends_with([' ', '\t', '\u{3000}']) {
        return t.trim_end_matches(blank);
    }
    s
}

/// The non-blank lines of `text`.
pub fn lines(text: &str) -> Vec<SrcLine> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut in_front_matter = false;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if i == 0 && line.trim_end() == "---" {
            in_front_matter = true;
            out.push(SrcLine::verbatim(line_start, line, true, false));
            continue;
        }
        if in_front_matter {
            if line.trim_end() == "---" {
                in_front_matter = false;
            }
            out.push(SrcLine::verbatim(line_start, line, true, false));
            continue;
        }
        let lead = line.len() - line.trim_start_matches(blank).len();
        let mut rest = &line[lead..];
        let mut skip = lead;
        let mut heading = false;
        let hashes = rest.len() - rest.trim_start_matches('#').len();
        // (`rest` starts with no blank, so a space after no `#` cannot be)
        if rest[hashes..].starts_with([' ', '\u{3000}']) {
            heading = true;
            let after = &rest[hashes..];
            let n = hashes + (after.len() - after.trim_start_matches([' ', '\u{3000}']).len());
            skip += n;
            rest = &rest[n..];
        } else if let Some(after) = rest.strip_prefix('>') {
            let n = 1 + (after.len() - after.trim_start_matches([' ', '\u{3000}']).len());
            skip += n;
            rest = &rest[n..];
        }
        let mut content = rest.trim_end_matches(blank);
        if heading {
            content = strip_closing_hashes(content);
        }
        if content.chars().all(blank) {
            continue;
        }
        let base = line_start + skip;
        if markup::may_have_markup(content) {
            out.extend(markup::read(content, blank).into_iter().map(|p| SrcLine::read(p, base, heading)));
        } else {
            out.push(SrcLine::verbatim(base, content, false, heading));
        }
    }
    // The Markdown header block: everything before <!-- INFO END --> is metadata.
    if let Some(end) = out.iter().position(|l| l.content.replace(' ', "") == "<!--INFOEND-->") {
        for l in &mut out[..=end] {
            l.metadata = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters() {
        let idx = LineIndex::new("甲乙\n丙“丁”\n");
        let p = idx.pos("甲乙\n丙".len());
        assert_eq!((p.line, p.column), (2, 2));
    }

    #[test]
    fn markdown_marks_are_stripped() {
        let ls = lines("---\nid: 1\n---\n\n# 标题\n\n> （通过）\n>\n一、将第一条修改为：\n");
        let contents: Vec<&str> = ls.iter().filter(|l| !l.metadata).map(|l| l.content.as_str()).collect();
        assert_eq!(contents, ["标题", "（通过）", "一、将第一条修改为："]);
        assert!(ls.iter().any(|l| l.heading));
    }

    /// Every character of every line maps to where it is written in `text`, and back.
    fn check_map(text: &str, ls: &[SrcLine]) {
        for l in ls {
            for (c, ch) in l.content.char_indices() {
                let s = l.source_offset(c);
                assert_eq!(l.content_offset(s), c, "{:?} at {c}", l.content);
                if !matches!(ch, '\u{a0}' | '\u{2003}' | '\u{3000}') {
                    assert!(text[s..].starts_with(ch), "{:?}: {ch} is not at {s} in the text", l.content);
                }
            }
            assert!(l.end() <= text.len() && l.start <= l.end());
        }
    }

    #[test]
    fn lines_without_markup_have_no_map() {
        let text = "# 关于修改《某条例》的决定\n\n> （通过）\n一、将第一条修改为：“甲。”\n";
        let ls = lines(text);
        assert!(ls.iter().all(|l| l.is_verbatim() && l.map.capacity() == 0));
        let l = &ls[2];
        assert_eq!(l.source_offset(3), l.start + 3);
        assert_eq!(l.end(), text.find("”\n").unwrap() + "”".len());
        check_map(text, &ls);
    }

    #[test]
    fn a_span_maps_to_the_character_after_its_bracket() {
        let text = "> [（一）将第四条中的“甲”修改为“乙”。]{.mark}\n";
        let ls = lines(text);
        let l = &ls[0];
        assert_eq!(l.content, "（一）将第四条中的“甲”修改为“乙”。");
        assert_eq!(l.start, "> [".len());
        assert_eq!(l.source_offset("（一）将".len()), "> [（一）将".len());
        assert_eq!(l.end(), text.find(']').unwrap());
        check_map(text, &ls);
    }

    #[test]
    fn escapes_links_and_emphasis_map_past_their_marks() {
        let text = "1\\.将《[某条例](https://flk.npc.gov.cn/detail?id=abc)》第二条修改为：“**第二条**　甲。”\n";
        let ls = lines(text);
        let l = &ls[0];
        assert_eq!(l.content, "1.将《某条例》第二条修改为：“第二条　甲。”");
        assert!(!l.is_verbatim());
        // the label's period is the escaped character, not its backslash
        assert_eq!(l.source_offset(1), 2);
        assert_eq!(l.source_offset("1.将《".len()), text.find("某").unwrap());
        // the character after the link text is 》, past the address
        assert_eq!(l.source_offset("1.将《某条例".len()), text.find('》').unwrap());
        assert_eq!(l.source_offset("1.将《某条例》第二条修改为：“".len()), text.find("第二条**").unwrap());
        // an offset inside markup reads as the character after it
        assert_eq!(l.content_offset(text.find("https").unwrap()), "1.将《某条例".len());
        check_map(text, &ls);
    }

    #[test]
    fn entities_and_line_breaks() {
        let text = "&emsp;&emsp;一、将第四条修改为：“第四条&nbsp;甲。<br>乙。”<br/>\n";
        let ls = lines(text);
        let contents: Vec<&str> = ls.iter().map(|l| l.content.as_str()).collect();
        assert_eq!(contents, ["一、将第四条修改为：“第四条\u{a0}甲。", "乙。”"]);
        assert_eq!(ls[0].start, "&emsp;&emsp;".len());
        assert_eq!(ls[1].start, text.find("乙").unwrap());
        // after the decoded entity the map jumps over the rest of it
        let nbsp = "一、将第四条修改为：“第四条".len();
        assert_eq!(ls[0].source_offset(nbsp), text.find("&nbsp;").unwrap());
        assert_eq!(ls[0].source_offset(nbsp + 2), text.find("甲").unwrap());
        assert_eq!(ls[0].end(), text.find("<br>").unwrap());
        check_map(text, &ls);
    }

    #[test]
    fn atx_headings_lose_their_closing_hashes() {
        let ls = lines("## 一、修改《某条例》  ##  \n# 第1#\n### ###\n");
        let contents: Vec<(&str, bool)> = ls.iter().map(|l| (l.content.as_str(), l.heading)).collect();
        assert_eq!(contents, [("一、修改《某条例》", true), ("第1#", true)]);
    }
}
