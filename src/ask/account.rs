//! Every content word of a question accounted for: a name, a date, a word
//! of the phrases of the intent that read it, or listed as not used. And a
//! name matched only inside a longer label is said.

use crate::args::Cmd;
use std::collections::HashSet;

use super::cues::Pattern;
use super::failure::FAILS;
use super::intents::Intent;
use super::names::Found;
use super::sets::MEETING;
use super::slots::{PUT_WORDS, Plan};
use super::words::is_stopword;
use super::{IF_WORDS, Parsed, cue_typo};
use crate::graph::Graph;
use crate::model::Relation;

/// The stems a reading by `intent` uses: its cues and needs, the "if"
/// words, the words of failure and of what is put to a party, and for
/// `who` the verbs of every relation.
fn used_stems(intent: &Intent) -> HashSet<String> {
    let mut phrases: Vec<&str> = intent
        .cues
        .iter()
        .map(|(p, _)| *p)
        .chain(intent.needs.iter().copied())
        .chain(IF_WORDS.iter().copied())
        .chain(FAILS.iter().copied())
        .chain(PUT_WORDS.iter().map(|(p, _)| *p))
        .chain(std::iter::once(MEETING))
        .collect();
    if intent.command == Cmd::Who {
        phrases.extend(
            Relation::ALL
                .iter()
                .flat_map(|r| r.facts().ask_verbs.iter().copied()),
        );
    }
    phrases
        .iter()
        .flat_map(|p| {
            Pattern::new(p)
                .stems()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The question's content words the reading does not use: none of a name,
/// a date, a stopword or a word of the reading's phrases.
fn unused_words(parsed: &Parsed, graph: &Graph, intent: &Intent, plan: &Plan) -> Vec<String> {
    let mut stems = used_stems(intent);
    stems.extend(super::view::let_go_stems(parsed, graph));
    (0..parsed.words.len())
        .filter(|&i| {
            let w = &parsed.words[i];
            !parsed.mentions.iter().any(|m| m.words.contains(&i))
                && !parsed.date.as_ref().is_some_and(|d| d.words.contains(&i))
                && !is_stopword(&w.text)
                && !stems.contains(&w.stem)
                && !plan.words.contains(&w.stem)
                && !cue_typo(w).is_some_and(|(_, stem)| stems.contains(stem))
                && w.text.chars().any(char::is_alphanumeric)
        })
        .map(|i| parsed.words[i].text.clone())
        .collect()
}

/// What the reading should say beyond its names: a day ahead of the
/// record, names found inside longer labels, words not used.
pub(super) fn notes(
    parsed: &Parsed,
    graph: &Graph,
    intent: &Intent,
    plan: &Plan,
    with_if: bool,
    frame_names: &[usize],
) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(d) = &parsed.date
        && let Some(day) = d.ahead
    {
        let typed: Vec<&str> = parsed.words[d.words.clone()]
            .iter()
            .map(|w| w.text.as_str())
            .collect();
        let (_, newest) = super::days::source_days(graph);
        notes.push(format!(
            "read '{}' as {day}, after the newest source ({newest}): the graph is read as of its newest source",
            typed.join(" ")
        ));
    }
    notes.extend(parsed.date.as_ref().and_then(|d| d.event.clone()));
    let mut used_mentions: Vec<usize> = plan.used.iter().map(|&u| frame_names[u]).collect();
    if with_if && let Some(m) = parsed.assumed {
        used_mentions.push(m);
        let met: Vec<&str> = parsed.mentions[m]
            .nodes
            .iter()
            .filter(|&&n| super::view::already_met(graph, n))
            .map(|&n| graph.id(n))
            .collect();
        if let [id] = met[..]
            && super::parse::states_it_happened(parsed)
        {
            notes.push(format!(
                "the graph already records {id} as met: nothing more to assume"
            ));
        }
    }
    notes.extend(partial_notes(parsed, graph, &used_mentions));
    // The names an "if" clause read as a whole holds ("if Lowport closes
    // the border") describe it, as do the parties of a refusal.
    let clause_used = used_mentions.iter().any(|m| parsed.conditional.contains(m));
    let mut describing = used_mentions.clone();
    if with_if || clause_used {
        describing.extend(parsed.conditional.iter().copied());
    }
    notes.extend(within_notes(parsed, graph, plan, &describing));
    let dropped = super::view::let_go(parsed, graph);
    if !dropped.is_empty() {
        notes.push(format!(
            "read the 'if' clause as letting the condition {} go, not as a position met",
            dropped.join(" and ")
        ));
    }
    let unused = unused_words(parsed, graph, intent, plan);
    if !unused.is_empty() {
        let quoted: Vec<String> = unused.iter().map(|w| format!("'{w}'")).collect();
        // The command the reading runs, which may not be the intent's (a
        // party's "needs" is read as its stance).
        let command = plan
            .queries
            .first()
            .map_or(intent.command, crate::query::Query::command);
        notes.push(format!(
            "not used: {} ({command} reads the rest)",
            quoted.join(", ")
        ));
    }
    notes
}

/// For each name an event's effects are read through rather than asked
/// about itself, whose words the asked node's names do not hold ("if Moscow says
/// no to the ceasefire": russia, within russia-refuses-30d): said.
fn within_notes(parsed: &Parsed, graph: &Graph, plan: &Plan, mentions: &[usize]) -> Vec<String> {
    // The mediators of "the talks between A and B" say their parties
    // themselves; other readings through names (an event's effects, what
    // blocks the talks between two leaders) are said here.
    if plan
        .queries
        .iter()
        .any(|q| matches!(q, crate::query::Query::Who { .. }))
    {
        return Vec::new();
    }
    let asked: Vec<crate::graph::NodeIx> = plan
        .queries
        .iter()
        .flat_map(crate::query::Query::nodes)
        .collect();
    let asked_stems: HashSet<String> = asked
        .iter()
        .flat_map(|&n| {
            std::iter::once(graph.label(n))
                .chain(graph.node(n).aliases.iter().map(String::as_str))
                .chain(std::iter::once(graph.id(n)))
                .flat_map(super::words::words)
                .map(|w| w.stem)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut seen = HashSet::new();
    mentions
        .iter()
        .filter(|&&m| seen.insert(m))
        .map(|&m| &parsed.mentions[m])
        .filter(|m| !m.nodes.iter().any(|n| asked.contains(n)))
        .filter(|m| {
            !super::words::words(&m.text)
                .iter()
                .any(|w| !is_stopword(&w.text) && asked_stems.contains(&w.stem))
        })
        .filter_map(|m| {
            let ids: Vec<&str> = m.nodes.iter().map(|&n| graph.id(n)).collect();
            let within: Vec<&str> = asked.iter().map(|&n| graph.id(n)).collect();
            (!within.is_empty()).then(|| {
                format!(
                    "read '{}' as {}, within {}",
                    m.text,
                    ids.join(" or "),
                    within.join(", ")
                )
            })
        })
        .collect()
}

/// For each name the reading uses that was found only inside a longer
/// label or alias: "read 'Istanbul' as part of 'Zelensky meets Putin ...'".
fn partial_notes(parsed: &Parsed, graph: &Graph, used: &[usize]) -> Vec<String> {
    used.iter()
        .map(|&m| &parsed.mentions[m])
        .filter(|m| m.found == Found::Partial)
        .map(|m| {
            let labels: Vec<String> = m
                .nodes
                .iter()
                .map(|&n| format!("'{}'", holding_name(graph, n, &m.text)))
                .collect();
            format!("read '{}' as part of {}", m.text, labels.join(" or "))
        })
        .collect()
}

/// The label or alias of `n` that holds `text` (articles aside), else its label.
fn holding_name<'g>(graph: &'g Graph, n: crate::graph::NodeIx, text: &str) -> &'g str {
    let said: Vec<String> = super::words::words(text)
        .into_iter()
        .map(|w| w.stem)
        .filter(|s| !super::words::ARTICLES.contains(&s.as_str()))
        .collect();
    std::iter::once(graph.label(n))
        .chain(graph.node(n).aliases.iter().map(String::as_str))
        .find(|name| {
            let stems: Vec<String> = super::words::words(name)
                .into_iter()
                .map(|w| w.stem)
                .collect();
            !said.is_empty() && stems.windows(said.len()).any(|w| w == said.as_slice())
        })
        .unwrap_or_else(|| graph.label(n))
}
