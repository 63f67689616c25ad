//! "The two sides agreed in Geneva last month to a 90-day truce", "agreed
//! on Sunday to exchange prisoners": an acceptance whose "to" comes after
//! a time or a place.

use super::lexicon::is_time_word;
use super::reading::Sentence;

/// The most words of time or place between "agreed" and its "to".
const BETWEEN: usize = 5;

/// Where the object of the stance cue at word `at` (`n` words) begins:
/// right after it, except for "agreed" alone, whose object follows the
/// "to" after a time or a place; `None` when no such "to" follows.
pub(super) fn object_at(s: &Sentence, at: usize, n: usize) -> Option<usize> {
    if n != 1 || s.words[at].lower != "agreed" {
        return Some(at + n);
    }
    let to = (at + 1..s.words.len().min(at + 2 + BETWEEN)).find(|&j| s.words[j].lower == "to")?;
    // "in Geneva last month", "on Sunday", "at the talks": no verb, no
    // clause's bound between.
    let only_when_or_where = s.words[at + 1..to].iter().enumerate().all(|(k, w)| {
        let first = k == 0;
        (first
            && matches!(
                w.lower.as_str(),
                "in" | "on" | "at" | "last" | "this" | "late" | "early"
            ))
            || (!first
                && (w.capital
                    || is_time_word(&w.lower)
                    || matches!(
                        w.lower.as_str(),
                        "the" | "last" | "this" | "next" | "month" | "week" | "year" | "talks"
                    )))
    });
    (to > at + 1
        && only_when_or_where
        && !(at + 1..=to).any(|j| super::reading::boundary_before(s, j)))
    .then_some(to + 1)
}
