//! What applying a notice produces: the changes with their provenance, a report per instruction,
//! warnings, and errors that name the instruction, the place in the notice and the place in the
//! document.

use std::ops::Range;

use serde::Serialize;

use crate::notice::Pos;

/// One change made to the document, and the instruction that made it.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    /// The instruction's id (一（五）).
    pub instruction: String,
    /// The operation's stable name.
    pub op: &'static str,
    /// The node changed, by its path in the original document (`（新增）` for inserted nodes).
    pub path: String,
    /// The node's line before and after the change.
    pub before: String,
    pub after: String,
    /// Byte range of the change in `before`, and of the new text in `after`.
    pub range: Range<usize>,
    pub new_range: Range<usize>,
}

/// How an instruction fared.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    Applied,
    Skipped { reason: String },
    Failed,
}

/// The report of one instruction: its status and what each operation did.
#[derive(Debug, Clone, Serialize)]
pub struct InstructionReport {
    pub id: String,
    #[serde(flatten)]
    pub status: Status,
    pub ops: Vec<OpReport>,
}

/// What one operation did: e.g. `“经信委”→“工信厅” ×23`.
#[derive(Debug, Clone, Serialize)]
pub struct OpReport {
    pub op: &'static str,
    pub summary: String,
    pub count: usize,
}

/// The kinds of apply errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The quoted text is not in the located node.
    TextNotFound,
    /// The quoted text occurs several times where one occurrence is meant.
    TextAmbiguous,
    /// The locator names no node.
    NoSuchNode,
    /// The locator names several nodes.
    AmbiguousLocator,
    /// The heading quoted in the locator is not the node's heading.
    HeadingMismatch,
    /// The instruction changes nothing.
    NoEffect,
    /// A deletion would leave a numbered unit with its label and no text (删去第五条第一句 where
    /// that is all 第五条 says): the unit itself is to be deleted, and the decision does not say so.
    EmptiedUnit,
    /// A node landed at another number than the one the decision declares (作为第Y条).
    NumberMismatch,
    /// A unit to delete is not in the list.
    UnitNotFound,
    /// A whole-text renaming found nothing (an error only with --strict).
    ZeroOccurrences,
    /// The node was deleted by an earlier instruction.
    NodeGone,
    /// A form the engine does not execute yet.
    Unsupported,
    /// No section of the notice is for this document.
    NoSection,
    /// A step of a chain that was not run because an earlier step failed.
    NotRun,
}

impl ErrorKind {
    /// The stable name, as JSON gives it (`text_not_found`).
    pub fn name(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
    }
}

/// Where the nearest candidate is, when the exact text was not found.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    pub path: String,
    pub text: String,
    /// Similarity to the quoted text, 0..1.
    pub similarity: f64,
}

/// An error of the apply stage.
#[derive(Debug, Clone, Serialize)]
pub struct ApplyError {
    pub kind: ErrorKind,
    /// The instruction (一（三）).
    pub instruction: String,
    /// Where in the notice (line:column).
    pub pos: Pos,
    /// Where in the document (the node's path), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidate: Option<Candidate>,
}

impl std::fmt::Display for ApplyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (notice {}): {}", self.instruction, self.pos, self.message)?;
        if let Some(p) = &self.path {
            write!(f, " [document: {p}]")?;
        }
        if let Some(c) = &self.candidate {
            write!(f, "; nearest in {}: “{}” (similarity {:.2})", c.path, c.text, c.similarity)?;
        }
        Ok(())
    }
}

/// A warning: something to look at that does not stop the run.
#[derive(Debug, Clone, Serialize)]
pub struct Warning {
    pub instruction: String,
    pub pos: Pos,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // (a warning of the whole run, not of one instruction, has no place in the notice)
        match self.pos.line {
            0 => write!(f, "{}: {}", self.instruction, self.message),
            _ => write!(f, "{} (notice {}): {}", self.instruction, self.pos, self.message),
        }
    }
}

/// The result of applying a notice to a document.
#[derive(Debug, Clone, Serialize)]
pub struct Applied {
    /// The consolidated text.
    pub text: String,
    pub changes: Vec<Change>,
    pub reports: Vec<InstructionReport>,
    pub warnings: Vec<Warning>,
    /// Where each node carried over from the original starts in `text` (byte offset, kind, path in
    /// the original); inserted nodes are not listed. Read through [`super::lineage`].
    #[serde(skip)]
    pub origins: Vec<(usize, crate::document::Kind, String)>,
}

/// Everything that went wrong in a run (all errors are collected, then reported together).
#[derive(Debug, Clone, Serialize)]
pub struct Failed {
    pub errors: Vec<ApplyError>,
    pub warnings: Vec<Warning>,
}
