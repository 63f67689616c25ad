//! The direct readers against serde, on the cases they must follow or decline.

use super::*;
use crate::load::{BUILTIN_GRAPH, parse_document_by_serde, to_canonical_json};

/// Reads `text` directly on one thread and on two, and by serde: the direct
/// reader must give what serde gives, or give up. Returns what it gave.
fn agree(text: &str) -> Option<Document> {
    let serde = parse_document_by_serde("t", text, Threads::One).ok();
    let direct = parse_document(text, Threads::One).map(Parsed::into_document);
    if let Some(doc) = &direct {
        assert_eq!(Some(doc), serde.as_ref(), "read differently: {text}");
    }
    assert!(
        parse_document(text, Threads::Several).map(Parsed::into_document) == direct,
        "two threads read differently: {text}"
    );
    for (window, threads) in [(1, Threads::One), (5, Threads::Several), (64, Threads::One)] {
        if let Some(streamed) = streamed(text, window, threads) {
            assert_eq!(
                Some(&streamed),
                serde.as_ref(),
                "streamed differently: {text}"
            );
        }
    }
    direct
}

fn streamed(text: &str, window: usize, threads: Threads) -> Option<Document> {
    crate::load::parse_streamed(text.as_bytes(), window, threads)
}

/// `text` read through windows of several sizes, each time by the
/// streaming reader itself (not handed back), and the same as serde's.
fn streams(text: &str) -> Document {
    let serde = parse_document_by_serde("t", text, Threads::One).expect("valid");
    for window in [1, 2, 3, 7, 64, 1_000, 1 << 20] {
        for threads in [Threads::One, Threads::Several] {
            let doc = streamed(text, window, threads);
            assert!(doc.as_ref() == Some(&serde), "window {window}: {text:.200}");
        }
    }
    serde
}

const PLAIN: &str = r#"{"negograph":1,"title":"t","sources":[{"id":"s","title":"S"}],"nodes":[{"id":"a","kind":"party","label":"A"},{"id":"b","kind":"demand","label":"B","aliases":["bee","be"],"status":"met","since":"2025-05-01","until":"2025-05-09","note":"x"}],"edges":[{"from":"a","relation":"demands","to":"b","by":"a","source":"s","quote":"q","since":"2025-05-02","until":"2025-06-01","note":"n"},{"from":"a","relation":"supports","to":"b"}]}"#;

/// `PLAIN` with its first `from` replaced by `to`.
fn with(from: &str, to: &str) -> String {
    assert!(PLAIN.contains(from), "{from}");
    PLAIN.replacen(from, to, 1)
}

#[test]
fn reads_the_plain_shape_itself() {
    let doc = agree(PLAIN).expect("the plain shape is read directly");
    assert_eq!((doc.nodes.len(), doc.edges.len()), (2, 2));
    assert!(agree(&to_canonical_json(&doc)).is_some());
    assert!(agree(BUILTIN_GRAPH).is_some());
    let big = serde_json::to_string(&crate::synth::generate(5_000, 9)).unwrap();
    assert!(agree(&big).is_some());
    // Unknown words and bad dates are values, kept for validation to report.
    assert!(agree(&with("\"demands\"", "\"demandz\"")).is_some());
    assert!(agree(&with("2025-05-02", "2025-02-30")).is_some());
    // Whitespace wherever JSON allows it.
    let spaced = PLAIN
        .replace(':', " \r\n:\t ")
        .replace(',', "\n , ")
        .replace('{', "{ ")
        .replace('}', " } ")
        .replace('[', "[\n")
        .replace(']', " ]");
    assert!(agree(&format!(" \n{spaced}\n")).is_some());
    // Empty lists, edges before nodes, sources after them.
    assert!(agree(r#"{"negograph":1,"title":"t","nodes":[],"edges":[]}"#).is_some());
    let late = r#"{"edges":[{"from":"a","relation":"blocks","to":"a","source":"s"}],"title":"t","nodes":[{"id":"a","kind":"party","label":"A"}],"negograph":1,"sources":[{"id":"s","title":"S"}]}"#;
    assert!(agree(late).is_some());
    // Fields another tool wrote, before and after the lists, are kept
    // in file order, as serde keeps them.
    let tools = with(
        "\"title\":\"t\"",
        "\"title\":\"t\",\"x-tool\":{\"k\":[1,2.5,null]}",
    )
    .replacen("}]}", "}],\"y-tool\":\"é\"}", 1);
    let doc = agree(&tools).expect("read directly");
    let keys: Vec<&str> = doc.extra.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["x-tool", "y-tool"]);
}

#[test]
fn streams_the_plain_shape_through_any_window() {
    streams(PLAIN);
    let doc = streams(BUILTIN_GRAPH);
    streams(&to_canonical_json(&doc));
    let big = serde_json::to_string(&crate::synth::generate(2_000, 9)).unwrap();
    assert_eq!(streams(&big).edges.len(), 2_000);
    // Windows end inside characters of two, three and four bytes.
    let accented = big.replace("synthetic statement", "déclaration 中文 🙂");
    assert_ne!(accented, big);
    streams(&accented);
    // Edges cut anywhere, including inside a character of several bytes
    // and inside escapes, which serde reads.
    let odd = with(
        "\"quote\":\"q\"",
        r#""quote":"q \"é\" 中文 🙂 \u00e9 \n }, {""#,
    );
    let doc = streams(&odd);
    assert_eq!(doc.edges[0].quote(), Some("q \"é\" 中文 🙂 é \n }, {"));
    streams(r#"{"negograph":1,"title":"t","nodes":[],"edges":[]}"#);
    streams(r#"{"negograph":1,"title":"t","nodes":[] , "edges" : [ ] }"#);
    streams(r#"{"negograph":1,"nodes":[],"title":"no edges"}"#);
    // Another tool's field after the edge list is kept, not handed back.
    let after = PLAIN.replacen("}]}", "}], \"x-tool\": {\"k\": [1, \"二\"]} }", 1);
    assert_eq!(streams(&after).extra.len(), 1);
    // A label can spell the key only with its quotes escaped, which the
    // search for the key does not match.
    let label = with("\"label\":\"A\"", r#""label":"\"edges\":[{""#);
    streams(&label);
    // A nested key does match: the head is cut short inside another
    // tool's field, and the whole text is read instead, which keeps it.
    let nested = with(
        "\"title\":\"t\"",
        r#""title":"t","x-tool":{"edges":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]}"#,
    );
    assert_eq!(streamed(&nested, 64, Threads::One), None);
    let kept = parse_document_by_serde("t", &nested, Threads::One).unwrap();
    assert_eq!(kept.extra.len(), 1);
}

#[test]
fn streaming_gives_up_where_it_must() {
    // Edges before nodes cannot be resolved as they stream by.
    let late = r#"{"negograph":1,"title":"t","edges":[{"from":"a","relation":"blocks","to":"a"}],"nodes":[{"id":"a","kind":"party","label":"A"}]}"#;
    assert!(agree(late).is_some());
    assert_eq!(streamed(late, 8, Threads::One), None);
    // Damage after the edge list, inside it, and at its very end.
    for text in [
        format!("{PLAIN}x"),
        format!("{PLAIN},"),
        PLAIN.replacen("}]}", "}]", 1),
        PLAIN.replacen("}]}", "},]}", 1),
        PLAIN.replacen("}]}", "}]},", 1),
        PLAIN.replacen("\"supports\"", "\"supports\"}", 1),
        PLAIN.replacen("}]}", "}],\"x-tool\":1,\"x-tool\":2}", 1),
        PLAIN.replacen("}]}", "}],\"edges\":[]}", 1),
    ] {
        for window in [1, 4, 64, 1 << 20] {
            assert_eq!(streamed(&text, window, Threads::One), None, "{text}");
        }
    }
    // Not UTF-8, in the head and in the edges.
    for at in [PLAIN.find("\"A\"").unwrap(), PLAIN.rfind("\"q\"").unwrap()] {
        let mut bytes = PLAIN.as_bytes().to_vec();
        bytes[at + 1] = 0xff;
        for window in [1, 64, 1 << 20] {
            let doc = crate::load::parse_streamed(&bytes, window, Threads::One);
            assert_eq!(doc, None);
        }
    }
}

#[test]
fn leaves_items_it_does_not_follow_to_serde() {
    for (from, to) in [
        ("\"label\":\"B\"", r#""label":"B \"quoted\" \u00e9 \n""#),
        ("\"quote\":\"q\"", "\"quote\":null"),
        ("\"by\":\"a\"", "\"by\":null"),
        ("\"status\":\"met\"", "\"status\":null"),
        ("\"from\":\"a\"", r#""fr\u006fm":"a""#),
        ("\"to\":\"b\"", r#""to":"\u0062""#),
        (
            "\"aliases\":[\"bee\",\"be\"]",
            r#""aliases":["b\u0065e", "be"]"#,
        ),
        ("\"label\":\"A\"", "\"label\":\"Ä ü 中文 🙂\""),
    ] {
        let text = with(from, to);
        assert!(agree(&text).is_some(), "{text}");
    }
}

#[test]
fn gives_up_where_serde_fails() {
    let cases = [
        // What serde refuses.
        with("\"negograph\":1", "\"negograph\":1.0"),
        with("\"negograph\":1", "\"negograph\":2"),
        with("\"negograph\":1", "\"negograph\":12"),
        with("\"negograph\":1", "\"negograph\":1e0"),
        with("\"negograph\":1,", ""),
        with("\"title\":\"t\"", "\"title\":\"t\",\"title\":\"u\""),
        with("\"title\":\"t\"", "\"title\":\"t\",\"negograph\":1"),
        with("\"from\":\"a\"", "\"from\":\"a\",\"from\":\"b\""),
        with("\"quote\":\"q\"", "\"quote\":\"q\",\"quote\":null"),
        with("\"from\":\"a\"", "\"from\":null"),
        with("\"from\":\"a\"", "\"from\":1"),
        with("\"relation\":\"demands\"", "\"relation\":[\"demands\"]"),
        with("\"quote\":\"q\"", "\"quote\":\"q\",\"colour\":\"red\""),
        with("\"label\":\"A\"", "\"label\":\"A\tB\""),
        with("\"label\":\"A\"", "\"label\":\"A\\x\""),
        with("\"supports\",\"to\":\"b\"}", "\"supports\",\"to\":\"b\"},"),
        with("\"aliases\":[\"bee\",\"be\"]", "\"aliases\":null"),
        with("\"aliases\":[\"bee\",\"be\"]", "\"aliases\":[\"bee\",]"),
        with("\"quote\":\"q\"", "\"quote\":nul"),
        with("\"quote\":\"q\"", "\"quote\":nulll"),
        with("\"to\":\"b\",\"by\"", "\"to\":\"b\" \"by\""),
        with("{\"from\":\"a\",\"relation\":\"supports\"", "{}"),
        format!("{PLAIN}x"),
        format!("{PLAIN}{{}}"),
        PLAIN[..PLAIN.len() - 1].to_owned(),
        PLAIN.replacen("\"nodes\"", "\"nodes\":[],\"nodes\"", 1),
        String::new(),
        "[]".into(),
        "{}".into(),
        // Another tool's field twice, or a known one after it.
        with(
            "\"title\":\"t\"",
            "\"title\":\"t\",\"x-tool\":1,\"x-tool\":2",
        ),
        with(
            "\"title\":\"t\"",
            "\"title\":\"t\",\"x-tool\":1,\"title\":\"u\"",
        ),
        with("\"title\":\"t\"", "\"title\":\"t\",\"x-tool\":[1,"),
    ];
    for text in cases {
        assert!(agree(&text).is_none(), "{text}");
    }
}

/// A document of `n` nodes, the `i`th labelled `label(i)`, and one edge.
fn many_nodes(n: usize, label: impl Fn(usize) -> String) -> String {
    let nodes: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"id":"n{i}","kind":"party","label":"{}"}}"#, label(i)))
        .collect();
    format!(
        r#"{{"negograph":1,"title":"t","nodes":[{}],"edges":[{{"from":"n0","relation":"member_of","to":"n1"}}]}}"#,
        nodes.join(", ")
    )
}

#[test]
fn a_node_list_read_by_two_threads_is_the_list() {
    let plain = many_nodes(3_000, |i| format!("Node {i}"));
    let at = plain.find('[').unwrap();
    let split = Reader { text: &plain, at }.node_split(Threads::Several);
    let split = split.expect("a boundary near the middle");
    assert!(
        plain[split..].starts_with("{\"id\":\"n15"),
        "{}",
        &plain[split..split + 20]
    );
    assert_eq!(agree(&plain).unwrap().nodes.len(), 3_000);
    // Labels full of item-like text: the guessed boundary falls inside a
    // string, the second thread fails or reads nonsense, and is ignored.
    for trap in ["}, {", "}, {}", "}, {\\\"id\\\":\\\"n1\\\"}", "}]"] {
        let text = many_nodes(3_000, |i| format!("Node {i} {trap}"));
        assert_eq!(agree(&text).unwrap().nodes.len(), 3_000, "{trap}");
    }
    // Items the direct reader leaves to serde, on both sides of the middle.
    let escaped = many_nodes(3_000, |i| {
        if i % 700 == 0 {
            format!("Node \\u00e9 {i}")
        } else {
            format!("Node {i}")
        }
    });
    assert!(agree(&escaped).is_some());
    // A broken item after the middle: both give up, and serde says why.
    let broken = plain.replacen("\"label\":\"Node 2000\"", "\"label\":2000", 1);
    assert_ne!(broken, plain);
    assert!(agree(&broken).is_none());
    assert!(parse_document_by_serde("t", &broken, Threads::One).is_err());
}

#[test]
fn random_damage_never_makes_the_readers_disagree() {
    // A small xorshift, so the cases are the same on every run.
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move |below: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % below as u64) as usize
    };
    let pieces = [
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\\",
        " ",
        "\n",
        "null",
        "1",
        "a",
        "é",
        "\\u0061",
        "\t",
        "\"from\":\"a\"",
    ];
    let (mut direct, mut total) = (0, 0);
    for _ in 0..6_000 {
        let mut text = PLAIN.to_owned();
        for _ in 0..1 + next(3) {
            let mut at = next(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match next(3) {
                0 => text.insert_str(at, pieces[next(pieces.len())]),
                1 if at < text.len() => {
                    text.remove(at);
                }
                _ => {
                    let mut end = (at + 1 + next(4)).min(text.len());
                    while !text.is_char_boundary(end) {
                        end += 1;
                    }
                    text.replace_range(at..end, pieces[next(pieces.len())]);
                }
            }
        }
        total += 1;
        direct += usize::from(agree(&text).is_some());
    }
    // Some damage leaves a readable file (an extra space, a changed letter):
    // those must mostly be read directly, or the test is not testing it.
    assert!(direct > total / 20, "{direct} of {total}");
}
