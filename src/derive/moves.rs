//! Which units moved, for derive: those the diff calls moved, and those it keeps in place that a
//! notice cannot leave there. Headings that were added or deleted move nothing (删去第二节的节名
//! takes the section's articles into the chapter where they stand); but where two units that both
//! versions keep changed their order (an article and a heading, or two headings), one of them moved.
//!
//! The diff aligns clauses by their order and text and headings by their names: where an article
//! crossed a heading it may keep the article and call its neighbour moved (第六十二条 stays and
//! 第六十三条 moves before it, across 第六章's heading), and a section heading deleted in one chapter
//! and another added in the next may be aligned as one heading renamed. Of each pair that crossed,
//! the unit in most crossings is moved, until none is left: a heading that went elsewhere crosses
//! every article between its places, an article that crossed one heading only that heading (an
//! article rather than a heading where they tie). A paragraph in no article is aligned by its text
//! alone, wherever it stands: it moved when it stands under another division.

use std::collections::{HashMap, HashSet};

use super::locate::parent_of;
use crate::diff::{DocumentDiff, UnitKind};
use crate::document::{Document, Kind, Node};

/// The new paths of the units that moved.
pub fn moved(old: &Document, new: &Document, d: &DocumentDiff) -> HashSet<String> {
    let mut out: HashSet<String> =
        d.changes.iter().filter(|c| c.moved).filter_map(|c| Some(c.new.as_ref()?.path.to_string())).collect();
    let pairs: Vec<(&str, &str, UnitKind)> = d
        .changes
        .iter()
        .filter(|c| !c.moved)
        .filter_map(|c| Some((c.old.as_ref()?.path.as_str(), c.new.as_ref()?.path.as_str(), c.unit)))
        .collect();
    // the headings both versions keep, by their places in each (document order)
    let order = |doc: &Document| -> HashMap<String, usize> {
        doc.nodes().into_iter().enumerate().map(|(i, n)| (n.path.to_string(), i)).collect()
    };
    let (old_at, new_at) = (order(old), order(new));
    let kept: HashMap<&str, &str> = pairs.iter().filter(|p| p.2 == UnitKind::Heading).map(|p| (p.1, p.0)).collect();
    // kept clauses and headings whose order changed: each pair that crossed needs one of them moved
    let placed: Vec<(&str, usize, usize, bool)> = pairs
        .iter()
        .filter(|p| matches!(p.2, UnitKind::Clause | UnitKind::Heading))
        .filter_map(|&(o, n, u)| Some((n, *old_at.get(o)?, *new_at.get(n)?, u == UnitKind::Heading)))
        .collect();
    let mut crossings: Vec<(usize, usize)> = Vec::new();
    for (i, a) in placed.iter().enumerate().filter(|(_, a)| a.3) {
        for (j, b) in placed.iter().enumerate() {
            if i != j && !(b.3 && j < i) && (a.1 < b.1) != (a.2 < b.2) {
                crossings.push((i, j));
            }
        }
    }
    // the fewest units moved, greedily: the one in most crossings first (a heading that went
    // elsewhere crosses every clause between its places; an article that crossed one heading, one),
    // an article rather than a heading where they tie
    while !crossings.is_empty() {
        let mut count: HashMap<usize, usize> = HashMap::new();
        for &(i, j) in &crossings {
            *count.entry(i).or_default() += 1;
            *count.entry(j).or_default() += 1;
        }
        let (&pick, _) = count
            .iter()
            .max_by_key(|&(&k, &c)| (c, !placed[k].3, std::cmp::Reverse(k)))
            .expect("a crossing has two ends");
        out.insert(placed[pick].0.to_string());
        crossings.retain(|&(i, j)| i != pick && j != pick);
    }
    // a paragraph in no article that stands under another division
    for &(o, n, unit) in pairs.iter().filter(|p| p.2 == UnitKind::Text) {
        let (Some(on), Some(nn)) = (old.root.find_path(o), new.root.find_path(n)) else { continue };
        let division =
            |doc: &Document, x: &Node| parent_of(doc, x).filter(|p| p.kind != Kind::Document).map(|p| p.path.clone());
        let (po, pn) = (division(old, on), division(new, nn));
        if unit == UnitKind::Text && pn.as_deref().map(|p| kept.get(p).copied()) != po.as_deref().map(Some) {
            out.insert(n.to_string());
        }
    }
    out
}
