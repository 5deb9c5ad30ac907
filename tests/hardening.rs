//! The catalogue of bad and hostile inputs: each has a documented outcome (a clear message, exit code
//! 2, nothing written) and none makes amend panic or hang.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use amend::document::{self, Kind};
use amend::notice;

fn amend(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amend")).args(args).output().expect("amend runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs `amend parse FILE -o OUT` on bytes and checks: exit 2, the message, nothing written.
fn refused(bytes: &[u8], args: &[&str], message: &str) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("input.txt");
    std::fs::write(&input, bytes).unwrap();
    let out = dir.path().join("out.txt");
    let mut all = vec!["parse", input.to_str().unwrap()];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-o", out.to_str().unwrap()]);
    let o = amend(&all);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains(message), "expected “{message}” in: {}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    assert!(!out.exists(), "nothing is written on error");
}

#[test]
fn empty_and_blank_files() {
    refused(b"", &[], "the input is empty");
    refused(b"  \n\n\t\n", &[], "the input is empty");
}

#[test]
fn binary_files_and_nul_bytes() {
    let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0".to_vec();
    elf.extend(std::iter::repeat_n(0xffu8, 64));
    refused(&elf, &[], "not a text file");
    refused("第一条 甲\0乙。".as_bytes(), &[], "a NUL byte at byte 13");
    refused(b"abc\x01\x02def", &[], "control character U+0001");
}

#[test]
fn invalid_utf8_and_mislabelled_gbk() {
    refused(b"caf\xe9 \xff\xfe\xfd", &[], "neither UTF-8");
    let (gbk, _, _) = encoding_rs::GBK.encode("第一条 为了规范保安服务活动，制定本条例。");
    refused(&gbk, &["--encoding", "utf8"], "try --encoding gb18030");
    // read as what it is, it parses
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("gbk.txt");
    std::fs::write(&p, &gbk).unwrap();
    assert_eq!(amend(&["parse", p.to_str().unwrap(), "--encoding", "gb18030"]).status.code(), Some(0));
}

#[test]
fn utf16_without_bom() {
    let bytes: Vec<u8> =
        "第一条 为了规范保安服务活动，制定本条例。\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
    refused(&bytes, &[], "UTF-16 without a byte-order mark");
}

#[test]
fn a_hundred_megabyte_document_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap(); // sparse: nothing is written to disk
    let o = amend(&["parse", big.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("104857600 bytes; amend reads documents of at most 33554432 bytes"), "{}", stderr(&o));
}

/// A 10 MB document in one line: parsed, rendered back, read as a notice, diffed with itself.
#[test]
fn a_single_ten_megabyte_line() {
    let body: String = "甲乙丙丁戊己庚辛壬癸，的了在是。".chars().cycle().take(3_400_000).collect();
    let text = format!("第一条 {body}");
    assert!(text.len() > 10_000_000);
    let doc = document::parse(&text);
    assert_eq!(doc.render(), text);
    assert_eq!(doc.nodes().iter().filter(|n| n.kind == Kind::Article).count(), 1);
    let d = amend::diff::diff_documents(&doc, &doc, &Default::default());
    assert!(d.is_same());
    let n = notice::parse(&format!("关于修改《示例》的决定\n一、将第一条修改为：“{body}”\n"));
    assert_eq!(n.errors().count(), 0);
    let bad = notice::parse(&format!("关于修改《示例》的决定\n一、把{body}\n"));
    assert_eq!(bad.errors().count(), 1, "a sentence that fits no formula, however long, is one error");
}

#[test]
fn deep_numbering_stays_shallow_and_huge_numbers_do_not_overflow() {
    // labels of every level, 10,000 times over: the tree is as deep as the levels, never deeper
    let mut text = String::new();
    for _ in 0..10_000 {
        text.push_str("一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n");
    }
    let doc = document::parse(&text);
    assert_eq!(doc.render(), text);
    fn depth(n: &amend::document::Node) -> usize {
        1 + n.children.iter().map(depth).max().unwrap_or(0)
    }
    assert!(depth(&doc.root) <= 7, "depth {}", depth(&doc.root));
    // 第九千九百九十九条 is a number; a numeral past u32 is text, not a label
    let doc = document::parse("第九千九百九十九条 甲。\n第九千九百九十九亿九千九百九十九万九千九百九十九条 乙。\n");
    let arts: Vec<Option<u32>> = doc.nodes().iter().filter(|n| n.kind == Kind::Article).map(|n| n.number).collect();
    assert_eq!(arts, [Some(9999)]);
    assert_eq!(amend::text::numerals::parse("四十二亿九千四百九十六万七千二百九十六"), None);
}

const HEAD: &str = "关于修改《某规定》的通知\n一、对《某规定》作出修改\n";

fn notice_errors(body: &str) -> Vec<String> {
    notice::parse(&format!("{HEAD}{body}")).errors().map(|d| format!("{}: {}", d.pos, d.message)).collect()
}

#[test]
fn unbalanced_and_nested_quotes() {
    // “ “ ”: the first quotation is never closed
    assert!(notice_errors("（一）将第二项中的“甲“乙”修改为“丙”。\n")[0].contains("3:10: unbalanced quote"));
    // ‘ inside “ ” inside ‘: fine, the single quotes are text
    let n = notice::parse(&format!("{HEAD}（一）将第二项中的“甲‘乙“丙”丁’戊”修改为“己”。\n"));
    assert_eq!(n.errors().count(), 0, "{:?}", n.diagnostics);
    assert_eq!(n.instructions().next().unwrap().quoted()[0], "甲‘乙“丙”丁’戊");
    // a closing mark with no opening one
    assert!(notice_errors("（一）将第二项中的甲”修改为“乙”。\n")[0].contains("closing quote"));
}

#[test]
fn look_alike_characters() {
    // full-width digits are digits; 〇 and 零 are zero; ：and : both introduce new text
    let n = notice::parse("关于修改《某条例》的决定\n一、将第１０条修改为：“甲。”\n二、将第十条修改为:“乙。”\n");
    assert_eq!(n.errors().count(), 0, "{:?}", n.diagnostics);
    let steps: Vec<_> = n.instructions().map(|i| i.ops[0].locators[0].steps.clone()).collect();
    assert_eq!(steps[0], steps[1]);
    assert_eq!(amend::text::numerals::parse("一〇"), Some(10));
    assert_eq!(amend::text::numerals::parse("一零"), Some(10));
    // ″ (a double prime) is not a closing quote: the quotation stays open, and says so
    assert!(notice_errors("（一）将第二项中的“甲″修改为“乙”。\n")[0].contains("unbalanced quote"));
}

#[test]
fn empty_quotations_and_overlapping_merges() {
    let e = notice_errors("（一）将第二项中的“”修改为“乙”。\n");
    assert!(e[0].contains("empty quotation"), "{e:?}");
    let e = notice_errors("（一）删除第二项中“”的表述。\n");
    assert!(e[0].contains("empty quotation"), "{e:?}");
    let e = notice_errors("（一）将全文中的“地税局”“税局”合并修改为“省税务局”。\n");
    assert!(e[0].contains("overlap: “地税局” and “税局”"), "{e:?}");
    let e = notice_errors("（一）将第二项修改为：“”。\n");
    assert!(e[0].contains("empty quotation"), "{e:?}");
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn notices_for_documents_not_given_or_given_twice() {
    let dir = tempfile::tempdir().unwrap();
    let doc = write(dir.path(), "doc.txt", "其他规定\n一、总则\n（一）甲。\n（二）乙。\n");
    let n = write(dir.path(), "n.txt", &format!("{HEAD}（一）将第二项中的“乙”修改为“丙”。\n"));
    let o = amend(&["apply", &n, &doc]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no section of the notice is for “其他规定”"), "{}", stderr(&o));
    // two sections for the same title: which one is meant must be said
    let twice = write(
        dir.path(),
        "twice.txt",
        "关于修改《其他规定》的通知\n一、对《其他规定》作出修改\n（一）将第二项中的“乙”修改为“丙”。\n二、对《其他规定》作出修改\n（一）将第一项中的“甲”修改为“丁”。\n",
    );
    let o = amend(&["apply", &twice, &doc]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("2 sections match"), "{}", stderr(&o));
    let o = amend(&["apply", &twice, &doc, "--section", "二"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("（一）丁。"));
}

#[test]
fn outputs_are_never_written_over_inputs_nor_into_missing_folders() {
    let dir = tempfile::tempdir().unwrap();
    let doc = write(dir.path(), "doc.txt", "第一条 甲。\n第二条 乙。\n");
    let o = amend(&["parse", &doc, "-o", &doc]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("refusing to write the output over an input file"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&doc).unwrap(), "第一条 甲。\n第二条 乙。\n");
    let missing = dir.path().join("no/such/dir/out.txt");
    let o = amend(&["parse", &doc, "-o", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("the directory to write into does not exist"), "{}", stderr(&o));
    let o = amend(&["diff", &doc, &doc, "-o", &doc]);
    assert_eq!(o.status.code(), Some(2));
    let o = amend(&["parse", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is a directory"), "{}", stderr(&o));
    let o = amend(&["parse", "/no/such/file.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("No such file"), "{}", stderr(&o));
}

#[test]
fn bad_arguments_exit_2() {
    assert_eq!(amend(&[]).status.code(), Some(2));
    assert_eq!(amend(&["parse"]).status.code(), Some(2));
    assert_eq!(amend(&["parse", "x", "--format", "yaml"]).status.code(), Some(2));
    assert_eq!(amend(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn the_whole_document_is_never_replaced_deleted_or_renumbered_as_one_unit() {
    // found by proptest: “条文顺序作相应调整修改为：…” reads as 全文修改为, which must be refused
    let dir = tempfile::tempdir().unwrap();
    let doc = write(dir.path(), "doc.txt", "某规定\n一、总则\n（一）甲。\n（二）乙。\n");
    let n = write(dir.path(), "n.txt", &format!("{HEAD}条文顺序作相应调整修改为：将\n在\n"));
    let out = dir.path().join("out.txt");
    let o = amend(&["apply", &n, &doc, "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("names the whole document"), "{}", stderr(&o));
    // the reader refuses it at the formula (修改为), before anything is applied
    assert!(stderr(&o).contains("n.txt:3:10"), "the place in the notice: {}", stderr(&o));
    assert!(!out.exists());
}

#[test]
fn locators_out_of_range_name_the_instruction_and_what_the_document_has() {
    let dir = tempfile::tempdir().unwrap();
    let doc = write(dir.path(), "doc.txt", "某规定\n一、总则\n（一）甲。\n（二）乙。\n");
    let out = dir.path().join("out.txt");
    for (body, expected) in [
        (
            "（一）将第九千九百九十九项中的“乙”修改为“丙”。\n",
            "there is no 第九千九百九十九项; the document has 一/（一）, 一/（二）",
        ),
        ("（一）将第三点第一项中的“乙”修改为“丙”。\n", "there is no 第三点"),
        ("（一）删除第二十条。\n", "there is no 第二十条"),
    ] {
        let n = write(dir.path(), "n.txt", &format!("{HEAD}{body}"));
        let o = amend(&["apply", &n, &doc, "-o", out.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{body}: {}", stderr(&o));
        assert!(stderr(&o).contains(expected), "{body}: {}", stderr(&o));
        assert!(stderr(&o).contains("一（一）"), "the instruction is named: {}", stderr(&o));
        assert!(stderr(&o).contains("n.txt:3:"), "the place in the notice: {}", stderr(&o));
        assert!(!out.exists());
    }
}

/// Every diagnostic marks whole characters, whatever their width: an ASCII quote or digit is one
/// byte, where the marks used to take three (the width of a CJK character) and end inside the next
/// character, or past the line.
#[test]
fn diagnostics_mark_one_whole_character_whatever_its_width() {
    let cases = [
        // an ASCII quotation that is never closed (a warning: it ends with its paragraph)
        ("（一）将第一项中的\"甲修改为乙。\n", "\""),
        // at the very end of its line
        ("（一）将第一项中的\"甲\"修改为\"乙\"。\"\n", "\""),
        // a sentence whose reading stops at a digit
        ("（一）17年全省工业稳增长调结构若干措施。\n", "1"),
    ];
    for (body, marked) in cases {
        let text = format!("{HEAD}{body}");
        let n = notice::parse(&text);
        let d = n.diagnostics.iter().find(|d| text.get(d.range.clone()) == Some(marked));
        assert!(
            d.is_some(),
            "{body}: no diagnostic marks “{marked}”: {:?}",
            n.diagnostics.iter().map(|d| (&d.message, d.range.clone(), text.get(d.range.clone()))).collect::<Vec<_>>()
        );
        for d in &n.diagnostics {
            assert!(
                text.get(d.range.clone()).is_some(),
                "{body}: {} marks {:?}, not whole characters",
                d.message,
                d.range
            );
        }
    }
}
