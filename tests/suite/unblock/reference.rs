//! Against a brute-force reference on random graphs: every minimal set of
//! moves, and nothing else, smallest first. The reference reads the rules of
//! `docs/semantics.md` straight off the random graph, with none of the
//! library's machinery: actors who must agree to deliver, refusals, blocks
//! and knots; and format 1.2's postponed (pending, as open) and cancelled
//! positions (a leaf of the tree no move but cutting it off clears).

use super::*;
use proptest::prelude::*;

/// A random graph: positions p0.. (p0 the target) with statuses, parties
/// a0.., and edges of the kinds that matter.
#[derive(Clone, Debug)]
struct Random {
    statuses: Vec<&'static str>,
    /// Each position's actor (`a_k`), when it names one.
    actors: Vec<Option<usize>>,
    parties: usize,
    /// (kind, i, j, k): 0 = `p_i` needs `p_j` per `a_k`; 1 = `a_k` rejects `p_j`;
    /// 2 = `a_k` blocks `p_j`; 3 = `p_i` blocks `p_j` (held by `a_k` when k is even);
    /// 4 = `a_k` supports `p_j` (its agreement, when it is `p_j`'s actor);
    /// 5 = `a_k` counters `p_j` (a refusal, like a rejection).
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
            1 => Just("postponed"),
            1 => Just("cancelled"),
        ];
        (
            proptest::collection::vec(status, n),
            proptest::collection::vec(proptest::option::weighted(0.6, 0..k), n),
            proptest::collection::vec((0u8..6, 0..n, 0..n, 0..k), 0..=edges),
        )
            .prop_map(move |(mut statuses, actors, edges)| {
                // The target is open: the met case is tested by hand.
                statuses[0] = "open";
                Random {
                    statuses,
                    actors,
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
        let mut node = json!({"id": format!("p{i}"), "kind": "condition", "label": format!("P{i}"), "status": s});
        if let Some(k) = r.actors[i] {
            node["actor"] = json!(format!("a{k}"));
        }
        nodes.push(node);
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
                4 => edge(&a, "supports", &q),
                _ => edge(&a, "counters", &q),
            }
        })
        .collect();
    json!({"negograph": 1.1, "title": "random", "sources": [{"id": "src", "title": "s"}],
           "nodes": nodes, "edges": edges})
}

/// Whether party `a_k` refuses `p_j` in the graph (rejects or counters it).
fn refuses(r: &Random, k: usize, j: usize) -> bool {
    r.edges
        .iter()
        .any(|&(kind, _, q, a)| (kind == 1 || kind == 5) && q == j && a == k)
}

/// The move by which `a_k` agrees to `p_j`: an acceptance when it refuses
/// it, else an agreement to deliver it.
fn agree(r: &Random, k: Option<usize>, j: usize) -> Key {
    let q = format!("p{j}");
    match k {
        Some(k) if refuses(r, k, j) => key(Accept, &format!("a{k}"), &q, &q),
        Some(k) => key(Deliver, &format!("a{k}"), &q, &q),
        None => key(Deliver, "", &q, &q),
    }
}

/// Every move the graph offers, as the reference sees them: each condition
/// dropped, each refusal withdrawn, each held block lifted, each position's
/// actor (or, without one, whoever must) agreeing to deliver it.
fn all_concessions(r: &Random) -> Vec<Key> {
    let mut keys = BTreeSet::new();
    for &(kind, i, j, k) in &r.edges {
        let (p, q, a) = (format!("p{i}"), format!("p{j}"), format!("a{k}"));
        match kind {
            0 => keys.insert(key(Drop, &a, &p, &q)),
            1 | 5 => keys.insert(agree(r, Some(k), j)),
            2 => keys.insert(key(Lift, &a, &a, &q)),
            3 if k % 2 == 0 => keys.insert(key(Lift, &a, &p, &q)),
            _ => false,
        };
    }
    for j in 1..r.statuses.len() {
        keys.insert(agree(r, r.actors[j], j));
    }
    keys.into_iter().collect()
}

/// The reference: whether p0 can be reached once the moves `given_up` are
/// taken, straight from the definition. Returns the nodes still to deliver
/// when it can.
fn clears(r: &Random, given_up: &BTreeSet<&Key>) -> Option<BTreeSet<usize>> {
    let n = r.statuses.len();
    let settled = |i: usize| matches!(r.statuses[i], "met" | "withdrawn");
    // Will not take place: what it needs no longer matters, and nothing
    // but cutting it off clears it.
    let cancelled = |i: usize| r.statuses[i] == "cancelled";
    let kept = |k: Key| !given_up.contains(&k);
    let binding: Vec<(usize, usize)> = r
        .edges
        .iter()
        .filter(|&&(kind, i, j, k)| {
            kind == 0
                && !settled(j)
                && (i == 0 || !settled(i))
                && !cancelled(i)
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
    if reached.iter().any(|&j| cancelled(j)) {
        return None;
    }
    for &(kind, i, j, k) in &r.edges {
        if !reached.contains(&j) {
            continue;
        }
        let (p, q, a) = (format!("p{i}"), format!("p{j}"), format!("a{k}"));
        let stands = match kind {
            1 | 5 => kept(agree(r, Some(k), j)),
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
    // Every precondition reached must be agreed to by its actor: it
    // supports it and refuses it not, or a move makes it agree.
    for &j in reached.iter().filter(|&&j| j != 0) {
        let agreed = match r.actors[j] {
            Some(k) => {
                // It supports it, or sets a condition on it ("only if").
                let offers = r.edges.iter().any(|&(kind, i, q, a)| {
                    a == k && ((kind == 4 && q == j) || (kind == 0 && i == j))
                });
                (offers && !refuses(r, k, j)) || !kept(agree(r, Some(k), j))
            }
            None => !kept(agree(r, None, j)),
        };
        if !agreed {
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
            // A target in force (its actor applies it: docs/semantics.md)
            // needs no delivering, so its plan stops below it; only an
            // open or met condition with an actor can be one.
            let in_force = !answer.applied_by.is_empty();
            if in_force {
                prop_assert!(r.actors[0].is_some());
                prop_assert!(matches!(r.statuses[0], "open" | "met"));
            }
            let expected_steps: BTreeSet<String> = remaining
                .iter()
                .filter(|&&i| !(in_force && i == 0))
                .map(|i| format!("p{i}"))
                .collect();
            prop_assert_eq!(steps.iter().map(std::string::ToString::to_string).collect::<BTreeSet<_>>(), expected_steps);
            if !in_force {
                prop_assert_eq!(steps.last().copied(), Some("p0"));
            }
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
