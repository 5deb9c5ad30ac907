//! `amend check`: a verdict per document, a line per instruction, the differing clauses, and the
//! page confirmation.

use std::fmt::Write;

use crate::check::{CaseReport, Verdict};
use crate::diff::ClauseChange;
use crate::render::explain;

fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Identical => "identical",
        Verdict::Formatting => "identical up to formatting",
        Verdict::Differs => "DIFFERS",
        Verdict::Error => "ERROR",
        Verdict::Unpublished => "produced (no published text to compare with)",
    }
}

fn clause(out: &mut String, c: &ClauseChange, label: &str) {
    let side = c.side();
    let number = side.number.as_deref().unwrap_or("");
    let _ = writeln!(out, "    {label} {} {} ({})", side.path, number, c.kind_name());
    match (&c.old, &c.new) {
        (Some(o), Some(n)) => {
            for e in c.edits.iter().filter(|e| label != "diff" || !e.formatting).take(8) {
                let _ = writeln!(
                    out,
                    "      regenerated: …{}【{}】{}…\n      published:   …{}【{}】{}…",
                    e.before, e.old, e.after, e.before, e.new, e.after
                );
            }
            if c.edits.is_empty() {
                let _ = writeln!(out, "      regenerated: {}\n      published:   {}", o.display(), n.display());
            }
        }
        (Some(o), None) => {
            let _ =
                writeln!(out, "      only in the regenerated text: {}", crate::render::outline::snippet(&o.display()));
        }
        (None, Some(n)) => {
            let _ =
                writeln!(out, "      only in the published text: {}", crate::render::outline::snippet(&n.display()));
        }
        (None, None) => {}
    }
}

/// The report as text.
pub fn text(r: &CaseReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "case: {}", r.case);
    for d in &r.documents {
        let _ = writeln!(out, "{}  《{}》  {}", d.name, d.section.as_deref().unwrap_or("?"), verdict(d.verdict));
        out.push_str(&explain::reports(&d.instructions));
        for w in &d.warnings {
            let _ = writeln!(out, "  warning: {w}");
        }
        for e in &d.errors {
            let _ = writeln!(out, "  error: {e}");
        }
        for c in &d.differences {
            clause(&mut out, c, "diff");
        }
        if !d.formatting.is_empty() {
            let paths: Vec<&str> = d.formatting.iter().map(|c| c.side().path.as_str()).collect();
            let _ = writeln!(out, "  formatting only ({}): {}", paths.len(), shorten_list(&paths));
        }
        if !d.metadata.is_empty() {
            let _ = writeln!(out, "  metadata differs ({} line(s) of the header block)", d.metadata.len());
        }
    }
    let (applied, skipped, failed) = r.instruction_counts();
    let identical = r.documents.iter().filter(|d| d.verdict == Verdict::Identical).count();
    let formatting = r.documents.iter().filter(|d| d.verdict == Verdict::Formatting).count();
    let n = r.documents.len();
    let mut docs = format!("{identical}/{n} documents identical");
    if formatting > 0 {
        docs.push_str(&format!(", {formatting}/{n} identical up to formatting"));
    }
    let unpublished = r.documents.iter().filter(|d| d.verdict == Verdict::Unpublished).count();
    if unpublished > 0 {
        docs.push_str(&format!(", {unpublished}/{n} produced without a published text"));
    }
    let _ = writeln!(out, "instructions: {applied} applied, {skipped} skipped, {failed} failed; {docs}");
    if let Some(p) = &r.page {
        let _ = writeln!(
            out,
            "page: {}/{} sentences of the regenerated text found in the published page ({:.1}%)",
            p.confirmed,
            p.sentences,
            p.share() * 100.0
        );
        for u in &p.unconfirmed {
            let _ = writeln!(out, "  not on the page: {} {}  “{}”", u.document, u.path, u.sentence);
        }
    }
    out
}

fn shorten_list(items: &[&str]) -> String {
    if items.len() <= 8 {
        items.join(", ")
    } else {
        format!("{} … {}", items[..6].join(", "), items[items.len() - 1])
    }
}

/// The report as one JSON object.
pub fn json(r: &CaseReport) -> String {
    let mut s = serde_json::to_string_pretty(r).unwrap_or_default();
    s.push('\n');
    s
}
