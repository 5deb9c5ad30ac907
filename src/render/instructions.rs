//! `amend instructions`: the instructions of a notice as text lines or JSON Lines.

use std::fmt::Write;

use serde_json::json;

use crate::notice::{Instruction, Notice, Op};
use crate::render::outline::snippet;

/// One line per instruction: id, target, locators, operation, quoted texts (shortened).
pub fn text(notice: &Notice) -> String {
    let mut out = String::new();
    for ins in notice.instructions() {
        let target = ins.section.as_deref().map_or("（全部）".to_string(), |t| format!("《{}》", short(t, 14)));
        let locators = ins.locators().join("、");
        let _ = writeln!(out, "{}  {}  {}  {}  {}", ins.id, target, locators, op_summary(ins), quoted_summary(ins));
    }
    out
}

fn short(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out
}

/// `rename×6+merge_units`: op names with repeat counts.
fn op_summary(ins: &Instruction) -> String {
    let mut parts: Vec<(String, usize)> = Vec::new();
    for o in &ins.ops {
        let n = o.op.name().to_string();
        match parts.last_mut() {
            Some((last, k)) if *last == n => *k += 1,
            _ => parts.push((n, 1)),
        }
    }
    parts.iter().map(|(n, k)| if *k > 1 { format!("{n}×{k}") } else { n.clone() }).collect::<Vec<_>>().join("+")
}

fn quoted_summary(ins: &Instruction) -> String {
    let q = |s: &str| format!("“{}”", snippet_n(s, 12));
    ins.ops
        .iter()
        .map(|o| (o.counted(), o))
        .map(|(count, o)| match &o.op {
            Op::ReplaceText { from, to } | Op::Rename { from, to } => format!("{count}{}→{}", q(from), q(to)),
            Op::MergeUnits { units, into } => {
                format!("{}→{}", units.iter().map(|u| q(u)).collect::<String>(), q(into))
            }
            Op::ExtendValidity { until } => format!("有效期至{until}"),
            // where a unit goes: beside another, or to a place named by final numbers
            Op::Relocate { place, position } => {
                let side = if *position == crate::notice::Position::Before { "之前" } else { "之后" };
                format!("→{}{side}", place.written)
            }
            Op::Move { dest } => format!("→{}", dest.iter().map(ToString::to_string).collect::<String>()),
            Op::Fold { into } => format!("→{}", into.written),
            _ => count + &o.quoted.iter().map(|x| q(&x.text)).collect::<Vec<_>>().join(""),
        })
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn snippet_n(s: &str, n: usize) -> String {
    let s = snippet(s);
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out.replace("……", "…")
}

/// JSON Lines: one object per instruction.
pub fn json_lines(notice: &Notice) -> String {
    let mut out = String::new();
    for ins in notice.instructions() {
        let v = json!({
            "id": ins.id,
            "section": ins.section,
            "op": ins.op_name(),
            "locators": ins.locators(),
            "quoted": ins.quoted(),
            "line": ins.pos.line,
            "column": ins.pos.column,
            "akn": ins.ops.iter().map(|o| o.op.akn_type()).collect::<Vec<_>>(),
            "operations": ins.ops,
        });
        let _ = writeln!(out, "{v}");
    }
    out
}
