//! Splitting decoded text into lines and classifying each with `grammar/document.pest`.
//!
//! A [`Line`] keeps every byte: the lead (indentation, Markdown `#`/`>` marks), the content, and the
//! trail (trailing blanks, the line break and the blank lines that follow). Blank lines never stand
//! alone; they belong to the trail of the line before them (or to the document's lead).

use pest::Parser;
use pest_derive::Parser;

use crate::text::numerals;

#[derive(Parser)]
// relative to Cargo.toml: pest_derive tries <manifest dir>/<path> before <manifest dir>/src/<path>, so
// "../grammar/…" would read a grammar/ folder beside the checkout if there is one
#[grammar = "grammar/document.pest"]
struct LineGrammar;

/// One non-blank line of the source, as slices of it (nothing is copied until nodes are built).
#[derive(Debug, Clone)]
pub struct Line<'a> {
    pub lead: &'a str,
    pub content: &'a str,
    /// Trailing blanks, the line break and the blank lines after: one contiguous slice.
    pub trail: &'a str,
    pub class: Class<'a>,
    /// Whether this is a Markdown `#` heading.
    pub md_heading: bool,
}

/// What the grammar recognised at the start of a line's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Part,
    Chapter,
    Section,
    Article,
    Point,
    Item,
    SubItem,
    SubSubItem,
    CircledItem,
    /// A labelled list of responsible units: `责任单位：…`, `牵头部门：…`, or `（配合单位：…）` when the
    /// parenthetical is the whole line.
    Units,
    AttachmentList,
    Attachment,
    Publicity,
    Date,
    DocNumber,
    Gap,
    InfoEnd,
    Toc,
    ParenLine,
    FrontMatter,
    Text,
}

/// A classified line: its label (as written), separator and the text after them, as slices of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Class<'a> {
    pub kind: LineKind,
    pub label: Option<&'a str>,
    pub number: Option<u32>,
    pub sub_number: Option<u32>,
    pub sep: &'a str,
    pub text: &'a str,
}

impl<'a> Class<'a> {
    fn text(content: &'a str, kind: LineKind) -> Self {
        Class { kind, label: None, number: None, sub_number: None, sep: "", text: content }
    }
}

/// The grammar's `hspace`: a blank within a line (between a label and its text).
fn is_hspace(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\t' | '\u{a0}')
}

fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}')
}

/// Splits `text` into lines. Returns the document's leading blank text and the lines.
///
/// The lines are found in one pass and pushed as they come (a large law has a few thousand, and this
/// list is the largest thing a parse holds besides the tree it builds); the vector is sized by the
/// line breaks that do not start a blank line, so a Markdown file's blank lines cost nothing.
pub fn split(text: &str) -> (&str, Vec<Line<'_>>) {
    let bytes = text.as_bytes();
    let breaks =
        memchr::memchr_iter(b'\n', bytes).filter(|&i| !matches!(bytes.get(i + 1), Some(b'\n' | b'\r'))).count();
    let mut lines: Vec<Line> = Vec::with_capacity(breaks + 1);
    // the raw lines: (start, end of content incl. lead, end of terminator)
    let raw_at = |pos: usize| {
        let (end, term_end) = match memchr::memchr2(b'\n', b'\r', &bytes[pos..]) {
            None => (text.len(), text.len()),
            Some(r) => {
                let e = pos + r;
                let t = if bytes[e] == b'\r' && bytes.get(e + 1) == Some(&b'\n') { e + 2 } else { e + 1 };
                (e, t)
            }
        };
        (pos, end, term_end)
    };
    let mut doc_lead_end = 0;
    // the last line's trail runs from the end of its content to `trail.1` (blank lines extend it)
    let mut trail: Option<(usize, usize)> = None;
    let mut pos = 0;
    // YAML front matter: `---` on the first line, closed by a later `---` line.
    let is_rule = |(s, e, _): (usize, usize, usize)| text[s..e].trim_end() == "---";
    if !text.is_empty() && is_rule(raw_at(0)) {
        let mut at = raw_at(0).2;
        while at < text.len() {
            let raw = raw_at(at);
            if is_rule(raw) {
                let content = &text[..raw.1];
                let class = Class::text(content, LineKind::FrontMatter);
                lines.push(Line { lead: "", content, trail: "", class, md_heading: false });
                trail = Some((raw.1, raw.2));
                pos = raw.2;
                break;
            }
            at = raw.2;
        }
    }
    while pos < text.len() {
        let (start, end, term_end) = raw_at(pos);
        pos = term_end;
        let content = &text[start..end];
        if content.trim_start_matches(is_blank_char).is_empty() {
            match &mut trail {
                Some(t) => t.1 = term_end,
                None => doc_lead_end = term_end,
            }
            continue;
        }
        if let (Some(last), Some((s, e))) = (lines.last_mut(), trail) {
            last.trail = &text[s..e];
        }
        let (lead, body, md_heading) = split_lead(content);
        let trimmed = body.trim_end_matches(is_blank_char);
        let trail_start = start + lead.len() + trimmed.len();
        lines.push(Line { lead, content: trimmed, trail: "", class: classify(trimmed), md_heading });
        trail = Some((trail_start, term_end));
    }
    if let (Some(last), Some((s, e))) = (lines.last_mut(), trail) {
        last.trail = &text[s..e];
    }
    (&text[..doc_lead_end], lines)
}

/// Separates indentation and Markdown markers (`## `, `> `) from the content.
fn split_lead(line: &str) -> (&str, &str, bool) {
    let indent = line.len() - line.trim_start_matches(is_blank_char).len();
    let rest = &line[indent..];
    let hashes = rest.len() - rest.trim_start_matches('#').len();
    if hashes > 0 && hashes <= 6 && rest[hashes..].starts_with([' ', '\u{3000}']) {
        let after = &rest[hashes..];
        let spaces = after.len() - after.trim_start_matches([' ', '\u{3000}']).len();
        let n = indent + hashes + spaces;
        return (&line[..n], &line[n..], true);
    }
    if let Some(after) = rest.strip_prefix('>') {
        let spaces = after.len() - after.trim_start_matches([' ', '\u{3000}']).len();
        let n = indent + 1 + spaces;
        return (&line[..n], &line[n..], false);
    }
    (&line[..indent], rest, false)
}

/// Whether a line can begin with anything the grammar recognises. Every rule of `line` begins with
/// one of these characters, or (a document number) has a bracket within its first 14 characters; a
/// line that fails this test is plain text, and skipping the grammar for it makes parsing several
/// times faster (most lines of a law are paragraphs).
fn may_have_label(content: &str) -> bool {
    let Some(first) = content.chars().next() else { return true };
    matches!(first, '第' | '（' | '(' | '责' | '牵' | '配' | '参' | '协' | '附' | '<' | '目' | '…' | '①'..='⑳' | '０'..='９')
        || first.is_ascii_digit()
        || numerals::is_numeral_char(first)
        || may_be_doc_number(content)
}

/// The characters of the grammar's `cn_num`.
fn is_cn_num(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
    )
}

/// The longest prefix of `s` whose characters all satisfy `f`.
fn run(s: &str, f: impl Fn(char) -> bool) -> &str {
    &s[..s.find(|c: char| !f(c)).unwrap_or(s.len())]
}

/// Whether a line could be a document number (闽政〔2015〕36号): a bracket within its first 14
/// characters. Such lines always go to the grammar.
fn may_be_doc_number(content: &str) -> bool {
    content.chars().take(14).any(|c| matches!(c, '〔' | '[' | '［'))
}

fn is_fullwidth_digit(c: char) -> bool {
    ('０'..='９').contains(&c)
}

/// The leading Arabic numeral of `s`, in ASCII or in full-width digits (the grammar's `arabic`).
fn arabic(s: &str) -> &str {
    match run(s, |c| c.is_ascii_digit()) {
        "" => run(s, is_fullwidth_digit),
        n => n,
    }
}

/// The leading numeral of `s`: Chinese, else Arabic (the grammar's `cn_num | arabic`).
fn numeral(s: &str) -> &str {
    match run(s, is_cn_num) {
        "" => arabic(s),
        n => n,
    }
}

/// A labelled line: the label is `content[..label_end]`, then the separator (spaces), then the text.
fn labelled(
    content: &str,
    kind: LineKind,
    label_end: usize,
    number: Option<u32>,
    sub_number: Option<u32>,
) -> Class<'_> {
    let after_label = &content[label_end..];
    let sep = run(after_label, is_hspace);
    Class { kind, label: Some(&content[..label_end]), number, sub_number, sep, text: &after_label[sep.len()..] }
}

/// The two commonest labels, `第X条/编/章/节` and `（X）`, read by hand exactly as the grammar reads them
/// (greedy numerals, no backtracking into them); `None` leaves the line to the grammar. Lines that
/// could be a document number (a bracket near the start) always go to the grammar.
fn fast_label(content: &str) -> Option<Class<'_>> {
    if may_be_doc_number(content) {
        return None;
    }
    let (kind, label_end, number, sub_number) = if let Some(after) = content.strip_prefix('第') {
        let num = numeral(after);
        let rest = &after[num.len()..];
        let unit = rest.chars().next()?;
        let kind = match unit {
            '编' => LineKind::Part,
            '章' => LineKind::Chapter,
            '节' => LineKind::Section,
            '条' => LineKind::Article,
            _ => return None,
        };
        if num.is_empty() {
            return None;
        }
        let mut end = content.len() - rest.len() + unit.len_utf8();
        let mut sub_number = None;
        if kind == LineKind::Article
            && let Some(after_zhi) = content[end..].strip_prefix('之')
        {
            let sub = run(after_zhi, is_cn_num);
            if !sub.is_empty() {
                sub_number = numerals::parse(sub);
                end += '之'.len_utf8() + sub.len();
            }
        }
        (kind, end, numerals::parse(num), sub_number)
    } else {
        let after = content.strip_prefix(['（', '('])?;
        let num = run(after, is_cn_num);
        let rest = after[num.len()..].strip_prefix(['）', ')'])?;
        if num.is_empty() {
            return None;
        }
        (LineKind::Item, content.len() - rest.len(), numerals::parse(num), None)
    };
    // a label whose numeral does not parse is not a label: the grammar's reading decides
    number?;
    Some(labelled(content, kind, label_end, number, sub_number))
}

/// Lines that begin with a numeral, read by hand exactly as the grammar reads them: a whole-line date
/// (2020年12月4日, 二〇二〇年十二月四日), a sub-item `1.` / `1．` / `1、`, a point `一、`, or text.
/// `None` leaves the line to the grammar (a bracket near the start could make a document number).
fn fast_numeral_line(content: &str) -> Option<Class<'_>> {
    if may_be_doc_number(content) {
        return None;
    }
    let first = content.chars().next()?;
    // a whole-line date
    let date = || -> Option<()> {
        let mut rest = content;
        for unit in ['年', '月', '日'] {
            let n = numeral(rest);
            rest = rest[n.len()..].strip_prefix(unit).filter(|_| !n.is_empty())?;
        }
        rest.is_empty().then_some(())
    };
    if date().is_some() {
        return Some(Class::text(content, LineKind::Date));
    }
    let (kind, label_end) = if first.is_ascii_digit() || is_fullwidth_digit(first) {
        let n = arabic(content);
        let after = &content[n.len()..];
        let mark = if after.starts_with(['．', '、']) {
            3
        } else if after.starts_with('.') && !after[1..].starts_with(|c: char| c.is_ascii_digit()) {
            1
        } else {
            return Some(Class::text(content, LineKind::Text));
        };
        (LineKind::SubItem, n.len() + mark)
    } else if is_cn_num(first) {
        let n = run(content, is_cn_num);
        if !content[n.len()..].starts_with(['、', '．']) {
            return Some(Class::text(content, LineKind::Text));
        }
        (LineKind::Point, n.len() + 3)
    } else {
        return None;
    };
    let digits = run(content, |c| is_cn_num(c) || c.is_ascii_digit() || is_fullwidth_digit(c));
    let Some(number) = numerals::parse(digits) else {
        return Some(Class::text(content, LineKind::Text));
    };
    Some(labelled(content, kind, label_end, Some(number), None))
}

/// Lines that open like a label and are none, and two fixed forms, read by hand exactly as the
/// grammar reads them: `第一款…` and `第三方…` (第 without a numeral and 编/章/节/条 after it),
/// `附则`, the attachment labels `附件：` and `附件一`, a line opening with `<`
/// (`<!-- INFO END -->` or text), and a circled number `①`. `None` leaves the line to the grammar. (A law's few such lines cost as much
/// through the grammar as all its other lines through the fast paths.)
fn fast_unlabelled(content: &str) -> Option<Class<'_>> {
    if may_be_doc_number(content) {
        return None;
    }
    let first = content.chars().next()?;
    match first {
        '第' => {
            let after = &content[first.len_utf8()..];
            let num = numeral(after);
            let labels = after[num.len()..].starts_with(['编', '章', '节', '条']);
            (num.is_empty() || !labels).then(|| Class::text(content, LineKind::Text))
        }
        '附' => {
            let Some(after) = content.strip_prefix("附件") else {
                return Some(Class::text(content, LineKind::Text));
            };
            if after.starts_with(['：', ':']) {
                let label_end = content.len() - after.len() + after.chars().next()?.len_utf8();
                return Some(labelled(content, LineKind::AttachmentList, label_end, None, None));
            }
            let num = numeral(after);
            let Some(number) = numerals::parse(num).filter(|_| !num.is_empty()) else {
                return Some(Class::text(content, LineKind::Text));
            };
            // the label takes one colon or blank after the numeral; further blanks are the separator
            let mark = after[num.len()..].chars().next().filter(|&c| matches!(c, '：' | ':') || is_hspace(c));
            let label_end = content.len() - after.len() + num.len() + mark.map_or(0, char::len_utf8);
            Some(labelled(content, LineKind::Attachment, label_end, Some(number), None))
        }
        '<' => Some(Class::text(content, if is_info_end(content) { LineKind::InfoEnd } else { LineKind::Text })),
        '①'..='⑳' => {
            let number = first as u32 - '①' as u32 + 1;
            Some(labelled(content, LineKind::CircledItem, first.len_utf8(), Some(number), None))
        }
        _ => None,
    }
}

/// The grammar's `info_end`, the whole line: `<!-- INFO END -->`, blanks allowed inside.
fn is_info_end(content: &str) -> bool {
    content
        .strip_prefix("<!--")
        .map(|r| r.trim_start_matches(is_hspace))
        .and_then(|r| r.strip_prefix("INFO END"))
        .is_some_and(|r| r.trim_start_matches(is_hspace) == "-->")
}

/// The label of a list of responsible units that opens `s`, colon included (`牵头单位：`,
/// `责任部门 :`): the grammar's `units_label`, so that lines and parentheticals know the same labels.
pub fn units_label(s: &str) -> Option<&str> {
    if !s.starts_with(['牵', '责', '配', '参', '协']) {
        return None;
    }
    LineGrammar::parse(Rule::units_label, s).ok()?.next().map(|p| p.as_str())
}

/// The name of a units label: `牵头单位` of `牵头单位：`, `（责任单位：` and `责任单位 :`.
pub fn units_name(label: &str) -> &str {
    label.trim_start_matches(['（', '(']).trim_end_matches(['：', ':']).trim_end_matches(is_hspace)
}

/// Classifies the content of one line.
pub fn classify(content: &str) -> Class<'_> {
    if !may_have_label(content) {
        return Class::text(content, LineKind::Text);
    }
    if let Some(class) = fast_label(content).or_else(|| fast_numeral_line(content)).or_else(|| fast_unlabelled(content))
    {
        return class;
    }
    classify_with_grammar(content)
}

/// Classifies a line with `grammar/document.pest` (the reference the fast paths agree with).
fn classify_with_grammar(content: &str) -> Class<'_> {
    let Ok(mut pairs) = LineGrammar::parse(Rule::line, content) else {
        return Class::text(content, LineKind::Text);
    };
    let Some(pair) = pairs.next() else {
        return Class::text(content, LineKind::Text);
    };
    let kind = match pair.as_rule() {
        Rule::part => LineKind::Part,
        Rule::chapter => LineKind::Chapter,
        Rule::section => LineKind::Section,
        Rule::article => LineKind::Article,
        Rule::point => LineKind::Point,
        Rule::item => LineKind::Item,
        Rule::sub_item => LineKind::SubItem,
        Rule::sub_sub_item => LineKind::SubSubItem,
        Rule::circled_item => LineKind::CircledItem,
        Rule::units => LineKind::Units,
        // （责任单位：…） is a units line when the parenthetical is the whole line; otherwise what
        // the grammar's next alternative makes of it (a line in parentheses, or text)
        Rule::paren_units if crate::text::punct::paren_end(content) == Some(content.len()) => LineKind::Units,
        Rule::paren_units if content.ends_with(['）', ')']) => return Class::text(content, LineKind::ParenLine),
        Rule::paren_units => return Class::text(content, LineKind::Text),
        Rule::attachment_list => LineKind::AttachmentList,
        Rule::attachment => LineKind::Attachment,
        Rule::publicity => return Class::text(content, LineKind::Publicity),
        Rule::date_line => return Class::text(content, LineKind::Date),
        Rule::doc_number => return Class::text(content, LineKind::DocNumber),
        Rule::gap_marker => return Class::text(content, LineKind::Gap),
        Rule::info_end => return Class::text(content, LineKind::InfoEnd),
        Rule::toc => return Class::text(content, LineKind::Toc),
        Rule::paren_line => return Class::text(content, LineKind::ParenLine),
        _ => return Class::text(content, LineKind::Text),
    };
    let mut label = None;
    let mut number = None;
    let mut sub_number = None;
    let mut sep = "";
    // the text is the rest of the line after the label and its separator
    let text = &content[pair.as_span().end()..];
    for inner in pair.into_inner() {
        match inner.as_rule() {
            Rule::sep => sep = inner.as_str(),
            _ => {
                label = Some(inner.as_str());
                for part in inner.into_inner() {
                    match part.as_rule() {
                        Rule::cn_num | Rule::arabic if number.is_none() => number = numerals::parse(part.as_str()),
                        Rule::sub_num => sub_number = numerals::parse(part.as_str()),
                        _ => {}
                    }
                }
            }
        }
    }
    if kind == LineKind::CircledItem {
        number = label.and_then(|l| l.chars().next()).map(|c| c as u32 - '①' as u32 + 1);
    }
    if matches!(kind, LineKind::Units | LineKind::AttachmentList) {
        number = None;
    } else if number.is_none() {
        // a label whose numeral does not parse (第十十条) is not a label
        return Class::text(content, LineKind::Text);
    }
    Class { kind, label, number, sub_number, sep, text }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> (LineKind, Option<u32>, String) {
        let c = classify(s);
        (c.kind, c.number, c.text.to_string())
    }

    #[test]
    fn labels() {
        assert_eq!(k("第十条 国务院"), (LineKind::Article, Some(10), "国务院".into()));
        assert_eq!(k("第一百二十条之一　为"), (LineKind::Article, Some(120), "为".into()));
        assert_eq!(classify("第一百二十条之一　为").sub_number, Some(1));
        assert_eq!(k("第五条经营者"), (LineKind::Article, Some(5), "经营者".into()));
        assert_eq!(k("第二章  业主"), (LineKind::Chapter, Some(2), "业主".into()));
        assert_eq!(k("一、明确目标"), (LineKind::Point, Some(1), "明确目标".into()));
        assert_eq!(k("（十四）支持"), (LineKind::Item, Some(14), "支持".into()));
        assert_eq!(k("(三)具有"), (LineKind::Item, Some(3), "具有".into()));
        assert_eq!(k("2.支持制造业"), (LineKind::SubItem, Some(2), "支持制造业".into()));
        assert_eq!(k("1．……"), (LineKind::SubItem, Some(1), "……".into()));
        assert_eq!(k("3.5万元以下"), (LineKind::Text, None, "3.5万元以下".into()));
        assert_eq!(k("（2）其他"), (LineKind::SubSubItem, Some(2), "其他".into()));
        assert_eq!(k("③其他"), (LineKind::CircledItem, Some(3), "其他".into()));
        assert_eq!(k("责任单位：省工信厅").0, LineKind::Units);
        for line in
            ["牵头单位：省发展改革委", "配合部门:各设区市人民政府", "责任部门 ：省财政厅", "（责任单位：省工信厅）"]
        {
            assert_eq!(k(line).0, LineKind::Units, "{line}");
        }
        assert_eq!(classify("（配合单位：各市、县（区）人民政府）").label, Some("（配合单位："));
        assert_eq!(classify("牵头单位： 省发展改革委").sep, " ");
        // a parenthetical that does not run to the end of the line is no units line
        assert_eq!(k("（责任单位：省工信厅）（2021年底前）").0, LineKind::ParenLine);
        assert_eq!(k("（责任单位：省工信厅").0, LineKind::Text);
        assert_eq!(k("牵头抓总，统筹推进").0, LineKind::Text);
        assert_eq!(k("……").0, LineKind::Gap);
        assert_eq!(k("2020年12月4日").0, LineKind::Date);
        assert_eq!(k("（此件主动公开）").0, LineKind::Publicity);
        assert_eq!(k("法释〔2022〕14号").0, LineKind::DocNumber);
        assert_eq!(k("<!-- INFO END -->").0, LineKind::InfoEnd);
        assert_eq!(k("第十十条 x").0, LineKind::Text);
        assert_eq!(k("附件：1.福建").0, LineKind::AttachmentList);
        assert_eq!(k("附件2").0, LineKind::Attachment);
    }

    /// The fast paths give exactly what the grammar gives, on every line of the corpus and on edge cases.
    #[test]
    fn fast_paths_agree_with_the_grammar() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut stack = vec![corpus];
        let mut lines: Vec<String> = [
            "第十条",
            "第十条之一",
            "第十条之",
            "第十条之x",
            "第１０条 甲",
            "第10章总则",
            "第十十条 x",
            "第条 x",
            "第一百二十条之一　为",
            "（一）",
            "(三)具有",
            "（一)甲",
            "（）甲",
            "（1）甲",
            "（十四）\u{a0}\t支持",
            "第十条〔2020〕1号",
            "第一编",
            "第二节　x",
            "一般规定",
            "（此件主动公开）",
            "第三款",
            "第",
            "（",
            "2020年12月4日",
            "二〇二〇年十二月四日",
            "2020年12月4日施行",
            "1.支持",
            "1．……",
            "3.5万元",
            "12、甲",
            "１２．甲",
            "一、总则",
            "一百零三、甲",
            "十十、甲",
            "一般规定",
            "二〇二〇年",
            "1",
            "一",
            "1.",
            "牵头单位：省发展改革委",
            "配合部门:各设区市人民政府",
            "（责任单位：省工信厅）",
            "(牵头部门：省商务厅；配合部门：省财政厅)",
            "（责任单位：省工信厅）（2021年底前）",
            "（责任单位：省工信厅",
            "牵头抓总",
            "第一款规定的人员",
            "第三方",
            "第1条 甲",
            "第１条　甲",
            "第十十条 甲",
            "第一条之十十 甲",
            "第",
            "附则",
            "附",
            "附件一",
            "附件：",
            "附件: 1.甲",
            "附件1：甲",
            "附件２　 乙",
            "附件十十",
            "附件甲",
            "附件",
            "附加刑",
            "<!-- INFO END -->",
            "<!--INFO END-->",
            "<!--\u{3000}INFO END\t-->",
            "<!-- INFO END --> 尾",
            "<!-- INFO  END -->",
            "<p>",
            "<",
            "① 甲",
            "①甲",
            "⑳\u{3000}乙",
            "①",
        ]
        .map(String::from)
        .to_vec();
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if let Ok(text) = std::fs::read_to_string(&p) {
                    lines.extend(split(&text).1.into_iter().map(|l| l.content.to_string()));
                }
            }
        }
        let mut fast = 0;
        for line in &lines {
            if !may_have_label(line) {
                assert_eq!(classify_with_grammar(line).kind, LineKind::Text, "{line}");
            } else if let Some(class) =
                fast_label(line).or_else(|| fast_numeral_line(line)).or_else(|| fast_unlabelled(line))
            {
                assert_eq!(class, classify_with_grammar(line), "{line}");
                fast += 1;
            }
        }
        assert!(fast > 1000, "the fast path is taken ({fast} lines)");
    }

    #[test]
    fn units_labels_and_names() {
        assert_eq!(units_label("牵头单位：省发展改革委"), Some("牵头单位："));
        assert_eq!(units_label("配合部门 : 各设区市"), Some("配合部门 :"));
        assert_eq!(units_label("责任单位省工信厅"), None);
        assert_eq!(units_label("主办单位：省工信厅"), None);
        assert_eq!(units_name("（责任单位："), "责任单位");
        assert_eq!(units_name("配合部门 :"), "配合部门");
    }

    #[test]
    fn split_keeps_every_byte() {
        let src = "\n# 标题\n\n第一条 甲。　\r\n\n\u{200b}\n> 引文\n末行";
        let (lead, lines) = split(src);
        let mut back = lead.to_string();
        for l in &lines {
            back.push_str(l.lead);
            back.push_str(l.content);
            back.push_str(l.trail);
        }
        assert_eq!(back, src);
        assert_eq!(lines.len(), 4);
        assert!(lines[0].md_heading);
        assert_eq!(lines[1].trail, "　\r\n\n\u{200b}\n");
        assert_eq!(lines[2].lead, "> ");
    }

    #[test]
    fn front_matter_is_one_line_and_blank_lines_reserve_no_room() {
        let src = "---\ntitle: 示例\n---\n\n# 示例条例\n\n第一条 甲。\r\n\r\n第二条 乙。";
        let (lead, lines) = split(src);
        assert_eq!(lead, "");
        let shape: Vec<(&str, &str)> = lines.iter().map(|l| (l.content, l.trail)).collect();
        assert_eq!(
            shape,
            [("---\ntitle: 示例\n---", "\n\n"), ("示例条例", "\n\n"), ("第一条 甲。", "\r\n\r\n"), ("第二条 乙。", "")]
        );
        assert_eq!(lines[0].class.kind, LineKind::FrontMatter);
        // eight line breaks, three of them opening a blank line: room for six lines (the front
        // matter's three among them), not nine
        assert_eq!(lines.capacity(), 6);
        // an unclosed rule is an ordinary line
        let (_, lines) = split("---\n第一条 甲。");
        assert_eq!(lines.len(), 2);
        assert_ne!(lines[0].class.kind, LineKind::FrontMatter);
    }
}
