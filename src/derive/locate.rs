//! Naming units the way amendment notices do: 第十条第二款第三项 in laws, 第十四项 or 第一点第四项
//! (where items restart under each point) in policy notices; and the scopes that locators name, so
//! that a quotation can be checked to be unique where it will be searched.

use crate::document::{Document, Family, Kind, Node};
use crate::text::numerals;

/// The locator of a node, by its path: `第十条/2/（三）` → 第十条第二款第三项, `一/（四）` → 第四项 or
/// 第一点第四项, `第二章/¶1` → 第二章第一段. `None` for nodes that no locator names (text outside
/// points and divisions, the header).
pub fn locator_of(doc: &Document, node: &Node) -> Option<String> {
    let n = |x: Option<u32>| numerals::format(x.unwrap_or(0));
    match node.kind {
        Kind::Article => Some(article(node)),
        Kind::Part | Kind::Chapter | Kind::Section => {
            // qualified by its divisions: 第二编第三章
            let mut out = String::new();
            for seg in node.path.split('/') {
                out.push_str(seg);
            }
            Some(out)
        }
        Kind::Point => Some(format!("第{}点", n(node.number))),
        // a paragraph in no article, under a heading: 第二章第一段 (the heading is no paragraph)
        Kind::Text => {
            let parent = parent_of(doc, node).filter(|p| p.kind.is_division())?;
            let k = parent.children.iter().filter(|c| c.kind == Kind::Text).position(|c| c.path == node.path)?;
            Some(format!("{}第{}段", locator_of(doc, parent)?, numerals::format(k as u32 + 1)))
        }
        Kind::Paragraph | Kind::Item | Kind::SubItem => {
            let parent = parent_of(doc, node)?;
            let base = match parent.kind {
                Kind::Point | Kind::Document | Kind::Attachment if node.kind == Kind::Item => {
                    // 第十四项 where items run on; 第一点第四项 where they restart, even for a number
                    // that occurs once (a reader of 第五项 would look for it under every point)
                    let restart =
                        doc.nodes().iter().filter(|m| m.kind == Kind::Item && m.number == Some(1)).count() > 1;
                    if !restart || parent.kind != Kind::Point {
                        String::new()
                    } else {
                        format!("第{}点", n(parent.number))
                    }
                }
                _ => locator_of(doc, parent)?,
            };
            let own = match node.kind {
                Kind::Paragraph => format!("第{}款", n(node.number)),
                Kind::Item => format!("第{}项", n(node.number)),
                _ => format!("第{}目", n(node.number)),
            };
            Some(format!("{base}{own}"))
        }
        _ => None,
    }
}

/// The locator of an article: 第十条, 第一百二十条之一.
pub(super) fn article(node: &Node) -> String {
    match node.sub_number {
        Some(s) => format!("第{}条之{}", numerals::format(node.number.unwrap_or(0)), numerals::format(s)),
        None => format!("第{}条", numerals::format(node.number.unwrap_or(0))),
    }
}

/// The parent of a node in the tree.
pub fn parent_of<'a>(doc: &'a Document, node: &Node) -> Option<&'a Node> {
    fn find<'a>(cur: &'a Node, target: &Node) -> Option<&'a Node> {
        for c in &cur.children {
            if std::ptr::eq(c, target) || c.path == target.path {
                return Some(cur);
            }
            if let Some(p) = find(c, target) {
                return Some(p);
            }
        }
        None
    }
    find(&doc.root, node)
}

/// Whether locators name units of this kind in a document of this family: in laws 条, 款, 项, 目
/// and the divisions; in policy documents 点, 项, 目.
pub fn locatable(family: Family, kind: Kind) -> bool {
    match family {
        Family::Law => matches!(
            kind,
            Kind::Article | Kind::Paragraph | Kind::Item | Kind::SubItem | Kind::Chapter | Kind::Section | Kind::Part
        ),
        _ => matches!(kind, Kind::Item | Kind::Point | Kind::SubItem),
    }
}

/// The node a locator should name for an edit in `line_node`: the unit itself for clauses, the
/// enclosing point for text under a point, the enclosing item for a 责任单位 line or sub-item text.
pub fn scope_for<'a>(doc: &'a Document, line_node: &'a Node) -> Option<&'a Node> {
    let mut cur = line_node;
    loop {
        if locatable(doc.family, cur.kind) && locator_of(doc, cur).is_some() {
            return Some(cur);
        }
        cur = parent_of(doc, cur)?;
    }
}

/// The lines that a locator on `node` searches (the node and its subtree).
pub fn scope_text(node: &Node) -> Vec<String> {
    node.descendants().iter().map(|n| n.line()).collect()
}

/// How often `needle` occurs in `lines` (never across lines, as apply searches).
pub fn occurrences(lines: &[String], needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    lines.iter().map(|l| l.matches(needle).count()).sum()
}
