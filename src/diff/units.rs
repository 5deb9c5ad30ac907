//! Flattening a [`Document`] into the units a diff compares.
//!
//! - laws: every article (条) is one clause unit, its whole subtree (款, 项, 目) as its text;
//! - policy documents: every item (（一）) is one clause unit, with its sub-items and its 责任单位 line;
//!   a numbered level below the point that is not inside an item (a skipped level) counts as well;
//! - 编/章/节, points (一、), Markdown headings and attachment headings are heading units: their own
//!   line only, their contents being units of their own;
//! - paragraphs outside clauses (a preamble, text or a 责任单位 line directly under a point, closing
//!   lines, gap markers) are text units;
//! - header material (title, document number, addressee, history notes, Markdown metadata, 目录) is
//!   metadata.
//!
//! A unit's text never contains its own number, so a clause that was only renumbered compares equal.

use arcstr::Substr;

use crate::document::{Document, Kind, Node};

use super::model::{Side, UnitKind};
use super::normalize::{normalize, normalize_char};

/// One comparable unit of a document. It shares its text with the document's source (or owns the
/// joined lines of a clause) and borrows nothing, so the tree can be dropped once its units are
/// taken: a diff of two large documents then holds one tree at a time, not both.
#[derive(Debug, Clone)]
pub struct Unit {
    pub unit: UnitKind,
    /// The kind of the node the unit is.
    pub kind: Kind,
    /// The node's path.
    pub path: Substr,
    /// The number as written (`第十条`, `（四）`, `一、`), for numbered units.
    pub number: Option<Substr>,
    /// What separates the number from the text in the source (for numbered units).
    pub sep: Substr,
    /// The text without the unit's own number (see [`Side::text`]): the node's own text where that
    /// is all of it (most units), otherwise the lines of its subtree joined.
    pub text: Substr,
}

impl Unit {
    /// Units are aligned only with units of the same group: articles with articles, chapters with
    /// chapters, points with points, 责任单位 lines with 责任单位 lines.
    pub fn group(&self) -> (UnitKind, Kind) {
        (self.unit, self.kind)
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// `text` normalised ([`super::normalize`]): what alignment compares when texts differ as written.
    pub fn key(&self) -> String {
        normalize(&self.text)
    }

    /// The characters of [`Unit::key`], one at a time, with no string built.
    pub fn key_chars(&self) -> impl Iterator<Item = char> + '_ {
        self.text.chars().filter_map(normalize_char)
    }

    /// Whether the two units' keys are equal (compared character by character, up to the first
    /// that differs).
    pub fn same_key(&self, other: &Unit) -> bool {
        self.key_chars().eq(other.key_chars())
    }

    /// The unit as one side of a change (its fields shared, not copied).
    pub fn into_side(self) -> Side {
        Side {
            path: self.path,
            sep: if self.number.is_some() { self.sep } else { Substr::new() },
            number: self.number,
            text: self.text,
            kind: self.kind,
        }
    }
}

/// The units of `doc` in document order.
pub fn units(doc: &Document) -> Vec<Unit> {
    let mut count = 0;
    for child in &doc.root.children {
        collect(child, &mut |_| count += 1);
    }
    let mut out = Vec::with_capacity(count);
    for child in &doc.root.children {
        collect(child, &mut |u| out.push(u));
    }
    out
}

/// Calls `out` with each unit of `node` in document order.
fn collect(node: &Node, out: &mut impl FnMut(Unit)) {
    match node.kind {
        Kind::Header => node.walk(&mut |n| {
            if n.kind != Kind::Header {
                out(line_unit(n, UnitKind::Metadata));
            }
        }),
        Kind::Article | Kind::Paragraph | Kind::Item | Kind::SubItem | Kind::SubSubItem | Kind::CircledItem => {
            out(clause_unit(node))
        }
        Kind::Part | Kind::Chapter | Kind::Section | Kind::Point | Kind::Attachment => {
            out(numbered_line_unit(node, UnitKind::Heading));
            for c in &node.children {
                collect(c, out);
            }
        }
        Kind::Heading | Kind::AttachmentList => {
            out(line_unit(node, UnitKind::Heading));
            for c in &node.children {
                collect(c, out);
            }
        }
        _ => {
            out(line_unit(node, UnitKind::Text));
            for c in &node.children {
                collect(c, out);
            }
        }
    }
}

fn unit(node: &Node, unit: UnitKind, number: Option<Substr>, text: Substr) -> Unit {
    Unit { unit, kind: node.kind, path: node.path.clone(), number, sep: node.sep.clone(), text }
}

/// Appends a node's line (label, separator, text) to `out`.
fn push_line(node: &Node, out: &mut String) {
    if let Some(label) = &node.label {
        out.push_str(label);
    }
    out.push_str(&node.sep);
    out.push_str(&node.text);
}

/// A unit whose text is its whole line, label included (a 责任单位 line, a paragraph, a title).
fn line_unit(node: &Node, kind: UnitKind) -> Unit {
    unit(node, kind, None, line_text(node))
}

/// A node's line (label, separator and text): a range of the source where the three are adjacent
/// in it (as parsed), otherwise (rewritten by an operation) a string of its own.
fn line_text(node: &Node) -> Substr {
    let Some(label) = &node.label else {
        if node.sep.is_empty() {
            return node.text.clone();
        }
        return adjacent(&[&node.sep, &node.text]).unwrap_or_else(|| Substr::from(node.line()));
    };
    let parts: &[&Substr] = if node.sep.is_empty() { &[label, &node.text] } else { &[label, &node.sep, &node.text] };
    adjacent(parts).unwrap_or_else(|| Substr::from(node.line()))
}

/// The range of one source that `parts` cover, when each part follows the one before in it.
fn adjacent(parts: &[&Substr]) -> Option<Substr> {
    let first = parts.first()?;
    let mut end = first.range().end;
    for p in &parts[1..] {
        let same = std::ptr::eq(p.parent().as_ptr(), first.parent().as_ptr());
        if p.is_empty() && !same {
            continue;
        }
        if !same || p.range().start != end {
            return None;
        }
        end = p.range().end;
    }
    Some(first.parent().substr(first.range().start..end))
}

/// A heading with its number apart: `第二章` + `总则`, `一、` + `明确目标与主攻方向`.
fn numbered_line_unit(node: &Node, kind: UnitKind) -> Unit {
    match &node.label {
        Some(label) => unit(node, kind, Some(label.substr_using(str::trim)), node.text.clone()),
        None => line_unit(node, kind),
    }
}

/// A clause with its number apart and its whole subtree as text, one line per node.
fn clause_unit(node: &Node) -> Unit {
    let number = node.label.as_ref().map(|l| l.substr_using(str::trim));
    // an article of one paragraph, an item of one line: its text is that line's
    let (mut first, mut lines, mut len) = (None, 0, node.text.len());
    for c in &node.children {
        c.walk(&mut |n| {
            if n.label.is_some() || !n.sep.is_empty() || !n.text.is_empty() {
                lines += 1;
                first.get_or_insert(n);
                len += 1 + n.label.as_ref().map_or(0, |l| l.len()) + n.sep.len() + n.text.len();
            }
        });
    }
    match (node.text.is_empty(), first) {
        (_, None) => return unit(node, UnitKind::Clause, number, node.text.clone()),
        (true, Some(only)) if lines == 1 => return unit(node, UnitKind::Clause, number, line_text(only)),
        _ => {}
    }
    let mut text = String::with_capacity(len);
    text.push_str(&node.text);
    for c in &node.children {
        c.walk(&mut |n| {
            let empty = n.label.is_none() && n.sep.is_empty() && n.text.is_empty();
            if !empty {
                if !text.is_empty() {
                    text.push('\n');
                }
                push_line(n, &mut text);
            }
        });
    }
    unit(node, UnitKind::Clause, number, Substr::from(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::parse;

    fn summary(text: &str) -> Vec<(UnitKind, String, Option<String>, String)> {
        let doc = parse(text);
        units(&doc)
            .into_iter()
            .map(|u| (u.unit, u.path.to_string(), u.number.map(|n| n.to_string()), u.text.to_string()))
            .collect()
    }

    #[test]
    fn law_articles_are_clauses_without_their_number() {
        let text = "# 示例法\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了示例，制定本法。\n\n第二条 本法适用于：\n\n（一）甲；\n\n（二）乙。\n\n前款规定以外的，不适用本法。";
        let u = summary(text);
        let clauses: Vec<_> = u.iter().filter(|u| u.0 == UnitKind::Clause).collect();
        assert_eq!(clauses.len(), 2);
        assert_eq!(clauses[0].1, "第一条");
        assert_eq!(clauses[0].2.as_deref(), Some("第一条"));
        assert_eq!(clauses[0].3, "为了示例，制定本法。");
        assert_eq!(clauses[1].3, "本法适用于：\n（一）甲；\n（二）乙。\n前款规定以外的，不适用本法。");
        let heading = u.iter().find(|u| u.0 == UnitKind::Heading).unwrap();
        assert_eq!((heading.2.as_deref(), heading.3.as_str()), (Some("第一章"), "总则"));
        assert_eq!(u.iter().filter(|u| u.0 == UnitKind::Metadata).count(), 2, "title and INFO END");
    }

    #[test]
    fn a_line_is_shared_with_the_source_only_while_its_parts_lie_side_by_side_in_it() {
        let mut doc = parse("一、总体要求\n责任单位：省工信厅\n");
        let line = |doc: &Document| units(doc).pop().map(|u| u.text).unwrap();
        let parsed = line(&doc);
        assert_eq!(parsed, "责任单位：省工信厅");
        assert!(std::ptr::eq(parsed.parent().as_ptr(), doc.source.as_ptr()), "a range of the source, not a copy");
        // an operation gives the text a string of its own: the line is joined, not the source's range
        let units_line = &mut doc.root.children[0].children[0];
        assert_eq!(units_line.kind, Kind::Units);
        units_line.text = Substr::from("省财政厅");
        assert_eq!(line(&doc), "责任单位：省财政厅");
        // a label given a string of its own, its text still in the source
        let units_line = &mut doc.root.children[0].children[0];
        units_line.label = Some(Substr::from("牵头单位："));
        units_line.text = doc.source.substr(doc.source.find("省工信厅").unwrap()..doc.source.len() - 1);
        assert_eq!(line(&doc), "牵头单位：省工信厅");
    }

    #[test]
    fn policy_items_carry_their_units_line_and_points_are_headings() {
        let text = "一、总体要求\n（一）加强领导。\n责任单位：省工信厅\n二、保障措施\n做好保障。\n责任单位：省财政厅\n";
        let u = summary(text);
        let shape: Vec<(UnitKind, &str)> = u.iter().map(|u| (u.0, u.1.as_str())).collect();
        assert_eq!(
            shape,
            [
                (UnitKind::Heading, "一"),
                (UnitKind::Clause, "一/（一）"),
                (UnitKind::Heading, "二"),
                (UnitKind::Text, "二/¶1"),
                (UnitKind::Text, "二/责任单位"),
            ]
        );
        assert_eq!(u[1].3, "加强领导。\n责任单位：省工信厅");
        assert_eq!(u[1].2.as_deref(), Some("（一）"));
        assert_eq!(u[4].3, "责任单位：省财政厅");
    }
}
