//! The same change in several units, written once, as decisions write it: 将第二十三条、第三十七条、
//! 第四十七条中的“交通主管部门”统一修改为“交通运输主管部门” (a replacement that holds in those articles but
//! not in the whole text, so no 全文 renaming), 删去第三十六条、第三十八条、第四十八条中的“申请” (one
//! deletion repeated in several units).

use std::collections::HashMap;

use super::draft::{Draft, Planned};
use super::locate::{article, locator_of};
use super::terms::{balanced, lone_function_word, same_company};
use crate::diff::normalize::formatting_only;
use crate::diff::{self, DiffOptions, UnitKind};
use crate::document::{Document, Kind, Node};
use crate::text::words;

/// Several articles named as one locator, in document order: runs of three or more consecutive
/// articles as a range (第四条至第六条), the others listed with 、 (第十二条、第十三条).
pub fn join_articles(articles: &[&Node]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < articles.len() {
        let mut j = i;
        while j + 1 < articles.len()
            && articles[j].sub_number.is_none()
            && articles[j + 1].sub_number.is_none()
            && articles[j + 1].number.zip(articles[j].number).is_some_and(|(b, a)| b == a + 1)
        {
            j += 1;
        }
        if j - i >= 2 {
            out.push(format!("{}至{}", article(articles[i]), article(articles[j])));
        } else {
            out.extend(articles[i..=j].iter().map(|n| article(n)));
        }
        i = j + 1;
    }
    out.join("、")
}

/// Candidate replacements A → B of one changed unit: each edit (edits a few characters apart joined
/// into one: 道路|运输|管理机构 → 地方人民政府交通|运输|主管部门) widened to the words it touches, on
/// both sides alike (the context around an edit is the same in both texts).
fn candidates(old_t: &str, new_t: &str, edits: &[&diff::Edit], out: &mut Vec<(String, String)>) {
    let spans = super::phrase::joined(old_t, edits.iter().copied());
    let (ob, nb) = (words::boundaries(old_t), words::boundaries(new_t));
    for (o, n) in spans {
        // an insertion takes the words on both sides of it (交通|运输|主管部门: 交通主管部门)
        let (s, e) = if o.is_empty() {
            (
                old_t[..o.start].char_indices().next_back().map_or(0, |(i, _)| i),
                old_t[o.end..].chars().next().map_or(o.end, |c| o.end + c.len_utf8()),
            )
        } else {
            (o.start, o.end)
        };
        let (ws, we) = words::widen(&ob, s, e, 0, old_t.len());
        // the words touched, and one word more on either side (卫生|行政部门 where other 行政部门 stay)
        let left = ob.iter().rev().find(|&&b| b < ws).copied().unwrap_or(ws);
        let right = ob.iter().find(|&&b| b > we).copied().unwrap_or(we);
        for (ws, we) in [(ws, we), (left, we), (ws, right)] {
            let Some((ws, we, ns, ne)) = whole_on_both_sides(old_t, new_t, &ob, &nb, (&o, &n), (ws, we)) else {
                continue;
            };
            let pair = (old_t[ws..we].to_string(), new_t[ns..ne].to_string());
            if !out.contains(&pair) {
                out.push(pair);
            }
        }
    }
}

/// The window `ws..we` of the old text around the edit `o` (→ `n` in the new text), and the same
/// window of the new text (the context around an edit is the same in both), widened until it
/// stands on word boundaries in both texts: 合作|经济|组织 → 合作社 is quoted 合作经济组织 → 合作社, never
/// 经济组织 → 社. `None` when the context differs or the window cannot settle.
fn whole_on_both_sides(
    old_t: &str,
    new_t: &str,
    ob: &[usize],
    nb: &[usize],
    (o, n): (&std::ops::Range<usize>, &std::ops::Range<usize>),
    (mut ws, mut we): (usize, usize),
) -> Option<(usize, usize, usize, usize)> {
    for _ in 0..4 {
        let (before, after) = (old_t.get(ws..o.start)?, old_t.get(o.end..we)?);
        if n.start < before.len() || !new_t[..n.start].ends_with(before) || !new_t[n.end..].starts_with(after) {
            return None;
        }
        let (ns, ne) = (n.start - before.len(), n.end + after.len());
        let (nws, nwe) = words::widen(nb, ns, ne, 0, new_t.len());
        if (nws, nwe) == (ns, ne) && ob.binary_search(&ws).is_ok() && ob.binary_search(&we).is_ok() {
            return Some((ws, we, ns, ne));
        }
        // the new side's words, carried back to the old side and widened there
        let (back, fore) = (ns - nws, nwe - ne);
        let (s, e) = (ws.checked_sub(back)?, we + fore);
        if e > old_t.len() || !old_t.is_char_boundary(s) || !old_t.is_char_boundary(e) {
            return None;
        }
        (ws, we) = words::widen(ob, s, e, 0, old_t.len());
    }
    None
}

/// Whether A → B reads as a term replaced: at least two characters, one line, no clause
/// punctuation, brackets whole, not a function word at either end, not a formatting change, and B
/// does not hold A (so that "A is gone" means it was replaced).
fn term_pair(a: &str, b: &str) -> bool {
    let stops = ['\n', '，', '。', '；', '：', ',', ';', ':'];
    a.chars().count() >= 2
        && !a.contains(stops)
        && !b.contains(stops)
        && !b.contains(a)
        && balanced(a)
        && balanced(b)
        && !formatting_only(a, b)
        && !lone_function_word(words::first_word(a))
        && !lone_function_word(words::last_word(a))
        // a number is quoted with its unit (5万元), never cut from it
        && !a.ends_with(|c: char| c.is_ascii_digit())
        && !b.ends_with(|c: char| c.is_ascii_digit())
}

/// Whether replacing every A by B in `old` settles the change where each A stood: no other change
/// touches a B (“经营额”→“所得” in 违法经营额1万元以上的, whose number changes right after it, is a piece
/// of a rewritten clause, not a term replaced; 依法 deleted in 应当依法向交通主管部门, a word apart, is a
/// change of its own), and most of the article is not still to be rewritten (an article a decision
/// then replaces whole).
fn settles(old: &str, a: &str, b: &str, new: &str) -> bool {
    let replaced = old.replace(a, b);
    if rewritten(&replaced, new) {
        return false;
    }
    // where the Bs stand in the replaced text
    let grow = b.len() as isize - a.len() as isize;
    let spans: Vec<(usize, usize)> = old
        .match_indices(a)
        .enumerate()
        .map(|(k, (i, _))| {
            let at = (i as isize + grow * k as isize) as usize;
            (at, at + b.len())
        })
        .collect();
    diff::inline::diff_text(&replaced, new)
        .iter()
        .filter(|e| !e.formatting)
        .all(|e| spans.iter().all(|&(s, t)| e.old_range.end < s || e.old_range.start > t))
}

/// Whether most of `new` is still to be written after `old` (an article a decision then rewrites
/// whole, which a grouped replacement need not name): the measure [`super::plan`] uses for lines.
fn rewritten(old: &str, new: &str) -> bool {
    let changed: usize = diff::inline::diff_text(old, new).iter().map(|e| e.new.chars().count()).sum();
    changed * 2 > old.chars().count().max(1)
}

/// Replacements that hold, at every occurrence, in two or more articles but not in the whole text
/// (the whole-text renamings come before): in each article of the group every A became a B and no
/// A is left. Laws only (policy notices name items one by one). Returns one draft per pair, the
/// pairs with the largest groups first, none whose A or B overlaps an earlier one's.
pub fn scoped_renames(old: &Document, new: &Document, keep: bool) -> Vec<Draft> {
    if old.family != crate::document::Family::Law {
        return Vec::new();
    }
    let d = diff::diff_documents(old, new, &DiffOptions::default());
    // aligned articles: old node, old text, new text
    let mut aligned: Vec<(&Node, &str, &str)> = Vec::new();
    let mut cands: Vec<(String, String)> = Vec::new();
    for c in &d.changes {
        let (Some(o), Some(n)) = (&c.old, &c.new) else { continue };
        if c.unit != UnitKind::Clause || o.kind != Kind::Article {
            continue;
        }
        let Some(node) = old.root.find_path(&o.path) else { continue };
        aligned.push((node, o.text.as_str(), n.text.as_str()));
        let edits: Vec<&diff::Edit> = c.edits.iter().filter(|e| keep || !e.formatting).collect();
        candidates(&o.text, &n.text, &edits, &mut cands);
    }
    let mut groups: Vec<(Vec<&Node>, String, String)> = Vec::new();
    for (a, b) in cands.into_iter().filter(|(a, b)| term_pair(a, b)) {
        let mut group: Vec<&Node> = Vec::new();
        for &(node, ot, nt) in &aligned {
            let had = ot.matches(a.as_str()).count();
            // every A became a B, in the same company (道路运输管理机构 → 人民政府交通运输主管部门 does not
            // hold where 县级以上 came before it and 县级以上地方 comes before the B)
            if had > 0
                && nt.matches(a.as_str()).count() == 0
                && nt.matches(b.as_str()).count() >= ot.matches(b.as_str()).count() + had
                && same_company(ot, &a, nt, &b)
                && settles(ot, &a, &b, nt)
            {
                group.push(node);
            }
        }
        if group.len() >= 2 {
            groups.push((group, a, b));
        }
    }
    // the largest group first; of the same group, the shortest quotation (the term, not its context)
    groups.sort_by(|x, y| {
        y.0.len().cmp(&x.0.len()).then(x.1.chars().count().cmp(&y.1.chars().count())).then(x.1.cmp(&y.1))
    });
    let mut out: Vec<Draft> = Vec::new();
    let mut taken: Vec<(String, String)> = Vec::new();
    for (mut group, a, b) in groups {
        if taken.iter().any(|(x, y)| {
            x.contains(a.as_str()) || a.contains(x.as_str()) || y.contains(a.as_str()) || b.contains(x.as_str())
        }) {
            continue;
        }
        let order: HashMap<&str, usize> = old.nodes().iter().enumerate().map(|(i, n)| (n.path.as_str(), i)).collect();
        group.sort_by_key(|n| order.get(n.path.as_str()).copied().unwrap_or(usize::MAX));
        out.push(Draft::ReplaceIn { loc: join_articles(&group), from: a.clone(), to: b.clone() });
        taken.push((a, b));
    }
    out
}

/// One deletion of the same text in several articles (or their 款 and 项), written once: 删去第三十六条、
/// 第三十八条、第四十八条中的“申请”. Each group keeps the place of its first deletion.
pub fn merge_deletions(old: &Document, drafts: Vec<Planned>) -> Vec<Planned> {
    let is_article_loc =
        |loc: &str| old.nodes().iter().any(|n| n.kind == Kind::Article && locator_of(old, n).as_deref() == Some(loc));
    let mut by_text: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<Planned> = Vec::new();
    for p in drafts {
        if let Draft::DeleteText { loc, text } = &p.draft
            && is_article_loc(loc)
        {
            if let Some(&k) = by_text.get(text) {
                if let Draft::DeleteText { loc: first, .. } = &mut out[k].draft {
                    first.push('、');
                    first.push_str(loc);
                }
                continue;
            }
            by_text.insert(text.clone(), out.len());
        }
        out.push(p);
    }
    out
}
