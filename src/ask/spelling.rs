//! Typos of the words a question is read with that are neither a name nor
//! a cue ([`super::vocabulary::cue_typo`] and [`super::names`] read those): a
//! day or month ("wedensday"), a span ("forntight"), a word that carries
//! nothing ("anyting", "actully"), a word of a refusal ("casuaties") or of
//! a failure ("refsuing"), a word read as the graph's ("Washigton"). Such
//! a word is read as the one word of those lists one letter away (a swap
//! of two letters is one), and the reading says so.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use super::failure::FAILS;
use super::lexicon;
use super::words::{Word, is_stopword, stem, stopwords};
use crate::graph::Graph;
use crate::model::{month_names, weekday_names};

/// Spans of time [`super::dates`] reads that are no day's or month's name.
const SPANS: &[&str] = &["fortnight", "yesterday", "tomorrow", "weekend", "tonight"];

/// A word this short is never read as a typo: too many real words are one
/// letter from another ("thing" and "think").
const SHORTEST_TYPED: usize = 5;
const SHORTEST_MEANT: usize = 6;

/// The words a typo may be of, lower case, each once.
fn known() -> &'static Vec<String> {
    static KNOWN: OnceLock<Vec<String>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let fails = FAILS.iter().flat_map(|p| p.split([' ', '/']));
        let mut all: Vec<String> = weekday_names()
            .chain(month_names())
            .map(str::to_lowercase)
            .chain(
                SPANS
                    .iter()
                    .copied()
                    .chain(stopwords().iter().copied())
                    .chain(fails)
                    .chain(super::beyond::refusal_words())
                    .chain(super::words::held_words())
                    .chain(lexicon::same_words())
                    .map(str::to_owned),
            )
            .filter(|w| w.chars().count() >= SHORTEST_MEANT && w.chars().all(char::is_alphabetic))
            .collect();
        all.sort();
        all.dedup();
        all
    })
}

/// Words no cue is spelt with, read as the cue word they mean: (said,
/// meant). Only where the graph's names do not hold the word. ("Seek" is
/// a cue of its own already.)
const SAID_OTHERWISE: &[(&str, &str)] = &[
    ("fresh", "new"),
    ("warning", "threat"),
    ("warnings", "threats"),
    ("pursue", "want"),
    ("pursues", "wants"),
    ("pursuing", "wanting"),
];

/// The question's words with each typo of a [`known`] word spelt as meant,
/// and the typos so read: (where the word stands in the question, as read).
pub(super) fn corrected(
    mut ws: Vec<Word>,
    graph: &Graph,
) -> (Vec<Word>, Vec<(Range<usize>, String)>) {
    let known = known();
    let vocabulary = super::vocabulary::vocabulary();
    let mut name_words: Option<HashSet<String>> = None;
    let mut read = Vec::new();
    for w in &mut ws {
        if let Some(&(_, meant)) = SAID_OTHERWISE.iter().find(|(said, _)| *said == w.text)
            && !vocabulary.stems.contains(&w.stem)
        {
            let names = name_words
                .get_or_insert_with(|| lexicon::name_texts(graph).into_iter().flatten().collect());
            if !names.contains(&w.text) {
                read.push((w.span.clone(), meant.to_owned()));
                w.stem = stem(meant);
                w.text = meant.to_owned();
            }
            continue;
        }
        let typed = w.text.as_str();
        if typed.chars().count() < SHORTEST_TYPED
            || !typed.chars().all(char::is_alphabetic)
            || is_stopword(typed)
            || vocabulary.stems.contains(&w.stem)
            || known.binary_search_by(|k| k.as_str().cmp(typed)).is_ok()
            || super::vocabulary::cue_typo(w).is_some()
        {
            continue;
        }
        let first = typed.chars().next();
        let near_to = |word: &str| -> Vec<&String> {
            known
                .iter()
                .filter(|k| k.chars().next() == first && strsim::osa_distance(k, word) == 1)
                .collect()
        };
        let mut near = near_to(typed);
        // "Mosows": a possessive typed without its apostrophe, and a typo.
        if near.is_empty()
            && let Some(bare) = typed.strip_suffix('s')
            && bare.chars().count() >= SHORTEST_TYPED
        {
            near = near_to(bare);
        }
        let [meant] = near[..] else {
            continue;
        };
        // A word the graph's names hold is a name, however it is spelt.
        let names = name_words
            .get_or_insert_with(|| lexicon::name_texts(graph).into_iter().flatten().collect());
        if names.contains(typed) {
            continue;
        }
        read.push((w.span.clone(), meant.clone()));
        w.stem = stem(meant);
        w.text = meant.clone();
    }
    (ws, read)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Input;

    fn read(question: &str) -> Vec<String> {
        let input = Input::builtin();
        let graph = Graph::from_document(&input.origin, input.parse().unwrap()).unwrap();
        let (ws, _) = corrected(super::super::words::words(question), &graph);
        ws.into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn a_typo_of_a_day_a_span_or_a_word_of_no_meaning_is_read_as_meant() {
        assert_eq!(read("since last wendesday"), ["since", "last", "wednesday"]);
        assert_eq!(read("the past fortnigth"), ["the", "past", "fortnight"]);
        assert_eq!(
            read("what is actully new"),
            ["what", "is", "actually", "new"]
        );
        assert_eq!(read("casulties so far"), ["casualties", "so", "far"]);
        // A possessive without its apostrophe, with a typo.
        assert_eq!(read("mosows line"), ["moscow", "line"]);
    }

    #[test]
    fn real_words_names_and_short_words_are_left_as_typed() {
        // "thing" is one letter from "think", and a word, so never a typo.
        assert_eq!(read("the thing"), ["the", "thing"]);
        // A name of the graph is read by the names, not corrected here.
        assert_eq!(read("zelensky sunday"), ["zelensky", "sunday"]);
        assert_eq!(read("tale"), ["tale"], "four letters: too short to tell");
    }
}
