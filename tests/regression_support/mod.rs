//! Helpers of tests/suite/regression.rs: reading the Neo4j export's property
//! maps back, graphs that are hard for Graphviz, and the processes a test
//! started (Linux's /proc).
#![allow(dead_code)]

/// A Cypher map literal of strings, `date('...')` and lists of strings, as
/// the Neo4j export writes them, as JSON (a date as its text).
pub fn cypher_map(text: &str) -> serde_json::Map<String, serde_json::Value> {
    fn string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> String {
        assert_eq!(chars.next(), Some('\''));
        let mut out = String::new();
        loop {
            match chars.next().expect("an unclosed string") {
                '\'' => return out,
                '\\' => match chars.next().unwrap() {
                    'n' => out.push('\n'),
                    'r' => out.push('\r'),
                    't' => out.push('\t'),
                    'u' => {
                        let hex: String = chars.by_ref().take(4).collect();
                        out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
                    }
                    c => out.push(c),
                },
                c => out.push(c),
            }
        }
    }
    fn value(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> serde_json::Value {
        match chars.peek() {
            Some('\'') => serde_json::Value::String(string(chars)),
            Some('[') => {
                chars.next();
                let mut items = Vec::new();
                while chars.peek() != Some(&']') {
                    items.push(value(chars));
                    if chars.peek() == Some(&',') {
                        chars.next();
                        chars.next();
                    }
                }
                chars.next();
                serde_json::Value::Array(items)
            }
            _ => {
                let word: String =
                    std::iter::from_fn(|| chars.next_if(|&c| c != '(' && c != ',' && c != '}'))
                        .collect();
                if chars.peek() == Some(&'(') {
                    chars.next();
                    let inner = value(chars);
                    assert_eq!(chars.next(), Some(')'), "{word}");
                    inner
                } else {
                    serde_json::Value::String(word)
                }
            }
        }
    }
    let mut chars = text.trim_start_matches('{').chars().peekable();
    let mut map = serde_json::Map::new();
    while chars.peek().is_some_and(|&c| c != '}') {
        let key: String = std::iter::from_fn(|| chars.next_if(|&c| c != ':')).collect();
        chars.next();
        chars.next();
        let v = value(&mut chars);
        map.insert(key.trim().to_owned(), v);
        if chars.peek() == Some(&',') {
            chars.next();
            chars.next();
        }
    }
    map
}

/// `n` conditions, each pair joined by a precondition until there are
/// `edges`, all held by one party: few nodes, a dense knot for Graphviz.
pub fn dense(n: usize, edges: usize) -> serde_json::Value {
    let ids: Vec<String> = (0..n).map(|i| format!("c{i}")).collect();
    let mut nodes = vec![("p", "party")];
    nodes.extend(ids.iter().map(|id| (id.as_str(), "condition")));
    let links = (0..n)
        .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
        .take(edges)
        .map(|(i, j)| crate::common::cond(&ids[i], &ids[j], "p"))
        .collect();
    crate::common::doc(&nodes, links)
}

/// The children of process `pid` (Linux).
pub fn children(pid: u32) -> Vec<u32> {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task"))
        .into_iter()
        .flatten();
    tasks
        .flatten()
        .filter_map(|t| std::fs::read_to_string(t.path().join("children")).ok())
        .flat_map(|s| {
            s.split_whitespace()
                .filter_map(|c| c.parse().ok())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Whether process `pid` still runs (not gone, not a zombie).
pub fn running(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
        s.rsplit(')')
            .next()
            .is_some_and(|rest| !rest.trim_start().starts_with('Z'))
    })
}
