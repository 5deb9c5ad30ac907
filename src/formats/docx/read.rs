//! Reading a .docx as the text a person sees in Word: the paragraphs of the body in order (those
//! in table cells and content controls too), one line each, with the numbers of automatic numbering
//! written out ([`super::numbering`]).
//!
//! What is shown is what is read: tracked insertions and moves (to their new place) as accepted,
//! tracked deletions and the old place of moves left out; of a field only its result, never its
//! code; a line break (`w:br`) inside a paragraph starts a new line, a page or column break is
//! nothing; a tab is a tab, a non-breaking hyphen `-`; hidden text (`w:vanish`) is left out.
//! Headers, footers, footnotes, endnotes and comments are other parts and are not read; neither are
//! text boxes, drawings and equations. What the reader did that a user should know is said in
//! [`DocxText::notes`].
//!
//! The zip is read with `zip`, the XML with `quick-xml`. Nothing panics on any bytes: parts are
//! bounded in size ([`MAX_PART_BYTES`]) and nesting is bounded.

use std::borrow::Cow;
use std::io::{Cursor, Read};

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;

use super::numbering::{Numbering, Styles, on_value};
use crate::io::MAX_INPUT_BYTES;

/// The largest part amend inflates: 8 × the input limit. A part that inflates beyond it (a zip
/// bomb) is refused.
pub const MAX_PART_BYTES: u64 = 8 * MAX_INPUT_BYTES;

/// Elements nested deeper than this in the body are left out (and said so), so that no document
/// can exhaust the stack.
const MAX_DEPTH: usize = 256;

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const OLE2_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Whether `bytes` start as a zip archive does (a .docx is one).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP_MAGIC)
}

/// Whether `bytes` are an OLE2 compound file: an encrypted .docx or a Word 97–2003 .doc.
pub fn is_ole2(bytes: &[u8]) -> bool {
    bytes.starts_with(OLE2_MAGIC)
}

/// A Word document's text and what the reader says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocxText {
    /// The paragraphs, one line each, every line ending with `\n`.
    pub text: String,
    /// What was done that a user should know (tracked changes accepted, tables read cell by cell,
    /// automatic numbers written out…), one sentence each.
    pub notes: Vec<String>,
}

/// Why a file could not be read as a Word document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocxError {
    #[error(
        "a Word file that is encrypted or in the old .doc format (an OLE2 compound file); save it as .docx without a password"
    )]
    Ole2,
    #[error("a zip archive without word/document.xml: not a Word (.docx) document{hint}")]
    NotWord { hint: String },
    #[error(
        "a zip archive that cannot be read ({0}): the file is damaged or cut short; if it is a Word file, open it in Word and save it again"
    )]
    Damaged(String),
    #[error("a damaged Word document: {part} is not well-formed XML ({detail})")]
    Xml { part: &'static str, detail: String },
    #[error("a damaged Word document: {part} is not UTF-8 or UTF-16 text")]
    NotText { part: &'static str },
    #[error(
        "{part} inflates to more than {limit} bytes (a zip bomb?); amend reads Word parts of at most {limit} bytes"
    )]
    TooLarge { part: &'static str, limit: u64 },
    #[error("a Word document with no text in its body")]
    NoText,
}

/// Reads a .docx: the text of its body as Word shows it.
pub fn read(bytes: &[u8]) -> Result<DocxText, DocxError> {
    if is_ole2(bytes) {
        return Err(DocxError::Ole2);
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocxError::Damaged(e.to_string()))?;
    let Some(document) = part(&mut zip, "word/document.xml")? else {
        return Err(DocxError::NotWord { hint: what_else(&zip) });
    };
    let styles = match part(&mut zip, "word/styles.xml")? {
        Some(xml) => Styles::parse(&xml)?,
        None => Styles::default(),
    };
    let numbering = match part(&mut zip, "word/numbering.xml")? {
        Some(xml) => Numbering::parse(&xml, &styles)?,
        None => Numbering::default(),
    };
    let mut body = Body::new(&document, styles, numbering);
    body.read()?;
    body.finish()
}

/// What a zip without a Word body seems to be, for the message.
fn what_else(zip: &zip::ZipArchive<Cursor<&[u8]>>) -> String {
    let has = |name: &str| zip.file_names().flatten().any(|n| n.eq_ignore_ascii_case(name));
    if has("content.xml") && has("mimetype") {
        "; it looks like an OpenDocument file (.odt): save it as .docx".into()
    } else if has("xl/workbook.xml") {
        "; it looks like an Excel workbook".into()
    } else if has("ppt/presentation.xml") {
        "; it looks like a PowerPoint presentation".into()
    } else {
        String::new()
    }
}

/// A part of the package as text, `None` when there is no such part. Part names are matched
/// without regard to case, as the packaging standard says.
fn part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &'static str) -> Result<Option<String>, DocxError> {
    let Some(index) =
        zip.index_for_name(name).or_else(|| zip.file_names().flatten().position(|n| n.eq_ignore_ascii_case(name)))
    else {
        return Ok(None);
    };
    let file = zip.by_index(index).map_err(|e| DocxError::Damaged(format!("{name}: {e}")))?;
    if file.size() > MAX_PART_BYTES {
        return Err(DocxError::TooLarge { part: name, limit: MAX_PART_BYTES });
    }
    let mut bytes = Vec::with_capacity(file.size().min(16 << 20) as usize);
    file.take(MAX_PART_BYTES + 1).read_to_end(&mut bytes).map_err(|e| DocxError::Damaged(format!("{name}: {e}")))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(DocxError::TooLarge { part: name, limit: MAX_PART_BYTES });
    }
    xml_text(bytes, name).map(Some)
}

/// An XML part's bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
fn xml_text(bytes: Vec<u8>, part: &'static str) -> Result<String, DocxError> {
    for (bom, enc) in [(&b"\xFF\xFE"[..], encoding_rs::UTF_16LE), (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE)] {
        if let Some(body) = bytes.strip_prefix(bom) {
            return enc
                .decode_without_bom_handling_and_without_replacement(body)
                .map(Cow::into_owned)
                .ok_or(DocxError::NotText { part });
        }
    }
    let mut bytes = bytes;
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|_| DocxError::NotText { part })
}

/// The namespaces the reader tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ns {
    /// WordprocessingML (transitional or strict).
    W,
    /// Markup compatibility (`mc:AlternateContent`).
    Mc,
    /// Office math.
    Math,
    Other,
}

impl Ns {
    fn of(r: &ResolveResult) -> Ns {
        let ResolveResult::Bound(ns) = r else { return Ns::Other };
        match ns.0 {
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            | "http://purl.oclc.org/ooxml/wordprocessingml/main" => Ns::W,
            "http://schemas.openxmlformats.org/markup-compatibility/2006" => Ns::Mc,
            "http://schemas.openxmlformats.org/officeDocument/2006/math"
            | "http://purl.oclc.org/ooxml/officeDocument/math" => Ns::Math,
            _ => Ns::Other,
        }
    }
}

/// One step through an XML part.
pub(super) enum Node<'i> {
    /// A start tag (its content and end tag follow).
    Open(Ns, BytesStart<'i>),
    /// An empty element.
    Leaf(Ns, BytesStart<'i>),
    /// An end tag.
    Close,
    Text(Cow<'i, str>),
    Eof,
}

/// A namespace-aware pull reader over one part, with its name for messages.
pub(super) struct Xml<'i> {
    r: NsReader<&'i [u8]>,
    part: &'static str,
    /// The last node read was [`Node::Open`].
    last_was_open: bool,
}

impl<'i> Xml<'i> {
    pub(super) fn new(text: &'i str, part: &'static str) -> Self {
        Xml { r: NsReader::from_str(text), part, last_was_open: false }
    }

    fn error(&self, detail: impl std::fmt::Display) -> DocxError {
        DocxError::Xml { part: self.part, detail: format!("at byte {}: {detail}", self.r.buffer_position()) }
    }

    pub(super) fn next(&mut self) -> Result<Node<'i>, DocxError> {
        loop {
            let (ns, event) = match self.r.read_resolved_event() {
                Ok((ns, event)) => (Ns::of(&ns), event),
                Err(e) => return Err(self.error(e)),
            };
            self.last_was_open = matches!(event, Event::Start(_));
            return Ok(match event {
                Event::Start(e) => Node::Open(ns, e),
                Event::Empty(e) => Node::Leaf(ns, e),
                Event::End(_) => Node::Close,
                Event::Text(t) => Node::Text(t.xml10_content()),
                Event::CData(t) => Node::Text(t.xml10_content()),
                Event::GeneralRef(r) => match r.resolve_char_ref() {
                    Ok(Some(c)) => Node::Text(Cow::Owned(c.to_string())),
                    Ok(None) => match quick_xml::escape::resolve_predefined_entity(&r) {
                        Some(s) => Node::Text(Cow::Borrowed(s)),
                        None => return Err(self.error(format!("unknown entity &{};", &*r))),
                    },
                    Err(e) => return Err(self.error(e)),
                },
                Event::Eof => Node::Eof,
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => continue,
            });
        }
    }

    /// Skips the rest of the element just opened; whether a `w:t` was in it.
    pub(super) fn skip(&mut self) -> Result<bool, DocxError> {
        let mut depth = 1usize;
        let mut text = false;
        loop {
            match self.next()? {
                Node::Open(ns, e) => {
                    text |= ns == Ns::W && local(&e) == "t";
                    depth += 1;
                }
                Node::Leaf(..) | Node::Text(_) => {}
                Node::Close => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(text);
                    }
                }
                Node::Eof => return Ok(text),
            }
        }
    }

    /// [`Xml::skip`] after the element just read, if it was opened (an empty one has nothing to
    /// skip): for callers that take [`Node::Open`] and [`Node::Leaf`] alike.
    pub(super) fn skip_if_open(&mut self) -> Result<(), DocxError> {
        if self.last_was_open {
            self.skip()?;
        }
        Ok(())
    }
}

/// An element's local name.
pub(super) fn local<'a>(e: &'a BytesStart) -> &'a str {
    e.local_name().into_inner()
}

/// An attribute's value by local name (`w:val` → `val`).
pub(super) fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().into_inner() == name)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(Cow::into_owned))
}

/// `w:val`.
pub(super) fn val(e: &BytesStart) -> Option<String> {
    attr(e, "val")
}

/// A paragraph being read.
#[derive(Debug, Default)]
struct Para {
    text: String,
    style: Option<String>,
    num_id: Option<u32>,
    ilvl: Option<usize>,
    /// The paragraph mark is a tracked deletion: the paragraph joins the next.
    mark_deleted: bool,
    /// The paragraph mark is hidden.
    mark_hidden: bool,
}

/// What the reader met, for the notes.
#[derive(Debug, Default)]
struct Counts {
    insertions: usize,
    deletions: usize,
    moves: usize,
    rows_deleted: usize,
    joined: usize,
    tables: usize,
    fields: usize,
    hidden: usize,
    boxes: usize,
    equations: usize,
    footnotes: usize,
    comments: usize,
    chunks: usize,
    page_breaks: usize,
    too_deep: usize,
}

/// The body of `word/document.xml`, read element by element.
struct Body<'i> {
    xml: Xml<'i>,
    styles: Styles,
    numbering: Numbering,
    lines: Vec<String>,
    /// Open paragraphs (a paragraph inside another one's content is read as its own line).
    paras: Vec<Para>,
    /// Open complex fields: whether each is past its `separate` (in its result).
    fields: Vec<bool>,
    /// The current run is hidden.
    hidden: bool,
    /// Text of paragraphs whose mark was deleted, waiting for the next paragraph.
    joined: String,
    depth: usize,
    counts: Counts,
}

impl<'i> Body<'i> {
    fn new(text: &'i str, styles: Styles, numbering: Numbering) -> Self {
        Body {
            xml: Xml::new(text, "word/document.xml"),
            styles,
            numbering,
            lines: Vec::new(),
            paras: Vec::new(),
            fields: Vec::new(),
            hidden: false,
            joined: String::new(),
            depth: 0,
            counts: Counts::default(),
        }
    }

    /// Reads up to `w:body`, then the body.
    fn read(&mut self) -> Result<(), DocxError> {
        loop {
            match self.xml.next()? {
                Node::Open(Ns::W, e) if local(&e) == "body" => return self.children(),
                Node::Eof => return Ok(()),
                _ => {}
            }
        }
    }

    /// The content of the element just opened, up to its end tag.
    fn children(&mut self) -> Result<(), DocxError> {
        loop {
            match self.xml.next()? {
                Node::Open(ns, e) => self.element(ns, &e, true)?,
                Node::Leaf(ns, e) => self.element(ns, &e, false)?,
                Node::Close | Node::Eof => return Ok(()),
                Node::Text(_) => {}
            }
        }
    }

    /// Skips the content of `e` if it has any.
    fn skip(&mut self, open: bool) -> Result<bool, DocxError> {
        if open { self.xml.skip() } else { Ok(false) }
    }

    /// Whether text read now is shown: not hidden, not in a field's code.
    fn visible(&self) -> bool {
        !self.hidden && self.fields.iter().all(|&result| result)
    }

    fn push(&mut self, s: &str) {
        if self.visible()
            && let Some(p) = self.paras.last_mut()
        {
            p.text.push_str(s);
        }
    }

    /// One element of the body, with its content when `open`.
    fn element(&mut self, ns: Ns, e: &BytesStart, open: bool) -> Result<(), DocxError> {
        if open && self.depth >= MAX_DEPTH {
            self.counts.too_deep += 1;
            self.xml.skip()?;
            return Ok(());
        }
        match (ns, local(e)) {
            (Ns::W, "p") => {
                self.paras.push(Para::default());
                self.descend(open)?;
                self.end_paragraph();
            }
            (Ns::W, "pPr") if open => self.paragraph_properties()?,
            (Ns::W, "r") => {
                let hidden = std::mem::replace(&mut self.hidden, false);
                self.descend(open)?;
                self.hidden = hidden;
            }
            (Ns::W, "rPr") if open => {
                if self.run_properties()?.hidden {
                    self.hidden = true;
                    self.counts.hidden += 1;
                }
            }
            (Ns::W, "t") => {
                if open {
                    let text = self.text()?;
                    self.push(&text);
                }
            }
            (Ns::W, "tab" | "ptab") => {
                self.push("\t");
                self.skip(open)?;
            }
            (Ns::W, "br") => {
                match attr(e, "type").as_deref() {
                    Some("page" | "column") => self.counts.page_breaks += 1,
                    _ => self.push("\n"),
                }
                self.skip(open)?;
            }
            (Ns::W, "cr") => {
                self.push("\n");
                self.skip(open)?;
            }
            (Ns::W, "noBreakHyphen") => {
                self.push("-");
                self.skip(open)?;
            }
            (Ns::W, "fldChar") => {
                match attr(e, "fldCharType").as_deref() {
                    Some("begin") => {
                        self.fields.push(false);
                        self.counts.fields += 1;
                    }
                    Some("separate") => {
                        if let Some(f) = self.fields.last_mut() {
                            *f = true;
                        }
                    }
                    Some("end") => {
                        self.fields.pop();
                    }
                    _ => {}
                }
                self.skip(open)?;
            }
            (Ns::W, "fldSimple") => {
                self.counts.fields += 1;
                self.descend(open)?;
            }
            (Ns::W, "ins") => {
                self.counts.insertions += usize::from(open);
                self.descend(open)?;
            }
            (Ns::W, "moveTo") => {
                self.counts.moves += usize::from(open);
                self.descend(open)?;
            }
            (Ns::W, "del") => {
                self.counts.deletions += usize::from(open);
                self.skip(open)?;
            }
            (Ns::W, "moveFrom") => {
                self.skip(open)?;
            }
            (Ns::W, "tbl") => {
                self.counts.tables += 1;
                self.descend(open)?;
            }
            (Ns::W, "tr") if open => {
                self.depth += 1;
                let r = self.row();
                self.depth -= 1;
                r?;
            }
            (Ns::W, "drawing" | "pict" | "object") => {
                if self.skip(open)? {
                    self.counts.boxes += 1;
                }
            }
            (Ns::W, "footnoteReference" | "endnoteReference") => {
                self.counts.footnotes += 1;
                self.skip(open)?;
            }
            (Ns::W, "commentReference") => {
                self.counts.comments += 1;
                self.skip(open)?;
            }
            (Ns::W, "altChunk") => {
                self.counts.chunks += 1;
                self.skip(open)?;
            }
            // text that is not shown, properties, and markers
            (
                Ns::W,
                "instrText" | "delText" | "delInstrText" | "sym" | "softHyphen" | "sectPr" | "tblPr" | "tblGrid"
                | "tblPrEx" | "trPr" | "tcPr" | "sdtPr" | "sdtEndPr" | "rubyPr" | "rt" | "pPr" | "rPr",
            ) => {
                self.skip(open)?;
            }
            (Ns::Mc, "Choice") => {
                self.skip(open)?;
            }
            (Ns::Math, "oMath" | "oMathPara") => {
                self.counts.equations += 1;
                self.skip(open)?;
            }
            // containers read through: content controls (w:sdt/w:sdtContent), custom XML, smart
            // tags, hyperlinks, table cells, ruby bases, mc:AlternateContent's fallback…
            _ => self.descend(open)?,
        }
        Ok(())
    }

    fn descend(&mut self, open: bool) -> Result<(), DocxError> {
        if open {
            self.depth += 1;
            let r = self.children();
            self.depth -= 1;
            r?;
        }
        Ok(())
    }

    /// The text of a `w:t`. A line feed in it is white space, as Word shows it; other control
    /// characters are not shown.
    fn text(&mut self) -> Result<String, DocxError> {
        let mut out = String::new();
        loop {
            match self.xml.next()? {
                Node::Text(t) => {
                    out.extend(t.chars().filter_map(|c| match c {
                        '\n' | '\r' => Some(' '),
                        '\t' => Some('\t'),
                        c if c.is_control() => None,
                        c => Some(c),
                    }));
                }
                Node::Open(..) => {
                    self.xml.skip()?;
                }
                Node::Leaf(..) => {}
                Node::Close | Node::Eof => return Ok(out),
            }
        }
    }

    /// `w:pPr`: the style, the numbering and the paragraph mark's deletion or hiding.
    fn paragraph_properties(&mut self) -> Result<(), DocxError> {
        let mut style = None;
        let (mut num_id, mut ilvl) = (None, None);
        let mut mark = RunProps::default();
        loop {
            match self.xml.next()? {
                Node::Open(Ns::W, e) | Node::Leaf(Ns::W, e) if local(&e) == "pStyle" => {
                    style = val(&e);
                    self.xml.skip_if_open()?;
                }
                Node::Open(Ns::W, e) if local(&e) == "numPr" => loop {
                    match self.xml.next()? {
                        Node::Open(Ns::W, n) | Node::Leaf(Ns::W, n) if local(&n) == "numId" => {
                            num_id = val(&n).and_then(|v| v.trim().parse().ok());
                            self.xml.skip_if_open()?;
                        }
                        Node::Open(Ns::W, n) | Node::Leaf(Ns::W, n) if local(&n) == "ilvl" => {
                            ilvl = val(&n).and_then(|v| v.trim().parse().ok());
                            self.xml.skip_if_open()?;
                        }
                        Node::Open(..) => {
                            self.xml.skip()?;
                        }
                        Node::Close | Node::Eof => break,
                        _ => {}
                    }
                },
                Node::Open(Ns::W, e) if local(&e) == "rPr" => mark = self.run_properties()?,
                Node::Open(..) => {
                    self.xml.skip()?;
                }
                Node::Close | Node::Eof => break,
                _ => {}
            }
        }
        if let Some(p) = self.paras.last_mut() {
            p.style = style;
            p.num_id = num_id;
            p.ilvl = ilvl;
            p.mark_deleted = mark.deleted;
            p.mark_hidden = mark.hidden;
        }
        Ok(())
    }

    /// `w:rPr`: hidden (`w:vanish`), and for a paragraph mark, deleted.
    fn run_properties(&mut self) -> Result<RunProps, DocxError> {
        let mut props = RunProps::default();
        loop {
            match self.xml.next()? {
                Node::Open(Ns::W, e) | Node::Leaf(Ns::W, e) => {
                    let opened = self.xml.last_was_open;
                    match local(&e) {
                        "vanish" | "specVanish" => props.hidden |= val(&e).is_none_or(|v| on_value(&v)),
                        "del" | "moveFrom" => props.deleted = true,
                        _ => {}
                    }
                    if opened {
                        self.xml.skip()?;
                    }
                }
                Node::Open(..) => {
                    self.xml.skip()?;
                }
                Node::Close | Node::Eof => return Ok(props),
                _ => {}
            }
        }
    }

    /// `w:tr`: a row whose properties say it was deleted (a tracked change) is left out.
    fn row(&mut self) -> Result<(), DocxError> {
        loop {
            match self.xml.next()? {
                Node::Open(Ns::W, e) if local(&e) == "trPr" => {
                    let props = self.run_properties()?;
                    if props.deleted {
                        self.counts.rows_deleted += 1;
                        self.xml.skip()?;
                        return Ok(());
                    }
                }
                Node::Open(ns, e) => self.element(ns, &e, true)?,
                Node::Leaf(ns, e) => self.element(ns, &e, false)?,
                Node::Close | Node::Eof => return Ok(()),
                Node::Text(_) => {}
            }
        }
    }

    /// The paragraph just closed becomes a line, its number (if any) first.
    fn end_paragraph(&mut self) {
        let Some(p) = self.paras.pop() else { return };
        if p.mark_deleted {
            if !p.text.trim().is_empty() {
                self.counts.joined += 1;
            }
            self.joined.push_str(&p.text);
            return;
        }
        if p.mark_hidden && p.text.is_empty() && self.joined.is_empty() {
            return;
        }
        let mut line = self.label(&p).unwrap_or_default();
        line.push_str(&std::mem::take(&mut self.joined));
        line.push_str(&p.text);
        self.lines.push(line);
    }

    /// The number of a paragraph: its own `w:numPr`, else its style's (following `w:basedOn`).
    fn label(&mut self, p: &Para) -> Option<String> {
        let style = p.style.as_deref().or(self.styles.default_paragraph());
        let (style_num, style_ilvl) = style.map(|s| self.styles.numbering(s)).unwrap_or_default();
        let num_id = p.num_id.or(style_num).filter(|&n| n != 0)?;
        let ilvl = p
            .ilvl
            .or(style_ilvl)
            .or_else(|| {
                // numbered through its style: the level that names the style
                (p.num_id.is_none()).then(|| style.and_then(|s| self.numbering.level_of_style(num_id, s))).flatten()
            })
            .unwrap_or(0);
        self.numbering.label(num_id, ilvl)
    }

    /// The text, and the notes.
    fn finish(mut self) -> Result<DocxText, DocxError> {
        if !self.joined.is_empty() {
            self.lines.push(std::mem::take(&mut self.joined));
        }
        // a line break inside a paragraph is a line of its own
        let lines: Vec<&str> = self.lines.iter().flat_map(|l| l.split('\n')).collect();
        let first = lines.iter().position(|l| !l.trim().is_empty()).ok_or(DocxError::NoText)?;
        let last = lines.iter().rposition(|l| !l.trim().is_empty()).unwrap_or(first);
        let mut text = lines[first..=last].join("\n");
        text.push('\n');
        let notes = self.notes();
        Ok(DocxText { text, notes })
    }

    fn notes(&self) -> Vec<String> {
        let c = &self.counts;
        let n = &self.numbering;
        let mut notes = Vec::new();
        let mut say = |count: usize, one: &str, many: &str| {
            if count > 0 {
                notes.push(format!("{count} {}", if count == 1 { one } else { many }));
            }
        };
        say(
            n.numbered,
            "paragraph numbered automatically: its number written out as Word shows it",
            "paragraphs numbered automatically: their numbers written out as Word shows them",
        );
        say(c.insertions, "tracked insertion read as accepted", "tracked insertions read as accepted");
        say(c.deletions, "tracked deletion left out", "tracked deletions left out");
        say(c.moves, "tracked move read at its new place", "tracked moves read at their new place");
        say(
            c.rows_deleted,
            "table row deleted as a tracked change left out",
            "table rows deleted as tracked changes left out",
        );
        say(
            c.joined,
            "paragraph joined to the next (its paragraph mark is a tracked deletion)",
            "paragraphs joined to the next (their paragraph marks are tracked deletions)",
        );
        say(
            c.tables,
            "table read cell by cell, each paragraph of a cell a line",
            "tables read cell by cell, each paragraph of a cell a line",
        );
        say(
            c.fields,
            "field read as the result Word shows, not its code",
            "fields read as the results Word shows, not their codes",
        );
        say(c.hidden, "run of hidden text left out", "runs of hidden text left out");
        say(c.boxes, "text box or drawing with text left out", "text boxes or drawings with text left out");
        say(c.equations, "equation left out", "equations left out");
        say(
            c.footnotes,
            "footnote or endnote reference: the notes are not read",
            "footnote or endnote references: the notes are not read",
        );
        say(c.comments, "comment not read", "comments not read");
        say(c.chunks, "imported chunk (w:altChunk) not read", "imported chunks (w:altChunk) not read");
        say(n.bullets, "bulleted paragraph: the bullet left out", "bulleted paragraphs: the bullets left out");
        say(c.too_deep, "element nested too deep left out", "elements nested too deep left out");
        for f in &n.unknown_formats {
            notes.push(format!("number format {f} is not known to amend: its numbers written in decimal"));
        }
        notes
    }
}

/// What a `w:rPr` says.
#[derive(Debug, Default)]
struct RunProps {
    hidden: bool,
    deleted: bool,
}
