//! `amend` executes Chinese legal amendments: it parses documents into clause trees, parses amendment
//! notices into instructions, applies them with provenance, checks the result against the published
//! text, diffs versions clause by clause and derives amendment notices from two versions.

pub mod apply;
pub mod check;
pub mod derive;
pub mod diff;
pub mod document;
pub mod error;
pub mod formats;
pub mod history;
pub mod io;
pub mod notice;
pub mod render;
pub mod serve;
pub mod text;

pub use error::{Error, Result};
