//! Arbitrary valid graphs, hostile labels included, drawn in every view: the
//! DOT must parse back with graphviz-rust's parser and keep every label inside
//! its quotes; the Mermaid must keep every label inside its quotes.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use negograph::export::{self, Focus, RankDir, Style};
use negograph::model::{Document, Edge, EdgeFields, Node, NodeKind, NodeRef, Relation, Source, Status};
use negograph::view::View;
use negograph::{Graph, NodeIx};

#[derive(Arbitrary, Debug)]
struct Shape {
    title: String,
    nodes: Vec<(u8, String, Option<String>)>,
    edges: Vec<(u8, u8, u8, u8, Option<String>)>,
    cluster: bool,
    rankdir: u8,
}

fn build(shape: &Shape) -> Document {
    let mut doc = Document::new(shape.title.chars().take(200).collect::<String>());
    doc.sources.push(Source { id: "s".into(), title: "s".into(), date: None, url: None, publisher: None });
    for (i, (kind, label, note)) in shape.nodes.iter().take(24).enumerate() {
        let kind = match kind % 3 {
            0 => NodeKind::Party,
            1 => NodeKind::Demand,
            _ => NodeKind::Condition,
        };
        let label: String = label.chars().take(500).collect();
        doc.nodes.push(Node {
            id: format!("n{i}"),
            kind: kind.into(),
            label: if label.trim().is_empty() { format!("node {i}") } else { label },
            aliases: Vec::new(),
            status: (kind != NodeKind::Party && i % 4 == 3).then_some(Status::Withdrawn.into()),
            since: None,
            until: None,
            note: note.clone(),
        });
    }
    let n = doc.nodes.len();
    if n == 0 {
        return doc;
    }
    for (a, b, r, by, quote) in shape.edges.iter().take(48) {
        let (from, to) = (*a as usize % n, *b as usize % n);
        let relation = Relation::ALL[*r as usize % Relation::ALL.len()];
        let kind = |i: usize| doc.nodes[i].kind.known().unwrap();
        let (froms, tos) = relation.joins();
        if !froms.contains(&kind(from)) || !tos.contains(&kind(to)) {
            continue;
        }
        let all_parties: Vec<usize> = (0..n).filter(|&i| kind(i) == NodeKind::Party).collect();
        let holder = all_parties.get(*by as usize % all_parties.len().max(1)).copied();
        if relation == Relation::ConditionsOn && holder.is_none() {
            continue;
        }
        doc.edges.push(Edge::new(EdgeFields {
            from: NodeRef::Node(from as u32),
            relation: relation.into(),
            to: NodeRef::Node(to as u32),
            by: holder.filter(|_| relation == Relation::ConditionsOn).map(|h| NodeRef::Node(h as u32)),
            source: Some("s".into()),
            quote: quote.as_ref().filter(|q| !q.trim().is_empty()).map(|q| q.chars().take(2000).collect::<String>().into()),
            since: None,
            until: None,
            note: None,
        }));
    }
    doc
}

fuzz_target!(|shape: Shape| {
    let doc = build(&shape);
    let Ok(g) = Graph::from_document("fuzz", doc) else {
        return;
    };
    let v = View::everything(&g);
    let style = Style {
        rankdir: [RankDir::LeftRight, RankDir::TopBottom, RankDir::RightLeft, RankDir::BottomTop][shape.rankdir as usize % 4],
        cluster: shape.cluster,
        legend: true,
    };
    let mut focuses = vec![Focus::Whole, Focus::Deadlocks];
    if g.node_count() > 0 {
        let first = NodeIx::new(0);
        let last = NodeIx::new(g.node_count() - 1);
        focuses.push(Focus::Around { node: first, depth: 2 });
        focuses.push(Focus::Blockers(last));
        focuses.push(Focus::Requires(last));
        focuses.push(Focus::Path { from: first, to: last, directed: false });
        focuses.push(Focus::Party(first));
    }
    for focus in focuses {
        let scene = export::scene(&v, None, &focus);
        let dot = export::dot::to_dot(&g, &scene, &style, |n| v.status(n));
        let parsed = graphviz_rust::parse(&dot).unwrap_or_else(|e| panic!("DOT does not parse: {e}\n{dot}"));
        let printed = format!("{parsed:?}");
        for forbidden in ["\"image\"", "\"shapefile\"", "\"fontpath\"", "\"imagepath\""] {
            assert!(!printed.contains(&format!("Plain({forbidden})")), "{forbidden} became an attribute");
        }
        let mermaid = export::mermaid::to_mermaid(&g, &scene, &style, |n| v.status(n));
        for line in mermaid.lines().skip(2) {
            let line = line.trim();
            assert!(
                line.starts_with("classDef ") || line.starts_with("linkStyle ") || line.matches('"').count() == 2,
                "a label escaped its quotes: {line}"
            );
        }
    }
});
