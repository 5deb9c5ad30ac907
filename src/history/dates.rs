//! The dates of a decision and of a base text, read from the text itself: when a decision was
//! published (it orders the decisions of a history) and when it takes effect (it decides which
//! version is in force on a date). Every date says where it was read, so that a user sees which
//! date was used.
//!
//! What a decision says, in the order it is believed:
//! - **in force from** (施行): the decision's own closing sentence, `本决定自2025年1月20日起施行`
//!   (本通知/本修正案/本修改决定 …, a numbered `三、本决定…` too), or `自公布之日起施行`
//!   (from the date of publication; 印发/发布/通过 likewise); a header line of the judicial form
//!   `2021年4月22日 施行`; the Markdown front matter's `effective_date`. Sentences inside quotation
//!   marks belong to the amended text (`“本条例自…起施行”`) and are never read.
//! - **published**: the front matter's `publish`; a `2024年6月7日公布` (发布, 印发); the
//!   dateline of a notice (a line that is only a date, `2020年12月4日`, 二〇二〇年十二月四日 too); the
//!   first adoption line, `（2024年12月6日…会议通过）`, said to be the adoption date.
//!
//! A base text's date is its front matter's `publish`, or the latest date in the header notes
//! under its title (题注: `2016年2月6日 《…》第二次修订`), which is the date of its last amendment.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;
use serde::Serialize;

use crate::text::numerals;

/// A date and where it was read (`本决定自2025年1月20日起施行 (line 25)`, `front matter: publish`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dated {
    pub date: Date,
    pub source: String,
}

impl std::fmt::Display for Dated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.date, self.source)
    }
}

/// What a decision says about its dates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DecisionDates {
    /// When it was published (or adopted, when that is all it says).
    pub published: Option<Dated>,
    /// When it takes effect.
    pub effective: Option<Dated>,
}

impl DecisionDates {
    /// A date given by the user (`--date`, case.toml): the decision's publication and 施行 date.
    pub fn given(date: Date, source: &str) -> Self {
        let given = Dated { date, source: source.into() };
        DecisionDates { published: Some(given.clone()), effective: Some(given) }
    }

    /// The date from which the amended text is in force: the 施行 date, else the publication.
    pub fn in_force(&self) -> Option<Dated> {
        self.effective.clone().or_else(|| {
            self.published.as_ref().map(|p| Dated {
                date: p.date,
                source: format!("no 施行 date stated: in force from publication, {}", p.source),
            })
        })
    }
}

/// A date written as `2025年1月20日`, `2025 年 1 月 20 日`, `二〇二〇年十二月四日` or with full-width digits.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日",
    )
    .expect("the date pattern compiles")
});

/// The decision's own closing sentence: `本决定自…起施行`, `本通知自印发之日起施行`, at the start of a
/// line or after the last instruction's full stop on the same line.
static OWN_EFFECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|。)(?:[一二三四五六七八九十]+、)?本(?:决定|通知|修正案|修改决定|修订决定|规定|办法|意见)自(.{1,24}?)起(?:施行|实施|生效|执行)")
        .expect("the effect pattern compiles")
});

/// A header line of the judicial form: `2021年4月22日 施行`.
static EFFECT_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.{8,20}日)\s*(?:起)?施行$").expect("the effect line pattern compiles"));

/// A publication: `2024年6月7日公布` (发布, 印发), alone or inside a header note.
static PUBLISHED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(.{8,20}日)\s*(?:公布|发布|印发)").expect("the publication pattern compiles"));

/// An adoption: `（2024年12月6日国务院第X次常务会议通过`.
static ADOPTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[（(]?(.{8,20}日)[^。；]{0,60}?通过").expect("the adoption pattern compiles"));

/// The first date in `s`.
pub fn find_date(s: &str) -> Option<Date> {
    DATE.captures_iter(s).find_map(|c| to_date(&c[1], &c[2], &c[3]))
}

/// `s` is a date and nothing else (a dateline).
fn only_date(s: &str) -> Option<Date> {
    let c = DATE.captures(s)?;
    (c.get(0)?.as_str().len() == s.len()).then(|| to_date(&c[1], &c[2], &c[3]))?
}

fn to_date(y: &str, m: &str, d: &str) -> Option<Date> {
    let year = if y.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
        numerals::parse(y)?
    } else {
        // 二〇二〇: digit by digit (○ is the circle some typesetters use for 〇)
        numerals::parse(&y.replace('○', "〇"))?
    };
    let (month, day) = (numerals::parse(m)?, numerals::parse(d)?);
    Date::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// Parses `2025-01-20` (a command-line or case.toml date).
pub fn parse_iso(s: &str) -> Result<Date, String> {
    s.trim().parse::<Date>().map_err(|_| format!("“{s}” is not a date of the form 2025-01-20"))
}

/// A front matter field: `publish: "2022-03-29 00:00:00"`.
fn front_matter(text: &str, field: &str) -> Option<Date> {
    let mut lines = text.lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    for line in lines {
        let line = line.trim_end();
        if line == "---" {
            break;
        }
        if let Some(value) = line.strip_prefix(field).and_then(|r| r.strip_prefix(':')) {
            let value = value.trim().trim_matches(['"', '\'']);
            return value.get(..10).and_then(|d| d.parse::<Date>().ok());
        }
    }
    None
}

/// The lines of the text outside quotations, numbered from 1, trimmed (Markdown `#` and `>` marks
/// and the front matter left out). A line inside a multi-line quotation (“…” over several lines,
/// as a decision quotes a new article, each paragraph opening with “ and only the last closed) is
/// left out too.
fn plain_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut in_front_matter = text.starts_with("---");
    for (i, line) in text.lines().enumerate() {
        if in_front_matter {
            if i > 0 && line.trim_end() == "---" {
                in_front_matter = false;
            }
            continue;
        }
        let mut opens = line.matches('“').count() as i32;
        let closes = line.matches('”').count() as i32;
        // a quotation of several paragraphs opens each of them with “ and closes only the last
        if depth > 0 && line.trim_start().starts_with('“') {
            opens -= 1;
        }
        if depth == 0 {
            let t = line.trim().trim_start_matches(['#', '>']).trim().trim_matches('\u{3000}');
            out.push((i + 1, t));
        }
        depth = (depth + opens - closes).max(0);
    }
    out
}

/// Reads a decision's dates.
pub fn of_decision(text: &str) -> DecisionDates {
    let lines = plain_lines(text);
    let published = published(text, &lines);
    let effective = effective(text, &lines, published.as_ref());
    DecisionDates { published, effective }
}

fn published(text: &str, lines: &[(usize, &str)]) -> Option<Dated> {
    if let Some(date) = front_matter(text, "publish") {
        return Some(Dated { date, source: "front matter: publish".into() });
    }
    for &(n, line) in lines {
        if let Some(c) = PUBLISHED.captures(line)
            && let Some(date) = find_date(&c[1])
        {
            return Some(Dated { date, source: format!("“{}” (line {n})", c[0].trim()) });
        }
    }
    // the dateline of a notice: the last line that is only a date
    if let Some((n, date)) = lines.iter().rev().find_map(|&(n, l)| only_date(l).map(|d| (n, d))) {
        return Some(Dated { date, source: format!("the dateline (line {n})") });
    }
    lines.iter().find_map(|&(n, line)| {
        let c = ADOPTED.captures(line)?;
        let date = find_date(&c[1])?;
        Some(Dated { date, source: format!("adopted: “{}” (line {n}); no publication date stated", c[0].trim()) })
    })
}

fn effective(text: &str, lines: &[(usize, &str)], published: Option<&Dated>) -> Option<Dated> {
    for &(n, line) in lines {
        if let Some(c) = OWN_EFFECT.captures(line) {
            let when = &c[1];
            if let Some(date) = find_date(when) {
                return Some(Dated { date, source: format!("“{}” (line {n})", c[0].trim_start_matches('。')) });
            }
            if when.contains("之日") {
                // 自公布之日起施行: from the publication
                if let Some(p) = published {
                    return Some(Dated {
                        date: p.date,
                        source: format!("“{}” (line {n}); published {}", c[0].trim_start_matches('。'), p),
                    });
                }
            }
        }
    }
    for &(n, line) in lines {
        if let Some(c) = EFFECT_LINE.captures(line)
            && let Some(date) = only_date(c[1].trim())
        {
            return Some(Dated { date, source: format!("“{line}” (line {n})") });
        }
    }
    front_matter(text, "effective_date").map(|date| Dated { date, source: "front matter: effective_date".into() })
}

/// A base text's date: its front matter's `publish`, or the latest date in the header notes
/// between its title and its first heading or article.
pub fn of_base(text: &str) -> Option<Dated> {
    if let Some(date) = front_matter(text, "publish") {
        return Some(Dated { date, source: "front matter: publish".into() });
    }
    let doc = crate::document::parse(text);
    let mut latest: Option<(Date, String)> = None;
    let notes = doc.nodes().into_iter().filter(|n| n.kind == crate::document::Kind::History);
    for note in notes.map(|n| n.text.as_str()) {
        if let Some(date) = find_date(note)
            && latest.as_ref().is_none_or(|(d, _)| date > *d)
        {
            latest = Some((date, note.trim().to_string()));
        }
    }
    latest.map(|(date, note)| Dated { date, source: format!("the latest header note: “{note}”") })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn dates_in_every_written_form() {
        assert_eq!(find_date("本决定自2025年1月20日起施行。"), Some(d("2025-01-20")));
        assert_eq!(find_date("二〇二〇年十二月四日"), Some(d("2020-12-04")));
        assert_eq!(find_date("２０２１年１１月２５日"), Some(d("2021-11-25")));
        assert_eq!(find_date("2021 年 3 月 1 日"), Some(d("2021-03-01")));
        assert_eq!(find_date("2021年2月30日"), None, "no such day");
    }

    #[test]
    fn a_stated_effective_date_wins_over_the_front_matter() {
        let text = "---\npublish: \"2024-12-06 00:00:00\"\neffective_date: \"2025-02-01 00:00:00\"\n---\n\n国务院决定：\n\n本决定自2025年1月20日起施行。\n";
        let dates = of_decision(text);
        assert_eq!(dates.published.unwrap().date, d("2024-12-06"));
        let e = dates.effective.unwrap();
        assert_eq!(e.date, d("2025-01-20"));
        assert!(e.source.contains("line 8"), "{}", e.source);
    }

    #[test]
    fn from_publication_takes_the_publication_date() {
        // written for the test: a local decision of the common form, adopted before it is published
        let text = "关于修改《某市条例》的决定\n\n（2024年8月28日某市人民代表大会常务委员会第十九次会议通过　2024年10月2日公布）\n\n一、将第三条修改为：“……。”\n\n本决定自公布之日起施行。\n";
        let dates = of_decision(text);
        assert_eq!(dates.published.as_ref().unwrap().date, d("2024-10-02"));
        assert_eq!(dates.effective.unwrap().date, d("2024-10-02"));
    }

    #[test]
    fn a_quoted_effect_sentence_belongs_to_the_amended_text() {
        // written for the test: the decision rewrites the regulation's own final article
        let text = "2023年5月6日\n\n一、将第五十条修改为：“本规定自2023年7月1日起施行。”\n\n二、增加一条：“本规定\n自2024年1月1日起施行。”\n";
        let dates = of_decision(text);
        assert_eq!(dates.effective, None);
        assert_eq!(dates.published.unwrap().date, d("2023-05-06"));
    }

    #[test]
    fn the_judicial_header_line_and_the_notice_dateline() {
        let judicial = "2021年4月22日 施行\n\n2021年3月1日 最高人民法院审判委员会第1833次会议通过\n";
        let dates = of_decision(judicial);
        assert_eq!(dates.effective.unwrap().date, d("2021-04-22"));
        let p = dates.published.unwrap();
        assert_eq!(p.date, d("2021-03-01"));
        assert!(p.source.starts_with("adopted"), "{}", p.source);
        let notice = "关于修改……的通知\n\n一、……\n\n福建省人民政府办公厅\n\n二〇二〇年十二月四日\n\n（此件主动公开）\n";
        let dates = of_decision(notice);
        assert_eq!(dates.published.unwrap().date, d("2020-12-04"));
        assert_eq!(dates.effective, None);
        assert_eq!(of_decision(notice).in_force().unwrap().date, d("2020-12-04"));
    }

    #[test]
    fn a_base_is_dated_by_its_latest_header_note() {
        let text = "# 某条例\n\n2002年9月29日 国务院令第363号公布\n\n2016年2月6日 《国务院关于修改部分行政法规的决定》第二次修订\n\n<!-- INFO END -->\n\n第一条 为了2030年1月1日的目标，制定本条例。\n";
        let b = of_base(text).unwrap();
        assert_eq!(b.date, d("2016-02-06"));
        assert!(b.source.contains("第二次修订"));
    }
}
