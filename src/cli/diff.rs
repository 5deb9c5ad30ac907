//! `amend diff OLD NEW [--format text|unified|json|markdown|html|docx] [--color auto|always|never]
//! [--context] [--notice FILE [--section ID]] [-o FILE]`: clause-level diff; exit 0 when the documents
//! are the same, 1 when they differ, 2 on error.

use std::path::{Path, PathBuf};

use amend::apply::{ApplyOptions, Skip};
use amend::diff::units::units;
use amend::diff::{DiffOptions, diff_units};
use amend::render::DiffReport;
use amend::text::decode::EncodingChoice;

use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// The old version (plain text, Markdown or a Word .docx).
    old: PathBuf,
    /// The new version.
    new: PathBuf,
    /// `text`: for a terminal; `unified`: like diff -u, one hunk per changed clause; `json`: JSON Lines,
    /// one object per change and a summary line; `markdown`: the 新旧对照表 as a table; `html`: the
    /// 新旧对照表 as one self-contained page; `docx`: the 新旧对照表 as a Word table (with -o, or
    /// stdout redirected to a file).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Colour the text and unified formats: `auto` colours a terminal (and honours NO_COLOR).
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto)]
    color: ColorWhen,
    /// Show unchanged clauses too.
    #[arg(long)]
    context: bool,
    /// The amendment notice or decision that made NEW from OLD: each change is linked to the
    /// instruction that caused it (the notice is applied to OLD to find out).
    #[arg(long, value_name = "FILE")]
    notice: Option<PathBuf>,
    /// The notice's section for this document (its number such as 一, its title or its document
    /// number); found by the document's title when not given.
    #[arg(long, value_name = "ID", requires = "notice")]
    section: Option<String>,
    /// Leave out an instruction of the notice (by its id, e.g. 四（二）); may be repeated.
    #[arg(long, value_name = "ID", requires = "notice")]
    skip: Vec<String>,
    /// The input encoding; `auto` detects UTF-8, UTF-16 (by BOM) and GB18030.
    #[arg(long, value_enum, default_value_t = EncodingChoice::Auto)]
    encoding: EncodingChoice,
    /// Write the output to this file (atomically) instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Unified,
    Json,
    Markdown,
    Html,
    Docx,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

fn parse(path: &Path, encoding: EncodingChoice) -> amend::Result<amend::document::Document> {
    let input = super::read_input(path, encoding)?;
    Ok(amend::document::parse_shared(input.into_text()))
}

/// Links the changes to the notice's instructions. A notice that cannot be read, or has no section
/// for the document, is an error; one that does not apply cleanly leaves the changes unlinked, with
/// a warning and its errors on stderr.
fn link(
    diff: &mut amend::diff::DocumentDiff,
    path: &Path,
    section: Option<&str>,
    old: &amend::document::Document,
    args: &Args,
) -> amend::Result<()> {
    let input = super::read_input(path, args.encoding)?;
    let notice = amend::notice::parse(input.text());
    if notice.errors().count() > 0 {
        super::print_diagnostics(path, input.text(), &notice.diagnostics);
        return Err(amend::Error::Message(format!("{}: the notice has sentences that cannot be read", path.display())));
    }
    let section = amend::apply::find_section(&notice, old, section).map_err(|m| {
        let at = if notice.sections.is_empty() { path } else { &args.old };
        amend::Error::Message(format!("{}: {m}", at.display()))
    })?;
    let skip =
        args.skip.iter().map(|id| Skip { id: id.clone(), reason: "--skip on the command line".into() }).collect();
    match amend::apply::apply(old, &notice, section, &ApplyOptions { strict: false, skip }) {
        Ok(applied) => amend::diff::link_instructions(diff, &applied.changes),
        Err(failed) => {
            super::print_apply_errors(path, input.text(), &failed.errors);
            use std::io::Write;
            let style = anstyle::Style::new().bold().fg_color(Some(anstyle::AnsiColor::Yellow.into()));
            let _ = writeln!(
                anstream::stderr(),
                "{style}warning{style:#}: the notice does not apply cleanly to {} ({} errors): changes are not linked to instructions",
                args.old.display(),
                failed.errors.len()
            );
        }
    }
    Ok(())
}

/// From this combined size of the inputs on, they are parsed on two threads (measured with
/// bench/diff.sh: 1.1 ms slower on the 425 KB Criminal Law pair, 28 ms faster on its 4 MB 10x pair).
const PARALLEL_PARSE_BYTES: u64 = 1 << 20;

pub fn run(args: Args) -> amend::Result<Outcome> {
    // large inputs are read and parsed side by side; for small ones (a law is a few hundred KB) a
    // second thread costs more than it saves
    let size = |p: &Path| std::fs::metadata(p).map_or(0, |m| m.len());
    let parallel = size(&args.old) + size(&args.new) >= PARALLEL_PARSE_BYTES;
    // the diff needs the trees only for their units: without a notice to apply, each tree is dropped
    // once its units are taken, so that one tree is held at a time (the units share the sources)
    let (units, old, title) = if parallel || args.notice.is_some() {
        let (old, new) = if parallel {
            std::thread::scope(|s| {
                let old = s.spawn(|| parse(&args.old, args.encoding));
                let new = parse(&args.new, args.encoding);
                (old.join().expect("the parser does not panic"), new)
            })
        } else {
            (parse(&args.old, args.encoding), parse(&args.new, args.encoding))
        };
        let (old, new) = (old?, new?);
        let title = new.title().or(old.title()).map(str::to_string);
        let units = (units(&old), units(&new));
        // the new tree is not needed once its units are taken; the old one is, for the notice
        drop(new);
        (units, Some(old), title)
    } else {
        let old = parse(&args.old, args.encoding)?;
        let (old_units, old_title) = (units(&old), old.title().map(str::to_string));
        drop(old);
        let new = parse(&args.new, args.encoding)?;
        let (new_units, title) = (units(&new), new.title().map(str::to_string).or(old_title));
        drop(new);
        ((old_units, new_units), None, title)
    };
    let mut diff = diff_units(units.0, units.1, &DiffOptions::default(), &[]);
    if let (Some(notice), Some(old)) = (&args.notice, &old) {
        link(&mut diff, notice, args.section.as_deref(), old, &args)?;
    }
    let old_name = args.old.display().to_string();
    let new_name = args.new.display().to_string();
    let report = DiffReport {
        diff: &diff,
        old_name: &old_name,
        new_name: &new_name,
        title: title.as_deref(),
        context: args.context,
    };
    let color = match args.color {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            args.output.is_none() && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
        }
    };
    let text = match args.format {
        Format::Text => amend::render::text::text(&report, color),
        Format::Unified => amend::render::unified::unified(&report, color),
        Format::Json => amend::render::json::json(&report),
        Format::Markdown => amend::render::markdown::markdown(&report),
        Format::Html => amend::render::html::html(&report),
        Format::Docx => {
            let bytes = amend::render::docx::comparison(&report);
            let what = "the 新旧对照表 (--format docx)";
            super::emit_binary(&bytes, what, args.output.as_deref(), &[&args.old, &args.new])?;
            String::new()
        }
    };
    if !matches!(args.format, Format::Docx) {
        super::emit(&text, args.output.as_deref(), &[&args.old, &args.new])?;
    }
    let outcome = if diff.is_same() { Outcome::Ok } else { Outcome::Differences };
    // the process ends here: freeing two document trees and the diff one node at a time would take
    // as long as building the diff (a third of the run on a 2 MB pair), and the OS frees them anyway
    std::mem::forget((old, diff, text));
    Ok(outcome)
}
