//! Inline changes inside one unit, at phrase level.
//!
//! 1. Both texts are cut into graphemes; each grapheme is compared by its normalised form
//!    ([`super::normalize`]), and spaces are not compared at all, so formatting never splits a
//!    phrase edit.
//! 2. `similar` (Myers) diffs the two grapheme sequences.
//! 3. Semantic cleanup (as in diff-match-patch, which `similar` lacks): an unchanged run between two
//!    edits is absorbed when it is shorter than [`SMALL_EQUALITY`] + 1 graphemes, or no longer than the
//!    edits on both sides of it. “经信委”→“工信厅” is then one edit, not 经→工 and 委→厅.
//! 4. A lone insertion or deletion that could stand at several places (`竞争，[鼓励创新，]提高` or
//!    `竞争[，鼓励创新]，提高`) is slid to the place where it ends with punctuation or begins after it.
//! 5. Unchanged runs whose raw text still differs become edits marked `formatting`.

use rustc_hash::FxHashMap;
use std::ops::Range;

use similar::{Algorithm, DiffTag, capture_diff_slices};
use unicode_segmentation::UnicodeSegmentation;

use super::model::Edit;
use super::normalize::normalize_into;

/// Unchanged runs of at most this many graphemes between two edits are absorbed into them.
pub const SMALL_EQUALITY: usize = 2;

/// How many graphemes of context an [`Edit`] carries on each side.
const CONTEXT: usize = 8;

/// The phrase-level edits that turn `old` into `new` (empty when they are equal).
///
/// ```
/// let edits = amend::diff::inline::diff_text("责任单位：省经信委、财政厅", "责任单位：省工信厅、财政厅");
/// assert_eq!(edits.len(), 1);
/// assert_eq!((edits[0].old.as_str(), edits[0].new.as_str()), ("经信委", "工信厅"));
/// assert_eq!(edits[0].before, "责任单位：省");
/// ```
pub fn diff_text(old: &str, new: &str) -> Vec<Edit> {
    if old == new {
        return Vec::new();
    }
    let mut interner = Interner::default();
    let whole_old = 0..old.len();
    let whole_new = 0..new.len();
    let old_toks = tokenize(old, whole_old.clone(), true, &mut interner);
    let new_toks = tokenize(new, whole_new.clone(), true, &mut interner);
    let segs = phrase_segments(&old_toks, &new_toks, &interner);
    let mut edits = Vec::new();
    if segs.is_empty() {
        // nothing but spaces on either side
        return formatting_edits(old, new, whole_old, whole_new);
    }
    let last = segs.len() - 1;
    for (i, seg) in segs.iter().enumerate() {
        match seg {
            Seg::Equal { o, n } => {
                let ro = equal_raw(&old_toks, o, &whole_old, i == 0, i == last);
                let rn = equal_raw(&new_toks, n, &whole_new, i == 0, i == last);
                if old[ro.clone()] != new[rn.clone()] {
                    edits.extend(formatting_edits(old, new, ro, rn));
                }
            }
            Seg::Change { o, n } => {
                let ro = change_raw(&old_toks, o, &whole_old);
                let rn = change_raw(&new_toks, n, &whole_new);
                let (ro, rn) = trim_common_spaces(old, new, ro, rn);
                edits.push(make_edit(old, new, ro, rn, false));
            }
        }
    }
    edits
}

/// Edits inside two regions that are equal after normalisation, compared grapheme by grapheme as
/// written; all of them are marked `formatting`.
fn formatting_edits(old: &str, new: &str, ro: Range<usize>, rn: Range<usize>) -> Vec<Edit> {
    let mut interner = Interner::default();
    let old_toks = tokenize(old, ro.clone(), false, &mut interner);
    let new_toks = tokenize(new, rn.clone(), false, &mut interner);
    phrase_segments(&old_toks, &new_toks, &interner)
        .into_iter()
        .filter_map(|seg| match seg {
            Seg::Change { o, n } => {
                Some(make_edit(old, new, change_raw(&old_toks, &o, &ro), change_raw(&new_toks, &n, &rn), true))
            }
            Seg::Equal { .. } => None,
        })
        .collect()
}

/// Diff, cleanup, slide: the phrase-level runs of two token sequences.
fn phrase_segments(old_toks: &[Token], new_toks: &[Token], interner: &Interner) -> Vec<Seg> {
    let old_keys: Vec<u32> = old_toks.iter().map(|t| t.key).collect();
    let new_keys: Vec<u32> = new_toks.iter().map(|t| t.key).collect();
    let mut segs = segments(&old_keys, &new_keys);
    cleanup(&mut segs, old_toks, interner);
    slide(&mut segs, old_toks, new_toks, interner);
    segs
}

/// A grapheme compared by its normalised form.
#[derive(Debug, Clone, Copy)]
struct Token {
    key: u32,
    start: usize,
    end: usize,
}

/// Token keys as numbers: a key of one character (nearly every grapheme of Chinese text) is its
/// code point, with no lookup; a longer one (a character with combining marks, `\r\n`) is
/// numbered from [`MULTI`] on.
#[derive(Default)]
struct Interner {
    ids: FxHashMap<String, u32>,
    keys: Vec<String>,
}

/// The first id of a key longer than one character (above every code point).
const MULTI: u32 = 0x11_0000;

impl Interner {
    fn id(&mut self, key: &str) -> u32 {
        let mut chars = key.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return c as u32;
        }
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = MULTI + self.keys.len() as u32;
        self.ids.insert(key.to_string(), id);
        self.keys.push(key.to_string());
        id
    }

    /// The key of `id`; `buf` holds a one-character key.
    fn key<'a>(&'a self, id: u32, buf: &'a mut [u8; 4]) -> &'a str {
        match char::from_u32(id) {
            Some(c) => c.encode_utf8(buf),
            None => &self.keys[(id - MULTI) as usize],
        }
    }

    fn is_newline(&self, id: u32) -> bool {
        id == '\n' as u32
    }

    /// Whether a phrase may end with this token: punctuation that closes a phrase, or a line break.
    fn is_break(&self, id: u32) -> bool {
        let mut buf = [0; 4];
        let mut chars = self.key(id, &mut buf).chars().filter_map(super::normalize::normalize_char);
        matches!(
            (chars.next(), chars.next()),
            (Some(',' | '。' | ';' | ':' | '、' | '!' | '?' | '\n' | ')' | '》'), None)
        )
    }
}

/// The graphemes of `s[region]` as tokens. `normalised`: keyed by their normalised form, spaces
/// (whose form is empty) left out; otherwise keyed as written, spaces included.
fn tokenize(s: &str, region: Range<usize>, normalised: bool, interner: &mut Interner) -> Vec<Token> {
    let mut key = String::new();
    let base = region.start;
    let mut out = Vec::with_capacity(region.len() / 3);
    for (at, g) in crate::text::graphemes::grapheme_indices(&s[region]) {
        key.clear();
        // one character (nearly every grapheme): its normalised form is its key, with no string built
        let mut chars = g.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            let k = if normalised { super::normalize::normalize_char(c) } else { Some(c) };
            if let Some(k) = k {
                out.push(Token { key: k as u32, start: base + at, end: base + at + g.len() });
            }
            continue;
        }
        if normalised {
            normalize_into(g, &mut key);
            if key.is_empty() {
                continue;
            }
        } else {
            key.push_str(g);
        }
        out.push(Token { key: interner.id(&key), start: base + at, end: base + at + g.len() });
    }
    out
}

/// A run of tokens, equal on both sides or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Seg {
    Equal { o: Range<usize>, n: Range<usize> },
    Change { o: Range<usize>, n: Range<usize> },
}

impl Seg {
    fn ranges(&self) -> (&Range<usize>, &Range<usize>) {
        match self {
            Seg::Equal { o, n } | Seg::Change { o, n } => (o, n),
        }
    }
}

/// Diffs the key sequences and joins adjacent operations into alternating equal and changed runs.
fn segments(old: &[u32], new: &[u32]) -> Vec<Seg> {
    let mut segs: Vec<Seg> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, old, new) {
        let (o, n) = (op.old_range(), op.new_range());
        if o.is_empty() && n.is_empty() {
            continue;
        }
        let equal = op.tag() == DiffTag::Equal;
        match segs.last_mut() {
            Some(Seg::Equal { o: po, n: pn }) if equal => {
                po.end = o.end;
                pn.end = n.end;
            }
            Some(Seg::Change { o: po, n: pn }) if !equal => {
                po.end = o.end;
                pn.end = n.end;
            }
            _ if equal => segs.push(Seg::Equal { o, n }),
            _ => segs.push(Seg::Change { o, n }),
        }
    }
    segs
}

/// Absorbs small unchanged runs between two changes (never across a line break).
fn cleanup(segs: &mut Vec<Seg>, old_toks: &[Token], interner: &Interner) {
    let mut out: Vec<Seg> = Vec::with_capacity(segs.len());
    for seg in segs.drain(..) {
        out.push(seg);
        while out.len() >= 3 {
            let k = out.len();
            let (Seg::Change { o: o1, n: n1 }, Seg::Equal { o: oe, .. }, Seg::Change { o: o2, n: n2 }) =
                (&out[k - 3], &out[k - 2], &out[k - 1])
            else {
                break;
            };
            let eq = oe.len();
            let has_newline = old_toks[oe.clone()].iter().any(|t| interner.is_newline(t.key));
            // two insertions (or two deletions) around a short equal run read better apart: merged,
            // the run would show as deleted and inserted again
            let same_direction = (o1.is_empty() && o2.is_empty()) || (n1.is_empty() && n2.is_empty());
            let absorb = !has_newline
                && !same_direction
                && (eq <= SMALL_EQUALITY || (eq <= o1.len().max(n1.len()) && eq <= o2.len().max(n2.len())));
            if !absorb {
                break;
            }
            let merged = Seg::Change { o: o1.start..o2.end, n: n1.start..n2.end };
            out.truncate(k - 3);
            out.push(merged);
        }
    }
    *segs = out;
}

/// Slides lone insertions and deletions to phrase boundaries (a lossless shift: the texts are equal
/// whichever place is chosen).
fn slide(segs: &mut [Seg], old_toks: &[Token], new_toks: &[Token], interner: &Interner) {
    for i in 1..segs.len().saturating_sub(1) {
        let (Seg::Equal { .. }, Seg::Change { o, n }, Seg::Equal { .. }) = (&segs[i - 1], &segs[i], &segs[i + 1])
        else {
            continue;
        };
        // the side that has content, and the sequence it lives in
        let (range, toks) = match (o.is_empty(), n.is_empty()) {
            (true, false) => (n.clone(), new_toks),
            (false, true) => (o.clone(), old_toks),
            _ => continue,
        };
        let (prev_len, next_len) = (segs[i - 1].ranges().0.len(), segs[i + 1].ranges().0.len());
        let key = |j: usize| toks[j].key;
        // how far the run can move left (keeping one token of the previous equal run) and right
        let mut left = 0;
        while left + 1 < prev_len && key(range.start - left - 1) == key(range.end - left - 1) {
            left += 1;
        }
        let mut right = 0;
        while right + 1 < next_len
            && range.end + right < toks.len()
            && key(range.start + right) == key(range.end + right)
        {
            right += 1;
        }
        if left == 0 && right == 0 {
            continue;
        }
        let score = |shift: isize| {
            let s = (range.start as isize + shift) as usize;
            let e = (range.end as isize + shift) as usize;
            let mut score = 0;
            if s == 0 || interner.is_break(key(s - 1)) {
                score += 2;
            }
            if interner.is_break(key(e - 1)) {
                score += 1;
            }
            score
        };
        let mut best = 0isize;
        let mut best_score = score(0);
        for shift in (-(left as isize))..=(right as isize) {
            let s = score(shift);
            if s > best_score {
                best = shift;
                best_score = s;
            }
        }
        if best == 0 {
            continue;
        }
        let shift_range = |r: &mut Range<usize>, by: isize| {
            r.start = (r.start as isize + by) as usize;
            r.end = (r.end as isize + by) as usize;
        };
        // every boundary between the three runs moves by `best`, on both sides
        if let Seg::Equal { o, n } = &mut segs[i - 1] {
            o.end = (o.end as isize + best) as usize;
            n.end = (n.end as isize + best) as usize;
        }
        if let Seg::Change { o, n } = &mut segs[i] {
            shift_range(o, best);
            shift_range(n, best);
        }
        if let Seg::Equal { o, n } = &mut segs[i + 1] {
            o.start = (o.start as isize + best) as usize;
            n.start = (n.start as isize + best) as usize;
        }
    }
}

/// The raw bytes of an unchanged run: its tokens and the spaces between them; the first and last
/// runs also take the spaces at the ends of the region.
fn equal_raw(toks: &[Token], r: &Range<usize>, region: &Range<usize>, first: bool, last: bool) -> Range<usize> {
    let start = if first { region.start } else { toks[r.start].start };
    let end = if last { region.end } else { toks[r.end - 1].end };
    start..end
}

/// The raw bytes of a changed run: from the end of the token before it to the start of the token
/// after it (spaces around it included).
fn change_raw(toks: &[Token], r: &Range<usize>, region: &Range<usize>) -> Range<usize> {
    let start = if r.start == 0 { region.start } else { toks[r.start - 1].end };
    let end = if r.end >= toks.len() { region.end } else { toks[r.end].start };
    start..end
}

fn is_space(c: char) -> bool {
    c != '\n' && super::normalize::normalize_char(c).is_none()
}

/// Drops spaces that both sides of a change share at its ends.
fn trim_common_spaces(
    old: &str,
    new: &str,
    mut ro: Range<usize>,
    mut rn: Range<usize>,
) -> (Range<usize>, Range<usize>) {
    while let (Some(a), Some(b)) = (old[ro.clone()].chars().next(), new[rn.clone()].chars().next()) {
        if a != b || !is_space(a) {
            break;
        }
        ro.start += a.len_utf8();
        rn.start += b.len_utf8();
    }
    while let (Some(a), Some(b)) = (old[ro.clone()].chars().next_back(), new[rn.clone()].chars().next_back()) {
        if a != b || !is_space(a) {
            break;
        }
        ro.end -= a.len_utf8();
        rn.end -= b.len_utf8();
    }
    (ro, rn)
}

fn make_edit(old: &str, new: &str, ro: Range<usize>, rn: Range<usize>, formatting: bool) -> Edit {
    Edit {
        old: old[ro.clone()].to_string(),
        new: new[rn.clone()].to_string(),
        before: context_before(old, ro.start),
        after: context_after(old, ro.end),
        old_range: ro,
        new_range: rn,
        formatting,
    }
}

fn context_before(text: &str, at: usize) -> String {
    let head = &text[..at];
    let head = head.rsplit('\n').next().unwrap_or(head);
    // the last CONTEXT graphemes, found from the end
    let start = head.grapheme_indices(true).rev().take(CONTEXT).last().map_or(head.len(), |(i, _)| i);
    head[start..].to_string()
}

fn context_after(text: &str, at: usize) -> String {
    let tail = &text[at..];
    let tail = tail.split('\n').next().unwrap_or(tail);
    tail.graphemes(true).take(CONTEXT).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(old: &str, new: &str) -> Vec<(String, String, bool)> {
        diff_text(old, new).into_iter().map(|e| (e.old, e.new, e.formatting)).collect()
    }

    fn p(o: &str, n: &str) -> (String, String, bool) {
        (o.to_string(), n.to_string(), false)
    }

    /// Applying the edits to the old text gives the new text.
    fn check_applies(old: &str, new: &str) {
        let edits = diff_text(old, new);
        let mut out = String::new();
        let mut at = 0;
        let mut at_new = 0;
        for e in &edits {
            assert_eq!(&old[e.old_range.clone()], e.old);
            assert_eq!(&new[e.new_range.clone()], e.new);
            assert!(e.old_range.start >= at && e.new_range.start >= at_new, "edits in order: {edits:?}");
            out.push_str(&old[at..e.old_range.start]);
            out.push_str(&e.new);
            at = e.old_range.end;
            at_new = e.new_range.end;
        }
        out.push_str(&old[at..]);
        assert_eq!(out, new, "{edits:#?}");
    }

    #[test]
    fn phrase_replacement_is_one_edit() {
        assert_eq!(pairs("省经信委、财政厅", "省工信厅、财政厅"), [p("经信委", "工信厅")]);
        check_applies("省经信委、财政厅", "省工信厅、财政厅");
    }

    #[test]
    fn insertion_slides_after_punctuation() {
        let old = "保护市场公平竞争，提高经济运行效率";
        let new = "保护市场公平竞争，鼓励创新，提高经济运行效率";
        assert_eq!(pairs(old, new), [p("", "鼓励创新，")]);
        let e = &diff_text(old, new)[0];
        assert_eq!(e.before, "护市场公平竞争，", "eight graphemes of context");
        check_applies(old, new);
    }

    #[test]
    fn deletion_with_its_comma() {
        let old = "省财政厅、物价局，各设区市";
        let new = "省财政厅，各设区市";
        assert_eq!(pairs(old, new), [p("、物价局", "")]);
        check_applies(old, new);
    }

    #[test]
    fn formatting_only_differences_are_marked() {
        let old = "(一)经营者达成垄断协议;";
        let new = "（一）经营者达成垄断协议；";
        let edits = pairs(old, new);
        assert!(edits.iter().all(|e| e.2), "{edits:?}");
        assert_eq!(edits[0], ("(一)".into(), "（一）".into(), true));
        check_applies(old, new);
        assert_eq!(pairs("第一章 总则", "第一章 总 则"), [(String::new(), " ".into(), true)]);
        check_applies("第一章 总则", "第一章 总 则");
    }

    #[test]
    fn formatting_does_not_split_a_substantive_edit() {
        let old = "(二)其他组织;";
        let new = "（二）非法人组织；";
        let edits = diff_text(old, new);
        let substantive: Vec<_> = edits.iter().filter(|e| !e.formatting).collect();
        assert_eq!(substantive.len(), 1);
        assert_eq!((substantive[0].old.as_str(), substantive[0].new.as_str()), ("其他", "非法人"));
        check_applies(old, new);
    }

    #[test]
    fn paragraphs_are_not_merged_across_line_breaks() {
        let old = "甲乙丙\n丁戊己";
        let new = "甲X丙\n丁Y己";
        assert_eq!(pairs(old, new).len(), 2);
        check_applies(old, new);
    }

    #[test]
    fn edge_cases_apply() {
        for (o, n) in [
            ("", "甲"),
            ("甲", ""),
            ("  ", " "),
            ("甲 ", "甲"),
            (" 甲", "乙"),
            ("甲乙", "乙甲"),
            ("一二三四五六七八九十", "一二三四五六七八九"),
            ("“甲”乙", "\"甲\"丙"),
            ("a b c", "a  c"),
            ("前款规定。\n后款。", "前款规定。\n新增一款。\n后款。"),
            ("👨‍👩‍👧甲", "👨‍👩‍👦甲"),
        ] {
            check_applies(o, n);
        }
    }
}
