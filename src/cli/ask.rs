//! `ask` for people: the command each reading of the question became, what
//! to know about the reading, then each answer; and `ask --examples`.

use std::fmt::Write;
use std::io;

use negograph::Graph;
use negograph::ask::{self, Asked};
use negograph::terminal::inert;
use owo_colors::OwoColorize;
use serde::Serialize;

use super::exit_codes::ExitCode;
use super::{human, output};

/// Prints a question's readings and answers, or all of it as JSON.
pub fn print(graph: &Graph, asked: &Asked, json: bool) -> io::Result<ExitCode> {
    if json {
        output::json(asked)?;
        return Ok(ExitCode::Success);
    }
    let mut out = String::new();
    for (i, reading) in asked.readings.iter().enumerate() {
        let lead = if i == 0 {
            "Reading this as:"
        } else {
            "            and:"
        };
        let _ = writeln!(
            out,
            "{} {}",
            lead.dimmed(),
            inert(&reading.command.to_string()).bold()
        );
    }
    if let Some(clause) = &asked.unread_condition {
        let _ = writeln!(
            out,
            "{} '{}' is not read: this answers the question without it",
            "  condition:".dimmed(),
            inert(clause)
        );
    }
    for note in &asked.notes {
        let _ = writeln!(out, "{} {}", "note:".dimmed(), inert(note));
    }
    for reading in &asked.readings {
        out.push('\n');
        out.push_str(&human::answer(graph, &reading.answer));
    }
    output::human(&out).map(|()| ExitCode::Success)
}

/// One example as `ask --examples --json` prints it.
#[derive(Serialize)]
struct ExampleJson {
    command: negograph::args::Cmd,
    about: &'static str,
    question: &'static str,
    reads_as: &'static [&'static str],
    /// The graph file asked, relative to the project's folder; null for the
    /// built-in graph.
    graph: Option<&'static str>,
}

/// Prints every example question with the command it reads as, grouped by
/// what it asks.
pub fn print_examples(json: bool) -> io::Result<ExitCode> {
    if json {
        let all: Vec<ExampleJson> = ask::examples()
            .map(|(intent, example)| ExampleJson {
                command: intent.command,
                about: intent.about,
                question: example.question,
                reads_as: example.reads_as,
                graph: example.graph,
            })
            .collect();
        output::json(&all)?;
        return Ok(ExitCode::Success);
    }
    let mut out = String::from(
        "Example questions, each with the command it reads as, on the built-in graph\n\
         unless the command names another with -f (the built-in one has no proposals).\n\
         Other phrasings of the same question work too; names are ids, labels or aliases.\n",
    );
    let mut last = "";
    for (intent, example) in ask::examples() {
        if intent.about != last {
            let _ = writeln!(out, "\n{} ({})", intent.about.bold(), intent.command);
            last = intent.about;
        }
        let _ = writeln!(out, "  {}", example.question);
        for command in example.reads_as {
            let command = match example.graph {
                Some(file) => command.replacen("negograph ", &format!("negograph -f {file} "), 1),
                None => (*command).to_owned(),
            };
            let _ = writeln!(out, "    {} {command}", "→".dimmed());
        }
    }
    output::human(&out).map(|()| ExitCode::Success)
}
