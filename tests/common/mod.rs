//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub mod browser;
pub mod office;
pub mod server;

/// The project's corpus folder.
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// Every file under `dir`, sorted.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() { stack.push(p) } else { out.push(p) }
        }
    }
    out.sort();
    out
}

/// Reads a corpus file as UTF-8.
pub fn read(rel: &str) -> String {
    std::fs::read_to_string(corpus().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Runs `f` with insta configured to keep snapshots in the top-level `snapshots/` folder.
pub fn snapshots<R>(f: impl FnOnce() -> R) -> R {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(f)
}

/// A snapshot name from a corpus-relative path: `fujian-2020/original/1.txt` → `fujian-2020__original__1`.
pub fn snap_name(prefix: &str, rel: &str) -> String {
    let stem = rel.trim_end_matches(".txt").trim_end_matches(".md");
    format!("{prefix}__{}", stem.replace('/', "__"))
}
