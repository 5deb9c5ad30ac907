//! Links the `amend` binary at a fixed address on Linux (`-no-pie`), so that the loader has no
//! relocations to apply when it starts. A run on a small document takes a few milliseconds, and the
//! loader's work was a third of it: 24,000 relative relocations, about 330,000 instructions and 100
//! copied pages before `main` (README, Benchmarks). The library and the test binaries are built as
//! before. The binary's own code and data then lie at the same address in every run; the heap, the
//! stack and the shared libraries are still randomised. `AMEND_PIE=1 cargo build --release` builds the
//! usual position-independent binary instead.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=AMEND_PIE");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    let pie = std::env::var("AMEND_PIE").is_ok_and(|v| !v.is_empty() && v != "0");
    if linux && !pie {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
