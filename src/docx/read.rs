//! Reading a .docx: placeholder, written next.
