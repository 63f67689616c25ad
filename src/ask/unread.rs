//! An "if" clause the reading does not read: "what happens if the US ends
//! maximum pressure?" of a graph with no such position, answered as who
//! presses the US. Answering the unconditional question silently would
//! pass it off as the answer to the one asked, so the reading line says
//! the clause is not read.

use super::parse::{Parsed, states_it_happened};
use super::plan::Plan;
use crate::query::Query;
use crate::view::ViewSpec;

/// The "if" clause as typed ("if the US ends maximum pressure"), when the
/// question has one and the reading neither takes it as a condition (an
/// assumption or a dropped claim in its view) nor asks what follows from
/// it (`effects`); `None` when the clause is read or there is none.
pub(super) fn condition(
    question: &str,
    parsed: &Parsed,
    plan: &Plan,
    spec: &ViewSpec,
    with_if: bool,
) -> Option<String> {
    let clause = &parsed.clause;
    if clause.is_empty() || states_it_happened(parsed) {
        return None;
    }
    let read = with_if
        || !spec.assume.is_empty()
        || !spec.drop.is_empty()
        || plan.queries.iter().any(|q| matches!(q, Query::Effects(_)));
    if read {
        return None;
    }
    let ws = &parsed.words;
    // The opening word ("if", "suppose") is said with the clause.
    let start = clause.start.saturating_sub(1);
    let end = clause.end.min(ws.len()).checked_sub(1)?;
    Some(question[ws[start].span.start..ws[end].span.end].to_owned())
}
