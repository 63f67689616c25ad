//! The closed vocabularies of the format (node kinds, relations, statuses)
//! and [`Lenient`], which keeps a word that does not parse for validation to
//! report.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A word from a closed vocabulary (kinds, relations, statuses) or a date:
/// something with one canonical spelling that may fail to parse.
pub trait Vocabulary: Sized + Copy + 'static {
    /// What the vocabulary is called in messages ("kind", "relation", ...).
    const WHAT: &'static str;
    /// The value a file's text names, or `None` when it names none.
    fn parse(text: &str) -> Option<Self>;
    /// How a file writes the value (what [`Vocabulary::parse`] reads back).
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
    /// The text named a value.
    Known(T),
    /// The text as written, which named none (`check` reports it).
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

    /// The value, when the text named one.
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
        pub enum $name { $($(#[$vmeta])* #[doc = concat!("Written `", $text, "`.")] $variant),+ }

        impl $name {
            /// Every value, in the order the format lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// How a file writes it.
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
        /// A package of terms offered as one (format 1.1); its terms are
        /// demands or conditions joined to it by `part_of`.
        Proposal => "proposal",
        /// A dimension bargained over, such as "ceasefire length" (format
        /// 1.1): named by terms, joined by no edge.
        Issue => "issue",
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
        /// A party accepts a position (format 1.1).
        Accepts => "accepts",
        /// A party answers a position with another offer, named in `with` (format 1.1).
        Counters => "counters",
        /// A party has not answered a position by the edge's `since` (format 1.1).
        Ignores => "ignores",
        /// A party mediates or brokers a position, proposal or talks (format 1.1).
        Mediates => "mediates",
        /// FROM replaces TO from the edge's `since`; TO then counts as withdrawn (format 1.1).
        Supersedes => "supersedes",
        /// A term (FROM) of a proposal (TO) (format 1.1).
        PartOf => "part_of",
        /// Per `by`, FROM and TO cannot both hold: whoever holds one stands
        /// against the other. Symmetric (format 1.1).
        Excludes => "excludes",
        /// A party answers a position put to it with neither yes nor no: it
        /// considers it, defers, declines to endorse it (the edge's `stance`
        /// says which, in the source's words). Not agreement, not a refusal
        /// (format 1.2).
        Considers => "considers",
        /// A party takes part in talks or in a position worked out among
        /// several ("five-way talks between A, B, C, D and E") (format 1.2).
        TakesPartIn => "takes_part_in",
    }
);

vocabulary!(
    /// Where a demand, condition or proposal stands.
    Status, "status", {
        Open => "open",
        Met => "met",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
        /// Put off to a later day, given in the change's `scheduled` or not
        /// known; still pending, as an open position is (format 1.2).
        Postponed => "postponed",
        /// Called off: it will not take place as things stand. Not pending,
        /// and not settled either: whatever needs it cannot go ahead
        /// (format 1.2).
        Cancelled => "cancelled",
    }
);

/// Where a party stands on a position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// For it: demands, proposes, supports or accepts it.
    For,
    /// Against it: rejects, counters or ignores it, or holds a position that excludes it.
    Against,
}

impl NodeKind {
    /// Demands, conditions and proposals: what parties take positions on.
    pub const POSITIONS: &'static [NodeKind] =
        &[NodeKind::Demand, NodeKind::Condition, NodeKind::Proposal];

    /// Whether parties take positions on nodes of this kind.
    pub fn is_position(self) -> bool {
        Self::POSITIONS.contains(&self)
    }

    /// Whether nodes of this kind carry a status (every kind but parties and issues).
    pub fn has_status(self) -> bool {
        self.is_position()
    }
}

impl Status {
    /// Whether the status came in format 1.2 (`postponed`, `cancelled`).
    pub const fn needs_1_2(self) -> bool {
        matches!(self, Status::Postponed | Status::Cancelled)
    }

    /// Whether a position with this status still waits to happen: open or
    /// postponed. Only then does a scheduled day hold.
    pub const fn is_pending(self) -> bool {
        matches!(self, Status::Open | Status::Postponed)
    }
}

impl Relation {
    /// The relations through which a party takes a position on a demand,
    /// condition or proposal (those whose [`RelationFacts::stance`](super::RelationFacts::stance) is set),
    /// in the table's order.
    pub fn stances() -> impl Iterator<Item = Relation> {
        Relation::ALL.iter().copied().filter(|r| r.facts().stance)
    }

    /// Which side of a position a party is on when it holds this relation
    /// to it ([`RelationFacts::side`](super::RelationFacts::side)): the one table every answer reads
    /// (`who --side`, `conflicts`, `stance`, `compare`, the obstacles of
    /// `blockers` and `unblock`). Holding a position that `excludes`
    /// another also puts a party against the other; that is read off the
    /// `excludes` claim, not this table.
    pub const fn side(self) -> Option<Side> {
        self.facts().side
    }

    /// Whether a party takes a position through this relation.
    pub const fn is_stance(self) -> bool {
        self.facts().stance
    }

    /// Whether this relation answers a position put to a party.
    pub const fn is_response(self) -> bool {
        self.facts().response
    }

    /// Whether a party puts a position forward through this relation
    /// (demands or proposes it): what the answers to it answer.
    pub const fn puts_forward(self) -> bool {
        matches!(self, Relation::Demands | Relation::Proposes)
    }

    /// The kinds this relation may join, as (allowed sources, allowed targets).
    pub const fn joins(self) -> (&'static [NodeKind], &'static [NodeKind]) {
        let facts = self.facts();
        (facts.from, facts.to)
    }

    /// A phrase for the relation in running text ("needs").
    pub const fn phrase(self) -> &'static str {
        self.facts().phrase
    }
}
