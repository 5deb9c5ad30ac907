//! `amend history`: a version history as text (the versions, then every clause that changed with
//! its events and 修改沿革 note), as JSON Lines (one `history` line, one `version` line per version,
//! one `clause` line per unit), or as one self-contained HTML timeline page: a row per clause, a
//! column per version, each change linked to the instruction that made it (listed per decision
//! below the table). All document text is HTML-escaped.

use std::fmt::Write;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
use serde::Serialize;

use crate::diff::ChangeKind;
use crate::history::{ClauseHistory, Event, History, Version};

/// A history and how its inputs are named.
#[derive(Debug, Clone, Copy)]
pub struct HistoryReport<'a> {
    pub history: &'a History,
    /// The base text's file name, as given.
    pub base: &'a str,
    /// How the order of the decisions was chosen (from [`crate::history::order`]).
    pub order: &'a str,
}

impl HistoryReport<'_> {
    /// The year of every version's decision (the base's own year first), for 修改沿革 notes.
    fn years(&self) -> Vec<Option<i16>> {
        self.history.versions.iter().map(|v| v.published.as_ref().map(|d| d.date.year())).collect()
    }
}

/// `第三十二条 → 第三十三条`, or `第十条` when the path never changed; `—` where absent.
fn path_line(c: &ClauseHistory) -> String {
    let present: Vec<&str> = c.paths.iter().flatten().map(String::as_str).collect();
    if present.windows(2).all(|w| w[0] == w[1]) && c.paths.iter().all(Option::is_some) {
        return present.first().copied().unwrap_or("").to_string();
    }
    c.paths.iter().map(|p| p.as_deref().unwrap_or("—")).collect::<Vec<_>>().join(" → ")
}

fn instructions_of(e: &Event) -> String {
    if e.instructions.is_empty() { "no instruction names it".to_string() } else { e.instructions.join("、") }
}

/// The history as text.
pub fn plain(r: &HistoryReport) -> String {
    let h = r.history;
    let mut out = String::new();
    let title = h.title.as_deref().map_or(String::new(), |t| format!("《{t}》 "));
    let _ = writeln!(out, "{title}{} version(s); {}", h.versions.len(), r.order);
    for (i, v) in h.versions.iter().enumerate() {
        match v.step {
            0 => {
                let dated = v.published.as_ref().map_or("its date is unknown".to_string(), |d| d.source.clone());
                let _ = writeln!(out, "  {:<12} base    {} ({dated})", v.label, r.base);
            }
            n => {
                let record = &h.steps[i - 1];
                let in_force = v.in_force.as_ref().map_or("no date".to_string(), |d| d.to_string());
                let _ = writeln!(
                    out,
                    "  {:<12} step {n:<2} {}, section 《{}》: {} instruction(s); in force from {in_force}",
                    v.label,
                    v.decision.as_deref().unwrap_or("?"),
                    v.section.as_deref().unwrap_or("?"),
                    record.reports.len(),
                );
                for w in &record.warnings {
                    let _ = writeln!(out, "      warning: {w}");
                }
            }
        }
    }
    for w in &h.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    let years = r.years();
    let changed: Vec<&ClauseHistory> = h.clauses.iter().filter(|c| c.changed()).collect();
    let renumbered: Vec<&ClauseHistory> = h.clauses.iter().filter(|c| !c.changed() && !c.events.is_empty()).collect();
    let _ = writeln!(
        out,
        "units: {} in all; {} changed, {} renumbered only",
        h.clauses.len(),
        changed.len(),
        renumbered.len()
    );
    for c in changed {
        let note = c.note(&years).map_or(String::new(), |n| format!("   {n}"));
        let _ = writeln!(out, "{}{note}", path_line(c));
        for e in &c.events {
            let v = &h.versions[e.step];
            let _ = writeln!(
                out,
                "  {:<12} {:<10} by {} ({})",
                v.label,
                e.change.name_moved(e.moved),
                instructions_of(e),
                v.decision.as_deref().unwrap_or("?")
            );
            for edit in e.edits.iter().take(4) {
                let _ = writeln!(out, "      “{}” → “{}”", edit.old, edit.new);
            }
        }
    }
    if !renumbered.is_empty() {
        let list: Vec<String> = renumbered.iter().map(|c| path_line(c)).collect();
        let _ = writeln!(out, "renumbered only: {}", list.join("; "));
    }
    out
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Line<'a> {
    History {
        title: Option<&'a str>,
        base: &'a str,
        order: &'a str,
        versions: usize,
        units: usize,
        #[serde(skip_serializing_if = "<[String]>::is_empty")]
        warnings: &'a [String],
    },
    Version {
        #[serde(flatten)]
        version: &'a Version,
        #[serde(skip_serializing_if = "Option::is_none")]
        step_record: Option<&'a crate::history::StepRecord>,
    },
    Clause {
        #[serde(flatten)]
        clause: &'a ClauseHistory,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
}

/// The history as JSON Lines: a `history` line, a `version` line per version (with the step's
/// instructions, reports and warnings), a `clause` line per unit.
pub fn json_lines(r: &HistoryReport) -> String {
    let h = r.history;
    let mut out = String::new();
    let mut push = |line: &Line| {
        if let Ok(s) = serde_json::to_string(line) {
            out.push_str(&s);
            out.push('\n');
        }
    };
    push(&Line::History {
        title: h.title.as_deref(),
        base: r.base,
        order: r.order,
        versions: h.versions.len(),
        units: h.clauses.len(),
        warnings: &h.warnings,
    });
    for v in &h.versions {
        push(&Line::Version { version: v, step_record: v.step.checked_sub(1).and_then(|i| h.steps.get(i)) });
    }
    let years = r.years();
    for c in &h.clauses {
        push(&Line::Clause { clause: c, note: c.note(&years) });
    }
    out
}

const STYLE: &str = r#"
:root { --ins: #d7f5dd; --del: #ffdcdc; --mod: #fff1c7; --line: #d0d7de; --muted: #6e7781; }
* { box-sizing: border-box; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif; margin: 2rem auto;
  max-width: 90rem; padding: 0 1rem; color: #1f2328; line-height: 1.6; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
.muted, .sources { color: var(--muted); }
table { border-collapse: collapse; }
table.versions td, table.versions th { border: 1px solid var(--line); padding: .25rem .6rem; text-align: left; }
table.timeline { margin-top: 1rem; width: 100%; }
table.timeline th { background: #f6f8fa; border: 1px solid var(--line); padding: .35rem; position: sticky; top: 0; }
table.timeline td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; white-space: nowrap; }
table.timeline td.note { white-space: normal; font-size: .9rem; }
td.absent { background: repeating-linear-gradient(45deg, #fafbfc, #fafbfc 6px, #f3f4f6 6px, #f3f4f6 12px); }
td.modified, td.moved, td.formatting { background: var(--mod); } td.inserted { background: var(--ins); }
td.deleted { background: var(--del); } td.renumbered { color: #0969da; }
tr.unchanged td { color: var(--muted); }
.badge { font-size: .75rem; font-family: sans-serif; padding: 0 .4rem; margin-left: .3rem; border-radius: 1rem;
  color: #fff; background: var(--muted); }
.badge.modified { background: #9a6700; } .badge.inserted { background: #1a7f37; } .badge.deleted { background: #cf222e; }
.badge.moved { background: #8250df; } .badge.renumbered { background: #0969da; }
a.instruction { font-family: sans-serif; font-size: .8rem; margin-left: .3rem; }
ol.instructions li { margin: .3rem 0; } ol.instructions li:target { outline: 3px solid #f5c542; }
.id { font-weight: bold; margin-right: .5rem; }
.warning { background: #fff8c5; border: 1px solid #d4a72c; padding: .4rem .7rem; }
"#;

/// The anchor of an instruction of a step: `s2-i3` (ids such as 十、 are shown, not used as anchors).
fn instruction_anchor(step: usize, index: usize) -> String {
    format!("s{step}-i{index}")
}

/// The HTML timeline page.
pub fn html(r: &HistoryReport) -> String {
    let h = r.history;
    let title = match &h.title {
        Some(t) => format!("《{t}》历史版本与修改沿革"),
        None => "历史版本与修改沿革".to_string(),
    };
    let mut out = String::new();
    super::html_head(&mut out, &title, "amend history", STYLE);
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", text(&title));
    let _ = writeln!(out, "<p class=\"sources\">底本：<code>{}</code>　{}</p>", text(r.base), text(r.order));
    out.push_str("<table class=\"versions\">\n<thead><tr><th>版本</th><th>修改决定</th><th>施行日期</th></tr></thead>\n<tbody>\n");
    for v in &h.versions {
        let decision = match v.step {
            0 => format!("底本 {}", r.base),
            n => {
                format!("第{n}步：{}（{}）", v.decision.as_deref().unwrap_or("?"), v.section.as_deref().unwrap_or("?"))
            }
        };
        let in_force = v.in_force.as_ref().map_or("未知".to_string(), |d| d.to_string());
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            text(&v.label),
            text(&decision),
            text(&in_force)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    for w in &h.warnings {
        let _ = writeln!(out, "<p class=\"warning\">注意：{}</p>", text(w));
    }
    let changed = h.clauses.iter().filter(|c| c.changed()).count();
    let _ = writeln!(
        out,
        "<p class=\"muted\">共 {} 个单元，其中 {changed} 个经过修改（增加、删除、修改或移动）。点击修改处的指令编号可查看该条修改指令。</p>\n</header>",
        h.clauses.len()
    );
    out.push_str("<table class=\"timeline\">\n<thead><tr><th>单元</th>");
    for v in &h.versions {
        let _ = write!(out, "<th>{}</th>", text(&v.label));
    }
    out.push_str("<th>修改沿革</th></tr></thead>\n<tbody>\n");
    let years = r.years();
    for c in &h.clauses {
        clause_row(&mut out, h, c, &years);
    }
    out.push_str("</tbody>\n</table>\n");
    for (i, record) in h.steps.iter().enumerate() {
        let step = i + 1;
        let v = &h.versions[step];
        let _ = writeln!(
            out,
            "<h2 id=\"step-{step}\">第{step}步：{}　<span class=\"muted\">{}</span></h2>\n<ol class=\"instructions\">",
            text(v.decision.as_deref().unwrap_or("?")),
            text(v.section.as_deref().unwrap_or(""))
        );
        for (k, ins) in record.instructions.iter().enumerate() {
            let _ = writeln!(
                out,
                "<li id=\"{}\"><span class=\"id\">{}</span>{} <span class=\"muted\">(第{}行)</span></li>",
                instruction_anchor(step, k),
                text(&ins.id),
                text(&ins.text),
                ins.pos.line
            );
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn clause_row(out: &mut String, h: &History, c: &ClauseHistory, years: &[Option<i16>]) {
    let class = if c.changed() {
        "changed"
    } else if c.events.is_empty() {
        "unchanged"
    } else {
        "renumbered"
    };
    let name = c.paths.iter().rev().flatten().next().map_or("", String::as_str);
    let _ =
        write!(out, "<tr class=\"clause {class} {}\"><th scope=\"row\">{}</th>", c.unit.name(), text(&display(name)));
    for (step, path) in c.paths.iter().enumerate() {
        let event = c.events.iter().find(|e| e.step == step);
        // a unit deleted at this step is shown by its number before, struck through
        let deleted = event.is_some_and(|e| e.change == ChangeKind::Deleted);
        let shown = match (path, deleted) {
            (Some(p), _) => text(&display(p)).into_owned(),
            (None, true) => format!("<del>{}</del>", text(&display(c.paths[step - 1].as_deref().unwrap_or("")))),
            (None, false) => {
                out.push_str("<td class=\"absent\"></td>");
                continue;
            }
        };
        let Some(e) = event else {
            let _ = write!(out, "<td>{shown}</td>");
            continue;
        };
        let tip: Vec<String> = e.edits.iter().take(6).map(|x| format!("“{}”→“{}”", x.old, x.new)).collect();
        let _ = write!(
            out,
            "<td class=\"{}\" title=\"{}\">{}<span class=\"badge {}\">{}</span>",
            e.change.name(),
            attr(&tip.join("；")),
            shown,
            e.change.name(),
            e.change.chinese()
        );
        if e.moved && e.change != ChangeKind::Moved {
            out.push_str("<span class=\"badge moved\">位置调整</span>");
        }
        let record = &h.steps[step - 1];
        for id in &e.instructions {
            match record.instructions.iter().position(|i| &i.id == id) {
                Some(k) => {
                    let _ = write!(
                        out,
                        "<a class=\"instruction\" href=\"#{}\" title=\"{}\">{}</a>",
                        instruction_anchor(step, k),
                        attr(&record.instructions[k].text),
                        text(id)
                    );
                }
                None => {
                    let _ = write!(out, "<span class=\"instruction\">{}</span>", text(id));
                }
            }
        }
        out.push_str("</td>");
    }
    let note = c.note(years).unwrap_or_default();
    let _ = writeln!(out, "<td class=\"note\">{}</td></tr>", text(&note));
}

/// A unit's path as a reader says it: `第十条`, `一/（三）` → `一（三）`, `第二章/¶1` → `第二章 段1`.
fn display(path: &str) -> String {
    path.replace("/¶", " 段").replace('/', "")
}
