//! A position named by a pronoun ("the union had not responded to it",
//! "Hanoi rejected that"): the position the sentence before drafted, when
//! it drafted one only. Else the candidate keeps its pronoun and is
//! written commented out (a position of one word).

use std::ops::Range;

use crate::model::Relation;
use crate::resolve::normalise;

use super::phrase::Found;

/// Words that stand for a position named before.
const POINTING: &[&str] = &["it", "that", "this", "them", "those", "these"];

/// Gives each candidate of `here` whose position is a pronoun the one
/// position `before` (the previous sentence's positions) names, when its
/// positions are all one.
pub(super) fn resolve(article: &str, here: &mut [Found], before: &[Range<usize>]) {
    let mut named: Vec<(String, &Range<usize>)> = before
        .iter()
        .map(|t| (normalise(&article[t.clone()]), t))
        .collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    named.dedup_by(|a, b| a.0 == b.0);
    let [(_, only)] = named.as_slice() else {
        return;
    };
    for f in here.iter_mut().filter(|f| f.relation.is_some()) {
        let pronoun = f
            .target
            .as_ref()
            .is_some_and(|t| POINTING.contains(&normalise(&article[t.clone()]).as_str()));
        if pronoun {
            f.target = Some((*only).clone());
        }
    }
}

/// The positions a sentence's candidates name, for the sentence after it.
pub(super) fn positions_of(here: &[Found]) -> Vec<Range<usize>> {
    here.iter()
        .filter(|f| f.relation.is_some())
        .filter_map(|f| f.target.clone())
        .collect()
}

/// "Sudan accepted the freeze" after "the envoy proposed a 90-day freeze
/// on new construction": a position named by one noun with "the" ("that",
/// "its") is the nearest position before it whose words hold that noun.
/// Run after the nouns of the lexicon's anaphora ("the offer") are read.
pub(super) fn the_noun_before(article: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        if let Some(target) = found[i].target.clone()
            && let Some(noun) = pointing_noun(article, &target, false)
            && let Some(earlier) = holding(article, &found[..i], &noun)
        {
            found[i].target = Some(earlier);
        }
        // "The plan calls for a six-week truce" after "Egypt put forward a
        // three-phase plan": the terms are of that plan, not of a new one.
        if found[i].relation == Some(Relation::PartOf)
            && let Some(other) = found[i].other.clone()
            && let Some(noun) = pointing_noun(article, &other, true)
            && let Some(earlier) = holding(article, &found[..i], &noun)
        {
            found[i].other = Some(earlier);
        }
    }
}

/// The noun of a position named by one noun after "the" ("that", "its"),
/// or by the noun alone when `bare` (a proposal's terms name it so).
fn pointing_noun(article: &str, span: &Range<usize>, bare: bool) -> Option<String> {
    let words = article[span.clone()].to_lowercase();
    let noun = match words.split_once(' ') {
        Some((determiner, noun)) => {
            matches!(determiner, "the" | "that" | "this" | "its" | "their").then_some(noun)?
        }
        None if bare => words.as_str(),
        None => return None,
    };
    noun.chars()
        .all(char::is_alphabetic)
        .then(|| noun.to_owned())
}

/// The nearest position of `before` (within the look-back) of more than
/// two words that holds `noun`.
fn holding(article: &str, before: &[Found], noun: &str) -> Option<Range<usize>> {
    before
        .iter()
        .rev()
        .take(super::earlier::LOOK_BACK)
        .flat_map(|f| [&f.target, &f.other])
        .flatten()
        .find(|t| {
            let words = normalise(&article[(*t).clone()]);
            words.split(' ').count() > 2 && words.split(' ').any(|w| w == noun)
        })
        .cloned()
}
