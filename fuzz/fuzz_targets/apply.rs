#![no_main]
//! See fuzz/README.md and `amend_fuzz::check_apply`.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| amend_fuzz::check_apply(data));
