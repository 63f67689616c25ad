//! On random graphs, the fast queries agree with deliberately naive reference
//! implementations (fixed points, brute-force enumeration, transitive closure),
//! and saving then loading changes nothing.

use negograph::graph::{EdgeIx, Graph, NodeIx};
use negograph::model::{
    Citation, Date, Document, Edge, EdgeFields, End, Lenient, Node, NodeKind, NodeRef, Relation,
    Source, Status,
};

/// The id an edge end names (by position or by id) in `doc`.
fn resolved_id(doc: &Document, end: End<'_>) -> String {
    doc.ref_id(end).to_owned()
}

/// An edge's ends: from, to and, when it has one, by.
fn ends(e: &Edge) -> impl Iterator<Item = End<'_>> {
    [Some(e.from()), Some(e.to()), e.by()].into_iter().flatten()
}
use negograph::query::blockers::blockers;

use crate::naive_blockers::naive_blockers;
use negograph::query::deadlocks::knots;
use negograph::query::path::{PathOptions, paths};
use negograph::view::{View, ViewSpec, When};
use proptest::prelude::*;

/// A random but valid document, built from a list of choices.
fn build(n: usize, picks: &[(u8, u8, u8, u8, u8)], node_bits: &[u8]) -> Document {
    let kinds: Vec<NodeKind> = (0..n)
        .map(|i| match node_bits[i % node_bits.len()] % 5 {
            0 => NodeKind::Party,
            1 | 2 => NodeKind::Demand,
            3 => NodeKind::Condition,
            _ => NodeKind::Proposal,
        })
        .collect();
    let mut doc = Document::new("random");
    doc.sources.push(Source::new("s", "s"));
    let day = |b: u8| Date::new(2025, 5, 1 + (b % 9)).unwrap();
    let parties: Vec<usize> = (0..n).filter(|&i| kinds[i] == NodeKind::Party).collect();
    for (i, kind) in kinds.iter().enumerate() {
        let bits = node_bits[(i * 7 + 3) % node_bits.len()];
        let mut node = Node::new(format!("n{i}"), *kind, format!("node {i}"));
        // Met, and format 1.2's postponed and cancelled, now and then.
        node.status = match bits {
            _ if *kind == NodeKind::Party => None,
            b if b.is_multiple_of(5) => Some(Lenient::Known(Status::Met)),
            b if b % 11 == 3 => Some(Lenient::Known(Status::Cancelled)),
            b if b % 13 == 6 => Some(Lenient::Known(Status::Postponed)),
            _ => None,
        };
        node.since = (bits % 7 == 1).then(|| day(bits).into());
        doc.nodes.push(node);
    }
    for &(a, b, r, by, t) in picks {
        let (from, to) = (a as usize % n, b as usize % n);
        let relation = Relation::ALL[r as usize % Relation::ALL.len()];
        let (froms, tos) = relation.joins();
        if !froms.contains(&kinds[from]) || !tos.contains(&kinds[to]) {
            continue;
        }
        let holder = if parties.is_empty() {
            None
        } else {
            Some(parties[by as usize % parties.len()])
        };
        let needs_by = matches!(relation, Relation::ConditionsOn | Relation::Excludes);
        if needs_by && holder.is_none() {
            continue;
        }
        let (since, until) = match t % 4 {
            0 => (Some(day(t)), None),
            1 => (None, Some(day(t / 4))),
            _ => (None, None),
        };
        // Ends by position, as the loader stores them, or by id, as code may
        // build them: both must validate, save and load alike.
        let end = |i: usize| {
            if (a ^ b) % 2 == 0 {
                NodeRef::Node(i as u32)
            } else {
                NodeRef::from(format!("n{i}"))
            }
        };
        let mut fields = EdgeFields::new(end(from), relation, end(to));
        fields.by = holder.filter(|_| needs_by || by % 3 == 0).map(end);
        fields.citations.push(Citation {
            source: Some("s".into()),
            ..Citation::default()
        });
        fields.since = since.map(Into::into);
        fields.until = until.map(Into::into);
        doc.edges.push(Edge::new(fields));
    }
    doc
}

fn graphs() -> impl Strategy<Value = Document> {
    (
        2usize..14,
        prop::collection::vec(any::<(u8, u8, u8, u8, u8)>(), 0..60),
        prop::collection::vec(any::<u8>(), 1..20),
    )
        .prop_map(|(n, picks, bits)| build(n, &picks, &bits))
}

fn views() -> impl Strategy<Value = ViewSpec> {
    prop_oneof![
        Just(ViewSpec::all_time()),
        (1u8..10).prop_map(|d| ViewSpec {
            when: When::On(Date::new(2025, 5, d).unwrap()),
            ..ViewSpec::default()
        }),
    ]
}

/// Every simple path from `a` to `b` with at most `max` edges, by brute force.
fn naive_paths(v: &View, a: NodeIx, b: NodeIx, directed: bool, max: usize) -> Vec<Vec<EdgeIx>> {
    #[allow(clippy::too_many_arguments)] // a plain recursive reference, kept obvious on purpose
    fn go(
        v: &View,
        at: NodeIx,
        b: NodeIx,
        directed: bool,
        max: usize,
        seen: &mut Vec<NodeIx>,
        trail: &mut Vec<EdgeIx>,
        out: &mut Vec<Vec<EdgeIx>>,
    ) {
        if at == b {
            out.push(trail.clone());
            return;
        }
        if trail.len() == max {
            return;
        }
        for e in v.graph.edge_indices().filter(|&e| v.edge_on(e)) {
            let m = v.graph.meta(e);
            let next = if m.from == at {
                m.to
            } else if !directed && m.to == at {
                m.from
            } else {
                continue;
            };
            if seen.contains(&next) {
                continue;
            }
            seen.push(next);
            trail.push(e);
            go(v, next, b, directed, max, seen, trail, out);
            trail.pop();
            seen.pop();
        }
    }
    let mut out = Vec::new();
    go(
        v,
        a,
        b,
        directed,
        max,
        &mut vec![a],
        &mut Vec::new(),
        &mut out,
    );
    out
}

/// Knots by transitive closure: nodes on a cycle of binding edges (a
/// position needing its precondition, a package needing its term; neither
/// end settled, the needing end not cancelled), grouped by mutual reach.
fn naive_knots(v: &View) -> Vec<Vec<usize>> {
    let g = v.graph;
    let n = g.node_count();
    let mut reach = vec![vec![false; n]; n];
    for e in g.edge_indices() {
        let m = g.meta(e);
        let (from, to) = match m.relation {
            Relation::ConditionsOn => (m.from, m.to),
            Relation::PartOf => (m.to, m.from),
            _ => continue,
        };
        if v.edge_on(e) && !v.is_settled(from) && !v.is_cancelled(from) && !v.is_settled(to) {
            reach[from.index()][to.index()] = true;
        }
    }
    for k in 0..n {
        for i in 0..n {
            if reach[i][k] {
                let through_k = reach[k].clone();
                for (to, reached) in reach[i].iter_mut().enumerate() {
                    *reached |= through_k[to];
                }
            }
        }
    }
    let mut done = vec![false; n];
    let mut out = Vec::new();
    for i in 0..n {
        if done[i] || !reach[i][i] {
            continue;
        }
        let group: Vec<usize> = (0..n)
            .filter(|&j| j == i || (reach[i][j] && reach[j][i]))
            .collect();
        for &j in &group {
            done[j] = true;
        }
        out.push(group);
    }
    out
}

/// A chain is a sequence of visible edges, each one touching the last.
fn assert_chain_walks(g: &Graph, v: &View, start: NodeIx, chain: &[EdgeIx]) {
    let mut at = start;
    for &e in chain {
        assert!(v.edge_on(e), "chain uses a hidden edge");
        let m = g.meta(e);
        at = if m.from == at {
            m.to
        } else {
            assert_eq!(m.to, at, "chain breaks");
            m.from
        };
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn blockers_agree_with_the_fixed_point(doc in graphs(), spec in views(), pick in any::<usize>()) {
        let g = Graph::from_document("random", doc).unwrap();
        let v = View::new(&g, &spec).unwrap();
        let x = NodeIx::new(pick % g.node_count());
        let fast = blockers(&v, x, false);
        let mut got: Vec<(usize, usize)> = fast.blockers.iter().map(|b| (b.ix.index(), b.chain.len())).collect();
        got.sort();
        prop_assert_eq!(got, naive_blockers(&v, x));
        for b in &fast.blockers {
            // The tree form agrees with the chain: its depth, its last link,
            // and the precondition it hangs from.
            prop_assert_eq!(b.depth, b.chain.len());
            prop_assert_eq!(&b.link, b.chain.last().unwrap());
            let from_here = b.chain.len() == 1;
            prop_assert_eq!(b.via.is_none(), from_here);
            if let Some(via) = &b.via {
                // The far end of the link before: a precondition, or a term
                // (the `from` of a `part_of` link).
                let hangs = &b.chain[b.chain.len() - 2];
                let far = if hangs.relation == Relation::PartOf { &hangs.from } else { &hangs.to };
                prop_assert_eq!(via, far);
            }
            let edges: Vec<EdgeIx> = b.chain.iter().map(|l| l.edge).collect();
            // Each chain runs from the target down its preconditions to the blocker.
            // (or, for a refusal of a package the target is a term of, to
            // that package).
            let first = g.meta(edges[0]);
            let package = b.package.as_deref().and_then(|p| g.find(p));
            prop_assert!(first.from == x || first.to == x || Some(first.to) == package);
            let last = g.meta(*edges.last().unwrap());
            // The last claim names the obstacle's node, or, for a refusal,
            // the party it counts for (a member may have spoken).
            prop_assert!(
                last.from == b.ix
                    || last.to == b.ix
                    || negograph::standing::counts_for(&v, *edges.last().unwrap()).map(|(p, _)| p) == Some(b.ix)
            );
        }
    }

    #[test]
    fn shortest_path_agrees_with_brute_force(doc in graphs(), spec in views(), a in any::<usize>(), b in any::<usize>(), directed in any::<bool>()) {
        let g = Graph::from_document("random", doc).unwrap();
        let v = View::new(&g, &spec).unwrap();
        let (a, b) = (NodeIx::new(a % g.node_count()), NodeIx::new(b % g.node_count()));
        prop_assume!(v.node_on(a) && v.node_on(b));
        let opts = PathOptions { directed, ..PathOptions::default() };
        let fast = paths(&v, a, b, opts);
        let naive = naive_paths(&v, a, b, directed, g.node_count());
        let best = naive.iter().map(Vec::len).min();
        prop_assert_eq!(fast.paths.first().map(|p| p.edges.len()), best);
        if let Some(p) = fast.paths.first() {
            let chain: Vec<EdgeIx> = p.edges.iter().map(|l| l.edge).collect();
            assert_chain_walks(&g, &v, a, &chain);
        }
    }

    #[test]
    fn all_paths_agree_with_brute_force(doc in graphs(), a in any::<usize>(), b in any::<usize>(), directed in any::<bool>(), max in 1usize..5) {
        let g = Graph::from_document("random", doc).unwrap();
        let v = View::new(&g, &ViewSpec::all_time()).unwrap();
        let (a, b) = (NodeIx::new(a % g.node_count()), NodeIx::new(b % g.node_count()));
        prop_assume!(a != b);
        let fast = paths(&v, a, b, PathOptions { directed, all: true, max_len: max, limit: usize::MAX });
        let mut got: Vec<Vec<EdgeIx>> = fast.paths.iter().map(|p| p.edges.iter().map(|l| l.edge).collect()).collect();
        let lengths: Vec<usize> = got.iter().map(Vec::len).collect();
        prop_assert!(lengths.windows(2).all(|w| w[0] <= w[1]), "shortest first");
        let mut naive = naive_paths(&v, a, b, directed, max);
        got.sort();
        naive.sort();
        prop_assert_eq!(got, naive);
    }

    #[test]
    fn knots_agree_with_the_transitive_closure(doc in graphs(), spec in views()) {
        let g = Graph::from_document("random", doc).unwrap();
        let v = View::new(&g, &spec).unwrap();
        let fast = knots(&v);
        let got: Vec<Vec<usize>> = fast.iter().map(|k| k.node_ix.iter().map(|n| n.index()).collect()).collect();
        prop_assert_eq!(got, naive_knots(&v));
        for k in &fast {
            prop_assert_eq!(k.cycle.first(), k.cycle.last());
            let chain: Vec<EdgeIx> = k.cycle_edges.iter().map(|l| l.edge).collect();
            assert_chain_walks(&g, &v, k.node_ix[0], &chain);
        }
    }

    #[test]
    fn every_export_parses(doc in graphs(), spec in views(), pick in any::<usize>(), cluster in any::<bool>()) {
        use negograph::export::{self, Focus, Style};
        let g = Graph::from_document("random", doc).unwrap();
        let v = View::new(&g, &spec).unwrap();
        let n = NodeIx::new(pick % g.node_count());
        let m = NodeIx::new((pick / 7) % g.node_count());
        let style = Style { cluster, ..Style::default() };
        for focus in [
            Focus::Whole,
            Focus::Around { node: n, depth: 2 },
            Focus::Party(n),
            Focus::Blockers(n),
            Focus::Requires(n),
            Focus::Path { from: n, to: m, directed: false },
            Focus::Deadlocks,
        ] {
            let scene = export::scene(&v, None, &focus);
            let dot = export::dot::to_dot(&g, &scene, &style, |x| export::style::Standing::of(&v, x));
            prop_assert!(graphviz_rust::parse(&dot).is_ok(), "{:?} gives unparseable DOT", focus);
            let mermaid = export::mermaid::to_mermaid(&g, &scene, &style, |x| export::style::Standing::of(&v, x));
            prop_assert!(mermaid.lines().nth(1).is_some_and(|l| l.starts_with("flowchart ")));
        }
    }

    #[test]
    fn all_stances_in_one_pass_equal_each_stance(doc in graphs(), spec in views()) {
        use negograph::query::stance::{all_stances, stance};
        let g = Graph::from_document("random", doc).unwrap();
        let v = View::new(&g, &spec).unwrap();
        let each: Vec<String> = v
            .visible_nodes()
            .filter(|&n| g.kind(n) == NodeKind::Party)
            .map(|p| serde_json::to_string(&stance(&v, p)).unwrap())
            .collect();
        let together: Vec<String> = all_stances(&v).iter().map(|s| serde_json::to_string(s).unwrap()).collect();
        prop_assert_eq!(together, each);
    }

    #[test]
    fn saving_then_loading_is_the_identity(doc in graphs()) {
        let text = negograph::load::to_canonical_json(&doc);
        let back = negograph::load::parse_document("random", &text).unwrap();
        // Loading resolves every end to its node's position, and the file
        // declares the version its content needs; otherwise nothing changes.
        let mut resolved = doc.clone();
        resolved.negograph = doc.version_needed();
        let position = |end: &NodeRef| {
            let id = doc.nodes.iter().position(|n| n.id == resolved_id(&doc, end.as_end())).unwrap();
            NodeRef::Node(id as u32)
        };
        for e in &mut resolved.edges {
            e.update(|e| {
                e.from = position(&e.from);
                e.to = position(&e.to);
                e.by = e.by.as_ref().map(position);
            });
        }
        prop_assert_eq!(&back, &resolved);
        prop_assert_eq!(negograph::load::to_canonical_json(&back), text);
    }

    #[test]
    fn any_text_reads_the_same_directly_and_by_serde(
        doc in graphs(),
        texts in prop::collection::vec(any::<String>(), 1..8),
        compact in any::<bool>(),
    ) {
        // Labels, aliases, quotes and notes of any characters (quotes,
        // backslashes, control characters, any script): the direct reader
        // must read what serde reads, whether it takes an item itself or
        // leaves it to serde_json.
        let mut doc = doc;
        let mut next = texts.iter().cycle();
        for node in &mut doc.nodes {
            node.label = next.next().unwrap().clone();
            node.aliases = vec![next.next().unwrap().clone()];
        }
        for edge in &mut doc.edges {
            edge.update(|edge| {
                edge.citations[0].quote = Some(next.next().unwrap().as_str().into());
                edge.note = Some(next.next().unwrap().as_str().into());
            });
        }
        let text = if compact {
            serde_json::to_string(&doc).unwrap()
        } else {
            negograph::load::to_canonical_json(&doc)
        };
        let read = negograph::load::parse_document("random", &text).unwrap();
        let by_serde = negograph::load::parse_document_by_serde(
            "random", &text, negograph::load::Threads::One).unwrap();
        prop_assert_eq!(&read, &by_serde);
        prop_assert_eq!(negograph::load::to_canonical_json(&read), negograph::load::to_canonical_json(&doc));
        // Read through windows, cut anywhere: inside strings, escapes and
        // characters. The document has its nodes before its edges, so the
        // streaming reader reads it itself.
        for window in [1, 13, 256] {
            let streamed = negograph::load::parse_streamed(
                text.as_bytes(), window, negograph::load::Threads::Several);
            prop_assert_eq!(streamed.as_ref(), Some(&by_serde), "window {}", window);
        }
    }

    #[test]
    fn a_day_outside_every_interval_equals_the_graph_without_dated_items(doc in graphs()) {
        // Every random date falls in May 2025; on 1 June every `until` has passed and every `since` has come.
        let g = Graph::from_document("random", doc.clone()).unwrap();
        let late = View::new(&g, &ViewSpec { when: When::On(Date::new(2025, 6, 1).unwrap()), ..ViewSpec::default() }).unwrap();
        let mut stripped = doc.clone();
        let ends_gone = |e: &Edge| ends(e)
            .any(|end| doc.nodes.iter().any(|n| n.id == resolved_id(&doc, end) && n.until.is_some()));
        stripped.edges.retain(|e| e.until().is_none() && !ends_gone(e));
        for i in (0..stripped.nodes.len()).rev() {
            if stripped.nodes[i].until.is_some() {
                stripped.remove_node(i);
            }
        }
        for n in &mut stripped.nodes { n.since = None; }
        for e in &mut stripped.edges { e.update(|e| e.since = None); }
        let g2 = Graph::from_document("stripped", stripped).unwrap();
        let all = View::new(&g2, &ViewSpec::all_time()).unwrap();
        let visible = |v: &View, g: &Graph| -> Vec<(String, String, String)> {
            let mut out: Vec<_> = v.visible_edges().map(|e| { let m = g.meta(e); (g.id(m.from).to_owned(), m.relation.to_string(), g.id(m.to).to_owned()) }).collect();
            out.sort();
            out
        };
        prop_assert_eq!(visible(&late, &g), visible(&all, &g2));
    }

    #[test]
    fn json_to_text_to_json_is_the_identity(
        doc in graphs(),
        texts in prop::collection::vec(any::<String>(), 1..8),
        extra in prop::collection::vec(any::<(u8, u8)>(), 0..12),
    ) {
        // Every field format 1.2 has, with texts of any characters, words
        // that are keywords of the text format, and references to ids no
        // node has: the text says them all, and reads back as JSON reads them.
        let mut doc = doc;
        let mut next = texts.iter().chain(["note", "@x", "=y", "#z", "on", ""].iter().map(|_| &texts[0])).cycle();
        let specials = ["note", "@x", "=y", "#z", "on", "", "a \"b\"", "party", "2025-05-01", "line\nbreak",
            // Format 1.2's dates: a month, a year, a source's words, and ones that are none.
            "2025-03", "2025", "Tuesday", "last week", "yesterday", "2025-13", "next Tuesday"];
        let n = doc.nodes.len();
        for (k, &(a, b)) in extra.iter().enumerate() {
            let special = specials[a as usize % specials.len()].to_owned();
            let text = if (b / 8) % 2 == 0 { special.clone() } else { next.next().unwrap().clone() };
            match b % 8 {
                0 => doc.nodes[a as usize % n].aliases.push(text),
                1 => doc.nodes[a as usize % n].label = text,
                2 => doc.nodes[a as usize % n].note = Some(text),
                3 => {
                    let node = &mut doc.nodes[a as usize % n];
                    node.more_mut().status_history.push(negograph::model::StatusChange {
                        status: match a % 4 {
                            _ if b % 3 != 0 => Lenient::from_text(&special),
                            0 => Lenient::Known(Status::Withdrawn),
                            1 => Lenient::Known(Status::Postponed),
                            2 => Lenient::Known(Status::Cancelled),
                            _ => Lenient::Known(Status::Open),
                        },
                        on: Lenient::from_text(if b % 5 == 0 { "2025-06-01" } else { &special }),
                        source: (b % 4 != 1).then(|| "s".to_owned()),
                        quote: (b % 3 != 1).then(|| text.clone()),
                        note: (b % 7 == 3).then(|| text.clone()),
                        // Format 1.2's scheduled day, valid or not.
                        scheduled: (a % 3 != 2).then(|| Lenient::from_text(if a % 2 == 0 { "2025-06-09" } else { &special })),
                    });
                }
                4 => {
                    let node = &mut doc.nodes[a as usize % n];
                    node.more_mut().actor.push(format!("n{}", b as usize % n));
                    node.more_mut().issue = Some(if a % 2 == 0 { "nowhere".to_owned() } else { format!("n{}", a as usize % n) });
                    node.more_mut().quantity = Some(text);
                    node.more_mut().unnamed = a % 3 == 0;
                    node.more_mut().scheduled = (a % 4 == 1).then(|| Lenient::from_text(if b % 2 == 0 { "2025-06-02" } else { &special }));
                }
                5 => doc.sources.push(Source {
                    date: Some(Lenient::from_text(&special)),
                    url: Some(text.clone()),
                    note: Some(text.clone()),
                    file: (a % 2 == 0).then(|| special.clone()),
                    publisher: (a % 3 == 0).then(|| text.clone()),
                    ..Source::new(format!("src-{k}"), text)
                }),
                6 => doc.title = text,
                _ if !doc.edges.is_empty() => {
                    let m = doc.edges.len();
                    doc.edges[a as usize % m].update(|e| {
                        e.citations.push(Citation {
                            source: Some(if a % 3 == 0 { "s".into() } else { format!("src-{}", a % 4).as_str().into() }),
                            quote: (a % 2 == 0).then(|| text.as_str().into()),
                            speaker: (a % 5 < 2).then(|| text.as_str().into()),
                            note: (a % 7 == 1).then(|| special.as_str().into()),
                            reason: (a % 6 == 2).then(|| text.as_str().into()),
                        });
                        // Format 1.2's claim fields and relations.
                        e.addressee = (a % 5 == 1).then(|| NodeRef::from(if b % 2 == 0 { "n0" } else { "ghost" }));
                        e.seq = (a % 4 == 1).then_some(u32::from(b));
                        e.stance = (b % 5 == 2).then(|| text.as_str().into());
                        if a % 13 == 0 {
                            e.relation = Lenient::Known(if b % 2 == 0 { Relation::Considers } else { Relation::TakesPartIn });
                        }
                        e.note = (b % 3 == 0).then(|| text.as_str().into());
                        if b % 4 == 3 { e.since = Some(Lenient::from_text(&special)); }
                        if a % 4 == 3 { e.until = Some(Lenient::from_text(&special)); }
                        e.disputed_by.push(NodeRef::from(if a % 2 == 0 { "ghost" } else { "n0" }));
                        e.target = (a % 4 == 0).then(|| NodeRef::from("n1"));
                        if a % 9 == 0 { e.relation = Lenient::from_text(&special); }
                        if a % 11 == 0 { e.to = NodeRef::from(special.as_str()); }
                    });
                }
                _ => {}
            }
        }
        let json = negograph::load::to_canonical_json(&doc);
        let read = negograph::load::parse_document("random.json", &json).unwrap();
        let text = negograph::text::to_text(&read);
        let back = negograph::text::parse("random.neg", &text);
        prop_assert!(back.is_ok(), "{:?}\n{}", back.err(), text);
        let back = back.unwrap();
        prop_assert_eq!(&back, &read, "{}", text);
        prop_assert_eq!(negograph::load::to_canonical_json(&back), json);
        prop_assert_eq!(negograph::text::to_text(&back), text);
    }

    #[test]
    fn the_text_reader_never_panics(
        words in prop::collection::vec(prop::sample::select(vec![
            "title", "T", "party", "demand", "proposal", "a", "b", "the", "demands", "part_of",
            "rejects", "@s", "@", "=x", "\"q\"", "\"", "\\", "#", "aka", "actor", "on",
            "2025-05-01", "term", "note", "by", "source", "s", "\n", "\n  ", "\t", "é", "\u{0}",
        ]), 0..60),
        any_text in any::<String>(),
    ) {
        // Any sequence of the format's words, and any text: read or refused,
        // never a panic; and what reads writes back as text that reads the same.
        let text = words.join(" ");
        for text in [text.as_str(), any_text.as_str()] {
            if let Ok(doc) = negograph::text::parse("random.neg", text) {
                let written = negograph::text::to_text(&doc);
                let back = negograph::text::parse("random.neg", &written);
                prop_assert!(back.is_ok(), "{:?}\n{}", back.err(), written);
                prop_assert_eq!(back.unwrap(), doc);
            }
            let _ = negograph::text::apply_fragment(&Document::new("t"), "f.neg", text);
        }
    }
}
