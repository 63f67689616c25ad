//! The repository ships no third-party article: each text in
//! `graph/sources/` names its source (title, publisher, URL) and then holds
//! only the sentences the shipped graphs quote from it, one a line, enough
//! for `check --sources` to verify every quote (tests/suite/istanbul.rs and
//! tests/suite/gaza.rs run it).

use crate::common;

use std::collections::BTreeMap;

use negograph::sources::normalise_text;
use serde_json::Value;

/// Each source of the shipped graphs: (its text's file name, its title, and
/// every quote citing it).
fn cited() -> BTreeMap<String, (String, Vec<String>)> {
    let mut out: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
    for graph in [
        "graph/istanbul-2025.json",
        "graph/examples/gaza-2025-05-26.json",
    ] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(graph);
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let mut ids = BTreeMap::new();
        for source in doc["sources"].as_array().unwrap() {
            let id = source["id"].as_str().unwrap();
            let file = source["file"]
                .as_str()
                .map_or_else(|| format!("{id}.txt"), str::to_owned);
            ids.insert(id.to_owned(), file.clone());
            out.entry(file)
                .or_insert_with(|| (source["title"].as_str().unwrap().to_owned(), Vec::new()));
        }
        let mut quote = |source: &Value, quote: &Value| {
            if let (Some(s), Some(q)) = (source.as_str(), quote.as_str()) {
                out.get_mut(&ids[s]).unwrap().1.push(normalise_text(q));
            }
        };
        for edge in doc["edges"].as_array().unwrap() {
            quote(&edge["source"], &edge["quote"]);
            for c in edge["citations"].as_array().into_iter().flatten() {
                quote(&c["source"], &c["quote"]);
            }
        }
        for node in doc["nodes"].as_array().unwrap() {
            for h in node["status_history"].as_array().into_iter().flatten() {
                quote(&h["source"], &h["quote"]);
            }
        }
    }
    out
}

#[test]
fn each_source_text_names_its_source_and_keeps_only_quoted_sentences() {
    let cited = cited();
    let dir = common::sources_dir();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let (title, quotes) = cited
            .get(&name)
            .unwrap_or_else(|| panic!("graph/sources/{name} is no shipped source's text"));
        let text = std::fs::read_to_string(dir.join(&name)).unwrap();
        let (head, body) = text.split_once("\n\n").unwrap();
        assert!(head.starts_with(&format!("Source: {title}\n")), "{name}");
        assert!(head.contains("\nPublisher: "), "{name}");
        assert!(
            head.contains("\nURL: ") || head.contains("publisher or address"),
            "{name}: no URL, nor why"
        );
        // A paragraph saying what the file is, then the sentences.
        let (_, sentences) = body.split_once("\n\n").unwrap();
        let mut lines = 0;
        for line in sentences.lines() {
            let line = normalise_text(line);
            assert!(
                quotes.iter().any(|q| line.contains(q.as_str())),
                "graph/sources/{name}: no claim quotes '{line}'"
            );
            lines += 1;
        }
        assert!(lines >= 3, "{name}: {lines} sentences");
        files += 1;
    }
    assert_eq!(files, cited.len(), "a text for every source");
}
