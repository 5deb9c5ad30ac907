//! `amend parse --format outline`: one line per node: its path, kind and the start of its text.

use std::fmt::Write;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::document::{Document, Node};

/// How many graphemes of a node's line the outline shows.
const SNIPPET: usize = 24;

/// The outline of a document.
pub fn outline(doc: &Document) -> String {
    let mut out = String::new();
    for c in &doc.root.children {
        write_node(&mut out, c, 0);
    }
    out
}

fn write_node(out: &mut String, node: &Node, depth: usize) {
    let path = format!("{}{}", "  ".repeat(depth), node.path);
    let pad = 36usize.saturating_sub(path.width()).max(1);
    let kind = serde_json::to_value(node.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
    let gap = if node.gap { " [gap]" } else { "" };
    let line = format!("{path}{}{kind:<16}{}{gap}", " ".repeat(pad), snippet(&node.line()));
    // a node without text (a header, an article's label line) leaves no padding at the end
    let _ = writeln!(out, "{}", line.trim_end());
    for c in &node.children {
        write_node(out, c, depth + 1);
    }
}

/// The first graphemes of `s` on one line, with … when cut.
pub fn snippet(s: &str) -> String {
    let one_line = s.replace('\n', "⏎");
    let mut g = one_line.graphemes(true);
    let head: String = g.by_ref().take(SNIPPET).collect();
    if g.next().is_some() { format!("{head}…") } else { head }
}
