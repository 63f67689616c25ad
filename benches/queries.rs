//! `cargo bench`: load+validate, every query (and every party's stance), DOT export and the interop
//! exports on seeded synthetic graphs of 10k, 100k and 1M edges
//! (`negograph::synth`); `check --json` on a warning-heavy one-line file; the
//! answers on a 200,000-step chain of conditions.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_main};
use negograph::export::{self, Focus, Style};
use negograph::interop::{self, Selection};
use negograph::query::path::PathOptions;
use negograph::query::unblock::{UnblockOptions, unblock};
use negograph::query::{blockers, deadlocks, path, requires, stance};
use negograph::view::View;
use negograph::{Graph, Input, NodeIx, load, synth};

const SIZES: &[usize] = &[10_000, 100_000, 1_000_000];

/// The demand with the most preconditions below it: the heaviest `blockers`.
fn busiest(g: &Graph) -> NodeIx {
    let v = View::everything(g);
    g.node_indices()
        .filter(|&n| g.kind(n) != negograph::model::NodeKind::Party)
        .take(200)
        .max_by_key(|&n| blockers::blockers(&v, n, false).blockers.len())
        .expect("the graph has positions")
}

/// The position with the largest blocking subgraph among the 300 after the
/// parties: the heaviest `unblock` (416 nodes and 844 edges at 1M edges).
fn widest_unblock(g: &Graph) -> NodeIx {
    let v = View::everything(g);
    let first = g
        .node_indices()
        .find(|&n| g.kind(n) != negograph::model::NodeKind::Party)
        .expect("the graph has positions");
    (first.index()..(first.index() + 300).min(g.node_count()))
        .map(NodeIx::new)
        .max_by_key(|&n| unblock(&v, n, UnblockOptions::default()).subgraph_nodes)
        .expect("the graph has positions")
}

fn benches(c: &mut Criterion) {
    for &edges in SIZES {
        let doc = synth::generate(edges, 1);
        let input = Input {
            origin: "bench".into(),
            text: std::sync::Arc::new(load::to_canonical_json(&doc)),
            builtin: false,
        };
        let g = Graph::from_document("bench", doc).unwrap();
        let v = View::everything(&g);
        let target = busiest(&g);
        let far = NodeIx::new(g.node_count() - 1);
        let party = NodeIx::new(0);

        let mut group = c.benchmark_group(format!("{edges}_edges"));
        group
            .sample_size(10)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(4));
        group.bench_function("load_validate", |b| {
            // As the command does it: the loader's node index goes on to validation.
            b.iter(|| {
                let parsed = black_box(&input).parse_indexed().unwrap();
                Graph::from_parsed("bench", parsed).unwrap()
            });
        });
        // The same graph on one line, as `generate --compact` and most tools
        // write it (the canonical text above is the pretty variant).
        let compact = Input {
            origin: "bench".into(),
            text: std::sync::Arc::new(serde_json::to_string(g.document()).unwrap()),
            builtin: false,
        };
        group.bench_function("load_validate_compact", |b| {
            b.iter(|| {
                let parsed = black_box(&compact).parse_indexed().unwrap();
                Graph::from_parsed("bench", parsed).unwrap()
            });
        });
        group.bench_function("view_today", |b| {
            b.iter(|| View::new(&g, &Default::default()).unwrap());
        });
        group.bench_function("blockers", |b| {
            b.iter(|| blockers::blockers(&v, black_box(target), false));
        });
        let wide = widest_unblock(&g);
        group.bench_function("unblock", |b| {
            b.iter(|| unblock(&v, black_box(wide), UnblockOptions::default()));
        });
        group.bench_function("requires", |b| {
            b.iter(|| requires::requires(&v, black_box(target)));
        });
        group.bench_function("path_shortest", |b| {
            b.iter(|| {
                path::paths(
                    &v,
                    black_box(party),
                    black_box(far),
                    PathOptions {
                        directed: false,
                        ..Default::default()
                    },
                )
            });
        });
        group.bench_function("path_all_max4", |b| {
            b.iter(|| {
                path::paths(
                    &v,
                    black_box(target),
                    black_box(far),
                    PathOptions {
                        all: true,
                        max_len: 4,
                        limit: 20,
                        directed: false,
                    },
                )
            });
        });
        group.bench_function("deadlocks", |b| b.iter(|| deadlocks::deadlocks(&v)));
        // `show`'s parties: every stance with the pressure on it, in one pass
        // (counted per party, it was quadratic: 0.5 s -> 5.4 s at 100k edges).
        group.bench_function("all_stances", |b| b.iter(|| stance::all_stances(&v)));
        group.bench_with_input(BenchmarkId::new("dot_focus", "depth4"), &target, |b, &t| {
            b.iter(|| {
                let scene = export::scene(&v, None, &Focus::Around { node: t, depth: 4 });
                export::dot::to_dot(&g, &scene, &Style::default(), |n| {
                    export::style::Standing::of(&v, n)
                })
            });
        });
        group.bench_function("dot_whole", |b| {
            b.iter(|| {
                let scene = export::scene(&v, None, &Focus::Whole);
                export::dot::to_dot(&g, &scene, &Style::default(), |n| {
                    export::style::Standing::of(&v, n)
                })
            });
        });
        // The interop exports, written to a sink so the disk is not timed:
        // the spreadsheet form at every size, GraphML and the Neo4j script
        // (three times the bytes) only below a million edges, which keeps
        // `cargo bench` within a minute of what it took before.
        let all = Selection::new(&g, None);
        group.bench_function("export_csv", |b| {
            b.iter(|| {
                let mut sink = std::io::sink();
                interop::csv::write_nodes(&all, &mut sink).unwrap();
                interop::csv::write_edges(&all, &mut sink).unwrap();
            });
        });
        if edges < 1_000_000 {
            group.bench_function("export_graphml", |b| {
                b.iter(|| interop::graphml::write(&all, &mut std::io::sink()).unwrap());
            });
            group.bench_function("export_neo4j", |b| {
                b.iter(|| interop::neo4j::write(&all, &mut std::io::sink()).unwrap());
            });
        }
        group.finish();
    }
}

/// `check --json` on a one-line file of 100k edges none of which cites a
/// source, so every edge draws a warning: locating 100k findings on one line
/// must stay linear (it was quadratic: 33 s).
fn check_json(c: &mut Criterion) {
    let doc = synth::generate(100_000, 1);
    let mut value = serde_json::to_value(&doc).unwrap();
    for edge in value["edges"].as_array_mut().unwrap() {
        let edge = edge.as_object_mut().unwrap();
        for cited in ["source", "quote", "citations"] {
            edge.remove(cited);
        }
    }
    let input = Input {
        origin: "bench".into(),
        text: std::sync::Arc::new(value.to_string()),
        builtin: false,
    };
    let mut group = c.benchmark_group("100000_edges_warning_heavy");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    // What a query does with such a file, in negograph's field order (the
    // text above has serde_json's sorted keys: edges before nodes, so no end
    // resolves while it is read): warnings are skipped, and must cost nothing.
    let mut unsourced = doc.clone();
    for edge in &mut unsourced.edges {
        edge.update(|fields| fields.citations.clear());
    }
    let unsourced = Input {
        origin: "bench".into(),
        text: std::sync::Arc::new(serde_json::to_string(&unsourced).unwrap()),
        builtin: false,
    };
    group.bench_function("load_validate", |b| {
        b.iter(|| {
            let parsed = black_box(&unsourced).parse_indexed().unwrap();
            Graph::from_parsed("bench", parsed).unwrap()
        });
    });
    group.bench_function("check_json_one_line", |b| {
        b.iter(|| {
            let report = negograph::check::check(black_box(&input).clone(), None, u64::MAX);
            assert!(report.warnings() >= 100_000);
            serde_json::to_writer(std::io::sink(), &report).unwrap();
        });
    });
    group.finish();
}

/// One chain of 200,000 conditions: blockers, requires and the shortest
/// path down it, each written as JSON, must stay linear in the chain's
/// length (spelling out every chain was quadratic: 1.5 GB at 1,000 steps).
fn long_chain(c: &mut Criterion) {
    use negograph::model::{Document, Edge, EdgeFields, Node, NodeKind, NodeRef, Relation};
    const STEPS: usize = 200_000;
    let mut doc = Document::new("a long chain");
    doc.nodes.push(Node::new("p", NodeKind::Party, "P"));
    for i in 0..=STEPS {
        doc.nodes.push(Node::new(
            format!("c{i}"),
            NodeKind::Condition,
            format!("C {i}"),
        ));
    }
    for i in 1..=STEPS as u32 {
        let mut fields = EdgeFields::new(
            NodeRef::Node(i),
            Relation::ConditionsOn,
            NodeRef::Node(i + 1),
        );
        fields.by = Some(NodeRef::Node(0));
        doc.edges.push(Edge::new(fields));
    }
    let g = Graph::from_document("chain", doc).unwrap();
    let v = View::everything(&g);
    let (top, bottom) = (NodeIx::new(1), NodeIx::new(STEPS + 1));
    let mut group = c.benchmark_group("200000_step_chain");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    group.bench_function("blockers_json", |b| {
        b.iter(|| {
            let answer = blockers::blockers(&v, black_box(top), false);
            serde_json::to_writer(std::io::sink(), &answer).unwrap();
        });
    });
    group.bench_function("requires_json", |b| {
        b.iter(|| {
            let answer = requires::requires(&v, black_box(top));
            serde_json::to_writer(std::io::sink(), &answer).unwrap();
        });
    });
    group.bench_function("path_json", |b| {
        b.iter(|| {
            let answer = path::paths(
                &v,
                black_box(top),
                black_box(bottom),
                PathOptions::default(),
            );
            serde_json::to_writer(std::io::sink(), &answer).unwrap();
        });
    });
    group.finish();
}

/// The group criterion's macro writes is a `pub fn`, which cannot carry a doc.
#[allow(missing_docs)]
mod group {
    use super::{benches, check_json, long_chain};
    criterion::criterion_group!(queries, benches, check_json, long_chain);
}
criterion_main!(group::queries);
