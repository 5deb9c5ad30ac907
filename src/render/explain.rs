//! `--explain`: every change with the instruction that made it, and the report per instruction.

use std::fmt::Write;

use crate::apply::{Applied, Change, InstructionReport, Status};
use crate::text::window;

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
