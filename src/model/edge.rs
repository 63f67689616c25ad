//! An edge: one recorded position or link, stored packed in 64 bytes and
//! read and built in the file's terms through [`EdgeFields`].

use std::fmt;

use schemars::JsonSchema;

use super::citation::CitationSchema;
use super::{Citation, CitationRef, Date, Interval, Lenient, Relation, SourceRef};

/// One recorded position or link in code's terms: FROM RELATION TO, held by
/// `by`, with its evidence. What code builds an [`Edge`] from, and what
/// [`Edge::fields`] gives back.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeFields {
    /// The node the edge leaves.
    pub from: NodeRef,
    /// How FROM and TO are joined.
    pub relation: Lenient<Relation>,
    /// The node the edge enters.
    pub to: NodeRef,
    /// The party whose position this edge records; required for `conditions_on`.
    pub by: Option<NodeRef>,
    /// The evidence: each citation a source and its exact words.
    pub citations: Vec<Citation>,
    /// The first day the claim holds (inclusive).
    pub since: Option<Lenient<Date>>,
    /// The last day the claim holds (inclusive).
    pub until: Option<Lenient<Date>>,
    /// Anything a reader should know that the fields cannot say.
    pub note: Option<Box<str>>,
    /// On `threatens`: the party threatened.
    pub target: Option<NodeRef>,
    /// On `threatens`: the node whose happening sets the threat off.
    pub trigger: Option<NodeRef>,
    /// On `counters`: the counter-offer.
    pub with: Option<NodeRef>,
    /// Parties who dispute that the claim is accurate.
    pub disputed_by: Vec<NodeRef>,
}

impl EdgeFields {
    /// FROM RELATION TO, with nothing else.
    pub fn new(from: impl Into<NodeRef>, relation: Relation, to: impl Into<NodeRef>) -> EdgeFields {
        EdgeFields {
            from: from.into(),
            relation: relation.into(),
            to: to.into(),
            by: None,
            citations: Vec::new(),
            since: None,
            until: None,
            note: None,
            target: None,
            trigger: None,
            with: None,
            disputed_by: Vec::new(),
        }
    }
}

/// An edge as the file writes it: what `negograph schema` describes.
#[derive(JsonSchema)]
#[schemars(rename = "Edge", deny_unknown_fields)]
#[allow(dead_code)] // Only its schema is used.
pub struct EdgeSchema {
    /// The id of the node the edge leaves.
    from: String,
    relation: Lenient<Relation>,
    /// The id of the node the edge enters.
    to: String,
    /// The party whose position this edge records; required for `conditions_on`.
    by: Option<String>,
    /// The id of the source (one citation; see `citations` for several).
    source: Option<String>,
    /// The source's exact words.
    quote: Option<String>,
    /// Several sources for one claim (format 1.1).
    citations: Option<Vec<CitationSchema>>,
    since: Option<Lenient<Date>>,
    until: Option<Lenient<Date>>,
    /// On `threatens`: the party threatened (format 1.1).
    target: Option<String>,
    /// On `threatens`: the node whose happening sets the threat off (format 1.1).
    trigger: Option<String>,
    /// On `counters`: the counter-offer (format 1.1).
    with: Option<String>,
    /// Parties who dispute that the claim is accurate (format 1.1).
    disputed_by: Option<Vec<String>>,
    note: Option<String>,
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

/// The rare parts of an edge: text that did not parse, and format 1.1's
/// additions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Odd {
    /// from, to, by, when they named no node.
    names: [Option<Box<str>>; 3],
    relation: Option<Box<str>>,
    since: Option<Box<str>>,
    until: Option<Box<str>>,
    note: Option<Box<str>>,
    /// Every citation, when there are several or one has a speaker or note;
    /// a single plain citation is in the edge's own slots instead.
    citations: Vec<Citation>,
    /// target, trigger, with.
    refs: [Option<NodeRef>; 3],
    disputed_by: Vec<NodeRef>,
}

/// The slots of [`Odd::refs`].
const TARGET: usize = 0;
const TRIGGER: usize = 1;
const WITH: usize = 2;

impl Odd {
    fn refs(&self) -> impl Iterator<Item = &NodeRef> {
        self.refs.iter().flatten().chain(&self.disputed_by)
    }

    fn refs_mut(&mut self) -> impl Iterator<Item = &mut NodeRef> {
        self.refs.iter_mut().flatten().chain(&mut self.disputed_by)
    }
}

/// An edge end as stored: a node position, or an id that named no node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum End<'a> {
    Node(u32),
    Name(&'a str),
}

impl Edge {
    /// An edge of format 1's fields only, packed without going through
    /// [`EdgeFields`] (the loader's path: no citation list is allocated).
    /// A citation with nothing in it is none.
    pub(crate) fn plain(
        from: NodeRef,
        relation: Lenient<Relation>,
        to: NodeRef,
        by: Option<NodeRef>,
        citation: Citation,
        [since, until]: [Option<Lenient<Date>>; 2],
        note: Option<Box<str>>,
    ) -> Edge {
        let mut edge = Edge::new(EdgeFields {
            from,
            relation,
            to,
            by,
            citations: Vec::new(),
            since,
            until,
            note,
            target: None,
            trigger: None,
            with: None,
            disputed_by: Vec::new(),
        });
        debug_assert!(citation.is_plain());
        edge.source = citation.source;
        edge.quote = citation.quote;
        edge
    }

    /// Packs an edge.
    pub fn new(fields: EdgeFields) -> Edge {
        let EdgeFields {
            from,
            relation,
            to,
            by,
            mut citations,
            since,
            until,
            note,
            target,
            trigger,
            with,
            disputed_by,
        } = fields;
        let mut odd = Odd {
            note,
            refs: [target, trigger, with],
            disputed_by,
            ..Odd::default()
        };
        let (source, quote) = match citations.len() {
            1 if citations[0].is_plain() => {
                let only = citations.pop().expect("one citation");
                (only.source, only.quote)
            }
            _ => {
                odd.citations = citations;
                (None, None)
            }
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
            citations: self.citations().map(CitationRef::to_owned).collect(),
            since: self.since(),
            until: self.until(),
            note: self.note().map(Into::into),
            target: self.target().map(owned),
            trigger: self.trigger().map(owned),
            with: self.with().map(owned),
            disputed_by: self.disputed_by().map(owned).collect(),
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

    /// Whether an end or other node reference is an id that named no node
    /// when it was read.
    #[inline]
    pub fn has_named_end(&self) -> bool {
        self.ends.contains(&NAMED)
            || self
                .odd
                .as_deref()
                .is_some_and(|odd| odd.refs().any(|r| matches!(r, NodeRef::Name(_))))
    }

    /// The ids of the ends and other node references that named no node
    /// when they were read.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.odd.iter().flat_map(|odd| {
            let ends = odd.names.iter().flatten().map(|name| &**name);
            let refs = odd.refs().filter_map(|r| match r {
                NodeRef::Name(name) => Some(name.as_str()),
                NodeRef::Node(_) => None,
            });
            ends.chain(refs)
        })
    }

    /// On `threatens`: the party threatened.
    pub fn target(&self) -> Option<End<'_>> {
        self.odd_ref(TARGET)
    }

    /// On `threatens`: the node whose happening sets the threat off.
    pub fn trigger(&self) -> Option<End<'_>> {
        self.odd_ref(TRIGGER)
    }

    /// On `counters`: the counter-offer.
    pub fn with(&self) -> Option<End<'_>> {
        self.odd_ref(WITH)
    }

    /// Parties who dispute that the claim is accurate.
    pub fn disputed_by(&self) -> impl Iterator<Item = End<'_>> {
        self.odd
            .iter()
            .flat_map(|odd| odd.disputed_by.iter().map(NodeRef::as_end))
    }

    fn odd_ref(&self, slot: usize) -> Option<End<'_>> {
        self.odd
            .as_deref()
            .and_then(|odd| odd.refs[slot].as_ref())
            .map(NodeRef::as_end)
    }

    /// Every node the edge refers to besides its ends and holder: target,
    /// trigger, counter-offer and disputing parties.
    pub fn other_refs(&self) -> impl Iterator<Item = End<'_>> {
        self.odd
            .iter()
            .flat_map(|odd| odd.refs().map(NodeRef::as_end))
    }

    /// The evidence, in order: a single plain citation from the edge's own
    /// slots, or the list.
    pub fn citations(&self) -> impl Iterator<Item = CitationRef<'_>> {
        let own = (self.source.is_some() || self.quote.is_some()).then_some(CitationRef {
            source: self.source.as_ref(),
            quote: self.quote.as_deref(),
            speaker: None,
            note: None,
        });
        let listed = self
            .odd
            .iter()
            .flat_map(|odd| odd.citations.iter().map(Citation::as_ref));
        own.into_iter().chain(listed)
    }

    /// The citations when they need format 1.1's list (several, or one with
    /// a speaker or note); `None` when format 1's `source` and `quote` say it all.
    pub fn listed_citations(&self) -> Option<&[Citation]> {
        self.odd
            .as_deref()
            .map(|odd| odd.citations.as_slice())
            .filter(|list| !list.is_empty())
    }

    /// Whether it uses anything format 1 does not have.
    pub fn needs_1_1(&self) -> bool {
        self.known_relation()
            .is_some_and(|r| r as u8 >= Relation::Accepts as u8)
            || self
                .odd
                .as_deref()
                .is_some_and(|odd| !odd.citations.is_empty() || odd.refs().next().is_some())
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

    /// The first citation's source.
    pub fn source(&self) -> Option<&SourceRef> {
        self.citations().next().and_then(|c| c.source)
    }

    /// The first citation's exact words.
    pub fn quote(&self) -> Option<&str> {
        self.citations().next().and_then(|c| c.quote)
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
        for r in odd.refs_mut() {
            if let NodeRef::Name(name) = r
                && let Some(found) = find(name)
            {
                *r = NodeRef::Node(found);
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
        if let Some(odd) = self.odd.as_deref_mut() {
            for r in odd.refs_mut() {
                if let NodeRef::Node(n) = r {
                    match (*n).cmp(&removed) {
                        std::cmp::Ordering::Less => {}
                        std::cmp::Ordering::Equal => *r = NodeRef::from(removed_id),
                        std::cmp::Ordering::Greater => *n -= 1,
                    }
                }
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
        // A lone citation with nothing in it is no citation.
        if f.citations.len() == 1 && f.citations[0] == Citation::default() {
            f.citations.clear();
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
        let citation =
            (boxed(), boxed(), boxed(), boxed()).prop_map(|(source, quote, speaker, note)| {
                Citation {
                    source: source.map(|s: Box<str>| SourceRef::from(&*s)),
                    quote,
                    speaker,
                    note,
                }
            });
        let other = prop::option::of(end.clone());
        (
            (
                end.clone(),
                relation,
                end.clone(),
                prop::option::of(end.clone()),
            ),
            (
                prop::collection::vec(citation, 0..3),
                date.clone(),
                date,
                boxed(),
            ),
            (
                other.clone(),
                other.clone(),
                other,
                prop::collection::vec(end, 0..2),
            ),
        )
            .prop_map(
                |(
                    (from, relation, to, by),
                    (citations, since, until, note),
                    (target, trigger, with, disputed_by),
                )| EdgeFields {
                    from,
                    relation,
                    to,
                    by,
                    citations,
                    since,
                    until,
                    note,
                    target,
                    trigger,
                    with,
                    disputed_by,
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
            let mut named: Vec<String> = [Some(&f.from), Some(&f.to), f.by.as_ref()]
                .into_iter()
                .flatten()
                .filter_map(|end| match end {
                    NodeRef::Node(i) if *i < NAMED => None,
                    NodeRef::Node(_) => Some(String::new()),
                    NodeRef::Name(name) => Some((**name).clone()),
                })
                .collect();
            // Other references keep what they were given: only names are names.
            named.extend(
                [&f.target, &f.trigger, &f.with]
                    .into_iter()
                    .flatten()
                    .chain(&f.disputed_by)
                    .filter_map(|r| match r {
                        NodeRef::Name(name) => Some((**name).clone()),
                        NodeRef::Node(_) => None,
                    }),
            );
            let first = normalised(f.clone()).citations.first().cloned();
            proptest::prop_assert_eq!(edge.source(), first.as_ref().and_then(|c| c.source.as_ref()));
            proptest::prop_assert_eq!(edge.quote(), first.as_ref().and_then(|c| c.quote.as_deref()));
            proptest::prop_assert_eq!(edge.has_named_end(), !named.is_empty());
            proptest::prop_assert_eq!(edge.names().map(str::to_owned).collect::<Vec<_>>(), named);
        }

        #[test]
        fn the_loaders_plain_edge_is_the_edge_of_its_fields(f in any_fields(false)) {
            // Format 1's fields only: one plain citation at most, no refs.
            let mut f = f;
            f.citations.truncate(1);
            for c in &mut f.citations {
                c.speaker = None;
                c.note = None;
            }
            (f.target, f.trigger, f.with) = (None, None, None);
            f.disputed_by.clear();
            let citation = f.citations.first().cloned().unwrap_or_default();
            let plain = Edge::plain(
                f.from.clone(),
                f.relation.clone(),
                f.to.clone(),
                f.by.clone(),
                citation,
                [f.since.clone(), f.until.clone()],
                f.note.clone(),
            );
            proptest::prop_assert_eq!(plain, Edge::new(f));
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
            let mut fields = EdgeFields::new(from, Relation::MemberOf, to);
            fields.by = by;
            Edge::new(fields)
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
