//! A document's term of validity extended (将有效期延长至2025年12月31日): policy documents state it
//! once (本措施自印发之日起施行，有效期至2020年12月31日), and the decision gives the new date only.
//! The date after the one 有效期至 is replaced; none, or several, is an error that shows them.

use super::super::exec::{Engine, OpResult, q};
use super::super::model::{ErrorKind, OpReport};
use super::super::textops::Hit;
use crate::notice::{Instruction, Operation};

/// The date after 有效期至 at `at` in `line`: its year, month and day, in digits or numerals, up to
/// and including its last part (日, or 底, 止 after a year or month: 2020年底), within a few
/// characters; None when no date with a year follows (有效期至另行通知).
fn date_after(line: &str, at: usize) -> Option<std::ops::Range<usize>> {
    let start = at + "有效期至".len();
    let mut end = start;
    let mut year = false;
    for (i, c) in line[start..].char_indices().take(16) {
        let last = start + i + c.len_utf8();
        if c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || crate::text::numerals::is_numeral_char(c)
            || "年月".contains(c)
        {
            year |= c == '年';
            end = last;
            continue;
        }
        if "日底止".contains(c) && year {
            end = last;
        }
        break;
    }
    year.then_some(start..end)
}

impl Engine<'_> {
    pub(in crate::apply) fn extend_validity(&mut self, ins: &Instruction, op: &Operation, until: &str) -> OpResult {
        let mut hits = Vec::new();
        for id in self.body_lines() {
            let line = self.tree.node(id).line();
            for (at, _) in line.match_indices("有效期至") {
                if let Some(range) = date_after(&line, at) {
                    hits.push(Hit { node: id, range });
                }
            }
        }
        let [hit] = hits.as_slice() else {
            let found = if hits.is_empty() {
                "the document states none (有效期至…日)".to_string()
            } else {
                let dates: Vec<String> =
                    hits.iter().map(|h| q(&self.tree.node(h.node).line()[h.range.clone()])).collect();
                format!("the document states {} ({}): which one is meant", hits.len(), dates.join("、"))
            };
            return Err(self.err(
                ins,
                op,
                if hits.is_empty() { ErrorKind::TextNotFound } else { ErrorKind::TextAmbiguous },
                None,
                format!("有效期延长至{until}: {found}"),
            ));
        };
        let old = self.tree.node(hit.node).line()[hit.range.clone()].to_string();
        if old == until {
            return Err(self.err(ins, op, ErrorKind::NoEffect, None, format!("the term already ends {}", q(until))));
        }
        self.replace_hits(ins, op, std::slice::from_ref(hit), until);
        Ok(OpReport { op: op.op.name(), summary: format!("有效期至{}→{}", q(&old), q(until)), count: 1 })
    }
}
