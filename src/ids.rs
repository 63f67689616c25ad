//! Node ids to node positions: the one look-up every edge end needs.
//!
//! A million edges mean three million look-ups into a quarter of a million ids,
//! so the table keeps each id's first 8 bytes and length beside its position
//! (16 bytes a slot, so a quarter of a million ids fit in a few MiB of cache):
//! short ids match without leaving the table, one cache miss instead of two and
//! no pointer to chase. Longer ids are compared in full against the node list
//! only when the first 8 bytes and the length agree.

use std::hash::BuildHasher;

use hashbrown::HashTable;

use crate::model::Node;

#[derive(Clone, Copy, Debug)]
struct Slot {
    head: u64,
    len: u32,
    node: u32,
}

/// An index of node ids. The first node with an id wins; validation reports
/// the others.
#[derive(Clone, Debug, Default)]
pub struct IdIndex {
    table: HashTable<Slot>,
    // Seeded per process, so a hostile file cannot choose ids that collide.
    hasher: foldhash::fast::RandomState,
}

fn head(id: &str) -> u64 {
    let mut bytes = [0u8; 8];
    let n = id.len().min(8);
    bytes[..n].copy_from_slice(&id.as_bytes()[..n]);
    u64::from_le_bytes(bytes)
}

impl IdIndex {
    /// Indexes `nodes`, returning the positions of nodes whose id an earlier node already has.
    pub fn build(nodes: &[Node]) -> (IdIndex, Vec<usize>) {
        let mut index = IdIndex {
            table: HashTable::with_capacity(nodes.len()),
            hasher: foldhash::fast::RandomState::default(),
        };
        let mut repeated = Vec::new();
        for i in 0..nodes.len() {
            if !index.insert(nodes, i) {
                repeated.push(i);
            }
        }
        (index, repeated)
    }

    /// Adds node `i` of `nodes`, unless its id is taken; says whether it was added.
    fn insert(&mut self, nodes: &[Node], i: usize) -> bool {
        let id = nodes[i].id.as_str();
        if self.find(nodes, id).is_some() {
            return false;
        }
        let hash = self.hasher.hash_one(id);
        let slot = Slot {
            head: head(id),
            len: id.len() as u32,
            node: i as u32,
        };
        let hasher = &self.hasher;
        self.table.insert_unique(hash, slot, |s| {
            hasher.hash_one(nodes[s.node as usize].id.as_str())
        });
        true
    }

    /// The position of the node with this id. `nodes` must be the list the index was built from.
    pub fn find(&self, nodes: &[Node], id: &str) -> Option<usize> {
        let hash = self.hasher.hash_one(id);
        let (h, len) = (head(id), id.len() as u32);
        self.table
            .find(hash, |s| {
                s.head == h && s.len == len && (len <= 8 || nodes[s.node as usize].id == id)
            })
            .map(|s| s.node as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodeKind;

    fn node(id: &str) -> Node {
        Node {
            id: id.into(),
            kind: NodeKind::Party.into(),
            label: id.into(),
            aliases: Vec::new(),
            status: None,
            since: None,
            until: None,
            note: None,
        }
    }

    #[test]
    fn finds_short_long_and_repeated_ids() {
        // Two long ids that share their first 8 bytes and their length.
        let ids = ["a", "a-longer-id-one", "a-longer-id-two", "b", "a", ""];
        let nodes: Vec<Node> = ids.iter().map(|id| node(id)).collect();
        let (index, repeated) = IdIndex::build(&nodes);
        assert_eq!(repeated, vec![4]);
        assert_eq!(index.find(&nodes, "a"), Some(0));
        assert_eq!(index.find(&nodes, "a-longer-id-one"), Some(1));
        assert_eq!(index.find(&nodes, "a-longer-id-two"), Some(2));
        assert_eq!(index.find(&nodes, "b"), Some(3));
        assert_eq!(index.find(&nodes, ""), Some(5));
        for absent in ["c", "a-longer-id-thr", "a-longer", "a\0", "A"] {
            assert_eq!(index.find(&nodes, absent), None, "{absent:?}");
        }
    }
}
