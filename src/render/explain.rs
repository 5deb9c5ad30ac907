//! `--explain`: every change with the instruction that made it, and the report per instruction.

use std::fmt::Write;

use crate::apply::{Applied, Change, InstructionReport, Status};

/// A window of a line around a byte range, with the range marked 【…】.
pub fn window(line: &str, r: std::ops::Range<usize>, context: usize) -> String {
    let r = r.start.min(line.len())..r.end.min(line.len());
    let before: String = line[..r.start].chars().rev().take(context).collect::<Vec<_>>().into_iter().rev().collect();
    let after: String = line[r.end..].chars().take(context).collect();
    let lead = if before.chars().count() < line[..r.start].chars().count() { "…" } else { "" };
    let tail = if after.chars().count() < line[r.end..].chars().count() { "…" } else { "" };
    format!("{lead}{before}【{}】{after}{tail}", &line[r])
}

fn change_line(c: &Change) -> String {
    if c.before.is_empty() {
        return format!("{}  {}  {}  + “{}”", c.instruction, c.op, c.path, crate::render::outline::snippet(&c.after));
    }
    if c.after.is_empty() {
        return format!("{}  {}  {}  − “{}”", c.instruction, c.op, c.path, crate::render::outline::snippet(&c.before));
    }
    format!(
        "{}  {}  {}  {} → {}",
        c.instruction,
        c.op,
        c.path,
        window(&c.before, c.range.clone(), 8),
        window(&c.after, c.new_range.clone(), 8)
    )
}

/// Every change, one per line.
pub fn changes(applied: &Applied) -> String {
    let mut out = String::new();
    for c in &applied.changes {
        let _ = writeln!(out, "{}", change_line(c));
    }
    out
}

/// One line per instruction: applied (with what each operation did), skipped (with why), failed.
pub fn reports(reports: &[InstructionReport]) -> String {
    let mut out = String::new();
    for r in reports {
        match &r.status {
            Status::Applied => {
                let ops: Vec<&str> = r.ops.iter().map(|o| o.summary.as_str()).collect();
                let _ = writeln!(out, "  {}  applied  {}", r.id, ops.join("；"));
            }
            Status::Skipped { reason } => {
                let _ = writeln!(out, "  {}  skipped  {reason}", r.id);
            }
            Status::Failed => {
                let _ = writeln!(out, "  {}  FAILED", r.id);
            }
        }
    }
    out
}
