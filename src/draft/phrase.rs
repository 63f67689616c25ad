//! The words of a claim in a sentence: where a position's phrase begins
//! and ends, the cues found at a word, the quote's span, and the candidate
//! claim itself. Shared by every rule that drafts claims (`claims`,
//! `moves`, `refusals`, `terms`), below all of them.

use std::ops::Range;

use crate::model::Relation;

use super::lexicon::{self, CueKind, is_determiner, is_time_word, verb_like};
use super::reading::{Sentence, boundary_before};
use super::sentences::Word;

/// The most words a position's phrase takes.
pub(super) const LONGEST_PHRASE: usize = 20;

/// Words that end a position's phrase: a new clause begins.
pub(super) const PHRASE_STOPS: &[&str] = &[
    "plus",
    "said",
    "says",
    "saying",
    "told",
    "while",
    "but",
    "after",
    "before",
    "which",
    "who",
    "according",
    "amid",
    "despite",
    "because",
    "when",
    "unless",
    "if",
    "should",
    "only",
    "until",
    "as",
    "although",
    "though",
    "whereas",
];

/// Words left off the front of a phrase: they join it to its verb.
const PHRASE_LEADS: &[&str] = &["to", "that", "for", "on", "with", "by", "upon", "of"];

/// A claim the draft proposes, before its positions are named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The party holding it (for `conditions_on`, the party saying so).
    pub holder: usize,
    /// The relation; `None` for a change over time the analyst should model.
    pub relation: Option<Relation>,
    /// The position's words (for `conditions_on` the one that needs the
    /// other; for `counters` the one answered).
    pub target: Option<Range<usize>>,
    /// The second position: what a condition needs, a counter offers, a
    /// threat's trigger.
    pub other: Option<Range<usize>>,
    /// The words of the article that carry the claim.
    pub quote: Range<usize>,
    /// Who the sentence says said it.
    pub speaker: Option<(Range<usize>, usize)>,
    /// The cue that fired.
    pub cue: &'static str,
    /// Why the claim is unsure (it is then written commented out).
    pub unsure: Option<&'static str>,
}

pub(super) fn matches_at(words: &[Word], i: usize, phrase: &str) -> bool {
    let mut n = 0;
    for part in phrase.split(' ') {
        match words.get(i + n) {
            Some(w) if w.lower == part => n += 1,
            _ => return false,
        }
    }
    true
}

/// "wants the indictment, which relates to his role in the war, lifted":
/// what is wanted is the object done, so the position runs on over the
/// relative clause to the participle that closes the clause; `target`
/// unchanged when no participle closes it.
pub(super) fn wanted_done(s: &Sentence, target: Range<usize>) -> Range<usize> {
    let gap = |j: usize| &s.text[s.words[j - 1].span.end..s.words[j].span.start];
    let relative = s
        .words
        .get(target.end)
        .is_some_and(|w| matches!(w.lower.as_str(), "which" | "who" | "that"));
    if !relative || !gap(target.end).contains(',') {
        return target;
    }
    let Some(last) = (target.end + 1..s.words.len()).find(|&j| gap(j).contains(',')) else {
        return target;
    };
    let participle = s.words[last].lower.ends_with("ed");
    let closes = s
        .words
        .get(last + 1)
        .is_none_or(|_| gap(last + 1).contains([',', ';', '.']));
    if participle && closes {
        target.start..last + 1
    } else {
        target
    }
}

/// The phrase of a position starting at word `from`: leading joiners left
/// off, up to the end of its clause. A word range, never empty.
pub(super) fn phrase_after(s: &Sentence, from: usize) -> Option<Range<usize>> {
    // "U.S. demand, have pressed": a comma after the cue, no object.
    if from > 0 && from < s.words.len() {
        let gap = &s.text[s.words[from - 1].span.end..s.words[from].span.start];
        if gap.contains([',', ';', '(', ')', '\u{2014}']) {
            return None;
        }
    }
    phrase_from(s, from)
}

/// The phrase starting at word `from`, whatever stands before it.
pub(super) fn phrase_from(s: &Sentence, from: usize) -> Option<Range<usize>> {
    phrase_within(s, from, LONGEST_PHRASE)
}

/// [`phrase_from`], of at most `most` words: a proposal's terms run longer
/// than a demand ("half of the remaining hostages would be freed on the
/// first day of a 50-day extension and the rest once ...").
pub(super) fn phrase_within(s: &Sentence, from: usize, most: usize) -> Option<Range<usize>> {
    let mut start = from;
    // "urged the Commission to act": the position is what follows "to".
    if let Some(m) = s.mentions.iter().find(|m| {
        s.words.get(from).is_some_and(|w| {
            w.span.start == m.span.start
                || (w.lower == "the"
                    && s.words
                        .get(from + 1)
                        .is_some_and(|n| n.span.start == m.span.start))
        })
    }) && let Some(after) = s.words.iter().position(|w| w.span.start > m.span.end)
        && !boundary_before(s, after)
    {
        // "offered the union a 21% increase": the party is who it is
        // offered to; the position follows.
        let to = s.words[after].lower == "to";
        let offered = matches!(s.words[after].lower.as_str(), "a" | "an");
        if to || offered {
            start = after + usize::from(offered);
        }
    }
    while start < s.words.len()
        && PHRASE_LEADS.contains(&s.words[start].lower.as_str())
        && !boundary_before(s, start + 1)
    {
        start += 1;
    }
    // "what it called a \"fair and balanced\" exchange": the words named.
    start = past_what_it_called(s, start);
    let mut end = start;
    while end < s.words.len() && end - start < most {
        let w = s.words[end].lower.as_str();
        let stop = end > start
            && (boundary_before(s, end)
                || PHRASE_STOPS.contains(&w)
                || cue_of_kind_at(s.words, end, CueKind::Condition)
                // "rejected it in reference to X": X is what "it" was.
                || (matches!(w, "in" | "with" | "referring")
                    && s.words.get(end + usize::from(w != "referring")).is_some_and(|n| {
                        matches!(n.lower.as_str(), "reference" | "referring")
                    }))
                || cue_of_kind_at(s.words, end, CueKind::Counter)
                || (matches!(w, "and" | "but")
                    && s.words.get(end + 1).is_some_and(|n| verb_like(&n.lower)))
                // "... and China seeking the removal of ...": a new clause.
                || (w == "and" && !between_pair(s, start, end) && party_then_verb(s, end + 1))
                // "a framework under which ...": the clause after is not it.
                || (lexicon::PREPOSITIONS.contains(&w)
                    && s.words.get(end + 1).is_some_and(|n| matches!(n.lower.as_str(), "which" | "whom"))));
        if stop {
            break;
        }
        end += 1;
    }
    // A quotation cut by a word that would end a phrase ('"ultimatums
    // dressed up as peace plans"') runs to its closing mark; one closed
    // before the phrase ends ('a "highly competitive" 21% raise') is kept.
    if let Some(quoted) = quoted_to(s, start, most) {
        end = end.max(quoted);
    }
    (end > start).then_some(start..end)
}

/// Each candidate's position less a time said after it (see
/// [`less_time_tail`]), and its quote with it when the quote ends there.
/// Only the position a claim is about: a condition's or a threat's second
/// half keeps its time ("only if the berths reopen by Friday": the time is
/// the condition).
pub(super) fn less_times(s: &Sentence, here: &mut [Found]) {
    for f in here.iter_mut() {
        let Some(target) = f.target.clone() else {
            continue;
        };
        let first = s.words.iter().position(|w| w.span.start == target.start);
        let end = s.words.iter().position(|w| w.span.end == target.end);
        let (Some(first), Some(last)) = (first, end) else {
            continue;
        };
        if last < first {
            continue;
        }
        let quoted = s.text[..target.start].ends_with(['"', '\u{201c}']);
        let kept = less_time_tail(s.words, first, last + 1);
        if quoted || kept == last + 1 {
            continue;
        }
        let new_end = s.words[kept - 1].span.end;
        if f.quote.end == target.end {
            f.quote.end = new_end;
        }
        f.target = Some(target.start..new_end);
    }
}

/// The end of the phrase `start..end` less a time said after its words:
/// "the freeze on Friday evening" is the freeze, "to it by Monday evening"
/// is "it", "between the two sides since December" the two sides. A
/// phrase that is a time alone ("in December") is kept whole: the doubts
/// of `trust` read it. Digits count as time only beside a month or a
/// weekday ("in January 2024"), or as a year ("in late 2020"): "over 10
/// days" stays.
fn less_time_tail(words: &[Word], start: usize, end: usize) -> usize {
    let mut end = end;
    while end > start + 1 && lexicon::WHEN_WORDS.contains(&words[end - 1].lower.as_str()) {
        end -= 1;
    }
    let named = |w: &Word| {
        (is_time_word(&w.lower) && !is_determiner(&w.lower))
            || crate::model::month_abbreviation(&w.lower).is_some()
    };
    let year = |w: &Word| {
        w.lower.len() == 4
            && w.lower.bytes().all(|b| b.is_ascii_digit())
            && (w.lower.starts_with("19") || w.lower.starts_with("20"))
    };
    let time_from = (start + 1..end).find(|&k| {
        let tail = &words[k..end];
        let dated = tail.iter().any(|w| {
            crate::model::month_number(&w.lower).is_some()
                || crate::model::weekday_number(&w.lower).is_some()
                || crate::model::month_abbreviation(&w.lower).is_some()
        });
        lexicon::TIME_TAIL_LEADS.contains(&words[k].lower.as_str())
            && tail.iter().any(|w| named(w) || year(w))
            && tail.iter().all(|w| {
                named(w)
                    || year(w)
                    || is_determiner(&w.lower)
                    || lexicon::TIME_TAIL_LEADS.contains(&w.lower.as_str())
                    || (dated && w.lower.bytes().all(|b| b.is_ascii_digit()))
            })
    });
    time_from.unwrap_or(end)
}

/// Whether a word can stand in a time said after a position: "this year",
/// "on Friday evening", "within hours".
pub(super) fn says_when(word: &str) -> bool {
    is_time_word(word)
        || is_determiner(word)
        || lexicon::TIME_TAIL_LEADS.contains(&word)
        || lexicon::WHEN_WORDS.contains(&word)
}

pub(super) fn cue_of_kind_at(words: &[Word], i: usize, kind: CueKind) -> bool {
    lexicon::CUES
        .iter()
        .any(|c| c.kind == kind && matches_at(words, i, c.words))
}

/// Byte range of words `range`.
pub(super) fn bytes(s: &Sentence, range: &Range<usize>) -> Range<usize> {
    s.words[range.start].span.start..s.words[range.end - 1].span.end
}

/// A quote from word `from` (the holder, when named before the cue) to
/// the end of `last`.
pub(super) fn quote(s: &Sentence, from: usize, last: &Range<usize>) -> Range<usize> {
    s.words[from].span.start..s.words[last.end - 1].span.end
}

/// Whether a party named at word `at` is followed by a verb: "China
/// seeking", "Egypt insisted".
/// Whether the "and" at word `and` joins the pair a "between" opened in
/// the phrase from `start` ("a ceasefire between Israel and Hamas on
/// Monday"): the second of the pair is the phrase's, not a new clause's.
fn between_pair(s: &Sentence, start: usize, and: usize) -> bool {
    (start..and)
        .rev()
        .take_while(|&j| s.words[j].lower != "and")
        .any(|j| s.words[j].lower == "between")
}

fn party_then_verb(s: &Sentence, at: usize) -> bool {
    let Some(first) = s.words.get(at) else {
        return false;
    };
    let Some(m) = s.mentions.iter().find(|m| m.span.start == first.span.start) else {
        return false;
    };
    s.words
        .iter()
        .find(|w| w.span.start > m.span.end)
        .is_some_and(|w| verb_like(&w.lower) || w.lower.ends_with("ing"))
}

/// Word `start`, or the word after "what it called" / "what they
/// described as" opening there.
fn past_what_it_called(s: &Sentence, start: usize) -> usize {
    let w = |j: usize| s.words.get(j).map_or("", |w| w.lower.as_str());
    if w(start) != "what" || !lexicon::PRONOUNS.contains(&w(start + 1)) {
        return start;
    }
    match (w(start + 2), w(start + 3)) {
        ("called" | "calls" | "termed", _) => start + 3,
        ("described" | "describes", "as") => start + 4,
        _ => start,
    }
    .min(s.words.len().saturating_sub(1))
}

/// The end (exclusive word) of a phrase opened by a quotation mark at word
/// `start`: the quoted words are one phrase whatever they hold
/// ('rejected "ultimatums dressed up as peace plans"'), when the mark
/// closes within `most` words.
fn quoted_to(s: &Sentence, start: usize, most: usize) -> Option<usize> {
    let word = s.words.get(start)?;
    let before = if start == 0 {
        &s.text[s.span.start..word.span.start]
    } else {
        &s.text[s.words[start - 1].span.end..word.span.start]
    };
    if !before.ends_with(['"', '\u{201c}']) {
        return None;
    }
    let close = s.text[word.span.start..s.span.end].find(['"', '\u{201d}'])? + word.span.start;
    let end = s.words[start..]
        .iter()
        .position(|w| w.span.end > close)
        .map_or(s.words.len(), |k| start + k);
    (end > start && end - start <= most).then_some(end)
}

/// A quote that opens a quotation and ends just before its closing mark,
/// with the mark: 'rejected "ultimatums dressed up as peace plans"', not
/// a quotation cut open.
pub(super) fn closing_quote(article: &str, quote: &Range<usize>) -> Range<usize> {
    let text = &article[quote.clone()];
    let marks = text.matches(['"', '\u{201c}', '\u{201d}']).count();
    let close = article[quote.end..]
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\u{201d}'));
    match close {
        Some(c) if marks % 2 == 1 => quote.start..quote.end + c.len_utf8(),
        _ => quote.clone(),
    }
}

/// What a refusal cue refuses, its words from `from` ("accept the offer":
/// the offer); `None` when it refuses a refusal ("would not rule out X":
/// no rejection). Shared by third- and first-person refusals.
pub(super) fn refused_phrase(s: &Sentence, mut from: usize) -> Option<std::ops::Range<usize>> {
    if (from..s.words.len().min(from + 2)).any(|j| {
        lexicon::REFUSING_VERBS
            .iter()
            .any(|v| super::phrase::matches_at(s.words, j, v))
    }) {
        return None;
    }
    if s.words
        .get(from)
        .is_some_and(|w| lexicon::REFUSED_VERBS.contains(&w.lower.as_str()))
    {
        from += 1;
    }
    phrase_after(s, from)
}
