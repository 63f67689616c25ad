//! Files on disk, safely.
//!
//! Every file negograph writes goes through [`write_atomic`] (see [`write`]):
//! a regular file is replaced whole and atomically, keeping its mode; a
//! device or FIFO is written into; a symbolic link is written through; a file
//! the user could not write is refused. Edits run read-modify-write under an
//! exclusive lock on the file, so two processes editing at once both get
//! their change in.

use crate::args::{Cmd, Line};
use std::fs::File;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::diagnostic::JsonPath;
use crate::edit::{Edit, apply};
use crate::error::{Error, Result};
use crate::graph::Graph;
use crate::load::{Input, Limited, read_to_limit};
use crate::model::Document;

mod write;

pub use write::{Pending, create_new, write_atomic, write_atomic_with};

/// How long an edit waits for another process's edit to finish.
pub const LOCK_TIMEOUT: Duration = Duration::from_secs(30);

/// An exclusive lock on a file that the path still names. Renaming a new file
/// over the path replaces the file a waiter may have locked, so after locking
/// we check that the path still leads to the same file, and start again if not.
struct Locked {
    file: File,
}

fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        a.dev() == b.dev() && a.ino() == b.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        true
    }
}

/// Whether writing `path` replaces a file: it names (through any links) a
/// regular file. A device or FIFO is written into and a new path created,
/// so neither needs `--force`.
pub fn replaces(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

/// Refuses to write `output` when it is one of `inputs`: the same path, or
/// a link (symbolic or hard) to the same file. `-f talks.json dot -o
/// talks.json` replaced the graph with its drawing and exited 0.
///
/// # Errors
///
/// [`Error::Write`] naming `output` and the input it would replace.
pub fn refuse_input(output: &Path, inputs: &[&Path]) -> Result<()> {
    // An output that does not exist yet cannot be an input; one that cannot
    // be looked at is left for the write itself to report.
    let Ok(out) = std::fs::metadata(output) else {
        return Ok(());
    };
    for input in inputs {
        let is_input = match std::fs::metadata(input) {
            Ok(meta) if cfg!(unix) => same_file(&out, &meta),
            Ok(_) => std::fs::canonicalize(output).ok() == std::fs::canonicalize(input).ok(),
            Err(_) => false,
        };
        if is_input {
            return Err(Error::Write {
                path: output.to_owned(),
                source: std::io::Error::other(format!(
                    "it is {}, an input of this command; write the output to another file",
                    crate::error::shown(input)
                )),
            });
        }
    }
    Ok(())
}

fn lock(path: &Path) -> Result<Locked> {
    let started = Instant::now();
    let read_err = |source| Error::Read {
        path: path.to_owned(),
        source,
    };
    loop {
        let file = File::open(path).map_err(read_err)?;
        match file.try_lock() {
            Ok(()) => {
                let held = file.metadata().map_err(read_err)?;
                let now = std::fs::metadata(path).map_err(read_err)?;
                if same_file(&held, &now) {
                    return Ok(Locked { file });
                }
            }
            Err(std::fs::TryLockError::WouldBlock) => {}
            Err(std::fs::TryLockError::Error(e)) => return Err(read_err(e)),
        }
        if started.elapsed() > LOCK_TIMEOUT {
            return Err(Error::Locked {
                path: path.to_owned(),
                waited_secs: LOCK_TIMEOUT.as_secs(),
            });
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// What an edit did (or, with `dry_run`, would do).
#[derive(Debug)]
pub struct Change {
    /// The file's text before the edit, as read.
    pub before: String,
    /// The whole file after the edit, in canonical form (what was, or would
    /// be, written).
    pub after: String,
    /// One line per change made, for people ("added party 'qatar' (Qatar)").
    pub summary: Vec<String>,
    /// Warnings about the graph after the edit (an edge without a source, ...).
    pub warnings: Vec<crate::diagnostic::Diagnostic>,
    /// Whether the file was replaced: not on a dry run, nor when the edit
    /// left the text as it was.
    pub written: bool,
}

/// Reads, edits, validates and writes a graph file under its lock. Nothing is
/// written unless the edited graph is valid; the file is then replaced whole.
///
/// # Errors
///
/// [`Error::Locked`] when another edit holds the file for longer than
/// [`LOCK_TIMEOUT`]; those of reading, parsing and validating the file as
/// it is; those of [`apply`]; [`Error::Refused`]
/// (nothing written) when the edited graph would break a rule;
/// [`Error::Write`] when it cannot be written.
pub fn edit_file(path: &Path, max_size: u64, edit: &Edit, dry_run: bool) -> Result<Change> {
    let locked = lock(path)?;
    let bytes = match read_to_limit(&locked.file, max_size, Vec::new()) {
        Ok(Limited::All(bytes)) => bytes,
        Ok(Limited::Over) => {
            return Err(Error::OverLimit {
                origin: path.display().to_string(),
                limit: max_size,
            });
        }
        Err(source) => {
            return Err(Error::Read {
                path: path.to_owned(),
                source,
            });
        }
    };
    let input = Input::from_bytes(path.display().to_string(), bytes)?;
    let doc = crate::text::parse_input(&input)?;
    if crate::text::is_text_path(path) && crate::text::to_text(&doc) != *input.text {
        return Err(Error::Usage(format!(
            "{} is not in the canonical text form, and saving would lose its comments and layout; nothing was written. Make it canonical first ({}), or keep the graph in JSON and apply fragments to it",
            crate::error::shown(path),
            Line::new(Cmd::Convert)
                .arg(crate::error::shown(path))
                .arg("clean.neg")
        )));
    }
    let graph = Graph::from_document(&input.origin, doc)?;
    let (doc, mut summary) = apply(&graph, edit)?;
    // An edit that changes nothing leaves the file as it is, its layout too
    // (a hand-formatted JSON file is not rewritten to the canonical form).
    let unchanged = doc == *graph.document();
    let (mut after, mut warnings) = check_edited(path, &input.origin, doc)?;
    if unchanged {
        after = input.text.to_string();
    }
    // A node is added before its links, so every `add` would draw the long
    // "not connected" warning; one line of the summary says it instead
    // (`check` still warns while it lasts). The new node is the last.
    if matches!(edit, Edit::AddNode(_)) {
        let new_node = JsonPath::item("nodes", graph.node_count(), Some("id"));
        let before = warnings.len();
        warnings.retain(|d| !(d.code == "isolated-node" && d.path == new_node));
        if warnings.len() < before
            && let Some(added) = summary.last_mut()
        {
            added.push_str(", not linked to anything yet");
        }
    }
    // Report what the edit brought, not what the file already had.
    let known: std::collections::HashSet<(&str, &str)> = graph
        .warnings()
        .iter()
        .map(|d| (d.code, d.message.as_str()))
        .collect();
    warnings.retain(|d| !known.contains(&(d.code, d.message.as_str())));
    let written = !dry_run && after != *input.text;
    if written {
        write_atomic(path, after.as_bytes())?;
    }
    drop(locked);
    Ok(Change {
        before: input.text.to_string(),
        after,
        summary,
        warnings,
        written,
    })
}

/// The canonical text of an edited document, if it is valid.
fn check_edited(
    path: &Path,
    origin: &str,
    mut doc: Document,
) -> Result<(String, Vec<crate::diagnostic::Diagnostic>)> {
    // The file is saved declaring the version its content needs, so it is
    // validated as declaring it: no "declares format 1" about a line that
    // will say 1.2.
    doc.negograph = doc.version_needed();
    let after = crate::text::to_canonical(path, &doc);
    match Graph::from_document(origin, doc) {
        Ok(g) => Ok((after, g.warnings().to_vec())),
        Err(Error::Invalid {
            mut diagnostics, ..
        }) => Err(Error::Refused {
            origin: origin.to_owned(),
            diagnostics: {
                diagnostics.retain(crate::diagnostic::Diagnostic::is_error);
                diagnostics
            },
            after: std::sync::Arc::new(after),
        }),
        Err(other) => Err(other),
    }
}
