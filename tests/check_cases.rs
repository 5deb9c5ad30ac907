//! The consolidation check on the Fujian case and on every real-laws case with a decision.

mod common;

use std::process::Command;

use amend::apply::Status;
use amend::check::{self, Folder, Verdict};

fn amend() -> Command {
    Command::new(env!("CARGO_BIN_EXE_amend"))
}

#[test]
fn fujian_four_of_four_identical_fifteen_applied_three_skipped() {
    let case = check::load(&Folder(common::corpus().join("fujian-2020"))).unwrap();
    let report = check::check(&case, true);
    assert!(!report.has_errors() && !report.differs());
    assert!(report.documents.iter().all(|d| d.verdict == Verdict::Identical));
    assert_eq!(report.instruction_counts(), (15, 3, 0));
    let skipped: Vec<(&str, &str)> = report
        .documents
        .iter()
        .flat_map(|d| &d.instructions)
        .filter_map(|r| match &r.status {
            Status::Skipped { reason } => Some((r.id.as_str(), reason.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(skipped.iter().map(|s| s.0).collect::<Vec<_>>(), ["四（二）", "四（三）", "四（五）"]);
    assert!(skipped.iter().all(|s| s.1.contains("published page lacks")));
    // the page confirms every regenerated sentence but the heading restored from the notice
    let page = report.page.as_ref().unwrap();
    assert_eq!(page.unconfirmed.len(), 1);
    assert_eq!(page.unconfirmed[0].sentence, "四、加大财税扶持力度");
    assert!(page.sentences > 300);
    common::snapshots(|| insta::assert_snapshot!("check__fujian-2020", amend::render::check::text(&report)));
}

#[test]
fn check_command_and_the_embedded_case_agree() {
    let dir = amend().args(["check"]).arg(common::corpus().join("fujian-2020")).output().unwrap();
    let embedded = amend().arg("check").output().unwrap();
    assert_eq!(dir.status.code(), Some(0));
    assert_eq!(embedded.status.code(), Some(0));
    let (a, b) = (String::from_utf8_lossy(&dir.stdout), String::from_utf8_lossy(&embedded.stdout));
    assert!(a.contains("instructions: 15 applied, 3 skipped, 0 failed; 4/4 documents identical"), "{a}");
    assert_eq!(a.lines().skip(1).collect::<Vec<_>>(), b.lines().skip(1).collect::<Vec<_>>());
    let json = amend().args(["check", "--format", "json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 4);
}

/// Cases whose published text holds more than their decision says, and why.
const CANNOT_REGENERATE: &[(&str, &[&str], &str)] = &[
    (
        "criminal-law-2023",
        &["第四百五十二条"],
        "new.md carries a footnote (① 刑法、历次刑法修正案…) that no amendment wrote",
    ),
    (
        "sc2022-maternal-infant-health",
        &["第二条", "第八条"],
        "new.md also has the 2023 amendment (国务院令第764号), whose text is not in the corpus",
    ),
    (
        "shanghai-residential-property-2020",
        &["第四条", "第四十二条", "第四十四条", "第五十八条", "第八十四条", "第九十一条"],
        "the decision adjusts wording it does not list (对部分文字作相应调整: 规划→规划资源, 行政处分→处分, 乡镇→乡、镇), and the published 第四十四条 joins the two paragraphs the decision gives",
    ),
];

#[test]
fn real_laws_regenerate_without_substantive_difference() {
    let root = common::corpus().join("real-laws");
    let mut checked = 0;
    for dir in std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()) {
        let slug = dir.file_name().unwrap().to_string_lossy().into_owned();
        if !dir.join("decision.md").exists() {
            let err = check::load(&Folder(dir.clone())).unwrap_err().to_string();
            assert!(err.contains("no decision"), "{slug}: {err}");
            continue;
        }
        checked += 1;
        let report = check::check(&check::load(&Folder(dir.clone())).unwrap(), false);
        assert!(!report.has_errors(), "{slug}: {:#?}", report.documents[0].errors);
        let d = &report.documents[0];
        assert!(d.instructions.iter().all(|r| matches!(r.status, Status::Applied)), "{slug}");
        let differing: Vec<&str> = d.differences.iter().map(|c| c.side().path.as_str()).collect();
        match CANNOT_REGENERATE.iter().find(|(s, _, _)| *s == slug) {
            Some((_, expected, reason)) => {
                assert_eq!(d.verdict, Verdict::Differs, "{slug}");
                assert_eq!(&differing, expected, "{slug}: {reason}");
            }
            None => {
                assert_eq!(d.verdict, Verdict::Formatting, "{slug}: differs in {differing:?}");
                assert!(d.formatting.len() + d.metadata.len() > 0, "{slug}: crawl differences are reported");
            }
        }
    }
    assert_eq!(checked, 25);
}

#[test]
fn case_toml_mistakes_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let fj = common::corpus().join("fujian-2020");
    std::fs::copy(fj.join("notice.txt"), dir.path().join("notice.txt")).unwrap();
    let run = |toml: &str| {
        std::fs::write(dir.path().join("case.toml"), toml).unwrap();
        let out = amend().arg("check").arg(dir.path()).output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, err) = run(
        "notice = \"notice.txt\"\n[[documents]]\nname = \"1\"\noriginal = \"missing.txt\"\npublished = \"p.txt\"\n",
    );
    assert_eq!(code, Some(2));
    assert!(err.contains("missing.txt") && err.contains("No such file"), "{err}");
    let (code, err) =
        run("notice = \"../notice.txt\"\n[[documents]]\nname = \"1\"\noriginal = \"a\"\npublished = \"b\"\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("leaves the case folder"), "{err}");
    let (code, err) = run("notice = \"/etc/passwd\"\ndocuments = []\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("leaves the case folder"), "{err}");
    let (code, err) = run("notice = 3\ndocuments = []\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("invalid type") && err.contains("notice"), "{err}");
    let (code, err) = run("notice = \"notice.txt\"\ndocuments = []\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("lists no documents"), "{err}");
    let (code, err) = run(
        "notice = \"notice.txt\"\n[[documents]]\nname = \"1\"\noriginal = \"notice.txt\"\npublished = \"notice.txt\"\nskip = [{ id = \"一（一）\", reason = \"\" }]\n",
    );
    assert_eq!(code, Some(2));
    assert!(err.contains("needs a reason"), "{err}");
}

/// A sentence that fits no formula, in one document's section of a two-document notice (written for
/// this test): that document is not regenerated, and the error names the sentence's line:column;
/// the other document, whose own section reads, is regenerated as usual.
#[test]
fn an_unreadable_sentence_stops_its_own_document_only() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("a.txt", "甲办法\n第一条 甲方负责。\n第二条 乙方配合。\n"),
        ("a-new.txt", "甲办法\n第一条 乙方负责。\n第二条 乙方配合。\n"),
        ("b.txt", "乙办法\n第一条 丙方负责。\n"),
        ("b-new.txt", "乙办法\n第一条 丁方负责。\n"),
        (
            "notice.txt",
            "关于修改《甲办法》等两份文件的通知\n一、对《甲办法》作出修改\n（一）将第一条中的“甲方”修改为“乙方”。\n\
             （二）第二条的内容另行规定。\n二、对《乙办法》作出修改\n（一）将第一条中的“丙方”修改为“丁方”。\n",
        ),
        (
            "case.toml",
            "notice = \"notice.txt\"\n[[documents]]\nname = \"甲\"\noriginal = \"a.txt\"\npublished = \"a-new.txt\"\nsection = \"一\"\n\
             [[documents]]\nname = \"乙\"\noriginal = \"b.txt\"\npublished = \"b-new.txt\"\nsection = \"二\"\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let out = amend().arg("check").arg(dir.path()).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{stdout}");
    let line = |name: &str| stdout.lines().find(|l| l.starts_with(name)).unwrap_or_default().to_string();
    assert!(line("甲").ends_with("ERROR"), "{stdout}");
    assert!(stdout.contains("(notice 4:10): the notice cannot be read here: 一（二）"), "{stdout}");
    assert!(line("乙").ends_with("identical"), "{stdout}");
    assert!(stdout.contains("1/2 documents identical"), "{stdout}");
}
