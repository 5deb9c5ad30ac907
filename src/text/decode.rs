//! Decoding input bytes into text: UTF-8 with or without BOM, GB18030/GBK, UTF-16 with BOM; CRLF
//! line endings are normalised to LF (and remembered, so outputs can restore them).
//!
//! Nothing is guessed silently: bytes that are not text, UTF-16 without a byte-order mark, and bytes
//! that are neither UTF-8 nor plausible GB18030 are errors that say what was found and where.

use std::fmt;

use arcstr::ArcStr;

/// The encoding an input was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Gb18030,
    Utf16Le,
    Utf16Be,
    /// A Word document: its text as Word shows it ([`crate::formats::docx::read`]).
    Docx,
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 with BOM",
            Encoding::Gb18030 => "GB18030",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Docx => "Word (.docx)",
        })
    }
}

/// What the caller says the encoding is; `Auto` detects it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum EncodingChoice {
    #[default]
    Auto,
    Utf8,
    Gb18030,
    Utf16,
}

/// The line endings of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LineEnding {
    /// LF only (or no line break at all).
    Lf,
    /// CRLF everywhere: normalised to LF in the decoded text.
    Crlf,
    /// A mixture: kept as it is (the parser accepts CRLF, LF and CR).
    Mixed,
}

/// Decoded text and how it was stored.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: ArcStr,
    pub encoding: Encoding,
    pub line_ending: LineEnding,
}

impl Decoded {
    /// `text` with this input's line endings restored (CRLF inputs get CRLF outputs).
    pub fn restore_line_endings(&self, text: &str) -> String {
        match self.line_ending {
            LineEnding::Crlf => text.replace('\n', "\r\n"),
            _ => text.to_string(),
        }
    }
}

/// Why bytes could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the input is empty")]
    Empty,
    #[error("this is not a text file: {what} at byte {offset}")]
    Binary { what: String, offset: usize },
    #[error("this looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)")]
    Utf16WithoutBom,
    #[error("invalid {encoding} at byte {offset} (line {line}){hint}")]
    Invalid { encoding: &'static str, offset: usize, line: usize, hint: String },
    #[error(
        "the input is neither UTF-8 (invalid byte at {offset}, line {line}) nor plausible GB18030 text; convert it to UTF-8"
    )]
    Unknown { offset: usize, line: usize },
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes `bytes`, detecting the encoding unless `choice` names one.
pub fn decode(bytes: &[u8], choice: EncodingChoice) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let (text, encoding) = match choice {
        EncodingChoice::Auto => decode_auto(bytes)?,
        EncodingChoice::Utf8 => {
            let (b, enc) = strip_utf8_bom(bytes);
            (decode_utf8_strict(b, "")?, enc)
        }
        EncodingChoice::Gb18030 => (decode_gb18030_strict(bytes)?, Encoding::Gb18030),
        EncodingChoice::Utf16 => decode_utf16_bom(bytes).ok_or(DecodeError::Utf16WithoutBom)??,
    };
    checked(text, encoding)
}

/// Reads `len` bytes of plain UTF-8 text (no byte-order mark, no NUL, no carriage return: nearly
/// every file) from `reader` straight into the shared text a document keeps ([`ArcStr`]), so that a
/// large file is neither copied nor held twice. `None` when the bytes are anything else, when
/// `reader` holds more or fewer than `len` bytes, or when the text fails the checks of [`decode`]:
/// the caller then reads the file again and decodes it the general way, which gives the same text
/// or the error.
pub fn read_plain(reader: &mut impl std::io::Read, len: usize) -> std::io::Result<Option<Decoded>> {
    if len == 0 {
        return Ok(None);
    }
    let mut outcome = Ok(false);
    // SAFETY: `init_with_unchecked` requires the buffer to hold valid UTF-8 when the closure returns.
    // The buffer is first zeroed (NUL is UTF-8), which also initialises it; the bytes read into it
    // are kept only when simdutf8 has validated them as UTF-8, and zeroed again otherwise.
    let text = unsafe {
        ArcStr::init_with_unchecked(len, |buf| {
            buf.fill(std::mem::MaybeUninit::new(0));
            let bytes = std::slice::from_raw_parts_mut(buf.as_mut_ptr().cast::<u8>(), buf.len());
            outcome = reader.read_exact(bytes).map(|()| is_plain(bytes));
            if !matches!(outcome, Ok(true)) {
                bytes.fill(0);
            }
        })
    };
    match outcome {
        Ok(true) => {}
        Ok(false) => return Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    // a file that grew since its size was taken
    if reader.read(&mut [0; 1])? > 0 || check_text(&text).is_err() || is_blank(&text) {
        return Ok(None);
    }
    Ok(Some(Decoded { text, encoding: Encoding::Utf8, line_ending: LineEnding::Lf }))
}

/// Whether bytes are UTF-8 that decoding leaves as it is: no byte-order mark to strip, no NUL to
/// refuse, no carriage return to normalise.
fn is_plain(bytes: &[u8]) -> bool {
    !bytes.starts_with(UTF8_BOM)
        && memchr::memchr2(0, b'\r', bytes).is_none()
        && simdutf8::basic::from_utf8(bytes).is_ok()
}

fn is_blank(text: &str) -> bool {
    text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}').is_empty()
}

/// The checks every decoded text passes (no control characters, not empty), then its line endings
/// made `\n`.
fn checked(text: String, encoding: Encoding) -> Result<Decoded, DecodeError> {
    check_text(&text)?;
    if is_blank(&text) {
        return Err(DecodeError::Empty);
    }
    let (text, line_ending) = normalise_line_endings(text);
    Ok(Decoded { text: ArcStr::from(text), encoding, line_ending })
}

fn strip_utf8_bom(bytes: &[u8]) -> (&[u8], Encoding) {
    match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) => (rest, Encoding::Utf8Bom),
        None => (bytes, Encoding::Utf8),
    }
}

fn decode_auto(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    if let Some(result) = decode_utf16_bom(bytes) {
        return result;
    }
    let (body, enc) = strip_utf8_bom(bytes);
    if let Some(offset) = memchr::memchr(0, body) {
        if looks_like_utf16_without_bom(body) {
            return Err(DecodeError::Utf16WithoutBom);
        }
        return Err(DecodeError::Binary { what: "a NUL byte".into(), offset });
    }
    // SIMD validation: legal texts are CJK, where the standard library's check is byte by byte
    match simdutf8::compat::from_utf8(body) {
        Ok(s) => Ok((s.to_string(), enc)),
        Err(e) if enc == Encoding::Utf8Bom => Err(invalid("UTF-8", body, e.valid_up_to(), "")),
        Err(e) => {
            let offset = e.valid_up_to();
            match decode_gb18030_strict(body) {
                Ok(s) if plausible_chinese(&s) => Ok((s, Encoding::Gb18030)),
                _ => Err(DecodeError::Unknown { offset, line: line_of(body, offset) }),
            }
        }
    }
}

fn decode_utf8_strict(bytes: &[u8], hint: &str) -> Result<String, DecodeError> {
    std::str::from_utf8(bytes).map(str::to_string).map_err(|e| {
        let hint = if hint.is_empty() && decode_gb18030_strict(bytes).is_ok_and(|s| plausible_chinese(&s)) {
            "; it decodes as GB18030: try --encoding gb18030"
        } else {
            hint
        };
        invalid("UTF-8", bytes, e.valid_up_to(), hint)
    })
}

fn decode_gb18030_strict(bytes: &[u8]) -> Result<String, DecodeError> {
    let mut decoder = encoding_rs::GB18030.new_decoder_without_bom_handling();
    // enough for CJK text (two bytes each, three in UTF-8); decode_to_string only fills the spare
    // capacity, so when other characters need more (0x80 is €: one byte, three in UTF-8) it says
    // OutputFull and decoding goes on after reserving room
    let mut out = String::with_capacity(bytes.len() * 3 / 2 + 16);
    let mut done = 0;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(&bytes[done..], &mut out, true);
        done += read;
        match result {
            encoding_rs::DecoderResult::InputEmpty => return Ok(out),
            encoding_rs::DecoderResult::Malformed(bad, _) => {
                let offset = done.saturating_sub(bad as usize);
                return Err(invalid("GB18030", bytes, offset, ""));
            }
            encoding_rs::DecoderResult::OutputFull => {
                let rest = bytes.len() - done;
                out.reserve(decoder.max_utf8_buffer_length_without_replacement(rest).unwrap_or(rest * 4) + 16);
            }
        }
    }
}

/// `Some` when the bytes start with a UTF-16 byte-order mark.
fn decode_utf16_bom(bytes: &[u8]) -> Option<Result<(String, Encoding), DecodeError>> {
    let (enc, encoding) = if bytes.starts_with(b"\xFF\xFE") {
        (encoding_rs::UTF_16LE, Encoding::Utf16Le)
    } else if bytes.starts_with(b"\xFE\xFF") {
        (encoding_rs::UTF_16BE, Encoding::Utf16Be)
    } else {
        return None;
    };
    let body = &bytes[2..];
    Some(match enc.decode_without_bom_handling_and_without_replacement(body) {
        Some(s) if body.len().is_multiple_of(2) => Ok((s.into_owned(), encoding)),
        _ => Err(DecodeError::Invalid {
            encoding: if encoding == Encoding::Utf16Le { "UTF-16LE" } else { "UTF-16BE" },
            offset: 2,
            line: 1,
            hint: " (an unpaired surrogate or an odd number of bytes)".into(),
        }),
    })
}

/// Bytes with NULs that decode as plausible UTF-16 text (either byte order).
fn looks_like_utf16_without_bom(bytes: &[u8]) -> bool {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return false;
    }
    [encoding_rs::UTF_16LE, encoding_rs::UTF_16BE].iter().any(|enc| {
        enc.decode_without_bom_handling_and_without_replacement(bytes)
            .is_some_and(|s| !s.contains('\0') && plausible_chinese(&s))
    })
}

/// Decoded GB18030 that is mostly CJK, CJK punctuation and ASCII; random bytes rarely are.
fn plausible_chinese(s: &str) -> bool {
    let total = s.chars().count();
    let good = s
        .chars()
        .filter(|&c| {
            c.is_ascii()
                || ('\u{4e00}'..='\u{9fff}').contains(&c)
                || ('\u{3000}'..='\u{303f}').contains(&c)
                || ('\u{ff00}'..='\u{ffef}').contains(&c)
                || matches!(c, '“' | '”' | '‘' | '’' | '…' | '—' | '·' | '①'..='⑳')
        })
        .count();
    total > 0 && good * 100 >= total * 95
}

/// Rejects control characters that never occur in text (binary data that happens to decode). C0
/// controls and DEL are single bytes, C1 controls are C2 80..C2 9F and U+FFFE is EF BF BE; none of
/// these bytes occurs inside another character in UTF-8, so the scan is over bytes, in blocks.
fn check_text(s: &str) -> Result<(), DecodeError> {
    let b = s.as_bytes();
    let c0 = |x: u8| (x < 0x20 && !matches!(x, b'\n' | b'\r' | b'\t' | 0x0c)) || x == 0x7f;
    // a block with no control character but the line break (nearly every one) passes a test with no
    // branch in it, which the compiler vectorises; a block that fails it is looked at byte by byte
    let plain = |x: u8| u8::from(x < 0x20) & u8::from(x != b'\n') | u8::from(x == 0x7f);
    let mut first: Option<usize> = None;
    for (k, block) in b.chunks(256).enumerate() {
        if block.iter().fold(0u8, |acc, &x| acc | plain(x)) != 0
            && let Some(p) = block.iter().position(|&x| c0(x))
        {
            first = Some(k * 256 + p);
            break;
        }
    }
    let c1 = memchr::memchr_iter(0xc2, b).find(|&i| matches!(b.get(i + 1), Some(0x80..=0x9f)));
    let fffe = memchr::memmem::find(b, "\u{fffe}".as_bytes());
    match [first, c1, fffe].into_iter().flatten().min() {
        None => Ok(()),
        Some(offset) => {
            let c = s[offset..].chars().next().expect("a character starts here");
            let what =
                if c == '\0' { "a NUL character".to_string() } else { format!("control character U+{:04X}", c as u32) };
            Err(DecodeError::Binary { what, offset })
        }
    }
}

fn normalise_line_endings(text: String) -> (String, LineEnding) {
    if !text.as_bytes().contains(&b'\r') {
        return (text, LineEnding::Lf);
    }
    let crlf = text.matches("\r\n").count();
    let cr = text.matches('\r').count();
    let lf = text.matches('\n').count();
    if crlf > 0 && crlf == cr && crlf == lf {
        (text.replace("\r\n", "\n"), LineEnding::Crlf)
    } else if cr == 0 {
        (text, LineEnding::Lf)
    } else {
        (text, LineEnding::Mixed)
    }
}

fn invalid(encoding: &'static str, bytes: &[u8], offset: usize, hint: &str) -> DecodeError {
    DecodeError::Invalid { encoding, offset, line: line_of(bytes, offset), hint: hint.to_string() }
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "第一条 为了规范保安服务活动，制定本条例。\n第二条 本条例所称保安服务是指：\n";

    /// `read_plain` reads what `decode` decodes to the same text, encoding and line endings, or gives
    /// the bytes back to `decode` (`None`), whatever they are.
    fn same(bytes: &[u8]) -> Result<(), String> {
        let plain = read_plain(&mut &bytes[..], bytes.len()).map_err(|e| e.to_string())?;
        let Some(plain) = plain else { return Ok(()) };
        let key = |d: Decoded| (d.text, d.encoding, d.line_ending);
        for choice in [EncodingChoice::Auto, EncodingChoice::Utf8] {
            let decoded = decode(bytes, choice).map_err(|e| format!("{choice:?} of {bytes:?}: {e}"))?;
            if key(decoded.clone()) != key(plain.clone()) {
                return Err(format!("{choice:?} of {bytes:?}: {decoded:?} against {plain:?}"));
            }
        }
        Ok(())
    }

    #[test]
    fn read_plain_reads_plain_utf8_and_gives_anything_else_back() {
        let mut bom = UTF8_BOM.to_vec();
        bom.extend_from_slice(SAMPLE.as_bytes());
        let (gb, _, _) = encoding_rs::GB18030.encode(SAMPLE);
        let utf16: Vec<u8> = [0xff, 0xfe].into_iter().chain(SAMPLE.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let given_back: [&[u8]; 9] = [
            &bom,
            &gb,
            &utf16,
            "甲\r\n乙\r\n".as_bytes(),
            "甲\r乙\n".as_bytes(),
            "甲\0乙".as_bytes(),
            "甲\u{1}乙".as_bytes(),
            " \n\u{3000}\n".as_bytes(),
            b"",
        ];
        for bytes in given_back {
            assert!(read_plain(&mut &bytes[..], bytes.len()).unwrap().is_none(), "{bytes:?}");
        }
        // the plain case really is the common one
        let d = read_plain(&mut SAMPLE.as_bytes(), SAMPLE.len()).unwrap().expect("plain UTF-8 is read");
        assert_eq!((d.text.as_str(), d.encoding, d.line_ending), (SAMPLE, Encoding::Utf8, LineEnding::Lf));
        same(SAMPLE.as_bytes()).unwrap();
        // a file that is shorter or longer than its size said is given back too
        assert!(read_plain(&mut SAMPLE.as_bytes(), SAMPLE.len() + 1).unwrap().is_none());
        assert!(read_plain(&mut SAMPLE.as_bytes(), SAMPLE.len() - 3).unwrap().is_none());
        // and an error of the reader is an error
        struct Failing;
        impl std::io::Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk on fire"))
            }
        }
        assert_eq!(read_plain(&mut Failing, 4).unwrap_err().to_string(), "disk on fire");
    }

    proptest::proptest! {
        #[test]
        fn read_plain_agrees_with_decode(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..64),
                                         text in "[甲乙\r\n \u{3000}a\u{0}\u{1}]{0,12}") {
            proptest::prop_assert!(same(&bytes).is_ok(), "{}", same(&bytes).unwrap_err());
            proptest::prop_assert!(same(text.as_bytes()).is_ok(), "{}", same(text.as_bytes()).unwrap_err());
        }
    }

    #[test]
    fn utf8_plain_and_bom() {
        let d = decode(SAMPLE.as_bytes(), EncodingChoice::Auto).unwrap();
        assert_eq!((d.text.as_str(), d.encoding, d.line_ending), (SAMPLE, Encoding::Utf8, LineEnding::Lf));
        let mut bom = UTF8_BOM.to_vec();
        bom.extend_from_slice(SAMPLE.as_bytes());
        let d = decode(&bom, EncodingChoice::Auto).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, Encoding::Utf8Bom));
    }

    #[test]
    fn gb18030_is_detected() {
        let (bytes, _, _) = encoding_rs::GB18030.encode(SAMPLE);
        let d = decode(&bytes, EncodingChoice::Auto).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (SAMPLE, Encoding::Gb18030));
    }

    #[test]
    fn gb18030_text_that_grows_threefold_decodes() {
        // 0x80 is € in GB18030: one byte, three in UTF-8 (CJK text grows by 3/2 at most)
        let d = decode(&[0x80; 1000], EncodingChoice::Gb18030).unwrap();
        assert_eq!(d.text, "€".repeat(1000));
        // and a malformed byte after such a run is still reported where it is
        let mut bytes = vec![0x80; 100];
        bytes.push(0xFF);
        assert!(matches!(decode(&bytes, EncodingChoice::Gb18030), Err(DecodeError::Invalid { offset: 100, .. })));
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in SAMPLE.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&le, EncodingChoice::Auto).unwrap().text, SAMPLE);
        assert_eq!(decode(&be, EncodingChoice::Auto).unwrap().encoding, Encoding::Utf16Be);
        assert_eq!(decode(&le[2..], EncodingChoice::Auto).unwrap_err(), DecodeError::Utf16WithoutBom);
    }

    #[test]
    fn crlf_is_normalised_and_mixed_kept() {
        let crlf = SAMPLE.replace('\n', "\r\n");
        let d = decode(crlf.as_bytes(), EncodingChoice::Auto).unwrap();
        assert_eq!((d.text.as_str(), d.line_ending), (SAMPLE, LineEnding::Crlf));
        assert_eq!(d.restore_line_endings(&d.text), crlf);
        let mixed = "甲\r\n乙\n";
        let d = decode(mixed.as_bytes(), EncodingChoice::Auto).unwrap();
        assert_eq!((d.text.as_str(), d.line_ending), (mixed, LineEnding::Mixed));
    }

    #[test]
    fn errors_say_what_is_wrong() {
        assert_eq!(decode(b"", EncodingChoice::Auto).unwrap_err(), DecodeError::Empty);
        assert_eq!(decode(b" \n\n", EncodingChoice::Auto).unwrap_err(), DecodeError::Empty);
        assert!(matches!(decode(b"abc\0def", EncodingChoice::Auto), Err(DecodeError::Binary { offset: 3, .. })));
        assert!(matches!(decode(b"ab\x01\x02cd", EncodingChoice::Auto), Err(DecodeError::Binary { .. })));
        // tabs and form feeds are text; DEL is not, and is found after them in the same block and
        // past the first block
        assert!(check_text("甲\t乙\x0c丙\n").is_ok());
        assert!(matches!(check_text("甲\t\x7f"), Err(DecodeError::Binary { offset: 4, .. })));
        let long = format!("{}\t\x0c\x1f", "甲".repeat(200));
        assert!(matches!(check_text(&long), Err(DecodeError::Binary { offset: 602, .. })));
        let (gbk, _, _) = encoding_rs::GB18030.encode(SAMPLE);
        let err = decode(&gbk, EncodingChoice::Utf8).unwrap_err();
        assert!(err.to_string().contains("try --encoding gb18030"), "{err}");
        // Latin-1 bytes are not UTF-8 and do not make plausible GB18030.
        assert!(matches!(
            decode(b"caf\xe9 cr\xe8me br\xfbl\xe9e", EncodingChoice::Auto),
            Err(DecodeError::Unknown { .. })
        ));
    }
}
