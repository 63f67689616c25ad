//! Titles in a sentence: "ILA President Harold Daggett" (a member of the
//! organisation named first), "Prime Minister Keir Starmer", "the
//! president of the United Auto Workers".

use crate::resolve::normalise;

use super::lexicon;
use super::parties::{KnownNames, Mention, Parties, key_of};
use super::sentences::Word;

/// "ILA President Harold Daggett" at word `i`: the organisation as the
/// party, the person a member of it; "Health Minister Simeon Brown" (a
/// portfolio, not a party): the person. The mention and its end in words.
pub(super) fn org_and_title(
    text: &str,
    words: &[Word],
    i: usize,
    known: &KnownNames<'_>,
    parties: &mut Parties,
) -> Option<(Mention, usize)> {
    let (org_end, title, end, named) = org_titled(text, words, i)?;
    let span = words[i].span.start..words[end - 1].span.end;
    let org = words[i].span.start..words[org_end - 1].span.end;
    // "Health Minister Simeon Brown": a portfolio, not a party.
    // A title with no name after it follows a country or a
    // possessive ("the ELN's lead negotiator"): the party speaks.
    if named && !parties.is_party_name(&text[org.clone()], known) {
        let person = words[title].span.start..span.end;
        let party = parties.party(&text[person], known);
        return Some((Mention { span, party }, end));
    }
    let party = parties.party(&text[org], known);
    if named {
        // "Daggett" after "ILA President Harold Daggett": the ILA again.
        parties.alias(&words[end - 1].lower, party);
        let person = &text[words[title].span.start..span.end];
        if super::naming::country_of_name(&key_of(person)).is_none() {
            parties.member(person, &text[span.clone()], party, span.clone());
        }
    }
    Some((Mention { span, party }, end))
}

/// "Foreign Minister Karim Hassan of Egypt" at word `i`: a title, a name,
/// "of" and a party the draft knows (a country, a party named before):
/// that party speaks, the person a member of it. The mention and its end
/// in words.
pub(super) fn titled_of_party(
    text: &str,
    words: &[Word],
    i: usize,
    known: &KnownNames<'_>,
    parties: &mut Parties,
) -> Option<(Mention, usize)> {
    let title = title_at(words, i)?;
    let run_end = titled(words, i)?;
    // A name runs over "of" ("Bank of England"): the "of" after the
    // person's name, within the run or just after it.
    let name_end =
        (i + title + 1..=run_end).find(|&k| words.get(k).is_some_and(|w| w.lower == "of"))?;
    let mut first = name_end + 1;
    if words.get(first)?.lower == "the" {
        first += 1;
    }
    let names = capital_run(words, first);
    if names == 0 || !words[first].spaced {
        return None;
    }
    let end = first + names;
    let org = &text[words[first].span.start..words[end - 1].span.end];
    if !parties.is_party_name(org, known) {
        return None;
    }
    let party = parties.party(org, known);
    let span = words[i].span.start..words[end - 1].span.end;
    let person = &text[words[i].span.start..words[name_end - 1].span.end];
    // "Hassan" after "Foreign Minister Karim Hassan of Egypt": Egypt again.
    parties.alias(&words[name_end - 1].lower, party);
    parties.member(person, person, party, span.clone());
    Some((Mention { span, party }, end))
}

/// How many words of the title at `i` ("prime minister"), if one is there.
fn title_at(words: &[Word], i: usize) -> Option<usize> {
    lexicon::TITLES
        .iter()
        .map(|t| t.trim_end_matches('.').split(' ').collect::<Vec<_>>())
        .filter(|t| {
            t.len() <= words.len() - i && t.iter().zip(&words[i..]).all(|(a, w)| w.lower == *a)
        })
        .map(|t| t.len())
        .max()
}

/// "ILA President Harold Daggett": a name (capitalised words, at most two),
/// at most one lower-case word ("trade"), a title, then a person's name.
/// The end of the organisation's name and of the whole, in words.
/// "The Iranian foreign minister" (a country, a title, no name) ends after
/// the title. The end of the organisation's name, where the title starts,
/// the end of the whole, and whether a person's name ends it.
fn org_titled(text: &str, words: &[Word], i: usize) -> Option<(usize, usize, usize, bool)> {
    let org = (0..capital_run(words, i).min(3))
        .take_while(|&k| title_at(words, i + k).is_none())
        .count();
    // A first word counts too: the title after it says it is a name.
    if org == 0 || lexicon::not_a_name(&words[i].lower) {
        return None;
    }
    let mut j = i + org;
    if title_at(words, j).is_none() && words.get(j).is_some_and(|w| !w.capital && w.spaced) {
        j += 1;
    }
    if !words.get(j)?.spaced {
        return None;
    }
    if let Some(end) = titled(words, j) {
        return Some((i + org, j, end, true));
    }
    let n = title_at(words, j)?;
    let org_name = &text[words[i].span.start..words[i + org - 1].span.end];
    // "The ELN's lead negotiator, ...": a possessive names the party too.
    let possessive = org_name.ends_with("'s") || org_name.ends_with("\u{2019}s");
    let country = super::naming::country_of_name(&normalise(org_name)).is_some();
    (country || possessive).then_some((i + org, j, j + n, false))
}

/// "The president of the United Auto Workers": a title, "of", a proper
/// name. The first and end word of the organisation's name.
pub(super) fn title_of(words: &[Word], i: usize) -> Option<(usize, usize)> {
    let n = title_at(words, i)?;
    let mut first = i + n;
    if words.get(first)?.lower != "of" {
        return None;
    }
    first += 1;
    if words.get(first)?.lower == "the" {
        first += 1;
    }
    let names = capital_run(words, first);
    (names > 0 && words[first].spaced).then_some((first, first + names))
}

/// "Prime Minister Keir Starmer": a title, then capitalised words.
pub(super) fn titled(words: &[Word], i: usize) -> Option<usize> {
    let n = title_at(words, i)?;
    if !words.get(i + n)?.spaced {
        return None;
    }
    let names = capital_run(words, i + n);
    (names > 0).then_some(i + n + names)
}

/// How many capitalised words (not sentence words such as "The") start at `i`.
pub(super) fn capital_run(words: &[Word], i: usize) -> usize {
    let name_word = |w: &Word| w.capital && !lexicon::not_a_name(&w.lower);
    let mut n = 0;
    while let Some(w) = words.get(i + n) {
        // "Ezzeldin al-Safi": a particle inside a name.
        let particle = n > 0 && w.spaced && lexicon::name_particle(&w.lower);
        let named = (n == 0 || w.spaced) && (name_word(w) || particle);
        // "Ministry of Water Resources and Irrigation", not "Qatar and Egypt".
        let joining = n > 0
            && matches!(w.lower.as_str(), "of" | "and")
            && w.spaced
            && words
                .get(i + n + 1)
                .is_some_and(|next| next.spaced && name_word(next))
            && (w.lower == "of"
                || words[i..i + n].iter().any(|p| p.lower == "of")
                || spelled_after(words, i, i + n));
        if !(named || joining) {
            break;
        }
        n += 1;
        // "Machinists Local 1005", "IAM District 751": the number names
        // which one.
        if lexicon::UNIT_WORDS.contains(&w.lower.as_str())
            && words
                .get(i + n)
                .is_some_and(|d| d.spaced && d.lower.chars().all(|c| c.is_ascii_digit()))
        {
            n += 1;
            break;
        }
    }
    n
}

/// "Justice and Equality Movement (JEM)": whether the capitalised words
/// after the "and" at `and` end the name an acronym just after spells with
/// those before it (the acronym set off, so not spaced). Without it "and"
/// joins two names ("Qatar and Egypt").
fn spelled_after(words: &[Word], start: usize, and: usize) -> bool {
    let capital = |w: &Word| w.capital && w.spaced;
    let end = (and + 1..words.len())
        .find(|&k| !capital(&words[k]))
        .unwrap_or(words.len());
    let Some(acronym) = words.get(end).filter(|w| w.capital && !w.spaced) else {
        return false;
    };
    let initials: String = words[start..end]
        .iter()
        .filter(|w| w.capital)
        .filter_map(|w| w.lower.chars().next())
        .collect();
    end > and + 1 && initials == acronym.lower
}
