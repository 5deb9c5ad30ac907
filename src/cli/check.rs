//! `amend check [CASE_DIR] [--format text|json] [--page]`.

use std::path::PathBuf;

use amend::check::{self, Folder, Loaded};

use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// A case folder: `case.toml` (notice, and per document its original, published text, section and
    /// instructions to skip with a reason; or a chain: `base` and `[[steps]]`, each with its
    /// decision and optional published version), or a real-laws folder (old.md, decision.md,
    /// new.md, case.json). Without it, the Fujian 2020 case compiled into amend is checked.
    case_dir: Option<PathBuf>,
    /// `text`: a verdict per document and a line per instruction; `json`: the whole report.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Also confirm the regenerated text against the raw published page named in case.toml.
    #[arg(long)]
    page: bool,
    /// Write the report to this file (atomically) instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(args: Args) -> amend::Result<Outcome> {
    let loaded = match &args.case_dir {
        Some(dir) => check::open(&Folder(dir.clone()))?,
        None => check::open(&check::fujian())?,
    };
    let report = match &loaded {
        Loaded::Consolidation(case) => {
            super::print_input_notes(&case.notice);
            for d in &case.documents {
                super::print_input_notes(&d.original);
                super::print_input_notes(&d.published);
            }
            if args.page && case.page.is_none() {
                return Err(amend::Error::Message(
                    "--page: the case names no published page (page = … in case.toml)".into(),
                ));
            }
            let report = check::check(case, args.page);
            if !report.notice_diagnostics.is_empty() {
                super::print_diagnostics(&case.notice.path, case.notice.text(), &report.notice_diagnostics);
            }
            report
        }
        Loaded::Chain(chain) => {
            if args.page {
                return Err(amend::Error::Message("--page: a chain case has no published page".into()));
            }
            check::chain::check(chain)
        }
    };
    let text = match args.format {
        Format::Text => amend::render::check::text(&report),
        Format::Json => amend::render::check::json(&report),
    };
    let inputs: Vec<&std::path::Path> = args.case_dir.iter().map(|p| p.as_path()).collect();
    super::emit(&text, args.output.as_deref(), &inputs)?;
    if report.has_errors() {
        return Err(amend::Error::Message("the case could not be regenerated (see the errors above)".into()));
    }
    Ok(if report.differs() { Outcome::Differences } else { Outcome::Ok })
}
