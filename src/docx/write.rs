//! Writing .docx: placeholder, written next.
