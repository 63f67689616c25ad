//! A node named only at a claim's other ends (a threat's trigger or target,
//! a counter's offer, an addressee) is never "touched by nothing": `show`
//! lists every claim that names it so, and every threat `effects` says it
//! sets off is among them, on every shipped graph; `who` of a position
//! lists the same claims, so "no party takes a position on it" never stands
//! alone beside a threat it sets off.

use negograph::model::NodeKind;
use negograph::query::effects::effects;
use negograph::query::show::detail;
use negograph::query::who::who;
use negograph::view::{View, ViewSpec};

#[test]
fn show_lists_every_threat_a_node_sets_off_and_every_claim_naming_it() {
    let mut triggers = 0;
    for path in super::shipped::shipped() {
        let g = super::shipped::load(&path);
        let view = View::new(&g, &ViewSpec::all_time()).unwrap();
        for n in g.node_indices() {
            let named: Vec<_> = detail(&view, n).named_in.iter().map(|l| l.edge).collect();
            if g.kind(n) != NodeKind::Party {
                let by_who: Vec<_> = who(&view, n, None)
                    .named_in
                    .iter()
                    .map(|l| l.edge)
                    .collect();
                assert_eq!(by_who, named, "who and show of {}", g.id(n));
            }
            for t in effects(&view, n).triggered {
                triggers += 1;
                assert!(named.contains(&t.link.edge), "{}: {:?}", g.id(n), t.link);
            }
            // Each claim listed names the node at one of those ends.
            for l in detail(&view, n).named_in {
                let id = g.id(n);
                let ends = [&l.trigger, &l.target, &l.with, &l.addressee];
                assert!(ends.iter().any(|e| e.as_deref() == Some(id)), "{id}: {l:?}");
            }
        }
    }
    assert!(
        triggers >= 4,
        "the shipped graphs hold threats with triggers: {triggers}"
    );
}

#[test]
fn a_trigger_named_nowhere_else_is_not_said_to_be_touched_by_nothing() {
    let harbour =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/harbour-strike.json");
    let text = crate::common::run_ok(&harbour, &["show", "strike-past-may"]);
    assert!(!text.contains("Nothing touches it"), "{text}");
    assert!(text.contains("City council threatens City fines"), "{text}");
    let text = crate::common::run_ok(&harbour, &["who", "strike-past-may"]);
    assert!(text.contains("No party takes a position on it."), "{text}");
    assert!(text.contains("City council threatens City fines"), "{text}");
}
