//! `amend diff --format json`: JSON Lines, as ripgrep's `--json`.
//!
//! One object per changed unit (unchanged units only with `--context`):
//! `{"change": "modified", "unit": "clause", "old": {"path", "number", "text", "kind"} | null,
//! "new": … | null, "edits": [{"old", "new", "old_range", "new_range", "before", "after",
//! "formatting"?}], "instruction": null}`. `change` is one of `unchanged`, `renumbered`, `moved`,
//! `modified`, `inserted`, `deleted`, `formatting`; edit ranges are byte offsets into the side's
//! `text` (which never includes the unit's own number).
//!
//! The last line is the summary: `{"summary": {"clauses": {counts}, "headings": …, "text": …,
//! "metadata": …}, "number_map": [{"unit", "old", "new"}], "same": bool}`. `number_map` lists every
//! numbered unit of the old version whose path changed (`new` is `null` when it was deleted); units
//! not listed kept their number.

use serde::Serialize;

use super::DiffReport;
use crate::diff::{NumberMapping, Summary};

#[derive(Serialize)]
struct SummaryLine<'a> {
    summary: &'a Summary,
    number_map: &'a [NumberMapping],
    same: bool,
}

/// The JSON Lines report.
pub fn json(report: &DiffReport) -> String {
    let mut out = String::new();
    for c in report.shown() {
        out.push_str(&serde_json::to_string(c).expect("changes serialise"));
        out.push('\n');
    }
    let diff = report.diff;
    let summary = SummaryLine { summary: &diff.summary, number_map: &diff.number_map, same: diff.is_same() };
    out.push_str(&serde_json::to_string(&summary).expect("the summary serialises"));
    out.push('\n');
    out
}
