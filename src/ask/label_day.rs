//! "Why is the truce due to end on the 20th?" of a node called "The
//! unilateral ceasefire ends on January 20": a day of the month said alone
//! ("the 20th") that is the day a named position's own label carries is
//! that position's day, not a day to read the graph as of (round 18 read
//! it as the 20th of the month before the newest source).

use super::dates::{self, Asks, Dated};
use super::words::{Word, is_stopword, words};
use crate::graph::Graph;
use crate::model::Date;

/// When `dated` is a bare day of the month ("the 20th", no month said)
/// and a node the question names by another word carries a date on that
/// day of the month in its label or alias: the note saying so (the date
/// is then dropped). `None` otherwise.
pub(super) fn in_a_label(
    graph: &Graph,
    ws: &[Word],
    dated: &Dated,
    newest: Date,
) -> Option<String> {
    let Asks::Day { .. } = dated.asks else {
        return None;
    };
    let said: Vec<&Word> = dated
        .words
        .clone()
        .filter_map(|k| ws.get(k))
        .filter(|w| !is_stopword(&w.text) && w.text != "the")
        .collect();
    let [one] = said.as_slice() else {
        return None;
    };
    let digits = one.text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &one.text[digits.len()..];
    if digits.is_empty() || !matches!(suffix, "st" | "nd" | "rd" | "th") {
        return None;
    }
    let n: u8 = digits.parse().ok()?;
    // The question's other words: the node must be named by one of them
    // too ("end" of "ends on January 20"), so a bare "since the 20th"
    // stays a date.
    let others: Vec<&str> = (0..ws.len())
        .filter(|k| !dated.words.contains(k) && !is_stopword(&ws[*k].text))
        .map(|k| ws[k].stem.as_str())
        .collect();
    let carries = |name: &str| {
        let own = words(name);
        let day_fits = dates::find(name, &own, newest).is_some_and(|d| match d.asks {
            Asks::Day { day, .. } => day.parts().2 == n,
            _ => false,
        });
        day_fits && own.iter().any(|w| others.contains(&w.stem.as_str()))
    };
    let node = graph.node_indices().find(|&n| {
        graph.kind(n).is_position()
            && std::iter::once(graph.label(n))
                .chain(graph.node(n).aliases.iter().map(String::as_str))
                .any(carries)
    })?;
    Some(format!(
        "read 'the {}' as the day in the name '{}' [{}], not a day to read the graph as of",
        one.text,
        graph.label(node),
        graph.id(node)
    ))
}
