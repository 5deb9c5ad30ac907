//! `amend derive OLD NEW [--style notice|decision] [--title TEXT] [-o FILE]`.

use std::path::PathBuf;

use amend::derive::{DeriveOptions, Style};
use amend::text::decode::EncodingChoice;

use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// The version before the amendment.
    old: PathBuf,
    /// The version after it.
    new: PathBuf,
    /// `notice` (policy documents: 将第X项中的“A”修改为“B”) or `decision` (laws: 将第X条修改为：“…”);
    /// chosen from the document when not given.
    #[arg(long, value_enum)]
    style: Option<Style>,
    /// The amended document's title, as the notice names it (the old version's title by default).
    #[arg(long)]
    title: Option<String>,
    /// Also write instructions for differences of formatting only (full/half-width forms, quote
    /// styles, spaces), so that the round trip holds byte for byte; by default the notice leaves
    /// them out, as a drafter does, and says so.
    #[arg(long)]
    keep_formatting: bool,
    /// Write the notice to this file (atomically) instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// The input encoding; `auto` detects UTF-8, UTF-16 (by BOM) and GB18030.
    #[arg(long, value_enum, default_value_t = EncodingChoice::Auto)]
    encoding: EncodingChoice,
}

pub fn run(args: Args) -> amend::Result<Outcome> {
    let old_in = super::read_input(&args.old, args.encoding)?;
    let new_in = super::read_input(&args.new, args.encoding)?;
    let old = amend::document::parse_shared(old_in.into_text());
    let new = amend::document::parse_shared(new_in.into_text());
    let opts = DeriveOptions { style: args.style, title: args.title.clone(), keep_formatting: args.keep_formatting };
    let derived = amend::derive::derive(&old, &new, &opts).map_err(amend::Error::Message)?;
    if derived.instructions == 0 {
        // a notice that amends nothing is no draft: say so and write nothing
        let only = match (derived.metadata_left_out, derived.formatting_left_out.is_empty()) {
            (false, true) => "",
            (true, true) => {
                " except in their header's metadata (Markdown metadata block, history notes, document number)"
            }
            (false, false) => " except in formatting (full/half-width forms, quote styles, spaces, blank lines)",
            (true, false) => {
                " except in their header's metadata (Markdown metadata block, history notes, document number) and in formatting (full/half-width forms, quote styles, spaces, blank lines)"
            }
        };
        eprintln!(
            "{} and {} do not differ{only}: there is nothing to amend, and no notice is written",
            args.old.display(),
            args.new.display()
        );
        return Ok(Outcome::Ok);
    }
    if derived.invisible_lines_left_out {
        eprintln!(
            "note: the new version has lines of zero-width spaces; no notice can write them, so the round trip leaves them out (the notice says so)"
        );
    }
    if derived.metadata_left_out {
        eprintln!(
            "note: the header's metadata (the Markdown metadata block up to <!-- INFO END -->, the history notes 题注 under the title, the document number 文号) differs; no decision amends it, so the notice leaves it out and says so"
        );
    }
    if !derived.formatting_left_out.is_empty() {
        eprintln!(
            "note: {} unit(s) differ in formatting only (full/half-width forms, quote styles, spaces, blank lines), which a drafter leaves out; the notice says so, and --keep-formatting writes them too: {}",
            derived.formatting_left_out.len(),
            listed(&derived.formatting_left_out)
        );
    }
    let apart = if derived.metadata_left_out || derived.invisible_lines_left_out {
        ", apart from what the notes above leave out"
    } else {
        ""
    };
    let how = if derived.formatting_left_out.is_empty() { "exactly" } else { "up to formatting" };
    eprintln!(
        "derived {} instruction(s); applying them to {} gives {} {how}{apart}",
        derived.instructions,
        args.old.display(),
        args.new.display()
    );
    super::emit(&derived.text, args.output.as_deref(), &[&args.old, &args.new])?;
    Ok(Outcome::Ok)
}

/// Unit names for a note: the first ten, and how many more.
fn listed(units: &[String]) -> String {
    const SHOWN: usize = 10;
    let mut s = units.iter().take(SHOWN).map(String::as_str).collect::<Vec<_>>().join(", ");
    if units.len() > SHOWN {
        s.push_str(&format!(" and {} more", units.len() - SHOWN));
    }
    s
}
