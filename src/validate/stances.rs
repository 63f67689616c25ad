//! Claims that contradict the file's own dates: a party holding a position
//! for and against on the same days (`conflicts` then lists it on both
//! sides, `unblock` asks it to accept what it accepts), and a claim or a
//! status change dated after every source that reports it (a source cannot
//! report what had not happened yet).

use foldhash::HashMap;

use crate::ids::IdIndex;
use crate::model::{Date, Document, Interval, Lenient, Memberships, Relation, Side};

use super::schedule::source_dates;
use super::{Loc, Validator, resolved};

/// How many earlier claims of the other side each claim is compared with:
/// a party and position with thousands of claims between them still cost
/// linear work.
const COMPARED_PER_CLAIM: usize = 64;

const CONTRADICTING_HELP: &str = "if the party changed its stance, set `until` on the older claim (the day before the newer one's `since`); if a party disputes that one of them is accurate, name it in that claim's `disputed_by`";

const AFTER_SOURCES_HELP: &str = "a source reports what happened by its own date: check the day, cite the source that reported it, or leave the day out when the report only says it will happen";

/// One stance claim of a party on a position.
#[derive(Clone, Copy)]
struct Stance {
    edge: usize,
    side: Side,
    time: Interval,
    /// The member that made the claim, when it counts for its party.
    member: Option<usize>,
}

/// Two claims of one party on one position that contradict each other:
/// (the later claim, the earlier one, the party, the position, the member
/// that made the later claim, the member that made the earlier one).
type Contradiction = (usize, usize, usize, usize, Option<usize>, Option<usize>);

/// Whether two spans share a day; an end not given is open.
fn overlap(a: Interval, b: Interval) -> bool {
    let before = |until: Option<Date>, since: Option<Date>| match (until, since) {
        (Some(u), Some(s)) => u.last_day() < s.first_day(),
        _ => false,
    };
    !before(a.until, b.since) && !before(b.until, a.since)
}

/// Every `member_of` claim, for whom each member speaks for on a day; a
/// membership round a circle counts for no one, as in every query.
fn memberships(doc: &Document, by_id: &IdIndex) -> Memberships<usize> {
    let circular = super::circles::circular_edges(doc, by_id);
    Memberships::new(doc.edges.iter().enumerate().filter_map(|(i, edge)| {
        let e = resolved(doc, by_id, edge)?;
        let round_a_circle = circular
            .binary_search(&crate::graph::EdgeIx::new(i))
            .is_ok();
        (e.relation == Relation::MemberOf && !round_a_circle)
            .then(|| (e.from.index(), e.to.index(), e.time))
    }))
}

impl Validator {
    /// Warns when one party holds a position both for and against (the
    /// relation table's sides) on overlapping days, naming both claims. A
    /// member's claim counts for the party it sits in on the claim's first
    /// day ([`Memberships::party_on`], as every answer of that day counts
    /// it), so a member accepting what its party rejects is one too, and
    /// the warning names the member. A claim someone disputes
    /// (`disputed_by`) is a recorded disagreement, not a contradiction.
    pub(super) fn contradicting_stances(&mut self, doc: &Document, by_id: &IdIndex) {
        let memberships = memberships(doc, by_id);
        let mut claims: HashMap<(usize, usize), Vec<Stance>> = HashMap::default();
        for (i, edge) in doc.edges.iter().enumerate() {
            if edge.disputed_by().next().is_some() {
                continue;
            }
            let Some(e) = resolved(doc, by_id, edge) else {
                continue;
            };
            let Some(side) = e.relation.side() else {
                continue;
            };
            let from_party =
                doc.nodes[e.from.index()].kind.known() == Some(crate::model::NodeKind::Party);
            let Some(holder) = e.by.or(from_party.then_some(e.from)) else {
                continue;
            };
            let holder = holder.index();
            // Whom it spoke for on the claim's first day, as a view of
            // that day counts it.
            let (party, member) = match memberships.party_on(holder, e.time.since) {
                Some(party) => (party, Some(holder)),
                None => (holder, None),
            };
            claims
                .entry((party, e.to.index()))
                .or_default()
                .push(Stance {
                    edge: i,
                    side,
                    time: e.time,
                    member,
                });
        }
        let mut found: Vec<Contradiction> = Vec::new();
        for (&(party, node), stances) in &claims {
            // The claims seen so far on each side, in file order.
            let (mut for_, mut against): (Vec<Stance>, Vec<Stance>) = (Vec::new(), Vec::new());
            for later in stances {
                let (same, other) = match later.side {
                    Side::For => (&mut for_, &against),
                    Side::Against => (&mut against, &for_),
                };
                let earlier = other
                    .iter()
                    .rev()
                    .take(COMPARED_PER_CLAIM)
                    .find(|s| overlap(s.time, later.time));
                if let Some(earlier) = earlier {
                    found.push((
                        later.edge,
                        earlier.edge,
                        party,
                        node,
                        later.member,
                        earlier.member,
                    ));
                }
                same.push(*later);
            }
        }
        found.sort_unstable();
        let relation = |i: usize| {
            doc.edges[i]
                .known_relation()
                .map_or_else(String::new, |r| r.to_string())
        };
        let by = |member: Option<usize>| {
            member.map_or_else(String::new, |m| {
                format!(", by its member '{}'", doc.nodes[m].id)
            })
        };
        for (later, earlier, party, node, later_member, earlier_member) in found {
            self.warn_with_help(
                "contradicting-stances",
                Loc::Item("edges", later, None),
                || {
                    format!(
                        "'{}' both {} '{}' (edges[{earlier}]{}) and {} it (edges[{later}]{}) on overlapping days: it is on both sides of it",
                        doc.nodes[party].id,
                        relation(earlier),
                        doc.nodes[node].id,
                        by(earlier_member),
                        relation(later),
                        by(later_member),
                    )
                },
                CONTRADICTING_HELP,
            );
        }
    }

    /// Warns of a claim whose `since`, or a status change whose `on`, is
    /// later than the date of every source it cites: the report says it
    /// will happen, or the day or the source is wrong. Sources without a
    /// date say nothing either way.
    pub(super) fn dated_after_sources(&mut self, doc: &Document) {
        let dates = source_dates(doc);
        // The newest date of `sources` when every one has a date.
        let newest = |sources: &mut dyn Iterator<Item = &str>| -> Option<(Date, String)> {
            let mut best: Option<(Date, &str)> = None;
            for s in sources {
                let d = dates.get(s).copied().flatten()?;
                if best.is_none_or(|(b, _)| b.last_day() < d.last_day()) {
                    best = Some((d, s));
                }
            }
            best.map(|(d, s)| (d, s.to_owned()))
        };
        let after = |day: Date, source: Date| day.first_day() > source.last_day();
        for (i, edge) in doc.edges.iter().enumerate() {
            let Some(since) = edge.since().as_ref().and_then(Lenient::known) else {
                continue;
            };
            let mut cited = edge.citations().filter_map(|c| c.source.map(|s| &**s));
            if let Some((newest, source)) = newest(&mut cited)
                && after(since, newest)
            {
                self.warn_with_help(
                    "dated-after-sources",
                    Loc::Item("edges", i, Some("since")),
                    || {
                        format!(
                            "the claim holds from {since}, after {newest}, the date of '{source}', the newest source it cites: no source had reported it yet",
                        )
                    },
                    AFTER_SOURCES_HELP,
                );
            }
        }
        for (i, node) in doc.nodes.iter().enumerate() {
            for (h, change) in node.status_history().iter().enumerate() {
                let (Some(on), Some(source)) = (change.on.known(), change.source.as_deref()) else {
                    continue;
                };
                if let Some((newest, source)) = newest(&mut std::iter::once(source))
                    && after(on, newest)
                {
                    self.warn_with_help(
                        "dated-after-sources",
                        Loc::History(i, h, "on"),
                        || {
                            format!(
                                "'{}' becomes {} on {on}, after {newest}, the date of '{source}' that reports it: no source had reported it yet",
                                node.id, change.status
                            )
                        },
                        AFTER_SOURCES_HELP,
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Document;

    fn codes(doc: &serde_json::Value) -> Vec<(String, String)> {
        let doc: Document = serde_json::from_value(doc.clone()).unwrap();
        crate::validate::diagnose(&doc)
            .into_iter()
            .map(|d| (d.code.to_string(), d.path.to_string()))
            .filter(|(c, _)| c == "contradicting-stances")
            .collect()
    }

    #[test]
    fn many_claims_on_one_side_and_one_against_make_one_warning() {
        let claim = |relation: &str, i: usize| {
            serde_json::json!({"from": "p", "relation": relation, "to": "x",
                "source": "s", "quote": format!("q{i}")})
        };
        let mut edges: Vec<serde_json::Value> = (0..5_000).map(|i| claim("supports", i)).collect();
        edges.push(claim("rejects", 5_000));
        let doc = serde_json::json!({"negograph": 1, "title": "t",
            "sources": [{"id": "s", "title": "S"}],
            "nodes": [{"id": "p", "kind": "party", "label": "P"},
                      {"id": "x", "kind": "demand", "label": "X"}],
            "edges": edges});
        assert_eq!(
            codes(&doc),
            [("contradicting-stances".to_owned(), "edges[5000]".to_owned())]
        );
    }
}
