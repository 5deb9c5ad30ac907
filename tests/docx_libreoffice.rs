//! Word output opened as a user's office suite opens it: LibreOffice converts what `amend` writes
//! (`diff --format docx`, `apply -o out.docx`) to text and PDF, and the text holds what the report
//! says; a consolidated text written as .docx, by amend or by LibreOffice from the .txt, reads back
//! as the same tree. Skipped, with a notice, where LibreOffice is missing (CI installs it and
//! requires it: `tests/common/office.rs`).

mod common;

use std::path::Path;
use std::process::{Command, Output};

use amend::diff::{ChangeKind, DiffOptions, diff_documents};
use amend::document::{self, Document};
use amend::text::decode::EncodingChoice;
use common::office;

fn amend(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amend")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap()
}

/// Text without any white space (LibreOffice's text export breaks and pads cells its own way).
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every node of a document: its path, kind and line.
fn tree(doc: &Document) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    doc.root.walk(&mut |n| out.push((n.path.to_string(), format!("{:?}", n.kind), n.line())));
    out
}

fn read_docx(path: &Path) -> Document {
    let input = amend::io::read_input(path, EncodingChoice::Auto).unwrap_or_else(|e| panic!("{e}"));
    document::parse(input.text())
}

/// The 新旧对照表 as .docx, converted by LibreOffice: the text has the title, the column heads and
/// every changed unit's new (or, for a deletion, old) wording, line by line; with the notice, the
/// 修改依据 column names the instruction of every linked change; the PDF is one.
#[test]
fn the_comparison_table_opens_in_libreoffice_with_every_changed_clause() {
    let Some(soffice) = office::soffice("the .docx 对照表 test") else { return };
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "corpus/fujian-2020/original/1.txt",
            "corpus/fujian-2020/published/1.txt",
            Some("corpus/fujian-2020/notice.txt"),
        ),
        ("corpus/real-laws/antimonopoly-2022/old.md", "corpus/real-laws/antimonopoly-2022/new.md", None),
    ];
    for (k, (old, new, notice)) in cases.into_iter().enumerate() {
        let out = dir.path().join(format!("table{k}.docx"));
        let out_s = out.to_str().unwrap();
        let mut args = vec!["diff", old, new, "--format", "docx", "-o", out_s];
        if let Some(n) = notice {
            args.extend(["--notice", n]);
        }
        let r = amend(&args);
        assert_eq!(r.status.code(), Some(1), "{}", String::from_utf8_lossy(&r.stderr));
        assert!(r.stdout.is_empty());
        let text = std::fs::read_to_string(office::convert(&soffice, &out, "txt:Text", dir.path())).unwrap();
        let text = squeeze(&text);
        for head in ["新旧对照表", "修改前", "修改后"] {
            assert!(text.contains(head), "{old}: {head}");
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (o, n) = (
            document::parse(&std::fs::read_to_string(root.join(old)).unwrap()),
            document::parse(&std::fs::read_to_string(root.join(new)).unwrap()),
        );
        let mut diff = diff_documents(&o, &n, &DiffOptions::default());
        if let Some(notice) = notice {
            assert!(text.contains("修改依据"), "{old}: the instruction column");
            let notice = amend::notice::parse(&std::fs::read_to_string(root.join(notice)).unwrap());
            let section = amend::apply::find_section(&notice, &o, None).unwrap();
            let applied = amend::apply::apply(&o, &notice, section, &Default::default()).unwrap();
            amend::diff::link_instructions(&mut diff, &applied.changes);
            let linked: Vec<&str> = diff.changes.iter().filter_map(|c| c.instruction.as_deref()).collect();
            assert!(!linked.is_empty());
            for id in linked {
                assert!(text.contains(&squeeze(id)), "{old}: instruction {id}");
            }
        }
        let mut checked = 0;
        for c in diff.changes.iter().filter(|c| c.is_change() && c.change != ChangeKind::Renumbered) {
            let side = c.new.as_ref().or(c.old.as_ref()).unwrap();
            for line in side.text.lines().filter(|l| !l.trim().is_empty()) {
                assert!(text.contains(&squeeze(line)), "{old}: {} is missing “{line}”", side.path);
                checked += 1;
            }
        }
        assert!(checked >= 5, "{old}: {checked} lines checked");
        // LibreOffice's own HTML of the file: the summary table, then the 对照表 with a row per change
        // under its header row
        let html = std::fs::read_to_string(office::convert(&soffice, &out, "html", dir.path())).unwrap();
        let tables: Vec<&str> = html.split("<table").skip(1).collect();
        assert_eq!(tables.len(), 2, "{old}: the summary and the 对照表");
        assert_eq!(tables[0].matches("<tr").count(), 5, "{old}: a header and four kinds of unit");
        assert_eq!(tables[1].matches("<tr").count(), 1 + diff.summary.changed(), "{old}: the rows of the 对照表");
        let pdf = std::fs::read(office::convert(&soffice, &out, "pdf", dir.path())).unwrap();
        assert!(pdf.starts_with(b"%PDF") && pdf.len() > 10_000, "{old}: a PDF of {} bytes", pdf.len());
    }
}

/// The consolidated text written by `amend apply -o out.docx` reads back as the published text's
/// tree; the original written as .docx by LibreOffice (from the .txt) reads back as the .txt's.
#[test]
fn consolidated_and_converted_documents_read_back_as_the_same_tree() {
    let Some(soffice) = office::soffice("the .docx round-trip test") else { return };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("consolidated.docx");
    let r = amend(&[
        "apply",
        "corpus/fujian-2020/notice.txt",
        "corpus/fujian-2020/original/1.txt",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    let published = document::parse(&common::read("fujian-2020/published/1.txt"));
    assert_eq!(tree(&read_docx(&out)), tree(&published));

    // LibreOffice's own .docx of the original text
    let txt = dir.path().join("original.txt");
    std::fs::copy(common::corpus().join("fujian-2020/original/1.txt"), &txt).unwrap();
    let docx = office::convert(&soffice, &txt, "docx", dir.path());
    let original = document::parse(&common::read("fujian-2020/original/1.txt"));
    assert_eq!(tree(&read_docx(&docx)), tree(&original));

    // a law in Markdown: the headings written as Word headings read back as the same clauses
    let out = dir.path().join("law.docx");
    let r = amend(&[
        "apply",
        "corpus/real-laws/antimonopoly-2022/decision.md",
        "corpus/real-laws/antimonopoly-2022/old.md",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    let new = document::parse(&common::read("real-laws/antimonopoly-2022/new.md"));
    let d = diff_documents(&read_docx(&out), &new, &DiffOptions::default());
    let clauses = d.summary.of(amend::diff::UnitKind::Clause);
    assert_eq!((clauses.changed(), clauses.unchanged), (0, 70), "{:?}", d.summary);
}

/// A Word file is never written to a terminal, but to a file or a pipe: through a pipe the bytes
/// are the same .docx.
#[test]
fn docx_goes_to_a_file_or_a_pipe() {
    let r =
        amend(&["diff", "corpus/fujian-2020/original/1.txt", "corpus/fujian-2020/published/1.txt", "--format", "docx"]);
    assert_eq!(r.status.code(), Some(1), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(r.stdout.starts_with(b"PK\x03\x04"), "a zip on stdout");
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(r.stdout)).unwrap();
    assert!(z.by_name("word/document.xml").is_ok());
}

/// On a terminal (a pseudo-terminal made by util-linux `script`, where it is installed) a Word file
/// is refused with a message saying how to write it, exit 2.
#[test]
fn docx_is_refused_on_a_terminal() {
    let Ok(script) = which::which("script") else {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr().lock(),
            "\nNOTICE: no `script` (util-linux) to make a terminal; the terminal refusal test is SKIPPED"
        );
        return;
    };
    let cmd = format!(
        "{} diff corpus/fujian-2020/original/1.txt corpus/fujian-2020/published/1.txt --format docx; echo \"exit=$?\"",
        env!("CARGO_BIN_EXE_amend")
    );
    let r = Command::new(script)
        .args(["-qec", &cmd, "/dev/null"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&r.stdout);
    assert!(out.contains("is a Word file, not text for a terminal: give -o FILE.docx"), "{out}");
    assert!(out.contains("exit=2"), "{out}");
    assert!(!out.contains("PK"), "no zip bytes on the terminal: {out}");
}
