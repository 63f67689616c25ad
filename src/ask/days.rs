//! The days a question sees: the graph's first and last source dates, the
//! window a question about changes covers, and whether a date's words are
//! a node's own name instead.

use super::Parsed;
use super::dates::{Asks, Dated};
use super::names::Mention;
use super::words::{Word, is_stopword, words};
use crate::args::{Cmd, Line, Opt};
use crate::graph::Graph;
use crate::model::{Date, Status};
use crate::view::{ViewSpec, When};

/// The oldest and newest source dates of the graph (today for both when
/// no source has a date).
pub(super) fn source_days(graph: &Graph) -> (Date, Date) {
    match (graph.oldest_source_date(), graph.newest_source_date()) {
        (Some(first), Some(last)) => (first, last),
        _ => {
            let today = Date::today();
            (today, today)
        }
    }
}

/// The days a question about changes covers: the span its date names
/// ("since May 10": May 10 to the view's day, which is the newest source's
/// unless the command line gives another; "between D1 and D2"; "in March"),
/// or, for a question without a date, the graph's oldest source date to
/// its newest: everything the sources record.
pub(super) fn changes_window(parsed: &Parsed, graph: &Graph, view: &ViewSpec) -> (Date, Date) {
    let (oldest, newest) = source_days(graph);
    let last = match view.when {
        When::On(day) => day,
        When::Today => Date::today(),
        When::Latest | When::AllTime => newest,
    };
    let (from, to) = match parsed.date.as_ref().map(|d| d.asks) {
        Some(Asks::Day { span, .. }) if span.1 == newest => (span.0, last),
        Some(Asks::Day { span, .. }) => span,
        // "What changed today?": the newest day against the one before.
        Some(Asks::Latest) => (last.plus_days(-1), last),
        _ => (oldest, last),
    };
    // "Since June" of a graph whose sources end in May: nothing after.
    (from.min(to), to)
}

/// Words that say an event began: "since the walkout began in March".
const BEGAN: &[&str] = &[
    "began", "begun", "started", "start", "broke", "opened", "kicked",
];

/// "Since the walkout began in March" (or "on Friday"): not March alone
/// but from its start to the newest source, the words from "since" on read as the date.
/// Any other date is returned as found.
pub(super) fn since_begun(ws: &[Word], date: Option<Dated>, newest: Date) -> Option<Dated> {
    let d = date?;
    let Asks::Day { span, .. } = d.asks else {
        return Some(d);
    };
    let opens_in = ws
        .get(d.words.start)
        .is_some_and(|w| w.text == "in" || w.text == "on");
    let since = (d.words.start.saturating_sub(6)..d.words.start)
        .rev()
        .find(|&k| ws[k].text == "since");
    let began =
        since.is_some_and(|k| (k + 1..d.words.start).any(|j| BEGAN.contains(&ws[j].text.as_str())));
    match since {
        Some(k) if opens_in && began && span.1 <= newest => Some(Dated {
            asks: Asks::Day {
                day: newest,
                span: (span.0.plus_days(1), newest),
            },
            words: k..d.words.end,
            ..d
        }),
        _ => Some(d),
    }
}

/// "Taylor's offer to go in January 2004" of a record whose newest source
/// is of 2003: a day after the newest source whose words (a month and
/// year, a day and month) stand together in a node's label or alias, with
/// another word of the question ("Taylor"), is that node's own day, not a
/// day to view the record on (it says nothing after its newest source).
/// "Where did things stand in January 2004?" shares no other word with the
/// label: a day still.
pub(super) fn names_a_later_day(graph: &Graph, ws: &[Word], dated: &Dated, newest: Date) -> bool {
    let Asks::Day { day, .. } = dated.asks else {
        return false;
    };
    let own: Vec<&str> = dated
        .words
        .clone()
        .map(|k| ws[k].text.as_str())
        .filter(|w| !is_stopword(w))
        .collect();
    let others: Vec<&str> = (0..ws.len())
        .filter(|k| !dated.words.contains(k) && !is_stopword(&ws[*k].text))
        .map(|k| ws[k].text.as_str())
        .collect();
    day > newest
        && own.len() >= 2
        && graph.node_indices().any(|n| {
            std::iter::once(graph.label(n))
                .chain(graph.node(n).aliases.iter().map(String::as_str))
                .any(|name| {
                    let name: Vec<String> = words(name).into_iter().map(|w| w.text).collect();
                    name.windows(own.len())
                        .any(|win| win.iter().zip(&own).all(|(a, b)| a == b))
                        && others.iter().any(|o| name.iter().any(|w| w == o))
                })
        })
}

/// Whether a date's words run on, with the word before or after them,
/// in one node's label or alias ("in Istanbul on Thursday" of "Zelensky
/// meets Putin in person in Istanbul on Thursday", "the Thursday meeting"):
/// then they are that node's name, not a date.
pub(super) fn names_a_node(graph: &Graph, ws: &[Word], date: &std::ops::Range<usize>) -> bool {
    let text = |k: usize| ws[k].text.as_str();
    let own: Vec<&str> = date.clone().map(text).collect();
    let mut runs: Vec<Vec<&str>> = Vec::new();
    if date.start > 0 && !is_stopword(text(date.start - 1)) {
        runs.push(
            std::iter::once(text(date.start - 1))
                .chain(own.iter().copied())
                .collect(),
        );
    }
    if date.end < ws.len() && !is_stopword(text(date.end)) {
        runs.push(
            own.iter()
                .copied()
                .chain(std::iter::once(text(date.end)))
                .collect(),
        );
    }
    // "Zelensky's offer to meet Putin in person on Thursday": the day is
    // the meeting's own, a word of its name with the word before it.
    // "The January 15 deadline": the day with the word after it, in a
    // name that says "deadline of January 15".
    let before = (0..date.start).rev().map(text).find(|w| !is_stopword(w));
    let after = (date.end..ws.len()).map(text).find(|w| !is_stopword(w));
    let day: Vec<&str> = own.iter().copied().filter(|w| !is_stopword(w)).collect();
    let in_one_name = |name: &[String]| {
        [before, after]
            .into_iter()
            .flatten()
            .any(|b| name.iter().any(|w| w == b))
            && !day.is_empty()
            && day.iter().all(|d| name.iter().any(|w| w == d))
    };
    let named_with_day = graph.node_indices().any(|n| {
        std::iter::once(graph.label(n))
            .chain(graph.node(n).aliases.iter().map(String::as_str))
            .any(|name| {
                let name: Vec<String> = words(name).into_iter().map(|w| w.text).collect();
                in_one_name(&name)
            })
    });
    named_with_day
        || !runs.is_empty()
            && graph.node_indices().any(|n| {
                std::iter::once(graph.label(n))
                    .chain(graph.node(n).aliases.iter().map(String::as_str))
                    .any(|name| {
                        let name: Vec<String> = words(name).into_iter().map(|w| w.text).collect();
                        runs.iter().any(|run| {
                            name.windows(run.len())
                                .any(|win| win.iter().zip(run).all(|(a, b)| a == b))
                        })
                    })
            })
}

/// What a question about the record (changes, timeline) should say: that
/// --assume and --drop are not used, that the record holds one day; and a
/// day after the newest source refused ("what will change on Thursday?").
pub(super) fn record_notes(
    parsed: &Parsed,
    graph: &Graph,
    view: &ViewSpec,
    command: Cmd,
) -> crate::error::Result<Vec<String>> {
    let (oldest, newest) = source_days(graph);
    if let Some(day) = parsed.date.as_ref().and_then(|d| d.ahead) {
        return Err(crate::error::Error::Usage(format!(
            "{day} is after the newest source ({newest}): the record holds no changes after it ({} gives the positions as recorded)",
            Line::new(Cmd::Show)
        )));
    }
    let mut notes = Vec::new();
    if !view.assume.is_empty() || !view.drop.is_empty() {
        notes.push(format!(
            "{command} reads the record as it is: {} and {} are not used",
            Opt::Assume,
            Opt::Drop
        ));
    }
    // A timeline read for a one-day record says why itself. Claims and
    // changes of status dated by their own words before it are changes
    // the record does hold.
    if oldest == newest && command != Cmd::Timeline && !dated_before(graph, newest) {
        notes.push(format!(
            "every source of this graph is dated {newest}: the record holds one day, so there is nothing earlier to compare with (negograph show gives the positions as recorded)"
        ));
    }
    Ok(notes)
}

/// Verbs that say an event took place, read with it ("before the ministers met").
const HAPPENED: &[&str] = &[
    "met", "meet", "happened", "began", "started", "signed", "convened", "took", "held",
];

/// "Before X" of a node X the graph records as met on a day: the day
/// before, as a date taking "before", X's words and a verb of its
/// happening, said in a note; X is then no name of the question.
pub(super) fn before_event(
    graph: &Graph,
    ws: &[Word],
    mut mentions: Vec<Mention>,
) -> (Option<Dated>, Vec<Mention>) {
    let found = mentions.iter().enumerate().find_map(|(m, mention)| {
        let start = mention.words.start;
        let before = start > 0 && matches!(ws[start - 1].text.as_str(), "before" | "until");
        let [node] = mention.nodes[..] else {
            return None;
        };
        let met = graph.node(node).status_history().iter().find_map(|c| {
            (c.status.known() == Some(Status::Met))
                .then(|| c.on.known())
                .flatten()
        })?;
        before.then_some((m, node, met))
    });
    let Some((m, node, met)) = found else {
        return (None, mentions);
    };
    let mention = mentions.remove(m);
    let mut end = mention.words.end;
    if ws
        .get(end)
        .is_some_and(|w| HAPPENED.contains(&w.text.as_str()))
    {
        end += 1;
    }
    let day = met.plus_days(-1);
    let dated = Dated {
        asks: Asks::Day {
            day,
            span: (day.plus_days(-1), day),
        },
        words: mention.words.start - 1..end,
        ahead: None,
        event: Some(format!(
            "read 'before {}' as {day}, the day before {} ({}) was met ({met})",
            mention.text,
            graph.id(node),
            graph.label(node)
        )),
    };
    (Some(dated), mentions)
}

/// Whether a claim's `since` or `until` or a change of status is dated, by
/// its own words, before `day`.
fn dated_before(graph: &Graph, day: Date) -> bool {
    let before =
        |d: Option<crate::model::Lenient<Date>>| d.and_then(|d| d.known()).is_some_and(|d| d < day);
    let doc = graph.document();
    doc.edges
        .iter()
        .any(|e| before(e.since()) || before(e.until()))
        || doc.nodes.iter().any(|n| {
            n.status_history()
                .iter()
                .any(|c| before(Some(c.on.clone())))
        })
}
