//! The HTML 新旧对照表 renders in a real browser: headless Chromium loads the page (no network) and
//! the rendered DOM has one row per change. Skipped, with a notice, where no Chromium is installed
//! (CI installs the Debian package `chromium` and requires it: see `tests/common/browser.rs`).

mod common;

use amend::diff::{DiffOptions, diff_documents};
use amend::document;
use amend::render::DiffReport;
use common::browser::{self, dump_dom};

#[test]
fn html_renders_in_chromium_with_one_row_per_change() {
    let Some(chromium) = browser::chromium("the HTML rendering test") else { return };
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("real-laws/antimonopoly-2022/old.md", "real-laws/antimonopoly-2022/new.md", false),
        ("real-laws/antimonopoly-2022/old.md", "real-laws/antimonopoly-2022/new.md", true),
        ("fujian-2020/original/1.txt", "fujian-2020/published/1.txt", false),
    ];
    for (k, (old, new, context)) in cases.into_iter().enumerate() {
        let (o, n) = (document::parse(&common::read(old)), document::parse(&common::read(new)));
        let diff = diff_documents(&o, &n, &DiffOptions::default());
        let report = DiffReport { diff: &diff, old_name: old, new_name: new, title: n.title(), context };
        let page = dir.path().join(format!("page{k}.html"));
        std::fs::write(&page, amend::render::html::html(&report)).unwrap();
        let dom = dump_dom(&chromium, &page, &dir.path().join(format!("profile{k}")));
        assert!(dom.contains("新旧对照表</h1>"), "{old}: the page rendered");
        let rows = dom.matches("class=\"row ").count();
        let expected = if context { diff.changes.len() } else { diff.summary.changed() };
        assert_eq!(rows, expected, "{old} (context: {context}): rows in the rendered table");
        assert_eq!(dom.matches("<th scope=\"col\">").count(), 2, "two columns 修改前 / 修改后");
    }
    // the antimonopoly page without context: 24 modified + 13 inserted + 31 renumbered clauses,
    // 2 reformatted headings, 1 new history line
    let (o, n) = (
        document::parse(&common::read("real-laws/antimonopoly-2022/old.md")),
        document::parse(&common::read("real-laws/antimonopoly-2022/new.md")),
    );
    assert_eq!(diff_documents(&o, &n, &DiffOptions::default()).summary.changed(), 24 + 13 + 31 + 2 + 1);
}

/// Document text is data, never markup: tags, attributes, entities and a closing `</td>` written into
/// a law's wording show as text and run nothing (and the page's policy forbids scripts besides).
#[test]
fn hostile_text_in_documents_renders_inert() {
    let Some(chromium) = browser::chromium("the hostile HTML test") else { return };
    let hostile = "<script>document.body.setAttribute('data-pwned','1')</script>";
    let old = format!("某条例{hostile}\n第一条　本条例适用于甲。\n第二条　乙&amp;丙。\n");
    let new = format!(
        "某条例{hostile}\n第一条　本条例适用于甲</td></tr></table><img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">。\n\
         第二条　乙&amp;丙\"'<b>粗</b>。\n"
    );
    let (o, n) = (document::parse(&old), document::parse(&new));
    let diff = diff_documents(&o, &n, &DiffOptions::default());
    assert!(diff.summary.changed() >= 2, "both articles changed");
    let report =
        DiffReport { diff: &diff, old_name: "<old>.txt", new_name: "\"new\".txt", title: n.title(), context: true };
    let html = amend::render::html::html(&report);
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("hostile.html");
    std::fs::write(&page, &html).unwrap();
    let dom = dump_dom(&chromium, &page, &dir.path().join("profile"));
    assert!(dom.contains("新旧对照表</h1>"), "the page rendered: {dom}");
    assert!(!dom.contains("data-pwned=\""), "no script ran: {dom}");
    assert!(!dom.contains("<script"), "no script element: {dom}");
    assert!(!dom.contains("<img"), "no image element: {dom}");
    assert!(!dom.contains("<b>粗"), "no bold element from the text: {dom}");
    // the table is whole: the written </table> did not close it
    assert_eq!(dom.matches("<table").count(), dom.matches("</table>").count());
    assert_eq!(dom.matches("class=\"row ").count(), diff.changes.len());
    // and the text reads as written
    assert!(dom.contains("&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;"), "{dom}");
    assert!(dom.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;img"), "{dom}");
    assert!(dom.contains("乙&amp;amp;丙"), "{dom}");
}
