//! Chinese numerals as legal texts write them: 一…九, 十, 十一, 二十, 一百零三, 一千零一, 〇/零, 两,
//! the digit-by-digit form of years (二〇二〇), and Arabic digits (ASCII or full-width).
//!
//! [`parse`] is strict: a malformed numeral (`十十`, `一二十`, `百`) or one that overflows `u32` is `None`,
//! never a guess. [`format`] writes the standard form used in article numbers (`第一百一十条`, `第十一条`).

/// The value of a Chinese digit character, `None` for anything else.
fn digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The multiplier of a unit character below 万, `None` for anything else.
fn small_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral.
pub fn is_numeral_char(c: char) -> bool {
    digit(c).is_some() || small_unit(c).is_some() || matches!(c, '万' | '亿')
}

/// Parses a numeral written in Chinese characters or in Arabic digits (ASCII or full-width).
pub fn parse(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    // what kind of numeral it is, in one pass over its characters (labels are parsed by the thousand)
    let (mut arabic, mut digits, mut big) = (true, true, false);
    for c in s.chars() {
        arabic &= c.is_ascii_digit() || ('０'..='９').contains(&c);
        digits &= digit(c).is_some();
        big |= matches!(c, '万' | '亿');
    }
    if arabic {
        return parse_arabic(s);
    }
    if digits {
        // 〇 alone, or the digit-by-digit form of years (二〇二〇); 两 is never a digit in that form.
        if s.chars().count() > 1 && (s.contains('两') || s.starts_with(['零', '〇'])) {
            return None;
        }
        return s.chars().try_fold(0u32, |acc, c| acc.checked_mul(10)?.checked_add(digit(c)?));
    }
    if big { parse_positional(s) } else { parse_group(s) }
}

fn parse_arabic(s: &str) -> Option<u32> {
    s.chars().try_fold(0u32, |acc, c| {
        let d = if c.is_ascii_digit() { c as u32 - '0' as u32 } else { c as u32 - '０' as u32 };
        acc.checked_mul(10)?.checked_add(d)
    })
}

/// Numerals with units: 十一, 一百零三, 三万零五百. Groups of 万 and 亿 are parsed recursively.
fn parse_positional(s: &str) -> Option<u32> {
    for (big, factor) in [('亿', 100_000_000u32), ('万', 10_000u32)] {
        if let Some(pos) = s.find(big) {
            let (high, low) = (&s[..pos], &s[pos + big.len_utf8()..]);
            // (no upper bound needed: with 万 the high part holds no 万, the first one splits; with
            // 亿 a high part of 43 or more overflows below)
            let high = parse(high).filter(|&v| v > 0)?;
            let low = if low.is_empty() {
                0
            } else {
                let stripped = low.strip_prefix(['零', '〇']);
                let v = parse(stripped.unwrap_or(low))?;
                // 一万五 (colloquial 15000) is refused: without 零 the low part must fill the next unit
                if v >= factor || (stripped.is_none() && v < factor / 10) || (stripped.is_some() && v >= factor / 10) {
                    return None;
                }
                v
            };
            return high.checked_mul(factor)?.checked_add(low);
        }
    }
    parse_group(s)
}

/// A group below 10000: [d]千[d]百[d]十[d] with 零 standing for skipped units.
fn parse_group(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut pending: Option<u32> = None; // a digit waiting for its unit
    let mut last_unit = 10_000u32; // units must strictly decrease
    let mut zero_seen = false;
    let len = s.chars().count();
    for (i, c) in s.chars().enumerate() {
        if let Some(d) = digit(c) {
            if pending.is_some() {
                return None; // two digits in a row (一二十)
            }
            if d == 0 {
                // 零 first or twice; a 零 at the end is refused below (nothing follows it)
                if zero_seen || i == 0 {
                    return None;
                }
                zero_seen = true;
                continue;
            }
            // 两 is not a units digit (十两); a 两 alone never comes here (parse reads digits alone)
            if c == '两' && i + 1 == len {
                return None;
            }
            pending = Some(d);
        } else if let Some(u) = small_unit(c) {
            if u >= last_unit {
                return None;
            }
            let d = match pending.take() {
                Some(d) => d,
                None if u == 10 && i == 0 => 1, // 十一 = 11
                None => return None,
            };
            if zero_seen && u * 10 == last_unit {
                return None; // 一千零百
            }
            total += d * u;
            last_unit = u;
            zero_seen = false;
        } else {
            return None;
        }
    }
    if let Some(d) = pending {
        // a trailing digit is units, unless a unit was skipped without 零 (一百三 is 130 in speech, rejected here)
        if last_unit > 10 && last_unit != 10_000 && !zero_seen {
            return None;
        }
        total += d;
    } else if zero_seen {
        return None;
    }
    Some(total)
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Writes `n` in the standard Chinese form: 十一, 一百一十, 一百零三, 一千零一, 一万零五百.
pub fn format(n: u32) -> String {
    let mut out = String::new();
    format_into(n, &mut out);
    out
}

/// A count as drafters write it: 一条, 两条, 三条 (two is 两, not 二).
pub fn count(n: u32) -> String {
    if n == 2 { "两".into() } else { format(n) }
}

/// [`format`], appended to `out`.
pub fn format_into(n: u32, out: &mut String) {
    if n == 0 {
        out.push('零');
        return;
    }
    let groups = [(n / 100_000_000, "亿"), (n / 10_000 % 10_000, "万"), (n % 10_000, "")];
    let mut started = false;
    let mut need_zero = false;
    for (g, name) in groups {
        if g == 0 {
            if started {
                need_zero = true;
            }
            continue;
        }
        if started && (need_zero || g < 1000) {
            out.push('零');
        }
        format_group(g, started, out);
        out.push_str(name);
        started = true;
        need_zero = false;
    }
}

/// A group below 10000; `inner` is true when higher groups precede it (then 一十 keeps its 一).
fn format_group(g: u32, inner: bool, out: &mut String) {
    let parts = [(g / 1000, '千'), (g / 100 % 10, '百'), (g / 10 % 10, '十'), (g % 10, ' ')];
    let mut started = false;
    let mut zero = false;
    for (d, unit) in parts {
        if d == 0 {
            if started {
                zero = true;
            }
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        let omit_one = unit == '十' && d == 1 && !started && !inner;
        if !omit_one {
            out.push(DIGITS[d as usize]);
        }
        if unit != ' ' {
            out.push(unit);
        }
        started = true;
    }
}

/// `n` in full-width Arabic digits (１２), as some documents write numbers.
pub fn full_width(n: u32) -> String {
    n.to_string().chars().map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_to_9999_both_ways() {
        for n in 1..=9999 {
            let s = format(n);
            assert_eq!(parse(&s), Some(n), "parse(format({n}) = {s})");
            assert_eq!(parse(&n.to_string()), Some(n));
            assert_eq!(parse(&full_width(n)), Some(n));
        }
    }

    #[test]
    fn standard_forms() {
        let cases = [
            (1, "一"),
            (10, "十"),
            (11, "十一"),
            (20, "二十"),
            (103, "一百零三"),
            (110, "一百一十"),
            (111, "一百一十一"),
            (1000, "一千"),
            (1001, "一千零一"),
            (1010, "一千零一十"),
            (1100, "一千一百"),
            (9999, "九千九百九十九"),
            (10_000, "一万"),
            (10_500, "一万零五百"),
            (11_000, "一万一千"),
            (99_990_000, "九千九百九十九万"),
            (100_010, "十万零一十"),
        ];
        for (n, s) in cases {
            assert_eq!(format(n), s);
            assert_eq!(parse(s), Some(n), "{s}");
        }
    }

    #[test]
    fn variants() {
        assert_eq!(parse("一十一"), Some(11));
        assert_eq!(parse("两千"), Some(2000));
        assert_eq!(parse("两百零二"), Some(202));
        assert_eq!(parse("〇"), Some(0));
        assert_eq!(parse("零"), Some(0));
        assert_eq!(parse("二〇二〇"), Some(2020));
        assert_eq!(parse("一千〇一"), Some(1001));
        assert_eq!(parse("2017"), Some(2017));
        assert_eq!(parse("２０"), Some(20));
    }

    #[test]
    fn malformed_is_none() {
        for s in [
            "",
            "十十",
            "一二十",
            "百",
            "千",
            "一百零",
            "零一",
            "一千零百",
            "十两",
            "a",
            "一a",
            "两两",
            "一百三",
            "一万五",
            "一万零五千",
            // 零 where no unit is skipped (一千一百, 一百一十 are the forms)
            "一千零一百",
            "一百零一十",
            // 零 opening a group, or twice in a row
            "零一百",
            "一千零零五",
            // 万 of 万, and 〇万
            "一万万",
            "〇万",
            "十万万",
        ] {
            assert_eq!(parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn overflow_is_none() {
        assert_eq!(parse("99999999999"), None);
        assert_eq!(parse("九千九百九十九亿"), None);
        assert_eq!(parse("四十二亿九千四百九十六万七千二百九十六"), None); // u32::MAX + 1
        assert_eq!(parse("四十二亿九千四百九十六万七千二百九十五"), Some(u32::MAX));
        assert_eq!(format(u32::MAX), "四十二亿九千四百九十六万七千二百九十五");
    }
}
