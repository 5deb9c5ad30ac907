//! The notice as lines with positions: Markdown marks stripped, metadata blocks set aside.

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

/// One non-blank line of the notice, Markdown marks (`#`, `>`) removed.
#[derive(Debug, Clone)]
pub struct SrcLine {
    /// Byte offset of `content` in the notice.
    pub start: usize,
    pub content: String,
    /// Part of a Markdown metadata block (front matter, or the header before `<!-- INFO END -->`).
    pub metadata: bool,
    /// A Markdown `#` heading.
    pub heading: bool,
}

fn blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}')
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
            out.push(SrcLine { start: line_start, content: line.to_string(), metadata: true, heading: false });
            continue;
        }
        if in_front_matter {
            if line.trim_end() == "---" {
                in_front_matter = false;
            }
            out.push(SrcLine { start: line_start, content: line.to_string(), metadata: true, heading: false });
            continue;
        }
        let lead = line.len() - line.trim_start_matches(blank).len();
        let mut rest = &line[lead..];
        let mut skip = lead;
        let mut heading = false;
        let hashes = rest.len() - rest.trim_start_matches('#').len();
        if hashes > 0 && rest[hashes..].starts_with([' ', '\u{3000}']) {
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
        let content = rest.trim_end_matches(blank);
        if content.chars().all(blank) {
            continue;
        }
        out.push(SrcLine { start: line_start + skip, content: content.to_string(), metadata: false, heading });
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
}
