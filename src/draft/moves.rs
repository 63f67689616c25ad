//! Claims about the talks rather than a stance: who mediates ("talks
//! mediated by X", "X is mediating"), a counter-offer ("X countered with
//! B"), and a change over time ("X dropped Y"), left to the analyst.

use crate::model::Relation;

use super::lexicon;
use super::phrase::{Found, LONGEST_PHRASE, bytes, matches_at, phrase_after, quote};
use super::reading::{Sentence, boundary_before, holder, mention_after, mention_before};

/// "Mediators Egypt and Qatar have conveyed a new proposal to Hamas": each
/// party the noun "mediators" names mediates what they passed on.
pub fn mediators_named(s: &Sentence) -> Vec<Found> {
    let Some(noun) = s
        .words
        .iter()
        .position(|w| matches!(w.lower.as_str(), "mediators" | "mediator"))
    else {
        return Vec::new();
    };
    // The parties named one after another just after the noun.
    let mut named = Vec::new();
    let mut next = noun + 1;
    // "Mediators Norway" may be read as one name: the mention over the
    // word after the noun.
    let over = |j: usize| {
        let w = s.words.get(j)?;
        s.mentions
            .iter()
            .find(|m| m.span.start <= w.span.start && w.span.start < m.span.end)
    };
    while let Some(m) = over(next) {
        named.push(m);
        let Some(end) = s.words.iter().position(|w| w.span.end == m.span.end) else {
            break;
        };
        next = end + 1;
        match s.words.get(next).map(|w| w.lower.as_str()) {
            Some("and") => next += 1,
            _ if s.text[m.span.end..].starts_with(',') => {}
            _ => break,
        }
    }
    let Some(last) = named.last() else {
        return Vec::new();
    };
    let mut verb = s
        .words
        .iter()
        .position(|w| w.span.start > last.span.end)
        .unwrap_or(s.words.len());
    while s
        .words
        .get(verb)
        .is_some_and(|w| lexicon::AUXILIARIES.contains(&w.lower.as_str()))
    {
        verb += 1;
    }
    let passing = s.words.get(verb).is_some_and(|w| {
        matches!(
            w.lower.as_str(),
            "conveyed"
                | "passed"
                | "delivered"
                | "presented"
                | "relayed"
                | "sent"
                | "handed"
                | "submitted"
                | "transmitted"
                | "forwarded"
        )
    });
    let Some(what) = passing.then(|| phrase_after(s, verb + 1)).flatten() else {
        return Vec::new();
    };
    // "... a new plan to Hamas": whom it was passed to is no part of it.
    let to = (what.start + 1..what.end)
        .find(|&j| s.words[j].lower == "to" && mention_after(s, j + 1, 1).is_some());
    let what = bytes(s, &(what.start..to.unwrap_or(what.end)));
    named
        .iter()
        .map(|m| Found {
            holder: m.party,
            relation: Some(Relation::Mediates),
            target: Some(what.clone()),
            other: None,
            quote: s.words[noun].span.start..what.end,
            speaker: None,
            cue: "mediators",
            unsure: None,
        })
        .collect()
}

/// "talks mediated by X": X mediates the talks named before the cue.
pub fn mediated_by(s: &Sentence, at: usize, n: usize) -> Option<Found> {
    let m = mention_after(s, at + n, 2)?;
    let start = (0..at).rev().find(|&j| boundary_before(s, j)).unwrap_or(0);
    let start = (start..at)
        .find(|&j| {
            !matches!(
                s.words[j].lower.as_str(),
                "the" | "a" | "an" | "were" | "was" | "be"
            )
        })
        .unwrap_or(at);
    // "The talks were mediated by": the talks, without their verb.
    let mut end = at;
    while end > start
        && matches!(
            s.words[end - 1].lower.as_str(),
            "were" | "was" | "are" | "is" | "been" | "being" | "have" | "has"
        )
    {
        end -= 1;
    }
    // "agreed to a ceasefire and start talks on X under the mediation of
    // Y": the talks, not the whole clause.
    let start = (start..end)
        .rev()
        .find(|&j| {
            matches!(
                s.words[j].lower.as_str(),
                "talks" | "negotiations" | "dialogue"
            )
        })
        .filter(|&j| (start..j).any(|k| lexicon::verb_like(&s.words[k].lower)))
        .unwrap_or(start);
    let talks = (start < end).then_some(start..end)?;
    // "..., which is chaired by X": what "which" stands for is in the
    // clause before.
    if matches!(
        s.words[talks.start].lower.as_str(),
        "which" | "who" | "that"
    ) {
        return None;
    }
    let holder_end = s.words.iter().position(|w| w.span.end == m.span.end)?;
    Some(Found {
        holder: m.party,
        relation: Some(Relation::Mediates),
        target: Some(bytes(s, &talks)),
        other: None,
        quote: quote(s, talks.start, &(holder_end..holder_end + 1)),
        speaker: None,
        cue: "",
        unsure: None,
    })
}

/// "X is mediating talks between A and B".
pub fn mediating(s: &Sentence, at: usize, n: usize) -> Option<Found> {
    // "European Union-mediated talks": the name joined to the verb by its
    // hyphen, and nothing else, is the mediator (a side remark though it
    // is: "a day of European Union-mediated talks").
    let hyphened = at > 0 && &s.text[s.words[at - 1].span.end..s.words[at].span.start] == "-";
    let m = if hyphened {
        let end = s.words[at - 1].span.end;
        s.mentions.iter().find(|m| m.span.end == end)?
    } else {
        mention_before(s, at)?
    };
    let mut talks = phrase_after(s, at + n)?;
    if hyphened {
        // "Omani-mediated nuclear talks ended without ...": the talks are
        // the noun phrase, before the sentence's own verb.
        let verb = (talks.start + 1..talks.end).find(|&j| {
            let w = s.words[j].lower.as_str();
            w.ends_with("ed")
                || matches!(w, "without" | "on" | "began" | "broke" | "will" | "would")
        });
        talks.end = verb.unwrap_or(talks.end);
    }
    if s.words[at].lower == "hosted"
        && !(talks.start..talks.end.min(talks.start + 5)).any(|j| {
            matches!(
                s.words[j].lower.as_str(),
                "talks" | "round" | "rounds" | "negotiations" | "meeting" | "session" | "dialogue"
            )
        })
    {
        return None;
    }
    let from = s.words.iter().position(|w| w.span.start == m.span.start)?;
    // "a former head of the Council of State who has been brokering the
    // talks": "who" is a person the party was named to describe.
    let who = s.words[from..at].iter().any(|w| w.lower == "who");
    Some(Found {
        holder: m.party,
        relation: Some(Relation::Mediates),
        target: Some(bytes(s, &talks)),
        other: None,
        quote: quote(s, from, &talks),
        speaker: None,
        cue: "",
        unsure: who.then_some("\"who\" mediates: a person the party named before describes"),
    })
}

/// "X countered with B", "X instead proposed B": X answers what was put to
/// it (the position it rejected in this sentence, if any) with B.
pub fn counter(s: &Sentence, at: usize, n: usize, before: &[Found]) -> Option<Found> {
    let mut from = at + n;
    let mut answered = before
        .iter()
        .rev()
        .find(|f| f.relation == Some(Relation::Rejects))
        .and_then(|f| f.target.clone());
    let mut offer = None;
    let word = s.words[at].lower.as_str();
    if word == "instead" && s.words.get(from).is_some_and(|w| w.lower == "of") {
        // "offered B instead of A".
        answered = phrase_after(s, from + 1).map(|a| bytes(s, &a));
        offer = Some(before.last()?.target.clone()?);
    } else if word != "instead" {
        // "countered A with B".
        let with =
            (from..s.words.len().min(from + LONGEST_PHRASE)).find(|&j| s.words[j].lower == "with");
        // "countered in September with B": a time, not what is answered.
        let when = s.words.get(from).is_some_and(|w| {
            matches!(
                w.lower.as_str(),
                "in" | "on" | "at" | "last" | "this" | "later"
            )
        });
        if let Some(k) = with {
            if when {
                from = k + 1;
            } else {
                let start = (from..k)
                    .find(|&j| !matches!(s.words[j].lower.as_str(), "the" | "a" | "an"))
                    .unwrap_or(k);
                if start < k {
                    answered = Some(bytes(s, &(start..k)));
                }
                from = k + 1;
            }
        }
    } else if let Some(verb) = lexicon::CUES
        .iter()
        .filter(|c| matches_at(s.words, from, c.words))
        .map(|c| c.words.split(' ').count())
        .max()
    {
        // "instead proposed B", "instead put forward B": the offer follows the verb.
        from += verb;
    }
    let offer_bytes = match offer.or_else(|| phrase_after(s, from).map(|o| bytes(s, &o))) {
        Some(o) => o,
        // "X proposed B instead": B is the proposal just read.
        None => before.last()?.target.clone()?,
    };
    let (holder, holder_word, unsure) = holder(s, at, at + n)?;
    let start = holder_word.map_or(s.words[at].span.start, |w| s.words[w].span.start);
    let end = offer_bytes
        .end
        .max(s.words[at + n - 1].span.end)
        .max(answered.as_ref().map_or(0, |a| a.end));
    Some(Found {
        holder,
        relation: Some(Relation::Counters),
        unsure: unsure.or(answered
            .is_none()
            .then_some("what is countered is not in the sentence")),
        target: answered,
        other: Some(offer_bytes),
        quote: start.min(end)..end,
        speaker: None,
        cue: "",
    })
}

/// "X dropped its demand for Y", "no longer", "waived": a change over time,
/// always left to the analyst (an end date on the old claim, or `supersedes`).
pub fn change(s: &Sentence, at: usize, n: usize) -> Option<Found> {
    let what = phrase_after(s, at + n)?;
    let (holder, holder_word, _) = holder(s, at, at + n)?;
    Some(Found {
        holder,
        relation: None,
        target: Some(bytes(s, &what)),
        other: None,
        quote: quote(s, holder_word.unwrap_or(at), &what),
        speaker: None,
        cue: "",
        unsure: Some("a change over time: end the earlier claim or add `supersedes`"),
    })
}
