//! `amend diff --format html`: the 新旧对照表 as one self-contained page (inline CSS, no script, no
//! network): title, summary counts, and a two-column table 修改前 / 修改后 with one row per changed
//! unit (every unit with `--context`). Deletions are `<del>`, insertions `<ins>`, formatting-only
//! edits a dotted underline; renumbered-only units are one row `第十条 → 第十三条`. Every row has an
//! anchor (`id` from the unit's path) and a link to it. All document text is HTML-escaped.

use std::fmt::Write;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use super::DiffReport;
use super::marks::{self, Mark};
use crate::diff::{ChangeKind, ClauseChange, UnitKind};

/// The page's style sheet (the workbench allows exactly this inline style, by its hash).
pub const STYLE: &str = r#"
:root { --ins: #d7f5dd; --del: #ffdcdc; --line: #d0d7de; --muted: #6e7781; }
* { box-sizing: border-box; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif; margin: 2rem auto;
  max-width: 80rem; padding: 0 1rem; color: #1f2328; line-height: 1.7; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; }
.sources { color: var(--muted); margin-top: 0; }
code { font-family: ui-monospace, monospace; font-size: .9em; }
table { border-collapse: collapse; width: 100%; }
table.summary { width: auto; margin: 1rem 0; font-size: .95rem; }
table.summary th, table.summary td { border: 1px solid var(--line); padding: .2rem .7rem; text-align: right; }
table.summary th:first-child, table.summary td:first-child { text-align: left; }
table.summary td.zero { color: var(--muted); }
table.compare { table-layout: fixed; margin-top: 1rem; }
table.compare th { background: #f6f8fa; border: 1px solid var(--line); padding: .4rem; font-size: 1.1rem; }
table.compare td { border: 1px solid var(--line); padding: .5rem .7rem; vertical-align: top; white-space: pre-wrap;
  overflow-wrap: anywhere; }
tr:target td { outline: 3px solid #f5c542; }
ins { background: var(--ins); text-decoration: none; }
del { background: var(--del); text-decoration: line-through; }
.fmt { border-bottom: 2px dotted #9a6700; }
.num { font-weight: bold; color: inherit; text-decoration: none; }
.num:hover, .anchor:hover { text-decoration: underline; }
.badge { float: right; font-size: .75rem; font-family: sans-serif; padding: 0 .45rem; margin-left: .5rem;
  border-radius: 1rem; color: #fff; background: var(--muted); white-space: nowrap; }
.badge.modified { background: #9a6700; } .badge.inserted { background: #1a7f37; } .badge.deleted { background: #cf222e; }
.badge.moved { background: #8250df; } .badge.instruction { background: #fff; color: #1f2328; border: 1px solid var(--line); } .badge.renumbered { background: #0969da; } .badge.formatting { background: #6e7781; }
tr.unchanged td { color: var(--muted); }
tr.renumbered td.both { text-align: center; color: #0969da; }
td.empty { background: repeating-linear-gradient(45deg, #fafbfc, #fafbfc 6px, #f3f4f6 6px, #f3f4f6 12px); }
.legend { font-size: .9rem; color: var(--muted); }
.legend ins, .legend del, .legend .fmt { color: #1f2328; }
details { margin-top: 1.5rem; } summary { cursor: pointer; }
ul.map { columns: 4 12rem; font-size: .9rem; }
"#;

/// The HTML page.
pub fn html(report: &DiffReport) -> String {
    let diff = report.diff;
    let title = match report.title {
        Some(t) => format!("《{t}》新旧对照表"),
        None => "新旧对照表".to_string(),
    };
    let mut out = String::new();
    super::html_head(&mut out, &title, "amend diff", STYLE);
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", text(&title));
    let _ = writeln!(
        out,
        "<p class=\"sources\">修改前：<code>{}</code>　修改后：<code>{}</code></p>",
        text(report.old_name),
        text(report.new_name)
    );
    summary_table(&mut out, report);
    let _ = writeln!(
        out,
        "<p class=\"legend\">图例：<del>删除的文字</del>　<ins>新增的文字</ins>　<span class=\"fmt\">仅格式不同</span>　\
         点击条文序号可得到该行的链接。</p>\n</header>"
    );
    if diff.is_same() && !report.context {
        out.push_str("<p>两个版本逐条相同。</p>\n</body>\n</html>\n");
        return out;
    }

    out.push_str("<main>\n<table class=\"compare\">\n<colgroup><col><col></colgroup>\n");
    out.push_str("<thead><tr><th scope=\"col\">修改前</th><th scope=\"col\">修改后</th></tr></thead>\n<tbody>\n");
    for c in report.shown() {
        row(&mut out, c, report.context);
    }
    out.push_str("</tbody>\n</table>\n</main>\n");

    if !diff.number_map.is_empty() {
        let _ = writeln!(
            out,
            "<details>\n<summary>序号对照（旧 → 新，{} 处）</summary>\n<ul class=\"map\">",
            diff.number_map.len()
        );
        for m in &diff.number_map {
            let new = m.new.as_deref().unwrap_or("（删除）");
            let _ = writeln!(out, "<li>{} → {}</li>", text(&m.old), text(new));
        }
        out.push_str("</ul>\n</details>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn summary_table(out: &mut String, report: &DiffReport) {
    out.push_str("<table class=\"summary\">\n<thead><tr><th></th>");
    for k in marks::COUNT_ORDER {
        let _ = write!(out, "<th>{}</th>", k.chinese());
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for unit in UnitKind::ALL {
        let c = report.diff.summary.of(unit);
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", marks::unit_chinese(unit));
        for k in marks::COUNT_ORDER {
            let n = c.get(k);
            let class = if n == 0 { " class=\"zero\"" } else { "" };
            // the modified units that also moved are counted with the modified ones, and said
            let also = if k == ChangeKind::Modified && c.modified_and_moved > 0 {
                format!("<br><small>其中位置调整 {}</small>", c.modified_and_moved)
            } else {
                String::new()
            };
            let _ = write!(out, "<td{class}>{n}{also}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// The anchor of a change's row: from the new path, or the old one for deletions.
fn anchor(c: &ClauseChange) -> String {
    let (prefix, path) = match (&c.old, &c.new) {
        (_, Some(n)) => ("u-", n.path.as_str()),
        (Some(o), None) => ("old-", o.path.as_str()),
        (None, None) => ("u-", ""),
    };
    let cleaned: String = path.chars().map(|ch| if ch.is_whitespace() { '_' } else { ch }).collect();
    format!("{prefix}{cleaned}")
}

fn row(out: &mut String, c: &ClauseChange, context: bool) {
    let id = anchor(c);
    let kind = c.change.name();
    let _ = write!(out, "<tr id=\"{}\" class=\"row {kind} {}\">", attr(&id), c.unit.name());
    let mut badge = format!("<span class=\"badge {kind}\">{}</span>", c.change.chinese());
    if c.moved && c.change != ChangeKind::Moved {
        badge.push_str("<span class=\"badge moved\">位置调整</span>");
    }
    if c.change == ChangeKind::Renumbered && !context {
        let _ = writeln!(
            out,
            "<td class=\"both\" colspan=\"2\"><a class=\"num\" href=\"#{}\">{}</a>{badge}</td></tr>",
            attr(&id),
            text(&marks::change_name(c))
        );
        return;
    }
    for old in [true, false] {
        let side = if old { c.old.as_ref() } else { c.new.as_ref() };
        let Some(side) = side else {
            out.push_str("<td class=\"empty\"></td>");
            continue;
        };
        let class = if old { "old" } else { "new" };
        let _ = write!(out, "<td class=\"{class}\">");
        if !old || c.new.is_none() {
            out.push_str(&badge);
            if let Some(by) = &c.instruction {
                let _ = write!(out, "<span class=\"badge instruction\" title=\"依据的修改指令\">{}</span>", text(by));
            }
            let qualified = c.side().path.contains('/'); // 一/（二）: the number alone is ambiguous
            if c.change == ChangeKind::Renumbered
                || (c.change != ChangeKind::Unchanged && (c.unit != UnitKind::Clause || qualified))
            {
                // say what the unit is and, for renumberings, both numbers
                let _ = write!(out, "<span class=\"badge\">{}</span>", text(&marks::change_name(c)));
            }
        }
        let number = marks::number_prefix(side);
        let (num_mark, pieces) = marks::side_pieces(c, side, old);
        let mut first = true;
        if let Some(number) = &number {
            // the number links to the row
            let label = side.number.as_deref().unwrap_or("");
            let sep = &number[label.len()..];
            let link = format!("<a class=\"num\" href=\"#{}\">{}</a>", attr(&id), text(label));
            out.push_str(&wrap(num_mark, &link));
            out.push_str(&wrap(num_mark, &text(sep)));
            first = false;
        }
        if first && !pieces.is_empty() && c.unit != UnitKind::Clause {
            // unnumbered units still get a link to their row
            let _ = write!(out, "<a class=\"anchor\" href=\"#{}\" title=\"{}\"></a>", attr(&id), attr(&side.path));
        }
        for (mark, t) in pieces {
            out.push_str(&wrap(mark, &text(t)));
        }
        out.push_str("</td>");
    }
    out.push_str("</tr>\n");
}

/// Wraps already-escaped HTML in the element of its mark.
fn wrap(mark: Mark, html: &str) -> String {
    if html.is_empty() {
        return String::new();
    }
    match mark {
        Mark::Same => html.to_string(),
        Mark::Deleted => format!("<del>{html}</del>"),
        Mark::Inserted => format!("<ins>{html}</ins>"),
        Mark::FormatOld | Mark::FormatNew => format!("<span class=\"fmt\" title=\"仅格式不同\">{html}</span>"),
    }
}
