//! Which node of the result came from which node of the original: the engine knows it exactly
//! (every node it carries keeps its original path), where a diff of the two texts can only guess
//! from their similarity. A decision that renumbers and rewrites an article at once
//! (`将第二十一条改为第二十条，修改为：“……”`) leaves little text in common, and a diff would pair
//! 第二十一条 with the new 第二十一条; the lineage pairs it with 第二十条.

use rustc_hash::FxHashMap;

use super::Applied;
use crate::document::Document;

/// The (original path, result path) of every node of `result` that the engine carried over from
/// the original, `result` being `applied.text` parsed. A node is matched by where it starts in
/// the text and by its kind; a line the parser reads as another kind than the engine wrote is left
/// out (a diff then aligns it by its text).
pub fn lineage(applied: &Applied, result: &Document) -> Vec<(String, String)> {
    let by_offset: FxHashMap<(usize, crate::document::Kind), &str> =
        applied.origins.iter().map(|(o, k, p)| ((*o, *k), p.as_str())).collect();
    let mut out = Vec::new();
    result.root.walk(&mut |n| {
        if let Some(orig) = by_offset.get(&(n.span.start, n.kind)) {
            out.push((orig.to_string(), n.path.to_string()));
        }
    });
    out
}
