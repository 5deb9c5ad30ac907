//! Draft instructions: what the derived notice will say, before it is phrased in one style or the
//! other ([`super::write`]).

/// One instruction of the derived notice.
#[derive(Debug, Clone, PartialEq)]
pub enum Draft {
    /// 将全文中的“A”修改为“B”.
    Rename { from: String, to: String },
    /// “A”“B”合并修改为“C”.
    MergeUnits { units: Vec<String>, into: String },
    /// 删除“A”“B” (units, from every list).
    DeleteUnits { units: Vec<String> },
    /// 将L中的“A”修改为“B”，“C”修改为“D”.
    ReplaceText { loc: String, pairs: Vec<(String, String)> },
    /// 将L中的“A”统一修改为“B”: every A in several units (L names them all: 第四条至第六条、第十二条).
    ReplaceIn { loc: String, from: String, to: String },
    /// 删除L中“D”的表述 / 删去L中的“D”.
    DeleteText { loc: String, text: String },
    /// 删除L中“D”的表述，并相应删除该内容责任单位中的“U1”“U2” (policy notices).
    DeleteTextAndUnits { loc: String, text: String, units: Vec<String> },
    /// 在L中的“A”后增加“T”: a phrase inserted after the anchor A (the engine adds the separator).
    InsertText { loc: String, anchor: String, text: String },
    /// 在L最后增加“…”.
    AppendText { loc: String, text: String },
    /// 将L修改为：“…”.
    ReplaceNode { loc: String, paragraphs: Vec<String> },
    /// 将第X章章名修改为“…”.
    ReplaceHeading { loc: String, heading: String },
    /// 删去L / 删除L.
    DeleteNode { loc: String },
    /// 删去第X章的章名.
    DeleteHeading { loc: String, unit: &'static str },
    /// 在P增加N段：“…”: paragraphs in no article, `place` being 第二章章名后 or 第二章第一段后.
    InsertParagraphs { place: String, paragraphs: Vec<String> },
    /// 将L移至A之后 (之前): a unit that moved, put beside one that stayed (both named by their old
    /// numbers; the numbering follows from 条文顺序作相应调整).
    Move { loc: String, anchor: String, after: bool },
    /// 在L后(前)增加一条/项/章/点，作为第Y…：“…”. `unit` is 条, 项, 章, 节, 点.
    Insert {
        anchor: Option<(String, bool)>,
        unit: &'static str,
        number: u32,
        sub: Option<u32>,
        paragraphs: Vec<String>,
    },
}

/// A draft with the unit of the new version it is for (to find it again when the round trip
/// shows that unit still differs).
#[derive(Debug, Clone)]
pub struct Planned {
    pub draft: Draft,
    /// The path in the new version of the unit concerned.
    pub new_path: Option<String>,
}
