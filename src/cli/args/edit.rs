//! The subcommands that edit a graph file, with their flags and examples.

use clap::{Args, Subcommand};
use negograph::model::{Date, NodeKind, Relation, Status};

/// Every edit; flattened into the top-level commands, so `negograph add ...`.
#[derive(Debug, Subcommand)]
pub enum EditCommand {
    /// Add a party, demand, condition, proposal or issue
    #[command(after_help = "\
Examples:
  negograph -f talks.json add party hamas --label Hamas --alias \"the group\"
  negograph -f talks.json add demand hostage-release --label \"Release of all hostages\" --since 2025-01-19
  negograph -f talks.json add condition aid-pause --label \"Pause in aid\" --dry-run
  negograph -f talks.json add issue truce-length --label \"Length of the truce\"
  negograph -f talks.json add proposal plan --label \"Witkoff proposal\"
  negograph -f talks.json add demand truce --label \"45-60 day truce\" --actor israel --issue truce-length --quantity \"45-60 days\"
      then: negograph -f talks.json link truce part_of plan --source ... --quote \"...\"

Edits need a file (-f FILE or NEGOGRAPH_FILE); the built-in graph is read-only.
Every edit is validated first, written atomically, and refused whole if the
result would be invalid.")]
    Add {
        /// party, demand, condition, proposal or issue
        kind: NodeKind,
        /// A new id: lower-case letters, digits and '-'
        id: String,
        #[arg(long)]
        label: String,
        /// Another name for it (repeatable)
        #[arg(long = "alias", value_name = "NAME")]
        aliases: Vec<String>,
        /// open, met, rejected or withdrawn (demands, conditions and proposals)
        #[arg(long)]
        status: Option<Status>,
        /// A party who must act for it to be met (repeatable)
        #[arg(long, value_name = "PARTY")]
        actor: Vec<String>,
        /// The issue this term settles (an issue node)
        #[arg(long, value_name = "ISSUE")]
        issue: Option<String>,
        /// How much, as people write it: "45-60 days", "about 120"
        #[arg(long, value_name = "QUANTITY")]
        quantity: Option<String>,
        #[command(flatten)]
        dating: Dating,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Record a dated change of status: NODE is STATUS from DATE on
    #[command(after_help = "\
Examples:
  negograph -f talks.json status prisoner-exchange met --on 2025-06-01
  negograph -f talks.json status ceasefire withdrawn --on 2025-06-10 --source reuters-0610 --quote \"...\"

Queries as of a date see the latest change on or before it.")]
    Status {
        /// The demand, condition or proposal (id, label or alias)
        node: String,
        /// open, met, rejected or withdrawn
        status: Status,
        /// The day of the change (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        on: Date,
        /// The source reporting the change
        #[arg(long)]
        source: Option<String>,
        /// The source's exact words
        #[arg(long, requires = "source")]
        quote: Option<String>,
        /// A note for readers of the graph
        #[arg(long)]
        note: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Add an edge: FROM RELATION TO, with its holder, source and quote; or one more citation of a claim already recorded
    #[command(after_help = "\
Examples:
  negograph -f talks.json link russia rejects ceasefire --source tass-0511 --quote \"...\"
  negograph -f talks.json link russia rejects ceasefire --source reuters-0512 --quote \"...\"   a second citation
  negograph -f talks.json link ceasefire conditions_on aid-pause --by russia --since 2025-05-11
  negograph -f talks.json link europe threatens sanctions --target russia --trigger russia-refuses
  negograph -f talks.json link russia counters ceasefire --with direct-talks

Relations: demands, proposes, supports, rejects, threatens, conditions_on
(needs --by), blocks, member_of, accepts, counters, ignores, mediates,
supersedes, part_of.")]
    Link {
        from: String,
        relation: Relation,
        to: String,
        /// The party whose position this is (required for `conditions_on`)
        #[arg(long, value_name = "PARTY")]
        by: Option<String>,
        /// The source id the quote comes from
        #[arg(long)]
        source: Option<String>,
        /// The source's exact words
        #[arg(long, requires = "source")]
        quote: Option<String>,
        /// Who said it, as the source puts it ("two officials")
        #[arg(long, requires = "source")]
        speaker: Option<String>,
        /// On threatens: the party threatened
        #[arg(long, value_name = "PARTY")]
        target: Option<String>,
        /// On threatens: what sets the threat off
        #[arg(long, value_name = "NODE")]
        trigger: Option<String>,
        /// On counters: the counter-offer
        #[arg(long, value_name = "NODE")]
        with: Option<String>,
        /// A party who disputes the claim (repeatable)
        #[arg(long = "disputed-by", value_name = "PARTY")]
        disputed_by: Vec<String>,
        #[command(flatten)]
        dating: Dating,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Remove an edge
    #[command(after_help = "\
Examples:
  negograph -f talks.json unlink russia rejects ceasefire
  negograph -f talks.json unlink ceasefire conditions_on aid-pause --by russia
  negograph -f talks.json unlink ukraine supports talks --all     every matching edge")]
    Unlink {
        from: String,
        relation: Relation,
        to: String,
        /// Only the edge held by this party
        #[arg(long, value_name = "PARTY")]
        by: Option<String>,
        /// Remove every matching edge, not just one
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Change a node: label, status, since, until, note, aliases
    #[command(after_help = "\
Examples:
  negograph -f talks.json set ceasefire status=met
  negograph -f talks.json set russia \"aliases=Moscow, the Kremlin\" note=
  negograph -f talks.json set ceasefire until=2025-06-10 --dry-run

An empty value removes the field; aliases are comma-separated.")]
    Set {
        node: String,
        /// key=value changes
        #[arg(required = true, value_name = "KEY=VALUE")]
        changes: Vec<String>,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Change an edge: since, until, quote, source, note, by
    #[command(after_help = "\
Examples:
  negograph -f talks.json set-edge direct-talks conditions_on ceasefire until=2025-05-10
  negograph -f talks.json set-edge russia proposes talks \"quote=Putin extended an invitation\" source=tass")]
    SetEdge {
        from: String,
        relation: Relation,
        to: String,
        /// Pick the edge held by this party when several match
        #[arg(long, value_name = "PARTY")]
        by: Option<String>,
        #[arg(required = true, value_name = "KEY=VALUE")]
        changes: Vec<String>,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Change a node's id and every reference to it
    #[command(after_help = "Example:\n  negograph -f talks.json rename ceasefire ceasefire-30d")]
    Rename {
        old: String,
        new: String,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Remove a node (refused while edges touch it, unless --cascade)
    #[command(after_help = "\
Examples:
  negograph -f talks.json remove turkey
  negograph -f talks.json remove aid-pause --cascade     also removes its edges, listing them")]
    Remove {
        node: String,
        /// Also remove every edge that touches it
        #[arg(long)]
        cascade: bool,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Manage sources
    #[command(
        subcommand,
        after_help = "\
Example:
  negograph -f talks.json source add reuters-0511 --title \"Zelensky says...\" --date 2025-05-11"
    )]
    Source(SourceCommand),
}

/// When a new node or edge holds, and a note on it.
#[derive(Debug, Args, Clone)]
pub struct Dating {
    /// The first day it holds (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub since: Option<Date>,
    /// The last day it holds (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub until: Option<Date>,
    /// A note for readers of the graph
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args, Clone, Copy)]
pub struct DryRun {
    /// Show what would change (a unified diff) and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum SourceCommand {
    /// Add a source that edges can cite
    #[command(after_help = "\
Example:
  negograph -f talks.json source add reuters-0511 --title \"Zelensky says...\" --date 2025-05-11 --url https://...")]
    Add {
        /// A new id: lower-case letters, digits and '-' (check --sources reads DIR/<id>.txt)
        id: String,
        #[arg(long)]
        title: String,
        #[arg(long, value_name = "DATE")]
        date: Option<Date>,
        #[arg(long)]
        url: Option<String>,
        #[arg(long)]
        publisher: Option<String>,
        /// A note, e.g. how its date was inferred
        #[arg(long)]
        note: Option<String>,
        /// Its text for check --sources DIR, relative to DIR (default <id>.txt); the file's `file` field
        #[arg(long, value_name = "PATH")]
        text_file: Option<String>,
        #[command(flatten)]
        dry: DryRun,
    },
}
