//! Version histories (`amend history`, `amend::history`) and chain cases (`amend check` on a
//! folder with `base` and `[[steps]]`), on the real chains of `corpus/chains/`: the dates read from
//! the decisions, the order, every version, each clause's path in every version and the
//! instruction behind each change, the version in force on a date, and a failing step.

mod common;

use std::process::Command;

use amend::check::{self, Folder, Loaded, Verdict};
use amend::diff::ChangeKind;
use amend::history::{self, ClauseHistory, Date, History, Step};
use amend::{document, notice};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// The front matter field `field` of a crawled file (`effective_date: "2022-05-01 00:00:00"`).
fn front_matter(text: &str, field: &str) -> Option<Date> {
    let line = text.lines().take_while(|l| !l.starts_with("<!--")).find(|l| l.starts_with(&format!("{field}:")))?;
    line.split('"').nth(1)?.get(..10)?.parse().ok()
}

#[test]
fn the_date_a_decision_states_agrees_with_the_collection_that_crawled_it() {
    // two independent sources: the decision's own closing sentence (本决定自…起施行, 自公布之日起施行)
    // and the collection's metadata
    let mut files = common::files_under(&common::corpus().join("decisions"));
    files.extend(
        common::files_under(&common::corpus().join("real-laws")).into_iter().filter(|p| p.ends_with("decision.md")),
    );
    let mut compared = 0;
    for f in files.iter().filter(|p| p.extension().is_some_and(|e| e == "md") && !p.ends_with("README.md")) {
        let text = std::fs::read_to_string(f).unwrap();
        let dates = history::dates::of_decision(&text);
        let name = f.display();
        let published = dates.published.as_ref().unwrap_or_else(|| panic!("{name}: no publication date"));
        if let Some(p) = front_matter(&text, "publish") {
            assert_eq!(published.date, p, "{name}");
        }
        let effective = dates.effective.as_ref().unwrap_or_else(|| panic!("{name}: no 施行 date"));
        if let Some(e) = front_matter(&text, "effective_date") {
            assert!(!effective.source.starts_with("front matter"), "{name}: the text states it: {effective}");
            assert_eq!(effective.date, e, "{name}: {effective}");
            compared += 1;
        }
    }
    assert!(compared >= 60, "{compared} decisions compared");
    // judicial interpretations: a header line 2021年4月22日 施行 and the closing sentence agree
    let t = common::read("decisions/502.md");
    assert_eq!(history::dates::of_decision(&t).effective.unwrap().date, d("2021-04-22"));
    // the Criminal Law amendment says 本修正案自2024年3月1日起施行 in its last numbered item
    let t = common::read("real-laws/criminal-law-2023/decision.md");
    let e = history::dates::of_decision(&t).effective.unwrap();
    assert_eq!(e.date, d("2024-03-01"));
    assert!(e.source.contains("八、本修正案"), "{e}");
    // the Fujian notice has no 施行 sentence: it is in force from its dateline
    let t = common::read("fujian-2020/notice.txt");
    let dates = history::dates::of_decision(&t);
    assert_eq!(dates.effective, None);
    assert_eq!(dates.in_force().unwrap().date, d("2020-12-04"));
}

fn chain(dir: &str, base: &str, decisions: &[&str], base_date: Option<&str>) -> History {
    let texts: Vec<String> = decisions.iter().map(|f| common::read(&format!("chains/{dir}/{f}"))).collect();
    let notices: Vec<notice::Notice> = texts.iter().map(|t| notice::parse(t)).collect();
    let steps: Vec<Step> = decisions
        .iter()
        .zip(&texts)
        .zip(&notices)
        .map(|((name, text), n)| Step {
            name: name.to_string(),
            notice: n,
            section: None,
            skip: Vec::new(),
            dates: history::dates::of_decision(text),
        })
        .collect();
    let base_text = common::read(&format!("chains/{dir}/{base}"));
    let date = base_date.map(|s| history::Dated { date: d(s), source: "test".into() });
    history::carry(document::parse(&base_text), date.or_else(|| history::dates::of_base(&base_text)), &steps)
}

fn row<'h>(h: &'h History, last_path: &str) -> &'h ClauseHistory {
    h.clauses
        .iter()
        .find(|c| c.paths.last().unwrap().as_deref() == Some(last_path))
        .unwrap_or_else(|| panic!("no unit is {last_path} in the last version"))
}

fn paths(c: &ClauseHistory) -> Vec<Option<&str>> {
    c.paths.iter().map(|p| p.as_deref()).collect()
}

#[test]
fn radiopharmaceuticals_every_clause_followed_through_renumbering_and_rewriting() {
    let h = chain(
        "radiopharmaceuticals",
        "base-2017-03-01.md",
        &["decision-2022-03-29.md", "decision-2024-12-06.md"],
        Some("2017-03-01"),
    );
    assert!(h.failure.is_none(), "{:?}", h.failure);
    let labels: Vec<&str> = h.versions.iter().map(|v| v.label.as_str()).collect();
    assert_eq!(labels, ["2017-03-01", "2022-03-29", "2024-12-06"]);
    // 2024: 删去第十五条; 将第二十一条改为第二十条，修改为：“……” — the rewritten article keeps its
    // identity through the renumbering (by the engine's lineage; the texts alone would pair it with
    // the new 第二十一条, which was 第二十二条)
    let c = row(&h, "第二十条");
    assert_eq!(paths(c), [Some("第二十一条"), Some("第二十一条"), Some("第二十条")]);
    assert_eq!(c.events.len(), 1);
    assert_eq!((c.events[0].step, c.events[0].change), (2, ChangeKind::Modified));
    assert_eq!(c.events[0].instructions, ["十四、¶2"]);
    let c = row(&h, "第二十一条");
    assert_eq!(paths(c), [Some("第二十二条"), Some("第二十二条"), Some("第二十一条")]);
    assert_eq!(c.events[0].instructions, ["十四、¶3"]);
    // the deleted article keeps its place, after the one before it
    let k = h.clauses.iter().position(|c| c.paths[0].as_deref() == Some("第十五条")).unwrap();
    let deleted = &h.clauses[k];
    assert_eq!(paths(deleted), [Some("第十五条"), Some("第十五条"), None]);
    assert_eq!(
        (deleted.events[0].change, deleted.events[0].instructions.as_slice()),
        (ChangeKind::Deleted, &["十四、".to_string()][..])
    );
    assert_eq!(h.clauses[k - 1].paths[2].as_deref(), Some("第十四条"));
    assert_eq!(h.clauses[k + 1].paths[0].as_deref(), Some("第十六条"), "the old 第十六条, now 第十五条, follows");
    // 2022 rewrote 第十条 (国务院 → 所在省、自治区、直辖市), which the 2024 text needs
    let c = row(&h, "第十条");
    assert_eq!(c.events.iter().map(|e| (e.step, e.change)).collect::<Vec<_>>(), [(1, ChangeKind::Modified)]);
    assert!(c.events[0].edits.iter().any(|e| e.old == "国务院" && e.new == "所在省、自治区、直辖市"));
    let years: Vec<Option<i16>> = h.versions.iter().map(|v| v.published.as_ref().map(|p| p.date.year())).collect();
    assert_eq!(c.note(&years).as_deref(), Some("本条经2022年修改"));
    assert_eq!(deleted.note(&years).as_deref(), Some("本条于2024年删除"));
    // every change in substance names the instruction that made it
    for c in &h.clauses {
        for e in c.events.iter().filter(|e| e.change != ChangeKind::Renumbered) {
            assert!(!e.instructions.is_empty(), "{:?} at step {}: no instruction", c.paths, e.step);
        }
    }
    // the 2024 text is the published one, up to formatting
    let published = common::read("chains/radiopharmaceuticals/published-2024-12-06.md");
    assert_ne!(check::compare(&h.versions[2].text, &published).verdict, Verdict::Differs);
}

#[test]
fn internet_cafes_an_inserted_article_and_the_version_in_force_on_every_date() {
    let h = chain("internet-cafes", "base-2019-03-24.md", &["decision-2022-03-29.md", "decision-2024-12-06.md"], None);
    assert!(h.failure.is_none(), "{:?}", h.failure);
    // the base's header notes stop at 2016 (the collection's copy): that is the date it gets
    assert_eq!(h.versions[0].label, "2016-02-06");
    // 2022 inserted 第三十二条 (十、¶2), 2024 changed it (十二、¶2: 删去“承诺的”)
    let c = row(&h, "第三十二条");
    assert_eq!(paths(c), [None, Some("第三十二条"), Some("第三十二条")]);
    let ev: Vec<(usize, ChangeKind, &str)> =
        c.events.iter().map(|e| (e.step, e.change, e.instructions[0].as_str())).collect();
    assert_eq!(ev, [(1, ChangeKind::Inserted, "十、¶2"), (2, ChangeKind::Modified, "十二、¶2")]);
    let years: Vec<Option<i16>> = h.versions.iter().map(|v| v.published.as_ref().map(|p| p.date.year())).collect();
    assert_eq!(c.note(&years).as_deref(), Some("本条为2022年新增；本条经2024年修改"));
    assert_eq!(row(&h, "第十一条").note(&years).as_deref(), Some("本条经2022年、2024年两次修改"));
    // the articles after it moved up by one, once
    let c = row(&h, "第三十八条");
    assert_eq!(paths(c), [Some("第三十七条"), Some("第三十八条"), Some("第三十八条")]);
    assert_eq!(c.events.iter().map(|e| e.change).collect::<Vec<_>>(), [ChangeKind::Renumbered]);
    // in force: 施行 dates 2022-05-01 and 2025-01-20, not the publication dates
    let at = |s: &str| h.in_force(d(s)).map(|f| f.version.step);
    assert!(at("2016-02-05").unwrap_err().contains("before the base text's own date"));
    assert_eq!(at("2016-02-06"), Ok(0));
    assert_eq!(at("2022-03-29"), Ok(0), "published, not yet in force");
    assert_eq!(at("2022-04-30"), Ok(0));
    assert_eq!(at("2022-05-01"), Ok(1));
    assert_eq!(at("2025-01-19"), Ok(1));
    assert_eq!(at("2025-01-20"), Ok(2));
    assert_eq!(at("2031-01-01"), Ok(2));
    let why = h.in_force(d("2023-01-01")).unwrap().reason;
    assert!(why.contains("本决定自2022年5月1日起施行"), "{why}");
}

#[test]
fn decisions_are_ordered_by_their_dates_when_all_have_one() {
    let a = history::dates::of_decision(&common::read("chains/internet-cafes/decision-2022-03-29.md"));
    let b = history::dates::of_decision(&common::read("chains/internet-cafes/decision-2024-12-06.md"));
    let (order, note) = history::order(&[b.clone(), a.clone()]);
    assert_eq!(order, [1, 0]);
    assert!(note.contains("not in the order given"), "{note}");
    let (order, note) = history::order(&[a.clone(), b.clone()]);
    assert_eq!(order, [0, 1]);
    assert!(note.contains("which is their order by date"), "{note}");
    // one undated decision: the order given, and the note says why
    let (order, note) = history::order(&[b, history::DecisionDates::default(), a]);
    assert_eq!(order, [0, 1, 2]);
    assert!(note.contains("1 of them carry no date"), "{note}");
}

#[test]
fn chain_cases_check_every_published_step() {
    let open = |dir: &str| match check::open(&Folder(common::corpus().join("chains").join(dir))).unwrap() {
        Loaded::Chain(c) => check::chain::check(&c),
        Loaded::Consolidation(_) => panic!("{dir} is a chain case"),
    };
    let r = open("internet-cafes");
    assert!(!r.has_errors() && !r.differs());
    let verdicts: Vec<Verdict> = r.documents.iter().map(|d| d.verdict).collect();
    assert_eq!(verdicts, [Verdict::Formatting, Verdict::Formatting]);
    assert_eq!(r.instruction_counts(), (6, 0, 0));
    let r = open("radiopharmaceuticals");
    assert!(!r.has_errors() && !r.differs());
    let verdicts: Vec<Verdict> = r.documents.iter().map(|d| d.verdict).collect();
    assert_eq!(verdicts, [Verdict::Unpublished, Verdict::Formatting]);
    assert_eq!(r.documents[0].name, "step 1/2 decision-2022-03-29.md");
    let text = amend::render::check::text(&r);
    assert!(text.contains("1/2 produced without a published text"), "{text}");
}

/// A chain folder in a temporary directory, built from the radiopharmaceuticals chain.
fn temp_chain(toml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in ["base-2017-03-01.md", "decision-2022-03-29.md", "decision-2024-12-06.md", "published-2024-12-06.md"] {
        std::fs::copy(common::corpus().join("chains/radiopharmaceuticals").join(f), dir.path().join(f)).unwrap();
    }
    std::fs::write(dir.path().join("case.toml"), toml).unwrap();
    dir
}

#[test]
fn a_step_that_fails_is_named_and_the_steps_after_it_are_not_run() {
    // the 2022 step given the section of another regulation (十三 is not 放射性药品管理办法)
    let dir = temp_chain(
        "base = \"base-2017-03-01.md\"\nbase_date = \"2017-03-01\"\n\
         [[steps]]\ndecision = \"decision-2022-03-29.md\"\nsection = \"十三\"\n\
         [[steps]]\ndecision = \"decision-2024-12-06.md\"\npublished = \"published-2024-12-06.md\"\n",
    );
    let Loaded::Chain(c) = check::open(&Folder(dir.path().to_path_buf())).unwrap() else { panic!() };
    let r = check::chain::check(&c);
    assert!(r.has_errors());
    assert_eq!(r.documents[0].verdict, Verdict::Error);
    assert!(!r.documents[0].errors.is_empty(), "the step's own errors");
    assert!(r.documents[1].errors[0].message.contains("not run: step 1 failed"), "{:?}", r.documents[1].errors);
}

#[test]
fn chain_case_mistakes_are_clear_errors() {
    let err = |toml: &str| {
        let dir = temp_chain(toml);
        check::open(&Folder(dir.path().to_path_buf())).unwrap_err().to_string()
    };
    assert!(err("base = \"base-2017-03-01.md\"\nsteps = []\n").contains("lists no steps"));
    let e = err(
        "base = \"base-2017-03-01.md\"\n[[steps]]\ndecision = \"decision-2022-03-29.md\"\nskip = [{ id = \"十四\", reason = \" \" }]\n",
    );
    assert!(e.contains("step 1: skipping 十四 needs a reason"), "{e}");
    let e = err("base = \"../base.md\"\n[[steps]]\ndecision = \"decision-2022-03-29.md\"\n");
    assert!(e.contains("leaves the case folder"), "{e}");
    let e =
        err("base = \"base-2017-03-01.md\"\n[[steps]]\ndecision = \"decision-2022-03-29.md\"\ndate = \"2022-13-01\"\n");
    assert!(e.contains("is not a date"), "{e}");
    let e =
        err("base = \"base-2017-03-01.md\"\n[[steps]]\ndecision = \"decision-2022-03-29.md\"\npublsihed = \"x.md\"\n");
    assert!(e.contains("unknown field"), "{e}");
}

// ---------------------------------------------------------------- the command

fn amend(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_amend")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap()
}

const BASE: &str = "corpus/chains/radiopharmaceuticals/base-2017-03-01.md";
const D2022: &str = "corpus/chains/radiopharmaceuticals/decision-2022-03-29.md";
const D2024: &str = "corpus/chains/radiopharmaceuticals/decision-2024-12-06.md";

#[test]
fn history_writes_every_version_and_the_history_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("versions");
    let o = amend(&[
        "history",
        BASE,
        D2024,
        D2022,
        "--base-date",
        "2017-03-01",
        "-o",
        out.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut names: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["2017-03-01.md", "2022-03-29.md", "2024-12-06.md", "history.jsonl"]);
    assert_eq!(
        std::fs::read_to_string(out.join("2017-03-01.md")).unwrap(),
        common::read("chains/radiopharmaceuticals/base-2017-03-01.md")
    );
    let v2024 = std::fs::read_to_string(out.join("2024-12-06.md")).unwrap();
    let published = common::read("chains/radiopharmaceuticals/published-2024-12-06.md");
    assert_eq!(check::compare(&v2024, &published).verdict, Verdict::Formatting);
    // JSON Lines: a history line, a line per version, a line per unit
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(out.join("history.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["type"], "history");
    assert_eq!(lines[0]["order"], "decisions applied by their dates (not in the order given)");
    let versions: Vec<&serde_json::Value> = lines.iter().filter(|l| l["type"] == "version").collect();
    assert_eq!(versions.len(), 3);
    assert_eq!(versions[1]["decision"], "decision-2022-03-29.md");
    assert_eq!(versions[2]["in_force"]["date"], "2025-01-20");
    assert_eq!(versions[2]["step_record"]["instructions"][1]["id"], "十四、¶2");
    let clauses: Vec<&serde_json::Value> = lines.iter().filter(|l| l["type"] == "clause").collect();
    assert_eq!(clauses.len(), lines[0]["units"].as_u64().unwrap() as usize);
    let c = clauses.iter().find(|c| c["paths"][0] == "第二十一条").unwrap();
    assert_eq!(c["paths"][2], "第二十条");
    assert_eq!(c["events"][0]["instructions"][0], "十四、¶2");
    assert_eq!(c["note"], "本条经2024年修改");

    // a failing step: nothing written, the step named
    let alone = dir.path().join("alone");
    let o = amend(&["history", BASE, D2024, "--date", "2024-12-06", "-o", alone.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "the 2024 decision alone applies to the 2017 text");
    assert_eq!(std::fs::read_dir(&alone).unwrap().count(), 3, "base, 2024-12-06 and history.txt");
    let out2 = dir.path().join("never");
    let o = amend(&["history", "corpus/chains/internet-cafes/base-2019-03-24.md", D2024, "-o", out2.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("step 1 of 1 (decision-2024-12-06.md") && err.contains("nothing was written"), "{err}");
    assert!(!out2.exists(), "nothing written, not even the directory");
    // a base that already holds the decision: said, not silently applied twice
    let o = amend(&["history", "corpus/chains/radiopharmaceuticals/published-2024-12-06.md", D2024]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("warning: the base text is dated 2024-12-06") && err.contains("may already hold"), "{err}");
    assert!(String::from_utf8_lossy(&o.stdout).contains("\nwarning: the base text is dated 2024-12-06"));
    // a section per decision: the radiopharmaceuticals section of 2022 is 十四, not 十三
    let o = amend(&["history", BASE, D2022, D2024, "--section", "十三", "--section", "-"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("step 1 of 2 (decision-2022-03-29.md, section 《"), "{err}");
    let o = amend(&["history", BASE, D2022, D2024, "--section", "十四", "--section", "-", "--base-date", "2017-03-01"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = amend(&["history", BASE, D2022, D2024, "--section", "十四"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("one per decision"));
    // --date must be given once per decision
    let o = amend(&["history", BASE, D2022, D2024, "--date", "2022-03-29"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("one date per decision"));
}

#[test]
fn history_at_prints_the_version_in_force_and_says_why() {
    let v = |date: &str| {
        let o = amend(&["history", BASE, D2022, D2024, "--base-date", "2017-03-01", "--at", date]);
        (o.status.code(), String::from_utf8(o.stdout).unwrap(), String::from_utf8(o.stderr).unwrap())
    };
    let base = common::read("chains/radiopharmaceuticals/base-2017-03-01.md");
    let (code, text, why) = v("2022-04-30");
    assert_eq!((code, text == base), (Some(0), true), "{why}");
    assert!(why.contains("no decision had taken effect on 2022-04-30"), "{why}");
    let (_, text2022, why) = v("2022-05-01");
    assert!(why.contains("step 1") && why.contains("本决定自2022年5月1日起施行"), "{why}");
    assert!(text2022.contains("所在省、自治区、直辖市") && text2022 != base);
    let (_, text, why) = v("2026-01-01");
    assert!(why.contains("step 2"), "{why}");
    assert!(!text.contains("第二十八条"), "the 2024 text has 27 articles");
    let (code, _, why) = v("2000-01-01");
    assert_eq!(code, Some(2));
    assert!(why.contains("before the base text's own date"), "{why}");
}

#[test]
fn the_html_timeline_has_a_row_per_clause_and_every_change_links_to_its_instruction() {
    let Some(chromium) = common::browser::chromium("the HTML timeline test") else { return };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("h");
    let o = amend(&[
        "history",
        BASE,
        D2022,
        D2024,
        "--base-date",
        "2017-03-01",
        "--format",
        "html",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let h = chain(
        "radiopharmaceuticals",
        "base-2017-03-01.md",
        &["decision-2022-03-29.md", "decision-2024-12-06.md"],
        Some("2017-03-01"),
    );
    let dom = common::browser::dump_dom(&chromium, &out.join("history.html"), &dir.path().join("profile"));
    assert!(dom.contains("《放射性药品管理办法》历史版本与修改沿革</h1>"));
    assert_eq!(dom.matches("<tr class=\"clause ").count(), h.clauses.len(), "a row per unit");
    assert_eq!(h.clauses.len(), 35, "27 articles of 2017, 1 added in 2024, 7 chapters");
    // every cell of a change in substance links to an instruction listed on the page
    let cells: Vec<&str> = dom
        .split("<td class=\"")
        .skip(1)
        .filter(|c| ["modified", "inserted", "deleted", "moved"].iter().any(|k| c.starts_with(&format!("{k}\""))))
        .collect();
    let changes: usize =
        h.clauses.iter().map(|c| c.events.iter().filter(|e| e.change != ChangeKind::Renumbered).count()).sum();
    assert_eq!(cells.len(), changes);
    for cell in cells {
        let cell = &cell[..cell.find("</td>").unwrap()];
        let href = cell.split("href=\"#").nth(1).unwrap_or_else(|| panic!("no link in {cell}"));
        let target = &href[..href.find('"').unwrap()];
        assert!(dom.contains(&format!("<li id=\"{target}\">")), "{target} is not on the page");
    }
    // the link of the rewritten 第二十条 leads to 十四、¶2, whose text is the instruction
    let li = dom.split("<li id=\"s2-i1\">").nth(1).unwrap();
    assert!(
        li.starts_with("<span class=\"id\">十四、¶2</span>将第二十一条改为第二十条"),
        "{}",
        &li[..200.min(li.len())]
    );
}
