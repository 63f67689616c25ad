//! Cue phrases, the words that say what a question asks ("what blocks",
//! "stands in the way of", "who * support"), and matching them against what
//! is left of a question once its names and dates are taken out.
//!
//! A phrase is written in plain words and compared by stem, so "blocks"
//! also matches "blocking" and "blocked". In a phrase:
//!
//! - `*` stands for up to three words ("why * not" matches "why is the
//!   ceasefire not ...", "why can not");
//! - `a/b` is either word ("favour/favor");
//! - `<n>` is a name found in the question (`from <n> to <n>`);
//! - `<d>` is a date found in the question (`change * <d>`), `<ever>` one
//!   that asks for all time (`positions * <ever>`);
//! - articles are ignored on both sides.

use super::words::{ARTICLES, stem};

/// Where a name stood in the question, in the words cues are matched on.
pub const NAME: &str = "<n>";

/// Where a date stood in the question, in the words cues are matched on.
pub const DATE: &str = "<d>";

/// Where "ever" or "over time" stood in the question (all time, no day).
pub const EVER: &str = "<ever>";

/// How many words `*` may skip.
const GAP: usize = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    /// One of these stems.
    Word(Vec<String>),
    /// Up to [`GAP`] words.
    Gap,
}

/// A cue phrase, compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    steps: Vec<Step>,
}

impl Pattern {
    /// Compiles a phrase written as described in the module documentation.
    pub fn new(phrase: &str) -> Pattern {
        let steps = phrase
            .split_whitespace()
            .filter(|w| !ARTICLES.contains(w))
            .map(|w| match w {
                "*" => Step::Gap,
                NAME | DATE | EVER => Step::Word(vec![w.to_owned()]),
                alternatives => Step::Word(
                    alternatives
                        .split('/')
                        .map(|a| stem(&a.to_lowercase()))
                        .collect(),
                ),
            })
            .collect();
        Pattern { steps }
    }

    /// Whether the phrase occurs in `words` (stems, articles left out).
    pub fn matches(&self, words: &[String]) -> bool {
        (0..words.len()).any(|start| self.matches_at(0, words, start))
    }

    fn matches_at(&self, step: usize, words: &[String], at: usize) -> bool {
        match self.steps.get(step) {
            None => true,
            Some(Step::Gap) => (0..=GAP)
                .take_while(|skip| at + skip <= words.len())
                .any(|skip| self.matches_at(step + 1, words, at + skip)),
            Some(Step::Word(stems)) => {
                words.get(at).is_some_and(|w| stems.contains(w))
                    && self.matches_at(step + 1, words, at + 1)
            }
        }
    }

    /// The stems this phrase is made of (for telling cue words from names).
    pub fn stems(&self) -> impl Iterator<Item = &str> {
        self.steps.iter().flat_map(|s| match s {
            Step::Word(w) => w.iter().map(String::as_str).collect::<Vec<_>>(),
            Step::Gap => Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(q: &str) -> Vec<String> {
        super::super::words::words(q)
            .into_iter()
            .filter(|w| !ARTICLES.contains(&w.text.as_str()))
            .map(|w| {
                if w.text == "n" {
                    NAME.to_owned()
                } else {
                    w.stem
                }
            })
            .collect()
    }

    #[test]
    fn phrases_match_any_inflection_with_gaps_and_alternatives() {
        assert!(
            Pattern::new("stand in the way").matches(&stems("what is standing in the way of n"))
        );
        assert!(Pattern::new("block").matches(&stems("what's blocking n")));
        assert!(Pattern::new("why * not").matches(&stems("why can't n resume")));
        assert!(Pattern::new("why * not").matches(&stems("why is n still not happening")));
        assert!(
            !Pattern::new("why * not").matches(&stems("why is this taking so very long and not"))
        );
        assert!(Pattern::new("in favour/favor of").matches(&stems("who is in favor of n")));
        assert!(Pattern::new("from <n> to <n>").matches(&stems("path from n to n")));
        assert!(!Pattern::new("from <n> to <n>").matches(&stems("path from n n")));
    }
}
