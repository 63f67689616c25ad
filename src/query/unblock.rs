//! What it would take to unblock a demand or condition: the smallest sets of
//! concessions after which it can be reached, and who must act then.
//!
//! X *can be reached* when X and its tree of unmet preconditions (the binding
//! `conditions_on` edges of the view, stopping at met or withdrawn nodes)
//! contain no knot of mutual preconditions, no node a party rejects and no
//! node something blocks: then what remains can be delivered in some order,
//! preconditions first. A *concession* is a party giving up one position it
//! states in the view: the party holding a precondition drops it, a party
//! withdraws its rejection of a node in the tree, or the party holding a block
//! lifts it. A set of concessions is an *option* when after it X can be
//! reached and no concession can be left out of it (it is inclusion-minimal).
//!
//! Options are listed by size, then in the order their concessions were met
//! walking out from X; the search stops at [`UnblockOptions::max`] options or
//! options of [`UnblockOptions::size`] concessions and says so. Each option
//! comes with its plan: the nodes still to deliver, each after its
//! preconditions, with the parties who must act for each (`actor`).
//!
//! It is a minimal hitting-set problem, solved on the blocking subgraph alone
//! (the algorithm and its proof are in `unblock/search.rs`): `O(T)` to read a subgraph of `T` nodes
//! and edges off the view, then `O(w^K · T)` for options of at most `K`
//! concessions when each knot or chain to an obstacle offers at most `w`,
//! within a fixed work budget. Nothing outside the subgraph is touched, so
//! the size of the whole graph does not matter.

mod search;

use serde::Serialize;

pub use search::{ConcessionKind, CutOff, WORK_BUDGET};

use super::{Link, NodeRef};
use crate::graph::{EdgeIx, NodeIx};
use crate::model::{Date, Relation, Status};
use crate::view::{AsOfBasis, View};

/// How far to search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnblockOptions {
    /// List at most this many options.
    pub max: usize,
    /// Consider options of at most this many concessions.
    pub size: usize,
    /// Stop after this many steps of work ([`WORK_BUDGET`] by default).
    pub budget: u64,
}

impl Default for UnblockOptions {
    fn default() -> UnblockOptions {
        UnblockOptions {
            max: 10,
            size: 3,
            budget: WORK_BUDGET,
        }
    }
}

/// One position a party gives up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Concession {
    /// `drop_condition`, `withdraw_rejection` or `lift_block`.
    pub kind: ConcessionKind,
    /// The party that gives it up.
    pub holder: String,
    /// The `from` of the edge given up.
    pub from: String,
    /// The relation of the edge given up: `conditions_on`, `rejects` or `blocks`.
    pub relation: Relation,
    /// The `to` of the edge given up.
    pub to: String,
    /// The words of the position given up (its first citation).
    pub quote: Option<String>,
    /// The source of that quote.
    pub source: Option<String>,
    /// Every edge given up (the position stated once, or several times with
    /// other dates or sources), with all its citations.
    pub links: Vec<Link>,
    /// The holder's node, for drawing; not in the JSON.
    #[serde(skip)]
    pub holder_ix: NodeIx,
}

/// One node still to deliver once an option is taken.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The node (`id`, `kind`, `label`, `status`, flattened into the step).
    #[serde(flatten)]
    pub node: NodeRef,
    /// The parties who must act for it (its `actor`), where the graph names them.
    pub actors: Vec<String>,
    /// The preconditions it still waits for, each an earlier step.
    pub after: Vec<String>,
}

/// One way to unblock the target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnblockOption {
    /// What is given up (empty when nothing needs to be).
    pub concessions: Vec<Concession>,
    /// Then what remains, in an order that can be delivered: every node after
    /// its preconditions, the target last.
    pub then: Vec<Step>,
}

/// A party that appears in the options: "who has to move first?".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mover {
    /// The party's id.
    pub party: String,
    /// The options (numbered from 1) it has a concession in.
    pub options: Vec<usize>,
    /// The options it can open alone: every concession in them is its own.
    pub alone: Vec<usize>,
}

/// The answer to "what would it take to unblock X?".
#[derive(Clone, Debug, Serialize)]
pub struct Unblock {
    /// The target's id.
    pub target: String,
    /// The target's label.
    pub target_label: String,
    /// The target's status in the view.
    pub status: Status,
    /// The day the view shows; `None` (`null`) for all time.
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is: `given`, `newest-source`, `today` or `all-time`.
    pub as_of_basis: AsOfBasis,
    /// The ids of the nodes the view assumes met (`--assume`), in the order given.
    pub assumed: Vec<String>,
    /// The target is met already: there is nothing to unblock.
    pub already_met: bool,
    /// Nothing needs giving up: the one option has no concessions.
    pub reachable_now: bool,
    /// The options, smallest first.
    pub options: Vec<UnblockOption>,
    /// Every minimal option is listed.
    pub complete: bool,
    /// Why not, when not: `max`, `size` or `budget`.
    pub cut_off: Option<CutOff>,
    /// The most options listed (`--max`).
    pub max: usize,
    /// The largest option searched for, in concessions (`--size`).
    pub size: usize,
    /// The parties in the options, those who can open most options alone first.
    pub movers: Vec<Mover>,
    /// Blocks on the target that no party holds: while they stand, no
    /// concession unblocks it.
    pub fixed: Vec<Link>,
    /// How many nodes the blocking subgraph searched has.
    pub subgraph_nodes: usize,
    /// How many edges the blocking subgraph has.
    pub subgraph_edges: usize,
    /// The edges of the blocking subgraph (preconditions and obstacles), for drawing.
    #[serde(skip)]
    pub subgraph: Vec<EdgeIx>,
}

/// The options for unblocking `target` in `view`.
pub fn unblock(view: &View, target: NodeIx, options: UnblockOptions) -> Unblock {
    let g = view.graph;
    let mut answer = Unblock {
        target: g.id(target).to_owned(),
        target_label: g.label(target).to_owned(),
        status: view.status(target),
        as_of: view.as_of,
        as_of_basis: view.as_of_basis,
        assumed: view.assumed.iter().map(|&n| g.id(n).to_owned()).collect(),
        already_met: view.is_met(target),
        reachable_now: false,
        options: Vec::new(),
        complete: true,
        cut_off: None,
        max: options.max,
        size: options.size,
        movers: Vec::new(),
        fixed: Vec::new(),
        subgraph_nodes: 0,
        subgraph_edges: 0,
        subgraph: Vec::new(),
    };
    if answer.already_met {
        return answer;
    }
    let sub = search::Subgraph::build(view, target);
    answer.subgraph_nodes = sub.nodes.len();
    answer.subgraph = sub.edges();
    answer.subgraph_edges = answer.subgraph.len();
    let found = search::minimal_sets(&sub, options.max, options.size, options.budget);
    if found.impossible {
        answer.fixed = sub
            .fixed
            .iter()
            .filter(|(v, _)| *v == 0)
            .map(|&(_, e)| Link::new(g, e))
            .collect();
        return answer;
    }
    answer.cut_off = found.cut_off;
    answer.complete = found.cut_off.is_none();
    let concession = |c: u32| {
        let give = &sub.gives[c as usize];
        let links: Vec<Link> = give.edges.iter().map(|&e| Link::new(g, e)).collect();
        Concession {
            kind: give.kind,
            holder: g.id(give.holder).to_owned(),
            from: g.id(give.from).to_owned(),
            relation: links[0].relation,
            to: g.id(give.to).to_owned(),
            quote: links[0].quote.clone(),
            source: links[0].source.clone(),
            links,
            holder_ix: give.holder,
        }
    };
    let step = |(v, after): &(u32, Vec<u32>)| {
        let n = sub.nodes[*v as usize];
        Step {
            node: NodeRef::new(view, n),
            actors: g.actors(n).iter().map(|&p| g.id(p).to_owned()).collect(),
            after: after
                .iter()
                .map(|&w| g.id(sub.nodes[w as usize]).to_owned())
                .collect(),
        }
    };
    answer.options = found
        .sets
        .iter()
        .map(|(set, plan)| UnblockOption {
            concessions: set.iter().map(|&c| concession(c)).collect(),
            then: plan.iter().map(step).collect(),
        })
        .collect();
    answer.reachable_now = matches!(&answer.options[..], [only] if only.concessions.is_empty());
    answer.movers = movers(&answer.options);
    answer
}

/// Who appears in which options, and which each can open alone; those who
/// can open most alone first, then those in most options, then by first
/// appearance.
fn movers(options: &[UnblockOption]) -> Vec<Mover> {
    let mut movers: Vec<(NodeIx, Mover)> = Vec::new();
    for (i, option) in options.iter().enumerate() {
        let number = i + 1;
        let first = option.concessions.first().map(|c| c.holder_ix);
        let alone = option
            .concessions
            .iter()
            .all(|c| Some(c.holder_ix) == first);
        for c in &option.concessions {
            let at = match movers.iter().position(|(p, _)| *p == c.holder_ix) {
                Some(at) => at,
                None => {
                    movers.push((
                        c.holder_ix,
                        Mover {
                            party: c.holder.clone(),
                            options: Vec::new(),
                            alone: Vec::new(),
                        },
                    ));
                    movers.len() - 1
                }
            };
            let mover = &mut movers[at].1;
            if mover.options.last() != Some(&number) {
                mover.options.push(number);
                if alone {
                    mover.alone.push(number);
                }
            }
        }
    }
    // Stable: ties keep the order of first appearance.
    movers.sort_by(|(_, a), (_, b)| {
        b.alone
            .len()
            .cmp(&a.alone.len())
            .then(b.options.len().cmp(&a.options.len()))
    });
    movers.into_iter().map(|(_, m)| m).collect()
}
