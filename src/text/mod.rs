//! Text before structure: decoding input bytes, Chinese numerals, punctuation.

pub mod decode;
pub mod numerals;
pub mod punct;
pub mod words;
