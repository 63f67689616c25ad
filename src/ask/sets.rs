//! Readings of a set of nodes a question describes without naming them:
//! the talks between two parties, the positions one party put to another
//! (to read the other's responses to each), the node that is an event's
//! failure or refusal.

use super::plan::{Frame, PUT_WORDS, Plan, Takes, each, each_pair, held};
use crate::args::{Cmd, Line};
use crate::graph::{Graph, NodeIx};
use crate::model::{NodeKind, Relation};
use crate::query::Query;
use crate::query::who::Side;

/// The positions the talks between two parties are about: those someone
/// mediates that a party of each side has a part in (holds a relation to,
/// sets a condition on, is an actor of, or disputes a claim about), else
/// those a party of each side is for.
pub(super) fn talks_between(g: &Graph, a: &[NodeIx], b: &[NodeIx]) -> Vec<NodeIx> {
    let touches = |parties: &[NodeIx], node: NodeIx, for_only: bool| {
        if for_only {
            return g.edge_indices().any(|e| {
                let m = g.meta(e);
                m.to == node
                    && parties.contains(&m.from)
                    && m.relation.facts().side == Some(Side::For)
            });
        }
        g.actors(node).iter().any(|p| parties.contains(p))
            || g.edge_indices().any(|e| {
                let m = g.meta(e);
                let about = m.to == node || m.from == node;
                about
                    && (parties.contains(&m.from)
                        || m.by.is_some_and(|p| parties.contains(&p))
                        || g.edge(e)
                            .disputed_by()
                            .filter_map(crate::query::package::end_node)
                            .any(|p| parties.contains(&p)))
            })
    };
    let positions: Vec<NodeIx> = g
        .node_indices()
        .filter(|&n| g.kind(n).is_position())
        .collect();
    let mediated: Vec<NodeIx> = positions
        .iter()
        .copied()
        .filter(|&n| held(g, n, Relation::Mediates) && touches(a, n, false) && touches(b, n, false))
        .collect();
    if !mediated.is_empty() {
        return mediated;
    }
    positions
        .into_iter()
        .filter(|&n| touches(a, n, true) && touches(b, n, true))
        .collect()
}

/// "How did Moscow answer Ukraine's offers and demands?": the responses of
/// the first party named to each position the second puts forward through
/// the relations the question names (or, with no second party named, to
/// every position another party put forward through them).
pub(super) fn responses_to_set(f: &Frame) -> Option<Plan> {
    let g = f.graph;
    let relations: Vec<Relation> = PUT_WORDS
        .iter()
        .filter(|(words, _)| (f.says)(words))
        .map(|&(_, r)| r)
        .collect();
    if relations.is_empty() {
        return None;
    }
    // "How did the two sides respond to the pay offers?", "how did Israel
    // and the US respond to the offers?": every party answering.
    let Some((p, parties)) = f
        .first(Takes::Party, &[])
        .filter(|_| !(f.says)(JOINED_RESPONDENTS))
    else {
        return responses_of_all(f, &relations);
    };
    let by = f.first(Takes::Party, &[p]);
    let mut used = vec![p];
    let mut positions: Vec<NodeIx> = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        let fits = match &by {
            Some((_, others)) => others.contains(&m.from) && relations.contains(&m.relation),
            None => {
                relations.contains(&m.relation)
                    && g.kind(m.to).is_position()
                    && !parties.contains(&m.from)
            }
        };
        if fits && !positions.contains(&m.to) {
            positions.push(m.to);
        }
    }
    used.extend(by.iter().map(|(i, _)| *i));
    // "How did Israel answer Hamas's proposals?" of a graph where Hamas
    // proposes nothing: said, not read as Israel's stance.
    if positions.is_empty()
        && let Some((_, others)) = &by
    {
        let phrases: Vec<&str> = relations.iter().map(|r| r.facts().phrase).collect();
        return Some(Plan {
            words: Vec::new(),
            queries: Vec::new(),
            used,
            notes: vec![format!(
                "{} {} nothing in the graph, so there are no responses of {} to read; {} lists what it holds",
                g.id(others[0]),
                phrases.join(" or "),
                g.id(parties[0]),
                Line::with_arg(Cmd::Stance, g.id(others[0]))
            )],
        });
    }
    let (mut positions, words) = narrowed(f, positions);
    let mut notes = Vec::new();
    if let Some((_, others)) = &by {
        let all = positions.clone();
        positions = named_after(g, others, positions);
        let left: Vec<&str> = all
            .iter()
            .filter(|n| !positions.contains(n))
            .map(|&n| g.id(n))
            .collect();
        if !left.is_empty() {
            notes.push(format!(
                "read as what is named after {}; also put forward by it: {}",
                g.id(others[0]),
                left.join(", ")
            ));
        }
    }
    let one = if by.is_none() {
        the_one_proposal(f, &positions)
    } else {
        None
    };
    if let Some((offer, note)) = one.clone() {
        positions = vec![offer];
        notes.push(note);
    }
    if positions.is_empty() || positions.len() * parties.len() > super::MOST_READINGS {
        return None;
    }
    // "How did Israel react to the proposals?": the set read is said.
    if by.is_none() && one.is_none() {
        let phrases: Vec<&str> = relations.iter().map(|r| r.facts().phrase).collect();
        let ids: Vec<&str> = positions.iter().map(|&n| g.id(n)).collect();
        notes.push(format!(
            "read as every position another party {}: {}",
            phrases.join(" or "),
            ids.join(", ")
        ));
    }
    // "Has Washington answered Iran's demand to ...?": whether a party
    // answered the one position another put forward reads every answer
    // to it, the owner's claim beside the answering party's (round 8).
    // Not "did Hamas accept the US offer?": the party's own answer.
    let yes_or_no = by.is_some()
        && positions.len() == 1
        && (f.says)(
            "has/have/did <n> respond/responded/answer/answered/reply/replied/react/reacted",
        )
        && f.typed
            .first()
            .is_some_and(|w| matches!(w.as_str(), "has" | "have" | "did"));
    let queries = if yes_or_no {
        notes.push(format!(
            "read whether {} answered it as every answer to it, without --party",
            g.id(parties[0])
        ));
        each(&positions, |node| Query::Responses { node, party: None })
    } else {
        each_pair(&positions, &parties, |node, party| Query::Responses {
            node,
            party: Some(party),
        })
    };
    Some(Plan {
        words,
        queries,
        used,
        notes,
    })
}

/// "How did Rouhani react to the offer?": one offer asked of (a singular
/// noun after "the", "this" or "that"), and of the positions put forward
/// one proposal (a package of terms), the others demands: that proposal,
/// with the note that says so.
fn the_one_proposal(f: &Frame, set: &[NodeIx]) -> Option<(NodeIx, String)> {
    const ONE: &[&str] = &["offer", "proposal", "plan", "package", "deal"];
    const MANY: &[&str] = &["offers", "proposals", "plans", "packages", "deals"];
    let singular = f.typed.windows(2).find(|pair| {
        matches!(pair[0].as_str(), "the" | "this" | "that") && ONE.contains(&pair[1].as_str())
    })?;
    if set.len() < 2 || f.typed.iter().any(|w| MANY.contains(&w.as_str())) {
        return None;
    }
    let g = f.graph;
    let proposals: Vec<NodeIx> = set
        .iter()
        .copied()
        .filter(|&n| g.kind(n) == NodeKind::Proposal)
        .collect();
    let [only] = proposals[..] else {
        return None;
    };
    let others: Vec<&str> = set
        .iter()
        .filter(|&&n| n != only)
        .map(|&n| g.id(n))
        .collect();
    Some((
        only,
        format!(
            "read '{} {}' as {}, the one proposal another party put forward; not the other positions put forward ({})",
            singular[0],
            singular[1],
            g.id(only),
            others.join(", ")
        ),
    ))
}

/// Of `set`, those named after one of `parties` ("Witkoff's latest
/// proposal" of the US, Witkoff's party), when some but not all are: the
/// ones "Witkoff's offer" means, over others the party is also said to put
/// forward. Words of three letters or more that are no stopword count;
/// only a set of proposals is narrowed so.
pub(super) fn named_after(g: &Graph, parties: &[NodeIx], set: Vec<NodeIx>) -> Vec<NodeIx> {
    let words_of = |n: NodeIx| -> Vec<String> {
        std::iter::once(g.label(n))
            .chain(g.node(n).aliases.iter().map(String::as_str))
            .flat_map(super::words::words)
            .map(|w| w.text)
            .filter(|w| w.len() >= 3 && !super::words::is_stopword(w))
            .collect()
    };
    let party_words: Vec<String> = parties.iter().flat_map(|&p| words_of(p)).collect();
    let named: Vec<NodeIx> = set
        .iter()
        .copied()
        .filter(|&n| words_of(n).iter().any(|w| party_words.contains(w)))
        .collect();
    // Only among packages ("Witkoff's offer" of two proposals): a demand
    // named after a party ("Zelensky meets Putin") is one of its many.
    let packages = set.iter().all(|&n| g.kind(n) == NodeKind::Proposal);
    if !packages || named.is_empty() || named.len() == set.len() {
        set
    } else {
        named
    }
}

/// Two parties named together as those who answered.
const JOINED_RESPONDENTS: &str = "<n> and <n> respond/responded/answer/answered/react/reacted/reply/replied/receive/received/take/took/accept/accepted/reject/rejected";

/// The responses of every party to each position some party put forward
/// through `relations` ("the offers": every proposal), narrowed by the
/// question's other words where they name some of them ("the pay offers",
/// "the latest offer"); parties the question names are among those
/// answering, and said to be.
fn responses_of_all(f: &Frame, relations: &[Relation]) -> Option<Plan> {
    let g = f.graph;
    let mut put: Vec<NodeIx> = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        if relations.contains(&m.relation) && g.kind(m.to).is_position() && !put.contains(&m.to) {
            put.push(m.to);
        }
    }
    let (set, words) = narrowed(f, put);
    if set.is_empty() || set.len() > super::MOST_READINGS {
        return None;
    }
    let mut used = Vec::new();
    while let Some((i, _)) = f.first(Takes::Party, &used) {
        used.push(i);
    }
    let phrases: Vec<&str> = relations.iter().map(|r| r.facts().phrase).collect();
    let ids: Vec<&str> = set.iter().map(|&n| g.id(n)).collect();
    let mut note = format!(
        "read as every party's responses to each position a party {}: {}",
        phrases.join(" or "),
        ids.join(", ")
    );
    if !used.is_empty() {
        let named: Vec<&str> = used.iter().map(|&i| g.id(f.names[i][0])).collect();
        note.push_str(&format!(" ({} among them)", named.join(" and ")));
    }
    Some(Plan {
        queries: each(&set, |node| Query::Responses { node, party: None }),
        used,
        notes: vec![note],
        words,
    })
}

/// Of `set`, those whose names hold one of the question's loose words
/// (stems), when that singles out some but not all of them ("the pay
/// offers" of two pay offers and an arbitration proposal; "the latest US
/// offer"); else, for "latest", "newest", "current" or "last", those no
/// other member supersedes. Returns the set and the words it used.
pub(super) fn narrowed(f: &Frame, set: Vec<NodeIx>) -> (Vec<NodeIx>, Vec<String>) {
    let (g, loose) = (f.graph, &f.loose);
    let names = |n: NodeIx| -> Vec<String> {
        std::iter::once(g.label(n))
            .chain(g.node(n).aliases.iter().map(String::as_str))
            .flat_map(super::words::words)
            .map(|w| w.stem)
            .collect()
    };
    let mut set = set;
    let mut used = Vec::new();
    for word in loose {
        let holding: Vec<NodeIx> = set
            .iter()
            .copied()
            .filter(|&n| names(n).contains(word))
            .collect();
        if !holding.is_empty() && holding.len() < set.len() {
            set = holding;
            used.push(word.clone());
        } else if holding.len() == set.len() && set.len() > 1 {
            used.push(word.clone());
        }
    }
    // "Latest" is a cue of changes: looked for in the whole question.
    let newest = ["latest", "newest", "current", "last", "recent"];
    if let Some(word) = newest.iter().find(|w| (f.says)(w)) {
        let superseded = |n: NodeIx| {
            g.edge_indices().any(|e| {
                let m = g.meta(e);
                m.relation == Relation::Supersedes && m.to == n && set.contains(&m.from)
            })
        };
        let kept: Vec<NodeIx> = set.iter().copied().filter(|&n| !superseded(n)).collect();
        if !kept.is_empty() {
            set = kept;
            used.push(super::words::stem(word));
        }
    }
    (set, used)
}

/// "Who turned down the Stellantis offer?", "did anyone take up the
/// mediator's offer?": the one party named owns the offer, and who
/// answered it is asked (see `answered::offered`), not how that party
/// answered the others' (no reading of [`responses_to_set`]).
pub(super) fn owners_offer_asked(f: &Frame) -> bool {
    f.names.len() == 1
        && (f.says)(RESPONDENT_ASKED)
        && (f.says)("<n> offer/offers/proposal/proposals/plan/plans/idea/ideas/bid/bids/package")
}

/// Words that ask which party answered: "who turned down ...", "did
/// anyone take up ...".
const RESPONDENT_ASKED: &str =
    "who/whom/anyone/anybody/someone/somebody/nobody/which/everyone/everybody";

/// Words that ask about two parties meeting or negotiating.
pub const MEETING: &str = "sit/sitting/meet/meeting/talk/talks/talking/negotiate/negotiating/negotiation/negotiations/table/together/between/room/face";

/// "Get Russia and Ukraine to sit down together": with no position named,
/// two parties and a word of meeting read as the talks between them, each
/// asked with `query`, and said.
pub(super) fn talks_of_two(f: &Frame, query: impl Fn(NodeIx) -> Query) -> Option<Plan> {
    if !(f.says)(MEETING) {
        return None;
    }
    let (used, a, b, sides) = match f.first(Takes::Party, &[]) {
        Some((i, a)) => {
            let (j, b) = f.first(Takes::Party, &[i])?;
            (vec![i, j], a, b, String::new())
        }
        // "So the two sides can sit down face to face": no party named,
        // the two parties with the most claims, said.
        // "Get the two of them talking": the same two, said as a pronoun.
        None if f.names.is_empty()
            && ((f.says)(&format!("two/both {SIDE_WORDS}")) || (f.says)("two/both of them")) =>
        {
            let (a, b) = two_sides(f.graph)?;
            (
                Vec::new(),
                vec![a],
                vec![b],
                format!(
                    "read 'the two sides' as {} and {}, the two parties in the most claims; ",
                    f.graph.id(a),
                    f.graph.id(b)
                ),
            )
        }
        None => return None,
    };
    // "Will Zelensky and Putin meet?": of the talks, the meeting.
    let (mut talks, mut words) = narrowed(f, talks_between(f.graph, &a, &b));
    // No position both have a part in, but the graph's one position of
    // talks ("US-Iran talks", which only one side sets conditions on):
    // that, since meeting is what is asked.
    let mut sides = sides;
    if talks.is_empty()
        && let [only] = talks_by_name(f.graph)[..]
    {
        talks = vec![only];
        sides.push_str("no position both have a part in, so the graph's only talks; ");
    }
    if !sides.is_empty() {
        let side_word = super::cues::Pattern::new(SIDE_WORDS);
        words.extend(
            f.typed
                .iter()
                .map(|w| super::words::stem(w))
                .filter(|w| side_word.matches(std::slice::from_ref(w))),
        );
    }
    if talks.is_empty() || talks.len() > super::MOST_READINGS {
        return None;
    }
    let ids: Vec<&str> = talks.iter().map(|&n| f.graph.id(n)).collect();
    Some(Plan {
        words,
        queries: each(&talks, query),
        used,
        notes: vec![format!(
            "{sides}read as the talks between {} and {}: {}",
            f.graph.id(a[0]),
            f.graph.id(b[0]),
            ids.join(", ")
        )],
    })
}

/// The positions whose names say they are talks or a meeting ("US-Iran
/// talks", "Direct talks in Istanbul", "Putin-Zelensky meeting"); not a
/// proposal, whose terms may only mention talks ("sanctions lifted in
/// exchange for talks").
fn talks_by_name(g: &Graph) -> Vec<NodeIx> {
    let talking = [
        "talk",
        "talks",
        "meeting",
        "negotiation",
        "negotiations",
        "summit",
    ];
    g.node_indices()
        .filter(|&n| g.kind(n).is_position() && g.kind(n) != NodeKind::Proposal)
        .filter(|&n| {
            std::iter::once(g.label(n))
                .flat_map(super::words::words)
                .any(|w| talking.contains(&w.text.as_str()))
        })
        .collect()
}

/// The words of "the two sides", "both parties".
const SIDE_WORDS: &str = "two/both/side/sides/parties/camps";

/// The two parties the most claims are made by, about or at (as target
/// or addressee), when no third has as many as the second: what "the two
/// sides" of a negotiation are when none is named. `None` on a tie.
fn two_sides(g: &Graph) -> Option<(NodeIx, NodeIx)> {
    let mut counts: Vec<(usize, NodeIx)> = g
        .node_indices()
        .filter(|&n| g.kind(n) == NodeKind::Party)
        .map(|p| {
            let made = g
                .edge_indices()
                .filter(|&e| {
                    let m = g.meta(e);
                    let edge = g.edge(e);
                    let at = |end: Option<crate::model::End>| {
                        matches!(end, Some(crate::model::End::Node(n)) if n as usize == p.index())
                    };
                    m.from == p || m.to == p || at(edge.target()) || at(edge.addressee())
                })
                .count();
            (made, p)
        })
        .collect();
    counts.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.index().cmp(&y.1.index())));
    match counts[..] {
        [(_, a), (second, b), (third, _), ..] if third < second => Some((a, b)),
        [(_, a), (_, b)] => Some((a, b)),
        _ => None,
    }
}
