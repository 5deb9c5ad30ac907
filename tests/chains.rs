//! One text carried through several real decisions in order (`corpus/chains/`): every step is
//! applied to the previous step's result, its section found by the document's title, and checked
//! against the published version where a collection has one.

mod common;

use amend::apply::{self, ApplyOptions, Status};
use amend::check::{self, Verdict};
use amend::{document, notice};

/// Applies one decision to `text` (the section named by the document's title) and returns the
/// new text with the ids of the instructions applied.
fn step(text: &str, decision: &str) -> (String, Vec<String>) {
    let doc = document::parse(text);
    let n = notice::parse(decision);
    let section = apply::find_section(&n, &doc, None).unwrap_or_else(|e| panic!("{e}"));
    let applied =
        apply::apply(&doc, &n, section, &ApplyOptions::default()).unwrap_or_else(|f| panic!("{:#?}", f.errors));
    assert!(applied.reports.iter().all(|r| matches!(r.status, Status::Applied)));
    (applied.text, applied.reports.into_iter().map(|r| r.id).collect())
}

/// The clauses that differ in substance between a regenerated text and the published one.
fn substantive(regenerated: &str, published: &str) -> Vec<String> {
    let c = check::compare(regenerated, published);
    assert_ne!(c.verdict, Verdict::Error);
    c.differences.iter().map(|d| d.side().path.to_string()).collect()
}

#[test]
fn internet_cafes_2019_2022_2024_every_step_as_published() {
    let dir = "chains/internet-cafes/";
    let base = common::read(&format!("{dir}base-2019-03-24.md"));
    let (v2022, ids) = step(&base, &common::read(&format!("{dir}decision-2022-03-29.md")));
    assert!(!ids.is_empty());
    assert_eq!(substantive(&v2022, &common::read(&format!("{dir}published-2022-03-29.md"))), Vec::<String>::new());
    assert_ne!(v2022, base, "the 2022 decision changes the text");
    let (v2024, _) = step(&v2022, &common::read(&format!("{dir}decision-2024-12-06.md")));
    assert_eq!(substantive(&v2024, &common::read(&format!("{dir}published-2024-12-06.md"))), Vec::<String>::new());
    assert_ne!(v2024, v2022, "the 2024 decision changes the text");
}

#[test]
fn radiopharmaceuticals_the_unpublished_middle_version_is_produced_and_the_end_checks() {
    let dir = "chains/radiopharmaceuticals/";
    let base = common::read(&format!("{dir}base-2017-03-01.md"));
    let d2022 = common::read(&format!("{dir}decision-2022-03-29.md"));
    let d2024 = common::read(&format!("{dir}decision-2024-12-06.md"));
    let published = common::read(&format!("{dir}published-2024-12-06.md"));
    let (v2022, _) = step(&base, &d2022);
    let (v2024, _) = step(&v2022, &d2024);
    assert_eq!(substantive(&v2024, &published), Vec::<String>::new());
    // the 2024 decision alone on the 2017 text misses what 2022 rewrote in between (第十条)
    let (direct, _) = step(&base, &d2024);
    assert_eq!(substantive(&direct, &published), ["第十条"]);
}
