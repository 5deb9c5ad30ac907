//! `amend diff --format text`: for a terminal. One entry per changed unit: its name (with the
//! renumbering, `第十条 → 第十三条`), what happened, and its text with the edits marked — in colour
//! (deletions red, insertions green, formatting dimmed) or, without colour, as `[-deleted-]` and
//! `{+inserted+}` (git's word-diff markers). Lines of a changed unit that did not change are elided
//! as `…` (shown with `--context`). Runs of renumbered-only clauses take one line.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use super::DiffReport;
use super::marks::{self, Mark, Piece};
use crate::diff::{ChangeKind, ClauseChange, UnitKind};

/// Colours, or none.
struct Palette {
    color: bool,
}

impl Palette {
    fn paint(&self, style: Style, text: &str) -> String {
        if self.color && !text.is_empty() { format!("{style}{text}{style:#}") } else { text.to_string() }
    }

    fn bold(&self, text: &str) -> String {
        self.paint(Style::new().bold(), text)
    }

    /// The change's name (`modified, moved`), in its kind's colour.
    fn change(&self, c: &ClauseChange) -> String {
        self.paint(Style::new().fg_color(Some(Self::color(c.change).into())), &c.kind_name())
    }

    fn kind(&self, kind: ChangeKind) -> String {
        self.paint(Style::new().fg_color(Some(Self::color(kind).into())), kind.name())
    }

    fn color(kind: ChangeKind) -> AnsiColor {
        match kind {
            ChangeKind::Modified => AnsiColor::Yellow,
            ChangeKind::Inserted => AnsiColor::Green,
            ChangeKind::Deleted => AnsiColor::Red,
            ChangeKind::Moved => AnsiColor::Magenta,
            ChangeKind::Renumbered => AnsiColor::Cyan,
            ChangeKind::Formatting | ChangeKind::Unchanged => AnsiColor::BrightBlack,
        }
    }

    /// A marked piece; `show_formatting`: formatting edits are marked too (else only their new text).
    fn piece(&self, (mark, text): Piece, show_formatting: bool) -> String {
        let red = Style::new().fg_color(Some(AnsiColor::Red.into()));
        let green = Style::new().fg_color(Some(AnsiColor::Green.into()));
        let dim = Style::new().dimmed();
        match (mark, self.color, show_formatting) {
            (Mark::Same, ..) => text.to_string(),
            (Mark::Deleted, true, _) => self.paint(red.strikethrough(), text),
            (Mark::Inserted, true, _) => self.paint(green.underline(), text),
            (Mark::Deleted, false, _) => format!("[-{text}-]"),
            (Mark::Inserted, false, _) => format!("{{+{text}+}}"),
            (Mark::FormatOld, _, false) => String::new(),
            (Mark::FormatNew, _, false) => text.to_string(),
            (Mark::FormatOld, true, true) => self.paint(dim.strikethrough(), text),
            (Mark::FormatNew, true, true) => self.paint(dim.underline(), text),
            (Mark::FormatOld, false, true) => format!("[-{text}-]"),
            (Mark::FormatNew, false, true) => format!("{{+{text}+}}"),
        }
    }
}

/// The text report.
pub fn text(report: &DiffReport, color: bool) -> String {
    let p = Palette { color };
    let diff = report.diff;
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.bold(&format!("--- {}", report.old_name)));
    let _ = writeln!(out, "{}", p.bold(&format!("+++ {}", report.new_name)));
    if let Some(title) = report.title {
        let _ = writeln!(out, "{title}");
    }
    for unit in UnitKind::ALL {
        let counts = diff.summary.of(unit);
        if counts != &Default::default() {
            let _ = writeln!(out, "{}: {}", plural(unit), marks::counts_english(counts));
        }
    }
    if diff.is_same() {
        let _ = writeln!(out, "\nThe documents are the same, unit by unit.");
        return out;
    }

    // runs of renumbered-only clauses take one line each (with --context every unit has its entry)
    let mut run_at: Vec<Option<std::ops::Range<usize>>> = vec![None; diff.changes.len()];
    if !report.context {
        for run in marks::renumbered_runs(diff) {
            for i in run.clone() {
                run_at[i] = Some(run.clone());
            }
        }
    }
    for (i, c) in diff.changes.iter().enumerate() {
        if !report.context && !c.is_change() {
            continue;
        }
        match &run_at[i] {
            Some(run) if run.start == i => {
                let n = if run.len() > 1 { format!(" ({})", run.len()) } else { String::new() };
                let name = marks::run_name(&diff.changes[run.clone()]);
                let _ = writeln!(out, "\n{} · {}{n}", p.bold(&name), p.kind(ChangeKind::Renumbered));
            }
            Some(_) => {}
            None => entry(&mut out, c, &p, report.context),
        }
    }
    out
}

fn plural(unit: UnitKind) -> &'static str {
    match unit {
        UnitKind::Clause => "clauses",
        UnitKind::Heading => "headings",
        UnitKind::Text => "paragraphs",
        UnitKind::Metadata => "metadata",
    }
}

fn entry(out: &mut String, c: &ClauseChange, p: &Palette, context: bool) {
    let unit = if c.unit == UnitKind::Clause { String::new() } else { format!(" · {}", c.unit.name()) };
    let by = c.instruction.as_ref().map(|i| format!(" · {i}")).unwrap_or_default();
    let _ = writeln!(out, "\n{}{unit} · {}{by}", p.bold(&marks::change_name(c)), p.change(c));
    if c.change == ChangeKind::Renumbered && !context {
        return;
    }
    // the number is shown as in the new version; the name above gives the old one
    let prefix = c.side().number.as_ref().map(|_| marks::number_prefix(c.side()).unwrap_or_default());
    let whole = c.side().display();
    let mut pieces: Vec<Piece> = Vec::new();
    match (&c.old, &c.new) {
        (Some(o), Some(n)) => {
            if let Some(prefix) = &prefix {
                pieces.push((Mark::Same, prefix.as_str()));
            }
            pieces.extend(marks::inline_pieces(&o.text, &n.text, &c.edits));
        }
        (Some(_), None) => pieces.push((Mark::Deleted, whole.as_str())),
        (None, Some(_)) => pieces.push((Mark::Inserted, whole.as_str())),
        (None, None) => return,
    }
    let show_formatting = c.change == ChangeKind::Formatting;
    // of a changed unit, the lines without changes are elided (all are shown with --context)
    let elide = !context && c.old.is_some() && c.new.is_some();
    let changed = |line: &[Piece]| {
        line.iter().any(|(m, _)| match m {
            Mark::Same => false,
            Mark::Deleted | Mark::Inserted => true,
            Mark::FormatOld | Mark::FormatNew => show_formatting,
        })
    };
    let mut elided = false;
    for line in marks::lines(&pieces) {
        if elide && !changed(&line) {
            if !elided {
                out.push_str("  …\n");
            }
            elided = true;
            continue;
        }
        elided = false;
        let s: String = line.into_iter().map(|piece| p.piece(piece, show_formatting)).collect();
        let _ = writeln!(out, "  {s}");
    }
}
