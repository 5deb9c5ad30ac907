//! Assembling statements: a numbered item or paragraph, with its quotations cut out.
//!
//! Quotations are delimited by “ ” (inner ‘ ’), by 「 」 (inner 『 』) as some pages and Word files
//! write them, or, in older crawls, by ASCII `"` (inner `'`). Blanks between the words of an
//! instruction, outside its quotations, are left out of the statement the grammar reads. A
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
    /// Quotations never closed that were taken to end with their paragraph, because the next line
    /// starts an instruction: the offsets of their opening marks (a warning each).
    pub recovered: Vec<usize>,
}

impl Statement {
    /// The notice offset of byte `offset` of `body`: of the character that starts there, or the
    /// statement's end for the body's end (every character of the body has its anchor).
    pub fn source_offset(&self, offset: usize) -> usize {
        self.anchors.binary_search_by(|(b, _)| b.cmp(&offset)).map_or(self.end, |i| self.anchors[i].1)
    }

    /// A piece of the body with its quotation tokens put back as “…” (a title that quotes:
    /// 《上海市浦东新区深化“一业一证”改革规定》).
    pub fn detokenize(&self, s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find(TOKEN_OPEN) {
            out.push_str(&rest[..i]);
            let end = rest[i..].find(TOKEN_CLOSE).map_or(rest.len(), |e| i + e + TOKEN_CLOSE.len_utf8());
            out.push('“');
            out.push_str(self.quote(&rest[i..end]).map_or("", |q| q.text.as_str()));
            out.push('”');
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }

    /// A head and the numbered items written after it in the same paragraph, when a paste lost
    /// their line breaks (对第三条作如下修改：（一）删去第一项；（二）将第二项修改为：“…”): the head up
    /// to its colon, then one statement per item, labelled as if each had its own line. Items are
    /// （一）, （二）, … in order, each after the colon or after the 。 or ； that ends the item before;
    /// a label inside a quotation is a token here, never seen.
    pub fn split_inline(&self) -> Option<Vec<Statement>> {
        let first =
            ["：（一）", ":（一）", "：(一)", ":(一)"].iter().find_map(|h| self.body.find(h).map(|i| (i, h)))?;
        let colon_end = first.0 + first.1.chars().next().map_or(1, char::len_utf8);
        // where each item's label starts: （一） after the colon, then （二）… after 。 or ；
        let mut starts = vec![colon_end];
        for n in 2u32.. {
            let numeral = crate::text::numerals::format(n);
            let prev = *starts.last().expect("one start at least");
            let found = ["（", "("].iter().find_map(|open| {
                let close = if *open == "（" { "）" } else { ")" };
                let label = format!("{open}{numeral}{close}");
                self.body[prev..]
                    .match_indices(&label)
                    .map(|(i, _)| prev + i)
                    .find(|&i| self.body[..i].trim_end_matches([' ', '\u{3000}']).ends_with(['；', '。', ';']))
            });
            match found {
                Some(i) => starts.push(i),
                None => break,
            }
        }
        // (items that instruct: a preamble's own enumeration, 通知如下：（一）高度重视。（二）…, stays one
        // paragraph)
        const VERBS: [&str; 8] = ["修改为", "改为", "删去", "删除", "增加", "调整为", "移至", "并入"];
        if starts.len() < 2 || !VERBS.iter().any(|v| self.body[colon_end..].contains(v)) {
            return None;
        }
        let mut out = vec![self.piece(0, colon_end, self.label.clone(), self.label_kind)];
        for (k, &from) in starts.iter().enumerate() {
            let to = starts.get(k + 1).copied().unwrap_or(self.body.len());
            let close = self.body[from..].find(['）', ')']).expect("a label found above");
            let label_end = from + close + self.body[from + close..].chars().next().map_or(1, char::len_utf8);
            let mut item =
                self.piece(label_end, to, Some(self.body[from..label_end].to_string()), Some(LabelKind::Paren));
            item.start = self.source_offset(from);
            item.raw = format!("{}{}", &self.body[from..label_end], item.raw);
            out.push(item);
        }
        Some(out)
    }

    /// Bytes `from..to` of the body as a statement of their own, with `label`.
    fn piece(&self, from: usize, to: usize, label: Option<String>, label_kind: Option<LabelKind>) -> Statement {
        let body = self.body[from..to].trim_end_matches([' ', '\u{3000}']).to_string();
        let anchors: Vec<(usize, usize)> = self
            .anchors
            .iter()
            .filter(|(b, _)| (from..from + body.len()).contains(b))
            .map(|&(b, o)| (b - from, o))
            .collect();
        let start = self.source_offset(from);
        let end = self.source_offset(from + body.len());
        let mut st = Statement {
            label,
            label_kind,
            body,
            raw: String::new(),
            quotes: self.quotes.clone(),
            start,
            end,
            lines_used: self.lines_used,
            anchors,
            unclosed_quote: None,
            stray_close: None,
            recovered: Vec::new(),
        };
        st.raw = st.detokenize(&st.body);
        if let Some(l) = &st.label
            && from == 0
        {
            st.raw.insert_str(0, l);
        }
        st
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

/// Where an unquoted replacement text may begin: right after `修改为：`, `作为第X条：`, `内容如下：`.
fn implicit_trigger(body: &str) -> bool {
    let b = body.trim_end_matches([' ', '\u{3000}']);
    (b.ends_with('：') || b.ends_with(':')) && {
        let head = b.trim_end_matches(['：', ':']);
        ["修改为", "内容如下", "表述为", "规定为", "增加规定", "如下"].iter().any(|t| head.ends_with(t))
            || (head.contains("作为第") && head.ends_with(['条', '款', '项', '章', '节']))
            || adds_units(head)
    }
}

/// Whether a clause ends by adding units without a number (在第五条后增加一条, 增加两款): their text
/// may follow unquoted, as after 作为第六条.
fn adds_units(head: &str) -> bool {
    let Some(stem) = head.strip_suffix(['条', '款', '项', '章', '节', '目']) else { return false };
    let count = stem.trim_end_matches(|c: char| "一二两三四五六七八九十".contains(c));
    count.len() < stem.len() && ["增加", "新增", "增设", "增写", "增补"].iter().any(|v| count.ends_with(v))
}

/// Whether a text begins with a locator followed by what an instruction says of it (第二十二条第一款
/// 修改为, 原第五项改为, 第三项中的): the start of an instruction, not of a law's text (an article's
/// own text comes after a space: 第五条　本市…).
fn locator_then_verb(s: &str) -> bool {
    let mut rest = s.strip_prefix('原').unwrap_or(s);
    let mut steps = 0;
    while let Some(r) = rest.strip_prefix('第') {
        let n = r
            .char_indices()
            .find(|&(_, c)| !(crate::text::numerals::is_numeral_char(c) || "（）()、至和及".contains(c)))
            .map_or(r.len(), |(i, _)| i);
        if n == 0 {
            return false;
        }
        let after = &r[n..];
        let Some(unit) = after.chars().next().filter(|c| "条款项目章节编".contains(*c)) else { return false };
        rest = &after[unit.len_utf8()..];
        if let Some(sub) = rest.strip_prefix('之') {
            let k = sub
                .char_indices()
                .find(|&(_, c)| !crate::text::numerals::is_numeral_char(c))
                .map_or(sub.len(), |(i, _)| i);
            rest = &sub[k..];
        }
        rest = rest.strip_prefix(['、', '和']).unwrap_or(rest);
        steps += 1;
    }
    steps > 0
        && [
            "中的",
            "中“",
            "中\"",
            "修改为",
            "改为",
            "增加",
            "删去",
            "删除",
            "分为",
            "合并",
            "作为",
            "单列",
            "的“",
            "“",
            "\"",
        ]
        .iter()
        .any(|v| rest.starts_with(v))
}

/// Whether a text begins with an instruction's verb followed by what it acts on (将第…, 删去“…”,
/// 增加一条, 在第…): a law's own text may begin with 将 or 增加 too (将与他人注册商标相同…).
fn verb_then_locator(s: &str) -> bool {
    const WHAT: [&str; 21] = [
        "第",
        "原第",
        "《",
        "“",
        "\"",
        "本条",
        "本款",
        "本项",
        "本法",
        "该条",
        "该款",
        "该项",
        "其中",
        "全文",
        "相关条",
        "有关条",
        "条例",
        "名称",
        "引言",
        "所有",
        "法规",
    ];
    let after = |v: &str| s.strip_prefix(v).map(|r| r.trim_start_matches([' ', '\u{3000}']));
    if let Some(r) =
        after("将").or_else(|| after("把")).or_else(|| after("删去")).or_else(|| after("删除")).or_else(|| after("在"))
    {
        return WHAT.iter().any(|w| r.starts_with(w));
    }
    if let Some(r) = after("增加").or_else(|| after("新增")) {
        return r.starts_with(|c: char| crate::text::numerals::is_numeral_char(c))
            || r.starts_with('第')
            || r.starts_with("规定");
    }
    false
}

/// Whether a line starts an instruction of its own (after its number label, if any): what ends an
/// unquoted replacement text, and what a quotation that is never closed must not run into.
pub fn starts_instruction(content: &str) -> bool {
    let rest = match label_of(content) {
        Some((_, _, n)) => &content[n..],
        None => content,
    };
    verb_then_locator(rest)
        || ["此外", "本决定", "本修正案", "对《", "修改《", "废止"].iter().any(|v| rest.starts_with(v))
        || locator_then_verb(rest)
        || (rest.starts_with('《') && rest.contains("根据本决定"))
}

/// Whether a quotation open at the end of `lines[from - 1]` (with `depth` quote marks open) is
/// closed in the lines that follow, before a line that starts an instruction: then those lines are
/// paragraphs of the quotation (a quotation opened once for several paragraphs, whose paragraphs may
/// be numbered like the instructions: 1.专利申请权权属纠纷案件；).
fn closes_later(
    lines: &[SrcLine],
    from: usize,
    open: char,
    depth: usize,
    is_boundary: &dyn Fn(&SrcLine) -> bool,
) -> bool {
    let mut depth = depth;
    for l in lines.iter().skip(from) {
        if l.metadata
            || starts_instruction(&l.content)
            || (is_boundary(l) && label_of(&l.content).is_some_and(|x| x.1 == LabelKind::Top))
        {
            return false;
        }
        // a paragraph's opening mark inside a quotation opened before restarts it, nesting nothing
        let content = if depth == 1 { l.content.strip_prefix(open).unwrap_or(&l.content) } else { &l.content };
        let close = close_mark(open);
        for c in content.chars() {
            if close != open {
                if c == open {
                    depth += 1;
                } else if c == close {
                    depth -= 1;
                    if depth == 0 {
                        return true;
                    }
                }
            } else if c == open {
                return true;
            }
        }
    }
    false
}

enum State {
    Outside,
    /// Inside a quotation opened by `open` (“, 「 or "), with nesting depth for “ and 「.
    Quote {
        open: char,
        depth: usize,
        text: String,
        start: usize,
        /// Whether a quotation opened inside it (“…“…”…): then a missing closing mark cannot be
        /// placed at the end of the paragraph with any confidence.
        nested: bool,
    },
    /// Inside an unquoted replacement text: to the end of the line when it begins on the line of
    /// its formula (作为第一项： （一）爆破…；), else over the paragraphs that follow.
    Implicit {
        text: String,
        start: usize,
        same_line: bool,
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
        recovered: Vec::new(),
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
                    if is_open_mark(c) {
                        State::Quote { open: c, depth: 1, text: String::new(), start: off, nested: false }
                    } else if implicit_trigger(&st.body) && !c.is_whitespace() {
                        let mut text = String::new();
                        text.push(c);
                        State::Implicit { text, start: off, same_line: true }
                    } else if is_blank(c) {
                        // blanks between the words of an instruction say nothing (“甲” 修改为 “乙”,
                        // pasted from a page or a Word file): the grammar does not see them
                        State::Outside
                    } else {
                        if c == '”' && st.stray_close.is_none() {
                            st.stray_close = Some(off);
                        }
                        push(&mut st, c, off);
                        named_mark(&mut st, idx);
                        State::Outside
                    }
                }
                State::Quote { open, mut depth, mut text, start, mut nested } => {
                    let close = close_mark(open);
                    let closes = if close != open {
                        if c == open {
                            depth += 1;
                            nested = true;
                        } else if c == close {
                            depth -= 1;
                        }
                        c == close && depth == 0
                    } else {
                        c == open
                    };
                    if closes {
                        close_quote(&mut st, text, start, idx);
                        State::Outside
                    } else {
                        text.push(c);
                        State::Quote { open, depth, text, start, nested }
                    }
                }
                State::Implicit { mut text, start, same_line } => {
                    text.push(c);
                    State::Implicit { text, start, same_line }
                }
            };
        }
        // end of line
        let next = lines.get(j + 1).filter(|n| !n.metadata);
        state = match state {
            // 修改为：⏎“…”: the quotation on the next line belongs to this statement
            State::Outside
                if st.body.trim_end_matches([' ', '\u{3000}']).ends_with(['：', ':'])
                    && next.is_some_and(|n| n.content.starts_with(is_open_mark) && !is_boundary(n)) =>
            {
                State::Outside
            }
            // “第五条…”⏎“第六条…”: quotations one after the other are the texts of one statement
            State::Outside
                if st.body.trim_end_matches([' ', '\u{3000}', '；', ';', '，']).ends_with(TOKEN_CLOSE)
                    && next.is_some_and(|n| n.content.starts_with(is_open_mark) && !is_boundary(n)) =>
            {
                State::Outside
            }
            State::Outside if implicit_trigger(&st.body) => match next {
                Some(n) if !is_boundary(n) && !starts_instruction(&n.content) => {
                    State::Implicit { text: String::new(), start: n.start, same_line: false }
                }
                _ => break,
            },
            State::Outside => break,
            State::Quote { open, depth, mut text, start, nested } => match next {
                Some(n) if n.content.starts_with(open) => {
                    text.push('\n');
                    j += 1;
                    from = open.len_utf8();
                    state = State::Quote { open, depth, text, start, nested };
                    continue;
                }
                Some(n) if closes_later(lines, j + 1, open, depth, &is_boundary) => {
                    text.push('\n');
                    // a paragraph of a quotation opened once may open with its own mark (NPC style)
                    j += 1;
                    from = if n.content.starts_with(open) { open.len_utf8() } else { 0 };
                    state = State::Quote { open, depth, text, start, nested };
                    continue;
                }
                // the quotation is not closed before the next instruction: a crawl lost its closing
                // mark (第二十一条修改为：“…实验室级别。⏎第二十二条…): it ends with its paragraph
                None if !nested => {
                    st.recovered.push(start);
                    close_quote(&mut st, text, start, idx);
                    break;
                }
                Some(n) if !nested && (starts_instruction(&n.content) || is_boundary(n)) => {
                    st.recovered.push(start);
                    close_quote(&mut st, text, start, idx);
                    break;
                }
                _ => {
                    st.unclosed_quote = Some(start);
                    // keep what was read as a quotation so that the statement can still be shown
                    close_quote(&mut st, text, start, idx);
                    break;
                }
            },
            State::Implicit { text, start, same_line: true } => {
                close_quote(&mut st, strip_lone_close(text), start, idx);
                break;
            }
            State::Implicit { mut text, start, same_line: false } => match next {
                Some(n) if !is_boundary(n) && !starts_instruction(&n.content) => {
                    if !text.is_empty() {
                        text.push('\n');
                    }
                    State::Implicit { text, start, same_line: false }
                }
                _ => {
                    // an unquoted text that ends with a lone closing mark (…的除外。”): the mark is no text
                    let text = strip_lone_close(text);
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

/// An unquoted text's closing quote mark with no opening one is dropped.
fn strip_lone_close(text: String) -> String {
    if text.ends_with('”') && !text.contains('“') { text.trim_end_matches('”').to_string() } else { text }
}

/// A mark that opens a quotation: “ (inner ‘ ’), 「 (inner 『 』, as some pages and Word files
/// write it), or an ASCII `"`.
fn is_open_mark(c: char) -> bool {
    matches!(c, '“' | '「' | '"')
}

/// The mark that closes a quotation opened by `open` (the same mark for `"`, which does not nest).
fn close_mark(open: char) -> char {
    match open {
        '“' => '”',
        '「' => '」',
        other => other,
    }
}

/// A blank between the words of an instruction.
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\u{a0}' | '\t')
}

fn push(st: &mut Statement, c: char, off: usize) {
    st.anchors.push((st.body.len(), off));
    st.body.push(c);
}

/// The marks a decision may name instead of quoting them (将第三项末尾的句号修改为分号, 中的第二个逗号).
const MARK_NAMES: [(&str, char); 5] = [("句号", '。'), ("逗号", '，'), ("分号", '；'), ("顿号", '、'), ("冒号", '：')];

/// A mark named outside a quotation is read as the mark quoted (句号 as “。”), at its name's place:
/// no other word of an instruction ends so.
fn named_mark(st: &mut Statement, idx: &LineIndex) {
    let Some((name, mark)) = MARK_NAMES.iter().find(|(n, _)| st.body.ends_with(n)) else { return };
    let chars = name.chars().count();
    let start = st.anchors[st.anchors.len() - chars].1;
    st.anchors.truncate(st.anchors.len() - chars);
    st.body.truncate(st.body.len() - name.len());
    close_quote(st, mark.to_string(), start, idx);
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
        // a quotation token stands at its opening mark; the body's end is the statement's
        let text = "（一）删除第六点“拓展市场”中“探索‘首购首用’机制”的表述。";
        assert_eq!(st.source_offset("删除第六点".len()), text.find('“').unwrap());
        assert_eq!(st.source_offset(st.body.find('的').unwrap()), text.find("的表述").unwrap());
        assert_eq!(st.source_offset(st.body.len()), text.len());
        assert_eq!(st.end, text.len());
    }

    /// A mark named instead of quoted (句号) is a quotation at its name's place, and what follows it
    /// keeps its own place in the notice (the name's characters are no longer in the body).
    #[test]
    fn a_named_mark_is_quoted_where_its_name_stands() {
        let text = "一、将第三条末尾的句号修改为分号，第九条中的“甲”修改为“乙”。";
        let st = first(text);
        assert_eq!(texts(&st), ["。", "；", "甲", "乙"]);
        assert_eq!(
            st.body,
            "将第三条末尾的\u{E000}0\u{E001}修改为\u{E000}1\u{E001}，第九条中的\u{E000}2\u{E001}修改为\u{E000}3\u{E001}。"
        );
        assert_eq!(st.source_offset(st.body.find('\u{E000}').unwrap()), text.find("句号").unwrap());
        assert_eq!(st.source_offset(st.body.find('修').unwrap()), text.find("修改为分号").unwrap());
        assert_eq!(st.source_offset(st.body.find("第九条").unwrap()), text.find("第九条").unwrap());
        assert_eq!(st.source_offset(st.body.len()), text.len());
        // every character of the body outside the quotations is the notice's at its place, however
        // many marks are named before it
        let text = "一、将第三条第一款第二项末尾的句号修改为分号，删去第四条中的顿号，将第五条中的第二个逗号修改为句号，第九条第二款中的“甲”修改为“乙”，并删去第十条第三款。";
        let st = first(text);
        assert_eq!(texts(&st), ["。", "；", "、", "，", "。", "甲", "乙"]);
        let mut in_token = false;
        for (i, c) in st.body.char_indices() {
            in_token = match c {
                '\u{E000}' => true,
                '\u{E001}' => false,
                _ => in_token,
            };
            if !in_token && c != '\u{E001}' {
                assert!(text[st.source_offset(i)..].starts_with(c), "{c} at {i}: {}", &text[st.source_offset(i)..]);
            }
        }
    }

    /// A head with its items written in its own paragraph is cut into the head and one statement per
    /// item, each with its label, its text and its place in the notice; an enumeration that
    /// instructs nothing, or a single item, stays whole.
    #[test]
    fn items_written_in_the_heads_paragraph_are_cut_apart() {
        let text = "五、对第十条作如下修改：（一）删去第一款；（二）将第二款中的“甲”修改为“乙”；（三）删去第三款。\n";
        let st = first(text);
        let pieces = st.split_inline().expect("three items");
        let got: Vec<(Option<&str>, &str, &str)> =
            pieces.iter().map(|p| (p.label.as_deref(), p.raw.as_str(), &text[p.start..p.end])).collect();
        assert_eq!(
            got,
            [
                (Some("五、"), "五、对第十条作如下修改：", "对第十条作如下修改："),
                (Some("（一）"), "（一）删去第一款；", "（一）删去第一款；"),
                (Some("（二）"), "（二）将第二款中的“甲”修改为“乙”；", "（二）将第二款中的“甲”修改为“乙”；"),
                (Some("（三）"), "（三）删去第三款。", "（三）删去第三款。"),
            ]
        );
        // the places of a piece's characters are the notice's
        assert_eq!(pieces[0].source_offset(0), text.find('对').unwrap());
        let second = &pieces[2];
        let at = second.body.find('将').unwrap();
        assert_eq!(second.source_offset(at), text.find('将').unwrap());
        let close = second.body.find('修').unwrap();
        assert_eq!(second.source_offset(close), text.find("修改为").unwrap());
        for whole in [
            "一、通知如下：（一）高度重视。（二）加强领导。（三）抓好落实。\n",
            "五、对第十条作如下修改：（一）删去第一款。\n",
        ] {
            assert!(first(whole).split_inline().is_none(), "{whole}");
        }
    }

    /// What starts an instruction of its own, which ends an unquoted text or a quotation never
    /// closed: a locator and its verb (之一 articles too), a verb and what it acts on (增加规定, 增加一条),
    /// the republication sentence; a law's own sentence that opens with a title does not.
    #[test]
    fn what_starts_an_instruction() {
        for yes in [
            "第十条之一修改为：“…”",
            "二、第十条之二中的“甲”修改为“乙”。",
            "增加规定：“…”",
            "增加一条，作为第六条：",
            "增加第三款：",
            "《示例条例》根据本决定作相应修改，重新公布。",
            "将第五条修改为：",
        ] {
            assert!(starts_instruction(yes), "{yes}");
        }
        for no in
            ["《中华人民共和国行政许可法》规定的许可事项，依照其规定。", "第十条之一　本市实行登记制度。", "增加收入。"]
        {
            assert!(!starts_instruction(no), "{no}");
        }
    }

    /// A clause that adds units without a number (在第五条后增加一条：) may give their text unquoted
    /// on the lines after it, as after 作为第六条： (it was refused, the text read as a sentence of its own).
    #[test]
    fn units_added_without_a_number_may_have_an_unquoted_text() {
        let st = first("一、在第五条后增加一条：\n第六条　登记机关应当公开办事指南。\n二、删去第七条。\n");
        assert_eq!(texts(&st), ["第六条　登记机关应当公开办事指南。"]);
        assert_eq!(st.lines_used, 2);
        for not_adding in ["一、对第五条作如下修改一条：\n甲。\n", "一、增加：\n甲。\n"] {
            assert!(first(not_adding).quotes.is_empty(), "{not_adding}");
        }
    }

    /// A quotation opened once whose paragraphs are labelled like the notice's own items (a new point
    /// with its （五）（六） in a notice of （一）（二） instructions) runs on to its closing mark; only a
    /// point label (一、) that opens an instruction ends it.
    #[test]
    fn a_quotation_runs_over_lines_labelled_like_the_instructions() {
        let text = "（一）在第二点后增加一点：“三、保障措施\n（五）加强组织领导。\n（六）强化督促考核。”\n（二）删除第七项。\n";
        let ls = source::lines(text);
        let idx = LineIndex::new(text);
        let boundary =
            |l: &SrcLine| label_of(&l.content).is_some_and(|(_, k, _)| matches!(k, LabelKind::Top | LabelKind::Paren));
        let st = statement(&ls, 0, &idx, &boundary);
        assert_eq!(texts(&st), ["三、保障措施\n（五）加强组织领导。\n（六）强化督促考核。"]);
        assert_eq!(st.lines_used, 3);
    }

    /// A quotation left open runs on only over lines that close it; a line that does not leaves it
    /// unclosed (an error), with curly and with ASCII marks. A line labelled as the statement is
    /// (2. after 1.) ends its unquoted text; the statement's raw text keeps its line breaks.
    #[test]
    fn where_an_open_quotation_and_an_unquoted_text_end() {
        for text in ["一、将第五条修改为：“甲。\n乙丙\n", "一、将第五条修改为：\"甲。\n乙丙\n"]
        {
            let st = first(text);
            assert!(st.unclosed_quote.is_some(), "{text}");
            assert!(st.recovered.is_empty(), "{text}");
        }
        let st = first("一、将第五条修改为：“甲。\n乙丙。”\n");
        assert_eq!(texts(&st), ["甲。\n乙丙。"]);
        assert_eq!(st.raw, "一、将第五条修改为：“甲。\n乙丙。”");
        let st = first("1.将第五条修改为：\n甲。\n2.乙。\n");
        assert_eq!(texts(&st), ["甲。"]);
        assert_eq!(st.lines_used, 2);
        assert_eq!(st.raw, "1.将第五条修改为：\n甲。");
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

    /// An unquoted text on the lines after 修改为： that ends with a closing mark it never opened
    /// (…的除外。”, a quotation's end pasted without its start) loses that mark; one that quotes a word
    /// of its own at its end keeps its marks.
    #[test]
    fn an_unquoted_text_loses_a_lone_closing_mark_only() {
        let st = first("2.将第九条修改为：\n乙，但是法律另有规定的除外。”\n3.删去第十条。\n");
        assert_eq!(texts(&st), ["乙，但是法律另有规定的除外。"]);
        let st = first("2.将第九条修改为：\n本条例所称登记，是指“首次登记”\n3.删去第十条。\n");
        assert_eq!(texts(&st), ["本条例所称登记，是指“首次登记”"]);
    }

    #[test]
    fn unclosed_quote_stops_at_the_next_item() {
        let st = first("（一）将第一项中的“甲修改为“乙”。\n（二）删除第二项。\n");
        assert!(st.unclosed_quote.is_some());
        assert_eq!(st.lines_used, 1);
        // a line that starts an instruction ends the quotation even unlabelled, and even where a
        // stray mark after it would close it
        let st = first("一、将第三条修改为：“第三条 甲。\n将第四条中的“乙”修改为“丙”。”\n");
        assert_eq!(st.lines_used, 1);
    }
}
