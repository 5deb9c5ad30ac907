//! The workbench's HTTP API, against `amend serve` as a drafter's browser reaches it: the page and its
//! policy, the Fujian case applied through the API, a mistake reported at its line:column with the
//! nearest text, files read as the command line reads them, Word files written; and the hardening
//! catalogue's bad and hostile inputs sent as requests, after each of which the server still answers.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::server::Server;
use serde_json::{Value, json};

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).build().into()
}

/// POSTs `body` (JSON or bytes) and gives the status and the answer's bytes.
fn post(server: &str, path: &str, body: impl ureq::AsSendBody, kind: &str) -> (u16, Vec<u8>) {
    let mut r = agent()
        .post(format!("{}{}", server.trim_end_matches('/'), path))
        .header("Content-Type", kind)
        .send(body)
        .unwrap_or_else(|e| panic!("{path}: {e}"));
    let status = r.status().as_u16();
    (status, r.body_mut().with_config().limit(256 << 20).read_to_vec().unwrap())
}

fn post_json(server: &str, path: &str, body: &Value) -> (u16, Value) {
    let (status, bytes) = post(server, path, body.to_string(), "application/json");
    let value = serde_json::from_slice(&bytes)
        .unwrap_or_else(|e| panic!("{path}: the answer is not JSON ({e}): {}", String::from_utf8_lossy(&bytes)));
    (status, value)
}

fn get(server: &str, path: &str) -> (u16, String, ureq::http::HeaderMap) {
    let mut r = agent().get(format!("{}{}", server.trim_end_matches('/'), path)).call().unwrap();
    let headers = r.headers().clone();
    (r.status().as_u16(), r.body_mut().read_to_string().unwrap(), headers)
}

/// The server is up and serves its page.
fn answers(server: &mut Server) {
    assert!(server.running(), "the server is still running");
    assert_eq!(get(&server.url, "/").0, 200, "the server still answers");
}

#[test]
fn the_page_comes_with_its_policy_and_no_outside_resource() {
    let server = Server::start();
    let (status, page, headers) = get(&server.url, "/");
    assert_eq!(status, 200);
    let policy = headers.get("content-security-policy").expect("a policy").to_str().unwrap();
    for part in ["default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"] {
        assert!(policy.contains(part), "{part} in {policy}");
    }
    // the one inline style allowed is the 对照表's, by its hash
    assert_eq!(policy.matches("'sha256-").count(), 1, "{policy}");
    assert!(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"), "{policy}");
    assert_eq!(headers.get("x-content-type-options").unwrap(), "nosniff");
    assert!(page.contains("<script src=\"/app.js\" defer></script>"));
    for external in ["http://", "https://", "//cdn", "@import"] {
        assert!(!page.contains(external), "the page loads nothing from elsewhere: {external}");
    }
    let (status, script, headers) = get(&server.url, "/app.js");
    assert_eq!(status, 200);
    assert!(headers.get("content-type").unwrap().to_str().unwrap().starts_with("text/javascript"));
    assert!(!script.contains("http://") && !script.contains("https://"), "the script calls only its server");
    assert_eq!(get(&server.url, "/app.css").0, 200);
    let (status, body, _) = get(&server.url, "/etc/passwd");
    assert_eq!(status, 404);
    assert!(body.contains("\"error\""), "{body}");
}

#[test]
fn the_fujian_notice_applied_through_the_api_gives_the_published_texts() {
    let server = Server::start();
    let notice = common::read("fujian-2020/notice.txt");
    let apply = |n: usize, skip: &[&str]| {
        let document = common::read(&format!("fujian-2020/original/{n}.txt"));
        let (status, answer) =
            post_json(&server.url, "/api/apply", &json!({"document": document, "notice": notice, "skip": skip}));
        assert_eq!(status, 200);
        assert_eq!(answer["sections"].as_array().unwrap().len(), 4);
        assert_eq!(answer["section"]["id"], ["一", "二", "三", "四"][n - 1], "附件{n}: found by its title");
        answer
    };
    // 附件4's reconstructed original lacks three passages the notice acts on (corpus README): each
    // is an error, and nothing is produced
    let four = apply(4, &[]);
    assert!(four["result"].is_null());
    let failed: Vec<&str> = four["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["severity"] == "error")
        .map(|p| p["instruction"].as_str().unwrap())
        .collect();
    assert_eq!(failed, ["四（二）", "四（三）", "四（五）"]);
    for n in 1..=4 {
        let skip: &[&str] = if n == 4 { &["四（二）", "四（三）", "四（五）"] } else { &[] };
        let answer = apply(n, skip);
        let result = &answer["result"];
        let text =
            result["text"].as_str().unwrap_or_else(|| panic!("附件{n}: {:.500}", answer["problems"].to_string()));
        assert_eq!(text, common::read(&format!("fujian-2020/published/{n}.txt")), "附件{n}");
        let reports = answer["reports"].as_array().unwrap();
        assert!(!reports.is_empty() && reports.iter().all(|r| r["status"] != "failed"), "{reports:?}");
        let skipped = reports.iter().filter(|r| r["status"] == "skipped").count();
        assert_eq!(skipped, skip.len(), "附件{n}: the skipped instructions are reported so");
        assert!(result["table_html"].as_str().unwrap().contains("新旧对照表</h1>"));
        let id = ["一", "二", "三", "四"][n - 1];
        assert!(result["view_html"].as_str().unwrap().contains(&format!("data-instruction=\"{id}（")));
    }
    // the section can be chosen by its number, and a section that does not exist is said, not guessed
    let doc = common::read("fujian-2020/original/2.txt");
    let (_, chosen) =
        post_json(&server.url, "/api/apply", &json!({"document": doc, "notice": notice, "section": "二"}));
    assert_eq!(chosen["result"]["text"].as_str().unwrap(), common::read("fujian-2020/published/2.txt"));
    let (status, none) =
        post_json(&server.url, "/api/apply", &json!({"document": doc, "notice": notice, "section": "五"}));
    assert_eq!(status, 200);
    assert!(none["result"].is_null());
    assert!(none["problem"].as_str().is_some_and(|p| p.contains("no section “五”")), "{:.500}", none.to_string());
}

#[test]
fn a_quotation_one_character_off_is_an_error_at_its_line_and_column_with_the_nearest_text() {
    let server = Server::start();
    let notice = common::read("fujian-2020/notice.txt").replacen("同等条件优先选用", "同等条件优先选择", 1);
    let (status, answer) = post_json(
        &server.url,
        "/api/apply",
        &json!({"document": common::read("fujian-2020/original/1.txt"), "notice": notice}),
    );
    assert_eq!(status, 200);
    assert!(answer["result"].is_null(), "nothing is produced when an instruction fails");
    let problems = answer["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert_eq!(p["kind"], "text_not_found");
    assert_eq!(p["instruction"], "一（一）");
    // line 5 of the notice, after the label （一）; the mark runs to the instruction's end
    let line5 = notice.lines().nth(4).unwrap();
    assert_eq!(p["span"], json!({"line": 5, "column": 4, "end_line": 5, "end_column": line5.chars().count() + 1}));
    assert_eq!(p["path"], "五/（十四）");
    // and where that item is in the document, for the page to show it
    let original = common::read("fujian-2020/original/1.txt");
    let item = original.lines().position(|l| l.starts_with("（十四）")).unwrap();
    let nearest = "对涉及安全及重大项目的工控系统，同等条件优先选用省内企业生产的传感器及智能化仪器仪表等产品";
    let column = original.lines().nth(item).unwrap().split(nearest).next().unwrap().chars().count() + 1;
    let span = json!({"line": item + 1, "column": column, "end_line": item + 1, "end_column": column + nearest.chars().count()});
    assert_eq!(p["document_span"], span, "the nearest text, in the document");
    assert!(p["candidate"]["text"].as_str().unwrap().contains("同等条件优先选用省内企业生产的传感器"));
    // the instructions are listed with their places, for the page's links
    let first = &answer["instructions"][0];
    assert_eq!(first["id"], "一（一）");
    assert_eq!(first["span"]["line"], 5);
}

#[test]
fn opened_files_are_read_as_the_command_line_reads_them() {
    let server = Server::start();
    // a GB18030 file
    let (gbk, _, _) = encoding_rs::GBK.encode("第一条 为了规范保安服务活动，制定本条例。\n");
    let (status, bytes) =
        post(&server.url, "/api/read?name=%E4%BF%9D%E5%AE%89.txt", &gbk[..], "application/octet-stream");
    assert_eq!(status, 200);
    let answer: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(answer["text"], "第一条 为了规范保安服务活动，制定本条例。\n");
    assert_eq!(answer["encoding"], "GB18030");
    // a Word file: its text as Word shows it, and what reading it did
    for name in ["original/1", "notice"] {
        let docx = std::fs::read(common::corpus().join(format!("fujian-2020-docx/{name}.docx"))).unwrap();
        let (status, bytes) = post(&server.url, "/api/read?name=a.docx", &docx[..], "application/octet-stream");
        assert_eq!(status, 200, "{}", String::from_utf8_lossy(&bytes));
        let answer: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(answer["text"].as_str().unwrap(), common::read(&format!("fujian-2020/{name}.txt")), "{name}");
    }
}

#[test]
fn word_files_are_written_for_download() {
    let server = Server::start();
    let published = common::read("fujian-2020/published/1.txt");
    let (status, bytes) =
        post(&server.url, "/api/docx/text", json!({"text": published}).to_string(), "application/json");
    assert_eq!(status, 200);
    let read = amend::formats::docx::read::read(&bytes).expect("a Word file amend reads");
    assert_eq!(read.text.trim_end(), published.trim_end(), "the consolidated text, paragraph by paragraph");
    let (status, bytes) = post(
        &server.url,
        "/api/docx/comparison",
        json!({
            "old": common::read("fujian-2020/original/1.txt"),
            "new": published,
            "notice": common::read("fujian-2020/notice.txt"),
        })
        .to_string(),
        "application/json",
    );
    assert_eq!(status, 200);
    let table = amend::formats::docx::read::read(&bytes).expect("a Word file").text;
    assert!(table.contains("新旧对照表") && table.contains("工信厅"), "{table}");
    assert!(table.contains("一（五）"), "changes are linked to their instructions: {table}");
    // a notice (the draft, or a derived one) as Word: its paragraphs as written
    let notice = common::read("fujian-2020/notice.txt");
    let (status, bytes) = post(&server.url, "/api/docx/text", json!({"text": notice}).to_string(), "application/json");
    assert_eq!(status, 200);
    let read = amend::formats::docx::read::read(&bytes).expect("a Word file");
    assert_eq!(read.text.trim_end(), notice.trim_end());
}

#[test]
fn derive_answers_with_the_notice_and_what_it_leaves_out() {
    let server = Server::start();
    let old = common::read("fujian-2020/original/1.txt");
    let new = old.replacen("省经信委", "省工信厅", 1);
    let (status, answer) = post_json(&server.url, "/api/derive", &json!({"old": old, "new": new}));
    assert_eq!(status, 200);
    assert_eq!(answer["instructions"], 1);
    assert!(answer["notice"].as_str().unwrap().contains("修改为“省工信厅”"), "{answer}");
    let (_, same) = post_json(&server.url, "/api/derive", &json!({"old": old, "new": old.replace('，', ",")}));
    assert_eq!(same["instructions"], 0);
    assert_eq!(same["notice"], "");
    let notes: Vec<&str> = same["notes"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(notes.iter().any(|n| n.contains("仅格式不同")), "{notes:?}");
    let (status, bad) = post_json(&server.url, "/api/derive", &json!({"old": old, "new": new, "style": "poem"}));
    assert_eq!(status, 400);
    assert!(bad["error"].as_str().unwrap().contains("poem"));
}

/// Sends a request whose `Host` is another site's (DNS rebinding): refused.
fn with_host(port: u16, host: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

#[test]
fn hostile_requests_are_refused_and_the_server_goes_on() {
    let mut server = Server::start();
    let url = server.url.clone();
    let fujian = common::read("fujian-2020/original/1.txt");
    let long_line = "甲".repeat((10 << 20) / 3);
    let deep: String = (1..=400).map(|i| format!("{}（{i}）第{i}条 甲。\n", "　".repeat(i % 7))).collect();
    // (what, path, body, expected status, a word of the answer)
    let cases: Vec<(&str, &str, Vec<u8>, u16, &str)> = vec![
        ("an empty document", "/api/apply", json!({"document": "", "notice": "x"}).to_string().into(), 400, "empty"),
        ("a blank notice", "/api/apply", json!({"document": fujian, "notice": " \n\t"}).to_string().into(), 400, "empty"),
        ("a NUL byte", "/api/apply", json!({"document": "第一条 甲\u{0}乙。", "notice": "x"}).to_string().into(), 400, "NUL"),
        ("a control character", "/api/apply", json!({"document": "abc\u{1}\u{2}def", "notice": "x"}).to_string().into(), 400, "U+0001"),
        ("not JSON", "/api/apply", b"{\"document\": ".to_vec(), 400, "JSON"),
        ("JSON of the wrong shape", "/api/apply", json!({"document": 5, "notice": []}).to_string().into(), 400, "JSON"),
        ("a missing field", "/api/derive", json!({"old": "x"}).to_string().into(), 400, "new"),
        ("invalid UTF-8 in JSON", "/api/apply", b"{\"document\": \"\xff\xfe\", \"notice\": \"x\"}".to_vec(), 400, "JSON"),
        (
            "a ten-megabyte line",
            "/api/apply",
            json!({"document": long_line, "notice": "将全文中的“乙乙”修改为“丙”。"}).to_string().into(),
            200,
            "occurs nowhere",
        ),
        (
            "deep numbering and huge numbers",
            "/api/apply",
            json!({"document": deep, "notice": "删去第九千九百九十九亿九千九百九十九万条。\n将第一百零一条中的“甲”修改为“乙”。"}).to_string().into(),
            200,
            "problems",
        ),
        (
            "unbalanced and nested quotes",
            "/api/apply",
            json!({"document": fujian, "notice": "将第一项中的“甲“乙”修改为“丙。\n删除“”的表述。"}).to_string().into(),
            200,
            "problems",
        ),
        ("a binary file opened", "/api/read?name=a.bin", b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\xff\xff".to_vec(), 400, "not a text file"),
        ("a damaged Word file", "/api/read?name=a.docx", b"PK\x03\x04 not really a zip".to_vec(), 400, "a.docx"),
        ("a damaged Word file to compare", "/api/docx/comparison", json!({"old": "", "new": "x"}).to_string().into(), 400, "empty"),
        ("an unknown address", "/api/nothing", b"{}".to_vec(), 404, "error"),
    ];
    for (what, path, body, status, word) in cases {
        let kind = if path.starts_with("/api/read") { "application/octet-stream" } else { "application/json" };
        let (got, answer) = post(&url, path, body, kind);
        let answer = String::from_utf8_lossy(&answer);
        assert_eq!(got, status, "{what}: {answer:.300}");
        assert!(answer.contains(word), "{what}: “{word}” in {answer:.300}");
        answers(&mut server);
    }
    // a body over the cap: refused before it is read (or the connection is cut while it is sent)
    let huge = vec![b' '; amend::serve::http::MAX_BODY_BYTES + 1024];
    if let Ok(mut r) =
        agent().post(format!("{url}api/apply")).header("Content-Type", "application/json").send(&huge[..])
    {
        assert_eq!(r.status().as_u16(), 413);
        assert!(r.body_mut().read_to_string().unwrap().contains("larger than"));
    }
    answers(&mut server);
    // what a page of another site can send without asking: a form or text/plain POST, refused; a
    // request with another site's Origin, refused
    let (status, said) = post(&url, "/api/apply", json!({"document": "x", "notice": "y"}).to_string(), "text/plain");
    assert_eq!(status, 415, "{}", String::from_utf8_lossy(&said));
    let (status, _) = post(&url, "/api/apply", "document=x".to_string(), "application/x-www-form-urlencoded");
    assert_eq!(status, 415);
    let r = agent()
        .post(format!("{url}api/apply"))
        .header("Content-Type", "application/json")
        .header("Origin", "http://evil.example")
        .send(json!({"document": "第一条 甲。", "notice": "将第一条中的“甲”修改为“乙”。"}).to_string())
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    let r = agent()
        .post(format!("{url}api/apply"))
        .header("Content-Type", "application/json")
        .header("Origin", url.trim_end_matches('/'))
        .send(json!({"document": "第一条 甲。", "notice": "将第一条中的“甲”修改为“乙”。"}).to_string())
        .unwrap();
    assert_eq!(r.status().as_u16(), 200, "the page's own origin");
    answers(&mut server);
    // another site's name in Host: refused, then the server goes on
    let refused = with_host(server.port(), "evil.example");
    assert!(refused.starts_with("HTTP/1.1 421"), "{refused:.200}");
    assert!(with_host(server.port(), "localhost").starts_with("HTTP/1.1 200"));
    answers(&mut server);
}

#[test]
fn a_computation_past_its_time_is_answered_503_and_the_server_goes_on() {
    // the server in this process, with a time limit no computation of a law meets
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let port = listener.local_addr().unwrap().port();
    let limits = amend::serve::Limits { work: Duration::from_millis(1) };
    runtime.spawn(amend::serve::serve(listener, limits));
    let url = format!("http://127.0.0.1:{port}/");
    let law = json!({
        "document": common::read("real-laws/criminal-law-2023/old.md"),
        "notice": common::read("real-laws/criminal-law-2023/decision.md"),
    });
    let (status, answer) = post_json(&url, "/api/apply", &law);
    assert_eq!(status, 503);
    assert!(answer["error"].as_str().unwrap().contains("abandoned"), "{answer}");
    assert_eq!(get(&url, "/").0, 200, "the page is still served");
}

#[test]
fn serving_beyond_this_machine_is_warned_and_a_taken_port_is_an_error() {
    let server = Server::start();
    let taken = std::process::Command::new(env!("CARGO_BIN_EXE_amend"))
        .args(["serve", "--port", &server.port().to_string()])
        .output()
        .unwrap();
    assert_eq!(taken.status.code(), Some(2));
    let said = String::from_utf8_lossy(&taken.stderr);
    assert!(said.contains("another program uses it") && said.contains("--port 0"), "{said}");

    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_amend"))
        .args(["serve", "--port", "0", "--bind", "0.0.0.0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stderr.take().unwrap()), &mut line).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(line.contains("warning") && line.contains("anyone who can reach this machine"), "{line}");
}

#[test]
fn open_hands_the_address_to_the_browser() {
    // $BROWSER is the browser the webbrowser crate starts on Linux: here a script that writes down
    // the address it is given
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("browser.sh");
    let seen = dir.path().join("seen.txt");
    std::fs::write(&script, format!("#!/bin/sh\necho \"$1\" > {}\n", seen.display())).unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_amend"))
        .args(["serve", "--port", "0", "--open"])
        .env("BROWSER", &script)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut line).unwrap();
    let url = line.trim().strip_prefix("amend workbench: ").unwrap().to_string();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    // (the script may have created the file and not yet written it)
    while std::fs::read_to_string(&seen).map_or(true, |s| !s.ends_with('\n')) && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(std::fs::read_to_string(&seen).expect("the browser was started").trim(), url);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 64, failure_persistence: None, ..Default::default() })]

    /// A draft being typed is any cut of a real notice: every answer is one (never a refusal for a
    /// draft that is text), and every place it marks lies inside the draft as the page counts it.
    #[test]
    fn every_mark_of_a_draft_being_typed_lies_inside_it(
        lines in proptest::collection::vec(0usize..26, 1..8),
        cut in 0usize..400,
        drop in 0usize..60,
    ) {
        let notice = common::read("fujian-2020/notice.txt");
        let all: Vec<&str> = notice.lines().collect();
        let mut draft: String = lines.iter().map(|&i| format!("{}\n", all[i % all.len()])).collect();
        // a drafter mid-word: the draft cut somewhere, a few characters taken out
        let chars: Vec<char> = draft.chars().collect();
        let at = cut.min(chars.len());
        draft = chars[..at].iter().chain(chars[(at + drop).min(chars.len())..].iter()).collect();
        if draft.trim().is_empty() {
            return Ok(());
        }
        let answer = apply_draft("fujian-2020/original/1.txt", &draft);
        let widths: Vec<usize> = draft.split('\n').map(|l| l.chars().count()).collect();
        let inside = |line: usize, column: usize| line >= 1 && line <= widths.len() && column >= 1 && column <= widths[line - 1] + 1;
        for p in &answer.problems {
            proptest::prop_assert!(inside(p.span.line, p.span.column), "{p:?} in {draft:?}");
            proptest::prop_assert!(inside(p.span.end_line, p.span.end_column), "{p:?} in {draft:?}");
            proptest::prop_assert!((p.span.line, p.span.column) <= (p.span.end_line, p.span.end_column), "{p:?}");
        }
        for i in &answer.instructions {
            proptest::prop_assert!(inside(i.span.line, i.span.column) && inside(i.span.end_line, i.span.end_column), "{i:?}");
        }
    }
}

/// Found by the property test above: a sentence the grammar cannot read whose reading stops at a
/// digit (one byte, where the mark assumed a three-byte CJK character) was marked from 2:4 back to
/// 2:1, its end inside 年. It marks the digit now.
#[test]
fn an_unreadable_sentence_stopping_at_a_digit_marks_that_digit() {
    let draft = "四、对《福建省人民政府关于促进2017年全省工业稳增长调结构若干措施的通知》（闽政〔2017〕13号）作出修改\n\
                 （一）17年全省工业稳增长调结构若干措施。\n";
    let answer = apply_draft("fujian-2020/original/4.txt", draft);
    let p = answer.problems.iter().find(|p| p.kind == "unreadable").expect("the sentence is reported unreadable");
    assert_eq!((p.span.line, p.span.column, p.span.end_line, p.span.end_column), (2, 4, 2, 5), "{p:?}");
    assert!(p.message.starts_with("四（一）"), "{}", p.message);
}

/// The page's preview of `draft` over a corpus original, computed in process (every draft that is
/// text gets an answer).
fn apply_draft(original: &str, draft: &str) -> amend::serve::api::ApplyResponse {
    let request = amend::serve::api::ApplyRequest {
        document: common::read(original),
        notice: draft.to_string(),
        section: None,
        skip: Vec::new(),
    };
    amend::serve::api::apply(&request).expect("a draft that is text gets an answer")
}
