//! Applying a notice to a document: locators are resolved on the ORIGINAL document, operations run
//! in the notice's order, then inserted articles are placed, numbers are assigned and checked, and
//! cross-references are mapped. Every change carries its instruction; errors are collected and
//! reported together, and no text is produced when there is one.

mod exec;
mod lineage;
mod locate;
mod model;
mod nodes;
mod ops;
mod renumber;
mod textops;
mod tree;
mod units;

pub use exec::{ApplyOptions, Skip, apply};
pub use lineage::lineage;
pub use model::*;
pub use renumber::references;
pub use textops::{deletion_range, insertion_separator};
pub use units::{LabelledList, LineEdits, UnitBlock, UnitList, edit_labelled, edit_lists, unit_blocks, unit_like};

use crate::document::Document;
use crate::notice::{Notice, Section};

/// Finds the section of `notice` for `doc`: by `wanted` (a section id such as 一, or a title) when
/// given, else by the document's title.
pub fn find_section<'n>(notice: &'n Notice, doc: &Document, wanted: Option<&str>) -> Result<&'n Section, String> {
    // titles compare without spaces, 《》, a leading 中华人民共和国, and with 〈〉 and <> alike
    let norm = |s: &str| crate::notice::normalize_title(s).chars().filter(|c| !"《》".contains(*c)).collect::<String>();
    let list = || {
        notice
            .sections
            .iter()
            .map(|s| format!("{} 《{}》", s.id.as_deref().unwrap_or("-"), s.title))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let found: Vec<&Section> = match wanted {
        Some(w) => {
            let w = norm(w.trim_end_matches('、'));
            notice
                .sections
                .iter()
                .filter(|s| {
                    s.id.as_deref().map(norm) == Some(w.clone())
                        || norm(&s.title) == w
                        || s.doc_number.as_deref().map(norm) == Some(w.clone())
                        || s.aliases.iter().any(|a| norm(a) == w)
                })
                .collect()
        }
        None => {
            let title = doc.title().map(norm).unwrap_or_default();
            let exact: Vec<&Section> =
                notice.sections.iter().filter(|s| !title.is_empty() && norm(&s.title) == title).collect();
            // a notice names a document by its title, or by it with its issuer left out (《关于…的
            // 若干意见》 for 福建省人民政府关于…的若干意见), with its number (闽政〔2016〕60号) beside it: the
            // number the document bears names it, else the title less the issuer
            let number = doc.doc_number().map(norm).unwrap_or_default();
            let by_number: Vec<&Section> = notice
                .sections
                .iter()
                .filter(|s| !number.is_empty() && s.doc_number.as_deref().map(norm) == Some(number.clone()))
                .collect();
            let less_issuer: Vec<&Section> = notice
                .sections
                .iter()
                .filter(|s| {
                    let t = norm(&s.title);
                    t.starts_with("关于") && title.len() > t.len() && title.ends_with(&t)
                })
                .collect();
            if !exact.is_empty() {
                exact
            } else if notice.sections.len() == 1 && notice.sections[0].title.is_empty() {
                vec![&notice.sections[0]]
            } else if !by_number.is_empty() {
                by_number
            } else {
                less_issuer
            }
        }
    };
    match found.len() {
        // the document's section holds nothing while others hold instructions (a sentence that named
        // another document inline took them there): applying nothing would pass for a result. (A
        // notice with none at all, as derive writes for two texts that differ only in formatting,
        // applies as nothing; where a sentence could not be read, that is the error to show.)
        1 if found[0].instructions.is_empty()
            && notice.global.is_empty()
            && notice.errors().next().is_none()
            && notice.sections.iter().any(|s| !s.instructions.is_empty()) =>
        {
            let with: Vec<String> = notice
                .sections
                .iter()
                .filter(|s| !s.instructions.is_empty())
                .map(|s| format!("{} 《{}》", s.id.as_deref().unwrap_or("-"), s.title))
                .collect();
            Err(format!(
                "the notice's section for this document, {} 《{}》, holds no instructions; the notice's instructions are in: {}",
                found[0].id.as_deref().unwrap_or("-"),
                found[0].title,
                with.join("; ")
            ))
        }
        1 => Ok(found[0]),
        0 if notice.sections.is_empty() => {
            Err("the notice holds no amendment instructions: no sentence of it reads as one".to_string())
        }
        0 => Err(match wanted {
            Some(w) => format!("the notice has no section “{w}”; its sections are: {}", list()),
            None => format!(
                "no section of the notice is for “{}”; give --section (the notice's sections are: {})",
                doc.title().unwrap_or("(a document without title)"),
                list()
            ),
        }),
        n => Err(format!("{n} sections match; give --section with one of: {}", list())),
    }
}

/// Applies the section of `notice` for `doc` (chosen as [`find_section`] does): a section that
/// cannot be found, or a sentence of it that cannot be read, is an error of the run like any other
/// (`no_section`, `unsupported` with the sentence's line:column), so that a caller that carries
/// many documents (a case, a chain) reports them all alike. A failure gives the section when one
/// was found.
pub fn apply_section<'n>(
    doc: &Document,
    notice: &'n Notice,
    wanted: Option<&str>,
    opts: &ApplyOptions,
) -> Result<(Applied, &'n Section), (Failed, Option<&'n Section>)> {
    let error =
        |kind, pos, message| ApplyError { kind, instruction: String::new(), pos, path: None, message, candidate: None };
    let section = find_section(notice, doc, wanted).map_err(|message| {
        (Failed { errors: vec![error(ErrorKind::NoSection, Default::default(), message)], warnings: Vec::new() }, None)
    })?;
    // a sentence of this document's section that cannot be read stops it; one of another
    // document's section does not
    let unreadable: Vec<ApplyError> = notice
        .diagnostics_for(section, false)
        .into_iter()
        .filter(|x| x.severity == crate::notice::Severity::Error)
        .map(|x| error(ErrorKind::Unsupported, x.pos, format!("the notice cannot be read here: {}", x.message)))
        .collect();
    if !unreadable.is_empty() {
        return Err((Failed { errors: unreadable, warnings: Vec::new() }, Some(section)));
    }
    apply(doc, notice, section, opts).map(|a| (a, section)).map_err(|f| (f, Some(section)))
}
