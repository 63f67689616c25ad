//! The command-line layer: parse arguments, call the library, print. No graph
//! logic lives here.

mod args;
mod human;
mod interop;
mod report;

use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use serde::Serialize;

use negograph::ask::{self, Query};
use negograph::model::{NodeKind, Relation, Vocabulary};
use negograph::query::{self, path::PathOptions};
use negograph::resolve::Names;
use negograph::view::{View, ViewSpec, When};
use negograph::{Error, Graph, Input, load, validate};

use args::{
    Cli, ColorWhen, Command, DrawArgs, PictureFormat, RankDirArg, SourceCommand, TextFormat,
    ViewArgs,
};
use negograph::edit::{EdgeSpec, Edit, NewEdge, NewNode};
use negograph::export::{self, Focus, RankDir, Style};
use negograph::model::Source;
use negograph::render;
use report::{IndexedSource, Reporter, eprint};

/// An error, with the input it concerns when it points into a file.
struct Failure {
    error: Box<Error>,
    input: Option<Input>,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        Failure {
            error: Box::new(error),
            input: None,
        }
    }
}

type Outcome = Result<ExitCode, Failure>;

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.color {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
    }
    .write_global();
    let color = anstream::AutoStream::choice(&std::io::stderr()) != anstream::ColorChoice::Never;
    let reporter = Reporter::new(color);
    match run(&cli, &reporter) {
        Ok(code) => code,
        Err(Failure { error, input }) => {
            let source = input.as_ref().map(IndexedSource::new);
            eprint(&reporter.error(&error, source.as_ref()));
            ExitCode::from(error.exit_code())
        }
    }
}

/// Prints to stdout; a reader that went away (`| head`) is not an error.
fn emit(text: &str) {
    // Only escape sequences are ever stripped, and most output (all JSON) has
    // none: passing a 3.6 MB answer through the stripper took ~13 ms.
    if !text.contains(['\x1b', '\u{9b}']) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
        return;
    }
    let mut out = anstream::stdout();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

fn json<T: Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("answers always serialize");
    text.push('\n');
    text
}

fn read_input(cli: &Cli) -> Result<Input, Failure> {
    match &cli.file {
        Some(path) => Ok(Input::read(path, cli.max_file_size)?),
        None => Ok(Input::builtin()),
    }
}

/// Loads and validates the graph. It lives until the process exits, which comes
/// right after printing: freeing a million small strings first would only
/// delay the answer, so the graph is deliberately never dropped.
fn load_graph(cli: &Cli) -> Result<&'static Graph, Failure> {
    let (origin, parsed) = match &cli.file {
        Some(path) => {
            let parsed = load::read_parsed(path, cli.max_file_size).map_err(|unread| Failure {
                error: unread.error,
                input: unread.input,
            })?;
            (path.display().to_string(), parsed)
        }
        None => {
            let input = Input::builtin();
            let parsed = input.parse_indexed().map_err(|error| Failure {
                error: Box::new(error),
                input: Some(input.clone()),
            })?;
            (input.origin, parsed)
        }
    };
    // The text is only needed to point at errors, which are rare: a big file
    // was never held whole, any other was freed before validation builds its
    // indexes. Read it again if there turns out to be something to show.
    let graph = Graph::from_parsed(&origin, parsed).map_err(|error| Failure {
        error: Box::new(error),
        input: read_input(cli).ok(),
    })?;
    Ok(Box::leak(Box::new(graph)))
}

fn view_spec(v: &ViewArgs) -> ViewSpec {
    ViewSpec {
        when: match (v.as_of, v.all_time) {
            (Some(d), _) => When::On(d),
            (None, true) => When::AllTime,
            (None, false) => When::Latest,
        },
        assume: v.assume.clone(),
        drop: v.drop.clone(),
    }
}

fn run(cli: &Cli, reporter: &Reporter) -> Outcome {
    if let Some(outcome) = interop::cypher(cli) {
        return outcome;
    }
    match &cli.command {
        Command::Export(args) => interop::export(cli, args),
        Command::Import(args) => interop::import_csv(cli, args),
        Command::Check { sources, json } => check(cli, reporter, sources.as_deref(), json.json),
        Command::Schema => {
            emit(&load::json_schema());
            Ok(ExitCode::SUCCESS)
        }
        Command::Add {
            kind,
            id,
            label,
            aliases,
            status,
            actor,
            issue,
            quantity,
            dating,
            dry,
        } => {
            let node = NewNode {
                kind: *kind,
                id: id.clone(),
                label: label.clone(),
                aliases: aliases.clone(),
                status: *status,
                since: dating.since,
                until: dating.until,
                note: dating.note.clone(),
                actor: actor.clone(),
                issue: issue.clone(),
                quantity: quantity.clone(),
            };
            edit(cli, reporter, Edit::AddNode(node), dry.dry_run)
        }
        Command::Link {
            from,
            relation,
            to,
            by,
            source,
            quote,
            speaker,
            target,
            trigger,
            with,
            disputed_by,
            dating,
            dry,
        } => {
            let edge = NewEdge {
                from: from.clone(),
                relation: *relation,
                to: to.clone(),
                by: by.clone(),
                source: source.clone(),
                quote: quote.clone(),
                speaker: speaker.clone(),
                since: dating.since,
                until: dating.until,
                note: dating.note.clone(),
                target: target.clone(),
                trigger: trigger.clone(),
                with: with.clone(),
                disputed_by: disputed_by.clone(),
            };
            edit(cli, reporter, Edit::Link(edge), dry.dry_run)
        }
        Command::Unlink {
            from,
            relation,
            to,
            by,
            all,
            dry,
        } => {
            let edge = EdgeSpec {
                from: from.clone(),
                relation: *relation,
                to: to.clone(),
                by: by.clone(),
            };
            edit(cli, reporter, Edit::Unlink { edge, all: *all }, dry.dry_run)
        }
        Command::Set { node, changes, dry } => {
            let changes = negograph::edit::parse_changes(changes, negograph::edit::NODE_KEYS)?;
            edit(
                cli,
                reporter,
                Edit::SetNode {
                    node: node.clone(),
                    changes,
                },
                dry.dry_run,
            )
        }
        Command::SetEdge {
            from,
            relation,
            to,
            by,
            changes,
            dry,
        } => {
            let changes = negograph::edit::parse_changes(changes, negograph::edit::EDGE_KEYS)?;
            let edge = EdgeSpec {
                from: from.clone(),
                relation: *relation,
                to: to.clone(),
                by: by.clone(),
            };
            edit(cli, reporter, Edit::SetEdge { edge, changes }, dry.dry_run)
        }
        Command::Rename { old, new, dry } => edit(
            cli,
            reporter,
            Edit::Rename {
                old: old.clone(),
                new: new.clone(),
            },
            dry.dry_run,
        ),
        Command::Remove { node, cascade, dry } => edit(
            cli,
            reporter,
            Edit::Remove {
                node: node.clone(),
                cascade: *cascade,
            },
            dry.dry_run,
        ),
        Command::Source(SourceCommand::Add {
            id,
            title,
            date,
            url,
            publisher,
            note,
            text_file,
            dry,
        }) => edit(
            cli,
            reporter,
            Edit::AddSource(Source {
                id: id.clone(),
                title: title.clone(),
                date: date.map(Into::into),
                url: url.clone(),
                publisher: publisher.clone(),
                note: note.clone(),
                file: text_file.clone(),
            }),
            dry.dry_run,
        ),
        Command::New { file, title } => {
            let doc = negograph::model::Document::new(title.clone());
            let text = load::to_canonical_json(&doc);
            Graph::from_document(&file.display().to_string(), doc)?;
            negograph::store::create_new(file, text.as_bytes())?;
            emit(&format!("created {}\n", file.display()));
            Ok(ExitCode::SUCCESS)
        }
        Command::Generate {
            edges,
            seed,
            compact,
            output,
        } => {
            let doc = negograph::synth::generate(*edges, *seed);
            let text = if *compact {
                let mut t = serde_json::to_string(&doc).expect("documents serialize");
                t.push('\n');
                t
            } else {
                load::to_canonical_json(&doc)
            };
            negograph::store::write_atomic(output, text.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "negograph", &mut out);
            emit(&String::from_utf8_lossy(&out));
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut out)
                .map_err(|e| Error::Usage(e.to_string()))?;
            emit(&String::from_utf8_lossy(&out));
            Ok(ExitCode::SUCCESS)
        }
        Command::Show { node, view, json } => {
            let g = load_graph(cli)?;
            let view = View::new(g, &view_spec(view))?;
            let text = match node {
                Some(name) => {
                    let n = Names::new(g).resolve(name)?;
                    let d = query::show::detail(&view, n);
                    if json.json {
                        self::json(&d)
                    } else {
                        human::detail(g, &d)
                    }
                }
                None => {
                    let o = query::show::overview(&view);
                    if json.json {
                        self::json(&o)
                    } else {
                        human::overview(g, &o)
                    }
                }
            };
            emit(&text);
            Ok(ExitCode::SUCCESS)
        }
        Command::Blockers {
            node,
            all_chains,
            view,
            json,
            ..
        } => one_node_query(
            cli,
            node,
            view,
            json.json,
            "blockers",
            Query::Blockers,
            *all_chains,
        ),
        Command::Requires {
            node, view, json, ..
        } => one_node_query(
            cli,
            node,
            view,
            json.json,
            "requires",
            Query::Requires,
            false,
        ),
        Command::Stance {
            party, view, json, ..
        } => one_node_query(cli, party, view, json.json, "stance", Query::Stance, false),
        Command::Who {
            node,
            relation,
            side: Some(side),
            view,
            json,
            ..
        } => {
            let g = load_graph(cli)?;
            let n = Names::new(g).resolve(node)?;
            let v = View::new(g, &view_spec(view))?;
            let r = query::who::who_side(&v, n, *side);
            emit(&if json.json {
                self::json(&r)
            } else {
                human::who(g, &r)
            });
            let _ = relation;
            Ok(ExitCode::SUCCESS)
        }
        Command::Who {
            node,
            relation,
            side: None,
            view,
            json,
            ..
        } => {
            let relation = *relation;
            one_node_query(
                cli,
                node,
                view,
                json.json,
                "who",
                move |n| Query::Who(n, relation),
                false,
            )
        }
        Command::Responses {
            node,
            party,
            view,
            json,
        } => {
            let g = load_graph(cli)?;
            let names = Names::new(g);
            let n = names.resolve(node)?;
            ask::expect_kind(g, n, "responses")?;
            let party = party.as_deref().map(|p| names.resolve(p)).transpose()?;
            if let Some(p) = party {
                ask::expect_kind(g, p, "stance")?;
            }
            let v = View::new(g, &view_spec(view))?;
            let r = query::responses::responses(&v, n, party);
            emit(&if json.json {
                self::json(&r)
            } else {
                human::responses(g, &r)
            });
            Ok(ExitCode::SUCCESS)
        }
        Command::Status {
            node,
            status,
            on,
            source,
            quote,
            note,
            dry,
        } => edit(
            cli,
            reporter,
            Edit::Status(negograph::edit::NewStatus {
                node: node.clone(),
                status: *status,
                on: *on,
                source: source.clone(),
                quote: quote.clone(),
                note: note.clone(),
            }),
            dry.dry_run,
        ),
        Command::Path {
            from,
            to,
            undirected,
            all,
            max_len,
            limit,
            view,
            json,
            ..
        } => {
            let g = load_graph(cli)?;
            let names = Names::new(g);
            let (a, b) = (names.resolve(from)?, names.resolve(to)?);
            let v = View::new(g, &view_spec(view))?;
            let opts = PathOptions {
                directed: !undirected,
                all: *all,
                max_len: usize::from(*max_len),
                limit: *limit,
            };
            let p = query::path::paths(&v, a, b, opts);
            emit(&if json.json {
                self::json(&p)
            } else {
                human::paths(g, &p)
            });
            Ok(ExitCode::SUCCESS)
        }
        Command::Deadlocks { view, json } => {
            whole_graph_query(cli, view, json.json, Query::Deadlocks)
        }
        Command::Conflicts { view, json } => {
            whole_graph_query(cli, view, json.json, Query::Conflicts)
        }
        Command::Dot {
            draw,
            format,
            output,
        } => {
            let g = load_graph(cli)?;
            let text = draw_text(g, draw, *format)?;
            match output {
                Some(path) => negograph::store::write_atomic(path, text.as_bytes())?,
                None => emit(&text),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Render {
            output,
            format,
            draw,
        } => {
            let format = match format {
                Some(PictureFormat::Svg) => render::Format::Svg,
                Some(PictureFormat::Png) => render::Format::Png,
                Some(PictureFormat::Pdf) => render::Format::Pdf,
                Some(PictureFormat::Html) => render::Format::Html,
                None => render::Format::from_path(output).ok_or_else(|| {
                    Error::Usage(format!(
                        "cannot tell the format of {} from its extension; name it .svg, .png, .pdf or .html, or pass --format",
                        output.display()
                    ))
                })?,
            };
            let g = load_graph(cli)?;
            let picture = if format == render::Format::Html {
                draw_text(g, draw, TextFormat::Html)?.into_bytes()
            } else {
                render::render(&draw_text(g, draw, TextFormat::Dot)?, format)?
            };
            negograph::store::write_atomic(output, &picture)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Ask {
            question,
            explain,
            view,
            json,
        } => {
            let g = load_graph(cli)?;
            let names = Names::new(g);
            let query = ask::interpret(question, g, &names)?;
            let v = View::new(g, &view_spec(view))?;
            if *explain {
                let line = format!("→ {}\n", query.command_line(g));
                if json.json {
                    eprint(&line)
                } else {
                    emit(&line)
                }
            }
            emit(&answer(g, &v, &query, json.json, false));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Runs one edit on the file named by -f (never the built-in graph).
fn edit(cli: &Cli, reporter: &Reporter, edit: Edit, dry_run: bool) -> Outcome {
    let path = cli.file.as_deref().ok_or(Error::ReadOnly)?;
    let change = negograph::store::edit_file(path, cli.max_file_size, &edit, dry_run)?;
    let mut text = String::new();
    for line in &change.summary {
        text.push_str(line);
        text.push('\n');
    }
    if dry_run {
        let diff = similar::TextDiff::from_lines(&change.before, &change.after);
        let name = path.display().to_string();
        text.push_str(&format!(
            "{}",
            diff.unified_diff()
                .context_radius(3)
                .header(&name, &format!("{name} (after)"))
        ));
        text.push_str("dry run: nothing was written\n");
    } else if !change.written {
        text.push_str("no change: the file already says this\n");
    }
    emit(&text);
    if !change.warnings.is_empty() {
        let after = Input {
            origin: format!("{} (after the edit)", path.display()),
            text: std::sync::Arc::new(change.after),
            builtin: false,
        };
        eprint(&reporter.diagnostics(&change.warnings, &IndexedSource::new(&after)));
    }
    Ok(ExitCode::SUCCESS)
}

/// The DOT, Mermaid or map (HTML) text for what `draw` asks to see.
fn draw_text(g: &Graph, draw: &DrawArgs, format: TextFormat) -> Result<String, Failure> {
    let names = Names::new(g);
    let spec = view_spec(&draw.view);
    let view = View::new(g, &spec)?;
    // Drawing all time, what does not hold today is drawn faded.
    let today = if draw.view.all_time {
        Some(View::new(
            g,
            &ViewSpec {
                when: When::Latest,
                ..spec.clone()
            },
        )?)
    } else {
        None
    };
    let resolve = |name: &str, command: &'static str| -> Result<negograph::NodeIx, Failure> {
        let n = names.resolve(name)?;
        if command != "focus" {
            ask::expect_kind(g, n, command)?;
        }
        Ok(n)
    };
    let focus = if let Some(n) = &draw.focus {
        Focus::Around {
            node: resolve(n, "focus")?,
            depth: draw.depth,
        }
    } else if let Some(p) = &draw.party {
        Focus::Party(resolve(p, "--party")?)
    } else if let Some(x) = &draw.blockers {
        Focus::Blockers(resolve(x, "--blockers")?)
    } else if let Some(x) = &draw.requires {
        Focus::Requires(resolve(x, "--requires")?)
    } else if let Some(ends) = &draw.path {
        Focus::Path {
            from: resolve(&ends[0], "focus")?,
            to: resolve(&ends[1], "focus")?,
            directed: !draw.undirected,
        }
    } else if draw.deadlocks {
        Focus::Deadlocks
    } else {
        Focus::Whole
    };
    let style = Style {
        rankdir: match draw.rankdir {
            RankDirArg::Lr => RankDir::LeftRight,
            RankDirArg::Tb => RankDir::TopBottom,
            RankDirArg::Rl => RankDir::RightLeft,
            RankDirArg::Bt => RankDir::BottomTop,
        },
        cluster: draw.cluster,
        legend: !draw.no_legend,
        quotes: draw.quotes,
    };
    if format == TextFormat::Html {
        return Ok(export::html::map(g, &spec, &focus, &style, draw.force)?);
    }
    let scene = export::scene(&view, today.as_ref(), &focus);
    if scene.nodes.len() > export::MAX_DRAWN_NODES && !draw.force {
        return Err(Error::TooBigToDraw {
            nodes: scene.nodes.len(),
            edges: scene.edges.len(),
            limit: export::MAX_DRAWN_NODES,
        }
        .into());
    }
    let status = |n| view.status(n);
    Ok(if format == TextFormat::Mermaid {
        export::mermaid::to_mermaid(g, &scene, &style, status)
    } else {
        export::dot::to_dot(g, &scene, &style, status)
    })
}

fn one_node_query(
    cli: &Cli,
    name: &str,
    view: &ViewArgs,
    json: bool,
    command: &'static str,
    make: impl Fn(negograph::NodeIx) -> Query,
    all_chains: bool,
) -> Outcome {
    let g = load_graph(cli)?;
    let n = Names::new(g).resolve(name)?;
    ask::expect_kind(g, n, command)?;
    let v = View::new(g, &view_spec(view))?;
    emit(&answer(g, &v, &make(n), json, all_chains));
    Ok(ExitCode::SUCCESS)
}

fn whole_graph_query(cli: &Cli, view: &ViewArgs, json: bool, query: Query) -> Outcome {
    let g = load_graph(cli)?;
    let v = View::new(g, &view_spec(view))?;
    emit(&answer(g, &v, &query, json, false));
    Ok(ExitCode::SUCCESS)
}

/// Runs a query and formats its answer; shared by the subcommands and `ask`.
fn answer(g: &Graph, v: &View, query: &Query, as_json: bool, all_chains: bool) -> String {
    match query {
        Query::Blockers(n) => {
            let r = query::blockers::blockers(v, *n, all_chains);
            if as_json {
                json(&r)
            } else {
                human::blockers(g, &r)
            }
        }
        Query::Requires(n) => {
            let r = query::requires::requires(v, *n);
            if as_json {
                json(&r)
            } else {
                human::requires(g, &r)
            }
        }
        Query::Stance(n) => {
            let r = query::stance::stance(v, *n);
            if as_json {
                json(&r)
            } else {
                human::stance(g, &r)
            }
        }
        Query::Who(n, rel) => {
            let r = query::who::who(v, *n, *rel);
            if as_json { json(&r) } else { human::who(g, &r) }
        }
        Query::Path { from, to, directed } => {
            let opts = PathOptions {
                directed: *directed,
                ..PathOptions::default()
            };
            let r = query::path::paths(v, *from, *to, opts);
            if as_json {
                json(&r)
            } else {
                human::paths(g, &r)
            }
        }
        Query::Deadlocks => {
            let r = query::deadlocks::deadlocks(v);
            if as_json {
                json(&r)
            } else {
                human::deadlocks(g, &r, true, true)
            }
        }
        Query::Conflicts => {
            let r = query::deadlocks::conflicts(v);
            if as_json {
                json(
                    &serde_json::json!({ "as_of": v.as_of, "as_of_basis": v.as_of_basis, "conflicts": r }),
                )
            } else {
                let d = query::deadlocks::Deadlocks {
                    as_of: v.as_of,
                    as_of_basis: v.as_of_basis,
                    deadlocks: Vec::new(),
                    conflicts: r,
                };
                human::deadlocks(g, &d, false, true)
            }
        }
    }
}

#[derive(Serialize)]
struct Counts {
    sources: usize,
    nodes: usize,
    edges: usize,
    by_kind: Vec<(String, usize)>,
    by_relation: Vec<(String, usize)>,
}

fn counts(doc: &negograph::model::Document) -> Counts {
    fn tally<T: Vocabulary>(values: impl Iterator<Item = String>) -> Vec<(String, usize)> {
        let mut out: Vec<(String, usize)> =
            T::allowed().iter().map(|a| (a.to_string(), 0)).collect();
        // Indexed, so a file with a million distinct unknown values stays linear.
        let mut at: std::collections::HashMap<String, usize> = out
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (k.clone(), i))
            .collect();
        for v in values {
            match at.get(&v) {
                Some(&i) => out[i].1 += 1,
                None => {
                    at.insert(v.clone(), out.len());
                    out.push((v, 1));
                }
            }
        }
        out.retain(|(_, n)| *n > 0);
        out
    }
    Counts {
        sources: doc.sources.len(),
        nodes: doc.nodes.len(),
        edges: doc.edges.len(),
        by_kind: tally::<NodeKind>(doc.nodes.iter().map(|n| n.kind.to_string())),
        by_relation: tally::<Relation>(doc.edges.iter().map(|e| e.relation().to_string())),
    }
}

fn check(
    cli: &Cli,
    reporter: &Reporter,
    sources: Option<&std::path::Path>,
    as_json: bool,
) -> Outcome {
    let input = read_input(cli)?;
    let doc = match input.parse() {
        Ok(doc) => doc,
        Err(error) if as_json => {
            let (line, column, message) = match &error {
                Error::Parse {
                    line,
                    column,
                    message,
                    ..
                } => (*line, *column, message.clone()),
                other => (1, 1, other.to_string()),
            };
            emit(&json(&serde_json::json!({
                "file": input.origin,
                "ok": false,
                "diagnostics": [{
                    "severity": "error", "code": "bad-json", "message": message,
                    "line": line, "column": column,
                }],
            })));
            return Ok(ExitCode::from(error.exit_code()));
        }
        Err(error) => {
            return Err(Failure {
                error: Box::new(error),
                input: Some(input),
            });
        }
    };
    let mut diagnostics = validate::diagnose(&doc);
    if let Some(dir) = sources {
        diagnostics.extend(negograph::sources::verify_quotes(
            &doc,
            dir,
            cli.max_file_size,
        ));
        diagnostics.sort_by_key(|d| d.severity);
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let c = counts(&doc);
    let code = if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    if as_json {
        let locator = negograph::locate::Locator::new(input.text.clone());
        let located: Vec<serde_json::Value> = diagnostics
            .iter()
            .map(|d| {
                let (line, column) = locator.position(&d.path);
                let mut v = serde_json::to_value(d).expect("diagnostics serialize");
                v["line"] = line.into();
                v["column"] = column.into();
                v
            })
            .collect();
        emit(&json(&serde_json::json!({
            "file": input.origin,
            "ok": errors == 0,
            "counts": c,
            "errors": errors,
            "warnings": warnings,
            "diagnostics": located,
        })));
        return Ok(code);
    }
    let list = |pairs: &[(String, usize)]| {
        pairs
            .iter()
            .map(|(k, n)| format!("{n} {k}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut text = format!(
        "{}: {} nodes, {} edges, {} source{}\n  nodes: {}\n  edges: {}\n",
        input.origin,
        c.nodes,
        c.edges,
        c.sources,
        if c.sources == 1 { "" } else { "s" },
        list(&c.by_kind),
        list(&c.by_relation),
    );
    if let Some(dir) = sources {
        let quoted = negograph::sources::quote_count(&doc);
        text.push_str(&format!(
            "  quotes checked against {}: {quoted}\n",
            dir.display()
        ));
    }
    text.push_str(&format!(
        "{}: {errors} error{}, {warnings} warning{}\n",
        if errors == 0 { "ok" } else { "invalid" },
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" }
    ));
    emit(&text);
    if !diagnostics.is_empty() {
        eprint(&format!(
            "\n{}",
            reporter.diagnostics(&diagnostics, &IndexedSource::new(&input))
        ));
    }
    Ok(code)
}
