//! Subcommands. Exit codes: 0 success (documents identical), 1 differences found, 2 error.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod diff;
mod parse;

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
    /// Parse a document into its clause tree (编/章/节/条/款/项/目, 一、（一）1.（1）①, 责任单位, 附件).
    Parse(parse::Args),
    /// Compare two versions clause by clause (renumbering-aware): text, unified, JSON Lines, or the
    /// 新旧对照表 in Markdown or HTML.
    Diff(diff::Args),
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
        Command::Diff(args) => diff::run(args),
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
