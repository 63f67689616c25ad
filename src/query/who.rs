//! Who takes a position on a demand or condition, grouped by relation.

use petgraph::Direction::Incoming;
use serde::Serialize;

use super::{Link, NodeRef};
use crate::graph::NodeIx;
use crate::model::{Date, Relation};
use crate::view::View;

#[derive(Clone, Debug, Serialize)]
pub struct Group {
    pub relation: Relation,
    pub parties: Vec<Party>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Party {
    #[serde(flatten)]
    pub party: NodeRef,
    pub link: Link,
}

#[derive(Clone, Debug, Serialize)]
pub struct Who {
    pub target: NodeRef,
    pub as_of: Option<Date>,
    /// Only this relation was asked about, if any.
    pub relation: Option<Relation>,
    /// One group per stance relation that has parties, in the order demands,
    /// proposes, supports, rejects, threatens.
    pub groups: Vec<Group>,
}

pub fn who(view: &View, target: NodeIx, only: Option<Relation>) -> Who {
    let g = view.graph;
    let incoming = view.edges_in_order(target, Incoming);
    let groups = Relation::STANCES
        .iter()
        .filter(|r| only.is_none_or(|o| o == **r))
        .filter_map(|&relation| {
            let parties: Vec<Party> = incoming
                .iter()
                .filter(|&&e| g.meta(e).relation == relation)
                .map(|&e| Party {
                    party: NodeRef::new(view, g.meta(e).from),
                    link: Link::new(g, e),
                })
                .collect();
            (!parties.is_empty()).then_some(Group { relation, parties })
        })
        .collect();
    Who {
        target: NodeRef::new(view, target),
        as_of: view.as_of,
        relation: only,
        groups,
    }
}
