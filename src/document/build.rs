//! Building the clause tree from classified lines: the header block, then the body nested by
//! numbering level (a level may be skipped; items may restart under each point or run on).

use arcstr::{ArcStr, Substr};

use super::lines::{Class, Line, LineKind};
use super::model::{Family, Kind, Node};
use crate::text::without_blanks;

/// The decoded source that the lines are slices of: a node's fields are ranges of it, not copies.
pub struct Source<'s>(pub &'s ArcStr);

impl Source<'_> {
    /// `s` (a slice of the source) as a range of it; a string from elsewhere (a literal) is copied.
    fn sub(&self, s: &str) -> Substr {
        self.0.try_substr_from(s).unwrap_or_else(|| Substr::from(s))
    }
}

/// Nesting levels; a node is a child of the nearest open node with a lower level.
fn level(kind: Kind, family: Family) -> u32 {
    match kind {
        Kind::Attachment => 0,
        Kind::Part => 10,
        Kind::Chapter | Kind::Heading => 20,
        Kind::Section => 30,
        Kind::Point if family == Family::Law => 35,
        Kind::Point | Kind::Article => 40,
        Kind::Paragraph => 50,
        Kind::Item | Kind::AttachmentList => 60,
        Kind::SubItem => 70,
        Kind::SubSubItem => 80,
        Kind::CircledItem => 90,
        _ => u32::MAX, // leaves
    }
}

/// Decides the family from the labels found.
pub fn family(lines: &[Line]) -> Family {
    let articles = lines.iter().filter(|l| l.class.kind == LineKind::Article && !l.class.sep.is_empty()).count();
    let bare_articles = lines.iter().filter(|l| l.class.kind == LineKind::Article).count();
    let points = lines.iter().filter(|l| matches!(l.class.kind, LineKind::Point | LineKind::Item)).count();
    let only_points = lines.iter().filter(|l| l.class.kind == LineKind::Point).count();
    // a law has articles; one article with its separator makes a law too, unless points outnumber it
    if articles >= 2 || (articles == 1 && only_points == 0) || (bare_articles >= 3 && bare_articles >= points) {
        Family::Law
    } else if points > 0 || lines.iter().any(|l| l.class.kind == LineKind::Units) {
        Family::Policy
    } else {
        Family::Plain
    }
}

fn has_sentence_punct(s: &str) -> bool {
    s.contains(['。', '；', ';'])
}

fn heading_like(s: &str, max: usize) -> bool {
    // a CJK character is 3 bytes: a line longer than 4·max bytes has more than max characters
    s.len() <= 4 * max && !has_sentence_punct(s) && !s.ends_with(['，', '：', ':']) && s.chars().count() <= max
}

fn is_history_note(s: &str) -> bool {
    ["通过", "修正", "修订", "公布", "施行", "发布", "批准"].iter().any(|k| s.contains(k))
}

fn starts_with_date(s: &str) -> bool {
    let Some(pos) = s.find('年') else { return false };
    let head = &s[..pos];
    !head.is_empty()
        && head.chars().count() <= 4
        && head.chars().all(|c| c.is_ascii_digit() || crate::text::numerals::is_numeral_char(c))
        && s[pos..].contains('月')
}

fn node_from(src: &Source, line: &Line, kind: Kind) -> Node {
    let c: &Class = &line.class;
    let mut n = Node::new(kind);
    n.lead = src.sub(line.lead);
    n.label = c.label.map(|l| src.sub(l));
    n.number = c.number;
    n.sub_number = c.sub_number;
    n.sep = src.sub(c.sep);
    n.text = src.sub(c.text);
    n.trail = src.sub(line.trail);
    if n.label.is_none() {
        n.sep = Substr::new();
        n.text = src.sub(line.content);
    }
    n
}

fn text_node(src: &Source, line: &Line, kind: Kind) -> Node {
    let mut n = Node::new(kind);
    n.lead = src.sub(line.lead);
    n.text = src.sub(line.content);
    n.trail = src.sub(line.trail);
    n
}

struct Builder {
    family: Family,
    /// Open nodes, each with its index in `nodes` and its level; `stack[0]` is the root (or the
    /// current attachment's container chain).
    stack: Vec<(usize, u32)>,
    /// Every node not yet handed to its parent, in document order: each open node, followed by its
    /// children (closed, or the open one last). A node stays where it was pushed until its parent
    /// closes, and its children are moved out in one piece when it closes, so every `children`
    /// vector is allocated once, at its size (pushing into each node's own vector grew them by
    /// doubling, a third of the tree's memory on large laws), and a node is moved twice in all
    /// (into this vector, then into its parent's).
    nodes: Vec<Node>,
}

impl Builder {
    fn new(family: Family, root: Node) -> Self {
        Builder { family, stack: vec![(0, 0)], nodes: vec![root] }
    }

    fn top(&mut self) -> &mut Node {
        let at = self.stack.last().expect("the root is never popped").0;
        &mut self.nodes[at]
    }

    fn top_ref(&self) -> &Node {
        &self.nodes[self.stack.last().expect("the root is never popped").0]
    }

    /// Closes the open node: it takes its children, and stays where it is, a child of its parent.
    fn close_one(&mut self) {
        let (at, _) = self.stack.pop().expect("stack not empty");
        let children: Vec<Node> = self.nodes.drain(at + 1..).collect();
        let node = &mut self.nodes[at];
        if node.children.is_empty() {
            node.children = children;
        } else {
            node.children.extend(children);
        }
    }

    /// Closes open nodes down to (not including) the first with a level below `lvl`.
    fn close_to(&mut self, lvl: u32) {
        while self.stack.len() > 1 && self.stack.last().is_some_and(|&(_, l)| l >= lvl) {
            self.close_one();
        }
    }

    fn open(&mut self, node: Node) {
        let lvl = level(node.kind, self.family);
        self.close_to(lvl);
        self.stack.push((self.nodes.len(), lvl));
        self.nodes.push(node);
    }

    fn leaf(&mut self, node: Node) {
        self.nodes.push(node);
    }

    /// The open nodes, outermost first.
    fn open_nodes(&self) -> impl DoubleEndedIterator<Item = (usize, &Node)> {
        self.stack.iter().map(|&(at, _)| (at, &self.nodes[at]))
    }

    /// Whether the open node is a 目 (or below one).
    fn top_is_sub_item(&self) -> bool {
        matches!(self.top_ref().kind, Kind::SubItem | Kind::SubSubItem | Kind::CircledItem)
    }

    /// Whether a 目 of the open item already has a units line of its own.
    fn sub_items_have_units(&self) -> bool {
        let Some((at, _)) = self
            .open_nodes()
            .rev()
            .find(|(_, n)| !matches!(n.kind, Kind::SubItem | Kind::SubSubItem | Kind::CircledItem))
        else {
            return false;
        };
        // its closed 目 (the open one has no children yet: they follow it)
        self.nodes[at + 1..].iter().any(|n| n.kind == Kind::SubItem && n.children.iter().any(|c| c.kind == Kind::Units))
    }

    fn in_article(&self) -> bool {
        self.open_nodes().any(|(_, n)| n.kind == Kind::Article)
    }

    /// The container that closing lines and attachments belong to: the root or the open attachment.
    fn close_to_container(&mut self) {
        while self.stack.len() > 1 && self.top_ref().kind != Kind::Attachment {
            self.close_one();
        }
    }

    fn finish(mut self) -> Node {
        while self.stack.len() > 1 {
            self.close_one();
        }
        self.close_one();
        self.nodes.pop().expect("the root")
    }
}

/// Builds the tree. `doc_lead` is the blank text before the first line.
pub fn build(src: &Source, doc_lead: &str, lines: &[Line]) -> (Node, Family) {
    let family = family(lines);
    let mut root = Node::new(Kind::Document);
    root.lead = src.sub(doc_lead);
    let mut b = Builder::new(family, root);

    let mut i = header(&mut b, src, lines, 0, true);
    let mut last_article: Option<u32> = None;
    while i < lines.len() {
        let line = &lines[i];
        let c = &line.class;
        i += 1;
        match c.kind {
            LineKind::Part | LineKind::Chapter | LineKind::Section if heading_like(c.text, 40) => {
                let kind = match c.kind {
                    LineKind::Part => Kind::Part,
                    LineKind::Chapter => Kind::Chapter,
                    _ => Kind::Section,
                };
                b.open(node_from(src, line, kind));
            }
            LineKind::Article if family == Family::Law && article_accepted(c, last_article) => {
                last_article = c.number;
                let mut article = node_from(src, line, Kind::Article);
                article.trail = Substr::new();
                article.text = Substr::new();
                b.open(article);
                if !c.text.is_empty() || !c.sep.is_empty() {
                    let mut first = Node::new(Kind::Paragraph);
                    first.text = src.sub(c.text);
                    first.trail = src.sub(line.trail);
                    b.open(first);
                } else {
                    b.top().trail = src.sub(line.trail);
                }
            }
            LineKind::Point if family == Family::Law && !(line.md_heading || heading_like(c.text, 30)) => {
                body_text(&mut b, src, line);
            }
            LineKind::Point => b.open(gap_aware(node_from(src, line, Kind::Point))),
            LineKind::Item => b.open(gap_aware(node_from(src, line, Kind::Item))),
            LineKind::SubItem => b.open(gap_aware(node_from(src, line, Kind::SubItem))),
            LineKind::SubSubItem => b.open(gap_aware(node_from(src, line, Kind::SubSubItem))),
            LineKind::CircledItem => b.open(gap_aware(node_from(src, line, Kind::CircledItem))),
            LineKind::Units => {
                // after an item's 目 the units line is the item's (（一）…：⏎1.…；⏎2.…。⏎责任单位：…),
                // unless the 目 have their own: one after an earlier 目, or another 目 after it
                let below_item =
                    |k: LineKind| matches!(k, LineKind::SubItem | LineKind::SubSubItem | LineKind::CircledItem);
                let next_below =
                    lines[i..].iter().find(|l| l.class.kind != LineKind::Gap).is_some_and(|l| below_item(l.class.kind));
                if b.top_is_sub_item() && !next_below && !b.sub_items_have_units() {
                    b.close_to(level(Kind::SubItem, family));
                }
                b.leaf(node_from(src, line, Kind::Units))
            }
            LineKind::Gap => b.leaf(text_node(src, line, Kind::Gap)),
            LineKind::AttachmentList => {
                b.close_to_container();
                b.open(node_from(src, line, Kind::AttachmentList));
            }
            LineKind::Attachment if heading_like(c.text, 60) => {
                b.close_to_container();
                while b.stack.len() > 1 {
                    b.close_one();
                }
                b.open(node_from(src, line, Kind::Attachment));
                i = header(&mut b, src, lines, i, false);
                last_article = None;
            }
            LineKind::Publicity | LineKind::Date => {
                b.close_to_container();
                b.leaf(text_node(src, line, Kind::Closing));
            }
            _ if is_issuer(lines, i - 1) => {
                b.close_to_container();
                b.leaf(text_node(src, line, Kind::Closing));
            }
            _ if line.md_heading => b.open(text_node(src, line, Kind::Heading)),
            // 本措施自印发之日起施行 after a policy text's last point is the document's, not that point's
            // (unless it is all a heading introduces: 四、其他事项⏎本通知自印发之日起施行。)
            _ if family == Family::Policy
                && states_effect(line.content)
                && !numbered_after(&lines[i..])
                && lines[..i - 1]
                    .iter()
                    .rev()
                    .find(|l| l.class.kind != LineKind::Gap)
                    .is_some_and(|l| l.class.kind != LineKind::Point || l.content.contains('。')) =>
            {
                b.close_to_container();
                b.leaf(text_node(src, line, Kind::Text));
            }
            _ => body_text(&mut b, src, line),
        }
    }
    (b.finish(), family)
}

/// A sentence on when the document takes effect or how long it holds: 本意见自印发之日起施行,
/// 以上措施自发布之日起执行，有效期至…, 本通知有效期5年.
fn states_effect(text: &str) -> bool {
    let opens = ["本", "以上", "上述"].iter().any(|p| text.starts_with(p));
    let from = text.find('自').is_some_and(|i| {
        let rest = &text[i..];
        ["起施行", "起执行", "起实施", "起生效"].iter().any(|v| rest.contains(v))
    });
    opens && text.chars().count() <= 120 && (from || text.contains("有效期"))
}

/// Whether a numbered unit (a point, an item, a 目) follows before the next attachment.
fn numbered_after(lines: &[Line]) -> bool {
    lines.iter().take_while(|l| !matches!(l.class.kind, LineKind::Attachment | LineKind::AttachmentList)).any(|l| {
        matches!(
            l.class.kind,
            LineKind::Point | LineKind::Item | LineKind::SubItem | LineKind::SubSubItem | LineKind::CircledItem
        )
    })
}

/// A 第X条 without a separator is an article only where the numbering expects it (otherwise it is a
/// paragraph that begins with a reference, such as 第五条规定的…).
fn article_accepted(c: &Class, last: Option<u32>) -> bool {
    if !c.sep.is_empty() {
        return true;
    }
    let expected = last.map_or(1, |n| n + 1);
    c.number == Some(expected) || (c.sub_number.is_some() && c.number == last)
}

/// The issuer line: a short line without punctuation directly before the date at the end of a notice.
fn is_issuer(lines: &[Line], i: usize) -> bool {
    let line = &lines[i];
    lines.get(i + 1).is_some_and(|n| n.class.kind == LineKind::Date)
        && line.class.kind == LineKind::Text
        && heading_like(line.content, 30)
        && !line.content.contains(['，', '、', '：', ':'])
}

fn gap_aware(mut n: Node) -> Node {
    if n.text.starts_with('…') && n.text.trim_end_matches('…').is_empty() {
        n.gap = true;
    }
    n
}

/// A paragraph of body text: a 款 inside an article, otherwise text under the innermost open unit.
fn body_text(b: &mut Builder, src: &Source, line: &Line) {
    if b.family == Family::Law && b.in_article() {
        let mut p = Node::new(Kind::Paragraph);
        p.lead = src.sub(line.lead);
        p.text = src.sub(line.content);
        p.trail = src.sub(line.trail);
        b.open(p);
    } else {
        b.leaf(text_node(src, line, Kind::Text));
    }
}

/// Reads the header block starting at `i` into a `Header` node; returns the index after it.
fn header(b: &mut Builder, src: &Source, lines: &[Line], mut i: usize, top: bool) -> usize {
    let mut header = Node::new(Kind::Header);
    let markdown = lines.iter().any(|l| l.md_heading || l.class.kind == LineKind::InfoEnd);
    // Markdown metadata: everything up to <!-- INFO END --> (when it comes before the body).
    let info_end = if top {
        lines
            .iter()
            .position(|l| l.class.kind == LineKind::InfoEnd)
            .filter(|&e| lines[..e].iter().all(|l| !matches!(l.class.kind, LineKind::Article | LineKind::Chapter)))
    } else {
        None
    };
    if let Some(end) = info_end {
        let mut title_seen = false;
        for line in &lines[i..=end] {
            let kind = match line.class.kind {
                LineKind::FrontMatter => Kind::FrontMatter,
                LineKind::InfoEnd => Kind::InfoEnd,
                _ if line.md_heading && !title_seen => {
                    title_seen = true;
                    Kind::Title
                }
                _ if starts_with_date(line.content) || line.class.kind == LineKind::ParenLine => Kind::History,
                LineKind::DocNumber => Kind::DocNumber,
                _ => Kind::Text,
            };
            header.children.push(text_node(src, line, kind));
        }
        i = end + 1;
        // a law's 目录 comes after the metadata, before the body
        while lines.get(i).is_some_and(|l| l.class.kind == LineKind::Toc) {
            i = toc(src, &mut header, lines, i);
        }
    } else {
        if top && lines.get(i).is_some_and(|l| l.class.kind == LineKind::FrontMatter) {
            header.children.push(text_node(src, &lines[i], Kind::FrontMatter));
            i += 1;
        }
        let title_ok = |l: &Line| {
            (l.md_heading && l.lead.trim_start().starts_with("# "))
                || (!markdown && l.class.kind == LineKind::Text && heading_like(l.content, 100))
        };
        if lines.get(i).is_some_and(title_ok) {
            header.children.push(text_node(src, &lines[i], Kind::Title));
            i += 1;
        }
        while let Some(line) = lines.get(i) {
            let kind = match line.class.kind {
                LineKind::DocNumber => Kind::DocNumber,
                LineKind::ParenLine if is_history_note(line.content) => Kind::History,
                LineKind::Text
                    if b.family != Family::Law
                        && !header.children.is_empty()
                        && !header.children.iter().any(|c| c.kind == Kind::Addressee)
                        && !line.content.contains("如下")
                        && !line.content.starts_with(['为', '根', '经'])
                        && line.content.ends_with(['：', ':'])
                        && !has_sentence_punct(line.content)
                        && line.content.chars().count() <= 200 =>
                {
                    Kind::Addressee
                }
                LineKind::Toc => {
                    i = toc(src, &mut header, lines, i);
                    continue;
                }
                _ => break,
            };
            header.children.push(text_node(src, line, kind));
            i += 1;
        }
    }
    if !header.children.is_empty() {
        b.leaf(header);
    }
    i
}

/// 目录 and its entries, up to the line where the body repeats the first entry.
fn toc(src: &Source, header: &mut Node, lines: &[Line], mut i: usize) -> usize {
    let mut toc = text_node(src, &lines[i], Kind::Toc);
    i += 1;
    let mut first: Option<String> = None;
    while let Some(line) = lines.get(i) {
        let entry_like = matches!(line.class.kind, LineKind::Part | LineKind::Chapter | LineKind::Section)
            || (line.class.kind == LineKind::Text && heading_like(line.content, 30));
        if !entry_like {
            break;
        }
        let n = without_blanks(line.content);
        match &first {
            Some(f) if *f == n => break,
            None => first = Some(n),
            _ => {}
        }
        toc.children.push(text_node(src, line, Kind::TocEntry));
        i += 1;
    }
    header.children.push(toc);
    i
}
