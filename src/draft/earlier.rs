//! A claim whose position the sentence names only by a noun or "it"
//! ("rejected the demand", "countered with ...", "It would give ..."):
//! taken from the claims drafted before it. Each looks back at most
//! [`LOOK_BACK`] candidates, so a long article costs linear time.

use crate::model::Relation;
use crate::resolve::normalise;

use super::lexicon;
use super::phrase::Found;

/// How many earlier candidates a back reference is looked for among: a
/// report names what "the offer" is within a few paragraphs.
pub(super) const LOOK_BACK: usize = 64;

/// "Rejected the demand", "accepted the offer": the position is the last
/// one demanded (or proposed) before, by another party.
pub(super) fn resolve_anaphora(article: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let Some(target) = found[i].target.clone() else {
            continue;
        };
        let words = normalise(&article[target]);
        let words = ["its ", "their ", "that ", "this ", "his ", "her "]
            .iter()
            .find_map(|p| words.strip_prefix(p))
            .unwrap_or(&words);
        // "the proposal", "that framework", "the offer within hours": the
        // noun alone, or followed only by when.
        let mut parts = words.split(' ');
        let noun = parts.next().unwrap_or_default();
        let then = parts.next();
        let alone = then.is_none_or(|w| {
            matches!(
                w,
                "within"
                    | "on"
                    | "after"
                    | "at"
                    | "last"
                    | "in"
                    | "by"
                    | "outright"
                    | "immediately"
            )
        });
        let Some((_, relation)) = lexicon::ANAPHORA.iter().find(|(w, _)| *w == noun && alone)
        else {
            continue;
        };
        // A counter's offer is put forward too.
        let earlier = found[..i]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .filter(|f| f.holder != found[i].holder)
            .find_map(|f| match f.relation {
                Some(r) if r == *relation => f.target.clone(),
                Some(Relation::Counters) if *relation == Relation::Proposes => f.other.clone(),
                _ => None,
            });
        if earlier.is_some() {
            found[i].target = earlier;
            // "Has not responded to that offer": a silence about something
            // named before is as good as the guess of which.
            if found[i].relation == Some(Relation::Ignores) && found[i].unsure.is_none() {
                found[i].unsure = Some(
                    "what is not answered is taken to be the last such position of another party: check it",
                );
            }
        }
    }
}

/// "Tehran countered with a proposal for B": what is countered, when the
/// sentence does not say, is taken to be the last position another party
/// demanded or put forward (the counter stays unsure, with why).
pub(super) fn answered_before(found: &mut [Found]) {
    for i in 0..found.len() {
        if found[i].relation != Some(Relation::Counters) || found[i].target.is_some() {
            continue;
        }
        // What it rejected just before ("Iran rejected the U.S. demand
        // outright. Tehran countered with ..."), else what another party
        // put forward last.
        let holder = found[i].holder;
        let rejected = found[i.saturating_sub(3)..i]
            .iter()
            .rev()
            .find(|f| f.holder == holder && f.relation == Some(Relation::Rejects))
            .and_then(|f| f.target.clone());
        let earlier = rejected.or_else(|| {
            found[..i]
                .iter()
                .rev()
                .take(LOOK_BACK)
                .filter(|f| f.holder != holder)
                .find_map(|f| match f.relation {
                    Some(Relation::Demands | Relation::Proposes) => f.target.clone(),
                    Some(Relation::Counters) => f.other.clone(),
                    _ => None,
                })
        });
        if earlier.is_some() {
            found[i].target = earlier;
            found[i].unsure = Some(
                "what is countered is taken to be the last position another party put forward: check it",
            );
        }
    }
}

/// "It would give ...", "Under it, ...": the terms of the proposal put
/// forward last (a counter's offer, a replacing offer), of its party.
pub(super) fn terms_of_it(article: &str, found: &mut [Found]) {
    for i in 0..found.len() {
        let it = found[i].relation == Some(Relation::PartOf)
            && found[i]
                .other
                .as_ref()
                .is_some_and(|o| normalise(&article[o.clone()]) == "it");
        if !it {
            continue;
        }
        let last = found[..i]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .find_map(|f| match f.relation {
                Some(Relation::Proposes | Relation::Supersedes) => {
                    Some((f.holder, f.target.clone()?))
                }
                Some(Relation::Counters) => Some((f.holder, f.other.clone()?)),
                _ => None,
            });
        if let Some((holder, proposal)) = last {
            found[i].holder = holder;
            found[i].other = Some(proposal);
        }
    }
}
