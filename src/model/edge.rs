//! An edge: one recorded position or link, stored packed in 64 bytes and
//! read and built in the file's terms through [`EdgeFields`].

use std::fmt;

use schemars::JsonSchema;

use super::{Date, Interval, Lenient, Relation};

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

impl Edge {
    /// Node `removed` is gone from the document: an end naming it becomes its
    /// id, unresolved, and ends naming later nodes move down by one.
    pub(super) fn forget_node(&mut self, removed: u32, removed_id: &str) {
        for slot in 0..3 {
            let n = self.ends[slot];
            if n == NAMED || n == NO_NODE {
                continue;
            }
            match n.cmp(&removed) {
                std::cmp::Ordering::Less => {}
                std::cmp::Ordering::Equal => self.set_end(slot, NodeRef::from(removed_id)),
                std::cmp::Ordering::Greater => self.ends[slot] -= 1,
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Document, Node, NodeKind};

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
}
