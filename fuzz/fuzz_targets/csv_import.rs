//! Arbitrary CSV through `import`: it refuses or builds a graph, never
//! panics, and a graph it builds is valid and written in the canonical form.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use negograph::interop::import::{CsvPaths, import};

fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("negograph-fuzz-csv-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    })
}

fuzz_target!(|files: (String, String, Option<String>)| {
    let (nodes, edges, sources) = files;
    let paths = CsvPaths {
        nodes: dir().join("nodes.csv"),
        edges: dir().join("edges.csv"),
        sources: sources.as_ref().map(|_| dir().join("sources.csv")),
        status: None,
        graph: None,
    };
    std::fs::write(&paths.nodes, nodes).unwrap();
    std::fs::write(&paths.edges, edges).unwrap();
    if let (Some(text), Some(path)) = (&sources, &paths.sources) {
        std::fs::write(path, text).unwrap();
    }
    if let Ok(imported) = import(&paths, Some("fuzz"), 1 << 20) {
        let text = negograph::load::to_canonical_json(imported.graph.document());
        negograph::load::parse_document("again", &text).expect("an import reads back");
    }
});
