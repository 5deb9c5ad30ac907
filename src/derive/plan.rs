//! From two versions to draft instructions: whole-text renamings and unit merges/deletions first
//! (when they hold at every occurrence), then, unit by unit along the clause alignment of
//! [`crate::diff`], the shortest phrase edits that are unique where they will be searched, and
//! whole replacements where most of a unit changed or its structure did.

use std::collections::{HashMap, HashSet};

use super::draft::{Draft, Planned};
use super::locate::{locator_of, occurrences, parent_of, scope_for, scope_text};
use crate::apply::{UnitList, deletion_range, unit_blocks};
use crate::diff::normalize::{formatting_only, normalize};
use crate::diff::{self, ChangeKind, DiffOptions, DocumentDiff, UnitKind};
use crate::document::{Document, Family, Kind, Node};
use crate::text::words;

/// Whether two texts are the same for the notice: byte for byte when formatting is amended
/// (`keep`), else up to formatting (full/half-width forms, quote styles, spaces), which a drafter
/// leaves out.
fn same_text(a: &str, b: &str, keep: bool) -> bool {
    a == b || (!keep && normalize(a) == normalize(b))
}

/// The new line as the notice writes it: as it is when formatting is amended (`keep`), else with
/// the passages that differ in formatting only written as in the old line, so that the context
/// around every edit is the same on both sides and no quotation carries a formatting change.
fn line_to_write(old_line: &str, new_line: &str, keep: bool) -> String {
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

/// Node kinds outside the text amendments touch (Markdown metadata).
fn is_metadata(k: Kind) -> bool {
    matches!(k, Kind::History | Kind::InfoEnd | Kind::FrontMatter | Kind::DocNumber | Kind::Header)
}

/// The lines whole-text operations act on.
fn body_lines(doc: &Document) -> Vec<String> {
    doc.nodes().into_iter().filter(|n| !is_metadata(n.kind) && n.kind != Kind::Document).map(|n| n.line()).collect()
}

/// Characters at which a term ends: punctuation, and the function words around terms.
fn boundary(c: char) -> bool {
    !(('\u{4e00}'..='\u{9fff}').contains(&c) || c.is_alphanumeric()) || function_char(c)
}

/// The one-character function words that stand between terms (的, 和, 由, 中 …).
fn function_char(c: char) -> bool {
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
fn candidates(old_t: &str, new_t: &str, e: &crate::diff::Edit, out: &mut HashSet<(String, String)>) {
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

/// Whether a term starts and ends at boundaries in `text` wherever it occurs.
/// One replacement that makes the whole change of a line where it occurs several times: 将第四条中的
/// “中国民用航空局”修改为“国务院民用航空主管部门” (the engine replaces every occurrence in the unit,
/// as decisions mean). Only when every occurrence where the locator searches is in this line; the
/// shortest such term that is quoted whole.
fn same_replacement(
    loc: &str,
    old_line: &str,
    new_line: &str,
    scope: &[String],
    edits: &[crate::diff::Edit],
    keep: bool,
) -> Option<Draft> {
    // the edits, joined where a few characters separate them (中国|民用航空|局: one term)
    let mut spans: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    for e in edits {
        match spans.last_mut() {
            Some(last) if old_line[last.0.end..e.old_range.start].chars().count() <= 4 => {
                last.0.end = e.old_range.end;
                last.1.end = e.new_range.end;
            }
            _ => spans.push((e.old_range.clone(), e.new_range.clone())),
        }
    }
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
        || !same_text(&old_line.replace(a, b), new_line, keep)
    {
        return None;
    }
    let (a, b) = (a.to_string(), b.to_string());
    Some(Draft::ReplaceText { loc: loc.to_string(), pairs: vec![(a, b)] })
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
fn quotable(a: &str, b: &str) -> bool {
    (balanced(a) && balanced(b)) || (one_mark(a) && one_mark(b))
}

/// A single mark (a bracket, a comma): what formatting renamings replace.
fn one_mark(s: &str) -> bool {
    s.chars().count() == 1 && s.chars().all(|c| !c.is_alphanumeric())
}

/// A → B extended over the context every occurrence of A shares, while A cuts a word: when each A of the old text is
/// preceded (or followed) by the same character, A is a fragment of a longer term, and the drafter
/// quotes the term (作经济组织 → 作社 is 农民专业合作经济组织 → 农民专业合作社). The context is the same
/// on the new side, since it did not change.
fn to_common_context(text: &str, new_text: &str, mut a: String, mut b: String) -> (String, String) {
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
fn varied(text: &str, a: &str) -> bool {
    let edge = |set: HashSet<Option<char>>| set.into_iter().map(|c| c.filter(|&c| c != '\n')).collect::<HashSet<_>>();
    let (before, after) = around(text, a);
    edge(before).len() >= 2 && edge(after).len() >= 2
}

/// The characters right before and right after the occurrences of `s` in `text` (`None` at the
/// start or end of the text).
fn around(text: &str, s: &str) -> (HashSet<Option<char>>, HashSet<Option<char>>) {
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
fn context_selection(text: &str, a: &str, b: &str) -> bool {
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
fn whole_words(lines: &[String], a: &str) -> bool {
    lines.iter().filter(|l| l.contains(a)).all(|l| {
        let bounds = words::boundaries(l);
        l.match_indices(a)
            .all(|(i, _)| bounds.binary_search(&i).is_ok() && bounds.binary_search(&(i + a.len())).is_ok())
    })
}

fn natural(text: &str, a: &str) -> bool {
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

/// A labelled list of responsible units: the path of the content it closes (a units line's
/// parent, or the item whose text holds the parenthetical), and the list.
struct Listed {
    host: String,
    list: UnitList,
}

/// The labelled lists of responsible units of a document ([`unit_blocks`]: units lines and
/// parentheticals), by the path of their line and their label (`一/（一）/责任单位#责任单位`,
/// `二/（一）#牵头单位`, a second list of the same label in the line `#牵头单位2`).
fn labelled_lists(d: &Document) -> HashMap<String, Listed> {
    let mut out = HashMap::new();
    for n in d.nodes() {
        if is_metadata(n.kind) || n.kind == Kind::Document {
            continue;
        }
        let line = n.line();
        let blocks = unit_blocks(&line);
        let host = match n.kind {
            Kind::Units => n.path.rsplit_once('/').map_or(String::new(), |(h, _)| h.to_string()),
            _ => n.path.clone(),
        };
        let mut names: HashMap<&str, usize> = HashMap::new();
        for l in blocks.iter().flat_map(|b| &b.lists) {
            let k = names.entry(l.name.as_str()).or_default();
            *k += 1;
            let key = if *k > 1 { format!("{}#{}{k}", n.path, l.name) } else { format!("{}#{}", n.path, l.name) };
            out.insert(key, Listed { host: host.clone(), list: UnitList::parse(&line[l.list.clone()]) });
        }
    }
    out
}

/// The members of each list: as written (with its group's 省) and bare.
fn unit_lists(lists: &HashMap<String, Listed>) -> HashMap<String, Vec<(String, String)>> {
    lists.iter().map(|(k, l)| (k.clone(), l.list.members())).collect()
}

/// Lists in both versions: the members removed and the members added.
type ListChanges<'a> = Vec<(&'a String, Vec<&'a (String, String)>, Vec<&'a (String, String)>)>;

fn list_changes<'a>(
    old_lists: &'a HashMap<String, Vec<(String, String)>>,
    new_lists: &'a HashMap<String, Vec<(String, String)>>,
) -> ListChanges<'a> {
    let mut out = Vec::new();
    for (path, old_members) in old_lists {
        let Some(new_members) = new_lists.get(path) else { continue };
        let new_full: HashSet<&String> = new_members.iter().map(|(f, _)| f).collect();
        let old_full: HashSet<&String> = old_members.iter().map(|(f, _)| f).collect();
        let removed = old_members.iter().filter(|(f, _)| !new_full.contains(f)).collect();
        let added = new_members.iter().filter(|(f, _)| !old_full.contains(f)).collect();
        out.push((path, removed, added));
    }
    out
}

/// Merges seen in some list: two or three units removed where one was added (bare names, the new
/// unit as written).
fn merge_candidates(changes: &ListChanges) -> Vec<(Vec<String>, String)> {
    let mut out: Vec<(Vec<String>, String)> = changes
        .iter()
        .filter(|(_, removed, added)| (2..=3).contains(&removed.len()) && added.len() == 1)
        .map(|(_, removed, added)| (removed.iter().map(|(_, b)| b.clone()).collect(), added[0].0.clone()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Units that a merge would bring into a list whose units the new version deletes instead, with
/// the content they were responsible for: notices delete them with that content (删除第四点中“…”的
/// 表述，并相应删除该内容责任单位中的“地税局”“省国税局”) before merging them everywhere else. Returns
/// the path of the list's parent (the point or item) and the units as written in the list.
pub fn consequential_units(old: &Document, new: &Document) -> Vec<(String, Vec<String>)> {
    if old.family == Family::Law {
        return Vec::new();
    }
    let old_labelled = labelled_lists(old);
    let (old_lists, new_lists) = (unit_lists(&old_labelled), unit_lists(&labelled_lists(new)));
    let changes = list_changes(&old_lists, &new_lists);
    let mut out = Vec::new();
    for (units, into) in merge_candidates(&changes) {
        for (key, removed, added) in &changes {
            let gone: HashSet<&String> = removed.iter().filter(|(_, b)| units.contains(b)).map(|(f, _)| f).collect();
            if gone.len() == units.len() && !added.iter().any(|(f, _)| *f == into) {
                let Some(Listed { host, list }) = old_labelled.get(*key) else { continue };
                let written: Vec<String> = list
                    .members()
                    .iter()
                    .zip(list.written())
                    .filter(|((f, _), _)| gone.contains(f))
                    .map(|(_, w)| w)
                    .collect();
                out.push((host.clone(), written));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Unit merges and deletions that hold in every list of responsible units (policy notices).
pub fn unit_ops(old: &Document, new: &Document) -> Vec<Draft> {
    if old.family == Family::Law {
        return Vec::new();
    }
    let (old_lists, new_lists) = (unit_lists(&labelled_lists(old)), unit_lists(&labelled_lists(new)));
    let new_body = body_lines(new).join("\n");
    let changes = list_changes(&old_lists, &new_lists);
    let mut deletes: HashSet<String> = HashSet::new();
    for (_, removed, added) in &changes {
        if added.is_empty() {
            deletes.extend(removed.iter().map(|(_, bare)| bare.clone()));
        }
    }
    let mut out = Vec::new();
    let mut merged: HashSet<String> = HashSet::new();
    for (units, into) in merge_candidates(&changes) {
        // consistent: in every list holding one of the units, the new version has the merged unit
        let ok = old_lists.iter().all(|(p, members)| {
            let holds = members.iter().any(|(_, b)| units.contains(b));
            !holds || new_lists.get(p).is_some_and(|n| n.iter().any(|(f, _)| *f == into))
        }) && units.iter().all(|u| !new_body.contains(u.as_str()));
        if ok && units.len() >= 2 {
            merged.extend(units.iter().cloned());
            out.push(Draft::MergeUnits { units, into });
        }
    }
    let mut ds: Vec<String> = deletes
        .into_iter()
        .filter(|u| !merged.contains(u) && !new_body.contains(u.as_str()) && u.chars().count() >= 2)
        .collect();
    ds.sort();
    if !ds.is_empty() {
        out.push(Draft::DeleteUnits { units: ds });
    }
    out
}

/// What the local pass produced.
pub struct LocalPlan {
    pub drafts: Vec<Planned>,
    /// Whether numbering changes (articles or headings inserted, deleted or moved).
    pub renumber: bool,
    /// Whether the Markdown metadata block differs (and is left out).
    pub metadata_differs: bool,
}

/// The lines of a unit, as apply searches them: an article's 款 and 项 (its own line holds only the
/// label), an item's own line and what hangs under it, a heading's or a paragraph's own line.
fn unit_lines(node: &Node) -> Vec<&Node> {
    match node.kind {
        Kind::Article => node.descendants().into_iter().skip(1).collect(),
        Kind::Item | Kind::SubItem | Kind::SubSubItem | Kind::CircledItem | Kind::Paragraph => node.descendants(),
        _ => vec![node],
    }
}

/// The locator for an edit in `line`: the 款 or 项 itself in laws (the article when it has one
/// 款), the item (or point) it belongs to in notices.
fn line_locator(doc: &Document, line: &Node) -> Option<(String, Vec<String>)> {
    let Some(scope) = scope_for(doc, line) else {
        // text outside every numbered unit (a preamble, a closing paragraph): the whole text
        return Some(("全文".into(), body_lines(doc)));
    };
    let scope = match (doc.family, scope.kind) {
        (Family::Law, Kind::Paragraph) => {
            let article = parent_of(doc, scope)?;
            if article.children.iter().filter(|c| c.kind == Kind::Paragraph).count() == 1 { article } else { scope }
        }
        _ => scope,
    };
    Some((locator_of(doc, scope)?, scope_text(scope)))
}

/// A span of the old and the new line that changed.
#[derive(Debug, Clone)]
struct Span {
    old: std::ops::Range<usize>,
    new: std::ops::Range<usize>,
}

fn char_floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn prev_char(s: &str, i: usize) -> usize {
    char_floor(s, i.saturating_sub(1))
}

fn next_char(s: &str, i: usize) -> usize {
    s[i..].chars().next().map_or(i, |c| i + c.len_utf8())
}

/// Phrase drafts turning `old_line` into `new_line` inside a scope. `None` when the edits cannot be
/// made unique there (the caller replaces the line).
fn phrase_drafts(loc: &str, old_line: &str, new_line: &str, scope: &[String], keep: bool) -> Option<Vec<Draft>> {
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
fn line_replacement(loc: &str, old_line: &str, new_line: &str, scope: &[String]) -> Option<Draft> {
    if old_line.is_empty() || occurrences(scope, old_line) != 1 {
        return None;
    }
    if new_line.is_empty() {
        return Some(Draft::DeleteText { loc: loc.to_string(), text: old_line.to_string() });
    }
    Some(Draft::ReplaceText { loc: loc.to_string(), pairs: vec![(old_line.to_string(), new_line.to_string())] })
}

fn unit_char(k: Kind) -> &'static str {
    match k {
        Kind::Article => "条",
        Kind::Chapter => "章",
        Kind::Section => "节",
        Kind::Part => "编",
        Kind::Point => "点",
        _ => "项",
    }
}

/// The lines a new unit is written with: an article's paragraphs (its label comes from 作为第Y条),
/// an item's or a heading's own line (label included) and what hangs under it.
fn new_unit_paragraphs(node: &Node) -> Vec<String> {
    match node.kind {
        Kind::Article => node.descendants().into_iter().skip(1).map(|n| n.line()).collect(),
        _ => node.descendants().into_iter().map(|n| n.line()).collect(),
    }
}

/// The local drafts, along the clause alignment of `old` (after the whole-text operations) and
/// `new`. Units whose new path is in `coarse` are replaced whole.
/// Units that differ in formatting only are left alone unless formatting is amended (`keep`).
pub fn local(old: &Document, new: &Document, coarse: &HashSet<String>, keep: bool) -> Result<LocalPlan, String> {
    let d: DocumentDiff = diff::diff_documents(old, new, &DiffOptions::default());
    let mut drafts: Vec<Planned> = Vec::new();
    let mut renumber = false;
    let mut metadata_differs = false;
    // old nodes that survive, by new path, for anchoring insertions
    let survivors: HashMap<&str, &str> = d
        .changes
        .iter()
        .filter(|c| matches!(c.unit, UnitKind::Clause | UnitKind::Heading) && !c.moved)
        .filter_map(|c| Some((c.new.as_ref()?.path.as_str(), c.old.as_ref()?.path.as_str())))
        .collect();
    let mut absorbed: HashSet<String> = HashSet::new();
    let rewritten = rewritten_in_place(&d, &survivors);
    for c in &d.changes {
        if c.unit == UnitKind::Metadata {
            if c.is_change() {
                metadata_differs = true;
            }
            continue;
        }
        let new_path = c.new.as_ref().map(|s| s.path.clone());
        let old_path = c.old.as_ref().map(|s| s.path.as_str());
        // a new article quoted in a new chapter's insertion is not inserted again (its old place,
        // if it moved, is still deleted)
        let is_absorbed = new_path.as_ref().is_some_and(|p| absorbed.contains(p));
        let onode = old_path.and_then(|p| old.root.find_path(p));
        let nnode = new_path.as_deref().and_then(|p| new.root.find_path(p));
        let is_coarse = new_path.as_ref().is_some_and(|p| coarse.contains(p));
        let plan = |draft: Draft| Planned { draft, new_path: new_path.clone() };
        // an article deleted where a new one of its number is inserted: the article rewritten
        if let (Some(o), Some(n)) = (onode, old_path.and_then(|p| rewritten.get(p)).and_then(|p| new.root.find_path(p)))
        {
            let loc = locator_of(old, o).ok_or("article without locator")?;
            let paragraphs = new_unit_paragraphs(n).into_iter().filter(|l| !l.is_empty()).collect();
            drafts.push(Planned { draft: Draft::ReplaceNode { loc, paragraphs }, new_path: Some(n.path.clone()) });
            continue;
        }
        if new_path.as_ref().is_some_and(|p| rewritten.values().any(|v| v == p)) {
            continue;
        }
        // a unit that moved (changed or not) is deleted where it stood and inserted where it stands;
        // a unit the round trip did not reproduce is rewritten whole, whatever the diff called it
        let change = if c.moved {
            ChangeKind::Moved
        } else if matches!(c.change, ChangeKind::Renumbered | ChangeKind::Unchanged) && is_coarse {
            ChangeKind::Modified
        } else {
            c.change
        };
        match change {
            ChangeKind::Unchanged => {}
            ChangeKind::Renumbered => renumber = true,
            ChangeKind::Deleted | ChangeKind::Inserted | ChangeKind::Moved => {
                renumber |= new.family == Family::Law;
                if let (Some(o), true) = (onode, matches!(change, ChangeKind::Deleted | ChangeKind::Moved)) {
                    let loc = locator_of(old, o).ok_or_else(|| format!("{}: no locator names this unit", o.path))?;
                    let draft = if matches!(o.kind, Kind::Chapter | Kind::Section | Kind::Part) {
                        Draft::DeleteHeading { loc, unit: unit_char(o.kind) }
                    } else if o.kind == Kind::Item && old.family != Family::Law && !children_gone(o, old, new) {
                        // the item's line only: what hangs under it stays (删除…中“（一）…”的表述)
                        let (loc, scope) = line_locator(old, o).ok_or_else(|| format!("{}: no locator", o.path))?;
                        let line = o.line();
                        let text = line.strip_suffix(['。', '；']).unwrap_or(&line).to_string();
                        if occurrences(&scope, &text) != 1 {
                            return Err(format!("{}: cannot quote this line uniquely", o.path));
                        }
                        Draft::DeleteText { loc, text }
                    } else if locator_of(old, o).is_some() && !matches!(o.kind, Kind::Text | Kind::Units) {
                        Draft::DeleteNode { loc }
                    } else {
                        let (loc, scope) =
                            line_locator(old, o).ok_or_else(|| format!("{}: no locator names this line", o.path))?;
                        line_replacement(&loc, &o.line(), "", &scope)
                            .ok_or_else(|| format!("{}: cannot quote this line uniquely", o.path))?
                    };
                    drafts.push(plan(draft));
                }
                if let (Some(n), true) =
                    (nnode, matches!(change, ChangeKind::Inserted | ChangeKind::Moved) && !is_absorbed)
                {
                    // a paragraph that only seems new: its line stands in the old version, under a unit
                    // whose own line goes (它 moves up with it)
                    if matches!(n.kind, Kind::Text | Kind::Units) && old.nodes().iter().any(|o| o.line() == n.line()) {
                        continue;
                    }
                    let draft = insertion(old, new, n, &survivors, &mut absorbed)?;
                    drafts.push(plan(draft));
                }
            }
            ChangeKind::Modified | ChangeKind::Formatting => {
                let (Some(o), Some(n)) = (onode, nnode) else { continue };
                if c.old.as_ref().map(|s| &s.number) != c.new.as_ref().map(|s| &s.number) {
                    renumber |= new.family == Family::Law;
                }
                if change == ChangeKind::Formatting && !keep && !is_coarse {
                    continue;
                }
                drafts.extend(modified(old, o, n, is_coarse, keep)?.into_iter().map(plan));
            }
        }
    }
    Ok(LocalPlan { drafts, renumber, metadata_differs })
}

/// Articles that the alignment calls deleted, where the new version has an inserted article of the
/// same number in the same place (the articles before it kept their numbers): an article rewritten
/// so thoroughly that no text links the two, which a decision writes 将第十一条修改为：“…”. Old path →
/// new path.
fn rewritten_in_place(d: &DocumentDiff, survivors: &HashMap<&str, &str>) -> HashMap<String, String> {
    let deleted: Vec<&str> = d
        .changes
        .iter()
        .filter(|c| c.change == ChangeKind::Deleted && c.unit == UnitKind::Clause)
        .filter_map(|c| c.old.as_ref().filter(|s| s.kind == Kind::Article).map(|s| s.path.as_str()))
        .collect();
    let inserted: HashSet<&str> = d
        .changes
        .iter()
        .filter(|c| c.change == ChangeKind::Inserted && c.unit == UnitKind::Clause)
        .filter_map(|c| c.new.as_ref().filter(|s| s.kind == Kind::Article).map(|s| s.path.as_str()))
        .collect();
    // numbering kept up to there: every surviving article keeps its path until the last one before
    let kept_before = |path: &str| {
        let number = |p: &str| {
            let n = p.rsplit('/').next()?.strip_prefix('第')?.strip_suffix('条')?;
            crate::text::numerals::parse(n)
        };
        let Some(k) = number(path) else { return false };
        survivors.iter().filter(|(_, o)| number(o).is_some_and(|x| x < k)).all(|(n, o)| n == o)
    };
    deleted
        .into_iter()
        .filter(|p| inserted.contains(p) && kept_before(p))
        .map(|p| (p.to_string(), p.to_string()))
        .collect()
}

/// Whether every line under a node is gone from the new version too.
/// (A line that stands elsewhere too, such as a 责任单位 line shared by two items, is gone when the
/// new version has fewer of it than the old one.)
fn children_gone(node: &Node, old: &Document, new: &Document) -> bool {
    let count = |d: &Document, line: &str| d.nodes().iter().filter(|n| n.line() == line).count();
    node.descendants().into_iter().skip(1).all(|c| {
        let line = c.line();
        count(new, &line) < count(old, &line)
    })
}

/// Drafts for a unit that changed.
fn modified(old: &Document, o: &Node, n: &Node, coarse: bool, keep: bool) -> Result<Vec<Draft>, String> {
    // headings: the name, or the whole line when more than the name changed
    if matches!(o.kind, Kind::Chapter | Kind::Section | Kind::Part) {
        let loc = locator_of(old, o).ok_or("heading without locator")?;
        return Ok(vec![if o.sep == n.sep && o.label == n.label && !coarse {
            Draft::ReplaceHeading { loc, heading: n.text.clone() }
        } else {
            Draft::ReplaceNode { loc, paragraphs: vec![n.line()] }
        }]);
    }
    let (ol, nl) = (unit_lines(o), unit_lines(n));
    if o.kind == Kind::Article && (ol.len() != nl.len() || coarse) {
        let loc = locator_of(old, o).ok_or("article without locator")?;
        return Ok(vec![Draft::ReplaceNode {
            loc,
            paragraphs: new_unit_paragraphs(n).into_iter().filter(|l| !l.is_empty()).collect(),
        }]);
    }
    let mut out = Vec::new();
    // lines that went (an item whose own line was deleted, its text kept) or changed place
    let pairs: Vec<(&Node, &Node)> = if ol.len() == nl.len() {
        ol.iter().copied().zip(nl.iter().copied()).collect()
    } else {
        let (a, b): (Vec<String>, Vec<String>) =
            (ol.iter().map(|n| n.line()).collect(), nl.iter().map(|n| n.line()).collect());
        let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b);
        let mut pairs = Vec::new();
        for op in ops {
            match op {
                similar::DiffOp::Equal { .. } => {}
                similar::DiffOp::Delete { old_index, old_len, .. } => {
                    for line in &ol[old_index..old_index + old_len] {
                        let (loc, scope) =
                            line_locator(old, line).ok_or_else(|| format!("{}: no locator", line.path))?;
                        let text = line.line();
                        let text = text.strip_suffix(['。', '；']).unwrap_or(&text).to_string();
                        if occurrences(&scope, &text) != 1 {
                            return Err(format!("{}: cannot quote this line uniquely", line.path));
                        }
                        out.push(Draft::DeleteText { loc, text });
                    }
                }
                similar::DiffOp::Replace { old_index, old_len, new_index, new_len } if old_len == new_len => {
                    pairs.extend(
                        ol[old_index..old_index + old_len]
                            .iter()
                            .copied()
                            .zip(nl[new_index..new_index + new_len].iter().copied()),
                    );
                }
                // lines added to the unit (a 责任单位 line under an item) or some replaced by more or
                // fewer: the unit rewritten whole, its lines quoted (将第一项修改为：“（一）…”“责任单位：…”)
                _ => {
                    let loc = locator_of(old, o).ok_or_else(|| {
                        format!("{}: lines were added to it, and no locator names it to rewrite it whole", o.path)
                    })?;
                    return Ok(vec![Draft::ReplaceNode { loc, paragraphs: new_unit_paragraphs(n) }]);
                }
            }
        }
        pairs
    };
    for (a, b) in pairs {
        let (a, b) = (&a, &b);
        let (old_line, new_line) = (a.line(), b.line());
        if same_text(&old_line, &new_line, keep) {
            continue;
        }
        let (loc, scope) = line_locator(old, a).ok_or_else(|| format!("{}: no locator names this line", a.path))?;
        let phrase = if coarse { None } else { phrase_drafts(&loc, &old_line, &new_line, &scope, keep) };
        match phrase {
            Some(ds) => out.extend(ds),
            None => {
                // the whole line: an item or a 款 by its locator, other lines quoted whole
                let own = matches!(a.kind, Kind::Item | Kind::Paragraph | Kind::SubItem) && a.children.is_empty();
                let own_loc = locator_of(old, a);
                match (own, own_loc) {
                    (true, Some(l)) if a.kind != Kind::Paragraph || scope_for(old, a).is_some() => {
                        let loc = if a.kind == Kind::Paragraph { loc.clone() } else { l };
                        out.push(Draft::ReplaceNode { loc, paragraphs: vec![new_line] })
                    }
                    _ => out.push(
                        line_replacement(&loc, &old_line, &new_line, &scope)
                            .ok_or_else(|| format!("{}: cannot quote this line uniquely", a.path))?,
                    ),
                }
            }
        }
    }
    // an article most of whose lines change, in three instructions or more, is rewritten whole, as
    // decisions do (将第十条修改为：“…”, not its 款 and 项 one by one)
    if o.kind == Kind::Article && out.len() >= 3 {
        let changed = ol.iter().zip(&nl).filter(|(a, b)| !same_text(&a.line(), &b.line(), keep)).count();
        if changed * 2 > ol.len() && ol.len() == nl.len() {
            let loc = locator_of(old, o).ok_or("article without locator")?;
            return Ok(vec![Draft::ReplaceNode {
                loc,
                paragraphs: new_unit_paragraphs(n).into_iter().filter(|l| !l.is_empty()).collect(),
            }]);
        }
    }
    Ok(out)
}

/// The insertion of a new unit, anchored on the old units around it (by the order of the new
/// version): after the surviving clause before it in its chapter, before the one after it, inside
/// its surviving chapter; a new heading goes before the first surviving unit after it and takes the
/// new articles right after it into its quotation.
fn insertion(
    old: &Document,
    new: &Document,
    n: &Node,
    survivors: &HashMap<&str, &str>,
    absorbed: &mut HashSet<String>,
) -> Result<Draft, String> {
    let number = n.number.unwrap_or(0);
    let old_loc =
        |p: &str| old.root.find_path(p).and_then(|o| locator_of(old, o)).ok_or_else(|| format!("{p}: no locator"));
    let is_heading = |x: &Node| matches!(x.kind, Kind::Chapter | Kind::Section | Kind::Part | Kind::Point);
    let is_clause = |x: &Node| x.kind == Kind::Article || (new.family != Family::Law && x.kind == Kind::Item);
    let seq: Vec<&Node> = new.nodes().into_iter().filter(|x| is_heading(x) || is_clause(x)).collect();
    // a new line that is neither a heading nor a clause (a paragraph under a heading, a 责任单位 line
    // of its own) has no locator to be placed by
    let i = seq.iter().position(|x| std::ptr::eq(*x, n)).ok_or_else(|| {
        format!("{}: a new {} outside every numbered unit: no locator can place it", n.path, n.kind.chinese())
    })?;
    let parent_path = |x: &Node| parent_of(new, x).map(|p| p.path.clone());
    let survivor = |x: &Node| survivors.get(x.path.as_str()).copied();

    if is_heading(n) && !(new.family != Family::Law && n.kind == Kind::Item) {
        let mut paragraphs = vec![n.line()];
        let mut j = i + 1;
        // the new clauses right after the heading go into its quotation
        while let Some(x) = seq.get(j) {
            if !is_clause(x) || survivor(x).is_some() {
                break;
            }
            absorbed.insert(x.path.clone());
            if x.kind == Kind::Article {
                paragraphs.push(x.line() + &first_paragraph(x));
                paragraphs.extend(x.descendants().into_iter().skip(2).map(|d| d.line()));
            } else {
                paragraphs.extend(x.descendants().into_iter().map(|d| d.line()));
            }
            j += 1;
        }
        let anchor = match seq[j..].iter().find_map(|x| survivor(x)) {
            Some(p) => Some((old_loc(p)?, false)),
            None => match seq[..i].iter().rev().find(|x| is_clause(x) && survivor(x).is_some()) {
                Some(x) => Some((old_loc(survivor(x).expect("checked"))?, true)),
                None => return Err(format!("{}: no old unit to place the new heading by", n.path)),
            },
        };
        return Ok(Draft::Insert { anchor, unit: unit_char(n.kind), number, sub: None, paragraphs });
    }
    let paragraphs = new_unit_paragraphs(n);
    let same = |x: &&&Node| parent_path(x) == parent_path(n);
    let prev = seq[..i].iter().rev().find(|x| is_clause(x) && survivor(x).is_some()).filter(same);
    let next = seq[i + 1..].iter().find(|x| is_clause(x) && survivor(x).is_some()).filter(same);
    let parent = parent_of(new, n);
    let anchor = match (prev, next, parent) {
        (Some(p), _, _) => Some((old_loc(survivor(p).expect("checked"))?, true)),
        (None, Some(x), _) => Some((old_loc(survivor(x).expect("checked"))?, false)),
        // the first clause of a surviving chapter (or point) whose old clauses are all gone
        (None, None, Some(p)) if survivor(p).is_some() => {
            return Ok(Draft::Insert {
                anchor: Some((format!("{}中", old_loc(survivor(p).expect("checked"))?), true)),
                unit: unit_char(n.kind),
                number,
                sub: n.sub_number,
                paragraphs,
            });
        }
        _ => match seq[..i].iter().rev().find(|x| is_clause(x) && survivor(x).is_some()) {
            Some(x) => Some((old_loc(survivor(x).expect("checked"))?, true)),
            None if n.kind == Kind::Article => None,
            None => return Err(format!("{}: no old unit to place the new one by", n.path)),
        },
    };
    Ok(Draft::Insert { anchor, unit: unit_char(n.kind), number, sub: n.sub_number, paragraphs })
}

/// An article's first paragraph, for the line `第X条 …` in a quoted chapter.
fn first_paragraph(article: &Node) -> String {
    article.children.first().map(|p| p.line()).unwrap_or_default()
}
