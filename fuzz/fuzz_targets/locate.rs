//! Arbitrary text and paths through the locator: indexing ends, every range
//! found lies inside the text and agrees with the plain scan, and positions
//! are on the text's lines.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use negograph::diagnostic::JsonPath;
use negograph::locate::{Locator, locate};

fuzz_target!(|input: (String, Vec<(u8, u8)>)| {
    let (text, steps) = input;
    let locator = Locator::new(Arc::new(text.clone()));
    let keys = ["nodes", "edges", "sources", "id", "to"];
    let mut path = JsonPath::root();
    for (kind, n) in steps.into_iter().take(6) {
        path = if kind % 2 == 0 {
            path.key(keys[usize::from(n) % keys.len()])
        } else {
            path.index(usize::from(n % 8))
        };
        let indexed = locator.locate(&path);
        if let Some(r) = &indexed {
            assert!(r.start <= r.end && r.end <= text.len(), "{r:?} outside the text");
        }
        assert_eq!(indexed, locate(&text, &path), "the index and the scan differ");
        let (line, _) = locator.position(&path);
        assert!(line <= locator.line_count());
    }
});
