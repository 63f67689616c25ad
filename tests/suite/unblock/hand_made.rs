//! Hand-made graphs whose options were worked out by hand, and the work
//! budget on searches too big for it.

use super::*;

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
    // y-gov must deliver the monitoring and rejects it: its acceptance is one move.
    let mut d = doc(
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
    );
    d["negograph"] = json!(1.1);
    d["nodes"][3]["actor"] = json!("y-gov");
    let g = graph(&d);
    let answer = ask_all_time(&g, "ceasefire");
    assert_eq!(
        options_of(&answer),
        vec![
            vec![key(Drop, "x-gov", "ceasefire", "monitoring")],
            vec![key(Accept, "y-gov", "monitoring", "monitoring")],
        ]
    );
    assert_eq!(steps_of(&answer, 0), vec!["ceasefire"]);
    assert_eq!(steps_of(&answer, 1), vec!["monitoring", "ceasefire"]);
    let c = &answer.options[1].moves[0];
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
    let mut d = agreed(d, &[("y", "q"), ("w", "p")]);
    d["nodes"][4]["actor"] = json!("q");
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
            vec![key(Accept, "q", "z", "z"), key(Drop, "p", "z", "w")],
            vec![key(Accept, "q", "z", "z"), key(Drop, "q", "w", "z")],
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
    // q must deliver y, and backed it until it turned to rejecting it.
    let mut d = agreed(d, &[("y", "q")]);
    d["edges"][2]["until"] = json!("2025-01-09");
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
            vec![key(Accept, "q", "y", "y")]
        ]
    );
    assert_eq!(both.as_of, Some("2025-01-15".parse().unwrap()));
    // The condition has lapsed: the rejection of y no longer matters.
    let late = ask(&g, &on("2025-02-15"), "x", UnblockOptions::default());
    assert!(late.reachable_now);
    assert_eq!(steps_of(&late, 0), vec!["x"]);
}

/// x needs y (per a), y needs x (per b), and p rejects x itself.
pub(super) fn knot_and_rejection() -> Graph {
    graph(&agreed(
        doc(
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
        ),
        &[("y", "b")],
    ))
}

#[test]
fn a_knot_and_a_rejection_of_the_target_take_two_concessions() {
    let g = knot_and_rejection();
    let answer = ask_all_time(&g, "x");
    assert_eq!(
        options_of(&answer),
        vec![
            vec![key(Accept, "p", "x", "x"), key(Drop, "a", "x", "y")],
            vec![key(Accept, "p", "x", "x"), key(Drop, "b", "y", "x")],
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
    let mut d = agreed(d, &[("y", "p")]);
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
fn the_bundled_graph_names_russias_acceptance_and_who_must_move() {
    // Russia countered the 30-day ceasefire with talks, and ties any
    // ceasefire to a pause in Western aid, which the Western allies have not
    // agreed to: Russia must accept, and either drop its condition or see the
    // Western allies agree to pause their aid.
    let input = negograph::Input::builtin();
    let g = Graph::from_document(&input.origin, input.parse().unwrap()).unwrap();
    let answer = ask(
        &g,
        &ViewSpec::default(),
        "ceasefire-30d",
        UnblockOptions::default(),
    );
    assert!(!answer.reachable_now && answer.complete);
    assert_eq!(
        options_of(&answer),
        vec![
            vec![
                key(Accept, "russia", "ceasefire-30d", "ceasefire-30d"),
                key(Drop, "russia", "ceasefire-30d", "western-aid-pause"),
            ],
            vec![
                key(Accept, "russia", "ceasefire-30d", "ceasefire-30d"),
                key(
                    Deliver,
                    "western-allies",
                    "western-aid-pause",
                    "western-aid-pause"
                ),
            ],
        ]
    );
    assert_eq!(
        steps_of(&answer, 1),
        vec!["western-aid-pause", "ceasefire-30d"]
    );
    assert!(answer.options[1].then.iter().all(|s| s.agreed));
    assert_eq!(answer.movers[0].party, "russia");
    assert_eq!(answer.movers[0].alone, vec![1]);
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
    let agreements: Vec<(&str, &str)> = ids.iter().map(|id| (id.as_str(), "p")).collect();
    graph(&agreed(doc(&nodes, edges), &agreements))
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
            .moves
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
    // smaller option {p withdraws}, must not be listed. p must deliver y.
    let mut d = doc(
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
    );
    d["negograph"] = json!(1.1);
    d["nodes"][4]["actor"] = json!("p");
    let g = graph(&d);
    let minimal = [
        vec![key(Accept, "p", "y", "y")],
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
