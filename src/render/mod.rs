//! Presentation: every output format lives here, apart from the stages that compute what to show.

pub mod check;
pub mod consolidated;
pub mod docx;
pub mod explain;
pub mod history;
pub mod html;
pub mod instructions;
pub mod json;
pub mod markdown;
pub mod marks;
pub mod outline;
pub mod text;
pub mod unified;

use crate::diff::{ClauseChange, DocumentDiff};

/// A diff and what its renderers need to say about it.
#[derive(Debug, Clone, Copy)]
pub struct DiffReport<'a> {
    pub diff: &'a DocumentDiff,
    /// How the old and new inputs are named (their file names, as given).
    pub old_name: &'a str,
    pub new_name: &'a str,
    /// The document's title (of the new version, else the old one).
    pub title: Option<&'a str>,
    /// Show unchanged units too.
    pub context: bool,
}

impl<'a> DiffReport<'a> {
    /// The changes to show: all of them with `context`, otherwise those that differ.
    pub fn shown(&self) -> impl Iterator<Item = &'a ClauseChange> + use<'a> {
        let context = self.context;
        self.diff.changes.iter().filter(move |c| context || c.is_change())
    }
}

/// The start of a self-contained HTML page, up to `<body>`: no script, no network (the policy
/// allows inline styles only), `title` escaped.
pub(crate) fn html_head(out: &mut String, title: &str, generator: &str, style: &str) {
    use std::fmt::Write;
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"{generator}\">\n<title>{}</title>\n<style>{style}</style>\n</head>\n<body>\n",
        html_escape::encode_text(title)
    );
}
