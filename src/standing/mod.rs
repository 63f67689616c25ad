//! What stands in the way of a position, who is on which side of it, and
//! what a move is: the one home of these rules. Every answer reads them from
//! here: `blockers`, `requires`, `unblock`, `effects`, `conflicts`, `who
//! --side`, `stance`, `compare`, the drawings and the map. `docs/semantics.md`
//! says the same in plain words, with worked graphs that are tests.
//!
//! **Sides.** A party is *for* a position when it demands, proposes,
//! supports or accepts it, or counters something with it (its
//! counter-offer, `with`); *against* it when it rejects, counters or ignores
//! it, or holds a position that `excludes` it ([`Relation::side`] is the
//! table). A party that `considers` a position (considers it, defers,
//! declines to endorse it) is on neither side: it has not agreed, so it is
//! an obstacle wherever its agreement is needed, and it has not refused, so
//! it is no refusal. `takes_part_in` and `mediates` put a party on no side.
//! A member's claim (`member_of`) counts for its party, and answers
//! say who spoke ("Netanyahu, for Israel"). A package's term is offered by
//! who proposes the package, else by the party its `part_of` claim is
//! recorded by ([`offered_by`]). A party *holds* its stands for positions,
//! its threats, its members' stands and the claims recorded `by` it
//! ([`holders`]: `stance` and the map's party panel); pressure on a member
//! is pressure on its party ([`pressed`]: `who P`, `show`, the map). A
//! position is *asked of* its actor when a position needs it, another
//! party demands it, or it is a term of a package another party offers, or
//! that the actor has not agreed to ([`asked_of`]: `who P`, `stance P`, the
//! map), so that no answer says nothing is asked of a party `blockers`
//! names to deliver.
//! One party, one entry: claims counting for one party, with one relation
//! to one node, are one entry with every claim as evidence
//! ([`one_entry_each`]).
//!
//! **Agreement.** A party has *agreed* to a position when it does not refuse
//! it and is for it, or sets a condition on it ("we will, only if ..."), or
//! is for a package (proposal) the position is a term of; or when a move
//! taken in the view says so ([`View::agreed`]). No party has agreed to a
//! withdrawn position (withdrawn or replaced): its stands no longer stand.
//! Answers that say "agreed" say on what condition, when a party agreed
//! only by setting one ([`agreed_on_conditions`]).
//!
//! **Obstacles.** Below a position X lies its *tree*: X, its preconditions
//! not yet settled (met or withdrawn), theirs, and for a proposal its
//! unsettled terms, each reached by a step down ([`step`]; `deadlocks`'
//! knots take the same steps). An obstacle is something some party must still give up
//! or do without having agreed to, on a node of the tree:
//! - an unmet precondition or term whose actor (who must deliver it) has not
//!   agreed to deliver it (or whose actor the graph does not name);
//! - a refusal: a party rejects, counters or ignores the node, or a package
//!   the node is a term of, unless the party is itself for the node (it
//!   turned the package down for its other terms:
//!   `package_refusal_reaches`);
//! - a block (`blocks`) by a position still standing;
//! - an incompatibility: a party holds a position that `excludes` the node;
//! - a knot: preconditions that need each other, so none can come first.
//!
//! An unmet precondition whose actors have all agreed is a *pending step*,
//! not an obstacle. **Moves** clear obstacles: a holder drops its
//! condition; a party accepts (withdraws its refusal, or agrees to deliver
//! what it must); a party gives up a position that excludes the node; a
//! block's holder lifts it. X is *clear* when its tree holds no obstacle;
//! then `blockers X` lists none and `unblock X` needs no move.
//!
//! **A measure in force.** The actor of a condition it applies (met, or
//! given as its own doing, not asked of it: [`applied_by`]) is for it,
//! without a claim: `conflicts`, `who --side`, `blockers` and `stance` (what
//! the party applies, [`applied_by_each`]) say so.
//!
//! **Waiting, not blocked.** A threatened measure waits on its trigger and
//! a demand addressed to a party that has not answered waits on its answer
//! ([`waits`]): neither is an obstacle nor agreed, and every answer that
//! finds X clear says what it waits on. A met or cancelled position waits
//! on nothing.

mod applied;
mod entries;
mod holds;
mod pressure;
mod sides;
mod steps;
mod tree;
mod waits;

pub use applied::{applied_by, applied_by_each};
pub use entries::{EntryKey, one_entry_each};
pub use holds::{holders, recorded_by};
pub use pressure::{asked_actors, asked_of, pressed};
pub use sides::{
    Agreement, Offer, Stand, TermStand, agreed_on_conditions, agreement, agrees, claim_sides,
    counts_for, offered_by, outweighed, packages_of, side_on, stands, stands_hold,
    stands_on_record, term_stands,
};
pub use steps::StepKind;
pub use steps::{needs, step, steps_down};
pub use tree::{FIXED, Give, MoveKind, Obstacle, ObstacleKind, Step, Tree};
pub use waits::{Wait, waits};

#[cfg(doc)]
use crate::{model::Relation, view::View};
