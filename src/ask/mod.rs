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
mod answered;
mod answering_parties;
mod beyond;
mod choose;
pub mod cues;
mod dated_names;
pub mod dates;
mod days;
mod digits;
pub mod failure;
mod figures;
mod help;
pub mod intents;
mod issue_words;
mod label_day;
mod lexicon;
mod name_lookup;
pub mod names;
mod parse;
mod phrasing;
mod plan;
mod proposals;
mod put_to;
mod reason;
mod scope;
pub mod sets;
mod sets_off;
pub mod slots;
mod spelling;
mod stated_if;
mod strangers;
mod survey;
mod terms;
mod unread;
mod upcoming;
mod view;
mod vocabulary;
mod who_side;
pub mod words;

use crate::args::{Cmd, Line};
use std::collections::HashSet;

use serde::Serialize;

use self::choose::choose;
use self::intents::Intent;
use self::names::Found;
use self::parse::{Parsed, names_for, parse};
use self::vocabulary::cue_typo;
pub use self::words::IF_WORDS;
use crate::error::{Error, Result};
use crate::graph::{Graph, NodeIx};
use crate::query::{Answer, Query};
use crate::view::ViewSpec;

/// At most this many readings are answered for one question; a question
/// whose names fit more is asked to say which.
pub(crate) const MOST_READINGS: usize = 4;

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
    /// The question's "if" clause when no reading reads it (no assumption,
    /// dropped claim or `effects`): said on the reading line, never only as
    /// a word not used.
    pub unread_condition: Option<String>,
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
    /// See [`Interpretation::unread_condition`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unread_condition: Option<String>,
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

/// The examples of every intent, in table order: what `ask --examples` prints.
pub fn examples() -> impl Iterator<Item = (&'static Intent, &'static intents::Example)> {
    intents::all().flat_map(|i| i.examples.iter().map(move |e| (i, e)))
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
    // "X won't happen - what does that trigger?": read as "if X, ...".
    let supposed = stated_if::as_supposed(question);
    let question = supposed.as_ref().map_or(question, |(q, _)| q.as_str());
    let parsed = parse(question, graph);
    if let Some(refused) = strangers::refusal(question, &parsed, graph)
        .or_else(|| strangers::only_inside_a_label(question, &parsed, graph))
    {
        return Err(refused);
    }
    let (tried, by_kinds) = tried_readings(&parsed, graph, view);
    // Words the graph cannot speak to ("how many have died") are no
    // question about what it holds, whatever its other words read as.
    if let Some(why) = scope::beyond(question, &parsed) {
        return Err(help::out_of_scope(question, &parsed, graph, &why));
    }
    // Read by its names' kinds alone, a figure or detail asked ("the tariff
    // rate") would be answered with something else: refused, said why.
    if by_kinds && let Some(why) = scope::detail_by_kinds(question, &parsed) {
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
    let spec = view_of_reading(&parsed, graph, view, intent, &plan, with_if, &mut notes)?;
    let frame_names = names_for(&parsed, with_if);
    notes.extend(name_notes(
        &parsed,
        graph,
        intent,
        &plan,
        with_if,
        &frame_names,
    ));
    notes.extend(account::notes(
        &parsed,
        graph,
        intent,
        &plan,
        with_if,
        &frame_names,
    ));
    notes.extend(parsed.notes.iter().cloned());
    notes.extend(supposed.as_ref().map(|(_, note)| note.clone()));
    notes.extend(rewording_notes(&parsed));
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
    let unread_condition = unread::condition(question, &parsed, &plan, &spec, with_if);
    Ok(Interpretation {
        unread_condition,
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

/// The intent and plan that read the question, tried in order: its own
/// phrases (with the "if" clause, then without), then its names' kinds, and
/// a condition let go over all; and whether the names' kinds chose it.
fn tried_readings(
    parsed: &Parsed,
    graph: &Graph,
    view: &ViewSpec,
) -> (Option<(&'static Intent, slots::Plan, bool)>, bool) {
    let conditional = parsed.assumed.is_some();
    let mut tried = choose(parsed, graph, view, conditional);
    // "If the union rejects arbitration, can the port reopen?": a main
    // question naming a position, and no phrase of its own, asks whether
    // it can come about with the clause met; the clause's words are not it.
    let mut by_kinds = false;
    if tried.is_none() && conditional {
        tried = choose::by_kinds(parsed, graph, view, true);
        by_kinds = tried.is_some();
    }
    if tried.is_none() && conditional {
        // "What happens if X?" holds no other name: X is what it is about.
        tried = choose(parsed, graph, view, false);
    }
    if tried.is_none() {
        tried = choose::by_kinds(parsed, graph, view, false);
        by_kinds = tried.is_some();
    }
    if let Some((intent, plan)) = choose::conditions_let_go(parsed, graph) {
        tried = Some((intent, plan, false));
        by_kinds = false;
    }
    (tried, by_kinds)
}

/// The view a reading is answered under, and what it says of its day.
fn view_of_reading(
    parsed: &Parsed,
    graph: &Graph,
    view: &ViewSpec,
    intent: &Intent,
    plan: &slots::Plan,
    with_if: bool,
    notes: &mut Vec<String>,
) -> Result<ViewSpec> {
    // Changes and timeline compare days of the record: the question's date
    // is their window (see `days::changes_window`), and no view applies.
    if matches!(intent.command, Cmd::Changes | Cmd::Timeline) {
        let command = plan.queries.first().map_or(intent.command, Query::command);
        notes.extend(days::record_notes(parsed, graph, view, command)?);
        return Ok(ViewSpec::default());
    }
    notes.extend(view::refusal_note(parsed, graph, with_if));
    notes.extend(view::if_is_the_question(parsed, graph, with_if));
    let mut spec = view::view_for(parsed, graph, view, with_if)?;
    if intent.command == Cmd::Responses
        && let Some(note) = view::ever_note(parsed, graph, view)
    {
        spec.when = crate::view::When::Latest;
        notes.push(note);
    }
    // What the answer's own view says of its day (one home: the view);
    // only a day asked for has anything to say, so only then is the
    // view built here as well as for the answer.
    if matches!(spec.when, crate::view::When::On(_)) {
        notes.extend(crate::view::View::new(graph, &spec)?.notes());
    }
    Ok(spec)
}

/// The question's words read as others: cue typos, and rewrites into the
/// graph's words.
fn rewording_notes(parsed: &Parsed) -> Vec<String> {
    let typos = parsed
        .cue_typos
        .iter()
        .map(|(typed, read)| format!("read '{typed}' as '{read}'"));
    let rewrites = parsed.rewrites.iter().map(|(typed, read)| {
        if read.is_empty() {
            format!(
                "read '{typed}' as {}: no condition to assume",
                lexicon::AS_IT_STANDS_READ
            )
        } else {
            format!("read '{typed}' as '{read}' (the graph's word for it)")
        }
    });
    typos.chain(rewrites).collect()
}

/// What to say of the question's names: one read as several nodes, a typo
/// read as a name, a name the reading does not use.
fn name_notes(
    parsed: &Parsed,
    graph: &Graph,
    intent: &Intent,
    plan: &slots::Plan,
    with_if: bool,
    frame_names: &[usize],
) -> Vec<String> {
    let mut notes = Vec::new();
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
    let drops = !view::let_go(parsed, graph).is_empty();
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
            // The command read, which a slot may have chosen over its
            // intent's ("what does the EU do if the talks go nowhere?").
            let command = plan
                .queries
                .first()
                .map_or(intent.command, |q| q.line(graph).cmd);
            notes.push(format!(
                "not used: '{}' ({command} takes no more names here)",
                mention.text
            ));
        }
    }
    notes
}

/// "ceasefire-30d (30-day ceasefire in all theaters of conflict)".
fn described(graph: &Graph, n: NodeIx) -> String {
    format!("{} ({})", graph.id(n), graph.label(n))
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
        unread_condition: interpretation.unread_condition,
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
