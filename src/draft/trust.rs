//! Doubts found on text the rules were not tuned on: a candidate that
//! reads as sure but whose holder or position the rules cannot vouch for is
//! written commented out. A commented line still saves typing; a wrong
//! uncommented one misleads (issue 27: counted on the spent hold-outs, most
//! wrong uncommented lines had the wrong holder).

use std::collections::HashSet;

use crate::model::Relation;

use super::lexicon::{CLAUSE_BREAKS, PARTY_NOUNS, REFERRING, TIME_LEADS, TIMES_ALONE};
use super::parties::{Mention, Nature, Party};
use super::phrase::Found;

/// The one bare noun a report seldom leaves unclear: most name one
/// government ("the government has refused to ...").
const GOVERNMENT: &str = "government";

/// Why a sure candidate of one sentence is unsure, from where its holder
/// is named: the party named before the cue is in another clause ("M23
/// resumed talks, but a fresh row threatened to stall ..."; "Rafiyev said
/// the presidency ... urged"), unless that clause names it again or a
/// pronoun stands for it ("Hamas said it rejected ...").
pub(super) fn across_clause(
    article: &str,
    mentions: &[Mention],
    f: &Found,
) -> Option<&'static str> {
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
    let named_again = mentions
        .iter()
        .any(|m| m.span.start >= clause_start && m.span.start < cue_start);
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

/// Why a sure candidate is unsure, from its holder and position:
/// - its holder is a bare common noun ("the company", "rebels",
///   "officials"): the report may name several such parties, and the
///   rules tie it to one by a guess;
/// - its position is a time ("put forward in December", "refused
///   throughout the talks"): what was put forward stands before the cue.
pub(super) fn doubt(
    article: &str,
    list: &[Party],
    inner: &HashSet<String>,
    f: &Found,
) -> Option<&'static str> {
    if bare_noun(article, &list[f.holder], inner)
        && !GOVERNMENT.eq_ignore_ascii_case(&list[f.holder].label)
    {
        return Some("the holder is a bare noun (\"the company\"): which party is it?");
    }
    let timed = [&f.target, &f.other].into_iter().flatten().any(|t| {
        let words: Vec<String> = article[t.clone()]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let first = words.first().map_or("", String::as_str);
        // "in December", "on the opening day": a short phrase; "throughout
        // the talks to restore it" at any length.
        TIMES_ALONE.contains(&first) || (TIME_LEADS.contains(&first) && words.len() <= 4)
    });
    timed.then_some("the words after the cue say when, not what: the position stands before it")
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
