//! Consolidation cases: `case.toml` (the notice, and for each document its original, its published
//! text, its section and the instructions to skip with a reason), or a real-laws folder (`old.md`,
//! `decision.md`, `new.md`, `case.json`). Paths must stay inside the case folder.

use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use crate::apply::Skip;
use crate::error::{Error, Result};
use crate::io::{self, Input};
use crate::text::decode::EncodingChoice;

/// A loaded case.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub notice: Input,
    /// The raw published page, for `--page`.
    pub page: Option<Input>,
    pub documents: Vec<CaseDocument>,
}

#[derive(Debug, Clone)]
pub struct CaseDocument {
    pub name: String,
    pub original: Input,
    pub published: Input,
    pub section: Option<String>,
    pub skip: Vec<Skip>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseToml {
    #[serde(default)]
    name: Option<String>,
    notice: String,
    #[serde(default)]
    page: Option<String>,
    documents: Vec<DocToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocToml {
    name: String,
    original: String,
    published: String,
    #[serde(default)]
    section: Option<String>,
    #[serde(default)]
    skip: Vec<Skip>,
}

#[derive(Debug, Deserialize)]
struct CaseJson {
    title: String,
    decision: Option<DecisionJson>,
}

#[derive(Debug, Deserialize)]
struct DecisionJson {
    section: Option<String>,
}

/// Where case files come from: a folder, or files compiled into the binary.
pub trait Source {
    /// Reads a file named relative to the case.
    fn read(&self, rel: &str) -> Result<Input>;
    fn exists(&self, rel: &str) -> bool;
    fn describe(&self) -> String;
}

/// A case folder on disk.
pub struct Folder(pub PathBuf);

impl Source for Folder {
    fn read(&self, rel: &str) -> Result<Input> {
        io::read_input(&inside(&self.0, rel)?, EncodingChoice::Auto)
    }
    fn exists(&self, rel: &str) -> bool {
        inside(&self.0, rel).is_ok_and(|p| p.is_file())
    }
    fn describe(&self) -> String {
        self.0.display().to_string()
    }
}

/// Files compiled into the binary (the Fujian case, for `amend check` without a folder).
pub struct Embedded {
    pub name: &'static str,
    pub files: &'static [(&'static str, &'static str)],
}

impl Source for Embedded {
    fn read(&self, rel: &str) -> Result<Input> {
        let (_, text) = self
            .files
            .iter()
            .find(|(p, _)| *p == rel)
            .ok_or_else(|| Error::Message(format!("{}: the embedded case has no file {rel}", self.name)))?;
        io::decode_bytes(&Path::new(self.name).join(rel), text.as_bytes(), EncodingChoice::Auto)
    }
    fn exists(&self, rel: &str) -> bool {
        self.files.iter().any(|(p, _)| *p == rel)
    }
    fn describe(&self) -> String {
        format!("{} (embedded)", self.name)
    }
}

/// A path inside the case folder: relative, without `..`.
pub(super) fn inside(dir: &Path, rel: &str) -> Result<PathBuf> {
    let p = Path::new(rel);
    if p.is_absolute() || p.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir)) {
        return Err(Error::Message(format!(
            "{}: the path “{rel}” leaves the case folder; paths in case.toml are relative to it",
            dir.join("case.toml").display()
        )));
    }
    Ok(dir.join(p))
}

/// A case of either kind.
#[derive(Debug, Clone)]
pub enum Loaded {
    /// One notice applied to one or more documents.
    Consolidation(Case),
    /// One text carried through several decisions (`base` and `[[steps]]` in case.toml).
    Chain(super::chain::Chain),
}

/// Opens a case folder of either kind.
pub fn open(src: &dyn Source) -> Result<Loaded> {
    if src.exists("case.toml") {
        let input = src.read("case.toml")?;
        let value: toml::Table = toml::from_str(input.text())
            .map_err(|e| Error::Message(format!("{}: {}", input.path.display(), e.to_string().trim_end())))?;
        if value.contains_key("steps") || value.contains_key("base") {
            return super::chain::load(src, &input).map(Loaded::Chain);
        }
    }
    load(src).map(Loaded::Consolidation)
}

/// Loads a consolidation case: `case.toml` when there is one, else a real-laws folder.
pub fn load(src: &dyn Source) -> Result<Case> {
    if src.exists("case.toml") {
        return load_toml(src);
    }
    if src.exists("case.json") && src.exists("old.md") && src.exists("new.md") {
        return load_real_law(src);
    }
    Err(Error::Message(format!(
        "{}: not a case folder: it has neither case.toml nor case.json with old.md and new.md",
        src.describe()
    )))
}

fn load_toml(src: &dyn Source) -> Result<Case> {
    let input = src.read("case.toml")?;
    let spec: CaseToml = toml::from_str(input.text())
        .map_err(|e| Error::Message(format!("{}: {}", input.path.display(), e.to_string().trim_end())))?;
    let notice = src.read(&spec.notice)?;
    if spec.documents.is_empty() {
        return Err(Error::Message(format!("{}: the case lists no documents", input.path.display())));
    }
    let page = spec.page.as_deref().map(|p| src.read(p)).transpose()?;
    let mut documents = Vec::new();
    for d in spec.documents {
        for s in &d.skip {
            if s.reason.trim().is_empty() {
                return Err(Error::Message(format!("{}: skipping {} needs a reason", input.path.display(), s.id)));
            }
        }
        documents.push(CaseDocument {
            name: d.name,
            original: src.read(&d.original)?,
            published: src.read(&d.published)?,
            section: d.section,
            skip: d.skip,
        });
    }
    Ok(Case { name: spec.name.unwrap_or_else(|| src.describe()), notice, page, documents })
}

fn load_real_law(src: &dyn Source) -> Result<Case> {
    let meta_in = src.read("case.json")?;
    let meta: CaseJson =
        serde_json::from_str(meta_in.text()).map_err(|e| Error::Message(format!("{}: {e}", meta_in.path.display())))?;
    let Some(decision) = meta.decision else {
        return Err(Error::Message(format!(
            "{}: this case has no decision (a full revision): there is nothing to apply; compare the versions with `amend diff`",
            src.describe()
        )));
    };
    if !src.exists("decision.md") {
        return Err(Error::Message(format!(
            "{}: case.json names a decision but decision.md is missing",
            src.describe()
        )));
    }
    let section = decision.section.map(|s| s.trim_matches(['《', '》']).to_string()).or(Some(meta.title.clone()));
    Ok(Case {
        name: meta.title.clone(),
        notice: src.read("decision.md")?,
        page: None,
        documents: vec![CaseDocument {
            name: meta.title,
            original: src.read("old.md")?,
            published: src.read("new.md")?,
            section,
            skip: Vec::new(),
        }],
    })
}
