//! `cargo bench`: load+validate, every query and DOT export on seeded synthetic
//! graphs of 10k, 100k and 1M edges (negograph::synth).

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use negograph::export::{self, Focus, Style};
use negograph::query::path::PathOptions;
use negograph::query::{blockers, deadlocks, path, requires};
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
            })
        });
        group.bench_function("view_today", |b| {
            b.iter(|| View::new(&g, &Default::default()).unwrap())
        });
        group.bench_function("blockers", |b| {
            b.iter(|| blockers::blockers(&v, black_box(target), false))
        });
        group.bench_function("requires", |b| {
            b.iter(|| requires::requires(&v, black_box(target)))
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
            })
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
            })
        });
        group.bench_function("deadlocks", |b| b.iter(|| deadlocks::deadlocks(&v)));
        group.bench_with_input(BenchmarkId::new("dot_focus", "depth4"), &target, |b, &t| {
            b.iter(|| {
                let scene = export::scene(&v, None, &Focus::Around { node: t, depth: 4 });
                export::dot::to_dot(&g, &scene, &Style::default(), |n| v.status(n))
            })
        });
        group.bench_function("dot_whole", |b| {
            b.iter(|| {
                let scene = export::scene(&v, None, &Focus::Whole);
                export::dot::to_dot(&g, &scene, &Style::default(), |n| v.status(n))
            })
        });
        group.finish();
    }
}

criterion_group!(queries, benches);
criterion_main!(queries);
