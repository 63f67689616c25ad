//! Format 1.2's cancelled positions in the exported databases: the Cypher
//! `blockers` lists a cancelled precondition or term and nothing below it,
//! as `blockers` does (`src/standing/`), on a graph worked out by hand.

use serde_json::json;

use super::{agree_on, on};
use crate::common::{cond, doc, edge};
use crate::interop_common::{day, load};
use negograph::interop::cypher::blockers_covered;
use negograph::view::{View, ViewSpec};

#[test]
fn ladybug_stops_at_a_cancelled_position_as_negograph_does() {
    // x needs k (cancelled from the start) and the proposal pr; k needs m,
    // and q rejects k: both behind the cancelled k. pr's terms: t1,
    // cancelled on day 5, which needs n and which q rejects; t2, open.
    let graph = {
        let mut d = doc(
            &[
                ("p", "party"),
                ("q", "party"),
                ("x", "demand"),
                ("k", "condition"),
                ("m", "condition"),
                ("pr", "proposal"),
                ("t1", "condition"),
                ("t2", "condition"),
                ("n", "condition"),
            ],
            vec![
                cond("x", "k", "p"),
                cond("k", "m", "p"),
                edge("q", "rejects", "k"),
                cond("x", "pr", "p"),
                edge("t1", "part_of", "pr"),
                edge("t2", "part_of", "pr"),
                cond("t1", "n", "p"),
                edge("q", "rejects", "t1"),
                edge("p", "demands", "x"),
            ],
        );
        d["negograph"] = json!(1.2);
        d["nodes"][3]["status"] = json!("cancelled");
        d["nodes"][6]["status_history"] =
            json!([{"status": "cancelled", "on": day(5), "note": "called off"}]);
        load(&d)
    };
    let covered = |spec: ViewSpec, target: &str| {
        let view = View::new(&graph, &spec).unwrap();
        blockers_covered(&view, graph.find(target).unwrap())
    };
    // Day 2: t1 is an open term, so what it needs and its refusal count.
    assert_eq!(covered(on(2), "x"), ["k", "n", "pr", "q"]);
    // Day 6 and all time: t1 is cancelled, an obstacle with nothing below.
    assert_eq!(covered(on(6), "x"), ["k", "pr", "t1"]);
    assert_eq!(covered(ViewSpec::all_time(), "x"), ["k", "pr", "t1"]);
    // A cancelled position has no blockers: it will not take place.
    assert!(covered(ViewSpec::all_time(), "k").is_empty());
    let asked = agree_on(&graph, &[ViewSpec::all_time(), on(2), on(6)], 23);
    assert!(asked >= 3, "{asked} questions asked of LadybugDB");
}
