//! Derived fields of a built tree: 款 numbers, headings, stable paths and byte spans.
//! Run again after any edit of the tree ([`annotate`]) so that they stay true.

use arcstr::{ArcStr, Substr};

use super::lines::units_name;
use super::model::{Family, Kind, Node, Span};
use crate::text::numerals;

/// Recomputes 款 numbers, headings, paths and spans of the whole tree.
pub fn annotate(root: &mut Node, family: Family) {
    number_paragraphs(root);
    headings(root, family);
    // sized once: growing the map rehashed every path (a tenth of a large document's parse)
    let numbered = count_numbered(root);
    let mut paths = Paths {
        // room for paths of 32 bytes on average (第一百二十条之一/2/（三） is 38), so that the text is
        // seldom moved as it grows
        text: String::with_capacity(numbered * 32),
        ranges: Vec::with_capacity(numbered + numbered / 4),
        seen: hashbrown::HashTable::with_capacity(numbered),
    };
    write_paths(root, (0, 0), &mut paths);
    let all = ArcStr::from(paths.text);
    assign_paths(root, &all, &mut paths.ranges.iter());
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
pub fn heading(node: &Node, family: Family) -> Option<Substr> {
    let text = node.text.trim();
    if node.gap || text.is_empty() {
        return None;
    }
    match node.kind {
        Kind::Part | Kind::Chapter | Kind::Section | Kind::Attachment | Kind::Heading => {
            Some(node.text.substr_from(text))
        }
        Kind::Point | Kind::Item | Kind::SubItem | Kind::SubSubItem | Kind::CircledItem
            if family != Family::Law || node.kind == Kind::Point =>
        {
            let short = !text.contains(['。', '；', ';', '，']) && text.chars().count() <= 40;
            if short && node.kind == Kind::Point {
                return Some(node.text.substr_from(text));
            }
            // first sentence, when it is a short title followed by more text: （一）数控一代。推动…
            let end = text.find('。')?;
            let first = &text[..end];
            (first.chars().count() <= 30 && !first.contains(['，', '；', '：'])).then(|| node.text.substr_from(first))
        }
        _ => None,
    }
}

/// The number of node kinds (for per-kind counters).
const KINDS: usize = Kind::Gap as usize + 1;

/// The path segment of a node among its siblings.
fn segment(node: &Node, index_of_kind: usize, out: &mut String) {
    let n = node.number.unwrap_or(0);
    // (a path is written for every node of every parse: itoa, not the formatting machinery)
    let mut digits = itoa::Buffer::new();
    let cn = |out: &mut String, pre: &str, x: u32, post: &str| {
        out.push_str(pre);
        numerals::format_into(x, out);
        out.push_str(post);
    };
    match node.kind {
        Kind::Part => cn(out, "第", n, "编"),
        Kind::Chapter => cn(out, "第", n, "章"),
        Kind::Section => cn(out, "第", n, "节"),
        Kind::Article => {
            cn(out, "第", n, "条");
            if let Some(s) = node.sub_number {
                cn(out, "之", s, "");
            }
        }
        Kind::Paragraph => {
            out.push_str(digits.format(n));
        }
        Kind::Point => cn(out, "", n, ""),
        Kind::Item => cn(out, "（", n, "）"),
        Kind::SubItem => {
            out.push_str(digits.format(n));
            out.push('.');
        }
        Kind::SubSubItem => {
            out.push('(');
            out.push_str(digits.format(n));
            out.push(')');
        }
        Kind::CircledItem => out.push_str(node.label.as_deref().unwrap_or_default()),
        Kind::Attachment => {
            out.push_str("附件");
            out.push_str(digits.format(n));
        }
        // by its label's name, counted among the lists of that name: 牵头单位, 责任单位, 责任单位2
        Kind::Units => with_index(units_segment_name(node), index_of_kind, out),
        Kind::Header => out.push_str("文首"),
        Kind::Title => with_index("标题", index_of_kind, out),
        Kind::Text => {
            out.push('¶');
            out.push_str(digits.format(index_of_kind));
        }
        k => with_index(k.chinese(), index_of_kind, out),
    }
}

/// The name a units line's path segment takes: its label's name (`牵头单位`, `配合部门`).
fn units_segment_name(node: &Node) -> &str {
    node.label.as_deref().map(units_name).filter(|n| !n.is_empty()).unwrap_or(Kind::Units.chinese())
}

fn with_index(name: &str, i: usize, out: &mut String) {
    out.push_str(name);
    if i > 1 {
        out.push_str(itoa::Buffer::new().format(i));
    }
}

/// Whether a node's path can repeat a sibling's: numbered units (and ①②, numbered by their label);
/// other segments carry their index among siblings of their kind.
fn may_repeat(node: &Node) -> bool {
    node.number.is_some() || node.kind == Kind::CircledItem
}

/// How many nodes take part in the uniqueness check of paths (numbered ones).
fn count_numbered(node: &Node) -> usize {
    node.children.iter().map(|c| usize::from(may_repeat(c)) + count_numbered(c)).sum()
}

/// The paths of a tree, written one after the other in one string (then shared by the nodes as
/// ranges of it: one allocation for all of them, not one each), and the uniqueness check.
struct Paths {
    text: String,
    /// Each node's path in `text`, in document order (the root's left out).
    ranges: Vec<(u32, u32)>,
    /// The paths that may repeat (numbered units), as ranges of `text`, with how many nodes have
    /// taken each so far.
    seen: hashbrown::HashTable<(u32, u32, usize)>,
}

impl Paths {
    fn hash(s: &str) -> u64 {
        use std::hash::BuildHasher;
        rustc_hash::FxBuildHasher.hash_one(s)
    }

    /// How many nodes had the path `text[start..]` before this one, counting it (0: the first; the
    /// path is then remembered).
    fn count(&mut self, start: usize) -> usize {
        let (text, end) = (&self.text, self.text.len());
        let hash = Self::hash(&text[start..]);
        if let Some((_, _, n)) = self.seen.find_mut(hash, |&(s, e, _)| text[s as usize..e as usize] == text[start..]) {
            *n += 1;
            return *n;
        }
        self.seen
            .insert_unique(hash, (start as u32, end as u32, 1), |&(s, e, _)| Self::hash(&text[s as usize..e as usize]));
        0
    }
}

/// Articles are numbered through the whole document, so their path does not include chapters;
/// every other unit is qualified by its parent. All paths are written in one string, each after
/// its parent's (whose range is `parent`), then shared by the nodes ([`assign_paths`]).
fn write_paths(node: &Node, parent: (usize, usize), paths: &mut Paths) {
    // how many siblings of each kind came before (kinds are a small enum: an array, not a map)
    let mut counters = [0usize; KINDS];
    // units lines are counted by their label's name, so that 牵头单位 and 责任单位 are each the first
    let mut units_names: Vec<(&str, usize)> = Vec::new();
    for c in &node.children {
        let i = if c.kind == Kind::Units {
            let name = units_segment_name(c);
            match units_names.iter_mut().find(|(n, _)| *n == name) {
                Some((_, k)) => {
                    *k += 1;
                    *k
                }
                None => {
                    units_names.push((name, 1));
                    1
                }
            }
        } else {
            counters[c.kind as usize] += 1;
            counters[c.kind as usize]
        };
        // the parent's path (or only its attachment, for articles and divisions), then the segment
        let parent_path = &paths.text[parent.0..parent.1];
        let qualified = match c.kind {
            Kind::Article | Kind::Attachment => false,
            Kind::Part | Kind::Chapter | Kind::Section => parent_is_division(parent_path),
            _ => true,
        };
        let prefix = if qualified { parent_path.len() } else { attachment_of(parent_path).len() };
        let start = paths.text.len();
        if prefix > 0 {
            paths.text.extend_from_within(parent.0..parent.0 + prefix);
            paths.text.push('/');
        }
        segment(c, i, &mut paths.text);
        // a path names one node: a second node with the same path gets #2. Only numbered units can
        // repeat (other segments carry their index among siblings), so only they are looked up.
        let count = if may_repeat(c) { paths.count(start) } else { 1 };
        if count > 1 {
            paths.text.push('#');
            paths.text.push_str(itoa::Buffer::new().format(count));
        }
        let range = (start, paths.text.len());
        paths.ranges.push((range.0 as u32, range.1 as u32));
        write_paths(c, range, paths);
    }
}

/// Gives the nodes their paths, in the order [`write_paths`] wrote them.
fn assign_paths(node: &mut Node, all: &ArcStr, ranges: &mut std::slice::Iter<(u32, u32)>) {
    for c in &mut node.children {
        let &(s, e) = ranges.next().expect("a path for every node");
        c.path = all.substr(s as usize..e as usize);
        assign_paths(c, all, ranges);
    }
}

/// Chapters restart under each 编, sections under each chapter: qualify them by their division.
fn parent_is_division(parent: &str) -> bool {
    let last = parent.rsplit('/').next().unwrap_or("");
    last.starts_with('第') && (last.ends_with('编') || last.ends_with('章'))
}

/// The attachment a path is in (`附件2`), or nothing.
fn attachment_of(parent: &str) -> &str {
    match parent.split('/').next() {
        Some(first) if first.starts_with("附件") && !first.starts_with("附件目录") => first,
        _ => "",
    }
}

fn assign_spans(node: &mut Node, offset: &mut usize) {
    let start = *offset;
    *offset += node.lead.len()
        + node.label.as_ref().map_or(0, |l| l.len())
        + node.sep.len()
        + node.text.len()
        + node.trail.len();
    for c in &mut node.children {
        assign_spans(c, offset);
    }
    node.span = Span { start, end: *offset };
}
