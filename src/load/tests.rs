//! The loader's own tests: reading whole, in halves, in windows and unsized
//! input, against serde.

use super::input::{READ_IN_HALVES_FROM, read_in_halves};
use super::interner::FEW_SOURCES;
use super::interner::PIPELINE_FROM_EDGES;
use super::*;
use crate::model::End;
use crate::model::SourceRef;

/// A reader that gives a byte at a time, as a slow pipe does.
struct Trickle<'a>(&'a [u8]);

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.0.len().min(buf.len()).min(1);
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

/// Big enough that edges are parsed and resolved on two threads.
fn big() -> (Document, String) {
    let doc = crate::synth::generate(30_000, 3);
    let text = serde_json::to_string(&doc).unwrap();
    assert!(text.len() / SMALLEST_EDGE_BYTES >= PIPELINE_FROM_EDGES);
    (doc, text)
}

#[test]
fn other_tools_numbers_are_kept_byte_for_byte() {
    let kept = r#"{"v": 1.10, "e": 1e2, "big": 123456789012345678901234567890, "z": -0.0}"#;
    let text = format!(
        r#"{{"negograph": 1, "title": "t", "x-tool": {kept}, "nodes": [], "edges": [], "x-last": 1E+2}}"#
    );
    let direct = parse_document("t", &text).unwrap();
    let by_serde = parse_document_by_serde("t", &text, Threads::One).unwrap();
    let streamed = parse_streamed(text.as_bytes(), 16, Threads::One).unwrap();
    for doc in [&direct, &by_serde, &streamed] {
        let values: Vec<(&str, &str)> = doc
            .extra
            .iter()
            .map(|(k, v)| (k.as_str(), v.get()))
            .collect();
        assert_eq!(values, [("x-tool", kept), ("x-last", "1E+2")]);
        let written = to_canonical_json(doc);
        assert!(
            written.contains(&format!("\"x-tool\": {kept},\n")),
            "{written}"
        );
        assert_eq!(parse_document("t", &written).unwrap(), *doc);
    }
}

#[test]
fn ends_read_before_their_nodes_are_positions_once_read() {
    let text = r#"{"negograph": 1, "title": "edges first",
        "edges": [{"from": "p", "relation": "demands", "to": "d", "by": "p"},
                  {"from": "p", "relation": "demands", "to": "nowhere"}],
        "nodes": [{"id": "p", "kind": "party", "label": "P"},
                  {"id": "d", "kind": "demand", "label": "D"}]}"#;
    let direct = parse_document("t", text).unwrap();
    for threads in [Threads::One, Threads::Several] {
        let doc = parse_document_by_serde("t", text, threads).unwrap();
        assert_eq!(doc, direct, "{threads:?}");
    }
    let e = &direct.edges;
    assert_eq!(
        (e[0].from(), e[0].to(), e[0].by()),
        (End::Node(0), End::Node(1), Some(End::Node(0)))
    );
    assert!(!e[0].has_named_end());
    // A name that names no node stays, for validation to report.
    assert_eq!(
        (e[1].from(), e[1].to()),
        (End::Node(0), End::Name("nowhere"))
    );
}

#[test]
fn two_threads_read_what_one_reads() {
    let (doc, text) = big();
    assert_eq!(parse_document("big", &text).unwrap(), doc);
    // Ends that name no node, and sources cited but not listed, stay as written.
    let odd = text
        .replacen("\"to\":\"d", "\"to\":\"nowhere-d", 700)
        .replacen("\"source\":\"synthetic\"", "\"source\":\"elsewhere\"", 900);
    let parsed = parse_document("big", &odd).unwrap();
    assert!(parse_document_with("big", &odd, Threads::One).unwrap() == parsed);
    // The serde path, which reads what the direct reader leaves, agrees on both counts.
    for threads in [Threads::One, Threads::Several] {
        assert!(parse_document_by_serde("big", &odd, threads).unwrap() == parsed);
    }
    let names = parsed
        .edges
        .iter()
        .filter(|e| matches!(e.to(), End::Name(n) if n.starts_with("nowhere-d")))
        .count();
    let elsewhere = parsed
        .edges
        .iter()
        .filter(|e| e.source().map(|s| &**s) == Some("elsewhere"))
        .count();
    assert_eq!((names, elsewhere), (700, 900));
    // Written back, they read as they were.
    assert!(serde_json::to_string(&parsed).unwrap() == odd);
}

#[test]
fn validation_with_the_loaders_index_is_validation_without_it() {
    use crate::Graph;
    let (doc, text) = big();
    let input = Input::from_bytes("big".into(), text.into_bytes()).unwrap();
    let reused = Graph::from_parsed_with(
        "big",
        input.parse_indexed().unwrap(),
        crate::validate::WarningMode::Collect,
    )
    .unwrap();
    let rebuilt = Graph::from_document("big", doc.clone()).unwrap();
    assert_eq!(reused.warnings(), rebuilt.warnings());
    assert_eq!(reused.warning_count(), rebuilt.warnings().len());
    for node in &doc.nodes {
        assert_eq!(reused.find(&node.id), rebuilt.find(&node.id));
    }
    // A repeated id is an error either way, reported alike.
    let text = serde_json::to_string(&doc).unwrap();
    let repeated = text.replacen("\"id\":\"p1\"", "\"id\":\"p0\"", 1);
    assert_ne!(repeated, text);
    let input = Input::from_bytes("big".into(), repeated.into_bytes()).unwrap();
    let collect = crate::validate::WarningMode::Collect;
    let reused =
        Graph::from_parsed_with("big", input.parse_indexed().unwrap(), collect).unwrap_err();
    let rebuilt = Graph::from_document("big", input.parse().unwrap()).unwrap_err();
    assert_eq!(format!("{reused:?}"), format!("{rebuilt:?}"));
    assert!(format!("{reused:?}").contains("duplicate-id"), "{reused:?}");
    // Queries skip warnings, and see the same errors.
    let errors = |e: crate::Error| match e {
        crate::Error::Invalid { diagnostics, .. } => diagnostics
            .into_iter()
            .filter(crate::Diagnostic::is_error)
            .collect::<Vec<_>>(),
        other => panic!("{other:?}"),
    };
    let skipped = Graph::from_parsed("big", input.parse_indexed().unwrap()).unwrap_err();
    assert!(format!("{skipped:?}").contains("duplicate-id"));
    assert_eq!(errors(skipped), errors(rebuilt));
}

#[test]
fn edges_citing_a_listed_source_share_it() {
    for listed in [3, FEW_SOURCES + 4] {
        let sources: Vec<String> = (0..listed)
            .map(|i| format!(r#"{{"id":"s{i}","title":"S"}}"#))
            .collect();
        let cite =
            |s: &str| format!(r#"{{"from":"a","relation":"blocks","to":"a","source":"{s}"}}"#);
        let last = format!("s{}", listed - 1);
        let edges = [cite(&last), cite("s0"), cite(&last), cite("nowhere")].join(",");
        let text = format!(
            r#"{{"negograph":1,"title":"t","sources":[{}],"nodes":[{{"id":"a","kind":"party","label":"A"}}],"edges":[{edges}]}}"#,
            sources.join(",")
        );
        for doc in [
            parse_document("t", &text).unwrap(),
            parse_document_by_serde("t", &text, Threads::One).unwrap(),
        ] {
            let cited: Vec<&str> = doc.edges.iter().map(|e| &**e.source().unwrap()).collect();
            assert_eq!(cited, [last.as_str(), "s0", last.as_str(), "nowhere"]);
            let (first, third) = (doc.edges[0].source(), doc.edges[2].source());
            assert!(
                SourceRef::ptr_eq(first.unwrap(), third.unwrap()),
                "{listed} sources"
            );
        }
    }
}

#[test]
fn a_big_file_read_in_halves_is_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.json");
    // Past the threshold, with multi-byte characters all through, so that
    // the halves part inside one of them.
    let text = "\"ü€🙂\",".repeat((READ_IN_HALVES_FROM as usize) / 12 + 7);
    std::fs::write(&path, &text).unwrap();
    let file = std::fs::File::open(&path).unwrap();
    let meta = file.metadata().unwrap();
    let halves = read_in_halves(&file, &meta).unwrap();
    if cfg!(unix) {
        assert!(halves.unwrap() == text.as_bytes());
    }
    // A file that grew or shrank after its size was taken is declined.
    std::fs::write(&path, format!("{text} ")).unwrap();
    assert!(read_in_halves(&file, &meta).unwrap().is_none());
    std::fs::write(&path, &text[..text.len() - 1]).unwrap();
    assert!(read_in_halves(&file, &meta).unwrap().is_none());
    std::fs::write(&path, &text).unwrap();
    let input = Input::read(&path, DEFAULT_MAX_FILE_SIZE).unwrap();
    assert!(*input.text == text);
    match Input::read(&path, text.len() as u64 - 1) {
        Err(Error::TooLarge { size, .. }) => assert_eq!(size, text.len() as u64),
        other => panic!("expected TooLarge, got {other:?}"),
    }
}

#[test]
fn a_byte_order_mark_is_dropped_by_every_reader() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.json");
    let mut text = input::BOM.to_vec();
    text.extend(BUILTIN_GRAPH.as_bytes());
    std::fs::write(&path, &text).unwrap();
    let plain = parse_document("g", BUILTIN_GRAPH).unwrap();
    let input = Input::read(&path, DEFAULT_MAX_FILE_SIZE).unwrap();
    assert!(*input.text == BUILTIN_GRAPH);
    // Streamed through windows, and read whole.
    let streamed = read_streamed(&path, DEFAULT_MAX_FILE_SIZE, 0, 64).unwrap();
    assert!(
        matches!(streamed, Streamed::Read(_)),
        "the stream reader took it"
    );
    for stream_from in [0, u64::MAX] {
        let read = read_parsed_with(&path, DEFAULT_MAX_FILE_SIZE, stream_from, 64).unwrap();
        assert!(read.into_document() == plain, "{stream_from}");
    }
    // Only at the start: elsewhere it is a character like any other.
    let inside = BUILTIN_GRAPH.replacen('{', "{\u{FEFF}", 1);
    assert!(parse_document("g", &inside).is_err());
}

#[test]
fn an_input_of_unknown_size_is_read_within_the_limit() {
    let read = |text: &[u8], limit| match input::read_unsized(text, limit).unwrap() {
        Limited::All(bytes) => Some(bytes),
        Limited::Over => None,
    };
    assert_eq!(read(b"{}", 2).as_deref(), Some(&b"{}"[..]));
    assert_eq!(read(b"{} ", 2), None);
    assert_eq!(read(b"   ", 2), None);
    // What cannot begin a JSON value is read up to its first character.
    assert_eq!(read(b"\0\0\0\0", 100).as_deref(), Some(&b"\0"[..]));
    assert_eq!(read(b" \n x yz", 100).as_deref(), Some(&b" \n x"[..]));
    assert_eq!(
        read("  é…".as_bytes(), 100).as_deref(),
        Some("  é".as_bytes())
    );
    assert_eq!(read(b"\xFF\xFE", 100).as_deref(), Some(&b"\xFF"[..]));
    // A byte order mark is not that character.
    let mut bom = input::BOM.to_vec();
    bom.extend(b"{}");
    assert_eq!(read(&bom, 100), Some(bom.clone()));
    // Read a byte at a time, as a slow pipe gives it.
    let slow =
        |text: &'static str| match input::read_unsized(Trickle(text.as_bytes()), 100).unwrap() {
            Limited::All(bytes) => String::from_utf8(bytes).unwrap(),
            Limited::Over => panic!("over"),
        };
    assert_eq!(slow("  🙂 tail"), "  🙂");
    assert_eq!(slow(" [1]"), " [1]");
}

#[cfg(unix)]
#[test]
fn only_a_graph_read_from_a_pipe_stops_at_a_character_json_cannot_begin_with() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("source.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let text = "Zelensky said he would wait for Putin in Turkey.";
    for (read, expected) in [
        (
            Input::read_text as fn(&std::path::Path, u64) -> Result<Input>,
            text,
        ),
        (Input::read, "Z"),
    ] {
        let writer = {
            let fifo = fifo.clone();
            std::thread::spawn(move || {
                use std::io::Write;
                // The reader may stop early: a closed pipe is no failure here.
                let _ = std::fs::OpenOptions::new()
                    .write(true)
                    .open(&fifo)
                    .and_then(|mut f| f.write_all(text.as_bytes()));
            })
        };
        let input = read(&fifo, 1 << 20).unwrap();
        writer.join().unwrap();
        assert_eq!(*input.text, expected);
    }
}

#[test]
fn a_file_read_in_windows_is_the_file_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.json");
    let doc = crate::synth::generate(3_000, 4);
    let text = serde_json::to_string(&doc).unwrap();
    std::fs::write(&path, &text).unwrap();
    let max = DEFAULT_MAX_FILE_SIZE;
    let whole = Input::read(&path, max).unwrap().parse().unwrap();
    for window in [1, 100, 4_096, 1 << 20] {
        // Streamed itself, not handed to the whole-text reader.
        let Ok(Streamed::Read(streamed)) = read_streamed(&path, max, 0, window) else {
            panic!("window {window}: not read through windows");
        };
        assert!(streamed.document() == &whole, "window {window}");
        let read = read_parsed_with(&path, max, 0, window).unwrap();
        assert!(read.into_document() == whole);
    }
    // Below the size it starts from, the file is read whole, the same.
    let small = text.len() as u64 + 1;
    assert!(matches!(
        read_streamed(&path, max, small, 64),
        Ok(Streamed::Declined)
    ));
    assert!(
        read_parsed_with(&path, max, small, 64)
            .unwrap()
            .into_document()
            == whole
    );

    // Every failure is the whole-text reader's, with the text to point
    // into: the windows see the list break, and serde alone is asked
    // for the message.
    let fails_as_read_whole = |contents: &str| {
        std::fs::write(&path, contents).unwrap();
        let expected = Input::read(&path, max)
            .unwrap()
            .parse()
            .unwrap_err()
            .to_string();
        assert!(matches!(
            read_streamed(&path, max, 0, 64),
            Ok(Streamed::Broken)
        ));
        let unread = read_parsed_with(&path, max, 0, 64).unwrap_err();
        assert_eq!(unread.error.to_string(), expected);
        assert!(unread.input.is_some_and(|input| *input.text == contents));
    };
    // The list ran out.
    fails_as_read_whole(&text[..text.len() - 40]);
    // A broken item far from the end.
    let bad = text.replacen("\"relation\":\"blocks\"", "\"relation\":7", 1);
    assert_ne!(bad, text);
    fails_as_read_whole(&bad);
    std::fs::write(&path, &text).unwrap();
    let too_large = read_parsed_with(&path, text.len() as u64 - 1, 0, 64).unwrap_err();
    match (*too_large.error, too_large.input) {
        (Error::TooLarge { size, .. }, None) => assert_eq!(size, text.len() as u64),
        other => panic!("expected TooLarge, got {other:?}"),
    }
    for unreadable in [dir.path().join("missing.json"), dir.path().to_owned()] {
        let unread = read_parsed_with(&unreadable, max, 0, 64).unwrap_err();
        assert!(matches!(
            (*unread.error, unread.input),
            (Error::Read { .. }, None)
        ));
    }
}

#[test]
fn an_error_deep_in_a_big_edge_list_is_reported_where_it_is() {
    let (_, text) = big();
    let at = text.len() * 3 / 4;
    let cut = at + text[at..].find("\"relation\":").unwrap();
    let broken = format!("{}\"relation\":7,{}", &text[..cut], &text[cut + 11..]);
    match parse_document("big", &broken) {
        Err(Error::Parse {
            line, column, path, ..
        }) => {
            assert_eq!(line, 1);
            assert!(column > at, "{column}");
            assert!(path.unwrap().contains(".relation"));
        }
        other => panic!("expected a parse error, got {other:?}"),
    }
}
