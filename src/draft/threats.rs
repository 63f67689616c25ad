//! Threats with their trigger: "X threatened to M if T", "X warned that it
//! would M should T", and measures of pressure a party "would" take "if"
//! another acts though no word calls them a threat.

use crate::model::Relation;

use super::lexicon;
use super::parties::Mention;
use super::phrase::{Found, bytes, matches_at, phrase_after, quote};
use super::reading::{Sentence, aside, holder, mention_before, word_at};

/// "The army would recall its delegation if the rebels advanced": a
/// measure of pressure ([`lexicon::THREAT_MEASURES`]) a party would take if
/// or unless another acts is a threat, though no word calls it one. Not
/// "only if" or "even if" (a condition, a concession), not a modal a
/// claim of the sentence has read already.
pub(super) fn implied(s: &Sentence, found: &[Found]) -> Vec<Found> {
    let mut out = Vec::new();
    for j in 0..s.words.len() {
        if !matches!(
            s.words[j].lower.as_str(),
            "would" | "could" | "might" | "will"
        ) {
            continue;
        }
        let mut verb = j + 1;
        while s
            .words
            .get(verb)
            .is_some_and(|w| matches!(w.lower.as_str(), "also" | "then" | "immediately"))
        {
            verb += 1;
        }
        // "might be forced to close ...", "would have to strike".
        for lead in ["be forced to", "have to", "be obliged to"] {
            if matches_at(s.words, verb, lead) {
                verb += lead.split(' ').count();
            }
        }
        let measure = s
            .words
            .get(verb)
            .is_some_and(|w| lexicon::THREAT_MEASURES.contains(&w.lower.as_str()));
        // "should the bloc retaliate", "should Health New Zealand fail":
        // "should" before its subject is an "if".
        let inverted = |k: usize| {
            s.words[k].lower == "should"
                && s.words
                    .get(k + 1)
                    .is_some_and(|w| w.lower == "the" || w.capital)
        };
        let trigger = (verb + 1..s.words.len()).find(|&k| {
            (matches!(s.words[k].lower.as_str(), "if" | "unless") || inverted(k))
                && !matches!(s.words[k - 1].lower.as_str(), "only" | "even")
        });
        let at = s.words[j].span.start;
        let read = found
            .iter()
            .chain(&out)
            .any(|f| f.quote.contains(&at) || f.target.as_ref().is_some_and(|t| t.contains(&at)));
        if !measure || trigger.is_none() || read {
            continue;
        }
        if let Some(mut threat) = threat(s, j, verb - j) {
            threat.cue = "would ... if";
            // Sure only of a party named by its name just before "would":
            // "it", "actors", "the company" may not be the party meant.
            let named_subject = mention_before(s, j).is_some_and(|m| {
                s.words[j - 1].span.end == m.span.end
                    && s.text[m.span.clone()]
                        .trim_start_matches("the ")
                        .trim_start_matches("The ")
                        .starts_with(char::is_uppercase)
            });
            if !named_subject {
                threat.unsure = threat.unsure.or(Some(
                    "the one who would act is not named just before \"would\"",
                ));
            }
            out.push(threat);
        }
    }
    out
}

/// "X threatened to M if T", "X warned that it would M should T".
pub(super) fn threat(s: &Sentence, at: usize, n: usize) -> Option<Found> {
    let mut from = at + n;
    let mut actor = None;
    if s.words.get(from).is_some_and(|w| w.lower == "that") {
        // "warned that (should T,) Y would M": the measure follows "would"
        // or "will", and Y, named just before it, makes the threat.
        let modal = (from..s.words.len())
            .find(|&j| matches!(s.words[j].lower.as_str(), "would" | "will"))?;
        actor = s.mentions.iter().rev().find(|m| {
            m.span.end <= s.words[modal].span.start
                && m.span.start >= s.words[from].span.start
                && !aside(s, m)
        });
        from = modal + 1;
    }
    let measure = phrase_after(s, from)?;
    // The party that warns makes the threat; failing it, the one named
    // before "would".
    let named = |m: &&Mention| s.text[m.span.clone()].starts_with(char::is_uppercase);
    let (holder, holder_word, unsure) = match (mention_before(s, at), actor) {
        // "Trump warned that ... the United States will M": a name there
        // says who would act.
        (_, Some(m)) if named(&m) => (m.party, word_at(s, m.span.start), None),
        (None, Some(m)) => (m.party, word_at(s, m.span.start), None),
        _ => holder(s, at, at + n)?,
    };
    // "the workers' strike that ... threatened the recovery": the strike
    // threatens, not the party that owns it.
    let owned = holder_word.and_then(|h| {
        let m = s
            .mentions
            .iter()
            .find(|m| m.span.start == s.words[h].span.start)?;
        let after = &s.text[m.span.end..];
        let rest = after.strip_prefix(['\'', '\u{2019}'])?;
        (!rest.starts_with('s')).then_some(())
    });
    let unsure = unsure
        .or(owned.map(|()| "the subject is the party's (its strike, its offer), not the party"));
    let trigger = (at + n..s.words.len())
        .filter(|j| !measure.contains(j))
        .find(|&j| matches!(s.words[j].lower.as_str(), "if" | "should" | "unless"))
        .and_then(|j| phrase_after(s, j + 1))
        .filter(|t| t.start >= measure.end || t.end <= measure.start);
    let first = holder_word.unwrap_or(at).min(at).min(
        trigger
            .as_ref()
            .map_or(usize::MAX, |t| t.start.saturating_sub(1)),
    );
    let last = trigger
        .clone()
        .filter(|t| t.end > measure.end)
        .unwrap_or_else(|| measure.clone());
    let first = if holder_word.is_some_and(|h| h < at) {
        holder_word.unwrap_or(at)
    } else {
        first.min(measure.start)
    };
    Some(Found {
        holder,
        relation: Some(Relation::Threatens),
        target: Some(bytes(s, &measure)),
        other: trigger.as_ref().map(|t| bytes(s, t)),
        quote: quote(s, first.min(at), &last),
        speaker: None,
        cue: "",
        unsure,
    })
}
