//! From parsed arguments to what to do: one library [`Request`], and how to
//! print its outcome. Nothing here reads a graph; every check that needs one
//! is the library's.

use clap::CommandFactory;
use negograph::edit::{self, EdgeSpec, Edit, NewEdge, NewNode, NewStatus};
use negograph::export::Style;
use negograph::model::Source;
use negograph::query::Query;
use negograph::query::changes::Window;
use negograph::query::path::PathOptions;
use negograph::query::unblock::UnblockOptions;
use negograph::render;
use negograph::request::{Action, DrawAs, Drawing, FocusOn, GraphSource, Request};
use negograph::view::{ViewSpec, When};
use negograph::{Error, Result};

use super::args::{Cli, ColorWhen, Command, DrawArgs, EditCommand, SourceCommand, ViewArgs};
use super::interop::CypherArg;

/// How to print an outcome.
#[derive(Clone, Copy, Debug, Default)]
pub struct Print {
    /// JSON instead of text for people.
    pub json: bool,
}

/// What the command line was asked to do.
pub enum Task {
    /// Something the library does.
    Run { request: Box<Request>, print: Print },
    /// Shell completions, made from the argument declarations.
    Completions(clap_complete::Shell),
    /// A man page, made from the argument declarations: the subcommand's
    /// (none: negograph(1)), or every page written into a folder.
    Man {
        command: Vec<String>,
        dir: Option<std::path::PathBuf>,
    },
}

pub struct Config {
    pub color: anstream::ColorChoice,
    pub task: Task,
    /// The graph the task reads, for pointing into it when an error is about it.
    pub graph: GraphSource,
}

impl Config {
    pub fn new(cli: Cli) -> Result<Config> {
        let color = match cli.color {
            ColorWhen::Auto => anstream::ColorChoice::Auto,
            ColorWhen::Always => anstream::ColorChoice::Always,
            ColorWhen::Never => anstream::ColorChoice::Never,
        };
        let graph = GraphSource {
            file: cli.file,
            max_file_size: cli.max_file_size,
        };
        let task = task(cli.command, &graph)?;
        Ok(Config { color, task, graph })
    }
}

/// The clap declaration of the whole command, for completions and the man page.
pub fn declaration() -> clap::Command {
    Cli::command()
}

fn view(v: ViewArgs) -> ViewSpec {
    ViewSpec {
        when: match (v.as_of, v.all_time) {
            (Some(d), _) => When::On(d),
            (None, true) => When::AllTime,
            (None, false) => When::Latest,
        },
        assume: v.assume,
        drop: v.drop,
    }
}

fn task(command: Command, graph: &GraphSource) -> Result<Task> {
    let run = |action, print| {
        Ok(Task::Run {
            request: Box::new(Request {
                graph: graph.clone(),
                action,
            }),
            print,
        })
    };
    let command = match question(command)? {
        Ok(asked) => {
            let (action, print) = question_action(asked);
            return run(action, print);
        }
        Err(other) => other,
    };
    match command {
        Command::Completions { shell } => Ok(Task::Completions(shell)),
        Command::Man { command, dir } => Ok(Task::Man { command, dir }),
        other => {
            let (action, print) = tool_action(other)?;
            run(action, print)
        }
    }
}

/// The action of a command that is neither a question nor a shell-side task
/// (completions, man pages): drawing, checking, editing, moving data.
fn tool_action(command: Command) -> Result<(Action, Print)> {
    let run = |action, print| Ok((action, print));
    match command {
        Command::Ask {
            question,
            examples,
            explain: _,
            view: v,
            json,
        } => {
            let action = match question {
                Some(question) if !examples => Action::Ask {
                    question,
                    view: view(v),
                },
                _ => Action::AskExamples,
            };
            run(action, Print { json: json.json })
        }
        Command::Dot {
            draw,
            format,
            output,
        } => run(
            Action::Draw(drawing(draw, DrawAs::Text(format), output)?),
            Print::default(),
        ),
        Command::Render {
            output,
            format,
            draw,
        } => {
            let format = picture_format(format, &output)?;
            run(
                Action::Draw(drawing(draw, DrawAs::Picture(format), Some(output))?),
                Print::default(),
            )
        }
        Command::Check { sources, json } => {
            run(Action::Check { sources }, Print { json: json.json })
        }
        Command::Schema => run(Action::Schema, Print::default()),
        Command::Export(args) => run(
            Action::Export {
                format: args.format,
                as_of: args.as_of,
                output: args.output,
                force: args.force,
            },
            Print::default(),
        ),
        Command::Import(args) => run(
            Action::Import {
                csv: args.csv(),
                title: args.title,
                output: args.output,
                force: args.force,
            },
            Print::default(),
        ),
        Command::Edit(EditCommand::Apply { fragment, dry }) => run(
            Action::Apply {
                fragment,
                dry_run: dry.dry_run,
            },
            Print::default(),
        ),
        Command::Edit(command) => {
            let (edit, dry_run) = edit(command)?;
            run(Action::Edit { edit, dry_run }, Print::default())
        }
        Command::Convert {
            input,
            output,
            force,
        } => run(
            Action::Convert {
                input,
                output,
                force,
            },
            Print::default(),
        ),
        Command::New { file, title } => run(Action::New { path: file, title }, Print::default()),
        Command::Draft {
            article,
            source,
            json,
        } => run(Action::Draft { article, source }, Print { json: json.json }),
        Command::Generate {
            edges,
            seed,
            compact,
            output,
        } => run(
            Action::Generate {
                edges,
                seed,
                compact,
                output,
            },
            Print::default(),
        ),
        // Every question was taken above.
        _ => unreachable!("questions, completions and man pages are taken before"),
    }
}

/// The format `render -o FILE` draws: the one asked for, else the file's extension's.
fn picture_format(
    format: Option<render::Format>,
    output: &std::path::Path,
) -> Result<render::Format> {
    match format {
        Some(format) => Ok(format),
        None => render::Format::from_path(output).ok_or_else(|| {
            Error::Usage(format!(
                "cannot tell the format of {} from its extension; name it .svg, .png, .pdf or .html, or pass --format",
                output.display()
            ))
        }),
    }
}

/// What a question command asks: its answer, or with --cypher its Cypher.
fn question_action(asked: Asked) -> (Action, Print) {
    let (query, view) = (asked.query, view(asked.view));
    match asked.cypher {
        Some(dialect) => (
            Action::Cypher {
                query,
                view,
                dialect,
            },
            Print::default(),
        ),
        None => (Action::Query { query, view }, Print { json: asked.json }),
    }
}

/// A question command: the query, the view it is asked of, how to print,
/// and the Cypher dialect when `--cypher` asks for the query instead.
struct Asked {
    query: Query<String>,
    view: ViewArgs,
    json: bool,
    cypher: Option<negograph::interop::cypher::Dialect>,
}

/// A question asked without `--cypher`.
fn asked(query: Query<String>, view: ViewArgs, json: bool) -> Asked {
    Asked {
        query,
        view,
        json,
        cypher: None,
    }
}

/// The question a query command asks, or the command back when it is not one.
fn question(command: Command) -> Result<std::result::Result<Asked, Command>> {
    let or_cypher = |query, view, json: bool, cypher: CypherArg| Asked {
        query,
        view,
        json,
        cypher: cypher.cypher,
    };
    Ok(Ok(match command {
        Command::Show { node, view, json } => {
            asked(node.map_or(Query::Overview, Query::Detail), view, json.json)
        }
        Command::Blockers {
            node,
            all_chains,
            view,
            json,
            cypher,
        } => or_cypher(
            Query::Blockers { node, all_chains },
            view,
            json.json,
            cypher,
        ),
        Command::Requires {
            node,
            view,
            json,
            cypher,
        } => or_cypher(Query::Requires(node), view, json.json, cypher),
        Command::Stance {
            party,
            view,
            json,
            cypher,
        } => or_cypher(Query::Stance(party), view, json.json, cypher),
        Command::Who {
            node,
            relation,
            side,
            view,
            json,
            cypher,
        } => or_cypher(
            Query::Who {
                node,
                relation,
                side,
            },
            view,
            json.json,
            cypher,
        ),
        Command::Responses {
            node,
            party,
            view,
            json,
        } => asked(Query::Responses { node, party }, view, json.json),
        Command::Path {
            from,
            to,
            undirected,
            all,
            max_len,
            limit,
            view,
            json,
            cypher,
        } => {
            let options = PathOptions {
                directed: !undirected,
                all,
                max_len: usize::from(max_len),
                limit,
            };
            or_cypher(Query::Path { from, to, options }, view, json.json, cypher)
        }
        other => return analysis(other),
    }))
}

/// The question an analysis command asks (`compare`, `issues`,
/// `deadlocks`, `conflicts`, `unblock`, `effects`, `changes`, `timeline`),
/// or the command back when it is not one.
fn analysis(command: Command) -> Result<std::result::Result<Asked, Command>> {
    Ok(Ok(match command {
        Command::Compare {
            proposals,
            view,
            json,
        } => asked(Query::Compare(proposals), view, json.json),
        Command::Issues { view, json } => asked(Query::Issues, view, json.json),
        Command::Deadlocks { view, json } => asked(Query::Deadlocks, view, json.json),
        Command::Conflicts {
            between,
            view,
            json,
        } => asked(Query::Conflicts { between }, view, json.json),
        Command::Unblock(a) => {
            let options = UnblockOptions {
                max: usize::from(a.max),
                size: usize::from(a.size),
                ..UnblockOptions::default()
            };
            let query = Query::Unblock {
                node: a.node,
                options,
            };
            asked(query, a.view, a.json.json)
        }
        Command::Effects(a) => asked(Query::Effects(a.node), a.view, a.json.json),
        // Changes compare two days of their own: the view's day is unused.
        Command::Changes(a) => asked(
            Query::Changes {
                window: match a.to {
                    Some(to) => Window::new(a.from, to)?,
                    None => Window::up_to_newest(a.from),
                },
                party: a.party,
                around: a.node,
            },
            ViewArgs::default(),
            a.json.json,
        ),
        Command::Timeline(a) => asked(
            Query::Timeline { party: a.party },
            ViewArgs::default(),
            a.json.json,
        ),
        other => return Ok(Err(other)),
    }))
}

/// An edit subcommand as a library edit, and whether it is a dry run.
fn edit(command: EditCommand) -> Result<(Edit, bool)> {
    let edit = |edit, dry_run| Ok((edit, dry_run));
    match command {
        EditCommand::Add { .. } | EditCommand::Link { .. } => Ok(addition(command)),
        // The library reads the fragment's file: `task` makes it an `Action::Apply`.
        EditCommand::Apply { .. } => unreachable!("apply is taken before the other edits"),
        EditCommand::Unlink {
            from,
            relation,
            to,
            by,
            all,
            dry,
        } => edit(
            Edit::Unlink {
                edge: EdgeSpec {
                    from,
                    relation,
                    to,
                    by,
                },
                all,
            },
            dry.dry_run,
        ),
        EditCommand::Set { node, changes, dry } => edit(
            Edit::SetNode {
                node,
                changes: edit::parse_changes(&changes, edit::NODE_KEYS)?,
            },
            dry.dry_run,
        ),
        EditCommand::SetEdge {
            from,
            relation,
            to,
            by,
            changes,
            dry,
        } => edit(
            Edit::SetEdge {
                edge: EdgeSpec {
                    from,
                    relation,
                    to,
                    by,
                },
                changes: edit::parse_changes(&changes, edit::EDGE_KEYS)?,
            },
            dry.dry_run,
        ),
        EditCommand::Status {
            node,
            status,
            on,
            source,
            quote,
            note,
            scheduled,
            dry,
        } => edit(
            Edit::Status(NewStatus {
                node,
                status,
                on,
                source,
                quote,
                note,
                scheduled,
            }),
            dry.dry_run,
        ),
        EditCommand::Rename { old, new, dry } => edit(Edit::Rename { old, new }, dry.dry_run),
        EditCommand::Remove { node, cascade, dry } => {
            edit(Edit::Remove { node, cascade }, dry.dry_run)
        }
        EditCommand::Source(SourceCommand::Add {
            id,
            title,
            date,
            url,
            publisher,
            note,
            text_file,
            dry,
        }) => edit(
            Edit::AddSource(Source {
                id,
                title,
                date: date.map(Into::into),
                url,
                publisher,
                note,
                file: text_file,
            }),
            dry.dry_run,
        ),
    }
}

/// `add` and `link` as library edits (with whether they are dry runs).
fn addition(command: EditCommand) -> (Edit, bool) {
    let edit = |edit, dry_run| (edit, dry_run);
    match command {
        EditCommand::Add {
            kind,
            id,
            label,
            aliases,
            status,
            actor,
            issue,
            quantity,
            part_of,
            term,
            source,
            quote,
            speaker,
            unnamed,
            scheduled,
            dating,
            dry,
        } => edit(
            Edit::AddNode(NewNode {
                kind,
                id,
                label,
                aliases,
                status,
                since: dating.since,
                until: dating.until,
                note: dating.note,
                actor,
                issue,
                quantity,
                part_of,
                terms: term,
                citation: source.map(|source| negograph::model::Citation {
                    source: Some(source.as_str().into()),
                    quote: quote.map(Into::into),
                    speaker: speaker.map(Into::into),
                    note: None,
                    reason: None,
                }),
                unnamed,
                scheduled,
            }),
            dry.dry_run,
        ),
        EditCommand::Link {
            from,
            relation,
            to,
            by,
            source,
            quote,
            speaker,
            reason,
            target,
            trigger,
            with,
            addressee,
            seq,
            stance,
            disputed_by,
            dating,
            dry,
        } => edit(
            Edit::Link(Box::new(NewEdge {
                from,
                relation,
                to,
                by,
                source,
                quote,
                speaker,
                reason,
                since: dating.since,
                until: dating.until,
                note: dating.note,
                target,
                trigger,
                with,
                addressee,
                seq,
                stance,
                disputed_by,
            })),
            dry.dry_run,
        ),
        other => unreachable!("only add and link are additions, not {other:?}"),
    }
}

fn drawing(draw: DrawArgs, draw_as: DrawAs, output: Option<std::path::PathBuf>) -> Result<Drawing> {
    let focus = if let Some(node) = draw.focus {
        FocusOn::Around {
            node,
            depth: draw.depth,
        }
    } else if let Some(p) = draw.party {
        FocusOn::Party(p)
    } else if let Some(x) = draw.blockers {
        FocusOn::Blockers(x)
    } else if let Some(x) = draw.requires {
        FocusOn::Requires(x)
    } else if let Some([from, to]) = draw
        .path
        .and_then(|ends| <[String; 2]>::try_from(ends).ok())
    {
        FocusOn::Path {
            from,
            to,
            directed: !draw.undirected,
        }
    } else if draw.deadlocks {
        FocusOn::Deadlocks
    } else if let Some(x) = draw.unblock {
        FocusOn::Unblock(x)
    } else if let Some(x) = draw.effects {
        FocusOn::Effects(x)
    } else if let Some(x) = draw.issue {
        FocusOn::Issue(x)
    } else if let (true, Some(from), Some(to)) = (draw.changes, draw.from, draw.to) {
        FocusOn::Changes(Window::new(from, to)?)
    } else {
        FocusOn::Whole
    };
    Ok(Drawing {
        view: view(draw.view),
        focus,
        style: Style {
            rankdir: draw.rankdir,
            cluster: draw.cluster,
            legend: !draw.no_legend,
            quotes: draw.quotes,
        },
        force: draw.force,
        draw_as,
        output,
    })
}
