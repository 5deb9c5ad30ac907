#![allow(clippy::result_large_err)]

//! The operations, one module per family (as AJDB keeps one module per amendment kind); `exec.rs`
//! only sequences them.

mod insert;
mod loose;
mod numbering;
mod relocate;
mod reshape;
mod structure;
mod text;
mod toc;
mod units;
mod validity;

pub(super) use text::ReplaceGroups;
pub(super) use toc::TocStart;
