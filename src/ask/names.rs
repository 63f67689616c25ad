//! Finding the graph's names in a question: by id, label or alias, compared
//! word by word on stems (so case, punctuation, articles, possessives and
//! plurals do not matter), longest match first, with a fuzzy fallback for
//! typos.
//!
//! Three kinds of match, in the order they are trusted:
//!
//! - **exact**: a run of the question's words is one of a node's names
//!   ("the 30-day ceasefire", "Moscow", "ceasefire-30d");
//! - **partial**: a run of the question's words occurs inside a node's name
//!   ("the ceasefire in all theaters" inside "30-day ceasefire in all
//!   theaters of conflict"), or one rare word names a single node ("aid");
//! - **fuzzy**: a word no name holds is one or two letters away from a
//!   one-word name ("Zelenksy", "ceasfire").
//!
//! Two names sharing their last words are both found ("the 8% and 9%
//! offers": `8% offer` and `9% offer`).
//!
//! Longer runs win over shorter ones; a partial run never swallows another
//! node's exact name unless it holds two words of its own besides ("Russia
//! and Ukraine" is two parties, not the label "Direct talks between Russia
//! and Ukraine"). A name that fits several nodes is kept with all of them:
//! the caller decides what to do with that, never this module.
//!
//! One pass over every name of every node: linear in the graph.

use std::ops::Range;

use foldhash::{HashMap, HashMapExt};

use super::words::{ARTICLES, Word, is_number, is_stopword, split, stem};
use crate::graph::{Graph, NodeIx};

/// How a mention was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// The words are one of the node's names.
    Exact,
    /// The words occur inside one of the node's names.
    Partial,
    /// The word is a misspelling of `name`, one of the node's names.
    Fuzzy {
        /// The name it was read as.
        name: String,
    },
}

/// A name found in the question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Which of the question's words (indices into its word list).
    pub words: Range<usize>,
    /// The words as typed.
    pub text: String,
    /// Every node the words fit, in graph order.
    pub nodes: Vec<NodeIx>,
    /// How they were found.
    pub found: Found,
}

/// A candidate before the longest-first choice.
struct Run {
    /// Start and length, in the question's words without articles.
    at: usize,
    len: usize,
    exact: bool,
    nodes: Vec<NodeIx>,
}

/// The names in `question` (already split into `words`). `content` says
/// whether a word may carry a name on its own: not a stopword, not a word
/// that asks for something ("blocks", "who"), not part of a date.
pub fn find(
    question: &str,
    words_of_question: &[Word],
    graph: &Graph,
    content: &dyn Fn(usize) -> bool,
) -> Vec<Mention> {
    // The question's words without articles: names are matched on these.
    let kept: Vec<usize> = (0..words_of_question.len())
        .filter(|&i| !ARTICLES.contains(&words_of_question[i].text.as_str()))
        .collect();
    let stems: Vec<&str> = kept
        .iter()
        .map(|&i| words_of_question[i].stem.as_str())
        .collect();
    let mut at_stem: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, s) in stems.iter().enumerate() {
        at_stem.entry(s).or_default().push(k);
    }
    let is_content = |k: usize| content(kept[k]);

    // Every maximal run of each name inside the question, and for each word
    // of the question, the nodes whose names hold it.
    let mut runs: HashMap<(usize, usize, bool), Vec<NodeIx>> = HashMap::new();
    // Per stem of the question, the first nodes whose names hold it (two say
    // "not rare"): kept per position, a word said a thousand times held a
    // list of every node naming it a thousand times over.
    let mut holders: HashMap<&str, Vec<NodeIx>> = HashMap::new();
    // The one-word names that may be a typo's: their first letter begins a
    // word of the question. Looked up per unknown word instead of a scan of
    // every name per word (a question of 1,000 typos x 250,000 nodes).
    let firsts: foldhash::HashSet<char> = stems.iter().filter_map(|s| s.chars().next()).collect();
    let mut one_word = OneWordNames::default();
    let mut name_stems: Vec<String> = Vec::new();
    let mut name_texts: Vec<String> = Vec::new();
    // Stemming every word of every name is the scan's main cost: a word
    // whose first two letters begin no word of the question cannot match,
    // and one already stemmed is looked up.
    let openings: foldhash::HashSet<&str> = stems.iter().map(|s| opening(s)).collect();
    let mut stemmed: HashMap<String, String> = HashMap::new();
    for n in graph.node_indices() {
        let node = graph.node(n);
        for name in node.names() {
            name_stems.clear();
            name_texts.clear();
            // Articles count here: "The Kremlin" is no one-word name.
            let mut words_in_name = 0;
            split(name, |text, _| {
                words_in_name += 1;
                if ARTICLES.contains(&text.as_str()) {
                    return;
                }
                let s = if !openings.contains(opening(&text)) {
                    String::new()
                } else if let Some(s) = stemmed.get(&text) {
                    s.clone()
                } else {
                    let s = stem(&text);
                    stemmed.insert(text.clone(), s.clone());
                    s
                };
                name_stems.push(s);
                name_texts.push(text);
            });
            if let [word] = name_texts.as_slice()
                && words_in_name == 1
                && word.chars().next().is_some_and(|c| firsts.contains(&c))
            {
                one_word.add(word, n);
            }
            for (j, s) in name_stems.iter().enumerate() {
                let Some((&stem_key, places)) = at_stem.get_key_value(s.as_str()) else {
                    continue;
                };
                let holding = holders.entry(stem_key).or_default();
                if holding.len() < 2 && holding.last() != Some(&n) {
                    holding.push(n);
                }
                for &k in places {
                    // Only runs that cannot be extended to the left.
                    if j > 0 && k > 0 && name_stems[j - 1] == stems[k - 1] {
                        continue;
                    }
                    let mut len = 1;
                    while j + len < name_stems.len()
                        && k + len < stems.len()
                        && name_stems[j + len] == stems[k + len]
                    {
                        len += 1;
                    }
                    let exact = j == 0 && len == name_stems.len();
                    // A one-word name met through a word that asks for
                    // something ("mediate" for "the mediator": one stem) is
                    // that word, unless spelt as the name is.
                    if exact
                        && len == 1
                        && !is_content(k)
                        && name_texts[0] != words_of_question[kept[k]].text
                    {
                        continue;
                    }
                    let nodes = runs.entry((k, len, exact)).or_default();
                    if nodes.last() != Some(&n) {
                        nodes.push(n);
                    }
                }
            }
        }
    }

    let mut candidates: Vec<Run> = Vec::new();
    for ((at, len, exact), nodes) in runs {
        if exact {
            // A name made only of words like "us" or "now" is too easy to
            // hit, unless typed in capitals ("the US").
            let capitals = |k: usize| {
                let typed = &question[words_of_question[kept[k]].span.clone()];
                typed.chars().count() >= 2 && typed.chars().all(char::is_uppercase)
            };
            if (at..at + len).any(|k| !is_stopword(&words_of_question[kept[k]].text) || capitals(k))
            {
                candidates.push(Run {
                    at,
                    len,
                    exact,
                    nodes,
                });
            }
            continue;
        }
        // A partial run counts from its first to its last content word.
        let Some(first) = (at..at + len).find(|&k| is_content(k)) else {
            continue;
        };
        let last = (at..at + len)
            .rev()
            .find(|&k| is_content(k))
            .unwrap_or(first);
        let trimmed = last + 1 - first;
        let rare_word = trimmed == 1
            && holders.get(stems[first]).is_some_and(|h| h.len() == 1)
            && words_of_question[kept[first]].text.chars().count() >= 3
            // "The two proposals" is no mention of "10 hostages in two groups".
            && !is_number(&words_of_question[kept[first]].text);
        if trimmed >= 2 || rare_word {
            candidates.push(Run {
                at: first,
                len: trimmed,
                exact,
                nodes,
            });
        }
    }
    // Longest first; exact before partial; then left to right, for a
    // deterministic choice whatever order the map gave.
    candidates.sort_by(|a, b| {
        b.len
            .cmp(&a.len)
            .then(b.exact.cmp(&a.exact))
            .then(a.at.cmp(&b.at))
            .then(a.nodes.cmp(&b.nodes))
    });
    let mut taken = vec![false; stems.len()];
    let mut chosen: Vec<(Range<usize>, Vec<NodeIx>, Found)> = Vec::new();
    for run in &candidates {
        let span = run.at..run.at + run.len;
        if span.clone().any(|k| taken[k]) {
            continue;
        }
        if !run.exact && swallows_other_names(run, &candidates, &is_content) {
            continue;
        }
        for k in span.clone() {
            taken[k] = true;
        }
        let found = if run.exact {
            Found::Exact
        } else {
            Found::Partial
        };
        chosen.push((span, run.nodes.clone(), found));
    }

    // Typos: a content word no name holds, close to a one-word name. Each
    // distinct word is looked up once, and only the first few: a question
    // of a thousand unknown words is not a question with typos.
    let mut looked_up: HashMap<&str, Option<(Vec<NodeIx>, String)>> = HashMap::new();
    for k in 0..stems.len() {
        if taken[k] || !is_content(k) || holders.contains_key(stems[k]) {
            continue;
        }
        let typed = words_of_question[kept[k]].text.as_str();
        if !looked_up.contains_key(typed) && looked_up.len() >= MAX_TYPO_LOOKUPS {
            continue;
        }
        let found = looked_up
            .entry(typed)
            .or_insert_with(|| one_word.closest(typed))
            .clone();
        if let Some((nodes, name)) = found {
            taken[k] = true;
            chosen.push((k..k + 1, nodes, Found::Fuzzy { name }));
        }
    }

    // "The 8% and 9% offers": a word and "and" just before an exact name of
    // two or more words stand for that name with its first word replaced,
    // when a node is called so.
    let mut patterns: Vec<(usize, Vec<&str>)> = Vec::new();
    for (span, _, found) in &chosen {
        if *found != Found::Exact || span.len() < 2 || span.start < 2 {
            continue;
        }
        let (word, and) = (span.start - 2, span.start - 1);
        if taken[word] || taken[and] || stems[and] != "and" || !is_content(word) {
            continue;
        }
        let wanted: Vec<&str> = std::iter::once(stems[word])
            .chain(stems[span.start + 1..span.end].iter().copied())
            .collect();
        patterns.push((word, wanted));
    }
    // One pass over the names for every pattern, not one per pattern.
    let called = nodes_called(graph, patterns.iter().map(|(_, w)| w.as_slice()));
    let mut shared = Vec::new();
    for ((word, _), nodes) in patterns.iter().zip(called) {
        if !nodes.is_empty() {
            shared.push((*word..*word + 1, nodes, Found::Partial));
        }
    }
    for (span, _, _) in &shared {
        taken[span.start] = true;
    }
    chosen.extend(shared);

    chosen.sort_by_key(|(span, _, _)| span.start);
    chosen
        .into_iter()
        .map(|(span, nodes, found)| {
            let first = kept[span.start];
            let last = kept[span.end - 1];
            // The words as typed, from the first word's start to the last's end,
            // with an article just before kept ("the ceasefire").
            let start = first
                .checked_sub(1)
                .filter(|&p| ARTICLES.contains(&words_of_question[p].text.as_str()))
                .unwrap_or(first);
            let text = question
                [words_of_question[start].span.start..words_of_question[last].span.end]
                .to_owned();
            Mention {
                words: start..last + 1,
                text,
                nodes,
                found,
            }
        })
        .collect()
}

/// For each list of stems, the nodes with a name whose words (articles
/// left out) have those stems: one pass over every name for all of them.
fn nodes_called<'w>(
    graph: &Graph,
    wanted: impl Iterator<Item = &'w [&'w str]>,
) -> Vec<Vec<NodeIx>> {
    let mut index: HashMap<Vec<&str>, usize> = HashMap::new();
    let mut out: Vec<Vec<NodeIx>> = Vec::new();
    let mut slot_of = Vec::new();
    for w in wanted {
        let next = index.len();
        slot_of.push(*index.entry(w.to_vec()).or_insert(next));
    }
    let mut found: Vec<Vec<NodeIx>> = vec![Vec::new(); index.len()];
    if !index.is_empty() {
        let openings: foldhash::HashSet<&str> =
            index.keys().flatten().map(|s| opening(s)).collect();
        for n in graph.node_indices() {
            for name in graph.node(n).names() {
                let mut stems: Vec<String> = Vec::new();
                let mut possible = true;
                split(name, |text, _| {
                    if !possible || ARTICLES.contains(&text.as_str()) {
                        return;
                    }
                    // A word whose opening no pattern has cannot match.
                    possible = openings.contains(opening(&text));
                    if possible {
                        stems.push(stem(&text));
                    }
                });
                let key: Vec<&str> = stems.iter().map(String::as_str).collect();
                if let Some(&slot) = index.get(&key).filter(|_| possible)
                    && found[slot].last() != Some(&n)
                {
                    found[slot].push(n);
                }
            }
        }
    }
    for slot in slot_of {
        out.push(found[slot].clone());
    }
    out
}

/// A word's first two characters: a stem starts as its word does.
fn opening(word: &str) -> &str {
    let end = word.char_indices().nth(2).map_or(word.len(), |(i, _)| i);
    &word[..end]
}

/// Whether a partial run covers another node's exact name without two
/// content words of its own besides: "Russia and Ukraine" inside "Direct
/// talks between Russia and Ukraine" is two parties.
fn swallows_other_names(run: &Run, candidates: &[Run], is_content: &dyn Fn(usize) -> bool) -> bool {
    let span = run.at..run.at + run.len;
    let mut covered = vec![false; run.len];
    let mut swallowed = false;
    for other in candidates.iter().filter(|c| c.exact) {
        let inside = other.at >= span.start && other.at + other.len <= span.end;
        let overlaps = other.at < span.end && span.start < other.at + other.len;
        // A name that refines this one ("ceasefire" inside the run naming the
        // 30-day ceasefire) is not another node's.
        let refines = other.nodes.iter().any(|n| run.nodes.contains(n));
        if overlaps && !refines {
            if !inside {
                return true;
            }
            swallowed = true;
            for k in other.at..other.at + other.len {
                covered[k - span.start] = true;
            }
        }
    }
    let own = span
        .filter(|&k| !covered[k - run.at] && is_content(k))
        .count();
    swallowed && own < 2
}

/// How many letters a typo of a word this long may differ by.
fn typos_allowed(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// How many distinct unknown words of one question are looked up as typos.
const MAX_TYPO_LOOKUPS: usize = 16;

/// The one-word names of the graph, by first letter, for typo lookups.
#[derive(Default)]
struct OneWordNames {
    by_first: HashMap<char, Vec<(String, NodeIx)>>,
}

impl OneWordNames {
    fn add(&mut self, word: &str, n: NodeIx) {
        let first = word.chars().next().expect("a word has a letter");
        self.by_first
            .entry(first)
            .or_default()
            .push((word.to_owned(), n));
    }

    /// The nodes with the one-word name nearest to `typed`, if one is within
    /// the typos allowed (a swap of two letters is one), and that name.
    fn closest(&self, typed: &str) -> Option<(Vec<NodeIx>, String)> {
        let allowed = typos_allowed(typed.chars().count());
        if allowed == 0 {
            return None;
        }
        // Typos rarely hit the first letter.
        let names = self.by_first.get(&typed.chars().next()?)?;
        let mut best: Option<(usize, Vec<NodeIx>, String)> = None;
        for (word, n) in names {
            // A length that differs too much cannot be near.
            if word.chars().count().abs_diff(typed.chars().count()) > allowed {
                continue;
            }
            let distance = strsim::osa_distance(typed, word);
            if distance == 0 || distance > allowed {
                continue;
            }
            match &mut best {
                Some((d, nodes, _)) if *d == distance => {
                    if !nodes.contains(n) {
                        nodes.push(*n);
                    }
                }
                Some((d, _, _)) if *d < distance => {}
                _ => best = Some((distance, vec![*n], word.clone())),
            }
        }
        best.map(|(_, mut nodes, name)| {
            nodes.sort();
            (nodes, name)
        })
    }
}

#[cfg(test)]
mod tests {
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
}
