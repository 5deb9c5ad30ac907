//! An editable copy of the clause tree: nodes in an arena, so that locators resolved on the
//! ORIGINAL document keep naming the same nodes while earlier operations insert, delete and move.
//!
//! Each node remembers which byte ranges of its text the decision wrote (`fresh`): carried-over
//! text still uses the old article numbers, fresh text already uses the final ones.

use std::ops::Range;

use arcstr::Substr;

use crate::document::{Document, Family, Kind, Node};
use crate::notice::UnitKind;

pub type NodeId = usize;

#[derive(Debug, Clone)]
pub struct TNode {
    pub kind: Kind,
    pub number: Option<u32>,
    pub sub_number: Option<u32>,
    /// The text fields are the document's ([`Substr`]: ranges of its source, shared, not copied);
    /// an operation that rewrites one gives it a string of its own.
    pub heading: Option<Substr>,
    pub lead: Substr,
    pub label: Option<Substr>,
    pub sep: Substr,
    pub text: Substr,
    pub trail: Substr,
    pub gap: bool,
    pub children: Vec<NodeId>,
    pub parent: Option<NodeId>,
    pub deleted: bool,
    /// A new article not yet in its place: it waits at the end of the text until the articles have
    /// their final numbers. The line breaks around units do not count it as a unit that follows
    /// (a new last article placed meanwhile ends the text, and stands apart from the one before).
    pub parked: bool,
    /// The node's path in the original document (None for inserted nodes).
    pub orig_path: Option<String>,
    /// Byte ranges of `text` that the decision wrote.
    pub fresh: Vec<Range<usize>>,
    /// Byte ranges of `text` that the instruction being executed wrote: its replacements act on the
    /// text as it found it, never on one another's new text (“一千元”修改为“五千元”，“五千元”修改为
    /// “一万元” changes each amount once).
    pub recent: Vec<Range<usize>>,
    /// A final number the decision declared for this node (作为第Y条, 改为第Y条).
    pub declared: Option<(UnitKind, u32, String, crate::notice::Pos)>,
    /// The instruction that put this node where it is without declaring its number (移至第七条之后,
    /// 顺序调换, or a unit that came after the first in one quotation: 增加一章 with its articles):
    /// an order of numbers it breaks is that instruction's error.
    pub placed: Option<(String, crate::notice::Pos)>,
    /// The last instruction that deleted, added into, moved or merged this node: the cause of a
    /// reference to it that no longer holds.
    pub renumbered_by: Option<(String, crate::notice::Pos)>,
}

impl TNode {
    pub fn new(kind: Kind) -> Self {
        TNode {
            kind,
            number: None,
            sub_number: None,
            heading: None,
            lead: Substr::new(),
            label: None,
            sep: Substr::new(),
            text: Substr::new(),
            trail: Substr::new(),
            gap: false,
            children: Vec::new(),
            parent: None,
            deleted: false,
            parked: false,
            orig_path: None,
            fresh: Vec::new(),
            recent: Vec::new(),
            declared: None,
            placed: None,
            renumbered_by: None,
        }
    }

    /// Label, separator and text: what text operations search.
    pub fn line(&self) -> String {
        format!("{}{}{}", self.label.as_deref().unwrap_or(""), self.sep, self.text)
    }

    /// Where `text` starts in `line()`.
    pub fn text_offset(&self) -> usize {
        self.label.as_ref().map_or(0, |l| l.len()) + self.sep.len()
    }

    /// The path to show in messages.
    pub fn path(&self) -> String {
        match self.orig_path.as_deref() {
            // the document itself (its path is empty), as a decision names it
            Some("") => "全文".into(),
            Some(p) => p.to_string(),
            None => "（新增）".into(),
        }
    }
}

/// The editable tree.
#[derive(Debug, Clone)]
pub struct Tree {
    pub nodes: Vec<TNode>,
    pub root: NodeId,
    pub family: Family,
    pub items_restart: bool,
    /// Whether the source ended with a line break (kept in the output).
    ends_with_newline: bool,
    /// The paragraph separator used between 款 of the document (`\n\n` in Markdown, `\n` in plain text).
    pub para_trail: Substr,
    /// The texts the instruction being executed has edited, as it found them, and its edits since
    /// (中的第二个“A” counts in the text as the instruction found it).
    origins: std::collections::HashMap<NodeId, Origin>,
}

/// A node's text when the instruction began, and the edits made to it since, in order, each a range
/// of the text as it then was and the length written over it (`None`: the label was edited, and
/// the text's offsets no longer follow).
#[derive(Debug, Clone)]
struct Origin {
    text: String,
    edits: Option<Vec<(Range<usize>, usize)>>,
}

impl Origin {
    /// The origin of node `id`, whose text is `text` until this first edit of the instruction.
    fn of<'o>(origins: &'o mut std::collections::HashMap<NodeId, Origin>, id: NodeId, text: &str) -> &'o mut Origin {
        origins.entry(id).or_insert_with(|| Origin { text: text.to_string(), edits: Some(Vec::new()) })
    }

    /// `range` of the text as it now is has been written over with `written` bytes.
    fn edited(&mut self, range: Range<usize>, written: usize) {
        if let Some(edits) = &mut self.edits {
            edits.push((range, written));
        }
    }
}

impl Tree {
    pub fn from_document(doc: &Document) -> Self {
        let mut t = Tree {
            nodes: Vec::new(),
            root: 0,
            family: doc.family,
            items_restart: doc.items_restart,
            ends_with_newline: doc.source.ends_with('\n'),
            para_trail: "\n".into(),
            origins: Default::default(),
        };
        t.root = t.add(&doc.root, None);
        t.para_trail = t.dominant_trail();
        t
    }

    fn add(&mut self, n: &Node, parent: Option<NodeId>) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push(TNode {
            kind: n.kind,
            number: n.number,
            sub_number: n.sub_number,
            heading: n.heading.clone(),
            lead: n.lead.clone(),
            label: n.label.clone(),
            sep: n.sep.clone(),
            text: n.text.clone(),
            trail: n.trail.clone(),
            gap: n.gap,
            children: Vec::new(),
            parent,
            deleted: false,
            parked: false,
            orig_path: Some(n.path.to_string()),
            fresh: Vec::new(),
            recent: Vec::new(),
            declared: None,
            placed: None,
            renumbered_by: None,
        });
        let kids: Vec<NodeId> = n.children.iter().map(|c| self.add(c, Some(id))).collect();
        self.nodes[id].children = kids;
        id
    }

    /// The most common line breaks after body lines (the last line's, the file's ending, and blanks
    /// before a break left out): how this document separates paragraphs. A tie goes to the shorter
    /// (\n before \n\n), then the first in byte order: the choice must not depend on a hash map's iteration order (it did, and the
    /// same notice gave two different texts on different runs; found by fuzzing).
    fn dominant_trail(&self) -> Substr {
        let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
        // (the last line ends with the file's own ending, no paragraph break; spaces before a line
        // break are stray, not part of it)
        let last = self.last_line(self.root);
        for (i, n) in self.nodes.iter().enumerate() {
            let breaks = breaks_of(&n.trail);
            if matches!(n.kind, Kind::Paragraph | Kind::Item | Kind::Text) && !breaks.is_empty() && i != last {
                *counts.entry(breaks).or_default() += 1;
            }
        }
        counts
            .into_iter()
            .max_by(|(a, x), (b, y)| x.cmp(y).then(b.len().cmp(&a.len())).then(b.cmp(a)))
            .map_or("\n".into(), |(t, _)| t.into())
    }

    pub fn node(&self, id: NodeId) -> &TNode {
        &self.nodes[id]
    }

    pub fn node_mut(&mut self, id: NodeId) -> &mut TNode {
        &mut self.nodes[id]
    }

    /// Live children of a node.
    pub fn children(&self, id: NodeId) -> Vec<NodeId> {
        self.nodes[id].children.iter().copied().filter(|&c| !self.nodes[c].deleted).collect()
    }

    /// The node and its live descendants, in document order.
    pub fn subtree(&self, id: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        self.collect(id, &mut out);
        out
    }

    fn collect(&self, id: NodeId, out: &mut Vec<NodeId>) {
        if self.nodes[id].deleted {
            return;
        }
        out.push(id);
        for &c in &self.nodes[id].children {
            self.collect(c, out);
        }
    }

    /// The node, then its parent, and so up to the root.
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(Some(id), |&c| self.nodes[c].parent)
    }

    /// Whether a node or one of its ancestors was deleted.
    pub fn is_gone(&self, id: NodeId) -> bool {
        self.ancestors(id).any(|c| self.nodes[c].deleted)
    }

    /// Whether `id` is `ancestor` or lies under it.
    pub fn is_within(&self, id: NodeId, ancestor: NodeId) -> bool {
        self.ancestors(id).any(|c| c == ancestor)
    }

    /// How many nodes the arena holds, deleted ones included: ids run from 0, the original's nodes
    /// first, in document order.
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// All live nodes of a kind, in document order.
    pub fn all(&self, kind: Kind) -> Vec<NodeId> {
        self.subtree(self.root).into_iter().filter(|&i| self.nodes[i].kind == kind).collect()
    }

    /// The lead (the indentation) the document gives a new line of `kind`: that of the first line of
    /// the kind that stands on a line of its own (an article's first 款 follows its label), else of the
    /// lines it stands among (a 款 is indented as its article, an item or a list of units as a 款); none
    /// in a document that writes none. A text pasted from a web page or Word indents every line (　　).
    pub fn line_lead(&self, kind: Kind) -> Substr {
        let own_line = |i: NodeId| match self.index_in_parent(i) {
            Some((p, 0)) => self.node(p).kind != Kind::Article || !self.node(p).trail.is_empty(),
            _ => true,
        };
        let lead = |k: Kind| self.all(k).into_iter().find(|&i| own_line(i)).map(|i| self.node(i).lead.clone());
        let like: &[Kind] = match kind {
            Kind::Paragraph => &[Kind::Paragraph, Kind::Article],
            Kind::Item | Kind::SubItem | Kind::SubSubItem | Kind::CircledItem => {
                &[kind, Kind::Item, Kind::Paragraph, Kind::Article]
            }
            Kind::Units => &[Kind::Units, Kind::Item, Kind::Paragraph, Kind::Text],
            Kind::Text => &[Kind::Text, Kind::Paragraph, Kind::Article],
            _ => &[kind],
        };
        like.iter().find_map(|&k| lead(k)).unwrap_or_default()
    }

    /// Inserts a new node as a child of `parent` at `index` among its children (all, not only live).
    pub fn insert(&mut self, parent: NodeId, index: usize, mut node: TNode) -> NodeId {
        let id = self.nodes.len();
        node.parent = Some(parent);
        // a line put before an article's first 款 puts that on a line of its own, indented as the
        // document indents such lines (the line after the label is indented by the label's line)
        let first_live = |t: &Self| t.nodes[parent].children.iter().copied().find(|&c| !t.nodes[c].deleted);
        let on_label_line = self.nodes[parent].kind == Kind::Article && self.nodes[parent].trail.is_empty();
        let before = first_live(self).filter(|_| on_label_line);
        let lead = before.map(|b| self.line_lead(self.nodes[b].kind));
        self.nodes.push(node);
        let idx = index.min(self.nodes[parent].children.len());
        self.nodes[parent].children.insert(idx, id);
        if on_label_line
            && first_live(self) == Some(id)
            && let (Some(b), Some(lead)) = (before, lead)
        {
            self.nodes[b].lead = lead;
        }
        self.keep_lines_apart(id);
        id
    }

    /// Moves `id` under `parent` at `index`.
    pub fn move_to(&mut self, id: NodeId, parent: NodeId, index: usize) {
        debug_assert!(!self.is_within(parent, id), "a node cannot move under itself");
        if let Some(old) = self.nodes[id].parent {
            self.nodes[old].children.retain(|&c| c != id);
        }
        self.nodes[id].parent = Some(parent);
        self.nodes[id].parked = false;
        let idx = index.min(self.nodes[parent].children.len());
        self.nodes[parent].children.insert(idx, id);
        self.keep_lines_apart(id);
    }

    /// Whether `id` stands in the text as a unit among its neighbours: neither deleted nor parked.
    fn stands(&self, id: NodeId) -> bool {
        !self.nodes[id].deleted && !self.nodes[id].parked
    }

    /// The line breaks around a new unit placed whole (its lines built with the paragraph break): it stands apart from
    /// its neighbours as units there do ([`Tree::break_between`]); placed last in its parent, it
    /// takes the break that ended the parent, and the unit that was last the one between units (a
    /// new article after a chapter's last keeps the chapter's break before the next heading, in a
    /// text whose articles stand apart by a blank line and whose items by a line break).
    pub fn fit_breaks(&mut self, id: NodeId) {
        let Some(parent) = self.nodes[id].parent else { return };
        let kids = self.nodes[parent].children.clone();
        let Some(pos) = kids.iter().position(|&c| c == id) else { return };
        let live = |t: &Self, c: NodeId| c != id && t.stands(c);
        let prev = kids[..pos].iter().rev().copied().find(|&c| live(self, c));
        let last = !kids[pos..].iter().any(|&c| live(self, c));
        // the break between units there, this one left out
        let mut others = kids;
        others.remove(pos);
        let apart: Substr = self
            .break_between_of(&others, pos)
            .or_else(|| self.break_of_kind(id))
            .map_or_else(|| self.para_trail.clone(), Substr::from);
        let own = self.last_line(id);
        match prev.map(|p| self.last_line(p)) {
            _ if !last => self.nodes[own].trail = apart,
            Some(p) => {
                let ending = std::mem::replace(&mut self.nodes[p].trail, apart);
                self.nodes[own].trail = breaks_of(&ending).into();
            }
            // alone in its parent: the break it brought
            None => {}
        }
        self.keep_lines_apart(id);
    }

    /// The node placed gets the document's paragraph break after its last line if that line has
    /// none and something follows it. (The line before it, where that ended the document, is given
    /// its break by the placement's own break choice, [`Tree::fit_breaks`].)
    fn keep_lines_apart(&mut self, id: NodeId) {
        if self.nodes[id].parked {
            return;
        }
        let last = self.last_line(id);
        if self.ends_without_break(last) {
            self.nodes[last].trail = self.para_trail.clone();
        }
    }

    /// A line of text with no line break after it (an article's label line has none by design: its
    /// first 款 follows on the same line).
    fn ends_without_break(&self, id: NodeId) -> bool {
        let n = &self.nodes[id];
        n.trail.is_empty() && !n.text.is_empty() && n.kind != Kind::Article
    }

    /// Where a node stands, for messages: its path in the original, or for a unit the decision
    /// added, （新增） and the original unit it follows (or, first in its parent, the one it is in):
    /// `（新增，一/（一）/1./(2)之后）`; first in a unit added too, （新增） alone.
    pub fn place(&self, id: NodeId) -> String {
        let n = &self.nodes[id];
        if n.orig_path.is_some() {
            return n.path();
        }
        let Some((parent, at)) = self.index_in_parent(id) else { return n.path() };
        let kids = &self.nodes[parent].children;
        let known = |c: &NodeId| self.stands(*c) && self.nodes[*c].orig_path.is_some();
        match (kids[..at].iter().rev().find(|c| known(c)), self.nodes[parent].orig_path.as_deref()) {
            (Some(&before), _) => format!("（新增，{}之后）", self.nodes[before].path()),
            (None, Some(_)) => format!("（新增，{}之中）", self.nodes[parent].path()),
            _ => n.path(),
        }
    }

    /// Position of `id` among its parent's children.
    pub fn index_in_parent(&self, id: NodeId) -> Option<(NodeId, usize)> {
        let p = self.nodes[id].parent?;
        self.nodes[p].children.iter().position(|&c| c == id).map(|i| (p, i))
    }

    /// Replaces `range` of a node's line by `new`, which the decision writes: the `fresh` ranges
    /// (the decision's words) and the `recent` ones (the instruction's) take it in and stay right.
    pub fn edit_line(&mut self, id: NodeId, range: Range<usize>, new: &str) {
        let n = &mut self.nodes[id];
        let off = n.text_offset();
        let origin = Origin::of(&mut self.origins, id, &n.text);
        if range.start >= off {
            let r = range.start - off..range.end - off;
            origin.edited(r.clone(), new.len());
            let mut text = n.text.to_string();
            text.replace_range(r.clone(), new);
            n.text = text.into();
            let delta = new.len() as isize - r.len() as isize;
            let written = (!new.is_empty()).then(|| r.start..r.start + new.len());
            n.fresh = edited_ranges(std::mem::take(&mut n.fresh), &r, delta, written.clone());
            n.recent = edited_ranges(std::mem::take(&mut n.recent), &r, delta, written);
        } else {
            // the edit touches the label: the line becomes plain text (re-parsing restores its structure)
            origin.edits = None;
            let mut line = n.line();
            line.replace_range(range.clone(), new);
            n.label = None;
            n.sep = Substr::new();
            n.text = line.into();
            n.fresh = std::iter::once(0..n.text.len()).collect();
            // (the line's text starts at 0 now: what the instruction wrote is where it was in the line)
            let recent = n.recent.drain(..).map(|f| f.start + off..f.end + off).collect();
            let delta = new.len() as isize - range.len() as isize;
            let written = (!new.is_empty()).then(|| range.start..range.start + new.len());
            n.recent = edited_ranges(recent, &range, delta, written);
        }
    }

    /// Starts an instruction: no text is its own yet.
    pub fn forget_recent(&mut self) {
        for n in &mut self.nodes {
            n.recent.clear();
        }
        self.origins.clear();
    }

    /// A node's text as the instruction being executed found it.
    pub fn text_at_start(&self, id: NodeId) -> &str {
        self.origins.get(&id).map_or(&self.nodes[id].text, |o| &o.text)
    }

    /// Where a range of [`Self::text_at_start`] is in the node's text now; `None` when the
    /// instruction has edited any of it since (or the node's label, after which offsets are lost).
    pub fn since_start(&self, id: NodeId, range: Range<usize>) -> Option<Range<usize>> {
        let Some(o) = self.origins.get(&id) else { return Some(range) };
        o.edits.as_ref()?.iter().try_fold(range, |at, (r, written)| {
            if at.end <= r.start {
                Some(at)
            } else if at.start >= r.end {
                Some(at.start - r.len() + written..at.end - r.len() + written)
            } else {
                None
            }
        })
    }

    /// Whether a range of a node's line (label included) overlaps text the instruction being
    /// executed wrote.
    pub fn is_recent(&self, id: NodeId, line_range: &Range<usize>) -> bool {
        let n = &self.nodes[id];
        let off = n.text_offset();
        n.recent.iter().any(|f| f.start + off < line_range.end && line_range.start < f.end + off)
    }

    /// Marks the whole text of a node as written by the decision.
    pub fn mark_fresh(&mut self, id: NodeId) {
        let len = self.nodes[id].text.len();
        self.nodes[id].fresh = std::iter::once(0..len).collect();
    }

    /// Deletes a node and its subtree.
    pub fn delete(&mut self, id: NodeId) {
        self.nodes[id].deleted = true;
    }

    /// Deletes `id` as a decision's 删去 does: when it was the last of its parent's units, the line
    /// now last in the parent takes the line break that ended it, the break between the parent and
    /// what follows (删去第二条第二款 after the article's items keeps the blank line before 第三条 in
    /// a text whose articles stand apart by one and whose items by a line break).
    pub fn delete_unit(&mut self, id: NodeId) {
        let ending: Substr = breaks_of(&self.nodes[self.last_line(id)].trail).into();
        self.delete(id);
        let Some((parent, idx)) = self.index_in_parent(id) else { return };
        let now = self.last_line(parent);
        // (a parent left with no unit keeps its own line's break: the one before its units)
        // (`id` itself is deleted now: what follows it is what is at its index and after)
        if now != parent && self.is_end_of(parent, idx) && ending.contains('\n') && !self.nodes[now].trail.is_empty() {
            self.nodes[now].trail = ending;
        }
    }

    /// Joins the text of `from` to the end of `into`'s (the decision's words and the instruction's
    /// stay marked where they moved to), and `from`'s children follow `into`'s; `from` is gone.
    pub fn join_text(&mut self, into: NodeId, from: NodeId) {
        let at = self.nodes[into].text.len();
        let moved = |r: &Range<usize>| r.start + at..r.end + at;
        let (text, fresh, recent): (String, Vec<_>, Vec<_>) = {
            let f = &self.nodes[from];
            (f.text.to_string(), f.fresh.iter().map(moved).collect(), f.recent.iter().map(moved).collect())
        };
        let n = &mut self.nodes[into];
        Origin::of(&mut self.origins, into, &n.text).edited(at..at, text.len());
        n.text = format!("{}{text}", n.text).into();
        n.fresh.extend(fresh);
        n.recent.extend(recent);
        let first = self.nodes[into].children.len();
        for (i, c) in self.children(from).into_iter().enumerate() {
            self.move_to(c, into, first + i);
        }
        self.delete(from);
    }

    /// Removes a node's own line only: its children move up to its place.
    pub fn remove_line(&mut self, id: NodeId) {
        if let Some((parent, idx)) = self.index_in_parent(id) {
            let kids = self.nodes[id].children.clone();
            for (i, c) in kids.into_iter().enumerate() {
                self.move_to(c, parent, idx + i);
            }
        }
        self.nodes[id].deleted = true;
    }

    /// Renders the live tree to text, keeping the source's final line break (or its absence).
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.render_into(self.root, &mut out);
        if !self.ends_with_newline {
            let trimmed = out.trim_end_matches(['\n', '\r']).len();
            out.truncate(trimmed);
        } else if !out.ends_with('\n') {
            out.push('\n');
        }
        out
    }

    /// A node's lead as rendered: none on the line after an article's label, which takes the
    /// article's first 款 (an indented 款 that deletions or moves bring up to the label's line
    /// leaves its indentation on its own line).
    fn shown_lead(&self, id: NodeId) -> &str {
        let after_label = self.nodes[id].parent.is_some_and(|p| {
            self.nodes[p].kind == Kind::Article
                && self.nodes[p].trail.is_empty()
                && self.nodes[p].children.iter().find(|&&c| !self.nodes[c].deleted) == Some(&id)
        });
        if after_label { "" } else { &self.nodes[id].lead }
    }

    fn render_into(&self, id: NodeId, out: &mut String) {
        let n = &self.nodes[id];
        if n.deleted {
            return;
        }
        out.push_str(self.shown_lead(id));
        if let Some(l) = &n.label {
            out.push_str(l);
        }
        out.push_str(&n.sep);
        out.push_str(&n.text);
        out.push_str(&n.trail);
        for &c in &n.children {
            self.render_into(c, out);
        }
    }

    /// Where every live node carried over from the original starts in [`Tree::render`]'s text: its
    /// byte offset, its kind and its path in the original (see [`super::lineage`]).
    pub fn origins(&self) -> Vec<(usize, Kind, String)> {
        let mut out = Vec::new();
        let mut offset = 0;
        self.origins_into(self.root, &mut offset, &mut out);
        out
    }

    fn origins_into(&self, id: NodeId, offset: &mut usize, out: &mut Vec<(usize, Kind, String)>) {
        let n = &self.nodes[id];
        if n.deleted {
            return;
        }
        if let Some(p) = &n.orig_path {
            out.push((*offset, n.kind, p.clone()));
        }
        *offset += self.shown_lead(id).len()
            + n.label.as_ref().map_or(0, |l| l.len())
            + n.sep.len()
            + n.text.len()
            + n.trail.len();
        for &c in &n.children {
            self.origins_into(c, offset, out);
        }
    }

    /// Whether nothing live stands under `parent` from `index` on.
    pub fn is_end_of(&self, parent: NodeId, index: usize) -> bool {
        let kids = &self.nodes[parent].children;
        kids[index.min(kids.len())..].iter().all(|&c| !self.stands(c))
    }

    /// The line break a line inserted under `parent` at `index` takes: the paragraph break, or,
    /// when nothing live follows it there, the break of the parent's old last line, which takes
    /// the paragraph break instead (it is followed now).
    pub fn trail_for_insert(&mut self, parent: NodeId, index: usize) -> Substr {
        let apart = self.break_between(parent, index);
        if self.is_end_of(parent, index) {
            let last = self.last_line(parent);
            std::mem::replace(&mut self.nodes[last].trail, apart)
        } else {
            apart
        }
    }

    /// The line break that parts two units under `parent` near `index`: the one after the last
    /// line of the live unit before `index` that a live unit follows (the unit before it when that
    /// one is the last), else the paragraph break. Units stand apart as their neighbours do: a new
    /// article in a text whose articles stand apart by a blank line and whose items by a line break
    /// takes the blank line, whichever of the two most of the text's lines have.
    fn break_between(&self, parent: NodeId, index: usize) -> Substr {
        self.break_between_of(&self.nodes[parent].children, index).map_or_else(|| self.para_trail.clone(), Substr::from)
    }

    /// [`Tree::break_between`] among `kids`, if one of them is followed by another.
    fn break_between_of(&self, kids: &[NodeId], index: usize) -> Option<String> {
        let live: Vec<usize> = (0..kids.len()).filter(|&i| self.stands(kids[i])).collect();
        let followed = |i: usize| live.iter().any(|&j| j > i);
        let before = live.iter().rev().find(|&&i| i < index && followed(i));
        let after = live.iter().find(|&&i| i >= index && followed(i));
        before.or(after).map(|&i| self.break_after(kids[i])).filter(|t| t.contains('\n'))
    }

    /// The line breaks after the last line of `id`.
    fn break_after(&self, id: NodeId) -> String {
        breaks_of(&self.nodes[self.last_line(id)].trail)
    }

    /// The break after the first unit of `id`'s kind, `id` left out, that another unit follows
    /// (where `id`'s parent holds no other: a chapter of one article), else after the first that
    /// something follows in the text (an article before a chapter's heading).
    fn break_of_kind(&self, id: NodeId) -> Option<String> {
        let doc_last = self.last_line(self.root);
        // (`all` gives live units only)
        let units: Vec<NodeId> =
            self.all(self.nodes[id].kind).into_iter().filter(|&a| a != id && !self.nodes[a].parked).collect();
        let followed = |a: NodeId| {
            self.index_in_parent(a)
                .is_some_and(|(p, i)| self.nodes[p].children[i + 1..].iter().any(|&c| c != id && self.stands(c)))
        };
        units
            .iter()
            .find(|&&a| followed(a))
            .or_else(|| units.iter().find(|&&a| self.last_line(a) != doc_last))
            .map(|&a| self.break_after(a))
            .filter(|t| t.contains('\n'))
    }

    /// The document's last line and the line break after it (the file's own ending).
    pub fn document_end(&self) -> (NodeId, Substr) {
        let last = self.last_line(self.root);
        (last, self.nodes[last].trail.clone())
    }

    /// Gives the file's ending back to whatever line is last now: a unit placed after the old last
    /// line takes its ending, and the old last line, followed now, the break that unit's last line
    /// had (a unit moved there brings the break that parted it from what followed it, 第四条 moved
    /// after 第五条 its blank line), or the paragraph break.
    pub fn restore_end(&mut self, (old, ending): (NodeId, Substr)) {
        let last = self.last_line(self.root);
        if last == old {
            return;
        }
        let brought = std::mem::replace(&mut self.nodes[last].trail, ending.clone());
        // (a deleted line is not rendered: what it ends with does not matter)
        if self.nodes[old].trail == ending {
            let brought = breaks_of(&brought);
            self.nodes[old].trail = if brought.contains('\n') { brought.into() } else { self.para_trail.clone() };
        }
    }

    /// The last live line rendered inside `id` (itself or its last live descendant).
    pub fn last_line(&self, id: NodeId) -> NodeId {
        match self.nodes[id].children.iter().rfind(|&&c| self.stands(c)) {
            Some(&c) => self.last_line(c),
            None => id,
        }
    }
}

/// The line breaks of a line's trail, without the stray blanks before them.
fn breaks_of(trail: &str) -> String {
    trail.chars().filter(|&c| c == '\n' || c == '\r').collect()
}

/// Ranges of a text after `r` was replaced by text `delta` bytes longer: those before stay, those
/// after shift, the parts of overlapping ones outside `r` are kept; `written` (the new text's range)
/// is added.
fn edited_ranges(
    ranges: Vec<Range<usize>>,
    r: &Range<usize>,
    delta: isize,
    written: Option<Range<usize>>,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for f in ranges {
        if f.end <= r.start {
            out.push(f);
        } else if f.start >= r.end {
            out.push(shift(&f, delta));
        } else {
            // overlapping: keep the parts outside the edit
            if f.start < r.start {
                out.push(f.start..r.start);
            }
            if f.end > r.end {
                out.push(shift(&(r.end..f.end), delta));
            }
        }
    }
    out.extend(written);
    // (a part outside the edit may be empty: it marks nothing)
    out.retain(|r| !r.is_empty());
    out.sort_by_key(|r| r.start);
    out
}

fn shift(r: &Range<usize>, delta: isize) -> Range<usize> {
    ((r.start as isize + delta) as usize)..((r.end as isize + delta) as usize)
}
