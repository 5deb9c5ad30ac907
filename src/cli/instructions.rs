//! `amend instructions NOTICE [--format text|json]`.

use std::path::PathBuf;

use amend::text::decode::EncodingChoice;

use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// The amendment notice or decision (plain text, Markdown or a Word .docx).
    notice: PathBuf,
    /// `text`: one line per instruction (id, target, locators, operation, quoted texts);
    /// `json`: JSON Lines, one object per instruction.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
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
    Json,
}

pub fn run(args: Args) -> amend::Result<Outcome> {
    let input = super::read_input(&args.notice, args.encoding)?;
    let notice = amend::notice::parse(input.text());
    super::print_diagnostics(&args.notice, input.text(), &notice.diagnostics);
    let errors = notice.errors().count();
    if errors > 0 {
        return Err(amend::Error::Message(format!(
            "{}: {errors} sentence(s) could not be read; nothing was written",
            args.notice.display()
        )));
    }
    let text = match args.format {
        Format::Text => amend::render::instructions::text(&notice),
        Format::Json => amend::render::instructions::json_lines(&notice),
    };
    super::emit(&text, args.output.as_deref(), &[&args.notice])?;
    Ok(Outcome::Ok)
}
