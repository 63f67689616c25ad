//! What an edit did, for people: its summary, with `--dry-run` the unified
//! diff it would make, and warnings about the graph it leaves.

use std::io;
use std::path::Path;

use negograph::Input;
use negograph::store::Change;
use negograph::terminal::inert;

use super::exit_codes::ExitCode;
use super::output::{self, eprint};
use super::report::{IndexedSource, Reporter};

pub fn print(
    file: &Path,
    change: &Change,
    dry_run: bool,
    reporter: &Reporter,
) -> io::Result<ExitCode> {
    let mut text = String::new();
    for line in &change.summary {
        text.push_str(&inert(line));
        text.push('\n');
    }
    if dry_run {
        text.push_str(&diff(file, change));
        text.push_str("dry run: nothing was written\n");
    } else if !change.written {
        text.push_str("no change: the file already says this\n");
    }
    output::human(&text)?;
    if !change.warnings.is_empty() {
        let after = Input {
            origin: format!("{} (after the edit)", file.display()),
            text: std::sync::Arc::new(change.after.clone()),
            builtin: false,
        };
        eprint(&reporter.diagnostics(&change.warnings, &IndexedSource::new(&after)));
    }
    Ok(ExitCode::Success)
}

/// The unified diff of the file before and after, each line made inert (the
/// file's text can hold anything a terminal acts on).
fn diff(file: &Path, change: &Change) -> String {
    let diff = similar::TextDiff::from_lines(&change.before, &change.after);
    let name = file.display().to_string();
    let unified = diff
        .unified_diff()
        .context_radius(3)
        .header(&name, &format!("{name} (after)"))
        .to_string();
    let mut text = String::with_capacity(unified.len());
    for line in unified.lines() {
        text.push_str(&inert(line));
        text.push('\n');
    }
    text
}
