//! Whole-text replacements (将全文中的“A”修改为“B”): the terms that changed at every occurrence,
//! quoted whole. A term is read on word boundaries ([`crate::text::words`]), extended over the
//! modifiers every occurrence shares before it, never over the words that merely follow it.

use std::collections::HashSet;

use super::locate::occurrences;
use super::scopes::body_lines;
use crate::diff::normalize::formatting_only;
use crate::diff::{self, DiffOptions};
use crate::document::{Document, Family};
use crate::text::words;

/// Characters at which a term ends: punctuation, and the function words around terms.
pub(super) fn boundary(c: char) -> bool {
    !(('\u{4e00}'..='\u{9fff}').contains(&c) || c.is_alphanumeric()) || function_char(c)
}

/// The one-character function words that stand between terms (的, 和, 由, 中 …).
pub(super) fn function_char(c: char) -> bool {
    "的了和与及或在对从中由为按将把被等是于向以其并".contains(c)
}

/// Whether a word (as [`words`] cuts the text) is a function word standing alone: a quotation does
/// not start or end with one unless it is part of the change (中 of 中国 is no such word).
pub(super) fn lone_function_word(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if function_char(c))
}

/// Candidate pairs around one edit: the edit itself, its pieces, and the edit extended over the
/// unchanged context (to term boundaries, and by one to three characters).
pub(super) fn candidates(old_t: &str, new_t: &str, e: &crate::diff::Edit, out: &mut HashSet<(String, String)>) {
    let mut push = |a: String, b: String| {
        if !a.is_empty()
            && !b.is_empty()
            && a != b
            && !a.contains(['\n', '、', '，', '；', '。', '：'])
            && !b.contains(['\n', '、', '，', '；', '。', '：'])
            && quotable(&a, &b)
        {
            out.insert((a, b));
        }
    };
    let oc: Vec<char> = old_t.chars().collect();
    let nc: Vec<char> = new_t.chars().collect();
    let os = old_t[..e.old_range.start].chars().count();
    let oe = os + e.old.chars().count();
    let ns = new_t[..e.new_range.start].chars().count();
    let ne = ns + e.new.chars().count();
    let mut spans = vec![(os, oe, ns, ne)];
    // pieces of a larger edit
    let sub = similar::TextDiff::from_chars(e.old.as_str(), e.new.as_str());
    for op in sub.ops() {
        if let similar::DiffOp::Replace { old_index, old_len, new_index, new_len } = *op {
            spans.push((os + old_index, os + old_index + old_len, ns + new_index, ns + new_index + new_len));
        }
    }
    for (a0, a1, b0, b1) in spans {
        for (l, r) in [(0usize, 0usize), (1, 0), (0, 1), (1, 1), (2, 0), (0, 2), (2, 2), (3, 0), (0, 3)] {
            if a0 >= l && b0 >= l && a1 + r <= oc.len() && b1 + r <= nc.len() {
                push(oc[a0 - l..a1 + r].iter().collect(), nc[b0 - l..b1 + r].iter().collect());
            }
        }
        // to term boundaries (the context is the same on both sides)
        let (mut l, mut r) = (0, 0);
        while a0 > l && b0 > l && !boundary(oc[a0 - l - 1]) && l < 8 {
            l += 1;
        }
        while a1 + r < oc.len() && b1 + r < nc.len() && !boundary(oc[a1 + r]) && r < 8 {
            r += 1;
        }
        push(oc[a0 - l..a1 + r].iter().collect(), nc[b0 - l..b1 + r].iter().collect());
    }
}

/// Whether every bracket and quotation mark opened in `s` is closed in it, and none is closed that
/// was not opened: a quotation must not cut a “…” or a （…） in two (“第（二”→“第二” quotes half of
/// 第（二）项).
pub(super) fn balanced(s: &str) -> bool {
    const PAIRS: [(char, char); 6] = [('（', '）'), ('(', ')'), ('《', '》'), ('“', '”'), ('〔', '〕'), ('【', '】')];
    PAIRS.iter().all(|&(open, close)| {
        let mut depth = 0i32;
        for c in s.chars() {
            if c == open {
                depth += 1;
            } else if c == close {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
        }
        depth == 0
    })
}

/// Whether A → B may be quoted as a whole-text replacement: both balanced, or one mark for another
/// (a formatting renaming such as “(”→“（”).
pub(super) fn quotable(a: &str, b: &str) -> bool {
    (balanced(a) && balanced(b)) || (one_mark(a) && one_mark(b))
}

/// A single mark (a bracket, a comma): what formatting renamings replace.
pub(super) fn one_mark(s: &str) -> bool {
    s.chars().count() == 1 && s.chars().all(|c| !c.is_alphanumeric())
}

/// A → B extended over the context every occurrence of A shares, while A cuts a word: when each A of the old text is
/// preceded (or followed) by the same character, A is a fragment of a longer term, and the drafter
/// quotes the term (作经济组织 → 作社 is 农民专业合作经济组织 → 农民专业合作社). The context is the same
/// on the new side, since it did not change.
pub(super) fn to_common_context(text: &str, new_text: &str, mut a: String, mut b: String) -> (String, String) {
    let lines = |t: &str, s: &str| -> Vec<String> { t.lines().filter(|l| l.contains(s)).map(str::to_string).collect() };
    let whole = |a: &str, b: &str| whole_words(&lines(text, a), a) && whole_words(&lines(new_text, b), b);
    // the character every occurrence of `a` has right before it (`side`) or after it, if any
    let shared = |a: &str, side: bool| -> Option<char> {
        let mut found: Option<char> = None;
        for (i, _) in text.match_indices(a) {
            let c = if side { text[..i].chars().next_back() } else { text[i + a.len()..].chars().next() };
            match (c, found) {
                (Some(c), _) if boundary(c) => return None,
                (Some(c), None) => found = Some(c),
                (Some(c), Some(f)) if c == f => {}
                _ => return None,
            }
        }
        found
    };
    for _ in 0..16 {
        if whole(&a, &b) {
            // a whole term takes the words every occurrence has before it (a term is named by its
            // modifiers: 农民专业|合作经济组织), never those after it (the sentence going on:
            // 工商行政管理机关|办理有关登记手续后)
            let (mut la, mut lb) = (a.clone(), b.clone());
            let mut grew = false;
            for _ in 0..8 {
                let Some(c) = shared(&la, true) else { break };
                la.insert(0, c);
                lb.insert(0, c);
                if whole(&la, &lb) {
                    (a, b, grew) = (la.clone(), lb.clone(), true);
                    break;
                }
            }
            if !grew {
                break;
            }
        } else if let Some(c) = shared(&a, true) {
            // a fragment (作经济组织 → 作社): extended over what every occurrence shares
            a.insert(0, c);
            b.insert(0, c);
        } else if let Some(c) = shared(&a, false) {
            a.push(c);
            b.push(c);
        } else {
            break;
        }
    }
    (a, b)
}

/// Whether every character that stands right before an occurrence of `a` in `old` stands right
/// before some occurrence of `b` in `new`, and likewise right after.
pub(super) fn same_company(old: &str, a: &str, new: &str, b: &str) -> bool {
    let (ob, oa) = around(old, a);
    let (nb, na) = around(new, b);
    ob.is_subset(&nb) && oa.is_subset(&na)
}

/// Whether the occurrences of `a` are preceded by at least two different characters and followed by
/// at least two (the start or end of a line counting as one).
pub(super) fn varied(text: &str, a: &str) -> bool {
    let edge = |set: HashSet<Option<char>>| set.into_iter().map(|c| c.filter(|&c| c != '\n')).collect::<HashSet<_>>();
    let (before, after) = around(text, a);
    edge(before).len() >= 2 && edge(after).len() >= 2
}

/// The characters right before and right after the occurrences of `s` in `text` (`None` at the
/// start or end of the text).
pub(super) fn around(text: &str, s: &str) -> (HashSet<Option<char>>, HashSet<Option<char>>) {
    let mut before: HashSet<Option<char>> = HashSet::new();
    let mut after: HashSet<Option<char>> = HashSet::new();
    for (i, _) in text.match_indices(s) {
        before.insert(text[..i].chars().next_back());
        after.insert(text[i + s.len()..].chars().next());
    }
    (before, after)
}

/// Whether A → B is a term's change quoted with words around it that pick some of the term's
/// occurrences: “交通主管部门提出申请”→“交通运输主管部门提出申请” where 交通主管部门 stays elsewhere.
/// A drafter names those places by locators (将第五条、第六条中的…), never by a 全文 replacement of a
/// longer phrase. The core is A and B without the whole words they share at either end (one word
/// kept on each side of an insertion); A is a selection when its core occurs more often.
pub(super) fn context_selection(text: &str, a: &str, b: &str) -> bool {
    let (wa, wb) = (words::boundaries(a), words::boundaries(b));
    // the longest shared prefix and suffix on word boundaries of both
    let prefix = wa.iter().copied().filter(|&i| wb.contains(&i) && a[..i] == b[..i]).max().unwrap_or(0);
    let suffix = (0..=a.len().min(b.len()))
        .filter(|&k| wa.contains(&(a.len() - k)) && wb.contains(&(b.len() - k)) && a[a.len() - k..] == b[b.len() - k..])
        .max()
        .unwrap_or(0);
    if prefix + suffix > a.len().min(b.len()) || prefix + suffix == 0 {
        return false;
    }
    let (mut s, mut e) = (prefix, a.len() - suffix);
    if s == e {
        // an insertion: the words on both sides of it
        s = wa.iter().copied().filter(|&i| i < s).max().unwrap_or(0);
        e = wa.iter().copied().filter(|&i| i > e).min().unwrap_or(a.len());
    }
    let core = &a[s..e];
    !core.is_empty() && core != a && text.matches(core).count() > text.matches(a).count()
}

/// Whether every occurrence of `a` in `lines` starts and ends on a word boundary (“上道路运输管理机构”
/// cuts 以上 in two: no drafter quotes it).
pub(super) fn whole_words(lines: &[String], a: &str) -> bool {
    lines.iter().filter(|l| l.contains(a)).all(|l| {
        let bounds = words::boundaries(l);
        l.match_indices(a)
            .all(|(i, _)| bounds.binary_search(&i).is_ok() && bounds.binary_search(&(i + a.len())).is_ok())
    })
}

pub(super) fn natural(text: &str, a: &str) -> bool {
    text.match_indices(a).all(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + a.len()..].chars().next();
        before.is_none_or(boundary) && after.is_none_or(boundary)
    })
}

/// Replacements A→B that hold at every occurrence of A in `old` (and occur at least twice): in
/// every aligned unit, each A of the old text became a B of the new one and no A is left.
/// Pairs that differ in formatting only (“(”→“（”) are left out unless formatting is amended (`keep`).
pub fn renames(old: &Document, new: &Document, keep: bool) -> Vec<(String, String)> {
    let d = diff::diff_documents(old, new, &DiffOptions::default());
    let pairs: Vec<(&str, &str)> =
        d.changes.iter().filter_map(|c| Some((c.old.as_ref()?.text.as_str(), c.new.as_ref()?.text.as_str()))).collect();
    let mut cands: HashSet<(String, String)> = HashSet::new();
    for c in d.changes.iter() {
        let (Some(o), Some(n)) = (&c.old, &c.new) else { continue };
        for e in c.edits.iter().filter(|e| keep || !e.formatting) {
            candidates(&o.text, &n.text, e, &mut cands);
        }
    }
    let body = body_lines(old);
    let body_text = body.join("\n");
    let new_lines = body_lines(new);
    let new_body = new_lines.join("\n");
    let mut found: Vec<(String, String, usize, bool, bool)> = Vec::new();
    for (a, b) in cands {
        // the term every occurrence belongs to, quoted whole, with its brackets
        let (a, b) = to_common_context(&body_text, &new_body, a, b);
        if !quotable(&a, &b) || (!keep && formatting_only(&a, &b)) || found.iter().any(|f| f.0 == a && f.1 == b) {
            continue;
        }
        let total = occurrences(&body, &a);
        if total < 2 || new_body.contains(a.as_str()) {
            continue;
        }
        // where the A went, B came (no B lost anywhere), and most A became B (some may have gone
        // with deleted passages)
        let mut gained = 0usize;
        let mut had = 0usize;
        let consistent = pairs.iter().all(|(o, n)| {
            let ao = o.matches(a.as_str()).count();
            let (bo, bn) = (o.matches(b.as_str()).count(), n.matches(b.as_str()).count());
            had += ao;
            gained += bn.saturating_sub(bo);
            ao == 0 || bn > bo
        }) && gained * 5 >= had * 4;
        // the pair is cut where the texts really differ: what stands before (and after) an A in
        // the old text stands before (and after) a B in the new one (“国民用航空局制定”→“院民用航空
        // 主管部门制定” fails: 中 stands before the A, 务 before the B)
        // (names of units and marks aside: a list's neighbours change with the list)
        // (lists of responsible units are a policy document's: in a law, 依法执行 is no unit named like a bank)
        let unit = old.family != Family::Law && crate::apply::unit_like(&a) && crate::apply::unit_like(&b);
        if consistent
            && (unit
                || one_mark(&a) && one_mark(&b)
                || same_company(&body_text, &a, &new_body, &b) && whole_words(&body, &a) && whole_words(&new_lines, &b))
        {
            let nat = natural(&body_text, &a);
            // a whole-text renaming is for names and terms: one bounded by punctuation or function
            // words, or one that stands in varied company (extended to its common context, it is
            // still preceded and followed by different characters: a term, not a fragment); a
            // fragment must be a change everywhere
            if (unit || nat || (total >= 3 && varied(&body_text, &a)) || total >= 5)
                && (unit || !context_selection(&body_text, &a, &b))
            {
                found.push((a, b, total, nat, unit));
            }
        }
    }
    // names of units first (the most occurrences, then the full name); then terms read whole, the
    // most occurrences, the shortest
    found.sort_by(|x, y| {
        y.4.cmp(&x.4)
            .then_with(|| {
                if x.4 {
                    y.2.cmp(&x.2).then(y.0.chars().count().cmp(&x.0.chars().count()))
                } else {
                    // a term read whole counts double; a change everywhere beats a few whole terms
                    let score = |t: &(String, String, usize, bool, bool)| t.2 * if t.3 { 2 } else { 1 };
                    score(y).cmp(&score(x)).then(y.3.cmp(&x.3)).then(x.0.chars().count().cmp(&y.0.chars().count()))
                }
            })
            .then(x.0.cmp(&y.0))
            .then(x.1.cmp(&y.1))
    });
    // taken in order, each as it will run: a pair that an earlier one changed is left out
    let mut out: Vec<(String, String)> = Vec::new();
    let mut cur = body_text.clone();
    for (a, b, total, _, _) in found {
        if cur.matches(a.as_str()).count() != total || b.contains(a.as_str()) {
            continue;
        }
        cur = cur.replace(a.as_str(), &b);
        out.push((a, b));
    }
    out
}
