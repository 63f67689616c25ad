//! Tests of finding names in questions (see [`super`]).

use super::super::words::words;
use super::*;
use crate::Input;

fn builtin() -> Graph {
    let input = Input::builtin();
    Graph::from_document(&input.origin, input.parse().unwrap()).unwrap()
}

/// The mentions of `q` as (text, ids), every word but stopwords content.
fn found(g: &Graph, q: &str) -> Vec<(String, Vec<String>)> {
    let ws = words(q);
    let content = |i: usize| {
        !is_stopword(&ws[i].text) && !["block", "support"].contains(&ws[i].stem.as_str())
    };
    find(q, &ws, g, &content)
        .into_iter()
        .map(|m| {
            (
                m.text,
                m.nodes.iter().map(|&n| g.id(n).to_owned()).collect(),
            )
        })
        .collect()
}

fn one(text: &str, ids: &[&str]) -> (String, Vec<String>) {
    (
        text.to_owned(),
        ids.iter().map(|s| (*s).to_owned()).collect(),
    )
}

#[test]
fn ids_labels_and_aliases_are_found_whatever_the_case_and_punctuation() {
    let g = builtin();
    assert_eq!(
        found(&g, "what blocks ceasefire-30d?"),
        [one("ceasefire-30d", &["ceasefire-30d"])]
    );
    assert_eq!(
        found(&g, "What does MOSCOW want"),
        [one("MOSCOW", &["russia"])]
    );
    assert_eq!(
        found(&g, "what is Zelensky's position?"),
        [one("Zelensky's", &["ukraine"])]
    );
    assert_eq!(
        found(&g, "the West's position"),
        [one("the West's", &["western-allies"])]
    );
}

#[test]
fn the_longest_name_wins_and_an_ambiguous_one_keeps_every_node() {
    let g = builtin();
    assert_eq!(
        found(&g, "what blocks the 30-day ceasefire"),
        [one("the 30-day ceasefire", &["ceasefire-30d"])]
    );
    assert_eq!(
        found(&g, "what blocks the ceasefire"),
        [one("the ceasefire", &["ceasefire-30d", "ceasefire-full"])]
    );
    assert_eq!(
        found(&g, "what if Russia refuses"),
        [one("Russia refuses", &["russia-refuses-30d"])]
    );
}

#[test]
fn part_of_a_label_names_its_node_but_never_swallows_other_names() {
    let g = builtin();
    assert_eq!(
        found(&g, "what blocks the ceasefire in all theaters"),
        [one("the ceasefire in all theaters", &["ceasefire-30d"])]
    );
    assert_eq!(
        found(&g, "where do Russia and Ukraine disagree"),
        [one("Russia", &["russia"]), one("Ukraine", &["ukraine"])]
    );
    // "aid" is in one node's names only.
    assert_eq!(
        found(&g, "if the West pauses aid"),
        [
            one("the West", &["western-allies"]),
            one("aid", &["western-aid-pause"])
        ]
    );
    assert_eq!(
        found(&g, "if the West pauses its military support for Ukraine"),
        [one(
            "the West pauses its military support for Ukraine",
            &["western-aid-pause"]
        )]
    );
}

#[test]
fn plurals_and_typos_are_forgiven() {
    let g = builtin();
    assert_eq!(
        found(&g, "who threatens sanction"),
        [one("sanction", &["new-sanctions"])]
    );
    assert_eq!(
        found(&g, "what does Zelenksy want"),
        [one("Zelenksy", &["ukraine"])]
    );
    assert_eq!(
        found(&g, "what blocks the ceasfire"),
        [one("the ceasfire", &["ceasefire-30d", "ceasefire-full"])]
    );
    // Too short to guess at, or too far from anything.
    assert_eq!(found(&g, "what does Rus want"), []);
    assert_eq!(found(&g, "what blocks the moon"), []);
}

/// A graph whose labels are made of a few shared words, so that names
/// overlap, contain each other and repeat across nodes.
fn random_graph(labels: &[Vec<u8>]) -> Graph {
    const WORDS: &[&str] = &[
        "Ceasefire",
        "talks",
        "Russia's",
        "aid",
        "pause",
        "the",
        "new",
        "30-day",
        "West",
        "sanctions",
    ];
    let mut doc = crate::model::Document::new("random");
    for (i, label) in labels.iter().enumerate() {
        let text: Vec<&str> = label
            .iter()
            .map(|&w| WORDS[w as usize % WORDS.len()])
            .collect();
        let kind = if i % 3 == 0 {
            crate::model::NodeKind::Party
        } else {
            crate::model::NodeKind::Demand
        };
        doc.nodes.push(crate::model::Node::new(
            format!("n{i}"),
            kind,
            text.join(" "),
        ));
    }
    Graph::from_document("random", doc).expect("valid")
}

/// The stems of a text's words, articles left out: what two names must
/// share to be the same name.
fn key(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .filter(|w| !ARTICLES.contains(&w.text.as_str()))
        .map(|w| w.stem)
        .collect()
}

proptest::proptest! {
    /// Against a naive reference: a node's whole label asked about is
    /// found, and every node an exact mention names has a name whose
    /// words are the mention's words.
    #[test]
    fn an_exact_mention_names_exactly_the_nodes_called_so(
        labels in proptest::collection::vec(proptest::collection::vec(0u8..10, 1..4), 1..12),
        pick in 0usize..12,
    ) {
        let g = random_graph(&labels);
        let target = NodeIx::new(pick % labels.len());
        let question = format!("what blocks {}?", g.label(target));
        let ws = words(&question);
        let everything = |_: usize| true;
        let found = find(&question, &ws, &g, &everything);
        let target_key = key(g.label(target));
        if target_key.is_empty() {
            return Ok(());
        }
        // The longest exact name covering the label: the target's own
        // label, or a longer name holding it (never a shorter one).
        let covering = found.iter().find(|m| m.found == Found::Exact && key(&m.text).len() >= target_key.len());
        let Some(m) = covering else {
            // Only a longer partial run may have taken its place.
            proptest::prop_assert!(found.iter().any(|m| m.found == Found::Partial), "{question}: {found:?}");
            return Ok(());
        };
        if key(&m.text) == target_key {
            proptest::prop_assert!(m.nodes.contains(&target), "{question}: {found:?}");
        }
        for &n in &m.nodes {
            let node = g.node(n);
            let names = [node.id.as_str(), node.label.as_str()];
            proptest::prop_assert!(
                names.iter().any(|name| key(name) == key(&m.text)),
                "{question}: {} has no name '{}'", g.id(n), m.text
            );
        }
        // Every node with that name is listed: nothing is dropped.
        for n in g.node_indices() {
            if key(g.label(n)) == key(&m.text) {
                proptest::prop_assert!(m.nodes.contains(&n), "{question}: {} missing", g.id(n));
            }
        }
    }
}
