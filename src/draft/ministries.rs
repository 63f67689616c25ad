//! A ministry or a minister the sentence names with no country beside it:
//! "..., the commerce ministry said", "ministry spokesman Liang Wei",
//! "Foreign Office spokeswoman Sadia Qureshi", "Labour Minister Jeon
//! Ha-yoon". Wire prose names the government once ("China will keep ...",
//! "Pakistan said ...") and then its ministry or spokesperson: the country
//! speaks, not a party called "ministry" nor a person tied to no one. The
//! country is the one the mention itself names ("Qatar's foreign ministry
//! spokesman", "Chinese commerce ministry"), else the first country the
//! sentence names before it outside a quotation, else the one the sentence
//! before opened with. A body named by the country that steers it ("the
//! U.S.-chaired committee") is that country, too.

use crate::resolve::normalise;

use super::naming::{Nature, country_of_name};
use super::parties::{KnownNames, Mention, Parties};
use super::sentences::Word;

/// How many words before a mention may name its country ("Chilean
/// commerce ministry spokesman").
const LEAD_WORDS: usize = 3;

/// Words of a mention that make it a government's: its ministry, a
/// minister, the Foreign Office.
fn governmental(said: &str) -> bool {
    said.split(' ')
        .any(|w| matches!(w, "ministry" | "minister" | "ministry's"))
        || said.contains("foreign office")
}

/// Gives each ministry or minister of `mentions` (one sentence's, `words`)
/// that names no country its country: the mention becomes the country's,
/// and a person a member of it who speaks for it from here on.
pub(super) fn link(
    text: &str,
    words: &[Word],
    known: &KnownNames<'_>,
    mentions: &mut [Mention],
    parties: &mut Parties,
) {
    let opener = parties.opener;
    for k in 0..mentions.len() {
        let p = mentions[k].party;
        let span = mentions[k].span.clone();
        let said = normalise(&text[span.clone()]);
        if !governmental(&said) || matches!(parties.list[p].nature, Nature::Country(_)) {
            continue;
        }
        let person = parties.is_person(p) && !parties.tied(p) && !parties.list[p].known;
        let bare_ministry = bare_ministry(&parties.list[p].label);
        // "Qatar's foreign ministry spokesman Majed al-Ansari": a member of
        // a party called "ministry" (see super::titles).
        let member_of_ministry = parties
            .members
            .iter()
            .position(|(_, group, at)| *at == span && bare_ministry_party(parties, *group));
        if !person && !bare_ministry && member_of_ministry.is_none() {
            continue;
        }
        let Some(country) = named_within(text, words, &span, known, parties)
            .or_else(|| named_before(text, words, &mentions[..k], parties))
            .or_else(|| opener.filter(|&o| is_country(parties, o)))
        else {
            continue;
        };
        mentions[k].party = country;
        if let Some(m) = member_of_ministry {
            parties.members[m].1 = country;
        } else if person {
            parties.speaks_for(p, country, span);
        }
    }
}

fn is_country(parties: &Parties, p: usize) -> bool {
    matches!(parties.list[p].nature, Nature::Country(_))
}

/// A party named "ministry", "commerce ministry", "the foreign ministry":
/// lower-case words after the first, the last "ministry" (a proper name,
/// "Ministry of Commerce", is a party of its own).
fn bare_ministry(label: &str) -> bool {
    let mut rest = label.split(' ').skip(1);
    label.to_lowercase().ends_with("ministry") && rest.all(|w| !w.starts_with(char::is_uppercase))
}

fn bare_ministry_party(parties: &Parties, p: usize) -> bool {
    bare_ministry(&parties.list[p].label)
}

/// The country a word of the mention names ("Qatar's", "Chinese").
fn named_within(
    text: &str,
    words: &[Word],
    span: &std::ops::Range<usize>,
    known: &KnownNames<'_>,
    parties: &mut Parties,
) -> Option<usize> {
    let first = words.iter().position(|w| w.span.start >= span.start)?;
    // "Chilean commerce ministry spokesman Li Ren": the words just before
    // the mention, joined to it by spaces, belong to it too.
    let mut from = first;
    while from > 0 && first - from < LEAD_WORDS && words[from].spaced {
        from -= 1;
    }
    let word = words[from..]
        .iter()
        .take_while(|w| w.span.end <= span.end)
        .filter(|w| w.capital)
        .find(|w| country_of_name(possessor(&w.lower)).is_some())?;
    let name = possessor(&text[word.span.clone()]);
    Some(parties.party(name, known))
}

/// The first country the sentence names before (not inside a quotation).
fn named_before(
    text: &str,
    words: &[Word],
    before: &[Mention],
    parties: &Parties,
) -> Option<usize> {
    // The sentence's opening quote mark stands before its first word.
    let first = words.first()?.span.start;
    let start = text[..first]
        .char_indices()
        .next_back()
        .filter(|(_, c)| matches!(c, '"' | '\u{201c}'))
        .map_or(first, |(at, _)| at);
    before
        .iter()
        .find(|m| is_country(parties, m.party) && !quoted(&text[start..m.span.start]))
        .map(|m| m.party)
}

/// Whether text ending here leaves a quotation open.
fn quoted(before: &str) -> bool {
    let straight = before.matches('"').count();
    let opened = before.matches('\u{201c}').count();
    let closed = before.matches('\u{201d}').count();
    straight % 2 == 1 || opened > closed
}

/// "Qatar" of "Qatar's".
fn possessor(word: &str) -> &str {
    word.trim_end_matches("'s").trim_end_matches("\u{2019}s")
}

/// Participles that make a body its steerer's: "the U.S.-chaired committee"
/// acts for the United States (it is no party called "chaired committee").
const STEERED: &[&str] = &["chaired", "brokered", "mediated", "hosted"];

/// A country's people at the table ("U.S. officials", as "Chinese
/// officials" is China: see `super::parties`).
const PEOPLE: &[&str] = &["officials", "negotiators", "delegation", "diplomats"];

/// "The U.S.-chaired committee": a body named by the country that steers
/// it, hyphened, is that country; one mention of both. So are "U.S.
/// officials".
pub(super) fn steered_bodies(text: &str, mentions: &mut Vec<Mention>, parties: &mut Parties) {
    let mut k = 1;
    while k < mentions.len() {
        let (before, here) = (&mentions[k - 1], &mentions[k]);
        let between = &text[before.span.end..here.span.start];
        let said = normalise(&text[here.span.clone()]);
        let steered = between == "-" && STEERED.iter().any(|p| said.starts_with(&format!("{p} ")));
        // "U.S. officials": the full stop of "U.S." ends the name there.
        let people = between == " " && PEOPLE.contains(&said.as_str());
        if (steered || people) && is_country(parties, before.party) {
            let merged = Mention {
                span: before.span.start..here.span.end,
                party: before.party,
            };
            // "The committee" later is the steerer's too.
            parties.stands_for(here.party, before.party);
            mentions.splice(k - 1..=k, [merged]);
        } else {
            k += 1;
        }
    }
}
