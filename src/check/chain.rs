//! Chain cases: one text carried through several decisions in order (`case.toml` with `base` and
//! `[[steps]]`: each step its decision, section, instructions to skip with a reason, and the
//! published version to compare with where one exists). The chain is carried by
//! [`crate::history::carry`]; every step with a published version is checked like a document of a
//! consolidation case, the others are reported as produced.
//!
//! ```toml
//! name = "互联网上网服务营业场所管理条例 2019 → 2022 → 2024"
//! base = "base-2019-03-24.md"
//! base_date = "2019-03-24"           # optional: when the base's header does not say it
//!
//! [[steps]]
//! decision = "decision-2022-03-29.md"
//! published = "published-2022-03-29.md"   # optional
//! section = "十四"                         # optional: found by the document's title otherwise
//! skip = [{ id = "三", reason = "…" }]      # optional
//! date = "2022-03-29"                       # optional: overrides what the decision says
//! ```

use serde::Deserialize;

use super::case::Source;
use super::{CaseReport, DocumentReport, Verdict};
use crate::apply::{ApplyError, ErrorKind, Skip};
use crate::document;
use crate::error::{Error, Result};
use crate::history::{self, Date, Dated, DecisionDates, Step};
use crate::io::Input;
use crate::notice;

/// A loaded chain case.
#[derive(Debug, Clone)]
pub struct Chain {
    pub name: String,
    pub base: Input,
    pub base_date: Option<Date>,
    pub steps: Vec<ChainStep>,
}

/// One step of a chain.
#[derive(Debug, Clone)]
pub struct ChainStep {
    pub decision: Input,
    pub section: Option<String>,
    pub skip: Vec<Skip>,
    pub published: Option<Input>,
    pub date: Option<Date>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChainToml {
    #[serde(default)]
    name: Option<String>,
    base: String,
    #[serde(default)]
    base_date: Option<String>,
    steps: Vec<StepToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StepToml {
    decision: String,
    #[serde(default)]
    section: Option<String>,
    #[serde(default)]
    skip: Vec<Skip>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    date: Option<String>,
}

/// Loads a chain from its case.toml (already read as `input`).
pub fn load(src: &dyn Source, input: &Input) -> Result<Chain> {
    let at = input.path.display();
    let spec: ChainToml =
        toml::from_str(input.text()).map_err(|e| Error::Message(format!("{at}: {}", e.to_string().trim_end())))?;
    if spec.steps.is_empty() {
        return Err(Error::Message(format!("{at}: the chain lists no steps")));
    }
    let date = |s: &str| history::dates::parse_iso(s).map_err(|m| Error::Message(format!("{at}: {m}")));
    let mut steps = Vec::new();
    for (i, s) in spec.steps.into_iter().enumerate() {
        if let Some(x) = s.skip.iter().find(|x| x.reason.trim().is_empty()) {
            return Err(Error::Message(format!("{at}: step {}: skipping {} needs a reason", i + 1, x.id)));
        }
        steps.push(ChainStep {
            decision: src.read(&s.decision)?,
            section: s.section,
            skip: s.skip,
            published: s.published.as_deref().map(|p| src.read(p)).transpose()?,
            date: s.date.as_deref().map(date).transpose()?,
        });
    }
    Ok(Chain {
        name: spec.name.unwrap_or_else(|| src.describe()),
        base: src.read(&spec.base)?,
        base_date: spec.base_date.as_deref().map(date).transpose()?,
        steps,
    })
}

/// Carries the chain and checks every step that has a published version. Steps after one that
/// fails are reported as not run.
pub fn check(chain: &Chain) -> CaseReport {
    let notices: Vec<notice::Notice> = chain.steps.iter().map(|s| notice::parse(s.decision.text())).collect();
    let steps: Vec<Step> = chain
        .steps
        .iter()
        .zip(&notices)
        .map(|(s, n)| Step {
            name: crate::io::file_name(&s.decision.path),
            notice: n,
            section: s.section.clone(),
            skip: s.skip.clone(),
            dates: match s.date {
                Some(date) => DecisionDates::given(date, "case.toml"),
                None => history::dates::of_decision(s.decision.text()),
            },
        })
        .collect();
    let base_date = match chain.base_date {
        Some(date) => Some(Dated { date, source: "case.toml".into() }),
        None => history::dates::of_base(chain.base.text()),
    };
    let h = history::carry(document::parse(chain.base.text()), base_date, &steps);
    let n = chain.steps.len();
    let mut report =
        CaseReport { case: chain.name.clone(), notice_diagnostics: Vec::new(), documents: Vec::new(), page: None };
    for (i, step) in chain.steps.iter().enumerate() {
        let mut d = DocumentReport::new(format!("step {}/{n} {}", i + 1, crate::io::file_name(&step.decision.path)));
        match (h.versions.get(i + 1), &h.failure) {
            (Some(version), _) => {
                let record = &h.steps[i];
                d.section = version.section.clone();
                d.instructions = record.reports.clone();
                d.warnings = record.warnings.clone();
                match &step.published {
                    Some(published) => d.compared(version.text.clone(), published.text()),
                    None => {
                        d.verdict = Verdict::Unpublished;
                        d.regenerated = Some(version.text.clone());
                    }
                }
            }
            (None, Some(f)) if f.step == i + 1 => {
                d.section = f.section.clone();
                d.errors = f.errors.clone();
                d.warnings = f.warnings.clone();
            }
            (None, _) => {
                let failed = h.failure.as_ref().map_or(0, |f| f.step);
                d.errors.push(ApplyError {
                    kind: ErrorKind::NotRun,
                    instruction: String::new(),
                    pos: Default::default(),
                    path: None,
                    message: format!("not run: step {failed} failed, so there is no text to apply this step to"),
                    candidate: None,
                });
            }
        }
        report.documents.push(d);
    }
    report
}
