//! Reading Word .docx files: the Fujian case written by LibreOffice from flat ODF (numbers from
//! list styles, not typed) reads as its text files; small documents written here, each a realistic
//! WordprocessingML fragment, pin down numbering, tracked changes, fields, tables and breaks; damaged,
//! encrypted and empty files are refused with a message that names them.

mod common;

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use amend::check::{self, Folder, Verdict};
use amend::document::{self, Document};
use amend::io::{Input, decode_bytes, read_input};
use amend::text::decode::{Encoding, EncodingChoice};
use zip::write::SimpleFileOptions;

fn amend() -> Command {
    Command::new(env!("CARGO_BIN_EXE_amend"))
}

const FUJIAN: [&str; 5] = ["notice", "original/1", "original/2", "original/3", "original/4"];

fn docx_case() -> PathBuf {
    common::corpus().join("fujian-2020-docx")
}

/// Every node of a tree: kind, path, number, label, heading and text.
fn nodes(doc: &Document) -> Vec<String> {
    doc.nodes()
        .iter()
        .map(|n| format!("{:?} {} {:?} {:?} {:?} {}", n.kind, n.path, n.number, n.label, n.heading, n.text))
        .collect()
}

#[test]
fn fujian_docx_files_read_as_their_text_files() {
    for name in FUJIAN {
        let docx = read_input(&docx_case().join(format!("{name}.docx")), EncodingChoice::Auto).unwrap();
        let txt = common::read(&format!("fujian-2020/{name}.txt"));
        assert_eq!(docx.decoded.encoding, Encoding::Docx);
        assert_eq!(docx.decoded.encoding.to_string(), "Word (.docx)");
        // the labels come from LibreOffice's list numbering, written out as Word shows them
        assert!(docx.notes.iter().any(|n| n.contains("numbered automatically")), "{name}: {:?}", docx.notes);
        assert!(docx.text() == txt, "{name}.docx does not read as {name}.txt");
        let (a, b) = (document::parse(docx.text()), document::parse(&txt));
        assert_eq!(nodes(&a), nodes(&b), "{name}");
        assert_eq!(amend::render::outline::outline(&a), amend::render::outline::outline(&b));
        assert!(a.nodes().len() > 10, "{name}: a real tree");
    }
    // document 1's items run on through the text (LibreOffice wrote each point's first item as a
    // list instance with a start override): 二十五 items under nine points
    let one = read_input(&docx_case().join("original/1.docx"), EncodingChoice::Auto).unwrap();
    assert!(one.text().contains("\n（十四）支持智能制造企业开拓市场。"));
    assert!(one.text().contains("\n九、强化人才支撑\n"));
    assert_eq!(one.notes[0], "34 paragraphs numbered automatically: their numbers written out as Word shows them");
}

#[test]
fn fujian_docx_case_checks_four_of_four_identical() {
    let case = check::load(&Folder(docx_case())).unwrap();
    assert_eq!(case.notice.decoded.encoding, Encoding::Docx);
    assert!(case.documents.iter().all(|d| d.original.decoded.encoding == Encoding::Docx));
    let report = check::check(&case, true);
    assert!(!report.has_errors() && !report.differs());
    assert!(report.documents.iter().all(|d| d.verdict == Verdict::Identical));
    assert_eq!(report.instruction_counts(), (15, 3, 0));

    let out = amend().arg("check").arg(docx_case()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let docx = String::from_utf8(out.stdout).unwrap();
    assert!(docx.contains("instructions: 15 applied, 3 skipped, 0 failed; 4/4 documents identical"), "{docx}");
    // the same report as from the text files, but for the first line (the case's folder)
    let txt = amend().arg("check").arg(common::corpus().join("fujian-2020")).output().unwrap();
    let txt = String::from_utf8(txt.stdout).unwrap();
    assert_eq!(docx.lines().skip(1).collect::<Vec<_>>(), txt.lines().skip(1).collect::<Vec<_>>());
}

#[test]
fn apply_with_docx_inputs_gives_what_the_text_inputs_give() {
    let txt = common::corpus().join("fujian-2020");
    for n in 1..=4 {
        let run = |dir: &Path, ext: &str| {
            let mut cmd = amend();
            cmd.arg("apply").arg(dir.join(format!("notice.{ext}"))).arg(dir.join(format!("original/{n}.{ext}")));
            if n == 4 {
                cmd.args(["--skip", "四（二）", "--skip", "四（三）", "--skip", "四（五）"]);
            }
            cmd.output().unwrap()
        };
        let (a, b) = (run(&docx_case(), "docx"), run(&txt, "txt"));
        assert_eq!(a.status.code(), Some(0), "{}", String::from_utf8_lossy(&a.stderr));
        assert_eq!(b.status.code(), Some(0));
        assert!(a.stdout == b.stdout, "附件{n}: apply output differs");
        assert!(a.stdout == common::read(&format!("fujian-2020/published/{n}.txt")).as_bytes());
    }
}

// ---- small documents written here ----

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A .docx package: `[Content_Types].xml`, the relationships, `word/document.xml` with `body`, and
/// `word/styles.xml` and `word/numbering.xml` when given (their inner XML).
fn package(body: &str, styles: Option<&str>, numbering: Option<&str>) -> Vec<u8> {
    let mut files = vec![
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>"#.to_string(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_string(),
        ),
        (
            "word/_rels/document.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"#.to_string(),
        ),
        (
            "word/document.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>"#
            ),
        ),
    ];
    if let Some(s) = styles {
        files.push((
            "word/styles.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">{s}</w:styles>"#),
        ));
    }
    if let Some(n) = numbering {
        files.push((
            "word/numbering.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W}">{n}</w:numbering>"#
            ),
        ));
    }
    zip_of(&files.iter().map(|(n, c)| (*n, c.as_bytes())).collect::<Vec<_>>())
}

fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, contents) in files {
        zip.start_file(*name, SimpleFileOptions::default()).unwrap();
        zip.write_all(contents).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn read(bytes: &[u8]) -> Input {
    decode_bytes(Path::new("test.docx"), bytes, EncodingChoice::Auto).unwrap()
}

/// A paragraph of one run.
fn p(text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#
    )
}

/// A numbered paragraph (direct `w:numPr`).
fn np(num_id: u32, ilvl: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr><w:ind w:firstLineChars="0"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

/// A list level as Word writes it.
fn lvl(ilvl: u32, fmt: &str, text: &str, extra: &str) -> String {
    format!(
        r#"<w:lvl w:ilvl="{ilvl}" w:tplc="0409000F"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>"#
    )
}

fn lines(input: &Input) -> Vec<&str> {
    input.text().lines().collect()
}

const FORMATS: &[(&str, [&str; 6])] = &[
    ("decimal", ["1", "2", "10", "11", "20", "101"]),
    ("decimalZero", ["01", "02", "10", "11", "20", "101"]),
    ("upperLetter", ["A", "B", "J", "K", "T", "WWWW"]),
    ("lowerLetter", ["a", "b", "j", "k", "t", "wwww"]),
    ("upperRoman", ["I", "II", "X", "XI", "XX", "CI"]),
    ("lowerRoman", ["i", "ii", "x", "xi", "xx", "ci"]),
    ("decimalEnclosedCircle", ["①", "②", "⑩", "⑪", "⑳", "101"]),
    ("decimalEnclosedParen", ["⑴", "⑵", "⑽", "⑾", "⒇", "101"]),
    ("decimalEnclosedFullstop", ["⒈", "⒉", "⒑", "⒒", "⒛", "101"]),
    ("chineseCounting", ["一", "二", "十", "十一", "二十", "一〇一"]),
    ("chineseCountingThousand", ["一", "二", "十", "十一", "二十", "一百零一"]),
    ("chineseLegalSimplified", ["壹", "贰", "壹拾", "壹拾壹", "贰拾", "壹佰零壹"]),
    ("ideographTraditional", ["甲", "乙", "癸", "甲", "癸", "甲"]),
    ("ideographZodiac", ["子", "丑", "酉", "戌", "未", "辰"]),
    ("taiwaneseCounting", ["一", "二", "十", "十一", "二十", "一〇一"]),
    ("taiwaneseCountingThousand", ["一", "二", "十", "十一", "二十", "一百零一"]),
    ("ideographDigital", ["一", "二", "一〇", "一一", "二〇", "一〇一"]),
    ("japaneseCounting", ["一", "二", "十", "十一", "二十", "百一"]),
    ("none", ["", "", "", "", "", ""]),
    ("bullet", ["", "", "", "", "", ""]),
];

#[test]
fn every_number_format_at_1_2_10_11_20_101() {
    let mut numbering = String::new();
    let mut nums = String::new();
    let mut body = String::new();
    for (i, (fmt, _)) in FORMATS.iter().enumerate() {
        let text = if *fmt == "bullet" { "" } else { "%1" };
        numbering.push_str(&format!(
            r#"<w:abstractNum w:abstractNumId="{i}"><w:multiLevelType w:val="singleLevel"/>{}</w:abstractNum>"#,
            lvl(0, fmt, text, r#"<w:suff w:val="nothing"/>"#)
        ));
        nums.push_str(&format!(r#"<w:num w:numId="{}"><w:abstractNumId w:val="{i}"/></w:num>"#, i + 1));
        for _ in 0..101 {
            body.push_str(&np(i as u32 + 1, 0, "|"));
        }
    }
    numbering.push_str(&nums);
    let input = read(&package(&body, None, Some(&numbering)));
    let lines = lines(&input);
    assert_eq!(lines.len(), FORMATS.len() * 101);
    for (i, (fmt, expected)) in FORMATS.iter().enumerate() {
        let got: Vec<&str> =
            [1, 2, 10, 11, 20, 101].iter().map(|n| lines[i * 101 + n - 1].strip_suffix('|').unwrap()).collect();
        assert_eq!(got, expected, "{fmt}");
    }
    assert!(input.notes.contains(&"101 bulleted paragraphs: the bullets left out".to_string()), "{:?}", input.notes);
    // none: an empty label is no number
    assert!(
        input.notes[0].starts_with(&format!("{} paragraphs numbered automatically", 18 * 101)),
        "{:?}",
        input.notes
    );
}

#[test]
fn an_unknown_number_format_falls_back_to_decimal_with_a_note() {
    let numbering = format!(
        r#"<w:abstractNum w:abstractNumId="0">{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#,
        lvl(0, "hebrew2", "%1.", "")
    );
    let input = read(&package(&[np(1, 0, "甲"), np(1, 0, "乙")].concat(), None, Some(&numbering)));
    assert_eq!(input.text(), "1.甲\n2.乙\n");
    assert!(
        input.notes.contains(&"number format hebrew2 is not known to amend: its numbers written in decimal".into())
    );
}

/// 一、 and （一） in two levels of one list, as WPS and Word write Chinese lists.
fn two_levels(extra_nums: &str) -> String {
    format!(
        r#"<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="hybridMultilevel"/>{}{}{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>{extra_nums}"#,
        lvl(0, "chineseCounting", "%1、", ""),
        lvl(1, "chineseCounting", "（%2）", ""),
        lvl(2, "decimal", "%3.", r#"<w:lvlRestart w:val="1"/>"#),
    )
}

#[test]
fn levels_restart_under_a_new_outer_item() {
    let body = [
        p("福建省人民政府关于加快发展智能制造的通知"),
        np(1, 0, "总体要求"),
        np(1, 1, "加强领导。"),
        np(1, 2, "甲"),
        np(1, 1, "强化保障。"),
        np(1, 2, "乙"),
        np(1, 0, "主要任务"),
        np(1, 1, "推进试点。"),
        np(1, 2, "丙"),
    ]
    .concat();
    let input = read(&package(&body, None, Some(&two_levels(""))));
    assert_eq!(
        lines(&input),
        [
            "福建省人民政府关于加快发展智能制造的通知",
            "一、总体要求",
            "（一）加强领导。",
            "1.甲",
            "（二）强化保障。",
            // lvlRestart 1: level 3 restarts only after level 1, not after （二）
            "2.乙",
            "二、主要任务",
            "（一）推进试点。",
            "1.丙",
        ]
    );
    let doc = document::parse(input.text());
    assert!(doc.root.find_path("二/（一）").is_some());
    assert!(doc.items_restart);
}

#[test]
fn a_start_override_restarts_once_and_the_list_counts_on() {
    // LibreOffice's way: items numbered through the document are a second w:num of the same list
    // whose level 1 starts at the item's number; the next items (w:num 1) count on from it
    let extra = r#"<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="3"/></w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#;
    let body = [
        np(1, 0, "甲"),
        np(1, 1, "子"),
        np(1, 1, "丑"),
        np(1, 0, "乙"),
        np(2, 1, "寅"),
        np(1, 1, "卯"),
        np(2, 1, "辰"),
        // a list that starts again (Word's 重新开始于一)
        np(3, 0, "丙"),
        np(1, 0, "丁"),
    ]
    .concat();
    let input = read(&package(&body, None, Some(&two_levels(extra))));
    assert_eq!(
        lines(&input),
        ["一、甲", "（一）子", "（二）丑", "二、乙", "（三）寅", "（四）卯", "（五）辰", "一、丙", "二、丁"]
    );
}

#[test]
fn numbering_through_paragraph_styles() {
    let styles = r#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Point"><w:name w:val="点"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Item"><w:name w:val="项"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ItemBold"><w:name w:val="项（粗）"/><w:basedOn w:val="Item"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>"#;
    let numbering = format!(
        r#"<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{}{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#,
        lvl(0, "chineseCounting", "%1、", r#"<w:pStyle w:val="Point"/>"#),
        lvl(1, "chineseCounting", "（%2）", "")
    );
    let styled = |style: &str, text: &str| {
        format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#)
    };
    let body = [
        styled("Point", "总则"),
        styled("Item", "甲。"),
        styled("ItemBold", "乙。"),
        // numId 0 takes the style's numbering away
        r#"<w:p><w:pPr><w:pStyle w:val="Point"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>不编号</w:t></w:r></w:p>"#.into(),
        styled("Point", "附则"),
        p("正文。"),
    ]
    .concat();
    let input = read(&package(&body, Some(styles), Some(&numbering)));
    assert_eq!(lines(&input), ["一、总则", "（一）甲。", "（二）乙。", "不编号", "二、附则", "正文。"]);
}

#[test]
fn article_numbers_get_a_space_and_parse_as_articles() {
    // 第%1条 followed by Word's default tab: a space, as 第一条 is written in a law
    let numbering = format!(
        r#"<w:abstractNum w:abstractNumId="0">{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#,
        lvl(0, "chineseCountingThousand", "第%1条", "")
    );
    let body: String = (1..=11).map(|n| np(1, 0, &format!("第{n}个条文。"))).collect();
    let input = read(&package(&[p("某某条例"), body].concat(), None, Some(&numbering)));
    assert_eq!(lines(&input)[1], "第一条 第1个条文。");
    assert_eq!(lines(&input)[10], "第十条 第10个条文。");
    assert_eq!(lines(&input)[11], "第十一条 第11个条文。");
    let doc = document::parse(input.text());
    let articles: Vec<u32> =
        doc.nodes().iter().filter(|n| n.kind == document::Kind::Article).map(|n| n.number.unwrap()).collect();
    assert_eq!(articles, (1..=11).collect::<Vec<_>>());
}

#[test]
fn tracked_changes_read_as_accepted_with_notes() {
    let body = [
        r#"<w:p><w:r><w:t xml:space="preserve">第一条 </w:t></w:r><w:ins w:id="1" w:author="张三" w:date="2020-12-04T10:00:00Z"><w:r><w:t>新增的</w:t></w:r></w:ins><w:del w:id="2" w:author="张三" w:date="2020-12-04T10:00:00Z"><w:r><w:delText>删去的</w:delText></w:r></w:del><w:r><w:t>内容。</w:t></w:r></w:p>"#,
        // a whole paragraph deleted: its mark too, so it leaves no line
        r#"<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="张三" w:date="2020-12-04T10:00:00Z"/></w:rPr></w:pPr><w:del w:id="4" w:author="张三" w:date="2020-12-04T10:00:00Z"><w:r><w:delText>整段删去。</w:delText></w:r></w:del></w:p>"#,
        // moved: left out where it was, read where it went
        r#"<w:p><w:pPr><w:rPr><w:moveFrom w:id="5" w:author="张三" w:date="2020-12-04T10:00:00Z"/></w:rPr></w:pPr><w:moveFromRangeStart w:id="6" w:author="张三" w:date="2020-12-04T10:00:00Z" w:name="move1"/><w:moveFrom w:id="7" w:author="张三" w:date="2020-12-04T10:00:00Z"><w:r><w:t>第三条 移动的条文。</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="6"/></w:p>"#,
        r#"<w:p><w:r><w:t>第二条 </w:t></w:r><w:ins w:id="8" w:author="李四" w:date="2020-12-05T10:00:00Z"><w:r><w:t>又</w:t></w:r></w:ins><w:r><w:t>一条。</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r></w:p>"#,
        r#"<w:p><w:moveToRangeStart w:id="9" w:author="张三" w:date="2020-12-04T10:00:00Z" w:name="move1"/><w:moveTo w:id="10" w:author="张三" w:date="2020-12-04T10:00:00Z"><w:r><w:t>第三条 移动的条文。</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="9"/></w:p>"#,
    ]
    .concat();
    let input = read(&package(&body, None, None));
    assert_eq!(input.text(), "第一条 新增的内容。\n第二条 又一条。\n第三条 移动的条文。\n");
    assert_eq!(
        input.notes,
        [
            "2 tracked insertions read as accepted",
            "2 tracked deletions left out",
            "1 tracked move read at its new place",
            "1 comment not read",
        ]
    );
}

#[test]
fn fields_read_their_results_never_their_codes() {
    let run = |inner: &str| format!("<w:r>{inner}</w:r>");
    let body = [
        format!(
            "<w:p>{}{}{}{}{}{}{}</w:p>",
            run(r#"<w:t>依照本条例第</w:t>"#),
            run(r#"<w:fldChar w:fldCharType="begin"/>"#),
            run(r#"<w:instrText xml:space="preserve"> REF _Ref123 \h </w:instrText>"#),
            run(r#"<w:fldChar w:fldCharType="separate"/>"#),
            run(r#"<w:t>三</w:t>"#),
            run(r#"<w:fldChar w:fldCharType="end"/>"#),
            run(r#"<w:t>条的规定。</w:t>"#),
        ),
        // a field inside another's code shows nothing; the outer field shows its result
        format!(
            "<w:p>{}{}{}{}{}{}{}{}{}{}</w:p>",
            run(r#"<w:fldChar w:fldCharType="begin"/>"#),
            run(r#"<w:instrText xml:space="preserve"> IF </w:instrText>"#),
            run(r#"<w:fldChar w:fldCharType="begin"/>"#),
            run(r#"<w:instrText xml:space="preserve"> MERGEFIELD 地区 </w:instrText>"#),
            run(r#"<w:fldChar w:fldCharType="separate"/><w:t>福建</w:t>"#),
            run(r#"<w:fldChar w:fldCharType="end"/>"#),
            run(r#"<w:instrText xml:space="preserve"> = "福建" "本省" "外省" </w:instrText>"#),
            run(r#"<w:fldChar w:fldCharType="separate"/>"#),
            run(r#"<w:t>本省</w:t>"#),
            run(r#"<w:fldChar w:fldCharType="end"/>"#),
        ),
        r#"<w:p><w:fldSimple w:instr=" DATE \@ &quot;yyyy年M月d日&quot; "><w:r><w:t>2020年12月4日</w:t></w:r></w:fldSimple></w:p>"#.into(),
    ]
    .concat();
    let input = read(&package(&body, None, None));
    assert_eq!(input.text(), "依照本条例第三条的规定。\n本省\n2020年12月4日\n");
    assert!(!input.text().contains("REF") && !input.text().contains("MERGEFIELD"));
    assert_eq!(input.notes, ["4 fields read as the results Word shows, not their codes"]);
}

#[test]
fn table_cells_content_controls_and_breaks() {
    let cell = |paras: &str| format!(r#"<w:tc><w:tcPr><w:tcW w:w="4150" w:type="dxa"/></w:tcPr>{paras}</w:tc>"#);
    let row = |cells: &str, props: &str| format!("<w:tr>{props}{cells}</w:tr>");
    let table = format!(
        r#"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4150"/><w:gridCol w:w="4150"/></w:tblGrid>{}{}{}</w:tbl>"#,
        row(&[cell(&p("修改前")), cell(&p("修改后"))].concat(), r#"<w:trPr><w:tblHeader/></w:trPr>"#),
        row(&[cell(&p("第一条 甲。")), cell(&[p("第一条 乙。"), p("第二款。")].concat())].concat(), ""),
        // a row deleted as a tracked change
        row(
            &[cell(&p("删去的行")), cell(&p("删去的行"))].concat(),
            r#"<w:trPr><w:del w:id="1" w:author="张三" w:date="2020-12-04T10:00:00Z"/></w:trPr>"#
        ),
    );
    let body = [
        r#"<w:sdt><w:sdtPr><w:alias w:val="标题"/><w:tag w:val="title"/><w:id w:val="-1"/><w:placeholder><w:docPart w:val="DefaultPlaceholder"/></w:placeholder><w:text/></w:sdtPr><w:sdtEndPr/><w:sdtContent><w:p><w:r><w:t>新旧对照表</w:t></w:r></w:p></w:sdtContent></w:sdt>"#.to_string(),
        table,
        // Word ends a table with a paragraph; an empty one at the end is no line
        r#"<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:br w:type="page"/><w:t>同一行</w:t><w:tab/><w:t>制表</w:t><w:noBreakHyphen/><w:t>连字</w:t><w:sym w:font="Wingdings" w:char="F0FC"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>。</w:t></w:r></w:p>"#.into(),
        r#"<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r><m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath></w:p>"#.into(),
        "<w:p/>".into(),
        r#"<w:p><w:pPr><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:pPr></w:p>"#.into(),
    ]
    .concat();
    let input = read(&package(&body, None, None));
    assert_eq!(
        lines(&input),
        [
            "新旧对照表",
            "修改前",
            "修改后",
            "第一条 甲。",
            "第一条 乙。",
            "第二款。",
            "第一行",
            "第二行同一行\t制表-连字。",
            "正文"
        ]
    );
    assert_eq!(
        input.notes,
        [
            "1 table row deleted as a tracked change left out",
            "1 table read cell by cell, each paragraph of a cell a line",
            "1 run of hidden text left out",
            "1 text box or drawing with text left out",
            "1 equation left out",
        ]
    );
}

#[test]
fn text_files_have_no_notes_and_keep_their_encoding() {
    let input = decode_bytes(Path::new("a.txt"), "第一条 甲。\n".as_bytes(), EncodingChoice::Auto).unwrap();
    assert!(input.notes.is_empty());
    assert_eq!(input.decoded.encoding, Encoding::Utf8);
}

// ---- refusals ----

/// Reads `bytes` as the file `name` in a temporary folder: through the library (the error) and the
/// binary (exit 2, nothing on stdout, the error on stderr).
fn refused(name: &str, bytes: &[u8], says: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let err = read_input(&path, EncodingChoice::Auto).unwrap_err().to_string();
    assert!(err.starts_with(&path.display().to_string()), "names the file: {err}");
    assert!(err.contains(says), "{err}");
    for args in [vec!["parse"], vec!["instructions"]] {
        let out = amend().args(&args).arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?} {name}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(name) && stderr.contains(says), "{stderr}");
    }
}

#[test]
fn a_zip_without_a_word_body_is_refused() {
    let odt = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", b"<office:document-content/>"),
    ]);
    refused(
        "文件.docx",
        &odt,
        "a zip archive without word/document.xml: not a Word (.docx) document; it looks like an OpenDocument file (.odt)",
    );
    refused("other.zip", &zip_of(&[("readme.txt", b"hello")]), "without word/document.xml");
}

#[test]
fn a_truncated_docx_is_refused() {
    let bytes = std::fs::read(docx_case().join("original/1.docx")).unwrap();
    refused("cut.docx", &bytes[..bytes.len() / 2], "a zip archive that cannot be read");
}

#[test]
fn an_ole2_file_is_refused_as_encrypted_or_old_doc() {
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    refused("加密.docx", &ole, "a Word file that is encrypted or in the old .doc format");
    refused("old.doc", &ole, "save it as .docx without a password");
}

#[test]
fn a_docx_without_text_is_refused() {
    let body = [
        r#"<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>"#,
        &p(""),
        "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>",
    ]
    .concat();
    refused("empty.docx", &package(&body, None, None), "a Word document with no text in its body");
}

#[test]
fn malformed_xml_is_refused() {
    let bytes = zip_of(&[("word/document.xml", b"<w:document xmlns:w=\"x\"><w:body><w:p></w:body>")]);
    refused("bad.docx", &bytes, "word/document.xml is not well-formed XML");
}

#[test]
fn a_zip_bomb_is_refused() {
    // document.xml inflating to more than 8 × 32 MiB from a few hundred kilobytes
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_level(Some(1));
    zip.start_file("word/document.xml", options).unwrap();
    let block = vec![b' '; 1 << 20];
    for _ in 0..(8 * 32 + 1) {
        zip.write_all(&block).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    assert!(bytes.len() < 32 << 20);
    let err = decode_bytes(Path::new("bomb.docx"), &bytes, EncodingChoice::Auto).unwrap_err().to_string();
    assert!(err.contains("word/document.xml inflates to more than 268435456 bytes"), "{err}");
}

#[test]
fn no_bytes_make_the_reader_panic() {
    // every cut and many single-byte changes of a real .docx: an Ok or an Err, never a panic
    let bytes = std::fs::read(docx_case().join("notice.docx")).unwrap();
    let mut outcomes = (0, 0);
    let mut count = |r: amend::Result<Input>| match r {
        Ok(_) => outcomes.0 += 1,
        Err(_) => outcomes.1 += 1,
    };
    for cut in (4..bytes.len()).step_by(13) {
        count(decode_bytes(Path::new("cut.docx"), &bytes[..cut], EncodingChoice::Auto));
    }
    for at in (4..bytes.len()).step_by(7) {
        let mut changed = bytes.clone();
        changed[at] ^= 0x5a;
        count(decode_bytes(Path::new("changed.docx"), &changed, EncodingChoice::Auto));
    }
    let mut junk = b"PK\x03\x04".to_vec();
    junk.extend((0..5000u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8));
    count(decode_bytes(Path::new("junk.docx"), &junk, EncodingChoice::Auto));
    // the cuts all fail (the central directory is at the end); some changes hit nothing that matters
    assert!(outcomes.1 > bytes.len() / 13, "{outcomes:?}");
    assert!(outcomes.0 > 0, "{outcomes:?}");
}

#[test]
fn deep_nesting_is_cut_off_not_a_stack_overflow() {
    for (open, close) in
        [("<w:tr>", "</w:tr>"), ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"), ("<w:p>", "</w:p>")]
    {
        let depth = 20_000;
        let body = format!("{}{}{}{}", p("第一条 甲。"), open.repeat(depth), p("深处"), close.repeat(depth));
        let input = read(&package(&body, None, None));
        assert_eq!(input.text(), "第一条 甲。\n", "{open}");
        assert_eq!(input.notes, ["1 element nested too deep left out"], "{open}");
    }
}
