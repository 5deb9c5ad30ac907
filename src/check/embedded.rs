//! The Fujian case compiled into the binary, so that `amend check` shows what amend does anywhere.

use super::case::Embedded;

macro_rules! corpus {
    ($($rel:literal),* $(,)?) => {
        &[$(($rel, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/fujian-2020/", $rel)))),*]
    };
}

/// The Fujian 2020 case (notice, originals, published texts, the raw published page, case.toml).
pub fn fujian() -> Embedded {
    Embedded {
        name: "corpus/fujian-2020",
        files: corpus!(
            "case.toml",
            "notice.txt",
            "original/1.txt",
            "original/2.txt",
            "original/3.txt",
            "original/4.txt",
            "published/1.txt",
            "published/2.txt",
            "published/3.txt",
            "published/4.txt",
            "source/published-page.txt",
        ),
    }
}
