//! Inputs that made a fuzz target fail (crash, hang, broken property), re-checked with the target's
//! own check (`fuzz/src/lib.rs`, included by path) so the bug stays fixed. Each target's inputs are
//! the files under `tests/fuzz-regressions/<target>/`, exactly as libFuzzer saved them (minimised);
//! `apply_structured` inputs are the generated notice, after a first line `document N` naming the
//! fixed document it was applied to.

#[path = "../fuzz/src/lib.rs"]
mod checks;

use std::path::Path;

/// Every saved input of `target`, with its file name.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions").join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != ".gitkeep"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

/// Runs `check` on every input of `target`, naming the input that fails. A folder without an input
/// fails: it would check nothing and pass.
fn run(target: &str, check: impl Fn(&[u8])) {
    let inputs = inputs(target);
    assert!(
        !inputs.is_empty(),
        "tests/fuzz-regressions/{target}/ holds no input (only .gitkeep): the regression test would check nothing"
    );
    for (name, data) in inputs {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&data)));
        assert!(result.is_ok(), "tests/fuzz-regressions/{target}/{name} fails again");
    }
}

#[test]
fn parse_regressions() {
    run("parse", checks::check_parse);
}

#[test]
fn notice_regressions() {
    run("notice", checks::check_notice);
}

#[test]
fn apply_regressions() {
    run("apply", checks::check_apply);
}

#[test]
fn apply_structured_regressions() {
    run("apply_structured", |data| {
        let text = std::str::from_utf8(data).expect("a saved notice is UTF-8");
        let (first, notice) = text.split_once('\n').expect("first line: document N");
        let doc: usize = first.strip_prefix("document ").and_then(|n| n.trim().parse().ok()).expect("document N");
        checks::check_apply_notice(doc, notice);
    });
}

#[test]
fn diff_regressions() {
    run("diff", checks::check_diff);
}

/// Every folder under tests/fuzz-regressions/ is one a test above runs: the inputs of a folder no
/// test reads (a new target, a misspelt name) would never be checked.
#[test]
fn every_regression_folder_is_checked() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut folders: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    assert_eq!(folders, ["apply", "apply_structured", "diff", "notice", "parse"]);
}

// ------------------------------------------------ derive's refusals (fuzz/src/lib.rs)
//
// `check_derive` (both `apply_structured` and `diff` end with it) fails when derive fails, unless
// the failure is one of derive's documented refusals: a regression that makes derive fail where it
// succeeded no longer passes silently.

use amend::document;

/// A document without structure: its paragraphs have no locator, so derive refuses, and that
/// refusal is accepted.
#[test]
fn derive_may_refuse_what_no_locator_names() {
    let (old, new) = (document::parse("甲\n乙\n"), document::parse("甲\n丙\n丁\n"));
    let e = amend::derive::derive(&old, &new, &Default::default()).unwrap_err();
    assert_eq!(e, "¶1: no locator names this unit");
    assert_eq!(checks::derive_refusal(&old, &new, &e), Some("no locator"));
    checks::check_derive(&old, &new);
    // the header: a title no locator names
    let (old, new) = (document::parse("某通知\n一、甲\n"), document::parse("另一通知\n一、甲\n"));
    let e = "cannot derive an exact notice: the round trip still differs in 文首/标题";
    assert_eq!(checks::derive_refusal(&old, &new, e), Some("not exact"));
    // a new paragraph under a point heading: said so, naming it (it was an internal "not in the
    // sequence" once)
    let (old, new) =
        (document::parse("某通知\n一、甲\n（一）乙。\n"), document::parse("某通知\n一、甲\n新的一段。\n（一）乙。\n"));
    let e = amend::derive::derive(&old, &new, &Default::default()).unwrap_err();
    assert_eq!(e, "一/¶1: a new 段落 outside every numbered unit: no locator can place it");
    assert_eq!(checks::derive_refusal(&old, &new, &e), Some("unplaceable"));
}

/// What derive's own notice cannot do (not read back, not apply), and differences left in units a
/// locator names, are not refusals: check_derive panics on them.
#[test]
fn other_derive_failures_are_not_refusals() {
    let old = document::parse("某通知\n一、加强领导\n（一）建立协调机制。\n二、其他事项\n以上意见自发布之日起执行。\n");
    let new = document::parse("某通知\n一、加强领导\n（一）建立协调机制。\n二、其他事项\n");
    for e in [
        "cannot derive an exact notice: 一（二） (notice 4:4): 二/（一） was deleted by an earlier instruction",
        "cannot derive an exact notice: the derived notice does not parse at 3:17: a closing quote ” without an opening one",
        "cannot derive an exact notice: the round trip still differs in 一/（一）",
        "cannot derive an exact notice: the round trip still differs in 文首/标题, 一/（一）",
        "cannot derive an exact notice: the round trip still differs in ",
        "二/¶1: no locator names this unit",
        "not in the sequence",
    ] {
        assert_eq!(checks::derive_refusal(&old, &new, e), None, "{e}");
    }
    // a version with two 第一条: whatever derive says, no locator names either
    let twice = document::parse("第一条 甲。\n第一条 乙。\n");
    assert_eq!(checks::derive_refusal(&old, &twice, "not in the sequence"), Some("units named twice"));
}
