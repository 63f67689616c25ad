//! The `negograph` command. Everything it does lives in the library; this file
//! only hands over to the command-line layer (`src/cli/`).

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
