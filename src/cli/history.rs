//! `amend history BASE DECISION... [-o DIR] [--format text|json|html] [--at DATE] [--date DATE]...
//! [--section ID]... [--base-date DATE]`: carries a base text through its decisions and writes every version and
//! the history of every clause.

use std::path::{Path, PathBuf};

use amend::history::{self, Date, Dated, DecisionDates, Step};
use amend::render::history::HistoryReport;
use amend::text::decode::EncodingChoice;

use super::Outcome;

#[derive(clap::Args)]
pub struct Args {
    /// The base text (the version before the first decision).
    base: PathBuf,
    /// The decisions that amended it. They are applied by their dates when every one carries a
    /// date (front matter, adoption or publication line, dateline), in the order given otherwise.
    /// Each one's section is found by the document's title.
    #[arg(required = true)]
    decisions: Vec<PathBuf>,
    /// Write every version (DIR/<date>.txt, .md for a Markdown base) and the history
    /// (DIR/history.txt, .jsonl or .html by --format) into this directory, created if missing;
    /// with --at, the file to write the version to. Without it the history (or the version) goes
    /// to stdout and no version is written.
    #[arg(short, long, value_name = "DIR")]
    output: Option<PathBuf>,
    /// `text`: the versions and every changed clause with its events; `json`: JSON Lines (a
    /// `history` line, a `version` line per version, a `clause` line per unit); `html`: a
    /// self-contained timeline page, a row per clause and a column per version.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Print the version in force on this date (2025-01-20) instead of the history: a decision
    /// takes effect on its 施行 date when it states one, else on its publication date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    at: Option<Date>,
    /// The date of each decision (2025-01-20), one per decision in the order given, overriding
    /// what the decision says: it orders them and is the date each takes effect.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    date: Vec<Date>,
    /// Each decision's section for this document (its number such as 十四, its title or document
    /// number), one per decision in the order given; `-` finds it by the document's title, as
    /// happens for every decision when --section is not given.
    #[arg(long, value_name = "ID")]
    section: Vec<String>,
    /// The date of the base text, when its header does not say it (or says it wrongly).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    base_date: Option<Date>,
    /// The input encoding; `auto` detects UTF-8, UTF-16 (by BOM) and GB18030.
    #[arg(long, value_enum, default_value_t = EncodingChoice::Auto)]
    encoding: EncodingChoice,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
    Html,
}

fn parse_date(s: &str) -> Result<Date, String> {
    history::dates::parse_iso(s)
}

pub fn run(args: Args) -> amend::Result<Outcome> {
    if !args.date.is_empty() && args.date.len() != args.decisions.len() {
        return Err(amend::Error::Message(format!(
            "--date is given {} time(s) for {} decision(s): give one date per decision, in the order of the decisions",
            args.date.len(),
            args.decisions.len()
        )));
    }
    if !args.section.is_empty() && args.section.len() != args.decisions.len() {
        return Err(amend::Error::Message(format!(
            "--section is given {} time(s) for {} decision(s): give one per decision, in the order of the decisions (- for the one found by title)",
            args.section.len(),
            args.decisions.len()
        )));
    }
    let base_in = super::read_input(&args.base, args.encoding)?;
    let decisions: Vec<amend::io::Input> =
        args.decisions.iter().map(|p| super::read_input(p, args.encoding)).collect::<Result<_, _>>()?;
    let notices: Vec<amend::notice::Notice> = decisions.iter().map(|d| amend::notice::parse(d.text())).collect();
    let dates: Vec<DecisionDates> = decisions
        .iter()
        .enumerate()
        .map(|(i, d)| match args.date.get(i) {
            Some(&date) => DecisionDates::given(date, "--date"),
            None => history::dates::of_decision(d.text()),
        })
        .collect();
    let (order, order_note) = history::order(&dates);
    let steps: Vec<Step> = order
        .iter()
        .map(|&i| Step {
            name: amend::io::file_name(&args.decisions[i]),
            notice: &notices[i],
            section: args.section.get(i).filter(|s| s.as_str() != "-").cloned(),
            skip: Vec::new(),
            dates: dates[i].clone(),
        })
        .collect();
    let base_date = match args.base_date {
        Some(date) => Some(Dated { date, source: "--base-date".into() }),
        None => history::dates::of_base(base_in.text()),
    };
    let base_doc = amend::document::parse(base_in.text());
    let h = history::carry(base_doc, base_date, &steps);
    if let Some(f) = &h.failure {
        let i = order[f.step - 1];
        // the step's own sentences that cannot be read, with their lines and carets
        super::print_apply_errors(&args.decisions[i], decisions[i].text(), &f.errors);
        super::print_warnings(&f.warnings);
        return Err(amend::Error::Message(format!(
            "step {} of {} ({}{}) could not be applied ({} error(s)); nothing was written",
            f.step,
            f.of,
            f.decision,
            f.section.as_deref().map_or(String::new(), |s| format!(", section 《{s}》")),
            f.errors.len()
        )));
    }
    for w in &h.warnings {
        super::print_warning(w);
    }
    let mut inputs: Vec<&Path> = vec![&args.base];
    inputs.extend(args.decisions.iter().map(PathBuf::as_path));
    if let Some(date) = args.at {
        let found = h.in_force(date).map_err(amend::Error::Message)?;
        eprintln!("{order_note}; in force on {date}: {}", found.reason);
        let text = base_in.decoded.restore_line_endings(&found.version.text);
        super::emit(&text, args.output.as_deref(), &inputs)?;
        return Ok(Outcome::Ok);
    }
    let report = HistoryReport { history: &h, base: &amend::io::file_name(&args.base), order: &order_note };
    let (rendered, ext) = match args.format {
        Format::Text => (amend::render::history::plain(&report), "txt"),
        Format::Json => (amend::render::history::json_lines(&report), "jsonl"),
        Format::Html => (amend::render::history::html(&report), "html"),
    };
    let Some(dir) = &args.output else {
        super::emit(&rendered, None, &[])?;
        return Ok(Outcome::Ok);
    };
    if dir.exists() && !dir.is_dir() {
        return Err(amend::Error::Message(format!("{}: is a file; -o names a directory here", dir.display())));
    }
    std::fs::create_dir_all(dir).map_err(|e| amend::Error::io(dir, e))?;
    let version_ext = if args.base.extension().is_some_and(|e| e == "md") { "md" } else { "txt" };
    let texts: Vec<(PathBuf, String)> = h
        .versions
        .iter()
        .map(|v| (dir.join(format!("{}.{version_ext}", v.label)), base_in.decoded.restore_line_endings(&v.text)))
        .chain(std::iter::once((dir.join(format!("history.{ext}")), rendered)))
        .collect();
    let files: Vec<(&Path, &[u8])> = texts.iter().map(|(p, t)| (p.as_path(), t.as_bytes())).collect();
    amend::io::write_all_atomic(&files, &inputs)?;
    for (p, _) in &texts {
        eprintln!("wrote {}", p.display());
    }
    Ok(Outcome::Ok)
}
