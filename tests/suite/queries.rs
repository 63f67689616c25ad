//! Query semantics on small hand-made graphs whose answers were worked out by hand.

use crate::common;

use common::{cond, doc, edge, graph};
use negograph::Error;
use negograph::model::Date;
use negograph::query::blockers::blockers;
use negograph::query::deadlocks::{conflicts, knots};
use negograph::query::path::{PathOptions, paths};
use negograph::query::requires::requires;
use negograph::resolve::Names;
use negograph::standing::ObstacleKind as Reason;
use negograph::view::{View, ViewSpec, When};
use serde_json::json;

fn ids_of(b: &negograph::query::blockers::Blockers) -> Vec<(String, Reason, usize)> {
    b.blockers
        .iter()
        .map(|x| (x.id.clone(), x.kind, x.chain.len()))
        .collect()
}

fn all_time() -> ViewSpec {
    ViewSpec::all_time()
}

fn on(day: &str) -> ViewSpec {
    ViewSpec {
        when: When::On(day.parse::<Date>().unwrap()),
        ..ViewSpec::default()
    }
}

fn node(g: &negograph::Graph, id: &str) -> negograph::NodeIx {
    g.find(id).unwrap()
}

#[test]
fn met_preconditions_are_neither_blockers_nor_followed() {
    let mut d = doc(
        &[
            ("p", "party"),
            ("x", "demand"),
            ("a", "condition"),
            ("b", "condition"),
            ("c", "condition"),
        ],
        vec![
            cond("x", "a", "p"),
            cond("a", "b", "p"),
            cond("x", "c", "p"),
        ],
    );
    d["nodes"][2]["status"] = json!("met");
    let g = graph(&d);
    let v = View::new(&g, &all_time()).unwrap();
    let b = blockers(&v, node(&g, "x"), false);
    // a is met: not a blocker, and b (behind a) is not reached. c is open.
    assert_eq!(ids_of(&b), vec![("c".into(), Reason::Precondition, 1)]);
    // requires still shows the whole tree, statuses included.
    let r = requires(&v, node(&g, "x"));
    let steps: Vec<(&str, usize)> = r
        .preconditions
        .iter()
        .map(|s| (s.node.id.as_str(), s.depth))
        .collect();
    assert_eq!(steps, vec![("a", 1), ("b", 2), ("c", 1)]);
    assert_eq!(
        r.preconditions[0].node.status,
        Some(negograph::model::Status::Met)
    );
}

#[test]
fn blockers_follow_preconditions_recursively_with_shortest_chains() {
    // x needs a needs b; q rejects b; k blocks a; p rejects x.
    let d = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("x", "demand"),
            ("a", "condition"),
            ("b", "demand"),
            ("k", "condition"),
        ],
        vec![
            cond("x", "a", "p"),
            cond("a", "b", "q"),
            edge("q", "rejects", "b"),
            json!({"from": "k", "relation": "blocks", "to": "a"}),
            edge("p", "rejects", "x"),
        ],
    );
    let g = graph(&d);
    let v = View::new(&g, &all_time()).unwrap();
    let b = blockers(&v, node(&g, "x"), false);
    let mut got = ids_of(&b);
    got.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        got,
        vec![
            ("a".into(), Reason::Precondition, 1),
            ("b".into(), Reason::Precondition, 2),
            ("k".into(), Reason::Block, 2),
            ("p".into(), Reason::Refusal, 1),
            ("q".into(), Reason::Refusal, 3),
        ]
    );
    let q = b.blockers.iter().find(|x| x.id == "q").unwrap();
    let chain: Vec<(&str, &str)> = q
        .chain
        .iter()
        .map(|l| (l.from.as_str(), l.to.as_str()))
        .collect();
    assert_eq!(chain, vec![("x", "a"), ("a", "b"), ("q", "b")]);
    assert_eq!(q.chain[2].by.as_deref(), Some("q"));
    // A blocker of a blocker is not a blocker: nothing here blocks k, but if it did it would not count.
    assert!(b.deadlock.is_none());
}

#[test]
fn a_cycle_back_to_the_target_is_a_deadlock_not_a_blocker() {
    let d = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("x", "demand"),
            ("y", "demand"),
        ],
        vec![cond("x", "y", "p"), cond("y", "x", "q")],
    );
    let g = graph(&d);
    let v = View::new(&g, &all_time()).unwrap();
    let b = blockers(&v, node(&g, "x"), false);
    assert_eq!(ids_of(&b), vec![("y".into(), Reason::Precondition, 1)]);
    assert_eq!(b.deadlock, Some(vec!["x".into(), "y".into(), "x".into()]));
    let k = knots(&v);
    assert_eq!(k.len(), 1);
    assert_eq!(k[0].nodes, vec!["x", "y"]);
    assert_eq!(k[0].cycle, vec!["x", "y", "x"]);
    assert_eq!(k[0].parties, vec!["p", "q"]);
    // Assuming y met unties the knot.
    let spec = ViewSpec {
        assume: vec!["y".into()],
        ..all_time()
    };
    let v = View::new(&g, &spec).unwrap();
    assert!(knots(&v).is_empty());
    assert!(blockers(&v, node(&g, "x"), false).blockers.is_empty());
}

#[test]
fn a_self_condition_is_a_knot_and_a_target_never_blocks_itself() {
    let d = doc(
        &[("p", "party"), ("x", "demand")],
        vec![cond("x", "x", "p")],
    );
    let g = graph(&d);
    let v = View::new(&g, &all_time()).unwrap();
    let b = blockers(&v, node(&g, "x"), false);
    assert!(b.blockers.is_empty());
    assert_eq!(b.deadlock, Some(vec!["x".into(), "x".into()]));
    let k = knots(&v);
    assert_eq!(k.len(), 1);
    assert_eq!(k[0].cycle, vec!["x", "x"]);
    // `blockers` names the knot `deadlocks` lists (it left it out when the
    // tree was the target alone).
    assert_eq!(b.knots.len(), 1);
    assert_eq!(b.knots[0].nodes, vec!["x"]);
}

/// A term that needs its own package: the package needs the term, the term
/// the package, so neither can come first. `blockers` said "deadlock" and
/// `deadlocks` said "no deadlocks"; both now name the one knot.
#[test]
fn a_term_that_needs_its_package_is_a_knot_for_deadlocks_and_blockers() {
    let d = json!({"negograph": 1.1, "title": "t", "sources": [{"id": "s", "title": "S"}],
        "nodes": [{"id": "east", "kind": "party", "label": "East"},
                  {"id": "plan", "kind": "proposal", "label": "The plan"},
                  {"id": "release", "kind": "demand", "label": "Release", "actor": "east"}],
        "edges": [
            {"from": "release", "relation": "part_of", "to": "plan", "source": "s", "quote": "c"},
            {"from": "release", "relation": "conditions_on", "to": "plan", "by": "east", "source": "s", "quote": "d"}]});
    let g = graph(&d);
    let v = View::new(&g, &all_time()).unwrap();
    let k = knots(&v);
    assert_eq!(k.len(), 1);
    assert_eq!(k[0].nodes, vec!["plan", "release"]);
    // Through the file's first node of the knot: the plan needs its term,
    // the term needs the plan (per East).
    assert_eq!(k[0].cycle, vec!["plan", "release", "plan"]);
    assert_eq!(k[0].parties, vec!["east"]);
    let relations: Vec<_> = k[0]
        .cycle_edges
        .iter()
        .map(|l| l.relation.to_string())
        .collect();
    assert_eq!(relations, ["part_of", "conditions_on"]);
    for x in ["plan", "release"] {
        let b = blockers(&v, node(&g, x), false);
        assert!(!b.clear, "{x}");
        assert_eq!(b.knots.len(), 1, "{x}");
        assert_eq!(b.knots[0].nodes, k[0].nodes, "{x}");
    }
    // A member's condition counts for its party in the knot too.
    let mut d = d;
    d["nodes"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "envoy", "kind": "party", "label": "Envoy"}));
    d["edges"][1]["by"] = json!("envoy");
    d["edges"].as_array_mut().unwrap().push(
        json!({"from": "envoy", "relation": "member_of", "to": "east", "source": "s", "quote": "e"}),
    );
    let g2 = graph(&d);
    let v2 = View::new(&g2, &all_time()).unwrap();
    assert_eq!(knots(&v2)[0].parties, vec!["east"]);
    // Met, the plan unties it.
    let mut met = v.clone();
    met.assume_met(node(&g, "plan"));
    assert!(knots(&met).is_empty());
}

#[test]
fn two_knots_and_a_tail_are_told_apart() {
    // a<->b (knot 1), b->c (tail), c->d->e->c (knot 2), e->f (tail)
    let d = doc(
        &[
            ("p", "party"),
            ("a", "demand"),
            ("b", "demand"),
            ("c", "demand"),
            ("d", "demand"),
            ("e", "demand"),
            ("f", "demand"),
        ],
        vec![
            cond("a", "b", "p"),
            cond("b", "a", "p"),
            cond("b", "c", "p"),
            cond("c", "d", "p"),
            cond("d", "e", "p"),
            cond("e", "c", "p"),
            cond("e", "f", "p"),
        ],
    );
    let g = graph(&d);
    let v = View::new(&g, &all_time()).unwrap();
    let k = knots(&v);
    let sets: Vec<Vec<String>> = k.iter().map(|k| k.nodes.clone()).collect();
    assert_eq!(sets, vec![vec!["a", "b"], vec!["c", "d", "e"]]);
    assert_eq!(k[1].cycle, vec!["c", "d", "e", "c"]);
}

#[test]
fn since_and_until_are_inclusive_at_both_ends() {
    let mut d = doc(
        &[("p", "party"), ("x", "demand"), ("y", "condition")],
        vec![cond("x", "y", "p")],
    );
    d["edges"][0]["since"] = json!("2025-05-10");
    d["edges"][0]["until"] = json!("2025-05-12");
    let g = graph(&d);
    let x = node(&g, "x");
    for (day, expected) in [
        ("2025-05-09", 0),
        ("2025-05-10", 1),
        ("2025-05-12", 1),
        ("2025-05-13", 0),
    ] {
        let v = View::new(&g, &on(day)).unwrap();
        assert_eq!(blockers(&v, x, false).blockers.len(), expected, "{day}");
    }
    let v = View::new(&g, &all_time()).unwrap();
    assert_eq!(blockers(&v, x, false).blockers.len(), 1);
}

#[test]
fn a_node_outside_its_dates_takes_its_edges_with_it() {
    let mut d = doc(
        &[("p", "party"), ("x", "demand"), ("y", "condition")],
        vec![cond("x", "y", "p")],
    );
    d["nodes"][2]["until"] = json!("2025-01-01");
    let g = graph(&d);
    let v = View::new(&g, &on("2025-06-01")).unwrap();
    assert!(blockers(&v, node(&g, "x"), false).blockers.is_empty());
    // So does a holder outside its dates.
    let mut d = doc(
        &[("p", "party"), ("x", "demand"), ("y", "condition")],
        vec![cond("x", "y", "p")],
    );
    d["nodes"][0]["since"] = json!("2026-01-01");
    let g = graph(&d);
    let v = View::new(&g, &on("2025-06-01")).unwrap();
    assert!(blockers(&v, node(&g, "x"), false).blockers.is_empty());
}

#[test]
fn dropping_an_edge_removes_exactly_it() {
    let d = doc(
        &[("p", "party"), ("q", "party"), ("x", "demand")],
        vec![edge("p", "rejects", "x"), edge("q", "rejects", "x")],
    );
    let g = graph(&d);
    let spec = ViewSpec {
        drop: vec!["p:rejects:x".into()],
        ..all_time()
    };
    let v = View::new(&g, &spec).unwrap();
    assert_eq!(
        ids_of(&blockers(&v, node(&g, "x"), false)),
        vec![("q".into(), Reason::Refusal, 1)]
    );
    let bad = ViewSpec {
        drop: vec!["p:supports:x".into()],
        ..all_time()
    };
    match View::new(&g, &bad) {
        Err(Error::UnknownEdge { hint, .. }) => {
            assert_eq!(hint.as_deref(), Some("between them there is: rejects"));
        }
        other => panic!("expected UnknownEdge, got {:?}", other.err()),
    }
    let malformed = ViewSpec {
        drop: vec!["p-rejects-x".into()],
        ..all_time()
    };
    assert!(matches!(View::new(&g, &malformed), Err(Error::Usage(_))));
}

#[test]
fn names_resolve_by_id_label_alias_case_and_articles_and_never_guess() {
    let mut d = doc(
        &[
            ("p", "party"),
            ("ceasefire-30d", "demand"),
            ("ceasefire-full", "demand"),
        ],
        vec![],
    );
    d["nodes"][1]["label"] = json!("30-day ceasefire");
    d["nodes"][1]["aliases"] = json!(["the ceasefire", "truce"]);
    d["nodes"][2]["aliases"] = json!(["Truce"]);
    let g = graph(&d);
    let names = Names::new(&g);
    let c = node(&g, "ceasefire-30d");
    for name in [
        "ceasefire-30d",
        "30-day ceasefire",
        "The Ceasefire",
        "ceasefire",
        "CEASEFIRE 30D",
        "the 30-day ceasefire!",
    ] {
        assert_eq!(names.resolve(name).unwrap(), c, "{name}");
    }
    match names.resolve("ceasfire") {
        Err(Error::UnknownName { suggestions, .. }) => {
            assert_eq!(suggestions[0].id, "ceasefire-30d", "{suggestions:?}");
        }
        other => panic!("{other:?}"),
    }
    match names.resolve("truce") {
        Err(Error::Ambiguous { candidates, .. }) => {
            let ids: Vec<&str> = candidates.iter().map(|c| c.id.as_str()).collect();
            assert_eq!(ids, vec!["ceasefire-30d", "ceasefire-full"]);
        }
        other => panic!("{other:?}"),
    }
    match names.resolve("zzzz") {
        Err(Error::UnknownName { suggestions, .. }) => assert!(suggestions.is_empty()),
        other => panic!("{other:?}"),
    }
}

#[test]
fn conflicts_need_two_different_parties() {
    let d = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("x", "demand"),
            ("y", "demand"),
        ],
        vec![
            edge("p", "demands", "x"),
            edge("q", "rejects", "x"),
            edge("p", "proposes", "y"),
            edge("p", "rejects", "y"),
        ],
    );
    let g = graph(&d);
    let v = View::new(&g, &all_time()).unwrap();
    let c = conflicts(&v);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].target.id, "x");
    assert_eq!(c[0].for_[0].party, "p");
    assert_eq!(c[0].against[0].party, "q");
}

#[test]
fn all_paths_come_shortest_first_within_the_length_and_limit() {
    // a -> b -> d, a -> c -> d, a -> d, b -> c
    let d = doc(
        &[
            ("p", "party"),
            ("a", "demand"),
            ("b", "demand"),
            ("c", "demand"),
            ("dd", "demand"),
        ],
        vec![
            cond("a", "b", "p"),
            cond("a", "c", "p"),
            cond("b", "dd", "p"),
            cond("c", "dd", "p"),
            cond("a", "dd", "p"),
            cond("b", "c", "p"),
        ],
    );
    let g = graph(&d);
    let v = View::new(&g, &all_time()).unwrap();
    let (a, dd) = (node(&g, "a"), node(&g, "dd"));
    let all = paths(
        &v,
        a,
        dd,
        PathOptions {
            all: true,
            max_len: 6,
            limit: 10,
            directed: true,
        },
    );
    let got: Vec<Vec<String>> = all.paths.iter().map(|p| p.nodes.clone()).collect();
    assert_eq!(
        got,
        vec![
            vec!["a", "dd"],
            vec!["a", "b", "dd"],
            vec!["a", "c", "dd"],
            vec!["a", "b", "c", "dd"],
        ]
    );
    let short = paths(
        &v,
        a,
        dd,
        PathOptions {
            all: true,
            max_len: 2,
            limit: 10,
            directed: true,
        },
    );
    assert_eq!(short.paths.len(), 3);
    let capped = paths(
        &v,
        a,
        dd,
        PathOptions {
            all: true,
            max_len: 6,
            limit: 1,
            directed: true,
        },
    );
    assert_eq!(
        (capped.paths.len(), capped.more, capped.more_is_lower_bound),
        (1, 3, false)
    );
    let one = paths(&v, dd, a, PathOptions::default());
    assert!(one.paths.is_empty(), "edges are directed");
    let back = paths(
        &v,
        dd,
        a,
        PathOptions {
            directed: false,
            ..PathOptions::default()
        },
    );
    assert_eq!(back.paths[0].nodes, vec!["dd", "a"]);
}

#[test]
fn a_long_chain_of_conditions_gives_an_answer_linear_in_its_length() {
    // x needs c1 needs c2 ... needs c1000: a thousand blockers, one deep
    // chain. Every chain spelled out was 1.5 GB of JSON (issue #20).
    let n = 1000;
    let mut nodes: Vec<(String, &str)> = vec![("p".into(), "party"), ("x".into(), "demand")];
    nodes.extend((1..=n).map(|i| (format!("c{i}"), "condition")));
    let node_refs: Vec<(&str, &str)> = nodes.iter().map(|(a, b)| (a.as_str(), *b)).collect();
    let mut edges = vec![cond("x", "c1", "p")];
    edges.extend((1..n).map(|i| cond(&format!("c{i}"), &format!("c{}", i + 1), "p")));
    let g = graph(&doc(&node_refs, edges));
    let v = View::new(&g, &all_time()).unwrap();
    let b = blockers(&v, node(&g, "x"), false);
    assert_eq!(b.blockers.len(), n);
    // Each blocker names the one it hangs from, and its own link.
    assert_eq!(b.blockers[0].via, None);
    assert_eq!(b.blockers[999].via.as_deref(), Some("c999"));
    assert_eq!(b.blockers[999].depth, 1000);
    assert_eq!(b.blockers[999].link.to, "c1000");
    // Whole chains for the nearest hundred only.
    assert_eq!(b.blockers[99].chain.len(), 100);
    assert!(b.blockers[100].chain.is_empty());
    assert_eq!(b.chains_omitted, 900);
    let size = serde_json::to_string(&b).unwrap().len();
    assert!(size < 3_000_000, "{size} bytes");
}

/// No path: the text suggests only options that could change the answer
/// (`--all-time` was suggested on an all-time view) and says what a step
/// is, since a threat's target is a link `path` does not walk (round 6's
/// blind writer read "No path" from the Commission to the US it threatens
/// as "unrelated").
#[test]
fn no_path_says_what_a_step_is_and_suggests_what_could_change_it() {
    // The bundled graph's day hides nothing: --all-time cannot help (it was
    // suggested on every dated view; a blind writer tried it in vain).
    let graph = common::builtin_graph_path();
    let day = common::run_ok(&graph, &["path", "western-aid-pause", "trump"]);
    assert!(
        day.contains("Try --undirected.") && !day.contains("--all-time"),
        "{day}"
    );
    let flowing = day.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flowing.contains("the target, trigger or addressee of a threat or demand and the offer of a counter are not steps: `show western-aid-pause` lists them."),
        "{day}"
    );
    // A claim that ended before the view's day: --all-time finds the path.
    let mut ended = common::edge("a", "supports", "d");
    ended["until"] = serde_json::json!("2025-01-10");
    let mut doc = common::doc(&[("a", "party"), ("d", "demand")], vec![ended]);
    doc["sources"] = serde_json::json!([{"id": "src", "title": "t", "date": "2025-02-01"}]);
    let (_dir, file) = common::temp_file("ended.json", doc.to_string().as_bytes());
    let day = common::run_ok(&file, &["path", "a", "d"]);
    assert!(day.contains("or --all-time."), "{day}");
    let all = common::run_ok(&file, &["path", "a", "d", "--all-time"]);
    assert!(all.contains("Label of a → Label of d"), "{all}");
}

/// `who P` of a party nobody pressures names it (not "it", said of a
/// person too) and points to what it holds itself, a command that runs.
#[test]
fn who_of_an_unpressured_party_names_it_and_points_to_its_stance() {
    let harbour =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/harbour-strike.json");
    let text = common::run_ok(&harbour, &["who", "mediator"]).replace('\n', " ");
    assert!(
        text.contains("No party threatens or makes demands of State labour mediator."),
        "{text}"
    );
    assert!(text.contains("`stance mediator`"), "{text}");
    let stance = common::run_ok(&harbour, &["stance", "mediator"]);
    assert!(stance.contains("proposes"), "{stance}");
}

/// A pending step whose actor agreed only by setting a condition on it
/// says which ("agreed only on condition of ..."); one agreed outright
/// says nothing more. A blind writer read the harbour union's "agreed"
/// return to work as unconditional, inside the deadlock it is part of.
#[test]
fn a_step_agreed_only_on_a_condition_says_which() {
    let harbour =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/harbour-strike.json");
    let answer = common::json_ok(&harbour, &["blockers", "wage-rise"]);
    let pending = &answer["pending"][0];
    assert_eq!(pending["id"], "return-to-work", "{answer}");
    assert_eq!(pending["on_conditions"][0]["to"], "wage-rise", "{pending}");
    let text = common::run_ok(&harbour, &["blockers", "wage-rise"]);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(
            "Dockworkers' union, agreed only on condition of A 12% wage rise over three years"
        ),
        "{text}"
    );
    // Agreed outright (its actor supports it): no condition named.
    let mut step = common::edge("x", "conditions_on", "y");
    step["by"] = serde_json::json!("p");
    let doc = common::doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("x", "demand"),
            ("y", "demand"),
        ],
        vec![step, common::edge("q", "supports", "y")],
    );
    let mut doc = doc;
    doc["nodes"][3]["actor"] = serde_json::json!(["q"]);
    let (_dir, file) = common::temp_file("outright.json", doc.to_string().as_bytes());
    let answer = common::json_ok(&file, &["blockers", "x"]);
    assert_eq!(answer["pending"][0]["id"], "y", "{answer}");
    assert!(
        answer["pending"][0].get("on_conditions").is_none(),
        "{answer}"
    );
}

/// A counter whose offer is the position asked about says "with it" on its
/// line in `responses`; its claims do not name the offer a second time,
/// unless to say the offer was since replaced.
#[test]
fn responses_says_a_counters_offer_once() {
    let text = crate::common::run_ok(
        &crate::common::builtin_graph_path(),
        &["responses", "direct-talks"],
    );
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("[russia] counters 30-day ceasefire in all theaters of conflict with it"),
        "{text}"
    );
    assert!(
        !flat.contains("with Direct talks between Russia and Ukraine in Turkey"),
        "{text}"
    );
    let harbour =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/harbour-strike.json");
    let text = crate::common::run_ok(&harbour, &["responses", "pay-offer-8", "--all-time"]);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("with An 8% pay offer over three years, since replaced by A 9% pay offer"),
        "{text}"
    );
}

/// Filtered to one party, `responses` says whose answers it lists, so
/// "none recorded" under the others' proposals reads as that party's.
#[test]
fn responses_for_one_party_name_it_over_its_answers() {
    let bundled = crate::common::builtin_graph_path();
    let text = crate::common::run_ok(
        &bundled,
        &["responses", "ceasefire-30d", "--party", "trump"],
    );
    assert!(
        text.contains("\nanswers by Donald Trump:\n  none recorded\n"),
        "{text}"
    );
    let text = crate::common::run_ok(&bundled, &["responses", "ceasefire-30d"]);
    assert!(text.contains("\nanswers:\n"), "{text}");
}
