//! Structural edits of laws and notices: replacing, deleting, inserting and moving 条/款/项 and
//! points, written in the document's own layout (its article separator and paragraph breaks).

use arcstr::Substr;

use super::renumber::item_scope;
use super::tree::{NodeId, TNode, Tree};
use crate::document::{Kind, LineKind, classify};
use crate::text::numerals;

/// The label of an article: 第十条, 第一百二十条之一.
pub fn article_label(n: u32, sub: Option<u32>) -> String {
    match sub {
        Some(s) => format!("第{}条之{}", numerals::format(n), numerals::format(s)),
        None => format!("第{}条", numerals::format(n)),
    }
}

/// A new paragraph line, marked as written by the decision.
pub fn new_line(tree: &Tree, kind: Kind, text: &str, trail: &str) -> TNode {
    let mut n = TNode::new(kind);
    n.lead = tree.line_lead(kind);
    let c = classify(text);
    if matches!(
        (kind, c.kind),
        (Kind::Item, LineKind::Item) | (Kind::SubItem, LineKind::SubItem) | (Kind::SubSubItem, LineKind::SubSubItem)
    ) {
        n.label = c.label.map(Substr::from);
        n.sep = c.sep.into();
        n.text = c.text.into();
        n.number = c.number;
    } else {
        n.text = text.into();
    }
    n.trail = trail.into();
    n.fresh = std::iter::once(0..n.text.len()).collect();
    n
}

/// A new, empty article in the style of `like` (an existing article).
pub fn new_article(tree: &Tree, like: Option<NodeId>, number: u32, sub: Option<u32>) -> TNode {
    let mut a = TNode::new(Kind::Article);
    a.label = Some(article_label(number, sub).into());
    a.number = Some(number);
    a.sub_number = sub;
    a.sep = like.map_or(" ".into(), |l| tree.node(l).sep.clone());
    if a.sep.is_empty() {
        a.sep = "　".into();
    }
    a.lead = like.map_or(Substr::new(), |l| tree.node(l).lead.clone());
    a
}

/// A new article ([`new_article`]) put at the end of the text, not yet in its place: the caller
/// places it (by its number, or beside another) once the articles have their numbers.
pub fn add_unplaced_article(tree: &mut Tree, like: Option<NodeId>, number: u32, sub: Option<u32>) -> NodeId {
    let mut art = new_article(tree, like, number, sub);
    art.parked = true;
    let root = tree.root;
    let at = tree.node(root).children.len();
    tree.insert(root, at, art)
}

/// A new 编/章/节 heading line in the style of the document's others of its kind (or of its other
/// divisions): 第六章　长三角区域协同立法.
pub fn new_division(tree: &Tree, kind: Kind, number: u32, heading: &str) -> TNode {
    // (a division of its kind, else any: 第一编 总则 with a space gives 第一章 一般规定 one)
    let like = [kind, Kind::Chapter, Kind::Part, Kind::Section].into_iter().find_map(|k| tree.all(k).first().copied());
    let unit = match kind {
        Kind::Part => "编",
        Kind::Section => "节",
        _ => "章",
    };
    let mut n = TNode::new(kind);
    n.label = Some(format!("第{}{unit}", numerals::format(number)).into());
    n.number = Some(number);
    n.heading = Some(heading.into());
    n.text = heading.into();
    n.lead = division_lead(tree, kind);
    match like {
        Some(l) => {
            let l = tree.node(l);
            n.sep = if l.sep.is_empty() { "　".into() } else { l.sep.clone() };
            n.trail = if l.trail.is_empty() { tree.para_trail.clone() } else { l.trail.clone() };
        }
        None => {
            n.sep = "　".into();
            n.trail = tree.para_trail.clone();
        }
    }
    n.fresh = std::iter::once(0..n.text.len()).collect();
    n
}

/// What a new division's line starts with: as the document's live divisions of its kind start (a
/// Markdown `### `), or, with none left, one Markdown level below a chapter for a section (`### `
/// under `## `), one above for a part, and for a chapter one above its sections or below its parts.
pub fn division_lead(tree: &Tree, kind: Kind) -> Substr {
    let lead = |k: Kind| tree.all(k).first().map(|&i| tree.node(i).lead.clone());
    if let Some(l) = lead(kind) {
        return l;
    }
    let deeper = |l: Substr| if l.starts_with('#') { format!("#{l}").into() } else { l };
    let higher = |l: Substr| if l.starts_with("##") { l.substr(1..) } else { l };
    match kind {
        Kind::Section => lead(Kind::Chapter).map(deeper),
        Kind::Part => lead(Kind::Chapter).map(higher),
        Kind::Chapter => lead(Kind::Section).map(higher).or_else(|| lead(Kind::Part).map(deeper)),
        _ => None,
    }
    .unwrap_or_default()
}

/// Adds paragraph children to `parent` at `index`, one per text, each ending with the document's
/// paragraph break; the last takes `last_trail`. Returns the new ids.
pub fn add_paragraphs(
    tree: &mut Tree,
    parent: NodeId,
    index: usize,
    texts: &[String],
    last_trail: &str,
) -> Vec<NodeId> {
    let trail = tree.para_trail.clone();
    let mut ids = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        let tr = if i + 1 == texts.len() { last_trail } else { trail.as_str() };
        let kind = if tree.node(parent).kind == Kind::Article { Kind::Paragraph } else { Kind::Text };
        let node = new_line(tree, kind, t, tr);
        ids.push(tree.insert(parent, index + i, node));
    }
    ids
}

/// The trail of the last line rendered inside `id`.
pub fn last_trail(tree: &Tree, id: NodeId) -> Substr {
    tree.node(tree.last_line(id)).trail.clone()
}

/// Live children of a kind.
pub fn children_of(tree: &Tree, id: NodeId, kind: Kind) -> Vec<NodeId> {
    tree.children(id).into_iter().filter(|&c| tree.node(c).kind == kind).collect()
}

/// Index (among all children) of the `k`-th live child of `kind` (0-based), or the end.
pub fn index_of_nth(tree: &Tree, parent: NodeId, kind: Kind, k: usize) -> usize {
    index_of_nth_without(tree, parent, kind, k, None)
}

/// [`index_of_nth`] among `parent`'s children with `node` taken out (where [`Tree::move_to`] puts a
/// unit moved inside its own parent, once it has left its place).
pub fn index_of_nth_without(tree: &Tree, parent: NodeId, kind: Kind, k: usize, node: Option<NodeId>) -> usize {
    let kids: Vec<NodeId> = tree.node(parent).children.iter().copied().filter(|&c| Some(c) != node).collect();
    let mut seen = 0;
    for (i, &c) in kids.iter().enumerate() {
        let n = tree.node(c);
        if n.deleted || n.kind != kind {
            continue;
        }
        if seen == k {
            return i;
        }
        seen += 1;
    }
    // after the last live child of that kind
    kids.iter().rposition(|&c| !tree.node(c).deleted && tree.node(c).kind == kind).map_or(kids.len(), |i| i + 1)
}

/// Replaces the content of a node by new paragraphs: an article's 款, a 款 (with its items), an
/// item's line. Returns the ids of the lines written.
pub fn replace_content(tree: &mut Tree, id: NodeId, paragraphs: &[String]) -> Vec<NodeId> {
    let kind = tree.node(id).kind;
    let end_trail = last_trail(tree, id);
    match kind {
        Kind::Article => {
            for c in tree.children(id) {
                if tree.node(c).kind != Kind::Units {
                    tree.delete(c);
                }
            }
            let at = tree.node(id).children.len();
            add_paragraphs(tree, id, at, paragraphs, &end_trail)
        }
        // an attachment keeps its label line (附件2); its lines are the new wording's, one a line
        Kind::Attachment => {
            for c in tree.children(id) {
                tree.delete(c);
            }
            let para = tree.para_trail.clone();
            let mut ids = Vec::new();
            for (i, p) in paragraphs.iter().enumerate() {
                let trail = if i + 1 == paragraphs.len() { end_trail.as_str() } else { para.as_str() };
                let kind = match classify(p).kind {
                    LineKind::Item => Kind::Item,
                    LineKind::SubItem => Kind::SubItem,
                    _ => Kind::Text,
                };
                let at = tree.node(id).children.len();
                ids.push(tree.insert(id, at, new_line(tree, kind, p, trail)));
            }
            ids
        }
        Kind::Paragraph => {
            let (parent, idx) = tree.index_in_parent(id).expect("a 款 has its article");
            tree.delete(id);
            // (before the deleted 款 or after it: a deleted line is not rendered)
            add_paragraphs(tree, parent, idx, paragraphs, &end_trail)
        }
        _ => {
            // a policy item's (or point's) new wording may give its responsible units, on a line of
            // their own or after its last sentence (…人才。责任单位：…): they are its list of that name,
            // which they replace, not more of its text
            let (paragraphs, units) = match kind {
                Kind::Item | Kind::Point => {
                    let inline =
                        units_on_own_lines(tree) || tree.children(id).iter().any(|&c| tree.node(c).kind == Kind::Units);
                    units_apart(paragraphs, inline)
                }
                _ => (paragraphs.to_vec(), Vec::new()),
            };
            let paragraphs = &paragraphs[..];
            // an item, a point, a line of text: its own line takes the first paragraph; an item
            // keeps the closing mark (；。) of the item it replaces when the new wording has none
            let mut first = paragraphs[0].clone();
            if matches!(kind, Kind::Item | Kind::SubItem | Kind::SubSubItem | Kind::CircledItem) {
                let old_end = tree.node(id).text.chars().last();
                let new_end = first.chars().last();
                if let (Some(o @ ('；' | '。' | ';')), Some(n)) = (old_end, new_end)
                    && !matches!(n, '。' | '；' | ';' | '，' | '：' | '”' | '）')
                {
                    first.push(o);
                }
            }
            let first = &first;
            let c = classify(first);
            let own_trail = if tree.children(id).is_empty() { end_trail.clone() } else { tree.node(id).trail.clone() };
            {
                let n = tree.node_mut(id);
                let same_kind = matches!(
                    (n.kind, c.kind),
                    (Kind::Item, LineKind::Item)
                        | (Kind::Point, LineKind::Point)
                        | (Kind::SubItem, LineKind::SubItem)
                        | (Kind::SubSubItem, LineKind::SubSubItem)
                        | (Kind::CircledItem, LineKind::CircledItem)
                        | (Kind::Chapter, LineKind::Chapter)
                        | (Kind::Section, LineKind::Section)
                        | (Kind::Part, LineKind::Part)
                );
                if same_kind {
                    n.label = c.label.map(Substr::from);
                    n.sep = c.sep.into();
                    n.text = c.text.into();
                } else {
                    n.text = first.as_str().into();
                }
                n.gap = false;
                n.trail = own_trail.clone();
            }
            tree.mark_fresh(id);
            // a heading's line is replaced; its articles stay
            if !matches!(kind, Kind::Chapter | Kind::Section | Kind::Part) {
                for c in tree.children(id) {
                    if !matches!(tree.node(c).kind, Kind::Units) {
                        tree.delete(c);
                    }
                }
            }
            // the lines after the first follow it; the last of them takes the unit's own ending, and
            // the ones before it the document's paragraph break
            let mut ids = vec![id];
            let (parent, idx) = tree.index_in_parent(id).expect("not the root");
            let item = kind == Kind::Item;
            let kind = if tree.node(parent).kind == Kind::Article || item { Kind::Item } else { Kind::Text };
            let mut siblings = 0;
            for p in &paragraphs[1..] {
                let previous = *ids.last().expect("the first line");
                tree.node_mut(previous).trail = tree.para_trail.clone();
                // an item's wording may go on below its line, as the document's items do: a paragraph,
                // its measures 1. and their lines （1）, which are the item's (before its list of
                // units); an item line is an item of its own after it
                let below = match classify(p).kind {
                    LineKind::Item => None,
                    LineKind::SubItem => Some(Kind::SubItem),
                    LineKind::SubSubItem => Some(Kind::SubSubItem),
                    _ => Some(Kind::Text),
                };
                match below.filter(|_| item) {
                    Some(k) => {
                        let live = |t: &Tree, c: NodeId, k: Kind| !t.node(c).deleted && t.node(c).kind == k;
                        let under = match k {
                            Kind::SubSubItem => {
                                tree.children(id).into_iter().rfind(|&c| live(tree, c, Kind::SubItem)).unwrap_or(id)
                            }
                            _ => id,
                        };
                        let kids = &tree.node(under).children;
                        let at = kids.iter().position(|&c| live(tree, c, Kind::Units)).unwrap_or(kids.len());
                        ids.push(tree.insert(under, at, new_line(tree, k, p, &own_trail)));
                    }
                    None => {
                        siblings += 1;
                        ids.push(tree.insert(parent, idx + siblings, new_line(tree, kind, p, &own_trail)));
                    }
                }
            }
            for line in &units {
                ids.push(set_units(tree, id, line));
            }
            ids
        }
    }
}

/// The new wording of an item without its lists of responsible units, and those lists: paragraphs
/// that are one (责任单位：…), and, where `inline` (the document gives its lists lines of their
/// own), one that ends the first paragraph after a sentence. A wording that would be left with no
/// text of its own keeps them as text.
pub fn units_apart(paragraphs: &[String], inline: bool) -> (Vec<String>, Vec<String>) {
    let (mut text, mut units): (Vec<String>, Vec<String>) = paragraphs.iter().cloned().partition(|p| !is_units_line(p));
    if inline
        && let Some(first) = text.first_mut()
        && let Some(at) =
            first.match_indices(['。', '；']).map(|(i, m)| i + m.len()).find(|&i| is_units_line(&first[i..]))
    {
        units.insert(0, first[at..].to_string());
        first.truncate(at);
    }
    if text.is_empty() || text[0].trim().is_empty() { (paragraphs.to_vec(), Vec::new()) } else { (text, units) }
}

/// A list of responsible units written as a line (责任单位：…), not in a parenthesis.
fn is_units_line(p: &str) -> bool {
    classify(p).kind == LineKind::Units && !p.starts_with(['（', '('])
}

/// Whether the document gives the lists of responsible units of its items and points lines of their
/// own (（一）…。⏎责任单位：…) rather than writing them in the item's text.
pub fn units_on_own_lines(tree: &Tree) -> bool {
    tree.all(Kind::Units)
        .into_iter()
        .any(|u| tree.node(u).parent.is_some_and(|p| matches!(tree.node(p).kind, Kind::Item | Kind::Point)))
}

/// A list of responsible units (a line, 责任单位：…) as a node of its own, written by the decision.
pub fn units_node(tree: &Tree, line: &str, trail: &str) -> TNode {
    let c = classify(line);
    let mut n = TNode::new(Kind::Units);
    n.lead = tree.line_lead(Kind::Units);
    n.label = c.label.map(Substr::from);
    n.sep = c.sep.into();
    n.text = c.text.into();
    n.trail = trail.into();
    n.fresh = std::iter::once(0..n.text.len()).collect();
    n
}

/// Writes a list of responsible units (a whole line, 责任单位：…) as `unit`'s list of that name:
/// over the one it has (any other of that name goes), or after its lines when it has none. Returns
/// the list's node.
fn set_units(tree: &mut Tree, unit: NodeId, line: &str) -> NodeId {
    let c = classify(line);
    let name = |label: Option<&str>| label.map(|l| crate::document::units_name(l).to_string());
    let wanted = name(c.label);
    let same: Vec<NodeId> = tree
        .children(unit)
        .into_iter()
        .filter(|&k| tree.node(k).kind == Kind::Units && name(tree.node(k).label.as_deref()) == wanted)
        .collect();
    // one list of that name is left: a second one (an item merged into this one brought its own)
    // gives way to the list written
    for &k in same.iter().skip(1) {
        tree.delete(k);
    }
    let id = match same.first().copied() {
        Some(k) => k,
        None => {
            // after the unit's last line, which hands it its line break
            let last = tree.last_line(unit);
            let trail = tree.node(last).trail.clone();
            tree.node_mut(last).trail = tree.para_trail.clone();
            let at = tree.node(unit).children.len();
            let mut n = TNode::new(Kind::Units);
            n.trail = trail;
            tree.insert(unit, at, n)
        }
    };
    let n = tree.node_mut(id);
    n.label = c.label.map(Substr::from);
    n.sep = c.sep.into();
    n.text = c.text.into();
    tree.mark_fresh(id);
    id
}

/// Where an article lives (its parent) and its index there.
pub fn position(tree: &Tree, id: NodeId) -> (NodeId, usize) {
    tree.index_in_parent(id).expect("not the root")
}

/// Live main articles (not 之一) in document order.
pub fn articles(tree: &Tree) -> Vec<NodeId> {
    tree.all(Kind::Article).into_iter().filter(|&a| tree.node(a).sub_number.is_none()).collect()
}

/// Puts `article` (detached or new) where its final number `y` says, in the current article order:
/// after the article that is now (y-1)th, in that article's chapter.
pub fn place_article(tree: &mut Tree, article: NodeId, y: u32) {
    let seq: Vec<NodeId> = articles(tree).into_iter().filter(|&a| a != article).collect();
    let y = y.max(1) as usize;
    if y >= 2 && y - 2 < seq.len() {
        // after the previous article and the 之一 articles that follow it
        let prev = seq[y - 2];
        let (parent, idx) = position(tree, prev);
        let mut at = idx + 1;
        let kids = tree.node(parent).children.clone();
        while at < kids.len() && tree.node(kids[at]).kind == Kind::Article && tree.node(kids[at]).sub_number.is_some() {
            at += 1;
        }
        let at = index_without(tree, article, parent, at);
        tree.move_to(article, parent, at);
    } else if let Some(&first) = seq.first() {
        let (parent, idx) = position(tree, first);
        let idx = index_without(tree, article, parent, idx);
        tree.move_to(article, parent, idx);
    } else {
        let root = tree.root;
        let at = tree.node(root).children.len();
        tree.move_to(article, root, at);
    }
}

/// Puts a 之N article after article `n` and the 之 articles before it (第六条之一 after 第六条; 之二
/// after 之一). Where there is no article `n`, by its place among the articles.
pub fn place_zhi_article(tree: &mut Tree, article: NodeId, n: u32, sub: u32) {
    match zhi_anchor(tree, article, n, sub) {
        Some(prev) => {
            let (parent, idx) = position(tree, prev);
            let at = index_without(tree, article, parent, idx + 1);
            tree.move_to(article, parent, at);
        }
        None => place_article(tree, article, n),
    }
}

/// The article a 之N article goes right after: article `n`, or the last of its 之 articles before
/// this one (之二 goes after 之一, not between 第六条 and 之一). `article` itself is not one.
pub fn zhi_anchor(tree: &Tree, article: NodeId, n: u32, sub: u32) -> Option<NodeId> {
    tree.all(Kind::Article).into_iter().rfind(|&a| {
        let node = tree.node(a);
        a != article && node.number == Some(n) && node.sub_number.is_none_or(|s| s < sub)
    })
}

/// Where an item goes to be the `n`th of the items of its scope, where they run on through the
/// points of a policy text ([`item_scope`]): right after the item that is then the (n-1)th (in that
/// one's point), or before the first; the item itself taken out of the run, and the index the one
/// it has once it has left its place ([`index_without`]). None where items are counted in their list.
pub fn running_place(tree: &Tree, item: NodeId, n: u32) -> Option<(NodeId, usize)> {
    let scope = item_scope(tree, item);
    if Some(scope) == tree.node(item).parent {
        return None;
    }
    let run: Vec<NodeId> = tree
        .subtree(scope)
        .into_iter()
        .filter(|&c| c != item && tree.node(c).kind == Kind::Item && item_scope(tree, c) == scope)
        .collect();
    let (anchor, after) = match (n as usize).checked_sub(2) {
        Some(k) => (*run.get(k).or(run.last())?, true),
        None => (*run.first()?, false),
    };
    let (parent, idx) = tree.index_in_parent(anchor)?;
    Some((parent, index_without(tree, item, parent, idx + usize::from(after))))
}

/// An index among `parent`'s children counted with `node` among them, as it is once `node` has left
/// (an article moved later in its own chapter).
fn index_without(tree: &Tree, node: NodeId, parent: NodeId, at: usize) -> usize {
    match tree.index_in_parent(node) {
        Some((p, i)) if p == parent && i < at => at - 1,
        _ => at,
    }
}

/// A node built from quoted lines, with its children, before it is put into the tree.
pub struct Built {
    pub node: TNode,
    pub children: Vec<TNode>,
}

/// Quoted lines (a heading and what follows it) as nodes in this document's layout: headings and
/// articles are top-level nodes, the 款 and 项 of an article its children.
pub fn lines_to_nodes(tree: &Tree, lines: &[String]) -> Vec<Built> {
    let trail = tree.para_trail.clone();
    let lead_of = |kind: Kind| match kind {
        Kind::Part | Kind::Chapter | Kind::Section => division_lead(tree, kind),
        _ => tree.all(kind).first().map(|&i| tree.node(i).lead.clone()).unwrap_or_default(),
    };
    let own_lines = units_on_own_lines(tree);
    let mut out: Vec<Built> = Vec::new();
    for l in lines {
        let c = classify(l);
        let kind = match c.kind {
            LineKind::Part => Some(Kind::Part),
            LineKind::Chapter => Some(Kind::Chapter),
            LineKind::Section => Some(Kind::Section),
            LineKind::Point => Some(Kind::Point),
            LineKind::Article if tree.family == crate::document::Family::Law => Some(Kind::Article),
            LineKind::Item if tree.family != crate::document::Family::Law => Some(Kind::Item),
            _ => None,
        };
        match kind {
            Some(Kind::Article) => {
                let mut a = TNode::new(Kind::Article);
                a.label = c.label.map(Substr::from);
                a.sep = c.sep.into();
                a.number = c.number;
                a.sub_number = c.sub_number;
                a.lead = lead_of(Kind::Article);
                let p = new_line(tree, Kind::Paragraph, c.text, &trail);
                out.push(Built { node: a, children: vec![p] });
            }
            Some(k) => {
                // an item's or a point's responsible units after its last sentence (…人才。责任单位：…)
                // are its list, on a line of their own where the document writes them so
                let (text, units) = match k {
                    Kind::Item | Kind::Point => {
                        let (text, units) = units_apart(std::slice::from_ref(&c.text.to_string()), own_lines);
                        (text.into_iter().next().unwrap_or_default(), units)
                    }
                    _ => (c.text.to_string(), Vec::new()),
                };
                let mut n = TNode::new(k);
                n.label = c.label.map(Substr::from);
                n.sep = c.sep.into();
                n.text = text.as_str().into();
                n.number = c.number;
                n.lead = lead_of(k);
                n.trail = trail.clone();
                n.fresh = std::iter::once(0..n.text.len()).collect();
                let children = units.iter().map(|u| units_node(tree, u, &trail)).collect();
                out.push(Built { node: n, children });
            }
            None => match out.last_mut() {
                Some(b) if b.node.kind == Kind::Article => {
                    let k = if c.kind == LineKind::Item { Kind::Item } else { Kind::Paragraph };
                    b.children.push(new_line(tree, k, l, &trail));
                }
                // a list of responsible units on its own line is the list of the item or point above it
                Some(b) if matches!(b.node.kind, Kind::Item | Kind::Point) && is_units_line(l) => {
                    b.children.push(units_node(tree, l, &trail));
                }
                _ => out.push(Built { node: new_line(tree, Kind::Text, l, &trail), children: vec![] }),
            },
        }
    }
    out
}

/// Puts a built node (and its children) into the tree.
/// An article's items go under the 款 before them, as the document's are (第二条第一款第三项).
pub fn insert_built(tree: &mut Tree, parent: NodeId, index: usize, b: Built) -> NodeId {
    let article = b.node.kind == Kind::Article;
    let id = tree.insert(parent, index, b.node);
    let mut paragraph = None;
    for c in b.children {
        let kind = c.kind;
        let holder = match paragraph {
            Some(p) if article && kind == Kind::Item => p,
            _ => id,
        };
        let at = tree.node(holder).children.len();
        let cid = tree.insert(holder, at, c);
        if kind == Kind::Paragraph {
            paragraph = Some(cid);
        }
    }
    tree.fit_breaks(id);
    id
}

/// Whether a unit after an anchor stands there by an earlier instruction (inserted, or moved
/// there), or is gone: what a unit put after that anchor goes after.
pub fn placed_earlier(tree: &Tree, id: NodeId) -> bool {
    let n = tree.node(id);
    n.orig_path.is_none() || n.deleted || n.placed.is_some()
}

/// Where a unit inserted after (or before) `anchor` goes among its siblings: after the anchor and
/// after what earlier instructions inserted or moved there, so that insertions and moves keep the
/// notice's order.
pub fn insertion_index(tree: &Tree, anchor: NodeId, after: bool) -> usize {
    if after {
        index_after(tree, anchor, None)
    } else {
        // before the anchor, after what was already inserted before it
        position(tree, anchor).1
    }
}

/// Where a unit goes after `anchor` among its siblings, counted without `moving` (a unit moved
/// there, which may be one of them): after the anchor and after what earlier instructions put there.
pub fn index_after(tree: &Tree, anchor: NodeId, moving: Option<NodeId>) -> usize {
    let (parent, _) = position(tree, anchor);
    let kids: Vec<NodeId> = tree.node(parent).children.iter().copied().filter(|&c| Some(c) != moving).collect();
    let mut at = kids.iter().position(|&c| c == anchor).expect("the anchor is its parent's child") + 1;
    while at < kids.len() && placed_earlier(tree, kids[at]) {
        at += 1;
    }
    at
}
