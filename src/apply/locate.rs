//! Resolving locators on the ORIGINAL document: 第十四项, 第一点第四项, 第六点“拓展市场”,
//! 第十条第二款第三项, 全文. A locator that names nothing or several nodes is an error that says what
//! the document has instead.

use super::model::ErrorKind;
use super::tree::{NodeId, Tree};
use crate::document::Kind;
use crate::notice::{Locator, Step};

/// Why a locator could not be resolved.
#[derive(Debug, Clone)]
pub struct LocateError {
    pub kind: ErrorKind,
    pub message: String,
    pub path: Option<String>,
}

fn kind_of(step: &Step) -> Option<Kind> {
    Some(match step {
        Step::Part(_) => Kind::Part,
        Step::Chapter(_) => Kind::Chapter,
        Step::Section(_) => Kind::Section,
        Step::Article(..) => Kind::Article,
        Step::Paragraph(_) => Kind::Paragraph,
        Step::Item(_) => Kind::Item,
        Step::SubItem(_) => Kind::SubItem,
        Step::Point(_) => Kind::Point,
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
        | Step::Point(x) => n.number == Some(x),
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

/// Resolves a locator to the nodes it names (one for each locator, usually).
pub fn resolve(tree: &Tree, loc: &Locator) -> Result<Vec<NodeId>, LocateError> {
    if loc.steps.iter().any(|s| matches!(s, Step::Whole | Step::Related)) {
        return Ok(vec![tree.root]);
    }
    let mut scopes = vec![tree.root];
    let mut written = String::new();
    for step in &loc.steps {
        written.push_str(&step.to_string());
        let mut found = Vec::new();
        for &s in &scopes {
            let mut c = Vec::new();
            candidates(tree, s, step, &mut c);
            found.extend(c.into_iter().filter(|&id| matches(tree, id, step)));
        }
        if found.is_empty() {
            let scope = scopes.first().copied().unwrap_or(tree.root);
            let within = if scope == tree.root { String::new() } else { format!(" in {}", tree.node(scope).path()) };
            return Err(LocateError {
                kind: ErrorKind::NoSuchNode,
                message: format!(
                    "{} names nothing: there is no {}{within}; the document has {}",
                    loc.written_or(&written),
                    step,
                    inventory(tree, scope, step)
                ),
                path: None,
            });
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
    if let Some(h) = &loc.heading {
        let n = tree.node(id);
        let actual = n.heading.clone().unwrap_or_default();
        if norm(&actual) != norm(h) {
            let what = if actual.is_empty() { "has no heading".to_string() } else { format!("is “{actual}”") };
            return Err(LocateError {
                kind: ErrorKind::HeadingMismatch,
                message: format!("the locator says “{h}”, but {} {what}", display_step(loc)),
                path: Some(n.path()),
            });
        }
    }
    Ok(vec![id])
}

fn display_step(loc: &Locator) -> String {
    loc.steps.iter().map(Step::to_string).collect()
}

fn norm(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

trait WrittenOr {
    fn written_or(&self, fallback: &str) -> String;
}

impl WrittenOr for Locator {
    fn written_or(&self, fallback: &str) -> String {
        if self.written.is_empty() { fallback.to_string() } else { self.written.clone() }
    }
}
