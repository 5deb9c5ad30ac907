//! Presentation: every output format lives here, apart from the stages that compute what to show.

pub mod explain;
pub mod instructions;
pub mod outline;
