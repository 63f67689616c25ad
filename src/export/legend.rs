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
    ADDED, CONCESSION, FADED, HOLDER, REMOVED, STATUS_LEGEND, TRIGGER, attr, escape, kind_style,
    plain, quoted, relation_style, status_look, word,
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
    /// A postponed position (dotted; format 1.2).
    pub postponed: bool,
    /// A cancelled position (greyed, dashed; format 1.2).
    pub cancelled: bool,
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
            postponed: settled(&[Status::Postponed]),
            cancelled: settled(&[Status::Cancelled]),
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

/// The legend's text size, in points: 10 pt reads at 96 dpi (13 px).
const LEGEND_POINTS: &str = "10";

/// A node kind in the legend: a small node of the kind's true shape and
/// colours, its name inside.
fn kind_sample(kind: NodeKind) -> Stmt {
    let (shape, fill, border) = kind_style(kind);
    let style = if kind == NodeKind::Party {
        "filled,rounded"
    } else {
        "filled"
    };
    Stmt::Node(DotNode {
        id: NodeId(plain(&format!("legend_{}", kind.as_str())), None),
        attributes: vec![
            word("shape", shape),
            word("style", style),
            word("fillcolor", fill),
            word("color", border),
            word("fontcolor", "#1a202c"),
            attr("fontsize", plain(LEGEND_POINTS)),
            attr("label", quoted(kind.as_str())),
            attr("width", plain("0.9")),
            attr("height", plain("0.3")),
            attr("margin", plain("\"0.04,0.02\"")),
        ],
    })
}

/// The legend, only the styles in `used`: a box holding a node of each
/// kind drawn, in its true shape, and one small table of the lines and
/// marks, all at 10 pt.
pub fn legend(used: &Used) -> Stmt {
    let mut rows = Vec::new();
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
    // Each status look the diagram uses, in the style table's words.
    let shown = [used.met, used.dropped, used.postponed, used.cancelled];
    for (&(statuses, words), shown) in STATUS_LEGEND.iter().zip(shown) {
        if shown {
            let look = status_look(statuses[0], None);
            let (fill, border) = if look.greyed {
                ("#f2f2f2", FADED)
            } else {
                ("#ffffff", "#4a5568")
            };
            rows.push(row(&swatch(fill, border, 1), words));
        }
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
    let mut stmts = vec![
        Stmt::Attribute(attr("label", Id::Html("<<B>Legend</B>>".to_owned()))),
        Stmt::Attribute(word("labeljust", "l")),
        Stmt::Attribute(word("style", "rounded")),
        Stmt::Attribute(word("color", "#cbd5e0")),
        Stmt::Attribute(word("fontcolor", "#4a5568")),
        Stmt::Attribute(attr("fontsize", plain(LEGEND_POINTS))),
    ];
    stmts.extend(used.kinds.iter().map(|&k| kind_sample(k)));
    if !rows.is_empty() {
        let table = format!(
            "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">{}</TABLE>>",
            rows.concat()
        );
        stmts.push(Stmt::Node(DotNode {
            id: NodeId(plain("legend"), None),
            attributes: vec![
                word("shape", "plaintext"),
                attr("fontsize", plain(LEGEND_POINTS)),
                word("fontcolor", "#4a5568"),
                attr("margin", plain("0")),
                attr("label", Id::Html(table)),
            ],
        }));
    }
    // A box of its own: the samples stay together, apart from the graph.
    Stmt::Subgraph(Subgraph {
        id: plain("cluster_legend"),
        stmts,
    })
}

/// A source as footnotes name it (title and date), with its quotes:
/// (speaker, quote).
type SourceQuotes = (String, Vec<(Option<String>, String)>);

/// Numbered quotes, grouped by source: each distinct (source, speaker,
/// quote) of the scene's edges gets a number; a source is named once, above
/// its quotes, which are numbered in a run in the order the edges are drawn.
/// An edge citing several sources carries several numbers.
pub struct Footnotes {
    numbers: HashMap<EdgeIx, Vec<usize>>,
    /// Each source named (title and date), with its quotes: (speaker, quote),
    /// numbered from 1 across the groups in order.
    groups: Vec<SourceQuotes>,
}

/// How much of a quote a footnote shows; the rest is cut with "…".
const QUOTE_CHARS: usize = 400;

/// The width of a footnote's lines, in characters.
const FOOTNOTE_WIDTH: usize = 90;

impl Footnotes {
    /// Numbers the quotes of the scene's edges, grouped by source (the
    /// sources in the order the edges first cite them); the same quote from
    /// the same source and speaker gets one number however many edges cite it.
    pub fn new(g: &Graph, scene: &Scene) -> Footnotes {
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
        let mut groups: Vec<SourceQuotes> = Vec::new();
        // (group, place in it) of each edge's quotes, numbered once grouped.
        let mut cited: Vec<(EdgeIx, usize, usize)> = Vec::new();
        for &e in &scene.edges {
            for c in g.edge(e).citations() {
                let Some(quote) = c.quote else { continue };
                let source = c.source.map_or_else(
                    || "no source cited".to_owned(),
                    |s| titles.get(&**s).cloned().unwrap_or_else(|| s.to_string()),
                );
                let group = match groups.iter().position(|(t, _)| *t == source) {
                    Some(k) => k,
                    None => {
                        groups.push((source, Vec::new()));
                        groups.len() - 1
                    }
                };
                let note = (c.speaker.map(str::to_owned), quote.to_owned());
                let quotes = &mut groups[group].1;
                let place = quotes.iter().position(|q| *q == note).unwrap_or_else(|| {
                    quotes.push(note);
                    quotes.len() - 1
                });
                cited.push((e, group, place));
            }
        }
        let mut first = Vec::with_capacity(groups.len());
        let mut next = 1;
        for (_, quotes) in &groups {
            first.push(next);
            next += quotes.len();
        }
        let mut numbers: HashMap<EdgeIx, Vec<usize>> = HashMap::new();
        for (e, group, place) in cited {
            let k = first[group] + place;
            let list = numbers.entry(e).or_default();
            if !list.contains(&k) {
                list.push(k);
            }
        }
        Footnotes { numbers, groups }
    }

    /// The edge's footnote numbers, as its label shows them: `[1]`, `[2, 5]`.
    pub fn marker(&self, e: EdgeIx) -> Option<String> {
        let list = self.numbers.get(&e)?;
        let list: Vec<String> = list.iter().map(usize::to_string).collect();
        Some(format!("[{}]", list.join(", ")))
    }

    /// Whether no drawn edge has a quote (then there is nothing to list).
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The quotes in a box of their own: each source once, then its quotes,
    /// one numbered paragraph each.
    pub fn stmt(&self) -> Stmt {
        let mut label = String::new();
        let mut number = 0;
        for (source, quotes) in &self.groups {
            for line in wrap_label(source, FOOTNOTE_WIDTH, 3) {
                label.push_str(&escape(&line));
                label.push_str("\\l");
            }
            for (speaker, quote) in quotes {
                number += 1;
                let said = speaker
                    .as_ref()
                    .map(|s| format!("{s}: "))
                    .unwrap_or_default();
                let text = format!("[{number}] {said}\u{201C}{quote}\u{201D}");
                let lines = wrap_label(&text, FOOTNOTE_WIDTH, QUOTE_CHARS / FOOTNOTE_WIDTH + 2);
                for (j, line) in lines.iter().enumerate() {
                    label.push_str(if j > 0 { "        " } else { "   " });
                    label.push_str(&escape(line));
                    // `\l` ends a left-aligned line; escape() made any backslash of the text literal.
                    label.push_str("\\l");
                }
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
