//! The notice as a whole: header, preamble, sections (one per target document), instructions with
//! their ids, attachments, closing formulas and signature.

use super::model::{
    Diagnostic, Instruction, Locator, Notice, Op, Operation, Pos, Provision, ProvisionKind, Section, Severity,
};
use super::quotes::{self, LabelKind, Statement, TOKEN_OPEN};
use super::source::{self, LineIndex, SrcLine};
use super::statement::{self, Context, Rule};

/// What the attachment being read is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AttachmentMode {
    None,
    /// 附件：1.… — the list of attachments.
    List,
    /// 附件1 has been seen; its title comes next.
    AwaitingTitle,
    Modify,
    /// 国务院决定废止的行政法规: each item repeals a document.
    Repeal,
}

struct Reader<'a> {
    lines: &'a [SrcLine],
    idx: LineIndex,
    notice: Notice,
    header_done: bool,
    /// Target named by the title or the preamble (对《…》作如下修改), used when no section is explicit.
    implicit_title: Option<String>,
    current: Option<usize>,
    labels: Vec<(LabelKind, String)>,
    /// Paragraphs read in the current numbered item (for the ids of unnumbered paragraphs).
    paragraphs: usize,
    ctx: Context,
    attachment: AttachmentMode,
    /// The label of the attachment being read (附件2).
    attachment_label: Option<String>,
}

/// Parses an amendment notice or decision. Problems are collected in `diagnostics`; reading goes on
/// after each one so that every problem is reported at once.
pub fn parse(text: &str) -> Notice {
    let lines = source::lines(text);
    let mut r = Reader {
        lines: &lines,
        idx: LineIndex::new(text),
        notice: Notice {
            title: None,
            sections: Vec::new(),
            global: Vec::new(),
            provisions: Vec::new(),
            diagnostics: Vec::new(),
        },
        header_done: false,
        implicit_title: None,
        current: None,
        labels: Vec::new(),
        paragraphs: 0,
        ctx: Context::default(),
        attachment: AttachmentMode::None,
        attachment_label: None,
    };
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if line.metadata {
            if line.heading && r.notice.title.is_none() {
                r.set_title(&line.content);
            }
            i += 1;
            continue;
        }
        let active: Vec<LabelKind> = r.labels.iter().map(|(k, _)| *k).chain([LabelKind::Top]).collect();
        let boundary = |l: &SrcLine| {
            quotes::label_of(&l.content).is_some_and(|(_, k, _)| active.contains(&k)) || l.content.starts_with("附件")
        };
        let st = quotes::statement(&lines, i, &r.idx, &boundary);
        i += st.lines_used.max(1);
        let next = lines.get(i);
        r.statement(st, next);
    }
    r.finish();
    r.notice
}

const VERBS: [&str; 7] = ["将", "删去", "删除", "增加", "修改为", "改为", "作相应调整"];

fn is_date(s: &str) -> bool {
    let t = s.trim_end_matches('。');
    t.ends_with('日')
        && t.contains('年')
        && t.contains('月')
        && t.chars().all(|c| c.is_ascii_digit() || crate::text::numerals::is_numeral_char(c) || "年月日".contains(c))
}

fn is_paren_line(s: &str) -> bool {
    (s.starts_with('（') && s.ends_with('）')) || (s.starts_with('(') && s.ends_with(')'))
}

impl Reader<'_> {
    fn pos(&self, offset: usize) -> Pos {
        self.idx.pos(offset)
    }

    fn set_title(&mut self, t: &str) {
        let t = t.trim().to_string();
        // a 修正案 amends the law its title names; a decision with one 《title》 amends that title
        if let Some(i) = t.find("修正案") {
            self.implicit_title = Some(t[..i].to_string());
        } else if let Some(title) = single_title_to_amend(&t) {
            self.implicit_title = Some(title);
        }
        self.notice.title = Some(t);
    }

    fn provision(&mut self, st: &Statement, kind: ProvisionKind) {
        let implies_renumbering =
            kind == ProvisionKind::Closing && (st.raw.contains("顺序作相应调整") || st.raw.contains("序号作相应调整"));
        self.notice.provisions.push(Provision {
            kind,
            text: st.raw.clone(),
            pos: self.pos(st.start),
            implies_renumbering,
        });
    }

    fn error(&mut self, offset: usize, range: std::ops::Range<usize>, message: String, excerpt: &str) {
        self.notice.diagnostics.push(Diagnostic {
            severity: Severity::Error,
            pos: self.pos(offset),
            range,
            message,
            excerpt: excerpt.to_string(),
        });
    }

    fn is_header(&self, st: &Statement, heading: bool) -> bool {
        if st.label.is_some() {
            return false;
        }
        let b = &st.body;
        let has_verb = VERBS.iter().any(|v| b.contains(v));
        heading
            || is_paren_line(b)
            || (!b.contains(['。', '；', TOKEN_OPEN]) && !b.ends_with(['：', ':']) && !has_verb)
            || (b.ends_with(['：', ':']) && !b.contains("如下") && !b.contains("决定") && !b.contains("修改"))
    }

    fn statement(&mut self, st: Statement, next: Option<&SrcLine>) {
        if let Some(off) = st.unclosed_quote {
            let end = (off + 3).min(st.end);
            self.error(off, off..end, "unbalanced quote: the quotation opened here is never closed".into(), &st.raw);
            self.after_item(&st);
            return;
        }
        if let Some(off) = st.stray_close {
            self.error(off, off..off + 3, "a closing quote ” without an opening one".into(), &st.raw);
            self.after_item(&st);
            return;
        }
        let heading = self.lines.iter().any(|l| l.start == st.start && l.heading);
        if !self.header_done {
            if self.is_header(&st, heading) {
                if self.notice.title.is_none() {
                    self.set_title(&st.body);
                }
                self.provision(&st, ProvisionKind::Header);
                return;
            }
            self.header_done = true;
        }
        let body = st.body.clone();
        // signature: date, issuer (the short line before the date), （此件主动公开）
        let next_is_date = next.is_some_and(|n| is_date(&n.content));
        if st.label.is_none()
            && (is_date(&body)
                || (body.starts_with(['（', '(']) && body.contains("此件"))
                || (next_is_date && body.chars().count() <= 30 && !body.contains(['，', '。', '：', ':'])))
        {
            self.provision(&st, ProvisionKind::Signature);
            return;
        }
        // attachments
        if st.label.is_none() && (body.starts_with("附件：") || body.starts_with("附件:")) {
            self.attachment = AttachmentMode::List;
            self.provision(&st, ProvisionKind::Attachment);
            return;
        }
        if st.label.is_none()
            && body.starts_with("附件")
            && body["附件".len()..]
                .trim()
                .chars()
                .all(|c| c.is_ascii_digit() || crate::text::numerals::is_numeral_char(c))
        {
            self.attachment = AttachmentMode::AwaitingTitle;
            self.attachment_label = Some(body.replace([' ', '\u{3000}'], ""));
            self.labels.clear();
            self.provision(&st, ProvisionKind::Attachment);
            return;
        }
        if self.attachment == AttachmentMode::List
            && st.label_kind == Some(LabelKind::Arabic)
            && !VERBS.iter().any(|v| body.contains(v))
        {
            self.provision(&st, ProvisionKind::Attachment);
            return;
        }
        if self.attachment == AttachmentMode::AwaitingTitle && st.label.is_none() {
            self.attachment = if body.contains("废止") { AttachmentMode::Repeal } else { AttachmentMode::Modify };
            self.provision(&st, ProvisionKind::Attachment);
            return;
        }
        if self.attachment == AttachmentMode::List {
            self.attachment = AttachmentMode::None;
        }
        let id = self.id_for(&st);
        if statement::matches(Rule::closing, &body) {
            self.provision(&st, ProvisionKind::Closing);
            return;
        }
        if let Some((title, doc_number)) = statement::section_head(&body) {
            self.paragraphs = 0;
            let sid = st.label.as_ref().map(|l| l.trim_end_matches('、').to_string());
            self.open_section(sid, title, doc_number, st.start);
            return;
        }
        if statement::matches(Rule::framing, &body) {
            self.paragraphs = 0;
            self.provision(&st, ProvisionKind::Framing);
            return;
        }
        let instructs = ["修改为", "删去", "删除", "增加一", "增加二", "改为第"].iter().any(|v| body.contains(v));
        if st.label.is_none() && !instructs && (body.ends_with(['：', ':']) || body.contains("如下")) {
            if let Some(t) = single_title_to_amend(&body) {
                self.implicit_title = Some(t);
            }
            self.provision(&st, ProvisionKind::Preamble);
            return;
        }
        if self.attachment == AttachmentMode::Repeal && st.label.is_some() {
            self.repeal(&st, id);
            return;
        }
        self.instruction(&st, id);
    }

    /// The id of a statement; updates the stack of numbered items.
    fn id_for(&mut self, st: &Statement) -> String {
        match (&st.label, st.label_kind) {
            (Some(label), Some(kind)) => {
                if kind == LabelKind::Top {
                    self.labels.clear();
                } else if let Some(p) = self.labels.iter().position(|(k, _)| *k == kind) {
                    self.labels.truncate(p);
                }
                self.labels.push((kind, label.clone()));
                self.paragraphs = 1;
                self.ctx = Context::default();
                self.label_path()
            }
            _ => {
                self.paragraphs += 1;
                format!("{}¶{}", self.label_path(), self.paragraphs)
            }
        }
    }

    /// The labels of the open numbered items as an id: 一（三）, 十二、 (the 、 only on the last).
    fn label_path(&self) -> String {
        let n = self.labels.len();
        self.labels
            .iter()
            .enumerate()
            .map(|(i, (_, l))| if i + 1 < n { l.trim_end_matches('、') } else { l.as_str() })
            .collect()
    }

    /// After an unreadable numbered item, the next unnumbered paragraphs must not inherit its context.
    fn after_item(&mut self, st: &Statement) {
        if st.label.is_some() {
            let _ = self.id_for(st);
        }
    }

    fn open_section(&mut self, id: Option<String>, title: String, doc_number: Option<String>, offset: usize) {
        let pos = self.pos(offset);
        self.notice.sections.push(Section { id, title, doc_number, pos, instructions: Vec::new() });
        self.current = Some(self.notice.sections.len() - 1);
    }

    fn repeal(&mut self, st: &Statement, id: String) {
        let body = st.body.trim_end_matches('。');
        let title = body.split(['（', '(']).next().unwrap_or(body).trim().to_string();
        let sid = st.label.as_ref().map(|l| l.trim_end_matches('、').to_string());
        self.open_section(sid, title.clone(), None, st.start);
        let pos = self.pos(st.start);
        let op = Operation {
            op: Op::RepealDocument { title: title.clone() },
            locators: vec![Locator::whole("全文", pos)],
            quoted: vec![],
            pos,
        };
        self.push(st, id, Some(title), vec![op]);
    }

    fn instruction(&mut self, st: &Statement, id: String) {
        let global = st.body.starts_with("此外");
        let mut ctx = std::mem::take(&mut self.ctx);
        let result = statement::operations(st, &mut ctx, &self.idx);
        self.ctx = ctx;
        match result {
            Ok(ops) if global => {
                let n = self.notice.global.len();
                let id = if n == 0 { "此外".to_string() } else { format!("此外{}", n + 1) };
                let ins = self.build(st, id, None, ops);
                self.notice.global.push(ins);
            }
            Ok(ops) => {
                let target = ops.iter().flat_map(|o| o.locators.iter()).find_map(|l| l.target.clone());
                let section_title = self.current.map(|c| self.notice.sections[c].title.clone());
                match target {
                    // a multi-law decision names each target inline: 将《…条例》第十条修改为…
                    Some(t) if t != "刑法" && section_title.as_deref() != Some(t.as_str()) => {
                        let sid = self.labels.first().map(|(_, l)| l.trim_end_matches('、').to_string());
                        self.open_section(sid, t, None, st.start);
                    }
                    _ if self.current.is_none() => {
                        let title = self.implicit_title.clone().unwrap_or_default();
                        if title.is_empty() {
                            self.notice.diagnostics.push(Diagnostic {
                                severity: Severity::Warning,
                                pos: self.pos(st.start),
                                range: st.start..st.start,
                                message:
                                    "the notice names no target document; its instructions apply to the document given"
                                        .into(),
                                excerpt: st.raw.clone(),
                            });
                        }
                        self.open_section(None, title, None, st.start);
                    }
                    _ => {}
                }
                let title = self.current.map(|c| self.notice.sections[c].title.clone());
                self.push(st, id, title, ops);
            }
            Err(e) => {
                let end = (e.offset + 3).min(st.end.max(e.offset));
                let rest: String = self.idx_text(e.offset, st.end);
                let msg = if !e.no_formula {
                    e.message.clone()
                } else if rest.is_empty() {
                    format!("{}: the sentence ends before the formula is complete", e.message)
                } else {
                    format!("{}: cannot read on from “{}”", e.message, shorten(&rest, 16))
                };
                self.error(e.offset, e.offset..end, format!("{id}: {msg}"), &st.raw);
            }
        }
    }

    fn idx_text(&self, from: usize, to: usize) -> String {
        self.lines
            .iter()
            .filter(|l| l.end() > from && l.start < to)
            .map(|l| l.content[l.content_offset(from)..].to_string())
            .collect::<Vec<_>>()
            .join("")
    }

    fn build(&self, st: &Statement, id: String, section: Option<String>, ops: Vec<Operation>) -> Instruction {
        Instruction { id, section, text: st.raw.clone(), pos: self.pos(st.start), end: self.pos(st.end), ops }
    }

    fn push(&mut self, st: &Statement, id: String, section: Option<String>, ops: Vec<Operation>) {
        // ids repeat across attachments (附件2 numbers its items 一、二、… again): qualify the later ones
        let id = match &self.attachment_label {
            Some(a) if self.notice.instructions().any(|i| i.id == id) => format!("{a}/{id}"),
            _ => id,
        };
        let ins = self.build(st, id, section, ops);
        let c = self.current.expect("a section is open");
        self.notice.sections[c].instructions.push(ins);
    }

    fn finish(&mut self) {
        let count = self.notice.instructions().count();
        // a text with no instruction is not a notice at all, unless it has the sections of one or
        // sentences that came close (their own errors say more than a verdict on the whole)
        let specific = self.notice.diagnostics.iter().any(|d| !d.message.contains("fits no amendment formula"));
        if count == 0 && self.notice.sections.is_empty() && !specific {
            let has_formula_errors = self.notice.errors().count() > 0;
            self.notice
                .diagnostics
                .retain(|d| d.message.starts_with("unbalanced") || d.message.contains("closing quote"));
            self.notice.diagnostics.push(Diagnostic {
                severity: Severity::Error,
                pos: Pos { line: 1, column: 1, offset: 0 },
                range: 0..0,
                message: if has_formula_errors {
                    "this is not an amendment notice: none of its sentences is an amendment instruction (将…修改为…, 删除…, 增加…)".into()
                } else {
                    "this is not an amendment notice: it contains no instruction".into()
                },
                excerpt: String::new(),
            });
        }
    }
}

/// 第…次会议决定对《中华人民共和国反垄断法》作如下修改： → the one title it amends.
fn single_title_to_amend(body: &str) -> Option<String> {
    if body.matches('《').count() != 1 || body.contains("》等") {
        return None;
    }
    // the title ends at the first 》 after its 《 (a stray 》 may come before it)
    let a = body.find('《')? + '《'.len_utf8();
    let b = a + body[a..].find('》')?;
    Some(body[a..b].to_string())
}

fn shorten(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out.replace(TOKEN_OPEN, "“").replace(quotes::TOKEN_CLOSE, "”")
}
