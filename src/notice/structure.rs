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
    /// Abbreviations the decision declares (以下简称《解释》): (abbreviation, title).
    abbrevs: Vec<(String, String)>,
    /// The items that follow repeal documents (决定，废止下列法规：).
    repeal_list: bool,
    /// A scoped head (五、对第十条作如下修改：): the labels open at it, and the context each numbered
    /// item below it starts from.
    scope: Option<(Vec<(LabelKind, String)>, Context)>,
    /// The open scoped head: where it is, its text, and how many instructions the notice had when it
    /// opened (a head with none under it has lost its items).
    scope_head: Option<(usize, String, usize)>,
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
        abbrevs: Vec::new(),
        repeal_list: false,
        scope: None,
        scope_head: None,
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
        // a head with its items in one paragraph: each item is read as if it had its own line
        match st.split_inline() {
            Some(parts) => parts.into_iter().for_each(|p| r.statement(p, next)),
            None => r.statement(st, next),
        }
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
    // a crawl may mix the half- and full-width forms: (2024年6月28日…通过）
    s.starts_with(['（', '(']) && s.ends_with(['）', ')'])
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
        let implies_renumbering = kind == ProvisionKind::Closing && closing_renumbers(&st.raw);
        self.notice.provisions.push(Provision {
            kind,
            text: st.raw.clone(),
            pos: self.pos(st.start),
            implies_renumbering,
        });
    }

    fn error(&mut self, offset: usize, range: std::ops::Range<usize>, message: String, excerpt: &str) {
        // the section the sentence belongs to: the one it names inline, or the open one
        let section = inline_title(excerpt)
            .map(|t| self.full_title(&t))
            .filter(|t| !self.names_current(t))
            .or_else(|| self.current.map(|c| self.notice.sections[c].title.clone()))
            .or_else(|| self.implicit_title.clone());
        self.notice.diagnostics.push(Diagnostic {
            severity: Severity::Error,
            pos: self.pos(offset),
            range,
            message,
            excerpt: excerpt.to_string(),
            section,
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
            let range = self.char_at(off, st.end);
            self.error(off, range, "unbalanced quote: the quotation opened here is never closed".into(), &st.raw);
            self.after_item(&st);
            return;
        }
        if let Some(off) = st.stray_close {
            let range = self.char_at(off, st.end);
            self.error(off, range, "a closing quote ” without an opening one".into(), &st.raw);
            self.after_item(&st);
            return;
        }
        for &off in &st.recovered {
            self.warning(
                off,
                "this quotation is not closed before the next instruction: it is taken to end with its paragraph"
                    .into(),
                &st.raw,
            );
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
            self.open_headed(&st, &title, doc_number);
            return;
        }
        if let Some(ctx) = statement::scope(&st, &self.idx, &self.abbrevs) {
            self.paragraphs = 0;
            // 三、对《…条例》第十条作如下修改： opens that document's section
            if let Some(t) = ctx.last.iter().find_map(|l| l.target.clone())
                && !self.names_current(&t)
            {
                let sid = self.labels.first().map(|(_, l)| l.trim_end_matches('、').to_string());
                self.open_section(sid, t, None, st.start);
            }
            self.close_scope();
            self.scope = Some((self.labels.clone(), ctx));
            self.scope_head = Some((st.start, body.clone(), self.notice.instructions().count()));
            self.provision(&st, ProvisionKind::Framing);
            return;
        }
        // 废止《A》、《B》 · 废止2005年…通过的《…》。 · 对《A》、《B》予以废止。 (before the framing
        // 对…予以废止, which heads a list of them)
        if let Some(titles) = statement::repealed_titles(&body, Rule::repeal) {
            for t in titles {
                let t = self.full_title(&st.detokenize(&t));
                self.repeal_title(&st, id.clone(), t);
            }
            return;
        }
        if statement::matches(Rule::framing, &body) {
            self.paragraphs = 0;
            self.provision(&st, ProvisionKind::Framing);
            return;
        }
        // 决定，废止下列法规：— the items that follow each repeal a document
        if statement::matches(Rule::repeal_list, &body) {
            self.repeal_list = true;
            self.provision(&st, ProvisionKind::Preamble);
            return;
        }
        if (self.attachment == AttachmentMode::Repeal || self.repeal_list) && st.label.is_some() {
            self.repeal(&st, id);
            return;
        }
        // 一、《…条例》 alone: a package decision's section, its items below it
        if st.label.is_some()
            && let Some((title, doc_number)) = statement::section_title(&body)
        {
            self.open_headed(&st, &title, doc_number);
            return;
        }
        // a paragraph that is only a quotation, after an instruction whose text ended with a
        // quotation: one more paragraph of that text (a decision that closed its quotation too early)
        if st.label.is_none() && is_only_quotation(&body) && self.continue_text(&st) {
            return;
        }
        let instructs = ["修改为", "删去", "删除", "增加一", "增加二", "改为第"].iter().any(|v| body.contains(v));
        if st.label.is_none() && !instructs && (body.ends_with(['：', ':']) || body.contains("如下")) {
            self.preamble(&st);
            return;
        }
        self.instruction(&st, id);
    }

    fn warning(&mut self, offset: usize, message: String, excerpt: &str) {
        let section = self.current.map(|c| self.notice.sections[c].title.clone());
        self.notice.diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            pos: self.pos(offset),
            range: self.char_at(offset, usize::MAX),
            message,
            excerpt: excerpt.to_string(),
            section,
        });
    }

    /// Appends a quotation standing alone to the text of the last instruction, when that
    /// instruction wrote a text that ended with a quotation. Returns whether it did.
    fn continue_text(&mut self, st: &Statement) -> bool {
        let Some(c) = self.current else { return false };
        let Some(ins) = self.notice.sections[c].instructions.last_mut() else { return false };
        let Some(op) = ins.ops.last_mut() else { return false };
        let ends_with_quote = ins.text.trim_end_matches(['。', '；', ';', '.']).ends_with(['”', '"']);
        let paragraphs = match &mut op.op {
            Op::ReplaceNode { paragraphs } | Op::InsertNode { paragraphs, .. } | Op::SplitNode { paragraphs, .. }
                if ends_with_quote && !paragraphs.is_empty() =>
            {
                paragraphs
            }
            _ => return false,
        };
        for q in &st.quotes {
            paragraphs.extend(q.text.split('\n').map(str::to_string));
            op.quoted.push(q.clone());
        }
        ins.text.push('\n');
        ins.text.push_str(&st.raw);
        ins.end = self.idx.pos(st.end);
        let id = ins.id.clone();
        self.warning(
            st.start,
            format!("{id}: this quotation stands alone after the instruction's text: it is read as that text's next paragraph"),
            &st.raw,
        );
        true
    }

    /// A preamble: the abbreviations it declares (以下简称《解释》) and the one title it amends.
    fn preamble(&mut self, st: &Statement) {
        let abbrevs = statement::abbreviations(&st.body);
        let mut body = st.body.clone();
        for (a, _) in &abbrevs {
            body = body.replace(&format!("以下简称《{a}》"), "");
        }
        self.abbrevs.extend(abbrevs);
        if let Some(t) = single_title_to_amend(&body) {
            self.implicit_title = Some(t);
        }
        self.provision(st, ProvisionKind::Preamble);
    }

    /// Whether a title named inline is the document of the current section: its title, or its short
    /// name by its kind, the end of its title (《意见》, 《若干意见》 for 《…关于促进示例产业发展的若干意见》,
    /// 《办法》 for 《…管理办法》; 刑法 in a 修正案 of the 中华人民共和国刑法), as notices write it without
    /// declaring it (以下简称). A title named inline that is not opens a section of its own.
    fn names_current(&self, t: &str) -> bool {
        let open = self.current.map(|c| &self.notice.sections[c].title).or(self.implicit_title.as_ref());
        let Some(title) = open else { return false };
        let (full, short) = (normalize_title(title), normalize_title(t));
        same_title(title, t) || (short.chars().count() <= 6 && full.ends_with(&short))
    }

    /// The full title of a title as written: an abbreviation the decision declared stands for its title.
    fn full_title(&self, t: &str) -> String {
        self.abbrevs.iter().find(|(a, _)| a == t).map_or_else(|| t.to_string(), |(_, full)| full.clone())
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
                // an item below a scoped head starts from the unit the head names: its labels are the
                // head's and more (a stack of labels that leaves the head's is cut to or below their
                // length first, and the scope ends there, so the length tells)
                self.ctx = match &self.scope {
                    Some((open, ctx)) if self.labels.len() > open.len() => ctx.clone(),
                    _ => {
                        self.close_scope();
                        Context::default()
                    }
                };
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

    /// A section opened by its head line (一、对《…》作出修改, 一、《…》): its id is the line's label.
    fn open_headed(&mut self, st: &Statement, title: &str, doc_number: Option<String>) {
        self.paragraphs = 0;
        let sid = st.label.as_ref().map(|l| l.trim_end_matches('、').to_string());
        let title = self.full_title(&st.detokenize(title));
        self.open_section(sid, title, doc_number, st.start);
    }

    fn open_section(&mut self, id: Option<String>, title: String, doc_number: Option<String>, offset: usize) {
        let pos = self.pos(offset);
        let aliases =
            self.abbrevs.iter().filter(|(_, full)| same_title(full, &title)).map(|(a, _)| a.clone()).collect();
        self.notice.sections.push(Section { id, title, doc_number, pos, instructions: Vec::new(), aliases });
        self.current = Some(self.notice.sections.len() - 1);
    }

    /// An item of a list of repealed documents: 一、《…》（2006年…通过…）, or an attachment's
    /// 一、关于…的规定（1980年…批准）.
    fn repeal(&mut self, st: &Statement, id: String) {
        let title = match statement::repealed_titles(&st.body, Rule::repeal_item) {
            Some(t) => st.detokenize(&t[0]),
            None => {
                let body = st.body.trim_end_matches('。');
                statement::strip_title(body.split(['（', '(']).next().unwrap_or(body).trim())
            }
        };
        let title = self.full_title(&title);
        self.repeal_title(st, id, title);
    }

    fn repeal_title(&mut self, st: &Statement, id: String, title: String) {
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
        let mut ctx = std::mem::take(&mut self.ctx);
        ctx.closing = None;
        let result = statement::operations(st, &mut ctx, &self.idx, &self.abbrevs);
        let closing = ctx.closing.take();
        self.ctx = ctx;
        match result {
            // 此外，… that acts on every document (renumbering, wording, a renaming in all of them)
            Ok(ops) if st.body.starts_with("此外") && ops.iter().all(document_wide) => {
                // numbered (七、此外，…), it keeps its number; else it is named 此外, 此外2, …
                let n = self.notice.global.iter().filter(|g| g.id.starts_with("此外")).count();
                let id = match st.label {
                    Some(_) => id,
                    None if n == 0 => "此外".to_string(),
                    None => format!("此外{}", n + 1),
                };
                let ins = self.build(st, id, None, ops);
                self.notice.global.push(ins);
            }
            Ok(ops) => {
                let target = ops.iter().flat_map(|o| o.locators.iter()).find_map(|l| l.target.clone());
                match target {
                    // a multi-law decision names each target inline: 将《…条例》第十条修改为…
                    Some(t) if !self.names_current(&t) => {
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
                                section: None,
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
                let rest: String = self.idx_text(e.offset, st.end);
                let msg = if !e.no_formula {
                    e.message.clone()
                } else if rest.is_empty() {
                    format!("{}: the sentence ends before the formula is complete", e.message)
                } else {
                    format!("{}: cannot read on from “{}”", e.message, shorten(&rest, 16))
                };
                // a sentence that names another document inline opens its section, so that the
                // paragraphs after it are that document's too
                if let Some(t) = inline_title(&st.raw).map(|t| self.full_title(&t))
                    && !self.names_current(&t)
                {
                    let sid = self.labels.first().map(|(_, l)| l.trim_end_matches('、').to_string());
                    self.open_section(sid, t, None, st.start);
                }
                let range = self.char_at(e.offset, st.end);
                self.error(e.offset, range, format!("{id}: {msg}"), &st.raw);
            }
        }
        if let Some(text) = closing {
            self.notice.provisions.push(Provision {
                kind: ProvisionKind::Closing,
                implies_renumbering: closing_renumbers(&text),
                text,
                pos: self.pos(st.start),
            });
        }
    }

    /// The one character at `offset` (not past `limit`): a mark's range ends on the character's
    /// boundary whatever its width (an ASCII quote or digit is one byte, a CJK character three).
    fn char_at(&self, offset: usize, limit: usize) -> std::ops::Range<usize> {
        let width = self.idx_text(offset, offset + 1).chars().next().map_or(0, char::len_utf8);
        offset..(offset + width).min(limit.max(offset))
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

    /// Ends the scoped head open, if any: one with no instruction under it is a warning (its items
    /// are lost, as a paste can lose them, or it was meant as an instruction of its own).
    fn close_scope(&mut self) {
        self.scope = None;
        if let Some((at, body, count)) = self.scope_head.take()
            && self.notice.instructions().count() == count
        {
            let message = format!(
                "this head names the place of the items below it, but no item follows it: nothing is changed \
                 there ({body})"
            );
            self.warning(at, message, &body);
        }
    }

    fn finish(&mut self) {
        self.close_scope();
        let count = self.notice.instructions().count();
        // a text with no instruction is not a notice at all, unless it has the sections of one or
        // sentences that came close (their own errors say more than a verdict on the whole)
        // (a title that says it amends, 关于修改《…》的决定, 修正案, says it is a notice: its sentences'
        // own errors stand)
        let specific = self.notice.diagnostics.iter().any(|d| !d.message.contains("fits no amendment formula"));
        let amends = self.notice.title.as_deref().is_some_and(|t| t.contains("修改") || t.contains("修正"));
        if count == 0 && self.notice.sections.is_empty() && !specific && !amends {
            // (every diagnostic is a sentence that fits no formula: the verdict replaces them)
            let has_formula_errors = self.notice.errors().count() > 0;
            self.notice.diagnostics.clear();
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
                section: None,
            });
        }
    }
}

/// Whether a statement is nothing but one quotation (and its full stop).
fn is_only_quotation(body: &str) -> bool {
    let b = body.trim_end_matches(['。', '；', ';', ' ', '\u{3000}']);
    b.starts_with(TOKEN_OPEN) && b.ends_with(quotes::TOKEN_CLOSE) && b.matches(TOKEN_OPEN).count() == 1
}

/// Whether an operation acts on every document of a decision alike (此外，对相关行政法规中的条文序号
/// 作相应调整; 此外，将相关地方性法规中“区、县”的提法统一修改为“区”), not on units of one of them.
fn document_wide(o: &Operation) -> bool {
    match &o.op {
        Op::RenumberAll { .. } | Op::AdjustWording { .. } | Op::TocFollows { .. } | Op::CountCheck { .. } => true,
        Op::Rename { .. } => o.locators.iter().all(|l| l.is_whole() && l.target.is_none()),
        _ => false,
    }
}

/// Whether two titles name the same document: 〈〉 and <> inside, and a leading 中华人民共和国, do
/// not matter.
pub fn same_title(a: &str, b: &str) -> bool {
    !a.is_empty() && normalize_title(a) == normalize_title(b)
}

/// A title compared as a title: no spaces, 〈〉 and <> as 《》, without a leading 中华人民共和国.
pub fn normalize_title(t: &str) -> String {
    let t: String = t
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '〈' | '<' | '＜' => '《',
            '〉' | '>' | '＞' => '》',
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect();
    let t = t.trim_start_matches('《').trim_end_matches('》');
    t.strip_prefix("中华人民共和国").unwrap_or(t).to_string()
}

/// Whether a closing formula says that numbering follows the new order (…并对条文顺序作相应调整，
/// 重新公布; 并调整条文顺序后重新公布; 并对条款作相应调整).
fn closing_renumbers(text: &str) -> bool {
    ["顺序作相应调整", "序号作相应调整", "调整条文顺序", "条款作相应调整", "条文作相应调整", "顺序做相应调整"]
        .iter()
        .any(|w| text.contains(w))
}

/// The title a sentence names inline, as in 将《…条例》第十条…: for attributing an unreadable
/// sentence to its section.
fn inline_title(excerpt: &str) -> Option<String> {
    let a = excerpt.find("《")?;
    if !excerpt[..a].ends_with('将')
        && !excerpt[..a].ends_with('在')
        && !excerpt[..a].ends_with("删去")
        && !excerpt[..a].ends_with("删除")
    {
        return None;
    }
    let b = a + excerpt[a..].find('》')?;
    let after = &excerpt[b + '》'.len_utf8()..];
    (after.starts_with('第') || after.starts_with('中') || after.starts_with("原第") || after.starts_with("的"))
        .then(|| excerpt[a + '《'.len_utf8()..b].to_string())
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Where reading stopped is shown by the words from there, shortened with … only when there are
    /// more (found by cargo-mutants).
    #[test]
    fn an_excerpt_is_shortened_only_when_longer() {
        assert_eq!(shorten("删去第五条", 5), "删去第五条");
        assert_eq!(shorten("删去第五条。", 5), "删去第五条…");
        assert_eq!(shorten(&format!("{TOKEN_OPEN}甲{}", quotes::TOKEN_CLOSE), 5), "“甲”");
    }

    /// A signature's date (2016年12月1日, 二〇一六年十二月一日): a year, a month and a day, and nothing
    /// else; a line that lacks one of them, or says more, is no date.
    #[test]
    fn a_date_line_is_a_whole_date() {
        for yes in ["2016年12月1日", "二〇一六年十二月一日", "2016年12月1日。"] {
            assert!(is_date(yes), "{yes}");
        }
        for no in ["2016年12月", "12月1日", "2016年1日", "本决定自2016年12月1日起施行", "2016年12月1日起"]
        {
            assert!(!is_date(no), "{no}");
        }
    }

    /// A line in parentheses from end to end (题注, （此件主动公开）), in either width; one that only
    /// opens or only closes with one is not.
    #[test]
    fn a_paren_line_is_parenthesised_whole() {
        for yes in ["（2024年6月28日通过）", "(2024年6月28日通过）", "（此件主动公开）"] {
            assert!(is_paren_line(yes), "{yes}");
        }
        for no in ["（一）将第三条修改为：", "删除第三项（责任单位）", "（此件主动公开"] {
            assert!(!is_paren_line(no), "{no}");
        }
    }

    /// The header ends where the decision says what it does: a paragraph that ends with a colon and
    /// says 如下 (对《某条例》作如下修改：) is no header line, while an addressee (各市人民政府：) is.
    #[test]
    fn the_header_ends_at_the_sentence_that_says_what_follows() {
        let n = parse("关于修改《某条例》的决定\n\n各区人民政府：\n\n对《某条例》作如下修改：\n\n一、删去第六条。\n");
        let kinds: Vec<(ProvisionKind, &str)> = n.provisions.iter().map(|p| (p.kind, p.text.as_str())).collect();
        assert_eq!(
            kinds,
            [(ProvisionKind::Header, "关于修改《某条例》的决定"), (ProvisionKind::Header, "各区人民政府：")]
        );
        // (it opens the document's section)
        assert_eq!(n.sections.len(), 1);
        assert_eq!(n.sections[0].title, "某条例");
        assert_eq!(n.instructions().count(), 1);
        // the sentence that says the body decides (…会议决定：) is no header line either
        let n = parse(
            "关于修改《某条例》的决定\n\n某市第十六届人民代表大会常务委员会第三次会议决定：\n\n一、删去第六条。\n",
        );
        let kinds: Vec<ProvisionKind> = n.provisions.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [ProvisionKind::Header, ProvisionKind::Preamble]);
    }

    /// An attachment's heading (附件2) ends the unquoted text of the instruction before it, as an
    /// instruction's label does.
    #[test]
    fn an_attachment_heading_ends_an_unquoted_text() {
        let n = parse(
            "关于修改《某条例》的决定\n\n一、将第五条修改为：\n第五条　登记机关应当公开办事指南。\n附件2\n废止的文件目录\n",
        );
        let texts: Vec<Vec<String>> = n
            .instructions()
            .map(|i| i.ops.iter().flat_map(|o| o.quoted.iter().map(|q| q.text.clone())).collect())
            .collect();
        assert_eq!(texts, [vec!["第五条　登记机关应当公开办事指南。".to_string()]]);
    }
}
