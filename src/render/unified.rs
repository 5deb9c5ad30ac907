//! `amend diff --format unified`: like `diff -u`, but one hunk per changed unit, headed by its path
//! (`@@ -第十条 +第十三条 @@ modified`) instead of line numbers. Inside a hunk the unit's lines (its
//! number on the first one) are diffed line by line. Renumbered-only units are a header without lines
//! (their text is unchanged), unless `--context` asks for unchanged text.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};
use similar::{Algorithm, DiffTag, capture_diff_slices};

use super::DiffReport;
use crate::diff::{ChangeKind, ClauseChange};

/// The unified report; `color` paints `-` lines red, `+` lines green and hunk headers cyan.
pub fn unified(report: &DiffReport, color: bool) -> String {
    let paint = |style: Style, s: &str| if color { format!("{style}{s}{style:#}") } else { s.to_string() };
    let red = Style::new().fg_color(Some(AnsiColor::Red.into()));
    let green = Style::new().fg_color(Some(AnsiColor::Green.into()));
    let cyan = Style::new().fg_color(Some(AnsiColor::Cyan.into()));
    let bold = Style::new().bold();
    let mut out = String::new();
    if report.diff.is_same() && !report.context {
        return out;
    }
    let _ = writeln!(out, "{}", paint(bold, &format!("--- {}", report.old_name)));
    let _ = writeln!(out, "{}", paint(bold, &format!("+++ {}", report.new_name)));
    for c in report.shown() {
        let _ = writeln!(out, "{}", paint(cyan, &hunk_header(c)));
        if c.change == ChangeKind::Renumbered && !report.context {
            continue;
        }
        let old = c.old.as_ref().map(|s| s.display()).unwrap_or_default();
        let new = c.new.as_ref().map(|s| s.display()).unwrap_or_default();
        let old_lines: Vec<&str> = if c.old.is_some() { old.split('\n').collect() } else { Vec::new() };
        let new_lines: Vec<&str> = if c.new.is_some() { new.split('\n').collect() } else { Vec::new() };
        for op in capture_diff_slices(Algorithm::Myers, &old_lines, &new_lines) {
            match op.tag() {
                DiffTag::Equal => {
                    for l in &old_lines[op.old_range()] {
                        let _ = writeln!(out, " {l}");
                    }
                }
                _ => {
                    for l in &old_lines[op.old_range()] {
                        let _ = writeln!(out, "{}", paint(red, &format!("-{l}")));
                    }
                    for l in &new_lines[op.new_range()] {
                        let _ = writeln!(out, "{}", paint(green, &format!("+{l}")));
                    }
                }
            }
        }
    }
    out
}

/// `@@ -第十条 +第十三条 @@ modified`, `@@ +第五条 @@ inserted`, `@@ -第十条 @@ deleted`.
fn hunk_header(c: &ClauseChange) -> String {
    let mut sides = Vec::new();
    if let Some(o) = &c.old {
        sides.push(format!("-{}", o.path));
    }
    if let Some(n) = &c.new {
        sides.push(format!("+{}", n.path));
    }
    let unit = match c.unit {
        crate::diff::UnitKind::Clause => String::new(),
        u => format!(" ({})", u.name()),
    };
    let by = c.instruction.as_ref().map(|i| format!(" [{i}]")).unwrap_or_default();
    format!("@@ {} @@ {}{unit}{by}", sides.join(" "), c.kind_name())
}
