//! Phrasing drafts as a notice (policy documents: sections with （一）（二）…) or a decision (laws:
//! 一、二、…, NPC quotation style, closing formulas).

use super::draft::Draft;
use crate::text::numerals;

/// The style of the derived text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Style {
    /// A policy notice: 将第X项中的“A”修改为“B”, 删除…的表述.
    Notice,
    /// A decision amending a law: 将第X条修改为：“…”, 删去…, 条文顺序作相应调整.
    Decision,
}

/// Document quotes inside a quotation are written ‘…’ (the quotation's own marks are “…”); a text
/// that has ‘…’ of its own keeps its “…” (nested quotation marks read unambiguously).
pub fn quote_text(s: &str) -> String {
    if s.contains(['‘', '’']) { s.to_string() } else { s.replace('“', "‘").replace('”', "’") }
}

/// A quotation of new text.
fn q(s: &str) -> String {
    format!("“{}”", quote_text(s))
}

/// A quotation of text to find in the document, its own quotation marks written ‘…’ as in any
/// quotation (the engine finds ‘数控一代’ where the document has “数控一代”).
fn q_old(s: &str) -> String {
    q(s)
}

/// A multi-paragraph quotation, NPC style: every paragraph opens with “, only the last one closes.
fn q_paragraphs(ps: &[String]) -> String {
    let mut out = String::new();
    for (i, p) in ps.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push('“');
        out.push_str(&quote_text(p));
    }
    out.push('”');
    out
}

/// One instruction's sentence, without its number.
pub fn sentence(d: &Draft, style: Style) -> String {
    let del = if style == Style::Notice { "删除" } else { "删去" };
    match d {
        Draft::Rename { from, to } => format!("将全文中的{}修改为{}", q_old(from), q(to)),
        Draft::MergeUnits { units, into } => {
            format!("将全文中的{}合并修改为{}", units.iter().map(|u| q(u)).collect::<String>(), q(into))
        }
        Draft::DeleteUnits { units } => format!("删除全文中的{}", units.iter().map(|u| q(u)).collect::<String>()),
        Draft::ReplaceText { loc, pairs } => {
            let mut s = format!("将{loc}中的");
            for (i, (a, b)) in pairs.iter().enumerate() {
                if i > 0 {
                    s.push('，');
                }
                s.push_str(&format!("{}修改为{}", q_old(a), q(b)));
            }
            s
        }
        Draft::ReplaceIn { loc, from, to } => format!("将{loc}中的{}统一修改为{}", q_old(from), q(to)),
        Draft::DeleteText { loc, text } => {
            if style == Style::Notice {
                format!("删除{loc}中{}的表述", q_old(text))
            } else {
                format!("删去{loc}中的{}", q_old(text))
            }
        }
        Draft::DeleteTextAndUnits { loc, text, units } => format!(
            "删除{loc}中{}的表述，并相应删除该内容责任单位中的{}",
            q_old(text),
            units.iter().map(|u| q_old(u)).collect::<String>()
        ),
        Draft::AppendText { loc, text } => format!("在{loc}最后增加{}", q(text)),
        Draft::InsertText { loc, anchor, text } => format!("在{loc}中的{}后增加{}", q_old(anchor), q(text)),
        Draft::ReplaceNode { loc, paragraphs } => format!("将{loc}修改为：{}", q_paragraphs(paragraphs)),
        Draft::ReplaceHeading { loc, heading } => {
            let unit = if loc.ends_with('节') {
                "节名"
            } else if loc.ends_with('编') {
                "编名"
            } else {
                "章名"
            };
            format!("将{loc}{unit}修改为{}", q(heading))
        }
        Draft::DeleteNode { loc } => format!("{del}{loc}"),
        Draft::Move { loc, anchor, after } => format!("将{loc}移至{anchor}{}", if *after { "之后" } else { "之前" }),
        Draft::DeleteHeading { loc, unit } => format!("{del}{loc}的{unit}名"),
        Draft::InsertParagraphs { place, paragraphs } => {
            format!("在{place}增加{}段：{}", numerals::count(paragraphs.len() as u32), q_paragraphs(paragraphs))
        }
        Draft::Insert { anchor, unit, number, sub, paragraphs } => {
            let n = match sub {
                Some(s) => format!("第{}{unit}之{}", numerals::format(*number), numerals::format(*s)),
                None => format!("第{}{unit}", numerals::format(*number)),
            };
            let place = match anchor {
                Some((loc, true)) if loc.ends_with('中') => format!("在{loc}"),
                Some((loc, true)) => format!("在{loc}后"),
                Some((loc, false)) => format!("在{loc}前"),
                None => String::new(),
            };
            format!("{place}增加一{unit}，作为{n}：{}", q_paragraphs(paragraphs))
        }
    }
}

fn is_global(d: &Draft) -> bool {
    matches!(d, Draft::Rename { .. } | Draft::MergeUnits { .. } | Draft::DeleteUnits { .. })
}

/// The whole-text operations as one sentence, as notices write them: 将全文中的“A”修改为“B”，
/// “C”“D”合并修改为“E”；删除“F”.
fn global_sentence(ds: &[&Draft]) -> String {
    let mut parts = Vec::new();
    let mut deletions = Vec::new();
    for d in ds {
        match d {
            Draft::Rename { from, to } => parts.push(format!("{}修改为{}", q_old(from), q(to))),
            Draft::MergeUnits { units, into } => {
                parts.push(format!("{}合并修改为{}", units.iter().map(|u| q(u)).collect::<String>(), q(into)))
            }
            Draft::DeleteUnits { units } => deletions.extend(units.iter().map(|u| q(u))),
            _ => {}
        }
    }
    match (parts.is_empty(), deletions.is_empty()) {
        (false, true) => format!("将全文中的{}", parts.join("，")),
        (false, false) => format!("将全文中的{}；删除{}", parts.join("，"), deletions.concat()),
        _ => format!("删除全文中的{}", deletions.concat()),
    }
}

/// Deletions that take responsible units with them come before the whole-text operations (the
/// merge they make room for would otherwise change those units first).
fn is_first(d: &Draft) -> bool {
    matches!(d, Draft::DeleteTextAndUnits { .. })
}

/// The drafts as sentences: the deletions that take units with them, then the whole-text
/// operations as one sentence, then the rest.
pub fn sentences(drafts: &[Draft], style: Style) -> Vec<String> {
    let globals: Vec<&Draft> = drafts.iter().filter(|d| is_global(d)).collect();
    let mut out: Vec<String> = drafts.iter().filter(|d| is_first(d)).map(|d| sentence(d, style)).collect();
    if !globals.is_empty() {
        out.push(global_sentence(&globals));
    }
    out.extend(drafts.iter().filter(|d| !is_global(d) && !is_first(d)).map(|d| sentence(d, style)));
    out
}

/// A sentence whose quotation ends the sentence needs no 。 of its own.
fn full_stop(s: &str) -> &'static str {
    if s.ends_with("。”") || s.ends_with("；”") { "" } else { "。" }
}

/// The whole derived text.
pub fn notice(title: &str, style: Style, drafts: &[Draft], renumber: bool, note: Option<&str>) -> String {
    let sentences = sentences(drafts, style);
    let mut out = String::new();
    match style {
        Style::Notice => {
            out.push_str(&format!("关于修改《{title}》的通知\n"));
            if let Some(n) = note {
                out.push_str(&format!("（{n}）\n"));
            }
            out.push_str(&format!("一、对《{title}》作出修改\n"));
            for (i, s) in sentences.iter().enumerate() {
                out.push_str(&format!("（{}）{s}{}\n", numerals::format(i as u32 + 1), full_stop(s)));
            }
            if renumber {
                out.push_str(&format!("（{}）条文顺序作相应调整。\n", numerals::format(sentences.len() as u32 + 1)));
            }
        }
        Style::Decision => {
            out.push_str(&format!("关于修改《{title}》的决定\n\n"));
            if let Some(n) = note {
                out.push_str(&format!("（{n}）\n\n"));
            }
            out.push_str(&format!("对《{title}》作如下修改：\n\n"));
            for (i, s) in sentences.iter().enumerate() {
                out.push_str(&format!("{}、{s}{}\n\n", numerals::format(i as u32 + 1), full_stop(s)));
            }
            out.push_str("本决定自公布之日起施行。\n\n");
            if renumber {
                out.push_str(&format!("《{title}》根据本决定作相应修改并对条文顺序作相应调整，重新公布。\n"));
            } else {
                out.push_str(&format!("《{title}》根据本决定作相应修改，重新公布。\n"));
            }
        }
    }
    out
}

/// The id each draft's sentence gets, in the order of [`sentences`] (the whole-text drafts share one).
pub fn ids(drafts: &[Draft], style: Style) -> Vec<String> {
    let firsts = drafts.iter().filter(|d| is_first(d)).count();
    let globals = drafts.iter().filter(|d| is_global(d)).count();
    let id = |k: usize| match style {
        Style::Notice => format!("一（{}）", numerals::format(k as u32)),
        Style::Decision => format!("{}、", numerals::format(k as u32)),
    };
    let global_id = firsts + 1;
    let (mut next_first, mut next) = (1, firsts + usize::from(globals > 0) + 1);
    let mut out = Vec::new();
    for d in drafts {
        if is_global(d) {
            out.push(id(global_id));
        } else if is_first(d) {
            out.push(id(next_first));
            next_first += 1;
        } else {
            out.push(id(next));
            next += 1;
        }
    }
    out
}
