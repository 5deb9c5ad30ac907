//! The clause tree: one [`Node`] per structural line of a document, nested by numbering level.
//!
//! Every byte of the source belongs to exactly one node field (`lead`, `label`, `sep`, `text`,
//! `trail`), so rendering the tree ([`Node::render`]) gives the source back byte for byte.
//!
//! Those fields are [`Substr`]s: a parsed node's fields are ranges of the document's one shared
//! source ([`Document::source`]), not copies of it, so parsing allocates per node (its children),
//! not per field; an operation that rewrites a field gives it a string of its own
//! (`Substr::from(String)`). Cloning a field or a tree copies no text.

use arcstr::{ArcStr, Substr};
use serde::Serialize;

/// What a node is. Policy notices (GB/T 9704) and laws share one vocabulary: 项 is `Item` in both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The whole document.
    Document,
    /// Title, addressee, document number, history notes, table of contents, Markdown metadata.
    Header,
    Title,
    /// A document number line such as 闽政〔2015〕36号.
    DocNumber,
    /// The addressee line (主送机关), ending with ：.
    Addressee,
    /// A line of amendment history: （2007年8月30日…通过）, or a dated event in a Markdown header.
    History,
    /// 目录 and its entries.
    Toc,
    TocEntry,
    /// The `<!-- INFO END -->` marker closing a Markdown metadata block.
    InfoEnd,
    /// YAML front matter (`---` … `---`), kept whole.
    FrontMatter,
    /// 第X编.
    Part,
    /// 第X章.
    Chapter,
    /// 第X节.
    Section,
    /// 第X条.
    Article,
    /// 款: a paragraph of an article, numbered by position.
    Paragraph,
    /// 一、 (点).
    Point,
    /// （一） (项).
    Item,
    /// 1. (目).
    SubItem,
    /// （1）.
    SubSubItem,
    /// ①.
    CircledItem,
    /// A labelled list of responsible units closing an item: 责任单位：…, 牵头单位：…, 配合部门：…
    /// (each label 牵头/责任/配合 + 单位/部门), or a parenthetical （责任单位：…；配合单位：…） that is the
    /// whole line. Its path segment is the label's name (`…/牵头单位`). Parentheticals inside an item's
    /// text stay in that text (src/apply/units.rs finds them).
    Units,
    /// A Markdown heading or a heading-like line without a number.
    Heading,
    /// Body text that is not a numbered unit.
    Text,
    /// 附件：1.… (the list of attachments in a notice).
    AttachmentList,
    /// 附件1 and the attached document under it.
    Attachment,
    /// Issuer, date and （此件主动公开） at the end of a notice.
    Closing,
    /// A corpus gap marker line `……`: text known to be missing here. (Keep it last: per-kind
    /// counters are sized by it.)
    Gap,
}

impl Kind {
    /// Whether the unit is a division of a law (编, 章, 节): a heading line over articles, whose own
    /// text is its name.
    pub fn is_division(self) -> bool {
        matches!(self, Kind::Part | Kind::Chapter | Kind::Section)
    }

    /// The Chinese name of the unit, as amendment notices call it.
    pub fn chinese(self) -> &'static str {
        match self {
            Kind::Document => "全文",
            Kind::Header => "文首",
            Kind::Title => "标题",
            Kind::DocNumber => "文号",
            Kind::Addressee => "主送",
            Kind::History => "题注",
            Kind::Toc => "目录",
            Kind::TocEntry => "目录项",
            Kind::InfoEnd => "元数据结束",
            Kind::FrontMatter => "元数据",
            Kind::Part => "编",
            Kind::Chapter => "章",
            Kind::Section => "节",
            Kind::Article => "条",
            Kind::Paragraph => "款",
            Kind::Point => "点",
            Kind::Item => "项",
            Kind::SubItem => "目",
            Kind::SubSubItem => "子目",
            Kind::CircledItem => "圈号项",
            Kind::Units => "责任单位",
            Kind::Heading => "标题行",
            Kind::Text => "段落",
            Kind::AttachmentList => "附件目录",
            Kind::Attachment => "附件",
            Kind::Closing => "落款",
            Kind::Gap => "缺文",
        }
    }

    /// Whether nodes of this kind are members of a list: 项, 目 and the lines （1） below them, whose
    /// members end with ； and whose last ends the list with 。.
    pub fn is_list_member(self) -> bool {
        matches!(self, Kind::Item | Kind::SubItem | Kind::SubSubItem)
    }

    /// Whether nodes of this kind are numbered clauses (what diffs align and locators name).
    pub fn is_clause(self) -> bool {
        matches!(
            self,
            Kind::Part
                | Kind::Chapter
                | Kind::Section
                | Kind::Article
                | Kind::Paragraph
                | Kind::Point
                | Kind::Item
                | Kind::SubItem
                | Kind::SubSubItem
                | Kind::CircledItem
        )
    }
}

/// A byte range into the decoded source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// The document family, decided from the numbering found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    /// Laws, regulations, judicial interpretations: 第X条.
    Law,
    /// Policy notices and opinions: 一、（一）1.
    Policy,
    /// Neither: paragraphs only.
    Plain,
}

/// One structural unit of a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Node {
    pub kind: Kind,
    /// The number as an integer: 十四 in （十四） is 14; a 款 is numbered by position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// The 之一 of 第一百二十条之一.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub_number: Option<u32>,
    /// The label as written: `第十条`, `（一）`, `一、`, `1．`, `责任单位：`, `（牵头单位：`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Substr>,
    /// The heading: a point's short title, an item's first phrase, a chapter's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heading: Option<Substr>,
    /// The node's own text, after its label.
    pub text: Substr,
    /// The byte span of the whole node (its children and trailing blank lines included).
    pub span: Span,
    /// A stable path: `一/（四）`, `第十条/2/（三）` (a range of one string that holds the paths of
    /// the whole tree, written by [`crate::document::annotate()`]).
    pub path: Substr,
    /// Whether the line is a corpus gap marker (`一、……`, `（二）……`): the unit exists, its text is lost.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub gap: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Node>,
    /// Markup and indentation before the label (`## `, `　　`, `> `).
    #[serde(skip_serializing_if = "Substr::is_empty")]
    pub lead: Substr,
    /// What separates the label from the text (a space, a full-width space, or nothing).
    #[serde(skip_serializing_if = "Substr::is_empty")]
    pub sep: Substr,
    /// Trailing blanks, the line break and any blank lines after the line.
    #[serde(skip_serializing_if = "Substr::is_empty")]
    pub trail: Substr,
}

impl Node {
    /// A node of `kind` with nothing in it.
    pub fn new(kind: Kind) -> Self {
        Node {
            kind,
            number: None,
            sub_number: None,
            label: None,
            heading: None,
            text: Substr::new(),
            span: Span::default(),
            path: Substr::new(),
            gap: false,
            children: Vec::new(),
            lead: Substr::new(),
            sep: Substr::new(),
            trail: Substr::new(),
        }
    }

    /// Renders the node and its children back to text.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.render_into(&mut out);
        out
    }

    pub fn render_into(&self, out: &mut String) {
        out.push_str(&self.lead);
        if let Some(label) = &self.label {
            out.push_str(label);
        }
        out.push_str(&self.sep);
        out.push_str(&self.text);
        out.push_str(&self.trail);
        for child in &self.children {
            child.render_into(out);
        }
    }

    /// The line of the node itself: label, separator and text, without lead or trail.
    pub fn line(&self) -> String {
        format!("{}{}{}", self.label.as_deref().unwrap_or(""), self.sep, self.text)
    }

    /// The text of the node and its whole subtree, lines joined by `\n` (no labels of children omitted).
    pub fn full_text(&self) -> String {
        let mut out = String::new();
        self.walk(&mut |n| {
            if !out.is_empty() && !n.line().is_empty() {
                out.push('\n');
            }
            out.push_str(&n.line());
        });
        out
    }

    /// Visits the node and its descendants in document order.
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&'a Node)) {
        f(self);
        for c in &self.children {
            c.walk(f);
        }
    }

    /// Visits the node and its descendants mutably, in document order.
    pub fn walk_mut(&mut self, f: &mut impl FnMut(&mut Node)) {
        f(self);
        for c in &mut self.children {
            c.walk_mut(f);
        }
    }

    /// All descendants (and self) in document order.
    pub fn descendants(&self) -> Vec<&Node> {
        let mut out = Vec::new();
        self.walk(&mut |n| out.push(n));
        out
    }

    /// The node at `path`, searching the subtree.
    pub fn find_path(&self, path: &str) -> Option<&Node> {
        if self.path == path {
            return Some(self);
        }
        self.children.iter().find_map(|c| c.find_path(path))
    }
}

/// A parsed document: the tree and the text it came from.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub family: Family,
    /// Whether items （一） restart under each point (then 第四项 alone is ambiguous).
    pub items_restart: bool,
    pub root: Node,
    /// The decoded text, shared with the tree's fields.
    #[serde(skip)]
    pub source: ArcStr,
}

impl Document {
    /// Renders the tree back to text (equal to `source` for a freshly parsed document).
    pub fn render(&self) -> String {
        self.root.render()
    }

    /// The title, when the document has one.
    pub fn title(&self) -> Option<&str> {
        let mut found = None;
        self.root.walk(&mut |n| {
            if found.is_none() && n.kind == Kind::Title {
                found = Some(n.text.as_str());
            }
        });
        found.map(|t| t.trim_start_matches('#').trim())
    }

    /// The document number (文号: 闽政〔2016〕60号), when the header gives one.
    pub fn doc_number(&self) -> Option<&str> {
        let mut found = None;
        self.root.walk(&mut |n| {
            if found.is_none() && n.kind == Kind::DocNumber {
                found = Some(n.text.as_str());
            }
        });
        found.map(str::trim)
    }

    /// Every node in document order.
    pub fn nodes(&self) -> Vec<&Node> {
        self.root.descendants()
    }
}
