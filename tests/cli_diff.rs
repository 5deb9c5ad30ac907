//! `amend diff` as a command: exit codes, formats, colour, `-o`, errors.

mod common;

use std::process::{Command, Output};

fn amend(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amend")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap()
}

const OLD: &str = "corpus/real-laws/sc2022-pesticides/old.md";
const NEW: &str = "corpus/real-laws/sc2022-pesticides/new.md";

#[test]
fn exit_codes_follow_diff() {
    let same = amend(&["diff", OLD, OLD]);
    assert_eq!(same.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&same.stdout).contains("same"));
    let differ = amend(&["diff", OLD, NEW]);
    assert_eq!(differ.status.code(), Some(1));
    let missing = amend(&["diff", OLD, "corpus/no-such-file.md"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(missing.stdout.is_empty());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no-such-file.md"));
    let bad = amend(&["diff", OLD, NEW, "--format", "xml"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn errors_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.html");
    let binary = dir.path().join("bin.md");
    std::fs::write(&binary, b"\x00\x01\x02binary").unwrap();
    let r = amend(&["diff", OLD, binary.to_str().unwrap(), "--format", "html", "-o", out.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(2));
    assert!(!out.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
    // refusing to overwrite an input (a copy: were the guard broken, the corpus would be overwritten)
    let new = dir.path().join("new.md");
    std::fs::copy(NEW, &new).unwrap();
    let r = amend(&["diff", OLD, new.to_str().unwrap(), "-o", new.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(2));
    assert_eq!(std::fs::read(&new).unwrap(), std::fs::read(NEW).unwrap(), "the input is untouched");
}

#[test]
fn every_format_runs_and_writes_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["text", "unified", "json", "markdown", "html"] {
        let out = dir.path().join(format!("diff.{format}"));
        let r = amend(&["diff", OLD, NEW, "--format", format, "-o", out.to_str().unwrap()]);
        assert_eq!(r.status.code(), Some(1), "{format}: {}", String::from_utf8_lossy(&r.stderr));
        assert!(r.stdout.is_empty());
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(!text.contains('\u{1b}'), "{format}: no colour in a file");
        match format {
            "unified" => assert!(text.contains("@@ -第九条 +第九条 @@ modified")),
            "json" => {
                for line in text.lines() {
                    let v: serde_json::Value = serde_json::from_str(line).unwrap();
                    assert!(v.get("change").is_some() || v.get("summary").is_some());
                }
                assert!(!text.contains("\"change\":\"unchanged\""), "unchanged only with --context");
            }
            "markdown" => assert!(text.contains("| 修改前 | 修改后 |")),
            "html" => assert!(text.starts_with("<!DOCTYPE html>") && text.contains("<th scope=\"col\">修改前</th>")),
            _ => assert!(text.contains("第九条 · modified")),
        }
    }
}

#[test]
fn context_includes_unchanged_clauses() {
    let r = amend(&["diff", OLD, NEW, "--format", "json", "--context"]);
    let text = String::from_utf8(r.stdout).unwrap();
    assert!(text.contains("\"change\":\"unchanged\""));
    let last: serde_json::Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
    let clauses = &last["summary"]["clauses"];
    let total: u64 = clauses.as_object().unwrap().values().map(|v| v.as_u64().unwrap()).sum();
    let clause_lines = text.lines().filter(|l| l.contains("\"unit\":\"clause\"")).count() as u64;
    assert_eq!(clause_lines, total);
}

#[test]
fn colour_on_demand() {
    let always = amend(&["diff", OLD, NEW, "--color", "always"]);
    assert!(String::from_utf8_lossy(&always.stdout).contains("\u{1b}["));
    let never = amend(&["diff", OLD, NEW, "--color", "never"]);
    let never = String::from_utf8_lossy(&never.stdout);
    assert!(!never.contains('\u{1b}'));
    assert!(never.contains("[-") || never.contains("{+"), "word-diff markers without colour");
    // auto: stdout is a pipe here, so no colour
    let auto = amend(&["diff", OLD, NEW]);
    assert!(!String::from_utf8_lossy(&auto.stdout).contains('\u{1b}'));
}

#[test]
fn document_text_is_escaped_in_html_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    std::fs::write(&a, "第一条 甲<b>乙</b>|丙。\n第二条 丁。\n").unwrap();
    std::fs::write(&b, "第一条 甲<script>alert(1)</script>|丙。\n第二条 丁。\n").unwrap();
    let html = amend(&["diff", a.to_str().unwrap(), b.to_str().unwrap(), "--format", "html"]);
    let html = String::from_utf8(html.stdout).unwrap();
    assert!(!html.contains("<script") && html.contains("script&gt;alert(1)&lt;/script"), "{html}");
    assert!(!html.contains("<b>乙"));
    let md = amend(&["diff", a.to_str().unwrap(), b.to_str().unwrap(), "--format", "markdown"]);
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.contains("\\|丙"), "pipes in cells are escaped: {md}");
    assert!(!md.contains("<script"));
}

#[test]
fn notice_links_changes_to_instructions() {
    let dir = "corpus/real-laws/antimonopoly-2022";
    let (old, new, decision) = (format!("{dir}/old.md"), format!("{dir}/new.md"), format!("{dir}/decision.md"));
    let r = amend(&["diff", &old, &new, "--format", "json", "--notice", &decision]);
    assert_eq!(r.status.code(), Some(1));
    let text = String::from_utf8(r.stdout).unwrap();
    assert!(text.contains("\"instruction\":\"五、\""), "第十条 → 第十三条 by 五、");
    // a notice that does not apply cleanly: a warning, no links, the diff still runs
    let r = amend(&[
        "diff",
        "corpus/fujian-2020/original/4.txt",
        "corpus/fujian-2020/published/4.txt",
        "--notice",
        "corpus/fujian-2020/notice.txt",
    ]);
    assert_eq!(r.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&r.stderr).contains("not linked"));
    // --section without --notice is a usage error
    let r = amend(&["diff", &old, &new, "--section", "一"]);
    assert_eq!(r.status.code(), Some(2));
}
