//! Threats no "threatened" names: an ultimatum ("told China it has a month
//! to seal a trade deal or face tariffs") and a walkout a side stands ready
//! for ("workers are prepared to walk off the job if ...", "would refuse to
//! work unless a deal is reached"). Other cues read these sentences
//! wrongly (the one given the ultimatum "agrees to" it, the workers
//! "propose" to walk off, "refuse" rejects "work"): their candidates give
//! way to the threat.

use std::ops::Range;

use crate::model::Relation;

use super::phrase::{Found, bytes, matches_at, phrase_after, quote};
use super::reading::{Sentence, boundary_before, speaker};

/// The most words of a walkout's trigger.
const TRIGGER_WORDS: usize = 16;

/// Words before a walkout that say a side stands ready for it ("would
/// strike if" is read in [`super::threats::implied`]).
const READY: &[&str] = &["prepared to", "ready to", "poised to"];

/// Verbs by which a party sets an ultimatum to another.
const TELLING: &[&str] = &[
    "told", "tells", "telling", "gave", "gives", "giving", "warned",
];

/// A walkout: the measure of a labour side's threat.
const WALKOUTS: &[&str] = &[
    "walk off the job",
    "walk out",
    "walk off",
    "strike",
    "stop work",
];

/// A walkout said as a refusal, after "would" or "will": the side
/// threatens it, it rejects nothing.
const REFUSE_TO_WORK: &str = "refuse to work";

/// The threats of `s` said as an ultimatum or a readiness to walk out;
/// the candidates that misread their words are dropped from `here`.
pub(super) fn find(s: &Sentence, here: &mut Vec<Found>) {
    for j in 0..s.words.len() {
        let found = if matches_at(s.words, j, "or face") {
            ultimatum(s, j)
        } else {
            walkout(s, j)
        };
        let Some(mut found) = found else {
            continue;
        };
        let threat = found[0].target.clone().unwrap_or_default();
        // Candidates whose position runs into the measure, or holds it.
        let or_at = s.words[j].span.start;
        here.retain(|f| {
            !f.target.as_ref().is_some_and(|t| {
                t.contains(&or_at) || t.start == threat.start || threat.contains(&t.start)
            })
        });
        here.append(&mut found);
    }
}

/// "X told Y to agree to A or face M", "Y had two weeks to agree to A or
/// face M, X said": X threatens M (the trigger, no deal, for the analyst
/// to name) and demands A. `or` is the word "or".
fn ultimatum(s: &Sentence, or: usize) -> Option<Vec<Found>> {
    let measure = phrase_after(s, or + 2)?;
    // The act demanded: from the "to" nearest before "or" that opens a
    // verb ("to agree to a deal", not "to a deal").
    let to = (0..or).rev().find(|&k| {
        s.words[k].lower == "to"
            && k + 1 < or
            && !matches!(s.words[k + 1].lower.as_str(), "a" | "an" | "the")
    })?;
    let act = to + 1..or;
    // The one given the ultimatum is named last before the act; the one
    // setting it is another party named before, or the speaker.
    let before = |at: usize| {
        s.mentions
            .iter()
            .rev()
            .find(move |m| m.span.end <= s.words[at].span.start)
    };
    let nearest = before(to)?;
    // "Washington told China it had a month to ...": the one telling is
    // named just before the telling verb (the one told may be no mention).
    let tells = s
        .words
        .iter()
        .find(|w| w.span.start >= nearest.span.end)
        .is_some_and(|w| TELLING.contains(&w.lower.as_str()));
    let setter = if tells {
        nearest.party
    } else {
        s.mentions
            .iter()
            .rev()
            .filter(|m| m.span.end <= nearest.span.start && m.party != nearest.party)
            .map(|m| m.party)
            .next()
            .or_else(|| speaker(s).map(|(_, p)| p).filter(|p| *p != nearest.party))?
    };
    let from = s
        .words
        .iter()
        .position(|w| w.span.start >= nearest.span.start)?;
    Some(vec![
        claim(
            s,
            setter,
            Relation::Threatens,
            measure.clone(),
            from,
            "or face",
        ),
        claim(s, setter, Relation::Demands, act, from, "or face"),
    ])
}

/// "X are prepared to walk off the job if T", "X would refuse to work
/// unless T": X threatens the walkout, T its trigger. `at` is the first
/// word of the readiness.
fn walkout(s: &Sentence, at: usize) -> Option<Vec<Found>> {
    let modal = matches!(s.words[at].lower.as_str(), "would" | "will");
    let ready = READY
        .iter()
        .find(|r| matches_at(s.words, at, r))
        .map_or(1, |r| r.split(' ').count());
    let mut start = at + ready;
    // "would also refuse to work".
    if s.words.get(start).is_some_and(|w| w.lower == "also") {
        start += 1;
    }
    let walkouts: &[&str] = if modal { &[REFUSE_TO_WORK] } else { WALKOUTS };
    if !modal && !READY.iter().any(|r| matches_at(s.words, at, r)) {
        return None;
    }
    let measure = walkouts.iter().find(|w| matches_at(s.words, start, w))?;
    let measure = start..start + measure.split(' ').count();
    let trigger_at = (measure.end..s.words.len().min(measure.end + 8))
        .find(|&k| matches!(s.words[k].lower.as_str(), "if" | "unless"))?;
    // The trigger runs to its clause's end: "if freight-rail companies
    // don't reach agreements", past the verb a phrase stops at.
    let trigger_end = (trigger_at + 2..s.words.len())
        .find(|&k| boundary_before(s, k))
        .unwrap_or(s.words.len())
        .min(trigger_at + 1 + TRIGGER_WORDS);
    if trigger_end <= trigger_at + 1 {
        return None;
    }
    let trigger = trigger_at + 1..trigger_end;
    let holder = s
        .mentions
        .iter()
        .rev()
        .find(|m| m.span.end <= s.words[at].span.start)?;
    let from = s
        .words
        .iter()
        .position(|w| w.span.start >= holder.span.start)?;
    // The whole walkout: "walk off the job at the end of the week".
    let measure = phrase_after(s, measure.start)
        .filter(|p| p.end <= trigger_at)
        .unwrap_or(measure);
    let cue = if modal {
        "would refuse to work unless"
    } else {
        "ready to walk out if"
    };
    let mut threat = claim(s, holder.party, Relation::Threatens, measure, from, cue);
    threat.other = Some(bytes(s, &trigger));
    threat.quote = quote(s, from, &trigger);
    Some(vec![threat])
}

fn claim(
    s: &Sentence,
    holder: usize,
    relation: Relation,
    target: Range<usize>,
    from: usize,
    cue: &'static str,
) -> Found {
    Found {
        holder,
        relation: Some(relation),
        target: Some(bytes(s, &target)),
        other: None,
        quote: quote(s, from, &target),
        speaker: speaker(s),
        cue,
        unsure: None,
    }
}
