//! The engine: resolve every locator on the ORIGINAL document, execute the operations in the
//! notice's order, then place inserted articles, renumber, check declared numbers and map
//! cross-references. Every change is recorded with the instruction that made it; every error is
//! collected so that a run reports all of them at once.

// Errors are collected and reported together, not propagated through hot loops: boxing them
// would add noise, not speed.
#![allow(clippy::result_large_err)]

use super::locate::{self, LocateError};
use super::model::*;
use super::nodes;
use super::renumber;
use super::textops::{self, Hit};
use super::tree::{NodeId, Tree};
use super::units::{self, UnitList};
use crate::document::{Document, Kind};
use crate::notice::{Anchor, Instruction, Notice, Op, Operation, Position, Section, Step, UnitKind};

/// An instruction to leave out, and why.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Skip {
    pub id: String,
    pub reason: String,
}

/// How to apply.
#[derive(Debug, Clone, Default)]
pub struct ApplyOptions {
    /// Zero occurrences of a whole-text renaming (or of a unit to delete) is an error, not a warning.
    pub strict: bool,
    pub skip: Vec<Skip>,
}

/// Applies the instructions of `section` (and the notice's global ones) to `doc`.
pub fn apply(doc: &Document, notice: &Notice, section: &Section, opts: &ApplyOptions) -> Result<Applied, Failed> {
    let instructions: Vec<&Instruction> = section.instructions.iter().chain(notice.global.iter()).collect();
    let mut e = Engine {
        tree: Tree::from_document(doc),
        changes: Vec::new(),
        reports: Vec::new(),
        warnings: Vec::new(),
        errors: Vec::new(),
        deferred: Vec::new(),
        min_paragraphs: Vec::new(),
        opts,
    };
    // 1. every locator, on the original document
    let resolved: Vec<Vec<Vec<Result<NodeId, LocateError>>>> = instructions
        .iter()
        .map(|ins| {
            ins.ops
                .iter()
                .map(|op| {
                    op.locators
                        .iter()
                        .map(|l| {
                            if l.steps.contains(&Step::UnitsOfDeleted) {
                                Ok(usize::MAX)
                            } else {
                                locate::resolve(&e.tree, l).map(|v| v[0])
                            }
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    // 2. the operations, in the notice's order
    for (ins, res) in instructions.iter().zip(resolved) {
        if let Some(skip) = opts.skip.iter().find(|s| s.id == ins.id) {
            e.reports.push(InstructionReport {
                id: ins.id.clone(),
                status: Status::Skipped { reason: skip.reason.clone() },
                ops: vec![],
            });
            continue;
        }
        e.instruction(ins, res);
    }
    for s in &opts.skip {
        if !notice.instructions().any(|i| i.id == s.id) {
            e.errors.push(ApplyError {
                kind: ErrorKind::NoSuchNode,
                instruction: s.id.clone(),
                pos: Default::default(),
                path: None,
                message: format!("skip {}: the notice has no such instruction", s.id),
                candidate: None,
            });
        }
    }
    // 3. placement, numbering, checks
    e.finish(notice.renumbers(Some(section)));
    let text = e.tree.render();
    if e.errors.is_empty() {
        Ok(Applied { text, changes: e.changes, reports: e.reports, warnings: e.warnings })
    } else {
        Err(Failed { errors: e.errors, warnings: e.warnings })
    }
}

struct Engine<'a> {
    tree: Tree,
    changes: Vec<Change>,
    reports: Vec<InstructionReport>,
    warnings: Vec<Warning>,
    errors: Vec<ApplyError>,
    /// Articles whose place follows from their final number (增加一条，作为第Y条; a 款 made an article).
    /// (article, final number, the article it was split from).
    deferred: Vec<(NodeId, u32, Option<NodeId>)>,
    /// Articles that must end with at least this many 款 (增加一款作为第二款，将该条修改为…).
    min_paragraphs: Vec<(NodeId, u32, String, crate::notice::Pos)>,
    opts: &'a ApplyOptions,
}

type OpResult = Result<OpReport, ApplyError>;

/// The quoted texts an operation looks for in the document (not the new texts it writes).
fn texts_to_find(op: &Op) -> Vec<&str> {
    match op {
        Op::ReplaceText { from, .. } | Op::Rename { from, .. } => vec![from],
        Op::DeleteText { texts: v }
        | Op::MergeUnits { units: v, .. }
        | Op::DeleteUnits { units: v }
        | Op::DeleteUnitsFromLine { units: v } => v.iter().map(String::as_str).collect(),
        Op::InsertText { anchor: Anchor::After(a) | Anchor::Before(a), .. } => vec![a],
        _ => Vec::new(),
    }
}

/// The numbers and counts an operation gives units (作为第Y条, 之Z, 增加N款, 分为N项).
fn new_numbers(op: &Op) -> Vec<u32> {
    match op {
        Op::InsertNode { count, numbers, sub_number, .. } => {
            numbers.iter().copied().chain(*sub_number).chain([*count]).collect()
        }
        Op::Renumber { number, sub_number, .. } => [*number].into_iter().chain(*sub_number).collect(),
        Op::MergeNodes { number } => number.iter().copied().collect(),
        Op::SplitNode { count, .. } => vec![*count],
        _ => Vec::new(),
    }
}

/// Operations on units as a whole (not on their text), and insertions before or after a unit: a
/// locator naming the whole document does not fit them.
fn acts_on_a_unit(op: &Op) -> bool {
    match op {
        Op::ReplaceNode { .. }
        | Op::DeleteNode
        | Op::Renumber { .. }
        | Op::MergeNodes { .. }
        | Op::Fold { .. }
        | Op::SplitNode { .. }
        | Op::InsertNode { position: Position::After | Position::Before, .. } => true,
        Op::ReplaceText { .. }
        | Op::DeleteText { .. }
        | Op::Rename { .. }
        | Op::MergeUnits { .. }
        | Op::DeleteUnits { .. }
        | Op::DeleteUnitsFromLine { .. }
        | Op::ReplaceHeading { .. }
        | Op::DeleteHeadings { .. }
        | Op::InsertNode { position: Position::Within | Position::AtNumber, .. }
        | Op::InsertText { .. }
        | Op::RenumberAll { .. }
        | Op::AdjustWording { .. }
        | Op::RepealDocument { .. } => false,
    }
}

/// Node kinds that hold metadata, untouched by whole-text operations.
fn is_metadata(k: Kind) -> bool {
    matches!(k, Kind::History | Kind::InfoEnd | Kind::FrontMatter | Kind::DocNumber)
}

fn q(s: &str) -> String {
    let short: String = s.chars().take(16).collect();
    if s.chars().count() > 16 { format!("“{short}…”") } else { format!("“{s}”") }
}

impl Engine<'_> {
    fn err(
        &self,
        ins: &Instruction,
        op: &Operation,
        kind: ErrorKind,
        path: Option<String>,
        message: String,
    ) -> ApplyError {
        ApplyError { kind, instruction: ins.id.clone(), pos: op.pos, path, message, candidate: None }
    }

    fn warn(&mut self, ins: &Instruction, op: &Operation, message: String) {
        self.warnings.push(Warning { instruction: ins.id.clone(), pos: op.pos, message });
    }

    fn zero(&mut self, ins: &Instruction, op: &Operation, what: String) -> Result<(), ApplyError> {
        if self.opts.strict {
            Err(self.err(
                ins,
                op,
                ErrorKind::ZeroOccurrences,
                None,
                format!("{what} occurs nowhere in the document (--strict)"),
            ))
        } else {
            self.warn(ins, op, format!("{what} occurs nowhere in the document"));
            Ok(())
        }
    }

    fn instruction(&mut self, ins: &Instruction, resolved: Vec<Vec<Result<NodeId, LocateError>>>) {
        let mut reports = Vec::new();
        let mut failed = false;
        let mut touched: Vec<NodeId> = Vec::new();
        let changes_before = self.changes.len();
        for (op, res) in ins.ops.iter().zip(resolved) {
            // locator errors first
            let mut targets = Vec::new();
            let mut bad = false;
            for (r, loc) in res.into_iter().zip(&op.locators) {
                match r {
                    Ok(id) => targets.push(id),
                    Err(le) => {
                        bad = true;
                        self.errors.push(ApplyError {
                            kind: le.kind,
                            instruction: ins.id.clone(),
                            pos: loc.pos,
                            path: le.path,
                            message: le.message,
                            candidate: None,
                        });
                    }
                }
            }
            if bad {
                failed = true;
                continue;
            }
            for &t in &targets {
                if t != usize::MAX && self.tree.is_gone(t) {
                    let e = self.err(
                        ins,
                        op,
                        ErrorKind::NodeGone,
                        self.tree.node(t).orig_path.clone(),
                        format!("{} was deleted by an earlier instruction", self.tree.node(t).path()),
                    );
                    self.errors.push(e);
                    bad = true;
                }
            }
            if bad {
                failed = true;
                continue;
            }
            if texts_to_find(&op.op).iter().any(|t| t.is_empty()) {
                // “”: every position of every line would match
                let e =
                    self.err(ins, op, ErrorKind::TextNotFound, None, "an empty quotation names no text to find".into());
                self.errors.push(e);
                failed = true;
                continue;
            }
            if new_numbers(&op.op).contains(&0) {
                // 作为第零款: the engine counts from the first unit (an index of number - 1)
                let e = self.err(
                    ins,
                    op,
                    ErrorKind::NumberMismatch,
                    None,
                    "a unit numbered or counted zero (第零…, 增加零…): units are numbered from 一".into(),
                );
                self.errors.push(e);
                failed = true;
                continue;
            }
            if acts_on_a_unit(&op.op)
                && let Some(loc) =
                    targets.iter().zip(&op.locators).find_map(|(&t, l)| (t == self.tree.root).then_some(l))
            {
                // 全文, 本法…: the whole document is no unit to replace, delete, renumber or merge
                self.errors.push(ApplyError {
                    kind: ErrorKind::Unsupported,
                    instruction: ins.id.clone(),
                    pos: loc.pos,
                    path: None,
                    message: format!(
                        "“{}” names the whole document, and {} needs a unit (编/章/节/条/款/项)",
                        loc.written,
                        op.op.name()
                    ),
                    candidate: None,
                });
                failed = true;
                continue;
            }
            match self.op(ins, op, &targets, &mut touched) {
                Ok(r) => reports.push(r),
                Err(e) => {
                    failed = true;
                    self.errors.push(e);
                }
            }
        }
        // an instruction that changes nothing is an error (renumbering alone is checked at the end)
        let changed = self.changes.len() > changes_before
            || ins.ops.iter().any(|o| {
                matches!(
                    o.op,
                    Op::Renumber { .. } | Op::RenumberAll { .. } | Op::AdjustWording { .. } | Op::InsertNode { .. }
                )
            })
            || reports.iter().any(|r| r.count > 0);
        if !failed && !changed {
            let op = &ins.ops[0];
            self.errors.push(self.err(ins, op, ErrorKind::NoEffect, None, "the instruction changes nothing".into()));
            failed = true;
        }
        let status = if failed { Status::Failed } else { Status::Applied };
        self.reports.push(InstructionReport { id: ins.id.clone(), status, ops: reports });
    }

    fn record(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        node: NodeId,
        before: String,
        range: std::ops::Range<usize>,
        new_len: usize,
    ) {
        let n = self.tree.node(node);
        let after = if n.deleted { String::new() } else { n.line() };
        self.changes.push(Change {
            instruction: ins.id.clone(),
            op: op.op.name(),
            path: n.path(),
            before,
            after,
            new_range: range.start..range.start + new_len,
            range,
        });
    }

    /// Replaces every hit by `to`, right to left within each node; returns how many.
    fn replace_hits(&mut self, ins: &Instruction, op: &Operation, hits: &[Hit], to: &str) -> usize {
        let mut by_node: Vec<(NodeId, Vec<std::ops::Range<usize>>)> = Vec::new();
        for h in hits {
            match by_node.iter_mut().find(|(n, _)| *n == h.node) {
                Some((_, v)) => v.push(h.range.clone()),
                None => by_node.push((h.node, vec![h.range.clone()])),
            }
        }
        for (node, ranges) in by_node {
            let before = self.tree.node(node).line();
            for r in ranges.iter().rev() {
                self.tree.edit_line(node, r.clone(), to, true);
            }
            let first = ranges[0].clone();
            self.record(ins, op, node, before, first, to.len());
        }
        hits.len()
    }

    /// Occurrences of quoted text: as quoted, or else with its inner quotes as the document writes them.
    fn find(&self, scope: NodeId, needle: &str) -> Vec<Hit> {
        let hits = textops::find(&self.tree, scope, needle);
        let doc_form = textops::as_document_text(needle);
        if hits.is_empty() && doc_form != needle { textops::find(&self.tree, scope, &doc_form) } else { hits }
    }

    /// The one place of `needle` in `scope`: not found and found more than once are errors (the
    /// latter lists the places, and says why one was meant).
    fn find_once(
        &self,
        ins: &Instruction,
        op: &Operation,
        scope: NodeId,
        needle: &str,
        why_one: &str,
    ) -> Result<Hit, ApplyError> {
        let mut hits = self.find(scope, needle);
        match hits.len() {
            0 => Err(self.not_found(ins, op, scope, needle)),
            1 => Ok(hits.remove(0)),
            n => {
                let paths: Vec<String> = hits.iter().map(|h| self.tree.node(h.node).path()).collect();
                Err(self.err(
                    ins,
                    op,
                    ErrorKind::TextAmbiguous,
                    self.tree.node(scope).orig_path.clone(),
                    format!(
                        "{} occurs {n} times in {} ({}); {why_one}",
                        q(needle),
                        self.tree.node(scope).path(),
                        paths.join(", ")
                    ),
                ))
            }
        }
    }

    fn not_found(&self, ins: &Instruction, op: &Operation, scope: NodeId, text: &str) -> ApplyError {
        let n = self.tree.node(scope);
        let gap =
            if self.tree.subtree(scope).iter().any(|&i| self.tree.node(i).gap || self.tree.node(i).kind == Kind::Gap) {
                " (part of this unit's text is missing from the document: a gap marker)"
            } else {
                ""
            };
        let mut e = self.err(
            ins,
            op,
            ErrorKind::TextNotFound,
            n.orig_path.clone(),
            format!("{} is not in {}{gap}", q(text), n.path()),
        );
        e.candidate = textops::nearest(&self.tree, scope, text);
        e
    }

    /// Live lines of the whole document that whole-text operations act on.
    fn body_lines(&self) -> Vec<NodeId> {
        self.tree.subtree(self.tree.root).into_iter().filter(|&i| !is_metadata(self.tree.node(i).kind)).collect()
    }

    /// Merging or folding `unit` into `dest`, which lies inside it, would make the tree a cycle.
    fn moved_under_itself(
        &self,
        ins: &Instruction,
        op: &Operation,
        unit: NodeId,
        dest: NodeId,
        how: &str,
    ) -> ApplyError {
        let message =
            format!("{} cannot be {how} into {}, which it contains", self.paths(&[unit]), self.paths(&[dest]));
        self.err(ins, op, ErrorKind::Unsupported, self.tree.node(unit).orig_path.clone(), message)
    }

    fn op(&mut self, ins: &Instruction, op: &Operation, targets: &[NodeId], touched: &mut Vec<NodeId>) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        match &op.op {
            Op::ReplaceText { from, to } => {
                if from == to {
                    return Err(self.err(
                        ins,
                        op,
                        ErrorKind::NoEffect,
                        None,
                        format!("{} would be replaced by itself", q(from)),
                    ));
                }
                let mut total = 0;
                let to_doc = textops::as_document_text(to);
                for &t in targets {
                    let hits = self.find(t, from);
                    if hits.is_empty() {
                        return Err(self.not_found(ins, op, t, from));
                    }
                    total += self.replace_hits(ins, op, &hits, &to_doc);
                }
                let places: Vec<String> = targets.iter().map(|&t| self.tree.node(t).path()).collect();
                report(format!("{}→{} in {} ×{total}", q(from), q(to), places.join("、")), total)
            }
            Op::Rename { from, to } => {
                let mut hits = Vec::new();
                for id in self.body_lines() {
                    let line = self.tree.node(id).line();
                    hits.extend(
                        line.match_indices(from.as_str()).map(|(s, _)| Hit { node: id, range: s..s + from.len() }),
                    );
                }
                let n = self.replace_hits(ins, op, &hits, to);
                if n == 0 {
                    self.zero(ins, op, q(from))?;
                }
                report(format!("{}→{} ×{n}", q(from), q(to)), n)
            }
            Op::MergeUnits { units, into } => {
                let n = self.units_op(ins, op, units, |l| l.merge(units, into), Some(into))?;
                if n == 0 {
                    self.zero(ins, op, units.iter().map(|u| q(u)).collect::<String>())?;
                }
                report(format!("{}→{} ×{n}", units.iter().map(|u| q(u)).collect::<String>(), q(into)), n)
            }
            Op::DeleteUnits { units } => {
                let mut total = 0;
                for u in units {
                    let one = std::slice::from_ref(u);
                    let n = self.units_op(ins, op, one, |l| usize::from(l.delete(u)), None)?;
                    if n == 0 {
                        self.zero(ins, op, q(u))?;
                    }
                    total += n;
                }
                report(format!("删除{} ×{total}", units.iter().map(|u| q(u)).collect::<String>()), total)
            }
            Op::DeleteUnitsFromLine { units } => {
                let lines: Vec<NodeId> = touched
                    .iter()
                    .flat_map(|&t| self.tree.subtree(t))
                    .filter(|&i| self.tree.node(i).kind == Kind::Units)
                    .collect();
                if lines.is_empty() {
                    return Err(self.err(
                        ins,
                        op,
                        ErrorKind::NoSuchNode,
                        None,
                        "the content deleted before has no 责任单位 line".into(),
                    ));
                }
                for u in units {
                    let mut found = false;
                    for &l in &lines {
                        let mut list = UnitList::parse(&self.tree.node(l).text);
                        if list.delete(u) {
                            found = true;
                            let before = self.tree.node(l).line();
                            let off = self.tree.node(l).text_offset();
                            let len = self.tree.node(l).text.len();
                            let new = list.render();
                            self.tree.edit_line(l, off..off + len, &new, true);
                            self.record(ins, op, l, before, off..off + len, new.len());
                        }
                    }
                    if !found {
                        let shown: Vec<String> = lines.iter().map(|&l| self.tree.node(l).line()).collect();
                        return Err(self.err(
                            ins,
                            op,
                            ErrorKind::UnitNotFound,
                            self.tree.node(lines[0]).orig_path.clone(),
                            format!("{} is not in the 责任单位 line: “{}”", q(u), shown.join("” “")),
                        ));
                    }
                }
                report(format!("删除该内容责任单位中的{}", units.iter().map(|u| q(u)).collect::<String>()), units.len())
            }
            Op::DeleteText { texts } => {
                for &t in targets {
                    for d in texts {
                        let h = self.find_once(ins, op, t, d, "the deletion means one")?;
                        let before = self.tree.node(h.node).line();
                        let r = textops::deletion_range(&before, h.range.clone());
                        self.tree.edit_line(h.node, r.clone(), "", true);
                        if self.tree.node(h.node).line().trim().is_empty() {
                            // a paragraph left empty is removed (what hangs under it stays)
                            self.tree.remove_line(h.node);
                        }
                        self.record(ins, op, h.node, before, r, 0);
                    }
                    touched.push(t);
                }
                report(format!("删除{}", texts.iter().map(|t| q(t)).collect::<String>()), texts.len() * targets.len())
            }
            Op::ReplaceNode { paragraphs } => {
                let paragraphs: &Vec<String> = &paragraphs.iter().map(|p| textops::as_document_text(p)).collect();
                let pairs: Vec<(NodeId, Vec<String>)> = if targets.len() > 1 && targets.len() == paragraphs.len() {
                    targets.iter().zip(paragraphs).map(|(&t, p)| (t, vec![p.clone()])).collect()
                } else {
                    let mut v = vec![(targets[0], paragraphs.clone())];
                    for &t in &targets[1..] {
                        v.push((t, Vec::new()));
                    }
                    v
                };
                for (t, paras) in pairs {
                    let before = self.subtree_text(t);
                    if paras.is_empty() {
                        self.tree.delete(t);
                        self.changes.push(self.change(ins, op, t, before, String::new()));
                        continue;
                    }
                    if self.tree.node(t).kind == Kind::Header {
                        return Err(self.err(
                            ins,
                            op,
                            ErrorKind::Unsupported,
                            None,
                            "the header cannot be replaced".into(),
                        ));
                    }
                    let ids = nodes::replace_content(&mut self.tree, t, &paras);
                    let after = ids.iter().map(|&i| self.tree.node(i).line()).collect::<Vec<_>>().join("\n");
                    self.changes.push(self.change(ins, op, t, before, after));
                }
                report(format!("{}修改为{}", self.paths(targets), q(&paragraphs.join(""))), paragraphs.len())
            }
            Op::DeleteNode => {
                for &t in targets {
                    let before = self.subtree_text(t);
                    self.tree.delete(t);
                    self.changes.push(self.change(ins, op, t, before, String::new()));
                }
                report(format!("删去{}", self.paths(targets)), targets.len())
            }
            Op::InsertNode { kind, count, numbers, sub_number, position, paragraphs } => {
                let paragraphs: Vec<String> = paragraphs.iter().map(|p| textops::as_document_text(p)).collect();
                self.insert_node(ins, op, targets, *kind, *count, numbers, *sub_number, *position, &paragraphs)
            }
            Op::Renumber { to, number, sub_number } => self.renumber_op(ins, op, targets[0], *to, *number, *sub_number),
            Op::InsertText { anchor, text } => {
                let t = targets[0];
                let (node, at) = match anchor {
                    Anchor::After(a) | Anchor::Before(a) => {
                        let h = self.find_once(ins, op, t, a, "where to insert is ambiguous")?;
                        (h.node, if matches!(anchor, Anchor::After(_)) { h.range.end } else { h.range.start })
                    }
                    Anchor::End => {
                        let node = if self.tree.node(t).kind == Kind::Article { self.tree.last_line(t) } else { t };
                        (node, self.tree.node(node).line().len())
                    }
                    Anchor::Start => {
                        let node = if self.tree.node(t).kind == Kind::Article {
                            nodes::children_of(&self.tree, t, Kind::Paragraph).first().copied().unwrap_or(t)
                        } else {
                            t
                        };
                        (node, self.tree.node(node).text_offset())
                    }
                };
                let before = self.tree.node(node).line();
                let text = textops::as_document_text(text);
                let text = match anchor {
                    Anchor::After(_) => format!("{}{text}", textops::insertion_separator(&before, at, &text)),
                    _ => text,
                };
                self.tree.edit_line(node, at..at, &text, true);
                self.record(ins, op, node, before, at..at, text.len());
                report(format!("在{}增加{}", self.paths(&[t]), q(&text)), 1)
            }
            Op::ReplaceHeading { heading } => {
                let t = targets[0];
                if !matches!(self.tree.node(t).kind, Kind::Part | Kind::Chapter | Kind::Section) {
                    return Err(self.err(
                        ins,
                        op,
                        ErrorKind::Unsupported,
                        self.tree.node(t).orig_path.clone(),
                        "only 编/章/节 have a name to replace".into(),
                    ));
                }
                let before = self.tree.node(t).line();
                let off = self.tree.node(t).text_offset();
                let len = self.tree.node(t).text.len();
                self.tree.edit_line(t, off..off + len, heading, true);
                self.record(ins, op, t, before, off..off + len, heading.len());
                report(format!("{}名称修改为{}", self.paths(&[t]), q(heading)), 1)
            }
            Op::DeleteHeadings { kind } => {
                let k = match kind {
                    UnitKind::Part => Kind::Part,
                    UnitKind::Section => Kind::Section,
                    _ => Kind::Chapter,
                };
                let heads = if targets == [self.tree.root] { self.tree.all(k) } else { targets.to_vec() };
                for &h in &heads {
                    if self.tree.node(h).kind != k {
                        return Err(self.err(
                            ins,
                            op,
                            ErrorKind::NoSuchNode,
                            self.tree.node(h).orig_path.clone(),
                            format!("{} has no {}名", self.tree.node(h).path(), k.chinese()),
                        ));
                    }
                    let before = self.tree.node(h).line();
                    self.tree.remove_line(h);
                    self.changes.push(self.change(ins, op, h, before, String::new()));
                }
                report(format!("删去{}个{}名", heads.len(), k.chinese()), heads.len())
            }
            Op::MergeNodes { number } => {
                let first = targets[0];
                if let Some(&t) = targets[1..].iter().find(|&&t| self.tree.is_within(first, t)) {
                    return Err(self.moved_under_itself(ins, op, t, first, "merged"));
                }
                for &t in &targets[1..] {
                    let before = self.subtree_text(t);
                    let at = self.tree.node(first).children.len();
                    for (i, c) in self.tree.children(t).into_iter().enumerate() {
                        self.tree.move_to(c, first, at + i);
                    }
                    self.tree.delete(t);
                    self.changes.push(self.change(ins, op, t, before, String::new()));
                }
                if let Some(n) = number {
                    self.tree.node_mut(first).declared = Some((UnitKind::Article, *n, ins.id.clone(), op.pos));
                }
                report(format!("{}合并", self.paths(targets)), targets.len())
            }
            Op::Fold { into } => {
                let t = targets[0];
                let dest = match locate::resolve(&self.tree, into) {
                    Ok(v) => v[0],
                    Err(le) => return Err(self.err(ins, op, le.kind, le.path, le.message)),
                };
                if self.tree.is_within(dest, t) {
                    return Err(self.moved_under_itself(ins, op, t, dest, "folded"));
                }
                let before = self.tree.node(t).line();
                let at = self.tree.node(dest).children.len();
                for (i, c) in self.tree.children(t).into_iter().enumerate() {
                    self.tree.move_to(c, dest, at + i);
                }
                self.tree.delete(t);
                self.changes.push(self.change(ins, op, t, before, String::new()));
                report(format!("{}并入{}", self.paths(&[t]), self.paths(&[dest])), 1)
            }
            Op::SplitNode { .. } => Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                "分为…: splitting a unit needs its new wording; amend does not execute this form yet".into(),
            )),
            Op::RenumberAll { .. } => report("条文顺序作相应调整".into(), 0),
            Op::AdjustWording { note } => {
                self.warn(ins, op, format!("“{note}”: the decision implies edits it does not list; the result may differ from the published text"));
                report(note.clone(), 0)
            }
            Op::RepealDocument { title } => Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!("this instruction repeals 《{title}》 as a whole: there is no consolidated text to produce"),
            )),
        }
    }

    fn paths(&self, ids: &[NodeId]) -> String {
        ids.iter().map(|&i| self.tree.node(i).path()).collect::<Vec<_>>().join("、")
    }

    fn subtree_text(&self, id: NodeId) -> String {
        self.tree
            .subtree(id)
            .iter()
            .map(|&i| self.tree.node(i).line())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn change(&self, ins: &Instruction, op: &Operation, node: NodeId, before: String, after: String) -> Change {
        Change {
            instruction: ins.id.clone(),
            op: op.op.name(),
            path: self.tree.node(node).path(),
            range: 0..before.len(),
            new_range: 0..after.len(),
            before,
            after,
        }
    }

    /// Merges or deletes units in every list of the document: 责任单位 lines, and lists in running
    /// text. Occurrences standing alone in running text are left alone (with a warning), except that
    /// a merge replaces a lone unit. Returns how many lists changed.
    fn units_op(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        names: &[String],
        f: impl Fn(&mut UnitList) -> usize,
        merge_into: Option<&String>,
    ) -> Result<usize, ApplyError> {
        let mut count = 0;
        for id in self.body_lines() {
            let n = self.tree.node(id);
            if n.kind == Kind::Units {
                let mut list = UnitList::parse(&n.text);
                let k = f(&mut list);
                if k > 0 {
                    count += 1;
                    let before = n.line();
                    let off = n.text_offset();
                    let len = n.text.len();
                    let new = list.render();
                    self.tree.edit_line(id, off..off + len, &new, true);
                    self.record(ins, op, id, before, off..off + len, new.len());
                }
                continue;
            }
            let line = n.line();
            let path = n.path();
            let (lists, alone) = units::running_lists(&line, names);
            let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
            for r in lists {
                let mut list = UnitList::parse(&line[r.clone()]);
                if f(&mut list) > 0 {
                    edits.push((r, list.render()));
                }
            }
            for r in alone {
                match merge_into {
                    Some(into) => edits.push((r, into.clone())),
                    None => {
                        let shown = &line[r.clone()];
                        self.warn(
                            ins,
                            op,
                            format!("“{shown}” stands alone in running text in {path}; only lists of units are edited"),
                        );
                    }
                }
            }
            if edits.is_empty() {
                continue;
            }
            edits.sort_by_key(|(r, _)| r.start);
            let before = line.clone();
            let first = edits[0].0.clone();
            let first_len = edits[0].1.len();
            for (r, new) in edits.iter().rev() {
                self.tree.edit_line(id, r.clone(), new, true);
                count += 1;
            }
            self.record(ins, op, id, before, first, first_len);
        }
        Ok(count)
    }

    #[allow(clippy::too_many_arguments)]
    fn insert_node(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        kind: UnitKind,
        count: u32,
        numbers: &[u32],
        sub: Option<u32>,
        position: Position,
        paragraphs: &[String],
    ) -> OpResult {
        let name = op.op.name();
        if paragraphs.is_empty() {
            // 在第X条中增加一款作为第二款，将该条修改为：… — the text comes with the replacement
            if let (UnitKind::Paragraph, Some(&t)) = (kind, targets.first()) {
                let article = self.article_of(t);
                self.min_paragraphs.push((article, *numbers.iter().max().unwrap_or(&1), ins.id.clone(), op.pos));
                return Ok(OpReport {
                    op: name, summary: "增加一款（文字见修改后的条文）".into(), count: 0
                });
            }
            return Err(self.err(ins, op, ErrorKind::Unsupported, None, "增加… without the new text".into()));
        }
        let first_number = *numbers.first().unwrap_or(&1);
        match kind {
            UnitKind::Article => {
                if count as usize > 1 && count as usize != paragraphs.len() {
                    return Err(self.err(
                        ins,
                        op,
                        ErrorKind::Unsupported,
                        None,
                        format!(
                            "增加{count}条 with {} paragraphs: which paragraph belongs to which article?",
                            paragraphs.len()
                        ),
                    ));
                }
                let groups: Vec<Vec<String>> = if count > 1 {
                    paragraphs.iter().map(|p| vec![p.clone()]).collect()
                } else {
                    vec![paragraphs.to_vec()]
                };
                let like = nodes::articles(&self.tree).first().copied();
                for (i, g) in groups.iter().enumerate() {
                    let num = numbers.get(i).copied().unwrap_or(first_number + i as u32);
                    let art = nodes::new_article(&self.tree, like, num, sub);
                    let root = self.tree.root;
                    let at = self.tree.node(root).children.len();
                    let id = self.tree.insert(root, at, art);
                    let para_trail = self.tree.para_trail.clone();
                    nodes::add_paragraphs(&mut self.tree, id, 0, g, &para_trail);
                    self.tree.node_mut(id).declared = Some((UnitKind::Article, num, ins.id.clone(), op.pos));
                    match (position, targets.first()) {
                        (Position::After | Position::Before, Some(&l)) if self.tree.node(l).kind == Kind::Article => {
                            let at = nodes::insertion_index(&self.tree, l, position == Position::After);
                            let parent = self.tree.node(l).parent.expect("an article has a parent");
                            self.tree.move_to(id, parent, at);
                        }
                        (Position::Within, Some(&l))
                            if matches!(self.tree.node(l).kind, Kind::Chapter | Kind::Section | Kind::Part) =>
                        {
                            // 在第二章中增加一条: at the end of that chapter
                            let at = self.tree.node(l).children.len();
                            self.tree.move_to(id, l, at);
                        }
                        _ if sub.is_some() => {
                            // 作为第X条之一: right after article X and its earlier 之N
                            let anchor = nodes::articles(&self.tree)
                                .into_iter()
                                .find(|&a| self.tree.node(a).number == Some(num));
                            match anchor {
                                Some(a) => {
                                    let (parent, idx) = nodes::position(&self.tree, a);
                                    self.tree.move_to(id, parent, idx + 1);
                                }
                                None => self.deferred.push((id, num, None)),
                            }
                        }
                        _ => self.deferred.push((id, num, None)),
                    }
                    let after = self.subtree_text(id);
                    self.changes.push(self.change(ins, op, id, String::new(), after));
                }
                Ok(OpReport {
                    op: name,
                    summary: format!(
                        "增加第{}条",
                        numbers.iter().map(|n| crate::text::numerals::format(*n)).collect::<Vec<_>>().join("、")
                    ),
                    count: groups.len(),
                })
            }
            UnitKind::Paragraph | UnitKind::Item => {
                let t = targets.first().copied().ok_or_else(|| {
                    self.err(ins, op, ErrorKind::NoSuchNode, None, "增加一款: in which article?".into())
                })?;
                let tkind = self.tree.node(t).kind;
                let (kind_node, parent, index) = match (kind, position, tkind) {
                    (UnitKind::Paragraph, Position::Within | Position::AtNumber, Kind::Article) => (
                        Kind::Paragraph,
                        t,
                        nodes::index_of_nth(&self.tree, t, Kind::Paragraph, first_number as usize - 1),
                    ),
                    (UnitKind::Paragraph, Position::After | Position::Before, Kind::Paragraph)
                    | (UnitKind::Item, Position::After | Position::Before, Kind::Item) => {
                        let parent = self.tree.node(t).parent.expect("not the root");
                        let k = if tkind == Kind::Paragraph { Kind::Paragraph } else { Kind::Item };
                        (k, parent, nodes::insertion_index(&self.tree, t, position == Position::After))
                    }
                    (UnitKind::Item, Position::Within | Position::AtNumber, Kind::Paragraph) => {
                        (Kind::Item, t, nodes::index_of_nth(&self.tree, t, Kind::Item, first_number as usize - 1))
                    }
                    _ => {
                        return Err(self.err(
                            ins,
                            op,
                            ErrorKind::Unsupported,
                            self.tree.node(t).orig_path.clone(),
                            format!("增加{} into {}", kind.chinese(), self.tree.node(t).path()),
                        ));
                    }
                };
                // inserting after the last line of the parent: the old last line gives its trail
                let kids = self.tree.node(parent).children.clone();
                let at_end = kids[index.min(kids.len())..].iter().all(|&c| self.tree.node(c).deleted);
                let para_trail = self.tree.para_trail.clone();
                let last_trail = if at_end {
                    let last = self.tree.last_line(parent);

                    std::mem::replace(&mut self.tree.node_mut(last).trail, para_trail.clone())
                } else {
                    para_trail.clone()
                };
                let mut ids = Vec::new();
                for (i, p) in paragraphs.iter().enumerate() {
                    let tr = if i + 1 == paragraphs.len() { last_trail.as_str() } else { para_trail.as_str() };
                    let line_kind = if kind_node == Kind::Item { Kind::Item } else { Kind::Paragraph };
                    ids.push(self.tree.insert(parent, index + i, nodes::new_line(line_kind, p, tr)));
                }
                // each new unit starts a line; declare the numbers of those that are units
                let mut k = 0;
                for &id in &ids {
                    let is_unit = kind_node == Kind::Paragraph
                        || crate::document::classify(&self.tree.node(id).line()).kind
                            == crate::document::LineKind::Item;
                    let is_sub_item = kind_node == Kind::Paragraph
                        && crate::document::classify(&self.tree.node(id).line()).kind
                            == crate::document::LineKind::Item;
                    if is_unit && !is_sub_item && k < numbers.len().max(count as usize) {
                        let num = numbers.get(k).copied().unwrap_or(first_number + k as u32);
                        self.tree.node_mut(id).declared = Some((kind, num, ins.id.clone(), op.pos));
                        k += 1;
                    }
                }
                let after = ids.iter().map(|&i| self.tree.node(i).line()).collect::<Vec<_>>().join("\n");
                self.changes.push(self.change(ins, op, ids[0], String::new(), after));
                Ok(OpReport {
                    op: name,
                    summary: format!(
                        "{}增加{}",
                        self.tree.node(t).path(),
                        numbers
                            .iter()
                            .map(|n| format!("第{}{}", crate::text::numerals::format(*n), kind.chinese()))
                            .collect::<Vec<_>>()
                            .join("、")
                    ),
                    count: ids.len(),
                })
            }
            UnitKind::Chapter | UnitKind::Section | UnitKind::Part | UnitKind::Point => {
                // the quotation holds the heading line and what comes under it (articles, items)
                let anchor = match (position, targets.first()) {
                    (Position::After | Position::Before, Some(&t)) => t,
                    _ => {
                        return Err(self.err(
                            ins,
                            op,
                            ErrorKind::Unsupported,
                            None,
                            format!("增加一{}: say after or before which unit (在第X条后…)", kind.chinese()),
                        ));
                    }
                };
                let parent = self.tree.node(anchor).parent.expect("not the root");
                let at = nodes::insertion_index(&self.tree, anchor, position == Position::After);
                let tops = nodes::lines_to_nodes(&self.tree, paragraphs);
                let mut ids = Vec::new();
                for (i, n) in tops.into_iter().enumerate() {
                    ids.push(nodes::insert_built(&mut self.tree, parent, at + i, n));
                }
                if let Some(&first) = ids.first() {
                    self.tree.node_mut(first).declared = Some((kind, first_number, ins.id.clone(), op.pos));
                }
                let after = ids.iter().map(|&i| self.subtree_text(i)).collect::<Vec<_>>().join("\n");
                self.changes.push(self.change(ins, op, ids[0], String::new(), after));
                Ok(OpReport {
                    op: name,
                    summary: format!("增加第{}{}", crate::text::numerals::format(first_number), kind.chinese()),
                    count: ids.len(),
                })
            }
            _ => Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!("增加一{}: amend does not insert this unit yet", kind.chinese()),
            )),
        }
    }

    fn article_of(&self, id: NodeId) -> NodeId {
        let mut cur = id;
        loop {
            if self.tree.node(cur).kind == Kind::Article {
                return cur;
            }
            match self.tree.node(cur).parent {
                Some(p) => cur = p,
                None => return id,
            }
        }
    }

    fn renumber_op(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        t: NodeId,
        to: UnitKind,
        number: u32,
        sub: Option<u32>,
    ) -> OpResult {
        let name = op.op.name();
        let kind = self.tree.node(t).kind;
        let same = matches!(
            (kind, to),
            (Kind::Article, UnitKind::Article)
                | (Kind::Paragraph, UnitKind::Paragraph)
                | (Kind::Item, UnitKind::Item)
                | (Kind::SubItem, UnitKind::SubItem)
                | (Kind::Chapter, UnitKind::Chapter)
                | (Kind::Section, UnitKind::Section)
                | (Kind::Part, UnitKind::Part)
                | (Kind::Point, UnitKind::Point)
        );
        if same {
            self.tree.node_mut(t).declared = Some((to, number, ins.id.clone(), op.pos));
            return Ok(OpReport {
                op: name,
                summary: format!(
                    "{}改为第{}{}",
                    self.tree.node(t).path(),
                    crate::text::numerals::format(number),
                    to.chinese()
                ),
                count: 0,
            });
        }
        if kind == Kind::Paragraph && to == UnitKind::Article {
            // a 款 becomes an article of its own (将第十三条第二款改为第十六条)
            let old_article = self.article_of(t);
            let like = Some(old_article);
            let art = nodes::new_article(&self.tree, like, number, sub);
            let root = self.tree.root;
            let at = self.tree.node(root).children.len();
            let id = self.tree.insert(root, at, art);
            let before = self.subtree_text(t);
            // the 款's lines move into the new article; the last one keeps a paragraph break
            let para_trail = self.tree.para_trail.clone();
            let last = self.tree.last_line(t);
            if self.tree.node(last).trail.is_empty() {
                self.tree.node_mut(last).trail = para_trail;
            }
            self.tree.move_to(t, id, 0);
            self.tree.node_mut(id).declared = Some((UnitKind::Article, number, ins.id.clone(), op.pos));
            self.tree.node_mut(id).orig_path = self.tree.node(t).orig_path.clone();
            if nodes::children_of(&self.tree, old_article, Kind::Paragraph).is_empty() {
                self.tree.delete(old_article);
            }
            self.deferred.push((id, number, Some(old_article)));
            self.changes.push(self.change(ins, op, t, before.clone(), before));
            return Ok(OpReport {
                op: name,
                summary: format!("{}改为第{}条", self.tree.node(t).path(), crate::text::numerals::format(number)),
                count: 1,
            });
        }
        Err(self.err(
            ins,
            op,
            ErrorKind::Unsupported,
            self.tree.node(t).orig_path.clone(),
            format!("{} cannot become a {}", self.tree.node(t).path(), to.chinese()),
        ))
    }

    fn finish(&mut self, renumbering: bool) {
        // inserted articles and 款 made articles go where their final numbers say
        let mut deferred = std::mem::take(&mut self.deferred);
        deferred.sort_by_key(|&(_, n, _)| n);
        for (id, n, from) in deferred {
            match from {
                // a 款 made an article stays where its article was (in that article's chapter)
                Some(old) => {
                    let (parent, idx) = nodes::position(&self.tree, old);
                    self.tree.move_to(id, parent, idx);
                }
                None => nodes::place_article(&mut self.tree, id, n),
            }
        }
        if renumbering {
            let map = renumber::renumber(&mut self.tree);
            for (path, old) in renumber::update_references(&mut self.tree, &map) {
                self.warnings.push(Warning {
                    instruction: "条文顺序作相应调整".into(),
                    pos: Default::default(),
                    message: format!(
                        "{path} refers to 第{}条, which is no longer in the document",
                        crate::text::numerals::format(old)
                    ),
                });
            }
        }
        // every declared number must be where the node landed
        let declared: Vec<(NodeId, UnitKind, u32, String, crate::notice::Pos)> = self
            .tree
            .subtree(self.tree.root)
            .into_iter()
            .filter_map(|i| self.tree.node(i).declared.clone().map(|(k, n, ins, pos)| (i, k, n, ins, pos)))
            .collect();
        for (id, kind, n, ins, pos) in declared {
            let got = renumber::final_number(&self.tree, id, kind);
            if got != Some(n) {
                let what = match got {
                    Some(g) => format!("it is 第{}{}", crate::text::numerals::format(g), kind.chinese()),
                    None => "it has no number".into(),
                };
                let hint = if !renumbering && kind == UnitKind::Article {
                    " (the notice does not say 条文顺序作相应调整, so numbers are not changed)"
                } else {
                    ""
                };
                self.errors.push(ApplyError {
                    kind: ErrorKind::NumberMismatch,
                    instruction: ins,
                    pos,
                    path: Some(self.tree.node(id).path()),
                    message: format!(
                        "the decision makes {} 第{}{}, but {what} in the result{hint}",
                        self.tree.node(id).path(),
                        crate::text::numerals::format(n),
                        kind.chinese()
                    ),
                    candidate: None,
                });
            }
        }
        for (article, min, ins, pos) in std::mem::take(&mut self.min_paragraphs) {
            let have = nodes::children_of(&self.tree, article, Kind::Paragraph).len() as u32;
            if have < min {
                self.errors.push(ApplyError {
                    kind: ErrorKind::NumberMismatch,
                    instruction: ins,
                    pos,
                    path: Some(self.tree.node(article).path()),
                    message: format!(
                        "the decision adds 第{}款, but the article has {have} 款",
                        crate::text::numerals::format(min)
                    ),
                    candidate: None,
                });
            }
        }
    }
}
