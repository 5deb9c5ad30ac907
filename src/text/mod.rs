//! Text before structure: decoding input bytes, Chinese numerals.

pub mod decode;
pub mod numerals;
