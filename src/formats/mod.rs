//! Containers other than plain text: what reads a document or a notice out of one, and what writes
//! one. The document and notice parsers never see a container, only the text read out of it.

pub mod docx;
