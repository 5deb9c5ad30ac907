//! What the workbench's requests compute, over the library and without HTTP: a draft notice applied
//! to a document (`apply`), the notice derived from an edit (`derive`), an opened file read as text
//! (`read`), and the Word files a drafter downloads. Every text goes through the same reading as a
//! file on the command line (the input cap, the checks for binary and control characters), and every
//! position is a 1-based line and column in characters, as the page's editor counts them.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::apply::{ApplyError, ApplyOptions, InstructionReport, Skip, Warning};
use crate::derive::{DeriveOptions, Style};
use crate::diff::{DiffOptions, DocumentDiff, diff_documents, link_instructions};
use crate::document::Document;
use crate::io::MAX_INPUT_BYTES;
use crate::notice::{Notice, Pos, Section, Severity};
use crate::render::DiffReport;
use crate::text::decode::EncodingChoice;

/// A request that cannot be answered: the HTTP status and a sentence for the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiError {
    #[serde(skip)]
    pub status: u16,
    pub error: String,
}

impl ApiError {
    pub fn bad(error: impl Into<String>) -> Self {
        ApiError { status: 400, error: error.into() }
    }
}

/// `POST /api/apply`: a draft notice and the document it amends.
#[derive(Debug, Clone, Deserialize)]
pub struct ApplyRequest {
    pub document: String,
    pub notice: String,
    /// The notice's section for the document (its number, title or document number); found by the
    /// document's title when absent or empty.
    #[serde(default)]
    pub section: Option<String>,
    /// Instructions to leave out, by id (四（二）), as `amend apply --skip` does.
    #[serde(default)]
    pub skip: Vec<String>,
}

/// A place in the draft: from `line:column` up to (not including) `end_line:end_column`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// A section of the notice, for the page's choice of target document.
#[derive(Debug, Clone, Serialize)]
pub struct SectionInfo {
    pub id: Option<String>,
    pub title: String,
    pub doc_number: Option<String>,
    pub line: usize,
}

/// An instruction of the applied section and where it is written.
#[derive(Debug, Clone, Serialize)]
pub struct InstructionSpan {
    pub id: String,
    pub op: String,
    pub span: Span,
}

/// A problem to show in the draft: a sentence that cannot be read, an error or a warning of the
/// run. `span` is what the page marks: the sentence, or from the operation to its instruction's end.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    /// `error` or `warning`.
    pub severity: &'static str,
    /// What went wrong, by the engine's name for it (`text_not_found`, `unreadable`, `warning`…).
    pub kind: String,
    /// The instruction (一（三）), when the problem belongs to one.
    pub instruction: Option<String>,
    pub span: Span,
    pub message: String,
    /// Where in the document, when known: the unit's path, and its place in the document's text.
    pub path: Option<String>,
    pub document_span: Option<Span>,
    /// The nearest text in the document, when the quoted one was not found.
    pub candidate: Option<crate::apply::Candidate>,
}

/// The consolidated text and its views.
#[derive(Debug, Clone, Serialize)]
pub struct Consolidated {
    /// Exactly what `amend apply` writes.
    pub text: String,
    /// The text with its changes marked and linked to their instructions (HTML fragment).
    pub view_html: String,
    /// The 新旧对照表, the page `amend diff --format html` writes.
    pub table_html: String,
    /// Changed units by kind, as the 对照表's summary counts them.
    pub changed_units: usize,
}

/// `POST /api/apply`'s answer. A draft that does not apply is an answer too (HTTP 200): its problems
/// are listed and `result` is absent, since nothing is produced when one instruction fails.
#[derive(Debug, Clone, Serialize)]
pub struct ApplyResponse {
    pub sections: Vec<SectionInfo>,
    /// The section applied; absent when none could be chosen (`problem` says why).
    pub section: Option<SectionInfo>,
    /// Why the draft as a whole could not be applied (no instruction in it, no section for the
    /// document); the page shows it above the problems.
    pub problem: Option<String>,
    pub instructions: Vec<InstructionSpan>,
    pub problems: Vec<Problem>,
    pub reports: Vec<InstructionReport>,
    pub result: Option<Consolidated>,
}

/// Reads a text the page sent as if it were a file called `name`: the same cap and checks.
fn read_text(name: &str, text: &str) -> Result<arcstr::ArcStr, ApiError> {
    if text.len() as u64 > MAX_INPUT_BYTES {
        return Err(ApiError {
            status: 413,
            error: format!(
                "{name}：{} 字节，超过上限 {MAX_INPUT_BYTES} 字节 (the text is {} bytes; amend reads at most {MAX_INPUT_BYTES})",
                text.len(),
                text.len()
            ),
        });
    }
    crate::io::decode_bytes(Path::new(name), text.as_bytes(), EncodingChoice::Utf8)
        .map(crate::io::Input::into_text)
        .map_err(|e| ApiError::bad(e.to_string()))
}

/// Line and column (1-based, in characters) of byte offsets in one text.
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Lines { text, starts }
    }

    fn at(&self, offset: usize) -> (usize, usize) {
        // a place inside a character counts as that character's start
        let offset = self.text.floor_char_boundary(offset.min(self.text.len()));
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let column = self.text.get(start..offset).map_or(0, |s| s.chars().count());
        (line + 1, column + 1)
    }

    fn span(&self, from: usize, to: usize) -> Span {
        let (line, column) = self.at(from);
        let (end_line, end_column) = self.at(to.max(from));
        Span { line, column, end_line, end_column }
    }

    /// From `pos` to the end of the instruction that holds it (or to the end of its line).
    fn span_from(&self, pos: Pos, instructions: &[(usize, usize)]) -> Span {
        let end =
            instructions.iter().find(|(s, e)| (*s..*e).contains(&pos.offset)).map(|&(_, e)| e).unwrap_or_else(|| {
                let rest = self.text.get(pos.offset..).unwrap_or("");
                rest.find('\n').map_or(self.text.len(), |i| pos.offset + i)
            });
        self.span(pos.offset, end)
    }
}

fn section_info(s: &Section) -> SectionInfo {
    SectionInfo { id: s.id.clone(), title: s.title.clone(), doc_number: s.doc_number.clone(), line: s.pos.line }
}

/// Applies the draft: the answer for the page, problems included.
pub fn apply(req: &ApplyRequest) -> Result<ApplyResponse, ApiError> {
    let document = read_text("原文", &req.document)?;
    let draft = read_text("修改通知草稿", &req.notice)?;
    let notice = crate::notice::parse(&draft);
    let doc = crate::document::parse_shared(document);
    let lines = Lines::new(&draft);
    let mut answer = ApplyResponse {
        sections: notice.sections.iter().map(section_info).collect(),
        section: None,
        problem: None,
        instructions: Vec::new(),
        problems: Vec::new(),
        reports: Vec::new(),
        result: None,
    };
    let wanted = req.section.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let section = match crate::apply::find_section(&notice, &doc, wanted) {
        Ok(s) => s,
        Err(m) => {
            answer.problem = Some(m);
            answer.problems = unreadable(&notice, None, &lines);
            return Ok(answer);
        }
    };
    answer.section = Some(section_info(section));
    let spans: Vec<(usize, usize)> = section.instructions.iter().map(|i| (i.pos.offset, i.end.offset)).collect();
    answer.instructions = section
        .instructions
        .iter()
        .map(|i| InstructionSpan { id: i.id.clone(), op: i.op_name(), span: lines.span(i.pos.offset, i.end.offset) })
        .collect();
    answer.problems = unreadable(&notice, Some(section), &lines);
    if answer.problems.iter().any(|p| p.severity == "error") {
        answer.problem = Some("草稿中有读不懂的句子，修改未执行 (the draft has sentences that cannot be read)".into());
        return Ok(answer);
    }
    let skip = req.skip.iter().map(|id| Skip { id: id.clone(), reason: "跳过（在工作台中选择）".into() }).collect();
    match crate::apply::apply(&doc, &notice, section, &ApplyOptions { strict: false, skip }) {
        Ok(applied) => {
            answer.problems.extend(applied.warnings.iter().map(|w| warning(w, &lines, &spans)));
            answer.reports = applied.reports.clone();
            let new = crate::document::parse(&applied.text);
            let mut diff = diff_documents(&doc, &new, &DiffOptions::default());
            link_instructions(&mut diff, &applied.changes);
            answer.result = Some(Consolidated {
                view_html: crate::render::consolidated::fragment(&diff),
                table_html: table(&diff, &doc, &new, "原文", "合并文本"),
                changed_units: diff.summary.changed(),
                text: applied.text,
            });
        }
        Err(failed) => {
            answer.problems.extend(failed.errors.iter().map(|e| error(e, &lines, &spans)));
            answer.problems.extend(failed.warnings.iter().map(|w| warning(w, &lines, &spans)));
        }
    }
    // the place in the document of each problem that names a unit: the nearest text where there is
    // one in that unit, else the unit
    let in_doc = Lines::new(&doc.source);
    for p in &mut answer.problems {
        p.document_span = p.path.as_deref().and_then(|path| doc.root.find_path(path)).map(|n| {
            let unit = doc.source.get(n.span.start..n.span.end).unwrap_or("");
            match p.candidate.as_ref().and_then(|c| unit.find(c.text.as_str()).map(|at| (at, c.text.len()))) {
                Some((at, len)) => in_doc.span(n.span.start + at, n.span.start + at + len),
                None => in_doc.span(n.span.start, n.span.end),
            }
        });
    }
    Ok(answer)
}

/// The notice's diagnostics as problems (for one section: another document's errors are warnings).
fn unreadable(notice: &Notice, section: Option<&Section>, lines: &Lines) -> Vec<Problem> {
    let diagnostics = match section {
        Some(s) => notice.diagnostics_for(s, false),
        None => notice.diagnostics.clone(),
    };
    diagnostics
        .into_iter()
        .map(|d| Problem {
            severity: if d.severity == Severity::Error { "error" } else { "warning" },
            kind: if d.severity == Severity::Error { "unreadable".into() } else { "notice_warning".into() },
            instruction: None,
            span: if d.range.is_empty() { lines.span_from(d.pos, &[]) } else { lines.span(d.range.start, d.range.end) },
            message: d.message,
            path: None,
            document_span: None,
            candidate: None,
        })
        .collect()
}

fn error(e: &ApplyError, lines: &Lines, spans: &[(usize, usize)]) -> Problem {
    Problem {
        severity: "error",
        kind: e.kind.name(),
        instruction: Some(e.instruction.clone()).filter(|i| !i.is_empty()),
        span: lines.span_from(e.pos, spans),
        message: e.message.clone(),
        path: e.path.clone(),
        document_span: None,
        candidate: e.candidate.clone(),
    }
}

fn warning(w: &Warning, lines: &Lines, spans: &[(usize, usize)]) -> Problem {
    Problem {
        severity: "warning",
        kind: "warning".into(),
        instruction: Some(w.instruction.clone()).filter(|i| !i.is_empty()),
        span: lines.span_from(w.pos, spans),
        message: w.message.clone(),
        path: None,
        document_span: None,
        candidate: None,
    }
}

/// The 新旧对照表 page of a diff.
fn table(diff: &DocumentDiff, old: &Document, new: &Document, old_name: &str, new_name: &str) -> String {
    let report = DiffReport { diff, old_name, new_name, title: new.title().or(old.title()), context: false };
    crate::render::html::html(&report)
}

/// `POST /api/derive`: a document and the drafter's edit of it.
#[derive(Debug, Clone, Deserialize)]
pub struct DeriveRequest {
    pub old: String,
    pub new: String,
    /// `notice` or `decision`; chosen from the document when absent.
    #[serde(default)]
    pub style: Option<String>,
}

/// `POST /api/derive`'s answer.
#[derive(Debug, Clone, Serialize)]
pub struct DeriveResponse {
    /// The derived notice; empty when the versions do not differ.
    pub notice: String,
    pub instructions: usize,
    /// What the notice leaves out and why, in Chinese, one sentence each.
    pub notes: Vec<String>,
    /// The 新旧对照表 of the edit.
    pub table_html: String,
}

pub fn derive(req: &DeriveRequest) -> Result<DeriveResponse, ApiError> {
    let old = crate::document::parse_shared(read_text("修改前", &req.old)?);
    let new = crate::document::parse_shared(read_text("修改后", &req.new)?);
    let style = match req.style.as_deref().map(str::trim) {
        None | Some("") | Some("auto") => None,
        Some("notice") => Some(Style::Notice),
        Some("decision") => Some(Style::Decision),
        Some(other) => return Err(ApiError::bad(format!("未知的写法 “{other}” (style is notice or decision)"))),
    };
    let opts = DeriveOptions { style, title: None, keep_formatting: false };
    let derived = crate::derive::derive(&old, &new, &opts).map_err(|m| ApiError { status: 422, error: m })?;
    let mut notes = Vec::new();
    if derived.instructions == 0 {
        notes.push("两个版本没有实质差异，无需修改。".to_string());
    }
    if derived.metadata_left_out {
        notes.push("文首信息（题注、文号、元数据）不同；修改决定不修改这些内容，已略去。".to_string());
    }
    if derived.invisible_lines_left_out {
        notes.push("修改后的文本有仅含零宽空格的行，修改决定无法写出，已略去。".to_string());
    }
    if !derived.formatting_left_out.is_empty() {
        notes.push(format!(
            "{} 处仅格式不同（全角半角、引号样式、空格、空行），按起草惯例略去：{}。",
            derived.formatting_left_out.len(),
            derived.formatting_left_out.join("、")
        ));
    }
    let diff = diff_documents(&old, &new, &DiffOptions::default());
    Ok(DeriveResponse {
        notice: if derived.instructions == 0 { String::new() } else { derived.text },
        instructions: derived.instructions,
        notes,
        table_html: table(&diff, &old, &new, "修改前", "修改后"),
    })
}

/// `POST /api/read?name=…`: a file the drafter opened, as text.
#[derive(Debug, Clone, Serialize)]
pub struct ReadResponse {
    pub text: String,
    /// `UTF-8`, `GB18030`, `UTF-16LE`, `Word (.docx)`…
    pub encoding: String,
    /// What reading did that the drafter should know (tracked changes accepted…).
    pub notes: Vec<String>,
}

pub fn read(name: &str, bytes: &[u8]) -> Result<ReadResponse, ApiError> {
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(ApiError {
            status: 413,
            error: format!("{name}: the file is larger than {MAX_INPUT_BYTES} bytes"),
        });
    }
    let input = crate::io::decode_bytes(Path::new(name), bytes, EncodingChoice::Auto)
        .map_err(|e| ApiError::bad(e.to_string()))?;
    Ok(ReadResponse {
        encoding: input.decoded.encoding.to_string(),
        notes: input.notes.clone(),
        // the page's editors count lines by \n, as the decoded text has them
        text: input.into_text().to_string(),
    })
}

/// `POST /api/docx/comparison`: two versions, and the notice that links their changes when given.
#[derive(Debug, Clone, Deserialize)]
pub struct ComparisonRequest {
    pub old: String,
    pub new: String,
    #[serde(default)]
    pub notice: Option<String>,
    #[serde(default)]
    pub section: Option<String>,
}

/// The 新旧对照表 as a Word file.
pub fn comparison_docx(req: &ComparisonRequest) -> Result<Vec<u8>, ApiError> {
    let old = crate::document::parse_shared(read_text("修改前", &req.old)?);
    let new = crate::document::parse_shared(read_text("修改后", &req.new)?);
    let mut diff = diff_documents(&old, &new, &DiffOptions::default());
    if let Some(draft) = req.notice.as_deref().filter(|n| !n.trim().is_empty()) {
        let notice = crate::notice::parse(&read_text("修改通知", draft)?);
        let wanted = req.section.as_deref().map(str::trim).filter(|s| !s.is_empty());
        // a notice that does not apply leaves the changes unlinked, as `amend diff --notice` does
        if let Ok(section) = crate::apply::find_section(&notice, &old, wanted)
            && let Ok(applied) = crate::apply::apply(&old, &notice, section, &ApplyOptions::default())
        {
            link_instructions(&mut diff, &applied.changes);
        }
    }
    let report = DiffReport {
        diff: &diff,
        old_name: "修改前",
        new_name: "修改后",
        title: new.title().or(old.title()),
        context: false,
    };
    Ok(crate::render::docx::comparison(&report))
}

/// `POST /api/docx/text`: a text (the consolidated one) as a Word file.
#[derive(Debug, Clone, Deserialize)]
pub struct TextRequest {
    pub text: String,
}

pub fn text_docx(req: &TextRequest) -> Result<Vec<u8>, ApiError> {
    let doc = crate::document::parse_shared(read_text("文本", &req.text)?);
    Ok(crate::render::docx::consolidated(&doc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters_from_one() {
        let l = Lines::new("一二三\n四五\n");
        assert_eq!(l.at(0), (1, 1));
        assert_eq!(l.at("一二".len()), (1, 3));
        assert_eq!(l.at("一二三\n".len()), (2, 1));
        assert_eq!(l.at("一二三\n四".len()), (2, 2));
        assert_eq!(l.at(10_000), (3, 1));
    }
}
