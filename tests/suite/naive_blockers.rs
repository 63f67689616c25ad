//! What stands in the way of a position, by the plain reading of
//! docs/semantics.md: the reference `properties::blockers_agree_with_the_fixed_point`
//! checks `blockers` against on random graphs.

use negograph::graph::{EdgeIx, NodeIx};
use negograph::model::{NodeKind, Relation, Side};
use negograph::standing::claim_sides;
use negograph::view::View;

/// The party a visible claim counts for, by the plain definition: its `by`
/// or its `from` party, or the party that one is a member of (the first
/// visible `member_of` claim in file order that is on no circle of
/// memberships: a circle's claims are listed, never used, docs/semantics.md).
fn naive_party(v: &View, e: EdgeIx) -> Option<NodeIx> {
    let g = v.graph;
    let m = g.meta(e);
    let holder =
        m.by.or((g.kind(m.from) == NodeKind::Party).then_some(m.from))?;
    let party = g
        .edge_indices()
        .filter(|&f| v.edge_on(f))
        .find(|&f| {
            g.meta(f).relation == Relation::MemberOf
                && g.meta(f).from == holder
                && !on_membership_circle(v, f)
        })
        .map_or(holder, |f| g.meta(f).to);
    Some(party)
}

/// Whether visible `member_of` claim `f` (a of b) closes a circle: b is a
/// member of a, directly or through others (a of a itself too). Plain
/// search over every visible membership.
fn on_membership_circle(v: &View, f: EdgeIx) -> bool {
    let g = v.graph;
    let (a, b) = (g.meta(f).from, g.meta(f).to);
    let mut seen = vec![b];
    let mut at = 0;
    while at < seen.len() {
        let here = seen[at];
        at += 1;
        if here == a {
            return true;
        }
        for h in g.edge_indices().filter(|&h| v.edge_on(h)) {
            let m = g.meta(h);
            if m.relation == Relation::MemberOf && m.from == here && !seen.contains(&m.to) {
                seen.push(m.to);
            }
        }
    }
    false
}

/// Obstacles by fixed point, straight from docs/semantics.md (nothing for a
/// position met already): relax
/// shortest distances down unsettled preconditions and from proposals to
/// their unsettled terms until nothing changes (the tree). Then, as (the
/// obstacle's node, the length of its chain), one entry per obstacle: each
/// node of the tree but the target, whose actor (none here: random graphs
/// name none) has not agreed, at its own depth; and one more step out, each
/// block by a standing position, each refusal (of the node, or of a package
/// outside the tree it is a term of, unless the refusing party is for the
/// node and refuses it not), each party for a standing position
/// that excludes it. A cancelled node (format 1.2) is a leaf of the tree
/// and an obstacle itself, with nothing else on it; a cancelled target has
/// none listed.
pub(crate) fn naive_blockers(v: &View, x: NodeIx) -> Vec<(usize, usize)> {
    let g = v.graph;
    // Met already: nothing stands in its way. Cancelled: it will not take place.
    if v.is_met(x) || v.is_cancelled(x) {
        return Vec::new();
    }
    let n = g.node_count();
    let edges: Vec<EdgeIx> = g.edge_indices().filter(|&e| v.edge_on(e)).collect();
    let inf = usize::MAX;
    let mut pre = vec![inf; n];
    pre[x.index()] = 0;
    // (the node searched from, the node reached) for the edges a search follows.
    let step = |e: EdgeIx| {
        let m = g.meta(e);
        match m.relation {
            Relation::ConditionsOn => Some((m.from, m.to)),
            Relation::PartOf => Some((m.to, m.from)),
            _ => None,
        }
    };
    loop {
        let mut changed = false;
        for &e in &edges {
            if let Some((up, down)) = step(e)
                && pre[up.index()] != inf
                && !v.is_cancelled(up)
                && !v.is_settled(down)
                && pre[up.index()] + 1 < pre[down.index()]
            {
                pre[down.index()] = pre[up.index()] + 1;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let in_tree = |i: NodeIx| pre[i.index()] != inf;
    // In the tree with something standing on it: not a cancelled leaf.
    let open_in_tree = |i: NodeIx| in_tree(i) && !v.is_cancelled(i);
    // One party, one entry: each obstacle under what makes it one entry
    // (docs/semantics.md): its kind, the party, the node, what it bears on.
    let none = usize::MAX;
    let mut found: Vec<([usize; 5], (usize, usize))> = (0..n)
        .filter(|&i| i != x.index() && pre[i] != inf)
        .map(|i| ([0, i, 0, 0, 0], (i, pre[i])))
        .collect();
    let party_of = |e: EdgeIx| naive_party(v, e).map_or(none, NodeIx::index);
    // Sides by the one rule every answer reads (a counter-offer is its
    // offerer's, docs/semantics.md "Sides"): the reference checks what
    // stands in the way, not a second copy of who is on which side.
    let takes = |h: EdgeIx, t: NodeIx, side: Side| claim_sides(g, h).any(|s| s == (t, side));
    for &e in &edges {
        let m = g.meta(e);
        if m.relation == Relation::Blocks
            && open_in_tree(m.to)
            && m.from != x
            && !v.is_withdrawn(m.from)
        {
            let key = [1, m.from.index(), m.to.index(), party_of(e), 0];
            found.push((key, (m.from.index(), pre[m.to.index()] + 1)));
        }
        if takes(e, m.to, Side::Against) {
            let party = naive_party(v, e).unwrap();
            let (p, r) = (party.index(), m.relation as usize);
            if open_in_tree(m.to) {
                let key = [2, p, m.to.index(), r, none];
                found.push((key, (p, pre[m.to.index()] + 1)));
            }
            // A refusal of a package reaches each of its terms in the tree
            // but those the refusing party is itself for (and refuses not).
            let stands_on = |t: NodeIx, side: Side| {
                edges
                    .iter()
                    .any(|&h| takes(h, t, side) && naive_party(v, h) == Some(party))
            };
            let wants = |t: NodeIx| stands_on(t, Side::For) && !stands_on(t, Side::Against);
            if !in_tree(m.to) && !v.is_withdrawn(m.to) {
                for &t in &edges {
                    let tm = g.meta(t);
                    if tm.relation == Relation::PartOf
                        && tm.to == m.to
                        && open_in_tree(tm.from)
                        && !wants(tm.from)
                    {
                        let key = [2, p, tm.from.index(), r, m.to.index()];
                        found.push((key, (p, pre[tm.from.index()] + 1)));
                    }
                }
            }
        }
        if m.relation == Relation::Excludes {
            for (here, other) in [(m.from, m.to), (m.to, m.from)] {
                if !open_in_tree(here) || here == other || v.is_withdrawn(other) {
                    continue;
                }
                // Both in the tree: a clash, listed once on each; and each
                // party for the excluding position.
                if in_tree(other) {
                    let key = [3, other.index(), here.index(), e.index(), 0];
                    found.push((key, (other.index(), pre[here.index()] + 1)));
                }
                for &h in &edges {
                    if takes(h, other, Side::For) {
                        let key = [4, party_of(h), other.index(), here.index(), 0];
                        found.push((key, (other.index(), pre[here.index()] + 1)));
                    }
                }
            }
        }
    }
    found.sort_unstable();
    found.dedup_by_key(|(key, _)| *key);
    let mut found: Vec<(usize, usize)> = found.into_iter().map(|(_, at)| at).collect();
    found.sort_unstable();
    found
}
