//! What it would take to unblock a position: the smallest sets of moves,
//! each by a named party, after which nothing stands in its way, and who
//! must act then.
//!
//! The obstacles and the moves that clear each are the ones
//! [`crate::standing`] defines (and `blockers` lists): a holder drops a
//! condition; the actor of a precondition or term agrees to deliver it; a
//! party withdraws its refusal and accepts; a party gives up a position that
//! excludes the one wanted; a block's holder lifts it. A set of moves is an
//! *option* when after it no obstacle is left below the target and no move
//! can be left out of it (it is inclusion-minimal). An unmet precondition
//! whose actor has already agreed to deliver it needs no move: it is a step
//! of the plan. "Nothing has to be given up" exactly when `blockers` lists
//! no obstacle.
//!
//! Options are listed by size, then in the order their moves were met
//! walking out from the target; the search stops at [`UnblockOptions::max`]
//! options or options of [`UnblockOptions::size`] moves and says so. Each
//! option comes with its plan: the nodes still to deliver, each after its
//! preconditions, with the parties who must act for each (`actor`).
//!
//! It is a minimal hitting-set problem, solved on the target's tree alone
//! (the algorithm and its proof are in `unblock/search.rs`): `O(T)` to read a
//! tree of `T` nodes and edges off the view, then `O(w^K · T)` for options of
//! at most `K` moves when each obstacle and its chain offer at most `w`,
//! within a fixed work budget. Nothing outside the tree is touched, so the
//! size of the whole graph does not matter.

mod search;

use serde::Serialize;

pub use search::{CutOff, WORK_BUDGET};

pub use crate::standing::MoveKind;

use super::evidence::{Link, NodeRef};
use crate::graph::{EdgeIx, NodeIx};
use crate::model::{Date, Status};
use crate::standing::{ObstacleKind, Tree};
use crate::view::{AsOfBasis, View};

/// The largest option `--size` looks for: `unblock` searches sets of up to
/// this many moves (the command refuses more), and says so when options
/// of more may exist.
pub const MAX_SIZE: usize = 8;

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

/// One move by one party: giving up, or agreeing to, one stated position.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Move {
    /// `drop_condition`, `deliver`, `accept`, `give_up` or `lift_block`.
    pub kind: MoveKind,
    /// The party that makes it; `null` when the graph names nobody who
    /// must deliver the position.
    pub party: Option<String>,
    /// `drop_condition`: the position that needs; `lift_block`: the blocking
    /// node; otherwise the position accepted, delivered or given up.
    pub from: String,
    /// `drop_condition`: the precondition dropped; `lift_block`: the
    /// blocked node; otherwise the same as `from`.
    pub to: String,
    /// The words of the first claim given up (or, for `deliver`, of the
    /// claim that asks for the delivery).
    pub quote: Option<String>,
    /// The source of that quote.
    pub source: Option<String>,
    /// The claims the move gives up (a condition stated once or several
    /// times, a refusal, the holding of an excluding position, a block),
    /// with all their citations; empty for `deliver`.
    pub links: Vec<Link>,
    /// The claims that call for the move without being given up by it: the
    /// conditions that need a delivery, the `excludes` claim.
    pub evidence: Vec<Link>,
    /// The party's node, for drawing; not in the JSON.
    #[serde(skip)]
    pub party_ix: Option<NodeIx>,
    /// The `from` node; not in the JSON.
    #[serde(skip)]
    pub from_ix: NodeIx,
    /// The `to` node; not in the JSON.
    #[serde(skip)]
    pub to_ix: NodeIx,
}

impl Unblock {
    /// With nothing to give up, whether whoever must deliver what it needs
    /// has agreed: only where the plan names an actor and every one agreed
    /// (a threatened measure, or a demand its actor has not answered, is
    /// agreed by no one). What `unblock` and its drawing say.
    pub fn agreed_now(&self) -> bool {
        let Some(steps) = self.options.first().filter(|_| self.reachable_now) else {
            return false;
        };
        let with_actors = || steps.then.iter().filter(|s| !s.actors.is_empty());
        with_actors().next().is_some() && with_actors().all(|s| s.agreed)
    }
}

impl UnblockOption {
    /// Takes the option's moves in `view`: the claims given up are set
    /// aside, and each acceptance or delivery is recorded as agreed. After
    /// it, nothing stands in the way of the target (`blockers` lists no
    /// obstacle): what the property tests check.
    pub fn take(&self, view: &mut View) {
        let mut drop = Vec::new();
        let mut agree = Vec::new();
        for m in &self.moves {
            drop.extend(m.links.iter().map(|l| l.edge));
            match m.kind {
                MoveKind::Deliver => agree.push((m.party_ix, m.to_ix)),
                // Accepting in place of a counter-offer keeps the offer it
                // made: the party withdraws its refusal, not its word to
                // deliver what it offered (`standing::claim_sides`), which
                // the plan still counts as agreed.
                MoveKind::Accept => {
                    agree.push((m.party_ix, m.to_ix));
                    for l in &m.links {
                        for (on, side) in crate::standing::claim_sides(view.graph, l.edge) {
                            if side == crate::model::Side::For && on != m.to_ix {
                                agree.push((m.party_ix, on));
                            }
                        }
                    }
                }
                // Dropping a condition on a position keeps the offer it made:
                // the party now agrees to it without the condition.
                MoveKind::DropCondition => agree.push((m.party_ix, m.from_ix)),
                // Giving a position up is ceasing to press for it, not
                // refusing to deliver what the party had agreed to.
                MoveKind::GiveUp => agree.push((m.party_ix, m.to_ix)),
                MoveKind::LiftBlock => {}
            }
        }
        view.take_moves(&drop, &agree);
    }
}

/// One node still to deliver once an option is taken.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The node (`id`, `kind`, `label`, `status`, flattened into the step).
    #[serde(flatten)]
    pub node: NodeRef,
    /// The parties who must act for it (its `actor`), where the graph names them.
    pub actors: Vec<String>,
    /// Every actor has agreed to deliver it (or a move of the option makes
    /// it agree). For the target, what the graph says: its actors' agreement
    /// is not an obstacle, so no move asks for it.
    pub agreed: bool,
    /// When its actors agreed only by setting conditions of their own
    /// ([`crate::standing::agreed_on_conditions`]) that the option does not
    /// drop: those conditions, in file order, as `blockers`' `pending` gives
    /// them. Empty when each agreed outright, or when the option drops
    /// every condition they set (dropping one keeps the offer, without it).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub on_conditions: Vec<Link>,
    /// The preconditions it still waits for, each an earlier step.
    pub after: Vec<String>,
}

/// One way to unblock the target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnblockOption {
    /// The moves, in the order the walk from the target met them (empty
    /// when nothing needs to be given up or agreed to).
    pub moves: Vec<Move>,
    /// Then what remains, in an order that can be delivered: every node after
    /// its preconditions, the target last.
    pub then: Vec<Step>,
}

/// A party that appears in the options: "who has to move first?".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mover {
    /// The party's id.
    pub party: String,
    /// The options (numbered from 1) it has a move in.
    pub options: Vec<usize>,
    /// The options it can open alone: every move in them is its own.
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
    /// The claims the view sets aside (`--drop`), as FROM:RELATION:TO:
    /// the answer is a what-if, not what the graph says.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<String>,
    /// The target is met already: there is nothing to unblock.
    pub already_met: bool,
    /// The target is cancelled in this view: it will not take place as
    /// things stand, and no move in the graph brings it back, so there are
    /// no options (format 1.2).
    pub cancelled: bool,
    /// The target is withdrawn in this view (or replaced by a newer
    /// position): no party holds it now, and the options are what would
    /// unblock it if it were put back.
    pub withdrawn: bool,
    /// Its actors applying it, when it is a measure in force
    /// ([`crate::standing::applied_by`]), as `blockers` says: it needs no
    /// delivering, so no option's plan asks them to act; the moves are what
    /// it would take for those against it to come round.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub applied_by: Vec<String>,
    /// Nothing needs giving up or agreeing to: the one option has no moves.
    pub reachable_now: bool,
    /// The options, smallest first.
    pub options: Vec<UnblockOption>,
    /// Every minimal option is listed.
    pub complete: bool,
    /// Why not, when not: `max`, `size` or `budget`.
    pub cut_off: Option<CutOff>,
    /// The most options listed (`--max`).
    pub max: usize,
    /// The largest option searched for, in moves (`--size`).
    pub size: usize,
    /// The parties in the options, those who can open most options alone first.
    pub movers: Vec<Mover>,
    /// What no move takes away, when nothing can unblock the target: blocks
    /// on it that no party holds, and claims that two positions it cannot
    /// do without cannot both hold.
    pub fixed: Vec<Link>,
    /// What it waits on that no move of a party clears: its threats'
    /// triggers, demands whose addressee has not answered ([`super::waiting`]).
    pub waits_on: Vec<super::waiting::WaitsOn>,
    /// How many nodes the tree searched has.
    pub subgraph_nodes: usize,
    /// How many claims the tree has.
    pub subgraph_edges: usize,
    /// The claims of the tree (steps, obstacles, moves), for drawing.
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
        dropped: view.dropped_claims(),
        already_met: view.is_met(target),
        cancelled: view.is_cancelled(target),
        withdrawn: view.is_withdrawn(target),
        applied_by: Vec::new(),
        reachable_now: false,
        options: Vec::new(),
        complete: true,
        cut_off: None,
        max: options.max,
        size: options.size,
        movers: Vec::new(),
        fixed: Vec::new(),
        waits_on: Vec::new(),
        subgraph_nodes: 0,
        subgraph_edges: 0,
        subgraph: Vec::new(),
    };
    if answer.already_met || answer.cancelled {
        return answer;
    }
    answer.waits_on = super::waiting::waits_on(view, target);
    let applied = crate::standing::applied_by(view, target);
    answer.applied_by = applied.iter().map(|&a| g.id(a).to_owned()).collect();
    let sub = Tree::build(view, target);
    answer.subgraph_nodes = sub.nodes.len();
    answer.subgraph = sub.edges();
    answer.subgraph_edges = answer.subgraph.len();
    let found = search::minimal_sets(&sub, options.max, options.size, options.budget);
    if found.impossible {
        // What no move takes away: a block on the target no party holds,
        // or two positions it needs through no droppable condition that
        // cannot both hold.
        let mut fixed: Vec<EdgeIx> = sub
            .obstacles(0)
            .iter()
            .filter(|o| o.gives.is_empty())
            .map(|o| o.edge)
            .collect();
        fixed.extend(sub.clashes.iter().map(|&(_, _, e)| e));
        fixed.sort_unstable();
        fixed.dedup();
        answer.fixed = fixed.into_iter().map(|e| Link::seen(view, e)).collect();
        return answer;
    }
    answer.cut_off = found.cut_off;
    answer.complete = found.cut_off.is_none();
    let a_move = |c: u32| {
        let give = &sub.gives[c as usize];
        let links: Vec<Link> = give.edges.iter().map(|&e| Link::seen(view, e)).collect();
        let evidence: Vec<Link> = give.evidence.iter().map(|&e| Link::seen(view, e)).collect();
        let first = links.first().or(evidence.first());
        Move {
            kind: give.kind,
            party: give.party.map(|p| g.id(p).to_owned()),
            from: g.id(give.from).to_owned(),
            to: g.id(give.to).to_owned(),
            quote: first.and_then(|l| l.quote.clone()),
            source: first.and_then(|l| l.source.clone()),
            links,
            evidence,
            party_ix: give.party,
            from_ix: give.from,
            to_ix: give.to,
        }
    };
    let step = |set: &[u32], (v, after): &(u32, Vec<u32>)| {
        let n = sub.nodes[*v as usize];
        let actors = g.actors(n);
        let agreed = if *v == 0 {
            actors.iter().all(|&a| {
                crate::standing::agrees(view, a, n)
                    || set.iter().any(|&c| {
                        let m = &sub.gives[c as usize];
                        m.party == Some(a)
                            && m.to == n
                            && matches!(m.kind, MoveKind::Accept | MoveKind::Deliver)
                    })
            })
        } else {
            sub.obstacles(*v).iter().all(|o| {
                !matches!(o.kind, ObstacleKind::Precondition | ObstacleKind::Term)
                    || o.gives.iter().any(|c| set.contains(c))
            })
        };
        let on_conditions = if agreed {
            conditions_left(view, &sub, set, actors, n)
        } else {
            Vec::new()
        };
        Step {
            node: NodeRef::new(view, n),
            actors: actors.iter().map(|&p| g.id(p).to_owned()).collect(),
            agreed,
            on_conditions,
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
            moves: set.iter().map(|&c| a_move(c)).collect(),
            // A measure in force is applied already: nothing to deliver.
            then: plan
                .iter()
                .filter(|(v, _)| *v != 0 || applied.is_empty())
                .map(|s| step(set, s))
                .collect(),
        })
        .collect();
    answer.reachable_now = matches!(&answer.options[..], [only] if only.moves.is_empty());
    answer.movers = movers(&answer.options);
    answer
}

/// The conditions `actors` agreed to `n` on ([`crate::standing::agreed_on_conditions`])
/// that the option `set` leaves standing: a condition it drops binds no more.
fn conditions_left(
    view: &View,
    sub: &Tree,
    set: &[u32],
    actors: &[NodeIx],
    n: NodeIx,
) -> Vec<Link> {
    crate::standing::agreed_on_conditions(view, actors, n)
        .into_iter()
        .filter(|e| !set.iter().any(|&c| sub.gives[c as usize].edges.contains(e)))
        .map(|e| Link::seen(view, e))
        .collect()
}

/// Who appears in which options, and which each can open alone; those who
/// can open most alone first, then those in most options, then by first
/// appearance.
fn movers(options: &[UnblockOption]) -> Vec<Mover> {
    let mut movers: Vec<(NodeIx, Mover)> = Vec::new();
    for (i, option) in options.iter().enumerate() {
        let number = i + 1;
        let first = option.moves.first().and_then(|c| c.party_ix);
        let alone = first.is_some() && option.moves.iter().all(|c| c.party_ix == first);
        for c in &option.moves {
            let (Some(party_ix), Some(party)) = (c.party_ix, &c.party) else {
                continue;
            };
            let at = match movers.iter().position(|(p, _)| *p == party_ix) {
                Some(at) => at,
                None => {
                    movers.push((
                        party_ix,
                        Mover {
                            party: party.clone(),
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
