//! Inline Markdown in one line of a notice, read as the text it marks up.
//!
//! Decisions copied from Markdown mirrors (flk.npc.gov.cn mirrors, LawRefBook) carry inline markup
//! around the text. A line is read here as a reader of the rendered page would read it:
//!
//! - links `[text](url "title")` and images `![alt](src)` are their text (the address is dropped);
//!   autolinks `<https://…>` are their address (it is what the page shows);
//! - pandoc spans `[text]{.mark}`, `[text]{#id .class key="v"}` are their text, and attributes
//!   after a link `[text](url){.c}` are dropped;
//! - emphasis `*…*`, `**…**`, `***…***`, `_…_`, `__…__` and strike-through `~~…~~` are their text
//!   (strike-through too: a mirror strikes text for display, and a decision's wording is never
//!   struck out by markup);
//! - backslash escapes of ASCII punctuation `\.` `\*` `\[` `\\` are the character escaped;
//! - HTML entities `&nbsp;` `&emsp;` `&#12288;` are the character (decoded by `html-escape`);
//! - `<br>`, `<br/>`, `<br />` break the line: what follows is a paragraph of its own, as the page
//!   shows it (a quotation of several paragraphs flattened into one line keeps its paragraphs).
//!
//! Delimiters count only in pairs, by CommonMark's flanking rules made CJK-friendly (a CJK character
//! beside a delimiter does not stop punctuation on the other side from flanking it: `**“甲”**乙`):
//! a lone `*`, runs of more than three `*` or two `_`, a single `~` (3~5年), `*` between ASCII
//! letters or digits (2*3*4), `_` inside words or CJK text (____年__月__日, snake_case) and a pair
//! whose content would cross a quotation mark (“甲*乙”和“丙*丁”) are text. Any other markup
//! (inline code, raw HTML other than `<br>`, reference links, footnotes) is read as written.
//!
//! Every character read keeps the place in the line it came from, for diagnostics.

use rustc_hash::FxHashMap;

/// One stretch of a line (the line up to a `<br>`, or the whole line) as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    /// (offset in `text`, offset in the line) where the two part ways, sorted: the first at 0; after
    /// each, the text is a copy of the line up to the next; the end of the text (just after the last
    /// character read) has one when it is not where the copy puts it.
    pub anchors: Vec<(usize, usize)>,
}

/// Whether `line` may hold inline markup; lines without any of these bytes are read as written.
pub fn may_have_markup(line: &str) -> bool {
    memchr::memchr3(b'\\', b'*', b'_', line.as_bytes()).is_some()
        || memchr::memchr3(b'~', b'[', b'<', line.as_bytes()).is_some()
        || memchr::memchr(b'&', line.as_bytes()).is_some()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A character of the line, read as itself.
    Text,
    /// A character that stands for other bytes of the line (a decoded entity).
    Replaced,
    /// Markup: not part of the text.
    Removed,
    /// `<br>`.
    Break,
}

#[derive(Debug, Clone, Copy)]
struct Item {
    start: usize,
    end: usize,
    ch: char,
    kind: Kind,
    /// Never markup (escaped, decoded, or part of an address).
    literal: bool,
}

impl Item {
    fn is(&self, c: char) -> bool {
        self.ch == c && self.kind == Kind::Text && !self.literal
    }
}

/// Reads `line` (without its line ending) into the pieces between its `<br>`s, each trimmed of
/// blanks at both ends; pieces that are blank are left out.
pub fn read(line: &str, blank: fn(char) -> bool) -> Vec<Piece> {
    let mut items = tokenize(line);
    links_and_spans(&mut items);
    emphasis(&mut items);
    let mut pieces = Vec::new();
    for part in items.split(|it| it.kind == Kind::Break) {
        let visible: Vec<&Item> = part.iter().filter(|it| it.kind != Kind::Removed).collect();
        let a = visible.iter().position(|it| !blank(it.ch)).unwrap_or(visible.len());
        let b = visible.iter().rposition(|it| !blank(it.ch)).map_or(a, |p| p + 1);
        if a < b {
            pieces.push(piece(&visible[a..b]));
        }
    }
    pieces
}

fn piece(items: &[&Item]) -> Piece {
    let mut text = String::new();
    let mut anchors: Vec<(usize, usize)> = Vec::new();
    // an anchor only where the text stops being a copy of the line
    let anchor = |anchors: &mut Vec<(usize, usize)>, c: usize, s: usize| {
        if anchors.last().is_none_or(|&(pc, ps)| ps + (c - pc) != s) {
            anchors.push((c, s));
        }
    };
    let mut expected = None;
    for it in items {
        if expected != Some(it.start) {
            anchor(&mut anchors, text.len(), it.start);
        }
        text.push(it.ch);
        expected = (it.kind != Kind::Replaced).then_some(it.end);
    }
    anchor(&mut anchors, text.len(), items.last().map_or(0, |it| it.end));
    Piece { text, anchors }
}

fn tokenize(line: &str) -> Vec<Item> {
    let bytes = line.as_bytes();
    let mut items = Vec::with_capacity(line.len() / 2);
    let mut i = 0;
    let text = |start: usize, ch: char, literal: bool| Item {
        start,
        end: start + ch.len_utf8(),
        ch,
        kind: Kind::Text,
        literal,
    };
    let removed = |start: usize, ch: char| Item { kind: Kind::Removed, ..text(start, ch, true) };
    while let Some(ch) = line[i..].chars().next() {
        match ch {
            '\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                items.push(removed(i, '\\'));
                items.push(text(i + 1, bytes[i + 1] as char, true));
                i += 2;
                continue;
            }
            '&' => {
                if let Some((len, decoded)) = entity(&line[i..]) {
                    for (k, c) in decoded.chars().enumerate() {
                        let (start, end) = if k == 0 { (i, i + len) } else { (i + len, i + len) };
                        items.push(Item { start, end, ch: c, kind: Kind::Replaced, literal: true });
                    }
                    i += len;
                    continue;
                }
            }
            '<' => {
                if let Some(len) = br_tag(&line[i..]) {
                    items.push(Item { start: i, end: i + len, ch: '\n', kind: Kind::Break, literal: true });
                    i += len;
                    continue;
                }
                if let Some(len) = autolink(&line[i..]) {
                    items.push(removed(i, '<'));
                    for (k, c) in line[i + 1..i + len - 1].char_indices() {
                        items.push(text(i + 1 + k, c, true));
                    }
                    items.push(removed(i + len - 1, '>'));
                    i += len;
                    continue;
                }
            }
            _ => {}
        }
        items.push(text(i, ch, false));
        i += ch.len_utf8();
    }
    items
}

/// `&name;`, `&#123;`, `&#x1F;` at the start of `s`: its length and what it stands for.
fn entity(s: &str) -> Option<(usize, String)> {
    let b = s.as_bytes();
    let mut j = 1;
    if b.get(j) == Some(&b'#') {
        j += 1;
    }
    let name = j;
    // (no name is longer than CounterClockwiseContourIntegral: a long run of letters after & is text,
    // and is not scanned to its end at every &)
    while j < b.len() && j < name + 32 && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if j == name || b.get(j) != Some(&b';') {
        return None;
    }
    let written = &s[..=j];
    let decoded = html_escape::decode_html_entities(written);
    (decoded != written).then(|| (j + 1, decoded.into_owned()))
}

/// `<br>`, `<br/>`, `<br />` (any case) at the start of `s`: its length.
fn br_tag(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.len() < 4 || !b[1..3].eq_ignore_ascii_case(b"br") {
        return None;
    }
    let mut j = 3;
    while b.get(j) == Some(&b' ') {
        j += 1;
    }
    if b.get(j) == Some(&b'/') {
        j += 1;
    }
    (b.get(j) == Some(&b'>')).then_some(j + 1)
}

/// `<scheme:address>` at the start of `s` (CommonMark's URI autolink): its length.
fn autolink(s: &str) -> Option<usize> {
    let end = s.find('>')?;
    let inner = &s[1..end];
    let (scheme, rest) = inner.split_once(':')?;
    let scheme_ok = (2..=32).contains(&scheme.len())
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'));
    let rest_ok = !rest.is_empty() && !rest.contains(|c: char| c.is_whitespace() || c.is_control() || c == '<');
    (scheme_ok && rest_ok).then_some(end + 1)
}

/// Pairs of open/close marks among the items that can be markup: `pairs[open] = Some(close)`.
fn pairs(items: &[Item], open: char, close: char) -> Vec<Option<usize>> {
    let mut out = vec![None; items.len()];
    let mut stack = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if it.is(open) {
            stack.push(i);
        } else if it.is(close)
            && let Some(o) = stack.pop()
        {
            out[o] = Some(i);
        }
    }
    out
}

fn chars(items: &[Item]) -> String {
    items.iter().map(|it| it.ch).collect()
}

/// Links `[text](url)`, images `![alt](src)`, spans `[text]{attrs}`: the text stays, the rest goes.
fn links_and_spans(items: &mut [Item]) {
    if !items.iter().any(|it| it.is('[')) {
        return;
    }
    let brackets = pairs(items, '[', ']');
    let parens = pairs(items, '(', ')');
    let braces = pairs(items, '{', '}');
    let remove = |items: &mut [Item], r: std::ops::RangeInclusive<usize>| {
        for it in &mut items[r] {
            it.kind = Kind::Removed;
        }
    };
    for open in 0..items.len() {
        let Some(close) = brackets[open] else { continue };
        if items[open].kind == Kind::Removed {
            continue;
        }
        let after = close + 1;
        let attrs_at = |items: &[Item], k: usize| {
            braces
                .get(k)
                .copied()
                .flatten()
                .filter(|&b| items[k].kind != Kind::Removed && attributes(&chars(&items[k + 1..b])))
        };
        if after < items.len()
            && items[after].is('(')
            && let Some(p) = parens[after]
            && destination(&chars(&items[after + 1..p]))
        {
            // an image's ! with its [; the ](…) and any {attributes} after it
            let image = open > 0 && items[open - 1].is('!');
            remove(items, if image { open - 1 } else { open }..=open);
            let end = attrs_at(items, p + 1).unwrap_or(p);
            remove(items, close..=end);
        } else if let Some(b) = attrs_at(items, after) {
            remove(items, open..=open);
            remove(items, close..=b);
        }
    }
}

/// What may stand between the parentheses of a link: an address without blanks, then an optional
/// title in quotes or parentheses.
fn destination(s: &str) -> bool {
    let s = s.trim();
    let Some((_, title)) = s.split_once(char::is_whitespace) else { return true };
    let t = title.trim();
    t.len() >= 2 && [('"', '"'), ('\'', '\''), ('(', ')')].iter().any(|&(a, b)| t.starts_with(a) && t.ends_with(b))
}

/// Pandoc attributes (without their braces): `#id`, `.class`, `key="value"`, `key=value`, `-`.
fn attributes(s: &str) -> bool {
    let name = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | ':' | '.');
    let mut rest = s.trim_start();
    let mut any = false;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix(['#', '.']) {
            let n = r.len() - r.trim_start_matches(name).len();
            if n == 0 {
                return false;
            }
            rest = &r[n..];
        } else if let Some(r) = rest.strip_prefix('-')
            && (r.is_empty() || r.starts_with(char::is_whitespace))
        {
            rest = r;
        } else {
            let n = rest.len() - rest.trim_start_matches(name).len();
            let Some(r) = rest[n..].strip_prefix('=').filter(|_| n > 0) else { return false };
            rest = if let Some(q) = r.strip_prefix(['"', '\'']) {
                let quote = r.as_bytes()[0] as char;
                match q.find(quote) {
                    Some(e) => &q[e + 1..],
                    None => return false,
                }
            } else {
                let v = r.find(char::is_whitespace).unwrap_or(r.len());
                if v == 0 {
                    return false;
                }
                &r[v..]
            };
        }
        if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
            return false;
        }
        rest = rest.trim_start();
        any = true;
    }
    any
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c as u32,
            0xA1..=0xBF | 0x2010..=0x2027 | 0x2030..=0x205E | 0x3001..=0x3003 | 0x3008..=0x3011
            | 0x3014..=0x301F | 0xFE10..=0xFE19 | 0xFE30..=0xFE4F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20
            | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF
        | 0x20000..=0x3FFFF)
}

/// Whether a delimiter run between `prev` and `next` (None: the line's edge) can open and close.
fn flanking(ch: char, prev: Option<char>, next: Option<char>) -> (bool, bool) {
    let ws = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let punct = |c: Option<char>| c.is_some_and(is_punct);
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let cjk = |c: Option<char>| ch != '_' && c.is_some_and(is_cjk);
    let left = !ws(next) && (!punct(next) || ws(prev) || punct(prev) || cjk(prev));
    let right = !ws(prev) && (!punct(prev) || ws(next) || punct(next) || cjk(next));
    if ch == '_' {
        (left && (!right || punct(prev)), right && (!left || punct(next)))
    } else {
        (left && !alnum(prev), right && !alnum(next))
    }
}

#[derive(Debug, Clone, Copy)]
struct Run {
    ch: char,
    /// Positions (in the visible items) of the delimiters still unmatched: `lo..hi`.
    lo: usize,
    hi: usize,
    region: u32,
}

/// Emphasis and strike-through: matched delimiter runs are removed.
fn emphasis(items: &mut [Item]) {
    let delim = |it: &Item| it.is('*') || it.is('_') || it.is('~');
    if !items.iter().any(delim) {
        return;
    }
    let vis: Vec<usize> = (0..items.len()).filter(|&i| items[i].kind != Kind::Removed).collect();
    // quotation regions: a pair never crosses a quotation mark
    let mut regions = Vec::with_capacity(vis.len());
    let mut stack: Vec<(char, u32)> = Vec::new();
    let (mut region, mut fresh) = (0u32, 0u32);
    for &i in &vis {
        let c = items[i].ch;
        let closes = match c {
            '”' => stack.last().is_some_and(|t| t.0 == '“'),
            '’' => stack.last().is_some_and(|t| t.0 == '‘'),
            '"' => stack.last().is_some_and(|t| t.0 == '"'),
            _ => false,
        };
        if closes {
            region = stack.pop().map_or(0, |t| t.1);
        } else if matches!(c, '“' | '‘' | '"') {
            stack.push((c, region));
            fresh += 1;
            region = fresh;
        } else if matches!(c, '”' | '’') {
            fresh += 1;
            region = fresh;
        }
        regions.push(region);
    }
    // the characters as read (a `<br>` reads as `\n`: whitespace, as the line's edges)
    let vch: Vec<char> = vis.iter().map(|&i| items[i].ch).collect();
    let mut openers: FxHashMap<(char, u32), Vec<Run>> = FxHashMap::default();
    let mut k = 0;
    while k < vis.len() {
        let it = items[vis[k]];
        if !delim(&it) {
            k += 1;
            continue;
        }
        let mut e = k;
        while e < vis.len() && items[vis[e]].is(it.ch) {
            e += 1;
        }
        let len = e - k;
        let prev = k.checked_sub(1).map(|p| vch[p]);
        let next = vch.get(e).copied();
        let max = match it.ch {
            '*' => 3,
            _ => 2,
        };
        let usable = len <= max && (it.ch != '~' || len == 2);
        let (can_open, can_close) = flanking(it.ch, prev, next);
        let mut run = Run { ch: it.ch, lo: k, hi: e, region: regions[k] };
        if usable && can_close {
            while run.lo < run.hi {
                let Some(stack) = openers.get_mut(&(run.ch, run.region)) else { break };
                let Some(op) = stack.last_mut() else { break };
                // one of each at a time: CommonMark takes two where both have two (strong emphasis),
                // which removes the same marks in the end, and only the text is read here
                op.hi -= 1;
                items[vis[op.hi]].kind = Kind::Removed;
                items[vis[run.lo]].kind = Kind::Removed;
                run.lo += 1;
                let at = op.lo;
                if op.hi == op.lo {
                    stack.pop();
                }
                // openers of other delimiters opened inside the pair can no longer be closed
                for c in ['*', '_', '~'] {
                    if c != run.ch
                        && let Some(st) = openers.get_mut(&(c, run.region))
                    {
                        while st.last().is_some_and(|o| o.lo > at) {
                            st.pop();
                        }
                    }
                }
            }
        }
        if usable && can_open && run.lo < run.hi {
            openers.entry((run.ch, run.region)).or_default().push(run);
        }
        k = e;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blank(c: char) -> bool {
        c.is_whitespace()
    }

    fn text(line: &str) -> Vec<String> {
        read(line, blank).into_iter().map(|p| p.text).collect()
    }

    fn one(line: &str) -> String {
        let t = text(line);
        assert_eq!(t.len(), 1, "{line}: {t:?}");
        t[0].clone()
    }

    #[test]
    fn links_and_images_are_their_text() {
        assert_eq!(
            one("将《[中华人民共和国药品管理法实施条例](https://flk.npc.gov.cn/detail?id=abc)》第十一条修改为："),
            "将《中华人民共和国药品管理法实施条例》第十一条修改为："
        );
        assert_eq!(one("见[此处](http://a.b/c_(d)_e \"标题\")。"), "见此处。");
        assert_eq!(one("![国徽](emblem.png)国务院令"), "国徽国务院令");
        assert_eq!(one("[甲](u){.x}乙"), "甲乙");
    }

    #[test]
    fn autolinks_keep_their_address() {
        assert_eq!(
            one("来源：<https://flk.npc.gov.cn/detail?id=a_b_c>"),
            "来源：https://flk.npc.gov.cn/detail?id=a_b_c"
        );
        assert_eq!(one("<!-- INFO END -->"), "<!-- INFO END -->");
        // a scheme of letters, digits and + . - that starts with a letter, 2 to 32 long; an address
        // with no blank, control character or <
        assert_eq!(one("见<a+.-b:甲>"), "见a+.-b:甲");
        for s in ["<1a:b>", "<a:b>", "<a!b:c>", "<ab:>", "<ab:c d>", "<ab:c<d>", "<ab:c\u{1}>", "<甲:乙>"] {
            assert_eq!(one(s), s);
        }
        let long = format!("<{}:b>", "a".repeat(33));
        assert_eq!(one(&long), long);
        assert_eq!(one(&format!("<{}:b>", "a".repeat(32))), format!("{}:b", "a".repeat(32)));
    }

    #[test]
    fn spans_are_their_text() {
        assert_eq!(one("[（一）将第四条中的“甲”修改为“乙”。]{.mark}"), "（一）将第四条中的“甲”修改为“乙”。");
        assert_eq!(one("[甲]{#id .class key=\"v w\" k2=v2}"), "甲");
        assert_eq!(one("[[甲](u)乙]{.mark}"), "甲乙");
        // brackets that are not a span
        assert_eq!(one("[注]{见后}"), "[注]{见后}");
        assert_eq!(one("[1] 甲"), "[1] 甲");
        assert_eq!(one("见[注]"), "见[注]");
        // a link's parentheses: an address, blanks around it, a title after a blank
        assert_eq!(one("[甲]( a 'b')乙"), "甲乙");
        assert_eq!(one("[甲](a b)乙"), "[甲](a b)乙");
        assert_eq!(one("[甲](a bc)乙"), "[甲](a bc)乙");
        assert_eq!(one("[甲](a 'bc)乙"), "[甲](a 'bc)乙");
        assert_eq!(one("见![图](a.png \"说明\"){width=50%}。"), "见图。");
        // attributes: a lone -, and a key that has a name
        assert_eq!(one("[甲]{-}乙"), "甲乙");
        assert_eq!(one("[甲]{=v}乙"), "[甲]{=v}乙");
    }

    #[test]
    fn emphasis_is_its_text() {
        assert_eq!(one("修改为：“**第五条**　国家……”"), "修改为：“第五条　国家……”");
        assert_eq!(one("*甲*、__乙__。~~丙~~"), "甲、乙。丙");
        assert_eq!(one("***甲***"), "甲");
        assert_eq!(one("**“甲”**乙"), "“甲”乙");
        assert_eq!(one("**将第五条中的“甲”修改为“乙”。**"), "将第五条中的“甲”修改为“乙”。");
        assert_eq!(one("“__第五条__　国家"), "“第五条　国家");
        // before a quotation mark, a run opens after a blank, a mark or a CJK character (and after a
        // letter of no script that flanks it, not); before a character, after any but a letter or digit
        assert_eq!(one("甲 *“乙”* 丙"), "甲 “乙” 丙");
        assert_eq!(one("，*“甲”*"), "，“甲”");
        assert_eq!(one("乙**“甲”**"), "乙“甲”");
        assert_eq!(one("α*“甲”*"), "α*“甲”*");
        assert_eq!(one("α*甲*"), "α甲");
        // a run after a blank closes nothing; one between blanks neither opens nor closes
        assert_eq!(one("*甲 *乙"), "*甲 *乙");
        assert_eq!(one("甲 * 乙*"), "甲 * 乙*");
        assert_eq!(one("*甲 * 乙"), "*甲 * 乙");
        // a closing run before a letter of no script: after a character that is no mark, it closes
        assert_eq!(one("*甲*α"), "甲α");
        // _ opens only where it is left-flanking and not right-flanking (or right-flanking after a
        // mark), and closes so in turn; CJK beside it does not flank it
        assert_eq!(one("_甲_"), "甲");
        assert_eq!(one("，_ 乙_"), "，_ 乙_");
        assert_eq!(one("_甲 _ 乙"), "_甲 _ 乙");
        // a pair may hold a whole quotation, in any of its marks
        assert_eq!(one("*甲‘乙’丙*"), "甲‘乙’丙");
        assert_eq!(one("*甲\"乙\"丙*"), "甲\"乙\"丙");
        assert_eq!(one("*甲“乙”丙*"), "甲“乙”丙");
        // runs too long are text, opening or closing; a run closes what it can, one or two at a time,
        // and the rest of it stays or opens
        assert_eq!(one("****甲****"), "****甲****");
        assert_eq!(one("*甲****"), "*甲****");
        assert_eq!(one("*甲 *乙*"), "*甲 乙");
        assert_eq!(one("**甲*乙"), "*甲乙");
        assert_eq!(one("*甲**乙"), "甲*乙");
        assert_eq!(one("甲*乙**丙"), "甲乙*丙");
        // an opener closed is spent: the next run opens, and is left when nothing closes it
        assert_eq!(one("*甲*乙*丙"), "甲乙*丙");
        // a run that cannot open (before a blank) or is too long is no opener for a later one
        assert_eq!(one("甲* 乙*"), "甲* 乙*");
        assert_eq!(one("****甲*"), "****甲*");
        // a closing mark that closes nothing parts the text around it too
        assert_eq!(one("*甲”乙*"), "*甲”乙*");
        assert_eq!(one("“甲”*乙’丙*"), "“甲”*乙’丙*");
        // an opener of another delimiter inside a pair is closed by nothing after it
        assert_eq!(one("*甲 _乙* 丙_"), "甲 _乙 丙_");
    }

    #[test]
    fn what_is_not_markup_stays() {
        for s in [
            "第*条",
            "2*3*4",
            "a * b * c",
            "snake_case_name",
            "____年__月__日",
            "3~5年",
            "“甲*乙”和“丙*丁”",
            "****",
            "将__第五条__修改为",
            "\\第一条",
            "&zz;与&",
        ] {
            assert_eq!(one(s), s);
        }
    }

    #[test]
    fn escapes_and_entities() {
        assert_eq!(one("1\\.将第二条修改为："), "1.将第二条修改为：");
        assert_eq!(one("\\*甲\\* \\[乙\\] \\(丙\\) \\\\"), "*甲* [乙] (丙) \\");
        assert_eq!(one("&emsp;&emsp;第五条&nbsp;甲&#12288;乙"), "第五条\u{a0}甲\u{3000}乙");
        assert_eq!(one("&ast;甲&ast;"), "*甲*");
        assert_eq!(one("&lt;br&gt;"), "<br>");
        // no entity: a name without its ;, or one no entity has; copied as written, places and all
        for s in ["AT&T；R&D", "&copy2020年", "&;", "<b", "甲<ab>乙", "<p>"] {
            assert_eq!(one(s), s);
        }
        let p = &read("&zz;甲", blank)[0];
        assert_eq!(p.anchors, [(0, 0)]);
        // the longest name there is, and a run of letters longer than any
        assert_eq!(one("&CounterClockwiseContourIntegral;"), "∳");
        let long = format!("&{};", "a".repeat(40));
        assert_eq!(one(&long), long);
    }

    #[test]
    fn line_breaks_split_the_line() {
        assert_eq!(text("“甲。<br>乙。”<BR/>  <br />丙"), ["“甲。", "乙。”", "丙"]);
        assert_eq!(text("**甲<br>乙**"), ["甲", "乙"]);
        // a break that ends the line, the tag's four characters and nothing after
        assert_eq!(text("甲<br>"), ["甲"]);
    }

    #[test]
    fn anchors_point_into_the_line() {
        let p = &read("[**甲**](u)乙", blank)[0];
        assert_eq!(p.text, "甲乙");
        assert_eq!(p.anchors, [(0, 3), (3, 12)]);
        let p = &read("&emsp;甲", blank)[0];
        assert_eq!(p.anchors, [(0, 6)]);
        let p = &read("a&nbsp;b", blank)[0];
        assert_eq!(p.anchors, [(0, 0), (3, 7)]);
        // a decoded character at the end: the end is after the entity
        let p = &read("a&nbsp;", |c| c == ' ')[0];
        assert_eq!(p.anchors, [(0, 0), (3, 7)]);
        // an entity of two characters: the second stands where the entity ends, as does what follows
        let p = &read("&fjlig;甲", blank)[0];
        assert_eq!(p.text, "fj甲");
        assert_eq!(p.anchors, [(0, 0), (1, 7), (2, 7)]);
        // an escape: the character after the backslash
        let p = &read(r"甲\*乙", blank)[0];
        assert_eq!(p.text, "甲*乙");
        assert_eq!(p.anchors, [(0, 0), (3, 4)]);
        // an autolink: its address, between the brackets
        let p = &read("见<https://a.b>。", blank)[0];
        assert_eq!(p.text, "见https://a.b。");
        assert_eq!(p.anchors, [(0, 0), (3, 4), (14, 16)]);
        // after a <br>: the piece's places are in the line, past the tag
        let p = &read("甲<br>乙", blank)[1];
        assert_eq!(p.anchors, [(0, 7)]);
    }
}
