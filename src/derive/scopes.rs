//! The lines whole-text operations act on: the body, without the header's metadata.

use crate::document::{Document, Kind};

/// Node kinds outside the text amendments touch (Markdown metadata).
pub(super) fn is_metadata(k: Kind) -> bool {
    matches!(k, Kind::History | Kind::InfoEnd | Kind::FrontMatter | Kind::DocNumber | Kind::Header)
}

/// The lines whole-text operations act on.
pub(super) fn body_lines(doc: &Document) -> Vec<String> {
    doc.nodes().into_iter().filter(|n| !is_metadata(n.kind) && n.kind != Kind::Document).map(|n| n.line()).collect()
}
