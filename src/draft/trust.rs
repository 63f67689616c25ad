//! Doubts found on text the rules were not tuned on: a candidate that
//! reads as sure but whose holder or position the rules cannot vouch for is
//! written commented out. A commented line still saves typing; a wrong
//! uncommented one misleads (issue 27: counted on the spent hold-outs, most
//! wrong uncommented lines had the wrong holder).

use std::collections::HashSet;

use crate::model::Relation;

use super::lexicon::{
    CLAUSE_BREAKS, PARTY_NOUNS, REFERRING, TIME_LEADS, TIMES_ALONE, is_determiner, is_time_word,
};
use super::parties::{Nature, Parties, Party};
use super::phrase::Found;
use super::reading::{Sentence, aside};

/// The one bare noun a report seldom leaves unclear: most name one
/// government ("the government has refused to ...").
const GOVERNMENT: &str = "government";

/// Why a sure candidate of one sentence is unsure, from where its holder
/// is named: the party named before the cue is in another clause ("M23
/// resumed talks, but a fresh row threatened to stall ..."; "Rafiyev said
/// the presidency ... urged"), unless that clause names it again or a
/// pronoun stands for it ("Hamas said it rejected ...").
pub(super) fn across_clause(s: &Sentence, f: &Found) -> Option<&'static str> {
    let article = s.text;
    // A condition's or a replacement's subject is a position ("X said the
    // new contract replaces ..."): the speaker holds it.
    if matches!(
        f.relation,
        Some(Relation::ConditionsOn | Relation::Supersedes | Relation::PartOf)
    ) {
        return None;
    }
    let quote = &article[f.quote.clone()];
    let cue = cue_at(quote, f.cue)?;
    let before = &quote[..cue];
    let (at, brk) = CLAUSE_BREAKS
        .iter()
        .filter_map(|b| before.rfind(b).map(|at| (at, b.len())))
        .max()?;
    let clause_start = f.quote.start + at + brk;
    // The holder is the party named last before the cue: one named in
    // the clause is it ("the union said Berlin would back ...").
    let cue_start = f.quote.start + cue;
    // Not one in a side remark ("several factions, including the FSN,
    // rejected ...").
    let named_again = s
        .mentions
        .iter()
        .any(|m| m.span.start >= clause_start && m.span.start < cue_start && !aside(s, m));
    let rest = before[at + brk..].trim_start();
    let rest = rest.strip_prefix("that ").unwrap_or(rest);
    let pronoun = REFERRING.iter().any(|p| rest.starts_with(p));
    // "said Berlin stood ready to ...": a name opens the clause (the
    // holder is read from it); "said 91% of members had rejected ...": the
    // party's own vote.
    let name_or_vote = rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    (!named_again && !pronoun && !name_or_vote)
        .then_some("the party named before the cue is in another clause: check who holds it")
}

/// Why each party of `list` is unsure as a holder (see [`doubt`]), read
/// once per draft: the article is scanned per party, not per claim.
pub(super) fn holder_doubts(
    article: &str,
    parties: &Parties,
    inner: &HashSet<String>,
) -> Vec<Option<&'static str>> {
    let list = &parties.list;
    list.iter()
        .enumerate()
        .map(|(p, holder)| {
            if bare_noun(article, holder, inner) && !GOVERNMENT.eq_ignore_ascii_case(&holder.label)
            {
                Some("the holder is a bare noun (\"the company\"): which party is it?")
            } else if holder.nature == Nature::Person && !holder.known && !parties.tied(p) {
                // Unseen text held claims by a person where the report
                // ties them to a party elsewhere, or nowhere.
                Some("the holder is a person the report ties to no party: for which do they speak?")
            } else if introduced_as_person(article, holder) {
                Some("the holder is a person: for which party do they speak?")
            } else {
                None
            }
        })
        .collect()
}

/// Why a sure candidate is unsure, from its holder and position:
/// - its holder is a bare common noun ("the company", "rebels",
///   "officials"): the report may name several such parties, and the
///   rules tie it to one by a guess;
/// - its holder is a person the report introduces with "who" ("Petra
///   Lindqvist, who chaired the meeting"): whose side they speak for is
///   the analyst's call;
/// - a position is a time ("put forward in December", "refused
///   throughout the talks", "tabled on the opening day"): what was put
///   forward stands before the cue;
/// - a position points back ("any such link", "the counter-offer"): which
///   one it is, the rules did not find.
pub(super) fn doubt(
    article: &str,
    holders: &[Option<&'static str>],
    f: &Found,
) -> Option<&'static str> {
    if let Some(why) = holders[f.holder] {
        return Some(why);
    }
    // "has not provided the clarity": what was not given answers a
    // request the draft does not name.
    if f.relation == Some(Relation::Ignores) && f.cue.starts_with("provide") {
        return Some("what was not provided answers a request: name the request");
    }
    // "were unable to agree to a deal": the quote denies its own cue.
    let quote = &article[f.quote.clone()];
    if ["unable to ", "failed to "]
        .iter()
        .any(|d| quote.contains(d))
    {
        return Some(
            "the sentence says it did not happen (\"unable to agree\"): check the relation",
        );
    }
    if past_stance(article, f.quote.start) {
        return Some(
            "the sentence gives a stance of the past (\"For years it would ...\"): is it held now?",
        );
    }
    let positions = || [&f.target, &f.other].into_iter().flatten();
    if positions().any(|t| a_time(&article[t.clone()])) {
        return Some("the words after the cue say when, not what: the position stands before it");
    }
    let points_back = positions().any(|t| {
        let text = &article[t.clone()];
        let words: Vec<&str> = text
            .split_whitespace()
            .filter(|w| !is_determiner(w))
            .collect();
        let one_token = words.len() == 1 && !text.contains(|c: char| c.is_ascii_digit());
        words.iter().any(|w| w.eq_ignore_ascii_case("such")) || one_token
    });
    let one_word_is_enough = f.relation == Some(Relation::Mediates);
    (points_back && !one_word_is_enough)
        .then_some("the position points back (\"any such link\"): say which one it is")
}

/// Openings of a sentence that put what follows in the past, a stance
/// held then and since changed: "For years it would accept only ...".
const PAST_OPENINGS: &[&str] = &[
    "for years",
    "for decades",
    "for months",
    "until now",
    "until recently",
    "in the past",
];

/// Whether the sentence holding byte `at` opens with a [`PAST_OPENINGS`].
fn past_stance(article: &str, at: usize) -> bool {
    let before = &article[..at];
    let start = before.rfind(['.', '\n', '!', '?']).map_or(0, |i| i + 1);
    let opening: String = article[start..]
        .trim_start()
        .chars()
        .take(16)
        .collect::<String>()
        .to_lowercase();
    PAST_OPENINGS.iter().any(|p| {
        opening
            .strip_prefix(p)
            .is_some_and(|rest| rest.starts_with([' ', ',']))
    })
}

/// Whether a phrase says when, not what: "in December", "throughout the
/// talks to restore it", "the opening day", "in principle".
fn a_time(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let first = words.first().map_or("", String::as_str);
    let only_time = words
        .iter()
        .all(|w| is_time_word(w) || is_determiner(w) || TIME_LEADS.contains(&w.as_str()));
    TIMES_ALONE.contains(&first)
        || (TIME_LEADS.contains(&first) && words.len() <= 4)
        || (only_time && !words.is_empty())
}

/// Whether the report introduces a party as a person: "Petra Lindqvist,
/// who chaired the meeting, ..." (an organisation takes "which").
fn introduced_as_person(article: &str, party: &Party) -> bool {
    // "the office for Kosovo, who led ...": "who" is the office's head.
    !matches!(party.nature, Nature::Country(_))
        && std::iter::once(&party.label)
            .chain(&party.names)
            .any(|name| article.contains(&format!("{name}, who ")))
}

/// Whether a party is named by one common noun ("company", "rebels",
/// "the ministry"): a noun of [`PARTY_NOUNS`] with no name, acronym or
/// country of its own.
fn bare_noun(article: &str, party: &Party, inner: &HashSet<String>) -> bool {
    let label = party.label.trim();
    let label = label
        .strip_prefix("the ")
        .or_else(|| label.strip_prefix("The "))
        .unwrap_or(label);
    let one_word = !label.contains([' ', '-', '\'', '\u{2019}', '.']);
    let lower = label.to_lowercase();
    // "Hamas" opening a sentence is a name; "Company" there a noun, unless
    // the report capitalises it inside a sentence too.
    let noun = label.starts_with(char::is_lowercase)
        || (!inner.contains(&lower)
            && (PARTY_NOUNS.contains(&lower.as_str()) || written_lower(article, &lower)));
    one_word
        && noun
        && !party.known
        && party.acronym.is_none()
        && party.nature == Nature::Group
        && !label.chars().skip(1).any(char::is_uppercase)
}

/// Where the cue's first word stands in the quote, as a whole word.
fn cue_at(quote: &str, cue: &str) -> Option<usize> {
    let first = cue.split(' ').next()?;
    let lower = quote.to_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(first) {
        let at = from + i;
        let end = at + first.len();
        let starts = at == 0 || !lower[..at].ends_with(char::is_alphanumeric);
        let ends = !lower[end..].starts_with(char::is_alphanumeric);
        if starts && ends && lower.len() == quote.len() {
            return Some(at);
        }
        from = end;
    }
    None
}

/// Whether the article writes `word` in lower case somewhere ("Industry
/// rejected ..." and "the plastics industry"): a noun, not a name.
fn written_lower(article: &str, word: &str) -> bool {
    article
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == word)
}
