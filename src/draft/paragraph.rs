//! Demands a paragraph lists after naming whose they are: "Moscow's
//! memorandum ... Other demands included a ban on X and official status
//! for Y". The list names no holder; the party that demanded last does.

use crate::model::Relation;

use super::phrase::{Found, phrase_after, quote};
use super::reading::Sentence;

/// Words before "demands" that say the list goes on.
const MORE: &[&str] = &["other", "further", "additional", "its", "their"];

/// Nouns of a list of demands.
const DEMAND_NOUNS: &[&str] = &["demands", "conditions", "requirements", "requests"];

/// Verbs that open the list.
const LISTING: &[&str] = &["included", "include", "includes", "were"];

/// "Other demands included X": the last party to demand demands X. The
/// candidates the cue "demands" fired there (held by a party called
/// "Other") give way.
pub(super) fn other_demands(s: &Sentence, here: &mut Vec<Found>) {
    let Some(demander) = s.demander else {
        return;
    };
    for j in 1..s.words.len().saturating_sub(1) {
        let listed = MORE.contains(&s.words[j - 1].lower.as_str())
            && DEMAND_NOUNS.contains(&s.words[j].lower.as_str())
            && LISTING.contains(&s.words[j + 1].lower.as_str());
        if !listed {
            continue;
        }
        let Some(target) = phrase_after(s, j + 2) else {
            continue;
        };
        let at = s.words[j].span.start;
        here.retain(|f| !f.quote.contains(&at));
        here.push(Found {
            holder: demander,
            relation: Some(Relation::Demands),
            target: Some(super::phrase::bytes(s, &target)),
            other: None,
            quote: quote(s, j - 1, &target),
            speaker: None,
            cue: "other demands included",
            unsure: None,
        });
    }
}
