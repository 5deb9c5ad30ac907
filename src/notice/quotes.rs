//! Assembling statements: a numbered item or paragraph, with its quotations cut out.
//!
//! Quotations are delimited by “ ” (inner ‘ ’) or, in older crawls, by ASCII `"` (inner `'`). A
//! quotation may run over several paragraphs: in NPC style every paragraph opens with a quote mark
//! and only the last one closes; in Shanghai style the quote opens once and closes at the end; and
//! some decisions leave the new text unquoted after `修改为：`. Each quotation is replaced in the
//! statement by a token (U+E000 index U+E001) so that the grammar never sees its punctuation; its
//! text is kept exactly as written (inline Markdown read as text: see `markup.rs`); every offset is
//! taken through the line's map back to the notice as written.

use super::model::Quoted;
use super::source::{LineIndex, SrcLine};

pub const TOKEN_OPEN: char = '\u{E000}';
pub const TOKEN_CLOSE: char = '\u{E001}';

/// The kind of a statement's number label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelKind {
    /// 一、
    Top,
    /// （一）
    Paren,
    /// 1.
    Arabic,
}

/// One statement of the notice.
#[derive(Debug, Clone)]
pub struct Statement {
    /// The number label as written (`一、`, `（三）`, `1.`).
    pub label: Option<String>,
    pub label_kind: Option<LabelKind>,
    /// The statement after its label, quotations replaced by tokens.
    pub body: String,
    /// The statement as written, label included (lines joined by `\n`).
    pub raw: String,
    pub quotes: Vec<Quoted>,
    /// Byte range in the notice.
    pub start: usize,
    pub end: usize,
    /// How many source lines the statement took.
    pub lines_used: usize,
    /// (offset in `body`, offset in the notice) for every character of `body`.
    anchors: Vec<(usize, usize)>,
    /// A quotation that is never closed: the offset of its opening mark.
    pub unclosed_quote: Option<usize>,
    /// A closing quote mark without an opening one.
    pub stray_close: Option<usize>,
}

impl Statement {
    /// The notice offset of byte `offset` of `body`.
    pub fn source_offset(&self, offset: usize) -> usize {
        match self.anchors.binary_search_by(|(b, _)| b.cmp(&offset)) {
            Ok(i) => self.anchors[i].1,
            Err(0) => self.start,
            Err(i) if i >= self.anchors.len() => self.end,
            Err(i) => self.anchors[i - 1].1,
        }
    }

    /// The quotation a token stands for.
    pub fn quote(&self, token: &str) -> Option<&Quoted> {
        let idx: usize = token.trim_matches([TOKEN_OPEN, TOKEN_CLOSE]).parse().ok()?;
        self.quotes.get(idx)
    }
}

/// The number label at the start of a line, with the length of label plus separator.
pub fn label_of(content: &str) -> Option<(String, LabelKind, usize)> {
    use crate::document::{LineKind, classify};
    let c = classify(content);
    let kind = match c.kind {
        LineKind::Point => LabelKind::Top,
        LineKind::Item => LabelKind::Paren,
        LineKind::SubItem => LabelKind::Arabic,
        _ => return None,
    };
    let label = c.label?;
    Some((label.to_string(), kind, label.len() + c.sep.len()))
}

/// Where an unquoted replacement text may begin: right after `修改为：` or `作为第X条：`.
fn implicit_trigger(body: &str) -> bool {
    let b = body.trim_end_matches([' ', '\u{3000}']);
    (b.ends_with('：') || b.ends_with(':')) && {
        let head = b.trim_end_matches(['：', ':']);
        head.ends_with("修改为") || (head.contains("作为第") && head.ends_with(['条', '款', '项', '章', '节']))
    }
}

/// Whether a line starts an instruction of its own (ends an unquoted replacement text).
fn starts_instruction(content: &str) -> bool {
    ["将", "删去", "删除", "增加", "在第", "此外", "本决定", "本修正案"].iter().any(|v| content.starts_with(v))
}

enum State {
    Outside,
    /// Inside a quotation opened by `open` (“ or "), with nesting depth for “.
    Quote {
        open: char,
        depth: usize,
        text: String,
        start: usize,
    },
    /// Inside an unquoted replacement text (runs to the end of its paragraphs).
    Implicit {
        text: String,
        start: usize,
    },
}

/// Reads the statement that starts at `lines[i]`. `is_boundary` says whether a line starts a new
/// statement (so that an unclosed quotation does not swallow the rest of the notice).
pub fn statement(lines: &[SrcLine], i: usize, idx: &LineIndex, is_boundary: &dyn Fn(&SrcLine) -> bool) -> Statement {
    let first = &lines[i];
    let (label, label_kind, skip) = match label_of(&first.content) {
        Some((l, k, n)) => (Some(l), Some(k), n),
        None => (None, None, 0),
    };
    let mut st = Statement {
        label,
        label_kind,
        body: String::new(),
        raw: String::new(),
        quotes: Vec::new(),
        start: first.start,
        end: first.start,
        lines_used: 0,
        anchors: Vec::new(),
        unclosed_quote: None,
        stray_close: None,
    };
    // a line with a label of this statement's own kind starts the next statement
    let own = st.label_kind;
    let is_boundary = |l: &SrcLine| is_boundary(l) || (own.is_some() && label_of(&l.content).map(|x| x.1) == own);
    let mut state = State::Outside;
    let mut j = i;
    let mut from = skip;
    loop {
        let line = &lines[j];
        if j > i {
            st.raw.push('\n');
        }
        st.raw.push_str(&line.content);
        st.end = line.end();
        st.lines_used = j - i + 1;
        let content = &line.content;
        for (bi, c) in content[from..].char_indices() {
            let off = line.source_offset(from + bi);
            state = match state {
                State::Outside => {
                    if c == '“' || c == '"' {
                        State::Quote { open: c, depth: 1, text: String::new(), start: off }
                    } else if implicit_trigger(&st.body) && !c.is_whitespace() {
                        let mut text = String::new();
                        text.push(c);
                        State::Implicit { text, start: off }
                    } else {
                        if c == '”' && st.stray_close.is_none() {
                            st.stray_close = Some(off);
                        }
                        push(&mut st, c, off);
                        State::Outside
                    }
                }
                State::Quote { open, mut depth, mut text, start } => {
                    let closes = if open == '“' {
                        if c == '“' {
                            depth += 1;
                        } else if c == '”' {
                            depth -= 1;
                        }
                        c == '”' && depth == 0
                    } else {
                        c == '"'
                    };
                    if closes {
                        close_quote(&mut st, text, start, idx);
                        State::Outside
                    } else {
                        text.push(c);
                        State::Quote { open, depth, text, start }
                    }
                }
                State::Implicit { mut text, start } => {
                    text.push(c);
                    State::Implicit { text, start }
                }
            };
        }
        // end of line
        let next = lines.get(j + 1).filter(|n| !n.metadata);
        state = match state {
            State::Outside if implicit_trigger(&st.body) => match next {
                Some(n) if !is_boundary(n) && !starts_instruction(&n.content) => {
                    State::Implicit { text: String::new(), start: n.start }
                }
                _ => break,
            },
            State::Outside => break,
            State::Quote { open, depth, mut text, start } => match next {
                Some(n) if n.content.starts_with(open) => {
                    text.push('\n');
                    j += 1;
                    from = open.len_utf8();
                    state = State::Quote { open, depth, text, start };
                    continue;
                }
                Some(n) if !is_boundary(n) => {
                    text.push('\n');
                    State::Quote { open, depth, text, start }
                }
                _ => {
                    st.unclosed_quote = Some(start);
                    // keep what was read as a quotation so that the statement can still be shown
                    close_quote(&mut st, text, start, idx);
                    break;
                }
            },
            State::Implicit { mut text, start } => match next {
                Some(n) if !is_boundary(n) && !starts_instruction(&n.content) => {
                    if !text.is_empty() {
                        text.push('\n');
                    }
                    State::Implicit { text, start }
                }
                _ => {
                    close_quote(&mut st, text, start, idx);
                    break;
                }
            },
        };
        j += 1;
        from = 0;
    }
    st
}

fn push(st: &mut Statement, c: char, off: usize) {
    st.anchors.push((st.body.len(), off));
    st.body.push(c);
}

fn close_quote(st: &mut Statement, text: String, start: usize, idx: &LineIndex) {
    let token = format!("{TOKEN_OPEN}{}{TOKEN_CLOSE}", st.quotes.len());
    st.anchors.push((st.body.len(), start));
    st.body.push_str(&token);
    st.quotes.push(Quoted { text, pos: idx.pos(start) });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::source;

    fn first(text: &str) -> Statement {
        let ls = source::lines(text);
        let idx = LineIndex::new(text);
        statement(&ls, 0, &idx, &|l| label_of(&l.content).is_some_and(|(_, k, _)| k == LabelKind::Top))
    }

    fn texts(st: &Statement) -> Vec<&str> {
        st.quotes.iter().map(|q| q.text.as_str()).collect()
    }

    #[test]
    fn curly_quotes_with_inner_single_quotes() {
        let st = first("（一）删除第六点“拓展市场”中“探索‘首购首用’机制”的表述。\n");
        assert_eq!(st.label.as_deref(), Some("（一）"));
        assert_eq!(texts(&st), ["拓展市场", "探索‘首购首用’机制"]);
        assert_eq!(st.body, "删除第六点\u{E000}0\u{E001}中\u{E000}1\u{E001}的表述。");
        assert_eq!(st.source_offset(0), "（一）".len());
    }

    #[test]
    fn npc_multi_paragraph_quotation() {
        let st = first("一、将第四条修改为：\"甲。\n\n\"乙。\"\n二、删去第五条。\n");
        assert_eq!(texts(&st), ["甲。\n乙。"]);
        assert_eq!(st.lines_used, 2);
        assert_eq!(st.body, "将第四条修改为：\u{E000}0\u{E001}");
    }

    #[test]
    fn shanghai_quotation_opened_once() {
        let st = first("3.将第十八条修改为：\"甲。\n\n乙。\"\n4.删去第五条。\n");
        assert_eq!(texts(&st), ["甲。\n乙。"]);
    }

    #[test]
    fn unquoted_replacement_text() {
        let st = first("2.将第九条修改为：\n乙。\n（一）丙；\n将第十条修改为：丁。\n");
        assert_eq!(texts(&st), ["乙。\n（一）丙；"]);
        assert_eq!(st.lines_used, 3);
    }

    #[test]
    fn unclosed_quote_stops_at_the_next_item() {
        let st = first("（一）将第一项中的“甲修改为“乙”。\n（二）删除第二项。\n");
        assert!(st.unclosed_quote.is_some());
        assert_eq!(st.lines_used, 1);
    }
}
