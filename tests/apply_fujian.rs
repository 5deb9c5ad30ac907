//! The flagship case: the four Fujian attachments regenerate byte for byte, through the library and
//! through the command line; on error nothing is written.

mod common;

use std::process::Command;

use amend::apply::{self, ApplyOptions, Skip, Status};
use amend::document;
use amend::notice;

fn skips() -> Vec<Skip> {
    ["四（二）", "四（三）", "四（五）"]
        .iter()
        .map(|i| Skip { id: i.to_string(), reason: "text missing from the page".into() })
        .collect()
}

#[test]
fn four_attachments_regenerate_byte_for_byte() {
    let notice = notice::parse(&common::read("fujian-2020/notice.txt"));
    let mut applied_ids = Vec::new();
    for n in 1..=4 {
        let doc = document::parse(&common::read(&format!("fujian-2020/original/{n}.txt")));
        let section = apply::find_section(&notice, &doc, None).unwrap();
        let out = apply::apply(&doc, &notice, section, &ApplyOptions { strict: false, skip: skips() }).unwrap();
        assert!(out.text == common::read(&format!("fujian-2020/published/{n}.txt")), "附件{n} differs");
        applied_ids.extend(out.reports.iter().filter(|r| matches!(r.status, Status::Applied)).map(|r| r.id.clone()));
        // every change names its instruction and a node of the original
        assert!(out.changes.iter().all(|c| section.instructions.iter().any(|i| i.id == c.instruction)));
    }
    assert_eq!(applied_ids.len(), 15);
}

#[test]
fn renaming_counts_per_pair() {
    let notice = notice::parse(&common::read("fujian-2020/notice.txt"));
    let doc = document::parse(&common::read("fujian-2020/original/1.txt"));
    let section = apply::find_section(&notice, &doc, None).unwrap();
    let out = apply::apply(&doc, &notice, section, &ApplyOptions::default()).unwrap();
    let five = out.reports.iter().find(|r| r.id == "一（五）").unwrap();
    let counts: Vec<(&str, usize)> = five.ops.iter().map(|o| (o.summary.split('×').next().unwrap(), o.count)).collect();
    // counted in original/1.txt: 23 经信委 (the notes list 23 inverse edits), 3 国土厅, 1 林业厅, 2 质监局,
    // 6 金融办, 2 福建银监局, and the tax bureaus in 3 lists
    assert_eq!(
        counts,
        [
            ("“经信委”→“工信厅” ", 23),
            ("“国土厅”→“自然资源厅” ", 3),
            ("“林业厅”→“林业局” ", 1),
            ("“质监局”→“市场监管局” ", 2),
            ("“金融办”→“金融监管局” ", 6),
            ("“福建银监局”→“福建银保监局” ", 2),
            ("“地税局”“国税局”→“省税务局” ", 3),
        ]
    );
    assert_eq!(common::read("fujian-2020/original/1.txt").matches("经信委").count(), 23);
}

fn amend() -> Command {
    Command::new(env!("CARGO_BIN_EXE_amend"))
}

#[test]
fn command_line_writes_the_consolidated_text_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("4.txt");
    let c = common::corpus().join("fujian-2020");
    let status = amend()
        .args(["apply"])
        .arg(c.join("notice.txt"))
        .arg(c.join("original/4.txt"))
        .args(["--skip", "四（二）", "--skip", "四（三）", "--skip", "四（五）", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(status.status.code(), Some(0), "{}", String::from_utf8_lossy(&status.stderr));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), common::read("fujian-2020/published/4.txt"));
    // without the skips: errors, exit 2, nothing written
    let out2 = dir.path().join("4b.txt");
    let failed = amend()
        .args(["apply"])
        .arg(c.join("notice.txt"))
        .arg(c.join("original/4.txt"))
        .arg("-o")
        .arg(&out2)
        .output()
        .unwrap();
    assert_eq!(failed.status.code(), Some(2));
    assert!(!out2.exists(), "no output file on error");
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(stderr.contains("四（二）") && stderr.contains("18:4"), "{stderr}");
}

#[test]
fn explain_lists_every_change_with_its_instruction() {
    let c = common::corpus().join("fujian-2020");
    let out =
        amend().arg("apply").arg(c.join("notice.txt")).arg(c.join("original/2.txt")).arg("--explain").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let explained = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = explained.lines().collect();
    assert_eq!(lines.len(), 2, "{explained}");
    assert!(lines[0].starts_with("二（一）  delete_text  六/（一）"), "{}", lines[0]);
    assert!(lines[1].starts_with("二（二）  rename") && lines[1].contains("【工信厅】"), "{}", lines[1]);
}
