//! Headless Chromium for the tests that render a page: found as `.ci/run` finds it (`chromium` on
//! the PATH, then the usual Debian paths), its rendered DOM dumped, and a missing browser made
//! visible: a notice written straight to the test's stderr (libtest hides `eprintln!` of a passing
//! test, not a direct write), and a failure in CI, where `.ci/run` sets `AMEND_REQUIRE_CHROMIUM`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The Chromium to use, or `None` (after reporting it, see [`missing`]) when there is none.
pub fn chromium(what: &str) -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| which::which(name).ok())
        .or_else(|| {
            ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
                .iter()
                .map(PathBuf::from)
                .find(|p| p.exists())
        });
    if found.is_none() {
        missing(what);
    }
    found
}

/// Chromium is missing: a notice where the test output shows it, and a failure in CI, where the
/// test must not pass without its subject.
pub fn missing(what: &str) {
    let notice = format!("NOTICE: no chromium found (apt-get install chromium); {what} is SKIPPED");
    if std::env::var_os("AMEND_REQUIRE_CHROMIUM").is_some() {
        panic!("{notice}, but AMEND_REQUIRE_CHROMIUM is set (CI)");
    }
    // straight to the process's stderr: libtest captures the eprintln! of a passing test
    let _ = writeln!(std::io::stderr().lock(), "\n{notice}");
}

/// The DOM of `page` after Chromium has loaded it.
pub fn dump_dom(chromium: &Path, page: &Path, profile: &Path) -> String {
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    // read the DOM while Chromium writes it (it is larger than a pipe's buffer)
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut dom = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut dom).unwrap();
        dom
    });
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish within 120 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap()
}
