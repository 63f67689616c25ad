//! `check` for people: counts on standard output, then every finding on
//! standard error, drawn against the file.

use std::io;

use negograph::check::Report;
use negograph::terminal::inert;

use super::exit_codes::ExitCode;
use super::output::{self, eprint};
use super::report::{IndexedSource, Reporter};

/// Prints a check report (JSON, or counts and findings); the exit code.
pub fn print(report: &Report, json: bool, reporter: &Reporter) -> io::Result<ExitCode> {
    let code = match &report.unreadable {
        Some(error) => ExitCode::of(error),
        None if report.ok() => ExitCode::Success,
        None => ExitCode::GraphHasErrors,
    };
    if json {
        output::json(report)?;
        return Ok(code);
    }
    let source = IndexedSource::new(&report.input);
    if let Some(error) = &report.unreadable {
        eprint(&reporter.error(error, Some(&source)));
        return Ok(code);
    }
    output::human(&summary(report))?;
    if !report.diagnostics.is_empty() {
        eprint(&format!(
            "\n{}",
            reporter.diagnostics(&report.diagnostics, &source)
        ));
    }
    Ok(code)
}

/// The counts, the quotes checked, and the verdict.
fn summary(report: &Report) -> String {
    let list = |pairs: &[(String, usize)]| {
        pairs
            .iter()
            .map(|(k, n)| format!("{n} {}", inert(k)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut text = String::new();
    if let Some(c) = &report.counts {
        text.push_str(&format!(
            "{}: {} nodes, {} edges, {} source{}\n  nodes: {}\n  edges: {}\n",
            inert(&report.input.origin),
            c.nodes,
            c.edges,
            c.sources,
            if c.sources == 1 { "" } else { "s" },
            list(&c.by_kind),
            list(&c.by_relation),
        ));
    }
    if let Some(q) = &report.quotes {
        text.push_str(&format!(
            "  quotes checked against {}: {}\n",
            inert(&q.dir.display().to_string()),
            q.quoted
        ));
    }
    let (errors, warnings) = (report.errors(), report.warnings());
    text.push_str(&format!(
        "{}: {errors} error{}, {warnings} warning{}\n",
        if errors == 0 { "ok" } else { "invalid" },
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" }
    ));
    text
}
