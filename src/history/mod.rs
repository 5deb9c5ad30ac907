//! Version histories: a base text carried through the decisions that amended it, in order. Every
//! step applies one decision's section to the previous step's tree, so a chain of N decisions
//! costs N applications (each version is parsed once, from the text its step produced); the
//! versions are diffed step by step and the diffs threaded into one history per clause
//! ([`trace`]), each change linked to the decision and the instruction that made it.
//!
//! - [`dates`]: what a decision says about when it was published and when it takes effect.
//! - [`order`]: decisions in the order given, or by their dates when all carry one.
//! - [`carry`]: the versions, or the step that failed (its decision, section and errors).
//! - [`History::in_force`]: the version in force on a date, and why.

pub mod dates;
mod trace;

use serde::Serialize;

use crate::apply::{self, ApplyError, ApplyOptions, Change, InstructionReport, Skip, Warning};
use crate::diff::{self, DiffOptions, DocumentDiff};
use crate::document::{self, Document};
use crate::notice::{Notice, Pos};
pub use dates::{Dated, DecisionDates};
pub use jiff::civil::Date;
pub use trace::{ClauseHistory, Event};

/// One decision to apply.
#[derive(Debug, Clone)]
pub struct Step<'a> {
    /// How the decision is named in messages and outputs (its file name).
    pub name: String,
    pub notice: &'a Notice,
    /// The decision's section for this document (found by the document's title when `None`).
    pub section: Option<String>,
    pub skip: Vec<Skip>,
    pub dates: DecisionDates,
}

/// One version of the text: the base (step 0) or the result of a step.
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    /// The version's name in outputs: its date (`2022-03-29`), else `base` or `step-N`; unique.
    pub label: String,
    /// 0 for the base, N for the version the N-th decision made.
    pub step: usize,
    /// The decision that made it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
    /// The decision's section that was applied (the document's title as the decision gives it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// When the decision was published (for the base: the date of the text).
    pub published: Option<Dated>,
    /// From when this version is in force.
    pub in_force: Option<Dated>,
    #[serde(skip)]
    pub text: String,
}

/// An instruction of the applied section, as the decision writes it.
#[derive(Debug, Clone, Serialize)]
pub struct InstructionText {
    pub id: String,
    pub text: String,
    /// Where it is in the decision (line:column).
    pub pos: Pos,
}

/// What one step did.
#[derive(Debug, Clone, Serialize)]
pub struct StepRecord {
    /// The instructions of the section applied, in the decision's order.
    pub instructions: Vec<InstructionText>,
    pub reports: Vec<InstructionReport>,
    pub warnings: Vec<Warning>,
    #[serde(skip)]
    pub changes: Vec<Change>,
    /// The diff from the previous version, its changes linked to the step's instructions.
    #[serde(skip)]
    pub diff: DocumentDiff,
}

/// A step that could not be carried out: nothing after it exists.
#[derive(Debug, Clone, Serialize)]
pub struct StepFailure {
    /// 1-based.
    pub step: usize,
    pub of: usize,
    pub decision: String,
    pub section: Option<String>,
    pub errors: Vec<ApplyError>,
    pub warnings: Vec<Warning>,
}

impl std::fmt::Display for StepFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "step {} of {} ({}", self.step, self.of, self.decision)?;
        if let Some(s) = &self.section {
            write!(f, ", section 《{s}》")?;
        }
        write!(f, ") fails with {} error(s)", self.errors.len())?;
        for e in &self.errors {
            if e.instruction.is_empty() {
                write!(f, "\n  {}", e.message)?;
            } else {
                write!(f, "\n  {e}")?;
            }
        }
        Ok(())
    }
}

/// A base text carried through its decisions.
#[derive(Debug, Clone, Serialize)]
pub struct History {
    pub title: Option<String>,
    pub versions: Vec<Version>,
    pub steps: Vec<StepRecord>,
    /// Every clause, heading and paragraph of any version, in the order of the last version (a
    /// deleted one where it stood).
    pub clauses: Vec<ClauseHistory>,
    /// What to look at before trusting the history (a base dated on or after a decision it is
    /// carried through: it may already hold that decision's changes).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The step that failed, when one did: `versions` and `steps` stop before it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure: Option<StepFailure>,
}

/// The order to apply decisions in: by publication date (their 施行 date where that is all they
/// say) when every decision has one, the order given otherwise. Returns the indexes and a sentence
/// that says which order was used and why.
pub fn order(dates: &[DecisionDates]) -> (Vec<usize>, String) {
    let key = |d: &DecisionDates| d.published.as_ref().or(d.effective.as_ref()).map(|x| x.date);
    let mut idx: Vec<usize> = (0..dates.len()).collect();
    if dates.iter().all(|d| key(d).is_some()) {
        idx.sort_by_key(|&i| key(&dates[i]));
        let how = if idx.iter().enumerate().all(|(n, &i)| n == i) {
            "in the order given, which is their order by date"
        } else {
            "by their dates (not in the order given)"
        };
        (idx, format!("decisions applied {how}"))
    } else {
        let undated = dates.iter().filter(|d| key(d).is_none()).count();
        (idx, format!("decisions applied in the order given ({undated} of them carry no date)"))
    }
}

/// Carries `base` through `steps` in the order given. Each step's section is applied to the
/// previous version; the first step that fails ends the chain (see [`History::failure`]).
pub fn carry(base: Document, base_date: Option<Dated>, steps: &[Step]) -> History {
    let title = base.title().map(str::to_string);
    let mut versions = vec![Version {
        label: String::new(),
        step: 0,
        decision: None,
        section: None,
        published: base_date.clone(),
        in_force: base_date,
        text: base.source.to_string(),
    }];
    let mut records = Vec::new();
    let mut docs = vec![base];
    let mut failure = None;
    for (i, step) in steps.iter().enumerate() {
        let previous = docs.last().expect("the base is there");
        let opts = ApplyOptions { strict: false, skip: step.skip.clone() };
        match apply::apply_section(previous, step.notice, step.section.as_deref(), &opts) {
            Err((failed, section)) => {
                failure = Some(StepFailure {
                    step: i + 1,
                    of: steps.len(),
                    decision: step.name.clone(),
                    section: section.map(|s| s.title.clone()),
                    errors: failed.errors,
                    warnings: failed.warnings,
                });
                break;
            }
            Ok((applied, section)) => {
                let next = document::parse(&applied.text);
                // units paired as the engine carried them (a renumbered and rewritten article is
                // the same article), the rest by their text
                let known = apply::lineage(&applied, &next);
                let mut d = diff::diff_documents_known(previous, &next, &DiffOptions::default(), &known);
                diff::link_instructions(&mut d, &applied.changes);
                versions.push(Version {
                    label: String::new(),
                    step: i + 1,
                    decision: Some(step.name.clone()),
                    section: Some(section.title.clone()),
                    published: step.dates.published.clone(),
                    in_force: step.dates.in_force(),
                    text: applied.text,
                });
                let instructions = section
                    .instructions
                    .iter()
                    .chain(&step.notice.global)
                    .map(|i| InstructionText { id: i.id.clone(), text: i.text.clone(), pos: i.pos })
                    .collect();
                records.push(StepRecord {
                    instructions,
                    reports: applied.reports,
                    warnings: applied.warnings,
                    changes: applied.changes,
                    diff: d,
                });
                docs.push(next);
            }
        }
    }
    label(&mut versions);
    let warnings = base_warnings(&versions);
    let clauses = trace::trace(&records);
    History { title, versions, steps: records, clauses, warnings, failure }
}

/// A base dated on or after the publication of a decision it is carried through may already hold
/// that decision's changes (a consolidated text of 2024 given a 2024 decision): applied again, a
/// 删去第十五条 would delete the article that took its number.
fn base_warnings(versions: &[Version]) -> Vec<String> {
    let Some(base) = versions.first().and_then(|b| b.published.as_ref()) else { return Vec::new() };
    versions
        .iter()
        .skip(1)
        .filter_map(|v| {
            let p = v.published.as_ref()?;
            (base.date >= p.date).then(|| {
                format!(
                    "the base text is dated {} ({}), not before {} (published {}): it may already hold that decision's changes; check the base, or give its date",
                    base.date,
                    base.source,
                    v.decision.as_deref().unwrap_or("?"),
                    p.date
                )
            })
        })
        .collect()
}

/// Names every version by its date, `base` or `step-N` where it has none; a second version of the
/// same date gets `-2`.
fn label(versions: &mut [Version]) {
    let mut seen: Vec<String> = Vec::new();
    for v in versions.iter_mut() {
        let base = match (&v.published, v.step) {
            (Some(d), _) => d.date.to_string(),
            (None, 0) => "base".to_string(),
            (None, n) => format!("step-{n}"),
        };
        let mut name = base.clone();
        let mut k = 2;
        while seen.contains(&name) {
            name = format!("{base}-{k}");
            k += 1;
        }
        seen.push(name.clone());
        v.label = name;
    }
}

/// The version in force on a date, with the sentence that says why.
#[derive(Debug, Clone)]
pub struct InForce<'h> {
    pub version: &'h Version,
    pub reason: String,
}

impl History {
    /// The version in force on `date`: the last version whose in-force date is on or before it.
    /// A date before the base text's own date, or a chain with an undated decision, is an error
    /// (amend does not guess).
    pub fn in_force(&self, date: Date) -> Result<InForce<'_>, String> {
        if let Some(v) = self.versions.iter().skip(1).find(|v| v.in_force.is_none()) {
            return Err(format!(
                "{} (step {}) says neither when it was published nor when it takes effect: give its date with --date",
                v.decision.as_deref().unwrap_or("?"),
                v.step
            ));
        }
        let base = &self.versions[0];
        if let Some(b) = &base.in_force
            && date < b.date
        {
            return Err(format!(
                "{date} is before the base text's own date, {b}: amend has no earlier version of the text"
            ));
        }
        let mut chosen = base;
        for v in self.versions.iter().skip(1) {
            if v.in_force.as_ref().is_some_and(|f| f.date <= date) {
                chosen = v;
            }
        }
        let reason = match (&chosen.in_force, chosen.step) {
            (Some(f), 0) => format!("the base text ({f}); no decision had taken effect on {date}"),
            (None, _) => format!(
                "the base text (its own date is unknown); the first decision takes effect on {}",
                self.versions.get(1).and_then(|v| v.in_force.as_ref()).map_or("?".into(), |f| f.date.to_string())
            ),
            (Some(f), n) => format!(
                "the version of step {n}, made by {}, in force from {f}",
                chosen.decision.as_deref().unwrap_or("?")
            ),
        };
        Ok(InForce { version: chosen, reason })
    }
}
