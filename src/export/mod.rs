//! Drawing the graph, or one answer, as a diagram.
//!
//! [`scene()`] decides what to draw (which nodes and edges, which to highlight or
//! fade); [`dot`] and [`mermaid`] decide how, and [`html`] makes an interactive
//! map of it (laid out by Graphviz, see [`layout`]; its data gathered by
//! [`map_gather`], in the shape of [`map_data`]). User text (labels, quotes, ids)
//! never becomes a diagram id and always passes through one escaping function
//! per format.

pub mod dot;
pub mod html;
pub mod issue_chart;
pub mod layout;
pub mod legend;
pub mod map_answers;
pub mod map_data;
pub mod map_gather;
pub mod map_panels;
mod map_quantity;
pub mod mermaid;
pub mod scene;
pub mod style;

pub use scene::{Focus, Scene, scene};

/// Graphviz's `rankdir`: which way the diagram flows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum RankDir {
    /// Left to right (`LR`), the default.
    #[default]
    #[cfg_attr(feature = "cli", value(name = "lr"))]
    LeftRight,
    /// Top to bottom (`TB`).
    #[cfg_attr(feature = "cli", value(name = "tb"))]
    TopBottom,
    /// Right to left (`RL`).
    #[cfg_attr(feature = "cli", value(name = "rl"))]
    RightLeft,
    /// Bottom to top (`BT`).
    #[cfg_attr(feature = "cli", value(name = "bt"))]
    BottomTop,
}

impl RankDir {
    /// The value Graphviz's `rankdir` attribute takes: `LR`, `TB`, `RL` or `BT`.
    pub fn as_str(self) -> &'static str {
        match self {
            RankDir::LeftRight => "LR",
            RankDir::TopBottom => "TB",
            RankDir::RightLeft => "RL",
            RankDir::BottomTop => "BT",
        }
    }
}

/// How a Graphviz diagram is drawn, beside what it shows (the [`Scene`]).
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// Which way the diagram flows.
    pub rankdir: RankDir,
    /// Group each party in a box with the positions it alone holds (a
    /// position several parties hold stays outside every box).
    pub cluster: bool,
    /// Add a legend of the shapes, colours and edge styles the diagram uses
    /// (only those it uses).
    pub legend: bool,
    /// Number every quoted edge and list the quotes beside the diagram, for
    /// pictures read where tooltips do not exist (PNG, PDF, print).
    pub quotes: bool,
}

impl Default for Style {
    fn default() -> Style {
        Style {
            rankdir: RankDir::LeftRight,
            cluster: false,
            legend: true,
            quotes: false,
        }
    }
}

/// How many nodes Graphviz can lay out into something a person can read; larger
/// views are refused (unless forced) with a pointer to the focused views.
pub const MAX_DRAWN_NODES: usize = 500;

/// How many lines (edges, and those from parties to the conditions they set)
/// Graphviz is asked to lay out: its work grows with them, not only with the
/// nodes (35 nodes with 870 conditions took over a minute).
pub const MAX_DRAWN_EDGES: usize = 750;

/// Refuses, unless `force`, a scene of more than [`MAX_DRAWN_NODES`] nodes
/// or [`MAX_DRAWN_EDGES`] lines.
///
/// # Errors
///
/// [`Error::TooBigToDraw`](crate::Error::TooBigToDraw), saying how to draw less.
pub fn refuse_too_big(scene: &Scene, force: bool) -> crate::Result<()> {
    let lines = lines(scene);
    if force || (scene.nodes.len() <= MAX_DRAWN_NODES && lines <= MAX_DRAWN_EDGES) {
        return Ok(());
    }
    Err(crate::Error::TooBigToDraw {
        forced: false,
        nodes: scene.nodes.len(),
        edges: lines,
        limit: MAX_DRAWN_NODES,
        edge_limit: MAX_DRAWN_EDGES,
    })
}

/// The lines a scene draws: its edges, and the lines from parties to the
/// conditions they set and from triggers to the threats they set off.
fn lines(scene: &Scene) -> usize {
    scene.edges.len() + scene.holders.len() + scene.triggers.len()
}

/// How Graphviz is to lay the scene out ([`crate::render::Plan::for_size`]),
/// after [`refuse_too_big`].
///
/// # Errors
///
/// As [`refuse_too_big`]; and, even when forced, for a scene past
/// [`crate::limits::MAX_LAYOUT_NODES`] nodes or
/// [`crate::limits::MAX_LAYOUT_LINES`] lines, which no layout finishes in time.
pub fn layout_plan(scene: &Scene, force: bool) -> crate::Result<crate::render::Plan> {
    refuse_too_big(scene, force)?;
    let (nodes, lines) = (scene.nodes.len(), lines(scene));
    crate::render::Plan::for_size(nodes, lines).ok_or(crate::Error::TooBigToDraw {
        forced: true,
        nodes,
        edges: lines,
        limit: crate::limits::MAX_LAYOUT_NODES,
        edge_limit: crate::limits::MAX_LAYOUT_LINES,
    })
}

/// Wraps a label into lines of about `width` characters, at most `max_lines`,
/// so that a long or hostile label makes a tall node, not a giant one.
pub fn wrap_label(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(width * max_lines + 1)
        .collect();
    let options =
        textwrap::Options::new(width).word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut lines: Vec<String> = textwrap::wrap(flat.trim(), options)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect();
    if lines.len() > max_lines || text.chars().count() > width * max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let keep: String = last.chars().take(width.saturating_sub(1)).collect();
            *last = format!("{keep}…");
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// What format 1.2 adds to a drawn claim's label, one line each: to whom a
/// demand is addressed ("of the mediators": demanded of them), an offer
/// put ("put to ..."), or a threat ("addressed to ..."), and the shade of a `considers` ("declines to
/// recommend"). Shared by the DOT and Mermaid writers.
pub(crate) fn claim_lines(g: &crate::graph::Graph, e: crate::graph::EdgeIx) -> Vec<String> {
    use crate::model::End;
    let edge = g.edge(e);
    let mut lines = Vec::new();
    if let Some(to) = edge.addressee() {
        let name = match to {
            End::Node(i) => g.label(crate::graph::NodeIx::new(i as usize)),
            End::Name(id) => id,
        };
        let name = clip(name, 30);
        lines.push(format!("{} {name}", g.meta(e).relation.addressee_words()));
    }
    if let Some(stance) = edge.stance() {
        lines.push(format!("({})", clip(stance, 40)));
    }
    lines
}

/// A drawn claim's reason with the words that give it, for its tooltip:
/// "the reason: the pension issue (“because of the pension issue”)".
pub(crate) fn reason_words(g: &crate::graph::Graph, e: crate::graph::EdgeIx) -> Option<String> {
    g.edge(e).citations().find_map(|c| {
        let reason = c.reason?;
        Some(match c.quote {
            Some(q) => format!(
                "the reason: {} (\u{201C}{}\u{201D})",
                clip(reason, 120),
                clip(q, 200)
            ),
            None => format!("the reason: {}", clip(reason, 120)),
        })
    })
}

/// At most `max` characters of `text` on one line, for tooltips.
pub fn clip(text: &str, max: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if flat.chars().count() <= max {
        flat
    } else {
        let keep: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{keep}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_wrap_and_stop() {
        assert_eq!(
            wrap_label("30-day ceasefire in all theaters", 16, 3),
            vec!["30-day ceasefire", "in all theaters"]
        );
        let long = "word ".repeat(1000);
        let lines = wrap_label(&long, 20, 4);
        assert_eq!(lines.len(), 4);
        assert!(lines[3].ends_with('…'));
        assert_eq!(wrap_label("a\nb\u{0}c", 20, 2), vec!["a b c"]);
        assert_eq!(clip("abcdef", 4), "abc…");
    }
}
