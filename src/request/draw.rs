//! A drawing as asked for (`dot`, `render`): which view and part of the graph,
//! in which style and format, with its node names still as typed.

use crate::args::{Arg, Opt};
use std::path::PathBuf;

use crate::error::Result;
use crate::export::{self, Focus, Style};
use crate::graph::{Graph, NodeIx};
use crate::query::changes::Window;
use crate::query::expect_kind;
use crate::render;
use crate::resolve::Names;
use crate::view::{View, ViewSpec, When};

/// Which part of the graph to draw, nodes named as typed (id, label or alias).
/// Resolved, it is an [`export::Focus`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum FocusOn {
    /// The whole view.
    #[default]
    Whole,
    /// Everything within `depth` edges of a node, either direction.
    Around {
        /// The node in the middle.
        node: String,
        /// How many edges out.
        depth: usize,
    },
    /// A party, its positions and what they touch.
    Party(String),
    /// The answer to `blockers X`, chains highlighted.
    Blockers(String),
    /// The answer to `requires X`.
    Requires(String),
    /// The shortest path between two nodes.
    Path {
        /// Where the path starts.
        from: String,
        /// Where it ends.
        to: String,
        /// Follow edges only in their direction.
        directed: bool,
    },
    /// The deadlocks and conflicts.
    Deadlocks,
    /// The answer to `unblock X`: the blocking subgraph, each concession
    /// marked with the options that give it up.
    Unblock(String),
    /// The answer to `effects X`: what it unlocks, the threats it sets off.
    Effects(String),
    /// The answer to `changes --from D1 --to D2`: claims added and ended,
    /// drawn with the statuses of the later day.
    Changes(Window),
    /// Each party's stated figure on an issue over time, as an SVG chart.
    Issue(String),
}

/// The text formats a drawing can be written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum TextFormat {
    /// Graphviz DOT.
    #[default]
    Dot,
    /// Mermaid, for Markdown.
    Mermaid,
}

/// What a drawing comes out as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DrawAs {
    /// Text in a diagram language.
    Text(TextFormat),
    /// Laid out and drawn by Graphviz (SVG, PNG, PDF), or an interactive map
    /// laid out by Graphviz and drawn by the browser (HTML).
    Picture(render::Format),
}

/// Everything a drawing needs.
#[derive(Clone, Debug)]
pub struct Drawing {
    /// The day and what-ifs the graph is seen under.
    pub view: ViewSpec,
    /// Which part of the graph.
    pub focus: FocusOn,
    /// Direction, clusters, legend.
    pub style: Style,
    /// Draw even a view of more than [`export::MAX_DRAWN_NODES`] nodes or
    /// [`export::MAX_DRAWN_EDGES`] lines.
    pub force: bool,
    /// The format.
    pub draw_as: DrawAs,
    /// Write the drawing here (atomically) instead of returning it.
    pub output: Option<PathBuf>,
}

/// The drawing's bytes: DOT or Mermaid text, or a picture (with how
/// Graphviz laid it out).
pub(super) fn draw(g: &Graph, drawing: &Drawing) -> Result<(Vec<u8>, Option<render::Plan>)> {
    // What changed is drawn as its later day sees it.
    let spec = match &drawing.focus {
        FocusOn::Changes(window) => ViewSpec {
            when: When::On(window.to()),
            ..drawing.view.clone()
        },
        _ => drawing.view.clone(),
    };
    let view = View::new(g, &spec)?;
    if let FocusOn::Issue(name) = &drawing.focus {
        return Ok((issue_chart(g, &view, name, drawing.draw_as)?, None));
    }
    // Drawing all time, what no longer holds (as a query sees it by
    // default: on the newest source's day) is drawn faded.
    let today = if spec.when == When::AllTime {
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
    let focus = resolve(g, &drawing.focus)?;
    if drawing.draw_as == DrawAs::Picture(render::Format::Html) {
        // The map gathers its own data (every day its slider can show) and
        // refuses a view too large for it itself.
        let (map, plan) = export::html::map(g, &spec, &focus, &drawing.style, drawing.force)?;
        return Ok((map.into_bytes(), Some(plan)));
    }
    let scene = export::scene(&view, today.as_ref(), &focus);
    let status = |n| export::style::Standing::of(&view, n);
    let text = |format| match format {
        TextFormat::Dot => export::dot::to_dot(g, &scene, &drawing.style, status),
        TextFormat::Mermaid => export::mermaid::to_mermaid(g, &scene, &drawing.style, status),
    };
    Ok(match drawing.draw_as {
        DrawAs::Text(format) => {
            export::refuse_too_big(&scene, drawing.force)?;
            (text(format).into_bytes(), None)
        }
        DrawAs::Picture(format) => {
            let plan = export::layout_plan(&scene, drawing.force)?;
            let dot = text(TextFormat::Dot);
            (render::render(&dot, format, plan)?, Some(plan))
        }
    })
}

/// The chart of issue `name`'s figures: SVG only.
fn issue_chart(g: &Graph, view: &View, name: &str, draw_as: DrawAs) -> Result<Vec<u8>> {
    if draw_as != DrawAs::Picture(render::Format::Svg) {
        return Err(crate::Error::Usage(format!(
            "an issue's chart ({}) is drawn as SVG only: write it to a file ending .svg",
            Opt::Issue
        )));
    }
    let n = Names::new(g).resolve(name)?;
    if g.kind(n) != crate::model::NodeKind::Issue {
        return Err(crate::Error::Usage(format!(
            "{} takes an issue; {} is a {} (the {} command lists the issues)",
            Opt::Issue,
            g.id(n),
            g.kind(n),
            crate::args::Cmd::Issues.name()
        )));
    }
    let answer = crate::query::issues::issues(view);
    let issue = answer
        .issues
        .iter()
        .find(|i| i.node.ix == n)
        .ok_or_else(|| crate::Error::Usage(format!("{} is not in force on this day", g.id(n))))?;
    Ok(export::issue_chart::svg(g, issue).into_bytes())
}

/// The focus with its names resolved, each checked against what its flag takes.
fn resolve(g: &Graph, focus: &FocusOn) -> Result<Focus> {
    let names = Names::new(g);
    let node = |name: &str, flag: Opt| -> Result<NodeIx> {
        let n = names.resolve(name)?;
        if flag != Opt::Focus && flag != Opt::PathView {
            expect_kind(g, n, Arg::Opt(flag))?;
        }
        Ok(n)
    };
    Ok(match focus {
        FocusOn::Whole => Focus::Whole,
        FocusOn::Around { node: name, depth } => Focus::Around {
            node: node(name, Opt::Focus)?,
            depth: *depth,
        },
        FocusOn::Party(name) => Focus::Party(node(name, Opt::Party)?),
        FocusOn::Blockers(name) => Focus::Blockers(node(name, Opt::Blockers)?),
        FocusOn::Requires(name) => Focus::Requires(node(name, Opt::Requires)?),
        FocusOn::Path { from, to, directed } => Focus::Path {
            from: node(from, Opt::PathView)?,
            to: node(to, Opt::PathView)?,
            directed: *directed,
        },
        FocusOn::Deadlocks => Focus::Deadlocks,
        FocusOn::Unblock(name) => Focus::Unblock(node(name, Opt::Unblock)?),
        FocusOn::Effects(name) => Focus::Effects(node(name, Opt::Effects)?),
        // Drawn as a chart, not a scene (see `issue_chart`).
        FocusOn::Issue(_) => {
            return Err(crate::Error::Usage(format!(
                "{} draws a chart, not a diagram: write it to a file ending .svg",
                Opt::Issue
            )));
        }
        FocusOn::Changes(window) => Focus::Changes {
            window: *window,
            party: None,
            around: None,
        },
    })
}
