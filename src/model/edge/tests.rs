//! The packed edge against the fields it was built from.

use super::packed::NAMED;
use super::*;
use crate::model::{Citation, Date, Document, Interval, Node, NodeKind, SourceRef};

#[test]
fn an_edge_is_stored_in_48_bytes() {
    // The memory of a big graph is mostly its edges: 48 bytes keeps a
    // million-edge graph under twice its file's size (docs/performance.md).
    assert!(
        std::mem::size_of::<Edge>() <= 48,
        "{}",
        std::mem::size_of::<Edge>()
    );
}

/// `fields` as `Edge::new` keeps them: a position too big to be one is
/// the empty name.
fn normalised(mut f: EdgeFields) -> EdgeFields {
    let fix = |end: &mut NodeRef| {
        if matches!(end, NodeRef::Node(i) if *i >= NAMED) {
            *end = NodeRef::from("");
        }
    };
    fix(&mut f.from);
    fix(&mut f.to);
    if let Some(by) = &mut f.by {
        fix(by);
    }
    // A lone citation with nothing in it is no citation.
    if f.citations.len() == 1 && f.citations[0] == Citation::default() {
        f.citations.clear();
    }
    f
}

fn any_fields(small: bool) -> impl proptest::strategy::Strategy<Value = EdgeFields> {
    use proptest::prelude::*;
    // `small` draws from few values, so that two draws are often equal.
    let text = move || {
        if small {
            prop::sample::select(vec!["", "a", "x y"])
                .prop_map(str::to_owned)
                .boxed()
        } else {
            any::<String>().boxed()
        }
    };
    let end = prop_oneof![
        (0..if small { 3 } else { NAMED }).prop_map(NodeRef::Node),
        (NAMED..=u32::MAX).prop_map(NodeRef::Node),
        text().prop_map(NodeRef::from),
    ];
    let relation = prop_oneof![
        prop::sample::select(Relation::ALL).prop_map(Lenient::Known),
        text().prop_map(|t| Lenient::Unknown(Box::new(t))),
    ];
    let date = prop::option::of(prop_oneof![
        (0..=u16::MAX, 1..=12u8, 1..=31u8)
            .prop_filter_map("a real day", |(y, m, d)| Date::new(y, m, d)
                .map(Lenient::Known)),
        text().prop_map(|t| Lenient::Unknown(Box::new(t))),
    ]);
    let boxed = move || prop::option::of(text().prop_map(Into::<Box<str>>::into));
    let citation =
        (boxed(), boxed(), boxed(), boxed()).prop_map(|(source, quote, speaker, note)| Citation {
            source: source.map(|s: Box<str>| SourceRef::from(&*s)),
            quote,
            speaker,
            note,
            reason: None,
        });
    let other = prop::option::of(end.clone());
    (
        (
            end.clone(),
            relation,
            end.clone(),
            prop::option::of(end.clone()),
        ),
        (
            prop::collection::vec(citation, 0..3),
            date.clone(),
            date,
            boxed(),
        ),
        (
            other.clone(),
            other.clone(),
            other.clone(),
            other,
            prop::collection::vec(end, 0..2),
        ),
    )
        .prop_map(
            |(
                (from, relation, to, by),
                (citations, since, until, note),
                (target, trigger, with, addressee, disputed_by),
            )| EdgeFields {
                from,
                relation,
                to,
                by,
                citations,
                since,
                until,
                note,
                target,
                trigger,
                with,
                addressee,
                seq: None,
                stance: None,
                disputed_by,
            },
        )
}

proptest::proptest! {
    #[test]
    fn an_edge_gives_back_the_fields_it_was_built_from(f in any_fields(false)) {
        let edge = Edge::new(f.clone());
        proptest::prop_assert_eq!(edge.fields(), normalised(f.clone()));
        proptest::prop_assert_eq!(edge.interval(), Interval {
            since: f.since.as_ref().and_then(Lenient::known),
            until: f.until.as_ref().and_then(Lenient::known),
        });
        proptest::prop_assert_eq!(edge.known_relation(), f.relation.known());
        let mut named: Vec<String> = [Some(&f.from), Some(&f.to), f.by.as_ref()]
            .into_iter()
            .flatten()
            .filter_map(|end| match end {
                NodeRef::Node(i) if *i < NAMED => None,
                NodeRef::Node(_) => Some(String::new()),
                NodeRef::Name(name) => Some((**name).clone()),
            })
            .collect();
        // Other references keep what they were given: only names are names.
        named.extend(
            [&f.target, &f.trigger, &f.with, &f.addressee]
                .into_iter()
                .flatten()
                .chain(&f.disputed_by)
                .filter_map(|r| match r {
                    NodeRef::Name(name) => Some((**name).clone()),
                    NodeRef::Node(_) => None,
                }),
        );
        let first = normalised(f.clone()).citations.first().cloned();
        proptest::prop_assert_eq!(edge.source(), first.as_ref().and_then(|c| c.source.as_ref()));
        proptest::prop_assert_eq!(edge.quote(), first.as_ref().and_then(|c| c.quote.as_deref()));
        proptest::prop_assert_eq!(edge.has_named_end(), !named.is_empty());
        proptest::prop_assert_eq!(edge.names().map(str::to_owned).collect::<Vec<_>>(), named);
    }

    #[test]
    fn the_loaders_plain_edge_is_the_edge_of_its_fields(f in any_fields(false)) {
        // Format 1's fields only: one plain citation at most, no refs.
        let mut f = f;
        f.citations.truncate(1);
        for c in &mut f.citations {
            c.speaker = None;
            c.note = None;
        }
        (f.target, f.trigger, f.with, f.addressee) = (None, None, None, None);
        f.disputed_by.clear();
        let citation = f.citations.first().cloned().unwrap_or_default();
        let plain = Edge::plain(
            f.from.clone(),
            f.relation.clone(),
            f.to.clone(),
            f.by.clone(),
            (citation.source, citation.quote.as_deref()),
            [f.since.clone(), f.until.clone()],
            f.note.clone(),
        );
        proptest::prop_assert_eq!(plain, Edge::new(f));
    }

    #[test]
    fn edges_are_equal_when_their_fields_are(a in any_fields(true), b in any_fields(true)) {
        proptest::prop_assert_eq!(
            Edge::new(a.clone()) == Edge::new(b.clone()),
            normalised(a) == normalised(b)
        );
    }
}

#[test]
fn names_resolve_and_removed_nodes_become_names() {
    let node = |id: &str| Node::new(id, NodeKind::Party, id);
    let edge = |from: NodeRef, to: NodeRef, by: Option<NodeRef>| {
        let mut fields = EdgeFields::new(from, Relation::MemberOf, to);
        fields.by = by;
        Edge::new(fields)
    };
    let mut doc = Document::new("t");
    doc.nodes = vec![node("a"), node("b"), node("c")];
    let mut named = edge("c".into(), "a".into(), Some("nobody".into()));
    named.resolve_names(|id| doc.nodes.iter().position(|n| n.id == id).map(|i| i as u32));
    // Resolved ends are positions; the name that resolved nowhere stays.
    assert_eq!(
        named,
        edge(NodeRef::Node(2), NodeRef::Node(0), Some("nobody".into()))
    );
    named.resolve_names(|_| Some(1));
    assert_eq!(
        named,
        edge(NodeRef::Node(2), NodeRef::Node(0), Some(NodeRef::Node(1)))
    );
    assert!(!named.has_named_end());

    doc.edges = vec![named, edge(NodeRef::Node(1), NodeRef::Node(2), None)];
    doc.remove_node(1);
    assert_eq!(
        doc.edges[0],
        edge(NodeRef::Node(1), NodeRef::Node(0), Some("b".into()))
    );
    assert_eq!(doc.edges[1], edge("b".into(), NodeRef::Node(1), None));
    assert_eq!(doc.ref_id(doc.edges[1].to()), "c");
    assert_eq!(doc.ref_id(doc.edges[1].from()), "b");
    assert_eq!(doc.ref_node(doc.edges[1].from()), None);
}
