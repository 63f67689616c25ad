//! Format version 1 in and out: reading a file within limits, parsing it straight
//! into the model (no intermediate `serde_json::Value`), writing it back in the one
//! canonical form, and the JSON Schema.

use std::fmt;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};
use crate::locate::line_col;
use crate::model::{Document, FORMAT_VERSION};

/// The file size negograph reads unless told otherwise: room for a few million edges.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 512 * 1024 * 1024;

/// The graph every command uses when no file is given.
pub const BUILTIN_GRAPH: &str = include_str!("../graph/istanbul-2025.json");
pub const BUILTIN_NAME: &str = "istanbul-2025.json (built in)";

/// The text of a graph and where it came from, kept for pointing at errors.
#[derive(Clone, Debug)]
pub struct Input {
    pub origin: String,
    pub text: Arc<str>,
    pub builtin: bool,
}

impl Input {
    pub fn builtin() -> Input {
        Input {
            origin: BUILTIN_NAME.to_owned(),
            text: Arc::from(BUILTIN_GRAPH),
            builtin: true,
        }
    }

    /// Reads a file, refusing more than `max_size` bytes before reading them.
    pub fn read(path: &Path, max_size: u64) -> Result<Input> {
        let origin = path.display().to_string();
        let read_err = |source| Error::Read {
            path: path.to_owned(),
            source,
        };
        let file = std::fs::File::open(path).map_err(read_err)?;
        let meta = file.metadata().map_err(read_err)?;
        if meta.is_dir() {
            return Err(read_err(std::io::Error::other("it is a directory")));
        }
        if meta.len() > max_size {
            return Err(Error::TooLarge {
                origin,
                size: meta.len(),
                limit: max_size,
            });
        }
        // The size can change under us (or be unknown for a pipe): never read past the limit.
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        file.take(max_size + 1)
            .read_to_end(&mut bytes)
            .map_err(read_err)?;
        if bytes.len() as u64 > max_size {
            return Err(Error::TooLarge {
                origin,
                size: bytes.len() as u64,
                limit: max_size,
            });
        }
        Input::from_bytes(origin, bytes)
    }

    pub fn from_bytes(origin: String, bytes: Vec<u8>) -> Result<Input> {
        let text = String::from_utf8(bytes).map_err(|e| {
            let valid = e.utf8_error().valid_up_to();
            let prefix = std::str::from_utf8(&e.as_bytes()[..valid]).unwrap_or_default();
            let (line, column) = line_col(prefix, valid);
            Error::NotUtf8 {
                origin: origin.clone(),
                line,
                column,
            }
        })?;
        Ok(Input {
            origin,
            text: Arc::from(text),
            builtin: false,
        })
    }

    pub fn parse(&self) -> Result<Document> {
        parse_document(&self.origin, &self.text)
    }
}

/// Parses format version 1. Syntax errors carry line and column; type errors add
/// the JSON path of the offending value.
pub fn parse_document(origin: &str, text: &str) -> Result<Document> {
    // Tracking the path costs a few percent on every value; pay it only when
    // there is an error to point at.
    match serde_json::from_str(text) {
        Ok(doc) => Ok(doc),
        Err(fast) => Err(locate_parse_error(origin, text, fast)),
    }
}

/// Parses again, tracking the JSON path, to say where a failed parse failed.
fn locate_parse_error(origin: &str, text: &str, fast: serde_json::Error) -> Error {
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed: std::result::Result<Document, _> = serde_path_to_error::deserialize(&mut de);
    match parsed {
        Err(err) => {
            let path = err.path().to_string();
            let inner = err.into_inner();
            // A path only helps when the JSON was well-formed but a value was not.
            let path = (!inner.is_syntax() && !inner.is_eof()).then_some(path);
            parse_error(origin, text, inner, path)
        }
        Ok(_) => match de.end() {
            Err(e) => parse_error(origin, text, e, None),
            Ok(()) => parse_error(origin, text, fast, None),
        },
    }
}

fn parse_error(origin: &str, text: &str, err: serde_json::Error, path: Option<String>) -> Error {
    let full = err.to_string();
    let mut message = match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_owned(),
        None => full,
    };
    if text.trim().is_empty() {
        message =
            "the file is empty; a graph starts with {\"negograph\": 1, \"title\": ...}".into();
    }
    Error::Parse {
        origin: origin.to_owned(),
        line: err.line().max(1),
        column: err.column().max(1),
        path: path.filter(|p| p != "." && !p.is_empty()),
        message,
    }
}

/// The canonical text of a document: two-space pretty JSON, fields in format order,
/// unknown top-level fields last, and a trailing newline. Saving an untouched
/// canonical file gives back the same bytes.
pub fn to_canonical_json(doc: &Document) -> String {
    let mut out = serde_json::to_string_pretty(doc).expect("a document always serializes");
    out.push('\n');
    out
}

/// The JSON Schema of format version 1, generated from the Rust types.
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Document);
    schema.insert(
        "$id".into(),
        "https://negograph.invalid/schema/format-1.json".into(),
    );
    let mut out = serde_json::to_string_pretty(&schema).expect("the schema serializes");
    out.push('\n');
    out
}

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(5 + self.extra.len()))?;
        map.serialize_entry("negograph", &self.negograph)?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("sources", &self.sources)?;
        map.serialize_entry("nodes", &self.nodes)?;
        map.serialize_entry("edges", &self.edges)?;
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(DocumentVisitor)
    }
}

struct DocumentVisitor;

impl<'de> Visitor<'de> for DocumentVisitor {
    type Value = Document;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a negograph graph: an object with \"negograph\": 1, \"title\", \"nodes\" and \"edges\"")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Document, A::Error> {
        let mut version = None;
        let mut title = None;
        let mut sources = None;
        let mut nodes = None;
        let mut edges = None;
        let mut extra: Vec<(String, serde_json::Value)> = Vec::new();

        fn once<T, E: de::Error>(
            slot: &mut Option<T>,
            value: T,
            key: &'static str,
        ) -> Result<(), E> {
            if slot.replace(value).is_some() {
                return Err(E::duplicate_field(key));
            }
            Ok(())
        }

        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "negograph" => {
                    let v: u64 = map.next_value()?;
                    if v != FORMAT_VERSION {
                        return Err(de::Error::custom(format!(
                            "this file is format version {v}; this negograph reads version {FORMAT_VERSION}"
                        )));
                    }
                    once(&mut version, v, "negograph")?;
                }
                "title" => once(&mut title, map.next_value()?, "title")?,
                "sources" => once(&mut sources, map.next_value()?, "sources")?,
                "nodes" => once(&mut nodes, map.next_value()?, "nodes")?,
                "edges" => once(&mut edges, map.next_value()?, "edges")?,
                _ => {
                    let value = map.next_value()?;
                    if extra.iter().any(|(k, _)| *k == key) {
                        return Err(de::Error::custom(format!("duplicate field `{key}`")));
                    }
                    extra.push((key, value));
                }
            }
        }
        Ok(Document {
            negograph: version.ok_or_else(|| de::Error::missing_field("negograph"))?,
            title: title.ok_or_else(|| de::Error::missing_field("title"))?,
            sources: sources.unwrap_or_default(),
            nodes: nodes.unwrap_or_default(),
            edges: edges.unwrap_or_default(),
            extra,
        })
    }
}
