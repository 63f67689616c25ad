//! A draft of the graph from a news report (`negograph draft`): the parties
//! and positions it names and the claims its sentences carry, each quoting
//! the article verbatim, for an analyst to correct and `apply`.
//!
//! Deterministic and offline: rules over sentences and a small lexicon
//! ([`lexicon`]), no model. The draft never writes text the article does
//! not hold, except the ids (and, for parties and positions the graph does
//! not know, the labels) it proposes, marked as proposed. A candidate the
//! rules are unsure of (a negation, a pronoun for its holder, a half
//! missing) is kept but written commented out. [`text`] writes a draft in
//! the text format (`.neg`); it is the only module that knows that syntax.
//!
//! ```
//! use negograph::draft;
//!
//! let article = "Union leaders demanded a 5% raise. Management rejected the demand.";
//! let d = draft::draft(article, "wire", None)?;
//! assert_eq!(d.claims[0].holder, "union-leaders");
//! assert_eq!(d.claims[0].quote, "Union leaders demanded a 5% raise");
//! assert!(article.contains(&d.claims[1].quote));
//! # Ok::<(), negograph::Error>(())
//! ```

mod agreed;
mod apposition;
mod builder;
mod changes;
mod claims;
mod conditions;
mod earlier;
mod enumerated;
mod excludes;
mod first_person;
mod follow_on;
pub mod lexicon;
mod lists;
mod mentions;
mod ministries;
mod moves;
mod naming;
mod obliged;
mod offers;
mod owned;
mod paragraph;
mod parties;
mod phrase;
mod plural;
mod pointing;
mod reading;
mod reference;
mod refusals;
mod relatives;
mod sentences;
mod terms;
pub mod text;
mod threats;
mod titles;
mod triggers;
mod trust;
mod ultimatums;
mod unless;
mod verdicts;

use std::collections::HashSet;
use std::ops::Range;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::graph::Graph;
use crate::limits::MAX_ARTICLE_BYTES;
use crate::model::{NodeKind, Relation};
use crate::resolve::normalise;

use parties::{KnownNames, Parties};
use phrase::Found;
use reading::Sentence;

/// A draft of the graph from one article.
#[derive(Clone, Debug, Serialize)]
pub struct Draft {
    /// The source id its claims cite.
    pub source: String,
    /// Whether the graph has that source already.
    pub source_known: bool,
    /// What notes above the report say of it ("# Title: ...", "# Date:
    /// ...", "# URL: ..."), for a new source's line.
    pub about: About,
    /// The parties the claims name, in the order first named.
    pub parties: Vec<DraftNode>,
    /// The positions the claims name, in the order first named.
    pub positions: Vec<DraftNode>,
    /// The candidate claims, in the article's order.
    pub claims: Vec<Candidate>,
}

/// A report's title, date and address, as notes above it give them.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct About {
    /// "# Title: ...".
    pub title: Option<String>,
    /// "# Date: YYYY-MM-DD ...": the date alone.
    pub date: Option<String>,
    /// "# URL: ...".
    pub url: Option<String>,
}

/// The notes above a report: lines "# Title: ...", "# Date: ...", "# URL:
/// ..." before its text, or between its headline and its text. A date
/// counts only as YYYY-MM-DD.
fn about(article: &str) -> About {
    let mut about = About::default();
    let mut first = true;
    for line in article.lines().map(str::trim) {
        if line.is_empty() {
            continue;
        }
        let Some(note) = line.strip_prefix('#') else {
            // A headline above the notes.
            if std::mem::take(&mut first) {
                continue;
            }
            break;
        };
        first = false;
        let Some((key, value)) = note.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match key.trim().to_ascii_lowercase().as_str() {
            "title" if !value.is_empty() => about.title = Some(value.to_owned()),
            "url" if !value.contains(char::is_whitespace) && !value.is_empty() => {
                about.url = Some(value.to_owned());
            }
            "date" => {
                let day = value.split_whitespace().next().unwrap_or_default();
                if day.len() == 10 && day.parse::<crate::model::Date>().is_ok() {
                    about.date = Some(day.to_owned());
                }
            }
            _ => {}
        }
    }
    about
}

/// A node a draft names.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct DraftNode {
    /// Its id: the graph's, or proposed.
    pub id: String,
    /// Its kind.
    pub kind: NodeKind,
    /// Its label: the graph's, or the article's words for it (proposed).
    pub label: String,
    /// Whether the graph has it already (else id and label are proposed).
    pub known: bool,
    /// Whether only unsure candidates name it (it is then written commented out).
    pub unsure_only: bool,
    /// Other names the article gives a new party ("UAW", "Tehran"): its
    /// aliases-to-be, none a name the graph or another node has.
    pub aliases: Vec<String>,
}

/// One candidate claim.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Candidate {
    /// The party holding it (for `conditions_on` and `excludes`, the party
    /// that says so: the claim's `by`).
    pub holder: String,
    /// Its relation; `None` for a change over time the analyst models (an
    /// end date on an earlier claim, or `supersedes`).
    pub relation: Option<Relation>,
    /// The position: what is demanded, rejected, ...; for `conditions_on`
    /// what needs the other; for `counters` what is answered; for
    /// `threatens` the measure.
    pub target: Option<String>,
    /// The second position: what a condition needs (`conditions_on`'s
    /// `to`), a counter's offer (`with`), a threat's trigger.
    pub other: Option<String>,
    /// The article's words that carry it: always a substring of the article.
    pub quote: String,
    /// Where the quote starts in the article, in bytes.
    pub at: usize,
    /// Who said it, in the article's words, when the sentence says.
    pub speaker: Option<String>,
    /// The cue that fired.
    pub cue: String,
    /// Why it is unsure; an unsure candidate is written commented out.
    pub unsure: Option<String>,
}

/// Drafts the claims of `article`, citing `source`; names the graph knows
/// are given its ids.
///
/// # Errors
///
/// [`Error::Usage`] for an article over [`MAX_ARTICLE_BYTES`].
pub fn draft(article: &str, source: &str, graph: Option<&Graph>) -> Result<Draft> {
    if article.len() > MAX_ARTICLE_BYTES {
        return Err(Error::Usage(format!(
            "the article is {} bytes, over the {MAX_ARTICLE_BYTES}-byte limit of a draft; draft it in parts",
            article.len()
        )));
    }
    let known = KnownNames::of(graph);
    let spans = sentences::sentences(article);
    let words: Vec<_> = spans
        .iter()
        .map(|s| sentences::words(article, s.clone()))
        .collect();
    let inner = mentions::inner_capitals(&words);
    let mut parties = Parties::default();
    let mut found = Vec::new();
    let mut previous = None;
    let mut proposer = None;
    let mut demander = None;
    let mut positions_before = Vec::new();
    let mut group_before = Vec::new();
    let headline = sentences::headline(article);
    for (span, words) in spans.iter().zip(&words) {
        let note = sentences::in_heading(article, span.start);
        let mentions = if note {
            title_mentions(article, span, words, (&known, &inner), &mut parties)
        } else {
            mentions::mentions(article, words, &known, &inner, &mut parties)
        };
        let sentence = Sentence {
            text: article,
            span: span.clone(),
            words,
            mentions: &mentions,
            previous,
            proposer,
            demander,
        };
        // A headline repeats what the report says below it.
        let heading = headline.as_ref().is_some_and(|h| h.end > span.start) || note;
        let mut here = if heading { Vec::new() } else { cued(&sentence) };
        let theirs = plural::for_each_of(&sentence, &group_before, &here);
        here.extend(theirs);
        group_before = plural::opening_group(article, &mentions);
        lists::extend(&sentence, &mut here);
        phrase::less_times(&sentence, &mut here);
        reference::resolve(&sentence, &mut here);
        pointing::resolve(article, &mut here, &positions_before);
        positions_before = pointing::positions_of(&here);
        for f in here
            .iter_mut()
            .filter(|f| f.unsure.is_none() && f.relation.is_some())
        {
            f.unsure = trust::across_clause(&sentence, f);
        }
        // "He", "it" in the next sentence: the party this one opened with
        // (its subject), else the last that held a claim here.
        previous = mentions
            .first()
            .map(|m| m.party)
            .or_else(|| here.last().map(|f| f.holder))
            .or(previous);
        proposer = here
            .iter()
            .rev()
            .find(|f| matches!(f.relation, Some(Relation::Proposes | Relation::Counters)))
            .map(|f| f.holder)
            .or(proposer);
        demander = here
            .iter()
            .rev()
            .find(|f| f.relation == Some(Relation::Demands))
            .map(|f| f.holder)
            .or(demander);
        let second_sides = both_sides(&parties, span, &mentions, &mut here);
        here.extend(second_sides);
        found.extend(here);
    }
    parties.settle_ids();
    let merged = parties.merged();
    for f in &mut found {
        f.holder = merged[f.holder];
        if let Some((_, p)) = &mut f.speaker {
            *p = merged[*p];
        }
    }
    earlier::resolve_anaphora(article, &mut found);
    pointing::the_noun_before(article, &mut found);
    earlier::answered_before(&mut found);
    earlier::terms_of_it(article, &mut found);
    settle(article, &parties, &inner, &mut found);
    let mut builder = builder::Builder::new(article, &known, &parties);
    let mut claims: Vec<Candidate> = found.iter().map(|f| builder.candidate(f)).collect();
    members(article, &parties, &merged, &mut claims);
    Ok(Draft {
        source: source.to_owned(),
        source_known: graph.is_some_and(|g| g.document().sources.iter().any(|s| s.id == source)),
        about: about(article),
        parties: builder.parties(&claims),
        positions: builder.positions,
        claims,
    })
}

/// The candidates the cues of one sentence fire, with the needs, terms
/// and threats that follow from them.
fn cued(sentence: &Sentence) -> Vec<Found> {
    let mut here = claims::find(sentence);
    here.extend(offers::find(sentence));
    here.extend(excludes::find(sentence));
    here.extend(refusals::turned_down(sentence));
    here.extend(moves::mediators_named(sentence));
    let needs = obliged::find(sentence, &here);
    here.extend(needs);
    let terms = follow_on::find(sentence, &here);
    here.extend(terms);
    let threats = triggers::find(sentence, &here);
    here.extend(threats);
    ultimatums::find(sentence, &mut here);
    paragraph::other_demands(sentence, &mut here);
    here
}

/// The parties a "# Title: ..." note names, when the report's text names
/// each of them in the same words; else none, and `parties` unchanged.
/// Notes fill the source line: a URL's path or a headline's title-case
/// words ("Gives China a Month") are no party's name unless the text
/// names it so, and other notes name none.
fn title_mentions(
    article: &str,
    span: &Range<usize>,
    words: &[sentences::Word],
    (known, inner): (&KnownNames<'_>, &HashSet<String>),
    parties: &mut Parties,
) -> Vec<parties::Mention> {
    let note = article[span.clone()].trim_start_matches('#').trim_start();
    if !note.to_lowercase().starts_with("title:") {
        return Vec::new();
    }
    let mut trial = parties.clone();
    let named = mentions::mentions(article, words, known, inner, &mut trial);
    let text = &article[span.end..];
    if named
        .iter()
        .all(|m| text.contains(&article[m.span.clone()]))
    {
        *parties = trial;
        named
    } else {
        Vec::new()
    }
}

/// "Both sides agreed to X": the second side agreed too; each to be
/// checked, as the two sides are a guess. The second side's candidates.
fn both_sides(
    parties: &Parties,
    span: &Range<usize>,
    mentions: &[parties::Mention],
    here: &mut [Found],
) -> Vec<Found> {
    let mut second_sides = Vec::new();
    for &(at, b) in parties.both.iter().filter(|(at, _)| span.contains(at)) {
        let first = mentions
            .iter()
            .find(|m| m.span.start == at)
            .map(|m| m.party);
        for f in here
            .iter_mut()
            .filter(|f| Some(f.holder) == first && f.quote.start == at)
        {
            f.unsure = f.unsure.or(Some(
                "\"both sides\": taken to be the two parties last named together, else the two named most",
            ));
            second_sides.push(Found {
                holder: b,
                ..f.clone()
            });
        }
    }
    second_sides
}

/// The last look at each claim once its parties are merged: a position
/// of one word, or a line the rules cannot vouch for ([`trust::doubt`]), is
/// unsure; a quote that opens a quotation closes it.
fn settle(article: &str, parties: &Parties, inner: &HashSet<String>, found: &mut [Found]) {
    let holders = trust::holder_doubts(article, parties, inner);
    for f in found.iter_mut() {
        // "Talks mediated by X" and "offered 8%" name their position in a word.
        let bare = [&f.target, &f.other].into_iter().flatten().any(|t| {
            content_words(&article[t.clone()]) <= 1
                && !article[t.clone()].contains(|c: char| c.is_ascii_digit())
        });
        let one_word_is_enough = f.relation == Some(Relation::Mediates);
        if bare && !one_word_is_enough && f.unsure.is_none() && f.relation.is_some() {
            f.unsure = Some("the position is one word (\"the offer\", \"fight\"): say what it is");
        }
        if f.unsure.is_none() && f.relation.is_some() {
            f.unsure = trust::doubt(article, &holders, f);
        }
        f.quote = phrase::closing_quote(article, &f.quote);
    }
}

/// "UAW President Shawn Fain": the person is a member of the party their
/// title names, a claim the title itself quotes; one for each person, in
/// the article's order among the other claims.
fn members(article: &str, parties: &Parties, merged: &[usize], claims: &mut Vec<Candidate>) {
    for (person, group, span) in &parties.members {
        let claim = Candidate {
            holder: parties.list[*person].id.clone(),
            relation: Some(Relation::MemberOf),
            target: Some(parties.list[merged[*group]].id.clone()),
            other: None,
            quote: article[span.clone()].to_owned(),
            at: span.start,
            speaker: None,
            cue: "a title".to_owned(),
            // True as a rule, but a graph need not record every person a
            // report quotes: the analyst keeps the ones that matter.
            unsure: Some(
                "a person named with their title: keep it if the graph records who speaks for whom"
                    .to_owned(),
            ),
        };
        let at = claims.iter().position(|c| c.at > span.start);
        claims.insert(at.unwrap_or(claims.len()), claim);
    }
}

/// How many words a phrase has, less its article or determiner.
fn content_words(phrase: &str) -> usize {
    normalise(phrase)
        .split(' ')
        .filter(|w| {
            !w.is_empty()
                && !matches!(
                    *w,
                    "the" | "a" | "an" | "that" | "this" | "its" | "their" | "his" | "her"
                )
        })
        .count()
}

/// The text of the article at `path`, read up to [`MAX_ARTICLE_BYTES`]
/// (never more, whatever the file's size).
///
/// # Errors
///
/// [`Error::Read`] for a file that cannot be read; [`Error::Usage`] for one
/// over the limit or not UTF-8 text.
pub fn read_article(path: &std::path::Path) -> Result<String> {
    use std::io::Read as _;
    let failed = |source| Error::Read {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(failed)?;
    let mut bytes = Vec::new();
    file.take(MAX_ARTICLE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(failed)?;
    let name = path.display().to_string();
    let shown = crate::terminal::inert(&name);
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(Error::Usage(format!(
            "{shown} is over the {MAX_ARTICLE_BYTES}-byte limit of an article to draft; draft it in parts"
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        Error::Usage(format!(
            "{shown} is not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
            e.utf8_error().valid_up_to()
        ))
    })
}

#[cfg(test)]
mod tests;
