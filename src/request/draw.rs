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

/// The drawing's bytes: DOT or Mermaid text, or a picture.
pub(super) fn draw(g: &Graph, drawing: &Drawing) -> Result<Vec<u8>> {
    // What changed is drawn as its later day sees it.
    let spec = match &drawing.focus {
        FocusOn::Changes(window) => ViewSpec {
            when: When::On(window.to()),
            ..drawing.view.clone()
        },
        _ => drawing.view.clone(),
    };
    let view = View::new(g, &spec)?;
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
        let map = export::html::map(g, &spec, &focus, &drawing.style, drawing.force)?;
        return Ok(map.into_bytes());
    }
    let scene = export::scene(&view, today.as_ref(), &focus);
    export::refuse_too_big(&scene, drawing.force)?;
    let status = |n| view.status(n);
    let text = |format| match format {
        TextFormat::Dot => export::dot::to_dot(g, &scene, &drawing.style, status),
        TextFormat::Mermaid => export::mermaid::to_mermaid(g, &scene, &drawing.style, status),
    };
    Ok(match drawing.draw_as {
        DrawAs::Text(format) => text(format).into_bytes(),
        DrawAs::Picture(format) => render::render(&text(TextFormat::Dot), format)?,
    })
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
        FocusOn::Changes(window) => Focus::Changes {
            window: *window,
            party: None,
            around: None,
        },
    })
}
