use super::*;

#[test]
fn the_docs_example_reads() {
    let text = "title T\nsource a \"A\" 2025-05-12\nparty russia Russia aka Moscow\ndemand cf \"30-day ceasefire\" aka ceasefire\nMoscow rejects ceasefire \"no\"\n";
    let doc = parse("t.neg", text).unwrap();
    let e = &doc.edges[0];
    assert_eq!(doc.ref_id(e.from()), "russia");
    assert_eq!(doc.ref_id(e.to()), "cf");
    assert_eq!(e.source().map(arcstr::ArcStr::as_str), Some("a"));
    assert_eq!(e.quote(), Some("no"));
}

/// JSON to text and back gives the graph JSON reads, and the text is stable.
fn round_trips(json: &str) {
    let doc = crate::load::parse_document("t.json", json).unwrap();
    let text = to_text(&doc);
    let back = parse("t.neg", &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(back, doc, "{text}");
    assert_eq!(to_text(&back), text);
    assert_eq!(
        crate::load::to_canonical_json(&back),
        crate::load::to_canonical_json(&doc)
    );
}

#[test]
fn the_bundled_graphs_round_trip() {
    round_trips(crate::load::BUILTIN_GRAPH);
    round_trips(include_str!("../../graph/trade-talks.json"));
    round_trips(include_str!("../../graph/examples/gaza-2025-05-26.json"));
    round_trips(include_str!("../../tests/data/harbour-strike.json"));
}

#[test]
fn partial_and_said_dates_round_trip_resolved_or_not() {
    let text = "negograph 1.2\ntitle T\nsource a \"A\" 2025-05-08\nsource m \"M\" 2025-03\nparty p P\ndemand d D since 2025\n  on 2025-04 met\nparty q Q\np supports d since \"last week\" until Tuesday @a\nq rejects d since 2025-03 @m\n";
    let doc = parse("t.neg", text).unwrap_or_else(|e| panic!("{e}"));
    let back = parse("t.neg", &to_text(&doc)).unwrap();
    assert_eq!(back, doc);
    // Resolved by the graph, the words are still what the text says.
    let g =
        crate::graph::Graph::from_document("t.neg", doc.clone()).unwrap_or_else(|e| panic!("{e}"));
    let resolved = g.document();
    let since = resolved.edges[0].until().unwrap().known().unwrap();
    assert_eq!(since.to_string(), "2025-05-06");
    let written = to_text(resolved);
    assert!(
        written.contains("since \"last week\" until Tuesday"),
        "{written}"
    );
    assert_eq!(parse("t.neg", &written).unwrap(), doc);
}
