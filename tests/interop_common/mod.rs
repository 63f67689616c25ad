//! Small seeded random graphs for the interop tests: every kind, relation and
//! status, dates on nodes, edges and holders within ten days (so that a day
//! in the middle sees some of each), cycles of preconditions, parallel edges
//! and, when asked, hostile text everywhere text may go.
#![allow(dead_code)]

use serde_json::{Value, json};

/// SplitMix64: the same graphs on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Text a graph may hold that other formats must escape.
pub const HOSTILE: &[&str] = &[
    "x\" image=\"/etc/passwd",
    "back\\slash \\N \\G \\\\ end\\",
    "new\nline and \r return",
    "<b>html</b> & <img src=x> ]]>",
    "a, comma; and \"quotes\"",
    "'); MATCH (n) DETACH DELETE n; //",
    "=HYPERLINK(\"http://x\")",
    "-1+1",
    "@SUM(A1)",
    "'apostrophe first",
    "\ttab first",
    " padded ",
    "[bracket first]",
    "Türkiye — «quoted» ‘single’ 漢字 🙂",
    "control \u{1} \u{7} \u{1b}[31m red",
];

/// The day `i` (0..10) of the test calendar, 2025-01-01 + i.
pub fn day(i: usize) -> String {
    format!("2025-01-{:02}", i + 1)
}

/// Ten days: dates are drawn from these, queries ask about them.
pub const DAYS: usize = 10;

fn span(rng: &mut Rng, percent: u64) -> (Option<String>, Option<String>) {
    let since = rng.chance(percent).then(|| rng.below(DAYS));
    let until = rng.chance(percent).then(|| rng.below(DAYS));
    match (since, until) {
        (Some(s), Some(u)) if u < s => (Some(day(u)), Some(day(s))),
        (s, u) => (s.map(day), u.map(day)),
    }
}

/// A valid format-1 graph drawn from `seed`; with `hostile`, labels, notes,
/// aliases, quotes and titles come from [`HOSTILE`].
pub fn random_graph(seed: u64, hostile: bool) -> Value {
    let mut rng = Rng::new(seed);
    let parties = 2 + rng.below(3);
    let positions = 5 + rng.below(10);
    let text = |rng: &mut Rng, plain: String| -> String {
        if hostile && rng.chance(60) {
            rng.pick(HOSTILE).to_string()
        } else {
            plain
        }
    };
    let mut nodes = Vec::new();
    for i in 0..parties {
        let mut node = json!({"id": format!("p{i}"), "kind": "party", "label": text(&mut rng, format!("Party {i}"))});
        let (since, until) = span(&mut rng, 15);
        if let Some(s) = since {
            node["since"] = json!(s);
        }
        if let Some(u) = until {
            node["until"] = json!(u);
        }
        if rng.chance(30) {
            node["aliases"] = json!([text(&mut rng, format!("P{i}")), format!("party number {i}")]);
        }
        nodes.push(node);
    }
    let mut kinds = Vec::new();
    for i in 0..positions {
        let kind = match rng.below(10) {
            0 => "proposal",
            1..=5 => "demand",
            _ => "condition",
        };
        kinds.push(kind);
        let mut node = json!({"id": format!("x{i}"), "kind": kind, "label": text(&mut rng, format!("Position {i}"))});
        match rng.below(10) {
            0 | 1 => node["status"] = json!("met"),
            2 => node["status"] = json!("rejected"),
            3 => node["status"] = json!("open"),
            4 => node["status"] = json!("cancelled"),
            _ => {}
        }
        let (since, until) = span(&mut rng, 20);
        if let Some(s) = since {
            node["since"] = json!(s);
        }
        if let Some(u) = until {
            node["until"] = json!(u);
        }
        if rng.chance(20) {
            node["note"] = json!(text(&mut rng, "a note".into()));
        }
        // Format 1.1: who must act, the issue and quantity of a term, and
        // dated changes of status.
        if rng.chance(15) {
            node["actor"] = json!([format!("p{}", rng.below(parties))]);
        }
        if kind != "proposal" && rng.chance(15) {
            node["issue"] = json!("i0");
            node["quantity"] =
                json!(rng.pick(&["45-60 days", "about 120", "at least 10 hostages"]));
        }
        if rng.chance(15) {
            let first = rng.below(DAYS - 1);
            let second = first + 1 + rng.below(DAYS - 1 - first);
            node["status_history"] = json!([
                {"status": "met", "on": day(first), "source": "s1", "quote": text(&mut rng, "it was met".into())},
                {"status": rng.pick(&["open", "withdrawn", "cancelled"]), "on": day(second), "note": "reopened"},
            ]);
        }
        nodes.push(node);
    }
    nodes.push(
        json!({"id": "i0", "kind": "issue", "label": text(&mut rng, "Ceasefire length".into())}),
    );
    let party = |rng: &mut Rng| format!("p{}", rng.below(parties));
    let position = |rng: &mut Rng| format!("x{}", rng.below(positions));
    let stances = [
        "demands",
        "proposes",
        "supports",
        "rejects",
        "threatens",
        "accepts",
        "counters",
        "ignores",
        "mediates",
    ];
    let count = 10 + rng.below(35);
    let mut edges = Vec::new();
    for _ in 0..count {
        let roll = rng.below(100);
        let mut edge = if roll < 40 {
            json!({"from": party(&mut rng), "relation": rng.pick(&stances), "to": position(&mut rng)})
        } else if roll < 80 {
            // Preconditions, often between neighbours so that chains and
            // cycles form; now and then a node that needs itself.
            let from = rng.below(positions);
            let to = if rng.chance(5) {
                from
            } else if rng.chance(70) {
                (from + 1 + rng.below(3)) % positions
            } else {
                rng.below(positions)
            };
            json!({"from": format!("x{from}"), "relation": "conditions_on", "to": format!("x{to}"), "by": party(&mut rng)})
        } else if roll < 85 {
            // Format 1.1's links between positions: a replacement, or a term
            // of a proposal.
            let from = rng.below(positions);
            let proposal = (0..positions).find(|&p| kinds[p] == "proposal");
            match proposal {
                Some(p) if kinds[from] != "proposal" && rng.chance(50) => {
                    json!({"from": format!("x{from}"), "relation": "part_of", "to": format!("x{p}")})
                }
                _ => {
                    json!({"from": format!("x{from}"), "relation": "supersedes", "to": position(&mut rng)})
                }
            }
        } else if roll < 92 {
            let from = if rng.chance(50) {
                party(&mut rng)
            } else {
                position(&mut rng)
            };
            json!({"from": from, "relation": "blocks", "to": position(&mut rng)})
        } else {
            json!({"from": party(&mut rng), "relation": "member_of", "to": party(&mut rng)})
        };
        if edge["relation"] == "threatens" {
            if rng.chance(30) {
                let from = edge["from"].as_str().unwrap().to_owned();
                let target = party(&mut rng);
                if target != from {
                    edge["target"] = json!(target);
                }
            }
            if rng.chance(30) {
                edge["trigger"] = json!(position(&mut rng));
            }
        }
        // Format 1.2: every third threat or demand addressed to a party
        // (chosen without the generator, so the graphs stay as they were).
        if (edge["relation"] == "threatens" || edge["relation"] == "demands")
            && edges.len() % 3 == 0
        {
            edge["addressee"] = json!(format!("p{}", edges.len() % parties));
        }
        if edge["relation"] == "counters" && rng.chance(50) {
            edge["with"] = json!(position(&mut rng));
        }
        if rng.chance(10) {
            edge["disputed_by"] = json!([party(&mut rng)]);
        }
        if edge["by"].is_null() && rng.chance(15) && edge["relation"] != "member_of" {
            edge["by"] = json!(party(&mut rng));
        }
        let (since, until) = span(&mut rng, 25);
        if let Some(s) = since {
            edge["since"] = json!(s);
        }
        if let Some(u) = until {
            edge["until"] = json!(u);
        }
        if rng.chance(15) {
            edge["citations"] = json!([
                {"source": "s1", "quote": text(&mut rng, "first words".into()), "speaker": text(&mut rng, "two officials".into())},
                {"source": "s2", "quote": text(&mut rng, "second words".into()), "note": "paraphrased nearby"},
            ]);
        } else if rng.chance(70) {
            edge["source"] = json!(if rng.chance(50) { "s1" } else { "s2" });
            edge["quote"] = json!(text(&mut rng, "exact words".into()));
        }
        if rng.chance(15) {
            edge["note"] = json!(text(&mut rng, "edge note".into()));
        }
        edges.push(edge);
    }
    let title = text(&mut rng, format!("random graph {seed}"));
    json!({
        "negograph": 1.2,
        "title": title,
        "sources": [
            {"id": "s1", "title": text(&mut rng, "First source".into()), "date": "2025-01-05", "url": "https://example.org/a?b=c&d", "note": text(&mut rng, "date inferred".into()), "file": "first.txt"},
            {"id": "s2", "title": "Second source", "publisher": text(&mut rng, "A publisher".into())},
        ],
        "nodes": nodes,
        "edges": edges,
    })
}

/// The graph a JSON value holds, validated as a file is.
pub fn load(doc: &Value) -> negograph::Graph {
    let text = serde_json::to_string_pretty(doc).unwrap();
    let parsed = negograph::load::parse_document("test", &text).expect("parses");
    negograph::Graph::from_document("test", parsed).expect("valid")
}
