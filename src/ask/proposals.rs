//! Which proposals a question compares: those it names, in its order; a
//! party's own ("Witkoff's plan"); those with a term on an issue; or all.

use super::plan::{Frame, Plan, Takes};
use crate::graph::{Graph, NodeIx};
use crate::model::{NodeKind, Relation};
use crate::query::Query;

/// Words that speak of proposals in general ("how do the proposals differ?").
const PROPOSAL_WORDS: &str = "proposal/proposals/offer/offers/plan/plans/version/versions/deal/deals/draft/drafts/text/texts";

pub(super) fn compare(f: &Frame) -> Option<Plan> {
    let all: Vec<NodeIx> = f
        .graph
        .node_indices()
        .filter(|&n| f.graph.kind(n) == NodeKind::Proposal)
        .collect();
    let g = f.graph;
    let (mut used, named, mut notes) = proposals_named(f);
    if named.is_empty()
        && let Some(plan) = positions_named(f)
    {
        return Some(plan);
    }
    let ids = |nodes: &[NodeIx]| ids_of(g, nodes);
    // "How far apart are the two versions of the deal?": a plural word
    // for proposals that one proposal's name also holds ("Hamas's
    // version") asks about all of them, in file order.
    if named.len() == 1
        && f.names.len() == 1
        && all.len() == 2
        && ((f.says)("two/both versions/proposals/offers/plans/drafts/texts")
            || (f.says)("two/both <n>"))
    {
        return Some(Plan {
            words: Vec::new(),
            notes: vec![format!("read as both proposals: {}", ids(&all))],
            queries: vec![Query::Compare(all)],
            used: vec![0],
        });
    }
    if let [one] = named[..]
        && let Some(plan) = against_what_parties_put_forward(f, one, &used, &notes)
    {
        return Some(plan);
    }
    let named_count = named.len();
    let proposals = match named.len() {
        // Two or more: those.
        2.. => named,
        // One: it against every other.
        1 => named
            .iter()
            .chain(all.iter().filter(|&&n| n != named[0]))
            .copied()
            .collect(),
        // None: the proposals settling an issue named ("the gap on the
        // length of the ceasefire"), or every proposal when the question
        // names nothing else ("how do the proposals differ?").
        0 => {
            if let Some((i, issues)) = f.first(Takes::Issue, &[]) {
                used.push(i);
                let notes = issues
                    .iter()
                    .map(|&issue| {
                        format!(
                            "read as the proposals with a term on '{}' ({}): {}",
                            g.label(issue),
                            g.id(issue),
                            ids(&proposals_on(g, issue))
                        )
                    })
                    .collect();
                return Some(Plan {
                    words: Vec::new(),
                    queries: issues
                        .iter()
                        .map(|&issue| Query::Compare(proposals_on(g, issue)))
                        .collect(),
                    notes,
                    used,
                });
            }
            // "How do Witkoff's and Hamas's proposals differ?": the
            // proposals the parties named put forward.
            if ((f.says)(PROPOSAL_WORDS) || (f.says)("on table")) && f.any(Takes::Party) {
                return proposed_by_parties(f, used);
            }
            // A graph without proposals reads "what are the differences?"
            // as conflicts, unless proposals are asked about by name.
            if !f.names.is_empty() || (all.len() < 2 && !(f.says)(PROPOSAL_WORDS)) {
                return None;
            }
            all
        }
    };
    match named_count {
        0 => notes.push(format!("read as every proposal: {}", ids(&proposals))),
        1 => notes.push(format!(
            "read as {} against every other proposal: {}",
            g.id(proposals[0]),
            ids(&proposals[1..])
        )),
        _ => {}
    }
    Some(Plan {
        words: Vec::new(),
        queries: vec![Query::Compare(proposals)],
        notes,
        used,
    })
}

/// "How do Witkoff's and Hamas's proposals differ?", "what's on the
/// table between the US and Hamas?": the proposals the parties named put
/// forward, compared; `None` when fewer than two, or compare cannot set
/// them side by side.
fn proposed_by_parties(f: &Frame, mut used: Vec<usize>) -> Option<Plan> {
    let g = f.graph;
    let mut proposed: Vec<NodeIx> = Vec::new();
    let mut parties_named: Vec<NodeIx> = Vec::new();
    while let Some((i, parties)) = f.first(Takes::Party, &used) {
        used.push(i);
        parties_named.extend(parties);
    }
    // Their proposals; or, fewer than two, every position they
    // propose ("what Ford proposed", a demand, "with
    // Stellantis's offer").
    for kind_fits in [
        (|k: NodeKind| k == NodeKind::Proposal) as fn(NodeKind) -> bool,
        NodeKind::is_position,
    ] {
        if proposed.len() >= 2 {
            break;
        }
        proposed.clear();
        for e in f.graph.edge_indices() {
            let m = f.graph.meta(e);
            if m.relation == Relation::Proposes
                && parties_named.contains(&m.from)
                && kind_fits(f.graph.kind(m.to))
                && !proposed.contains(&m.to)
            {
                proposed.push(m.to);
            }
        }
    }
    // Positions compare cannot set side by side (demands that
    // name no issue) are no such reading.
    if crate::query::compare::check_proposals(g, &proposed).is_err() {
        return None;
    }
    (proposed.len() >= 2).then(|| Plan {
        words: Vec::new(),
        notes: vec![format!(
            "read as the proposals the parties named put forward: {}",
            ids_of(g, &proposed)
        )],
        queries: vec![Query::Compare(proposed)],
        used,
    })
}

/// Words of putting a position forward: "what Ford and GM put forward".
const PUT_FORWARD: &str = "put/puts/putting forward/up/on/down/proposed/propose/proposes/offered/offer/offers/tabled/table/floated/suggested/came/come";

/// "How does Stellantis's 21% stack up against what Ford and GM put
/// forward?": one offer named, and the other parties named stand for the
/// positions they propose (of any kind: a demand Ford and GM both
/// proposed is their offer), compared with it; said. `None` when no other
/// party named proposes anything.
fn against_what_parties_put_forward(
    f: &Frame,
    one: NodeIx,
    used: &[usize],
    notes: &[String],
) -> Option<Plan> {
    if !(f.says)(PUT_FORWARD) && !(f.says)(PROPOSAL_WORDS) {
        return None;
    }
    let g = f.graph;
    let mut used = used.to_vec();
    let mut theirs: Vec<NodeIx> = Vec::new();
    let mut by: Vec<&str> = Vec::new();
    while let Some((i, parties)) = f.first(Takes::Party, &used) {
        used.push(i);
        let proposed: Vec<NodeIx> = g
            .edge_indices()
            .map(|e| g.meta(e))
            .filter(|m| {
                m.relation == Relation::Proposes
                    && parties.contains(&m.from)
                    && g.kind(m.to).is_position()
            })
            .map(|m| m.to)
            .collect();
        // The party whose offer is the one named ("Stellantis's 21%").
        if proposed.contains(&one) {
            continue;
        }
        by.push(g.id(parties[0]));
        for n in proposed {
            if !theirs.contains(&n) {
                theirs.push(n);
            }
        }
    }
    let compared: Vec<NodeIx> = std::iter::once(one).chain(theirs.iter().copied()).collect();
    if theirs.is_empty() || crate::query::compare::check_proposals(g, &compared).is_err() {
        return None;
    }
    let mut notes = notes.to_vec();
    notes.push(format!(
        "read {} as what they put forward: {}",
        by.join(", "),
        ids_of(g, &theirs)
    ));
    // The words that said it ("against what they put forward").
    let said = super::cues::Pattern::new(
        "put/puts/putting/forward/proposed/propose/proposes/offered/offer/offers/tabled/table/floated/suggested/against/with",
    );
    let words = f
        .typed
        .iter()
        .map(|w| super::words::stem(w))
        .filter(|w| said.matches(std::slice::from_ref(w)))
        .collect();
    Some(Plan {
        words,
        queries: vec![Query::Compare(compared)],
        notes,
        used,
    })
}

/// The ids of `nodes`, comma-separated.
fn ids_of(g: &crate::graph::Graph, nodes: &[NodeIx]) -> String {
    nodes
        .iter()
        .map(|&n| g.id(n))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "How does the 62% deal compare with the 77%?": two positions or more
/// named outright, each one node and none a proposal, compared as they
/// are (compare takes any position), and said so.
fn positions_named(f: &Frame) -> Option<Plan> {
    let g = f.graph;
    let mut positions: Vec<NodeIx> = Vec::new();
    let mut used = Vec::new();
    for (i, nodes) in f.names.iter().enumerate() {
        match nodes[..] {
            [n] if g.kind(n).is_position() => {
                positions.push(n);
                used.push(i);
            }
            // A party beside them ("the 77% the union held out for") is
            // said to be unused; anything else is not this reading.
            _ if nodes.iter().all(|&n| g.kind(n) == NodeKind::Party) => {}
            _ => return None,
        }
    }
    if positions.len() < 2 {
        return None;
    }
    let ids: Vec<&str> = positions.iter().map(|&n| g.id(n)).collect();
    Some(Plan {
        words: Vec::new(),
        notes: vec![format!(
            "read as the positions named, none of them a proposal: {}",
            ids.join(", ")
        )],
        queries: vec![Query::Compare(positions)],
        used,
    })
}

/// The proposals a question names, in its order (a name fitting two
/// proposals names both), with the names used and what to say: when one
/// proposal is named outright, a party named with a word for proposals
/// ("Witkoff's plan") stands for the proposals it puts forward that the
/// question does not name otherwise.
fn proposals_named(f: &Frame) -> (Vec<usize>, Vec<NodeIx>, Vec<String>) {
    let g = f.graph;
    let fits = |nodes: &[NodeIx]| -> Vec<NodeIx> {
        nodes
            .iter()
            .copied()
            .filter(|&n| g.kind(n) == NodeKind::Proposal)
            .collect()
    };
    let outright: Vec<NodeIx> = f.names.iter().flat_map(|n| fits(n)).collect();
    let by_party = !outright.is_empty() && (f.says)(PROPOSAL_WORDS);
    let (mut used, mut named, mut notes) = (Vec::new(), Vec::new(), Vec::new());
    for (i, nodes) in f.names.iter().enumerate() {
        let mut these = fits(nodes);
        if these.is_empty() && by_party {
            these = g
                .edge_indices()
                .map(|e| g.meta(e))
                .filter(|m| {
                    m.relation == Relation::Proposes
                        && nodes.contains(&m.from)
                        && g.kind(m.from) == NodeKind::Party
                        && g.kind(m.to) == NodeKind::Proposal
                        && !outright.contains(&m.to)
                })
                .map(|m| m.to)
                .collect();
            if !these.is_empty() {
                let ids: Vec<&str> = these.iter().map(|&n| g.id(n)).collect();
                notes.push(format!(
                    "read '{}' as the proposal it puts forward: {}",
                    g.id(nodes[0]),
                    ids.join(", ")
                ));
            }
        }
        if these.is_empty() {
            continue;
        }
        used.push(i);
        for n in these {
            if !named.contains(&n) {
                named.push(n);
            }
        }
    }
    (used, named, notes)
}

/// The proposals with a term naming `issue`, in the order of their terms'
/// `part_of` claims: one pass over the edges.
pub fn proposals_on(g: &Graph, issue: NodeIx) -> Vec<NodeIx> {
    let mut seen = vec![false; g.node_count()];
    let mut found = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        if m.relation == Relation::PartOf
            && g.facts(m.from).and_then(|f| f.issue) == Some(issue)
            && !std::mem::replace(&mut seen[m.to.index()], true)
        {
            found.push(m.to);
        }
    }
    found
}

/// "What's in the US offer?", "what terms did the Americans offer?": a
/// proposal named by the party that made it, so the proposals the party
/// (first named) proposes, each shown with its terms. `None` when the
/// question does not ask what is in an offer, or the party proposes none.
pub(super) fn party_offer(f: &Frame, i: usize, parties: &[NodeIx]) -> Option<Plan> {
    let asks_inside = (f.says)(
            "what * in <n> offer/offers/proposal/proposals/plan/deal/package/bid/counteroffer",
        ) || (f.says)("term/terms/detail/details/content/contents/provision/provisions")
            // "Does the US proposal let Iran enrich?": what it holds.
            || (f.says)("<n> proposal/offer/plan let/lets/allow/allows/permit/permits");
    if !asks_inside {
        return None;
    }
    let g = f.graph;
    let mut offers: Vec<NodeIx> = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        if parties.contains(&m.from)
            && m.relation == Relation::Proposes
            && g.kind(m.to) == NodeKind::Proposal
            && !offers.contains(&m.to)
        {
            offers.push(m.to);
        }
    }
    if offers.is_empty() || offers.len() > super::MOST_READINGS {
        return None;
    }
    let ids: Vec<&str> = offers.iter().map(|&n| g.id(n)).collect();
    let mut used = vec![i];
    // "What terms did the Americans offer Iran?": the party offered to is
    // part of the question, not another reading.
    used.extend(f.first(Takes::Party, &[i]).map(|(j, _)| j));
    // "Terms" and "details" are what `show` gives of a proposal.
    let words = f
        .loose
        .iter()
        .filter(|w| {
            ["term", "detail", "content", "provis"]
                .iter()
                .any(|t| w.starts_with(t))
        })
        .cloned()
        .collect();
    Some(Plan {
        words,
        queries: offers.into_iter().map(Query::Detail).collect(),
        used,
        notes: vec![format!(
            "read as what is in the proposals of {}: {}",
            g.id(parties[0]),
            ids.join(", ")
        )],
    })
}

/// "What would get Iran to accept the US proposal?": no position named,
/// but a party and a word for an offer; the proposals of the one party
/// named that made any (its name's index and them), said in a note.
/// `None` when no party named made a proposal, or two did.
fn named_by_its_party(f: &Frame) -> Option<(usize, Vec<NodeIx>, String)> {
    if !(f.says)("<n> offer/offers/proposal/proposals/plan/package/bid/counteroffer") {
        return None;
    }
    let g = f.graph;
    let mut found: Option<(usize, Vec<NodeIx>)> = None;
    let mut seen = Vec::new();
    while let Some((i, parties)) = f.first(Takes::Party, &seen) {
        seen.push(i);
        let made: Vec<NodeIx> = g
            .edge_indices()
            .map(|e| g.meta(e))
            .filter(|m| {
                parties.contains(&m.from)
                    && m.relation == Relation::Proposes
                    && g.kind(m.to) == NodeKind::Proposal
            })
            .map(|m| m.to)
            .fold(Vec::new(), |mut acc, n| {
                if !acc.contains(&n) {
                    acc.push(n);
                }
                acc
            });
        if made.is_empty() {
            continue;
        }
        if found.is_some() {
            return None;
        }
        found = Some((i, made));
    }
    let (i, made) = found?;
    if made.len() > super::MOST_READINGS {
        return None;
    }
    let ids: Vec<&str> = made.iter().map(|&n| g.id(n)).collect();
    let note = format!(
        "read the party's offer as its proposals: {}",
        ids.join(", ")
    );
    Some((i, made, note))
}

/// `query` of each proposal of the party whose offer a question names
/// without naming a position (see [`named_by_its_party`]).
pub(super) fn offer_of_a_party(f: &Frame, query: impl Fn(NodeIx) -> Query) -> Option<Plan> {
    if f.first(Takes::Position, &[]).is_some() {
        return None;
    }
    let (i, nodes, note) = named_by_its_party(f)?;
    Some(Plan {
        words: Vec::new(),
        queries: nodes.into_iter().map(query).collect(),
        notes: vec![note],
        used: vec![i],
    })
}
