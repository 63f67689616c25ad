//! "Amin Hassan said the government rejected it, in reference to JEM's
//! demand for a vice-presidency": a position named by a pronoun is the one
//! the words after "in reference to" ("referring to") name.

use std::ops::Range;

use super::phrase::{Found, bytes, matches_at, phrase_from};
use super::reading::Sentence;

/// Words that name what a pronoun before them stands for.
const REFERRING: &[&str] = &["in reference to", "with reference to", "referring to"];

/// Words that stand for a position named elsewhere.
const POINTING: &[&str] = &["it", "this", "that", "these", "those", "them"];

/// Gives each candidate of `here` whose position is a pronoun the position
/// the sentence's "in reference to" names: a claim's position inside those
/// words ("JEM's demand for a vice-presidency": the vice-presidency), else
/// the words themselves.
pub(super) fn resolve(s: &Sentence, here: &mut [Found]) {
    let Some((at, cue)) = (0..s.words.len()).find_map(|j| {
        REFERRING
            .iter()
            .find(|r| matches_at(s.words, j, r))
            .map(|r| (j, *r))
    }) else {
        return;
    };
    let Some(named) = phrase_from(s, at + cue.split(' ').count()) else {
        return;
    };
    let named = bytes(s, &named);
    let inside: Option<Range<usize>> = here
        .iter()
        .filter_map(|f| f.target.clone())
        .find(|t| named.start <= t.start && t.end <= named.end);
    let position = inside.unwrap_or(named);
    for f in here.iter_mut().filter(|f| f.relation.is_some()) {
        let pointing = f.target.as_ref().is_some_and(|t| {
            let text = s.text[t.clone()].to_lowercase();
            POINTING.contains(&text.as_str())
        });
        if pointing {
            // The quote carries the words that say what "it" was.
            f.quote.end = f.quote.end.max(position.end);
            f.target = Some(position.clone());
        }
    }
}
