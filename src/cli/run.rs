//! The whole flow of one invocation: arguments, then one request to the
//! library, then its outcome printed, then the exit code.

use std::io;

use clap::Parser;
use negograph::request::{self, GraphSource, Outcome};
use negograph::terminal::inert;
use negograph::{Error, Input};

use super::args::Cli;
use super::config::{self, Config, Print, Task};
use super::exit_codes::ExitCode;
use super::output::{self, eprint};
use super::report::{IndexedSource, Reporter};
use super::{ask, check, edit, human, interop, man};

pub fn main() -> std::process::ExitCode {
    super::spell::install();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_said(&e).into(),
    };
    let config = Config::new(cli);
    if let Ok(config) = &config {
        config.color.write_global();
    }
    let color = anstream::AutoStream::choice(&io::stderr()) != anstream::ColorChoice::Never;
    let reporter = Reporter::new(color);
    match config {
        Ok(config) => {
            let printed = perform(config.task, &config.graph, &reporter);
            finish(printed, &reporter)
        }
        Err(error) => fail(&reporter, &error, None),
    }
    .into()
}

/// Prints what clap has to say: a usage error (on stderr), or --help or
/// --version (on stdout, which can fail like any other output).
fn clap_said(e: &clap::Error) -> ExitCode {
    let printed = e.print();
    if e.use_stderr() {
        return ExitCode::UsageOrIo;
    }
    finish(printed.map(|()| ExitCode::Success), &Reporter::new(false))
}

/// Does the task and prints its outcome; the exit code, or why standard
/// output failed.
fn perform(task: Task, graph: &GraphSource, reporter: &Reporter) -> io::Result<ExitCode> {
    match task {
        Task::Completions(shell) => {
            let mut text = Vec::new();
            let mut declaration = config::declaration();
            clap_complete::generate(shell, &mut declaration, "negograph", &mut text);
            output::bytes(&text).map(|()| ExitCode::Success)
        }
        Task::Man { command, dir } => man::man(&command, dir.as_deref()),
        Task::Run { request, print } => match request::run(&request) {
            Ok(outcome) => {
                let printed = print_outcome(&outcome, print, reporter);
                // A graph of a million nodes takes a while to free, and the
                // process ends right after: leave it to the system.
                std::mem::forget(outcome);
                printed
            }
            Err(error) => Ok(fail(reporter, &error, Some(graph))),
        },
    }
}

/// The exit code once output is done: a failed write to standard output is
/// an error, but a reader that went away (`| head -1`) is not: nobody is left
/// to tell, and the output just ends, as in ripgrep.
fn finish(printed: io::Result<ExitCode>, reporter: &Reporter) -> ExitCode {
    match printed {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::Success,
        Err(source) => fail(reporter, &Error::Output { source }, None),
    }
}

/// Prints an outcome; the exit code, or why standard output failed.
fn print_outcome(outcome: &Outcome, print: Print, reporter: &Reporter) -> io::Result<ExitCode> {
    match outcome {
        Outcome::Answer {
            graph,
            answer,
            notes,
            ..
        } => {
            for note in notes {
                output::eprint(&format!("note: {}\n", inert(note)));
            }
            if print.json {
                output::json(answer)?;
            } else {
                output::human(&human::answer(graph, answer))?;
            }
            Ok(ExitCode::Success)
        }
        Outcome::Asked { graph, asked } => ask::print(graph, asked, print.json),
        Outcome::AskExamples => ask::print_examples(print.json),
        Outcome::Drawn(bytes) => output::bytes(bytes).map(|()| ExitCode::Success),
        Outcome::Pictured {
            output: written,
            bytes,
            layout,
        } => {
            // Say how a large view was laid out: not as the small ones are.
            if let Some(note) = layout.note() {
                output::eprint(&format!("note: {note}\n"));
            }
            if written.is_some() {
                Ok(ExitCode::Success)
            } else {
                output::bytes(bytes).map(|()| ExitCode::Success)
            }
        }
        Outcome::Cypher(text) => output::bytes(text.as_bytes()).map(|()| ExitCode::Success),
        Outcome::Exported { written, as_of } => interop::print_exported(written, *as_of),
        Outcome::Imported {
            output,
            nodes,
            claims,
            sources,
            warnings,
        } => interop::print_imported(output, [*nodes, *claims, *sources], warnings),
        Outcome::NotImported { problems } => Ok(interop::print_not_imported(problems)),
        Outcome::Wrote(_) => Ok(ExitCode::Success),
        Outcome::Checked(report) => check::print(report, print.json, reporter),
        Outcome::Schema(text) => output::bytes(text.as_bytes()).map(|()| ExitCode::Success),
        Outcome::Edited {
            file,
            change,
            dry_run,
        } => edit::print(file, change, *dry_run, reporter),
        Outcome::Drafted { draft, text } => if print.json {
            output::json(draft)
        } else {
            output::human(text)
        }
        .map(|()| ExitCode::Success),
        Outcome::Created(path) => {
            output::human(&format!("created {}\n", inert(&path.display().to_string())))
                .map(|()| ExitCode::Success)
        }
    }
}

/// Reports an error on stderr, pointing into the graph file when the error is
/// about it, and gives its exit code.
fn fail(reporter: &Reporter, error: &Error, graph: Option<&GraphSource>) -> ExitCode {
    let input = graph.and_then(|g| pointed_into(error, g));
    let source = input.as_ref().map(IndexedSource::new);
    eprint(&reporter.error(error, source.as_ref()));
    ExitCode::of(error)
}

/// The text of the graph file an error points into, read again: a big file
/// was never held whole, and any other was freed before validation.
fn pointed_into(error: &Error, graph: &GraphSource) -> Option<Input> {
    let (Error::Parse { origin, .. } | Error::Invalid { origin, .. }) = error else {
        return None;
    };
    let input = graph.read().ok()?;
    (input.origin == *origin).then_some(input)
}
