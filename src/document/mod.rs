//! Documents as clause trees: model, parser (lines → tree), derived fields, lossless rendering.
//!
//! ```
//! let doc = amend::document::parse("一、总体要求\n（一）加强领导。\n责任单位：省工信厅\n");
//! assert_eq!(doc.render(), "一、总体要求\n（一）加强领导。\n责任单位：省工信厅\n");
//! assert!(doc.root.find_path("一/（一）/责任单位").is_some());
//!
//! // several labelled lists, each a units line of its own, named by its label
//! let doc = amend::document::parse("（一）加强领导。\n牵头单位：省发展改革委\n配合部门：省财政厅\n");
//! assert!(doc.root.find_path("（一）/牵头单位").is_some());
//! assert!(doc.root.find_path("（一）/配合部门").is_some());
//! ```

mod annotate;
mod build;
mod lines;
mod model;

pub use annotate::{annotate, heading};
pub use lines::{Class, LineKind, classify, units_label, units_name};
pub use model::{Document, Family, Kind, Node, Span};

/// Parses decoded text into a clause tree. Never fails: text that fits no family parses as paragraphs.
pub fn parse(text: &str) -> Document {
    parse_owned(text.to_string())
}

/// [`parse`] of text the document keeps as its source.
pub fn parse_owned(text: String) -> Document {
    parse_shared(arcstr::ArcStr::from(text))
}

/// [`parse`] of text the document keeps as its source as it is, with no copy: every node's fields
/// are ranges of it (an input read with [`crate::io::read_input`] is such a text).
pub fn parse_shared(text: arcstr::ArcStr) -> Document {
    let (root, family) = {
        let (lead, lines) = lines::split(&text);
        let (mut root, family) = build::build(&build::Source(&text), lead, &lines);
        annotate::annotate(&mut root, family);
        (root, family)
    };
    let items_restart = items_restart(&root);
    Document { family, items_restart, root, source: text }
}

/// Whether items （一） restart under each point: some point after the first with items starts again at 1.
fn items_restart(root: &Node) -> bool {
    let mut points_with_items = 0;
    let mut restart = false;
    root.walk(&mut |n| {
        if n.kind == Kind::Point
            && let Some(first) = n.children.iter().find(|c| c.kind == Kind::Item)
        {
            points_with_items += 1;
            if points_with_items > 1 && first.number == Some(1) {
                restart = true;
            }
        }
    });
    restart
}
