//! What a position waits on that is no obstacle: the one home of the rule
//! that `blockers`, `requires`, `unblock` and `who --side` read, so that no
//! answer calls a threatened measure agreed, or a demand nobody has
//! answered clear, while another says it is a threat or unanswered.
//!
//! - **A threat.** A measure some party `threatens` is not sought: the
//!   threatener says it will follow *if* its trigger happens. The trigger is
//!   not a precondition (no party has to deliver it, and whoever's act it
//!   names, such as a refusal, is not asked to agree to it), so it is no
//!   obstacle and no step; the measure waits on it, and answers say so,
//!   with the trigger's status. No party has *agreed* to a threatened
//!   measure by threatening it.
//! - **An unanswered demand.** A demand addressed to a party (`addressee`)
//!   that has taken no stand on it, no `considers`, and made no move on it
//!   in the view awaits that party's answer. It is not an obstacle: the
//!   graph records no refusal (a refusal, `ignores` included, is one, and
//!   then it is answered); nor is it agreed.

use petgraph::Direction::Incoming;

use super::counts_for;
use crate::graph::{EdgeIx, NodeIx};
use crate::model::{End, Relation};
use crate::view::View;

/// One thing a position waits on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wait {
    /// A `threatens` claim on the position.
    Threat {
        /// The claim.
        edge: EdgeIx,
        /// The party it counts for ([`counts_for`]), when it names one.
        party: Option<NodeIx>,
        /// The member who spoke for that party.
        speaker: Option<NodeIx>,
        /// The party it is aimed at (`target`).
        against: Option<NodeIx>,
        /// The event that would set it off (`trigger`).
        trigger: Option<NodeIx>,
    },
    /// Demands addressed to a party that has not answered.
    Answer {
        /// The addressee.
        addressee: NodeIx,
        /// The demands addressed to it, in file order.
        demands: Vec<EdgeIx>,
    },
}

fn node(end: Option<End>) -> Option<NodeIx> {
    match end {
        Some(End::Node(i)) => Some(NodeIx::new(i as usize)),
        _ => None,
    }
}

/// What position `n` waits on in the view, in file order: every threat on
/// it, then each addressee of a demand on it that has not answered (one
/// entry per addressee, every demand to it its evidence). Linear in the
/// claims on `n`. A met position has happened and a cancelled one will not
/// take place: neither waits on anything (`blockers` and `unblock` say
/// what it is, and list nothing).
pub fn waits(view: &View, n: NodeIx) -> Vec<Wait> {
    if view.is_met(n) || view.is_cancelled(n) {
        return Vec::new();
    }
    let g = view.graph;
    let claims = view.edges_in_order(n, Incoming);
    let mut found = Vec::new();
    for &e in &claims {
        let m = g.meta(e);
        if m.relation != Relation::Threatens || m.to != n {
            continue;
        }
        let held = counts_for(view, e);
        found.push(Wait::Threat {
            edge: e,
            party: held.map(|(p, _)| p),
            speaker: held.and_then(|(_, s)| s),
            against: node(g.edge(e).target()),
            trigger: node(g.edge(e).trigger()),
        });
    }
    let mut unanswered: Vec<(NodeIx, Vec<EdgeIx>)> = Vec::new();
    for &e in &claims {
        let m = g.meta(e);
        if m.relation != Relation::Demands || m.to != n {
            continue;
        }
        let Some(addressee) = node(g.edge(e).addressee()) else {
            continue;
        };
        if answered(view, addressee, n, &claims) {
            continue;
        }
        match unanswered.iter_mut().find(|(a, _)| *a == addressee) {
            Some((_, demands)) => demands.push(e),
            None => unanswered.push((addressee, vec![e])),
        }
    }
    found.extend(
        unanswered
            .into_iter()
            .map(|(addressee, demands)| Wait::Answer { addressee, demands }),
    );
    found
}

/// Whether `party` (or a member for it) has answered position `n`: a
/// claim of its own on `n` with a side or `considers`, or a move in the view.
fn answered(view: &View, party: NodeIx, n: NodeIx, claims: &[EdgeIx]) -> bool {
    let g = view.graph;
    let its = |p: NodeIx| p == party || view.party_of_member(party) == Some(p);
    view.agreed.contains(&(Some(party), n))
        || claims.iter().any(|&e| {
            let relation = g.meta(e).relation;
            (relation.side().is_some() || relation == Relation::Considers)
                && counts_for(view, e).is_some_and(|(p, s)| its(p) || s == Some(party))
        })
}
