//! Reading the graph for the interactive map: [`gather`] is the only
//! function that reads the model for it, and fills the [`MapData`] the
//! map's script sees (each drawn node and edge with what its panel shows,
//! the holder and trigger lines, the sources cited).

use std::collections::{BTreeMap, BTreeSet};

use super::layout::{EdgePath, Layout, NodeBox};
use super::map_data::{
    HolderLine, MapCitation, MapCluster, MapData, MapEdge, MapNode, MapPackage, MapSource,
    MapSpelling, MapStatusChange, MapStyles, TriggerLine,
};
use super::scene::{Role, Scene};
use super::wrap_label;
use crate::error::{Error, Result};
use crate::graph::{EdgeIx, NodeIx};
use crate::model::{Date, Lenient};
use crate::view::View;

/// Gathers the map's data: the scene's nodes and edges at the places `layout`
/// gives them, with everything the panels show. `layout` must come from the
/// DOT of this scene.
///
/// # Errors
///
/// [`Error::Graphviz`] when `layout` lacks a node or edge of the scene.
pub fn gather(view: &View, scene: &Scene, layout: &Layout, as_of: Option<Date>) -> Result<MapData> {
    let g = view.graph;
    let doc = g.document();
    let mismatch =
        || Error::Graphviz("the layout does not match the drawing it was asked for".into());
    // Nodes the panels name (holders, actors, targets ...), for a label when not drawn.
    let mut named: BTreeSet<NodeIx> = BTreeSet::new();
    let mut cited: BTreeSet<String> = BTreeSet::new();

    let mut nodes = Vec::with_capacity(scene.nodes.len());
    for &(n, role) in &scene.nodes {
        let at = *layout.nodes.get(&n.index()).ok_or_else(mismatch)?;
        nodes.push(map_node(view, n, role, at, &mut named, &mut cited));
    }

    let route = |id: String| layout.edges.get(&id).cloned().ok_or_else(mismatch);
    let mut edges = Vec::with_capacity(scene.edges.len());
    let members = g.memberships();
    for &e in &scene.edges {
        let path = route(super::dot::edge_id(e))?;
        let mut edge = map_edge(view, scene, e, path, &mut named, &mut cited);
        if view.as_of.is_none() {
            credit_on_its_day(view, &members, e, &mut edge);
        }
        edges.push(edge);
    }
    let holders = scene
        .holders
        .iter()
        .enumerate()
        .map(|(k, &(party, node))| {
            Ok(HolderLine {
                party: g.id(party).to_owned(),
                node: g.id(node).to_owned(),
                path: route(super::dot::holder_id(k))?,
            })
        })
        .collect::<Result<Vec<_>>>()?;

    let triggers = scene
        .triggers
        .iter()
        .enumerate()
        .map(|(k, (trigger, measure, threats))| {
            let (label, sentence) = super::dot::trigger_words(g, *trigger, *measure, threats);
            Ok(TriggerLine {
                trigger: g.id(*trigger).to_owned(),
                measure: g.id(*measure).to_owned(),
                threats: threats
                    .iter()
                    .filter_map(|e| scene.edges.binary_search(e).ok())
                    .collect(),
                lines: label.lines().map(str::to_owned).collect(),
                sentence,
                path: route(super::dot::trigger_id(k))?,
            })
        })
        .collect::<Result<Vec<_>>>()?;

    let sources = doc
        .sources
        .iter()
        .filter(|s| cited.contains(&s.id))
        .map(|s| {
            let source = MapSource {
                title: s.title.clone(),
                date: s.date.as_ref().map(ToString::to_string),
                url: s.url.clone(),
                publisher: s.publisher.clone(),
                note: s.note.clone(),
            };
            (s.id.clone(), source)
        })
        .collect();
    let others = named
        .into_iter()
        .filter(|&n| !scene.contains(n))
        .map(|n| (g.id(n).to_owned(), g.label(n).to_owned()))
        .collect();
    let focus = most_connected(&nodes, &edges, &holders);
    Ok(MapData {
        title: scene.title.clone(),
        subtitle: scene.subtitle.clone(),
        as_of,
        width: layout.width,
        height: layout.height,
        sources,
        nodes,
        edges,
        holders,
        triggers,
        clusters: layout
            .clusters
            .iter()
            .filter(|c| c.node < g.node_count())
            .map(|c| MapCluster {
                party: g.id(NodeIx::new(c.node)).to_owned(),
                x: c.x,
                y: c.y,
                w: c.w,
                h: c.h,
            })
            .collect(),
        packages: layout
            .packages
            .iter()
            .filter(|c| c.node < g.node_count())
            .map(|c| MapPackage {
                proposal: g.id(NodeIx::new(c.node)).to_owned(),
                x: c.x,
                y: c.y,
                w: c.w,
                h: c.h,
            })
            .collect(),
        others,
        answers: super::map_answers::MapAnswers::default(),
        styles: MapStyles::new(),
        opens_on: None,
        focus,
        spelling: MapSpelling::new(),
        issue_charts: BTreeMap::new(),
    })
}

/// The drawn node with the most drawn links and holder lines (the first in
/// drawing order on a tie): where the map opens when it cannot show all.
fn most_connected(nodes: &[MapNode], edges: &[MapEdge], holders: &[HolderLine]) -> Option<String> {
    let mut degree: BTreeMap<&str, usize> = BTreeMap::new();
    let ends = edges
        .iter()
        .flat_map(|e| [e.from.as_str(), e.to.as_str()])
        .chain(
            holders
                .iter()
                .flat_map(|h| [h.party.as_str(), h.node.as_str()]),
        );
    for end in ends {
        *degree.entry(end).or_default() += 1;
    }
    let mut best: Option<(&str, usize)> = None;
    for n in nodes {
        let d = degree.get(n.id.as_str()).copied().unwrap_or(0);
        if best.is_none_or(|(_, b)| d > b) {
            best = Some((&n.id, d));
        }
    }
    best.map(|(id, _)| id.to_owned())
}

/// One drawn node as the map shows it; the nodes its panel names and the
/// sources it cites are added to `named` and `cited`.
fn map_node(
    view: &View,
    n: NodeIx,
    role: Role,
    at: NodeBox,
    named: &mut BTreeSet<NodeIx>,
    cited: &mut BTreeSet<String>,
) -> MapNode {
    let g = view.graph;
    let node = g.node(n);
    let status_history = node
        .status_history()
        .iter()
        .filter_map(|c| {
            cited.extend(c.source.clone());
            Some(MapStatusChange {
                status: c.status.known()?,
                on: c.on.known()?,
                source: c.source.clone(),
                quote: c.quote.clone(),
                note: c.note.clone(),
                scheduled: c.scheduled.as_ref().and_then(Lenient::known),
            })
        })
        .collect();
    named.extend(node.actor().iter().filter_map(|id| g.find(id)));
    named.extend(node.issue().and_then(|id| g.find(id)));
    MapNode {
        id: node.id.clone(),
        kind: g.kind(n),
        label: node.label.clone(),
        lines: wrap_label(&node.label, 24, 6),
        aliases: node.aliases.clone(),
        status: g.status(n),
        assumed: view.assumed.contains(&n),
        status_history,
        actor: node.actor().to_vec(),
        asked_actors: crate::standing::asked_actors(view, n)
            .into_iter()
            .map(|a| g.id(a).to_owned())
            .collect(),
        issue: node.issue().map(str::to_owned),
        quantity: node.quantity().map(str::to_owned),
        quantity_read: g
            .facts(n)
            .and_then(|f| f.quantity.as_ref())
            .map(super::map_quantity::quantity_words),
        unnamed: node.unnamed(),
        scheduled: node.scheduled().and_then(Lenient::known),
        since: g.node_time(n).since,
        until: g.node_time(n).until,
        note: node.note.clone(),
        role: match role {
            Role::Plain => "plain",
            Role::Target => "target",
            Role::Answer => "answer",
        },
        links: Vec::new(),
        holds: Vec::new(),
        faces: Vec::new(),
        asked_of: Vec::new(),
        responds: Vec::new(),
        at,
    }
}

/// On a map of all time, keeps to the claim's first day the parties its
/// panels credit it to through a membership: the day decides whose stand a
/// claim is ([`Graph::memberships`](crate::graph::Graph::memberships), as
/// `changes --party` reads it), and the map's lists are gathered once for
/// every day its slider shows. A member's claim made after its membership
/// ended is its own, not its former party's, as `stance` and `who` say on
/// any day; nor is pressure on a former member pressure on its party.
fn credit_on_its_day(
    view: &View,
    members: &crate::model::Memberships<NodeIx>,
    e: EdgeIx,
    edge: &mut MapEdge,
) {
    let g = view.graph;
    let since = g.meta(e).time.since;
    let spoke_for = |party: NodeIx, member: NodeIx| members.party_on(member, since) == Some(party);
    if let Some((party, Some(member))) = crate::standing::counts_for(view, e)
        && !spoke_for(party, member)
    {
        edge.spoken_for = None;
    }
    edge.held_by = crate::standing::holders(view, e)
        .into_iter()
        .filter(|&(party, member)| member.is_none_or(|m| spoke_for(party, m)))
        .map(|(party, _)| g.id(party).to_owned())
        .collect();
    // Pressure reaches a party through the members a claim names directly.
    let pressed = crate::standing::pressed(view, e);
    let named: Vec<NodeIx> = [g.edge(e).target(), g.edge(e).addressee()]
        .into_iter()
        .flatten()
        .filter_map(|end| g.document().ref_node(end).map(NodeIx::new))
        .collect();
    edge.pressed = pressed
        .into_iter()
        .filter(|&p| named.contains(&p) || named.iter().any(|&m| spoke_for(p, m)))
        .map(|p| g.id(p).to_owned())
        .collect();
}

/// One drawn edge as the map shows it, routed along `path`; the nodes its
/// panel names and the sources it cites are added to `named` and `cited`.
fn map_edge(
    view: &View,
    scene: &Scene,
    e: EdgeIx,
    path: EdgePath,
    named: &mut BTreeSet<NodeIx>,
    cited: &mut BTreeSet<String>,
) -> MapEdge {
    let g = view.graph;
    let doc = g.document();
    let m = g.meta(e);
    let edge = g.edge(e);
    let holder = g.holder(e);
    named.extend(holder);
    named.extend(
        edge.other_refs()
            .filter_map(|end| doc.ref_node(end))
            .map(NodeIx::new),
    );
    let id_of = |end| doc.ref_id(end).to_owned();
    let citations: Vec<MapCitation> = edge
        .citations()
        .map(|c| MapCitation {
            source: c.source.map(ToString::to_string),
            quote: c.quote.map(str::to_owned),
            speaker: c.speaker.map(str::to_owned),
            note: c.note.map(str::to_owned),
            reason: c.reason.map(str::to_owned),
        })
        .collect();
    cited.extend(citations.iter().filter_map(|c| c.source.clone()));
    MapEdge {
        from: g.id(m.from).to_owned(),
        to: g.id(m.to).to_owned(),
        relation: m.relation,
        phrase: m.relation.phrase(),
        holder: holder.map(|h| g.id(h).to_owned()),
        since: m.time.since,
        until: m.time.until,
        note: edge.note().map(str::to_owned),
        citations,
        target: edge.target().map(id_of),
        trigger: edge.trigger().map(id_of),
        with: edge.with().map(id_of),
        disputed_by: edge.disputed_by().map(id_of).collect(),
        addressee: edge.addressee().map(id_of),
        addressee_words: edge.addressee().map(|_| m.relation.addressee_words()),
        seq: edge.seq(),
        stance: edge.stance().map(str::to_owned),
        pressed: crate::standing::pressed(view, e)
            .into_iter()
            .map(|p| g.id(p).to_owned())
            .collect(),
        spoken_for: crate::standing::counts_for(view, e)
            .filter(|&(_, member)| member.is_some())
            .map(|(party, _)| g.id(party).to_owned()),
        held_by: crate::standing::holders(view, e)
            .into_iter()
            .map(|(party, _)| g.id(party).to_owned())
            .collect(),
        highlighted: scene.highlighted.contains(&e),
        step: scene.steps.get(&e).copied(),
        path,
    }
}
