//! Resolving locators on the ORIGINAL document: 第十四项, 第一点第四项, 第六点“拓展市场”,
//! 第十条第二款第三项, 第十二条至第十六条, 名称, 引言, 第五条条首部分, 第二项第二自然段, 全文. A locator
//! that names nothing or several nodes is an error that says what the document has instead.
//!
//! Locators whose steps are FINAL numbers (the place a unit is inserted into or moved to: 作为第五条
//! 第二款) are resolved by [`resolve_final`] once every unit has its final number.

use super::model::ErrorKind;
use super::tree::{NodeId, Tree};
use crate::document::Kind;
use crate::notice::{LAST, Locator, Step};
use crate::text::without_blanks;

/// Why a locator could not be resolved.
#[derive(Debug, Clone)]
pub struct LocateError {
    pub kind: ErrorKind,
    pub message: String,
    pub path: Option<String>,
}

pub(super) fn kind_of(step: &Step) -> Option<Kind> {
    Some(match step {
        Step::Part(_) => Kind::Part,
        Step::Chapter(_) => Kind::Chapter,
        Step::Section(_) => Kind::Section,
        Step::Article(..) => Kind::Article,
        Step::Paragraph(_) => Kind::Paragraph,
        Step::Item(_) => Kind::Item,
        Step::SubItem(_) => Kind::SubItem,
        Step::SubSubItem(_) => Kind::SubSubItem,
        Step::Point(_) => Kind::Point,
        Step::Attachment(_) => Kind::Attachment,
        _ => return None,
    })
}

fn matches(tree: &Tree, id: NodeId, step: &Step) -> bool {
    let n = tree.node(id);
    if Some(n.kind) != kind_of(step) {
        return false;
    }
    match *step {
        Step::Article(a, sub) => n.number == Some(a) && n.sub_number == sub,
        Step::Part(x)
        | Step::Chapter(x)
        | Step::Section(x)
        | Step::Paragraph(x)
        | Step::Item(x)
        | Step::SubItem(x)
        | Step::SubSubItem(x)
        | Step::Point(x) => n.number == Some(x),
        // 附件 alone: any (and the only one, or the locator is ambiguous)
        Step::Attachment(x) => x == 0 || n.number == Some(x),
        _ => false,
    }
}

/// Nodes of the step's kind under `scope`, not descending into nodes of the same kind, nor into
/// the header (a table of contents repeats chapter names).
fn candidates(tree: &Tree, scope: NodeId, step: &Step, out: &mut Vec<NodeId>) {
    for c in tree.children(scope) {
        let n = tree.node(c);
        if n.kind == Kind::Header {
            continue;
        }
        if Some(n.kind) == kind_of(step) {
            out.push(c);
            continue;
        }
        // a 款 is only looked for directly under its article
        if matches!(step, Step::Paragraph(_)) {
            continue;
        }
        candidates(tree, c, step, out);
    }
}

/// Where the `step`th 项 goes in an article named above the 款 that holds its items (第八条第三项,
/// the items being in 第八条's 款): beside the item now at that place, or after the last one; with
/// no items, in the article's only 款.
pub fn list_parent(tree: &Tree, article: NodeId, step: &Step) -> NodeId {
    let mut c = Vec::new();
    candidates(tree, article, step, &mut c);
    let n = match *step {
        Step::Item(k) | Step::SubItem(k) => k as usize,
        _ => 1,
    };
    match c.get(n.saturating_sub(1)).or(c.last()) {
        Some(&item) => tree.node(item).parent.unwrap_or(article),
        None => match super::nodes::children_of(tree, article, Kind::Paragraph)[..] {
            [only] => only,
            _ => article,
        },
    }
}

/// What the document has of a kind under a scope, for error messages: （一）…（二十五）.
fn inventory(tree: &Tree, scope: NodeId, step: &Step) -> String {
    let mut all = Vec::new();
    candidates(tree, scope, step, &mut all);
    let labels: Vec<String> = all.iter().map(|&i| tree.node(i).path()).collect();
    match labels.len() {
        0 => "none at all".into(),
        1..=6 => labels.join(", "),
        n => format!("{} … {} ({n} in all)", labels[..3].join(", "), labels[n - 1]),
    }
}

/// For a locator that names nothing in the original, said when its instruction runs: where a unit
/// an earlier instruction added was given the number its last step names (在第三条增加一项，作为第四项,
/// then 删去第三条第四项中的“…”), that a decision's numbers name the original's units, so the new one is
/// not named so, and a change to it belongs in the text that adds it. Empty otherwise.
pub fn added_so_named(tree: &Tree, loc: &Locator) -> String {
    let Some((last, prefix)) = loc.steps.split_last() else { return String::new() };
    let scopes = if prefix.is_empty() {
        vec![tree.root]
    } else {
        let within = Locator { steps: prefix.to_vec(), ..loc.clone() };
        resolve(tree, &within).unwrap_or_default()
    };
    scopes.into_iter().map(|s| added_so(tree, s, last)).find(|h| !h.is_empty()).unwrap_or_default()
}

fn added_so(tree: &Tree, scope: NodeId, step: &Step) -> String {
    let n = match *step {
        Step::Part(n)
        | Step::Chapter(n)
        | Step::Section(n)
        | Step::Article(n, None)
        | Step::Paragraph(n)
        | Step::Item(n)
        | Step::SubItem(n)
        | Step::SubSubItem(n)
        | Step::Point(n) => n,
        _ => return String::new(),
    };
    let Some(kind) = kind_of(step) else { return String::new() };
    match added_numbered(tree, scope, kind, n).first() {
        Some((_, by)) => format!("; the {step} here is the one {by} adds{ORIGINAL_NUMBERS}"),
        None => String::new(),
    }
}

/// Why a decision's number does not name a unit one of its clauses adds.
pub const ORIGINAL_NUMBERS: &str = ": a decision's numbers name the units of the original, so a change to a unit it adds belongs in the text that adds it";

/// The units of `kind` under `scope` that a clause added and numbered `n` (作为第四项), with the
/// clause that did.
pub fn added_numbered(tree: &Tree, scope: NodeId, kind: Kind, n: u32) -> Vec<(NodeId, String)> {
    tree.subtree(scope)
        .into_iter()
        .filter_map(|id| {
            let node = tree.node(id);
            let by = node.declared.as_ref().filter(|d| d.1 == n)?;
            (node.kind == kind && node.orig_path.is_none()).then(|| (id, by.2.clone()))
        })
        .collect()
}

/// Where a scope has no unit of the kind a step names but has one of that number of another kind
/// (附件1第二项 where 附件1 numbers its lines 1. 2. 3.): that unit, and how a locator names it.
fn numbered_otherwise(tree: &Tree, scope: NodeId, step: &Step) -> String {
    let n = match *step {
        Step::Item(n) | Step::SubItem(n) | Step::Point(n) | Step::Article(n, None) => n,
        _ => return String::new(),
    };
    // (a unit within the scope, never the scope itself: 第二部分第2项 where 二 numbers its lines 1. 2.
    // is about 二/2., not about 二 being numbered 2)
    let other = tree.subtree(scope).into_iter().filter(|&id| id != scope).find(|&id| {
        let node = tree.node(id);
        matches!(node.kind, Kind::Point | Kind::Item | Kind::SubItem | Kind::Article)
            && Some(node.kind) != kind_of(step)
            && node.number == Some(n)
            && node.sub_number.is_none()
    });
    match other {
        Some(id) => format!(
            "; {} is numbered so, as a {} (第{}{})",
            tree.node(id).path(),
            tree.node(id).kind.chinese(),
            crate::text::numerals::format(n),
            tree.node(id).kind.chinese()
        ),
        None => String::new(),
    }
}

/// Whether a step names the last unit of its kind (最后一款, 末项) rather than a number.
fn is_last(step: &Step) -> bool {
    matches!(
        *step,
        Step::Paragraph(LAST) | Step::Item(LAST) | Step::SubItem(LAST) | Step::SubSubItem(LAST) | Step::Point(LAST)
    )
}

fn no_such(message: String) -> LocateError {
    LocateError { kind: ErrorKind::NoSuchNode, message, path: None }
}

/// The text before the first numbered unit of the body (引言 of a judicial interpretation).
fn preamble(tree: &Tree) -> Vec<NodeId> {
    let mut out = Vec::new();
    for c in tree.children(tree.root) {
        match tree.node(c).kind {
            Kind::Text => out.push(c),
            Kind::Header | Kind::FrontMatter | Kind::InfoEnd | Kind::Heading => {}
            _ => break,
        }
    }
    out
}

/// The natural paragraphs of a unit: its own line when it has text, then the lines under it that
/// are not units of their own (a policy item's further paragraphs); an article's are its 款.
fn natural_paragraphs(tree: &Tree, id: NodeId) -> Vec<NodeId> {
    let n = tree.node(id);
    let mut out = Vec::new();
    if n.kind == Kind::Article {
        return tree.children(id).into_iter().filter(|&c| tree.node(c).kind == Kind::Paragraph).collect();
    }
    // a unit's own line is its first natural paragraph; a division's is its heading, not one, and
    // so is a point's or an item's line that is all heading (一、总体要求 over its paragraphs)
    let all_heading = n.heading.as_deref().is_some_and(|h| h.trim() == n.text.trim());
    if !n.text.trim().is_empty() && id != tree.root && !n.kind.is_division() && !all_heading {
        out.push(id);
    }
    out.extend(tree.children(id).into_iter().filter(|&c| matches!(tree.node(c).kind, Kind::Text | Kind::Paragraph)));
    out
}

/// Resolves a locator to the nodes it names: one, or several for a range (第十二条至第十六条).
pub fn resolve(tree: &Tree, loc: &Locator) -> Result<Vec<NodeId>, LocateError> {
    if loc.steps.iter().any(|s| matches!(s, Step::Whole | Step::Related)) {
        return Ok(vec![tree.root]);
    }
    if loc.steps == [Step::Title] {
        return tree
            .all(Kind::Title)
            .first()
            .map(|&t| vec![t])
            .ok_or_else(|| no_such(format!("{}: the document has no title line to rename", loc.written_or("名称"))));
    }
    if loc.steps == [Step::Preamble] {
        let p = preamble(tree);
        if p.is_empty() {
            return Err(no_such(format!(
                "{}: the document has no text before its first numbered unit",
                loc.written_or("引言")
            )));
        }
        return Ok(p);
    }
    let mut scopes = vec![tree.root];
    let mut written = String::new();
    for step in &loc.steps {
        written.push_str(&step.to_string());
        if let Step::Lead = step {
            // the lead-in of an article is its first 款's own line (the items stay)
            let s = scopes[0];
            if tree.node(s).kind == Kind::Article {
                let first = tree.children(s).into_iter().find(|&c| tree.node(c).kind == Kind::Paragraph);
                scopes = vec![first.ok_or_else(|| no_such(format!("{written}: the article has no text")))?];
            }
            continue;
        }
        if let Step::Named = step {
            // 附则, 总则, “法律责任”一章: the one 编, 章 or 节 of that name; “二、优化发展环境”部分: the
            // one point (or division) of that name, written with its label or without
            let name = loc.heading.as_deref().unwrap_or_default();
            let divisions: Vec<NodeId> = [Kind::Part, Kind::Chapter, Kind::Section, Kind::Point]
                .into_iter()
                .flat_map(|k| tree.all(k))
                .filter(|&d| tree.is_within(d, scopes[0]))
                .collect();
            let named = |&d: &NodeId| {
                let n = tree.node(d);
                let heading = n.heading.as_deref().unwrap_or_default();
                let labelled = format!("{}{heading}", n.label.as_deref().unwrap_or_default());
                without_blanks(heading) == without_blanks(name) || without_blanks(&labelled) == without_blanks(name)
            };
            let found: Vec<NodeId> = divisions.iter().copied().filter(named).collect();
            match found[..] {
                [one] => scopes = vec![one],
                [] => {
                    let names: Vec<String> = divisions
                        .iter()
                        .map(|&d| {
                            format!("{}“{}”", tree.node(d).path(), tree.node(d).heading.as_deref().unwrap_or_default())
                        })
                        .collect();
                    return Err(no_such(format!(
                        "{}: no 编, 章, 节 or point is named “{name}”; the document has {}",
                        loc.written_or(&written),
                        if names.is_empty() { "none".to_string() } else { names.join(", ") }
                    )));
                }
                _ => {
                    let paths: Vec<String> = found.iter().map(|&d| tree.node(d).path()).collect();
                    return Err(LocateError {
                        kind: ErrorKind::AmbiguousLocator,
                        message: format!(
                            "{} names {} units: {}",
                            loc.written_or(&written),
                            found.len(),
                            paths.join(", ")
                        ),
                        path: None,
                    });
                }
            }
            continue;
        }
        if matches!(step, Step::Sentence(_) | Step::LastSentence) {
            // 第二句: a sentence of one unit's own text (the operation is given its text); an
            // article of one 款 is that 款
            let mut s = scopes[0];
            if tree.node(s).kind == Kind::Article {
                let paras: Vec<NodeId> =
                    tree.children(s).into_iter().filter(|&c| tree.node(c).kind == Kind::Paragraph).collect();
                if paras.len() == 1 {
                    s = paras[0];
                    scopes = vec![s];
                } else if paras.len() > 1 {
                    return Err(no_such(format!(
                        "{}: {} has {} 款, and a sentence is one 款's: which 款 is meant ({}第一款{}…)?",
                        loc.written_or(&written),
                        tree.node(s).path(),
                        paras.len(),
                        tree.node(s).path(),
                        step
                    )));
                }
            }
            let have = super::textops::sentences(&tree.node(s).text).len();
            if sentence_index(step, have).is_none() {
                return Err(no_such(format!(
                    "{} names nothing: {} has {have} sentence(s)",
                    loc.written_or(&written),
                    tree.node(s).path()
                )));
            }
            continue;
        }
        if let Step::NaturalParagraph(k) = *step {
            let s = scopes[0];
            let paras = natural_paragraphs(tree, s);
            match paras.get(k as usize - 1) {
                Some(&p) => scopes = vec![p],
                None => {
                    return Err(no_such(format!(
                        "{} names nothing: {} has {} natural paragraph(s)",
                        loc.written_or(&written),
                        if s == tree.root { "the document".to_string() } else { tree.node(s).path() },
                        paras.len()
                    )));
                }
            }
            continue;
        }
        let mut found = Vec::new();
        for &s in &scopes {
            let mut c = Vec::new();
            candidates(tree, s, step, &mut c);
            if is_last(step) {
                // 最后一项: the last of its kind there
                found.extend(c.last());
            } else {
                found.extend(c.into_iter().filter(|&id| matches(tree, id, step)));
            }
        }
        // 第一部分 in a text whose attachments number their own points: a locator that names no 附件
        // names the main text, as drafters write it (an attachment's units are named 附件2第一部分)
        if found.len() > 1 && !loc.steps.iter().any(|s| matches!(s, Step::Attachment(_))) {
            let in_attachment = |i: NodeId| tree.ancestors(i).any(|a| tree.node(a).kind == Kind::Attachment);
            if found.iter().any(|&i| !in_attachment(i)) {
                found.retain(|&i| !in_attachment(i));
            }
        }
        if found.is_empty() {
            let scope = scopes.first().copied().unwrap_or(tree.root);
            let within = if scope == tree.root { String::new() } else { format!(" in {}", tree.node(scope).path()) };
            return Err(no_such(format!(
                "{} names nothing: there is no {}{within}; the document has {}{}",
                loc.written_or(&written),
                step,
                inventory(tree, scope, step),
                numbered_otherwise(tree, scope, step)
            )));
        }
        // a text quoted with its label (“（三）场地证明”, the label its one step): of the units so
        // labelled, those that hold it
        if found.len() > 1
            && let Some(text) = &loc.holding
        {
            let holds: Vec<NodeId> = found
                .iter()
                .copied()
                .filter(|&i| without_blanks(&tree.node(i).text).contains(&without_blanks(text)))
                .collect();
            if holds.is_empty() {
                let paths: Vec<String> = found.iter().map(|&i| tree.node(i).path()).collect();
                let closest = found
                    .iter()
                    .filter_map(|&i| super::textops::nearest(tree, i, text))
                    .max_by(|a, b| a.similarity.total_cmp(&b.similarity))
                    .map(|c| format!("; nearest: “{}” in {}", c.text, c.path))
                    .unwrap_or_default();
                return Err(LocateError {
                    kind: ErrorKind::TextNotFound,
                    message: format!(
                        "{} names {} nodes, and none of them holds “{text}”: {}{closest}",
                        loc.written_or(&written),
                        found.len(),
                        paths.join(", ")
                    ),
                    path: None,
                });
            }
            found = holds;
        }
        if found.len() > 1 {
            let paths: Vec<String> = found.iter().map(|&i| tree.node(i).path()).collect();
            let hint = if matches!(step, Step::Item(_)) && tree.items_restart {
                "; items restart under each point, so qualify it (第一点第四项)"
            } else {
                ""
            };
            return Err(LocateError {
                kind: ErrorKind::AmbiguousLocator,
                message: format!(
                    "{} names {} nodes: {}{hint}",
                    loc.written_or(&written),
                    found.len(),
                    paths.join(", ")
                ),
                path: None,
            });
        }
        scopes = found;
    }
    let id = scopes[0];
    if let Some(h) = &loc.heading
        && !loc.steps.contains(&Step::Named)
    {
        let n = tree.node(id);
        let actual = n.heading.clone().unwrap_or_default();
        // 第二部分“保障措施”第（三）项: the heading quoted after a step above the last checks that unit
        let above = loc.steps.len() > 1
            && tree
                .ancestors(id)
                .skip(1)
                .any(|a| tree.node(a).heading.as_deref().is_some_and(|ah| without_blanks(ah) == without_blanks(h)));
        if without_blanks(&actual) != without_blanks(h) && !above {
            let what = if actual.is_empty() { "has no heading".to_string() } else { format!("is “{actual}”") };
            return Err(LocateError {
                kind: ErrorKind::HeadingMismatch,
                message: format!("the locator says “{h}”, but {} {what}", display_step(loc)),
                path: Some(n.path()),
            });
        }
    }
    match &loc.to {
        None => Ok(vec![id]),
        Some(last) => range(tree, loc, id, last),
    }
}

/// A locator of an item (第二部分第2项) where its place has no item at all but numbers its lines 1.
/// 2. (a point written 一、 then 1.): the one line of that number, which is what such a text calls its
/// items, with the warning that says how it was read. `None` where the place has items, or no such
/// line, or several.
pub fn in_own_numbering(tree: &Tree, loc: &Locator) -> Option<(Vec<NodeId>, String)> {
    let (&Step::Item(n), head) = loc.steps.split_last()? else { return None };
    if n == LAST || loc.to.is_some() {
        return None;
    }
    let place = place_of(tree, loc, head)?;
    let mut items = Vec::new();
    candidates(tree, place, &Step::Item(1), &mut items);
    if !items.is_empty() {
        return None;
    }
    let mut lines = Vec::new();
    candidates(tree, place, &Step::SubItem(n), &mut lines);
    let found: Vec<NodeId> = lines.into_iter().filter(|&i| matches(tree, i, &Step::SubItem(n))).collect();
    let [line] = found[..] else { return None };
    let within = if place == tree.root { "the document".to_string() } else { tree.node(place).path() };
    let note = format!(
        "{} is read as {}: {within} has no items （一）（二）…, and numbers its lines 1. 2. …",
        loc.written_or(&display_step(loc)),
        tree.node(line).path()
    );
    Some((vec![line], note))
}

/// The one unit the steps `head` before a locator's last name (the document where there are none).
fn place_of(tree: &Tree, loc: &Locator, head: &[Step]) -> Option<NodeId> {
    if head.is_empty() {
        return Some(tree.root);
    }
    let mut up = loc.clone();
    up.steps = head.to_vec();
    up.heading = None;
    match resolve(tree, &up).ok()?[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// An item named with Arabic digits (第2项) in a place that has both the item （二） and a line numbered
/// 2.: the digits may mean either, so the locator is ambiguous (a text that has no items at all is read
/// by [`in_own_numbering`]). `None` where the item is named in Chinese numerals, or no such line is there.
pub fn arabic_item_clash(tree: &Tree, loc: &Locator, found: &[NodeId]) -> Option<LocateError> {
    let (&Step::Item(n), head) = loc.steps.split_last()? else { return None };
    let [item] = found[..] else { return None };
    let written = loc.written.as_str();
    let last = &written[written.rfind('第')? + '第'.len_utf8()..];
    let digits = last.strip_suffix('项')?;
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
        return None;
    }
    let place = place_of(tree, loc, head)?;
    let mut lines = Vec::new();
    candidates(tree, place, &Step::SubItem(n), &mut lines);
    let line = lines.into_iter().find(|&i| matches(tree, i, &Step::SubItem(n)))?;
    Some(LocateError {
        kind: ErrorKind::AmbiguousLocator,
        message: format!(
            "{written} names the item {} or the line {}: in Arabic digits it may mean either; write 第（{}）项 for the item, 第{n}目 for the line",
            tree.node(item).path(),
            tree.node(line).path(),
            crate::text::numerals::format(n)
        ),
        path: None,
    })
}

/// 第十二条至第十六条: the units of the first one's kind from it to the last one, in document order
/// (之一 articles between them included).
fn range(tree: &Tree, loc: &Locator, first: NodeId, last: &Step) -> Result<Vec<NodeId>, LocateError> {
    let mut end_loc = loc.clone();
    end_loc.to = None;
    end_loc.heading = None;
    *end_loc.steps.last_mut().expect("a range has steps") = *last;
    let end = resolve(tree, &end_loc)?[0];
    let kind = tree.node(first).kind;
    let all = tree.all(kind);
    let a = all.iter().position(|&i| i == first).expect("a live node");
    let b = all.iter().position(|&i| i == end).expect("a live node");
    if b < a {
        return Err(no_such(format!("{}: the range runs backwards", loc.written_or(&loc.resolved()))));
    }
    Ok(all[a..=b].to_vec())
}

/// Resolves a locator of FINAL numbers (the unit a new 款 goes into: 作为第五条第二款) once every
/// unit has its final number: articles and divisions by the number they now bear, 款 and 项 by
/// their place among their live siblings.
pub fn resolve_final(tree: &Tree, loc: &Locator) -> Result<NodeId, LocateError> {
    let mut scope = tree.root;
    for step in &loc.steps {
        let Some(kind) = kind_of(step) else {
            return Err(no_such(format!("{}: not a place a unit can go", loc.written_or(&loc.resolved()))));
        };
        let mut c = Vec::new();
        candidates(tree, scope, step, &mut c);
        let found = match *step {
            Step::Paragraph(k) | Step::Item(k) | Step::SubItem(k) | Step::SubSubItem(k) => {
                c.into_iter().filter(|&i| tree.node(i).kind == kind).nth(k as usize - 1)
            }
            _ => c.into_iter().find(|&i| matches(tree, i, step)),
        };
        scope = found.ok_or_else(|| {
            no_such(format!(
                "{} names nothing once the amendment is made: there is no {step}{}",
                loc.written_or(&loc.resolved()),
                if scope == tree.root { String::new() } else { format!(" in {}", tree.node(scope).path()) }
            ))
        })?;
    }
    Ok(scope)
}

fn display_step(loc: &Locator) -> String {
    loc.steps.iter().map(Step::to_string).collect()
}

trait WrittenOr {
    fn written_or(&self, fallback: &str) -> String;
}

impl WrittenOr for Locator {
    fn written_or(&self, fallback: &str) -> String {
        if self.written.is_empty() { fallback.to_string() } else { self.written.clone() }
    }
}

/// The index of the sentence a 第N句 or 最后一句 step names among `have` sentences, if there is one.
pub(super) fn sentence_index(step: &Step, have: usize) -> Option<usize> {
    match *step {
        Step::Sentence(k) if k >= 1 && k as usize <= have => Some(k as usize - 1),
        Step::LastSentence if have > 0 => Some(have - 1),
        _ => None,
    }
}
