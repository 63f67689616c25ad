//! The packed edge: what a big graph is mostly made of, so every byte of it
//! is counted.

use std::fmt;

use arcstr::ArcStr;

use super::{EdgeFields, End, NodeRef};
use crate::model::{Citation, CitationRef, Date, Interval, Lenient, Relation, SourceRef};

/// One recorded position or link: FROM RELATION TO, held by `by`, citing
/// `source`. Built from [`EdgeFields`], read through its methods.
// Edges are most of a big graph's memory, so an edge is stored in 48 bytes
// rather than the 144 its fields take: ends are node positions (the loader
// resolves ids once, while reading), the relation is a byte and dates are
// packed; the source and the quote are thin pointers (8 bytes each, where
// `Arc<str>` and `Box<str>` take 16). What a sound file rarely has (an end
// naming no node, a word or date that does not parse, a note) lives in one
// box beside it, absent otherwise.
#[derive(Clone, PartialEq, Eq)]
pub struct Edge {
    /// from, to, by: a node position, [`NAMED`] or (`by` only) [`NO_NODE`].
    ends: [u32; 3],
    since: PackedDate,
    until: PackedDate,
    /// The position in [`Relation::ALL`], or [`UNKNOWN_RELATION`].
    relation: u8,
    source: Option<SourceRef>,
    /// Immutable, so a reference-counted string is as good as a box, and
    /// `ArcStr` keeps its length beside the text rather than in the pointer.
    quote: Option<ArcStr>,
    odd: Option<Box<Odd>>,
}

/// An end's text is in [`Odd::names`]: it named no node when it was read.
pub(super) const NAMED: u32 = u32::MAX - 1;
/// No `by`.
const NO_NODE: u32 = u32::MAX;
/// The relation's text is in [`Odd::relation`].
const UNKNOWN_RELATION: u8 = u8::MAX;

/// An optional, lenient date in four bytes: 0 for none, 1 for text that is
/// not a date (kept in [`Odd`]), else the top bit set and year (14 bits),
/// month (4; 0 for a year alone), day (5; 0 for a month alone) and how the
/// source said it (8, [`crate::model::Said::pack`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PackedDate(u32);

impl PackedDate {
    const NONE: PackedDate = PackedDate(0);
    const UNKNOWN: PackedDate = PackedDate(1);
    const KNOWN: u32 = 1 << 31;

    fn known(day: Date) -> PackedDate {
        PackedDate(
            PackedDate::KNOWN
                | u32::from(day.year) << 17
                | u32::from(day.month) << 13
                | u32::from(day.day) << 8
                | u32::from(day.said.map_or(0, crate::model::Said::pack)),
        )
    }

    #[inline]
    fn date(self) -> Option<Date> {
        (self.0 & PackedDate::KNOWN != 0).then(|| Date {
            year: ((self.0 >> 17) & 0x3fff) as u16,
            month: ((self.0 >> 13) & 0x0f) as u8,
            day: ((self.0 >> 8) & 0x1f) as u8,
            said: crate::model::Said::unpack(self.0 as u8),
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
    /// target, trigger, with, addressee.
    refs: [Option<NodeRef>; 4],
    disputed_by: Vec<NodeRef>,
    /// The claim's place within its first day (format 1.2).
    seq: Option<u32>,
    /// On `considers`: the shade of the answer (format 1.2).
    stance: Option<Box<str>>,
}

/// The slots of [`Odd::refs`].
const TARGET: usize = 0;
const TRIGGER: usize = 1;
const WITH: usize = 2;
const ADDRESSEE: usize = 3;

impl Odd {
    fn refs(&self) -> impl Iterator<Item = &NodeRef> {
        self.refs.iter().flatten().chain(&self.disputed_by)
    }

    fn refs_mut(&mut self) -> impl Iterator<Item = &mut NodeRef> {
        self.refs.iter_mut().flatten().chain(&mut self.disputed_by)
    }
}

impl Edge {
    /// An edge of format 1's fields only, packed without going through
    /// [`EdgeFields`] (the loader's path: no citation list is allocated).
    /// The citation is format 1's `source` and `quote`.
    pub(crate) fn plain(
        from: NodeRef,
        relation: Lenient<Relation>,
        to: NodeRef,
        by: Option<NodeRef>,
        (source, quote): (Option<SourceRef>, Option<&str>),
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
            addressee: None,
            seq: None,
            stance: None,
            disputed_by: Vec::new(),
        });
        edge.source = source;
        edge.quote = quote.map(ArcStr::from);
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
            addressee,
            seq,
            stance,
            disputed_by,
        } = fields;
        let mut odd = Odd {
            note,
            seq,
            stance,
            refs: [target, trigger, with, addressee],
            disputed_by,
            ..Odd::default()
        };
        let (source, quote) = match citations.len() {
            1 if citations[0].is_plain() => {
                let only = citations.pop().expect("one citation");
                (only.source, only.quote.as_deref().map(ArcStr::from))
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
            addressee: self.addressee().map(owned),
            seq: self.seq(),
            stance: self.stance().map(Into::into),
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

    /// The node the edge leaves.
    #[inline]
    pub fn from(&self) -> End<'_> {
        self.end(0)
    }

    /// The node the edge enters.
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

    /// On `counters`: the counter-offer the claim puts forward, as every
    /// answer reads it. A claim countering X with X itself offers nothing
    /// new: its `with` is set aside and the claim reads as a plain counter
    /// of X. The one set-aside rule: the sides (`standing::claim_sides`),
    /// `check`'s warning and the Cypher `who --side for` form read it.
    pub fn counter_offer(&self) -> Option<End<'_>> {
        self.with().filter(|&offer| offer != self.to())
    }

    /// On `considers`: the shade of the answer, in the source's words (format 1.2).
    pub fn stance(&self) -> Option<&str> {
        self.odd.as_ref().and_then(|odd| odd.stance.as_deref())
    }

    /// The claim's place among the claims of its first day (format 1.2).
    pub fn seq(&self) -> Option<u32> {
        self.odd.as_ref().and_then(|odd| odd.seq)
    }

    /// On `demands`, `proposes` and `threatens`: the party it is addressed to (format 1.2).
    pub fn addressee(&self) -> Option<End<'_>> {
        self.odd_ref(ADDRESSEE)
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
            reason: None,
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

    /// The lowest format version that holds everything it uses.
    pub fn version_needed(&self) -> crate::model::FormatVersion {
        use crate::model::FormatVersion;
        let by_relation = self
            .known_relation()
            .map_or(FormatVersion::V1, |r| r.facts().version);
        let by_fields = if self
            .odd
            .as_deref()
            .is_some_and(|odd| !odd.citations.is_empty() || odd.refs().next().is_some())
        {
            FormatVersion::V1_1
        } else {
            FormatVersion::V1
        };
        let by_1_2 = self.citations().any(|c| c.reason.is_some())
            || self.addressee().is_some()
            || self.seq().is_some()
            || self.stance().is_some()
            || self.dates_need_1_2();
        let by_1_2 = if by_1_2 {
            FormatVersion::V1_2
        } else {
            FormatVersion::V1
        };
        by_relation.max(by_fields).max(by_1_2)
    }

    /// Whether a date is a month, a year or a report's words (format 1.2),
    /// read from the packed bits (the text only for a date that did not parse).
    fn dates_need_1_2(&self) -> bool {
        let loose = |p: PackedDate, text: fn(&Odd) -> &Option<Box<str>>| match p {
            PackedDate::NONE => false,
            PackedDate::UNKNOWN => crate::model::Said::parse(self.odd_text(text)).is_some(),
            known => known
                .date()
                .is_some_and(|d| !d.is_day() || d.said().is_some()),
        };
        loose(self.since, |odd| &odd.since) || loose(self.until, |odd| &odd.until)
    }

    /// How FROM and TO are joined, as written.
    pub fn relation(&self) -> Lenient<Relation> {
        match self.known_relation() {
            Some(r) => Lenient::Known(r),
            None => Lenient::Unknown(Box::new(self.odd_text(|odd| &odd.relation).to_owned())),
        }
    }

    /// The relation, when it is one the format knows.
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

    /// Anything a reader should know that the fields cannot say.
    pub fn note(&self) -> Option<&str> {
        self.odd.as_ref().and_then(|odd| odd.note.as_deref())
    }

    /// The first day the claim holds (inclusive), as written.
    pub fn since(&self) -> Option<Lenient<Date>> {
        self.lenient_date(self.since, |odd| &odd.since)
    }

    /// The last day the claim holds (inclusive), as written.
    pub fn until(&self) -> Option<Lenient<Date>> {
        self.lenient_date(self.until, |odd| &odd.until)
    }

    /// The days the claim holds; a date that does not parse bounds nothing.
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
    pub(crate) fn forget_node(&mut self, removed: u32, removed_id: &str) {
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
