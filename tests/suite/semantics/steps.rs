//! One meaning of "a step down" (a position needs its precondition, a
//! package needs its term): the tree `blockers` and `unblock` walk and the
//! knots `deadlocks` finds take the same steps out of every node, on random
//! graphs of format 1.2 on every day, and on a hand-made graph with a
//! cancelled position, a settled precondition, a claim not yet in force
//! and a withdrawn position asked about.

use std::collections::BTreeSet;

use negograph::NodeIx;
use negograph::standing::{Tree, steps_down};
use negograph::view::{View, ViewSpec, When};
use proptest::prelude::*;
use serde_json::json;

use super::random12::{graph, positions, random, views};
use crate::common;

/// Steps as (the node that needs, the node needed).
type Steps = BTreeSet<(NodeIx, NodeIx)>;

/// The steps out of each node of the tree below `x`: as the tree takes
/// them, and as `standing`'s steps (which the knots take) read them.
fn both(view: &View, x: NodeIx) -> (Steps, Steps) {
    let tree = Tree::build(view, x);
    let mut in_tree = BTreeSet::new();
    let mut by_knots = BTreeSet::new();
    for (v, &n) in tree.nodes.iter().enumerate() {
        for s in tree.steps(v as u32) {
            in_tree.insert((n, tree.nodes[s.to as usize]));
        }
        for (_, to, _) in steps_down(view, n) {
            by_knots.insert((n, to));
        }
    }
    (in_tree, by_knots)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    /// From every node of every position's tree, on every day, the tree
    /// steps down to exactly the nodes the knots' steps reach.
    #[test]
    fn the_tree_and_the_knots_take_the_same_steps(r in random()) {
        let g = graph(&r);
        for view in views(&g) {
            for x in positions(&g) {
                let (in_tree, by_knots) = both(&view, x);
                prop_assert_eq!(in_tree, by_knots, "below {} on {:?}", g.id(x), view.as_of);
            }
        }
    }
}

/// Worked by hand. `deal` (withdrawn on 2025-03-05) needs `monitors` and
/// `vote`; `monitors` needs `aid` (met) and `talks` (cancelled), which
/// needs `visit`; `plan` has the term `vote`, and `vote` needs `plan` (a
/// knot of a package and its term); `late` needs `monitors` only from
/// 2025-03-10. Asked on 2025-03-06:
/// - `deal` is withdrawn, but asked about it is the root of its tree: its
///   steps to `monitors` and `vote` are taken by both (what would stand in
///   its way were it put back; no knot can run through it, as no step
///   enters a settled node);
/// - `monitors` steps to `talks` only (`aid` is met: a settled node is
///   never stepped to);
/// - `talks` is cancelled: no step leaves it, so `visit` is not reached;
/// - `plan` steps to its term `vote`, and `vote` back to `plan`;
/// - `late`'s claim is not in force: no step.
#[test]
fn steps_worked_by_hand() {
    let mut doc = common::doc(
        &[
            ("east", "party"),
            ("deal", "demand"),
            ("monitors", "condition"),
            ("aid", "condition"),
            ("talks", "condition"),
            ("visit", "condition"),
            ("vote", "condition"),
            ("plan", "proposal"),
            ("late", "demand"),
        ],
        vec![
            common::cond("deal", "monitors", "east"),
            common::cond("deal", "vote", "east"),
            common::cond("monitors", "aid", "east"),
            common::cond("monitors", "talks", "east"),
            common::cond("talks", "visit", "east"),
            common::edge("vote", "part_of", "plan"),
            common::cond("vote", "plan", "east"),
            json!({"from": "late", "relation": "conditions_on", "to": "monitors", "by": "east",
                   "since": "2025-03-10", "source": "src", "quote": "q"}),
        ],
    );
    doc["negograph"] = json!(1.2);
    let nodes = doc["nodes"].as_array_mut().unwrap();
    nodes[1]["status_history"] = json!([{"on": "2025-03-05", "status": "withdrawn"}]);
    nodes[3]["status"] = json!("met");
    nodes[4]["status"] = json!("cancelled");
    let g = common::graph(&doc);
    let view = View::new(
        &g,
        &ViewSpec {
            when: When::On("2025-03-06".parse().unwrap()),
            ..ViewSpec::all_time()
        },
    )
    .unwrap();
    let id = |n: NodeIx| g.id(n).to_owned();
    let pairs = |set: Steps| -> BTreeSet<(String, String)> {
        set.into_iter().map(|(a, b)| (id(a), id(b))).collect()
    };
    let expected = |list: &[(&str, &str)]| -> BTreeSet<(String, String)> {
        list.iter()
            .map(|&(a, b)| (a.to_owned(), b.to_owned()))
            .collect()
    };
    let deal = g.find("deal").unwrap();
    let (in_tree, by_knots) = both(&view, deal);
    let below_deal = expected(&[
        ("deal", "monitors"),
        ("deal", "vote"),
        ("monitors", "talks"),
        ("vote", "plan"),
        ("plan", "vote"),
    ]);
    assert_eq!(pairs(in_tree), below_deal);
    assert_eq!(pairs(by_knots), below_deal);
    let late = g.find("late").unwrap();
    let (in_tree, by_knots) = both(&view, late);
    assert!(in_tree.is_empty() && by_knots.is_empty());
}
