//! Word's automatic numbering, written out as the text Word shows: `word/numbering.xml` (list
//! definitions `w:abstractNum`, list instances `w:num` with their `w:lvlOverride`s) and the
//! numbering that paragraph styles give (`word/styles.xml`, following `w:basedOn`).
//!
//! Counters belong to an abstract numbering: paragraphs of different `w:num`s that share one go on
//! counting together (LibreOffice writes a list that continues after other paragraphs that way). A
//! `w:num` with a `w:startOverride` sets that level back to the override the first time one of its
//! paragraphs is numbered; later paragraphs of any `w:num` of the same abstract numbering count on
//! from there (LibreOffice writes a list item with its own start value as such a `w:num`). A level
//! starts again when a level before it (an outer one) is used, unless its `w:lvlRestart` says
//! otherwise (0: never; n: only after level n or one before it).
//!
//! After the number Word puts a tab (the default), a space or nothing (`w:suff`). Chinese texts put
//! no gap after a label that ends in punctuation (一、 （一） 1. ①), and a space after one that ends
//! in a character or a digit (第一条 为了…): so a tab or a space becomes nothing after punctuation
//! and a single space otherwise; `nothing` stays nothing.

use std::collections::BTreeSet;

use quick_xml::events::BytesStart;
use rustc_hash::{FxHashMap, FxHashSet};

use super::read::{DocxError, Node, Ns, Xml, attr, local, val};
use crate::text::numerals;

/// Word's nine list levels.
const LEVELS: usize = 9;

/// What follows a level's number.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Suffix {
    #[default]
    Tab,
    Space,
    Nothing,
}

/// One list level (`w:lvl`).
#[derive(Debug, Clone, Default)]
struct Level {
    /// `w:start` (0 when absent, as the standard says).
    start: u32,
    /// `w:numFmt` (`decimal` when absent).
    fmt: Option<String>,
    /// `w:numFmt w:format` of a `custom` format.
    custom: Option<String>,
    /// `w:lvlText`: `%1、`, `（%2）`, `%1.%2`, `第%1条`.
    text: String,
    /// `w:lvlRestart`.
    restart: Option<u32>,
    /// `w:isLgl`: every level's number in Arabic digits.
    legal: bool,
    suffix: Suffix,
    /// `w:pStyle`: the paragraph style this level belongs to.
    style: Option<String>,
}

impl Level {
    fn fmt(&self) -> &str {
        self.fmt.as_deref().unwrap_or("decimal")
    }
}

/// `w:abstractNum`.
#[derive(Debug, Clone, Default)]
struct Abstract {
    levels: Vec<Option<Level>>,
    /// `w:numStyleLink`: the levels are those of the numbering style named here.
    num_style_link: Option<String>,
}

/// `w:lvlOverride` of a `w:num`.
#[derive(Debug, Clone, Default)]
struct Override {
    ilvl: usize,
    start: Option<u32>,
    level: Option<Level>,
}

/// `w:num`: a list instance.
#[derive(Debug, Clone, Default)]
struct Num {
    abstract_id: u32,
    overrides: Vec<Override>,
}

/// The paragraph styles' numbering (`w:style/w:pPr/w:numPr`, `w:basedOn`) and the default
/// paragraph style.
#[derive(Debug, Clone, Default)]
pub struct Styles {
    map: FxHashMap<String, Style>,
    default_paragraph: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct Style {
    based_on: Option<String>,
    num_id: Option<u32>,
    ilvl: Option<usize>,
}

impl Styles {
    /// Reads `word/styles.xml`.
    pub fn parse(xml: &str) -> Result<Self, DocxError> {
        let mut styles = Styles::default();
        let mut x = Xml::new(xml, "word/styles.xml");
        loop {
            match x.next()? {
                Node::Open(Ns::W, e) if local(&e) == "style" => {
                    let id = attr(&e, "styleId");
                    let paragraph = attr(&e, "type").is_none_or(|t| t == "paragraph");
                    let default = attr(&e, "default").is_some_and(|d| on_value(&d));
                    let style = parse_style(&mut x)?;
                    if let Some(id) = id {
                        if paragraph && default && styles.default_paragraph.is_none() {
                            styles.default_paragraph = Some(id.clone());
                        }
                        styles.map.entry(id).or_insert(style);
                    }
                }
                Node::Eof => return Ok(styles),
                _ => {}
            }
        }
    }

    /// The default paragraph style (for paragraphs that name none).
    pub fn default_paragraph(&self) -> Option<&str> {
        self.default_paragraph.as_deref()
    }

    /// The numbering a paragraph style gives, following `w:basedOn`: its `numId` (0: none) and
    /// level, each from the nearest style that sets it.
    pub fn numbering(&self, id: &str) -> (Option<u32>, Option<usize>) {
        let (mut num_id, mut ilvl) = (None, None);
        let mut next = Some(id);
        // a chain of basedOn that loops is cut off
        for _ in 0..32 {
            let Some(style) = next.and_then(|id| self.map.get(id)) else { break };
            num_id = num_id.or(style.num_id);
            ilvl = ilvl.or(style.ilvl);
            if num_id.is_some() && ilvl.is_some() {
                break;
            }
            next = style.based_on.as_deref();
        }
        (num_id, ilvl)
    }
}

/// The inside of a `w:style`: `w:basedOn` and `w:pPr/w:numPr`.
fn parse_style(x: &mut Xml) -> Result<Style, DocxError> {
    let mut style = Style::default();
    let mut depth = 1;
    loop {
        match x.next()? {
            Node::Open(Ns::W, e) if local(&e) == "pPr" || local(&e) == "numPr" => depth += 1,
            Node::Open(ns, e) | Node::Leaf(ns, e) if ns == Ns::W && local(&e) == "basedOn" => {
                style.based_on = val(&e);
                x.skip_if_open()?;
            }
            Node::Open(Ns::W, e) | Node::Leaf(Ns::W, e) if local(&e) == "numId" => {
                style.num_id = val(&e).and_then(|v| v.trim().parse().ok());
                x.skip_if_open()?;
            }
            Node::Open(Ns::W, e) | Node::Leaf(Ns::W, e) if local(&e) == "ilvl" => {
                style.ilvl = val(&e).and_then(|v| v.trim().parse().ok()).filter(|&l: &usize| l < LEVELS);
                x.skip_if_open()?;
            }
            Node::Open(..) => {
                x.skip()?;
            }
            Node::Close => {
                depth -= 1;
                if depth == 0 {
                    return Ok(style);
                }
            }
            Node::Eof => return Ok(style),
            _ => {}
        }
    }
}

/// The list definitions of a document and the counters of the lists read so far.
#[derive(Debug, Clone, Default)]
pub struct Numbering {
    abstracts: FxHashMap<u32, Abstract>,
    nums: FxHashMap<u32, Num>,
    /// Per abstract numbering: each level's last number (`None`: not used since it last restarted).
    counters: FxHashMap<u32, [Option<u32>; LEVELS]>,
    /// The `w:num`s numbered so far (their overrides apply at their first paragraph).
    used: FxHashSet<u32>,
    /// Paragraphs given a number.
    pub numbered: usize,
    /// Paragraphs with a bullet (left out: it is no text).
    pub bullets: usize,
    /// Number formats amend does not know, written as decimal numbers.
    pub unknown_formats: BTreeSet<String>,
}

impl Numbering {
    /// Reads `word/numbering.xml`; `styles` resolves `w:numStyleLink`.
    pub fn parse(xml: &str, styles: &Styles) -> Result<Self, DocxError> {
        let mut numbering = Numbering::default();
        let mut x = Xml::new(xml, "word/numbering.xml");
        loop {
            match x.next()? {
                Node::Open(Ns::W, e) if local(&e) == "abstractNum" => {
                    let id = attr(&e, "abstractNumId").and_then(|v| v.trim().parse().ok());
                    let a = parse_abstract(&mut x)?;
                    if let Some(id) = id {
                        numbering.abstracts.entry(id).or_insert(a);
                    }
                }
                Node::Open(Ns::W, e) if local(&e) == "num" => {
                    let id = attr(&e, "numId").and_then(|v| v.trim().parse().ok());
                    let num = parse_num(&mut x)?;
                    if let (Some(id), Some(num)) = (id, num) {
                        numbering.nums.entry(id).or_insert(num);
                    }
                }
                Node::Eof => break,
                _ => {}
            }
        }
        numbering.link_styles(styles);
        Ok(numbering)
    }

    /// An abstract numbering with `w:numStyleLink` takes the levels of the numbering style's list.
    fn link_styles(&mut self, styles: &Styles) {
        let linked: Vec<(u32, String)> =
            self.abstracts.iter().filter_map(|(&id, a)| a.num_style_link.clone().map(|s| (id, s))).collect();
        for (id, style) in linked {
            let target = styles
                .numbering(&style)
                .0
                .and_then(|n| self.nums.get(&n))
                .and_then(|n| self.abstracts.get(&n.abstract_id))
                .filter(|a| a.num_style_link.is_none())
                .map(|a| a.levels.clone());
            if let (Some(levels), Some(a)) = (target, self.abstracts.get_mut(&id)) {
                a.levels = levels;
            }
        }
    }

    /// The level that belongs to paragraph style `style` in list `num_id` (`w:lvl/w:pStyle`).
    pub fn level_of_style(&self, num_id: u32, style: &str) -> Option<usize> {
        let num = self.nums.get(&num_id)?;
        let a = self.abstracts.get(&num.abstract_id)?;
        a.levels.iter().position(|l| l.as_ref().and_then(|l| l.style.as_deref()) == Some(style))
    }

    /// The level definition a paragraph of `num` at `ilvl` uses.
    fn level<'a>(&'a self, num: &'a Num, ilvl: usize) -> Option<&'a Level> {
        if let Some(l) = num.overrides.iter().find(|o| o.ilvl == ilvl).and_then(|o| o.level.as_ref()) {
            return Some(l);
        }
        self.abstracts.get(&num.abstract_id)?.levels.get(ilvl)?.as_ref()
    }

    /// The number a level starts at in `num`.
    fn start(&self, num: &Num, ilvl: usize) -> u32 {
        match num.overrides.iter().find(|o| o.ilvl == ilvl).and_then(|o| o.start) {
            Some(s) => s,
            None => self.level(num, ilvl).map_or(0, |l| l.start),
        }
    }

    /// Numbers the next paragraph of list `num_id` at level `ilvl` and returns its label as Word
    /// shows it, with what follows it (see the module's notes); `None` when the paragraph shows no
    /// number (an unknown list or level, a bullet, an empty level text).
    pub fn label(&mut self, num_id: u32, ilvl: usize) -> Option<String> {
        let num = self.nums.get(&num_id)?.clone();
        if ilvl >= LEVELS {
            return None;
        }
        let level = self.level(&num, ilvl)?.clone();
        let first_use = self.used.insert(num_id);
        let starts: Vec<u32> = (0..LEVELS).map(|l| self.start(&num, l)).collect();
        let restarts: Vec<Option<u32>> = (0..LEVELS).map(|l| self.level(&num, l).and_then(|lv| lv.restart)).collect();
        let counters = self.counters.entry(num.abstract_id).or_insert([None; LEVELS]);
        if first_use {
            for o in num.overrides.iter().filter(|o| o.start.is_some() && o.ilvl < LEVELS) {
                counters[o.ilvl] = None;
            }
        }
        counters[ilvl] = Some(match counters[ilvl] {
            None => starts[ilvl],
            Some(n) => n.saturating_add(1),
        });
        for (m, restart) in restarts.iter().enumerate().skip(ilvl + 1) {
            // lvlRestart n (1-based): restart after a paragraph at level n - 1 or before; absent or
            // naming this level or a later one: after any level before this one; 0: never
            let after = match *restart {
                Some(0) => continue,
                Some(n) if (n as usize) <= m => n as usize,
                _ => m,
            };
            if ilvl < after {
                counters[m] = None;
            }
        }
        let values: Vec<u32> = (0..LEVELS).map(|l| counters[l].unwrap_or(starts[l])).collect();
        if level.fmt() == "bullet" {
            self.bullets += 1;
            return None;
        }
        let mut text = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            let referenced = chars.peek().and_then(|d| d.to_digit(10)).filter(|d| (1..=9).contains(d));
            match (c, referenced) {
                ('%', Some(d)) => {
                    chars.next();
                    let l = d as usize - 1;
                    let shown = self.level(&num, l).cloned().unwrap_or_default();
                    let fmt = if level.legal { "decimal" } else { shown.fmt() };
                    text.push_str(&self.number(fmt, shown.custom.as_deref(), values[l]));
                }
                _ => text.push(c),
            }
        }
        if text.is_empty() {
            return None;
        }
        self.numbered += 1;
        if level.suffix != Suffix::Nothing && !ends_in_punctuation(&text) {
            text.push(' ');
        }
        Some(text)
    }

    /// A number in a level's format; an unknown format is written in decimal and remembered.
    fn number(&mut self, fmt: &str, custom: Option<&str>, n: u32) -> String {
        if fmt == "custom"
            && let Some(s) = custom.and_then(|c| format_custom(c, n))
        {
            return s;
        }
        match format(fmt, n) {
            Some(s) => s,
            None => {
                let name =
                    if fmt == "custom" { format!("custom “{}”", custom.unwrap_or("")) } else { fmt.to_string() };
                self.unknown_formats.insert(name);
                n.to_string()
            }
        }
    }
}

/// The inside of a `w:abstractNum`.
fn parse_abstract(x: &mut Xml) -> Result<Abstract, DocxError> {
    let mut a = Abstract { levels: vec![None; LEVELS], num_style_link: None };
    loop {
        match x.next()? {
            Node::Open(Ns::W, e) if local(&e) == "lvl" => {
                let ilvl = ilvl_of(&e);
                let level = parse_level(x)?;
                if let Some(slot) = ilvl.and_then(|i| a.levels.get_mut(i)) {
                    slot.get_or_insert(level);
                }
            }
            Node::Open(Ns::W, e) | Node::Leaf(Ns::W, e) if local(&e) == "numStyleLink" => {
                a.num_style_link = val(&e);
                x.skip_if_open()?;
            }
            Node::Open(..) => {
                x.skip()?;
            }
            Node::Close | Node::Eof => return Ok(a),
            _ => {}
        }
    }
}

fn ilvl_of(e: &BytesStart) -> Option<usize> {
    attr(e, "ilvl").and_then(|v| v.trim().parse().ok()).filter(|&l: &usize| l < LEVELS)
}

/// The inside of a `w:lvl`. `mc:AlternateContent` (Word 2010's custom formats, with a standard one
/// as the fallback) is read through its fallback.
fn parse_level(x: &mut Xml) -> Result<Level, DocxError> {
    let mut level = Level::default();
    let mut depth = 1;
    loop {
        let node = x.next()?;
        let (e, open) = match node {
            Node::Open(Ns::Mc, e) if local(&e) == "Choice" => {
                x.skip()?;
                continue;
            }
            Node::Open(Ns::Mc, _) => {
                depth += 1;
                continue;
            }
            Node::Open(Ns::W, e) => (e, true),
            Node::Leaf(Ns::W, e) => (e, false),
            Node::Open(..) => {
                x.skip()?;
                continue;
            }
            Node::Close => {
                depth -= 1;
                if depth == 0 {
                    return Ok(level);
                }
                continue;
            }
            Node::Eof => return Ok(level),
            _ => continue,
        };
        let v = val(&e);
        match local(&e) {
            "start" => level.start = v.and_then(|v| v.trim().parse().ok()).unwrap_or(0),
            "numFmt" => {
                level.fmt = v;
                level.custom = attr(&e, "format");
            }
            "lvlText" => {
                level.text =
                    if attr(&e, "null").is_some_and(|n| on_value(&n)) { String::new() } else { v.unwrap_or_default() }
            }
            "lvlRestart" => level.restart = v.and_then(|v| v.trim().parse().ok()),
            "isLgl" => level.legal = v.is_none_or(|v| on_value(&v)),
            "suff" => {
                level.suffix = match v.as_deref() {
                    Some("space") => Suffix::Space,
                    Some("nothing") => Suffix::Nothing,
                    _ => Suffix::Tab,
                }
            }
            "pStyle" => level.style = v,
            _ => {}
        }
        if open {
            x.skip()?;
        }
    }
}

/// The inside of a `w:num`; `None` without `w:abstractNumId`.
fn parse_num(x: &mut Xml) -> Result<Option<Num>, DocxError> {
    let mut abstract_id = None;
    let mut overrides = Vec::new();
    loop {
        match x.next()? {
            Node::Open(Ns::W, e) | Node::Leaf(Ns::W, e) if local(&e) == "abstractNumId" => {
                abstract_id = val(&e).and_then(|v| v.trim().parse().ok());
                x.skip_if_open()?;
            }
            Node::Open(Ns::W, e) if local(&e) == "lvlOverride" => {
                let ilvl = ilvl_of(&e);
                let o = parse_override(x)?;
                if let Some(ilvl) = ilvl {
                    overrides.push(Override { ilvl, ..o });
                }
            }
            Node::Open(..) => {
                x.skip()?;
            }
            Node::Close | Node::Eof => return Ok(abstract_id.map(|abstract_id| Num { abstract_id, overrides })),
            _ => {}
        }
    }
}

/// The inside of a `w:lvlOverride`: `w:startOverride` and a replacing `w:lvl`.
fn parse_override(x: &mut Xml) -> Result<Override, DocxError> {
    let mut o = Override::default();
    loop {
        match x.next()? {
            Node::Open(Ns::W, e) | Node::Leaf(Ns::W, e) if local(&e) == "startOverride" => {
                o.start = val(&e).and_then(|v| v.trim().parse().ok());
                x.skip_if_open()?;
            }
            Node::Open(Ns::W, e) if local(&e) == "lvl" => o.level = Some(parse_level(x)?),
            Node::Open(..) => {
                x.skip()?;
            }
            Node::Close | Node::Eof => return Ok(o),
            _ => {}
        }
    }
}

/// A toggle's value: absent, `1`, `true` and `on` are on.
pub(super) fn on_value(v: &str) -> bool {
    !matches!(v.trim(), "0" | "false" | "off")
}

/// Whether a label ends in punctuation (or an enclosed number, which stands alone), after which
/// Chinese text follows with no gap.
fn ends_in_punctuation(label: &str) -> bool {
    label.chars().next_back().is_some_and(|c| {
        c.is_ascii_punctuation()
            || c.is_whitespace()
            || ('\u{2010}'..='\u{205e}').contains(&c)
            || ('\u{2460}'..='\u{24ff}').contains(&c)
            || ('\u{3000}'..='\u{303f}').contains(&c)
            || ('\u{3251}'..='\u{32bf}').contains(&c)
            || ('\u{fe30}'..='\u{fe4f}').contains(&c)
            || matches!(c, '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}' | '\u{ff3b}'..='\u{ff40}' | '\u{ff5b}'..='\u{ff65}')
    })
}

const ZERO_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// `n` in Word's number format `fmt` (the `w:numFmt` value); `None` for a format amend does not know.
///
/// The Chinese formats: `chineseCountingThousand` is Chinese as it is written (十, 十一, 二十,
/// 一百零一, 一百一十: [`numerals::format`]); `taiwaneseCountingThousand` the same with 萬 and 億;
/// `chineseCounting` and `taiwaneseCounting` count up to 99 that way and write larger numbers digit by
/// digit (一〇一), as Word does; `ideographDigital` is always digit by digit (一〇); `chineseLegalSimplified`
/// writes 壹拾, 壹佰零壹; `japaneseCounting` leaves out 一 before 十, 百 and 千 and never writes 零 (百一);
/// `ideographTraditional` (甲乙丙…癸) and `ideographZodiac` (子丑寅…亥) go round again after their last sign.
pub fn format(fmt: &str, n: u32) -> Option<String> {
    Some(match fmt {
        "decimal" | "decimalHalfWidth" => n.to_string(),
        "decimalZero" => format!("{n:02}"),
        "decimalFullWidth" | "decimalFullWidth2" => numerals::full_width(n),
        "upperLetter" => letters(n, b'A'),
        "lowerLetter" => letters(n, b'a'),
        "upperRoman" => roman(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" => enclosed(n, 0x2460),
        "decimalEnclosedParen" => enclosed(n, 0x2474),
        "decimalEnclosedFullstop" => enclosed(n, 0x2488),
        "ordinal" => ordinal(n),
        "chineseCounting" | "taiwaneseCounting" => counting(n),
        "chineseCountingThousand" => numerals::format(n),
        "taiwaneseCountingThousand" => numerals::format(n).replace('万', "萬").replace('亿', "億"),
        "chineseLegalSimplified" => legal(n, "零壹贰叁肆伍陆柒捌玖", "拾佰仟万亿"),
        "ideographLegalTraditional" => legal(n, "零壹貳參肆伍陸柒捌玖", "拾佰仟萬億"),
        "ideographTraditional" => cycle(n, "甲乙丙丁戊己庚辛壬癸"),
        "ideographZodiac" => cycle(n, "子丑寅卯辰巳午未申酉戌亥"),
        "ideographDigital" | "taiwaneseDigital" => digits(n),
        "japaneseCounting" => japanese(n),
        "none" | "bullet" => String::new(),
        _ => return None,
    })
}

/// A `custom` format whose example is zero-padded digits (`001, 002, 003, ...`).
fn format_custom(example: &str, n: u32) -> Option<String> {
    let first = example.split(',').next()?.trim();
    (!first.is_empty() && first.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{n:0width$}", width = first.len()))
}

/// A, B, … Z, AA, BB, … (Word repeats the letter); decimal past 26 × 32.
fn letters(n: u32, a: u8) -> String {
    if n == 0 || n > 26 * 32 {
        return n.to_string();
    }
    let letter = (a + ((n - 1) % 26) as u8) as char;
    std::iter::repeat_n(letter, ((n - 1) / 26 + 1) as usize).collect()
}

fn roman(n: u32) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    let mut rest = n;
    for (value, s) in table {
        while rest >= value {
            out.push_str(s);
            rest -= value;
        }
    }
    out
}

/// ① ⑴ ⒈: the twenty enclosed numbers from `first`; decimal past 20.
fn enclosed(n: u32, first: u32) -> String {
    match n {
        1..=20 => char::from_u32(first + n - 1).map_or_else(|| n.to_string(), String::from),
        _ => n.to_string(),
    }
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// 一…九, 十, 十一, 二十, 九十九, then digit by digit: 一〇〇, 一〇一.
fn counting(n: u32) -> String {
    if n < 100 && n > 0 { numerals::format(n) } else { digits(n) }
}

/// Digit by digit: 一〇, 二〇二〇.
fn digits(n: u32) -> String {
    n.to_string().bytes().map(|b| ZERO_DIGITS[(b - b'0') as usize]).collect()
}

/// 壹拾, 壹拾壹, 贰拾, 壹佰零壹: the standard numeral with the financial characters, keeping the 壹 of 壹拾.
fn legal(n: u32, digits: &str, units: &str) -> String {
    let plain = numerals::format(n);
    let plain = if plain.starts_with('十') { format!("一{plain}") } else { plain };
    let digits: Vec<char> = digits.chars().collect();
    let units: Vec<char> = units.chars().collect();
    plain
        .chars()
        .map(|c| match c {
            '零' => digits[0],
            '十' => units[0],
            '百' => units[1],
            '千' => units[2],
            '万' => units[3],
            '亿' => units[4],
            _ => "一二三四五六七八九".chars().position(|d| d == c).map_or(c, |i| digits[i + 1]),
        })
        .collect()
}

/// The signs of a cycle, round again after the last; decimal for 0.
fn cycle(n: u32, signs: &str) -> String {
    let signs: Vec<char> = signs.chars().collect();
    if n == 0 {
        return n.to_string();
    }
    signs[((n - 1) as usize) % signs.len()].to_string()
}

/// Japanese counting: 十, 十一, 二十, 百, 百一, 百十, 千, 一万.
fn japanese(n: u32) -> String {
    if n == 0 {
        return "〇".into();
    }
    let mut out = String::new();
    for (big, name) in [(100_000_000u32, '億'), (10_000, '万')] {
        let high = n / big % if big == 10_000 { 10_000 } else { u32::MAX };
        if high > 0 {
            out.push_str(&japanese_group(high, true));
            out.push(name);
        }
    }
    out.push_str(&japanese_group(n % 10_000, false));
    out
}

/// A group below 10000; before 万 and 億 a lone 一 is written (一万).
fn japanese_group(g: u32, keep_one: bool) -> String {
    let mut out = String::new();
    for (d, unit) in [(g / 1000, Some('千')), (g / 100 % 10, Some('百')), (g / 10 % 10, Some('十')), (g % 10, None)]
    {
        match (d, unit) {
            (0, _) => {}
            (1, Some(u)) => out.push(u),
            (d, Some(u)) => {
                out.push(ZERO_DIGITS[d as usize]);
                out.push(u);
            }
            (d, None) => out.push(ZERO_DIGITS[d as usize]),
        }
    }
    if keep_one && out.is_empty() { "一".into() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(fmt: &str) -> Vec<String> {
        [1, 2, 10, 11, 20, 101].iter().map(|&n| format(fmt, n).unwrap()).collect()
    }

    #[test]
    fn chinese_formats_as_word_shows_them() {
        assert_eq!(all("chineseCountingThousand"), ["一", "二", "十", "十一", "二十", "一百零一"]);
        assert_eq!(format("chineseCountingThousand", 110).unwrap(), "一百一十");
        assert_eq!(format("chineseCountingThousand", 100).unwrap(), "一百");
        assert_eq!(format("chineseCountingThousand", 19).unwrap(), "十九");
        assert_eq!(all("taiwaneseCountingThousand"), ["一", "二", "十", "十一", "二十", "一百零一"]);
        assert_eq!(format("taiwaneseCountingThousand", 10_001).unwrap(), "一萬零一");
        assert_eq!(all("chineseCounting"), ["一", "二", "十", "十一", "二十", "一〇一"]);
        assert_eq!(all("taiwaneseCounting"), ["一", "二", "十", "十一", "二十", "一〇一"]);
        assert_eq!(all("ideographDigital"), ["一", "二", "一〇", "一一", "二〇", "一〇一"]);
        assert_eq!(all("chineseLegalSimplified"), ["壹", "贰", "壹拾", "壹拾壹", "贰拾", "壹佰零壹"]);
        assert_eq!(all("ideographLegalTraditional"), ["壹", "貳", "壹拾", "壹拾壹", "貳拾", "壹佰零壹"]);
        assert_eq!(all("ideographTraditional"), ["甲", "乙", "癸", "甲", "癸", "甲"]);
        assert_eq!(all("ideographZodiac"), ["子", "丑", "酉", "戌", "未", "辰"]);
        assert_eq!(all("japaneseCounting"), ["一", "二", "十", "十一", "二十", "百一"]);
        assert_eq!(format("japaneseCounting", 10_000).unwrap(), "一万");
        assert_eq!(format("japaneseCounting", 2110).unwrap(), "二千百十");
    }

    #[test]
    fn western_formats() {
        assert_eq!(all("decimal"), ["1", "2", "10", "11", "20", "101"]);
        assert_eq!(all("decimalZero"), ["01", "02", "10", "11", "20", "101"]);
        assert_eq!(all("upperLetter"), ["A", "B", "J", "K", "T", "WWWW"]);
        assert_eq!(all("lowerLetter"), ["a", "b", "j", "k", "t", "wwww"]);
        assert_eq!(format("upperLetter", 27).unwrap(), "AA");
        assert_eq!(all("upperRoman"), ["I", "II", "X", "XI", "XX", "CI"]);
        assert_eq!(all("lowerRoman"), ["i", "ii", "x", "xi", "xx", "ci"]);
        assert_eq!(all("decimalEnclosedCircle"), ["①", "②", "⑩", "⑪", "⑳", "101"]);
        assert_eq!(all("decimalEnclosedParen"), ["⑴", "⑵", "⑽", "⑾", "⒇", "101"]);
        assert_eq!(all("decimalEnclosedFullstop"), ["⒈", "⒉", "⒑", "⒒", "⒛", "101"]);
        assert_eq!(all("decimalFullWidth"), ["１", "２", "１０", "１１", "２０", "１０１"]);
        assert_eq!(all("none"), ["", "", "", "", "", ""]);
        assert_eq!(all("bullet"), ["", "", "", "", "", ""]);
        assert_eq!(format("ordinal", 12).unwrap(), "12th");
        assert_eq!(format("klingon", 1), None);
        // huge start values stay bounded
        assert_eq!(format("upperLetter", u32::MAX).unwrap(), u32::MAX.to_string());
        assert_eq!(format("upperRoman", 4000).unwrap(), "4000");
        assert_eq!(format_custom("001, 002, 003, ...", 7).unwrap(), "007");
    }

    #[test]
    fn suffix_after_punctuation_is_nothing_else_a_space() {
        for (label, yes) in
            [("一、", true), ("（一）", true), ("1.", true), ("①", true), ("第一条", false), ("A", false)]
        {
            assert_eq!(ends_in_punctuation(label), yes, "{label}");
        }
    }

    const NUMBERING: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/><w:isLgl/><w:suff w:val="space"/></w:lvl>
        <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%4)"/><w:lvlRestart w:val="1"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
    </w:numbering>"#;

    #[test]
    fn counters_restart_continue_and_override() {
        let mut n = Numbering::parse(NUMBERING, &Styles::default()).unwrap();
        let mut l = |num, lvl| n.label(num, lvl).unwrap_or_default();
        assert_eq!(l(1, 0), "一、");
        assert_eq!(l(1, 1), "（一）");
        assert_eq!(l(1, 1), "（二）");
        // isLgl: every level in Arabic digits; a space suffix after a digit is a space
        assert_eq!(l(1, 2), "1.2.1 ");
        assert_eq!(l(1, 3), "1)");
        assert_eq!(l(1, 0), "二、");
        // numId 2 shares the abstract numbering: it continues, and level 1 restarted under 二、
        assert_eq!(l(2, 1), "（一）");
        assert_eq!(l(2, 0), "三、");
        // level 3 restarts only after level 0 (lvlRestart 1), not after level 1 or 2
        assert_eq!(l(1, 3), "1)");
        assert_eq!(l(1, 1), "（一）");
        assert_eq!(l(1, 3), "2)");
        // a startOverride applies at the num's first paragraph; the others count on from there
        assert_eq!(l(3, 0), "七、");
        assert_eq!(l(3, 0), "八、");
        assert_eq!(l(1, 0), "九、");
        assert_eq!(l(9, 0), "", "an unknown list has no number");
        assert_eq!(n.numbered, 14);
    }
}
