//! The workbench in a real browser: `tests/browser/workbench.mjs` drives `amend serve` in Debian's
//! chromium through npm's playwright-core, as a drafter uses it (see that script for the checks).
//! Without chromium, node or playwright-core (`npm ci --prefix tests/browser`) the test is skipped
//! with a notice in the test output, and fails in CI, where `.ci/run` installs them and sets
//! `AMEND_REQUIRE_PLAYWRIGHT`. Screenshots and the measured round trip land in
//! `target/workbench/`.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::Command;

use common::server::Server;

/// What the browser test needs and lacks, said where the test output shows it.
fn missing(what: &str) {
    let notice = format!("NOTICE: {what}; the workbench browser test is SKIPPED");
    if std::env::var_os("AMEND_REQUIRE_PLAYWRIGHT").is_some() {
        panic!("{notice}, but AMEND_REQUIRE_PLAYWRIGHT is set (CI)");
    }
    let _ = writeln!(std::io::stderr().lock(), "\n{notice}");
}

#[test]
fn a_drafter_previews_a_notice_finds_a_mistake_and_derives_a_notice_in_chromium() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(chromium) = common::browser::chromium("the workbench browser test") else { return };
    let Ok(node) = which::which("node") else {
        return missing("no node found (apt-get install nodejs)");
    };
    let script = root.join("tests/browser/workbench.mjs");
    if !root.join("tests/browser/node_modules/playwright-core").exists() {
        return missing("playwright-core is not installed (npm ci --prefix tests/browser)");
    }
    let out = root.join("target/workbench");
    std::fs::create_dir_all(&out).unwrap();
    let server = Server::start();
    let run = Command::new(node)
        .arg(&script)
        .current_dir(root.join("tests/browser"))
        .env("AMEND_URL", &server.url)
        .env("CHROMIUM", &chromium)
        .env("CORPUS", common::corpus())
        .env("OUT", &out)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "the browser checks failed:\n{stderr}\n{stdout}");
    // the measurement, where the test output shows it (not an assertion: this machine is shared)
    std::fs::write(out.join("timing.json"), stdout.as_bytes()).unwrap();
    let build =
        if cfg!(debug_assertions) { "debug build: cargo test --release for the figure" } else { "release build" };
    let _ = writeln!(
        std::io::stderr().lock(),
        "\nworkbench round trip (request → rendered result, {build}): {}",
        stdout.trim()
    );
}
