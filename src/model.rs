//! The file's vocabulary: nodes, edges, sources, their kinds, relations, statuses
//! and dates, exactly as format version 1 spells them.
//!
//! These types mirror the file, not the validated graph: a kind, relation, status
//! or date that does not parse is kept as [`Lenient::Unknown`] so that validation
//! can report every such mistake in one run instead of stopping at the first.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The format version this build reads and writes.
pub const FORMAT_VERSION: u64 = 1;

/// A word from a closed vocabulary (kinds, relations, statuses) or a date:
/// something with one canonical spelling that may fail to parse.
pub trait Vocabulary: Sized + Copy + 'static {
    /// What the vocabulary is called in messages ("kind", "relation", ...).
    const WHAT: &'static str;
    fn parse(text: &str) -> Option<Self>;
    fn spelling(self) -> Cow<'static, str>;
    /// Every accepted spelling, for "allowed: ..." messages. Empty for open sets such as dates.
    fn allowed() -> &'static [&'static str] {
        &[]
    }
}

/// A value as read from a file: known, or the text that was there instead.
///
/// The text is behind a thin `Box<String>` (one pointer) so that an optional
/// lenient date or status takes 16 bytes, not 24: a million edges carry two.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Lenient<T> {
    Known(T),
    Unknown(Box<String>),
}

impl<T: Vocabulary> Lenient<T> {
    /// Reads the file's text: known when it parses, kept as written when not.
    pub fn from_text(text: &str) -> Lenient<T> {
        match T::parse(text) {
            Some(known) => Lenient::Known(known),
            None => Lenient::Unknown(Box::new(text.to_owned())),
        }
    }

    pub fn known(&self) -> Option<T> {
        match self {
            Lenient::Known(v) => Some(*v),
            Lenient::Unknown(_) => None,
        }
    }
}

impl<T: Vocabulary> From<T> for Lenient<T> {
    fn from(value: T) -> Self {
        Lenient::Known(value)
    }
}

impl<T: Vocabulary> fmt::Display for Lenient<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lenient::Known(v) => f.write_str(&v.spelling()),
            Lenient::Unknown(s) => f.write_str(s),
        }
    }
}

impl<T: Vocabulary> Serialize for Lenient<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Lenient::Known(v) => serializer.serialize_str(&v.spelling()),
            Lenient::Unknown(s) => serializer.serialize_str(s),
        }
    }
}

impl<'de, T: Vocabulary> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit<T>(std::marker::PhantomData<T>);
        impl<T: Vocabulary> serde::de::Visitor<'_> for Visit<T> {
            type Value = Lenient<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a {} (a string)", T::WHAT)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Lenient::from_text(v))
            }
        }
        deserializer.deserialize_str(Visit(std::marker::PhantomData))
    }
}

impl<T: Vocabulary + JsonSchema> JsonSchema for Lenient<T> {
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:literal, { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl Vocabulary for $name {
            const WHAT: &'static str = $what;
            fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
            fn spelling(self) -> Cow<'static, str> { Cow::Borrowed(self.as_str()) }
            fn allowed() -> &'static [&'static str] { &[$($text),+] }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                <$name as Vocabulary>::parse(s).ok_or_else(|| {
                    format!("unknown {} '{}' (allowed: {})", $what, s, [$($text),+].join(", "))
                })
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> { Cow::Borrowed(stringify!($name)) }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({ "type": "string", "enum": [$($text),+] })
            }
        }
    };
}

vocabulary!(
    /// What a node stands for.
    NodeKind, "kind", {
        /// A government, leader, bloc or other actor that holds positions.
        Party => "party",
        /// Something a party wants to happen.
        Demand => "demand",
        /// A state of affairs another position depends on.
        Condition => "condition",
    }
);

vocabulary!(
    /// How two nodes are joined.
    Relation, "relation", {
        Demands => "demands",
        Proposes => "proposes",
        Supports => "supports",
        Rejects => "rejects",
        Threatens => "threatens",
        /// Per `by`, FROM happens only if TO.
        ConditionsOn => "conditions_on",
        Blocks => "blocks",
        MemberOf => "member_of",
    }
);

vocabulary!(
    /// Where a demand or condition stands.
    Status, "status", {
        Open => "open",
        Met => "met",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
    }
);

impl Relation {
    /// The relations through which a party takes a position on a demand or condition.
    pub const STANCES: &'static [Relation] = &[
        Relation::Demands,
        Relation::Proposes,
        Relation::Supports,
        Relation::Rejects,
        Relation::Threatens,
    ];

    pub fn is_stance(self) -> bool {
        Self::STANCES.contains(&self)
    }

    /// The kinds this relation may join, as (allowed sources, allowed targets).
    pub fn joins(self) -> (&'static [NodeKind], &'static [NodeKind]) {
        const PARTY: &[NodeKind] = &[NodeKind::Party];
        const POSITION: &[NodeKind] = &[NodeKind::Demand, NodeKind::Condition];
        const ANY: &[NodeKind] = &[NodeKind::Party, NodeKind::Demand, NodeKind::Condition];
        match self {
            Relation::ConditionsOn => (POSITION, POSITION),
            Relation::Blocks => (ANY, POSITION),
            Relation::MemberOf => (PARTY, PARTY),
            _ => (PARTY, POSITION),
        }
    }

    /// A phrase for the relation in running text ("conditions on").
    pub fn phrase(self) -> &'static str {
        match self {
            Relation::ConditionsOn => "needs",
            Relation::MemberOf => "is a member of",
            other => other.as_str(),
        }
    }
}

/// A calendar date, `YYYY-MM-DD`, as the file spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year.is_multiple_of(4)
                && (!year.is_multiple_of(100) || year.is_multiple_of(400)) =>
            {
                29
            }
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days_in_month).then_some(Date { year, month, day })
    }

    /// Today's date in UTC: queries see the graph as of this day unless told otherwise.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Date::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// Howard Hinnant's civil-from-days: exact for the proleptic Gregorian calendar.
    fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }
}

impl Vocabulary for Date {
    const WHAT: &'static str = "date";
    fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            b[r.clone()].iter().all(u8::is_ascii_digit).then(|| {
                b[r].iter()
                    .fold(0u16, |acc, d| acc * 10 + u16::from(d - b'0'))
            })
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Date::new(digits(0..4)?, digits(5..7)? as u8, digits(8..10)? as u8)
    }
    fn spelling(self) -> Cow<'static, str> {
        Cow::Owned(self.to_string())
    }
}

impl FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Date, String> {
        <Date as Vocabulary>::parse(s)
            .ok_or_else(|| format!("'{s}' is not a date; write YYYY-MM-DD, e.g. 2025-05-11"))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Date")
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "An ISO date, YYYY-MM-DD; since and until are inclusive."
        })
    }
}

/// An inclusive span of days; either end may be open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Interval {
    pub since: Option<Date>,
    pub until: Option<Date>,
}

impl Interval {
    pub fn contains(&self, day: Date) -> bool {
        self.since.is_none_or(|s| s <= day) && self.until.is_none_or(|u| day <= u)
    }
}

/// Where a claim comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A slug, unique among sources; `check --sources DIR` reads `DIR/<id>.txt`.
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Lenient<Date>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
}

/// A party, demand or condition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Node {
    /// A slug (lower-case letters, digits, `-`), unique across nodes.
    pub id: String,
    pub kind: Lenient<NodeKind>,
    pub label: String,
    /// Other names people use ("Moscow", "the ceasefire"); matched case-insensitively.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// For demands and conditions only; `open` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Lenient<Status>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Lenient<Date>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Lenient<Date>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One recorded position or link: FROM RELATION TO, held by `by`, citing `source`.
// Ends are `NodeRef`s: the loader resolves each id to its node's position once,
// while reading, so a million edges hold integers rather than a few million
// copies of ids, and nothing downstream looks an id up again. Written back as
// ids by `load`.
#[derive(Clone, Debug, PartialEq, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Edge {
    #[schemars(with = "String")]
    pub from: NodeRef,
    pub relation: Lenient<Relation>,
    #[schemars(with = "String")]
    pub to: NodeRef,
    /// The party whose position this edge records; required for `conditions_on`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub by: Option<NodeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub source: Option<SourceRef>,
    /// The source's exact words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Box<str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Lenient<Date>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Lenient<Date>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Box<str>>,
}

/// An edge's end: the position of a node in [`Document::nodes`], or an id that
/// named no node when it was read (kept so validation can say which, and
/// resolved then if the nodes came later in the file or the edge was built in code).
// A thin `Box<String>` keeps `Option<NodeRef>` (an edge's `by`) at 16 bytes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum NodeRef {
    Node(u32),
    Name(Box<String>),
}

impl From<&str> for NodeRef {
    fn from(id: &str) -> NodeRef {
        NodeRef::Name(Box::new(id.to_owned()))
    }
}

impl From<String> for NodeRef {
    fn from(id: String) -> NodeRef {
        NodeRef::Name(Box::new(id))
    }
}

/// A source id as cited by an edge. Shared: a thousand edges citing one source
/// hold one string between them.
pub type SourceRef = std::sync::Arc<str>;

/// A whole graph file.
#[derive(Clone, Debug, PartialEq, JsonSchema)]
#[schemars(title = "negograph graph, format 1")]
pub struct Document {
    /// The format version: 1.
    pub negograph: u64,
    pub title: String,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub nodes: Vec<Node>,
    #[serde(default)]
    // Edges serialize through the document (their ends are written as ids), so
    // schemars cannot print this default itself.
    #[schemars(extend("default" = []))]
    pub edges: Vec<Edge>,
    /// Top-level fields this version does not know, kept in file order so that
    /// saving never loses what another tool wrote.
    #[schemars(skip)]
    pub extra: Vec<(String, serde_json::Value)>,
}

impl Document {
    pub fn new(title: impl Into<String>) -> Document {
        Document {
            negograph: FORMAT_VERSION,
            title: title.into(),
            sources: Vec::new(),
            nodes: Vec::new(),
            edges: Vec::new(),
            extra: Vec::new(),
        }
    }
}

impl Node {
    pub fn interval(&self) -> Interval {
        Interval {
            since: self.since.as_ref().and_then(Lenient::known),
            until: self.until.as_ref().and_then(Lenient::known),
        }
    }
}

impl Document {
    /// The id an edge end names: its node's id, or the unresolved text.
    pub fn ref_id<'d>(&'d self, r: &'d NodeRef) -> &'d str {
        match r {
            NodeRef::Node(i) => self.nodes.get(*i as usize).map_or("", |n| n.id.as_str()),
            NodeRef::Name(name) => name,
        }
    }

    /// The node an edge end names, if it names one.
    pub fn ref_node(&self, r: &NodeRef) -> Option<usize> {
        match r {
            NodeRef::Node(i) => ((*i as usize) < self.nodes.len()).then_some(*i as usize),
            NodeRef::Name(_) => None,
        }
    }

    /// Removes node `i` and renumbers the references to the nodes after it.
    /// References to `i` itself become its id, unresolved.
    pub fn remove_node(&mut self, i: usize) -> Node {
        let node = self.nodes.remove(i);
        let renumber = |r: &mut NodeRef| {
            if let NodeRef::Node(n) = r {
                match (*n as usize).cmp(&i) {
                    std::cmp::Ordering::Less => {}
                    std::cmp::Ordering::Equal => *r = NodeRef::from(node.id.as_str()),
                    std::cmp::Ordering::Greater => *n -= 1,
                }
            }
        };
        for edge in &mut self.edges {
            renumber(&mut edge.from);
            renumber(&mut edge.to);
            if let Some(by) = &mut edge.by {
                renumber(by);
            }
        }
        node
    }
}

impl Edge {
    pub fn interval(&self) -> Interval {
        Interval {
            since: self.since.as_ref().and_then(Lenient::known),
            until: self.until.as_ref().and_then(Lenient::known),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(
            "2024-02-29".parse::<Date>().unwrap().to_string(),
            "2024-02-29"
        );
        for bad in [
            "2023-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "2025-5-1",
            "20250501",
            "2025-05-01T00",
            "",
            "2025-0a-01",
            "１２３４-05-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad} should not parse");
        }
        assert!("1900-02-29".parse::<Date>().is_err());
        assert!("2000-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn civil_from_days_matches_known_dates() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_days_since_epoch(20_148).to_string(),
            "2025-03-01"
        );
        assert_eq!(
            Date::from_days_since_epoch(11_016).to_string(),
            "2000-02-29"
        );
    }

    #[test]
    fn intervals_are_inclusive() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let i = Interval {
            since: Some(d("2025-05-10")),
            until: Some(d("2025-05-11")),
        };
        assert!(!i.contains(d("2025-05-09")));
        assert!(i.contains(d("2025-05-10")));
        assert!(i.contains(d("2025-05-11")));
        assert!(!i.contains(d("2025-05-12")));
        assert!(Interval::default().contains(d("1999-01-01")));
    }
}
