//! LibreOffice for the tests that open a Word file as a user's office suite would: `soffice
//! --headless` found as `.ci/run` finds it (on the PATH, then Debian's path), conversions run in a
//! profile of their own, and a missing LibreOffice made visible: a notice written straight to the
//! test's stderr, and a failure in CI, where `.ci/run` installs `libreoffice-writer-nogui` and sets
//! `AMEND_REQUIRE_LIBREOFFICE`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The `soffice` to use, or `None` (after reporting it) when there is none.
pub fn soffice(what: &str) -> Option<PathBuf> {
    let found = ["soffice", "libreoffice"].iter().find_map(|name| which::which(name).ok()).or_else(|| {
        ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].iter().map(PathBuf::from).find(|p| p.exists())
    });
    if found.is_none() {
        let notice =
            format!("NOTICE: no LibreOffice found (apt-get install libreoffice-writer-nogui); {what} is SKIPPED");
        if std::env::var_os("AMEND_REQUIRE_LIBREOFFICE").is_some() {
            panic!("{notice}, but AMEND_REQUIRE_LIBREOFFICE is set (CI)");
        }
        let _ = writeln!(std::io::stderr().lock(), "\n{notice}");
    }
    found
}

/// Converts `file` with LibreOffice to `format` (`pdf`, `docx`, `txt:Text`) into `out_dir`, and
/// returns the converted file's path. Each call uses its own profile under `out_dir`, so that
/// tests running side by side do not share one.
pub fn convert(soffice: &Path, file: &Path, format: &str, out_dir: &Path) -> PathBuf {
    let profile = tempfile::tempdir_in(out_dir).unwrap();
    let status = Command::new(soffice)
        .arg(format!("-env:UserInstallation=file://{}", profile.path().display()))
        .args(["--headless", "--norestore", "--convert-to", format, "--outdir"])
        .arg(out_dir)
        .arg(file)
        .output()
        .expect("soffice runs");
    let ext = format.split(':').next().unwrap();
    let out = out_dir.join(file.file_stem().unwrap()).with_extension(ext);
    assert!(
        status.status.success() && out.exists(),
        "LibreOffice could not convert {} to {format}: {}{}",
        file.display(),
        String::from_utf8_lossy(&status.stdout),
        String::from_utf8_lossy(&status.stderr)
    );
    out
}
