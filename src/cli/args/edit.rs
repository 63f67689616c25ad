//! The subcommands that edit a graph file, with their flags and examples.

use clap::{Args, Subcommand};
use negograph::model::{Date, Lenient, NodeKind, Relation, Status, said};

/// Every edit; flattened into the top-level commands, so `negograph add ...`.
#[derive(Debug, Subcommand)]
pub enum EditCommand {
    /// Add a party, demand, condition, proposal or issue
    #[command(after_help = "\
Examples:
  negograph -f graph/trade-talks.json add party country-d --label \"Country D\" --alias D
  negograph -f graph/trade-talks.json add demand fishing --label Fishing --since 2025-03-12
  negograph -f graph/trade-talks.json add condition ban-lifted --label \"Ban lifted\" --dry-run
  negograph -f graph/trade-talks.json add issue quota-size --label \"Size of B's import quota\"
  negograph -f graph/trade-talks.json add proposal package --label \"The ministers' package\"
  negograph -f graph/trade-talks.json add demand quota-50k --label \"A 50,000 t quota\" \\
      --actor country-b --issue quota-size --quantity \"50000 tonnes\"
  then: negograph -f graph/trade-talks.json link quota-50k part_of package \\
      --source briefing-0320 --quote \"a quota of 50,000 tonnes\"
  negograph -f graph/trade-talks.json add demand quota-60k --label \"A 60,000 t quota\" \\
      --part-of package --source briefing-0320 --quote \"or a quota of 60,000 tonnes\"
  negograph -f graph/trade-talks.json add proposal swap --label \"A tariff-for-quota swap\" \\
      --term tariff-cut --term quota-rise --term \"levy=A steel levy\" --source memo-0301 \\
      --quote \"tariffs for quotas, and a levy\"

Edits need a file (-f FILE or NEGOGRAPH_FILE); the built-in graph is read-only.
Every edit is validated first, written atomically, and refused whole if the
result would be invalid.")]
    Add {
        /// party, demand, condition, proposal or issue
        kind: NodeKind,
        /// A new id: lower-case letters, digits and '-'
        id: String,
        /// Its name as people read it
        #[arg(long)]
        label: String,
        /// Another name for it (repeatable)
        #[arg(long = "alias", value_name = "NAME")]
        aliases: Vec<String>,
        /// open, met, rejected, withdrawn, postponed or cancelled (demands, conditions and proposals)
        #[arg(long)]
        status: Option<Status>,
        /// For a position: the day it is scheduled for, after its source's date (format 1.2)
        #[arg(long, value_name = "DATE")]
        scheduled: Option<Date>,
        /// A party who must act for it to be met (repeatable)
        #[arg(long, value_name = "PARTY")]
        actor: Vec<String>,
        /// The issue this term settles (an issue node)
        #[arg(long, value_name = "ISSUE")]
        issue: Option<String>,
        /// How much, as people write it: "45-60 days", "about 120"
        #[arg(long, value_name = "QUANTITY")]
        quantity: Option<String>,
        /// The proposal it is a term of: also records `ID part_of PROPOSAL`
        #[arg(long, value_name = "PROPOSAL")]
        part_of: Option<String>,
        /// For a proposal: a term of it (repeatable), a demand or condition's
        /// name, or ID=LABEL for a new demand; records `TERM part_of ID`
        #[arg(long, value_name = "TERM")]
        term: Vec<String>,
        /// The source of the `part_of` claims' quote
        #[arg(long)]
        source: Option<String>,
        /// The source's exact words, for the `part_of` claims
        #[arg(long, requires = "source")]
        quote: Option<String>,
        /// Who said it, as the source puts it
        #[arg(long, requires = "source")]
        speaker: Option<String>,
        /// A party the source does not name; the label says how it refers to it (format 1.2)
        #[arg(long)]
        unnamed: bool,
        #[command(flatten)]
        dating: Dating,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Record a dated change of status: NODE is STATUS from DATE on
    #[command(after_help = "\
Examples:
  negograph -f graph/trade-talks.json status monitoring met --on 2025-03-25
  negograph -f graph/trade-talks.json status trade-deal withdrawn --on 2025-03-28 \\
      --source briefing-0320 --quote \"The ministers met on 20 March.\"
  negograph -f graph/trade-talks.json status ministerial-talks postponed --on 2025-03-18 \\
      --scheduled 2025-03-27

Queries as of a date see the latest change on or before it.")]
    Status {
        /// The demand, condition or proposal (id, label or alias)
        node: String,
        /// open, met, rejected, withdrawn, postponed or cancelled
        status: Status,
        /// The day of the change (YYYY-MM-DD, or YYYY-MM, YYYY; or as the source
        /// said it, e.g. Tuesday, resolved from --source's date)
        #[arg(long, value_name = "DATE", value_parser = said::written)]
        on: Lenient<Date>,
        /// The source reporting the change
        #[arg(long)]
        source: Option<String>,
        /// The source's exact words
        #[arg(long, requires = "source")]
        quote: Option<String>,
        /// A note for readers of the graph
        #[arg(long)]
        note: Option<String>,
        /// The day it is scheduled for from DATE on: a postponement's new day (format 1.2)
        #[arg(long, value_name = "DAY")]
        scheduled: Option<Date>,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Add an edge: FROM RELATION TO, with its holder, source and quote; or one more citation of a claim already recorded
    #[command(after_help = "\
Examples:
  negograph -f graph/trade-talks.json link country-b rejects monitoring \\
      --source briefing-0320 --quote \"B will not admit monitors.\"
  negograph -f graph/trade-talks.json link country-b rejects monitoring \\
      --source memo-0301 --quote \"B doubts the monitors.\"       a second citation
  negograph -f graph/trade-talks.json link monitoring conditions_on ministerial-talks \\
      --by country-c --since 2025-03-12
  negograph -f graph/trade-talks.json link country-c supports monitoring --since Tuesday \\
      --source briefing-0320 --quote \"C backs monitors.\"   2025-03-18, from the briefing's date
  negograph -f graph/trade-talks.json add condition retaliation --label \"A hits back\"
  negograph -f graph/trade-talks.json add condition c-refuses --label \"C refuses monitors\"
  negograph -f graph/trade-talks.json link country-a threatens retaliation \\
      --target country-c --trigger c-refuses
  negograph -f graph/trade-talks.json link country-c counters quota-rise --with trade-deal")]
    Link {
        /// The node the edge starts from (id, label or alias)
        from: String,
        #[arg(help = relation_help(), long_help = relation_long_help())]
        relation: Relation,
        /// The node the edge points to (id, label or alias)
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
        /// Why the party took this stand, which the quote says ("the pension issue"; format 1.2)
        #[arg(long, requires = "quote")]
        reason: Option<String>,
        /// On threatens: the party threatened
        #[arg(long, value_name = "PARTY")]
        target: Option<String>,
        /// On threatens: what sets the threat off
        #[arg(long, value_name = "NODE")]
        trigger: Option<String>,
        /// On counters: the counter-offer
        #[arg(long, value_name = "NODE")]
        with: Option<String>,
        /// On demands, proposes and threatens: the party it is addressed to (format 1.2)
        #[arg(long, value_name = "PARTY")]
        addressee: Option<String>,
        /// The claim's place among the claims of its first day: 1, 2, ... (format 1.2)
        #[arg(long, value_name = "N")]
        seq: Option<u32>,
        /// On considers: the shade of the answer, in the source's words ("defers") (format 1.2)
        #[arg(long, value_name = "WORDS")]
        stance: Option<String>,
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
  negograph -f graph/trade-talks.json unlink country-c rejects monitoring
  negograph -f graph/trade-talks.json unlink tariff-cut conditions_on quota-rise --by country-a
  negograph -f graph/trade-talks.json unlink country-a supports monitoring --all    all of them")]
    Unlink {
        /// The node the edge starts from (id, label or alias)
        from: String,
        #[arg(help = relation_help(), long_help = relation_long_help())]
        relation: Relation,
        /// The node the edge points to (id, label or alias)
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

    /// Change a node: label, status, since, until, note, aliases, actor, issue, quantity, unnamed, scheduled
    #[command(after_help = "\
Examples:
  negograph -f graph/trade-talks.json set ministerial-talks status=met
  negograph -f graph/trade-talks.json set country-a \"aliases=A, the first\" note=
  negograph -f graph/trade-talks.json set monitoring until=2025-06-10 --dry-run
  negograph -f graph/trade-talks.json set tariff-cut actor=country-a \"quantity=25 percent\"

Keys: label, status, since, until, note, aliases, actor, issue, quantity,
unnamed (true or false), scheduled (a day).
An empty value removes the field; aliases and actors are comma-separated.")]
    Set {
        /// The node to change (id, label or alias)
        node: String,
        /// Changes, each KEY=VALUE (keys above; an empty VALUE removes the field)
        #[arg(required = true, value_name = "KEY=VALUE")]
        changes: Vec<String>,
        #[command(flatten)]
        dry: DryRun,
    },

    #[command(
        about = "Change an edge: since, until, quote, source, speaker, reason, note, by, target, trigger, with, addressee, seq, stance, disputed_by"
    )]
    #[command(after_help = "\
Examples:
  negograph -f graph/trade-talks.json set-edge trade-deal conditions_on monitoring until=2025-03-31
  negograph -f graph/trade-talks.json set-edge country-b proposes trade-deal \\
      \"quote=B tables a trade deal.\" source=briefing-0320
  negograph -f graph/trade-talks.json set-edge tariff-cut conditions_on quota-rise \\
      --by country-a \"note=as A's memo words it\"

Keys: since, until, quote, source, speaker, reason, note, by, target, trigger,
with, addressee, seq, stance, disputed_by (the first citation's quote, source, speaker and reason). An empty value
removes the field.")]
    SetEdge {
        /// The node the edge starts from (id, label or alias)
        from: String,
        #[arg(help = relation_help(), long_help = relation_long_help())]
        relation: Relation,
        /// The node the edge points to (id, label or alias)
        to: String,
        /// Pick the edge held by this party when several match
        #[arg(long, value_name = "PARTY")]
        by: Option<String>,
        /// Changes, each KEY=VALUE (keys above; an empty VALUE removes the field)
        #[arg(required = true, value_name = "KEY=VALUE")]
        changes: Vec<String>,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Change a node's id and every reference to it
    #[command(
        after_help = "Example:\n  negograph -f graph/trade-talks.json rename monitoring monitoring-mission"
    )]
    Rename {
        /// The node to rename (id, label or alias)
        old: String,
        /// Its new id: lower-case letters, digits and '-'
        new: String,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Remove a node (refused while edges touch it, unless --cascade)
    #[command(after_help = "\
Examples:
  negograph -f graph/trade-talks.json remove monitoring --cascade    and its edges, listed
  negograph -f graph/trade-talks.json remove trade-deal --cascade --dry-run")]
    Remove {
        /// The node to remove (id, label or alias)
        node: String,
        /// Also remove every edge that touches it
        #[arg(long)]
        cascade: bool,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Merge a fragment in the text format (.neg): new sources, nodes, claims and citations
    #[command(after_help = "\
Examples:
  negograph -f graph/trade-talks.json apply graph/fragments/trade-0322.neg --dry-run
  negograph -f graph/trade-talks.json apply graph/fragments/trade-0322.neg

Names in the fragment are ids, labels or aliases of the graph's nodes or of
the nodes the fragment defines (docs/text-format.md). A claim the graph
already records gets the fragment's citations. All or nothing: the merged
graph is validated, and nothing is written unless it is valid.")]
    Apply {
        /// The fragment to merge (the text format, docs/text-format.md)
        #[arg(value_name = "FRAGMENT.neg")]
        fragment: std::path::PathBuf,
        #[command(flatten)]
        dry: DryRun,
    },

    /// Manage sources
    #[command(
        subcommand,
        after_help = "\
Example:
  negograph -f graph/trade-talks.json source add wire-0322 --title \"Talks resume\" --date 2025-03-22"
    )]
    Source(SourceCommand),
}

/// When a new node or edge holds, and a note on it.
#[derive(Debug, Args, Clone)]
pub struct Dating {
    /// The first day it holds (YYYY-MM-DD, or YYYY-MM, YYYY; for a claim, also
    /// as the source said it, e.g. Tuesday, resolved from --source's date)
    #[arg(long, value_name = "DATE", value_parser = said::written)]
    pub since: Option<Lenient<Date>>,
    /// The last day it holds (written as --since)
    #[arg(long, value_name = "DATE", value_parser = said::written)]
    pub until: Option<Lenient<Date>>,
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
  negograph -f graph/trade-talks.json source add wire-0322 --title \"Talks resume\" \\
      --date 2025-03-22 --url https://example.org/wire-0322")]
    Add {
        /// A new id: lower-case letters, digits and '-' (check --sources reads DIR/<id>.txt)
        id: String,
        /// Its title
        #[arg(long)]
        title: String,
        /// The day it was published (YYYY-MM-DD, or YYYY-MM, YYYY when no more is
        /// known); queries default to the newest
        #[arg(long, value_name = "DATE")]
        date: Option<Date>,
        /// Where to read it
        #[arg(long)]
        url: Option<String>,
        /// Who published it
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

/// "The relation: demands, proposes, ...", from the relation table.
fn relation_help() -> String {
    let names: Vec<&str> = Relation::ALL.iter().map(|r| r.as_str()).collect();
    format!("The relation: {}", names.join(", "))
}

/// Each relation with what it says, from the relation table
/// ([`Relation::facts`]): a new relation is listed here by its row.
fn relation_long_help() -> String {
    let mut text = String::from("The relation:");
    for r in Relation::ALL {
        let facts = r.facts();
        let flags: Vec<String> = facts.fields.iter().map(|f| format!("--{f}")).collect();
        let flags = if flags.is_empty() {
            String::new()
        } else {
            format!(" ({})", flags.join(", "))
        };
        text.push_str(&format!("\n  {:<14} {}{flags}", r.as_str(), facts.help));
    }
    text
}
