//! Writing a document back in the one canonical form, and the JSON Schema.

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::error::Result;
use crate::model::{Document, Edge};

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
        "https://negograph.invalid/schema/format-1.1.json".into(),
    );
    let mut out = serde_json::to_string_pretty(&schema).expect("the schema serializes");
    out.push('\n');
    out
}

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(5 + self.extra.len()))?;
        map.serialize_entry("negograph", &self.version_needed())?;
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("sources", &self.sources)?;
        map.serialize_entry("nodes", &self.nodes)?;
        map.serialize_entry("edges", &EdgesOut(self))?;
        for (key, value) in &self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// The edge list as the file spells it: ends written back as ids.
struct EdgesOut<'d>(&'d Document);

impl Serialize for EdgesOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let doc = self.0;
        serializer.collect_seq(doc.edges.iter().map(|edge| EdgeOut { doc, edge }))
    }
}

struct EdgeOut<'d> {
    doc: &'d Document,
    edge: &'d Edge,
}

impl Serialize for EdgeOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fn some<M: SerializeStruct, T: Serialize + ?Sized>(
            map: &mut M,
            key: &'static str,
            value: Option<&T>,
        ) -> Result<(), M::Error> {
            match value {
                Some(v) => map.serialize_field(key, v),
                None => Ok(()),
            }
        }
        let (doc, e) = (self.doc, self.edge);
        let mut map = serializer.serialize_struct("Edge", 9)?;
        map.serialize_field("from", doc.ref_id(e.from()))?;
        map.serialize_field("relation", &e.relation())?;
        map.serialize_field("to", doc.ref_id(e.to()))?;
        if let Some(by) = e.by() {
            map.serialize_field("by", doc.ref_id(by))?;
        }
        match e.listed_citations() {
            Some(list) => map.serialize_field("citations", list)?,
            None => {
                some(&mut map, "source", e.source().map(|s| &**s))?;
                some(&mut map, "quote", e.quote())?;
            }
        }
        some(&mut map, "since", e.since().as_ref())?;
        some(&mut map, "until", e.until().as_ref())?;
        let id = |end| doc.ref_id(end);
        some(&mut map, "target", e.target().map(id))?;
        some(&mut map, "trigger", e.trigger().map(id))?;
        some(&mut map, "with", e.with().map(id))?;
        some(&mut map, "addressee", e.addressee().map(id))?;
        some(&mut map, "seq", e.seq().as_ref())?;
        some(&mut map, "stance", e.stance())?;
        let disputed: Vec<&str> = e.disputed_by().map(id).collect();
        if !disputed.is_empty() {
            map.serialize_field("disputed_by", &disputed)?;
        }
        some(&mut map, "note", e.note())?;
        map.end()
    }
}
