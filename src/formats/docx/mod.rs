//! Word documents (.docx, as Word, WPS and LibreOffice write them): reading a document's text as a
//! person sees it (automatic numbering written out, tracked changes as accepted), and writing the
//! 新旧对照表 and consolidated texts as .docx. The container is a zip (`zip`), its parts XML
//! (`quick-xml`).

pub mod numbering;
pub mod read;
pub mod write;
