//! The fast reader (the `fast-reader` feature, on by default) against serde:
//! on every bundled and test graph file both read the same document, and on
//! plain files the fast reader reads everything itself. Falling back to serde
//! is correct but slow, so a change that makes the fast path give up on plain
//! files must fail here rather than only slow the program down.
//!
//! Built without `fast-reader` (`.ci/run` runs this binary so), the first
//! test reads every fixture through the serde-only reader instead: the same
//! entry points, from text and from a file, must give serde's document and
//! never stream.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use negograph::load::{
    DEFAULT_MAX_FILE_SIZE, Threads, parse_document_by_serde, parse_document_with, parse_streamed,
    read_parsed_with, serde_fallbacks, to_canonical_json,
};

/// Whether this build has the direct reader (else serde reads every file).
const FAST: bool = cfg!(feature = "fast-reader");

/// The fallback count is one for the process: tests that read files take
/// turns, so that one test's fallbacks are never counted in another's.
static READING: Mutex<()> = Mutex::new(());

/// Every JSON file under graph/ and tests/.
fn fixtures() -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "json") {
                found.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    walk(&root.join("graph"), &mut found);
    walk(&root.join("tests"), &mut found);
    found.sort();
    assert!(
        found.len() >= 3,
        "the bundled graphs are fixtures: {found:?}"
    );
    found
}

/// How many fallbacks `read` makes.
#[cfg(feature = "fast-reader")]
fn fallbacks_of(read: impl FnOnce()) -> usize {
    let before = serde_fallbacks();
    read();
    serde_fallbacks() - before
}

/// A synthetic graph in the plain shape, half its edges quoted.
#[cfg(feature = "fast-reader")]
fn generated(edges: usize) -> String {
    serde_json::to_string(&negograph::synth::generate(edges, 7)).unwrap()
}

#[test]
fn the_reader_and_serde_agree_on_every_fixture() {
    let _turn = READING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let before = serde_fallbacks();
    let mut reads = 0;
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.display().to_string();
        let by_serde = parse_document_by_serde(&name, &text, Threads::One)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        for threads in [Threads::One, Threads::Several] {
            let read = parse_document_with(&name, &text, threads).unwrap();
            assert!(read == by_serde, "{name} read differently ({threads:?})");
            reads += 1;
            let streamed = parse_streamed(text.as_bytes(), 256, threads);
            if FAST {
                let streamed =
                    streamed.unwrap_or_else(|| panic!("{name}: the streaming reader gave up"));
                assert!(streamed == by_serde, "{name} streamed differently");
            } else {
                assert!(
                    streamed.is_none(),
                    "{name}: streamed without the fast reader"
                );
            }
        }
        // From the file, as the program reads it, through tiny windows
        // (which only the fast reader takes).
        let from_file = read_parsed_with(&path, DEFAULT_MAX_FILE_SIZE, 0, 256)
            .unwrap_or_else(|e| panic!("{name}: {}", e.error));
        assert!(
            from_file.into_document() == by_serde,
            "{name} read from its file differently"
        );
        reads += usize::from(!FAST);
        // Written canonically and read again, still the same.
        let canonical = to_canonical_json(&by_serde);
        let again = parse_document_with(&name, &canonical, Threads::One).unwrap();
        assert!(again == by_serde, "{name} canonical read differently");
        reads += 1;
    }
    if !FAST {
        // Without the direct reader, serde read every document: the count
        // says so (it is what tells, in a default build, a fallback apart).
        assert_eq!(serde_fallbacks() - before, reads);
    }
}

#[cfg(feature = "fast-reader")]
#[test]
fn plain_files_are_read_without_serde() {
    let _turn = READING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut plain = 0;
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        // An escape is what the fast reader leaves to serde on purpose.
        if text.contains('\\') {
            continue;
        }
        plain += 1;
        let name = path.display().to_string();
        for threads in [Threads::One, Threads::Several] {
            let n = fallbacks_of(|| {
                parse_document_with(&name, &text, threads).unwrap();
            });
            assert_eq!(n, 0, "{name} ({threads:?}): items read by serde");
            let n = fallbacks_of(|| {
                parse_streamed(text.as_bytes(), 64, threads).unwrap();
            });
            assert_eq!(n, 0, "{name} streamed ({threads:?}): items read by serde");
        }
    }
    assert!(plain >= 3, "the bundled graphs are plain");

    // A generated graph big enough for a second thread, read whole, through
    // windows and from a file.
    let text = generated(30_000);
    let n = fallbacks_of(|| {
        parse_document_with("generated", &text, Threads::BySize).unwrap();
    });
    assert_eq!(n, 0, "generated graph: items read by serde");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.json");
    std::fs::write(&path, &text).unwrap();
    let n = fallbacks_of(|| {
        read_parsed_with(&path, DEFAULT_MAX_FILE_SIZE, 0, 4096).unwrap();
    });
    assert_eq!(n, 0, "generated graph from a file: items read by serde");
}

/// The count above is not blind: an escaped label is read by serde, and
/// counted.
#[cfg(feature = "fast-reader")]
#[test]
fn an_item_the_fast_reader_leaves_to_serde_is_counted() {
    let _turn = READING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let text = r#"{"negograph":1,"title":"t","nodes":[{"id":"a","kind":"party","label":"A \"quoted\""}],"edges":[]}"#;
    let n = fallbacks_of(|| {
        let doc = parse_document_with("t", text, Threads::One).unwrap();
        assert_eq!(doc.nodes[0].label, "A \"quoted\"");
    });
    assert_eq!(n, 1);
    // A field the format does not have: the whole document goes to serde,
    // which refuses it.
    let unknown = text.replace(r#""label""#, r#""colour":"red","label""#);
    let n = fallbacks_of(|| {
        assert!(parse_document_with("t", &unknown, Threads::One).is_err());
    });
    assert!(n >= 1, "{n}");
}

#[cfg(feature = "fast-reader")]
#[test]
fn no_window_size_sends_a_plain_item_to_serde() {
    // A window may begin with the whitespace before an item, the one before
    // it cut after its comma; the fast reader skips it itself. Every window
    // from 16 to 400 bytes cuts the bundled graphs at a different place.
    let _turn = READING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        if text.contains('\\') {
            continue;
        }
        for window in 16..400 {
            let n = fallbacks_of(|| {
                parse_streamed(text.as_bytes(), window, Threads::One).unwrap();
            });
            assert_eq!(n, 0, "{} with {window}-byte windows", path.display());
        }
    }
}
