//! Writing a .docx: a document of paragraphs and tables (the blocks the renderers build) packaged as
//! WordprocessingML. A4 portrait pages, CJK fonts named as Chinese offices name them (宋体 for text,
//! 黑体 for headings, with their Latin names as the alternatives Word and LibreOffice substitute by),
//! paragraph styles for the title and headings (so that Word's navigation pane shows them), table
//! header rows repeated on every page. The XML is written by `quick-xml` (which escapes the text),
//! the package by `zip`.

use std::io::{Cursor, Write};

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use zip::write::SimpleFileOptions;

/// How a run of text looks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Look {
    pub bold: bool,
    pub strike: bool,
    /// Word's underline style: `single`, `dotted`, `double`.
    pub underline: Option<&'static str>,
    /// A text colour, as RRGGBB.
    pub color: Option<&'static str>,
    /// A highlight-like background shading, as RRGGBB.
    pub shade: Option<&'static str>,
}

/// A paragraph: its style (a style of [`STYLES`]: `Title`, `Heading1`…`Heading3`, `Small`), whether
/// it is centred, and its runs.
#[derive(Debug, Clone, Default)]
pub struct Para {
    pub style: Option<&'static str>,
    pub center: bool,
    pub runs: Vec<(String, Look)>,
}

impl Para {
    pub fn new(style: Option<&'static str>) -> Self {
        Para { style, ..Para::default() }
    }

    /// A paragraph of one plain run.
    pub fn plain(style: Option<&'static str>, text: &str) -> Self {
        Para { style, center: false, runs: vec![(text.to_string(), Look::default())] }
    }

    pub fn push(&mut self, text: &str, look: Look) {
        if !text.is_empty() {
            self.runs.push((text.to_string(), look));
        }
    }

    /// The paragraph's text (its runs joined).
    pub fn text(&self) -> String {
        self.runs.iter().map(|(t, _)| t.as_str()).collect()
    }
}

/// A table cell: its paragraphs (a cell holds at least one), how many grid columns it spans, and a
/// background shading.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    pub paras: Vec<Para>,
    pub span: u32,
    pub shade: Option<&'static str>,
}

/// A table row; `header` rows (the first ones) repeat at the top of every page.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub header: bool,
}

/// A table: the widths of its grid columns (in twentieths of a point) and its rows.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub widths: Vec<u32>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone)]
pub enum Block {
    Para(Para),
    Table(Table),
}

/// The width of the text on an A4 page with 2.5 cm margins on both sides, in twentieths of a point.
pub const TEXT_WIDTH: u32 = 11906 - 2 * 1418;

/// The styles every document has: 宋体 text, the title and three heading levels in 黑体, and a small
/// size for tables.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="180" w:after="120"/><w:jc w:val="center"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Small"><w:name w:val="Small"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"#;

/// The fonts named: each with the name the other system knows it by, so that a machine without
/// 宋体 substitutes a serif CJK font (LibreOffice: Noto Serif CJK), one without 黑体 a sans one.
const FONTS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:font w:name="宋体"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
</w:fonts>"#;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/></Relationships>"#;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// XML written to memory, which cannot fail.
struct Xml(Writer<Vec<u8>>);

impl Xml {
    fn event(&mut self, e: Event<'_>) {
        self.0.write_event(e).expect("writing XML to memory cannot fail");
    }

    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.event(Event::Start(BytesStart::new(name).with_attributes(attrs.iter().copied())));
    }

    fn end(&mut self, name: &str) {
        self.event(Event::End(BytesEnd::new(name)));
    }

    /// An empty element.
    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.event(Event::Empty(BytesStart::new(name).with_attributes(attrs.iter().copied())));
    }

    /// An element `<name w:val="val"/>`.
    fn val(&mut self, name: &str, val: &str) {
        self.empty(name, &[("w:val", val)]);
    }

    fn text(&mut self, t: &str) {
        self.event(Event::Text(BytesText::new(t)));
    }
}

/// Text as XML 1.0 can hold it: the control characters it forbids (a document may carry them) are
/// left out.
fn xml_chars(s: &str) -> String {
    s.chars()
        .filter(|&c| !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}'))
        .collect()
}

fn run(x: &mut Xml, text: &str, look: Look) {
    x.start("w:r", &[]);
    if look != Look::default() {
        x.start("w:rPr", &[]);
        if look.bold {
            x.empty("w:b", &[]);
        }
        if look.strike {
            x.empty("w:strike", &[]);
        }
        if let Some(c) = look.color {
            x.val("w:color", c);
        }
        if let Some(u) = look.underline {
            x.val("w:u", u);
        }
        if let Some(s) = look.shade {
            x.empty("w:shd", &[("w:val", "clear"), ("w:color", "auto"), ("w:fill", s)]);
        }
        x.end("w:rPr");
    }
    // a line break inside the text is a break, a tab a tab
    for (i, line) in xml_chars(text).split('\n').enumerate() {
        if i > 0 {
            x.empty("w:br", &[]);
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                x.empty("w:tab", &[]);
            }
            if !piece.is_empty() {
                x.start("w:t", &[("xml:space", "preserve")]);
                x.text(piece);
                x.end("w:t");
            }
        }
    }
    x.end("w:r");
}

fn para(x: &mut Xml, p: &Para) {
    x.start("w:p", &[]);
    if p.style.is_some() || p.center {
        x.start("w:pPr", &[]);
        if let Some(s) = p.style {
            x.val("w:pStyle", s);
        }
        if p.center {
            x.val("w:jc", "center");
        }
        x.end("w:pPr");
    }
    for (t, look) in &p.runs {
        run(x, t, *look);
    }
    x.end("w:p");
}

fn table(x: &mut Xml, t: &Table) {
    x.start("w:tbl", &[]);
    x.start("w:tblPr", &[]);
    let total: u32 = t.widths.iter().sum();
    x.empty("w:tblW", &[("w:w", &total.to_string()), ("w:type", "dxa")]);
    x.val("w:tblLayout", "fixed");
    x.start("w:tblBorders", &[]);
    for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
        x.empty(side, &[("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "808080")]);
    }
    x.end("w:tblBorders");
    x.end("w:tblPr");
    x.start("w:tblGrid", &[]);
    for w in &t.widths {
        x.empty("w:gridCol", &[("w:w", &w.to_string())]);
    }
    x.end("w:tblGrid");
    for r in &t.rows {
        x.start("w:tr", &[]);
        x.start("w:trPr", &[]);
        if r.header {
            x.empty("w:tblHeader", &[]);
        }
        x.end("w:trPr");
        let mut col = 0usize;
        for c in &r.cells {
            let span = c.span.max(1) as usize;
            let width: u32 = t.widths.iter().skip(col).take(span).sum();
            col += span;
            x.start("w:tc", &[]);
            x.start("w:tcPr", &[]);
            x.empty("w:tcW", &[("w:w", &width.to_string()), ("w:type", "dxa")]);
            if span > 1 {
                x.val("w:gridSpan", &span.to_string());
            }
            if let Some(s) = c.shade {
                x.empty("w:shd", &[("w:val", "clear"), ("w:color", "auto"), ("w:fill", s)]);
            }
            x.end("w:tcPr");
            if c.paras.is_empty() {
                para(x, &Para::default());
            }
            for p in &c.paras {
                para(x, p);
            }
            x.end("w:tc");
        }
        x.end("w:tr");
    }
    x.end("w:tbl");
}

/// `word/document.xml` for the blocks.
fn document_xml(blocks: &[Block]) -> Vec<u8> {
    let mut x = Xml(Writer::new(Vec::new()));
    x.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), Some("yes"))));
    x.start("w:document", &[("xmlns:w", W)]);
    x.start("w:body", &[]);
    for b in blocks {
        match b {
            Block::Para(p) => para(&mut x, p),
            Block::Table(t) => table(&mut x, t),
        }
    }
    // A4 portrait, 2.5 cm left and right, 2.54 cm top and bottom
    x.start("w:sectPr", &[]);
    x.empty("w:pgSz", &[("w:w", "11906"), ("w:h", "16838")]);
    x.empty(
        "w:pgMar",
        &[
            ("w:top", "1440"),
            ("w:right", "1418"),
            ("w:bottom", "1440"),
            ("w:left", "1418"),
            ("w:header", "851"),
            ("w:footer", "992"),
            ("w:gutter", "0"),
        ],
    );
    x.end("w:sectPr");
    x.end("w:body");
    x.end("w:document");
    x.0.into_inner()
}

/// `docProps/core.xml`: the title, and amend as the creator.
fn core_xml(title: &str) -> Vec<u8> {
    let mut x = Xml(Writer::new(Vec::new()));
    x.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), Some("yes"))));
    x.start(
        "cp:coreProperties",
        &[
            ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ],
    );
    x.start("dc:title", &[]);
    x.text(&xml_chars(title));
    x.end("dc:title");
    x.start("dc:creator", &[]);
    x.text("amend");
    x.end("dc:creator");
    x.end("cp:coreProperties");
    x.0.into_inner()
}

/// The .docx file of `blocks`, titled `title` in its properties.
pub fn package(title: &str, blocks: &[Block]) -> Vec<u8> {
    let parts: [(&str, Vec<u8>); 7] = [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes().to_vec()),
        ("_rels/.rels", RELS.as_bytes().to_vec()),
        ("docProps/core.xml", core_xml(title)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes().to_vec()),
        ("word/document.xml", document_xml(blocks)),
        ("word/styles.xml", STYLES.as_bytes().to_vec()),
        ("word/fontTable.xml", FONTS.as_bytes().to_vec()),
    ];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        zip.start_file(name, options).expect("writing a zip to memory cannot fail");
        zip.write_all(&bytes).expect("writing a zip to memory cannot fail");
    }
    zip.finish().expect("writing a zip to memory cannot fail").into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(docx: &[u8], name: &str) -> String {
        let mut z = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
        let mut s = String::new();
        std::io::Read::read_to_string(&mut z.by_name(name).unwrap(), &mut s).unwrap();
        s
    }

    /// Text is escaped, control characters XML cannot hold are left out, line breaks and tabs
    /// become Word's, and the looks are written as run properties.
    #[test]
    fn runs_are_escaped_and_styled() {
        let mut p = Para::new(Some("Small"));
        p.push("甲<b>&\"乙\u{1}\n丙\t丁", Look::default());
        p.push("删", Look { strike: true, color: Some("C00000"), ..Look::default() });
        p.push("增", Look { bold: true, underline: Some("single"), ..Look::default() });
        let docx = package("标题<", &[Block::Para(p)]);
        let doc = part(&docx, "word/document.xml");
        assert!(doc.contains("<w:pStyle w:val=\"Small\"/>"), "{doc}");
        assert!(doc.contains("<w:t xml:space=\"preserve\">甲&lt;b&gt;&amp;&quot;乙</w:t><w:br/><w:t xml:space=\"preserve\">丙</w:t><w:tab/><w:t xml:space=\"preserve\">丁</w:t>"), "{doc}");
        assert!(
            doc.contains("<w:rPr><w:strike/><w:color w:val=\"C00000\"/></w:rPr><w:t xml:space=\"preserve\">删</w:t>"),
            "{doc}"
        );
        assert!(
            doc.contains("<w:rPr><w:b/><w:u w:val=\"single\"/></w:rPr><w:t xml:space=\"preserve\">增</w:t>"),
            "{doc}"
        );
        assert!(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4 portrait");
        assert!(part(&docx, "docProps/core.xml").contains("<dc:title>标题&lt;</dc:title>"));
        assert!(part(&docx, "word/fontTable.xml").contains("<w:altName w:val=\"SimSun\"/>"));
    }

    /// Header rows repeat; a spanning cell's width is its columns'.
    #[test]
    fn tables_repeat_their_header_rows() {
        let cell = |t: &str, span| Cell { paras: vec![Para::plain(None, t)], span, shade: None };
        let t = Table {
            widths: vec![4000, 5000],
            rows: vec![
                Row { cells: vec![cell("修改前", 1), cell("修改后", 1)], header: true },
                Row { cells: vec![cell("第十条 → 第十三条", 2)], header: false },
            ],
        };
        let doc = part(&package("t", &[Block::Table(t)]), "word/document.xml");
        assert_eq!(doc.matches("<w:tblHeader/>").count(), 1, "{doc}");
        assert!(doc.contains("<w:tcW w:w=\"9000\" w:type=\"dxa\"/><w:gridSpan w:val=\"2\"/>"), "{doc}");
    }
}
