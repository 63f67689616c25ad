//! The checks' own tests: the threaded duplicate search against the obvious one.
use super::*;
use crate::model::{Date, Lenient, NodeRef};
use std::hash::BuildHasher;

/// First occurrences kept, later ones reported: the obvious way.
fn naive_duplicates(metas: &[EdgeMeta]) -> Vec<u32> {
    let mut seen = std::collections::HashSet::new();
    (0..metas.len() as u32)
        .filter(|&i| !seen.insert(same_edge(&metas[i as usize])))
        .collect()
}

/// Room for this many "did you mean" searches over the test graph's nodes.
const SEARCHES: usize = 100;

/// Every diagnostic, checked on one thread or on three, with a budget of
/// [`SEARCHES`] searches so that a small graph can run out of it.
fn both_ways(doc: &Document) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let run = |threads| {
        let mut v = Validator::with_budget(0, SEARCHES * doc.nodes.len(), WarningMode::Collect);
        v.run(doc, threads, None, false);
        v.out
    };
    (run(Threads::One), run(Threads::Several))
}

#[test]
fn checking_on_three_threads_finds_what_one_finds() {
    // The threads are chosen by size in use; here both ways are forced.
    let clean = crate::synth::generate(3_000, 5);
    let (one, three) = both_ways(&clean);
    assert_eq!(one, three);

    // More unknown ends than there are suggestion searches (100), in both
    // halves, so the second half's suggestions depend on the first's; plus
    // repeats across the halves, edges without sources and a bad node.
    let mut doc = clean;
    for i in (0..3_000).step_by(15) {
        // A typo of the real id, so that there is something to suggest.
        let mut edge = doc.edges[i].fields();
        edge.to = NodeRef::from(format!("{}x", doc.ref_id(edge.to.as_end())));
        doc.edges[i] = Edge::new(edge);
    }
    for i in (7..3_000).step_by(97) {
        let mut edge = doc.edges[i].fields();
        edge.citations.clear();
        doc.edges[i] = Edge::new(edge);
    }
    let repeats: Vec<Edge> = doc.edges[100..120].to_vec();
    doc.edges.splice(2_000..2_000, repeats);
    doc.nodes[3].kind = Lenient::Unknown(Box::new("partyy".into()));
    let (one, three) = both_ways(&doc);
    let count = |code: &str| one.iter().filter(|d| d.code == code).count();
    // 200 typos, one of them (edge 105) also among the repeats.
    assert_eq!(count("unknown-node"), 201);
    assert!(count("duplicate-edge") >= 20);
    assert!(count("no-source") >= 30);
    assert_eq!(count("unknown-kind"), 1);
    let suggested = one
        .iter()
        .filter(|d| d.code == "unknown-node" && d.help.is_some())
        .count();
    assert_eq!(suggested, SEARCHES);
    assert_eq!(one, three);
}

#[test]
fn partitioned_duplicates_match_the_obvious_way() {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = |n: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (state >> 33) % n
    };
    // Sizes below, at and well above one partition; few distinct values so that
    // repeats are common, and dates so that they must be told apart.
    for size in [0, 1, 2, 100, 4096, 4097, 50_000] {
        let day = Date::new(2025, 5, 1);
        let metas: Vec<EdgeMeta> = (0..size)
            .map(|_| EdgeMeta {
                from: NodeIx::new(next(40) as usize),
                to: NodeIx::new(next(40) as usize),
                relation: Relation::ALL[next(2) as usize],
                by: (next(2) == 0).then(|| NodeIx::new(next(3) as usize)),
                time: Interval {
                    since: (next(4) == 0).then_some(day).flatten(),
                    until: None,
                },
            })
            .collect();
        let expected = naive_duplicates(&metas);
        let state = foldhash::fast::RandomState::default();
        let hashes: Vec<u32> = metas
            .iter()
            .map(|m| (state.hash_one(same_edge(m)) >> 32) as u32)
            .collect();
        let same = |i: u32, j: u32| same_edge(&metas[i as usize]) == same_edge(&metas[j as usize]);
        assert_eq!(duplicates(&hashes, &[], same), expected, "size {size}");
        // Every hash colliding: `same` alone must tell the edges apart.
        if size <= 4097 {
            let collide = vec![7u32; size];
            assert_eq!(
                duplicates(&collide, &[], same),
                expected,
                "size {size}, one hash"
            );
        }
        // Broken edges are neither kept nor reported.
        let broken: Vec<u32> = (0..size as u32).step_by(7).collect();
        let mut seen = std::collections::HashSet::new();
        let expected: Vec<u32> = (0..size as u32)
            .filter(|i| i % 7 != 0)
            .filter(|&i| !seen.insert(same_edge(&metas[i as usize])))
            .collect();
        assert_eq!(
            duplicates(&hashes, &broken, same),
            expected,
            "size {size}, broken"
        );
        if size == 50_000 {
            assert!(
                expected.len() > 20_000,
                "too few repeats: {}",
                expected.len()
            );
        }
    }
}
