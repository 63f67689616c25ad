//! The small print of a static diagram: a legend listing only the styles the
//! diagram uses, and (with `--quotes`) the quotes as numbered footnotes.
//!
//! The legend is one node with a Graphviz HTML-like table of our own words
//! and colours (no user text), so it stays a few lines high instead of a
//! second graph beside the answer. Footnotes do hold user text; they are a
//! plain escaped label, left-aligned line by line with `\l`.

use std::collections::HashMap;

use graphviz_rust::dot_structures::{Id, Node as DotNode, NodeId, Stmt, Subgraph};

use super::scene::{Mark, Role, Scene};
use super::style::{
    ADDED, CONCESSION, FADED, HOLDER, REMOVED, TRIGGER, attr, escape, kind_style, plain,
    relation_style, word,
};
use super::wrap_label;
use crate::graph::{EdgeIx, Graph, NodeIx};
use crate::model::{NodeKind, Relation, Status};

/// Which styles a diagram uses, so its legend lists those and no others.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Used {
    /// The node kinds drawn, sorted, each once.
    pub kinds: Vec<NodeKind>,
    /// The relations drawn, sorted, each once.
    pub relations: Vec<Relation>,
    /// A party's line to a condition it sets.
    pub holders: bool,
    /// A met position (greyed).
    pub met: bool,
    /// A rejected or withdrawn position (greyed, dashed).
    pub dropped: bool,
    /// Something drawn faded: it no longer holds on the day the graph is read as of.
    pub faded: bool,
    /// The node asked about (drawn with a thick black border).
    pub target: bool,
    /// Nodes the answer names (drawn with a red border).
    pub answer: bool,
    /// Thick links: the chains that explain the answer.
    pub highlighted: bool,
    /// Numbered steps along a path.
    pub steps: bool,
    /// With `--cluster`: some position is held by several parties.
    pub shared: bool,
    /// With `--quotes`: edges carry footnote numbers.
    pub quotes: bool,
    /// A proposal drawn as a box holding its terms.
    pub packages: bool,
    /// Edges given up by numbered options (unblock views).
    pub concessions: bool,
    /// Claims that began to hold (changes views).
    pub added: bool,
    /// Claims that stopped holding (changes views).
    pub removed: bool,
    /// Lines from a node to the threats it sets off (effects views).
    pub triggers: bool,
}

impl Used {
    /// What `scene` draws of `g`: `status` gives each node's status on the
    /// diagram's day, `shared` and `quotes` come from the drawing's other
    /// parts (the party boxes and the footnotes).
    pub fn of(
        g: &Graph,
        scene: &Scene,
        status: impl Fn(NodeIx) -> Status,
        shared: bool,
        quotes: bool,
    ) -> Used {
        let mut kinds: Vec<NodeKind> = scene.nodes.iter().map(|(n, _)| g.kind(*n)).collect();
        kinds.sort();
        kinds.dedup();
        let mut relations: Vec<Relation> =
            scene.edges.iter().map(|&e| g.meta(e).relation).collect();
        relations.sort();
        relations.dedup();
        let settled = |wanted: &[Status]| {
            scene
                .nodes
                .iter()
                .any(|(n, _)| g.kind(*n) != NodeKind::Party && wanted.contains(&status(*n)))
        };
        Used {
            kinds,
            relations,
            holders: !scene.holders.is_empty(),
            met: settled(&[Status::Met]),
            dropped: settled(&[Status::Rejected, Status::Withdrawn]),
            faded: !scene.faded_edges.is_empty() || !scene.faded_nodes.is_empty(),
            target: scene.nodes.iter().any(|(_, r)| *r == Role::Target),
            answer: scene.nodes.iter().any(|(_, r)| *r == Role::Answer),
            highlighted: !scene.highlighted.is_empty(),
            steps: !scene.steps.is_empty(),
            shared,
            quotes,
            packages: !scene.packages.is_empty(),
            concessions: scene
                .marks
                .values()
                .any(|m| matches!(m, Mark::Concession(_))),
            added: scene.marks.values().any(|m| *m == Mark::Added),
            removed: scene.marks.values().any(|m| *m == Mark::Removed),
            triggers: !scene.triggers.is_empty(),
        }
    }
}

/// The line a relation's arrow is drawn with, in characters.
fn arrow_glyphs(style: &str, head: &str) -> String {
    let line = match style {
        "dashed" => "╌╌╌",
        "dotted" => "┈┈┈",
        "bold" => "━━━",
        _ => "───",
    };
    let tip = match head {
        "tee" => "┤",
        "diamond" => "◆",
        "odiamond" => "◇",
        "empty" | "onormal" => "▷",
        "dot" => "●",
        "odot" => "○",
        _ => "▶",
    };
    format!("{line}{tip}")
}

fn row(sample: &str, text: &str) -> String {
    format!("<TR><TD ALIGN=\"LEFT\">{sample}</TD><TD ALIGN=\"LEFT\">{text}</TD></TR>")
}

fn swatch(fill: &str, border: &str, width: u8) -> String {
    format!(
        "<TABLE BORDER=\"{width}\" COLOR=\"{border}\" BGCOLOR=\"{fill}\" CELLBORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR><TD WIDTH=\"22\" HEIGHT=\"7\"> </TD></TR></TABLE>"
    )
}

fn colored(color: &str, text: &str) -> String {
    format!("<FONT COLOR=\"{color}\">{text}</FONT>")
}

/// The legend: one small table, only the styles in `used`.
pub fn legend(used: &Used) -> Stmt {
    let mut rows = Vec::new();
    for &kind in &used.kinds {
        let (_, fill, border) = kind_style(kind);
        rows.push(row(&swatch(fill, border, 1), kind.as_str()));
    }
    for &r in &used.relations {
        let (color, style, head) = relation_style(r);
        let name = r.facts().legend;
        rows.push(row(&colored(color, &arrow_glyphs(style, head)), name));
    }
    if used.holders {
        rows.push(row(
            &colored(HOLDER, &arrow_glyphs("dotted", "dot")),
            "sets: the party whose condition it is",
        ));
    }
    if used.met {
        rows.push(row(&swatch("#f2f2f2", FADED, 1), "met"));
    }
    if used.dropped {
        rows.push(row(
            &swatch("#f2f2f2", FADED, 1),
            "rejected or withdrawn (dashed)",
        ));
    }
    if used.faded {
        rows.push(row(
            &colored(FADED, &arrow_glyphs("dashed", "normal")),
            "no longer holds (its dates shown)",
        ));
    }
    if used.target {
        rows.push(row(&swatch("#ffffff", "#1a202c", 3), "asked about"));
    }
    if used.answer {
        rows.push(row(&swatch("#ffffff", "#c53030", 2), "named by the answer"));
    }
    if used.highlighted {
        let what = if used.steps {
            "the path"
        } else {
            "explains the answer"
        };
        rows.push(row(&colored("#4a5568", "<B>━━━▶</B>"), what));
    }
    if used.steps {
        rows.push(row(
            "1. 2. …",
            "order along the path; each arrow keeps its own direction",
        ));
    }
    if used.packages {
        let (_, _, border) = kind_style(NodeKind::Proposal);
        rows.push(row(
            &swatch("#f7f2fd", border, 1),
            "a proposal and its terms, offered as one",
        ));
    }
    if used.shared {
        rows.push(row("outside a box", "held by several parties"));
    }
    if used.quotes {
        rows.push(row("[1]", "its quote, under Quotes"));
    }
    if used.concessions {
        rows.push(row(
            &colored(CONCESSION, &arrow_glyphs("bold", "normal")),
            "give up: the options (numbered) that drop it",
        ));
    }
    if used.added {
        rows.push(row(
            &colored(ADDED, &arrow_glyphs("bold", "normal")),
            "added: began to hold in the window",
        ));
    }
    if used.removed {
        rows.push(row(
            &colored(REMOVED, &arrow_glyphs("dashed", "normal")),
            "ended: stopped holding in the window",
        ));
    }
    if used.triggers {
        rows.push(row(
            &colored(TRIGGER, &arrow_glyphs("dotted", "normal")),
            "sets off: a threat this triggers",
        ));
    }
    let table = format!(
        "<<TABLE BORDER=\"1\" COLOR=\"#cbd5e0\" STYLE=\"rounded\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\"><TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>{}</TABLE>>",
        rows.concat()
    );
    // One node, not a cluster: a cluster's label and margins would double its size.
    Stmt::Node(DotNode {
        id: NodeId(plain("legend"), None),
        attributes: vec![
            word("shape", "plaintext"),
            attr("fontsize", plain("8")),
            word("fontcolor", "#4a5568"),
            attr("margin", plain("0")),
            attr("label", Id::Html(table)),
        ],
    })
}

/// Numbered quotes: each distinct (source, quote) of the scene's edges gets a
/// number, in the order the edges are drawn; an edge citing several sources
/// carries several numbers.
pub struct Footnotes {
    numbers: HashMap<EdgeIx, Vec<usize>>,
    /// (source title, quote), the n-th at n - 1.
    notes: Vec<(String, String)>,
}

/// How much of a quote a footnote shows; the rest is cut with "…".
const QUOTE_CHARS: usize = 400;

impl Footnotes {
    /// Numbers the quotes of the scene's edges, in the order the edges are
    /// drawn; the same quote from the same source (and speaker) gets one
    /// number however many edges cite it.
    pub fn new(g: &Graph, scene: &Scene) -> Footnotes {
        let mut numbers: HashMap<EdgeIx, Vec<usize>> = HashMap::new();
        let mut notes: Vec<(String, String)> = Vec::new();
        let mut seen: HashMap<(String, String), usize> = HashMap::new();
        // A source is named by its title (and date), as a reader would cite it.
        let titles: HashMap<&str, String> = g
            .document()
            .sources
            .iter()
            .map(|s| {
                let date = s
                    .date
                    .as_ref()
                    .map(|d| format!(", {d}"))
                    .unwrap_or_default();
                (s.id.as_str(), format!("{}{date}", s.title))
            })
            .collect();
        for &e in &scene.edges {
            for c in g.edge(e).citations() {
                let Some(quote) = c.quote else { continue };
                let source = c
                    .source
                    .map(|s| titles.get(&**s).cloned().unwrap_or_else(|| s.to_string()));
                let mut key = (source.unwrap_or_default(), quote.to_owned());
                if let Some(speaker) = c.speaker {
                    key.0 = format!("{speaker}, in {}", key.0);
                }
                let k = *seen.entry(key.clone()).or_insert_with(|| {
                    notes.push(key);
                    notes.len()
                });
                let list = numbers.entry(e).or_default();
                if !list.contains(&k) {
                    list.push(k);
                }
            }
        }
        Footnotes { numbers, notes }
    }

    /// The edge's footnote numbers, as its label shows them: `[1]`, `[2, 5]`.
    pub fn marker(&self, e: EdgeIx) -> Option<String> {
        let list = self.numbers.get(&e)?;
        let list: Vec<String> = list.iter().map(usize::to_string).collect();
        Some(format!("[{}]", list.join(", ")))
    }

    /// Whether no drawn edge has a quote (then there is nothing to list).
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty()
    }

    /// The quotes, one numbered paragraph each, in a box of their own.
    pub fn stmt(&self) -> Stmt {
        let mut label = String::new();
        for (i, (source, quote)) in self.notes.iter().enumerate() {
            let text = format!("[{}] \u{201C}{}\u{201D} ({source})", i + 1, quote);
            let lines = wrap_label(&text, 72, QUOTE_CHARS / 72 + 1);
            for (j, line) in lines.iter().enumerate() {
                if j > 0 {
                    label.push_str("      ");
                }
                label.push_str(&escape(line));
                // `\l` ends a left-aligned line; escape() made any backslash of the text literal.
                label.push_str("\\l");
            }
        }
        Stmt::Subgraph(Subgraph {
            id: plain("cluster_quotes"),
            stmts: vec![
                Stmt::Attribute(word("label", "Quotes")),
                Stmt::Attribute(word("style", "rounded")),
                Stmt::Attribute(word("color", "#cbd5e0")),
                Stmt::Attribute(word("fontcolor", "#4a5568")),
                Stmt::Attribute(attr("fontsize", plain("10"))),
                Stmt::Node(DotNode {
                    id: NodeId(plain("quotes"), None),
                    attributes: vec![
                        word("shape", "plaintext"),
                        attr("fontsize", plain("9")),
                        word("fontcolor", "#2d3748"),
                        attr("label", Id::Escaped(format!("\"{label}\""))),
                    ],
                }),
            ],
        })
    }
}
