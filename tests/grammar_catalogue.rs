//! `grammar/README.md` catalogues every formula of `grammar/notice.pest` with an example, the
//! operations it becomes and their Akoma Ntoso types. This test keeps the page true: every example
//! is read and gives the operations the page says, a real example is found in the corpus file it
//! names, and a formula of the grammar missing from the page fails the test.

mod common;

use std::path::Path;

use amend::notice::{self, Notice, Severity};

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar/README.md")).unwrap()
}

fn grammar() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar/notice.pest")).unwrap()
}

/// A row of a catalogue table: its cells, trimmed.
struct Row {
    formulas: Vec<String>,
    example: String,
    source: Option<String>,
    rest: Vec<String>,
}

fn rows() -> Vec<Row> {
    readme()
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<String> = l.trim_matches('|').split('|').map(|c| c.trim().to_string()).collect();
            assert!(cells.len() >= 4, "a catalogue row has formula, example, source and more: {l}");
            Row {
                formulas: cells[0].split(',').map(|f| f.trim().trim_matches('`').to_string()).collect(),
                example: cells[1].replace('⏎', "\n"),
                source: (cells[2] != "*written*").then(|| cells[2].trim_matches('`').to_string()),
                rest: cells[3..].to_vec(),
            }
        })
        .collect()
}

/// The names of a rule's alternatives: `clause_any = _{ a | b | … }`.
fn alternatives(grammar: &str, rule: &str) -> Vec<String> {
    let start = grammar.find(&format!("\n{rule} = ")).unwrap_or_else(|| panic!("no rule {rule}"));
    let body = &grammar[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find("\n}").unwrap()];
    body.split('|').map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect()
}

fn errors(n: &Notice) -> Vec<String> {
    n.diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| format!("{}: {}", d.pos, d.message))
        .collect()
}

fn warnings(n: &Notice) -> Vec<String> {
    n.diagnostics.iter().filter(|d| d.severity == Severity::Warning).map(|d| d.message.clone()).collect()
}

#[test]
fn every_formula_of_the_grammar_is_catalogued() {
    let g = grammar();
    let catalogued: Vec<String> = rows().into_iter().flat_map(|r| r.formulas).collect();
    let mut expected = alternatives(&g, "clause_any");
    assert!(expected.len() > 30, "{expected:?}");
    expected.extend(
        [
            "disapply",
            "trailing_closing",
            "section_head",
            "framing",
            "scoped_head",
            "repeal",
            "repeal_list",
            "repeal_item",
            "closing",
            "abbreviation",
        ]
        .map(String::from),
    );
    let missing: Vec<&String> = expected.iter().filter(|f| !catalogued.contains(f)).collect();
    assert!(missing.is_empty(), "formulas of grammar/notice.pest missing from grammar/README.md: {missing:?}");
    // and nothing is catalogued that the grammar does not have
    for f in &catalogued {
        assert!(g.contains(&format!("\n{f} ")), "grammar/README.md names {f}, which grammar/notice.pest does not have");
    }
}

/// A real example is the decision's own words: every piece of it between the “…” that shorten it is
/// in the file, in order, from the line named.
#[test]
fn real_examples_are_in_the_files_they_name() {
    let mut real = 0;
    for r in rows() {
        let Some(source) = &r.source else { continue };
        real += 1;
        let (file, line) = source.rsplit_once(':').unwrap_or_else(|| panic!("{source}: file:line"));
        let line: usize = line.parse().unwrap();
        let text = common::read(file);
        let window: String = text.lines().skip(line - 1).take(60).collect::<Vec<_>>().join("\n");
        let mut at = 0;
        for piece in r.example.split(['…', '\n']).filter(|p| !p.is_empty()) {
            match window[at..].find(piece) {
                Some(k) => at += k + piece.len(),
                None => panic!("{source}: “{piece}” of the example is not there (after byte {at})"),
            }
        }
    }
    assert!(real > 50, "{real}");
}

#[test]
fn every_clause_example_gives_the_operations_catalogued() {
    let mut checked = 0;
    for r in rows().into_iter().filter(|r| r.rest.len() == 2) {
        let text = format!("关于修改《示例条例》的决定\n一、{}\n", r.example);
        let n = notice::parse(&text);
        assert_eq!(errors(&n), Vec::<String>::new(), "{}", r.example);
        assert_eq!(warnings(&n), Vec::<String>::new(), "{}", r.example);
        let ops: Vec<String> = n.instructions().map(|i| i.op_name()).collect();
        assert_eq!(ops.join(" / "), r.rest[0].trim_matches('`'), "{}", r.example);
        let mut akn: Vec<&str> = Vec::new();
        for o in n.instructions().flat_map(|i| &i.ops) {
            if !akn.contains(&o.op.akn_type()) {
                akn.push(o.op.akn_type());
            }
        }
        assert_eq!(akn.join(", "), r.rest[1], "{}", r.example);
        checked += 1;
    }
    assert!(checked > 60, "{checked}");
}

#[test]
fn every_framing_statement_reads_as_catalogued() {
    let mut kinds = Vec::new();
    for r in rows().into_iter().filter(|r| r.rest.len() == 1) {
        let kind = r.rest[0].as_str();
        let ex = &r.example;
        let n = match kind {
            "section" => notice::parse(&format!("一、{ex}\n1.删去第一条。\n")),
            "framing" => notice::parse(&format!("关于修改《示例条例》的决定\n一、{ex}\n1.删去第一条。\n")),
            "closing" => notice::parse(&format!("关于修改《示例条例》的决定\n一、删去第一条。\n{ex}\n")),
            "abbreviation" => notice::parse(&format!("{ex}\n一、将《条例》第一条中的“甲”修改为“乙”。\n")),
            "repeal list" => notice::parse(&format!("{ex}\n")),
            "scope" => notice::parse(&format!(
                "关于修改《示例条例》的决定\n一、{ex}\n（一）删去第（一）项。\n二、删去第一条。\n"
            )),
            other => panic!("unknown kind {other}"),
        };
        assert_eq!(errors(&n), Vec::<String>::new(), "{ex}");
        assert_eq!(warnings(&n), Vec::<String>::new(), "{ex}");
        let ops: Vec<String> = n.instructions().map(|i| i.op_name()).collect();
        match kind {
            "section" => {
                let title = ex.split(['《', '》']).nth(1).unwrap();
                assert_eq!(n.sections.len(), 1, "{ex}");
                assert_eq!(n.sections[0].title, title);
                assert_eq!(ops, ["delete_node"]);
            }
            "framing" | "closing" => assert_eq!(ops, ["delete_node"], "{ex}: the statement adds no instruction"),
            "abbreviation" => {
                assert_eq!(n.sections.len(), 1);
                assert_eq!(n.sections[0].title, "临汾市沁河流域生态修复与保护条例");
                assert_eq!(n.sections[0].instructions.len(), 1, "《条例》 names the document");
            }
            // the item below the head is about the unit it names; the next top item is not
            "scope" => {
                let unit = ex.trim_start_matches('对').split(['作', '修']).next().unwrap();
                let paths: Vec<String> = n
                    .instructions()
                    .map(|i| i.ops[0].locators[0].steps.iter().map(ToString::to_string).collect())
                    .collect();
                assert_eq!(ops, ["delete_node", "delete_node"], "{ex}");
                assert_eq!(paths, [format!("{unit}第一项"), "第一条".to_string()], "{ex}");
            }
            "repeal list" => {
                let items = ex.lines().filter(|l| l.contains('《')).count();
                assert_eq!(ops, vec!["repeal_document"; items], "{ex}");
                assert!(n.sections.iter().any(|s| s.title == "乌鲁木齐市燃气管理条例"));
            }
            _ => unreachable!(),
        }
        kinds.push(kind.to_string());
    }
    for k in ["section", "framing", "scope", "closing", "abbreviation", "repeal list"] {
        assert!(kinds.iter().any(|x| x == k), "no {k} row");
    }
}
