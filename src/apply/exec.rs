//! The engine: resolve every locator on the ORIGINAL document, execute the operations in the
//! notice's order, then place inserted articles, renumber, check declared numbers and map
//! cross-references. Every change is recorded with the instruction that made it; every error is
//! collected so that a run reports all of them at once.

// Errors are collected and reported together, not propagated through hot loops: boxing them
// would add noise, not speed.
#![allow(clippy::result_large_err)]

use super::locate::{self, LocateError};
use super::model::*;
use super::ops::{ReplaceGroups, TocStart};
use super::textops;
use super::tree::{NodeId, Tree};
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
    let tree = Tree::from_document(doc);
    let mut e = Engine {
        original_counts: counts(&tree),
        toc_start: TocStart::of(&tree),
        tree,
        changes: Vec::new(),
        reports: Vec::new(),
        warnings: Vec::new(),
        errors: Vec::new(),
        deferred: Vec::new(),
        pending: Vec::new(),
        min_paragraphs: Vec::new(),
        assigned: Vec::new(),
        end_marks: Vec::new(),
        made_already: 0,
        count_checks: Vec::new(),
        list_ends: Vec::new(),
        unnumbered: Vec::new(),
        opts,
    };
    let end = e.tree.document_end();
    // 1. every locator, on the original document (places named by final numbers wait until the end)
    let resolved: Vec<Vec<Vec<Resolved>>> = instructions
        .iter()
        .map(|ins| ins.ops.iter().map(|op| op.locators.iter().map(|l| e.resolve(l)).collect()).collect())
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
    e.tree.restore_end(end);
    let text = e.tree.render();
    if e.errors.is_empty() {
        let origins = e.tree.origins();
        Ok(Applied { text, changes: e.changes, reports: e.reports, warnings: e.warnings, origins })
    } else {
        Err(Failed { errors: e.errors, warnings: e.warnings })
    }
}

/// How many units of each kind a tree has (for the counts a decision states: 由八章修改为七章).
pub(super) fn counts(tree: &Tree) -> Vec<(Kind, usize)> {
    [Kind::Part, Kind::Chapter, Kind::Section, Kind::Article]
        .into_iter()
        .map(|k| {
            let n =
                tree.all(k).into_iter().filter(|&i| k != Kind::Article || tree.node(i).sub_number.is_none()).count();
            (k, n)
        })
        .collect()
}

/// A locator resolved on the original document: the nodes it names, the place of the content an
/// earlier deletion touched (该内容责任单位), or a place named by final numbers, resolved at the end.
pub(super) enum Resolved {
    Nodes(Vec<NodeId>),
    /// Nodes the locator names only when read in the place's own numbering (第二部分第2项 for the line
    /// 2. of a point that has no （一）), with the warning that says so.
    Reread(Vec<NodeId>, String),
    /// A sentence of a unit (第二款第二句): the unit, and the sentence as the original has it.
    Sentence(NodeId, String),
    UnitsOfDeleted,
    Final,
    Error(LocateError),
}

/// An operation that acts on a place named by FINAL numbers (增加一款，作为第五条第二款; 将第二十九条
/// 第三款改为第三十七条第三款), run once every article has its final number.
#[derive(Debug, Clone)]
pub(super) struct Pending {
    pub(super) ins: Instruction,
    pub(super) op: Operation,
    /// The units the operation moves (their ids, resolved on the original document).
    pub(super) sources: Vec<NodeId>,
}

pub(super) struct Engine<'a> {
    pub(super) tree: Tree,
    pub(super) changes: Vec<Change>,
    pub(super) reports: Vec<InstructionReport>,
    pub(super) warnings: Vec<Warning>,
    pub(super) errors: Vec<ApplyError>,
    /// Articles whose place follows from their final number (增加一条，作为第Y条; a 款 made an article).
    /// (article, final number, the article it was split from).
    pub(super) deferred: Vec<(NodeId, u32, Option<NodeId>)>,
    /// Operations on places named by final numbers, in the notice's order.
    pub(super) pending: Vec<Pending>,
    /// Units an instruction renumbers in place (将第七条改为第六条): where the notice does not say
    /// 条文顺序作相应调整, the number they are given is the one that instruction declares.
    pub(super) assigned: Vec<(NodeId, u32, Option<u32>)>,
    /// Items whose closing mark the engine changed to keep a list's marks (an item added after the
    /// last: its ； before it): (item, the mark it had, the mark it has).
    pub(super) end_marks: Vec<(NodeId, char, char)>,
    /// Changes the notice spells out that the engine had made already (将第三项末尾的“。”修改为“；”
    /// after an item added after it): an instruction that asks only for those is not without effect.
    pub(super) made_already: usize,
    /// Articles that must end with at least this many 款 (增加一款作为第二款，将该条修改为…).
    pub(super) min_paragraphs: Vec<(NodeId, u32, String, crate::notice::Pos)>,
    /// Counts the decision states for the result (条例由八章修改为七章): (kind, before, after, instruction, pos).
    pub(super) count_checks: Vec<(UnitKind, u32, u32, String, crate::notice::Pos)>,
    /// The counts of the original document.
    pub(super) original_counts: Vec<(Kind, usize)>,
    /// Lists whose last item went (删去第三项, moved away): the parent, the mark that closed the
    /// list (。), and the instruction. The new last item takes that mark.
    pub(super) list_ends: Vec<(NodeId, char, String, crate::notice::Pos)>,
    /// Articles added at a place without a number (在第二条后增加一条：“…”): they take the numbers
    /// renumbering gives them, and without it they have none.
    pub(super) unnumbered: Vec<(NodeId, String, crate::notice::Pos)>,
    /// The original's divisions and whether its 目录 listed them (the result's 目录 follows them).
    pub(super) toc_start: TocStart,
    pub(super) opts: &'a ApplyOptions,
}

pub(super) type OpResult = Result<OpReport, ApplyError>;

/// The quoted texts an operation looks for in the document (not the new texts it writes).
fn texts_to_find(op: &Op) -> Vec<&str> {
    match op {
        Op::ReplaceText { from, .. } | Op::Rename { from, .. } => vec![from],
        Op::DeleteText { texts: v }
        | Op::DeleteEvery { texts: v }
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
        Op::MergeNodes { number, .. } => number.iter().copied().collect(),
        Op::SplitNode { numbers, .. } => numbers.clone(),
        _ => Vec::new(),
    }
}

/// An operation on a sentence (第二款第二句) as the text operation it is: deleting the sentence's
/// text, replacing it, or acting on text within it.
fn sentence_op(op: &Operation, sentence: String) -> Result<Operation, String> {
    let mut o = op.clone();
    match &op.op {
        Op::DeleteNode => o.op = Op::DeleteText { texts: vec![sentence] },
        Op::ReplaceNode { paragraphs } => o.op = Op::ReplaceText { from: sentence, to: paragraphs.join("") },
        // 在第一款第一句后增加一句 / 句尾增加: right after the sentence (its 。); 句首: right before it
        Op::InsertText { anchor: Anchor::End, text } => {
            o.op = Op::InsertText { anchor: Anchor::After(sentence), text: text.clone() }
        }
        Op::InsertText { anchor: Anchor::Start, text } => {
            o.op = Op::InsertText { anchor: Anchor::Before(sentence), text: text.clone() }
        }
        Op::ReplaceText { .. } | Op::DeleteText { .. } | Op::DeleteEvery { .. } | Op::InsertText { .. } => {
            for l in &mut o.locators {
                if l.within.is_none() {
                    l.within = Some(sentence.clone());
                }
            }
        }
        other => {
            return Err(format!(
                "{} names a sentence, and {} acts on units (条, 款, 项)",
                op.locators.iter().map(|l| l.written.as_str()).collect::<Vec<_>>().join("、"),
                other.name()
            ));
        }
    }
    Ok(o)
}

/// Operations that change which number a unit has: they delete, add, move or merge units.
fn changes_numbering(op: &Op) -> bool {
    matches!(
        op,
        Op::DeleteNode
            | Op::InsertNode { .. }
            | Op::Renumber { .. }
            | Op::Move { .. }
            | Op::Relocate { .. }
            | Op::Swap
            | Op::MergeNodes { .. }
            | Op::Fold { .. }
            | Op::SplitNode { .. }
            | Op::MoveText { .. }
    )
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
        | Op::Relocate { .. }
        | Op::Swap
        | Op::SplitNode { .. }
        | Op::Move { .. }
        | Op::MoveText { .. }
        | Op::InsertNode { position: Position::After | Position::Before | Position::AfterHeading, .. } => true,
        Op::ReplaceText { .. }
        | Op::DeleteText { .. }
        | Op::DeleteEvery { .. }
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
        | Op::TocFollows { .. }
        | Op::CountCheck { .. }
        | Op::Divide { .. }
        | Op::Unplaced { .. }
        | Op::Disapply { .. }
        | Op::ExtendValidity { .. }
        | Op::RepealDocument { .. } => false,
    }
}

/// Node kinds that hold metadata, untouched by whole-text operations.
pub(super) fn is_metadata(k: Kind) -> bool {
    matches!(k, Kind::History | Kind::InfoEnd | Kind::FrontMatter | Kind::DocNumber)
}

pub(super) fn q(s: &str) -> String {
    let short: String = s.chars().take(16).collect();
    if s.chars().count() > 16 { format!("“{short}…”") } else { format!("“{s}”") }
}

impl Engine<'_> {
    /// Whether `op` names `t` by a 段 that is `t`'s own line (第一点第一段, where 一、 runs on with its
    /// text): the line alone, not the lines under it.
    pub(super) fn names_own_line(&self, op: &Operation, t: NodeId) -> bool {
        op.locators.iter().any(|l| matches!(l.steps.last(), Some(Step::NaturalParagraph(_))))
            && !matches!(self.tree.node(t).kind, Kind::Text | Kind::Paragraph)
    }

    pub(super) fn err(
        &self,
        ins: &Instruction,
        op: &Operation,
        kind: ErrorKind,
        path: Option<String>,
        message: String,
    ) -> ApplyError {
        // the document's root has the empty path: an error there names no place in the document
        let path = path.filter(|p| !p.is_empty());
        ApplyError { kind, instruction: ins.id.clone(), pos: op.pos, path, message, candidate: None }
    }

    /// [`err`](Self::err) at a node of the document, named by its original path.
    pub(super) fn err_at(
        &self,
        ins: &Instruction,
        op: &Operation,
        kind: ErrorKind,
        node: NodeId,
        message: String,
    ) -> ApplyError {
        self.err(ins, op, kind, self.tree.node(node).orig_path.clone(), message)
    }

    pub(super) fn warn(&mut self, ins: &Instruction, op: &Operation, message: String) {
        self.warnings.push(Warning { instruction: ins.id.clone(), pos: op.pos, message });
    }

    pub(super) fn zero(&mut self, ins: &Instruction, op: &Operation, what: String) -> Result<(), ApplyError> {
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

    /// An operation's outcome: its report kept, or its error; true when it failed.
    fn settle(&mut self, result: OpResult, reports: &mut Vec<OpReport>) -> bool {
        match result {
            Ok(r) => {
                reports.push(r);
                false
            }
            Err(e) => {
                self.errors.push(e);
                true
            }
        }
    }

    fn resolve(&self, l: &crate::notice::Locator) -> Resolved {
        if l.steps.contains(&Step::UnitsOfDeleted) {
            Resolved::UnitsOfDeleted
        } else if l.finals {
            Resolved::Final
        } else {
            match (locate::resolve(&self.tree, l), l.steps.last()) {
                // (a sentence is of one unit: locate gives that unit alone)
                (Ok(v), Some(step @ (Step::Sentence(_) | Step::LastSentence))) => {
                    let sentences = super::textops::sentences(&self.tree.node(v[0]).text);
                    let k = locate::sentence_index(step, sentences.len()).expect("locate checked the sentence");
                    Resolved::Sentence(v[0], sentences[k].to_string())
                }
                (Ok(v), _) => match locate::arabic_item_clash(&self.tree, l, &v) {
                    Some(e) => Resolved::Error(e),
                    None => Resolved::Nodes(v),
                },
                (Err(e), _) => match locate::in_own_numbering(&self.tree, l) {
                    Some((v, note)) => Resolved::Reread(v, note),
                    None => Resolved::Error(e),
                },
            }
        }
    }

    fn instruction(&mut self, ins: &Instruction, resolved: Vec<Vec<Resolved>>) {
        let mut reports = Vec::new();
        let mut failed = false;
        let mut touched: Vec<NodeId> = Vec::new();
        let changes_before = self.changes.len();
        let made_before = self.made_already;
        let errors_before = self.errors.len();
        let mut groups = ReplaceGroups::default();
        self.tree.forget_recent();
        for (k, (op, res)) in ins.ops.iter().zip(resolved).enumerate() {
            // locator errors first
            let mut targets = Vec::new();
            let mut finals = false;
            let mut bad = false;
            let mut sentence = None;
            for (r, loc) in res.into_iter().zip(&op.locators) {
                match r {
                    Resolved::Nodes(ids) => targets.extend(ids),
                    Resolved::Reread(ids, note) => {
                        targets.extend(ids);
                        self.warn(ins, op, note);
                    }
                    Resolved::Sentence(id, text) => {
                        targets.push(id);
                        sentence = Some(text);
                    }
                    Resolved::UnitsOfDeleted => {}
                    Resolved::Final => finals = true,
                    Resolved::Error(le) => {
                        bad = true;
                        let mut message = le.message;
                        if le.kind == ErrorKind::NoSuchNode {
                            message.push_str(&locate::added_so_named(&self.tree, loc));
                        }
                        self.errors.push(ApplyError {
                            kind: le.kind,
                            instruction: ins.id.clone(),
                            pos: loc.pos,
                            path: le.path,
                            message,
                            candidate: None,
                        });
                    }
                }
            }
            if bad {
                failed = true;
                continue;
            }
            // a sentence is one unit's: with other units beside it (第一项、第二项第二句) the text to
            // act on differs from one place to the next, and no reading is sure
            if sentence.is_some() && op.locators.len() > 1 {
                let written: Vec<&str> = op.locators.iter().map(|l| l.written.as_str()).collect();
                let message = format!(
                    "{} names a sentence beside other units: which text each place means is not sure; write the \
                     sentence's change as an instruction of its own",
                    written.join("、")
                );
                self.errors.push(self.err(ins, op, ErrorKind::Unsupported, None, message));
                failed = true;
                continue;
            }
            // 第二句: the operation acts on the sentence's text
            let on_sentence;
            let op = match sentence {
                None => op,
                Some(s) => match sentence_op(op, s) {
                    Ok(o) => {
                        on_sentence = o;
                        &on_sentence
                    }
                    Err(message) => {
                        self.errors.push(self.err(ins, op, ErrorKind::Unsupported, None, message));
                        failed = true;
                        continue;
                    }
                },
            };
            for &t in &targets {
                if self.tree.is_gone(t) {
                    let e = self.err_at(ins, op, ErrorKind::NodeGone, t, self.gone_reason(ins, t));
                    self.errors.push(e);
                    bad = true;
                }
            }
            if bad {
                failed = true;
                continue;
            }
            // what changes units' numbers is remembered on the units it acts on: a reference left
            // stale at the end names the instruction that made it so
            if changes_numbering(&op.op) {
                for &t in &targets {
                    self.tree.node_mut(t).renumbered_by = Some((ins.id.clone(), op.pos));
                }
            }
            // 第五项责任单位: the operation acts on the members of that list
            if let Some(role) = op.locators.iter().find_map(|l| l.list.clone()) {
                let result = self.list_op(ins, op, &targets, &role);
                failed |= self.settle(result, &mut reports);
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
            // an article moved (将第二条移至第四条之后，作为第四条): placed by its final number,
            // with the articles inserted
            if let Op::Move { dest } = &op.op
                && let [Step::Article(number, sub)] = dest[..]
            {
                let result = self.move_article(ins, op, &targets, number, sub);
                failed |= self.settle(result, &mut reports);
                continue;
            }
            // a place named by final numbers, or a move to one: once every article has its number
            if finals || matches!(op.op, Op::Move { .. }) {
                self.pending.push(Pending { ins: ins.clone(), op: op.clone(), sources: targets.clone() });
                reports.push(OpReport { op: op.op.name(), summary: "（见条文序号调整后）".into(), count: 1 });
                continue;
            }
            if let Op::ReplaceText { from, to } = &op.op {
                let result = self.replace_text(ins, op, &targets, from, to, &mut groups, k);
                failed |= self.settle(result, &mut reports);
                continue;
            }
            let result = self.op(ins, op, &targets, &mut touched);
            failed |= self.settle(result, &mut reports);
        }
        // replacements named together: each must be found somewhere, each place must hold one
        for e in self.replace_group_errors(ins, &groups) {
            self.errors.push(e);
            failed = true;
        }
        // an instruction that changes nothing is an error (renumbering alone is checked at the end)
        let changed = self.changes.len() > changes_before
            || self.made_already > made_before
            || ins.ops.iter().any(|o| {
                matches!(
                    o.op,
                    Op::Renumber { .. }
                        | Op::RenumberAll { .. }
                        | Op::AdjustWording { .. }
                        | Op::TocFollows { .. }
                        | Op::InsertNode { .. }
                        | Op::Move { .. }
                        | Op::SplitNode { .. }
                        | Op::CountCheck { .. }
                        | Op::Disapply { .. }
                )
            });
        if !failed && self.errors.len() == errors_before && !changed {
            let op = &ins.ops[0];
            self.errors.push(self.err(ins, op, ErrorKind::NoEffect, None, "the instruction changes nothing".into()));
            failed = true;
        }
        let status = if failed { Status::Failed } else { Status::Applied };
        self.reports.push(InstructionReport { id: ins.id.clone(), status, ops: reports });
    }

    pub(super) fn record(
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

    fn op(&mut self, ins: &Instruction, op: &Operation, targets: &[NodeId], touched: &mut Vec<NodeId>) -> OpResult {
        let name = op.op.name();
        let report = |summary: String, count: usize| Ok(OpReport { op: name, summary, count });
        // 中的两处“A”: a count the replacements and deletions check; another operation would drop it
        if op.locators.iter().any(|l| l.times.is_some())
            && !matches!(op.op, Op::DeleteText { .. } | Op::DeleteEvery { .. })
        {
            let message = format!("{name} does not count the places of its text (两处…): say where each one is");
            return Err(self.err(ins, op, ErrorKind::Unsupported, None, message));
        }
        // 中的第二个“A”: one occurrence, which a replacement, a deletion or an insertion at it acts on
        if op.locators.iter().any(|l| l.occurrence.is_some())
            && !matches!(
                op.op,
                Op::DeleteText { .. } | Op::InsertText { anchor: Anchor::After(_) | Anchor::Before(_), .. }
            )
        {
            let message = format!("{name} acts on no one occurrence of a text (第二个“…”): say it without the ordinal");
            return Err(self.err(ins, op, ErrorKind::Unsupported, None, message));
        }
        match &op.op {
            Op::ReplaceText { .. } => unreachable!("replacements are grouped by their instruction"),
            Op::Rename { from, to } => self.rename(ins, op, from, to),
            Op::MergeUnits { units, into } => self.merge_units(ins, op, targets, units, into),
            Op::DeleteUnits { units } => self.delete_units(ins, op, targets, touched, units),
            Op::DeleteUnitsFromLine { units } => self.delete_units_from_line(ins, op, touched, units),
            Op::DeleteText { texts } => self.delete_text(ins, op, targets, touched, texts, false),
            Op::DeleteEvery { texts } => self.delete_text(ins, op, targets, touched, texts, true),
            Op::ReplaceNode { paragraphs } => self.replace_node(ins, op, targets, paragraphs),
            Op::DeleteNode => self.delete_node(ins, op, targets),
            Op::InsertNode { kind, count, numbers, sub_number, position, paragraphs, heading, holds } => {
                let paragraphs: Vec<String> = paragraphs.iter().map(|p| textops::as_document_text(p)).collect();
                self.insert_node(
                    ins,
                    op,
                    targets,
                    *kind,
                    *count,
                    numbers,
                    *sub_number,
                    *position,
                    &paragraphs,
                    heading.as_deref(),
                    holds,
                )
            }
            Op::Renumber { to, number, sub_number } => self.renumber_op(ins, op, targets[0], *to, *number, *sub_number),
            Op::InsertText { anchor, text } => self.insert_text(ins, op, targets, anchor, text),
            Op::ReplaceHeading { heading } => self.replace_heading(ins, op, targets, heading),
            Op::DeleteHeadings { kind } => self.delete_headings(ins, op, targets, *kind),
            Op::MergeNodes { number, kind, paragraphs } => {
                self.merge_nodes(ins, op, targets, *number, *kind, paragraphs)
            }
            Op::Move { .. } => unreachable!("moves wait for the final numbers"),
            Op::MoveText { text, kind, number } => self.move_text(ins, op, targets, text, *kind, *number),
            Op::SplitNode { count, kind, numbers, paragraphs } => {
                self.split_node(ins, op, targets, *count, *kind, numbers, paragraphs)
            }
            Op::CountCheck { kind, before, after } => {
                self.count_checks.push((*kind, *before, *after, ins.id.clone(), op.pos));
                report(format!("{}{}→{}{}", before, kind.chinese(), after, kind.chinese()), 0)
            }
            Op::ExtendValidity { until } => self.extend_validity(ins, op, until),
            Op::Disapply { note } => {
                self.warn(
                    ins,
                    op,
                    format!("“{note}”: the decision changes how provisions apply, not their text; the text is left as it is"),
                );
                report(note.clone(), 0)
            }
            Op::Divide { kind, headings } => Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!(
                    "the decision divides the text into {} {}s ({}) without saying where each begins; give the headings as insertions (在第X条前增加一{}) to apply it",
                    headings.len(),
                    kind.chinese(),
                    headings.iter().map(|h| format!("“{h}”")).collect::<String>(),
                    kind.chinese()
                ),
            )),
            Op::Unplaced { text, .. } => Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                targets.first().and_then(|&t| self.tree.node(t).orig_path.clone()),
                format!(
                    "the decision adds or changes {} without saying where (before or after which words): amend cannot place it; skip the instruction (--skip {}) and edit the result by hand",
                    q(text),
                    ins.id
                ),
            )),
            Op::Fold { into } => self.fold(ins, op, targets, into),
            Op::Relocate { place, position } => self.relocate(ins, op, targets, place, *position),
            Op::Swap => self.swap(ins, op, targets),
            Op::RenumberAll { .. } => report("条文顺序作相应调整".into(), 0),
            Op::TocFollows { note } => {
                if self.tree.all(Kind::Toc).is_empty() {
                    self.warn(ins, op, format!("“{note}”: the document has no 目录"));
                }
                report(note.clone(), 0)
            }
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

    pub(super) fn paths(&self, ids: &[NodeId]) -> String {
        ids.iter().map(|&i| self.tree.node(i).path()).collect::<Vec<_>>().join("、")
    }

    /// The text of `id` and its units as the document shows it, one line break between lines (an
    /// article's first 款 on its label's line: `第五条 审批机关…`, not `第五条 ⏎审批机关…`).
    pub(super) fn subtree_text(&self, id: NodeId) -> String {
        let mut out = String::new();
        let mut joined = true;
        for i in self.tree.subtree(id) {
            let n = self.tree.node(i);
            let line = n.line();
            if line.is_empty() {
                continue;
            }
            if !joined {
                out.push('\n');
            }
            out.push_str(&line);
            joined = !n.trail.contains('\n');
        }
        out
    }

    /// Why a unit a locator names is no longer there, naming the instruction that took it: a
    /// new wording (修改为) puts new units in its place, and a change of its text belongs in that
    /// wording.
    fn gone_reason(&self, ins: &Instruction, t: NodeId) -> String {
        let path = self.tree.node(t).path();
        let gone = self.tree.ancestors(t).find(|&a| self.tree.node(a).deleted).unwrap_or(t);
        let gone_path = self.tree.node(gone).path();
        let by = self.changes.iter().rev().find(|c| c.path == gone_path);
        let Some(c) = by else { return format!("{path} was deleted by an earlier instruction") };
        let who = if c.instruction == ins.id { "this instruction".to_string() } else { c.instruction.clone() };
        let whose = if gone == t { String::new() } else { format!(" (it was in {gone_path})") };
        if c.op == "replace_node" && !c.after.is_empty() {
            format!(
                "{path} was given a new wording by {who}{whose}: it is no longer there to name; write the change into \
                 that wording"
            )
        } else {
            format!("{path} was deleted by {who}{whose}")
        }
    }

    pub(super) fn change(
        &self,
        ins: &Instruction,
        op: &Operation,
        node: NodeId,
        before: String,
        after: String,
    ) -> Change {
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
}
