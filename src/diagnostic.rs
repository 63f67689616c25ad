//! Findings about a graph file: what is wrong, where (as a JSON path), and what to do.

use std::borrow::Cow;
use std::fmt;

use serde::Serialize;

/// How bad a finding is. Errors sort before warnings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file cannot be used: no query runs and no edit is written.
    Error,
    /// The file works, but something is likely a mistake (an edge citing no
    /// source, a name that looks like another's).
    Warning,
}

/// One step of a path into the JSON document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathSeg {
    /// A field of an object: `.to`.
    Key(Cow<'static, str>),
    /// An item of a list, from 0: `[3]`.
    Index(usize),
}

/// A location in the document such as `edges[3].to`. It displays (and
/// serializes) that way; the root displays as `.`.
///
/// ```
/// use negograph::diagnostic::JsonPath;
///
/// let path = JsonPath::root().key("edges").index(3).key("to");
/// assert_eq!(path.to_string(), "edges[3].to");
/// assert_eq!(JsonPath::item("edges", 3, Some("to")), path);
/// assert_eq!(JsonPath::root().to_string(), ".");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonPath(pub Vec<PathSeg>);

impl JsonPath {
    /// The whole document.
    pub fn root() -> JsonPath {
        JsonPath(Vec::new())
    }
    /// This path, then field `key`.
    pub fn key(mut self, key: impl Into<Cow<'static, str>>) -> JsonPath {
        self.0.push(PathSeg::Key(key.into()));
        self
    }
    /// This path, then list item `index` (from 0).
    pub fn index(mut self, index: usize) -> JsonPath {
        self.0.push(PathSeg::Index(index));
        self
    }
    /// `nodes[i]` / `edges[i]` / `sources[i]` and an optional field below it.
    pub fn item(list: &'static str, index: usize, field: Option<&'static str>) -> JsonPath {
        let path = JsonPath::root().key(list).index(index);
        match field {
            Some(f) => path.key(f),
            None => path,
        }
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str(".");
        }
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                PathSeg::Key(k) if i == 0 => write!(f, "{k}")?,
                PathSeg::Key(k) => write!(f, ".{k}")?,
                PathSeg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

impl Serialize for JsonPath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The most characters of a diagnostic's message or help, about: a value
/// quoted whole in one is cut in the middle beyond this (most quote
/// [`excerpt`](crate::terminal::excerpt)s anyway).
pub const MAX_MESSAGE_CHARS: usize = 400;

/// A finding about a graph, with a stable code scripts can match on.
///
/// It displays as one line, `error[unknown-node] at edges[3].to: ... (did you
/// mean ...?)`, and serializes with the fields below (`help` left out when
/// there is none).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A short kebab-case name of the rule (`unknown-node`, `no-source`),
    /// stable across versions: match on this, not on the message.
    pub code: &'static str,
    /// What is wrong, in a sentence that names the values involved.
    pub message: String,
    /// Where in the document, such as `edges[3].to`.
    pub path: JsonPath,
    /// What to do about it, when there is something to suggest ("did you
    /// mean 'russia'?").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error with no suggestion; add one with [`with_help`](Self::with_help).
    ///
    /// A message longer than [`MAX_MESSAGE_CHARS`] keeps its start and end:
    /// values quoted in messages come from the file, of any length.
    pub fn error(code: &'static str, path: JsonPath, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: crate::terminal::bounded(message.into(), MAX_MESSAGE_CHARS),
            path,
            help: None,
        }
    }
    /// A warning with no suggestion.
    pub fn warning(code: &'static str, path: JsonPath, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, path, message)
        }
    }
    /// The same finding with `help` as its suggestion (`None` removes it).
    pub fn with_help(mut self, help: Option<String>) -> Diagnostic {
        self.help = help.map(|h| crate::terminal::bounded(h, MAX_MESSAGE_CHARS));
        self
    }
    /// Whether it is an error rather than a warning.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}[{}] at {}: {}", self.code, self.path, self.message)?;
        if let Some(help) = &self.help {
            write!(f, " ({help})")?;
        }
        Ok(())
    }
}
