//! The `amend` command line: argument parsing and exit codes; the work is done by the library.

mod cli;

/// The clause tree is many small strings: mimalloc serves them with fewer page faults and less
/// locking than the system allocator (a third of a large diff's time went to malloc and faults).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
