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

/// Runs `check` on every input of `target`, naming the input that fails.
fn run(target: &str, check: impl Fn(&[u8])) {
    for (name, data) in inputs(target) {
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
