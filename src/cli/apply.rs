//! `amend apply NOTICE DOCUMENT [--section ID] [-o FILE] [--explain] [--strict] [--skip ID]...`.

use std::path::PathBuf;

use amend::apply::{ApplyOptions, Skip};
use amend::text::decode::EncodingChoice;

use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// The amendment notice or decision.
    notice: PathBuf,
    /// The document to amend (its original version).
    document: PathBuf,
    /// The notice's section for this document (its number such as 一, its title or its document
    /// number); found by the document's title when not given.
    #[arg(long)]
    section: Option<String>,
    /// Write the consolidated text to this file (atomically) instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// List every change with the instruction that made it (to stderr when the text goes to stdout).
    #[arg(long)]
    explain: bool,
    /// A whole-text renaming (or a unit to delete) that occurs nowhere is an error, not a warning.
    #[arg(long)]
    strict: bool,
    /// Leave out an instruction (by its id, e.g. 四（二）); may be repeated.
    #[arg(long, value_name = "ID")]
    skip: Vec<String>,
    /// The input encoding; `auto` detects UTF-8, UTF-16 (by BOM) and GB18030.
    #[arg(long, value_enum, default_value_t = EncodingChoice::Auto)]
    encoding: EncodingChoice,
}

pub fn run(args: Args) -> amend::Result<Outcome> {
    let notice_in = super::read_input(&args.notice, args.encoding)?;
    let doc_in = super::read_input(&args.document, args.encoding)?;
    let notice = amend::notice::parse(notice_in.text());
    let doc = amend::document::parse(doc_in.text());
    let section = match amend::apply::find_section(&notice, &doc, args.section.as_deref()) {
        Ok(s) => s,
        Err(m) => {
            // NOTICE DOCUMENT given the other way round: the "notice" has no section, the "document"
            // reads as one
            if notice.sections.is_empty() && !amend::notice::parse(doc_in.text()).sections.is_empty() {
                return Err(amend::Error::Message(format!(
                    "{} holds no amendment instructions, and {} does: the notice comes first (amend apply NOTICE DOCUMENT)",
                    args.notice.display(),
                    args.document.display()
                )));
            }
            super::print_diagnostics(&args.notice, notice_in.text(), &notice.diagnostics);
            // a notice with no instructions is the notice's fault; no section for the document, the document's
            let at = if notice.sections.is_empty() { &args.notice } else { &args.document };
            return Err(amend::Error::Message(format!("{}: {m}", at.display())));
        }
    };
    // what cannot be read in another document's section is a warning here (an error with --strict)
    let diagnostics = notice.diagnostics_for(section, args.strict);
    super::print_diagnostics(&args.notice, notice_in.text(), &diagnostics);
    if diagnostics.iter().any(|d| d.severity == amend::notice::Severity::Error) {
        return Err(amend::Error::Message(format!(
            "{}: the notice has sentences that cannot be read",
            args.notice.display()
        )));
    }
    let opts = ApplyOptions {
        strict: args.strict,
        skip: args.skip.iter().map(|id| Skip { id: id.clone(), reason: "--skip on the command line".into() }).collect(),
    };
    match amend::apply::apply(&doc, &notice, section, &opts) {
        Ok(applied) => {
            super::print_warnings(&applied.warnings);
            if args.explain {
                let text = amend::render::explain::changes(&applied);
                if args.output.is_some() {
                    super::emit(&text, None, &[])?;
                } else {
                    eprint!("{text}");
                }
            }
            if super::wants_docx(args.output.as_deref()) {
                // -o out.docx: the consolidated text as Word paragraphs
                let bytes = amend::render::docx::consolidated(&amend::document::parse(&applied.text));
                super::emit_binary(
                    &bytes,
                    "the consolidated text",
                    args.output.as_deref(),
                    &[&args.notice, &args.document],
                )?;
                return Ok(Outcome::Ok);
            }
            let out = doc_in.decoded.restore_line_endings(&applied.text);
            super::emit(&out, args.output.as_deref(), &[&args.notice, &args.document])?;
            Ok(Outcome::Ok)
        }
        Err(failed) => {
            super::print_warnings(&failed.warnings);
            super::print_apply_errors(&args.notice, notice_in.text(), &failed.errors);
            Err(amend::Error::Message(format!("{} error(s); nothing was written", failed.errors.len())))
        }
    }
}
