//! Subcommands. Exit codes: 0 success (documents identical), 1 differences found, 2 error.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod apply;
mod check;
mod derive;
mod diff;
mod history;
mod instructions;
mod parse;
mod serve;

/// Execute Chinese legal amendments: parse documents and amendment notices, apply them with
/// provenance, check the result against the published text, diff versions clause by clause.
#[derive(Parser)]
#[command(name = "amend", version, about, long_about = None, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

const EXIT_CODES: &str = "Exit codes: 0 success (for diff/check: identical), 1 differences found, 2 error.";

#[derive(Subcommand)]
enum Command {
    /// Parse a document into its clause tree (编/章/节/条/款/项/目, 一、（一）1.（1）①, 牵头/责任/配合单位, 附件).
    Parse(parse::Args),
    /// Read an amendment notice or decision into structured instructions (id, target, locators,
    /// operation, quoted texts, line:column). Sentences that fit no formula are reported (exit 2).
    Instructions(instructions::Args),
    /// Apply a notice to a document: the consolidated text, with every change explained.
    Apply(apply::Args),
    /// Regenerate every document of a case and compare it with the published text, clause by clause.
    Check(check::Args),
    /// Derive the amendment notice that turns OLD into NEW, proven by applying it (round trip).
    Derive(derive::Args),
    /// Compare two versions clause by clause (renumbering-aware): text, unified, JSON Lines, or the
    /// 新旧对照表 in Markdown or HTML.
    Diff(diff::Args),
    /// Carry a base text through its decisions in order: every version, and each clause's history
    /// (its number in every version, each change with its decision and instruction); --at DATE
    /// gives the version in force on a date.
    History(history::Args),
    /// The drafter's workbench in the browser: paste a document, write the draft notice, and see as
    /// you type the consolidated text, every problem at its line:column and the 新旧对照表; or edit
    /// the document and see the notice derive writes (serves 127.0.0.1:4747 until Ctrl-C).
    Serve(serve::Args),
}

/// What a command reports to `main`.
pub enum Outcome {
    /// Success; for comparisons: no differences.
    Ok,
    /// Differences were found (diff, check).
    Differences,
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse(args) => parse::run(args),
        Command::Instructions(args) => instructions::run(args),
        Command::Apply(args) => apply::run(args),
        Command::Check(args) => check::run(args),
        Command::Derive(args) => derive::run(args),
        Command::Diff(args) => diff::run(args),
        Command::History(args) => history::run(args),
        Command::Serve(args) => serve::run(args),
    };
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Differences) => ExitCode::from(1),
        Err(e) => {
            report_error(&e);
            ExitCode::from(2)
        }
    }
}

fn report_error(e: &amend::Error) {
    use std::io::Write;
    let mut err = anstream::stderr();
    let style = anstyle::Style::new().bold().fg_color(Some(anstyle::AnsiColor::Red.into()));
    let _ = writeln!(err, "{style}error{style:#}: {e}");
}

/// Writes `text` to `-o FILE` atomically, or to stdout.
pub fn emit(text: &str, output: Option<&std::path::Path>, inputs: &[&std::path::Path]) -> amend::Result<()> {
    use std::io::Write;
    match output {
        Some(path) => amend::io::write_atomic(path, text.as_bytes(), inputs),
        None => {
            let mut out = std::io::stdout().lock();
            // a closed pipe (amend … | head) is not an error worth reporting
            let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
            Ok(())
        }
    }
}

/// Reads an input (see [`amend::io::read_input`]) and prints on stderr what reading it did that a
/// user should know (a Word file's tracked changes accepted, its automatic numbers written out).
///
/// The text is made to live as long as the process ([`arcstr::ArcStr::leak`]): a command keeps
/// its inputs to its end anyway, and a tree holds thousands of ranges of its source, each of which
/// would otherwise count references atomically when cloned and dropped (3% of a diff of two
/// 200 KB laws; bench/pairs.sh).
pub fn read_input(
    path: &std::path::Path,
    encoding: amend::text::decode::EncodingChoice,
) -> amend::Result<amend::io::Input> {
    let input = amend::io::read_input(path, encoding)?;
    input.decoded.text.leak();
    print_input_notes(&input);
    Ok(input)
}

/// Prints an input's notes on stderr, one line each: `note: FILE: …`.
pub fn print_input_notes(input: &amend::io::Input) {
    use std::io::Write;
    let mut err = anstream::stderr();
    for n in &input.notes {
        let _ = writeln!(err, "note: {}: {n}", input.path.display());
    }
}

/// Writes a binary output (a .docx): to `output` atomically, or to stdout when it is not a terminal
/// (a Word file on a terminal is noise, and may upset it).
pub fn emit_binary(
    bytes: &[u8],
    what: &str,
    output: Option<&std::path::Path>,
    inputs: &[&std::path::Path],
) -> amend::Result<()> {
    use std::io::{IsTerminal, Write};
    match output {
        Some(path) => amend::io::write_atomic(path, bytes, inputs),
        None if std::io::stdout().is_terminal() => Err(amend::Error::Message(format!(
            "{what} is a Word file, not text for a terminal: give -o FILE.docx (or redirect stdout to a file)"
        ))),
        None => {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(bytes).and_then(|_| out.flush());
            Ok(())
        }
    }
}

/// Whether an output path asks for a Word file (its name ends in .docx, in any case).
pub fn wants_docx(output: Option<&std::path::Path>) -> bool {
    output.and_then(|p| p.extension()).is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

/// Prints a notice's diagnostics to stderr, with the notice's own lines and carets.
pub fn print_diagnostics(path: &std::path::Path, text: &str, diagnostics: &[amend::notice::Diagnostic]) {
    use std::io::{IsTerminal, Write};
    if diagnostics.is_empty() {
        return;
    }
    let color = std::io::stderr().is_terminal();
    let rendered = amend::notice::render_diagnostics(&path.display().to_string(), text, diagnostics, color);
    let _ = std::io::stderr().write_all(rendered.as_bytes());
}

/// Prints warnings to stderr.
pub fn print_warnings(warnings: &[amend::apply::Warning]) {
    for w in warnings {
        print_warning(w);
    }
}

/// Prints one warning to stderr.
pub fn print_warning(w: &dyn std::fmt::Display) {
    use std::io::Write;
    let style = anstyle::Style::new().bold().fg_color(Some(anstyle::AnsiColor::Yellow.into()));
    let _ = writeln!(anstream::stderr(), "{style}warning{style:#}: {w}");
}

/// Prints apply errors to stderr, each with the notice line it comes from.
pub fn print_apply_errors(notice_path: &std::path::Path, notice_text: &str, errors: &[amend::apply::ApplyError]) {
    use std::io::Write;
    let mut err = anstream::stderr();
    let style = anstyle::Style::new().bold().fg_color(Some(anstyle::AnsiColor::Red.into()));
    let dim = anstyle::Style::new().dimmed();
    for e in errors {
        let kind = e.kind.name();
        let _ = writeln!(err, "{style}error[{kind}]{style:#}: {}: {}", e.instruction, e.message);
        if e.pos.line > 0 {
            let line = notice_text.lines().nth(e.pos.line - 1).unwrap_or("");
            let shown: String = line.chars().skip(e.pos.column.saturating_sub(1)).take(40).collect();
            let _ = writeln!(err, "  {dim}--> {}:{}{dim:#}  {shown}…", notice_path.display(), e.pos);
        }
        if let Some(p) = &e.path {
            let _ = writeln!(err, "  {dim}in the document at {p}{dim:#}");
        }
        if let Some(c) = &e.candidate {
            let _ = writeln!(err, "  nearest in {}: “{}” (similarity {:.2})", c.path, c.text, c.similarity);
        }
    }
}
