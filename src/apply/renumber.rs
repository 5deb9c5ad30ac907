//! Renumbering (条文顺序作相应调整): new numbers follow the final order, every 作为第Y条/款/项 and
//! 改为第Y条 is checked against where the node landed, and cross-references in text carried over
//! from the original (本法第X条) are mapped to the new numbers. Text the decision wrote already uses
//! the final numbers and is left alone.

use std::collections::HashMap;

use super::nodes::article_label;
use super::tree::{NodeId, Tree};
use crate::document::{Kind, LineKind, classify};
use crate::notice::UnitKind;
use crate::text::numerals;

/// The original → present article numbers of the articles carried over.
pub type NumberMap = HashMap<u32, u32>;

/// Articles numbered in document order (a 第X条之一 follows its main article's new number).
pub fn renumber_articles(tree: &mut Tree) {
    let mut n = 0;
    for a in tree.all(Kind::Article) {
        let sub = tree.node(a).sub_number;
        if sub.is_none() {
            n += 1;
        }
        relabel_article(tree, a, n.max(1), sub);
    }
}

/// Divisions, and items within each 款 (laws), or points and items (policy documents), numbered in
/// document order.
pub fn renumber_rest(tree: &mut Tree) {
    renumber_divisions(tree);
    if tree.family == crate::document::Family::Law {
        for p in tree.all(Kind::Paragraph) {
            renumber_items(tree, p);
        }
    } else {
        renumber_policy(tree);
    }
    renumber_sub_items(tree);
}

/// 目 numbered among their siblings (1. 2. 3. under each item), and the lines （1）（2） below them,
/// in either family.
fn renumber_sub_items(tree: &mut Tree) {
    let mut counters: HashMap<(Kind, NodeId), u32> = HashMap::new();
    for id in tree.subtree(tree.root) {
        let node = tree.node(id);
        let (kind @ (Kind::SubItem | Kind::SubSubItem), Some(parent), Some(_)) =
            (node.kind, node.parent, node.label.as_ref())
        else {
            continue;
        };
        let k = counters.entry((kind, parent)).or_insert(0);
        *k += 1;
        let k = *k;
        if node.number != Some(k) {
            relabel_sub_item(tree, id, k);
        }
    }
}

/// Gives a 目 (or a line （1）) the label of number `k` in the style of its own (1. · 1． · （1）: its
/// digits, half- or full-width, replaced). (A line labelled ① is a unit of its own kind, which no
/// locator names and none renumbers.)
fn relabel_sub_item(tree: &mut Tree, id: NodeId, k: u32) {
    let node = tree.node_mut(id);
    let old = node.label.as_deref().unwrap_or_default();
    let mut label = String::new();
    let mut written = false;
    for c in old.chars() {
        let digit = c.is_ascii_digit() || ('０'..='９').contains(&c);
        if !digit {
            label.push(c);
        } else if !written {
            written = true;
            if ('０'..='９').contains(&c) {
                label.extend(
                    k.to_string()
                        .chars()
                        .map(|d| char::from_u32(d as u32 - '0' as u32 + '０' as u32).expect("a digit")),
                );
            } else {
                label.push_str(&k.to_string());
            }
        }
    }
    node.label = Some(label.into());
    node.number = Some(k);
}

/// Points （一、） numbered among their siblings, items （（一）） within their scope
/// ([`item_scope`]), in document order: after 删除第二项 and 条文顺序作相应调整 the third item is
/// （二）.
fn renumber_policy(tree: &mut Tree) {
    let mut counters: HashMap<(Kind, NodeId), u32> = HashMap::new();
    for id in tree.subtree(tree.root) {
        let node = tree.node(id);
        if !matches!(node.kind, Kind::Point | Kind::Item) || node.label.is_none() {
            continue;
        }
        let scope = count_scope(tree, id);
        let k = counters.entry((node.kind, scope)).or_insert(0);
        *k += 1;
        let k = *k;
        if node.number == Some(k) {
            continue;
        }
        if node.kind == Kind::Item {
            relabel_item(tree, id, k);
        } else {
            relabel_point(tree, id, k);
        }
    }
}

/// Where a unit is counted among the units of its kind: articles through the whole text, items as
/// [`item_scope`] says, any other unit (编, 章, 节, 款, 点, 目) in its parent.
pub fn count_scope(tree: &Tree, unit: NodeId) -> NodeId {
    match tree.node(unit).kind {
        Kind::Article => tree.root,
        Kind::Item => item_scope(tree, unit),
        _ => tree.node(unit).parent.unwrap_or(tree.root),
    }
}

/// Where items are counted: a law's under their 款; a policy document's under their point where
/// items restart in each point (（一） again under 二、), else through the whole text, each
/// attachment apart (Fujian's 第十四项 is the fourteenth of the document).
pub fn item_scope(tree: &Tree, item: NodeId) -> NodeId {
    let parent = tree.node(item).parent.unwrap_or(tree.root);
    if tree.items_restart || tree.family == crate::document::Family::Law {
        return parent;
    }
    let mut cur = Some(parent);
    while let Some(c) = cur {
        if tree.node(c).kind == Kind::Attachment {
            return c;
        }
        cur = tree.node(c).parent;
    }
    tree.root
}

/// Gives a point the label of number `k`, keeping its mark: 三、 or 三．
fn relabel_point(tree: &mut Tree, point: NodeId, k: u32) {
    let node = tree.node_mut(point);
    let mark: String =
        node.label.as_deref().unwrap_or("、").chars().skip_while(|&c| numerals::is_numeral_char(c)).collect();
    node.label = Some(format!("{}{mark}", numerals::format(k)).into());
    node.number = Some(k);
}

/// The number of an original article from its path (第二章/第十七条 → 17); none for other units
/// (a 款 made an article keeps the path of the 款) and for 之一 articles.
fn original_article_number(path: Option<&str>) -> Option<u32> {
    let last = path?.rsplit('/').next()?;
    let c = classify(last);
    (c.kind == LineKind::Article && c.sub_number.is_none() && c.text.is_empty()).then_some(c.number).flatten()
}

/// Gives a unit the label of number `n` (and 之`sub`), in its kind and style: an article, a
/// division, an item, a 目, a line （1） or a point. A 款 has no label: its number is its place.
pub fn relabel(tree: &mut Tree, id: NodeId, n: u32, sub: Option<u32>) {
    match tree.node(id).kind {
        Kind::Article => relabel_article(tree, id, n, sub),
        Kind::Part | Kind::Chapter | Kind::Section => {
            let node = tree.node_mut(id);
            let unit = node.label.as_deref().and_then(|l| l.chars().last()).unwrap_or('章');
            node.label = Some(format!("第{}{unit}", numerals::format(n)).into());
            node.number = Some(n);
        }
        Kind::Item => relabel_item(tree, id, n),
        Kind::SubItem | Kind::SubSubItem => relabel_sub_item(tree, id, n),
        Kind::Point => relabel_point(tree, id, n),
        _ => {}
    }
}

fn relabel_article(tree: &mut Tree, a: NodeId, n: u32, sub: Option<u32>) {
    let node = tree.node_mut(a);
    node.number = Some(n);
    node.sub_number = sub;
    node.label = Some(article_label(n, sub).into());
}

/// 编, 章 and 节 numbered in document order: chapters restart under each part, sections under each
/// chapter. (Document order, not tree order: an inserted heading is a line among the articles.)
fn renumber_divisions(tree: &mut Tree) {
    let (mut part, mut chapter, mut section) = (0, 0, 0);
    for id in tree.subtree(tree.root) {
        let kind = tree.node(id).kind;
        let n = match kind {
            Kind::Part => {
                part += 1;
                chapter = 0;
                section = 0;
                part
            }
            Kind::Chapter => {
                chapter += 1;
                section = 0;
                chapter
            }
            Kind::Section => {
                section += 1;
                section
            }
            _ => continue,
        };
        // (every division has its label, and subtree() leaves out what was deleted)
        relabel(tree, id, n, None);
    }
}

/// Items （一）（二） of a 款 numbered in order, keeping the paren style of each label.
fn renumber_items(tree: &mut Tree, paragraph: NodeId) {
    let mut k = 0;
    for c in tree.children(paragraph) {
        let n = tree.node(c);
        if n.kind != Kind::Item {
            continue;
        }
        k += 1;
        if n.number == Some(k) {
            continue;
        }
        relabel_item(tree, c, k);
    }
}

/// Gives a new item or 目 written without its label (增加一项：“审核登记材料；”) the label of number
/// `k` in the style of `like`, a labelled one of its list: an item of a labelled list is labelled.
pub fn label_like(tree: &mut Tree, id: NodeId, like: NodeId, k: u32) {
    let (label, sep) = (tree.node(like).label.clone(), tree.node(like).sep.clone());
    let node = tree.node_mut(id);
    node.label = label;
    node.sep = sep;
    if matches!(node.kind, Kind::SubItem | Kind::SubSubItem) {
        relabel_sub_item(tree, id, k);
    } else {
        relabel_item(tree, id, k);
    }
}

/// Gives a 项 the label of number `k`, in the style of its own: （三） or (三).
pub fn relabel_item(tree: &mut Tree, item: NodeId, k: u32) {
    let half = tree.node(item).label.as_deref().is_some_and(|l| l.starts_with('('));
    let (l, r) = if half { ("(", ")") } else { ("（", "）") };
    let node = tree.node_mut(item);
    node.label = Some(format!("{l}{}{r}", numerals::format(k)).into());
    node.number = Some(k);
}

/// The final number of a node of the given kind: its article number, or its position among
/// siblings of its kind (款, 项).
pub fn final_number(tree: &Tree, id: NodeId, kind: UnitKind) -> Option<u32> {
    let n = tree.node(id);
    match kind {
        // a paragraph in no article has no number
        UnitKind::NaturalParagraph => None,
        // (a unit without a label has no number: the label is where it is read)
        UnitKind::Article | UnitKind::Chapter | UnitKind::Section | UnitKind::Part => {
            n.label.as_deref().and_then(|l| {
                let c = classify(l);
                matches!(c.kind, LineKind::Article | LineKind::Chapter | LineKind::Section | LineKind::Part)
                    .then_some(c.number)
                    .flatten()
            })
        }
        UnitKind::Paragraph | UnitKind::Item | UnitKind::SubItem | UnitKind::SubSubItem | UnitKind::Point => {
            // a labelled item is the number its label says (（二） where the third item stands
            // because nothing renumbered it is 第二项, not 第三项)
            if kind != UnitKind::Paragraph
                && let Some(number) = n.label.as_deref().and_then(|l| classify(l).number)
            {
                return Some(number);
            }
            position_number(tree, id)
        }
    }
}

/// The place of a node among its parent's children of its kind (1 for the first); for the items of
/// a policy document whose items run on through the points, its place in the text.
pub fn position_number(tree: &Tree, id: NodeId) -> Option<u32> {
    let kind = tree.node(id).kind;
    let parent = tree.node(id).parent?;
    if kind == Kind::Item && tree.family != crate::document::Family::Law {
        let scope = item_scope(tree, id);
        if scope != parent {
            let pos = tree
                .subtree(scope)
                .into_iter()
                .filter(|&c| tree.node(c).kind == Kind::Item && item_scope(tree, c) == scope)
                .position(|c| c == id)?;
            return Some(pos as u32 + 1);
        }
    }
    let pos = tree.children(parent).into_iter().filter(|&c| tree.node(c).kind == kind).position(|c| c == id)?;
    Some(pos as u32 + 1)
}

/// A reference in running text to a unit of this document: the article's number (its byte range
/// and value) and, where a 款 qualifies it (第二十条第二款), the 款's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub range: std::ops::Range<usize>,
    pub article: u32,
    pub paragraph: Option<(std::ops::Range<usize>, u32)>,
    /// The 项 that qualifies it (第二十条第三项, 第二十条第二款第三项).
    pub item: Option<(std::ops::Range<usize>, u32)>,
    /// A later member of a list of 项 or 款 of one article (第一条第二项、第三项; 第十条第二款和第三款):
    /// its article (and 款) are the first member's, written once, at `range`.
    pub follows: bool,
}

/// What joins the members of a list of references (第三条、第五条; 第三条至第五条).
const LIST_SEPARATORS: [&str; 6] = ["、", "和", "或者", "至", "以及", "及"];

/// Numbers named in running text that refer to this document: 本法第X条 and the list that follows
/// it (、第Y条, 和第Y条, 至第Y条, and 、Y条 with 第 left out), each with its 第Z款 where one follows,
/// and the 项 or 款 listed after a qualifier (第一条第二项、第三项), each a reference that `follows`.
pub fn references(text: &str) -> Vec<Reference> {
    const OWN: [&str; 8] = ["本法", "本条例", "本规定", "本办法", "本细则", "本解释", "本决定", "本实施条例"];
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(rel) = text[i..].find('第') {
        let at = i + rel;
        let own = OWN.iter().any(|o| text[..at].ends_with(o));
        if own {
            let mut pos = at;
            loop {
                // 第 <numeral> 条, or after a separator <numeral> 条 (第六条、十二条: 第 left out)
                let start = if text[pos..].starts_with('第') { pos + '第'.len_utf8() } else { pos };
                let after = &text[start..];
                let digits: String = after.chars().take_while(|&c| is_reference_digit(c)).collect();
                if digits.is_empty() || !after[digits.len()..].starts_with('条') {
                    break;
                }
                pos = start + digits.len() + '条'.len_utf8();
                // a 第Y款/第Z项 qualifier (the 款 kept), then a list separator
                let (mut paragraph, mut item) = (None, None);
                while let Some((r, n, unit, end)) = qualifier(text, pos) {
                    if unit == '款' && paragraph.is_none() && item.is_none() {
                        paragraph = Some((r, n));
                    } else if unit == '项' && item.is_none() {
                        item = Some((r, n));
                    }
                    pos = end;
                }
                if let Some(n) = numerals::parse(&digits) {
                    let range = start..start + digits.len();
                    out.push(Reference {
                        range: range.clone(),
                        article: n,
                        paragraph: paragraph.clone(),
                        item,
                        follows: false,
                    });
                    // the list of 项 (or of 款) of the same article after it: 第一条第二项、第三项,
                    // 第十条第二款或者第三款
                    while let Some(s) = LIST_SEPARATORS.iter().find(|s| text[pos..].starts_with(**s))
                        && let Some((r, k, unit, end)) = qualifier(text, pos + s.len())
                    {
                        let (paragraph, item) = match (unit, &out.last().expect("pushed").item) {
                            ('项', Some(_)) => (paragraph.clone(), Some((r, k))),
                            ('款', None) if paragraph.is_some() => (Some((r, k)), None),
                            _ => break,
                        };
                        out.push(Reference { range: range.clone(), article: n, paragraph, item, follows: true });
                        pos = end;
                    }
                }
                let rest = &text[pos..];
                let sep = LIST_SEPARATORS.iter().find(|s| {
                    rest.starts_with(**s) && rest[s.len()..].trim_start_matches('第').starts_with(is_reference_digit)
                });
                match sep {
                    Some(s) => pos += s.len(),
                    None => break,
                }
            }
            i = pos.max(at + '第'.len_utf8());
        } else {
            i = at + '第'.len_utf8();
        }
    }
    out
}

/// 第<numeral>款 or 第<numeral>项 at `pos`: the numeral's range, its value and the unit.
/// An item's number may be bracketed as its label is (第（三）项); the range is the numeral's, and the
/// last value where the qualifier ends.
fn qualifier(text: &str, pos: usize) -> Option<(std::ops::Range<usize>, u32, char, usize)> {
    let r = text[pos..].strip_prefix('第')?;
    let open = ['（', '('].into_iter().find(|&b| r.starts_with(b)).map_or(0, char::len_utf8);
    let q: String = r[open..].chars().take_while(|&c| numerals::is_numeral_char(c)).collect();
    let after = &r[open + q.len()..];
    let close = if open > 0 { ['）', ')'].into_iter().find(|&b| after.starts_with(b))?.len_utf8() } else { 0 };
    let unit = after[close..].chars().next().filter(|&c| c == '项' || c == '款' && open == 0)?;
    let start = pos + '第'.len_utf8() + open;
    let end = start + q.len() + close + unit.len_utf8();
    Some((start..start + q.len(), numerals::parse(&q)?, unit, end))
}

/// The 款 of its own article that a text names: 本条第二款 and the list after it (、第三款, 和第三款,
/// 或者第三款). Returns (byte range of the number, the number).
pub fn own_paragraph_references(text: &str) -> Vec<(std::ops::Range<usize>, u32)> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(rel) = text[i..].find("本条第") {
        let mut pos = i + rel + "本条".len();
        while let Some((r, n, '款', end)) = qualifier(text, pos) {
            out.push((r, n));
            pos = end;
            match ["、", "和", "或者", "及"]
                .iter()
                .find(|s| text[pos..].starts_with(**s) && text[pos + s.len()..].starts_with('第'))
            {
                Some(s) => pos += s.len(),
                None => break,
            }
        }
        i = pos.max(i + rel + "本条第".len());
    }
    out
}

/// A character of an article number in running text: a Chinese numeral, or an Arabic digit
/// (本条例第3条), ASCII or full-width.
fn is_reference_digit(c: char) -> bool {
    numerals::is_numeral_char(c) || c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// `n` written as `like` writes its number: in Arabic digits (ASCII or full-width) or in Chinese.
fn written_like(n: u32, like: &str) -> String {
    if like.chars().all(|c| c.is_ascii_digit()) {
        n.to_string()
    } else if like.chars().all(|c| ('０'..='９').contains(&c)) {
        numerals::full_width(n)
    } else {
        numerals::format(n)
    }
}

/// Where each 款 carried over from the original stands in the result: (original article, its 款) →
/// (the article's number now, the 款's place in it). 款 carry no labels, so a 款 added before
/// another moves it whether or not the decision renumbers.
pub fn paragraph_map(tree: &Tree) -> HashMap<(u32, u32), (u32, u32)> {
    let mut map = HashMap::new();
    for p in tree.all(Kind::Paragraph) {
        let node = tree.node(p);
        let Some(path) = node.orig_path.as_deref() else { continue };
        let Some((article, k)) = path.rsplit_once('/') else { continue };
        let (Some(old_a), Ok(old_k)) = (original_article_number(Some(article)), k.parse::<u32>()) else { continue };
        let Some(parent) = node.parent.filter(|&a| tree.node(a).kind == Kind::Article) else { continue };
        if tree.node(parent).sub_number.is_some() {
            continue;
        }
        if let (Some(a), Some(k)) = (tree.node(parent).number, position_number(tree, p)) {
            map.insert((old_a, old_k), (a, k));
        }
    }
    map
}

/// (original article, its 款 or None, item) → (article, 款, item) now.
type ItemMap = HashMap<(u32, Option<u32>, u32), (u32, u32, u32)>;

/// Where each item carried over from the original stands in the result: (original article, its
/// 款 or None, item) → (article, 款, item) now. An item is keyed without its 款 too where its
/// article's items are all in one 款 (第八条第三项 names it so).
fn item_map(tree: &Tree) -> ItemMap {
    let mut map = HashMap::new();
    let mut one_list: HashMap<u32, Option<u32>> = HashMap::new();
    let mut entries = Vec::new();
    for i in tree.all(Kind::Item) {
        let node = tree.node(i);
        let Some(path) = node.orig_path.as_deref() else { continue };
        let parts: Vec<&str> = path.split('/').collect();
        // an item of a 款 (第一条/1/（二）), or of an article whose label line holds no text, its one
        // list standing right under it (第二条/（二）: counted as its first 款's)
        let (article, k) = match parts[..] {
            [article, k, _] => (article, k.parse::<u32>().ok()),
            [article, _] => (article, Some(1)),
            _ => continue,
        };
        let (Some(old_a), Some(old_k), Some(old_i)) =
            (original_article_number(Some(article)), k, original_item_number(tree, i))
        else {
            continue;
        };
        let (art, k) = match node.parent.map(|p| (p, tree.node(p).kind)) {
            Some((para, Kind::Paragraph)) => {
                let Some(art) = tree.node(para).parent.filter(|&a| tree.node(a).kind == Kind::Article) else {
                    continue;
                };
                (art, position_number(tree, para))
            }
            Some((art, Kind::Article)) => (art, Some(1)),
            _ => continue,
        };
        if tree.node(art).sub_number.is_some() {
            continue;
        }
        let (Some(a), Some(k), Some(n)) = (tree.node(art).number, k, node.number) else {
            continue;
        };
        // (None where the article's items stand in more than one 款)
        let list = one_list.entry(old_a).or_insert(Some(old_k));
        if *list != Some(old_k) {
            *list = None;
        }
        entries.push((old_a, old_k, old_i, (a, k, n)));
    }
    for (old_a, old_k, old_i, now) in entries {
        map.insert((old_a, Some(old_k), old_i), now);
        if one_list.get(&old_a) == Some(&Some(old_k)) {
            map.insert((old_a, None, old_i), now);
        }
    }
    map
}

/// The number an item had in the original: that of its original path's last step (（三） → 3).
fn original_item_number(tree: &Tree, id: NodeId) -> Option<u32> {
    let label = tree.node(id).orig_path.as_deref()?.rsplit('/').next()?;
    numerals::parse(label.trim_matches(['（', '）', '(', ')']))
}

/// The number each chapter carried over from the original has now, in a law without 编 (where
/// chapters are numbered through the whole text; under 编 they restart, and 本法第二章 names none).
fn chapter_map(tree: &Tree) -> HashMap<u32, u32> {
    if !tree.all(Kind::Part).is_empty() {
        return HashMap::new();
    }
    let mut map = HashMap::new();
    for c in tree.all(Kind::Chapter) {
        let node = tree.node(c);
        let old = node
            .orig_path
            .as_deref()
            .and_then(|p| p.rsplit('/').next())
            .and_then(|l| numerals::parse(l.strip_prefix('第')?.strip_suffix('章')?));
        if let (Some(old), Some(now)) = (old, node.number) {
            map.insert(old, now);
        }
    }
    map
}

/// 本法第二章 (本条例第三章、第四章, 至第五章): the chapter numbers a text names, with their ranges.
pub fn chapter_references(text: &str) -> Vec<(std::ops::Range<usize>, u32)> {
    const OWN: [&str; 6] = ["本法", "本条例", "本规定", "本办法", "本细则", "本实施条例"];
    let mut out = Vec::new();
    for own in OWN {
        for (at, _) in text.match_indices(own) {
            let mut pos = at + own.len();
            while let Some(r) = text[pos..].strip_prefix('第') {
                let digits: String = r.chars().take_while(|&c| numerals::is_numeral_char(c)).collect();
                if digits.is_empty() || !r[digits.len()..].starts_with('章') {
                    break;
                }
                let start = pos + '第'.len_utf8();
                if let Some(n) = numerals::parse(&digits) {
                    out.push((start..start + digits.len(), n));
                }
                pos = start + digits.len() + '章'.len_utf8();
                match ["、", "和", "至", "及", "或者"].iter().find(|s| text[pos..].starts_with(**s)) {
                    Some(s) => pos += s.len(),
                    None => break,
                }
            }
        }
    }
    out
}

/// The number each article carried over from the original has now (之一 articles aside).
fn article_map(tree: &Tree) -> NumberMap {
    let mut map = NumberMap::new();
    for a in tree.all(Kind::Article) {
        let node = tree.node(a);
        if node.sub_number.is_none()
            && let (Some(old), Some(now)) = (original_article_number(node.orig_path.as_deref()), node.number)
        {
            map.insert(old, now);
        }
    }
    map
}

/// A reference that no longer names what it named: (the path of the text, what it named, what that
/// is now, or None where it is gone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    pub path: String,
    pub named: String,
    pub now: Option<String>,
    /// The original article the reference names (none for an article the text never had).
    pub article: Option<NodeId>,
    /// A later member of a list of 项 or 款 (第一条第二项、第三项) whose article the list writes once,
    /// for a first member that is gone or now stands in another article: it keeps its number.
    pub in_list: bool,
}

fn article_and_paragraph(a: u32, k: Option<u32>) -> String {
    match k {
        Some(k) => format!("第{}条第{}款", numerals::format(a), numerals::format(k)),
        None => format!("第{}条", numerals::format(a)),
    }
}

/// The references in carried-over text (outside `fresh` ranges): where the decision `renumbers`,
/// mapped to the numbers their articles and 款 have now, and those whose unit is gone returned;
/// where it does not, left as written, and those that name another unit now (a 款 added before
/// another moves it) or nothing returned.
pub fn update_references(tree: &mut Tree, renumbers: bool) -> Vec<Stale> {
    let paragraphs = paragraph_map(tree);
    let items = item_map(tree);
    let chapters = chapter_map(tree);
    let article_map = article_map(tree);
    let articles = renumbers.then_some(&article_map);
    // every original article, deleted or not, by its original number
    let originals: HashMap<u32, NodeId> = (0..tree.nodes.len())
        .filter(|&a| tree.node(a).kind == Kind::Article)
        .filter_map(|a| Some((original_article_number(tree.node(a).orig_path.as_deref())?, a)))
        .collect();
    let mut stale = Vec::new();
    let ids = tree.subtree(tree.root);
    for id in ids {
        let n = tree.node(id);
        let refs = references(&n.text);
        let own = own_paragraph_references(&n.text);
        let chapter_refs = if chapters.is_empty() { Vec::new() } else { chapter_references(&n.text) };
        if refs.is_empty() && own.is_empty() && chapter_refs.is_empty() {
            continue;
        }
        // the article the text stood in, for 本条第Y款
        let home = n.orig_path.as_deref().and_then(|p| original_article_number(p.split('/').next()));
        let fresh = n.fresh.clone();
        let untouched = |r: &std::ops::Range<usize>| !fresh.iter().any(|f| f.start < r.end && r.start < f.end);
        let mut edits: Vec<(std::ops::Range<usize>, u32)> = Vec::new();
        let path = n.path();
        // where the first member of a list of 项 or 款 (第一条第二项、第三项) is now: the later members
        // are rewritten only where they are still in that article (and 款), which is written once
        let mut head: Option<(u32, Option<u32>)> = None;
        for r in refs.into_iter().filter(|r| untouched(&r.range)) {
            // 第八条第三项 (第八条第一款第三项): the item's place now
            if let Some((ir, i)) = &r.item {
                let k = r.paragraph.as_ref().map(|p| p.1);
                let named = format!("{}第{}项", article_and_paragraph(r.article, k), numerals::format(*i));
                let article = originals.get(&r.article).copied();
                let found = items.get(&(r.article, k, *i));
                if !r.follows {
                    head = found.map(|&(a, nk, _)| (a, k.map(|_| nk)));
                }
                match found {
                    None => stale.push(Stale { path: path.clone(), named, now: None, article, in_list: false }),
                    Some(&(a, nk, ni)) if renumbers && r.follows => {
                        if head == Some((a, k.map(|_| nk))) {
                            edits.push((ir.clone(), ni));
                        } else {
                            let now =
                                format!("{}第{}项", article_and_paragraph(a, k.map(|_| nk)), numerals::format(ni));
                            stale.push(Stale { path: path.clone(), named, now: Some(now), article, in_list: true });
                        }
                    }
                    Some(&(a, nk, ni)) if renumbers => {
                        edits.push((r.range.clone(), a));
                        if let Some((pr, _)) = &r.paragraph {
                            edits.push((pr.clone(), nk));
                        }
                        edits.push((ir.clone(), ni));
                    }
                    Some(&(a, nk, ni)) => {
                        if a != r.article || k.is_some_and(|k| k != nk) || ni != *i {
                            let now =
                                format!("{}第{}项", article_and_paragraph(a, k.map(|_| nk)), numerals::format(ni));
                            stale.push(Stale { path: path.clone(), named, now: Some(now), article, in_list: false });
                        }
                    }
                }
                continue;
            }
            let named = article_and_paragraph(r.article, r.paragraph.as_ref().map(|p| p.1));
            let now = match &r.paragraph {
                Some((_, k)) => paragraphs.get(&(r.article, *k)).map(|&(a, k)| (a, Some(k))),
                None => article_map.get(&r.article).map(|&a| (a, None)),
            };
            if !r.follows {
                head = now;
            }
            match (now, articles) {
                (None, _) => stale.push(Stale {
                    path: path.clone(),
                    named,
                    now: None,
                    article: originals.get(&r.article).copied(),
                    in_list: false,
                }),
                // a later 款 of the list (第十条第二款、第三款): its number, where it is still in the article
                (Some((a, k)), Some(_)) if r.follows => match (&r.paragraph, k) {
                    (Some((pr, _)), Some(k)) if head.map(|h| h.0) == Some(a) => edits.push((pr.clone(), k)),
                    _ => stale.push(Stale {
                        path: path.clone(),
                        named,
                        now: Some(article_and_paragraph(a, k)),
                        article: originals.get(&r.article).copied(),
                        in_list: true,
                    }),
                },
                (Some((a, k)), Some(_)) => {
                    edits.push((r.range.clone(), a));
                    if let (Some((pr, _)), Some(k)) = (&r.paragraph, k) {
                        edits.push((pr.clone(), k));
                    }
                }
                (Some((a, k)), None) => {
                    if a != r.article || k != r.paragraph.as_ref().map(|p| p.1) {
                        let now = Some(article_and_paragraph(a, k));
                        stale.push(Stale {
                            path: path.clone(),
                            named,
                            now,
                            article: originals.get(&r.article).copied(),
                            in_list: false,
                        });
                    }
                }
            }
        }
        if let Some(home) = home {
            for (range, k) in own.into_iter().filter(|(r, _)| untouched(r)) {
                let named = format!("本条第{}款", numerals::format(k));
                match (paragraphs.get(&(home, k)), articles) {
                    (None, _) => stale.push(Stale {
                        path: path.clone(),
                        named,
                        now: None,
                        article: originals.get(&home).copied(),
                        in_list: false,
                    }),
                    (Some(&(_, now)), Some(_)) => edits.push((range, now)),
                    (Some(&(_, now)), None) if now != k => {
                        let now = Some(format!("本条第{}款", numerals::format(now)));
                        stale.push(Stale {
                            path: path.clone(),
                            named,
                            now,
                            article: originals.get(&home).copied(),
                            in_list: false,
                        })
                    }
                    _ => {}
                }
            }
        }
        // 本条例第二章: the chapter's number now
        for (range, c) in chapter_refs.into_iter().filter(|(r, _)| untouched(r)) {
            let named = format!("第{}章", numerals::format(c));
            match chapters.get(&c) {
                None => stale.push(Stale { path: path.clone(), named, now: None, article: None, in_list: false }),
                Some(&now) if renumbers => edits.push((range, now)),
                Some(&now) if now != c => stale.push(Stale {
                    path: path.clone(),
                    named,
                    now: Some(format!("第{}章", numerals::format(now))),
                    article: None,
                    in_list: false,
                }),
                _ => {}
            }
        }
        let mut text = n.text.to_string();
        edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
        let mut changed = false;
        // right to left so that ranges stay valid; a number that stays keeps its writing
        for (r, new) in edits {
            let old = &text[r.clone()];
            if numerals::parse(old) != Some(new) {
                let written = written_like(new, old);
                text.replace_range(r, &written);
                changed = true;
            }
        }
        if changed {
            tree.node_mut(id).text = text.into();
        }
    }
    stale
}

/// A 款 whose 前款 (上款, 前两款) no longer names the 款 it named: one was added between, or deleted.
pub struct Shifted {
    pub path: String,
    /// The unit the words name (款, article or item), as the warning says it.
    pub unit: &'static str,
    /// As written: 前款, 前两款, 前条.
    pub said: String,
    /// The 款 it named in the original, and those before it in the result.
    pub was: Vec<String>,
    pub now: Vec<String>,
    /// Where the instruction that shifted the units is found: the article the 款 stands in, or the
    /// article added before, deleted or moved away.
    pub article: NodeId,
}

/// How many 款 before it a 款's text names relatively, with the words and where they are: 前款 and
/// 上款 one, 前两款 two.
fn relative_paragraphs(text: &str) -> Option<(String, usize, std::ops::Range<usize>)> {
    const SAID: [(&str, usize); 6] =
        [("前款", 1), ("上款", 1), ("前两款", 2), ("前二款", 2), ("前三款", 3), ("前四款", 4)];
    first_of(text, &SAID)
}

/// How many articles before its own an article's text names relatively: 前条, 上条, 前一条 one,
/// 前两条 two (not 前条款, a clause).
fn relative_articles(text: &str) -> Option<(String, usize, std::ops::Range<usize>)> {
    const SAID: [(&str, usize); 8] = [
        ("前条", 1),
        ("上条", 1),
        ("前一条", 1),
        ("上一条", 1),
        ("前两条", 2),
        ("前二条", 2),
        ("前三条", 3),
        ("前四条", 4),
    ];
    first_of(text, &SAID).filter(|(_, _, range)| !text[range.end..].starts_with('款'))
}

/// How many items before its own an item's text names relatively: 前项, 上项, 前一项 one, 前两项 two.
fn relative_items(text: &str) -> Option<(String, usize, std::ops::Range<usize>)> {
    const SAID: [(&str, usize); 7] =
        [("前项", 1), ("上项", 1), ("前一项", 1), ("上一项", 1), ("前两项", 2), ("前二项", 2), ("前三项", 3)];
    first_of(text, &SAID)
}

/// The first of `said` in `text`: the words, how many units they name, where they are.
fn first_of(text: &str, said: &[(&str, usize)]) -> Option<(String, usize, std::ops::Range<usize>)> {
    said.iter()
        .filter_map(|&(w, n)| text.find(w).map(|at| (at, w, n)))
        .min_by_key(|&(at, ..)| at)
        .map(|(at, w, n)| (w.to_string(), n, at..at + w.len()))
}

/// What a unit of the result is, as relative references count them: the unit of the original it
/// was (its path), the one it gives a new wording in place (the deleted unit its new lines stand
/// before among `siblings`), or one the decision adds.
fn identity(tree: &Tree, siblings: &[NodeId], c: NodeId, added: &str) -> String {
    if let Some(p) = &tree.node(c).orig_path {
        return p.clone();
    }
    let from = siblings.iter().position(|&x| x == c).unwrap_or(siblings.len());
    siblings[from..]
        .iter()
        .map(|&x| tree.node(x))
        .find(|x| x.orig_path.is_some())
        .filter(|x| x.deleted && x.kind == tree.node(c).kind)
        .and_then(|x| x.orig_path.clone())
        .unwrap_or_else(|| added.into())
}

/// The units carried over from the original whose relative reference now names other units than it
/// did: 前款 (前两款) another 款 of its article, 前条 another article, 前项 another item of its list
/// (a unit added before it, or the one before deleted or moved). The words are left as written (the
/// decision says what they mean, or does not): this is for a warning.
pub fn shifted_relative_units(tree: &Tree) -> Vec<Shifted> {
    let mut out = Vec::new();
    let of_kind = |parent: NodeId, kind: Kind| -> Vec<NodeId> {
        tree.children(parent).into_iter().filter(|&c| tree.node(c).kind == kind).collect()
    };
    // 款 are counted within their article, articles through the document, items within their list
    let articles = tree.all(Kind::Article);
    let original = original_order(tree, Kind::Paragraph);
    for &a in &articles {
        relative_in(tree, Kind::Paragraph, &of_kind(a, Kind::Paragraph), &original, &mut out);
    }
    relative_in(tree, Kind::Article, &articles, &original_order(tree, Kind::Article), &mut out);
    let mut lists: Vec<NodeId> = tree.all(Kind::Item).into_iter().filter_map(|i| tree.node(i).parent).collect();
    lists.sort_unstable();
    lists.dedup();
    let original = original_order(tree, Kind::Item);
    for list in lists {
        relative_in(tree, Kind::Item, &of_kind(list, Kind::Item), &original, &mut out);
    }
    out
}

/// The scope a unit is counted in: its parent's path in the original (for an article, its
/// attachment, or the document).
fn scope_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(p, _)| p)
}

/// The original's units of `kind`, by scope, in their order: the arena numbers nodes as the
/// original is read (a unit copied by an operation keeps its path, and counts once).
fn original_order(tree: &Tree, kind: Kind) -> HashMap<String, Vec<NodeId>> {
    let mut seen = std::collections::HashSet::new();
    let mut out: HashMap<String, Vec<NodeId>> = HashMap::new();
    for id in 0..tree.node_count() {
        let node = tree.node(id);
        if node.kind == kind
            && let Some(p) = &node.orig_path
            && seen.insert(p.clone())
        {
            out.entry(scope_of(p).to_string()).or_default().push(id);
        }
    }
    out
}

/// [`shifted_relative_units`] for the units of `kind` in `live` (the result's, in order), whose
/// original order is `original`.
fn relative_in(
    tree: &Tree,
    kind: Kind,
    live: &[NodeId],
    original: &HashMap<String, Vec<NodeId>>,
    out: &mut Vec<Shifted>,
) {
    type Words = fn(&str) -> Option<(String, usize, std::ops::Range<usize>)>;
    let (unit, words, added): (&str, Words, &str) = match kind {
        Kind::Paragraph => ("款", relative_paragraphs, "a 款 the decision adds"),
        Kind::Article => ("article", relative_articles, "an article the decision adds"),
        _ => ("item", relative_items, "an item the decision adds"),
    };
    for (at, &a) in live.iter().enumerate() {
        let Some(orig) = &tree.node(a).orig_path else { continue };
        // the words: in the unit's own text (an article's: or any line of it, its 款 and their items:
        // （一）违反前条规定的), as the original wrote them
        let lines = if kind == Kind::Article { tree.subtree(a) } else { vec![a] };
        let Some((holder, said, n)) = lines.into_iter().find_map(|c| {
            let node = tree.node(c);
            let (said, n, range) = words(&node.text)?;
            let fresh = node.fresh.iter().any(|f| f.start < range.end && range.start < f.end);
            (!fresh && node.orig_path.is_some()).then_some((c, said, n))
        }) else {
            continue;
        };
        let Some(original) = original.get(scope_of(orig)) else { continue };
        let Some(k) = original.iter().position(|&o| tree.node(o).orig_path.as_ref() == Some(orig)) else { continue };
        if k < n {
            continue;
        }
        let was: Vec<String> = original[k - n..k].iter().filter_map(|&o| tree.node(o).orig_path.clone()).collect();
        let before = &live[at.saturating_sub(n)..at];
        // a unit given a new wording in place (将第一款修改为) is still that unit: its new lines stand
        // before the deleted one among its parent's children
        let now: Vec<String> = before
            .iter()
            .map(|&c| {
                let siblings = tree.node(c).parent.map(|p| tree.node(p).children.clone()).unwrap_or_default();
                identity(tree, &siblings, c, added)
            })
            .collect();
        if now == was {
            continue;
        }
        // the instruction that shifted them: for a 款, the one that acted in its article; else one
        // that acted on a unit about them (the one it added after, its anchor, or the one it deleted
        // or moved away), the latest in the notice
        let cause = match (kind, tree.node(a).parent) {
            (Kind::Paragraph, Some(article)) => article,
            _ => live[at.saturating_sub(n + 1)..=at]
                .iter()
                .chain(&original[k - n..k])
                .filter_map(|&c| tree.node(c).renumbered_by.as_ref().map(|(_, pos)| (pos.offset, c)))
                .max()
                .map_or(a, |(_, c)| c),
        };
        out.push(Shifted { path: tree.node(holder).path(), unit, said, was, now, article: cause });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_with_lists_and_qualifiers() {
        let t = "依照本法第四十六条、第四十七条、第四十八条规定的罚款；对依照本法第二十八条第一款和第二十九条作出的决定不服的，适用刑法第十条。";
        let nums: Vec<u32> = references(t).into_iter().map(|r| r.article).collect();
        assert_eq!(nums, [46, 47, 48, 28, 29]);
        // 第二十八条第一款: the 款 is kept with its article
        let paras: Vec<Option<(&str, u32)>> =
            references(t).into_iter().map(|r| r.paragraph.map(|(range, k)| (&t[range], k))).collect();
        assert_eq!(paras, [None, None, None, Some(("一", 1)), None]);
    }

    #[test]
    fn references_with_di_left_out_and_other_units_not_taken() {
        // 第 left out after the first member (第六条、十二条、十七条); each number's own range
        let t = "违反本条例第六条、十二条和十七条规定的";
        let got: Vec<(&str, u32)> = references(t).into_iter().map(|r| (&t[r.range], r.article)).collect();
        assert_eq!(got, [("六", 6), ("十二", 12), ("十七", 17)]);
        // a chapter or a 款 of this document is no article; a separator before no number ends the list
        assert!(references("依照本条例第二章的规定").is_empty());
        assert!(references("本法第三款").is_empty());
        let nums: Vec<u32> = references("本法第五条和其他法律").into_iter().map(|r| r.article).collect();
        assert_eq!(nums, [5]);
    }

    #[test]
    fn references_in_arabic_digits_keep_their_writing() {
        let t = "依照本办法第3条、第１２条";
        let got: Vec<(&str, u32)> = references(t).into_iter().map(|r| (&t[r.range], r.article)).collect();
        assert_eq!(got, [("3", 3), ("１２", 12)]);
        assert_eq!(written_like(4, "3"), "4");
        assert_eq!(written_like(13, "１２"), "１３");
        assert_eq!(written_like(13, "十二"), "十三");
    }

    #[test]
    fn references_to_paragraphs_of_the_own_article() {
        let t = "违反本条第一款、第三款或者第四款规定的，依照本条第二款处理；前款规定除外。";
        let got: Vec<(&str, u32)> = own_paragraph_references(t).into_iter().map(|(r, k)| (&t[r], k)).collect();
        assert_eq!(got, [("一", 1), ("三", 3), ("四", 4), ("二", 2)]);
        assert!(own_paragraph_references("本条所称登记").is_empty());
        // 第二项 after 第一款 is no 款
        let t = "本法第十条第一款第二项";
        let r = &references(t)[0];
        assert_eq!((r.article, r.paragraph.as_ref().map(|p| p.1)), (10, Some(1)));
    }
}
