//! Everything that can go wrong, as one enum with messages that say what, where,
//! and what to do next.

use std::path::PathBuf;

use crate::diagnostic::Diagnostic;

/// A node name as offered in suggestions and ambiguity lists.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Candidate {
    pub id: String,
    pub label: String,
}

impl std::fmt::Display for Candidate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "'{}' ({})", self.id, self.label)
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

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error(
        "{origin} is {size} bytes, over the {limit}-byte limit; raise it with --max-file-size BYTES"
    )]
    TooLarge {
        origin: String,
        size: u64,
        limit: u64,
    },

    #[error("{origin} is not UTF-8 text: invalid byte at line {line}, column {column}")]
    NotUtf8 {
        origin: String,
        line: usize,
        column: usize,
    },

    /// The file is not well-formed JSON, or a value has the wrong type.
    #[error("{origin}:{line}:{column}: {message}{}", path.as_ref().map(|p| format!(" (at {p})")).unwrap_or_default())]
    Parse {
        origin: String,
        line: usize,
        column: usize,
        path: Option<String>,
        message: String,
    },

    /// The file parsed but breaks the format's rules.
    #[error("{origin}: the graph has {} error(s)", diagnostics.iter().filter(|d| d.is_error()).count())]
    Invalid {
        origin: String,
        diagnostics: Vec<Diagnostic>,
    },

    #[error("no node called '{name}'{}", did_you_mean(suggestions))]
    UnknownName {
        name: String,
        suggestions: Vec<Candidate>,
    },

    #[error("'{name}' could mean any of {}; say which by id", list(candidates))]
    Ambiguous {
        name: String,
        candidates: Vec<Candidate>,
    },

    #[error("'{id}' is a {actual}; {command} takes {expected}{}", hint.as_ref().map(|h| format!(". Try: {h}")).unwrap_or_default())]
    WrongKind {
        id: String,
        actual: crate::model::NodeKind,
        command: &'static str,
        expected: &'static str,
        hint: Option<String>,
    },

    #[error("no edge {spec}{}", hint.as_ref().map(|h| format!("; {h}")).unwrap_or_default())]
    UnknownEdge { spec: String, hint: Option<String> },

    #[error("{0}")]
    Usage(String),

    #[error("cannot understand the question \"{question}\". Questions it understands:\n{}", forms.iter().map(|f| format!("  {f}")).collect::<Vec<_>>().join("\n"))]
    Question {
        question: String,
        forms: &'static [&'static str],
    },

    #[error(
        "Graphviz's `dot` program is not installed; install it (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz), or write DOT with `negograph dot`"
    )]
    GraphvizMissing,

    #[error("Graphviz failed: {0}")]
    Graphviz(String),

    #[error(
        "the view has {nodes} nodes and {edges} edges, more than Graphviz can lay out readably (limit {limit} nodes); narrow it with --focus NODE --depth N, --party P or an answer view such as --blockers X, or pass --force"
    )]
    TooBigToDraw {
        nodes: usize,
        edges: usize,
        limit: usize,
    },

    #[error(
        "the built-in graph is read-only; edit a file with -f FILE (or NEGOGRAPH_FILE), e.g. start one with `negograph new FILE --title T`"
    )]
    ReadOnly,

    #[error("{} is being edited by another process (waited {waited_secs} s for its lock); try again", path.display())]
    Locked { path: PathBuf, waited_secs: u64 },

    /// An edit that would leave the graph invalid; nothing was written.
    #[error("{origin}: the edit would leave the graph with {} error(s); nothing was written", diagnostics.iter().filter(|d| d.is_error()).count())]
    Refused {
        origin: String,
        diagnostics: Vec<Diagnostic>,
        /// The text the edit would have written, for pointing at the errors.
        after: std::sync::Arc<str>,
    },

    #[error("{} already exists; not overwriting it", path.display())]
    Exists { path: PathBuf },
}

impl Error {
    /// The process exit code: 1 when the graph itself is at fault, 2 for usage and I/O.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Parse { .. }
            | Error::Invalid { .. }
            | Error::NotUtf8 { .. }
            | Error::Refused { .. } => 1,
            _ => 2,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
