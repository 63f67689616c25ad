//! `cargo bench --bench standing`: the standing rules as each query reads
//! them (what stands in the way, what is asked of whom, who is on which
//! side) on generated graphs with packages, terms with actors, members and
//! conditions, at 2,500, 10,000 and 40,000 nodes. Each size is four times
//! the last: a query linear in the graph takes about four times as long.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_main};
use negograph::model::{Citation, Document, Edge, EdgeFields, Node, NodeKind, NodeRef, Relation};
use negograph::model::{Side, Source, SourceRef};
use negograph::query::unblock::{UnblockOptions, unblock};
use negograph::query::{blockers, stance, who};
use negograph::view::View;
use negograph::{Graph, NodeIx};

const SIZES: &[usize] = &[2_500, 10_000, 40_000];

/// SplitMix64, seeded: the same graph on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}

/// A format-1.1 graph of `nodes` nodes: a tenth parties (every tenth a
/// member of another), the rest positions each with an actor and two
/// parties' stances; every tenth position a package proposed by one party,
/// holding the four positions after it as terms, rejected by another; about
/// half the positions set a condition on a later one.
fn generate(nodes: usize) -> Document {
    let mut rng = Rng(8);
    let parties = nodes / 10;
    let mut doc = Document::new(format!("standing bench: {nodes} nodes"));
    doc.sources.push(Source::new("s", "Generated"));
    for i in 0..nodes {
        let kind = match i {
            _ if i < parties => NodeKind::Party,
            _ if i % 10 == 0 => NodeKind::Proposal,
            _ if i % 2 == 0 => NodeKind::Demand,
            _ => NodeKind::Condition,
        };
        let mut node = Node::new(format!("n{i}"), kind, format!("Node {i}"));
        if kind != NodeKind::Party {
            node.more_mut().actor = vec![format!("n{}", rng.below(parties))];
        }
        doc.nodes.push(node);
    }
    let claim = |doc: &mut Document, from: usize, relation, to: usize, by: Option<usize>| {
        let mut fields = EdgeFields::new(
            NodeRef::Node(from as u32),
            relation,
            NodeRef::Node(to as u32),
        );
        fields.by = by.map(|b| NodeRef::Node(b as u32));
        fields.citations = vec![Citation {
            source: Some(SourceRef::from("s")),
            quote: Some(format!("claim {}", doc.edges.len()).into()),
            ..Default::default()
        }];
        doc.edges.push(Edge::new(fields));
    };
    for p in (0..parties).step_by(10) {
        claim(&mut doc, p, Relation::MemberOf, (p + 1) % parties, None);
    }
    let stances = [Relation::Demands, Relation::Supports, Relation::Rejects];
    for n in parties..nodes {
        for _ in 0..2 {
            let relation = stances[rng.below(stances.len())];
            claim(&mut doc, rng.below(parties), relation, n, None);
        }
        if n % 10 == 0 {
            claim(&mut doc, rng.below(parties), Relation::Proposes, n, None);
            claim(&mut doc, rng.below(parties), Relation::Rejects, n, None);
            let proposer = rng.below(parties);
            for term in (n + 1..n + 5).filter(|&t| t < nodes) {
                claim(&mut doc, term, Relation::PartOf, n, Some(proposer));
            }
        } else if n + 1 < nodes && rng.below(2) == 0 {
            let later = n + 1 + rng.below((nodes - n - 1).min(50));
            claim(
                &mut doc,
                n,
                Relation::ConditionsOn,
                later,
                Some(rng.below(parties)),
            );
        }
    }
    doc.negograph = doc.content_version();
    doc
}

fn benches(c: &mut Criterion) {
    for &nodes in SIZES {
        let g = Graph::from_document("bench", generate(nodes)).unwrap();
        let v = View::everything(&g);
        let parties = nodes / 10;
        // A package in the middle of the graph, and a party.
        let package = NodeIx::new(parties + (nodes - parties) / 2 / 10 * 10);
        let party = NodeIx::new(parties / 2);
        let mut group = c.benchmark_group(format!("standing_{nodes}_nodes"));
        group
            .sample_size(10)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(3));
        group.bench_function("blockers_package", |b| {
            b.iter(|| blockers::blockers(&v, black_box(package), false));
        });
        group.bench_function("unblock_package", |b| {
            b.iter(|| unblock(&v, black_box(package), UnblockOptions::default()));
        });
        // `who P`: what is asked of the party (`standing::asked_of` over
        // every position it is an actor of).
        group.bench_function("who_party", |b| {
            b.iter(|| who::who(&v, black_box(party), None));
        });
        group.bench_function("who_side_against", |b| {
            b.iter(|| who::who_side(&v, black_box(package), Side::Against));
        });
        // Every party's stance with its "asked to deliver" count: the
        // rules read once per party.
        group.bench_function("all_stances", |b| b.iter(|| stance::all_stances(&v)));
        group.finish();
    }
}

/// The group criterion's macro writes is a `pub fn`, which cannot carry a doc.
#[allow(missing_docs)]
mod group {
    use super::benches;
    criterion::criterion_group!(standing, benches);
}
criterion_main!(group::standing);
