//! One party, one entry: the one home of the rule by which answers list
//! who stands where. Claims that count for the same party (its own, and
//! its members' speaking for it: [`super::counts_for`]), taking the same
//! relation (or making the same kind of obstacle) to the same node, are one
//! entry, with every claim as its evidence, in file order. `who`,
//! `stance`, `responses`, `conflicts`, `blockers` (and so `unblock`, whose
//! moves already take a party's claims together) and the map read it, so
//! "2 obstacles" never counts one party twice.

use crate::graph::{EdgeIx, NodeIx};
use crate::model::{End, Relation};
use crate::view::View;

/// What makes two claims one entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EntryKey {
    /// The party the claims count for (`None`: the graph names none).
    pub party: Option<NodeIx>,
    /// The relation they take (for an obstacle, the relation of the claim
    /// behind it: a rejection and a counter are two answers, one move).
    pub relation: Relation,
    /// The node they bear on.
    pub node: NodeIx,
    /// What else tells two readings of the node apart: the excluding
    /// position held (`excludes`), the package refused (a refusal reaching
    /// a term); `None` otherwise.
    pub through: Option<NodeIx>,
}

impl EntryKey {
    /// The entry of claim `e` among the claims on its `to` node: the party
    /// it counts for ([`super::counts_for`], else its `from`), its relation,
    /// and its counter-offer (`with`) to tell two counters apart.
    pub fn of_claim(view: &View, e: EdgeIx) -> EntryKey {
        let g = view.graph;
        let m = g.meta(e);
        EntryKey {
            party: Some(super::counts_for(view, e).map_or(m.from, |(party, _)| party)),
            relation: m.relation,
            node: m.to,
            through: match g.edge(e).with() {
                Some(End::Node(i)) => Some(NodeIx::new(i as usize)),
                _ => None,
            },
        }
    }
}

/// `items` grouped into one entry per [`EntryKey`], in the order each key
/// first appears: each entry is its first item and the others with the same
/// key (in their order). Linear in the items.
pub fn one_entry_each<T>(
    items: impl IntoIterator<Item = T>,
    key: impl Fn(&T) -> EntryKey,
) -> Vec<(T, Vec<T>)> {
    let mut at: foldhash::HashMap<EntryKey, usize> = foldhash::HashMap::default();
    let mut entries: Vec<(T, Vec<T>)> = Vec::new();
    for item in items {
        let k = key(&item);
        match at.get(&k) {
            Some(&i) => entries[i].1.push(item),
            None => {
                at.insert(k, entries.len());
                entries.push((item, Vec::new()));
            }
        }
    }
    entries
}
