//! The command line: every subcommand, flag and example, and nothing else.
//! The subcommands that edit a file are declared in [`edit`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use negograph::export::RankDir;
use negograph::model::{Date, Relation};
use negograph::render;
use negograph::request::TextFormat;

use super::interop::{CypherArg, EXPORT_EXAMPLES, ExportArgs, IMPORT_EXAMPLES, ImportArgs};

mod analyses;
mod edit;

use analyses::{CHANGES_EXAMPLES, EFFECTS_EXAMPLES, TIMELINE_EXAMPLES, UNBLOCK_EXAMPLES};
pub use analyses::{ChangesArgs, EffectsArgs, TimelineArgs, UnblockArgs};
pub use edit::{EditCommand, SourceCommand};

const EXAMPLES: &str = "\
Examples:
  negograph show                                  the built-in Istanbul 2025 graph
  negograph ask \"what blocks the ceasefire?\"
  negograph blockers ceasefire-30d --as-of 2025-05-10
  negograph -f graph/trade-talks.json check         another graph: a file in the format
  negograph dot --blockers ceasefire-30d | dot -Tsvg > answer.svg

Without -f, every command reads the built-in graph of the May 2025 Istanbul
negotiation. Exit codes: 0 ok, 1 the graph has errors, 2 usage or I/O error.";

const DRAFT_EXAMPLES: &str = "\
Examples:
  negograph draft graph/examples/harbour-report.txt --source halvik
  negograph draft graph/examples/harbour-report.txt --source halvik > halvik.neg
  negograph draft graph/examples/harbour-report.txt --source halvik --json

Every quote is the report's own text; ids, and labels marked \"proposed\",
are the draft's. A candidate the rules are unsure of (a negation, a pronoun
for its holder, a half missing) is written commented out, with why. Names the
graph knows (-f) are written as its ids. Reports over 200,000 bytes are refused.";

#[derive(Debug, Parser)]
#[command(
    name = "negograph",
    version,
    about = "Negotiation positions as a typed graph: who demands what, on which conditions, and what blocks it",
    after_help = EXAMPLES,
    max_term_width = 100
)]
pub struct Cli {
    /// The graph file to read (default: the built-in Istanbul 2025 graph)
    #[arg(
        short,
        long,
        global = true,
        env = "NEGOGRAPH_FILE",
        value_name = "FILE"
    )]
    pub file: Option<PathBuf>,

    /// Refuse graph files larger than this many bytes
    #[arg(long, global = true, env = "NEGOGRAPH_MAX_FILE_SIZE", value_name = "BYTES",
          default_value_t = negograph::load::DEFAULT_MAX_FILE_SIZE)]
    pub max_file_size: u64,

    /// When to colour output
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    pub color: ColorWhen,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ColorWhen {
    /// Only on a terminal, and never when `NO_COLOR` is set
    Auto,
    Always,
    Never,
}

/// Which graph a query sees: a day, what-if assumptions, dropped edges.
#[derive(Debug, Args, Clone, Default)]
pub struct ViewArgs {
    /// See the graph as it stood on this day (YYYY-MM-DD); default: the newest
    /// source's date (today when no source has a date)
    #[arg(long, value_name = "DATE", conflicts_with = "all_time")]
    pub as_of: Option<Date>,

    /// Ignore dates: show every position ever recorded
    #[arg(long)]
    pub all_time: bool,

    /// Treat NODE as met for this query (repeatable)
    #[arg(long, value_name = "NODE")]
    pub assume: Vec<String>,

    /// Ignore the edge FROM:RELATION:TO for this query (repeatable)
    #[arg(long, value_name = "FROM:RELATION:TO")]
    pub drop: Vec<String>,
}

#[derive(Debug, Args, Clone, Copy)]
pub struct JsonArg {
    /// Print JSON (stable, documented in docs/json.md) instead of text
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a graph: counts, then every error and warning
    #[command(after_help = "\
Examples:
  negograph check
  negograph -f graph/trade-talks.json check
  negograph -f graph/examples/gaza-2025-05-26.json check --sources graph/sources
  negograph -f graph/trade-talks.json check --json

Exit code 1 when the graph has errors (warnings alone exit 0).")]
    Check {
        /// Also verify each quote against DIR/<source id>.txt
        #[arg(long, value_name = "DIR")]
        sources: Option<PathBuf>,
        #[command(flatten)]
        json: JsonArg,
    },

    /// The parties and their positions, or everything touching one node
    #[command(after_help = "\
Examples:
  negograph show
  negograph show Moscow
  negograph show \"the 30-day ceasefire\" --all-time
  negograph show russia --json")]
    Show {
        /// A node id, label or alias (case-insensitive)
        node: Option<String>,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        json: JsonArg,
    },

    /// Write the graph for other tools: GraphML, Neo4j Cypher, a LadybugDB folder or CSV
    #[command(after_help = EXPORT_EXAMPLES)]
    Export(ExportArgs),

    /// Build a graph file from the CSV form (nodes.csv, edges.csv, sources.csv)
    #[command(after_help = IMPORT_EXAMPLES)]
    Import(ImportArgs),

    /// Print the JSON Schema of the graph file format
    #[command(after_help = "Example:\n  negograph schema > negograph.schema.json")]
    Schema,

    /// What stands in the way of a demand, each blocker with the chain that explains it
    #[command(after_help = "\
Examples:
  negograph blockers ceasefire-30d
  negograph blockers \"direct talks\" --as-of 2025-05-10
  negograph blockers \"direct talks\" --assume western-aid-pause     if the West paused aid...
  negograph blockers ceasefire-30d --drop ceasefire-30d:conditions_on:western-aid-pause
  negograph blockers ceasefire-30d --json
  negograph blockers ceasefire-30d --cypher             the same question in LadybugDB's Cypher

Blockers of X: nodes that block X, parties that reject X, and unmet preconditions
of X (conditions_on), followed recursively through those preconditions.")]
    Blockers {
        /// The demand or condition (id, label or alias)
        node: String,
        /// For each blocker, every link through which it blocks, not only the shortest chain
        #[arg(long)]
        all_chains: bool,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        json: JsonArg,
        #[command(flatten)]
        cypher: CypherArg,
    },

    /// The tree of preconditions below a demand, with holder and status at each step
    #[command(after_help = "\
Examples:
  negograph requires ceasefire-30d
  negograph requires \"direct talks\" --all-time")]
    Requires {
        /// The demand or condition (id, label or alias)
        node: String,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        json: JsonArg,
        #[command(flatten)]
        cypher: CypherArg,
    },

    /// Everything a party demands, proposes, supports, rejects, threatens, and the conditions it sets
    #[command(after_help = "\
Examples:
  negograph stance russia
  negograph stance Zelensky --as-of 2025-05-10")]
    Stance {
        /// The party (id, label or alias)
        party: String,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        json: JsonArg,
        #[command(flatten)]
        cypher: CypherArg,
    },

    /// The parties that take a position on something, or that threaten a party
    #[command(after_help = "\
Examples:
  negograph who ceasefire-30d
  negograph who \"direct talks\" --relation supports
  negograph who ceasefire-30d --side against      rejects, counters, ignores, excludes
  negograph who russia                             the threats made against Russia")]
    Who {
        /// The demand, condition, proposal or party (id, label or alias)
        node: String,
        /// Only this relation
        #[arg(long, value_name = "RELATION", value_parser = stance_relation)]
        relation: Option<Relation>,
        /// Only one side: for (demands, proposes, supports, accepts) or against (rejects, counters,
        /// ignores, or holds a position that excludes it)
        #[arg(long, value_name = "SIDE", value_parser = side, conflicts_with = "relation")]
        side: Option<negograph::query::who::Side>,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        json: JsonArg,
        #[command(flatten)]
        cypher: CypherArg,
    },

    /// How parties answered a demand or proposal: accepted, rejected, countered (with what) or ignored
    #[command(after_help = "\
Examples:
  negograph responses ceasefire-30d
  negograph responses ceasefire-30d --party russia")]
    Responses {
        /// The demand, condition or proposal (id, label or alias)
        node: String,
        /// Only this party's answers
        #[arg(long, value_name = "PARTY")]
        party: Option<String>,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        json: JsonArg,
    },

    /// Proposals side by side, issue by issue: each one's offer, the gap and overlap, who stands where
    #[command(after_help = "\
Examples:
  negograph -f graph/examples/gaza-2025-05-26.json compare witkoff-proposal hamas-version
  negograph -f graph/examples/gaza-2025-05-26.json compare \"Witkoff proposal\" \\
      \"the 70-day proposal\" --json

Terms are lined up by the issue they name (`issue`) and compared by their
`quantity`: the gap is how far the highest floor lies above the lowest
ceiling (0 when one amount fits every offer). Terms naming no issue are
listed apart.")]
    Compare {
        /// Two or more proposals (id, label or alias); a demand or condition that names an issue counts as an offer of itself
        #[arg(required = true, num_args = 2.., value_name = "PROPOSAL")]
        proposals: Vec<String>,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        json: JsonArg,
    },

    /// Every issue with every party's stated position on it over time
    #[command(after_help = "\
Examples:
  negograph -f graph/examples/gaza-2025-05-26.json issues
  negograph -f graph/examples/gaza-2025-05-26.json issues --as-of 2025-05-26 --json

Every statement ever recorded is listed, oldest first, and marked current or
not on the day asked (--as-of; default the newest source).")]
    Issues {
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        json: JsonArg,
    },

    /// How one node is connected to another: the shortest chain, or every chain up to a length
    #[command(after_help = "\
Examples:
  negograph path trump \"30-day ceasefire\" --all-time
  negograph path trump sanctions --undirected
  negograph path ukraine ceasefire-30d --all --max-len 4")]
    Path {
        /// Where the path starts (id, label or alias)
        from: String,
        /// Where it ends (id, label or alias)
        to: String,
        /// Follow edges in either direction
        #[arg(long)]
        undirected: bool,
        /// Every simple path up to --max-len edges, shortest first
        #[arg(long)]
        all: bool,
        /// With --all: the longest path, in edges
        #[arg(long, default_value_t = 6, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
        max_len: u16,
        /// With --all: list at most this many paths (the rest are counted)
        #[arg(long, default_value_t = 20, value_name = "N")]
        limit: usize,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        json: JsonArg,
        #[command(flatten)]
        cypher: CypherArg,
    },

    /// What it would take to unblock a demand: the smallest sets of concessions, and who must act then
    #[command(after_help = UNBLOCK_EXAMPLES)]
    Unblock(UnblockArgs),

    /// What follows if a position happens: what it unlocks, the threats it sets off, the answers to it
    #[command(after_help = EFFECTS_EXAMPLES)]
    Effects(EffectsArgs),

    /// What changed between two days: claims added and ended, statuses, new reports
    #[command(after_help = CHANGES_EXAMPLES)]
    Changes(ChangesArgs),

    /// Every dated change in date order, for the graph or one party
    #[command(after_help = TIMELINE_EXAMPLES)]
    Timeline(TimelineArgs),

    /// "You move first" knots of mutual preconditions, and conflicting positions
    #[command(after_help = "\
Examples:
  negograph deadlocks
  negograph deadlocks --as-of 2025-05-10 --json")]
    Deadlocks {
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        json: JsonArg,
    },

    /// Demands or proposals of one party that another is against (rejects, counters, ignores, excludes)
    #[command(after_help = "\
Examples:
  negograph conflicts --all-time
  negograph conflicts --party russia --party ukraine     where the two are on opposite sides")]
    Conflicts {
        /// Only conflicts this party takes a side in (repeatable: with two or
        /// more, conflicts that set one against another)
        #[arg(long = "party", value_name = "PARTY")]
        between: Vec<String>,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        json: JsonArg,
    },

    /// Ask in plain English: any question the other commands answer
    #[command(after_help = "\
Examples:
  negograph ask \"what blocks the 30-day ceasefire?\"
  negograph ask \"why can't the talks resume?\"
  negograph ask \"who supports direct talks?\"
  negograph ask \"how are Trump and the sanctions connected?\"
  negograph ask \"where do Russia and Ukraine disagree?\"
  negograph ask \"what would it take to get a 30-day ceasefire?\"
  negograph ask \"what follows if Russia refuses the 30-day ceasefire?\"
  negograph ask \"what changed since May 10?\"
  negograph ask \"what did Zelensky want as of May 10?\" --json
  negograph -f graph/examples/gaza-2025-05-26.json ask \"how do the proposals differ?\"
  negograph ask --examples                  every kind of question, and the command it reads as

The answer starts with the command the question was read as (\"Reading this
as: negograph blockers direct-talks\"), and --json includes it as a
structure. A name that fits two nodes (\"the ceasefire\") is answered for
each, and said so. Dates in the question (\"on 2025-05-10\", \"in March\",
\"last week\") count from the graph's newest source, and are the window of
a question about changes (\"since May 10\": May 10 to the view's day; no
date: the oldest source date to the newest); \"if X, ...\" assumes X met,
and \"what happens if X?\" asks for X's effects. A question it cannot read
exits 2 with the forms closest to it.")]
    Ask {
        /// The question (quote it)
        #[arg(required_unless_present = "examples")]
        question: Option<String>,
        /// Print the example questions, each with the command it reads as
        #[arg(long, conflicts_with = "question")]
        examples: bool,
        /// Kept for scripts written when the reading was shown only on
        /// request: it is always shown now, so this does nothing
        #[arg(long, hide = true)]
        explain: bool,
        #[command(flatten)]
        view: ViewArgs,
        #[command(flatten)]
        json: JsonArg,
    },

    /// Write the graph, or one answer, as Graphviz DOT (or Mermaid)
    #[command(after_help = "\
Examples:
  negograph dot > istanbul.dot
  negograph dot --blockers ceasefire-30d | dot -Tsvg > blockers.svg
  negograph dot --focus russia --depth 2 --rankdir tb
  negograph dot --party Europe --cluster
  negograph dot --path trump sanctions --undirected
  negograph dot --all-time                       superseded positions shown faded
  negograph dot --blockers ceasefire-30d --quotes    quotes numbered, listed under the diagram
  negograph dot --format mermaid > istanbul.mmd  for Markdown (GitHub renders Mermaid)
  negograph dot --unblock ceasefire-30d          concessions numbered by option
  negograph dot --effects russia-refuses-30d     the threats it sets off
  negograph -f graph/trade-talks.json dot --changes --from 2025-03-01 --to 2025-03-31

Without a view flag the whole graph is drawn, as of the newest source's date.")]
    Dot {
        #[command(flatten)]
        draw: DrawArgs,
        /// dot or mermaid
        #[arg(long, value_enum, default_value_t = TextFormat::Dot)]
        format: TextFormat,
        /// Write to FILE instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },

    /// Draw the graph, or one answer, to SVG, PNG or PDF (needs Graphviz)
    #[command(after_help = "\
Examples:
  negograph render -o istanbul.svg
  negograph render -o blockers.png --blockers ceasefire-30d
  negograph render -o russia.pdf --party russia --cluster
  negograph render -o blockers.png --blockers ceasefire-30d --quotes   quotes as footnotes
  negograph render -o map.html                   an interactive map: click, search, slide dates
  negograph render -o blockers.html --blockers ceasefire-30d

Takes the same view flags as `negograph dot`. The format comes from the file's
extension, or --format. A map (.html) is one self-contained file that works
offline; mapping the whole graph, its date slider starts on --as-of (the
newest source's date by default) and can go back to positions that have lapsed.")]
    Render {
        /// The picture to write (.svg, .png, .pdf, or .html for an interactive map)
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// svg, png, pdf or html (default: from the extension)
        #[arg(long, value_enum)]
        format: Option<render::Format>,
        #[command(flatten)]
        draw: DrawArgs,
    },

    #[command(flatten)]
    Edit(EditCommand),

    /// Draft a report's claims in the text format (.neg), each quoted from it, for `apply`
    #[command(after_help = DRAFT_EXAMPLES)]
    Draft {
        /// The report, as plain UTF-8 text
        #[arg(value_name = "ARTICLE")]
        article: PathBuf,
        /// The id of the source its claims cite
        #[arg(long, value_name = "ID")]
        source: String,
        #[command(flatten)]
        json: JsonArg,
    },

    /// Turn a graph file into the other format: JSON into text (.neg) or back
    #[command(after_help = "\
Examples:
  negograph convert graph/trade-talks.json trade-talks.neg
  negograph convert trade-talks.neg trade-talks.json --force

The format is the file name's: .neg is the text format (docs/text-format.md),
any other name JSON. Nothing is lost: JSON -> text -> JSON gives the same graph.
The graph is not validated (a broken file converts, to be fixed in either form).")]
    Convert {
        /// The graph to read (.neg: text; else JSON)
        input: PathBuf,
        /// The file to write (.neg: text; else JSON)
        output: PathBuf,
        /// Replace OUTPUT if it exists
        #[arg(long)]
        force: bool,
    },

    /// Start a new, empty graph file
    #[command(
        after_help = "Examples:\n  negograph new talks.json --title \"Gaza ceasefire talks, 2025\"\n  negograph new talks.neg --title \"Gaza ceasefire talks, 2025\"      in the text format"
    )]
    New {
        /// The file to create (refused if it exists)
        file: PathBuf,
        /// The graph's title
        #[arg(long)]
        title: String,
    },

    /// Write a seeded synthetic graph (for benchmarks)
    #[command(
        hide = true,
        after_help = "Example:\n  negograph generate --edges 1000000 --seed 1 -o big.json"
    )]
    Generate {
        #[arg(long, default_value_t = 10_000)]
        edges: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Write one line of JSON instead of the canonical pretty form
        #[arg(long)]
        compact: bool,
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },

    /// Print shell completions
    #[command(
        after_help = "Example:\n  negograph completions bash > negograph.bash     then, in ~/.bashrc: source negograph.bash"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the man page (roff): negograph(1), or a subcommand's; or write them all to a folder
    #[command(after_help = "\
Examples:
  negograph man > negograph.1                    then: man ./negograph.1
  negograph man blockers > negograph-blockers.1
  negograph man source add
  negograph man --dir man                        negograph.1 and a page for each subcommand

negograph(1) lists the subcommands as negograph-COMMAND(1), the pages --dir
writes beside it.")]
    Man {
        /// A subcommand (`source add` for a nested one): its page, negograph-COMMAND(1)
        #[arg(value_name = "COMMAND", conflicts_with = "dir")]
        command: Vec<String>,
        /// Write every page into DIR: negograph.1 and negograph-COMMAND.1 for each subcommand
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

fn side(text: &str) -> Result<negograph::query::who::Side, String> {
    match text {
        "for" => Ok(negograph::query::who::Side::For),
        "against" => Ok(negograph::query::who::Side::Against),
        other => Err(format!("unknown side '{other}' (allowed: for, against)")),
    }
}

fn stance_relation(text: &str) -> Result<Relation, String> {
    let r: Relation = text.parse()?;
    if r.is_stance() {
        Ok(r)
    } else {
        Err("who looks at demands, proposes, supports, rejects and threatens".into())
    }
}

/// What to draw and how: shared by `dot` and `render`.
#[derive(Debug, Args, Clone)]
pub struct DrawArgs {
    #[command(flatten)]
    pub view: ViewArgs,

    /// Only the neighbourhood of NODE (see --depth)
    #[arg(long, value_name = "NODE", group = "focus_group")]
    pub focus: Option<String>,

    /// With --focus: how many steps out from the node
    #[arg(long, value_name = "N", default_value_t = 1, requires = "focus")]
    pub depth: usize,

    /// Only PARTY's positions and what they touch
    #[arg(long, value_name = "PARTY", group = "focus_group")]
    pub party: Option<String>,

    /// Draw the answer to `blockers NODE`, chains highlighted
    #[arg(long, value_name = "NODE", group = "focus_group")]
    pub blockers: Option<String>,

    /// Draw the answer to `requires NODE`
    #[arg(long, value_name = "NODE", group = "focus_group")]
    pub requires: Option<String>,

    /// Draw the shortest path from FROM to TO
    #[arg(long, num_args = 2, value_names = ["FROM", "TO"], group = "focus_group")]
    pub path: Option<Vec<String>>,

    /// With --path: follow edges either way
    #[arg(long, requires = "path")]
    pub undirected: bool,

    /// Draw the deadlocks and conflicts
    #[arg(long, group = "focus_group")]
    pub deadlocks: bool,

    /// Draw what it would take to unblock NODE: its blocking subgraph, concessions numbered by option
    #[arg(long, value_name = "NODE", group = "focus_group")]
    pub unblock: Option<String>,

    /// Draw what changed from --from to --to: claims added (green) and ended (red, dashed)
    #[arg(long, group = "focus_group", requires_all = ["from", "to"])]
    pub changes: bool,

    /// With --changes: the earlier day
    #[arg(long, value_name = "DATE", requires = "changes")]
    pub from: Option<Date>,

    /// With --changes: the later day (the statuses drawn are that day's)
    #[arg(long, value_name = "DATE", requires = "changes")]
    pub to: Option<Date>,

    /// Draw what follows if NODE happens: what it unlocks, the threats it sets off
    #[arg(long, value_name = "NODE", group = "focus_group")]
    pub effects: Option<String>,

    /// Chart each party's stated figure on ISSUE over time (render, SVG only)
    #[arg(long, value_name = "ISSUE", group = "focus_group")]
    pub issue: Option<String>,

    /// Which way the diagram flows
    #[arg(long, value_enum, default_value_t = RankDir::LeftRight)]
    pub rankdir: RankDir,

    /// Group each party with the positions it holds
    #[arg(long)]
    pub cluster: bool,

    /// Leave out the legend
    #[arg(long)]
    pub no_legend: bool,

    /// Number the quoted links and list their quotes beside the diagram
    #[arg(long)]
    pub quotes: bool,

    /// Draw even a view too large to read
    #[arg(long)]
    pub force: bool,
}
