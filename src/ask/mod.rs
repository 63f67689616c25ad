//! Questions in plain English, read as the queries the subcommands run.
//!
//! Names first, then intent: the graph's names are found in the question
//! ([`names`]), with any date ([`dates`]) and any "if X" (X assumed met, as
//! `--assume` does); what is left says what is asked, by the phrases of
//! the one table of intents ([`intents::all`]). A reading is a
//! [`Query`] and a [`ViewSpec`], exactly what the subcommand would make, so
//! `ask` answers what the command answers, through the same function.
//!
//! Nothing is guessed silently. A name that fits two nodes the question
//! could be about ("the ceasefire") is read both ways, each answered, and
//! said so; a typo read as a name is said; a name the reading does not use
//! is said. A question with no reading is refused with the forms closest to
//! it, filled in with the names it did recognise.

mod account;
pub mod cues;
pub mod dates;
mod days;
pub mod failure;
mod help;
pub mod intents;
mod lexicon;
mod name_lookup;
pub mod names;
mod phrasing;
mod plan;
mod proposals;
mod scope;
pub mod sets;
pub mod slots;
mod strangers;
mod survey;
mod view;
pub mod words;

use crate::args::{Cmd, Line};
use std::collections::HashSet;
use std::sync::OnceLock;

use serde::Serialize;

use self::cues::{DATE, EVER, NAME, Pattern};
use self::dates::Asks;
use self::intents::Intent;
use self::names::{Found, Mention};
use self::slots::{Frame, Plan};
use self::words::{ARTICLES, Word, is_stopword, words};
use crate::error::{Error, Result};
use crate::graph::{Graph, NodeIx};
use crate::model::Date;
use crate::query::{Answer, Query};
use crate::view::ViewSpec;

/// At most this many readings are answered for one question; a question
/// whose names fit more is asked to say which.
pub(crate) const MOST_READINGS: usize = 4;

/// Words that open a condition: "if the West pauses aid, ...".
pub const IF_WORDS: &[&str] = &[
    "if",
    "assuming",
    "assume",
    "suppose",
    "supposing",
    "once",
    "provided",
    "given",
];

/// Words that end a condition when no comma does: "what blocks X if Y is met".
const CLAUSE_ENDS: &[&str] = &[
    "what", "who", "which", "how", "would", "will", "does", "do", "is", "are", "can", "could",
    "was", "were", "has", "have",
];

/// One way of reading a question: the query and the view it is asked under.
#[derive(Clone, Debug)]
pub struct Reading {
    /// The query, as its subcommand would make it.
    pub query: Query,
    /// The day and what-ifs: the command line's, with the question's own
    /// date and "if" added.
    pub view: ViewSpec,
}

/// How a question was read.
#[derive(Clone, Debug)]
pub struct Interpretation {
    /// One reading, or one per node a name could mean.
    pub readings: Vec<Reading>,
    /// What people should know about the reading: names read two ways,
    /// typos read as names, names not used.
    pub notes: Vec<String>,
}

/// A question answered: each reading, the command it is, and its answer.
#[derive(Debug, Serialize)]
pub struct Asked {
    /// The question as typed.
    pub question: String,
    /// The readings, in order.
    pub readings: Vec<Answered>,
    /// See [`Interpretation::notes`].
    pub notes: Vec<String>,
}

/// One reading of a question, answered.
#[derive(Debug, Serialize)]
pub struct Answered {
    /// The command that asks the same ("negograph blockers direct-talks --as-of 2025-05-10"),
    /// typed; it serialises as the command line spells it.
    pub command: Line,
    /// The query as a structure: `{"command": "blockers", "node": "direct-talks", ...}`.
    pub query: Query<String>,
    /// The view: `{"when": "on", "date": ..., "assume": [...], "drop": [...]}`.
    pub view: ViewSpec,
    /// What the query answers, as its own `--json` prints it.
    pub answer: Answer,
}

/// Every stem the intents' phrases are made of, and the words they are
/// spelt with (for reading a typo as the cue it was meant to be).
struct Vocabulary {
    stems: HashSet<String>,
    spelt: Vec<(String, String)>,
}

fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let mut stems = HashSet::new();
        let mut spelt = Vec::new();
        let phrases = intents::all()
            .flat_map(|i| {
                i.cues
                    .iter()
                    .map(|(p, _)| *p)
                    .chain(i.needs.iter().copied())
            })
            .chain(IF_WORDS.iter().copied());
        for phrase in phrases {
            stems.extend(Pattern::new(phrase).stems().map(str::to_owned));
            for word in phrase.split([' ', '/']) {
                if word.chars().all(char::is_alphabetic) && word.len() >= 5 {
                    spelt.push((word.to_owned(), words::stem(word)));
                }
            }
        }
        stems.remove(NAME);
        stems.remove(DATE);
        stems.remove(EVER);
        spelt.sort();
        spelt.dedup();
        Vocabulary { stems, spelt }
    })
}

/// The examples of every intent, in table order: what `ask --examples` prints.
pub fn examples() -> impl Iterator<Item = (&'static Intent, &'static intents::Example)> {
    intents::all().flat_map(|i| i.examples.iter().map(move |e| (i, e)))
}

/// The question as the intents see it, before one is chosen.
struct Parsed<'q> {
    words: Vec<Word>,
    date: Option<dates::Dated>,
    mentions: Vec<Mention>,
    /// Indices into `mentions` of the names in an "if" clause, and which
    /// of them is assumed met.
    conditional: Vec<usize>,
    assumed: Option<usize>,
    /// Cue words read through a typo: (as typed, as read).
    cue_typos: Vec<(&'q str, String)>,
    /// Phrases read as the graph's word for the same thing (see [`lexicon`]).
    rewrites: Vec<lexicon::Rewrite>,
    /// Stems cues are matched on: names as [`NAME`], a date as [`DATE`]
    /// (all time as [`EVER`]), articles out.
    frame: Vec<String>,
}

/// Reads `question` as one or more queries on `graph`, under `view` (the
/// command line's day and what-ifs, which a date in the question may set
/// when the command line leaves the day alone).
///
/// # Errors
///
/// [`Error::Question`] with the closest forms when no intent reads it;
/// [`Error::WrongKind`] or an unknown-name error when it asks something
/// of a node that cannot answer it or of a name the graph does not hold;
/// [`Error::Ambiguous`] when a name fits more than four ways
/// or an assumed "if" names two positions; [`Error::Usage`] when the
/// question's day differs from the command line's, or compare would be
/// given fewer than two proposals.
///
pub fn interpret(question: &str, graph: &Graph, view: &ViewSpec) -> Result<Interpretation> {
    let parsed = parse(question, graph);
    if let Some(refused) = strangers::refusal(question, &parsed, graph) {
        return Err(refused);
    }
    let mut tried = choose(&parsed, graph, view, parsed.assumed.is_some());
    if tried.is_none() && parsed.assumed.is_some() {
        // "What happens if X?" holds no other name: X is what it is about.
        tried = choose(&parsed, graph, view, false);
    }
    // Words the graph cannot speak to ("how many have died") are no
    // question about what it holds, whatever its other words read as.
    if let Some(why) = scope::beyond(question, &parsed) {
        return Err(help::out_of_scope(question, &parsed, graph, &why));
    }
    let Some((intent, plan, with_if)) = tried else {
        return Err(help::refusal(question, &parsed, graph));
    };
    // A reading that found what the question asks missing from the graph
    // ("if the talks fail" of a graph with no such failure) says so.
    if plan.queries.is_empty() {
        return Err(Error::Usage(plan.notes.join("; ")));
    }
    let mut notes = plan.notes.clone();
    // Changes and timeline compare days of the record: the question's date
    // is their window (see `days::changes_window`), and no view applies.
    let spec = if matches!(intent.command, Cmd::Changes | Cmd::Timeline) {
        let command = plan.queries.first().map_or(intent.command, Query::command);
        notes.extend(days::record_notes(&parsed, graph, view, command)?);
        ViewSpec::default()
    } else {
        view::view_for(&parsed, graph, view, with_if)?
    };
    let frame_names = names_for(&parsed, with_if);
    for &used in &plan.used {
        let mention = &parsed.mentions[frame_names[used]];
        let chosen: HashSet<NodeIx> = plan.queries.iter().flat_map(Query::nodes).collect();
        let read: Vec<NodeIx> = mention
            .nodes
            .iter()
            .copied()
            .filter(|n| chosen.contains(n))
            .collect();
        if read.len() > 1 {
            let each: Vec<String> = read.iter().map(|&n| described(graph, n)).collect();
            notes.push(format!(
                "'{}' fits {} nodes: {}; answering for each (name one by id to ask about it alone)",
                mention.text,
                read.len(),
                each.join(", ")
            ));
        }
    }
    // The names of an "if" clause that lets a condition go ("if Putin
    // dropped his demand that the West ...") say which claims it drops.
    let drops = !view::let_go(&parsed, graph).is_empty();
    for (i, mention) in parsed.mentions.iter().enumerate() {
        if let Found::Fuzzy { name } = &mention.found {
            notes.push(format!("read '{}' as '{name}'", mention.text));
        }
        // The other names of an "if" clause read as a whole ("if the West
        // pauses aid": the aid pause) describe it, and are no loose end.
        let clause_used = plan
            .used
            .iter()
            .any(|&u| parsed.conditional.contains(&frame_names[u]));
        let in_if = (with_if || clause_used || drops) && parsed.conditional.contains(&i);
        let used = plan.used.iter().any(|&u| frame_names[u] == i);
        if !used && !in_if {
            notes.push(format!(
                "not used: '{}' ({} takes no more names here)",
                mention.text, intent.command
            ));
        }
    }
    notes.extend(account::notes(
        &parsed,
        graph,
        intent,
        &plan,
        with_if,
        &frame_names,
    ));
    for (typed, read) in &parsed.cue_typos {
        notes.push(format!("read '{typed}' as '{read}'"));
    }
    for (typed, read) in &parsed.rewrites {
        notes.push(if read.is_empty() {
            format!(
                "read '{typed}' as {}: no condition to assume",
                lexicon::AS_IT_STANDS_READ
            )
        } else {
            format!("read '{typed}' as '{read}' (the graph's word for it)")
        });
    }
    if plan.queries.len() > MOST_READINGS {
        return Err(help::too_many(&parsed, graph, &plan, &frame_names));
    }
    // What `compare` refuses (one proposal, or the same one twice), `ask`
    // refuses with the same words.
    for query in &plan.queries {
        if let Query::Compare(proposals) = query {
            crate::query::compare::check_proposals(graph, proposals)?;
        }
    }
    Ok(Interpretation {
        readings: plan
            .queries
            .into_iter()
            .map(|query| Reading {
                query,
                view: spec.clone(),
            })
            .collect(),
        notes,
    })
}

/// "ceasefire-30d (30-day ceasefire in all theaters of conflict)".
fn described(graph: &Graph, n: NodeIx) -> String {
    format!("{} ({})", graph.id(n), graph.label(n))
}

fn parse<'q>(question: &'q str, graph: &Graph) -> Parsed<'q> {
    let ws = words(question);
    let newest = graph.newest_source_date().unwrap_or_else(Date::today);
    // Words of a node's own name ("the Thursday meeting") are never a date.
    let date = days::since_begun(&ws, dates::find(question, &ws, newest), newest)
        .filter(|d| !days::names_a_node(graph, &ws, &d.words));
    let (ws, date) = phrasing::as_the_graph_says(ws, graph, date);
    let (ws, date, rewrites) = lexicon::as_the_graph_names(question, &ws, graph, date);
    let in_date = |i: usize| date.as_ref().is_some_and(|d| d.words.contains(&i));
    let vocabulary = vocabulary();
    let content = |i: usize| {
        !in_date(i) && !is_stopword(&ws[i].text) && !vocabulary.stems.contains(&ws[i].stem)
    };
    let mentions = names::find(question, &ws, graph, &content);
    // "Before the ministers met": the day before the event's.
    let (date, mentions) = match date {
        None => days::before_event(graph, &ws, mentions),
        some => (some, mentions),
    };
    let in_date = |i: usize| date.as_ref().is_some_and(|d| d.words.contains(&i));
    let mention_at = |i: usize| mentions.iter().position(|m| m.words.contains(&i));

    // The words cues are matched on, with typos of cue words read as meant.
    let mut frame = Vec::new();
    let mut cue_typos = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if let Some(m) = mention_at(i) {
            frame.push(NAME.to_owned());
            i = mentions[m].words.end;
            continue;
        }
        // A date stands as one word: "what changed <d>", "positions <ever>".
        if in_date(i) && !(i > 0 && in_date(i - 1)) {
            let all_time = date.as_ref().is_some_and(|d| d.asks == Asks::AllTime);
            frame.push(if all_time { EVER } else { DATE }.to_owned());
        }
        if !in_date(i) && !ARTICLES.contains(&ws[i].text.as_str()) {
            let stem = match cue_typo(&ws[i]) {
                Some((spelt, stem)) => {
                    cue_typos.push((&question[ws[i].span.clone()], spelt.to_owned()));
                    stem.to_owned()
                }
                None => ws[i].stem.clone(),
            };
            frame.push(stem);
        }
        i += 1;
    }

    // An "if" clause: from the word to a comma or a word that starts the
    // main question. Its first position is assumed met.
    let mut conditional = Vec::new();
    let mut assumed = None;
    if let Some(start) = (0..ws.len()).find(|&i| opens_if(&ws, i)) {
        let mut end = start + 1;
        while end < ws.len() {
            let comma = words::between(question, &ws[end - 1], &ws[end]).contains(',');
            let begins_question = CLAUSE_ENDS.contains(&ws[end].text.as_str())
                && mentions
                    .iter()
                    .any(|m| m.words.start > start && m.words.end <= end);
            if comma || begins_question {
                break;
            }
            end += 1;
        }
        conditional = (0..mentions.len())
            .filter(|&m| mentions[m].words.start > start && mentions[m].words.start < end)
            .collect();
        assumed = conditional.iter().copied().find(|&m| {
            mentions[m]
                .nodes
                .iter()
                .any(|&n| graph.kind(n).is_position())
        });
    }
    Parsed {
        words: ws,
        date,
        mentions,
        conditional,
        assumed,
        cue_typos,
        rewrites,
        frame,
    }
}

/// Whether word `i` opens an "if" clause ("given" in "given up" does not).
fn opens_if(ws: &[Word], i: usize) -> bool {
    IF_WORDS.contains(&ws[i].text.as_str())
        && !(ws[i].text == "given" && ws.get(i + 1).is_some_and(|w| w.text == "up"))
}

/// A word that is no cue, no stopword and no name, one letter from a cue
/// word of five letters or more: the cue word it was meant to be.
fn cue_typo(word: &Word) -> Option<(&'static str, &'static str)> {
    let v = vocabulary();
    if word.text.chars().count() < 5 || is_stopword(&word.text) || v.stems.contains(&word.stem) {
        return None;
    }
    let first = word.text.chars().next();
    // "obstacels": a plural's typo is the singular's with an "s".
    let singular = word.text.strip_suffix('s');
    let near = |typed: &str| {
        v.spelt.iter().find(|(spelt, _)| {
            spelt.chars().next() == first && strsim::osa_distance(spelt, typed) == 1
        })
    };
    near(&word.text)
        .or_else(|| singular.and_then(near))
        .map(|(spelt, stem)| (spelt.as_str(), stem.as_str()))
}

/// The mentions the intents see, as indices into `parsed.mentions`: all
/// but those of the "if" clause when it is read as a condition.
fn names_for(parsed: &Parsed, with_if: bool) -> Vec<usize> {
    (0..parsed.mentions.len())
        .filter(|m| !(with_if && parsed.conditional.contains(m)))
        .collect()
}

/// The best reading: the intent that scores highest and finds its names.
fn choose(
    parsed: &Parsed,
    graph: &Graph,
    view: &ViewSpec,
    with_if: bool,
) -> Option<(&'static Intent, Plan, bool)> {
    if with_if && parsed.assumed.is_none() {
        return None;
    }
    let frame_names = names_for(parsed, with_if);
    let says = |phrase: &str| Pattern::new(phrase).matches(&parsed.frame);
    let frame = Frame {
        graph,
        names: frame_names
            .iter()
            .map(|&m| parsed.mentions[m].nodes.clone())
            .collect(),
        says: &says,
        asks_if: (0..parsed.words.len()).any(|i| opens_if(&parsed.words, i)),
        in_if: frame_names
            .iter()
            .enumerate()
            .filter(|(_, m)| parsed.conditional.contains(m))
            .map(|(i, _)| i)
            .collect(),
        window: days::changes_window(parsed, graph, view),
        dated: parsed
            .date
            .as_ref()
            .is_some_and(|d| matches!(d.asks, Asks::Day { .. })),
        all_time: parsed
            .date
            .as_ref()
            .is_some_and(|d| d.asks == Asks::AllTime),
        loose: content_left(parsed)
            .map(|i| parsed.words[i].stem.clone())
            .collect(),
    };
    // A plan with no query ("how is Russia connected to Moscow?": one node
    // twice) is no reading, unless it says why (see `interpret`).
    let build = |intent: &Intent| {
        (intent.build)(&frame).filter(|p| !p.queries.is_empty() || !p.notes.is_empty())
    };
    // With the "if" clause read as a condition, only what the question asks
    // most may read it: "what happens if X?" is about X (effects), not a
    // question without names ("what happened?") once X is set aside.
    let ranked = ranked(parsed);
    let best = ranked.first().map(|&(_, score)| score);
    for (intent, score) in ranked {
        if with_if && Some(score) != best {
            break;
        }
        // What follows "if X" is X's effects, not another name's with X met.
        if with_if && intent.command == Cmd::Effects {
            continue;
        }
        if let Some(plan) = build(intent) {
            return Some((intent, plan, with_if));
        }
    }
    // No cue at all: a name alone is a request for everything about it,
    // two names for how they are connected.
    let leftover = content_left(parsed).next().is_some();
    if leftover || !scores(parsed).iter().all(|&(_, s)| s == 0) {
        return None;
    }
    let count = frame.names.len();
    let intent = intents::all().find(|i| i.bare_names == count && count > 0)?;
    build(intent).map(|plan| (intent, plan, with_if))
}

/// Each intent's score for the question.
fn scores(parsed: &Parsed) -> Vec<(&'static Intent, u32)> {
    let says = |phrase: &str| Pattern::new(phrase).matches(&parsed.frame);
    intents::all()
        .map(|intent| {
            if !intent.needs.is_empty() && !intent.needs.iter().any(|n| says(n)) {
                return (intent, 0);
            }
            let score = intent
                .cues
                .iter()
                .filter(|(phrase, _)| says(phrase))
                .map(|(_, weight)| u32::from(*weight))
                .sum();
            (intent, score)
        })
        .collect()
}

/// The intents that scored, with their scores, best first (table order
/// among equals).
fn ranked(parsed: &Parsed) -> Vec<(&'static Intent, u32)> {
    let mut scored: Vec<(usize, &'static Intent, u32)> = scores(parsed)
        .into_iter()
        .enumerate()
        .filter(|(_, (_, s))| *s > 0)
        .map(|(i, (intent, s))| (i, intent, s))
        .collect();
    scored.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    scored
        .into_iter()
        .map(|(_, intent, score)| (intent, score))
        .collect()
}

/// Words that are none of: a name, a date, a stopword, a cue.
fn content_left<'p>(parsed: &'p Parsed) -> impl Iterator<Item = usize> + 'p {
    let vocabulary = vocabulary();
    (0..parsed.words.len()).filter(move |&i| {
        let w = &parsed.words[i];
        !parsed.mentions.iter().any(|m| m.words.contains(&i))
            && !parsed.date.as_ref().is_some_and(|d| d.words.contains(&i))
            && !is_stopword(&w.text)
            && !vocabulary.stems.contains(&w.stem)
            && cue_typo(w).is_none()
    })
}

/// Answers every reading of a question: the shared query runner, once per
/// reading, and the command each reading is.
///
/// # Errors
///
/// The first error `run` returns (a view that cannot be built, say).
pub fn answer(
    graph: &Graph,
    question: &str,
    interpretation: Interpretation,
    run: impl Fn(&Query, &ViewSpec) -> Result<Answer>,
) -> Result<Asked> {
    let mut readings = Vec::new();
    for reading in interpretation.readings {
        let answer = run(&reading.query, &reading.view)?;
        readings.push(Answered {
            command: command_line(graph, &reading),
            query: reading.query.named(graph),
            view: reading.view,
            answer,
        });
    }
    Ok(Asked {
        question: question.to_owned(),
        readings,
        notes: interpretation.notes,
    })
}

/// The command that asks what a reading asks.
pub fn command_line(graph: &Graph, reading: &Reading) -> Line {
    let mut line = reading.query.line(graph);
    line.words.extend(reading.view.words());
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Input;

    fn builtin() -> Graph {
        let input = Input::builtin();
        Graph::from_document(&input.origin, input.parse().unwrap()).unwrap()
    }

    proptest::proptest! {
        /// Any text at all is read or refused, never a panic; a reading is
        /// a command that names the graph's nodes by id.
        #[test]
        fn any_text_is_read_or_refused(question in "\\PC{0,80}") {
            let g = builtin();
            match interpret(&question, &g, &ViewSpec::default()) {
                Ok(reading) => {
                    proptest::prop_assert!(!reading.readings.is_empty());
                    proptest::prop_assert!(reading.readings.len() <= MOST_READINGS);
                    for r in &reading.readings {
                        proptest::prop_assert!(!command_line(&g, r).to_string().is_empty());
                    }
                }
                Err(Error::Question { forms, .. }) => {
                    proptest::prop_assert!(!forms.is_empty() && forms.len() <= 5);
                }
                Err(_) => {}
            }
        }

        /// Questions built from the table's own words and the graph's names
        /// are read or refused too, whatever their order.
        #[test]
        fn shuffled_cues_and_names_are_read_or_refused(
            picks in proptest::collection::vec(0usize..40, 0..8),
        ) {
            const PIECES: &[&str] = &[
                "what", "blocks", "who", "supports", "the ceasefire", "Russia", "Trump",
                "if", ",", "on May 10", "ever", "between", "and", "disagree", "connected",
                "path", "from", "to", "respond", "want", "deadlock", "first", "tell me about",
                "the aid pause", "sanctions", "Zelenksy", "last week", "not", "why", "can't",
                "the 30-day ceasefire", "direct talks", "Moscow's", "who is", "list", "parties",
                "conditions", "for", "happen", "?",
            ];
            let question: Vec<&str> = picks.iter().map(|&i| PIECES[i % PIECES.len()]).collect();
            let question = question.join(" ");
            let g = builtin();
            if let Ok(reading) = interpret(&question, &g, &ViewSpec::default()) {
                proptest::prop_assert!(!reading.readings.is_empty());
            }
        }
    }
}
