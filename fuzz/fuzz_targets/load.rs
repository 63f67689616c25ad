//! Arbitrary bytes through the loader, the validator, and, when they make a
//! valid graph, every query: nothing may panic, what negograph writes it must
//! read back as the same document, and reading (directly, through windows or
//! by serde) or checking on one thread or several must give the same result.
#![no_main]

use libfuzzer_sys::fuzz_target;
use negograph::export::{self, Focus, Style};
use negograph::locate::Locator;
use negograph::query::{blockers, deadlocks, path, requires, stance};
use negograph::view::View;
use negograph::load::Threads;
use negograph::{Graph, Input, load, validate};

fuzz_target!(|data: &[u8]| {
    let Ok(input) = Input::from_bytes("fuzz".into(), data.to_vec()) else {
        return;
    };
    let one = load::parse_document_with("fuzz", &input.text, Threads::One);
    let several = load::parse_document_with("fuzz", &input.text, Threads::Several);
    assert_eq!(
        format!("{one:?}"),
        format!("{several:?}"),
        "one thread and two read differently"
    );
    // The direct reader either reads what serde reads or leaves the file to it.
    let by_serde = load::parse_document_by_serde("fuzz", &input.text, Threads::One);
    assert_eq!(
        format!("{one:?}"),
        format!("{by_serde:?}"),
        "the direct reader and serde read differently"
    );
    // Read through windows, the streaming reader also reads what serde reads
    // or leaves the text to the whole-text reader.
    let window = usize::from(data.first().copied().unwrap_or(1) % 64) + 1;
    if let Some(streamed) = load::parse_streamed(data, window, Threads::One) {
        assert!(matches!(&by_serde, Ok(d) if *d == streamed), "streamed differently");
    }
    if let Ok(doc) = &by_serde {
        let again = load::parse_document_by_serde("fuzz", &input.text, Threads::Several);
        assert!(matches!(&again, Ok(d) if d == doc), "serde on one thread and two read differently");
    }
    let Ok(doc) = one else {
        return;
    };
    let locator = Locator::new(input.text.clone());
    let diagnostics = validate::diagnose_with(&doc, Threads::One);
    assert_eq!(diagnostics, validate::diagnose_with(&doc, Threads::Several));
    for d in diagnostics {
        let _ = locator.position(&d.path);
    }
    // Ends that came before their nodes load as ids and come back as
    // positions; the text written must not change either way.
    let text = load::to_canonical_json(&doc);
    let again = load::parse_document("again", &text).expect("canonical output parses");
    assert_eq!(load::to_canonical_json(&again), text, "save then load changed the document");
    let Ok(g) = Graph::from_document("fuzz", doc) else {
        return;
    };
    let v = View::everything(&g);
    for n in g.node_indices().take(4) {
        blockers::blockers(&v, n, true);
        requires::requires(&v, n);
        stance::stance(&v, n);
        for m in g.node_indices().take(4) {
            path::paths(&v, n, m, path::PathOptions { all: true, max_len: 4, limit: 5, directed: false });
        }
    }
    deadlocks::deadlocks(&v);
    let scene = export::scene(&v, None, &Focus::Whole);
    let dot = export::dot::to_dot(&g, &scene, &Style::default(), |n| v.status(n));
    graphviz_rust::parse(&dot).expect("DOT output parses");
});
