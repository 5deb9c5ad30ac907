//! What a diff reports: one [`ClauseChange`] per unit of either document, the inline [`Edit`]s of
//! changed units, the old→new number map and summary counts. Everything serialises with serde; the
//! renderers in `crate::render` decide how to show it.

use std::ops::Range;

use arcstr::Substr;
use serde::Serialize;

use crate::document::Kind;

/// How one unit (clause, heading, paragraph, metadata line) fared between the two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Same text, same number.
    Unchanged,
    /// Same text, another number (or another place in the numbering: `三/（五）` → `四/（五）`).
    Renumbered,
    /// Its order relative to the other units changed (not explained by insertions and deletions), and
    /// its text did not change in substance (formatting edits, if any, are in `edits`). A unit that
    /// moved AND changed is `Modified` with `moved: true`.
    Moved,
    /// The text changed in substance. Old and new numbers are both given, so a renumbered and modified
    /// clause is `Modified`.
    Modified,
    /// Only in the new version.
    Inserted,
    /// Only in the old version.
    Deleted,
    /// The text differs only in formatting: full/half-width forms, quote styles, spaces.
    Formatting,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 7] = [
        ChangeKind::Unchanged,
        ChangeKind::Renumbered,
        ChangeKind::Moved,
        ChangeKind::Modified,
        ChangeKind::Inserted,
        ChangeKind::Deleted,
        ChangeKind::Formatting,
    ];

    /// The name used in JSON and in the text formats.
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Unchanged => "unchanged",
            ChangeKind::Renumbered => "renumbered",
            ChangeKind::Moved => "moved",
            ChangeKind::Modified => "modified",
            ChangeKind::Inserted => "inserted",
            ChangeKind::Deleted => "deleted",
            ChangeKind::Formatting => "formatting",
        }
    }

    /// The name of a change of this kind that may also have moved: `modified, moved`.
    pub fn name_moved(self, moved: bool) -> String {
        if moved && self != ChangeKind::Moved {
            format!("{}, {}", self.name(), ChangeKind::Moved.name())
        } else {
            self.name().to_string()
        }
    }

    /// The Chinese name, as a 新旧对照表 says it.
    pub fn chinese(self) -> &'static str {
        match self {
            ChangeKind::Unchanged => "未修改",
            ChangeKind::Renumbered => "序号调整",
            ChangeKind::Moved => "位置调整",
            ChangeKind::Modified => "修改",
            ChangeKind::Inserted => "新增",
            ChangeKind::Deleted => "删除",
            ChangeKind::Formatting => "仅格式不同",
        }
    }
}

/// What kind of unit a change is about. Units are aligned only with units of the same kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// A numbered clause with its whole subtree: an article (条) in laws, an item (项, （一）) in policy
    /// documents.
    Clause,
    /// A division heading: 编/章/节, a point (一、), a Markdown heading, an attachment heading.
    Heading,
    /// A paragraph that belongs to no clause: a preamble, text or a 责任单位 line directly under a point,
    /// closing lines.
    Text,
    /// Header material: title, document number, addressee, history notes, Markdown metadata.
    Metadata,
}

impl UnitKind {
    pub const ALL: [UnitKind; 4] = [UnitKind::Clause, UnitKind::Heading, UnitKind::Text, UnitKind::Metadata];

    pub fn name(self) -> &'static str {
        match self {
            UnitKind::Clause => "clause",
            UnitKind::Heading => "heading",
            UnitKind::Text => "text",
            UnitKind::Metadata => "metadata",
        }
    }
}

/// One side of a change: where the unit is and what it says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// The unit's stable path in its document (`第十条`, `一/（四）`, `六/¶1`, `文首/题注2`).
    pub path: Substr,
    /// The unit's number as written (`第十条`, `（四）`, `一、`, `第二章`); `None` for unnumbered units.
    pub number: Option<Substr>,
    /// The unit's text without its own number: for an article, its paragraphs (items included) joined
    /// by `\n`; for an item, its text, sub-items and 责任单位 line. Edits index into this text.
    pub text: Substr,
    /// The node kind (`article`, `item`, `chapter`, `text`, …).
    pub kind: Kind,
    /// What separates the number from the text in the source (a space, U+3000 or nothing).
    #[serde(skip)]
    pub sep: Substr,
}

impl Side {
    /// The unit as a reader sees it: number, separator and text (the first line carries the number).
    pub fn display(&self) -> String {
        match &self.number {
            Some(n) => format!("{n}{}{}", self.sep, self.text),
            None => self.text.to_string(),
        }
    }
}

/// One inline change inside a unit's text, at phrase level: “经信委”→“工信厅”, not three characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    /// The old text (empty for an insertion).
    pub old: String,
    /// The new text (empty for a deletion).
    pub new: String,
    /// Byte range of `old` in the old unit text.
    pub old_range: Range<usize>,
    /// Byte range of `new` in the new unit text.
    pub new_range: Range<usize>,
    /// A few characters of unchanged text before the edit (from the old text), for display.
    pub before: String,
    /// A few characters of unchanged text after the edit (from the old text), for display.
    pub after: String,
    /// Whether the edit changes formatting only (full/half width, quotes, spaces).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub formatting: bool,
}

impl Edit {
    pub fn is_insertion(&self) -> bool {
        self.old.is_empty()
    }

    pub fn is_deletion(&self) -> bool {
        self.new.is_empty()
    }
}

/// One unit of either document and how it changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClauseChange {
    pub change: ChangeKind,
    pub unit: UnitKind,
    pub old: Option<Side>,
    pub new: Option<Side>,
    /// Inline edits, old text → new text (modified, formatting and moved units).
    pub edits: Vec<Edit>,
    /// Its place changed (its order relative to the other units): true for every `Moved` unit and
    /// for a `Modified` one that also moved, so that a consumer keeping only `modified` records
    /// still sees every changed text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub moved: bool,
    /// The instruction of an amendment notice that caused the change, when one is known.
    pub instruction: Option<String>,
}

impl ClauseChange {
    /// The side a reader names the unit by: the new one, or the old one for deletions.
    pub fn side(&self) -> &Side {
        self.new.as_ref().or(self.old.as_ref()).expect("a change has at least one side")
    }

    /// Whether the unit differs in any way (its text, its number or its place).
    pub fn is_change(&self) -> bool {
        self.change != ChangeKind::Unchanged
    }

    /// The change's name: `modified, moved` for a modified unit that also moved, else the kind's.
    pub fn kind_name(&self) -> String {
        self.change.name_moved(self.moved)
    }

    /// The Chinese name: `修改、位置调整` for a modified unit that also moved.
    pub fn kind_chinese(&self) -> String {
        if self.moved && self.change != ChangeKind::Moved {
            format!("{}、{}", self.change.chinese(), ChangeKind::Moved.chinese())
        } else {
            self.change.chinese().to_string()
        }
    }

    /// The edits that change substance (not only formatting).
    pub fn substantive_edits(&self) -> impl Iterator<Item = &Edit> {
        self.edits.iter().filter(|e| !e.formatting)
    }
}

/// How many units fared which way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub unchanged: usize,
    pub renumbered: usize,
    pub moved: usize,
    pub modified: usize,
    pub inserted: usize,
    pub deleted: usize,
    pub formatting: usize,
    /// Of the `modified` units, how many also moved (counted in `modified`, not in `moved`).
    pub modified_and_moved: usize,
}

impl Counts {
    pub fn get(&self, kind: ChangeKind) -> usize {
        match kind {
            ChangeKind::Unchanged => self.unchanged,
            ChangeKind::Renumbered => self.renumbered,
            ChangeKind::Moved => self.moved,
            ChangeKind::Modified => self.modified,
            ChangeKind::Inserted => self.inserted,
            ChangeKind::Deleted => self.deleted,
            ChangeKind::Formatting => self.formatting,
        }
    }

    fn slot(&mut self, kind: ChangeKind) -> &mut usize {
        match kind {
            ChangeKind::Unchanged => &mut self.unchanged,
            ChangeKind::Renumbered => &mut self.renumbered,
            ChangeKind::Moved => &mut self.moved,
            ChangeKind::Modified => &mut self.modified,
            ChangeKind::Inserted => &mut self.inserted,
            ChangeKind::Deleted => &mut self.deleted,
            ChangeKind::Formatting => &mut self.formatting,
        }
    }

    pub fn add(&mut self, kind: ChangeKind) {
        *self.slot(kind) += 1;
    }

    /// Counts a change: by its kind, and a modified unit that moved in `modified_and_moved` too.
    pub fn count(&mut self, c: &ClauseChange) {
        self.add(c.change);
        if c.moved && c.change == ChangeKind::Modified {
            self.modified_and_moved += 1;
        }
    }

    /// Units that differ in any way.
    pub fn changed(&self) -> usize {
        ChangeKind::ALL.iter().filter(|k| **k != ChangeKind::Unchanged).map(|k| self.get(*k)).sum()
    }
}

/// Counts per unit kind. Clauses are what a reviewer counts; headings, free text and metadata are
/// reported apart so that crawl differences in the header never blur the clause counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub clauses: Counts,
    pub headings: Counts,
    pub text: Counts,
    pub metadata: Counts,
}

impl Summary {
    pub fn of(&self, unit: UnitKind) -> &Counts {
        match unit {
            UnitKind::Clause => &self.clauses,
            UnitKind::Heading => &self.headings,
            UnitKind::Text => &self.text,
            UnitKind::Metadata => &self.metadata,
        }
    }

    pub fn of_mut(&mut self, unit: UnitKind) -> &mut Counts {
        match unit {
            UnitKind::Clause => &mut self.clauses,
            UnitKind::Heading => &mut self.headings,
            UnitKind::Text => &mut self.text,
            UnitKind::Metadata => &mut self.metadata,
        }
    }

    /// Units that differ, all kinds together.
    pub fn changed(&self) -> usize {
        UnitKind::ALL.iter().map(|u| self.of(*u).changed()).sum()
    }
}

/// Where a numbered unit of the old version went: `第十条` → `第十三条`, or nowhere (deleted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NumberMapping {
    pub unit: UnitKind,
    /// The old path (`第十条`, `一/（四）`, `第二章`).
    pub old: String,
    /// The new path, `None` when the unit was deleted.
    pub new: Option<String>,
}

/// Options of [`crate::diff::diff_documents`].
#[derive(Debug, Clone, PartialEq)]
pub struct DiffOptions {
    /// Two units between the same unchanged neighbours are paired (as modified) when their
    /// similarity (Dice coefficient of character bigrams, 0..=1) reaches this.
    pub gap_similarity: f64,
    /// Two units elsewhere in the document are paired (as moved) when their similarity reaches this.
    pub move_similarity: f64,
}

impl Default for DiffOptions {
    fn default() -> Self {
        DiffOptions { gap_similarity: 0.3, move_similarity: 0.6 }
    }
}

/// The clause-level diff of two documents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentDiff {
    /// Every unit of both documents in document order (new order; deleted units where they stood),
    /// unchanged ones included. Renderers choose what to show.
    pub changes: Vec<ClauseChange>,
    /// Every numbered unit (clause or heading) of the old version whose path changed or which was
    /// deleted, in old document order. Units not listed kept their number.
    pub number_map: Vec<NumberMapping>,
    pub summary: Summary,
}

impl DocumentDiff {
    /// Whether the documents say the same thing unit by unit (blank lines and indentation aside).
    pub fn is_same(&self) -> bool {
        self.summary.changed() == 0
    }

    /// The changes that differ in some way.
    pub fn differences(&self) -> impl Iterator<Item = &ClauseChange> {
        self.changes.iter().filter(|c| c.is_change())
    }
}
