//! A node: a party, demand, condition, proposal or issue.

use std::fmt;

use schemars::JsonSchema;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::fields::{FieldReader, FieldValue};

use super::{Date, Interval, Lenient, NodeKind, Status};

/// A party, demand, condition, proposal or issue.
///
/// The fields of format 1 are the node's own; what format 1.1 adds is boxed
/// in [`NodeMore`], which most nodes lack: a quarter of a million nodes then
/// cost 8 bytes each for it, not 96.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(from = "NodeSchema")]
pub struct Node {
    /// A slug (lower-case letters, digits, `-`), unique across nodes.
    pub id: String,
    /// What the node stands for.
    pub kind: Lenient<NodeKind>,
    /// The name people read.
    pub label: String,
    /// Other names people use ("Moscow", "the ceasefire"); matched case-insensitively.
    pub aliases: Vec<String>,
    /// For demands, conditions and proposals: the status from the node's
    /// start; `open` when absent. Later changes are in [`NodeMore::status_history`].
    pub status: Option<Lenient<Status>>,
    /// The first day the node exists (inclusive).
    pub since: Option<Lenient<Date>>,
    /// The last day the node exists (inclusive).
    pub until: Option<Lenient<Date>>,
    /// Anything a reader should know that the fields cannot say.
    pub note: Option<String>,
    /// The format 1.1 fields, when the node has any.
    pub more: Option<Box<NodeMore>>,
}

/// A node's format 1.1 fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NodeMore {
    /// Dated changes of status, in date order.
    pub status_history: Vec<StatusChange>,
    /// The parties who must act for the node to be met, as ids.
    pub actor: Vec<String>,
    /// The issue node this term settles, as an id.
    pub issue: Option<String>,
    /// How much, as people write it ("45-60 days"); see [`super::Quantity`].
    pub quantity: Option<String>,
    /// For a party: the source does not name it ("a threat whose maker the
    /// report does not name"); the label says how the source refers to it
    /// (format 1.2).
    pub unnamed: bool,
    /// For a position: the day it is scheduled for from its start ("a vote
    /// set for Friday"), a day after its source's date (format 1.2). Later
    /// days are in [`StatusChange::scheduled`].
    pub scheduled: Option<Lenient<Date>>,
}

/// One dated change of a node's status.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// The status from this day on.
    pub status: Lenient<Status>,
    /// The day of the change.
    pub on: Lenient<Date>,
    /// The source that reports the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The source's exact words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Anything a reader should know about the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The day the position is scheduled for from this change on: the new
    /// day of a postponement, or the day an `open` change announces
    /// (format 1.2). A `postponed` change without one leaves the day unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled: Option<Lenient<Date>>,
}

impl Node {
    /// Every name the node answers to: its id, its label, then its aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        [self.id.as_str(), self.label.as_str()]
            .into_iter()
            .chain(self.aliases.iter().map(String::as_str))
    }

    /// A node with no aliases, status, dates or note.
    pub fn new(id: impl Into<String>, kind: NodeKind, label: impl Into<String>) -> Node {
        Node {
            id: id.into(),
            kind: kind.into(),
            label: label.into(),
            aliases: Vec::new(),
            status: None,
            since: None,
            until: None,
            note: None,
            more: None,
        }
    }

    /// The days the node exists, as far as its dates parse.
    pub fn interval(&self) -> Interval {
        Interval {
            since: self.since.as_ref().and_then(Lenient::known),
            until: self.until.as_ref().and_then(Lenient::known),
        }
    }

    /// Dated changes of status, in the file's order.
    pub fn status_history(&self) -> &[StatusChange] {
        self.more.as_deref().map_or(&[], |m| &m.status_history)
    }

    /// The ids of the parties who must act for the node to be met.
    pub fn actor(&self) -> &[String] {
        self.more.as_deref().map_or(&[], |m| &m.actor)
    }

    /// The id of the issue this term settles.
    pub fn issue(&self) -> Option<&str> {
        self.more.as_deref().and_then(|m| m.issue.as_deref())
    }

    /// The quantity as written.
    pub fn quantity(&self) -> Option<&str> {
        self.more.as_deref().and_then(|m| m.quantity.as_deref())
    }

    /// The format 1.1 fields, created empty when the node has none yet.
    /// Leave them empty and [`Node::tidy`] drops the box again.
    pub fn more_mut(&mut self) -> &mut NodeMore {
        self.more.get_or_insert_with(Box::default)
    }

    /// Drops an empty [`NodeMore`], so that equal nodes compare equal.
    pub fn tidy(&mut self) {
        if self
            .more
            .as_deref()
            .is_some_and(|m| *m == NodeMore::default())
        {
            self.more = None;
        }
    }

    /// For a party: whether the source does not name it (format 1.2).
    pub fn unnamed(&self) -> bool {
        self.more.as_deref().is_some_and(|m| m.unnamed)
    }

    /// The day the position is scheduled for from its start, as written.
    pub fn scheduled(&self) -> Option<&Lenient<Date>> {
        self.more.as_deref().and_then(|m| m.scheduled.as_ref())
    }

    /// The day the position is scheduled for on `day` (`None`: as the file
    /// ends), given its status then: the latest day its start or a status
    /// change on or before `day` gives; a `postponed` change without a day
    /// leaves it unknown. Only a pending position (open or postponed) has one.
    pub fn scheduled_on(&self, status: Status, day: Option<Date>) -> Option<Date> {
        if !status.is_pending() {
            return None;
        }
        let mut scheduled = self.scheduled().and_then(Lenient::known);
        for change in self.status_history() {
            let Some(on) = change.on.known() else {
                continue;
            };
            if day.is_some_and(|d| on > d) {
                break;
            }
            match (&change.scheduled, change.status.known()) {
                (Some(s), _) => scheduled = s.known(),
                (None, Some(Status::Postponed)) => scheduled = None,
                _ => {}
            }
        }
        scheduled
    }

    /// Whether it uses anything format 1.2 brought to nodes: `unnamed`, a
    /// scheduled day, a status `postponed` or `cancelled`.
    pub fn needs_1_2(&self) -> bool {
        let new_status = |s: &Option<Lenient<Status>>| {
            s.as_ref()
                .and_then(Lenient::known)
                .is_some_and(Status::needs_1_2)
        };
        self.unnamed()
            || self.scheduled().is_some()
            || new_status(&self.status)
            || self
                .status_history()
                .iter()
                .any(|c| c.scheduled.is_some() || c.status.known().is_some_and(Status::needs_1_2))
    }

    /// Whether a date of it is a month, a year or a source's words (format 1.2).
    pub fn dates_need_1_2(&self) -> bool {
        [&self.since, &self.until]
            .into_iter()
            .flatten()
            .chain(self.status_history().iter().map(|c| &c.on))
            .any(super::said::needs_1_2)
    }

    /// Whether it uses anything format 1 does not have.
    pub fn needs_1_1(&self) -> bool {
        self.more.is_some()
            || matches!(
                self.kind,
                Lenient::Known(NodeKind::Proposal | NodeKind::Issue)
            )
    }
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("kind", &self.kind)?;
        map.serialize_entry("label", &self.label)?;
        if !self.aliases.is_empty() {
            map.serialize_entry("aliases", &self.aliases)?;
        }
        if let Some(status) = &self.status {
            map.serialize_entry("status", status)?;
        }
        if !self.status_history().is_empty() {
            map.serialize_entry("status_history", self.status_history())?;
        }
        if let Some(since) = &self.since {
            map.serialize_entry("since", since)?;
        }
        if let Some(until) = &self.until {
            map.serialize_entry("until", until)?;
        }
        if !self.actor().is_empty() {
            map.serialize_entry("actor", self.actor())?;
        }
        if let Some(issue) = self.issue() {
            map.serialize_entry("issue", issue)?;
        }
        if let Some(quantity) = self.quantity() {
            map.serialize_entry("quantity", quantity)?;
        }
        if self.unnamed() {
            map.serialize_entry("unnamed", &true)?;
        }
        if let Some(scheduled) = self.scheduled() {
            map.serialize_entry("scheduled", scheduled)?;
        }
        if let Some(note) = &self.note {
            map.serialize_entry("note", note)?;
        }
        map.end()
    }
}

super::fields::file_fields! {
/// A node as the file writes it: every field flat. Serde and the loader's
/// direct reader read this and make it a [`Node`]; the schema describes it.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Node")]
pub(crate) struct NodeSchema {
    /// A slug (lower-case letters, digits, `-`), unique across nodes.
    id: String,
    kind: Lenient<NodeKind>,
    label: String,
    /// Other names people use ("Moscow", "the ceasefire"); matched case-insensitively.
    #[serde(default)]
    aliases: Vec<String>,
    /// For demands, conditions and proposals: the status from the node's start; `open` when absent.
    #[serde(default)]
    status: Option<Lenient<Status>>,
    /// Dated changes of status, in date order, at most one a day (format 1.1).
    #[serde(default)]
    status_history: Vec<StatusChange>,
    #[serde(default)]
    since: Option<Lenient<Date>>,
    #[serde(default)]
    until: Option<Lenient<Date>>,
    /// The parties who must act for the node to be met: a list of party ids,
    /// or one id (format 1.1).
    #[serde(default)]
    #[schemars(with = "OneOrMany")]
    actor: Actors,
    /// The issue node this term settles (format 1.1).
    #[serde(default)]
    issue: Option<String>,
    /// How much, as people write it: "45-60 days", "about 120", "at least 10 hostages" (format 1.1).
    #[serde(default)]
    quantity: Option<String>,
    /// For a party the source does not name: `true`; the label says how the
    /// source refers to it ("an unnamed official") (format 1.2).
    #[serde(default)]
    unnamed: bool,
    /// For a position: the day it is scheduled for from its start ("a vote
    /// set for Friday"), a day after the date of the source that reports it
    /// (format 1.2).
    #[serde(default)]
    scheduled: Option<Lenient<Date>>,
    #[serde(default)]
    note: Option<String>,
}
}

impl From<NodeSchema> for Node {
    fn from(file: NodeSchema) -> Node {
        let NodeSchema {
            id,
            kind,
            label,
            aliases,
            status,
            status_history,
            since,
            until,
            actor: Actors(actor),
            issue,
            quantity,
            unnamed,
            scheduled,
            note,
        } = file;
        // Most nodes have none of these: no box is made for them (a quarter
        // of a million allocations and frees on a big file).
        let none = status_history.is_empty()
            && actor.is_empty()
            && issue.is_none()
            && quantity.is_none()
            && !unnamed
            && scheduled.is_none();
        let more = (!none).then(|| {
            Box::new(NodeMore {
                status_history,
                actor,
                issue,
                quantity,
                unnamed,
                scheduled,
            })
        });
        Node {
            id,
            kind,
            label,
            aliases,
            status,
            since,
            until,
            note,
            more,
        }
    }
}

/// The schema of `actor`: a party id, or a list of them.
struct OneOrMany;

impl JsonSchema for OneOrMany {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "OneOrMany".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "anyOf": [
                { "type": "string" },
                { "type": "array", "items": { "type": "string" } }
            ]
        })
    }
}

/// `actor` as written: a party id, or a list of them.
#[derive(Default)]
pub(crate) struct Actors(Vec<String>);

impl<'de> Deserialize<'de> for Actors {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Actors, D::Error> {
        one_or_many(deserializer).map(Actors)
    }
}

impl<'a> FieldValue<'a> for Actors {
    fn read(r: &mut impl FieldReader<'a>) -> Option<Actors> {
        let ids = match r.plain() {
            Some(one) => vec![one],
            None => r.plain_list()?,
        };
        Some(Actors(ids.into_iter().map(str::to_owned).collect()))
    }
    fn absent() -> Option<Actors> {
        Some(Actors::default())
    }
}

/// A list of strings, or one string standing for a list of one.
fn one_or_many<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    struct Visit;
    impl<'de> serde::de::Visitor<'de> for Visit {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a party id or a list of party ids")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Vec<String>, E> {
            Ok(vec![v.to_owned()])
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Vec<String>, A::Error> {
            let mut out = Vec::new();
            while let Some(item) = seq.next_element::<String>()? {
                out.push(item);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_any(Visit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_1_1_fields_round_trip_and_a_plain_node_has_no_box() {
        let plain: Node =
            serde_json::from_str(r#"{"id":"a","kind":"demand","label":"A","note":"n"}"#).unwrap();
        assert!(plain.more.is_none());
        assert!(!plain.needs_1_1());
        let text = r#"{"id":"t","kind":"demand","label":"T","status":"open","status_history":[{"status":"met","on":"2025-06-01"}],"actor":["b","c"],"issue":"len","quantity":"45-60 days"}"#;
        let node: Node = serde_json::from_str(text).unwrap();
        assert_eq!(node.actor(), ["b", "c"]);
        assert_eq!(node.issue(), Some("len"));
        assert_eq!(node.quantity(), Some("45-60 days"));
        assert_eq!(node.status_history().len(), 1);
        assert!(node.needs_1_1());
        assert_eq!(serde_json::to_string(&node).unwrap(), text);
        let one: Node =
            serde_json::from_str(r#"{"id":"t","kind":"demand","label":"T","actor":"b"}"#).unwrap();
        assert_eq!(one.actor(), ["b"]);
        let err =
            serde_json::from_str::<Node>(r#"{"id":"t","kind":"demand","label":"T","actr":"b"}"#)
                .unwrap_err();
        assert!(err.to_string().contains("unknown field `actr`"), "{err}");
    }
}
