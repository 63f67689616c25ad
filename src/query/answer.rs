//! Every question as one type ([`Query`]), every answer as another ([`Answer`]),
//! and the one function from the first to the second ([`run`]).
//!
//! The subcommands and `ask` both make a [`Query`], so they cannot drift apart.
//! Adding a question means a variant here, an arm in [`run`], and a printer for
//! people in the command-line layer; its JSON is its answer's serde form.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::changes::Window;
use super::deadlocks::{Conflict, Deadlocks};
use super::path::{PathOptions, Paths};
use super::unblock::UnblockOptions;
use super::who::Side;
use super::{
    blockers, changes, compare, deadlocks, effects, issues, path, requires, responses, show,
    stance, unblock, who,
};
use crate::args::{Arg, Cmd, Line, Opt};
use crate::error::{Error, Hint, Result};
use crate::graph::{Graph, NodeIx};
use crate::model::{Date, NodeKind, Relation};
use crate::resolve::Names;
use crate::view::{AsOfBasis, View};

/// A question about a graph. Its nodes are `N`: names as typed
/// (`Query<String>`) until [`Query::resolve`] turns them into nodes of one
/// graph (`Query<NodeIx>`, the default), which [`run`] answers.
///
/// ```
/// use negograph::query::{self, Query};
/// use negograph::view::{View, ViewSpec};
/// use negograph::{Graph, Input};
///
/// let input = Input::builtin();
/// let graph = Graph::from_document(&input.origin, input.parse()?)?;
/// let asked = Query::Requires("the 30-day ceasefire".to_owned()).resolve(&graph)?;
/// let view = View::new(&graph, &ViewSpec::all_time())?;
/// let answer = query::run(&view, &asked)?;
/// assert!(serde_json::to_string(&answer)?.contains("western-aid-pause"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub enum Query<N = NodeIx> {
    /// `show`: the parties with their positions, then every demand and condition.
    Overview,
    /// `show NODE`: everything touching one node.
    Detail(N),
    /// `blockers X`: what stands in the way of a demand or condition.
    Blockers {
        /// The demand or condition.
        node: N,
        /// Every link through which each blocker blocks, not only the shortest chain.
        all_chains: bool,
    },
    /// `requires X`: the tree of preconditions below a demand or condition.
    Requires(N),
    /// `stance P`: a party's positions.
    Stance(N),
    /// `who X`: the parties taking a position on a demand, condition or
    /// proposal; for a party, the parties threatening it.
    Who {
        /// The node asked about.
        node: N,
        /// Only parties related to it this way.
        relation: Option<Relation>,
        /// Only the parties on this side of it (instead of `relation`).
        side: Option<Side>,
    },
    /// `responses X`: how parties answered a demand or proposal.
    Responses {
        /// The demand, condition or proposal.
        node: N,
        /// Only this party's answers.
        party: Option<N>,
    },
    /// `path A B`: how one node is connected to another.
    Path {
        /// Where the path starts.
        from: N,
        /// Where it ends.
        to: N,
        /// Directed or not, one shortest path or all up to a length.
        options: PathOptions,
    },
    /// `deadlocks`: knots of mutual preconditions, and conflicts.
    Deadlocks,
    /// `conflicts`: positions of one party that another is against.
    Conflicts {
        /// Only the conflicts every one of these parties takes a side in,
        /// two of them on opposite sides (none: every conflict).
        between: Vec<N>,
    },
    /// `compare P1 P2 ...`: proposals side by side, issue by issue (two or
    /// more, each once).
    Compare(Vec<N>),
    /// `issues`: every issue with every party's stated position on it over time.
    Issues,
    /// `unblock X`: the smallest sets of concessions after which a demand,
    /// condition or proposal can be reached.
    Unblock {
        /// The demand, condition or proposal.
        node: N,
        /// How many options, of how many concessions.
        options: UnblockOptions,
    },
    /// `effects X`: what follows if a demand, condition or proposal happens.
    Effects(N),
    /// `changes [X] --from D1 --to D2 [--party P]`: what changed between two
    /// days (the view's day does not matter).
    Changes {
        /// The two days.
        window: Window,
        /// Only this party's claims and positions.
        party: Option<N>,
        /// Only what touches this node.
        around: Option<N>,
    },
    /// `timeline [P]`: every dated change (the view's day does not matter).
    Timeline {
        /// Only this party's claims and positions.
        party: Option<N>,
    },
}

/// Which nodes a query accepts where it names one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Accepts {
    AnyNode,
    /// What the command takes (see [`expect_kind`]).
    KindOfCommand,
    /// A party, whatever the command; named in messages as the argument
    /// that takes it (`--party`, or the command for a positional one).
    Party(Arg),
}

impl<N> Query<N> {
    /// The subcommand that asks this (`blockers`).
    pub fn command(&self) -> Cmd {
        match self {
            Query::Overview | Query::Detail(_) => Cmd::Show,
            Query::Blockers { .. } => Cmd::Blockers,
            Query::Requires(_) => Cmd::Requires,
            Query::Stance(_) => Cmd::Stance,
            Query::Who { .. } => Cmd::Who,
            Query::Responses { .. } => Cmd::Responses,
            Query::Path { .. } => Cmd::Path,
            Query::Deadlocks => Cmd::Deadlocks,
            Query::Conflicts { .. } => Cmd::Conflicts,
            Query::Compare(_) => Cmd::Compare,
            Query::Issues => Cmd::Issues,
            Query::Unblock { .. } => Cmd::Unblock,
            Query::Effects(_) => Cmd::Effects,
            Query::Changes { .. } => Cmd::Changes,
            Query::Timeline { .. } => Cmd::Timeline,
        }
    }

    /// The same query with each node replaced by `f(node, what it accepts)`.
    fn try_map<M>(&self, mut f: impl FnMut(&N, Accepts) -> Result<M>) -> Result<Query<M>> {
        Ok(match self {
            Query::Overview => Query::Overview,
            Query::Detail(n) => Query::Detail(f(n, Accepts::AnyNode)?),
            Query::Blockers { node, all_chains } => Query::Blockers {
                node: f(node, Accepts::KindOfCommand)?,
                all_chains: *all_chains,
            },
            Query::Requires(n) => Query::Requires(f(n, Accepts::KindOfCommand)?),
            Query::Stance(n) => Query::Stance(f(n, Accepts::KindOfCommand)?),
            Query::Who {
                node,
                relation,
                side,
            } => Query::Who {
                node: f(node, Accepts::KindOfCommand)?,
                relation: *relation,
                side: *side,
            },
            Query::Responses { node, party } => Query::Responses {
                node: f(node, Accepts::KindOfCommand)?,
                party: party
                    .as_ref()
                    .map(|p| f(p, Accepts::Party(Arg::Opt(Opt::Party))))
                    .transpose()?,
            },
            Query::Path { from, to, options } => Query::Path {
                from: f(from, Accepts::AnyNode)?,
                to: f(to, Accepts::AnyNode)?,
                options: *options,
            },
            Query::Deadlocks => Query::Deadlocks,
            Query::Conflicts { between } => Query::Conflicts {
                between: between
                    .iter()
                    .map(|p| f(p, Accepts::Party(Arg::Opt(Opt::Party))))
                    .collect::<Result<_>>()?,
            },
            Query::Compare(nodes) => Query::Compare(
                nodes
                    .iter()
                    .map(|n| f(n, Accepts::AnyNode))
                    .collect::<Result<_>>()?,
            ),
            Query::Issues => Query::Issues,
            Query::Unblock { node, options } => Query::Unblock {
                node: f(node, Accepts::KindOfCommand)?,
                options: *options,
            },
            Query::Effects(n) => Query::Effects(f(n, Accepts::KindOfCommand)?),
            Query::Changes {
                window,
                party,
                around,
            } => Query::Changes {
                window: *window,
                party: party
                    .as_ref()
                    .map(|p| f(p, Accepts::Party(Arg::Opt(Opt::Party))))
                    .transpose()?,
                around: around
                    .as_ref()
                    .map(|n| f(n, Accepts::AnyNode))
                    .transpose()?,
            },
            Query::Timeline { party } => Query::Timeline {
                party: party
                    .as_ref()
                    .map(|p| f(p, Accepts::Party(Arg::Cmd(Cmd::Timeline))))
                    .transpose()?,
            },
        })
    }
}

impl<S: AsRef<str>> Query<S> {
    /// Resolves every name (by id, label or alias, as [`Names::resolve`] does)
    /// and checks each node suits the question: a party for `stance`, a demand,
    /// condition or proposal for `blockers`, `requires` and `responses`.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownName`] or [`Error::Ambiguous`] for a name that fits no
    /// node or several; [`Error::WrongKind`] for a node the question does not
    /// take (see [`expect_kind`]); for `compare`, as [`compare::check_proposals`].
    pub fn resolve(&self, graph: &Graph) -> Result<Query<NodeIx>> {
        let names = Names::new(graph);
        self.resolve_with(graph, &names)
    }

    /// [`Query::resolve`] with names already indexed, for callers that resolve
    /// many queries against one graph.
    ///
    /// # Errors
    ///
    /// As [`Query::resolve`].
    pub fn resolve_with(&self, graph: &Graph, names: &Names) -> Result<Query<NodeIx>> {
        let command = self.command();
        let mut resolved = self.try_map(|name, accepts| {
            let n = names.resolve(name.as_ref())?;
            match accepts {
                Accepts::AnyNode => {}
                Accepts::KindOfCommand => expect_kind(graph, n, Arg::Cmd(command))?,
                Accepts::Party(argument) => expect_party(graph, n, argument)?,
            }
            Ok(n)
        })?;
        if let Query::Compare(proposals) = &resolved {
            compare::check_proposals(graph, proposals)?;
        }
        // `changes --from D` alone runs up to the newest source, as every
        // view's day does.
        if let Query::Changes { window, .. } = &mut resolved {
            *window = window.settled(graph.newest_source_date())?;
        }
        Ok(resolved)
    }
}

/// A query as a structure, its nodes as `N` (ids, for `Query<String>`):
/// `{"command": "blockers", "node": "ceasefire-30d", "all_chains": false}`,
/// the subcommand and its arguments under their flags' names.
impl<N: Serialize> Serialize for Query<N> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("command", &self.command())?;
        match self {
            Query::Overview | Query::Deadlocks | Query::Issues => {}
            Query::Compare(proposals) => map.serialize_entry("proposals", proposals)?,
            Query::Conflicts { between } => map.serialize_entry("between", between)?,
            Query::Detail(n) | Query::Requires(n) | Query::Effects(n) => {
                map.serialize_entry("node", n)?;
            }
            Query::Unblock { node, options } => {
                map.serialize_entry("node", node)?;
                map.serialize_entry("max", &options.max)?;
                map.serialize_entry("size", &options.size)?;
            }
            Query::Changes {
                window,
                party,
                around,
            } => {
                map.serialize_entry("node", around)?;
                map.serialize_entry("from", &window.from())?;
                map.serialize_entry("to", &window.to())?;
                map.serialize_entry("party", party)?;
            }
            Query::Timeline { party } => map.serialize_entry("party", party)?,
            Query::Stance(n) => map.serialize_entry("party", n)?,
            Query::Blockers { node, all_chains } => {
                map.serialize_entry("node", node)?;
                map.serialize_entry("all_chains", all_chains)?;
            }
            Query::Who {
                node,
                relation,
                side,
            } => {
                map.serialize_entry("node", node)?;
                map.serialize_entry("relation", relation)?;
                map.serialize_entry("side", side)?;
            }
            Query::Responses { node, party } => {
                map.serialize_entry("node", node)?;
                map.serialize_entry("party", party)?;
            }
            Query::Path { from, to, options } => {
                map.serialize_entry("from", from)?;
                map.serialize_entry("to", to)?;
                map.serialize_entry("directed", &options.directed)?;
                map.serialize_entry("all", &options.all)?;
                map.serialize_entry("max_len", &options.max_len)?;
                map.serialize_entry("limit", &options.limit)?;
            }
        }
        map.end()
    }
}

impl Query<NodeIx> {
    /// The one node a question about the view's day is about, when it asks
    /// what stands in its way, what it needs, who answered it, what it
    /// would take or what it would do. `show` and `stance` answer of a node
    /// out of its dates too (they say so); `changes`, `timeline` read no day.
    fn about_one_node(&self) -> Option<NodeIx> {
        match self {
            Query::Blockers { node, .. }
            | Query::Who { node, .. }
            | Query::Responses { node, .. }
            | Query::Unblock { node, .. } => Some(*node),
            Query::Requires(n) | Query::Effects(n) => Some(*n),
            _ => None,
        }
    }

    /// The nodes the query names, in the order its arguments take them.
    pub fn nodes(&self) -> Vec<NodeIx> {
        let mut nodes = Vec::new();
        self.try_map(|&n, _| {
            nodes.push(n);
            Ok(())
        })
        .expect("listing nodes cannot fail");
        nodes
    }

    /// The same query with each node named by its id.
    pub fn named(&self, g: &Graph) -> Query<String> {
        self.try_map(|n, _| Ok(g.id(*n).to_owned()))
            .expect("naming nodes cannot fail")
    }

    /// The command line that asks the same thing (`ask` says it), typed.
    pub fn line(&self, g: &Graph) -> Line {
        let id = |n: &NodeIx| g.id(*n).to_owned();
        let mut line = Line::new(self.command());
        match self {
            Query::Overview | Query::Deadlocks | Query::Issues => {}
            Query::Conflicts { between } => {
                for p in between {
                    line = line.valued(Opt::Party, id(p));
                }
            }
            Query::Compare(nodes) => {
                for n in nodes {
                    line = line.arg(id(n));
                }
            }
            Query::Detail(n) | Query::Requires(n) | Query::Stance(n) | Query::Effects(n) => {
                line = line.arg(id(n));
            }
            Query::Unblock { node, options } => {
                line = line.arg(id(node));
                let d = UnblockOptions::default();
                if options.max != d.max {
                    line = line.valued(Opt::Max, options.max.to_string());
                }
                if options.size != d.size {
                    line = line.valued(Opt::Size, options.size.to_string());
                }
            }
            Query::Changes {
                window,
                party,
                around,
            } => {
                if let Some(n) = around {
                    line = line.arg(id(n));
                }
                line = line
                    .valued(Opt::From, window.from().to_string())
                    .valued(Opt::To, window.to().to_string());
                if let Some(p) = party {
                    line = line.valued(Opt::Party, id(p));
                }
            }
            Query::Timeline { party } => {
                if let Some(p) = party {
                    line = line.arg(id(p));
                }
            }
            Query::Blockers { node, all_chains } => {
                line = line.arg(id(node));
                if *all_chains {
                    line = line.flag(Opt::AllChains);
                }
            }
            Query::Who {
                node,
                relation,
                side,
            } => {
                line = line.arg(id(node));
                match (relation, side) {
                    (Some(r), _) => line = line.valued(Opt::Relation, r.to_string()),
                    (None, Some(Side::For)) => line = line.valued(Opt::Side, "for"),
                    (None, Some(Side::Against)) => line = line.valued(Opt::Side, "against"),
                    (None, None) => {}
                }
            }
            Query::Responses { node, party } => {
                line = line.arg(id(node));
                if let Some(p) = party {
                    line = line.valued(Opt::Party, id(p));
                }
            }
            Query::Path { from, to, options } => {
                line = line.arg(id(from)).arg(id(to));
                if !options.directed {
                    line = line.flag(Opt::Undirected);
                }
                if options.all {
                    let d = PathOptions::default();
                    line = line.flag(Opt::All);
                    if options.max_len != d.max_len {
                        line = line.valued(Opt::MaxLen, options.max_len.to_string());
                    }
                    if options.limit != d.limit {
                        line = line.valued(Opt::Limit, options.limit.to_string());
                    }
                }
            }
        }
        line
    }
}

/// Checks that a node suits a command, with a pointer to the command that does suit it.
/// `asked` is the command or drawing option as the user asked (`stance`, or
/// the party option), so the message is about what they asked for.
///
/// # Errors
///
/// [`Error::WrongKind`], with a hint, for a node that is not a party where
/// the command takes one (`stance`, `--party`), or for a party where it takes
/// a position (any other command but `who`, which takes any node).
pub fn expect_kind(g: &Graph, n: NodeIx, asked: Arg) -> Result<()> {
    // `who` takes any node: for a party, it answers who threatens it.
    if asked == Arg::Cmd(Cmd::Who) {
        return Ok(());
    }
    let party_command = matches!(asked, Arg::Cmd(Cmd::Stance) | Arg::Opt(Opt::Party));
    expect(g, n, asked, party_command, matches!(asked, Arg::Opt(_)))
}

/// A party, where a query's `argument` (`--party`, or `timeline`'s
/// positional one) takes one.
fn expect_party(g: &Graph, n: NodeIx, argument: Arg) -> Result<()> {
    expect(g, n, argument, true, false)
}

/// A party when `party_command` is true, else a position; `drawing` picks the hint's
/// form (a drawing option rather than a command).
fn expect(g: &Graph, n: NodeIx, asked: Arg, party_command: bool, drawing: bool) -> Result<()> {
    let kind = g.kind(n);
    if party_command == (kind == NodeKind::Party) {
        return Ok(());
    }
    let id = g.id(n).to_owned();
    let (expected, hint) = match (party_command, drawing) {
        (true, false) => ("a party", Hint::Run(Line::with_arg(Cmd::Who, &id))),
        (true, true) => ("a party", Hint::Option(Opt::Focus, id.clone())),
        (false, false) => (
            "a demand, condition or proposal",
            Hint::Run(Line::with_arg(Cmd::Stance, &id)),
        ),
        (false, true) => (
            "a demand, condition or proposal",
            Hint::Option(Opt::Party, id.clone()),
        ),
    };
    Err(Error::WrongKind {
        id,
        actual: kind,
        asked,
        expected,
        hint: Some(hint),
    })
}

/// The conflicts alone (`conflicts`), as of a day.
#[derive(Clone, Debug, Serialize)]
pub struct Conflicts {
    /// The day the view shows; `None` for all time.
    pub as_of: Option<Date>,
    /// Why `as_of` is the day it is.
    pub as_of_basis: AsOfBasis,
    /// Only conflicts between these parties were asked for, if any.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub between: Vec<String>,
    /// Each position one party wants and another rejects.
    pub conflicts: Vec<Conflict>,
}

/// The answer to a [`Query`]. It serialises to the JSON the README documents
/// for its question (the variant's own fields, untagged).
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
pub enum Answer {
    /// To [`Query::Overview`].
    Overview(show::Overview),
    /// To [`Query::Detail`].
    Detail(show::NodeDetail),
    /// To [`Query::Blockers`].
    Blockers(blockers::Blockers),
    /// To [`Query::Requires`].
    Requires(requires::Requires),
    /// To [`Query::Stance`].
    Stance(stance::Stance),
    /// To [`Query::Who`].
    Who(who::Who),
    /// To [`Query::Responses`].
    Responses(responses::Responses),
    /// To [`Query::Path`].
    Paths(Paths),
    /// To [`Query::Deadlocks`].
    Deadlocks(Deadlocks),
    /// To [`Query::Conflicts`].
    Conflicts(Conflicts),
    /// To [`Query::Compare`].
    Compare(compare::Comparison),
    /// To [`Query::Issues`].
    Issues(issues::Issues),
    /// To [`Query::Unblock`].
    Unblock(unblock::Unblock),
    /// To [`Query::Effects`].
    Effects(effects::Effects),
    /// To [`Query::Changes`] and [`Query::Timeline`].
    Changes(changes::Changes),
}

/// Answers a query on a view, in time linear in the view (`unblock`: a search
/// bounded as its module says, on the subgraph below its target).
///
/// # Errors
///
/// [`Error::Usage`] when the position asked about does not hold on the
/// view's day (its own `since`/`until` exclude it): what stands in its way,
/// who answered it or what it would take, on a day it did not exist, has
/// no answer, and "nothing blocks it" would be a sure and wrong one.
pub fn run(view: &View, query: &Query) -> Result<Answer> {
    if let Some(n) = query.about_one_node()
        && !view.node_on(n)
    {
        return Err(outside_its_dates(view, n));
    }
    Ok(match query {
        Query::Overview => Answer::Overview(show::overview(view)),
        Query::Detail(n) => Answer::Detail(show::detail(view, *n)),
        Query::Blockers { node, all_chains } => {
            Answer::Blockers(blockers::blockers(view, *node, *all_chains))
        }
        Query::Requires(n) => Answer::Requires(requires::requires(view, *n)),
        Query::Stance(n) => Answer::Stance(stance::stance(view, *n)),
        Query::Who {
            node,
            side: Some(side),
            ..
        } => Answer::Who(who::who_side(view, *node, *side)),
        Query::Who {
            node,
            relation,
            side: None,
        } => Answer::Who(who::who(view, *node, *relation)),
        Query::Responses { node, party } => {
            Answer::Responses(responses::responses(view, *node, *party))
        }
        Query::Path { from, to, options } => Answer::Paths(path::paths(view, *from, *to, *options)),
        Query::Deadlocks => Answer::Deadlocks(deadlocks::deadlocks(view)),
        Query::Conflicts { between } => {
            let between: Vec<&str> = between.iter().map(|&p| view.graph.id(p)).collect();
            let mut conflicts = deadlocks::conflicts(view);
            conflicts.retain(|c| deadlocks::is_between(c, &between));
            Answer::Conflicts(Conflicts {
                as_of: view.as_of,
                as_of_basis: view.as_of_basis,
                between: between.iter().map(|&p| p.to_owned()).collect(),
                conflicts,
            })
        }
        Query::Compare(proposals) => Answer::Compare(compare::compare(view, proposals)),
        Query::Issues => Answer::Issues(issues::issues(view)),
        Query::Unblock { node, options } => {
            Answer::Unblock(unblock::unblock(view, *node, *options))
        }
        Query::Effects(n) => Answer::Effects(effects::effects(view, *n)),
        Query::Changes {
            window,
            party,
            around,
        } => Answer::Changes(changes::changes_in(view.graph, *window, *party, *around)),
        Query::Timeline { party } => Answer::Changes(changes::timeline(view.graph, *party)),
    })
}

/// Why a question about `n` on the view's day has no answer: `n`'s own
/// dates exclude the day, as `show` says it.
fn outside_its_dates(view: &View, n: NodeIx) -> Error {
    let g = view.graph;
    let time = g.node_time(n);
    let end = |d: Option<Date>| d.map_or_else(|| "…".to_owned(), Date::in_words);
    let day = view.as_of.map_or_else(String::new, Date::in_words);
    Error::Usage(format!(
        "'{}' [{}] is not in the graph as of {day}: it holds from {} to {} (its own dates); ask about a day it holds, or use {}",
        g.label(n),
        g.id(n),
        end(time.since),
        end(time.until),
        Opt::AllTime
    ))
}
