//! The file's vocabulary: nodes, edges, sources, their kinds, relations, statuses
//! and dates, exactly as format version 1 spells them.
//!
//! These types mirror the file, not the validated graph: a kind, relation, status
//! or date that does not parse is kept as [`Lenient::Unknown`] so that validation
//! can report every such mistake in one run instead of stopping at the first.
//! [`Edge`] is the one stored differently, packed into 64 bytes; code reads and
//! builds it in the file's terms through [`EdgeFields`].

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
// An [`Edge`] in the file's terms: what code builds one from, and what
// `Edge::fields` gives back. Its schema is the file's.
#[derive(Clone, Debug, PartialEq, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Edge")]
pub struct EdgeFields {
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

/// One recorded position or link: FROM RELATION TO, held by `by`, citing
/// `source`. Built from [`EdgeFields`], read through its methods.
// Edges are most of a big graph's memory, so an edge is stored in 64 bytes
// rather than the 144 its fields take: ends are node positions (the loader
// resolves ids once, while reading), the relation is a byte and dates are
// packed. What a sound file rarely has (an end naming no node, a word or date
// that does not parse, a note) lives in one box beside it, absent otherwise.
#[derive(Clone, PartialEq, Eq)]
pub struct Edge {
    /// from, to, by: a node position, [`NAMED`] or (`by` only) [`NO_NODE`].
    ends: [u32; 3],
    since: PackedDate,
    until: PackedDate,
    /// The position in [`Relation::ALL`], or [`UNKNOWN_RELATION`].
    relation: u8,
    source: Option<SourceRef>,
    quote: Option<Box<str>>,
    odd: Option<Box<Odd>>,
}

/// An end's text is in [`Odd::names`]: it named no node when it was read.
const NAMED: u32 = u32::MAX - 1;
/// No `by`.
const NO_NODE: u32 = u32::MAX;
/// The relation's text is in [`Odd::relation`].
const UNKNOWN_RELATION: u8 = u8::MAX;

/// An optional, lenient date in four bytes: 0 for none, 1 for text that is
/// not a date (kept in [`Odd`]), else year, month and day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PackedDate(u32);

impl PackedDate {
    const NONE: PackedDate = PackedDate(0);
    const UNKNOWN: PackedDate = PackedDate(1);

    fn known(day: Date) -> PackedDate {
        // Months start at 1, so a known date is never 0 or 1.
        PackedDate(u32::from(day.year) << 16 | u32::from(day.month) << 8 | u32::from(day.day))
    }

    #[inline]
    fn date(self) -> Option<Date> {
        (self.0 > PackedDate::UNKNOWN.0).then_some(Date {
            year: (self.0 >> 16) as u16,
            month: (self.0 >> 8) as u8,
            day: self.0 as u8,
        })
    }
}

/// The rare parts of an edge, as text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Odd {
    /// from, to, by, when they named no node.
    names: [Option<Box<str>>; 3],
    relation: Option<Box<str>>,
    since: Option<Box<str>>,
    until: Option<Box<str>>,
    note: Option<Box<str>>,
}

/// An edge end as stored: a node position, or an id that named no node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum End<'a> {
    Node(u32),
    Name(&'a str),
}

impl Edge {
    pub fn new(fields: EdgeFields) -> Edge {
        let EdgeFields {
            from,
            relation,
            to,
            by,
            source,
            quote,
            since,
            until,
            note,
        } = fields;
        let mut odd = Odd {
            note,
            ..Odd::default()
        };
        let mut end = |end: Option<NodeRef>, slot: usize| match end {
            None => NO_NODE,
            Some(NodeRef::Node(i)) if i < NAMED => i,
            // A position too big to be one is no node: kept as the empty
            // name, which is what it always read as.
            Some(NodeRef::Node(_)) => {
                odd.names[slot] = Some("".into());
                NAMED
            }
            Some(NodeRef::Name(name)) => {
                odd.names[slot] = Some((*name).into());
                NAMED
            }
        };
        let ends = [end(Some(from), 0), end(Some(to), 1), end(by, 2)];
        let relation = match relation {
            // `Relation::ALL` lists the variants in declaration order.
            Lenient::Known(r) => r as u8,
            Lenient::Unknown(text) => {
                odd.relation = Some((*text).into());
                UNKNOWN_RELATION
            }
        };
        let date = |date: Option<Lenient<Date>>, text: &mut Option<Box<str>>| match date {
            None => PackedDate::NONE,
            Some(Lenient::Known(day)) => PackedDate::known(day),
            Some(Lenient::Unknown(written)) => {
                *text = Some((*written).into());
                PackedDate::UNKNOWN
            }
        };
        let since = date(since, &mut odd.since);
        let until = date(until, &mut odd.until);
        Edge {
            ends,
            since,
            until,
            relation,
            source,
            quote,
            odd: (odd != Odd::default()).then(|| Box::new(odd)),
        }
    }

    /// The edge in the file's terms.
    pub fn fields(&self) -> EdgeFields {
        let owned = |end: End<'_>| match end {
            End::Node(i) => NodeRef::Node(i),
            End::Name(name) => NodeRef::from(name),
        };
        EdgeFields {
            from: owned(self.from()),
            relation: self.relation(),
            to: owned(self.to()),
            by: self.by().map(owned),
            source: self.source.clone(),
            quote: self.quote.clone(),
            since: self.since(),
            until: self.until(),
            note: self.note().map(Into::into),
        }
    }

    /// Changes the edge through its fields.
    pub fn update(&mut self, change: impl FnOnce(&mut EdgeFields)) {
        let mut fields = self.fields();
        change(&mut fields);
        *self = Edge::new(fields);
    }

    #[inline]
    fn end(&self, slot: usize) -> End<'_> {
        match self.ends[slot] {
            NAMED => End::Name(
                self.odd
                    .as_ref()
                    .and_then(|odd| odd.names[slot].as_deref())
                    .unwrap_or(""),
            ),
            i => End::Node(i),
        }
    }

    #[inline]
    pub fn from(&self) -> End<'_> {
        self.end(0)
    }

    #[inline]
    pub fn to(&self) -> End<'_> {
        self.end(1)
    }

    /// The party whose position this edge records; required for `conditions_on`.
    #[inline]
    pub fn by(&self) -> Option<End<'_>> {
        (self.ends[2] != NO_NODE).then(|| self.end(2))
    }

    /// Whether an end is an id that named no node when it was read.
    pub fn has_named_end(&self) -> bool {
        self.ends.contains(&NAMED)
    }

    /// The ids of the ends that named no node when they were read.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.odd
            .iter()
            .flat_map(|odd| odd.names.iter().flatten().map(|name| &**name))
    }

    pub fn relation(&self) -> Lenient<Relation> {
        match self.known_relation() {
            Some(r) => Lenient::Known(r),
            None => Lenient::Unknown(Box::new(self.odd_text(|odd| &odd.relation).to_owned())),
        }
    }

    #[inline]
    pub fn known_relation(&self) -> Option<Relation> {
        Relation::ALL.get(usize::from(self.relation)).copied()
    }

    pub fn source(&self) -> Option<&SourceRef> {
        self.source.as_ref()
    }

    /// The source's exact words.
    pub fn quote(&self) -> Option<&str> {
        self.quote.as_deref()
    }

    pub fn note(&self) -> Option<&str> {
        self.odd.as_ref().and_then(|odd| odd.note.as_deref())
    }

    pub fn since(&self) -> Option<Lenient<Date>> {
        self.lenient_date(self.since, |odd| &odd.since)
    }

    pub fn until(&self) -> Option<Lenient<Date>> {
        self.lenient_date(self.until, |odd| &odd.until)
    }

    #[inline]
    pub fn interval(&self) -> Interval {
        Interval {
            since: self.since.date(),
            until: self.until.date(),
        }
    }

    fn odd_text(&self, field: impl Fn(&Odd) -> &Option<Box<str>>) -> &str {
        self.odd
            .as_deref()
            .and_then(|odd| field(odd).as_deref())
            .unwrap_or("")
    }

    fn lenient_date(
        &self,
        packed: PackedDate,
        text: impl Fn(&Odd) -> &Option<Box<str>>,
    ) -> Option<Lenient<Date>> {
        match packed {
            PackedDate::NONE => None,
            PackedDate::UNKNOWN => Some(Lenient::Unknown(Box::new(self.odd_text(text).to_owned()))),
            known => known.date().map(Lenient::Known),
        }
    }

    /// Gives the ends that name a node, by `find`, that node's position.
    pub(crate) fn resolve_names(&mut self, find: impl Fn(&str) -> Option<u32>) {
        let Some(odd) = self.odd.as_deref_mut() else {
            return;
        };
        for (slot, name) in odd.names.iter_mut().enumerate() {
            if let Some(found) = name.as_deref().and_then(&find) {
                self.ends[slot] = found;
                *name = None;
            }
        }
        self.drop_empty_odd();
    }

    /// Points an end at node `node` instead, or at a name.
    fn set_end(&mut self, slot: usize, end: NodeRef) {
        let odd = self.odd.get_or_insert_with(Box::default);
        match end {
            NodeRef::Node(i) if i < NAMED => {
                self.ends[slot] = i;
                odd.names[slot] = None;
            }
            NodeRef::Node(_) => {
                self.ends[slot] = NAMED;
                odd.names[slot] = Some("".into());
            }
            NodeRef::Name(name) => {
                self.ends[slot] = NAMED;
                odd.names[slot] = Some((*name).into());
            }
        }
        self.drop_empty_odd();
    }

    fn drop_empty_odd(&mut self) {
        if self
            .odd
            .as_deref()
            .is_some_and(|odd| *odd == Odd::default())
        {
            self.odd = None;
        }
    }
}

impl fmt::Debug for Edge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.fields().fmt(f)
    }
}

/// An edge's end in [`EdgeFields`]: the position of a node in
/// [`Document::nodes`], or an id: one that names no node (kept so validation
/// can say which), or one given in code, which validation resolves.
// A thin `Box<String>` keeps `Option<NodeRef>` at 16 bytes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum NodeRef {
    Node(u32),
    Name(Box<String>),
}

impl NodeRef {
    pub fn as_end(&self) -> End<'_> {
        match self {
            NodeRef::Node(i) => End::Node(*i),
            NodeRef::Name(name) => End::Name(name),
        }
    }
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
    #[schemars(extend("default" = []), with = "Vec<EdgeFields>")]
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
        }
    }

    pub fn interval(&self) -> Interval {
        Interval {
            since: self.since.as_ref().and_then(Lenient::known),
            until: self.until.as_ref().and_then(Lenient::known),
        }
    }
}

impl Document {
    /// The id an edge end names: its node's id, or the unresolved text.
    pub fn ref_id<'d>(&'d self, end: End<'d>) -> &'d str {
        match end {
            End::Node(i) => self.nodes.get(i as usize).map_or("", |n| n.id.as_str()),
            End::Name(name) => name,
        }
    }

    /// The node an edge end names, if it names one.
    pub fn ref_node(&self, end: End<'_>) -> Option<usize> {
        match end {
            End::Node(i) => ((i as usize) < self.nodes.len()).then_some(i as usize),
            End::Name(_) => None,
        }
    }

    /// Removes node `i` and renumbers the references to the nodes after it.
    /// References to `i` itself become its id, unresolved.
    pub fn remove_node(&mut self, i: usize) -> Node {
        let node = self.nodes.remove(i);
        let i = i as u32;
        for edge in &mut self.edges {
            for slot in 0..3 {
                let n = edge.ends[slot];
                if n == NAMED || n == NO_NODE {
                    continue;
                }
                match n.cmp(&i) {
                    std::cmp::Ordering::Less => {}
                    std::cmp::Ordering::Equal => {
                        edge.set_end(slot, NodeRef::from(node.id.as_str()))
                    }
                    std::cmp::Ordering::Greater => edge.ends[slot] -= 1,
                }
            }
        }
        node
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
    fn an_edge_is_stored_in_64_bytes() {
        // The memory of a big graph is mostly its edges: 64 bytes keeps a
        // million-edge graph under twice its file's size (README, performance).
        assert!(
            std::mem::size_of::<Edge>() <= 64,
            "{}",
            std::mem::size_of::<Edge>()
        );
    }

    /// `fields` as `Edge::new` keeps them: a position too big to be one is
    /// the empty name.
    fn normalised(mut f: EdgeFields) -> EdgeFields {
        let fix = |end: &mut NodeRef| {
            if matches!(end, NodeRef::Node(i) if *i >= NAMED) {
                *end = NodeRef::from("");
            }
        };
        fix(&mut f.from);
        fix(&mut f.to);
        if let Some(by) = &mut f.by {
            fix(by);
        }
        f
    }

    fn any_fields(small: bool) -> impl proptest::strategy::Strategy<Value = EdgeFields> {
        use proptest::prelude::*;
        // `small` draws from few values, so that two draws are often equal.
        let text = move || {
            if small {
                prop::sample::select(vec!["", "a", "x y"])
                    .prop_map(str::to_owned)
                    .boxed()
            } else {
                any::<String>().boxed()
            }
        };
        let end = prop_oneof![
            (0..if small { 3 } else { NAMED }).prop_map(NodeRef::Node),
            (NAMED..=u32::MAX).prop_map(NodeRef::Node),
            text().prop_map(NodeRef::from),
        ];
        let relation = prop_oneof![
            prop::sample::select(Relation::ALL).prop_map(Lenient::Known),
            text().prop_map(|t| Lenient::Unknown(Box::new(t))),
        ];
        let date = prop::option::of(prop_oneof![
            (0..=u16::MAX, 1..=12u8, 1..=31u8)
                .prop_filter_map("a real day", |(y, m, d)| Date::new(y, m, d)
                    .map(Lenient::Known)),
            text().prop_map(|t| Lenient::Unknown(Box::new(t))),
        ]);
        let boxed = move || prop::option::of(text().prop_map(Into::<Box<str>>::into));
        (
            (end.clone(), relation, end.clone(), prop::option::of(end)),
            (boxed(), boxed(), date.clone(), date, boxed()),
        )
            .prop_map(
                |((from, relation, to, by), (source, quote, since, until, note))| EdgeFields {
                    from,
                    relation,
                    to,
                    by,
                    source: source.map(|s: Box<str>| SourceRef::from(&*s)),
                    quote,
                    since,
                    until,
                    note,
                },
            )
    }

    proptest::proptest! {
        #[test]
        fn an_edge_gives_back_the_fields_it_was_built_from(f in any_fields(false)) {
            let edge = Edge::new(f.clone());
            proptest::prop_assert_eq!(edge.fields(), normalised(f.clone()));
            proptest::prop_assert_eq!(edge.interval(), Interval {
                since: f.since.as_ref().and_then(Lenient::known),
                until: f.until.as_ref().and_then(Lenient::known),
            });
            proptest::prop_assert_eq!(edge.known_relation(), f.relation.known());
            let named: Vec<String> = [Some(&f.from), Some(&f.to), f.by.as_ref()]
                .into_iter()
                .flatten()
                .filter_map(|end| match end {
                    NodeRef::Node(i) if *i < NAMED => None,
                    NodeRef::Node(_) => Some(String::new()),
                    NodeRef::Name(name) => Some((**name).clone()),
                })
                .collect();
            proptest::prop_assert_eq!(edge.has_named_end(), !named.is_empty());
            proptest::prop_assert_eq!(edge.names().map(str::to_owned).collect::<Vec<_>>(), named);
        }

        #[test]
        fn edges_are_equal_when_their_fields_are(a in any_fields(true), b in any_fields(true)) {
            proptest::prop_assert_eq!(
                Edge::new(a.clone()) == Edge::new(b.clone()),
                normalised(a) == normalised(b)
            );
        }
    }

    #[test]
    fn names_resolve_and_removed_nodes_become_names() {
        let node = |id: &str| Node::new(id, NodeKind::Party, id);
        let edge = |from: NodeRef, to: NodeRef, by: Option<NodeRef>| {
            Edge::new(EdgeFields {
                from,
                relation: Relation::MemberOf.into(),
                to,
                by,
                source: None,
                quote: None,
                since: None,
                until: None,
                note: None,
            })
        };
        let mut doc = Document::new("t");
        doc.nodes = vec![node("a"), node("b"), node("c")];
        let mut named = edge("c".into(), "a".into(), Some("nobody".into()));
        named.resolve_names(|id| doc.nodes.iter().position(|n| n.id == id).map(|i| i as u32));
        // Resolved ends are positions; the name that resolved nowhere stays.
        assert_eq!(
            named,
            edge(NodeRef::Node(2), NodeRef::Node(0), Some("nobody".into()))
        );
        named.resolve_names(|_| Some(1));
        assert_eq!(
            named,
            edge(NodeRef::Node(2), NodeRef::Node(0), Some(NodeRef::Node(1)))
        );
        assert!(!named.has_named_end());

        doc.edges = vec![named, edge(NodeRef::Node(1), NodeRef::Node(2), None)];
        doc.remove_node(1);
        assert_eq!(
            doc.edges[0],
            edge(NodeRef::Node(1), NodeRef::Node(0), Some("b".into()))
        );
        assert_eq!(doc.edges[1], edge("b".into(), NodeRef::Node(1), None));
        assert_eq!(doc.ref_id(doc.edges[1].to()), "c");
        assert_eq!(doc.ref_id(doc.edges[1].from()), "b");
        assert_eq!(doc.ref_node(doc.edges[1].from()), None);
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
