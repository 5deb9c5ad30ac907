//! Rendering diagnostics with the notice's own text: file:line:column, the line, and a caret.

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};

use super::model::{Diagnostic, Severity};

/// The diagnostics of a notice, rendered for a terminal (`color`) or plain text.
pub fn render_diagnostics(name: &str, text: &str, diagnostics: &[Diagnostic], color: bool) -> String {
    let file = SimpleFile::new(name, text);
    let config = Config::default();
    let mut out: Vec<u8> = Vec::new();
    for d in diagnostics {
        let range = snap(text, d.range.clone());
        let report = match d.severity {
            Severity::Error => Report::error(),
            Severity::Warning => Report::warning(),
        }
        .with_message(d.message.clone())
        .with_labels(vec![Label::primary((), range)]);
        if color {
            let mut w = termcolor_writer(&mut out);
            let _ = term::emit_to_write_style(&mut w, &config, &file, &report);
        } else {
            let mut w = codespan_reporting::term::termcolor::NoColor::new(&mut out);
            let _ = term::emit_to_write_style(&mut w, &config, &file, &report);
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn termcolor_writer(out: &mut Vec<u8>) -> codespan_reporting::term::termcolor::Ansi<&mut Vec<u8>> {
    codespan_reporting::term::termcolor::Ansi::new(out)
}

/// A range on character boundaries covering at least one character; an empty range at the end of a
/// line (a sentence that stops short) covers the line's last character, not its line break.
fn snap(text: &str, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let mut s = r.start.min(text.len());
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = r.end.max(s).min(text.len());
    while !text.is_char_boundary(e) {
        e += 1;
    }
    if e == s {
        match (text[..s].chars().next_back(), text[s..].chars().next()) {
            (Some(p), None | Some('\n' | '\r')) if p != '\n' => s -= p.len_utf8(),
            (_, next) => e = next.map_or(s, |c| s + c.len_utf8()),
        }
    }
    s..e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::Pos;

    #[test]
    fn ranges_snap_outward_to_whole_characters_and_cover_at_least_one() {
        let t = "甲乙丙"; // three characters of three bytes
        assert_eq!(snap(t, 0..3), 0..3, "on boundaries: unchanged");
        assert_eq!(snap(t, 1..2), 0..3, "inside a character: the whole character");
        assert_eq!(snap(t, 4..7), 3..9);
        assert_eq!(snap(t, 3..3), 3..6, "empty: the character there");
        assert_eq!(snap(t, 9..9), 6..9, "at the end: the last character");
        assert_eq!(snap(t, 20..30), 6..9);
        let lines = "甲。\n\n乙";
        assert_eq!(snap(lines, 6..6), 3..6, "at a line's end: its last character, not the break");
        assert_eq!(snap(lines, 7..7), 7..8, "an empty line: its break, the only thing there");
        assert_eq!(snap("", 0..0), 0..0);
    }

    #[test]
    fn an_empty_range_inside_a_character_is_shown_under_that_character() {
        let text = "将“甲乙”修改为“丙”\n";
        let d = Diagnostic {
            severity: Severity::Error,
            pos: Pos { line: 1, column: 3, offset: 7 },
            range: 7..7, // inside 甲 (bytes 6..9)
            message: "unbalanced".into(),
            excerpt: String::new(),
            section: None,
        };
        let out = render_diagnostics("n.txt", text, &[d], false);
        let lines: Vec<&str> = out.lines().collect();
        let source = lines.iter().position(|l| l.contains("将“甲乙”")).expect(&out);
        // the caret line: two columns (甲 is full width) under 甲, after 将 (two columns) and “ (one)
        let caret = lines[source + 1];
        let under = caret.split('│').nth(1).expect(&out);
        assert_eq!(under.trim_end(), "    ^^", "{out}");
    }
}
