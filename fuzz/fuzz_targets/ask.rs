//! Arbitrary questions and names against the built-in graph: `ask` and name
//! resolution answer or refuse, and never panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use negograph::resolve::{Names, normalise};
use negograph::view::ViewSpec;
use negograph::{Graph, Input, ask};

fn graph() -> &'static Graph {
    static GRAPH: OnceLock<Graph> = OnceLock::new();
    GRAPH.get_or_init(|| {
        let input = Input::builtin();
        Graph::from_document(&input.origin, input.parse().unwrap()).unwrap()
    })
}

fn names() -> &'static Names<'static> {
    static NAMES: OnceLock<Names<'static>> = OnceLock::new();
    NAMES.get_or_init(|| Names::new(graph()))
}

fuzz_target!(|question: &str| {
    let g = graph();
    if let Ok(reading) = ask::interpret(question, g, &ViewSpec::default()) {
        assert!(!reading.readings.is_empty(), "a reading has at least one query");
        for r in &reading.readings {
            assert!(ask::command_line(g, r).starts_with("negograph "));
        }
    }
    let _ = names().resolve(question);
    let _ = names().suggest(question);
    let n = normalise(question);
    assert_eq!(normalise(&n), n, "normalising twice changes nothing");
});
