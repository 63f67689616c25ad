//! One sentence, read: its words, the parties it names, and who in it
//! holds a claim or said it (the subject before a cue, a party after "by",
//! the speaker, the party of the sentence before).

use std::ops::Range;

use super::lexicon::{self, is_said};
use super::parties::Mention;
use super::sentences::Word;

/// One sentence, read: its text's words and the parties it names.
pub struct Sentence<'a> {
    /// The article.
    pub text: &'a str,
    /// Where the sentence is in it, in bytes.
    pub span: Range<usize>,
    /// Its words.
    pub words: &'a [Word],
    /// The parties it names, in order.
    pub mentions: &'a [Mention],
    /// The party the sentence before spoke of last (for "he", "they").
    pub previous: Option<usize>,
    /// The party that proposed something last in the article before this
    /// sentence (for "the plan", "the offer" with no owner named).
    pub proposer: Option<usize>,
    /// The party that demanded something last in the article before this
    /// sentence (for "Other demands included ...", "Kyiv must also ...").
    pub demander: Option<usize>,
}

/// The last mention ending before word `at` that is not a side remark
/// (see [`aside`]), unless a pronoun stands between it and `at` (then the
/// pronoun is the subject, not the mention).
pub fn mention_before<'a>(s: &Sentence<'a>, at: usize) -> Option<&'a Mention> {
    let start = s.words.get(at)?.span.start;
    let m = s
        .mentions
        .iter()
        .rev()
        .filter(|m| m.span.end <= start)
        .find(|m| !aside(s, m))?;
    let pronoun_after = s.words[..at]
        .iter()
        .any(|w| w.span.start >= m.span.end && lexicon::PRONOUNS.contains(&w.lower.as_str()));
    (!pronoun_after).then_some(m)
}

/// The index of the word starting at byte `start`.
pub fn word_at(s: &Sentence, start: usize) -> Option<usize> {
    s.words.iter().position(|w| w.span.start == start)
}

/// Whether a mention is a side remark rather than a subject: after a
/// preposition ("an offer from employers"), or in a clause that opens
/// with "which", "who", "known", ... ("Health New Zealand, known by its
/// Maori name Te Whatu Ora, has offered").
pub fn aside(s: &Sentence, m: &Mention) -> bool {
    let Some(first) = word_at(s, m.span.start) else {
        return false;
    };
    if first > 0 && lexicon::PREPOSITIONS.contains(&s.words[first - 1].lower.as_str()) {
        return !members_of(s, first);
    }
    // "co-chaired by Norway and Rwanda": the second of two parties joined
    // by "and" is as much a side remark as the first.
    if first > 1 && matches!(s.words[first - 1].lower.as_str(), "and" | "or") {
        let end = s.words[first - 2].span.end;
        if let Some(before) = s.mentions.iter().find(|b| b.span.end == end) {
            return aside(s, before);
        }
    }
    let clause = (0..=first)
        .rev()
        .find(|&j| boundary_before(s, j))
        .unwrap_or(0);
    clause > 0
        && s.words[clause..first]
            .iter()
            .any(|w| lexicon::ASIDES.contains(&w.lower.as_str()))
}

/// "Members of the Machinists Local 1005 ... rejected": the people of a
/// party named at word `first` speak as it; no side remark.
fn members_of(s: &Sentence, first: usize) -> bool {
    let of = first - 1;
    let of = if s.words[of].lower == "the" && of > 0 {
        of - 1
    } else {
        of
    };
    s.words[of].lower == "of"
        && of > 0
        && matches!(
            s.words[of - 1].lower.as_str(),
            "members" | "workers" | "employees" | "staff" | "delegates" | "rank-and-file"
        )
}

/// The mention starting within `within` words after word `at`.
pub fn mention_after<'a>(s: &Sentence<'a>, at: usize, within: usize) -> Option<&'a Mention> {
    let first = s.words.get(at)?.span.start;
    let last = s.words.get((at + within).min(s.words.len() - 1))?.span.end;
    s.mentions
        .iter()
        .find(|m| m.span.start >= first && m.span.start < last)
}

/// The holder of a claim whose cue is at word `at`: the party named before
/// it; else one named after "by"; else the speaker or the party of the
/// sentence before, unsure.
pub fn holder(
    s: &Sentence,
    at: usize,
    end: usize,
) -> Option<(usize, Option<usize>, Option<&'static str>)> {
    if let Some(m) = mention_before(s, at) {
        return Some((
            m.party,
            Some(s.words.iter().position(|w| w.span.start == m.span.start)?),
            None,
        ));
    }
    let by = (end..s.words.len()).find(|&j| s.words[j].lower == "by");
    if let Some(m) = by.and_then(|j| mention_after(s, j + 1, 1)) {
        return Some((m.party, None, None));
    }
    // "He also wants ...": a pronoun opening the sentence is the party the
    // sentence before spoke of.
    let opens_with_pronoun = s
        .words
        .first()
        .is_some_and(|w| lexicon::PRONOUNS.contains(&w.lower.as_str()));
    if opens_with_pronoun
        && at > 0
        && let Some(p) = s.previous
    {
        return Some((p, Some(0), None));
    }
    if let Some((_, party)) = speaker(s) {
        return Some((party, None, None));
    }
    s.previous.map(|p| {
        (
            p,
            None,
            Some("the holder is a pronoun or unnamed: taken from the sentence before"),
        )
    })
}

/// Who the sentence says spoke: "X said", "said X", "according to X",
/// "a spokesperson for X said". The words naming them and their party.
pub fn speaker(s: &Sentence) -> Option<(Range<usize>, usize)> {
    for (j, w) in s.words.iter().enumerate() {
        if w.lower == "according"
            && s.words.get(j + 1).is_some_and(|n| n.lower == "to")
            && let Some(m) = mention_after(s, j + 2, 1)
        {
            return Some((widened(s, m), m.party));
        }
        if !is_said(&w.lower) {
            continue;
        }
        // "X said", "X has said", "X also said".
        let gap = |m: &Mention| {
            s.words
                .iter()
                .filter(|v| v.span.start >= m.span.end && v.span.end <= w.span.start)
                .count()
        };
        // "a spokesperson for Hamas said": the name just before, aside or not.
        let last = s.mentions.iter().rev().find(|m| m.span.end <= w.span.start);
        // Not one closing a side remark: "Stellantis, which was formed
        // through a merger of Fiat Chrysler and Peugeot, said".
        let closes_remark = |m: &Mention| s.text[m.span.end..w.span.start].contains(',');
        if let Some(m) = last.filter(|m| gap(m) <= 1 && !(aside(s, m) && closes_remark(m))) {
            return Some((widened(s, m), m.party));
        }
        let before = s
            .mentions
            .iter()
            .rev()
            .filter(|m| m.span.end <= w.span.start)
            .find(|m| !aside(s, m));
        if let Some(m) = before {
            let gap = s
                .words
                .iter()
                .filter(|v| v.span.start >= m.span.end && v.span.end <= w.span.start)
                .count();
            // "X, which represents ..., said": the remark between is X's.
            let between = s.text[m.span.end..w.span.start].trim();
            let remark =
                (between.starts_with(',') || between.starts_with("),")) && between.ends_with(',');
            if gap <= 1 || remark {
                return Some((widened(s, m), m.party));
            }
        }
        // "said Hamas": the name after is who spoke; after "told" it is who
        // listened ("two Arab diplomats told The Times of Israel").
        if !matches!(w.lower.as_str(), "told" | "tells" | "telling" | "tell")
            && let Some(m) = mention_after(s, j + 1, 2)
        {
            return Some((widened(s, m), m.party));
        }
    }
    None
}

/// A speaker's words with "a spokesperson for" before them, when there,
/// and with a name next to them that qualifies them or that they qualify
/// ("U.S. Secretary of State Antony Blinken", "according to U.S.
/// officials": the country, then the people).
pub fn widened(s: &Sentence, m: &Mention) -> Range<usize> {
    let adjacent = |a: &Range<usize>, b: &Range<usize>| {
        a.end <= b.start && s.text[a.end..b.start].trim().is_empty()
    };
    let before = s.mentions.iter().find(|p| adjacent(&p.span, &m.span));
    let after = s.mentions.iter().find(|p| adjacent(&m.span, &p.span));
    // "a Saudi official said": the person's role is of the speaker's words.
    let role = s.words.iter().find(|w| {
        adjacent(&m.span, &w.span) && lexicon::ROLES.contains(&w.lower.trim_end_matches('s'))
    });
    if before.is_some() || after.is_some() || role.is_some() {
        let end = after.map_or(m.span.end, |p| p.span.end);
        return before.map_or(m.span.start, |p| p.span.start)..role.map_or(end, |w| w.span.end);
    }
    let Some(first) = s.words.iter().position(|w| w.span.start == m.span.start) else {
        return m.span.clone();
    };
    if first >= 2
        && s.words[first - 1].lower == "for"
        && matches!(
            s.words[first - 2].lower.as_str(),
            "spokesperson" | "spokesman" | "spokeswoman"
        )
    {
        let start = if first >= 3 && matches!(s.words[first - 3].lower.as_str(), "a" | "the") {
            first - 3
        } else {
            first - 2
        };
        return s.words[start].span.start..m.span.end;
    }
    m.span.clone()
}

/// Whether punctuation that ends a clause stands before word `j`.
pub fn boundary_before(s: &Sentence, j: usize) -> bool {
    if j == 0 || j >= s.words.len() {
        return true;
    }
    let between = &s.text[s.words[j - 1].span.end..s.words[j].span.start];
    // Quote marks are not bounds: reports quote words inside a phrase
    // (to trigger the "snapback" of sanctions).
    if between.contains([',', ';', ':', '(', ')', '\u{2014}', '?', '!']) || between.contains(" - ")
    {
        return true;
    }
    // A quote mark after a whole phrase bounds it ('the new package
    // "within days"'); after an article or a preposition it opens the
    // phrase's own words ('to trigger the "snapback" of sanctions').
    let previous = s.words[j - 1].lower.as_str();
    between.ends_with(['"', '\u{201c}'])
        && !matches!(
            previous,
            "the" | "a" | "an" | "its" | "their" | "his" | "her"
        )
        && !lexicon::PREPOSITIONS.contains(&previous)
}
