//! Where a sentence names a party: the graph's names, titles with names
//! ("Prime Minister Keir Starmer", "ILA President Harold Daggett"), proper
//! names, acronyms in brackets, and common nouns of parties ("the
//! dockworkers' union", "management"), each resolved to a party of
//! [`Parties`].

use std::collections::HashSet;
use std::ops::Range;

use crate::model::NodeKind;

use super::lexicon;
use super::parties::{KnownNames, Mention, Nature, Parties, label_of};
use super::sentences::Word;
use super::titles::{capital_run, org_and_title, title_of, titled, titled_of_party};

/// The longest a dateline's place runs, in bytes ("LOS ANGELES").
const DATELINE_PLACE_BYTES: usize = 40;

/// The most words a name of the graph is matched over.
const LONGEST_NAME: usize = 6;

/// Capitalised words found inside sentences (not first): these are names
/// even where they open a sentence.
pub fn inner_capitals(sentences: &[Vec<Word>]) -> HashSet<String> {
    sentences
        .iter()
        .flat_map(|words| words.iter().skip(1))
        .filter(|w| w.capital)
        .map(|w| w.lower.clone())
        .collect()
}

/// "Jeep parent company Stellantis": the name is the party, and the noun
/// before it says what kind of party it is (read later for "the company").
/// `(i, free_from)`: the word looked at and the first word no mention
/// holds. The mention and the word after it.
fn named_after_noun(
    text: &str,
    words: &[Word],
    (i, free_from): (usize, usize),
    known: &KnownNames<'_>,
    parties: &mut Parties,
) -> Option<(Mention, usize)> {
    let noun_end = common(words, i)?;
    if !words.get(noun_end).is_some_and(|w| w.spaced) || capital_run(words, noun_end) == 0 {
        return None;
    }
    let end = noun_end + capital_run(words, noun_end);
    let start = modifiers_start(words, i).max(free_from);
    let span = words[start].span.start..words[end - 1].span.end;
    let name = words[noun_end].span.start..words[end - 1].span.end;
    let party = parties.party(&text[name], known);
    parties.describe(party, words[noun_end - 1].lower.trim_end_matches("'s"));
    Some((Mention { span, party }, end))
}

/// Every party `words` (one sentence) names, in order, none overlapping.
pub fn mentions(
    text: &str,
    words: &[Word],
    known: &KnownNames<'_>,
    inner: &HashSet<String>,
    parties: &mut Parties,
) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    let mut free_from = 0;
    while i < words.len() {
        // "JOHANNESBURG, April 24 (Wire) - ...": the agency of a dateline
        // reports; it is no party.
        if dateline_agency(text, &words[i])
            || dateline_place(text, &words[i])
            || dateline_region(text, &words[i])
        {
            i += 1;
            continue;
        }
        // "told The Times of Israel": the outlet a source spoke to
        // reports; it is no party.
        if let Some(end) = outlet_told(words, i) {
            i = end;
            free_from = end;
            continue;
        }
        // "ILA President Harold Daggett", "EU trade chief Maros Sefcovic":
        // the person speaks for the organisation named first.
        if let Some((mention, end)) = org_and_title(text, words, i, known, parties) {
            out.push(mention);
            i = end;
            free_from = end;
            continue;
        }
        if let Some((mention, end)) = titled_of_party(text, words, i, known, parties) {
            out.push(mention);
            i = end;
            free_from = end;
            continue;
        }
        if let Some(m) = stand_in(words, i, &out, parties) {
            out.push(m);
            i += 2;
            free_from = i;
            continue;
        }
        // "The president of the United Auto Workers": the union speaks.
        if let Some((first, end)) = title_of(words, i) {
            let span = words[i].span.start..words[end - 1].span.end;
            let org = words[first].span.start..words[end - 1].span.end;
            let party = parties.party(&text[org], known);
            out.push(Mention { span, party });
            i = end;
            free_from = end;
            continue;
        }
        if let Some((mention, end)) = named_after_noun(text, words, (i, free_from), known, parties)
        {
            out.push(mention);
            i = end;
            free_from = end;
            continue;
        }
        let mut person_at = None;
        let found = graph_name(text, words, i, known)
            .or_else(|| titled(words, i))
            .or_else(|| proper(words, i, inner))
            .map(|end| (i, end))
            .or_else(|| {
                // "union president Ana Ruiz": the person, with whom they speak for.
                let end = common(words, i)?;
                person_at = titled(words, end).map(|_| end);
                let end = titled(words, end).unwrap_or(end);
                Some((modifiers_start(words, i).max(free_from), end))
            });
        match found {
            Some((start, end)) => {
                // "Liberians United for Reconciliation and Democracy
                // (LURD)": the name runs back over its small words to where
                // its initials spell the acronym; one party, not two.
                let start = acronym_after(text, words, end)
                    .and_then(|a| spelled_back(text, words, start, &words[a]))
                    .unwrap_or(start);
                out.retain(|m| m.span.start < words[start].span.start);
                let span = words[start].span.start..words[end - 1].span.end;
                let mut party = parties.party(&text[span.clone()], known);
                if let Some(title) = person_at {
                    party =
                        member_after_noun(text, words, (i, title), &span, party, known, parties);
                }
                out.push(Mention { span, party });
                i = end;
                // "The New Zealand Nurses Organisation (NZNO)": the
                // acronym names the same party from here on.
                if let Some(acronym) = acronym_after(text, words, end) {
                    let full = words[start].span.start..words[acronym].span.end;
                    // One mention of both, so that a claim's quote opens
                    // with the name, not "NZNO) demanded".
                    let closed = text[full.end..]
                        .strip_prefix(')')
                        .map_or(full.end, |_| full.end + 1);
                    name_with_acronym(
                        text,
                        full.clone(),
                        words[acronym].span.clone(),
                        party,
                        parties,
                    );
                    if let Some(last) = out.last_mut() {
                        last.span = full.start..closed;
                    }
                    i = acronym + 1;
                }
                free_from = i;
            }
            None => i += 1,
        }
    }
    super::ministries::steered_bodies(text, &mut out, parties);
    super::apposition::link(text, words, &mut out, parties);
    super::ministries::link(text, words, known, &mut out, parties);
    side_by_side(text, &out, parties);
    parties.opener = out.first().map(|m| m.party).or(parties.opener);
    out
}

/// Keeps the last two parties (no person) of `out` joined by "and"
/// ("the leaders of Thailand and Cambodia") as the sides a later "both
/// sides" means.
fn side_by_side(text: &str, out: &[Mention], parties: &mut Parties) {
    for pair in out.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let joined = text
            .get(a.span.end..b.span.start)
            .is_some_and(|between| between.trim() == "and");
        if joined
            && a.party != b.party
            && !parties.is_person(a.party)
            && !parties.is_person(b.party)
        {
            parties.pair = Some((a.party, b.party));
        }
    }
}

/// Two words at `i` that name a party named before: "his side" (the party
/// of the one who speaks, see [`Parties::side_of`]); "both sides", "both
/// delegations", "the two sides": the two parties named most, the second
/// kept in [`Parties::both`].
fn stand_in(words: &[Word], i: usize, out: &[Mention], parties: &mut Parties) -> Option<Mention> {
    let next = words.get(i + 1)?;
    let span = words[i].span.start..next.span.end;
    if matches!(words[i].lower.as_str(), "his" | "her" | "their" | "our") && next.lower == "side" {
        let party = parties.side_of(out.last().map(|m| m.party))?;
        return Some(Mention { span, party });
    }
    let both = [["both", "sides"], ["both", "delegations"], ["two", "sides"]]
        .iter()
        .any(|p| words[i].lower == p[0] && next.lower == p[1]);
    if !both {
        return None;
    }
    let (a, b) = parties.pair.or_else(|| parties.two_sides())?;
    parties.both.push((span.start, b));
    Some(Mention { span, party: a })
}

/// Whether a word is in a dateline's place: capitals opening a line, a
/// comma after them ("BAKU, Nov 23 - ...", "LOS ANGELES, July 9",
/// "OTTAWA/BEIJING, Sept 10 - ..."): where the report was filed, no party.
fn dateline_place(text: &str, w: &Word) -> bool {
    // Capitals first: the look back to the line's start is for them only.
    let piece = &text[w.span.clone()];
    if !w.capital || piece.chars().any(char::is_lowercase) {
        return false;
    }
    // A place is a few words: look back a little way for the line's start.
    let mut from = w.span.start.saturating_sub(DATELINE_PLACE_BYTES);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let line_start = match text[from..w.span.start].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let line = &text[line_start..];
    let Some(place) = line.split(',').next() else {
        return false;
    };
    // "BAKU, Nov 23 - ...", "LOS ANGELES, July 9 (Wire) -": a date, then a
    // dash or the agency; not "UAW, the union ..." opening a paragraph.
    let after = &line[place.len()..];
    let head = &after[..after.char_indices().nth(40).map_or(after.len(), |(i, _)| i)];
    let dated = head.contains([' ', '('])
        && (head.contains(" - ") || head.contains(['(', '\u{2014}', '\u{2013}']));
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    dated
        && letters >= 3
        && place.len() <= DATELINE_PLACE_BYTES
        && w.span.end <= line_start + place.len()
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '\t' | '.' | '-' | '/'))
}

/// Whether a word is the region or country after a dateline's place
/// ("AKOSOMBO, Ghana (Reuters) - ..."): it says where the report was
/// filed, as the place does, and is no party.
fn dateline_region(text: &str, w: &Word) -> bool {
    if !w.capital || w.span.start < 2 {
        return false;
    }
    let line_start = text[..w.span.start].rfind('\n').map_or(0, |i| i + 1);
    let Some((place, _)) = text[line_start..w.span.start].split_once(',') else {
        return false;
    };
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = letters >= 3
        && place.len() <= DATELINE_PLACE_BYTES
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '\t' | '.' | '-' | '/'));
    // Between the place's comma and the word: a few more words of the
    // dateline, no sentence ("BAKU, Azerbaijan, Nov 23").
    let between = &text[line_start + place.len() + 1..w.span.start];
    let short = between.len() <= DATELINE_PLACE_BYTES && !between.contains(['.', '(', '-']);
    // After the word, before the agency or the dash: more of the same.
    let rest = &text[w.span.end..];
    // "Feb 9": a date, read as before (no place).
    if rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let stop = rest.find(['(', '\u{2014}', '\u{2013}', '\n']);
    let stop = match rest.find(" - ") {
        Some(dash) => Some(stop.map_or(dash, |s| s.min(dash))),
        None => stop,
    };
    let closes = stop.is_some_and(|at| {
        at <= DATELINE_PLACE_BYTES
            && !rest[..at].contains('.')
            && matches!(
                rest[at..].chars().next(),
                Some('(' | ' ' | '\u{2014}' | '\u{2013}')
            )
    });
    capitals && short && closes
}

/// Whether a word is in brackets with a dash after them: "(Wire) -",
/// "(AP) —", a dateline's agency.
fn dateline_agency(text: &str, w: &Word) -> bool {
    let before = text[..w.span.start].trim_end_matches(' ');
    let after = text[w.span.end..].trim_start_matches(' ');
    before.ends_with('(')
        && after
            .strip_prefix(')')
            .is_some_and(|rest| rest.trim_start().starts_with(['-', '\u{2014}', '\u{2013}']))
}

/// The word at `i`, when it is an acronym in brackets: "(NZNO)".
fn acronym_after(text: &str, words: &[Word], i: usize) -> Option<usize> {
    let w = words.get(i)?;
    let before = &text[words[i - 1].span.end..w.span.start];
    let piece = &text[w.span.clone()];
    let upper = piece
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        && piece.len() >= 2;
    (upper && before.trim() == "(" && text[w.span.end..].starts_with(')')).then_some(i)
}

/// Small words a full name spells its acronym over ("for", "and").
const NAME_JOINERS: &[&str] = &["for", "and", "of", "the", "on", "in"];

/// The first word of a full name ending before word `start`'s name, when
/// the name runs back over small words ([`NAME_JOINERS`]) and the initials
/// of its capitalised words spell `acronym`: "Liberians United for
/// Reconciliation and Democracy (LURD)" from "Democracy".
fn spelled_back(text: &str, words: &[Word], start: usize, acronym: &Word) -> Option<usize> {
    let letters: String = text[acronym.span.clone()]
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let initials = |from: usize| -> String {
        words[from..]
            .iter()
            .take_while(|w| w.span.start < acronym.span.start)
            .filter(|w| w.capital)
            .filter_map(|w| w.lower.chars().next())
            .collect()
    };
    let mut k = start;
    while k > 0 && start - k < 8 {
        let before = &words[k - 1];
        // A name runs on only over spaces, not over a comma or a quote.
        if !words[k].spaced {
            break;
        }
        if !(before.capital || NAME_JOINERS.contains(&before.lower.as_str())) {
            break;
        }
        k -= 1;
        if words[k].capital && initials(k) == letters {
            return (k < start).then_some(k);
        }
    }
    None
}

/// The end (exclusive word index) of the longest graph party name at `i`.
fn graph_name(text: &str, words: &[Word], i: usize, known: &KnownNames<'_>) -> Option<usize> {
    (1..=LONGEST_NAME.min(words.len() - i))
        .rev()
        .find(|&n| {
            let span = words[i].span.start..words[i + n - 1].span.end;
            known
                .get(&text[span])
                .is_some_and(|k| k.kind == NodeKind::Party)
        })
        .map(|n| i + n)
}

/// The end of a news outlet's name at word `i` when a source "told" it
/// or gave it an interview: "told The Times of Israel", "told Reuters", "in
/// an interview with Al Jazeera" (a name with a word of
/// [`lexicon::NEWS_WORDS`], or one whose "The" is capitalised inside the
/// sentence, as newspapers' names are).
fn outlet_told(words: &[Word], i: usize) -> Option<usize> {
    let before = |k: usize| i.checked_sub(k).map_or("", |j| words[j].lower.as_str());
    let listener = matches!(before(1), "told" | "tells" | "telling" | "tell")
        || (before(1) == "with" && before(2) == "interview");
    if !listener {
        return None;
    }
    let the = usize::from(words[i].lower == "the");
    let end = i + the + capital_run(words, i + the);
    let capital_the = the == 1 && words[i].capital;
    let news = words[i..end]
        .iter()
        .any(|w| lexicon::NEWS_WORDS.contains(&w.lower.as_str()));
    (end > i + the && (news || capital_the)).then_some(end)
}

/// "The New Zealand Nurses Organisation (NZNO)": the acronym names party
/// `party` from here on, and its label keeps it ("Nurses Organisation
/// (NZNO)"), a country's excepted.
fn name_with_acronym(
    text: &str,
    full: Range<usize>,
    acronym: Range<usize>,
    party: usize,
    parties: &mut Parties,
) {
    parties.acronym(&text[acronym], party);
    let named = &mut parties.list[party];
    let country = matches!(named.nature, Nature::Country(_));
    if !named.known && !country && !named.label.contains('(') {
        label_of(&text[full.start..=full.end]).clone_into(&mut named.label);
    }
}

/// "federation president Marieke de Wit": the person is a member of the
/// party the noun stands for ("the federation" named in full before) and,
/// when it was named before, speaks for it, by their surname later too
/// ("De Wit rejected"). The party of the mention.
fn member_after_noun(
    text: &str,
    words: &[Word],
    (noun_at, title): (usize, usize),
    span: &Range<usize>,
    party: usize,
    known: &KnownNames<'_>,
    parties: &mut Parties,
) -> usize {
    let noun = words[noun_at].span.start..words[title - 1].span.end;
    let before = parties.list.len();
    let group = parties.party(&text[noun.clone()], known);
    let person = &text[words[title].span.start..span.end];
    if group == party || parties.is_person(group) {
        return party;
    }
    parties.member(
        person,
        &text[noun.start..span.end],
        group,
        noun.start..span.end,
    );
    if group >= before {
        return party;
    }
    let names: Vec<&str> = person.split(' ').collect();
    for n in 1..names.len().min(3) {
        parties.alias(&names[names.len() - n..].join(" "), group);
    }
    group
}

/// A proper name: capitalised words, with a party noun after them if there
/// is one ("Israeli government"). A sentence's first word counts only if it
/// is capitalised inside some sentence too.
fn proper(words: &[Word], i: usize, inner: &HashSet<String>) -> Option<usize> {
    let mut n = capital_run(words, i);
    if n == 0 {
        return None;
    }
    // A sentence's first word is a name if it is one inside sentences, or
    // if a verb follows it ("Hamas rejected ...").
    // "U.S. Secretary of State ...": letters joined by dots are a name.
    let abbreviation =
        words[0].lower.contains('.') && words[0].lower.split('.').all(|p| p.chars().count() == 1);
    let opener_is_name = inner.contains(&words[0].lower)
        || abbreviation
        || words.get(1).is_some_and(|w| verb_like(&w.lower));
    if i == 0 && n == 1 && !opener_is_name {
        return None;
    }
    if i == 0 && !opener_is_name {
        // "Union leaders": the opener is not part of the name.
        return proper(words, 1, inner).filter(|_| n > 1).map(|e| e.max(n));
    }
    let names_group = |w: &Word| {
        w.spaced
            && (lexicon::PARTY_NOUNS.contains(&w.lower.as_str())
                || matches!(w.lower.as_str(), "group" | "movement"))
    };
    match words.get(i + n) {
        Some(w) if lexicon::PARTY_NOUNS.contains(&w.lower.as_str()) && w.spaced => n += 1,
        // "the Hamas militant group": the name is the party, not a modifier.
        Some(w) if w.spaced && !w.capital && words.get(i + n + 1).is_some_and(names_group) => {}
        // "a senior Hamas official", "a Hamas spokesman": the name of the
        // party a person speaks for, no modifier.
        Some(w) if w.spaced && lexicon::ROLES.contains(&w.lower.as_str()) => {}
        // "the Geneva consensus": a name used as a modifier, not a party.
        Some(w) if w.spaced && !w.capital && modifies(&w.lower) => return None,
        _ => {}
    }
    Some(i + n)
}

/// Whether a lower-case word after a name makes the name its modifier: not
/// a verb, a preposition or a joining word.
fn modifies(next: &str) -> bool {
    !(verb_like(next)
        || next.ends_with("ed")
        || lexicon::PREPOSITIONS.contains(&next)
        || matches!(
            next,
            "and"
                | "or"
                | "but"
                | "which"
                | "who"
                | "that"
                | "whose"
                | "as"
                | "if"
                | "when"
                | "while"
                | "itself"
                | "alone"
                | "too"
                | "first"
                | "last"
                | "now"
                | "again"
        ))
}

/// Whether a word is a verb that follows a subject: a cue's first word, a
/// verb of saying, an auxiliary.
fn verb_like(word: &str) -> bool {
    lexicon::verb_like(word)
}

/// A party named by a common noun: "the dockworkers' union", "management".
/// The name runs from after the article (at most three words back) to the noun.
fn common(words: &[Word], i: usize) -> Option<usize> {
    let is_noun = |w: &Word| lexicon::PARTY_NOUNS.contains(&w.lower.trim_end_matches("'s"));
    if !is_noun(&words[i]) {
        return None;
    }
    // "union leaders": the last noun names the party.
    let more = words[i + 1..].iter().take_while(|w| is_noun(w)).count();
    Some(i + 1 + more)
}

/// Widens a common-noun mention back to its modifiers: "the dockworkers'
/// union" rather than "union". Returns the first word of the name.
fn modifiers_start(words: &[Word], noun: usize) -> usize {
    let back = noun.saturating_sub(3);
    let determiner = (back..noun).rev().find(|&j| {
        matches!(
            words[j].lower.as_str(),
            "the" | "its" | "their" | "a" | "an"
        )
    });
    if let Some(j) = determiner {
        return j + 1;
    }
    // No article: capitalised words and party nouns before it ("Union
    // leaders", "union officials").
    let mut start = noun;
    while start > back {
        let w = &words[start - 1];
        let named = w.capital && !lexicon::not_a_name(&w.lower);
        if !(named || lexicon::PARTY_NOUNS.contains(&w.lower.as_str())) {
            break;
        }
        start -= 1;
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::parties::Parties;
    use crate::draft::sentences::{sentences, words};

    fn named(text: &str) -> Vec<(String, String)> {
        let known = KnownNames::default();
        let spans = sentences(text);
        let all: Vec<Vec<Word>> = spans.iter().map(|s| words(text, s.clone())).collect();
        let inner = inner_capitals(&all);
        let mut parties = Parties::default();
        let mut out = Vec::new();
        for w in &all {
            for m in mentions(text, w, &known, &inner, &mut parties) {
                out.push((text[m.span].to_owned(), parties.list[m.party].id.clone()));
            }
        }
        out
    }

    #[test]
    fn titles_names_and_surnames_are_one_party() {
        let got = named("Prime Minister Ada Lind met Hamas. Lind said no.");
        assert_eq!(
            got,
            [
                ("Prime Minister Ada Lind".into(), "ada-lind".into()),
                ("Hamas".into(), "hamas".into()),
                ("Lind".into(), "ada-lind".into()),
            ]
        );
    }

    #[test]
    fn governments_and_common_nouns_are_parties() {
        let got = named("The Norwegian government backed management.");
        let ids: Vec<&str> = got.iter().map(|(_, id)| id.as_str()).collect();
        assert_eq!(ids, ["norwegian-government", "management"]);
    }
}
