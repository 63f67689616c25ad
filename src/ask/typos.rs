//! Typos of one-word names: a word no name holds, one or two letters away
//! from a one-word name ("Zelenksy", "ceasfire"), looked up by first letter.

use foldhash::{HashMap, HashMapExt};

use super::names::{Asked, Chosen, Found, Scanned};
use crate::graph::NodeIx;

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

/// Typos: a content word no name holds, close to a one-word name. Each
/// distinct word is looked up once, and only the first few: a question of a
/// thousand unknown words is not a question with typos.
pub(super) fn typos(q: &Asked, scanned: &Scanned, taken: &mut [bool]) -> Vec<Chosen> {
    let mut chosen = Vec::new();
    let mut looked_up: HashMap<&str, Option<(Vec<NodeIx>, String)>> = HashMap::new();
    for (k, is_taken) in taken.iter_mut().enumerate() {
        if *is_taken || !q.is_content(k) || scanned.holders.contains_key(q.stems[k]) {
            continue;
        }
        let typed = q.typed(k);
        if !looked_up.contains_key(typed) && looked_up.len() >= MAX_TYPO_LOOKUPS {
            continue;
        }
        let found = looked_up
            .entry(typed)
            .or_insert_with(|| scanned.one_word.closest(typed))
            .clone();
        if let Some((nodes, name)) = found {
            *is_taken = true;
            chosen.push((k..k + 1, nodes, Found::Fuzzy { name }));
        }
    }
    chosen
}
