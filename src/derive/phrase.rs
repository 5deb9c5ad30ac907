//! One line's change as phrase instructions: the shortest passage unique where the locator
//! searches, read whole (to the clause, a term boundary or whole words), or the line quoted whole.

use super::draft::Draft;
use super::locate::occurrences;
use super::terms::{balanced, boundary, lone_function_word};
use super::verify::same_up_to;
use crate::apply::deletion_range;
use crate::diff;
use crate::text::words;

/// The new line as the notice writes it: as it is when formatting is amended (`keep`), else with
/// the passages that differ in formatting only written as in the old line, so that the context
/// around every edit is the same on both sides and no quotation carries a formatting change.
pub(super) fn line_to_write(old_line: &str, new_line: &str, keep: bool) -> String {
    if keep {
        return new_line.to_string();
    }
    let mut out = String::with_capacity(new_line.len());
    let mut at = 0;
    for e in diff::inline::diff_text(old_line, new_line).into_iter().filter(|e| e.formatting) {
        out.push_str(&new_line[at..e.new_range.start]);
        out.push_str(&e.old);
        at = e.new_range.end;
    }
    out.push_str(&new_line[at..]);
    out
}

/// Whether a term starts and ends at boundaries in `text` wherever it occurs.
/// One replacement that makes the whole change of a line where it occurs several times: 将第四条中的
/// “中国民用航空局”修改为“国务院民用航空主管部门” (the engine replaces every occurrence in the unit,
/// as decisions mean). Only when every occurrence where the locator searches is in this line; the
/// shortest such term that is quoted whole.
pub(super) fn same_replacement(
    loc: &str,
    old_line: &str,
    new_line: &str,
    scope: &[String],
    edits: &[crate::diff::Edit],
    keep: bool,
) -> Option<Draft> {
    // the edits, joined where a few characters separate them (中国|民用航空|局: one term)
    let spans = joined(old_line, edits.iter());
    if spans.len() < 2 {
        return None;
    }
    let (a, b) = (&old_line[spans[0].0.clone()], &new_line[spans[0].1.clone()]);
    let here = old_line.matches(a).count();
    let same = spans.iter().all(|(o, n)| &old_line[o.clone()] == a && &new_line[n.clone()] == b);
    if !same
        || a.is_empty()
        || here != spans.len()
        || occurrences(scope, a) != here
        || !same_up_to(&old_line.replace(a, b), new_line, keep)
    {
        return None;
    }
    let (a, b) = (a.to_string(), b.to_string());
    Some(Draft::ReplaceText { loc: loc.to_string(), pairs: vec![(a, b)] })
}

/// A span of the old and the new line that changed.
#[derive(Debug, Clone)]
pub(super) struct Span {
    old: std::ops::Range<usize>,
    new: std::ops::Range<usize>,
}

pub(super) fn char_floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(super) fn prev_char(s: &str, i: usize) -> usize {
    char_floor(s, i.saturating_sub(1))
}

pub(super) fn next_char(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(i, |c| i + c.len_utf8())
}

/// Phrase drafts turning `old_line` into `new_line` inside a scope. `None` when the edits cannot be
/// made unique there (the caller replaces the line).
pub(super) fn phrase_drafts(
    loc: &str,
    old_line: &str,
    new_line: &str,
    scope: &[String],
    keep: bool,
) -> Option<Vec<Draft>> {
    let written = line_to_write(old_line, new_line, keep);
    let new_line = written.as_str();
    let edits = diff::inline::diff_text(old_line, new_line);
    if let Some(d) = same_replacement(loc, old_line, new_line, scope, &edits, keep) {
        return Some(vec![d]);
    }
    let mut spans: Vec<Span> = Vec::new();
    for e in edits {
        match spans.last_mut() {
            // close edits read better as one
            Some(last) if old_line[last.old.end..e.old_range.start].chars().count() < 24 => {
                last.old.end = e.old_range.end;
                last.new.end = e.new_range.end;
            }
            _ => spans.push(Span { old: e.old_range.clone(), new: e.new_range.clone() }),
        }
    }
    // what is rewritten (deleted passages read well as deletions, whatever their length)
    let changed: usize = spans.iter().map(|s| new_line[s.new.clone()].chars().count()).sum();
    if changed * 2 > old_line.chars().count().max(1) {
        return None;
    }
    let mut pairs = Vec::new();
    let mut drafts = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        let lo_bound = if i == 0 { 0 } else { spans[i - 1].old.end };
        let hi_bound = spans.get(i + 1).map_or(old_line.len(), |n| n.old.start);
        let removed = &old_line[s.old.clone()];
        let added = &new_line[s.new.clone()];
        if added.is_empty() && !removed.is_empty() {
            // a deletion the engine's punctuation repair reproduces exactly
            // as notices quote it: without the mark that goes with it
            let mut candidates = Vec::new();
            if let Some(c) = removed.chars().last().filter(|c| "。；，、".contains(*c)) {
                candidates.push(s.old.start..s.old.end - c.len_utf8());
            }
            if let Some(c) = removed.chars().next().filter(|c| "，、".contains(*c)) {
                candidates.push(s.old.start + c.len_utf8()..s.old.end);
            }
            candidates.push(s.old.clone());
            let exact = candidates.into_iter().find(|r| {
                !r.is_empty()
                    && deletion_range(old_line, r.clone()) == s.old
                    && occurrences(scope, &old_line[r.clone()]) == 1
                    && old_line[r.clone()].chars().count() >= 2
                    && balanced(&old_line[r.clone()])
            });
            if let Some(r) = exact {
                drafts.push(Draft::DeleteText { loc: loc.to_string(), text: old_line[r].to_string() });
                continue;
            }
        }
        if removed.is_empty() && s.old.start == old_line.len() && !added.is_empty() && balanced(added) {
            drafts.push(Draft::AppendText { loc: loc.to_string(), text: added.to_string() });
            continue;
        }
        if removed.is_empty()
            && let Some(d) = insertion_after(loc, old_line, s.old.start, lo_bound, added, scope)
        {
            drafts.push(d);
            continue;
        }
        // extend over the unchanged context until the old text is unique where it is searched
        let (mut l, mut r) = (s.old.start, s.old.end);
        let (mut nl, mut nr) = (s.new.start, s.new.end);
        let mut left = true;
        loop {
            let a = &old_line[l..r];
            if a.chars().count() >= 2 && occurrences(scope, a) == 1 && balanced(a) && balanced(&new_line[nl..nr]) {
                break;
            }
            let can_left = l > lo_bound;
            let can_right = r < hi_bound;
            if !can_left && !can_right {
                return None;
            }
            if (left && can_left) || !can_right {
                let p = prev_char(old_line, l);
                nl -= l - p;
                l = p;
            } else {
                let n = next_char(old_line, r);
                nr += n - r;
                r = n;
            }
            left = !left;
        }
        // read whole: extend to the clause (punctuation) when it is close, else to a term boundary,
        // else to the words the quotation touches
        let clause = |c: char| "，。；：、！？,;:（）()《》“”".contains(c);
        let mut whole = false;
        for (limit, stop) in [(10usize, &clause as &dyn Fn(char) -> bool), (4, &boundary as &dyn Fn(char) -> bool)] {
            let (mut el, mut er) = (l, r);
            for _ in 0..limit {
                match old_line[..el].chars().next_back() {
                    Some(c) if el > lo_bound && !stop(c) => el -= c.len_utf8(),
                    _ => break,
                }
            }
            for _ in 0..limit {
                match old_line[er..].chars().next() {
                    Some(c) if er < hi_bound && !stop(c) => er += c.len_utf8(),
                    _ => break,
                }
            }
            let start_ok = el == lo_bound || old_line[..el].chars().next_back().is_none_or(stop);
            let end_ok = er == hi_bound || old_line[er..].chars().next().is_none_or(stop);
            if start_ok && end_ok && balanced(&old_line[el..er]) && balanced(&new_line[nl - (l - el)..nr + (er - r)]) {
                nl -= l - el;
                nr += er - r;
                l = el;
                r = er;
                whole = true;
                break;
            }
        }
        if !whole {
            let (el, er) = words::widen(&words::boundaries(old_line), l, r, lo_bound, hi_bound);
            if balanced(&old_line[el..er]) && balanced(&new_line[nl - (l - el)..nr + (er - r)]) {
                nl -= l - el;
                nr += er - r;
                l = el;
                r = er;
            }
            // no lone function word (的, 和, 由) at either end, outside the change
            let quotable =
                |a: &str, b: &str| a.chars().count() >= 2 && occurrences(scope, a) == 1 && balanced(a) && balanced(b);
            while let Some(c) =
                old_line[l..r].chars().next().filter(|_| lone_function_word(words::first_word(&old_line[l..r])))
                && l + c.len_utf8() <= s.old.start
                && quotable(&old_line[l + c.len_utf8()..r], &new_line[nl + c.len_utf8()..nr])
            {
                l += c.len_utf8();
                nl += c.len_utf8();
            }
            while let Some(c) =
                old_line[l..r].chars().next_back().filter(|_| lone_function_word(words::last_word(&old_line[l..r])))
                && r - c.len_utf8() >= s.old.end
                && quotable(&old_line[l..r - c.len_utf8()], &new_line[nl..nr - c.len_utf8()])
            {
                r -= c.len_utf8();
                nr -= c.len_utf8();
            }
        }
        pairs.push((old_line[l..r].to_string(), new_line[nl..nr].to_string()));
    }
    if !pairs.is_empty() {
        drafts.insert(0, Draft::ReplaceText { loc: loc.to_string(), pairs });
    }
    Some(drafts)
}

/// The whole line replaced (its old text quoted whole).
pub(super) fn line_replacement(loc: &str, old_line: &str, new_line: &str, scope: &[String]) -> Option<Draft> {
    if old_line.is_empty() || occurrences(scope, old_line) != 1 {
        return None;
    }
    if new_line.is_empty() {
        return Some(Draft::DeleteText { loc: loc.to_string(), text: old_line.to_string() });
    }
    Some(Draft::ReplaceText { loc: loc.to_string(), pairs: vec![(old_line.to_string(), new_line.to_string())] })
}

/// Edits joined where at most four characters of `old` separate them (中国|民用航空|局 →
/// 国务院|民用航空|主管部门: one term changed): the old and the new ranges of each joined span.
pub(super) fn joined<'e>(
    old: &str,
    edits: impl Iterator<Item = &'e diff::Edit>,
) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let mut spans: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    for e in edits {
        match spans.last_mut() {
            Some(last) if old[last.0.end..e.old_range.start].chars().count() <= 4 => {
                last.0.end = e.old_range.end;
                last.1.end = e.new_range.end;
            }
            _ => spans.push((e.old_range.clone(), e.new_range.clone())),
        }
    }
    spans
}

/// A phrase inserted where a clause or a phrase of its own begins, as decisions write it: 在第一条中的
/// “保护市场公平竞争”后增加“鼓励创新” (the engine puts the ， between them), 在“提高立法质量”后增加“和效率”.
/// Only where the insertion point stands between two words and the phrase reads on its own: it
/// begins with a mark or a conjunction, or it ends its clause (an insertion inside a term, 交通|运输|
/// 主管部门, is a replacement of the term). The anchor is the clause before the point, or its
/// shortest ending on a word boundary that is unique where the locator searches.
fn insertion_after(loc: &str, line: &str, at: usize, lo: usize, added: &str, scope: &[String]) -> Option<Draft> {
    const JOINERS: [&str; 8] = ["，", "、", "和", "或者", "及", "以及", "并", "与"];
    // “竞争，|鼓励创新，|提高” is the same insertion as “竞争|，鼓励创新|，提高”: read it after the clause
    let rotated;
    let (at, added) = match (line[..at].chars().next_back(), added.chars().next_back()) {
        (Some(b), Some(e)) if b == e && "，、".contains(b) && at - b.len_utf8() > lo => {
            rotated = format!("{b}{}", &added[..added.len() - e.len_utf8()]);
            (at - b.len_utf8(), rotated.as_str())
        }
        _ => (at, added),
    };
    let before = line[..at].chars().next_back()?;
    if at <= lo || !balanced(added) || added.contains('\n') || "，、；。：（“《".contains(before) {
        return None;
    }
    let after = line[at..].chars().next();
    let ends_clause = after.is_none_or(|c| "，；。：、".contains(c));
    if !JOINERS.iter().any(|j| added.starts_with(j)) && !ends_clause {
        return None;
    }
    let bounds = words::boundaries(line);
    if bounds.binary_search(&at).is_err() {
        return None;
    }
    // what to write so that the engine's separator gives the new text
    let text = match added.chars().next() {
        Some(c @ ('，' | '、')) => {
            let rest = &added[c.len_utf8()..];
            (crate::apply::insertion_separator(line, at, rest).starts_with(c) && !rest.is_empty()).then_some(rest)?
        }
        _ => (crate::apply::insertion_separator(line, at, added).is_empty()).then_some(added)?,
    };
    // the anchor: the clause before the point when it is short (在“保护市场公平竞争”后增加…, as the
    // 2022 反垄断法 decision writes it), else its shortest ending on a word boundary that is unique
    // (在“商业秘密”后增加…)
    let clause_start = line[lo..at]
        .rfind(['，', '。', '；', '：', '、', '（', '“'])
        .map_or(lo, |i| lo + i + line[lo + i..].chars().next().map_or(0, char::len_utf8));
    let usable = |a: &&str| {
        a.chars().count() >= 2 && occurrences(scope, a) == 1 && balanced(a) && !lone_function_word(words::first_word(a))
    };
    let clause = &line[clause_start..at];
    let anchor = if clause.chars().count() <= 12 && bounds.binary_search(&clause_start).is_ok() && usable(&clause) {
        clause
    } else {
        bounds.iter().rev().copied().filter(|&b| b >= clause_start && b < at).map(|b| &line[b..at]).find(usable)?
    };
    Some(Draft::InsertText { loc: loc.to_string(), anchor: anchor.to_string(), text: text.to_string() })
}
