//! The consolidation check: regenerate every document of a case from its original and the notice,
//! and compare it with the published text clause by clause (through [`crate::diff`]). Differences
//! that are only formatting (full/half width, quote styles, spaces) or only in the Markdown
//! metadata are reported apart and do not fail the check.

pub mod case;
pub mod chain;
mod embedded;
pub mod page;

use serde::Serialize;

use crate::apply::{self, ApplyError, ApplyOptions, InstructionReport, Warning};
use crate::diff::{self, ChangeKind, ClauseChange, DiffOptions, UnitKind};
use crate::document;
use crate::notice::{self, Diagnostic};
pub use case::{Case, Folder, Loaded, Source, load, open};
pub use chain::Chain;
pub use embedded::fujian;
pub use page::PageReport;

/// How a regenerated document compares with the published one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Byte for byte.
    Identical,
    /// Only formatting or metadata differ.
    Formatting,
    /// Some clause differs in substance.
    Differs,
    /// The document could not be regenerated (see `errors`).
    Error,
    /// Regenerated, with no published text to compare it with (a step of a chain whose version
    /// no collection has).
    Unpublished,
}

/// The check of one document.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentReport {
    pub name: String,
    pub section: Option<String>,
    pub verdict: Verdict,
    pub instructions: Vec<InstructionReport>,
    pub warnings: Vec<Warning>,
    pub errors: Vec<ApplyError>,
    /// Clauses that differ in substance (old = regenerated, new = published).
    pub differences: Vec<ClauseChange>,
    /// Clauses that differ only in formatting.
    pub formatting: Vec<ClauseChange>,
    /// Differences in the Markdown metadata block (history lines of another crawl).
    pub metadata: Vec<ClauseChange>,
    /// The regenerated text.
    #[serde(skip)]
    pub regenerated: Option<String>,
}

impl DocumentReport {
    /// The report of a document not (yet) regenerated: an error until it is.
    pub fn new(name: String) -> Self {
        DocumentReport {
            name,
            section: None,
            verdict: Verdict::Error,
            instructions: Vec::new(),
            warnings: Vec::new(),
            errors: Vec::new(),
            differences: Vec::new(),
            formatting: Vec::new(),
            metadata: Vec::new(),
            regenerated: None,
        }
    }

    /// Takes the regenerated text and its comparison with the published one.
    pub fn compared(&mut self, regenerated: String, published: &str) {
        let c = compare(&regenerated, published);
        self.verdict = c.verdict;
        self.differences = c.differences;
        self.formatting = c.formatting;
        self.metadata = c.metadata;
        self.regenerated = Some(regenerated);
    }
}

/// The check of a case.
#[derive(Debug, Clone, Serialize)]
pub struct CaseReport {
    pub case: String,
    /// Problems reading the notice (a notice with errors cannot be applied).
    pub notice_diagnostics: Vec<Diagnostic>,
    pub documents: Vec<DocumentReport>,
    pub page: Option<PageReport>,
}

impl CaseReport {
    /// Whether a document could not be regenerated, or the notice could not be read (a sentence
    /// of no document's section, or of a checked document's).
    pub fn has_errors(&self) -> bool {
        self.notice_diagnostics.iter().any(|d| d.severity == notice::Severity::Error && d.section.is_none())
            || self.documents.iter().any(|d| d.verdict == Verdict::Error)
    }

    /// Whether some document differs in substance.
    pub fn differs(&self) -> bool {
        self.documents.iter().any(|d| d.verdict == Verdict::Differs)
    }

    /// Counts of instructions applied, skipped and failed, over all documents.
    pub fn instruction_counts(&self) -> (usize, usize, usize) {
        let mut c = (0, 0, 0);
        for d in &self.documents {
            for r in &d.instructions {
                match r.status {
                    apply::Status::Applied => c.0 += 1,
                    apply::Status::Skipped { .. } => c.1 += 1,
                    apply::Status::Failed => c.2 += 1,
                }
            }
        }
        c
    }
}

/// Whether a difference is only formatting (its text or its edits).
fn formatting_only(c: &ClauseChange) -> bool {
    c.change == ChangeKind::Formatting
        || (c.change == ChangeKind::Modified && !c.edits.is_empty() && c.substantive_edits().next().is_none())
}

/// A regenerated text against a published one, clause by clause.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub verdict: Verdict,
    /// Clauses that differ in substance (old = regenerated, new = published).
    pub differences: Vec<ClauseChange>,
    /// Clauses that differ only in formatting.
    pub formatting: Vec<ClauseChange>,
    /// Differences in the Markdown metadata block.
    pub metadata: Vec<ClauseChange>,
}

/// Compares a regenerated text with the published one: identical byte for byte, or the clauses
/// that differ sorted into substance, formatting and metadata.
pub fn compare(regenerated: &str, published: &str) -> Comparison {
    let mut c = Comparison {
        verdict: Verdict::Identical,
        differences: Vec::new(),
        formatting: Vec::new(),
        metadata: Vec::new(),
    };
    if regenerated == published {
        return c;
    }
    let diff =
        diff::diff_documents(&document::parse(regenerated), &document::parse(published), &DiffOptions::default());
    for change in diff.changes.into_iter().filter(|c| c.is_change()) {
        if change.unit == UnitKind::Metadata {
            c.metadata.push(change);
        } else if formatting_only(&change) {
            c.formatting.push(change);
        } else {
            c.differences.push(change);
        }
    }
    c.verdict = if c.differences.is_empty() { Verdict::Formatting } else { Verdict::Differs };
    c
}

/// Regenerates and compares every document of `case`; with `with_page`, also confirms the
/// regenerated text against the raw published page.
pub fn check(case: &Case, with_page: bool) -> CaseReport {
    let notice = notice::parse(case.notice.text());
    let mut report = CaseReport {
        case: case.name.clone(),
        notice_diagnostics: notice.diagnostics.clone(),
        documents: Vec::new(),
        page: None,
    };
    if notice.errors().any(|d| d.section.is_none()) {
        return report;
    }
    let mut page = PageReport::default();
    for d in &case.documents {
        let original = document::parse(d.original.text());
        let mut doc_report = DocumentReport::new(d.name.clone());
        let opts = ApplyOptions { strict: false, skip: d.skip.clone() };
        match apply::apply_section(&original, &notice, d.section.as_deref(), &opts) {
            Err((failed, section)) => {
                doc_report.section = section.map(|s| s.title.clone());
                doc_report.errors = failed.errors;
                doc_report.warnings = failed.warnings;
            }
            Ok((applied, section)) => {
                doc_report.section = Some(section.title.clone());
                doc_report.instructions = applied.reports;
                doc_report.warnings = applied.warnings;
                if with_page && let Some(p) = &case.page {
                    page::confirm(&mut page, &d.name, &applied.text, p.text());
                }
                doc_report.compared(applied.text, d.published.text());
            }
        }
        report.documents.push(doc_report);
    }
    if with_page && case.page.is_some() {
        report.page = Some(page);
    }
    report
}
