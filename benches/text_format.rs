//! `cargo bench --bench text_format`: reading and writing the text format
//! (`.neg`) on the seeded synthetic graphs of 10k, 100k and 1M edges, beside
//! reading the same graph's canonical JSON.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_main};
use negograph::{load, synth, text};

const SIZES: &[usize] = &[10_000, 100_000, 1_000_000];

fn benches(c: &mut Criterion) {
    for &edges in SIZES {
        let doc = synth::generate(edges, 1);
        let neg = text::to_text(&doc);
        let json = load::to_canonical_json(&doc);
        let mut group = c.benchmark_group(format!("text_{edges}_edges"));
        group
            .sample_size(10)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(4));
        group.bench_function("parse_text", |b| {
            b.iter(|| text::parse("bench.neg", black_box(&neg)).unwrap());
        });
        group.bench_function("parse_json", |b| {
            b.iter(|| load::parse_document("bench.json", black_box(&json)).unwrap());
        });
        group.bench_function("write_text", |b| b.iter(|| text::to_text(black_box(&doc))));
        group.finish();
    }
}

/// The group criterion's macro writes is a `pub fn`, which cannot carry a doc.
#[allow(missing_docs)]
mod group {
    use super::benches;
    criterion::criterion_group!(text_format, benches);
}
criterion_main!(group::text_format);
