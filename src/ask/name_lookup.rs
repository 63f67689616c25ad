//! Look-ups over the graph's names that [`super::names`] makes: the
//! one-word names a typo may be of ("Zelenksy", "ceasfire": one or two
//! letters away, looked up by first letter), and the nodes called by given
//! stems ("the 8% and 9% offers").

use foldhash::{HashMap, HashMapExt};

use super::words::{ARTICLES, split, stem};
use crate::graph::{Graph, NodeIx};

/// How many letters a typo of a word this long may differ by.
pub(super) fn typos_allowed(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// How many distinct unknown words of one question are looked up as typos.
pub(super) const MAX_TYPO_LOOKUPS: usize = 16;

/// The one-word names of the graph, by first letter, for typo lookups.
#[derive(Default)]
pub(super) struct OneWordNames {
    by_first: HashMap<char, Vec<(String, NodeIx)>>,
}

impl OneWordNames {
    pub(super) fn add(&mut self, word: &str, n: NodeIx) {
        let first = word.chars().next().expect("a word has a letter");
        self.by_first
            .entry(first)
            .or_default()
            .push((word.to_owned(), n));
    }

    /// "EUs offer": a short one-word name with a possessive "s" and no
    /// apostrophe, which stemming keeps apart (words of three letters or
    /// fewer are their own stems); the nodes so called, and the name.
    pub(super) fn possessive(&self, typed: &str) -> Option<(Vec<NodeIx>, String)> {
        let bare = typed.strip_suffix('s')?;
        if !(2..=3).contains(&bare.chars().count()) {
            return None;
        }
        let names = self.by_first.get(&bare.chars().next()?)?;
        let mut nodes: Vec<NodeIx> = names
            .iter()
            .filter(|(word, _)| word == bare)
            .map(|&(_, n)| n)
            .collect();
        nodes.sort();
        nodes.dedup();
        (!nodes.is_empty()).then(|| (nodes, bare.to_owned()))
    }

    /// The nodes with the one-word name nearest to `typed`, if one is within
    /// the typos allowed (a swap of two letters is one), and that name.
    pub(super) fn closest(&self, typed: &str) -> Option<(Vec<NodeIx>, String)> {
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

/// For each list of stems, the nodes with a name whose words (articles
/// left out) have those stems: one pass over every name for all of them.
pub(super) fn nodes_called<'w>(
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
pub(super) fn opening(word: &str) -> &str {
    let end = word.char_indices().nth(2).map_or(word.len(), |(i, _)| i);
    &word[..end]
}
