//! Everything that can go wrong, as one enum with messages that say what, where,
//! and what to do next.
//!
//! Messages quote names, ids and labels from the graph file and the command
//! line; they pass through [`inert`] so that a hostile label cannot act on the
//! terminal the message is shown on. The fields keep the exact text.

use std::path::{Path, PathBuf};

use crate::args::{Arg, Cmd, Line, Opt};
use crate::diagnostic::Diagnostic;
use crate::terminal::inert;

/// What to do instead, typed: the command line spells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hint {
    /// A command that does what was meant.
    Run(Line),
    /// A drawing option with its value (`--focus russia`).
    Option(Opt, String),
}

impl std::fmt::Display for Hint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Hint::Run(line) => line.fmt(f),
            Hint::Option(opt, value) => write!(f, "{opt} {value}"),
        }
    }
}

/// A node name as offered in suggestions and ambiguity lists.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Candidate {
    /// The node's id.
    pub id: String,
    /// Its label.
    pub label: String,
}

impl std::fmt::Display for Candidate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "'{}' ({})", value(&self.id), value(&self.label))
    }
}

fn did_you_mean(candidates: &[Candidate]) -> String {
    match candidates {
        [] => String::new(),
        [one] => format!("; did you mean {one}?"),
        many => {
            let list: Vec<String> = many.iter().map(ToString::to_string).collect();
            format!("; did you mean one of {}?", list.join(", "))
        }
    }
}

fn list(candidates: &[Candidate]) -> String {
    let list: Vec<String> = candidates.iter().map(ToString::to_string).collect();
    list.join(", ")
}

/// A value from the file or the command line as a message quotes it: its
/// first characters and its length when long, made inert.
fn value(text: &str) -> String {
    inert(&crate::terminal::excerpt(text)).into_owned()
}

/// A path as a message shows it.
pub(crate) fn shown(path: &Path) -> String {
    inert(&path.display().to_string()).into_owned()
}

/// Text whose line breaks are the message's own layout: each line made inert.
fn inert_lines(text: &str) -> String {
    let lines: Vec<_> = text.split('\n').map(inert).collect();
    lines.join("\n")
}

/// What went wrong. New kinds of failure may be added without a major
/// version, hence `#[non_exhaustive]`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read.
    #[error("cannot read {}: {source}", shown(path))]
    Read {
        /// The file.
        path: PathBuf,
        /// Why not.
        #[source]
        source: std::io::Error,
    },

    /// A file could not be written.
    #[error("cannot write {}: {source}", shown(path))]
    Write {
        /// The file.
        path: PathBuf,
        /// Why not.
        #[source]
        source: std::io::Error,
    },

    /// Standard output could not be written (a full disk, a closed device);
    /// a reader that went away (a closed pipe) is not reported as this.
    #[error("cannot write to standard output: {source}")]
    Output {
        /// Why not.
        #[source]
        source: std::io::Error,
    },

    /// A file is larger than the limit given (`--max-file-size`).
    #[error(
        "{} is {size} bytes, over the {limit}-byte limit; raise it with {} BYTES",
        inert(origin),
        Opt::MaxFileSize
    )]
    TooLarge {
        /// The file.
        origin: String,
        /// Its size in bytes (at least this much, for a file that grows).
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },

    /// An input read up to the limit that had more: a pipe or a device, whose
    /// size is only known by reading it, or a file that grew while read.
    #[error(
        "{} holds more than the {limit}-byte limit (reading stopped there); raise it with {} BYTES",
        inert(origin),
        Opt::MaxFileSize
    )]
    OverLimit {
        /// The input.
        origin: String,
        /// The limit in bytes.
        limit: u64,
    },

    /// A graph file is not UTF-8 text.
    #[error(
        "{} is not UTF-8 text: invalid byte at line {line}, column {column}",
        inert(origin)
    )]
    NotUtf8 {
        /// The file.
        origin: String,
        /// Where the first invalid byte is (1-based).
        line: usize,
        /// Its column (1-based, in characters).
        column: usize,
    },

    /// The file is not well-formed JSON, or a value has the wrong type.
    #[error("{}:{line}:{column}: {}{}", inert(origin), inert(&crate::terminal::bounded(message.clone(), crate::diagnostic::MAX_MESSAGE_CHARS)), path.as_ref().map(|p| format!(" (at {})", inert(p))).unwrap_or_default())]
    Parse {
        /// The file.
        origin: String,
        /// Where reading stopped (1-based).
        line: usize,
        /// Its column (1-based, in bytes, as `serde_json` counts).
        column: usize,
        /// The JSON path of a value of the wrong type.
        path: Option<String>,
        /// What is wrong, as the JSON reader says it.
        message: String,
    },

    /// The file parsed but breaks the format's rules.
    #[error("{}: the graph has {} error(s)", inert(origin), diagnostics.iter().filter(|d| d.is_error()).count())]
    Invalid {
        /// The file.
        origin: String,
        /// Every finding, errors and warnings.
        diagnostics: Vec<Diagnostic>,
    },

    /// No node has this id, label or alias.
    #[error("no node called '{}'{}", value(name), did_you_mean(suggestions))]
    UnknownName {
        /// The name as given.
        name: String,
        /// The closest names, best first.
        suggestions: Vec<Candidate>,
    },

    /// A name fits more than one node.
    #[error(
        "'{}' could mean any of {}; say which by id",
        value(name),
        list(candidates)
    )]
    Ambiguous {
        /// The name as given.
        name: String,
        /// Every node it fits.
        candidates: Vec<Candidate>,
    },

    /// A node of the wrong kind for the command (a party for `blockers`).
    #[error("'{}' is a {actual}; {asked} takes {expected}{}", value(id), hint.as_ref().map(|h| format!(". Try: {}", inert(&h.to_string()))).unwrap_or_default())]
    WrongKind {
        /// The node.
        id: String,
        /// Its kind.
        actual: crate::model::NodeKind,
        /// The command or option that takes it.
        asked: Arg,
        /// What it takes ("a party").
        expected: &'static str,
        /// A command or option that does take this node.
        hint: Option<Hint>,
    },

    /// No edge matches what an edit or `--drop` names.
    #[error("no edge {}{}", value(spec), hint.as_ref().map(|h| format!("; {}", inert(h))).unwrap_or_default())]
    UnknownEdge {
        /// The edge as named.
        spec: String,
        /// What there is between its ends instead.
        hint: Option<String>,
    },

    /// A bad argument; the message may span lines.
    #[error("{}", inert_lines(.0))]
    Usage(String),

    /// A question `ask` has no reading for.
    #[error("cannot understand the question \"{}\". The forms closest to it:\n{}\n({} shows every kind of question, each with an example)", value(question), forms.iter().map(|f| format!("  {}", inert(&Line::with_arg(Cmd::Ask, f).to_string()))).collect::<Vec<_>>().join("\n"), Line::new(Cmd::Ask).flag(Opt::Examples))]
    Question {
        /// The question as typed.
        question: String,
        /// The question forms closest to it, filled in with the names it
        /// recognised ("what blocks the ceasefire?").
        forms: Vec<String>,
    },

    /// Drawing a picture needs Graphviz, which is not installed.
    #[error(
        "Graphviz's `dot` program is not installed; install it (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz), or write DOT with the `dot` command"
    )]
    GraphvizMissing,

    /// Graphviz ran and failed; what it said.
    #[error("Graphviz failed: {}", inert_lines(.0))]
    Graphviz(String),

    /// A view too large to draw readably (see `--force`), or, `forced`, too
    /// large for any layout to finish in time.
    #[error(
        "the view has {nodes} nodes and {edges} edges, more than Graphviz can lay out {} (limit {limit} nodes, {edge_limit} edges); narrow it with {} NODE {} N, {} P or an answer view such as {} X{}",
        if *.forced { "in time, even forced" } else { "readably" },
        Opt::Focus,
        Opt::Depth,
        Opt::Party,
        Opt::Blockers,
        if *.forced { String::new() } else { format!(", or pass {}", Opt::Force) }
    )]
    TooBigToDraw {
        /// Refused although forced: past what any layout does in time.
        forced: bool,
        /// Nodes in the view.
        nodes: usize,
        /// Lines in the view: edges, and those from parties to their conditions.
        edges: usize,
        /// The most nodes drawn.
        limit: usize,
        /// The most lines drawn: Graphviz's work grows with them too.
        edge_limit: usize,
    },

    /// An edit without a file: the built-in graph cannot change.
    #[error(
        "the built-in graph is read-only; edit a file with {} FILE (or NEGOGRAPH_FILE), e.g. start one with `{}`",
        Opt::File, Line::new(Cmd::New).placeholder("FILE").valued(Opt::Title, "T")
    )]
    ReadOnly,

    /// Another process held the file's lock for too long.
    #[error(
        "{} is being edited by another process (waited {waited_secs} s for its lock); try again",
        shown(path)
    )]
    Locked {
        /// The file.
        path: PathBuf,
        /// How long this process waited.
        waited_secs: u64,
    },

    /// An edit that would leave the graph invalid; nothing was written.
    #[error("{}: the edit would leave the graph with {} error(s); nothing was written", inert(origin), diagnostics.iter().filter(|d| d.is_error()).count())]
    Refused {
        /// The file.
        origin: String,
        /// The errors the edit would bring.
        diagnostics: Vec<Diagnostic>,
        /// The text the edit would have written, for pointing at the errors.
        after: std::sync::Arc<String>,
    },

    /// `new` would replace a file.
    #[error("{} already exists; not overwriting it", shown(path))]
    Exists {
        /// The file.
        path: PathBuf,
    },
}

impl Error {
    /// Whether the graph itself is at fault (it is not UTF-8 or JSON, breaks a
    /// rule of the format, or an edit would make it break one), rather than the
    /// way it was asked for, read or written. The command line exits 1 for
    /// these and 2 for the rest.
    pub fn is_graph_fault(&self) -> bool {
        matches!(
            self,
            Error::Parse { .. }
                | Error::Invalid { .. }
                | Error::NotUtf8 { .. }
                | Error::Refused { .. }
        )
    }
}

/// A result whose error is negograph's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Diagnostic, JsonPath};

    /// Names the variant; a new variant does not compile until it is added here
    /// and to the list below.
    fn variant(e: &Error) -> &'static str {
        match e {
            Error::Read { .. } => "Read",
            Error::Write { .. } => "Write",
            Error::Output { .. } => "Output",
            Error::TooLarge { .. } => "TooLarge",
            Error::OverLimit { .. } => "OverLimit",
            Error::NotUtf8 { .. } => "NotUtf8",
            Error::Parse { .. } => "Parse",
            Error::Invalid { .. } => "Invalid",
            Error::UnknownName { .. } => "UnknownName",
            Error::Ambiguous { .. } => "Ambiguous",
            Error::WrongKind { .. } => "WrongKind",
            Error::UnknownEdge { .. } => "UnknownEdge",
            Error::Usage(_) => "Usage",
            Error::Question { .. } => "Question",
            Error::GraphvizMissing => "GraphvizMissing",
            Error::Graphviz(_) => "Graphviz",
            Error::TooBigToDraw { .. } => "TooBigToDraw",
            Error::ReadOnly => "ReadOnly",
            Error::Locked { .. } => "Locked",
            Error::Refused { .. } => "Refused",
            Error::Exists { .. } => "Exists",
        }
    }

    fn cand(id: &str) -> Candidate {
        Candidate {
            id: id.into(),
            label: format!("Label {id}"),
        }
    }

    type Case = (Error, &'static [&'static str], u8);

    fn diag() -> Vec<Diagnostic> {
        vec![Diagnostic::error(
            "duplicate-id",
            JsonPath::item("nodes", 1, Some("id")),
            "node id 'x' is used twice",
        )]
    }

    fn io() -> std::io::Error {
        std::io::Error::new(std::io::ErrorKind::PermissionDenied, "permission denied")
    }

    /// Errors of reading, parsing and naming.
    fn cases_of_reading() -> Vec<Case> {
        vec![
            (
                Error::Read {
                    path: "g.json".into(),
                    source: io(),
                },
                &["cannot read g.json", "permission denied"],
                2,
            ),
            (
                Error::Write {
                    path: "g.json".into(),
                    source: io(),
                },
                &["cannot write g.json", "permission denied"],
                2,
            ),
            (
                Error::Output { source: io() },
                &["cannot write to standard output", "permission denied"],
                2,
            ),
            (
                Error::TooLarge {
                    origin: "g.json".into(),
                    size: 9,
                    limit: 5,
                },
                &["g.json is 9 bytes", "5-byte limit", "max_file_size"],
                2,
            ),
            (
                Error::OverLimit {
                    origin: "/dev/zero".into(),
                    limit: 5,
                },
                &[
                    "/dev/zero holds more than the 5-byte limit",
                    "max_file_size",
                ],
                2,
            ),
            (
                Error::NotUtf8 {
                    origin: "g.json".into(),
                    line: 3,
                    column: 4,
                },
                &["not UTF-8", "line 3, column 4"],
                1,
            ),
            (
                Error::Parse {
                    origin: "g.json".into(),
                    line: 2,
                    column: 7,
                    path: Some("nodes[0].kind".into()),
                    message: "invalid type".into(),
                },
                &["g.json:2:7", "invalid type", "nodes[0].kind"],
                1,
            ),
            (
                Error::Invalid {
                    origin: "g.json".into(),
                    diagnostics: diag(),
                },
                &["g.json", "1 error"],
                1,
            ),
            (
                Error::UnknownName {
                    name: "ceasfire".into(),
                    suggestions: vec![cand("ceasefire")],
                },
                &[
                    "no node called 'ceasfire'",
                    "did you mean 'ceasefire' (Label ceasefire)",
                ],
                2,
            ),
            (
                Error::Ambiguous {
                    name: "truce".into(),
                    candidates: vec![cand("a"), cand("b")],
                },
                &["'truce' could mean", "'a'", "'b'", "by id"],
                2,
            ),
        ]
    }

    /// Errors of asking, drawing and writing.
    fn cases_of_the_rest() -> Vec<Case> {
        vec![
            (
                Error::WrongKind {
                    id: "russia".into(),
                    actual: crate::model::NodeKind::Party,
                    asked: Arg::Cmd(Cmd::Blockers),
                    expected: "a demand or condition",
                    hint: Some(Hint::Run(Line::with_arg(Cmd::Stance, "russia"))),
                },
                &[
                    "'russia' is a party",
                    "blockers takes a demand or condition",
                    "Try: stance(russia)",
                ],
                2,
            ),
            (
                Error::UnknownEdge {
                    spec: "'a' rejects 'b'".into(),
                    hint: Some("between them there is: supports".into()),
                },
                &["no edge 'a' rejects 'b'", "supports"],
                2,
            ),
            (
                Error::Usage("'x' is not key=value".into()),
                &["'x' is not key=value"],
                2,
            ),
            (
                Error::Question {
                    question: "why?".into(),
                    forms: vec!["what blocks X?".into()],
                },
                &[
                    "cannot understand the question \"why?\"",
                    "ask(what blocks X?)",
                    "ask(examples)",
                ],
                2,
            ),
            (
                Error::GraphvizMissing,
                &["`dot` program is not installed", "apt-get install graphviz"],
                2,
            ),
            (
                Error::Graphviz("syntax error in line 1".into()),
                &["Graphviz failed", "syntax error in line 1"],
                2,
            ),
            (
                Error::TooBigToDraw {
                    forced: false,
                    nodes: 900,
                    edges: 2000,
                    limit: 500,
                    edge_limit: 1000,
                },
                &["900 nodes", "limit 500 nodes, 1000 edges", "focus NODE"],
                2,
            ),
            (
                Error::ReadOnly,
                &["built-in graph is read-only", "file FILE"],
                2,
            ),
            (
                Error::Locked {
                    path: "g.json".into(),
                    waited_secs: 30,
                },
                &["g.json is being edited by another process", "30 s"],
                2,
            ),
            (
                Error::Refused {
                    origin: "g.json".into(),
                    diagnostics: diag(),
                    after: std::sync::Arc::new("{}".to_owned()),
                },
                &["g.json", "1 error", "nothing was written"],
                1,
            ),
            (
                Error::Exists {
                    path: "g.json".into(),
                },
                &["g.json already exists"],
                2,
            ),
        ]
    }

    #[test]
    fn every_error_says_what_went_wrong_and_whether_the_graph_is_at_fault() {
        let cases: Vec<Case> = cases_of_reading()
            .into_iter()
            .chain(cases_of_the_rest())
            .collect();
        let mut seen: Vec<&str> = cases.iter().map(|(e, _, _)| variant(e)).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), 21, "every variant has a case");
        for (error, words, code) in &cases {
            let message = error.to_string();
            for word in *words {
                assert!(
                    message.contains(word),
                    "{}: '{message}' lacks '{word}'",
                    variant(error)
                );
            }
            assert_eq!(error.is_graph_fault(), *code == 1, "{}", variant(error));
        }
    }

    #[test]
    fn messages_show_names_and_labels_inert_and_keep_their_own_lines() {
        let unknown = Error::UnknownName {
            name: "cease\rfire".into(),
            suggestions: vec![Candidate {
                id: "x".into(),
                label: "evil\u{202E}label\nFAKE".into(),
            }],
        };
        let message = unknown.to_string();
        assert_eq!(
            message,
            "no node called 'cease\\rfire'; did you mean 'x' (evil<U+202E>label\\nFAKE)?"
        );
        let question = Error::Question {
            question: "why\n\u{9b}?".into(),
            forms: vec!["what blocks \u{202e}X?".into(), "who supports X?".into()],
        };
        let message = question.to_string();
        assert!(message.contains("\"why\\n<U+009B>?\""), "{message}");
        assert!(message.contains("what blocks <U+202E>X?"), "{message}");
        assert_eq!(message.lines().count(), 4);
        let usage = Error::Usage("first line\n  second \r line".into());
        assert_eq!(usage.to_string(), "first line\n  second \\r line");
    }
}
