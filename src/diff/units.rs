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

use std::borrow::Cow;

use crate::document::{Document, Kind, Node};

use super::model::{Side, UnitKind};
use super::normalize::normalize;

/// One comparable unit of a document.
#[derive(Debug, Clone)]
pub struct Unit<'a> {
    pub unit: UnitKind,
    pub node: &'a Node,
    /// The number as written (`第十条`, `（四）`, `一、`), for numbered units.
    pub number: Option<String>,
    /// The text without the unit's own number (see [`Side::text`]): the node's own text where that
    /// is all of it (most units), otherwise the lines of its subtree joined.
    pub text: Cow<'a, str>,
}

impl Unit<'_> {
    /// Units are aligned only with units of the same group: articles with articles, chapters with
    /// chapters, points with points, 责任单位 lines with 责任单位 lines.
    pub fn group(&self) -> (UnitKind, Kind) {
        (self.unit, self.node.kind)
    }

    pub fn path(&self) -> &str {
        &self.node.path
    }

    /// `text` normalised ([`super::normalize`]): what alignment compares when texts differ as written.
    pub fn key(&self) -> String {
        normalize(&self.text)
    }

    /// The unit as one side of a change (its text moved, not copied).
    pub fn into_side(self) -> Side {
        Side {
            path: self.node.path.clone(),
            sep: if self.number.is_some() { self.node.sep.to_string() } else { String::new() },
            number: self.number,
            text: self.text.into_owned(),
            kind: self.node.kind,
        }
    }
}

/// The units of `doc` in document order.
pub fn units(doc: &Document) -> Vec<Unit<'_>> {
    let mut out = Vec::new();
    for child in &doc.root.children {
        collect(child, &mut out);
    }
    out
}

fn collect<'a>(node: &'a Node, out: &mut Vec<Unit<'a>>) {
    match node.kind {
        Kind::Header => node.walk(&mut |n| {
            if n.kind != Kind::Header {
                out.push(line_unit(n, UnitKind::Metadata));
            }
        }),
        Kind::Article | Kind::Paragraph | Kind::Item | Kind::SubItem | Kind::SubSubItem | Kind::CircledItem => {
            out.push(clause_unit(node))
        }
        Kind::Part | Kind::Chapter | Kind::Section | Kind::Point | Kind::Attachment => {
            out.push(numbered_line_unit(node, UnitKind::Heading));
            for c in &node.children {
                collect(c, out);
            }
        }
        Kind::Heading | Kind::AttachmentList => {
            out.push(line_unit(node, UnitKind::Heading));
            for c in &node.children {
                collect(c, out);
            }
        }
        _ => {
            out.push(line_unit(node, UnitKind::Text));
            for c in &node.children {
                collect(c, out);
            }
        }
    }
}

fn unit<'a>(node: &'a Node, unit: UnitKind, number: Option<String>, text: Cow<'a, str>) -> Unit<'a> {
    Unit { unit, node, number, text }
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
fn line_unit(node: &Node, kind: UnitKind) -> Unit<'_> {
    unit(node, kind, None, line_text(node))
}

/// A node's line (label, separator and text), borrowed where it is only text.
fn line_text(node: &Node) -> Cow<'_, str> {
    if node.label.is_none() && node.sep.is_empty() { Cow::Borrowed(&node.text) } else { Cow::Owned(node.line()) }
}

/// A heading with its number apart: `第二章` + `总则`, `一、` + `明确目标与主攻方向`.
fn numbered_line_unit(node: &Node, kind: UnitKind) -> Unit<'_> {
    match &node.label {
        Some(label) => unit(node, kind, Some(label.trim().to_string()), Cow::Borrowed(&node.text)),
        None => line_unit(node, kind),
    }
}

/// A clause with its number apart and its whole subtree as text, one line per node.
fn clause_unit(node: &Node) -> Unit<'_> {
    let number = node.label.as_ref().map(|l| l.trim().to_string());
    // an article of one paragraph, an item of one line: its text is that line's
    let (mut first, mut lines) = (None, 0);
    for c in &node.children {
        c.walk(&mut |n| {
            if n.label.is_some() || !n.sep.is_empty() || !n.text.is_empty() {
                lines += 1;
                first.get_or_insert(n);
            }
        });
    }
    match (node.text.is_empty(), first) {
        (_, None) => return unit(node, UnitKind::Clause, number, Cow::Borrowed(&node.text)),
        (true, Some(only)) if lines == 1 => return unit(node, UnitKind::Clause, number, line_text(only)),
        _ => {}
    }
    let mut text = String::with_capacity(node.span.end - node.span.start);
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
    unit(node, UnitKind::Clause, number, Cow::Owned(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::parse;

    fn summary(text: &str) -> Vec<(UnitKind, String, Option<String>, String)> {
        let doc = parse(text);
        units(&doc).into_iter().map(|u| (u.unit, u.node.path.clone(), u.number.clone(), u.text.to_string())).collect()
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
