//! The words `ask` knows as cues (every intent's cue phrases, and the
//! words that open an "if"), and a typo of one: what `parse`, `spelling`
//! and the word accounting read, in one place below all three.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::cues::{DATE, EVER, NAME, Pattern};
use super::intents;
use super::words::{self, IF_WORDS, Word, is_stopword};

/// Every stem the intents' phrases are made of, and the words they are
/// spelt with (for reading a typo as the cue it was meant to be).
pub(super) struct Vocabulary {
    pub(super) stems: HashSet<String>,
    pub(super) spelt: Vec<(String, String)>,
}

pub(super) fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let mut stems = HashSet::new();
        let mut spelt = Vec::new();
        let phrases = intents::all()
            .flat_map(|i| {
                i.cues
                    .iter()
                    .map(|(p, _)| *p)
                    .chain(i.needs.iter().copied())
            })
            .chain(IF_WORDS.iter().copied());
        for phrase in phrases {
            stems.extend(Pattern::new(phrase).stems().map(str::to_owned));
            for word in phrase.split([' ', '/']) {
                if word.chars().all(char::is_alphabetic) && word.len() >= 5 {
                    spelt.push((word.to_owned(), words::stem(word)));
                }
            }
        }
        stems.remove(NAME);
        stems.remove(DATE);
        stems.remove(EVER);
        spelt.sort();
        spelt.dedup();
        Vocabulary { stems, spelt }
    })
}

/// A word that is no cue, no stopword and no name, one letter from a cue
/// word of five letters or more: the cue word it was meant to be.
pub(super) fn cue_typo(word: &Word) -> Option<(&'static str, &'static str)> {
    let v = vocabulary();
    if word.text.chars().count() < 5 || is_stopword(&word.text) || v.stems.contains(&word.stem) {
        return None;
    }
    let first = word.text.chars().next();
    // "obstacels": a plural's typo is the singular's with an "s".
    let singular = word.text.strip_suffix('s');
    let near = |typed: &str| {
        v.spelt.iter().find(|(spelt, _)| {
            spelt.chars().next() == first && strsim::osa_distance(spelt, typed) == 1
        })
    };
    near(&word.text)
        .or_else(|| singular.and_then(near))
        .map(|(spelt, stem)| (spelt.as_str(), stem.as_str()))
}
