//! `unblock` on small hand-made graphs whose options were worked out by hand,
//! and against a brute-force reference on random graphs: every minimal set of
//! concessions, and nothing else, smallest first.

mod common;

use std::collections::BTreeSet;

use common::{cond, doc, edge, graph};
use negograph::Graph;
use negograph::model::Date;
use negograph::query::unblock::{ConcessionKind, CutOff, Unblock, UnblockOptions, unblock};
use negograph::view::{View, ViewSpec, When};
use proptest::prelude::*;
use serde_json::{Value, json};

/// A concession as the tests write it: (kind, holder, from, to).
type Key = (ConcessionKind, String, String, String);

fn key(kind: ConcessionKind, holder: &str, from: &str, to: &str) -> Key {
    (kind, holder.into(), from.into(), to.into())
}

use ConcessionKind::{DropCondition as Drop, LiftBlock as Lift, WithdrawRejection as Withdraw};

fn options_of(answer: &Unblock) -> Vec<Vec<Key>> {
    answer
        .options
        .iter()
        .map(|o| {
            o.concessions
                .iter()
                .map(|c| key(c.kind, &c.holder, &c.from, &c.to))
                .collect()
        })
        .collect()
}

fn steps_of(answer: &Unblock, option: usize) -> Vec<String> {
    answer.options[option]
        .then
        .iter()
        .map(|s| s.node.id.clone())
        .collect()
}

fn ask(g: &Graph, spec: &ViewSpec, target: &str, options: UnblockOptions) -> Unblock {
    let view = View::new(g, spec).unwrap();
    unblock(&view, g.find(target).unwrap(), options)
}

fn ask_all_time(g: &Graph, target: &str) -> Unblock {
    ask(g, &ViewSpec::all_time(), target, UnblockOptions::default())
}

fn on(day: &str) -> ViewSpec {
    ViewSpec {
        when: When::On(day.parse::<Date>().unwrap()),
        ..ViewSpec::default()
    }
}

/// A's tariff cut needs B's quota rise (per A), which needs C's subsidy
/// removal (per B), which needs A's tariff cut (per C).
fn tariff_knot() -> Value {
    doc(
        &[
            ("a", "party"),
            ("b", "party"),
            ("c", "party"),
            ("tariff-cut", "demand"),
            ("quota-rise", "demand"),
            ("subsidy-removal", "demand"),
        ],
        vec![
            cond("tariff-cut", "quota-rise", "a"),
            cond("quota-rise", "subsidy-removal", "b"),
            cond("subsidy-removal", "tariff-cut", "c"),
        ],
    )
}

#[test]
fn a_knot_of_three_opens_by_any_one_condition_dropped() {
    let g = graph(&tariff_knot());
    let answer = ask_all_time(&g, "tariff-cut");
    assert_eq!(
        options_of(&answer),
        vec![
            vec![key(Drop, "a", "tariff-cut", "quota-rise")],
            vec![key(Drop, "b", "quota-rise", "subsidy-removal")],
            vec![key(Drop, "c", "subsidy-removal", "tariff-cut")],
        ]
    );
    assert!(answer.complete && answer.cut_off.is_none() && !answer.reachable_now);
    // What follows each: whatever is still needed, preconditions first.
    assert_eq!(steps_of(&answer, 0), vec!["tariff-cut"]);
    assert_eq!(steps_of(&answer, 1), vec!["quota-rise", "tariff-cut"]);
    assert_eq!(
        steps_of(&answer, 2),
        vec!["subsidy-removal", "quota-rise", "tariff-cut"]
    );
    assert_eq!(answer.options[2].then[1].after, vec!["subsidy-removal"]);
    // Who has to move first: each can open one option alone.
    let movers: Vec<(&str, &[usize], &[usize])> = answer
        .movers
        .iter()
        .map(|m| (m.party.as_str(), &m.options[..], &m.alone[..]))
        .collect();
    assert_eq!(
        movers,
        vec![
            ("a", &[1][..], &[1][..]),
            ("b", &[2][..], &[2][..]),
            ("c", &[3][..], &[3][..]),
        ]
    );
    assert_eq!((answer.subgraph_nodes, answer.subgraph_edges), (3, 3));
}

#[test]
fn a_rejected_precondition_is_dropped_by_its_holder_or_its_rejection_withdrawn() {
    let g = graph(&doc(
        &[
            ("x-gov", "party"),
            ("y-gov", "party"),
            ("ceasefire", "demand"),
            ("monitoring", "condition"),
        ],
        vec![
            cond("ceasefire", "monitoring", "x-gov"),
            edge("y-gov", "rejects", "monitoring"),
        ],
    ));
    let answer = ask_all_time(&g, "ceasefire");
    assert_eq!(
        options_of(&answer),
        vec![
            vec![key(Drop, "x-gov", "ceasefire", "monitoring")],
            vec![key(Withdraw, "y-gov", "y-gov", "monitoring")],
        ]
    );
    assert_eq!(steps_of(&answer, 0), vec!["ceasefire"]);
    assert_eq!(steps_of(&answer, 1), vec!["monitoring", "ceasefire"]);
    let c = &answer.options[1].concessions[0];
    assert_eq!(c.quote.as_deref(), Some("words"));
    assert_eq!(c.source.as_deref(), Some("src"));
    assert_eq!(c.links.len(), 1);
}

#[test]
fn met_links_end_the_chain_and_what_lies_behind_them_does_not_count() {
    // x needs y (per p), y needs z (per q); z is met, so q's rejection of z
    // and z's own knot with w do not stand in x's way.
    let mut d = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("x", "demand"),
            ("y", "condition"),
            ("z", "condition"),
            ("w", "condition"),
        ],
        vec![
            cond("x", "y", "p"),
            cond("y", "z", "q"),
            edge("q", "rejects", "z"),
            cond("z", "w", "p"),
            cond("w", "z", "q"),
        ],
    );
    d["nodes"][4]["status"] = json!("met");
    d["nodes"][3]["actor"] = json!(["q"]);
    let g = graph(&d);
    let answer = ask_all_time(&g, "x");
    assert!(answer.reachable_now && answer.complete);
    assert_eq!(options_of(&answer), vec![Vec::<Key>::new()]);
    assert_eq!(steps_of(&answer, 0), vec!["y", "x"]);
    assert_eq!(answer.options[0].then[0].actors, vec!["q"]);
    assert!(answer.options[0].then[1].actors.is_empty());
    assert!(answer.movers.is_empty());
    // The same with z open: q rejects z, and z is in a knot with w. Cutting z
    // off takes one concession; keeping it takes the rejection withdrawn and
    // the knot broken.
    d["nodes"][4]["status"] = json!("open");
    let g = graph(&d);
    let answer = ask_all_time(&g, "x");
    assert_eq!(
        options_of(&answer),
        vec![
            vec![key(Drop, "p", "x", "y")],
            vec![key(Drop, "q", "y", "z")],
            vec![key(Withdraw, "q", "q", "z"), key(Drop, "p", "z", "w")],
            vec![key(Withdraw, "q", "q", "z"), key(Drop, "q", "w", "z")],
        ]
    );
    assert_eq!(
        steps_of(&answer, 3),
        vec!["w", "z", "y", "x"],
        "z waits for w, y for z"
    );
    // q is in three options and can open two alone (2 and 4); p opens 1 alone.
    assert_eq!(answer.movers[0].party, "q");
    assert_eq!(answer.movers[0].options, vec![2, 3, 4]);
    assert_eq!(answer.movers[0].alone, vec![2, 4]);
    assert_eq!(answer.movers[1].party, "p");
    assert_eq!(answer.movers[1].alone, vec![1]);
}

#[test]
fn a_met_target_has_nothing_to_unblock() {
    let mut d = tariff_knot();
    d["nodes"][3]["status"] = json!("met");
    let g = graph(&d);
    let answer = ask_all_time(&g, "tariff-cut");
    assert!(answer.already_met && answer.options.is_empty() && answer.complete);
}

#[test]
fn dated_conditions_count_only_on_their_days() {
    let mut d = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("x", "demand"),
            ("y", "condition"),
        ],
        vec![cond("x", "y", "p"), edge("q", "rejects", "y")],
    );
    d["edges"][0]["until"] = json!("2025-01-31");
    d["edges"][1]["since"] = json!("2025-01-10");
    let g = graph(&d);
    // Before the rejection: the condition alone, which can be delivered.
    let early = ask(&g, &on("2025-01-05"), "x", UnblockOptions::default());
    assert!(early.reachable_now);
    assert_eq!(steps_of(&early, 0), vec!["y", "x"]);
    // Both hold: either gives way.
    let both = ask(&g, &on("2025-01-15"), "x", UnblockOptions::default());
    assert_eq!(
        options_of(&both),
        vec![
            vec![key(Drop, "p", "x", "y")],
            vec![key(Withdraw, "q", "q", "y")]
        ]
    );
    assert_eq!(both.as_of, Some("2025-01-15".parse().unwrap()));
    // The condition has lapsed: the rejection of y no longer matters.
    let late = ask(&g, &on("2025-02-15"), "x", UnblockOptions::default());
    assert!(late.reachable_now);
    assert_eq!(steps_of(&late, 0), vec!["x"]);
}

/// x needs y (per a), y needs x (per b), and p rejects x itself.
fn knot_and_rejection() -> Graph {
    graph(&doc(
        &[
            ("a", "party"),
            ("b", "party"),
            ("p", "party"),
            ("x", "demand"),
            ("y", "demand"),
        ],
        vec![
            cond("x", "y", "a"),
            cond("y", "x", "b"),
            edge("p", "rejects", "x"),
        ],
    ))
}

#[test]
fn a_knot_and_a_rejection_of_the_target_take_two_concessions() {
    let g = knot_and_rejection();
    let answer = ask_all_time(&g, "x");
    assert_eq!(
        options_of(&answer),
        vec![
            vec![key(Withdraw, "p", "p", "x"), key(Drop, "a", "x", "y")],
            vec![key(Withdraw, "p", "p", "x"), key(Drop, "b", "y", "x")],
        ]
    );
    assert!(answer.complete);
    // p is in both options but can open neither alone.
    assert_eq!(answer.movers[0].party, "p");
    assert_eq!(answer.movers[0].options, vec![1, 2]);
    assert!(answer.movers.iter().all(|m| m.alone.is_empty()));
}

#[test]
fn the_search_says_where_it_stopped() {
    let g = knot_and_rejection();
    let small = ask(
        &g,
        &ViewSpec::all_time(),
        "x",
        UnblockOptions {
            max: 10,
            size: 1,
            ..UnblockOptions::default()
        },
    );
    assert!(small.options.is_empty() && !small.complete);
    assert_eq!(small.cut_off, Some(CutOff::Size));

    let g = graph(&tariff_knot());
    let few = ask(
        &g,
        &ViewSpec::all_time(),
        "tariff-cut",
        UnblockOptions {
            max: 2,
            size: 3,
            ..UnblockOptions::default()
        },
    );
    assert_eq!(few.options.len(), 2);
    assert_eq!((few.complete, few.cut_off), (false, Some(CutOff::Max)));
    // Exactly as many as there are: complete.
    let exact = ask(
        &g,
        &ViewSpec::all_time(),
        "tariff-cut",
        UnblockOptions {
            max: 3,
            size: 3,
            ..UnblockOptions::default()
        },
    );
    assert_eq!((exact.options.len(), exact.complete), (3, true));
}

#[test]
fn blocks_are_lifted_by_their_holders_and_a_block_no_one_holds_cannot_be() {
    let mut d = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("x", "demand"),
            ("y", "condition"),
            ("z", "condition"),
            ("old", "condition"),
        ],
        vec![
            cond("x", "y", "p"),
            edge("q", "blocks", "y"),
            edge("z", "blocks", "y"),
            edge("old", "blocks", "x"),
        ],
    );
    d["nodes"][5]["status"] = json!("withdrawn");
    d["edges"][2]["by"] = json!("q");
    let g = graph(&d);
    let answer = ask_all_time(&g, "x");
    // q holds both blocks of y; the withdrawn one does not block.
    assert_eq!(
        options_of(&answer),
        vec![
            vec![key(Drop, "p", "x", "y")],
            vec![key(Lift, "q", "q", "y"), key(Lift, "q", "z", "y")],
        ]
    );
    // Each can open one option alone; ties keep the order of the options.
    let movers: Vec<(&str, &[usize])> = answer
        .movers
        .iter()
        .map(|m| (m.party.as_str(), &m.alone[..]))
        .collect();
    assert_eq!(movers, vec![("p", &[1][..]), ("q", &[2][..])]);

    // A block of the target itself that no party holds: nothing opens it.
    d["nodes"][5]["status"] = json!("open");
    let g = graph(&d);
    let stuck = ask_all_time(&g, "x");
    assert!(stuck.options.is_empty() && stuck.complete);
    assert_eq!(stuck.fixed.len(), 1);
    assert_eq!(stuck.fixed[0].from, "old");
}

#[test]
fn the_bundled_graph_needs_no_concession_only_deliveries() {
    let input = negograph::Input::builtin();
    let g = Graph::from_document(&input.origin, input.parse().unwrap()).unwrap();
    let answer = ask(
        &g,
        &ViewSpec::default(),
        "direct-talks",
        UnblockOptions::default(),
    );
    assert!(answer.reachable_now);
    assert_eq!(
        steps_of(&answer, 0),
        vec!["western-aid-pause", "ceasefire-30d", "direct-talks"]
    );
    assert_eq!(answer.options[0].then[0].actors, vec!["western-allies"]);
    assert_eq!(answer.options[0].then[1].actors, vec!["russia"]);
}

// ---- against a brute-force reference on random graphs ----

/// A random graph: positions p0.. (p0 the target) with statuses, parties
/// a0.., and edges of the kinds that matter.
#[derive(Clone, Debug)]
struct Random {
    statuses: Vec<&'static str>,
    parties: usize,
    /// (kind, i, j, k): 0 = p_i needs p_j per a_k; 1 = a_k rejects p_j;
    /// 2 = a_k blocks p_j; 3 = p_i blocks p_j (held by a_k when k is even);
    /// 4 = p_i supersedes nothing, a placebo edge: a_k supports p_j.
    edges: Vec<(u8, usize, usize, usize)>,
}

fn random_graph() -> impl Strategy<Value = Random> {
    random_graph_of(5, 9)
}

/// Random graphs of up to `positions` positions and `edges` edges.
fn random_graph_of(positions: usize, edges: usize) -> impl Strategy<Value = Random> {
    (2usize..=positions, 1usize..=3).prop_flat_map(move |(n, k)| {
        let status = prop_oneof![
            6 => Just("open"),
            1 => Just("met"),
            1 => Just("withdrawn"),
        ];
        (
            proptest::collection::vec(status, n),
            proptest::collection::vec((0u8..5, 0..n, 0..n, 0..k), 0..=edges),
        )
            .prop_map(move |(mut statuses, edges)| {
                // The target is open: the met case is tested by hand.
                statuses[0] = "open";
                Random {
                    statuses,
                    parties: k,
                    edges,
                }
            })
    })
}

fn to_doc(r: &Random) -> Value {
    let mut nodes: Vec<Value> = (0..r.parties)
        .map(|k| json!({"id": format!("a{k}"), "kind": "party", "label": format!("A{k}")}))
        .collect();
    for (i, s) in r.statuses.iter().enumerate() {
        nodes.push(json!({"id": format!("p{i}"), "kind": "condition", "label": format!("P{i}"), "status": s}));
    }
    let edges: Vec<Value> = r
        .edges
        .iter()
        .map(|&(kind, i, j, k)| {
            let (p, q, a) = (format!("p{i}"), format!("p{j}"), format!("a{k}"));
            match kind {
                0 => cond(&p, &q, &a),
                1 => edge(&a, "rejects", &q),
                2 => edge(&a, "blocks", &q),
                3 if k % 2 == 0 => {
                    let mut e = edge(&p, "blocks", &q);
                    e["by"] = json!(a);
                    e
                }
                3 => edge(&p, "blocks", &q),
                _ => edge(&a, "supports", &q),
            }
        })
        .collect();
    json!({"negograph": 1, "title": "random", "sources": [{"id": "src", "title": "s"}],
           "nodes": nodes, "edges": edges})
}

/// Every concession the graph offers, as the reference sees them: each
/// precondition, rejection and held block, by (kind, holder, from, to).
fn all_concessions(r: &Random) -> Vec<Key> {
    let mut keys = BTreeSet::new();
    for &(kind, i, j, k) in &r.edges {
        let (p, q, a) = (format!("p{i}"), format!("p{j}"), format!("a{k}"));
        match kind {
            0 => keys.insert(key(Drop, &a, &p, &q)),
            1 => keys.insert(key(Withdraw, &a, &a, &q)),
            2 => keys.insert(key(Lift, &a, &a, &q)),
            3 if k % 2 == 0 => keys.insert(key(Lift, &a, &p, &q)),
            _ => false,
        };
    }
    keys.into_iter().collect()
}

/// The reference: whether p0 can be reached once `given_up` is given up,
/// straight from the definition, with none of the library's machinery.
/// Returns the nodes still to deliver when it can.
fn clears(r: &Random, given_up: &BTreeSet<&Key>) -> Option<BTreeSet<usize>> {
    let n = r.statuses.len();
    let settled = |i: usize| r.statuses[i] != "open";
    let kept = |k: Key| !given_up.contains(&k);
    let binding: Vec<(usize, usize)> = r
        .edges
        .iter()
        .filter(|&&(kind, i, j, k)| {
            kind == 0
                && !settled(j)
                && (i == 0 || !settled(i))
                && kept(key(
                    Drop,
                    &format!("a{k}"),
                    &format!("p{i}"),
                    &format!("p{j}"),
                ))
        })
        .map(|&(_, i, j, _)| (i, j))
        .collect();
    // Reachable from p0, by fixed point.
    let mut reached = BTreeSet::from([0]);
    loop {
        let before = reached.len();
        for &(i, j) in &binding {
            if reached.contains(&i) {
                reached.insert(j);
            }
        }
        if reached.len() == before {
            break;
        }
    }
    for &(kind, i, j, k) in &r.edges {
        if !reached.contains(&j) {
            continue;
        }
        let (p, q, a) = (format!("p{i}"), format!("p{j}"), format!("a{k}"));
        let stands = match kind {
            1 => kept(key(Withdraw, &a, &a, &q)),
            2 => kept(key(Lift, &a, &a, &q)),
            3 if i == 0 || r.statuses[i] == "withdrawn" => false,
            3 if k % 2 == 0 => kept(key(Lift, &a, &p, &q)),
            3 => true,
            _ => false,
        };
        if stands {
            return None;
        }
    }
    // A knot: some reached node reaches itself (transitive closure).
    let mut path = vec![vec![false; n]; n];
    for &(i, j) in &binding {
        if reached.contains(&i) {
            path[i][j] = true;
        }
    }
    for m in 0..n {
        for i in 0..n {
            for j in 0..n {
                path[i][j] |= path[i][m] && path[m][j];
            }
        }
    }
    if reached.iter().any(|&i| path[i][i]) {
        return None;
    }
    Some(reached)
}

/// Every inclusion-minimal set of concessions that clears p0.
fn reference(r: &Random) -> Vec<BTreeSet<Key>> {
    let all = all_concessions(r);
    let mut minimal = Vec::new();
    for mask in 0u32..(1 << all.len()) {
        let set: BTreeSet<&Key> = (0..all.len())
            .filter(|b| mask & (1 << b) != 0)
            .map(|b| &all[b])
            .collect();
        if clears(r, &set).is_none() {
            continue;
        }
        // Clearing is monotone, so leaving out any one member is enough to test.
        let smaller_clears = set.iter().any(|x| {
            let mut less = set.clone();
            less.remove(x);
            clears(r, &less).is_some()
        });
        if !smaller_clears {
            minimal.push(set.into_iter().cloned().collect());
        }
    }
    minimal
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn options_are_every_minimal_set_and_nothing_else(r in random_graph(), size in 1usize..=4) {
        let g = graph(&to_doc(&r));
        let answer = ask(&g, &ViewSpec::all_time(), "p0", UnblockOptions { max: 1000, size, ..UnblockOptions::default() });
        let expected = reference(&r);
        let listed: Vec<BTreeSet<Key>> =
            options_of(&answer).into_iter().map(|o| o.into_iter().collect()).collect();
        // Minimality and completeness up to the size searched.
        let wanted: BTreeSet<BTreeSet<Key>> =
            expected.iter().filter(|s| s.len() <= size).cloned().collect();
        prop_assert_eq!(listed.iter().cloned().collect::<BTreeSet<_>>(), wanted);
        prop_assert_eq!(listed.len(), answer.options.len(), "an option is listed twice");
        // Smallest first.
        prop_assert!(listed.windows(2).all(|w| w[0].len() <= w[1].len()));
        // "Complete" only when nothing larger exists.
        if answer.complete {
            prop_assert_eq!(listed.len(), expected.len());
        } else {
            prop_assert_eq!(answer.cut_off, Some(CutOff::Size));
        }
        // Each plan delivers exactly what remains, every node after its preconditions.
        for (option, set) in answer.options.iter().zip(&listed) {
            let given_up: BTreeSet<&Key> = set.iter().collect();
            let remaining = clears(&r, &given_up).expect("an option clears the target");
            let steps: Vec<&str> = option.then.iter().map(|s| s.node.id.as_str()).collect();
            let expected_steps: BTreeSet<String> =
                remaining.iter().map(|i| format!("p{i}")).collect();
            prop_assert_eq!(steps.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>(), expected_steps);
            prop_assert_eq!(steps.last().copied(), Some("p0"));
            for (at, step) in option.then.iter().enumerate() {
                for before in &step.after {
                    prop_assert!(steps[..at].contains(&before.as_str()));
                }
            }
        }
    }

    #[test]
    fn under_any_budget_what_is_listed_is_minimal(r in random_graph_of(7, 13), budget in 0u64..1_500) {
        let g = graph(&to_doc(&r));
        let options = UnblockOptions { max: 1000, size: 4, budget };
        let answer = ask(&g, &ViewSpec::all_time(), "p0", options);
        let expected = reference(&r);
        for listed in options_of(&answer) {
            let listed: BTreeSet<Key> = listed.into_iter().collect();
            prop_assert!(expected.contains(&listed), "{listed:?} is not a minimal set");
        }
        if answer.complete {
            prop_assert_eq!(answer.options.len(), expected.iter().filter(|s| s.len() <= 4).count());
        }
    }

    #[test]
    fn a_short_list_is_the_head_of_the_full_one(r in random_graph(), max in 0usize..3) {
        let g = graph(&to_doc(&r));
        let full = ask(&g, &ViewSpec::all_time(), "p0", UnblockOptions { max: 1000, size: 4, ..UnblockOptions::default() });
        let short = ask(&g, &ViewSpec::all_time(), "p0", UnblockOptions { max, size: 4, ..UnblockOptions::default() });
        let head: Vec<_> = options_of(&full).into_iter().take(max).collect();
        prop_assert_eq!(options_of(&short), head);
        if full.options.len() > max {
            prop_assert_eq!(short.cut_off, Some(CutOff::Max));
        }
    }
}

#[test]
fn the_unblock_view_numbers_each_options_concessions_and_renders_cleanly() {
    use negograph::export::{Focus, scene::Mark};
    let g = graph(&tariff_knot());
    let x = g.find("tariff-cut").unwrap();
    let (scene, dot) = common::view_dot(&g, &ViewSpec::all_time(), &Focus::Unblock(x));
    // The blocking subgraph: the knot, its three holders, each condition given
    // up by its own option.
    assert_eq!(scene.edges.len(), 3);
    assert_eq!(scene.nodes.len(), 6);
    let mut marks: Vec<(String, Mark)> = scene
        .marks
        .iter()
        .map(|(&e, m)| (g.meta(e).by.map(|b| g.id(b).to_owned()).unwrap(), m.clone()))
        .collect();
    marks.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        marks,
        vec![
            ("a".to_owned(), Mark::Concession(vec![1])),
            ("b".to_owned(), Mark::Concession(vec![2])),
            ("c".to_owned(), Mark::Concession(vec![3])),
        ]
    );
    for n in 1..=3 {
        assert!(dot.contains(&format!("give up (option {n})")), "{dot}");
    }
    assert!(dot.contains("3 options"));
    assert!(dot.contains("give up: the options (numbered) that drop it"));
    let (_, warnings) = common::graphviz_svg(&dot);
    assert_eq!(warnings, "");

    // A concession shared by two options carries both numbers.
    let g = knot_and_rejection();
    let x = g.find("x").unwrap();
    let (_, dot) = common::view_dot(&g, &ViewSpec::all_time(), &Focus::Unblock(x));
    assert!(dot.contains("give up (options 1, 2)"), "{dot}");
    assert_eq!(common::graphviz_svg(&dot).1, "");
}

// ---- the command ----

use common::{on_trade_talks, trade_talks_path as trade};

#[test]
fn the_command_numbers_the_options_in_words_with_quotes_and_who_moves_first() {
    let out = on_trade_talks(&["unblock", "tariff-cut", "--as-of", "2025-03-31"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for line in [
        "3 options (smallest first; each concession is needed):",
        " 1. Country A drops its condition: A cuts its steel tariffs only if B raises its",
        "    import quotas",
        "      “A will cut tariffs only once B raises its quotas.”",
        " 3. Country C drops its condition: C removes its farm subsidies only if A cuts",
        "      3. A cuts its steel tariffs [tariff-cut] · Country A must act",
        "  Country C can open option 3 alone",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} not in:\n{text}");
    }
    // Before C tied its subsidies to A's tariffs (5 March) there was no knot.
    let early = on_trade_talks(&["unblock", "tariff-cut", "--as-of", "2025-03-04", "--json"]);
    let json: Value = serde_json::from_slice(&early.stdout).unwrap();
    assert_eq!(json["reachable_now"], true);
    assert_eq!(json["options"][0]["then"].as_array().unwrap().len(), 3);
}

#[test]
fn the_command_says_when_it_stopped_and_refuses_what_it_cannot_answer() {
    let run = on_trade_talks;
    let cut = run(&[
        "unblock",
        "tariff-cut",
        "--as-of",
        "2025-03-31",
        "--max",
        "2",
    ]);
    let text = String::from_utf8(cut.stdout).unwrap();
    assert!(
        text.contains("More options exist; --max 4 lists more."),
        "{text}"
    );
    let none = run(&[
        "unblock",
        "trade-deal",
        "--as-of",
        "2025-03-31",
        "--size",
        "0",
    ]);
    let text = String::from_utf8(none.stdout).unwrap();
    assert!(text.contains("No option of up to 0 concessions unblocks it."));
    assert!(text.contains("--size 1 looks further."));
    let json: Value = serde_json::from_slice(
        &run(&["unblock", "trade-deal", "--as-of", "2025-03-31", "--json"]).stdout,
    )
    .unwrap();
    assert_eq!(json["complete"], true);
    assert_eq!(
        json["options"][1]["concessions"][0]["kind"],
        "withdraw_rejection"
    );
    assert_eq!(json["options"][1]["concessions"][0]["holder"], "country-c");
    assert_eq!(
        json["options"][1]["concessions"][0]["quote"],
        "C will not admit monitors."
    );
    // A party is not something to unblock; --max 0 lists nothing, so it is refused.
    let party = run(&["unblock", "country-a"]);
    assert_eq!(party.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&party.stderr).contains("negograph stance country-a"));
    assert_eq!(
        run(&["unblock", "tariff-cut", "--max", "0"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["unblock", "no-such-thing"]).status.code(), Some(2));
}

#[test]
fn the_unblock_view_draws_and_maps() {
    let dir = tempfile::tempdir().unwrap();
    let svg = common::render_file(
        Some(&trade()),
        dir.path(),
        "unblock.svg",
        &["--unblock", "tariff-cut", "--as-of", "2025-03-31"],
    );
    let text = std::fs::read_to_string(svg).unwrap();
    assert!(text.contains("give up (option 2)"));
    let map = common::render_file(
        Some(&trade()),
        dir.path(),
        "unblock.html",
        &["--unblock", "tariff-cut", "--as-of", "2025-03-31"],
    );
    let html = std::fs::read_to_string(map).unwrap();
    assert!(html.contains("Since 5 March, C has tied its subsidies to A's tariffs."));
}

/// Three chains of `n` preconditions below x, each ending in a node a party
/// rejects: every option takes three concessions, one per chain.
fn three_chains(n: usize) -> Graph {
    let mut nodes = vec![("p", "party"), ("q", "party"), ("x", "demand")];
    let ids: Vec<String> = (0..3)
        .flat_map(|c| (0..n).map(move |i| format!("c{c}-{i}")))
        .collect();
    nodes.extend(ids.iter().map(|id| (id.as_str(), "condition")));
    let mut edges = Vec::new();
    for c in 0..3 {
        let mut from = "x".to_owned();
        for i in 0..n {
            let to = format!("c{c}-{i}");
            edges.push(cond(&from, &to, "p"));
            from = to;
        }
        edges.push(edge("q", "rejects", &from));
    }
    graph(&doc(&nodes, edges))
}

#[test]
fn a_search_too_big_for_its_budget_stops_says_so_and_lists_only_minimal_options() {
    let g = three_chains(60);
    // A tiny budget cannot pay for the third level: nothing found, and it says why.
    let tiny = ask(
        &g,
        &ViewSpec::all_time(),
        "x",
        UnblockOptions {
            budget: 10_000,
            ..UnblockOptions::default()
        },
    );
    assert!(tiny.options.is_empty());
    assert_eq!((tiny.complete, tiny.cut_off), (false, Some(CutOff::Budget)));
    // With more, it makes part of each level it cannot pay for whole (61 *
    // 61 sets on the second), and what it lists from there is minimal: one
    // concession on each chain.
    let answer = ask(
        &g,
        &ViewSpec::all_time(),
        "x",
        UnblockOptions {
            budget: 1_000_000,
            ..UnblockOptions::default()
        },
    );
    assert_eq!(
        (answer.complete, answer.cut_off),
        (false, Some(CutOff::Budget))
    );
    assert_eq!(answer.options.len(), 10);
    for option in &answer.options {
        let mut chains: Vec<char> = option
            .concessions
            .iter()
            .map(|c| c.to.chars().nth(1).unwrap())
            .collect();
        chains.sort();
        assert_eq!(chains, vec!['0', '1', '2'], "{:?}", options_of(&answer));
    }
}

#[test]
fn a_level_cut_short_by_the_budget_cannot_pass_off_a_non_minimal_option() {
    // x needs y per a and per b; p rejects y. Minimal: p withdraws, or a and
    // b both drop theirs. Whatever part of a level the budget pays for, a
    // set such as {a drops, p withdraws}, which clears x but holds the
    // smaller option {p withdraws}, must not be listed.
    let g = graph(&doc(
        &[
            ("a", "party"),
            ("b", "party"),
            ("p", "party"),
            ("x", "demand"),
            ("y", "condition"),
        ],
        vec![
            cond("x", "y", "a"),
            cond("x", "y", "b"),
            edge("p", "rejects", "y"),
        ],
    ));
    let minimal = [
        vec![key(Withdraw, "p", "p", "y")],
        vec![key(Drop, "a", "x", "y"), key(Drop, "b", "x", "y")],
    ];
    for budget in (0..2_000).step_by(7) {
        let options = UnblockOptions {
            budget,
            ..UnblockOptions::default()
        };
        let answer = ask(&g, &ViewSpec::all_time(), "x", options);
        for listed in options_of(&answer) {
            assert!(minimal.contains(&listed), "budget {budget}: {listed:?}");
        }
    }
    // With the whole budget, both.
    assert_eq!(options_of(&ask_all_time(&g, "x")).len(), 2);
}
