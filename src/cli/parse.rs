//! `amend parse FILE [--format outline|json]`.

use std::path::PathBuf;

use amend::text::decode::EncodingChoice;

use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// The document: plain text or Markdown (UTF-8 with or without BOM, GB18030/GBK or UTF-16 with BOM), or a Word
    /// .docx (recognised by its content).
    file: PathBuf,
    /// `outline`: one line per node (path, kind, start of its text); `json`: the whole tree.
    #[arg(long, value_enum, default_value_t = Format::Outline)]
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
    Outline,
    Json,
}

pub fn run(args: Args) -> amend::Result<Outcome> {
    let input = super::read_input(&args.file, args.encoding)?;
    let doc = amend::document::parse_shared(input.into_text());
    let text = match args.format {
        Format::Outline => amend::render::outline::outline(&doc),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&doc).map_err(|e| amend::Error::Message(e.to_string()))?;
            s.push('\n');
            s
        }
    };
    super::emit(&text, args.output.as_deref(), &[&args.file])?;
    Ok(Outcome::Ok)
}
