//! The text format (`.neg`): a graph written one statement a line, as
//! people type it while reading a report (see `docs/text-format.md`). It
//! says everything format 1.1 says: [`parse`] reads it into the same
//! [`Document`] the JSON reader makes, [`to_text`] writes any document back
//! in one canonical form, and [`apply_fragment`] merges a fragment into a
//! graph.
//!
//! Errors point at a line and column, with what to do. The reader never
//! panics and does linear work: one pass over the lines, one over the
//! names, and at most one "did you mean" search (it stops at the first error).

mod fragment;
mod items;
mod lex;
mod names;
mod parse;
mod write;

pub use fragment::apply_fragment;
pub use write::to_text;

use crate::error::{Error, Result};
use crate::model::{Document, Edge};

/// The file name ending that marks the text format; any other is JSON.
pub const EXTENSION: &str = "neg";

/// Whether a graph file at `path` is in the text format: its name ends in
/// `.neg` (in any case).
pub fn is_text_path(path: impl AsRef<std::path::Path>) -> bool {
    path.as_ref()
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION))
}

/// Where each item of a parsed document was written: the 1-based line of
/// each source, node and claim, in the document's order (for a fragment,
/// only of the items it adds).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spans {
    /// Each source's line.
    pub sources: Vec<usize>,
    /// Each node's line.
    pub nodes: Vec<usize>,
    /// Each claim's line.
    pub edges: Vec<usize>,
}

impl Spans {
    /// Where the items of a text-format file are; none when it does not read.
    pub fn of(text: &str) -> Spans {
        parse_with_spans("", text)
            .map(|(_, spans)| spans)
            .unwrap_or_default()
    }

    /// The line and column (1-based) of what `path` names: the line of the
    /// source, node or claim it is in, column 1; line 1 for anything else.
    pub fn position(&self, path: &crate::diagnostic::JsonPath) -> (usize, usize) {
        use crate::diagnostic::PathSeg;
        let line = match path.0.as_slice() {
            [PathSeg::Key(list), PathSeg::Index(i), ..] => match list.as_ref() {
                "sources" => self.sources.get(*i),
                "nodes" => self.nodes.get(*i),
                "edges" => self.edges.get(*i),
                _ => None,
            },
            _ => None,
        };
        (line.copied().unwrap_or(1), 1)
    }
}

/// A reading error: its line (1-based), the byte in it, and the message.
#[derive(Clone, Debug)]
pub(crate) struct Fail {
    pub line: usize,
    pub at: usize,
    pub message: String,
}

impl Fail {
    fn into_error(self, origin: &str) -> Error {
        Error::Parse {
            origin: origin.to_owned(),
            line: self.line.max(1),
            column: self.at + 1,
            path: None,
            message: self.message,
        }
    }
}

/// Reads a whole graph in the text format.
///
/// # Errors
///
/// [`Error::Parse`] with the line and column (in bytes, 1-based) of the
/// first mistake and what to do about it. What is well formed but breaks a
/// rule of the format (an edge joining the wrong kinds) is left to
/// validation, as for JSON.
///
/// ```
/// let text = "title Talks\nparty a \"Country A\" aka A\ndemand d Quotas\nA demands quotas\n";
/// let doc = negograph::text::parse("t.neg", text)?;
/// assert_eq!(doc.edges.len(), 1);
/// assert_eq!(negograph::text::to_text(&doc),
///     "negograph 1\ntitle Talks\n\nparty a \"Country A\" aka A\ndemand d Quotas\n\na demands d\n");
/// # Ok::<(), negograph::Error>(())
/// ```
pub fn parse(origin: &str, text: &str) -> Result<Document> {
    parse_with_spans(origin, text).map(|(doc, _)| doc)
}

/// [`parse`], with where each item was written.
///
/// # Errors
///
/// As [`parse`].
pub fn parse_with_spans(origin: &str, text: &str) -> Result<(Document, Spans)> {
    let p = read(Document::new(""), false, text).map_err(|f| f.into_error(origin))?;
    if !p.titled {
        let message = if text.trim().is_empty() {
            "the file is empty; a graph in the text format starts with `title ...`"
        } else {
            "a graph needs a title: start it with a line `title ...`"
        };
        return Err(Fail {
            line: 1,
            at: 0,
            message: message.to_owned(),
        }
        .into_error(origin));
    }
    let mut doc = p.doc;
    doc.edges.extend(p.edges.into_iter().map(Edge::new));
    Ok((doc, p.spans))
}

/// Reads a graph file's text in its format: the text format for a `.neg`
/// file, JSON for any other.
///
/// # Errors
///
/// [`Error::Parse`] with the line and column of the first mistake.
pub fn parse_input(input: &crate::load::Input) -> Result<Document> {
    if is_text_path(&input.origin) {
        parse(&input.origin, &input.text)
    } else {
        input.parse()
    }
}

/// The canonical text of `doc` in the format of a file at `path`: the
/// text format for a `.neg` file, JSON for any other.
pub fn to_canonical(path: impl AsRef<std::path::Path>, doc: &Document) -> String {
    if is_text_path(path) {
        to_text(doc)
    } else {
        crate::load::to_canonical_json(doc)
    }
}

/// Reads `text`'s lines onto `base` and resolves the names.
fn read(base: Document, fragment: bool, text: &str) -> std::result::Result<parse::Parser, Fail> {
    let mut p = parse::Parser::new(base, fragment);
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        p.line(i + 1, line)?;
    }
    names::resolve(&mut p)?;
    Ok(p)
}

#[cfg(test)]
mod tests;
