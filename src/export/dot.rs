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
    Edge as DotEdge, EdgeTy, Graph as DotGraph, GraphAttributes, Node as DotNode, NodeId, Stmt,
    Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use super::legend::{Footnotes, Used, legend};
use super::scene::{Mark, Role, Scene};
pub use super::style::escape;
use super::style::{
    ADDED, CONCESSION, FADED, FONT, HOLDER, REMOVED, Standing, TRIGGER, attr, kind_style, plain,
    quoted, relation_style, word,
};
use super::{Style, clip, wrap_label};
use crate::graph::{EdgeIx, Graph, NodeIx};
use crate::model::{End, NodeKind, Relation};

/// The DOT `id` of a drawn edge: `e` and its position in the file. The map
/// finds Graphviz's route for an edge by it.
pub fn edge_id(e: EdgeIx) -> String {
    format!("e{}", e.index())
}

/// The DOT `id` of the k-th holder line of a scene.
pub fn holder_id(k: usize) -> String {
    format!("h{k}")
}

fn node_id(n: NodeIx) -> NodeId {
    NodeId(plain(&format!("n{}", n.index())), None)
}

fn node_stmt(g: &Graph, scene: &Scene, n: NodeIx, role: Role, standing: &Standing) -> Stmt {
    let kind = g.kind(n);
    let (shape, fill, border) = kind_style(kind);
    let mut lines = wrap_label(g.label(n), 24, 6);
    let status = standing.status;
    let look = (kind != NodeKind::Party)
        .then(|| standing.look(g.node(n).scheduled_on(status, scene.as_of)));
    let settled = look.as_ref().is_some_and(|l| l.greyed);
    if let Some(note) = look.as_ref().and_then(|l| l.note.clone()) {
        lines.push(note);
    }
    // A party the source does not name is drawn as such, not as a name.
    if g.node(n).unnamed() {
        lines.push("(unnamed in the source)".to_owned());
    }
    let faded = scene.faded_nodes.contains(&n);
    let mut style = vec!["filled"];
    if kind == NodeKind::Party {
        style.push("rounded");
    }
    match look.as_ref().map(|l| l.border) {
        _ if faded => style.push("dashed"),
        Some(border @ ("dashed" | "dotted")) => style.push(border),
        _ => {}
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

fn edge_stmt(g: &Graph, scene: &Scene, e: EdgeIx, footnote: Option<String>) -> Stmt {
    let meta = g.meta(e);
    let edge = g.edge(e);
    let (color, style, arrow) = relation_style(meta.relation);
    let mut label = meta.relation.phrase().to_owned();
    if meta.relation == Relation::ConditionsOn
        && let Some(by) = meta.by
    {
        // No parentheses round the holder: its label may have its own.
        label = format!("needs\nper {}", clip(g.label(by), 30));
    }
    for line in super::claim_lines(g, e) {
        label.push('\n');
        label.push_str(&line);
    }
    // A claim some party disputes says so, and by whom, on the diagram itself.
    let disputers: Vec<&str> = edge
        .disputed_by()
        .map(|end| match end {
            crate::model::End::Node(i) => g.label(NodeIx::new(i as usize)),
            crate::model::End::Name(id) => id,
        })
        .collect();
    if !disputers.is_empty() {
        label.push_str(&format!(
            "\n(disputed by {})",
            clip(&disputers.join(", "), 60)
        ));
    }
    // Along a path, the walk's order; the arrow keeps the edge's own direction.
    if let Some(step) = scene.steps.get(&e) {
        label = format!("{step}. {label}");
    }
    if let Some(marker) = footnote {
        label.push(' ');
        label.push_str(&marker);
    }
    let mark = scene.marks.get(&e);
    match mark {
        Some(Mark::Concession(options)) => {
            let numbers: Vec<String> = options.iter().map(usize::to_string).collect();
            let which = if options.len() == 1 {
                "option"
            } else {
                "options"
            };
            label = format!("give up ({which} {})\n{label}", numbers.join(", "));
        }
        Some(Mark::Added) => label = format!("added: {label}"),
        Some(Mark::Removed) => label = format!("ended: {label}"),
        None => {}
    }
    let faded = scene.faded_edges.contains(&e);
    if faded || matches!(mark, Some(Mark::Added | Mark::Removed)) {
        match (meta.time.since, meta.time.until) {
            (Some(s), Some(u)) => label.push_str(&format!("\n({s} to {u})")),
            (Some(s), None) => label.push_str(&format!("\n(from {s})")),
            (None, Some(u)) => label.push_str(&format!("\n(until {u})")),
            (None, None) => {}
        }
    }
    let (color, style) = match mark {
        Some(Mark::Concession(_)) => (CONCESSION, "bold"),
        Some(Mark::Added) => (ADDED, "bold"),
        Some(Mark::Removed) => (REMOVED, "dashed"),
        None if faded => (FADED, "dashed"),
        None => (color, style),
    };
    let width = if scene.highlighted.contains(&e) {
        "2.8"
    } else if mark.is_some() {
        "2"
    } else {
        "1.2"
    };
    let tooltip = edge_tooltip(g, e);
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
            word("id", &edge_id(e)),
        ],
    })
}

/// A drawn claim's tooltip: its first quote with who said it and the
/// source, how many more quotes it has, the reason it gives, and its note.
fn edge_tooltip(g: &Graph, e: EdgeIx) -> String {
    let edge = g.edge(e);
    let first = edge.citations().next();
    let mut tooltip = match first.map(|c| (c.quote, c.speaker, c.source)) {
        Some((Some(q), Some(who), Some(s))) => format!(
            "\u{201C}{}\u{201D} (said by {}, {s})",
            clip(q, 300),
            clip(who, 100)
        ),
        Some((Some(q), None, Some(s))) => format!("\u{201C}{}\u{201D} ({s})", clip(q, 300)),
        Some((None, _, Some(s))) => format!("source: {s}"),
        _ => "no source cited".to_owned(),
    };
    tooltip.push_str(&more_citations(edge.citations().map(|c| c.source)));
    if let Some(reason) = super::reason_words(g, e) {
        tooltip.push_str("; ");
        tooltip.push_str(&reason);
    }
    if let Some(note) = edge.note() {
        tooltip.push_str("; note: ");
        tooltip.push_str(&clip(note, 300));
    }
    tooltip
}

/// What a tooltip adds after a claim's first quote: how many more quotes it
/// has, and from how many sources in all when more than one (a second quote
/// from the same report is no second source).
fn more_citations<'a>(
    sources: impl Iterator<Item = Option<&'a crate::model::SourceRef>>,
) -> String {
    let mut quotes = 0usize;
    let mut distinct: std::collections::BTreeSet<Option<&str>> = Default::default();
    for s in sources {
        quotes += 1;
        distinct.insert(s.map(arcstr::ArcStr::as_str));
    }
    let more = quotes.saturating_sub(1);
    if more == 0 {
        return String::new();
    }
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let mut text = format!(" and {more} more quote{}", plural(more));
    if distinct.len() > 1 {
        text.push_str(&format!(", from {} sources in all", distinct.len()));
    }
    text
}

/// A dotted line from a party to a position it sets as a condition: whose
/// condition it is, visible without reading edge labels.
fn holder_stmt(g: &Graph, k: usize, party: NodeIx, node: NodeIx, faded: bool) -> Stmt {
    let color = if faded { FADED } else { HOLDER };
    Stmt::Edge(DotEdge {
        ty: EdgeTy::Pair(Vertex::N(node_id(party)), Vertex::N(node_id(node))),
        attributes: vec![
            attr("label", quoted("sets")),
            word("color", color),
            word("fontcolor", color),
            word("style", "dotted"),
            word("arrowhead", "dot"),
            attr("arrowsize", plain("0.6")),
            attr("penwidth", plain("1.2")),
            attr(
                "tooltip",
                quoted(&clip(
                    &format!("{} sets {} as a condition", g.label(party), g.label(node)),
                    300,
                )),
            ),
            word("id", &holder_id(k)),
        ],
    })
}

/// The DOT `id` of the k-th trigger line of a scene.
pub fn trigger_id(k: usize) -> String {
    format!("t{k}")
}

/// A dotted line from a node to a position that threats it sets off
/// threaten: "if this happens, that follows", though no edge joins them.
fn trigger_stmt(
    g: &Graph,
    k: usize,
    trigger: NodeIx,
    threatened: NodeIx,
    threats: &[EdgeIx],
) -> Stmt {
    let (label, tooltip) = trigger_words(g, trigger, threatened, threats);
    Stmt::Edge(DotEdge {
        ty: EdgeTy::Pair(Vertex::N(node_id(trigger)), Vertex::N(node_id(threatened))),
        attributes: vec![
            attr("label", quoted(&label)),
            word("color", TRIGGER),
            word("fontcolor", TRIGGER),
            word("style", "dotted"),
            word("arrowhead", "vee"),
            attr("penwidth", plain("2")),
            attr("tooltip", quoted(&clip(&tooltip, 300))),
            word("id", &trigger_id(k)),
        ],
    })
}

/// A trigger line's label ("sets off\n(threat by A, B\nagainst C)") and
/// tooltip, shared by the DOT and Mermaid writers.
pub(super) fn trigger_words(
    g: &Graph,
    trigger: NodeIx,
    threatened: NodeIx,
    threats: &[EdgeIx],
) -> (String, String) {
    let mut by: Vec<String> = Vec::new();
    let mut against: Vec<String> = Vec::new();
    for &e in threats {
        let who = clip(g.label(g.meta(e).from), 30);
        if !by.contains(&who) {
            by.push(who);
        }
        if let Some(End::Node(i)) = g.edge(e).target() {
            let target = clip(g.label(NodeIx::new(i as usize)), 30);
            if !against.contains(&target) {
                against.push(target);
            }
        }
    }
    let mut label = format!("sets off\n(threat by {}", by.join(", "));
    if !against.is_empty() {
        label.push_str(&format!("\nagainst {}", against.join(", ")));
    }
    label.push(')');
    let tooltip = format!(
        "if {} happens, {} threaten{} {}",
        g.label(trigger),
        by.join(" and "),
        if by.len() == 1 { "s" } else { "" },
        g.label(threatened)
    );
    (label, tooltip)
}

/// The parties holding each position: those that demand, propose, support,
/// threaten or accept it, and those that set it as a condition.
fn holders_of(g: &Graph, scene: &Scene) -> HashMap<NodeIx, Vec<NodeIx>> {
    let mut held: HashMap<NodeIx, Vec<NodeIx>> = HashMap::new();
    let mut add = |node: NodeIx, party: NodeIx| {
        let parties = held.entry(node).or_default();
        if !parties.contains(&party) {
            parties.push(party);
        }
    };
    for &e in &scene.edges {
        let m = g.meta(e);
        if m.relation.facts().holds {
            add(m.to, m.from);
        }
    }
    for &(party, node) in &scene.holders {
        add(node, party);
    }
    held
}

/// Each party's box: the party and the positions it alone holds. A position
/// held by several parties belongs to none of them, so it stays outside every
/// box (a node can sit in only one cluster, and giving it to the first would
/// hide the others' stake); the legend says so.
fn clusters(g: &Graph, scene: &Scene) -> (Vec<(NodeIx, Vec<NodeIx>)>, bool) {
    let held = holders_of(g, scene);
    let mut out: Vec<(NodeIx, Vec<NodeIx>)> = scene
        .nodes
        .iter()
        .filter(|(n, _)| g.kind(*n) == NodeKind::Party)
        .map(|(p, _)| (*p, vec![*p]))
        .collect();
    let mut shared = false;
    for (n, _) in &scene.nodes {
        match held.get(n).map(Vec::as_slice) {
            Some([p]) => {
                if let Some((_, members)) = out.iter_mut().find(|(q, _)| q == p) {
                    members.push(*n);
                }
            }
            Some([_, _, ..]) => shared = true,
            _ => {}
        }
    }
    (out, shared)
}

/// The DOT id of a proposal's box (a cluster holding it and its terms).
fn package_id(p: NodeIx) -> String {
    format!("cluster_k{}", p.index())
}

/// A proposal's box: the proposal and its terms, so a package reads as one.
fn package_stmt(
    g: &Graph,
    scene: &Scene,
    (proposal, terms): &(NodeIx, Vec<NodeIx>),
    roles: &HashMap<NodeIx, Role>,
    standing: &impl Fn(NodeIx) -> Standing,
) -> Stmt {
    let (_, _, border) = kind_style(NodeKind::Proposal);
    let mut inner = vec![
        Stmt::Attribute(word("label", "")),
        Stmt::Attribute(word("style", "rounded,filled")),
        Stmt::Attribute(word("fillcolor", "#f7f2fd")),
        Stmt::Attribute(word("color", border)),
        Stmt::Attribute(attr(
            "tooltip",
            quoted(&clip(&format!("{} and its terms", g.label(*proposal)), 300)),
        )),
    ];
    for &n in std::iter::once(proposal).chain(terms) {
        inner.push(node_stmt(g, scene, n, roles[&n], &standing(n)));
    }
    Stmt::Subgraph(Subgraph {
        id: plain(&package_id(*proposal)),
        stmts: inner,
    })
}

/// The drawing's title ("TITLE\nSUBTITLE\nas of DAY") and the graph,
/// node and edge defaults.
fn header(scene: &Scene, style: &Style) -> Vec<Stmt> {
    let mut title = scene.title.clone();
    if !scene.subtitle.is_empty() {
        title.push('\n');
        title.push_str(&scene.subtitle);
    }
    title.push_str(&match scene.as_of {
        Some(d) => format!("\nas of {d}"),
        None => "\nall time".to_owned(),
    });
    vec![
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
    ]
}

/// A party's dotted line to each condition it sets, faded when every
/// condition it stands for is.
fn holder_stmts(g: &Graph, scene: &Scene, stmts: &mut Vec<Stmt>) {
    let mut holds_today: HashMap<(NodeIx, NodeIx), bool> = HashMap::new();
    for &e in &scene.edges {
        let m = g.meta(e);
        if let (Relation::ConditionsOn, Some(by)) = (m.relation, m.by) {
            *holds_today.entry((by, m.to)).or_default() |= !scene.faded_edges.contains(&e);
        }
    }
    for (k, &(party, node)) in scene.holders.iter().enumerate() {
        let faded = !holds_today.get(&(party, node)).copied().unwrap_or(false);
        stmts.push(holder_stmt(g, k, party, node, faded));
    }
}

/// The scene as a DOT digraph: nodes, edges (each with an [`edge_id`]), the
/// lines from parties to the conditions they set, footnotes and legend. A
/// proposal is boxed with its terms, and its mediators' arrows end on the box.
pub fn to_dot(
    g: &Graph,
    scene: &Scene,
    style: &Style,
    standing: impl Fn(NodeIx) -> Standing,
) -> String {
    let mut stmts = header(scene, style);
    if !scene.packages.is_empty() {
        // Lets a mediator's arrow end on a proposal's box (`lhead`).
        if let Stmt::GAttribute(GraphAttributes::Graph(graph)) = &mut stmts[0] {
            graph.push(attr("compound", plain("true")));
        }
    }
    let roles: HashMap<NodeIx, Role> = scene.nodes.iter().copied().collect();
    let mut placed = std::collections::HashSet::new();
    // A term sits in its proposal's box, never in a party's.
    for (p, terms) in &scene.packages {
        placed.insert(*p);
        placed.extend(terms.iter().copied());
    }
    let mut boxed = std::collections::HashSet::new();
    let mut shared = false;
    if style.cluster {
        let (groups, any_shared) = clusters(g, scene);
        shared = any_shared;
        for (party, members) in groups {
            let mut inner = vec![
                Stmt::Attribute(word("label", "")),
                Stmt::Attribute(word("style", "rounded,dashed")),
                Stmt::Attribute(word("color", "#90cdf4")),
            ];
            for n in members {
                // A proposal the party alone holds: its whole box goes in.
                if let Some(package) = scene.packages.iter().find(|(p, _)| *p == n) {
                    boxed.insert(n);
                    inner.push(package_stmt(g, scene, package, &roles, &standing));
                } else if placed.insert(n) {
                    inner.push(node_stmt(g, scene, n, roles[&n], &standing(n)));
                }
            }
            stmts.push(Stmt::Subgraph(Subgraph {
                id: plain(&format!("cluster_p{}", party.index())),
                stmts: inner,
            }));
        }
    }
    for package in &scene.packages {
        if !boxed.contains(&package.0) {
            stmts.push(package_stmt(g, scene, package, &roles, &standing));
        }
    }
    for (n, role) in &scene.nodes {
        if !placed.contains(n) {
            stmts.push(node_stmt(g, scene, *n, *role, &standing(*n)));
        }
    }
    let notes = style.quotes.then(|| Footnotes::new(g, scene));
    for &e in &scene.edges {
        let number = notes.as_ref().and_then(|f| f.marker(e));
        let mut stmt = edge_stmt(g, scene, e, number);
        let m = g.meta(e);
        if m.relation == Relation::Mediates
            && scene.packages.iter().any(|(p, _)| *p == m.to)
            && let Stmt::Edge(edge) = &mut stmt
        {
            edge.attributes
                .push(attr("lhead", plain(&package_id(m.to))));
        }
        stmts.push(stmt);
    }
    holder_stmts(g, scene, &mut stmts);
    for (k, (trigger, threatened, threats)) in scene.triggers.iter().enumerate() {
        stmts.push(trigger_stmt(g, k, *trigger, *threatened, threats));
    }
    if let Some(notes) = &notes
        && !notes.is_empty()
    {
        stmts.push(notes.stmt());
        // The quotes go right of the drawing, past its last nodes (an
        // unseen edge from each node no drawn edge leaves), not in the
        // first column above the parties, which left half the page blank.
        let leaves: std::collections::HashSet<NodeIx> =
            scene.edges.iter().map(|&e| g.meta(e).from).collect();
        for (n, _) in scene.nodes.iter().filter(|(n, _)| !leaves.contains(n)) {
            stmts.push(Stmt::Edge(DotEdge {
                ty: EdgeTy::Pair(
                    Vertex::N(node_id(*n)),
                    Vertex::N(NodeId(plain("quotes"), None)),
                ),
                attributes: vec![word("style", "invis")],
            }));
        }
    }
    if style.legend && !scene.nodes.is_empty() {
        let used = Used::of(g, scene, |n| standing(n).status, shared, notes.is_some());
        stmts.push(legend(&used));
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

#[cfg(test)]
mod tooltip_tests {
    use super::more_citations;
    use crate::model::SourceRef;

    #[test]
    fn more_quotes_from_one_report_are_not_more_sources() {
        let a = SourceRef::from("a");
        let b = SourceRef::from("b");
        assert_eq!(more_citations([Some(&a)].into_iter()), "");
        assert_eq!(
            more_citations([Some(&a), Some(&a), Some(&a)].into_iter()),
            " and 2 more quotes"
        );
        assert_eq!(
            more_citations([Some(&a), Some(&b)].into_iter()),
            " and 1 more quote, from 2 sources in all"
        );
    }
}
