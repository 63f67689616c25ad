//! Graphviz DOT, built from graphviz-rust's DOT structures and printed by its
//! printer, so output is deterministic: the same scene gives the same bytes.
//!
//! graphviz-rust prints ids and attribute values verbatim (its quoted form only
//! wraps text in quotes), so every piece of user text goes through [`escape`]
//! here, the way petgraph's DOT escaper does it: a backslash before `\` and `"`,
//! newlines as `\n`, other control characters dropped. Node ids are generated
//! (`n0`, `n1`, ...), so user text never becomes an id, and no attribute that
//! reads a file (`image`, `shapefile`, `fontpath`) is ever written.

use std::collections::HashMap;

use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph as DotGraph, GraphAttributes, Id, Node as DotNode,
    NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use super::scene::{Role, Scene};
use super::{Style, clip, wrap_label};
use crate::graph::{EdgeIx, Graph, NodeIx};
use crate::model::{NodeKind, Relation, Status};

/// Text made safe inside a DOT double-quoted string.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn quoted(text: &str) -> Id {
    Id::Escaped(format!("\"{}\"", escape(text)))
}

fn plain(text: &str) -> Id {
    Id::Plain(text.to_owned())
}

fn attr(key: &str, value: Id) -> Attribute {
    Attribute(plain(key), value)
}

/// An attribute whose value is one of our own words (never user text).
fn word(key: &str, value: &str) -> Attribute {
    attr(key, quoted(value))
}

const FONT: &str = "Helvetica";
const FADED: &str = "#b8b8b8";

/// Node appearance by kind: (shape, fill, border).
fn kind_style(kind: NodeKind) -> (&'static str, &'static str, &'static str) {
    match kind {
        NodeKind::Party => ("box", "#dbe9f6", "#2b6cb0"),
        NodeKind::Demand => ("ellipse", "#fff3d1", "#b7791f"),
        NodeKind::Condition => ("hexagon", "#e3f4e8", "#2f855a"),
        NodeKind::Proposal => ("folder", "#efe5fb", "#6b46c1"),
        NodeKind::Issue => ("note", "#f1f1f1", "#4a5568"),
    }
}

/// Edge appearance by relation: (colour, style, arrowhead).
fn relation_style(r: Relation) -> (&'static str, &'static str, &'static str) {
    match r {
        Relation::Demands => ("#2b6cb0", "solid", "normal"),
        Relation::Proposes => ("#4c6ef5", "solid", "empty"),
        Relation::Supports => ("#2f855a", "solid", "normal"),
        Relation::Rejects => ("#c53030", "solid", "tee"),
        Relation::Threatens => ("#dd6b20", "bold", "diamond"),
        Relation::ConditionsOn => ("#4a5568", "dashed", "normal"),
        Relation::Blocks => ("#c53030", "bold", "tee"),
        Relation::MemberOf => ("#718096", "dotted", "onormal"),
        Relation::Accepts => ("#2f855a", "bold", "normal"),
        Relation::Counters => ("#b7791f", "solid", "odiamond"),
        Relation::Ignores => ("#a0aec0", "dashed", "odot"),
        Relation::Mediates => ("#6b46c1", "solid", "dot"),
        Relation::Supersedes => ("#4a5568", "dotted", "empty"),
        Relation::PartOf => ("#6b46c1", "dotted", "odiamond"),
    }
}

fn node_id(n: NodeIx) -> NodeId {
    NodeId(plain(&format!("n{}", n.index())), None)
}

fn node_stmt(g: &Graph, scene: &Scene, n: NodeIx, role: Role, status: Status) -> Stmt {
    let kind = g.kind(n);
    let (shape, fill, border) = kind_style(kind);
    let mut lines = wrap_label(g.label(n), 24, 6);
    let settled = kind != NodeKind::Party && status != Status::Open;
    if settled {
        lines.push(format!("({status})"));
    }
    let faded = scene.faded_nodes.contains(&n);
    let mut style = vec!["filled"];
    if kind == NodeKind::Party {
        style.push("rounded");
    }
    if faded || matches!(status, Status::Rejected | Status::Withdrawn) {
        style.push("dashed");
    }
    let (fill, border, font) = if faded || settled {
        ("#f2f2f2", FADED, "#8a8a8a")
    } else {
        (fill, border, "#1a202c")
    };
    let (border, width) = match role {
        Role::Target => ("#1a202c", "3"),
        Role::Answer if !faded => ("#c53030", "2.5"),
        _ => (border, "1.2"),
    };
    let node = g.node(n);
    let mut tooltip = format!("{} ({kind})", node.id);
    if let Some(note) = &node.note {
        tooltip.push_str(": ");
        tooltip.push_str(note);
    }
    Stmt::Node(DotNode {
        id: node_id(n),
        attributes: vec![
            attr("label", quoted(&lines.join("\n"))),
            word("shape", shape),
            word("style", &style.join(",")),
            word("fillcolor", fill),
            word("color", border),
            word("fontcolor", font),
            attr("penwidth", plain(width)),
            attr("tooltip", quoted(&clip(&tooltip, 300))),
        ],
    })
}

fn edge_stmt(g: &Graph, scene: &Scene, e: EdgeIx) -> Stmt {
    let meta = g.meta(e);
    let edge = g.edge(e);
    let (color, style, arrow) = relation_style(meta.relation);
    let mut label = meta.relation.phrase().to_owned();
    if meta.relation == Relation::ConditionsOn
        && let Some(by) = meta.by
    {
        label = format!("needs\n(per {})", clip(g.label(by), 30));
    }
    let faded = scene.faded_edges.contains(&e);
    if faded {
        match (meta.time.since, meta.time.until) {
            (Some(s), Some(u)) => label.push_str(&format!("\n({s} to {u})")),
            (Some(s), None) => label.push_str(&format!("\n(from {s})")),
            (None, Some(u)) => label.push_str(&format!("\n(until {u})")),
            (None, None) => {}
        }
    }
    let (color, style) = if faded {
        (FADED, "dashed")
    } else {
        (color, style)
    };
    let width = if scene.highlighted.contains(&e) {
        "2.8"
    } else {
        "1.2"
    };
    let tooltip = match (edge.quote(), edge.source()) {
        (Some(q), Some(s)) => format!("\u{201C}{}\u{201D} ({s})", clip(q, 300)),
        (None, Some(s)) => format!("source: {s}"),
        _ => "no source cited".to_owned(),
    };
    Stmt::Edge(DotEdge {
        ty: EdgeTy::Pair(Vertex::N(node_id(meta.from)), Vertex::N(node_id(meta.to))),
        attributes: vec![
            attr("label", quoted(&label)),
            word("color", color),
            word("fontcolor", color),
            word("style", style),
            word("arrowhead", arrow),
            attr("penwidth", plain(width)),
            attr("tooltip", quoted(&tooltip)),
        ],
    })
}

/// Each position goes in the cluster of the first party (in file order) that
/// takes a stance on it; a node can sit in only one cluster.
fn clusters(g: &Graph, scene: &Scene) -> Vec<(NodeIx, Vec<NodeIx>)> {
    let mut owner: HashMap<NodeIx, NodeIx> = HashMap::new();
    for &e in &scene.edges {
        let m = g.meta(e);
        if m.relation.is_stance() && scene.contains(m.from) {
            owner.entry(m.to).or_insert(m.from);
        }
    }
    let mut out: Vec<(NodeIx, Vec<NodeIx>)> = scene
        .nodes
        .iter()
        .filter(|(n, _)| g.kind(*n) == NodeKind::Party)
        .map(|(p, _)| (*p, vec![*p]))
        .collect();
    for (n, _) in &scene.nodes {
        if let Some(p) = owner.get(n)
            && let Some((_, members)) = out.iter_mut().find(|(q, _)| q == p)
        {
            members.push(*n);
        }
    }
    out
}

fn legend(g: &Graph, scene: &Scene) -> Stmt {
    let mut stmts = vec![
        Stmt::Attribute(word("label", "Legend")),
        Stmt::Attribute(word("style", "rounded")),
        Stmt::Attribute(word("color", "#a0aec0")),
        Stmt::Attribute(word("fontcolor", "#4a5568")),
    ];
    let mut kinds: Vec<NodeKind> = scene.nodes.iter().map(|(n, _)| g.kind(*n)).collect();
    kinds.sort();
    kinds.dedup();
    for kind in kinds {
        let (shape, fill, border) = kind_style(kind);
        let style = if kind == NodeKind::Party {
            "filled,rounded"
        } else {
            "filled"
        };
        stmts.push(Stmt::Node(DotNode {
            id: NodeId(plain(&format!("legend_{kind}")), None),
            attributes: vec![
                attr("label", quoted(kind.as_str())),
                word("shape", shape),
                word("style", style),
                word("fillcolor", fill),
                word("color", border),
            ],
        }));
    }
    let mut relations: Vec<Relation> = scene.edges.iter().map(|&e| g.meta(e).relation).collect();
    relations.sort();
    relations.dedup();
    for (i, r) in relations.into_iter().enumerate() {
        let (color, style, arrow) = relation_style(r);
        let ends = [format!("legend_{i}_a"), format!("legend_{i}_b")];
        for end in &ends {
            stmts.push(Stmt::Node(DotNode {
                id: NodeId(plain(end), None),
                attributes: vec![
                    word("shape", "point"),
                    word("width", "0.05"),
                    word("color", "#a0aec0"),
                ],
            }));
        }
        stmts.push(Stmt::Edge(DotEdge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(plain(&ends[0]), None)),
                Vertex::N(NodeId(plain(&ends[1]), None)),
            ),
            attributes: vec![
                attr("label", quoted(r.phrase())),
                word("color", color),
                word("fontcolor", color),
                word("style", style),
                word("arrowhead", arrow),
            ],
        }));
    }
    Stmt::Subgraph(Subgraph {
        id: plain("cluster_legend"),
        stmts,
    })
}

/// The scene as a DOT digraph.
pub fn to_dot(
    g: &Graph,
    scene: &Scene,
    style: &Style,
    status: impl Fn(NodeIx) -> Status,
) -> String {
    let mut title = scene.title.clone();
    if !scene.subtitle.is_empty() {
        title.push('\n');
        title.push_str(&scene.subtitle);
    }
    title.push_str(&match scene.as_of {
        Some(d) => format!("\nas of {d}"),
        None => "\nall time".to_owned(),
    });
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("label", quoted(&title)),
            word("labelloc", "t"),
            word("fontname", FONT),
            attr("fontsize", plain("16")),
            word("rankdir", style.rankdir.as_str()),
            attr("newrank", plain("true")),
            attr("nodesep", plain("0.35")),
            attr("ranksep", plain("0.6")),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            word("fontname", FONT),
            attr("fontsize", plain("11")),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            word("fontname", FONT),
            attr("fontsize", plain("9")),
        ])),
    ];
    let roles: HashMap<NodeIx, Role> = scene.nodes.iter().copied().collect();
    let mut placed = std::collections::HashSet::new();
    if style.cluster {
        for (party, members) in clusters(g, scene) {
            let mut inner = vec![
                Stmt::Attribute(word("label", "")),
                Stmt::Attribute(word("style", "rounded,dashed")),
                Stmt::Attribute(word("color", "#90cdf4")),
            ];
            for n in members {
                placed.insert(n);
                inner.push(node_stmt(g, scene, n, roles[&n], status(n)));
            }
            stmts.push(Stmt::Subgraph(Subgraph {
                id: plain(&format!("cluster_p{}", party.index())),
                stmts: inner,
            }));
        }
    }
    for (n, role) in &scene.nodes {
        if !placed.contains(n) {
            stmts.push(node_stmt(g, scene, *n, *role, status(*n)));
        }
    }
    for &e in &scene.edges {
        stmts.push(edge_stmt(g, scene, e));
    }
    if style.legend && !scene.nodes.is_empty() {
        stmts.push(legend(g, scene));
    }
    let graph = DotGraph::DiGraph {
        id: plain("negograph"),
        strict: false,
        stmts,
    };
    let mut out = graph.print(&mut PrinterContext::default());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_neutralises_quotes_backslashes_and_newlines() {
        assert_eq!(
            escape(r#"x" image="/etc/passwd"#),
            r#"x\" image=\"/etc/passwd"#
        );
        assert_eq!(escape("a\\b\nc\rd\u{0}"), "a\\\\b\\nc d ");
        assert_eq!(escape("<b>{}</b>"), "<b>{}</b>");
    }
}
