//! What a position waits on that is no obstacle ([`crate::standing::waits`]),
//! as answers carry it (the JSON `waits_on` of `blockers`, `requires`,
//! `unblock` and `who --side`) and say it ([`waiting_words`]), so every
//! answer says it in the same words.

use serde::Serialize;

use super::evidence::{Link, NodeRef};
use crate::graph::Graph;
use crate::model::Status;
use crate::standing::Wait;
use crate::view::View;

/// One thing a position waits on: an item of the JSON `waits_on`.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WaitsOn {
    /// Some party threatens it: it is to follow if its trigger happens. The
    /// trigger is not a precondition and no party has agreed to it.
    Threat {
        /// The party threatening it (`null` when the graph names none).
        by: Option<String>,
        /// The member who spoke for that party.
        #[serde(skip_serializing_if = "Option::is_none")]
        speaker: Option<String>,
        /// The party it is aimed at.
        against: Option<String>,
        /// What would set it off, with its status in the view.
        trigger: Option<NodeRef>,
        /// The `threatens` claim.
        link: Box<Link>,
    },
    /// Demands addressed to a party that has not answered: it awaits that
    /// party's answer; no refusal is recorded, so it is no obstacle.
    Answer {
        /// The addressee.
        addressee: String,
        /// Who demands it of the addressee, in file order.
        asked_by: Vec<String>,
        /// The demands.
        links: Vec<Link>,
    },
}

/// What `n` waits on in `view`, by [`crate::standing::waits`].
pub fn waits_on(view: &View, n: crate::graph::NodeIx) -> Vec<WaitsOn> {
    let g = view.graph;
    let id = |p: crate::graph::NodeIx| g.id(p).to_owned();
    crate::standing::waits(view, n)
        .into_iter()
        .map(|w| match w {
            Wait::Threat {
                edge,
                party,
                speaker,
                against,
                trigger,
            } => WaitsOn::Threat {
                by: party.map(id),
                speaker: speaker.map(id),
                against: against.map(id),
                trigger: trigger.map(|t| NodeRef::new(view, t)),
                link: Box::new(Link::seen(view, edge)),
            },
            Wait::Answer { addressee, demands } => {
                let mut asked_by: Vec<String> = Vec::new();
                for &e in &demands {
                    if let Some((p, _)) = crate::standing::counts_for(view, e)
                        && !asked_by.contains(&id(p))
                    {
                        asked_by.push(id(p));
                    }
                }
                WaitsOn::Answer {
                    addressee: id(addressee),
                    asked_by,
                    links: demands.into_iter().map(|e| Link::seen(view, e)).collect(),
                }
            }
        })
        .collect()
}

/// What a position waits on in a few words, for a drawing's title ("a
/// threat's trigger (russia-refuses-30d, open), Russia's answer"); the
/// text answers say it whole ([`waiting_words`]). `None` when nothing.
pub fn waiting_briefly(g: &Graph, waits: &[WaitsOn]) -> Option<String> {
    let label = |id: &str| g.find(id).map_or(id.to_owned(), |n| g.label(n).to_owned());
    let mut each: Vec<String> = Vec::new();
    for said in waits.iter().map(|w| match w {
        WaitsOn::Threat {
            trigger: Some(t), ..
        } => format!(
            "a threat's trigger ({}, {})",
            t.id,
            trigger_status(t.status)
                .split(':')
                .next()
                .unwrap_or_default()
        ),
        WaitsOn::Threat { trigger: None, .. } => "a threat's trigger".to_owned(),
        WaitsOn::Answer { addressee, .. } => format!("{}'s answer", label(addressee)),
    }) {
        // Two parties threatening on one trigger wait on it once.
        if !each.contains(&said) {
            each.push(said);
        }
    }
    (!each.is_empty()).then(|| each.join(", "))
}

/// The edges of the claims behind what a position waits on, for drawing.
pub fn waiting_edges(waits: &[WaitsOn]) -> impl Iterator<Item = crate::graph::EdgeIx> + '_ {
    waits
        .iter()
        .flat_map(|w| match w {
            WaitsOn::Threat { link, .. } => std::slice::from_ref(&**link),
            WaitsOn::Answer { links, .. } => links.as_slice(),
        })
        .map(|l| l.edge)
}

/// The trigger's status in words: whether it has happened on the view's day.
fn trigger_status(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Met) => "met: it has happened",
        Some(Status::Cancelled) => "cancelled: it will not take place as things stand",
        Some(Status::Withdrawn) => "withdrawn",
        Some(Status::Postponed) => "postponed: it has not happened",
        _ => "open: it has not happened",
    }
}

/// Each item of `waits` as one sentence, in the words every answer uses:
/// "a threat by P against Q, to follow if T \[t\] (open: it has not
/// happened); ...; no party has agreed to it", "awaits Q's answer: demanded of it
/// by A, B; the graph records no answer from Q". Labels are as written;
/// whoever prints them makes them inert.
pub fn waiting_words(g: &Graph, waits: &[WaitsOn]) -> Vec<String> {
    let label = |id: &str| g.find(id).map_or(id.to_owned(), |n| g.label(n).to_owned());
    waits
        .iter()
        .map(|w| match w {
            WaitsOn::Threat {
                by,
                against,
                trigger,
                ..
            } => {
                let by = by.as_deref().map_or("a party the graph does not name".to_owned(), label);
                let against = against
                    .as_deref()
                    .map(|a| format!(" against {}", label(a)))
                    .unwrap_or_default();
                let trigger = match trigger {
                    Some(t) => format!(
                        ", to follow if {} [{}] ({}), a trigger, not a precondition",
                        t.label,
                        t.id,
                        trigger_status(t.status)
                    ),
                    None => ", on a trigger the graph does not name".to_owned(),
                };
                format!("a threat by {by}{against}{trigger}: no stand for it, and no party's agreement to it")
            }
            WaitsOn::Answer {
                addressee,
                asked_by,
                ..
            } => {
                let who: Vec<String> = asked_by.iter().map(|p| label(p)).collect();
                let addressee = label(addressee);
                format!(
                    "awaits {addressee}'s answer: demanded of it by {}; the graph records no answer from {addressee} (no refusal, so no obstacle; no acceptance either)",
                    who.join(", ")
                )
            }
        })
        .collect()
}
