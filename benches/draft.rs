//! `cargo bench --bench draft`: `draft` on a 5,000-word report (the
//! harbour example report, our own text, repeated), with and without the
//! built-in graph's names. The target is under 100 ms.

use std::hint::black_box;

use criterion::{Criterion, criterion_main};
use negograph::draft;
use negograph::request::GraphSource;

const REPORT: &str = include_str!("../graph/examples/harbour-report.txt");

/// The report repeated, paragraphs apart, to at least `words` words.
fn article(words: usize) -> String {
    let per = REPORT.split_whitespace().count();
    let mut text = String::new();
    for _ in 0..words.div_ceil(per) {
        text.push_str(REPORT);
        text.push('\n');
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = article(5_000);
    assert!(text.split_whitespace().count() >= 5_000);
    let graph = GraphSource::builtin()
        .load()
        .expect("the built-in graph loads");
    c.bench_function("draft 5000 words", |b| {
        b.iter(|| draft::draft(black_box(&text), "wire", None).expect("drafts"));
    });
    c.bench_function("draft 5000 words with the built-in graph", |b| {
        b.iter(|| draft::draft(black_box(&text), "wire", Some(&graph)).expect("drafts"));
    });
    c.bench_function("draft 5000 words as text", |b| {
        let d = draft::draft(&text, "wire", Some(&graph)).expect("drafts");
        b.iter(|| draft::text::write(black_box(&d), "report.txt"));
    });
}

/// The group criterion's macro writes is a `pub fn`, which cannot carry a doc.
#[allow(missing_docs)]
mod group {
    use super::bench;
    criterion::criterion_group!(draft, bench);
}
criterion_main!(group::draft);
