//! Link settings of the `amend` binary on Linux (the library and the test binaries are built as
//! usual):
//!
//! - **A fixed address** (`-no-pie`), so that the loader has no relocations to apply when it starts.
//!   A run on a small document takes a few milliseconds, and the loader's work was a third of it:
//!   24,000 relative relocations, about 330,000 instructions and 100 copied pages before `main`
//!   (README, Benchmarks). The binary's own code and data then lie at the same address in every run;
//!   the heap, the stack and the shared libraries are still randomised. `AMEND_PIE=1 cargo build
//!   --release` builds the usual position-independent binary instead.
//! - **Hot code first** (x86_64 GNU/Linux, where rustc links with its own lld): `bench/hot-functions.txt`, the
//!   functions amend's jobs run in the order they first run (written by `bench/layout.sh`), is lld's
//!   `--symbol-ordering-file`. The kernel maps a binary's code 64 KB around each page first touched,
//!   so code spread over the 11 MB of the binary costs resident memory and page faults that the same
//!   code packed together does not: 0.4 MB less on the Criminal Law pair. Names the file lists that
//!   no longer exist are ignored. `AMEND_LAYOUT=0` leaves the layout to the linker (for a linker
//!   other than lld).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=bench/hot-functions.txt");
    println!("cargo:rerun-if-env-changed=AMEND_PIE");
    println!("cargo:rerun-if-env-changed=AMEND_LAYOUT");
    let env = |name: &str| std::env::var(name).unwrap_or_default();
    let set = |name: &str| !env(name).is_empty() && env(name) != "0";
    if env("CARGO_CFG_TARGET_OS") != "linux" {
        return;
    }
    if !set("AMEND_PIE") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    let order = std::path::Path::new(&env("CARGO_MANIFEST_DIR")).join("bench/hot-functions.txt");
    let lld = env("CARGO_CFG_TARGET_ARCH") == "x86_64" && env("CARGO_CFG_TARGET_ENV") == "gnu";
    if lld && env("AMEND_LAYOUT") != "0" && order.is_file() {
        println!("cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}", order.display());
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}
