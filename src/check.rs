//! `check`: everything wrong with a graph file in one run, after counts of what
//! it holds, each finding located by line and column for `--json`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::diagnostic::{Diagnostic, JsonPath, Severity};
use crate::error::Error;
use crate::load::Input;
use crate::locate::Locator;
use crate::model::{Document, NodeKind, Relation, Vocabulary};

/// What a graph file holds, for the first lines of `check`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Sources listed.
    pub sources: usize,
    /// Nodes of any kind.
    pub nodes: usize,
    /// Edges of any relation.
    pub edges: usize,
    /// Nodes of each kind, in the format's order of kinds, then any unknown
    /// kind in file order; kinds with none are left out.
    pub by_kind: Vec<(String, usize)>,
    /// Edges of each relation, ordered the same way.
    pub by_relation: Vec<(String, usize)>,
}

impl Counts {
    /// Counts a document's sources, nodes by kind and edges by relation.
    pub fn of(doc: &Document) -> Counts {
        Counts {
            sources: doc.sources.len(),
            nodes: doc.nodes.len(),
            edges: doc.edges.len(),
            by_kind: tally::<NodeKind>(doc.nodes.iter().map(|n| n.kind.to_string())),
            by_relation: tally::<Relation>(doc.edges.iter().map(|e| e.relation().to_string())),
        }
    }
}

fn tally<T: Vocabulary>(values: impl Iterator<Item = String>) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = T::allowed().iter().map(|a| (a.to_string(), 0)).collect();
    // Indexed, so a file with a million distinct unknown values stays linear.
    let mut at: HashMap<String, usize> = out
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (k.clone(), i))
        .collect();
    for v in values {
        match at.get(&v) {
            Some(&i) => out[i].1 += 1,
            None => {
                // An unknown value is shown by its start and length: it can
                // be megabytes long.
                out.push((crate::terminal::excerpt(&v).into_owned(), 1));
                at.insert(v, out.len() - 1);
            }
        }
    }
    out.retain(|(_, n)| *n > 0);
    out
}

/// Quotes checked against source texts (`check --sources DIR`).
#[derive(Clone, Debug)]
pub struct QuoteCheck {
    /// The folder of source texts.
    pub dir: PathBuf,
    /// How many quotes were checked (see [`crate::sources::quote_count`]).
    pub quoted: usize,
}

/// The result of checking one graph file. Serialises to the `check` JSON the
/// `docs/json.md` documents, locating each finding as it goes.
#[derive(Debug)]
pub struct Report {
    /// The text checked, and where it came from.
    pub input: Input,
    /// What the file holds; `None` when it is not a graph document at all.
    pub counts: Option<Counts>,
    /// Every finding, errors first.
    pub diagnostics: Vec<Diagnostic>,
    /// Why the file is not a graph document (malformed JSON, a value of the
    /// wrong type); then nothing else could be checked.
    pub unreadable: Option<Error>,
    /// With `check --sources DIR`: what was checked against it.
    pub quotes: Option<QuoteCheck>,
}

impl Report {
    /// How many errors, counting a file that is not a graph document as one.
    pub fn errors(&self) -> usize {
        usize::from(self.unreadable.is_some())
            + self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// How many warnings.
    pub fn warnings(&self) -> usize {
        self.diagnostics.iter().filter(|d| !d.is_error()).count()
    }

    /// No errors (warnings allowed).
    pub fn ok(&self) -> bool {
        self.errors() == 0
    }
}

/// Checks a graph's text: every rule of the format, and with `sources`, every
/// quote against `sources/<source id>.txt` (each read up to `max_file_size`).
///
/// Never fails: what is wrong with the file is the report. Linear in the
/// file, plus the source texts.
///
/// ```
/// use negograph::check::check;
/// use negograph::load::{DEFAULT_MAX_FILE_SIZE, Input};
///
/// let report = check(Input::builtin(), None, DEFAULT_MAX_FILE_SIZE);
/// assert!(report.ok());
/// assert_eq!(report.counts.as_ref().map(|c| c.nodes), Some(12));
///
/// let text = r#"{"negograph": 1, "title": "t", "sources": [],
///   "nodes": [{"id": "a", "kind": "party", "label": "A"}],
///   "edges": [{"from": "a", "relation": "demands", "to": "b"}]}"#;
/// let input = Input::from_bytes("t.json".to_owned(), text.into())?;
/// let report = check(input, None, DEFAULT_MAX_FILE_SIZE);
/// assert_eq!(report.errors(), 1);
/// assert_eq!(report.diagnostics[0].code, "unknown-node");
/// assert_eq!(report.diagnostics[0].path.to_string(), "edges[0].to");
/// # Ok::<(), negograph::Error>(())
/// ```
pub fn check(input: Input, sources: Option<&Path>, max_file_size: u64) -> Report {
    let doc = match crate::text::parse_input(&input) {
        Ok(doc) => doc,
        Err(error) => {
            return Report {
                input,
                counts: None,
                diagnostics: Vec::new(),
                unreadable: Some(error),
                quotes: None,
            };
        }
    };
    let mut diagnostics = crate::validate::diagnose(&doc);
    let quotes = sources.map(|dir| {
        diagnostics.extend(crate::sources::verify_quotes(&doc, dir, max_file_size));
        diagnostics.sort_by_key(|d| d.severity);
        QuoteCheck {
            dir: dir.to_owned(),
            quoted: crate::sources::quote_count(&doc),
        }
    });
    Report {
        counts: Some(Counts::of(&doc)),
        input,
        diagnostics,
        unreadable: None,
        quotes,
    }
}

impl Serialize for Report {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut report = serializer.serialize_struct("Report", 6)?;
        report.serialize_field("file", &self.input.origin)?;
        report.serialize_field("ok", &self.ok())?;
        match &self.counts {
            Some(counts) => report.serialize_field("counts", counts)?,
            None => report.skip_field("counts")?,
        }
        report.serialize_field("errors", &self.errors())?;
        report.serialize_field("warnings", &self.warnings())?;
        report.serialize_field("diagnostics", &Located(self))?;
        report.end()
    }
}

/// The findings of a report, each with its line and column.
struct Located<'a>(&'a Report);

/// One finding as the JSON shows it.
#[derive(Serialize)]
struct Entry<'a> {
    severity: Severity,
    code: &'a str,
    message: &'a str,
    path: &'a JsonPath,
    line: usize,
    column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
}

impl Serialize for Located<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        let mut list = serializer.serialize_seq(None)?;
        if let Some(error) = &report.unreadable {
            let (line, column, message) = match error {
                Error::Parse {
                    line,
                    column,
                    message,
                    ..
                } => (*line, *column, message.clone()),
                other => (1, 1, other.to_string()),
            };
            list.serialize_element(&Entry {
                severity: Severity::Error,
                code: if crate::text::is_text_path(&report.input.origin) {
                    "bad-text"
                } else {
                    "bad-json"
                },
                message: &message,
                path: &JsonPath::root(),
                line,
                column,
                help: None,
            })?;
        }
        if !report.diagnostics.is_empty() {
            let spans = crate::text::is_text_path(&report.input.origin)
                .then(|| crate::text::Spans::of(&report.input.text));
            let locator = Locator::new(report.input.text.clone());
            for d in &report.diagnostics {
                let (line, column) = if let Some(spans) = &spans {
                    spans.position(&d.path)
                } else {
                    locator.position(&d.path)
                };
                list.serialize_element(&Entry {
                    severity: d.severity,
                    code: d.code,
                    message: &d.message,
                    path: &d.path,
                    line,
                    column,
                    help: d.help.as_deref(),
                })?;
            }
        }
        list.end()
    }
}
