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

/// A range on character boundaries covering at least one character.
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
        e = text[s..].chars().next().map_or(s, |c| s + c.len_utf8());
    }
    s..e
}
