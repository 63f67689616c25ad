//! Offers a sentence spreads over several parties or options: "offers of
//! 9% from Nordline, 10% from Baltic Lines" (each party offers its
//! figure), "Option one was a 5% raise" (an option put forward by the
//! party that proposed last).

use crate::model::Relation;

use super::lexicon::{OFFER_WORDS, OPTION_ORDINALS};
use super::phrase::{Found, phrase_from};
use super::reading::Sentence;

/// The most words between a figure and its "from": "9% over four years
/// from Nordline".
const FIGURE_WORDS: usize = 4;

/// The claims of a sentence's offers by figure and party, of its
/// options, and of the damning verdicts passed on them.
pub(super) fn find(s: &Sentence) -> Vec<Found> {
    let mut out = from_parties(s);
    out.extend(option(s));
    out.extend(super::verdicts::find(s));
    out
}

/// "offers of 9% from Nordline, 10% from Baltic Lines and 11% from Skagen":
/// in a sentence about offers, a figure followed by "from" and a party is
/// that party's offer.
fn from_parties(s: &Sentence) -> Vec<Found> {
    if !s
        .words
        .iter()
        .any(|w| OFFER_WORDS.contains(&w.lower.as_str()))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (j, w) in s.words.iter().enumerate() {
        if w.lower != "from" {
            continue;
        }
        let Some(party) = s.words.get(j + 1).and_then(|n| {
            s.mentions.iter().find(|m| {
                m.span.start == n.span.start
                    || (n.lower == "the"
                        && m.span.start > n.span.start
                        && s.words
                            .get(j + 2)
                            .is_some_and(|a| a.span.start == m.span.start))
            })
        }) else {
            continue;
        };
        // The figure: the nearest word with a digit before "from", within
        // a few words, and no comma between.
        let Some(figure) = (j.saturating_sub(FIGURE_WORDS)..j)
            .rev()
            .take_while(|&k| !s.text[s.words[k].span.end..s.words[k + 1].span.start].contains(','))
            .filter(|&k| s.words[k].lower.contains(|c: char| c.is_ascii_digit()))
            .last()
        else {
            continue;
        };
        let target = s.words[figure].span.start..s.words[j - 1].span.end;
        out.push(Found {
            holder: party.party,
            relation: Some(Relation::Proposes),
            quote: target.start..party.span.end,
            target: Some(target),
            other: None,
            speaker: None,
            cue: "from",
            unsure: None,
        });
    }
    out
}

/// "Option one was a 5% raise over two years", "The second option would
/// be ...": an option put forward by the party that proposed last, else
/// the one the sentence before spoke of (so unsure).
fn option(s: &Sentence) -> Option<Found> {
    let w = |j: usize| s.words.get(j).map_or("", |w| w.lower.as_str());
    let at = (0..s.words.len()).find(|&j| {
        (w(j) == "option" && OPTION_ORDINALS.contains(&w(j + 1)))
            || (OPTION_ORDINALS.contains(&w(j)) && w(j + 1) == "option")
    })?;
    let copula = at + 2;
    let from = match (w(copula), w(copula + 1)) {
        ("was" | "is", _) => copula + 1,
        ("would", "be") => copula + 2,
        _ => return None,
    };
    let target = phrase_from(s, from)?;
    let holder = s.proposer.or(s.previous)?;
    let span = s.words[target.start].span.start..s.words[target.end - 1].span.end;
    Some(Found {
        holder,
        relation: Some(Relation::Proposes),
        quote: s.words[at].span.start..span.end,
        target: Some(span),
        other: None,
        speaker: None,
        cue: "option",
        unsure: Some("an option, taken to be put forward by the party that proposed last"),
    })
}
