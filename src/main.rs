//! The `amend` command line: argument parsing and exit codes; the work is done by the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
