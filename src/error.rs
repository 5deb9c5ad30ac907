//! The library's error type: every variant names the file and says what is wrong in a sentence.

use std::path::PathBuf;

use crate::formats::docx::read::DocxError;
use crate::text::decode::DecodeError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: {source}")]
    Decode { path: PathBuf, source: DecodeError },
    #[error("{path}: {source}")]
    Docx { path: PathBuf, source: DocxError },
    #[error("{path}: the file is {size} bytes; amend reads documents of at most {limit} bytes")]
    TooLarge { path: PathBuf, size: u64, limit: u64 },
    #[error("{path}: refusing to write the output over an input file")]
    OutputIsInput { path: PathBuf },
    #[error("{path}: the directory to write into does not exist")]
    NoOutputDir { path: PathBuf },
    #[error("{0}")]
    Message(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }
}
