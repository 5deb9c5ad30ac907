//! The structured form of an amendment notice or decision: sections (one per target document),
//! instructions (one per numbered item or paragraph), and the atomic operations inside them.
//!
//! Operations name what an instruction does, not how it was phrased; each maps to an Akoma Ntoso
//! `textualMod` type ([`Op::akn_type`]).

use serde::Serialize;

/// A position in the notice: 1-based line and column (in characters), and the byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
    #[serde(skip)]
    pub offset: usize,
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A parsed notice.
#[derive(Debug, Clone, Serialize)]
pub struct Notice {
    /// The notice's own title.
    pub title: Option<String>,
    pub sections: Vec<Section>,
    /// Operations that apply to every target (此外，对相关行政法规中的条文序号作相应调整).
    pub global: Vec<Instruction>,
    /// Recognised statements that are not instructions: preamble, framing, closing formulas.
    pub provisions: Vec<Provision>,
    /// Sentences that fit no formula, unbalanced quotes, and other problems.
    pub diagnostics: Vec<Diagnostic>,
}

impl Notice {
    /// All instructions in notice order (section instructions, then global ones).
    pub fn instructions(&self) -> impl Iterator<Item = &Instruction> {
        self.sections.iter().flat_map(|s| s.instructions.iter()).chain(self.global.iter())
    }

    /// Whether the notice (in an instruction or a closing formula) says to renumber (条文顺序作相应调整).
    pub fn renumbers(&self, section: Option<&Section>) -> bool {
        let in_ops = |ins: &Instruction| ins.ops.iter().any(|o| matches!(o.op, Op::RenumberAll { .. }));
        section.is_some_and(|s| s.instructions.iter().any(in_ops))
            || self.global.iter().any(in_ops)
            || self.provisions.iter().any(|p| p.implies_renumbering)
    }

    /// The errors among the diagnostics.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error)
    }

    /// The diagnostics as they bear on applying one section: a sentence that cannot be read in the
    /// section of another document does not stop this one (a multi-document decision), so its
    /// error becomes a warning that names that section — unless `strict`.
    pub fn diagnostics_for(&self, section: &Section, strict: bool) -> Vec<Diagnostic> {
        self.diagnostics
            .iter()
            .map(|d| match &d.section {
                // (a notice that names no document has one section, untitled: its own)
                Some(other)
                    if d.severity == Severity::Error
                        && !strict
                        && other != &section.title
                        && !crate::notice::same_title(other, &section.title) =>
                {
                    let mut w = d.clone();
                    w.severity = Severity::Warning;
                    w.message = format!("in the section for 《{other}》, another document: {}", d.message);
                    w
                }
                _ => d.clone(),
            })
            .collect()
    }
}

/// The instructions for one target document.
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// Other names the decision gives the document (以下简称《解释》).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The section's own number as written (`一`), when it has one.
    pub id: Option<String>,
    /// The target document's title, without 《》.
    pub title: String,
    /// Its document number, such as 闽政〔2015〕36号.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doc_number: Option<String>,
    pub pos: Pos,
    pub instructions: Vec<Instruction>,
}

/// One numbered item (or unnumbered paragraph) of a notice.
#[derive(Debug, Clone, Serialize)]
pub struct Instruction {
    /// The id as written: `一（三）`, `十二、`, `十六、¶2` (the second paragraph of item 十六).
    pub id: String,
    /// The target document's title (None for global instructions).
    pub section: Option<String>,
    /// The statement as written (quotes included).
    pub text: String,
    pub pos: Pos,
    pub end: Pos,
    pub ops: Vec<Operation>,
}

impl Instruction {
    /// The stable name of the instruction's operation(s): `replace_text`, or `rename+merge_units`.
    pub fn op_name(&self) -> String {
        let mut names: Vec<&str> = Vec::new();
        for o in &self.ops {
            let n = o.op.name();
            if names.last() != Some(&n) {
                names.push(n);
            }
        }
        names.join("+")
    }

    /// Every locator as written, in order (duplicates removed).
    pub fn locators(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for o in &self.ops {
            for l in &o.locators {
                if !l.written.is_empty() && !out.contains(&l.written) {
                    out.push(l.written.clone());
                }
            }
        }
        out
    }

    /// Every quoted text, in order, exactly as written.
    pub fn quoted(&self) -> Vec<String> {
        self.ops.iter().flat_map(|o| o.quoted.iter().map(|q| q.text.clone())).collect()
    }
}

/// One atomic operation.
#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    #[serde(flatten)]
    pub op: Op,
    /// Where it acts, by ORIGINAL numbers. Empty for operations on the whole document.
    pub locators: Vec<Locator>,
    /// The quoted texts of this operation, in order.
    pub quoted: Vec<Quoted>,
    pub pos: Pos,
}

impl Operation {
    /// How the notice counts the quoted text where it acts (两处, 第二个), as its locators say
    /// ([`Locator::counted`]); empty when it does not.
    pub fn counted(&self) -> String {
        self.locators.iter().map(Locator::counted).find(|c| !c.is_empty()).unwrap_or_default()
    }
}

/// A quoted text exactly as written (paragraphs of a multi-paragraph quotation joined by `\n`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quoted {
    pub text: String,
    pub pos: Pos,
}

/// What an operation does.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Op {
    /// Replace every occurrence of `from` by `to` inside each located node (its whole subtree).
    ReplaceText { from: String, to: String },
    /// Remove each text from the located node (each must occur there once), repairing punctuation.
    DeleteText { texts: Vec<String> },
    /// Remove every occurrence of each text from the located nodes (删去第五条中所有的“A”), as
    /// [`Op::DeleteText`] does one; at least one must be there.
    DeleteEvery { texts: Vec<String> },
    /// Rename across the whole text: every occurrence, counted.
    Rename { from: String, to: String },
    /// Merge units in lists of responsible units: “地税局”“国税局”合并修改为“省税务局”.
    MergeUnits { units: Vec<String>, into: String },
    /// Remove units from every list of units in the document.
    DeleteUnits { units: Vec<String> },
    /// Remove units from the lists of responsible units (units lines, parentheticals) of the content
    /// the preceding deletion touched.
    DeleteUnitsFromLine { units: Vec<String> },
    /// Replace the located node's text (all its paragraphs) by new text.
    ReplaceNode { paragraphs: Vec<String> },
    /// Replace the heading (章名/节名) of the located node, or the document's title (名称修改为).
    ReplaceHeading { heading: String },
    /// Delete the located node(s).
    DeleteNode,
    /// Delete the heading line of the located 编/章/节 (删去第二章第三节的节名), or of every one
    /// of a kind when the locator is the whole text (删去所有章名). Their articles stay.
    DeleteHeadings { kind: UnitKind },
    /// Insert `count` new units of `kind` after (or into) the located node; `numbers` are their FINAL
    /// numbers. `paragraphs` is empty when the text comes from a replacement in the same instruction
    /// (在第一百六十五条中增加一款作为第二款，将该条修改为：…).
    InsertNode {
        kind: UnitKind,
        count: u32,
        numbers: Vec<u32>,
        /// The 之一 of 作为第一百三十四条之一.
        #[serde(skip_serializing_if = "Option::is_none")]
        sub_number: Option<u32>,
        position: Position,
        paragraphs: Vec<String>,
        /// The name of a new 编/章/节 (增加一章，作为第七章“公布”).
        #[serde(skip_serializing_if = "Option::is_none")]
        heading: Option<String>,
        /// The FINAL numbers of the articles a new 编/章/节 holds (包括第五十一条至第五十二条).
        #[serde(skip_serializing_if = "Vec::is_empty")]
        holds: Vec<u32>,
    },
    /// Give the located node a new number (将第十条改为第十三条), or make it a unit of another level
    /// (将第十三条第二款改为第十六条; 将第八条第三款单列一条，作为第四十九条).
    Renumber {
        to: UnitKind,
        number: u32,
        #[serde(skip_serializing_if = "Option::is_none")]
        sub_number: Option<u32>,
    },
    /// Move the located node to a place named by FINAL numbers: 将第二十九条第三款改为第三十七条第三款
    /// (`dest` is 第三十七条第三款), 原第六项修改为第二款第一项 (relative to the node's own article).
    Move { dest: Vec<Step> },
    /// Merge the located nodes into one (将第十条、第二十五条合并，作为第十条), of `kind` when the
    /// decision says what the result is (将第七条第一款和第十条第二款合并，作为第十四条), with new
    /// wording when it gives one (…合并，作为第九条，修改为：“…”).
    MergeNodes {
        number: Option<u32>,
        #[serde(skip_serializing_if = "Option::is_none")]
        kind: Option<UnitKind>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        paragraphs: Vec<String>,
    },
    /// Fold the located unit into another (将第三章并入第二章).
    Fold { into: Locator },
    /// Move the located units, in their order, right after (or right before) another unit named by
    /// its ORIGINAL numbers (将第六条移至第七条之后): no number is declared; with 条文顺序作相应调整 the
    /// numbers follow the new order, without it an order that no longer holds is an error.
    Relocate { place: Locator, position: Position },
    /// Exchange the places of the two located units (将第六条与第七条顺序调换).
    Swap,
    /// Split the located unit into `count` units of `kind`, numbered `numbers` (FINAL), with their new
    /// wording (将第三条改为两条，作为第五条、第六条，修改为：“第五条 …” “第六条 …”). Without wording
    /// (将第十四条改为两条，第一款、第二款作为第十九条第一款、第二款。…) the moves that follow do the work.
    SplitNode {
        count: u32,
        kind: UnitKind,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        numbers: Vec<u32>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        paragraphs: Vec<String>,
    },
    /// Take a passage out of the located unit and make it a unit of its own (将第一款中的“…”作为第四款).
    MoveText { text: String, kind: UnitKind, number: u32 },
    /// Insert text after or before an anchor text, or at the start or end of the located node.
    InsertText { anchor: Anchor, text: String },
    /// Renumber everything in final order and update cross-references (条文顺序作相应调整).
    RenumberAll { scope: String },
    /// A count the decision states for the result (条例由八章修改为七章，由五十条修改为四十一条).
    CountCheck { kind: UnitKind, before: u32, after: u32 },
    /// The decision says wording was adjusted without listing the edits (对部分文字作相应调整).
    AdjustWording { note: String },
    /// The decision says the 目录 follows the changes (目录作相应修改), which the engine does for every
    /// change of a 编, 章 or 节.
    TocFollows { note: String },
    /// A restructuring the decision states without saying where each unit begins
    /// (将本规则分为五章，章名分别为“总则”…): read, and refused when applied.
    Divide { kind: UnitKind, headings: Vec<String> },
    /// Text the decision adds or changes without saying where (在其中增加“市监察委员会”; 将其中的
    /// 期限改为“…”): read, and refused when applied.
    Unplaced { text: String, note: String },
    /// Provisions that no longer apply, their text unchanged (…第一条第一款第（一）项…规定的…数额标准
    /// 不再适用): no edit of the text.
    Disapply { note: String },
    /// Repeal a whole document (国务院决定废止的行政法规; 废止《…》).
    RepealDocument { title: String },
    /// The document's term of validity extended (将有效期延长至2025年12月31日): the one date the
    /// document gives it (有效期至…日) becomes `until`.
    ExtendValidity { until: String },
}

impl Op {
    /// The stable lowercase name used in JSON and text output.
    pub fn name(&self) -> &'static str {
        match self {
            Op::ReplaceText { .. } => "replace_text",
            Op::DeleteText { .. } => "delete_text",
            Op::DeleteEvery { .. } => "delete_every",
            Op::Rename { .. } => "rename",
            Op::MergeUnits { .. } => "merge_units",
            Op::DeleteUnits { .. } => "delete_units",
            Op::DeleteUnitsFromLine { .. } => "delete_units_from_line",
            Op::ReplaceNode { .. } => "replace_node",
            Op::ReplaceHeading { .. } => "replace_heading",
            Op::DeleteNode => "delete_node",
            Op::DeleteHeadings { .. } => "delete_headings",
            Op::InsertNode { .. } => "insert_node",
            Op::Renumber { .. } => "renumber",
            Op::Move { .. } => "move",
            Op::MergeNodes { .. } => "merge_nodes",
            Op::Fold { .. } => "fold",
            Op::Relocate { .. } => "relocate",
            Op::Swap => "swap",
            Op::SplitNode { .. } => "split_node",
            Op::MoveText { .. } => "move_text",
            Op::InsertText { .. } => "insert_text",
            Op::RenumberAll { .. } => "renumber_all",
            Op::CountCheck { .. } => "count_check",
            Op::AdjustWording { .. } => "adjust_wording",
            Op::TocFollows { .. } => "toc_follows",
            Op::Divide { .. } => "divide",
            Op::Unplaced { .. } => "unplaced",
            Op::Disapply { .. } => "disapply",
            Op::RepealDocument { .. } => "repeal_document",
            Op::ExtendValidity { .. } => "extend_validity",
        }
    }

    /// The Akoma Ntoso modification type: a `textualMod` (substitution, insertion, repeal,
    /// renumbering, split, join), or for a provision disapplied without a textual change the
    /// `efficacyMod` type `inefficacy`.
    pub fn akn_type(&self) -> &'static str {
        match self {
            Op::ReplaceText { .. }
            | Op::Rename { .. }
            | Op::MergeUnits { .. }
            | Op::ReplaceNode { .. }
            | Op::ReplaceHeading { .. }
            | Op::AdjustWording { .. }
            | Op::TocFollows { .. }
            | Op::ExtendValidity { .. }
            | Op::Unplaced { .. } => "substitution",
            Op::DeleteText { .. }
            | Op::DeleteEvery { .. }
            | Op::DeleteUnits { .. }
            | Op::DeleteUnitsFromLine { .. }
            | Op::DeleteNode
            | Op::DeleteHeadings { .. }
            | Op::RepealDocument { .. } => "repeal",
            Op::InsertNode { .. } | Op::InsertText { .. } => "insertion",
            Op::Renumber { .. }
            | Op::Move { .. }
            | Op::Relocate { .. }
            | Op::Swap
            | Op::RenumberAll { .. }
            | Op::CountCheck { .. }
            | Op::MoveText { .. } => "renumbering",
            Op::SplitNode { .. } | Op::Divide { .. } => "split",
            Op::MergeNodes { .. } | Op::Fold { .. } => "join",
            Op::Disapply { .. } => "inefficacy",
        }
    }
}

/// Where an inserted unit goes relative to its locator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// 在第X条后增加一条: right after the located unit.
    After,
    /// 在第X条前增加一条.
    Before,
    /// 第X条增加一款 / 在第X条中增加一款: inside the located unit, at the position its final number says.
    Within,
    /// 增加一条，作为第Y条: where the final number says.
    AtNumber,
    /// 在第二章章名后增加一段: at the start of the located division, right after its heading.
    AfterHeading,
}

/// Where inserted text goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "at", content = "text", rename_all = "snake_case")]
pub enum Anchor {
    After(String),
    Before(String),
    /// 在第一款最后增加 / 款尾增加.
    End,
    /// 款首增加.
    Start,
}

/// The levels a locator step or an inserted unit can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Part,
    Chapter,
    Section,
    Article,
    Paragraph,
    Item,
    SubItem,
    /// A line （1） below a 目 or a measure 1. (在第1点第（2）项后增加一项): a 项 again, a level down.
    SubSubItem,
    Point,
    /// 段: a natural paragraph. Placed beside an article or a heading (在第三条前增加一段, 在第二章章名后
    /// 增加一段) it is a paragraph of its own under the heading, in no article; inside an article
    /// (第三条增加一段) it is a 款, as older decisions write.
    NaturalParagraph,
}

impl UnitKind {
    pub fn from_char(c: &str) -> Option<Self> {
        Some(match c {
            "编" => UnitKind::Part,
            "章" => UnitKind::Chapter,
            "节" => UnitKind::Section,
            "条" => UnitKind::Article,
            "款" => UnitKind::Paragraph,
            "项" => UnitKind::Item,
            "目" => UnitKind::SubItem,
            "点" => UnitKind::Point,
            _ => return None,
        })
    }

    pub fn chinese(self) -> &'static str {
        match self {
            UnitKind::Part => "编",
            UnitKind::Chapter => "章",
            UnitKind::Section => "节",
            UnitKind::Article => "条",
            UnitKind::Paragraph => "款",
            UnitKind::Item => "项",
            UnitKind::SubItem => "目",
            UnitKind::SubSubItem => "项",
            UnitKind::Point => "点",
            UnitKind::NaturalParagraph => "段",
        }
    }
}

/// A place in the target document, named by its ORIGINAL numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Locator {
    /// The locator as written in the notice (`第六点“拓展市场”`, `第一款` even when it means 第十条第一款).
    pub written: String,
    /// The target document named inline (《…》 or 刑法), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The steps from the document down, with context filled in (第一款 after 第十条 is 第十条/第一款).
    pub steps: Vec<Step>,
    /// A heading quoted in the locator (第六点“拓展市场”): a check on the node found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// The last unit of a range (第十二条至第十六条: `steps` name the first, `to` the last; units
    /// between them in document order, 之一 articles included, are named too).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<Step>,
    /// A passage quoted as the place inside the unit (删去“违反…的”中的“征订、附送、散发”): the
    /// operation acts inside that passage, which must occur once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub within: Option<String>,
    /// How many times the quoted text stands in the place, as the notice counts it (中的两处“A”): the
    /// operation finds exactly that many and acts on each.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub times: Option<u32>,
    /// Which one of the times the quoted text stands in each place (中的第二个“A”, 第一处“A”;
    /// [`LAST`] for 最后一个“A”), counted in the text as the instruction found it: the operation acts
    /// on that one alone.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "occurrence_or_last")]
    pub occurrence: Option<u32>,
    /// A list of responsible units in the unit, by its label's role (第五项责任单位, 该项牵头单位):
    /// the operation acts on that list's members.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list: Option<String>,
    /// The quotation follows the locator with nothing between and nothing after (删除第（二）项
    /// “完善政策体系”): as in 第四点“加大财税扶持力度”, it may name the unit, by its heading or its whole
    /// text, and the deletion is then of the unit.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub names_unit: bool,
    /// The text the unit holds, where the notice quotes a text with its unit's label and names no
    /// place (“（三）场地证明”修改为“（三）场所证明”): of the units the label names, the one whose
    /// text holds it (several items labelled （三） in a law: the one that reads so). The label is the
    /// locator's one step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holding: Option<String>,
    /// The steps are FINAL numbers: the place a unit is inserted into or moved to (增加一款，作为
    /// 第五条第二款: 第五条 as numbered after the amendment).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub finals: bool,
    pub pos: Pos,
}

impl Locator {
    /// The whole document.
    pub fn whole(written: &str, pos: Pos) -> Self {
        Locator { steps: vec![Step::Whole], ..Locator::new(written, pos) }
    }

    /// A locator with no steps yet.
    pub fn new(written: &str, pos: Pos) -> Self {
        Locator {
            written: written.to_string(),
            target: None,
            steps: Vec::new(),
            heading: None,
            to: None,
            within: None,
            times: None,
            occurrence: None,
            list: None,
            holding: None,
            names_unit: false,
            finals: false,
            pos,
        }
    }

    pub fn is_whole(&self) -> bool {
        // a passage quoted as the place (“四、发展壮大智能制造产业”中的“…”) is no whole text
        self.within.is_none() && self.steps.iter().any(|s| matches!(s, Step::Whole | Step::Related))
    }

    /// How the notice counts the quoted text in the place, in its words: 两处 (each of that many),
    /// 第二个 or 最后一个 (that one); empty when it does not.
    pub fn counted(&self) -> String {
        use crate::text::numerals;
        match (self.times, self.occurrence) {
            (Some(n), _) => format!("{}处", numerals::count(n)),
            (_, Some(LAST)) => "最后一个".to_string(),
            (_, Some(n)) => format!("第{}个", numerals::format(n)),
            _ => String::new(),
        }
    }

    /// The locator written out in full, context included: 第十条第一款, 第十二条至第十六条.
    pub fn resolved(&self) -> String {
        let mut s: String = self.steps.iter().map(Step::to_string).collect();
        if let Some(t) = &self.to {
            s.push('至');
            s.push_str(&t.to_string());
        }
        s
    }
}

/// The number a step of the last unit of its kind carries (最后一款, 最后一项, 末项: `Step::Item(LAST)`);
/// the engine takes the last of that kind in the unit before it.
pub const LAST: u32 = u32::MAX;

/// A step's number in JSON: the number, or `"last"` for [`LAST`].
fn number_or_last<S: serde::Serializer>(x: &u32, s: S) -> Result<S::Ok, S::Error> {
    if *x == LAST { s.serialize_str("last") } else { s.serialize_u32(*x) }
}

/// A locator's occurrence in JSON: the number, or `"last"`.
fn occurrence_or_last<S: serde::Serializer>(x: &Option<u32>, s: S) -> Result<S::Ok, S::Error> {
    match x {
        Some(n) => number_or_last(n, s),
        None => s.serialize_none(),
    }
}

/// One step of a locator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "unit", content = "number", rename_all = "snake_case")]
pub enum Step {
    Whole,
    /// 相关条文: wherever the text occurs.
    Related,
    Part(u32),
    Chapter(u32),
    Section(u32),
    Article(u32, Option<u32>),
    #[serde(serialize_with = "number_or_last")]
    Paragraph(u32),
    #[serde(serialize_with = "number_or_last")]
    Item(u32),
    #[serde(serialize_with = "number_or_last")]
    SubItem(u32),
    /// A line （1） below a 目 or a measure 1. (第（一）项第1点第（2）项): the fourth level of a policy
    /// text, the 子目 of a law's 目.
    #[serde(serialize_with = "number_or_last")]
    SubSubItem(u32),
    #[serde(serialize_with = "number_or_last")]
    Point(u32),
    /// The 责任单位 line of the content the preceding deletion touched (该内容责任单位).
    UnitsOfDeleted,
    /// The document's title (名称, 标题).
    Title,
    /// The text before the first article or chapter (引言, 序言).
    Preamble,
    /// The lead-in of a unit before its items (条首部分): its own line only.
    Lead,
    /// The Nth natural paragraph (第二自然段, 第三段) of a unit, or of the body.
    NaturalParagraph(u32),
    /// The Nth sentence (第二句) of a unit's own text, up to and including its 。
    Sentence(u32),
    /// The last sentence (最后一句, 末句) of a unit's own text.
    LastSentence,
    /// The 编, 章 or 节 whose name the locator's `heading` gives (附则, 总则, “法律责任”一章).
    Named,
    /// An attachment of a notice (附件1; 附件 alone, numbered 0, is the only one).
    Attachment(u32),
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::text::numerals::format as n;
        match *self {
            Step::Whole => f.write_str("全文"),
            Step::Related => f.write_str("相关条文"),
            Step::Part(x) => write!(f, "第{}编", n(x)),
            Step::Chapter(x) => write!(f, "第{}章", n(x)),
            Step::Section(x) => write!(f, "第{}节", n(x)),
            Step::Article(x, None) => write!(f, "第{}条", n(x)),
            Step::Article(x, Some(s)) => write!(f, "第{}条之{}", n(x), n(s)),
            Step::Paragraph(LAST) => f.write_str("最后一款"),
            Step::Item(LAST) => f.write_str("最后一项"),
            Step::SubItem(LAST) => f.write_str("最后一目"),
            Step::SubSubItem(LAST) => f.write_str("最后一项"),
            Step::Point(LAST) => f.write_str("最后一点"),
            Step::Paragraph(x) => write!(f, "第{}款", n(x)),
            Step::Item(x) => write!(f, "第{}项", n(x)),
            Step::SubItem(x) => write!(f, "第{}目", n(x)),
            Step::SubSubItem(x) => write!(f, "第（{x}）项"),
            Step::Point(x) => write!(f, "第{}点", n(x)),
            Step::UnitsOfDeleted => f.write_str("该内容责任单位"),
            Step::Title => f.write_str("名称"),
            Step::Preamble => f.write_str("引言"),
            Step::Lead => f.write_str("条首部分"),
            Step::NaturalParagraph(x) => write!(f, "第{}自然段", n(x)),
            Step::Sentence(x) => write!(f, "第{}句", n(x)),
            Step::LastSentence => f.write_str("最后一句"),
            Step::Named => f.write_str("（以名称指明的章节）"),
            Step::Attachment(0) => f.write_str("附件"),
            Step::Attachment(x) => write!(f, "附件{x}"),
        }
    }
}

/// A recognised statement that is not an instruction.
#[derive(Debug, Clone, Serialize)]
pub struct Provision {
    pub kind: ProvisionKind,
    pub text: String,
    pub pos: Pos,
    /// Whether it says that numbering follows the new order (…并对条文顺序作相应调整，重新公布).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub implies_renumbering: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProvisionKind {
    /// Title lines, addressee, adoption note, document number.
    Header,
    /// 为贯彻…具体如下 · …决定对《…》作如下修改：
    Preamble,
    /// 对部分条文作以下修改： · 对14部行政法规的部分条款予以修改。（附件1）
    Framing,
    /// 本决定自…起施行 · …根据本决定作相应修改…重新公布 · 修改后的版本见附件
    Closing,
    /// 附件：1.… and attachment headings.
    Attachment,
    /// Issuer, date, （此件主动公开）.
    Signature,
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A problem found while reading the notice.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub pos: Pos,
    /// Byte range in the notice that the diagnostic points at.
    #[serde(skip)]
    pub range: std::ops::Range<usize>,
    pub message: String,
    /// The sentence concerned, as written.
    pub excerpt: String,
    /// The title of the section (target document) the sentence belongs to, when known: an
    /// unreadable sentence in another document's section does not stop applying this one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
}
