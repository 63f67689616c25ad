//! Finding edges recorded twice among a million, in cache.

use crate::graph::{EdgeMeta, NodeIx};
use crate::model::{Date, Relation};

/// The positions of edges that repeat an earlier one, ascending.
///
/// One big hash table would miss the cache on nearly every one of a million
/// probes; instead the edges are first spread by the top bits of their hash
/// into partitions of a few thousand (one sequential pass), and each partition
/// is checked with a small table that stays in cache. Within a partition
/// edges keep file order, so the first of a pair is the one kept.
///
/// `hashes[i]` is the hash of `same_edge` of edge `i`, made while the edges
/// were checked, on their threads; `broken` lists the edges left out (their
/// hashes mean nothing), ascending; `same(i, j)` says whether edges `i` and
/// `j` are the same record.
// Hashes are 32 bits, not 64, to keep 12 bytes an edge (the hashes and their
// spread) off a big graph's peak memory. A partition's edges share their top
// bits, so at a million edges 24 bits tell them apart: about a hundred
// collisions a run, each costing one more `same` call, never a wrong answer.
pub(super) fn duplicates(
    hashes: &[u32],
    broken: &[u32],
    same: impl Fn(u32, u32) -> bool,
) -> Vec<u32> {
    const PER_PARTITION: usize = 4096;
    let bits = (hashes.len() / PER_PARTITION)
        .next_power_of_two()
        .trailing_zeros();
    let partition = |hash: u32| {
        if bits == 0 {
            0
        } else {
            (hash >> (32 - bits)) as usize
        }
    };
    let sound = || {
        let mut broken = broken.iter().copied().peekable();
        (0..hashes.len() as u32)
            .filter(move |&i| broken.next_if_eq(&i).is_none())
            .map(|i| (hashes[i as usize], i))
    };
    let mut starts = vec![0usize; (1 << bits) + 1];
    for (hash, _) in sound() {
        starts[partition(hash) + 1] += 1;
    }
    for p in 1..starts.len() {
        starts[p] += starts[p - 1];
    }
    let mut spread = vec![(0u32, 0u32); hashes.len() - broken.len()];
    let mut next = starts.clone();
    for (hash, i) in sound() {
        let p = partition(hash);
        spread[next[p]] = (hash, i);
        next[p] += 1;
    }
    let mut repeats = Vec::new();
    // The table wants all 64 bits of its hash varied (it keys control bytes
    // on the top ones); within a partition the top bits of ours are fixed.
    let widen = |hash: u32| u64::from(hash).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut seen: hashbrown::HashTable<(u32, u32)> = hashbrown::HashTable::new();
    for part in starts.windows(2) {
        seen.clear();
        for &(hash, i) in &spread[part[0]..part[1]] {
            // Edges are looked at only when their hashes agree: reading every
            // edge here would be a cache miss each.
            let earlier = seen.find(widen(hash), |&(h, j)| h == hash && same(j, i));
            if earlier.is_some() {
                repeats.push(i);
            } else {
                seen.insert_unique(widen(hash), (hash, i), |&(h, _)| widen(h));
            }
        }
    }
    repeats.sort_unstable();
    repeats
}

/// What makes two edges the same record: ends, relation, holder and dates.
pub(super) fn same_edge(
    m: &EdgeMeta,
) -> (
    NodeIx,
    NodeIx,
    Relation,
    Option<NodeIx>,
    Option<Date>,
    Option<Date>,
) {
    (m.from, m.to, m.relation, m.by, m.time.since, m.time.until)
}
