//! The command-line layer. It holds no graph logic: arguments are declared in
//! [`args`] (clap), [`config`] turns them into one library
//! [`Request`](negograph::request::Request), [`run`] hands it to the library
//! and prints the outcome: answers through [`human`] or as JSON, `ask`
//! through [`ask`], `check`
//! through [`check`], edits through [`edit`], `export` and `import` through
//! [`interop`], man pages through [`man`], errors and findings through
//! [`report`], all to standard output by [`output`]. The library's typed
//! options and command lines are spelled by [`spell`]. Exit codes are named in
//! [`exit_codes`].

mod args;
mod ask;
mod check;
mod config;
mod edit;
mod exit_codes;
mod human;
mod interop;
mod man;
mod output;
mod report;
mod run;
mod spell;

pub use run::main;
