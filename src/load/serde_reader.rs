//! The serde path: reads every file the format allows and words every error.

use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::error::Result;
use crate::model::{Document, Edge, FormatVersion, Node, RawJson, Source};

use super::interner::{Interner, RawEdge};
use super::pipeline::resolve_alongside;
use super::{Parsed, SMALLEST_NODE_BYTES, Threads};

/// Reads a list into a vector reserved up front.
pub(super) struct ListSeed<T> {
    pub(super) what: &'static str,
    pub(super) capacity: usize,
    pub(super) item: std::marker::PhantomData<T>,
}

impl<T> ListSeed<T> {
    pub(super) fn new(what: &'static str, capacity: usize) -> ListSeed<T> {
        ListSeed {
            what,
            capacity,
            item: std::marker::PhantomData,
        }
    }
}

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for ListSeed<T> {
    type Value = Vec<T>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<T>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for ListSeed<T> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::with_capacity(self.capacity);
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        items.shrink_to_fit();
        Ok(items)
    }
}

/// Reads the edge list, resolving ends as it goes.
struct EdgesSeed<'i>(&'i mut Interner);

impl<'de> DeserializeSeed<'de> for EdgesSeed<'_> {
    type Value = Vec<Edge>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<Edge>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for EdgesSeed<'_> {
    type Value = Vec<Edge>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of edges")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Edge>, A::Error> {
        let mut edges = Vec::with_capacity(self.0.edges_at_most);
        if self.0.pipelined() {
            resolve_alongside(self.0, &mut edges, |sink| {
                while let Some(raw) = seq.next_element::<RawEdge>()? {
                    sink.push(raw);
                }
                Ok(())
            })?;
        } else {
            while let Some(raw) = seq.next_element::<RawEdge>()? {
                edges.push(self.0.edge(raw));
            }
        }
        // Give back the unused reservation (a remap for a list this large, not a copy).
        edges.shrink_to_fit();
        Ok(edges)
    }
}

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let parsed = deserializer.deserialize_map(DocumentVisitor {
            bytes: 0,
            threads: Threads::One,
        })?;
        Ok(parsed.into_document())
    }
}

pub(super) struct DocumentVisitor {
    /// The length of the text, when known, to reserve lists by.
    pub(super) bytes: usize,
    pub(super) threads: Threads,
}

impl<'de> Visitor<'de> for DocumentVisitor {
    type Value = Parsed;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a negograph graph: an object with \"negograph\": 1, \"title\", \"nodes\" and \"edges\"")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parsed, A::Error> {
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
        let mut version = None;
        let mut title = None;
        let mut sources = None;
        let mut nodes = None;
        let mut edges = None;
        let mut extra: Vec<(String, RawJson)> = Vec::new();
        let mut interner = Interner::new(self.bytes, self.threads);

        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "negograph" => {
                    let v: FormatVersion = map.next_value()?;
                    once(&mut version, v, "negograph")?;
                }
                "title" => once(&mut title, map.next_value()?, "title")?,
                "sources" => {
                    let list: Vec<Source> = map.next_value()?;
                    interner.list_sources(&list);
                    once(&mut sources, list, "sources")?;
                }
                "nodes" => {
                    if nodes.replace(()).is_some() {
                        return Err(de::Error::duplicate_field("nodes"));
                    }
                    let list = map.next_value_seed(ListSeed::<Node>::new(
                        "a list of nodes",
                        self.bytes / SMALLEST_NODE_BYTES,
                    ))?;
                    interner.set_nodes(list);
                }
                "edges" => {
                    let list = map.next_value_seed(EdgesSeed(&mut interner))?;
                    once(&mut edges, list, "edges")?;
                }
                _ => {
                    let value = map.next_value()?;
                    if extra.iter().any(|(k, _)| *k == key) {
                        return Err(de::Error::custom(format!("duplicate field `{key}`")));
                    }
                    extra.push((key, value));
                }
            }
        }
        let negograph = version.ok_or_else(|| de::Error::missing_field("negograph"))?;
        let title = title.ok_or_else(|| de::Error::missing_field("title"))?;
        Ok(interner.finish(|nodes| Document {
            negograph,
            title,
            sources: sources.unwrap_or_default(),
            nodes,
            edges: edges.unwrap_or_default(),
            extra,
        }))
    }
}
