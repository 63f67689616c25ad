//! The checks on scheduled days (format 1.2): a `scheduled` day is on
//! positions only, on a change that leaves the position pending, and after
//! the date of the source that reports it ("a vote set for Friday" is a day
//! after the report). A day before is a warning: the source reported
//! something already past, which is a status (`met`, `cancelled`), not a
//! schedule.

use foldhash::HashMap;

use crate::ids::IdIndex;
use crate::model::{Date, Document, Lenient, Node, NodeKind};

use super::positions::NodeContext;
use super::{Loc, Validator, resolved};

const PAST_HELP: &str = "a scheduled day is one still ahead when it is reported: check the day, or record what happened as a status (met, postponed, cancelled)";

impl Validator {
    /// Checks node `i`'s scheduled days: on its start and on each change.
    pub(super) fn scheduled_days(
        &mut self,
        i: usize,
        node: &Node,
        kind: Option<NodeKind>,
        cx: &NodeContext<'_>,
    ) {
        let positional = kind.is_none_or(NodeKind::is_position);
        if let Some(day) = node.scheduled() {
            let at = Loc::Item("nodes", i, Some("scheduled"));
            if !positional {
                self.error(
                    "misplaced-field",
                    at,
                    format!(
                        "{} '{}' is scheduled; only demands, conditions and proposals take place on a day",
                        kind.map_or("node", NodeKind::as_str),
                        node.id
                    ),
                    Some("remove the scheduled day".into()),
                );
            }
            let day = self.vocab(at, day);
            if let (Some(day), Some(since)) = (day, node.since.as_ref().and_then(Lenient::known))
                && day < since
            {
                self.warn_with_help(
                    "scheduled-in-past",
                    at,
                    || {
                        format!(
                            "'{}' is scheduled for {day}, before {since}, its first day (since)",
                            node.id
                        )
                    },
                    PAST_HELP,
                );
            }
        }
        for (h, change) in node.status_history().iter().enumerate() {
            let Some(day) = &change.scheduled else {
                continue;
            };
            let at = Loc::History(i, h, "scheduled");
            let Some(day) = self.vocab(at, day) else {
                continue;
            };
            if let Some(status) = change.status.known().filter(|s| !s.is_pending()) {
                self.error(
                    "misplaced-field",
                    at,
                    format!(
                        "the change of '{}' to {status} has a scheduled day; only an open or postponed position is still to take place",
                        node.id
                    ),
                    Some("remove the scheduled day, or make the change open or postponed".into()),
                );
                continue;
            }
            // The day the change was reported: its source's date, else its own.
            let dated_source = change.source.as_deref().and_then(|s| {
                let source = &cx.doc.sources[*cx.sources.get(s)?];
                Some((s, source.date.as_ref()?.known()?))
            });
            let reported = match dated_source {
                Some((s, d)) => Some((d, format!("the date of source '{s}' that reports it"))),
                None => change
                    .on
                    .known()
                    .map(|d| (d, "the day of the change".to_owned())),
            };
            if let Some((then, what)) = reported
                && day < then
            {
                self.warn_with_help(
                    "scheduled-in-past",
                    at,
                    || {
                        format!(
                            "the change of '{}' on {} schedules it for {day}, before {then}, {what}",
                            node.id, change.on
                        )
                    },
                    PAST_HELP,
                );
            }
        }
    }

    /// Warns of a position scheduled from its start for a day before the
    /// first report of it: the earliest dated source any claim on it cites.
    pub(super) fn scheduled_before_reported(&mut self, doc: &Document, by_id: &IdIndex) {
        let scheduled: Vec<(usize, Date)> = doc
            .nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| Some((i, n.scheduled()?.known()?)))
            .collect();
        if scheduled.is_empty() {
            return;
        }
        let dates = source_dates(doc);
        // The first report of each scheduled node (the only ones wanted).
        let mut first: HashMap<usize, Option<(Date, &str)>> =
            scheduled.iter().map(|&(i, _)| (i, None)).collect();
        for edge in &doc.edges {
            let Some(e) = resolved(doc, by_id, edge) else {
                continue;
            };
            for c in edge.citations() {
                let Some(s) = c.source else { continue };
                let Some(d) = dates.get(&**s).copied().flatten() else {
                    continue;
                };
                for n in [e.from.index(), e.to.index()] {
                    if let Some(entry) = first.get_mut(&n)
                        && entry.is_none_or(|(then, _)| d < then)
                    {
                        *entry = Some((d, &**s));
                    }
                }
            }
        }
        for (i, day) in scheduled {
            if let Some(Some((then, source))) = first.get(&i)
                && day < *then
            {
                self.warn_with_help(
                    "scheduled-in-past",
                    Loc::Item("nodes", i, Some("scheduled")),
                    || {
                        format!(
                            "'{}' is scheduled for {day}, before {then}, the date of source '{source}', the first to report it",
                            doc.nodes[i].id
                        )
                    },
                    PAST_HELP,
                );
            }
        }
    }
}

/// Each source's publication day, by id (`None` when it has none).
pub(super) fn source_dates(doc: &Document) -> HashMap<&str, Option<Date>> {
    doc.sources
        .iter()
        .map(|s| (s.id.as_str(), s.date.as_ref().and_then(Lenient::known)))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::model::Document;

    fn codes(text: &str) -> Vec<(String, String)> {
        let doc: Document = serde_json::from_str(text).unwrap();
        crate::validate::diagnose(&doc)
            .into_iter()
            .map(|d| (d.code.to_string(), d.path.to_string()))
            .collect()
    }

    #[test]
    fn a_scheduled_day_before_its_report_is_a_warning_and_on_a_party_an_error() {
        let text = r#"{"negograph": 1.2, "title": "t",
          "sources": [{"id": "s", "title": "S", "date": "2025-05-12"}],
          "nodes": [
            {"id": "p", "kind": "party", "label": "P", "scheduled": "2025-05-20"},
            {"id": "vote", "kind": "demand", "label": "Vote", "scheduled": "2025-05-10",
             "status_history": [
               {"status": "postponed", "on": "2025-05-13", "source": "s", "scheduled": "2025-05-11"},
               {"status": "cancelled", "on": "2025-05-14", "scheduled": "2025-05-30"},
               {"status": "postponed", "on": "2025-05-15", "scheduled": "2025-05-14"}]}],
          "edges": [{"from": "p", "relation": "demands", "to": "vote", "source": "s", "quote": "q"}]}"#;
        let found = codes(text);
        let has = |code: &str, path: &str| found.iter().any(|(c, p)| c == code && p == path);
        assert!(has("misplaced-field", "nodes[0].scheduled"), "{found:?}");
        assert!(has("scheduled-in-past", "nodes[1].scheduled"), "{found:?}");
        assert!(
            has("scheduled-in-past", "nodes[1].status_history[0].scheduled"),
            "{found:?}"
        );
        assert!(
            has("misplaced-field", "nodes[1].status_history[1].scheduled"),
            "{found:?}"
        );
        assert!(
            has("scheduled-in-past", "nodes[1].status_history[2].scheduled"),
            "{found:?}"
        );
        let past = found
            .iter()
            .filter(|(c, _)| c == "scheduled-in-past")
            .count();
        assert_eq!(past, 3, "{found:?}");
    }
}
