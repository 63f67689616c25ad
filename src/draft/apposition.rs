//! A person named beside the party they speak for, by apposition: "Mara
//! Kell, a spokeswoman for the Harbour Guild", "Ida Roos, the guild's chief
//! negotiator", "The guild's lead negotiator, Ida Roos", "Ida Roos, who
//! heads the guild's delegation". The person is a member of the party, and
//! what they say the party holds (the person is the speaker), as for "ILA
//! President Harold Daggett" (see [`super::mentions`]).

use std::ops::Range;

use super::lexicon;
use super::parties::{Mention, Nature, Parties};
use super::sentences::Word;

/// The most words an appositive phrase ("a spokesman for the rebels'
/// political umbrella") runs over.
const LONGEST_APPOSITIVE: usize = 10;

/// Links each person of `mentions` (one sentence's) named beside a party's
/// role to that party: their mention becomes the party's, and the person a
/// member of it.
pub(super) fn link(text: &str, words: &[Word], mentions: &mut [Mention], parties: &mut Parties) {
    for k in 0..mentions.len() {
        let Some((first, end)) = word_range(words, &mentions[k].span) else {
            continue;
        };
        if !person_like(text, &mentions[k], parties) {
            continue;
        }
        let after = phrase_after(words, end).filter(|p| introduces_role(words, p));
        let before = phrase_before(words, first).filter(|p| names_role(words, p));
        let Some((phrase, group)) = [after, before]
            .into_iter()
            .flatten()
            .find_map(|p| group_in(text, words, &p, mentions, parties).map(|g| (p, g)))
        else {
            continue;
        };
        let person = mentions[k].party;
        let span =
            words[first.min(phrase.start)].span.start..words[(end.max(phrase.end)) - 1].span.end;
        parties.speaks_for(person, group, span);
        // The person, and "his side" after them, is the party.
        for m in mentions.iter_mut().filter(|m| m.party == person) {
            m.party = group;
        }
    }
}

/// The first and end word of a span of the sentence.
fn word_range(words: &[Word], span: &Range<usize>) -> Option<(usize, usize)> {
    let first = words.iter().position(|w| w.span.start == span.start)?;
    let end = words.iter().position(|w| w.span.end == span.end)? + 1;
    Some((first, end))
}

/// The words after a comma following word `end` up to the next comma, or
/// the sentence's end (at most [`LONGEST_APPOSITIVE`]).
fn phrase_after(words: &[Word], end: usize) -> Option<Range<usize>> {
    let next = words.get(end)?;
    if next.spaced {
        return None;
    }
    let stop = (end + 1..words.len())
        .find(|&j| !words[j].spaced && !words[j].lower.starts_with('\''))
        .unwrap_or(words.len());
    (stop - end <= LONGEST_APPOSITIVE).then_some(end..stop)
}

/// The words from the sentence's start or a comma to the comma before
/// word `first`.
fn phrase_before(words: &[Word], first: usize) -> Option<Range<usize>> {
    if first == 0 || words[first].spaced {
        return None;
    }
    let start = (1..first).rev().find(|&j| !words[j].spaced).unwrap_or(0);
    (first - start <= LONGEST_APPOSITIVE).then_some(start..first)
}

/// "a spokesman for ...", "the guild's chief negotiator", "who heads ...":
/// an appositive that says what the person is.
fn introduces_role(words: &[Word], p: &Range<usize>) -> bool {
    let opener = words[p.start].lower.as_str();
    if opener == "who" {
        return words
            .get(p.start + 1)
            .is_some_and(|w| lexicon::HEADS.contains(&w.lower.as_str()));
    }
    matches!(opener, "a" | "an" | "the") && names_role(words, p)
}

/// Whether the phrase holds a role ("spokesman", "head", "negotiator")
/// and no verb of saying (then it is a clause of its own, not a name).
fn names_role(words: &[Word], p: &Range<usize>) -> bool {
    let ws = &words[p.clone()];
    ws.iter()
        .any(|w| lexicon::ROLES.contains(&w.lower.as_str()))
        && !ws.iter().any(|w| lexicon::is_said(&w.lower))
}

/// The party the phrase names that is not a person: the first, else none.
fn group_in(
    text: &str,
    words: &[Word],
    p: &Range<usize>,
    mentions: &[Mention],
    parties: &Parties,
) -> Option<usize> {
    let from = words[p.start].span.start;
    let to = words[p.end - 1].span.end;
    mentions
        .iter()
        .filter(|m| m.span.start >= from && m.span.end <= to)
        .find(|m| !person_like(text, m, parties))
        .map(|m| m.party)
}

/// Whether a mention names a person: a titled name, or two to four
/// capitalised words with no word of an organisation ("Ezra Vale", not
/// "Harbour Guild") that are no country or acronym.
fn person_like(text: &str, m: &Mention, parties: &Parties) -> bool {
    let party = &parties.list[m.party];
    match party.nature {
        Nature::Person => return true,
        Nature::Country(_) => return false,
        Nature::Group => {}
    }
    if party.known || party.acronym.is_some() {
        return false;
    }
    let name = &text[m.span.clone()];
    let names: Vec<&str> = name.split_whitespace().collect();
    let capitalised = names
        .iter()
        .all(|w| w.starts_with(char::is_uppercase) || lexicon::name_particle(w));
    let organisation = names.iter().any(|w| {
        let w = w.to_lowercase();
        let w = w.trim_end_matches("'s").trim_end_matches('\'');
        lexicon::PARTY_NOUNS.contains(&w)
            || lexicon::ORGANISATION_WORDS.contains(&w)
            || lexicon::COREFERENTS
                .iter()
                .any(|(_, kinds)| kinds.contains(&w))
    });
    (2..=4).contains(&names.len()) && capitalised && !organisation
}

#[cfg(test)]
mod tests {
    use crate::draft::draft;
    use crate::model::Relation;

    fn members(article: &str) -> Vec<(String, String)> {
        let d = draft(article, "s", None).expect("drafts");
        d.claims
            .iter()
            .filter(|c| c.relation == Some(Relation::MemberOf))
            .map(|c| (c.holder.clone(), c.target.clone().unwrap_or_default()))
            .collect()
    }

    fn holders(article: &str, relation: Relation) -> Vec<String> {
        let d = draft(article, "s", None).expect("drafts");
        d.claims
            .iter()
            .filter(|c| c.relation == Some(relation))
            .map(|c| c.holder.clone())
            .collect()
    }

    #[test]
    fn a_spokeswoman_for_a_party_speaks_for_it() {
        let article = "The Harbour Guild met the Port Board on Monday. Mara Kell, a spokeswoman for \
                       the Harbour Guild, said the guild rejected the Port Board's offer of 4%.";
        assert_eq!(
            members(article),
            [("kell".to_owned(), "harbour-guild".to_owned())]
        );
        assert_eq!(holders(article, Relation::Rejects), ["harbour-guild"]);
    }

    #[test]
    fn a_possessive_role_before_or_after_the_name_links_the_person() {
        let after = "Talks resumed in Oslo. Ida Roos, the Ferry Guild's chief negotiator, \
                     demanded a 9% rise.";
        assert_eq!(holders(after, Relation::Demands), ["ferry-guild"]);
        let before = "Talks resumed in Oslo. The Ferry Guild's lead negotiator, Ida Roos, \
                      demanded a 9% rise.";
        assert_eq!(holders(before, Relation::Demands), ["ferry-guild"]);
        // Her surname later is the guild (its delegation) again.
        let later = "Talks resumed in Oslo. Ida Roos, who heads the Ferry Guild's delegation, \
                     spoke first. Roos demanded a 9% rise.";
        let got = holders(later, Relation::Demands);
        assert!(
            got.len() == 1 && got[0].starts_with("ferry-guild"),
            "{got:?}"
        );
    }

    #[test]
    fn two_parties_side_by_side_are_not_a_person_and_a_role() {
        // A party, then an appositive with no role: nobody is a member.
        let article = "The Ferry Guild, a union of 900 crews, demanded a 9% rise from Nordline \
                       Shipping.";
        assert!(members(article).is_empty());
        assert_eq!(holders(article, Relation::Demands), ["ferry-guild"]);
    }
}
