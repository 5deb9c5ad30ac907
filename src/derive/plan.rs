//! The local plan: unit by unit along the clause alignment of [`crate::diff`], what changed as
//! operations on the old numbering: phrase edits ([`super::phrase`]), whole replacements where most
//! of a unit changed or its structure did, deletions, insertions anchored on surviving units, and
//! whether numbering moves.

use std::collections::{HashMap, HashSet};

use super::draft::{Draft, Planned};
use super::locate::{locator_of, occurrences, parent_of, scope_for, scope_text};
use super::moves;
use super::phrase::{line_replacement, phrase_drafts};
use super::scopes::body_lines;
use super::verify::same_up_to;
use crate::diff::{self, ChangeKind, DiffOptions, DocumentDiff, UnitKind};
use crate::document::{Document, Family, Kind, Node};

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
    // units that moved (by new path), and old nodes that survive in place, by new path, for
    // anchoring insertions
    let moved = moves::moved(old, new, &d);
    let mut survivors: HashMap<&str, &str> = d
        .changes
        .iter()
        .filter(|c| matches!(c.unit, UnitKind::Clause | UnitKind::Heading | UnitKind::Text))
        .filter_map(|c| Some((c.new.as_ref()?.path.as_str(), c.old.as_ref()?.path.as_str())))
        .filter(|(n, _)| !moved.contains(*n))
        .collect();
    let rewritten = rewritten_in_place(old, new, &d, &moved, coarse);
    // (a clause rewritten in place stands where the old one stood: new ones are placed after it)
    survivors.extend(rewritten.iter().map(|(o, (_, n))| (n.as_str(), o.as_str())));
    let mut absorbed: HashSet<String> = HashSet::new();
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
        let is_absorbed = new_path.as_ref().is_some_and(|p| absorbed.contains(p.as_str()));
        let onode = old_path.and_then(|p| old.root.find_path(p));
        let nnode = new_path.as_deref().and_then(|p| new.root.find_path(p));
        let is_coarse = new_path.as_ref().is_some_and(|p| coarse.contains(p.as_str()));
        let plan = |draft: Draft| Planned { draft, new_path: new_path.as_ref().map(|p| p.to_string()) };
        // a unit that moved (changed or not) is deleted where it stood and inserted where it stands;
        // a unit the round trip did not reproduce is rewritten whole, whatever the diff called it
        let change = if new_path.as_ref().is_some_and(|p| moved.contains(p.as_str())) {
            ChangeKind::Moved
        } else if matches!(c.change, ChangeKind::Renumbered | ChangeKind::Unchanged) && is_coarse {
            ChangeKind::Modified
        } else {
            c.change
        };
        // a clause deleted where a new one of its kind stands: rewritten in place (将第十一条修改为：“…”)
        if change == ChangeKind::Deleted && old_path.is_some_and(|p| rewritten.contains_key(p)) {
            continue;
        }
        if change == ChangeKind::Inserted
            && let (Some(p), Some(n)) = (&new_path, nnode)
            && let Some(&(o, _)) = rewritten.values().find(|(_, np)| np == p)
        {
            let loc = locator_of(old, o).ok_or_else(|| format!("{}: no locator names this unit", o.path))?;
            let paragraphs = new_unit_paragraphs(n);
            drafts.push(plan(Draft::ReplaceNode { loc, paragraphs }));
            continue;
        }
        match change {
            ChangeKind::Unchanged => {}
            ChangeKind::Renumbered => renumber = true,
            // a clause that moved beside clauses that stayed, in one piece: moved there (and its
            // text, if that changed too, edited by its old number as any other's)
            ChangeKind::Moved
                if !is_coarse
                    && !is_absorbed
                    && let (Some(o), Some(n)) = (onode, nnode)
                    && let Some(draft) = relocation(old, new, o, n, &survivors) =>
            {
                renumber |= new.family == Family::Law;
                drafts.push(plan(draft));
                if content_differs(o, n) {
                    drafts.extend(modified(old, o, n, false, keep)?.into_iter().map(plan));
                }
            }
            ChangeKind::Deleted | ChangeKind::Inserted | ChangeKind::Moved => {
                // paragraphs in no article have no number
                renumber |= new.family == Family::Law && c.unit != UnitKind::Text;
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
                    } else if locator_of(old, o).is_some() && o.kind != Kind::Units {
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
                    let count = |d: &Document| d.nodes().iter().filter(|o| o.line() == n.line()).count();
                    if change == ChangeKind::Inserted
                        && matches!(n.kind, Kind::Text | Kind::Units)
                        && count(new) <= count(old)
                    {
                        continue;
                    }
                    let draft = insertion(old, new, n, &survivors, &mut absorbed)?;
                    drafts.push(plan(draft));
                }
            }
            ChangeKind::Modified | ChangeKind::Formatting => {
                let (Some(o), Some(n)) = (onode, nnode) else { continue };
                if c.old.as_ref().map(|s| &s.number) != c.new.as_ref().map(|s| &s.number) {
                    // paragraphs in no article have no number
                    renumber |= new.family == Family::Law && c.unit != UnitKind::Text;
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

/// The clauses deleted where a new clause of their kind stands, each with that new clause (old path
/// → (old node, new path)): between the same units that stay, the k-th deleted clause and the k-th
/// new one, when both are articles (or both items of a policy text) under the same division. A
/// decision rewrites such an article in place (第十一条修改为：“…”) rather than deleting it and adding
/// another as the same number; the round trip proves it.
fn rewritten_in_place<'a>(
    old: &'a Document,
    new: &Document,
    d: &DocumentDiff,
    moved: &HashSet<String>,
    coarse: &HashSet<String>,
) -> HashMap<String, (&'a Node, String)> {
    let is_clause = |k: Kind| is_clause(new, k);
    let mut out = HashMap::new();
    let (mut gone, mut came): (Vec<&'a Node>, Vec<&Node>) = (Vec::new(), Vec::new());
    let mut pair_up = |gone: &mut Vec<&'a Node>, came: &mut Vec<&Node>| {
        for (o, n) in gone.drain(..).zip(came.drain(..)) {
            let division = |doc: &Document, x: &Node| parent_of(doc, x).map(|p| p.line());
            if o.kind == n.kind && o.sub_number == n.sub_number && division(old, o) == division(new, n) {
                out.insert(o.path.to_string(), (o, n.path.to_string()));
            }
        }
        gone.clear();
        came.clear();
    };
    for c in &d.changes {
        let node_old = c.old.as_ref().and_then(|s| old.root.find_path(&s.path));
        let node_new = c.new.as_ref().and_then(|s| new.root.find_path(&s.path));
        match (c.change, node_old, node_new) {
            (ChangeKind::Deleted, Some(o), None) if is_clause(o.kind) => gone.push(o),
            // (one the round trip did not reproduce so is added as new; the run ends there)
            (ChangeKind::Inserted, None, Some(n))
                if is_clause(n.kind) && !moved.contains(n.path.as_str()) && !coarse.contains(n.path.as_str()) =>
            {
                came.push(n)
            }
            // paragraphs in no article and lines under a clause do not part a run
            _ if c.unit != UnitKind::Clause && c.unit != UnitKind::Heading => {}
            _ => pair_up(&mut gone, &mut came),
        }
    }
    pair_up(&mut gone, &mut came);
    out
}

/// 将第六条移至第四条之后 for a clause (an article, a policy item) that moved to stand among
/// clauses of its kind that stayed, in the same division (or list): after the nearest one before
/// it, else before the nearest one after it. `None` where the division has no such clause (the move
/// is then written as a deletion and an insertion); the round trip proves the rest.
fn relocation(old: &Document, new: &Document, o: &Node, n: &Node, survivors: &HashMap<&str, &str>) -> Option<Draft> {
    if !is_clause(new, n.kind) || o.kind != n.kind {
        return None;
    }
    let parent = parent_of(new, n)?;
    let at = parent.children.iter().position(|c| std::ptr::eq(c, n))?;
    let stayed = |x: &Node| {
        let p = survivors.get(x.path.as_str())?;
        old.root.find_path(p).filter(|y| y.kind == n.kind)
    };
    // (units moved or added between it and its anchor come in the notice's order, which is the
    // new version's)
    let before = parent.children[..at].iter().rev().find_map(stayed);
    let after = parent.children[at + 1..].iter().find_map(stayed);
    let (anchor, is_after) = match (before, after) {
        (Some(a), _) => (a, true),
        (None, Some(a)) => (a, false),
        (None, None) => return None,
    };
    Some(Draft::Move { loc: locator_of(old, o)?, anchor: locator_of(old, anchor)?, after: is_after })
}

/// Whether a unit's text (not its label) differs between its versions.
fn content_differs(o: &Node, n: &Node) -> bool {
    let lines = |x: &Node| -> Vec<String> { x.descendants().into_iter().skip(1).map(|d| d.line()).collect() };
    o.text != n.text || lines(o) != lines(n)
}

/// Whether a unit of this kind is one of the text's clauses: an article, or a policy text's item.
fn is_clause(doc: &Document, k: Kind) -> bool {
    k == Kind::Article || (doc.family != Family::Law && k == Kind::Item)
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
            Draft::ReplaceHeading { loc, heading: n.text.to_string() }
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
        if same_up_to(&old_line, &new_line, keep) {
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
        let changed = ol.iter().zip(&nl).filter(|(a, b)| !same_up_to(&a.line(), &b.line(), keep)).count();
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
    let is_clause = |x: &Node| is_clause(new, x.kind);
    if n.kind == Kind::Text
        && let Some(draft) = paragraphs_insertion(old, new, n, survivors, absorbed)?
    {
        return Ok(draft);
    }
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
        // its own paragraphs in no article, before its first article or division
        for x in n.children.iter().take_while(|x| x.kind == Kind::Text) {
            absorbed.insert(x.path.to_string());
            paragraphs.push(x.line());
        }
        let mut j = i + 1;
        // the new clauses right after the heading go into its quotation
        while let Some(x) = seq.get(j) {
            if !is_clause(x) || survivor(x).is_some() {
                break;
            }
            absorbed.insert(x.path.to_string());
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

/// New paragraphs in no article under a heading (`第二章/¶1`), with the new ones right after them:
/// after the surviving paragraph before them (在第二章第一段后增加一段) or, where none is, right
/// after their heading (在第二章章名后增加两段). `None` where `n` is not such a paragraph.
fn paragraphs_insertion(
    old: &Document,
    new: &Document,
    n: &Node,
    survivors: &HashMap<&str, &str>,
    absorbed: &mut HashSet<String>,
) -> Result<Option<Draft>, String> {
    let Some(parent) = parent_of(new, n).filter(|p| p.kind.is_division()) else {
        return Ok(None);
    };
    let at = parent.children.iter().position(|c| c.path == n.path).expect("a child of its parent");
    let mut paragraphs = Vec::new();
    for x in
        parent.children[at..].iter().take_while(|x| x.kind == Kind::Text && !survivors.contains_key(x.path.as_str()))
    {
        absorbed.insert(x.path.to_string());
        paragraphs.push(x.line());
    }
    let place = match at.checked_sub(1).map(|i| &parent.children[i]) {
        Some(prev) => {
            let o =
                survivors.get(prev.path.as_str()).and_then(|p| old.root.find_path(p)).filter(|o| o.kind == Kind::Text);
            let loc = o.and_then(|o| locator_of(old, o));
            format!(
                "{}后",
                loc.ok_or_else(|| format!(
                    "{}: a new paragraph after {}, which is no paragraph of the old version",
                    n.path, prev.path
                ))?
            )
        }
        None => {
            let o = survivors.get(parent.path.as_str()).and_then(|p| old.root.find_path(p));
            let loc = o.and_then(|o| locator_of(old, o)).ok_or_else(|| format!("{}: its heading is new", n.path))?;
            format!("{loc}{}名后", unit_char(parent.kind))
        }
    };
    Ok(Some(Draft::InsertParagraphs { place, paragraphs }))
}

/// An article's first paragraph, for the line `第X条 …` in a quoted chapter.
fn first_paragraph(article: &Node) -> String {
    article.children.first().map(|p| p.line()).unwrap_or_default()
}
