//! "If the dockers are still out after May 15": a date in an "if" clause
//! that a position's own name carries ("The strike goes on past 15 May")
//! names that position, the trigger the clause describes; it is no day to
//! read the graph as of.

use super::dates::{self, Asks, Dated};
use super::names::{Found, Mention};
use super::words::{IF_WORDS, Word, words};
use crate::graph::Graph;
use crate::model::Date;

/// Verbs that ask what follows a day (present or future: "what happened
/// on May 10" asks what changed then).
const FOLLOWS: &[&str] = &["happens", "happen", "kicks", "kick", "follows", "follow"];

/// The position whose name carries the date of an "if" clause, as a
/// mention over the date's words; `None` when the date is not in an "if"
/// clause or not exactly one position's name carries that day (or the
/// day after, as "after May 15" reads).
pub(super) fn dated_trigger(
    question: &str,
    ws: &[Word],
    graph: &Graph,
    date: Option<&Dated>,
    newest: Date,
) -> Option<Mention> {
    let date = date?;
    let Asks::Day { day, span } = date.asks else {
        return None;
    };
    if date.words.is_empty() || date.words.end > ws.len() {
        return None;
    }
    // "After May 15", "since May 15" is read as the days from then to the
    // newest; the clause names its first day.
    let from = matches!(ws[date.words.start].text.as_str(), "after" | "since");
    let day = if from { span.0 } else { day };
    // "What kicks in on January 15?", "what happens after May 15?": a day
    // asked what follows it is the same event as in an "if" clause.
    let in_if = ws[..date.words.start]
        .iter()
        .any(|w| IF_WORDS.contains(&w.text.as_str()) || FOLLOWS.contains(&w.text.as_str()));
    if !in_if {
        return None;
    }
    let carries = |name: &str| {
        let said = words(name);
        dates::find(name, &said, newest).is_some_and(|d| match d.asks {
            Asks::Day { day: own, .. } => own == day || own.next_day() == day,
            _ => false,
        })
    };
    let mut fits = graph.node_indices().filter(|&n| {
        graph.kind(n).is_position()
            && std::iter::once(graph.label(n))
                .chain(graph.node(n).aliases.iter().map(String::as_str))
                .any(carries)
    });
    let (one, None) = (fits.next()?, fits.next()) else {
        return None;
    };
    let typed = ws[date.words.start].span.start..ws[date.words.end - 1].span.end;
    Some(Mention {
        words: date.words.clone(),
        text: question.get(typed)?.to_owned(),
        nodes: vec![one],
        found: Found::Fuzzy {
            name: graph.label(one).to_owned(),
        },
    })
}

/// The trigger a dated "if" clause names, and the date left to read the
/// graph as of (none when the date named the trigger).
pub(super) fn split(
    question: &str,
    ws: &[Word],
    graph: &Graph,
    date: Option<Dated>,
    newest: Date,
) -> (Option<Mention>, Option<Dated>) {
    match dated_trigger(question, ws, graph, date.as_ref(), newest) {
        Some(trigger) => (Some(trigger), None),
        None => (None, date),
    }
}

/// The trigger put among the names found, in question order, in place of
/// any name found inside its words.
pub(super) fn place(mentions: &mut Vec<Mention>, trigger: Option<Mention>) {
    let Some(t) = trigger else {
        return;
    };
    mentions.retain(|m| m.words.end <= t.words.start || m.words.start >= t.words.end);
    let at = mentions
        .iter()
        .take_while(|m| m.words.start < t.words.start)
        .count();
    mentions.insert(at, t);
}
