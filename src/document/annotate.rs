//! Derived fields of a built tree: 款 numbers, headings, stable paths and byte spans.
//! Run again after any edit of the tree ([`annotate`]) so that they stay true.

use std::collections::HashMap;

use super::model::{Family, Kind, Node, Span};
use crate::text::numerals;

/// Recomputes 款 numbers, headings, paths and spans of the whole tree.
pub fn annotate(root: &mut Node, family: Family) {
    number_paragraphs(root);
    headings(root, family);
    let mut seen = HashMap::new();
    assign_paths(root, "", &mut seen);
    let mut offset = 0;
    assign_spans(root, &mut offset);
}

fn number_paragraphs(node: &mut Node) {
    let mut n = 0;
    for c in &mut node.children {
        if c.kind == Kind::Paragraph {
            n += 1;
            c.number = Some(n);
        }
        number_paragraphs(c);
    }
}

fn headings(node: &mut Node, family: Family) {
    node.heading = heading(node, family);
    for c in &mut node.children {
        headings(c, family);
    }
}

/// The heading of a node: a chapter's name, a point's short title, an item's first phrase.
pub fn heading(node: &Node, family: Family) -> Option<String> {
    let text = node.text.trim();
    if node.gap || text.is_empty() {
        return None;
    }
    match node.kind {
        Kind::Part | Kind::Chapter | Kind::Section | Kind::Attachment | Kind::Heading => Some(text.to_string()),
        Kind::Point | Kind::Item | Kind::SubItem | Kind::SubSubItem | Kind::CircledItem
            if family != Family::Law || node.kind == Kind::Point =>
        {
            let short = !text.contains(['。', '；', ';', '，']) && text.chars().count() <= 40;
            if short && node.kind == Kind::Point {
                return Some(text.to_string());
            }
            // first sentence, when it is a short title followed by more text: （一）数控一代。推动…
            let end = text.find('。')?;
            let first = &text[..end];
            (first.chars().count() <= 30 && !first.contains(['，', '；', '：'])).then(|| first.to_string())
        }
        _ => None,
    }
}

/// The path segment of a node among its siblings.
fn segment(node: &Node, index_of_kind: usize) -> String {
    let num = |n: Option<u32>| numerals::format(n.unwrap_or(0));
    match node.kind {
        Kind::Part => format!("第{}编", num(node.number)),
        Kind::Chapter => format!("第{}章", num(node.number)),
        Kind::Section => format!("第{}节", num(node.number)),
        Kind::Article => match node.sub_number {
            Some(s) => format!("第{}条之{}", num(node.number), numerals::format(s)),
            None => format!("第{}条", num(node.number)),
        },
        Kind::Paragraph => node.number.unwrap_or(0).to_string(),
        Kind::Point => num(node.number),
        Kind::Item => format!("（{}）", num(node.number)),
        Kind::SubItem => format!("{}.", node.number.unwrap_or(0)),
        Kind::SubSubItem => format!("({})", node.number.unwrap_or(0)),
        Kind::CircledItem => node.label.clone().unwrap_or_default(),
        Kind::Attachment => format!("附件{}", node.number.unwrap_or(0)),
        Kind::Units => with_index("责任单位", index_of_kind),
        Kind::Header => "文首".into(),
        Kind::Title => with_index("标题", index_of_kind),
        Kind::Text => format!("¶{index_of_kind}"),
        k => with_index(k.chinese(), index_of_kind),
    }
}

fn with_index(name: &str, i: usize) -> String {
    if i <= 1 { name.to_string() } else { format!("{name}{i}") }
}

/// Articles are numbered through the whole document, so their path does not include chapters;
/// every other unit is qualified by its parent.
fn assign_paths(node: &mut Node, parent: &str, seen: &mut HashMap<String, usize>) {
    let mut counters: HashMap<Kind, usize> = HashMap::new();
    for c in &mut node.children {
        let i = counters.entry(c.kind).or_insert(0);
        *i += 1;
        let seg = segment(c, *i);
        let base = match c.kind {
            Kind::Article | Kind::Attachment => attachment_prefix(parent, &seg),
            Kind::Part | Kind::Chapter | Kind::Section if !parent_is_division(parent) => {
                attachment_prefix(parent, &seg)
            }
            _ if parent.is_empty() => seg,
            _ => format!("{parent}/{seg}"),
        };
        let count = seen.entry(base.clone()).or_insert(0);
        *count += 1;
        c.path = if *count == 1 { base } else { format!("{base}#{count}") };
        let p = c.path.clone();
        assign_paths(c, &p, seen);
    }
}

/// Chapters restart under each 编, sections under each chapter: qualify them by their division.
fn parent_is_division(parent: &str) -> bool {
    let last = parent.rsplit('/').next().unwrap_or("");
    last.starts_with('第') && (last.ends_with('编') || last.ends_with('章'))
}

fn attachment_prefix(parent: &str, seg: &str) -> String {
    match parent.split('/').next() {
        Some(first) if first.starts_with("附件") && !first.starts_with("附件目录") => format!("{first}/{seg}"),
        _ => seg.to_string(),
    }
}

fn assign_spans(node: &mut Node, offset: &mut usize) {
    let start = *offset;
    *offset += node.lead.len()
        + node.label.as_ref().map_or(0, String::len)
        + node.sep.len()
        + node.text.len()
        + node.trail.len();
    for c in &mut node.children {
        assign_spans(c, offset);
    }
    node.span = Span { start, end: *offset };
}
