//! Node ids to node positions: the one look-up every edge end needs.
//!
//! A million edges mean three million look-ups into a quarter of a million ids,
//! in no order, so nearly every one misses the cache; on the 2-core VM this was
//! measured at over 100 ns a look-up, a quarter of all the time spent loading.
//! Two things make it cheaper:
//! - each slot keeps an id's first 8 bytes and length beside its position (16
//!   bytes a slot), so a short id is matched without leaving the table, one
//!   miss instead of two; a longer id is compared in full against the node
//!   list only when the first 8 bytes and the length agree;
//! - the table is a flat array probed linearly from a slot the caller can
//!   compute ahead ([`IdIndex::hash`], [`IdIndex::warm`]): the loader first
//!   touches the home slots of a whole batch of ends, loads that do not depend
//!   on one another and so overlap in the memory system, and then looks them
//!   up in cache. hashbrown hides where a key lives, so it cannot be warmed.

use std::hash::BuildHasher;

use crate::model::Node;

#[derive(Clone, Copy, Debug)]
struct Slot {
    head: u64,
    len: u32,
    node: u32,
}

/// Marks a free slot: a graph has fewer than `u32::MAX` nodes (its edges name them by `u32`).
const FREE: u32 = u32::MAX;

const EMPTY_SLOT: Slot = Slot {
    head: 0,
    len: 0,
    node: FREE,
};

/// An index of node ids. The first node with an id wins; validation reports
/// the others.
#[derive(Clone, Debug, Default)]
pub struct IdIndex {
    /// A power of two in length, at most half full, so every probe ends at a free slot.
    slots: Vec<Slot>,
    /// How far to shift a hash to get a slot number: the top bits are used.
    shift: u32,
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
        let size = (nodes.len() * 2).next_power_of_two().max(8);
        let mut index = IdIndex {
            slots: vec![EMPTY_SLOT; size],
            shift: 64 - size.trailing_zeros(),
            hasher: foldhash::fast::RandomState::default(),
        };
        let mut repeated = Vec::new();
        for (i, node) in nodes.iter().enumerate() {
            let id = node.id.as_str();
            let hash = index.hash(id);
            match index.probe(nodes, id, hash) {
                Ok(_) => repeated.push(i),
                Err(free) => {
                    index.slots[free] = Slot {
                        head: head(id),
                        len: id.len() as u32,
                        node: i as u32,
                    }
                }
            }
        }
        (index, repeated)
    }

    /// The hash an id is filed under, for [`IdIndex::warm`] and [`IdIndex::find_hashed`].
    pub fn hash(&self, id: &str) -> u64 {
        self.hasher.hash_one(id)
    }

    /// Reads the slots where these hashes start their probes and returns a value
    /// made from them, for the caller to pass to `std::hint::black_box` so that
    /// the reads happen: they bring the slots into cache for the look-ups that follow.
    pub fn warm(&self, hashes: &[u64]) -> u64 {
        if self.slots.is_empty() {
            return 0;
        }
        hashes
            .iter()
            .fold(0, |acc, &h| acc ^ self.slots[self.home(h)].head)
    }

    fn home(&self, hash: u64) -> usize {
        (hash >> self.shift) as usize
    }

    /// The position of the node with this id. `nodes` must be the list the index was built from.
    pub fn find(&self, nodes: &[Node], id: &str) -> Option<usize> {
        self.find_hashed(nodes, id, self.hash(id))
    }

    /// [`IdIndex::find`] with the id's hash already known.
    pub fn find_hashed(&self, nodes: &[Node], id: &str, hash: u64) -> Option<usize> {
        self.probe(nodes, id, hash).ok()
    }

    /// The node with this id, or else the free slot where it would go.
    fn probe(&self, nodes: &[Node], id: &str, hash: u64) -> Result<usize, usize> {
        if self.slots.is_empty() {
            return Err(0);
        }
        let (h, len) = (head(id), id.len() as u32);
        let mask = self.slots.len() - 1;
        let mut at = self.home(hash);
        loop {
            let slot = self.slots[at];
            if slot.node == FREE {
                return Err(at);
            }
            if slot.head == h && slot.len == len && (len <= 8 || nodes[slot.node as usize].id == id)
            {
                return Ok(slot.node as usize);
            }
            at = (at + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodeKind;

    fn node(id: &str) -> Node {
        Node::new(id, NodeKind::Party, id)
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

    #[test]
    fn agrees_with_a_hash_map_on_many_ids() {
        // Ids that crowd the table: shared 8-byte heads, equal lengths, repeats.
        let ids: Vec<String> = (0..20_000u32)
            .map(|i| match i % 4 {
                0 => format!("n{}", i % 7_000),
                1 => format!("shared-head-{}", i * 31 % 9_000),
                2 => format!("{:x}", i.wrapping_mul(2_654_435_761)),
                _ => "x".repeat(i as usize % 40),
            })
            .collect();
        let nodes: Vec<Node> = ids.iter().map(|id| node(id)).collect();
        let (index, repeated) = IdIndex::build(&nodes);
        let mut first = std::collections::HashMap::new();
        let mut expected_repeats = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            if first.contains_key(id.as_str()) {
                expected_repeats.push(i);
            } else {
                first.insert(id.as_str(), i);
            }
        }
        assert_eq!(repeated, expected_repeats);
        for probe in ids
            .iter()
            .map(String::as_str)
            .chain(["n7000", "shared-head-", "y", ""])
        {
            let hash = index.hash(probe);
            let _ = index.warm(&[hash]);
            assert_eq!(
                index.find(&nodes, probe),
                first.get(probe).copied(),
                "{probe}"
            );
            assert_eq!(
                index.find_hashed(&nodes, probe, hash),
                first.get(probe).copied()
            );
        }
        let empty = IdIndex::default();
        assert_eq!((empty.find(&nodes, "n1"), empty.warm(&[1, 2])), (None, 0));
    }
}
