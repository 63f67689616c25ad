//! The arguments of `unblock`, `effects`, `changes` and `timeline`.

use clap::Args;
use negograph::model::Date;

use super::{JsonArg, ViewArgs};

pub const UNBLOCK_EXAMPLES: &str = "\
Examples:
  negograph unblock direct-talks                   nothing to give up: what to deliver, in order
  negograph -f graph/trade-talks.json unblock tariff-cut     a knot of three
  negograph unblock ceasefire-30d --max 3 --size 2 --json
  negograph unblock ceasefire-30d --as-of 2025-05-10

An option is a set of concessions (a holder drops a condition, a party
withdraws a rejection, a holder lifts a block) after which X and what it
still needs hold no knot, no rejection and no block; no concession in it can
be left out. Options come smallest first; each lists what remains to deliver
and who must act. The search stops at --max options or --size concessions,
and says so.";

#[derive(Debug, Args)]
pub struct UnblockArgs {
    /// The demand, condition or proposal (id, label or alias)
    pub node: String,
    /// List at most this many options
    #[arg(long, default_value_t = 10, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub max: u16,
    /// Consider options of at most this many concessions
    #[arg(long, default_value_t = 3, value_name = "K", value_parser = clap::value_parser!(u8).range(0..=negograph::query::unblock::MAX_SIZE as i64))]
    pub size: u8,
    #[command(flatten)]
    pub view: ViewArgs,
    #[command(flatten)]
    pub json: JsonArg,
}

pub const EFFECTS_EXAMPLES: &str = "\
Examples:
  negograph effects russia-refuses-30d       if Russia refuses the 30-day ceasefire?
  negograph effects western-aid-pause        what a pause in Western aid unlocks
  negograph effects ceasefire-30d --json

What follows if X happens (is met): the positions nothing else blocks then
(unlocked), those that need X but wait for more, the threats whose trigger
is X, and how parties answered X.";

#[derive(Debug, Args)]
pub struct EffectsArgs {
    /// The demand, condition or proposal (id, label or alias)
    pub node: String,
    #[command(flatten)]
    pub view: ViewArgs,
    #[command(flatten)]
    pub json: JsonArg,
}

pub const CHANGES_EXAMPLES: &str = "\
Examples:
  negograph -f graph/trade-talks.json changes --from 2025-03-01 --to 2025-03-31
  negograph -f graph/trade-talks.json changes --from 2025-03-14
  negograph -f graph/trade-talks.json changes --from 2025-03-01 --to 2025-03-31 \\
      --party country-b
  negograph -f graph/trade-talks.json changes quota-rise --from 2025-03-01 --to 2025-03-31 \\
      --json

Claims that began to hold after --from and by --to (added), that stopped
holding (ended), dated status changes, and claims that did not begin in
those days cited by a source published in them (reported), grouped by party.";

#[derive(Debug, Args)]
pub struct ChangesArgs {
    /// Only what touches this node (id, label or alias)
    pub node: Option<String>,
    /// The earlier day (YYYY-MM-DD): what held then is the baseline
    #[arg(long, value_name = "DATE")]
    pub from: Date,
    /// The later day (YYYY-MM-DD); default: the newest source's date
    #[arg(long, value_name = "DATE")]
    pub to: Option<Date>,
    /// Only this party's claims and the positions it holds or must act for
    #[arg(long, value_name = "PARTY")]
    pub party: Option<String>,
    #[command(flatten)]
    pub json: JsonArg,
}

pub const TIMELINE_EXAMPLES: &str = "\
Examples:
  negograph -f graph/trade-talks.json timeline
  negograph -f graph/trade-talks.json timeline country-a --json

Every dated change in date order: claims beginning and ending, statuses
changing, claims first reported; for one party when given.";

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// Only this party's claims and positions
    pub party: Option<String>,
    #[command(flatten)]
    pub json: JsonArg,
}
