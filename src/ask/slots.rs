//! What an intent needs from a question, and the query it makes of it:
//! the names it takes (a party, a position, two of anything), found in the
//! question's order, each read once per node it may mean.

pub(super) use super::answered::responses;
use super::answered::when_again;
use super::answering_parties::puts_forward;
use super::failure::FAILS;
pub use super::plan::{Frame, PUT_WORDS, Plan, Takes};
use super::plan::{each, each_pair, nearest_note, nearest_of, reaches};
use super::proposals::{offer_of_a_party, party_offer};
use super::sets::talks_of_two;
use super::sets_off::{SetsOff, what_sets_off};
use super::survey::every_obstacle;
use super::terms::{deal_terms, only_parties, stand_on};
pub(super) use super::who_side::who;
use crate::graph::NodeIx;
use crate::model::NodeKind;
use crate::query::Query;
use crate::query::changes::Window;
use crate::query::path::PathOptions;
use crate::query::unblock::UnblockOptions;

pub(super) fn blockers(f: &Frame) -> Option<Plan> {
    if f.names.is_empty() {
        return every_obstacle(f);
    }
    let Some((i, nodes)) = f.first(Takes::Position, &[]) else {
        // "Will Zelensky and Putin meet?": what stands in the way of the
        // talks between them.
        return talks_of_two(f, |node| Query::Blockers {
            node,
            all_chains: false,
        });
    };
    if let Some(plan) = when_again(f, i, &nodes) {
        return Some(plan);
    }
    // "What does the EU do if the talks go nowhere?": "go nowhere" is the
    // "if" clause's event failing, not what blocks it.
    if f.in_if.contains(&i) && FAILS.iter().any(|p| (f.says)(p)) {
        return effects(f);
    }
    let (nodes, used) = f.with_positions_joined(i, nodes);
    Some(Plan {
        words: Vec::new(),
        queries: each(&nodes, |node| Query::Blockers {
            node,
            all_chains: false,
        }),
        notes: Vec::new(),
        used,
    })
}

pub(super) fn requires(f: &Frame) -> Option<Plan> {
    // "Who asked for the full ceasefire?" asks who is behind it: what a
    // party wants in return for a position needs that party named.
    if (f.says)("who/whom") && !f.any(Takes::Party) {
        return None;
    }
    if let Some(plan) = deal_terms(f) {
        return Some(plan);
    }
    // "What does Russia need?" asks for Russia's position.
    if let Some((i, nodes)) = f.first(Takes::Position, &[]) {
        return Some(Plan {
            words: Vec::new(),
            queries: each(&nodes, Query::Requires),
            notes: Vec::new(),
            used: vec![i],
        });
    }
    // "What does Tehran insist on before sitting down with Washington?":
    // what must come before talks is the talks' preconditions, not the
    // party's whole stance.
    if (f.says)(
        "before/ahead/until * sit/sitting/talk/talking/talks/meet/meeting/negotiate/negotiating",
    ) && let Some(plan) = talks_of_two(f, Query::Requires)
    {
        return Some(plan);
    }
    // What a party needs is its position: said, since the words asked for
    // preconditions and the answer lists the party's stands instead.
    let mut plan = stance(f)?;
    if (f.says)("need/needs/needed/require/requires/required/depend/depends") {
        plan.notes.push(
            "read 'need' (or 'require', 'depend') of a party as its position: preconditions are a position's, not a party's"
                .to_owned(),
        );
    }
    Some(plan)
}

pub(super) fn stance(f: &Frame) -> Option<Plan> {
    let (i, nodes) = f.first(Takes::Party, &[])?;
    // "Who is against the U.S. proposal?": who stands where on the party's
    // offer, not the party's own stance (which never names the others).
    if (f.says)("who/whom") {
        let (relation, side) = super::who_side::who_filter(f);
        if (relation.is_some() || side.is_some())
            && let Some(plan) = offer_of_a_party(f, |node| Query::Who {
                node,
                relation,
                side,
            })
        {
            return Some(plan);
        }
    }
    if let Some(plan) = party_offer(f, i, &nodes).or_else(|| stand_on(f, i, &nodes)) {
        return Some(plan);
    }
    // "What is Washington asking Iran to do?": what the first asks of the
    // second is among its own positions, its demands addressed to it.
    if (f.says)(super::plan::ASKS_OF_ANOTHER)
        && let Some((j, _)) = f.first(Takes::Party, &[i])
    {
        return Some(Plan {
            words: Vec::new(),
            queries: each(&nodes, Query::Stance),
            notes: vec![
                "read what one party asks of another as the first's stance: its demands, those addressed to the second among them"
                    .to_owned(),
            ],
            used: vec![i, j],
        });
    }
    let mut used = vec![i];
    let mut queries = each(&nodes, Query::Stance);
    // "Where does Trump stand, and what about the Europeans?", "and how
    // about Ukraine?": the same asked of a second party, each answered.
    // "What did Ford and GM put on the table?": two parties joined, and
    // nothing else named, are both asked about.
    let joined = f.names.len() == 2
        && (f.says)("<n> and <n>")
        && !(f.says)("from/to/with/against/toward/towards/between/over <n>");
    if (f.says)("and what/how about <n>") || joined {
        while let Some((j, more)) = f.first(Takes::Party, &used) {
            used.push(j);
            queries.extend(each(&more, Query::Stance));
        }
    }
    Some(Plan {
        words: Vec::new(),
        queries,
        notes: Vec::new(),
        used,
    })
}

/// Verbs of parties being divided over something.
const DIVIDE: &str = "divide/divides/divided/split/splits/separate/separates/disagree/disagrees/clash/clashes/dispute/disputes";

pub(super) fn issues(f: &Frame) -> Option<Plan> {
    // "How far apart are Ford, GM and Stellantis on wages?": what each
    // puts forward, side by side, when each puts something forward.
    if let Some(plan) = super::terms::what_parties_put_forward(f) {
        return Some(plan);
    }
    // Asked by its own words ("the issues", "at stake"), or of an issue by
    // name ("where does everyone stand on the length of the ceasefire?").
    let worded = [
        "issue/issues/topic/topics/subject/subjects",
        "at stake",
        "what * negotiate/negotiated/negotiating about/over/on",
    ]
    .iter()
    .any(|p| (f.says)(p));
    let named_issue = f
        .names
        .iter()
        .any(|nodes| nodes.iter().all(|&n| f.graph.kind(n) == NodeKind::Issue));
    // "How far apart are the two sides on pay?": the parties' positions
    // issue by issue; between proposals ("how far apart are the two
    // proposals?", two named) it is compare's gap.
    // A graph of two proposals or more answers it by compare (or, two
    // parties named, by their conflicts).
    let proposals = f
        .graph
        .node_indices()
        .filter(|&n| f.graph.kind(n) == NodeKind::Proposal)
        .count();
    // "How far are Ford, GM and Stellantis from what the UAW wants on
    // pay?": parties measured against a demand, issue by issue, however
    // many proposals the graph holds.
    let apart = ((f.says)("far apart")
        && proposals < 2
        && !(f.says)("proposal/proposals/offer/offers/version/versions/plan/plans/deal/deals"))
        || ((f.says)("how far") && (f.says)("from"));
    let (words, by_word) = super::issue_words::issue_words(f);
    let named_issue = named_issue || !by_word.is_empty();
    if (!worded && !named_issue && !apart) || ((f.says)("far apart") && !apart) {
        return None;
    }
    // "Which issues divide Russia and Ukraine?": what two parties are at
    // odds over is their conflicts, the verb over the noun.
    let two_parties = f
        .first(Takes::Party, &[])
        .is_some_and(|(i, _)| f.first(Takes::Party, &[i]).is_some());
    // "How far apart are Kyiv and Moscow?": two parties' distance is what
    // they are at odds over, their conflicts (an issue named keeps it here).
    if two_parties && ((f.says)(DIVIDE) || ((f.says)("far apart") && only_parties(f))) {
        return None;
    }
    // Every issue and every party whatever else is named ("the key issues
    // in the Gaza talks"): names other than issues are said to be unused.
    Some(Plan {
        notes: (!by_word.is_empty())
            .then(|| super::issue_words::note(f, &words, &by_word))
            .into_iter()
            .collect(),
        words,
        queries: vec![Query::Issues],
        used: (0..f.names.len())
            .filter(|&i| {
                f.names[i]
                    .iter()
                    .all(|&n| f.graph.kind(n) == NodeKind::Issue)
            })
            .collect(),
    })
}

pub(super) fn path(f: &Frame) -> Option<Plan> {
    let (a, from) = f.first(Takes::Any, &[])?;
    let (b, to) = f.first(Takes::Any, &[a])?;
    // One end fitting several nodes ("the ceasefire"): the one nearest the
    // other end, said in a note.
    let mut notes = Vec::new();
    let (from, to) = match (
        nearest_of(f.graph, &from, &to),
        nearest_of(f.graph, &to, &from),
    ) {
        (Some(n), _) => {
            notes.push(nearest_note(f.graph, n, &from, to[0]));
            (vec![n], to)
        }
        (None, Some(n)) => {
            notes.push(nearest_note(f.graph, n, &to, from[0]));
            (from, vec![n])
        }
        (None, None) => (from, to),
    };
    // Only "from A to B" (or "does A lead to B") follows the links' direction.
    // "How is Trump connected to the talks?" follows them too when every
    // pair has such a chain (the shortest answer, read the way the links
    // run); otherwise either way.
    let directed = (f.says)("from <n> to <n>")
        || (f.says)("<n> lead to <n>")
        || from
            .iter()
            .all(|&a| to.iter().all(|&b| reaches(f.graph, a, b)));
    let options = PathOptions {
        directed,
        ..PathOptions::default()
    };
    Some(Plan {
        words: Vec::new(),
        queries: each_pair(&from, &to, |from, to| Query::Path { from, to, options }),
        used: vec![a, b],
        notes,
    })
}

pub(super) fn conflicts(f: &Frame) -> Option<Plan> {
    // "How far apart are Kyiv and Moscow?": two parties and nothing else
    // named; proposals or an issue named are compare's or issues'.
    if (f.says)("far apart") && !only_parties(f) {
        return None;
    }
    // The parties named; a name fitting two parties is read both ways.
    let mut used = Vec::new();
    let mut readings: Vec<Vec<NodeIx>> = vec![Vec::new()];
    while let Some((i, nodes)) = f.first(Takes::Party, &used) {
        used.push(i);
        readings = readings
            .iter()
            .flat_map(|between| {
                nodes.iter().map(move |&n| {
                    let mut b = between.clone();
                    if !b.contains(&n) {
                        b.push(n);
                    }
                    b
                })
            })
            .collect();
    }
    Some(Plan {
        words: Vec::new(),
        queries: readings
            .into_iter()
            .map(|between| Query::Conflicts { between })
            .collect(),
        notes: Vec::new(),
        used,
    })
}

pub(super) fn deadlocks(f: &Frame) -> Option<Plan> {
    // "Is the ceasefire deadlocked?" is about one position: its blockers
    // say; "is there any deadlock in the trade talks?" asks for deadlocks.
    // "Who's waiting on whom in these trade talks?": each waiting on
    // another is a knot of preconditions; the talks named are where to
    // look, not a position asked of.
    let within = (f.says)(
        "deadlock/deadlocks/stalemate/stalemates/standoff/standoffs/impasse/knot/knots in/within/among/over <n>",
    ) || (f.says)("wait/waits/waiting on/for whom/other/others");
    (within || !f.any(Takes::Position)).then(|| Plan {
        words: Vec::new(),
        queries: vec![Query::Deadlocks],
        notes: Vec::new(),
        used: Vec::new(),
    })
}

pub(super) fn detail(f: &Frame) -> Option<Plan> {
    let (i, nodes) = f.first(Takes::Any, &[])?;
    // "What became of the employers' 50 percent offer?": a party named as
    // the owner of a position says whose it is; the position is asked of.
    let party = nodes.iter().all(|&n| f.graph.kind(n) == NodeKind::Party);
    let owned = f
        .first(Takes::Position, &[i])
        .filter(|(j, _)| party && f.owns(i, *j));
    let (nodes, used) = match owned {
        Some((j, position)) => (position, vec![i, j]),
        None => (nodes, vec![i]),
    };
    Some(Plan {
        words: Vec::new(),
        queries: each(&nodes, Query::Detail),
        notes: Vec::new(),
        used,
    })
}

pub(super) fn overview(f: &Frame) -> Option<Plan> {
    // "What's next?": what is due, not everything.
    if let Some(plan) = super::upcoming::upcoming(f) {
        return Some(plan);
    }
    // "Where does everyone stand on hostages?": an issue's, not everything.
    if !super::issue_words::issue_words(f).1.is_empty() {
        return None;
    }
    f.names.is_empty().then(|| Plan {
        words: Vec::new(),
        queries: vec![Query::Overview],
        notes: Vec::new(),
        used: Vec::new(),
    })
}

pub(super) fn unblock(f: &Frame) -> Option<Plan> {
    // "What would get Iran to accept the US proposal?"
    if let Some(plan) = offer_of_a_party(f, |node| Query::Unblock {
        node,
        options: UnblockOptions::default(),
    }) {
        return Some(plan);
    }
    let Some((i, nodes)) = f.first(Takes::Position, &[]) else {
        // "What would it take to get Russia and Ukraine to sit down
        // together?": the talks between them.
        return talks_of_two(f, |node| Query::Unblock {
            node,
            options: UnblockOptions::default(),
        });
    };
    if let Some(plan) = super::sets_off::held_off(f, i, &nodes) {
        return Some(plan);
    }
    Some(Plan {
        words: Vec::new(),
        queries: each(&nodes, |node| Query::Unblock {
            node,
            options: UnblockOptions::default(),
        }),
        notes: Vec::new(),
        used: vec![i],
    })
}

pub(super) fn effects(f: &Frame) -> Option<Plan> {
    // "What happens to the talks if the West pauses aid?": the aid pause,
    // the first position of the "if" clause (skipping the names outside
    // it), else the first position.
    let outside_if: Vec<usize> = (0..f.names.len())
        .filter(|i| !f.in_if.contains(i))
        .collect();
    // "What does the city do?" asks what follows only after an "if".
    if !f.asks_if && (f.says)("what do/does/will/would <n> do") {
        return None;
    }
    let Some((i, nodes)) = super::failure::named(f)
        .or_else(|| f.first(Takes::Position, &outside_if))
        .or_else(|| f.first(Takes::Position, &[]))
    else {
        return party_doing(f);
    };
    match what_sets_off(f, i, &nodes) {
        SetsOff::NotAsked => {}
        SetsOff::Trigger(plan) => return Some(plan),
        SetsOff::NoThreat => return None,
    }
    if super::failure::said_to_fail(f, &nodes) {
        return Some(super::failure::refusal(f, i, &nodes));
    }
    Some(Plan {
        words: Vec::new(),
        queries: each(&nodes, Query::Effects),
        notes: Vec::new(),
        used: vec![i],
    })
}

/// "Suppose the West agreed to pause arms deliveries: what would that
/// unlock?": no position named, but a party of the "if" clause and a word
/// of the one position it must act on or puts forward ("pauses" of "The
/// West pauses its military support"): that position's effects, said.
fn party_doing(f: &Frame) -> Option<Plan> {
    let g = f.graph;
    if !f.asks_if {
        return None;
    }
    let (p, parties) = f.first(Takes::Party, &[])?;
    let stems = |n: NodeIx| -> Vec<String> {
        std::iter::once(g.label(n))
            .chain(g.node(n).aliases.iter().map(String::as_str))
            .flat_map(super::words::words)
            .map(|w| w.stem)
            .collect()
    };
    // What the party must do ("the West pauses"), else what it demands
    // or proposes ("the dockers' 12%").
    let acts = |n: NodeIx| parties.iter().any(|&who| g.actors(n).contains(&who));
    let asks = |n: NodeIx| parties.iter().any(|&who| puts_forward(g, who, n));
    let fitting = |theirs: &dyn Fn(NodeIx) -> bool| -> Vec<(NodeIx, Vec<String>)> {
        g.node_indices()
            .filter(|&n| g.kind(n).is_position() && theirs(n))
            .filter_map(|n| {
                let names = stems(n);
                let words: Vec<String> = f
                    .loose
                    .iter()
                    .filter(|w| names.contains(w))
                    .cloned()
                    .collect();
                (!words.is_empty()).then_some((n, words))
            })
            .collect()
    };
    let mut fits = fitting(&acts);
    if fits.is_empty() {
        fits = fitting(&asks);
    }
    // "What happens if China does not agree to a deal?", of the deal and
    // the trigger "China does not agree to a trade deal": the question
    // says the event does not happen, so the node that is its failure is
    // the one asked.
    if super::failure::says_it_does_not_happen(f) {
        let failed: Vec<_> = fits
            .iter()
            .filter(|(n, _)| super::failure::is_failure(g, *n))
            .cloned()
            .collect();
        if failed.len() == 1 {
            let (node, words) = failed[0].clone();
            let mut plan = super::failure::effects_of_failures(
                g,
                &[node],
                p,
                String::new(),
                "read as the event not happening: the node that is its failure",
            );
            plan.words = words;
            return Some(plan);
        }
    }
    // "What if Russia says no?": no position of its named, its refusal.
    if fits.is_empty() && super::failure::said_to_fail(f, &[]) {
        return Some(super::failure::refused_by(g, p, &parties));
    }
    if fits.len() != 1 {
        return None;
    }
    let (node, words) = fits.pop()?;
    // "What if Putin skips Istanbul?": that position not happening.
    if super::failure::said_to_fail(f, &[node]) {
        let plan = super::failure::not_happening(g, p, &[node], &parties);
        return Some(Plan { words, ..plan });
    }
    Some(Plan {
        notes: vec![format!(
            "read as {} ({}): {} must act on it, and its name holds the question's word (by stem: {})",
            g.id(node),
            g.label(node),
            g.id(parties[0]),
            words.join(", ")
        )],
        words,
        queries: vec![Query::Effects(node)],
        used: vec![p],
    })
}

pub(super) fn changes(f: &Frame) -> Option<Plan> {
    // "How have positions changed over time?" is the timeline; "what
    // happens if ..." is never a question about the record.
    if f.all_time || f.asks_if {
        return None;
    }
    let (from, to) = f.window;
    let window = Window::new(from, to).ok()?;
    // A party named: its changes; any other node: those around it.
    let party = f.first(Takes::Party, &[]);
    // "Has Israel shifted its line?" of a record of one source day: there
    // is no earlier day to compare with, but the party's claims carry dates.
    if let Some((i, nodes)) = party.as_ref().filter(|_| !f.dated && from == to) {
        return Some(Plan {
            queries: each(nodes, |p| Query::Timeline { party: Some(p) }),
            used: vec![*i],
            notes: vec![format!(
                "every source of this graph is dated {to}: the record holds one day, so the party's changes are read as its timeline (the dates its claims carry)"
            )],
            words: Vec::new(),
        });
    }
    let mut used: Vec<usize> = party.iter().map(|(i, _)| *i).collect();
    let around = f.first(Takes::Any, &used);
    used.extend(around.iter().map(|(i, _)| *i));
    let parties: Vec<Option<NodeIx>> = match &party {
        Some((_, nodes)) => nodes.iter().copied().map(Some).collect(),
        None => vec![None],
    };
    let arounds: Vec<Option<NodeIx>> = match &around {
        Some((_, nodes)) => nodes.iter().copied().map(Some).collect(),
        None => vec![None],
    };
    let queries = parties
        .iter()
        .flat_map(|&party| {
            arounds.iter().map(move |&around| Query::Changes {
                window,
                party,
                around,
            })
        })
        .collect();
    Some(Plan {
        words: Vec::new(),
        queries,
        used,
        notes: Vec::new(),
    })
}

pub(super) fn timeline(f: &Frame) -> Option<Plan> {
    // "How has Russia's position changed since May 10?" asks for a window.
    if f.dated || f.asks_if {
        return None;
    }
    match f.first(Takes::Party, &[]) {
        Some((i, nodes)) => Some(Plan {
            words: Vec::new(),
            queries: each(&nodes, |p| Query::Timeline { party: Some(p) }),
            notes: Vec::new(),
            used: vec![i],
        }),
        None => Some(Plan {
            words: Vec::new(),
            queries: vec![Query::Timeline { party: None }],
            notes: Vec::new(),
            used: Vec::new(),
        }),
    }
}
