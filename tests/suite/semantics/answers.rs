//! Invariants across answers about the same position on the same day, on
//! random graphs of format 1.2 ([`super::random12`]) seen on several days
//! and all time: `responses` and `who`, `deadlocks` and `blockers`, `show`
//! and `who` and `stance`, `issues` and `compare` and `who`.

use std::collections::BTreeSet;

use negograph::model::{Relation, Side};
use negograph::query::blockers::blockers;
use negograph::query::compare::compare;
use negograph::query::deadlocks::knots;
use negograph::query::issues::{Via, issues};
use negograph::query::requires::requires;
use negograph::query::responses::responses;
use negograph::query::show::{detail, overview};
use negograph::query::stance::stance;
use negograph::query::unblock::{UnblockOptions, unblock};
use negograph::query::who::{who, who_side};
use negograph::standing::{MoveKind, ObstacleKind, StepKind};
use negograph::{EdgeIx, NodeIx};
use proptest::prelude::*;

use super::random12::{graph, parties, positions, random, views};

/// A party's claim as answers list it: (party, member who spoke, relation, claim).
type Said = (String, Option<String>, Relation, EdgeIx);

/// Every claim of a `who` entry, (member who spoke, claim): its first, then
/// the others (one party, one entry).
fn who_claims(
    p: &negograph::query::who::Party,
) -> impl Iterator<Item = (Option<String>, EdgeIx)> + '_ {
    std::iter::once((p.speaker.clone(), p.link.edge))
        .chain(p.also.iter().map(|a| (a.speaker.clone(), a.link.edge)))
}

/// Every claim of a `stance` entry, as [`who_claims`].
fn stance_claims(p: &negograph::query::stance::Position) -> Vec<(Option<String>, EdgeIx)> {
    std::iter::once((p.speaker.clone(), p.link.edge))
        .chain(p.also.iter().map(|a| (a.speaker.clone(), a.link.edge)))
        .collect()
}

/// Every claim of a `responses` entry, as [`who_claims`].
fn response_claims(r: &negograph::query::responses::Response) -> Vec<(Option<String>, EdgeIx)> {
    std::iter::once((r.speaker.clone(), r.link.edge))
        .chain(r.also.iter().map(|a| (a.speaker.clone(), a.link.edge)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    /// `responses X` lists who put X forward and who answered it exactly as
    /// `who X` lists those relations: the same parties (a member's claim
    /// counted for its party, the member named), relations and claims; and
    /// `responses X --party P` keeps the answers that count for P or that
    /// P made as a member.
    #[test]
    fn responses_and_who_name_the_same_answers(r in random()) {
        let g = graph(&r);
        for view in views(&g) {
            for x in positions(&g) {
                let asked = responses(&view, x, None);
                // A counter-offer's author is in `put_by` through the claim
                // that counters another position with it: `who` of that one.
                let (countered, direct): (Vec<_>, Vec<_>) = asked.put_by.iter()
                    .partition(|a| a.relation == Relation::Counters);
                let listed: BTreeSet<Said> = direct.into_iter()
                    .chain(&asked.supported_by).chain(&asked.responses)
                    .flat_map(|a| response_claims(a).into_iter()
                        .map(|(m, e)| (a.party.id.clone(), m, a.relation, e)))
                    .collect();
                let by_who: BTreeSet<Said> = who(&view, x, None).groups.iter()
                    .filter(|gr| gr.relation.is_response()
                        || matches!(gr.relation, Relation::Demands | Relation::Proposes | Relation::Supports))
                    .flat_map(|gr| gr.parties.iter().flat_map(move |p|
                        who_claims(p).map(move |(m, e)| (p.party.id.clone(), m, gr.relation, e))))
                    .collect();
                prop_assert_eq!(&listed, &by_who, "{} on {:?}", g.id(x), view.as_of);
                for a in countered {
                    let y = g.find(&a.link.to).unwrap();
                    let there = who(&view, y, Some(Relation::Counters)).groups.iter()
                        .flat_map(|gr| &gr.parties)
                        .any(|p| who_claims(p).any(|(_, e)| e == a.link.edge) && p.party.id == a.party.id
                            && a.with.as_ref().is_some_and(|w| w.id == g.id(x)));
                    prop_assert!(there, "{} put forward by {:?}", g.id(x), a.link.edge);
                }
                for p in parties(&g) {
                    let id = g.id(p);
                    let one: BTreeSet<Said> = responses(&view, x, Some(p)).responses.iter()
                        .flat_map(|a| response_claims(a).into_iter()
                            .map(|(m, e)| (a.party.id.clone(), m, a.relation, e)))
                        .collect();
                    let expected: BTreeSet<Said> = listed.iter()
                        .filter(|s| s.2.is_response() && (s.0 == id || s.1.as_deref() == Some(id)))
                        .cloned()
                        .collect();
                    prop_assert_eq!(one, expected, "{} by {}", g.id(x), id);
                }
            }
        }
    }

    /// Every position in a knot that `deadlocks` lists has something in its
    /// way, and `blockers` names that knot; every knot `blockers` names is
    /// one `deadlocks` lists.
    #[test]
    fn knots_and_blockers_agree(r in random()) {
        let g = graph(&r);
        for view in views(&g) {
            let all: Vec<BTreeSet<String>> = knots(&view).iter()
                .map(|k| k.nodes.iter().cloned().collect())
                .collect();
            for x in positions(&g) {
                let b = blockers(&view, x, false);
                let named: Vec<BTreeSet<String>> = b.knots.iter()
                    .map(|k| k.nodes.iter().cloned().collect())
                    .collect();
                for k in &named {
                    prop_assert!(all.contains(k), "{}: {:?} not in {:?}", g.id(x), k, all);
                }
                if let Some(k) = all.iter().find(|k| k.contains(g.id(x))) {
                    prop_assert!(!b.clear, "{} is in a knot yet clear on {:?}", g.id(x), view.as_of);
                    prop_assert!(named.contains(k), "{}: {:?} among {:?}", g.id(x), k, named);
                }
                // A deadlock named is a knot `deadlocks` lists too.
                if b.deadlock.is_some() {
                    prop_assert!(!named.is_empty(), "{}: deadlock {:?} on {:?} but no knot",
                        g.id(x), b.deadlock, view.as_of);
                }
            }
        }
    }

    /// Every precondition `blockers X` reaches (an obstacle, or a pending
    /// step) is one `requires X` lists; `requires` calls it agreed exactly
    /// when `blockers` lists it as pending, not as an obstacle.
    #[test]
    fn requires_lists_the_preconditions_blockers_reaches(r in random()) {
        let g = graph(&r);
        for view in views(&g) {
            for x in positions(&g) {
                let b = blockers(&view, x, false);
                let req = requires(&view, x);
                let agreed = |id: &str| -> Option<bool> {
                    req.preconditions.iter().find(|s| s.node.id == id && !s.repeat).map(|s| s.agreed)
                };
                for p in b.pending.iter().filter(|p| p.step == StepKind::Precondition) {
                    prop_assert_eq!(agreed(&p.node.id), Some(true), "{}: pending {}", g.id(x), p.node.id);
                }
                for o in b.blockers.iter().filter(|o| o.kind == ObstacleKind::Precondition) {
                    prop_assert_eq!(agreed(&o.id), Some(false), "{}: obstacle {}", g.id(x), o.id);
                }
                for o in b.blockers.iter().filter(|o| o.kind == ObstacleKind::Cancelled
                    && o.link.relation == Relation::ConditionsOn) {
                    prop_assert!(agreed(&o.id).is_some(), "{}: cancelled {}", g.id(x), o.id);
                }
            }
        }
    }

    /// The party `blockers X` names as holding a condition (who set it) is
    /// the one `unblock X` asks to drop it; a refusal's, the one asked to
    /// accept.
    #[test]
    fn blockers_holders_are_the_parties_unblock_asks_to_move(r in random()) {
        let g = graph(&r);
        for view in views(&g) {
            for x in positions(&g) {
                let b = blockers(&view, x, false);
                let u = unblock(&view, x, UnblockOptions { max: 20, size: 3, ..UnblockOptions::default() });
                for m in u.options.iter().flat_map(|o| &o.moves) {
                    let kind = match m.kind {
                        MoveKind::DropCondition => ObstacleKind::Precondition,
                        MoveKind::Accept => ObstacleKind::Refusal,
                        _ => continue,
                    };
                    for o in b.blockers.iter().filter(|o| o.kind == kind
                        && m.links.iter().any(|l| l.edge == o.link.edge)) {
                        prop_assert_eq!(&o.holder, &m.party, "{}: {:?} {}", g.id(x), kind, o.id);
                    }
                }
            }
        }
    }

    /// `show X` lists among its incoming claims exactly the stances `who X`
    /// lists; `show P` lists as outgoing exactly P's own claims `stance P`
    /// lists (its stands and memberships), and the claims it holds; the
    /// overview's `faces` of each party are `who P`'s pressure.
    #[test]
    fn show_who_and_stance_list_the_same_claims(r in random()) {
        let g = graph(&r);
        for view in views(&g) {
            for x in positions(&g) {
                let shown: BTreeSet<EdgeIx> = detail(&view, x).incoming.iter()
                    .filter(|l| l.relation.is_stance())
                    .map(|l| l.edge)
                    .collect();
                let groups = who(&view, x, None).groups;
                let listed: BTreeSet<EdgeIx> = groups.iter()
                    .flat_map(|gr| gr.parties.iter().flat_map(|p| who_claims(p).map(|(_, e)| e)))
                    .collect();
                prop_assert_eq!(shown, listed, "{}", g.id(x));
                // One party, one entry: each party once per relation.
                for gr in &groups {
                    let ids: BTreeSet<&str> = gr.parties.iter().map(|p| p.party.id.as_str()).collect();
                    prop_assert_eq!(ids.len(), gr.parties.len(), "{} {:?}", g.id(x), gr.relation);
                }
            }
            let faces = overview(&view).faces;
            for p in parties(&g) {
                let d = detail(&view, p);
                let s = stance(&view, p);
                let own: BTreeSet<EdgeIx> = s.positions.iter().chain(&s.member_of)
                    .flat_map(stance_claims)
                    .filter(|(speaker, _)| speaker.is_none())
                    .map(|(_, e)| e)
                    .collect();
                let out: BTreeSet<EdgeIx> = d.outgoing.iter().map(|l| l.edge).collect();
                prop_assert_eq!(own, out, "{}", g.id(p));
                let held = |ls: &[negograph::query::Link]| ls.iter().map(|l| l.edge).collect::<BTreeSet<_>>();
                prop_assert_eq!(held(&d.holds), s.holds.iter().map(|h| h.link.edge).collect::<BTreeSet<_>>());
                let pressure: BTreeSet<EdgeIx> = who(&view, p, None).groups.iter()
                    .flat_map(|gr| gr.parties.iter().flat_map(|q| who_claims(q).map(|(_, e)| e)))
                    .collect();
                let faced: BTreeSet<EdgeIx> = faces.iter().filter(|f| f.party == g.id(p))
                    .flat_map(|f| f.claims.iter().map(|l| l.edge))
                    .collect();
                prop_assert_eq!(pressure, faced, "{}", g.id(p));
            }
        }
    }

    /// Each current statement `issues` lists is a stance `who` lists on the
    /// term, the proposal holding it, or the position countered with it;
    /// every side taken on a standing term that names an issue is a current
    /// statement; and `compare` puts on each offer's sides the parties
    /// `who --side` puts on the proposal's and the term's (holding an
    /// excluding position aside: `compare` reads the claims on the two
    /// only, docs/queries.md "Compare").
    #[test]
    fn issues_and_compare_agree_with_who(r in random()) {
        let g = graph(&r);
        for view in views(&g) {
            let stated = issues(&view);
            let mut current: BTreeSet<(String, Relation, String, EdgeIx)> = BTreeSet::new();
            for s in stated.issues.iter().flat_map(|i| &i.positions).filter(|s| s.current) {
                let on = match s.via {
                    Via::Term => s.term.clone(),
                    Via::Proposal => s.proposal.clone().unwrap(),
                    Via::CounterOffer => s.link.to.clone(),
                };
                let listed = who(&view, g.find(&on).unwrap(), Some(s.relation)).groups.iter()
                    .flat_map(|gr| &gr.parties)
                    .any(|p| p.party.id == s.party
                        && who_claims(p).any(|(m, e)| e == s.link.edge && m == s.member));
                prop_assert!(listed, "{:?} not in who {}", s, on);
                if s.via == Via::Term {
                    current.insert((s.party.clone(), s.relation, s.term.clone(), s.link.edge));
                }
            }
            for t in positions(&g) {
                if g.facts(t).is_none_or(|f| f.issue.is_none()) || view.is_withdrawn(t) {
                    continue;
                }
                for gr in who(&view, t, None).groups.iter().filter(|gr| gr.relation.side().is_some()) {
                    for p in &gr.parties {
                        for (_, e) in who_claims(p) {
                            let key = (p.party.id.clone(), gr.relation, g.id(t).to_owned(), e);
                            prop_assert!(current.contains(&key), "{:?} not a current statement", key);
                        }
                    }
                }
            }
            let proposals: Vec<NodeIx> = positions(&g).into_iter()
                .filter(|&p| g.kind(p) == negograph::model::NodeKind::Proposal)
                .collect();
            if proposals.len() < 2 {
                continue;
            }
            let answer = compare(&view, &proposals);
            for offer in answer.issues.iter().flat_map(|i| &i.positions) {
                let p = g.find(&offer.proposal).unwrap();
                let t = offer.term.node.ix;
                for (side, listed) in [(Side::For, &offer.for_), (Side::Against, &offer.against)] {
                    let compared: BTreeSet<(String, EdgeIx)> =
                        listed.iter().flat_map(|s| std::iter::once(s.link.edge)
                            .chain(s.also.iter().map(|a| a.link.edge))
                            .map(|e| (s.party.clone(), e)))
                            .collect();
                    let sided: BTreeSet<(String, EdgeIx)> = [p, t].into_iter()
                        .flat_map(|n| who_side(&view, n, side).groups)
                        .filter(|gr| gr.relation != Relation::Excludes)
                        .flat_map(|gr| gr.parties)
                        .flat_map(|q| who_claims(&q).map(|(_, e)| (q.party.id.clone(), e)).collect::<Vec<_>>())
                        .collect();
                    prop_assert_eq!(compared, sided, "{} {} {:?}", offer.proposal, g.id(t), side);
                }
            }
        }
    }
}

/// A member's answer counts for its party in `responses` as in `who`:
/// Netanyahu, a member of Israel, rejects the release Hamas demands, so
/// Israel answered it (said by Netanyahu), and asking for Israel's answers
/// or Netanyahu's finds it. `responses --party israel` said "none recorded"
/// while `who` listed Israel as rejecting.
#[test]
fn a_members_answer_counts_for_its_party() {
    let mut d = crate::common::doc(
        &[
            ("israel", "party"),
            ("netanyahu", "party"),
            ("hamas", "party"),
            ("release", "demand"),
        ],
        vec![
            crate::common::edge("netanyahu", "member_of", "israel"),
            crate::common::edge("hamas", "demands", "release"),
            crate::common::edge("netanyahu", "rejects", "release"),
        ],
    );
    d["negograph"] = serde_json::json!(1.1);
    let text = serde_json::to_string(&d).unwrap();
    let (_dir, file) = crate::common::temp_file("members.json", text.as_bytes());
    for party in ["israel", "netanyahu"] {
        let out = crate::common::json_ok(&file, &["responses", "release", "--party", party]);
        let answers = out["responses"].as_array().unwrap();
        assert_eq!(answers.len(), 1, "{party}: {out}");
        assert_eq!(answers[0]["party"]["id"], "israel");
        assert_eq!(answers[0]["speaker"], "netanyahu");
        assert_eq!(answers[0]["relation"], "rejects");
    }
    let out = crate::common::json_ok(&file, &["responses", "release", "--party", "hamas"]);
    assert_eq!(out["responses"].as_array().unwrap().len(), 0);
    assert_eq!(out["put_by"][0]["party"]["id"], "hamas");
    let text = crate::common::run_ok(&file, &["responses", "release"]);
    assert!(
        text.contains(
            "• Label of israel [israel] (Label of netanyahu, for Label of israel) rejects"
        ),
        "{text}"
    );
}

/// The map's party panels list a member's stand, condition and answer under
/// its party too, as `stance` and `responses` do: Netanyahu, a member of
/// Israel, demands the release, makes the release a condition of the truce
/// and rejects the truce; Israel's panel holds the demand and the condition
/// and lists the rejection among its responses (it listed none of them),
/// Netanyahu's lists all three as his own, and `stance israel` lists the
/// demand (said by Netanyahu) and holds the condition.
#[test]
fn the_maps_party_panel_lists_its_members_stands_and_answers() {
    let mut d = crate::common::doc(
        &[
            ("israel", "party"),
            ("netanyahu", "party"),
            ("release", "demand"),
            ("truce", "demand"),
        ],
        vec![
            crate::common::edge("netanyahu", "member_of", "israel"),
            crate::common::edge("netanyahu", "demands", "release"),
            crate::common::edge("netanyahu", "rejects", "truce"),
            crate::common::cond("truce", "release", "netanyahu"),
        ],
    );
    d["negograph"] = serde_json::json!(1.1);
    let text = serde_json::to_string(&d).unwrap();
    let (dir, file) = crate::common::temp_file("members.json", text.as_bytes());
    let s = crate::common::json_ok(&file, &["stance", "israel", "--all-time"]);
    assert_eq!(s["positions"][0]["relation"], "demands");
    assert_eq!(s["positions"][0]["speaker"], "netanyahu");
    assert_eq!(s["holds"].as_array().unwrap().len(), 1, "{s}");
    assert_eq!(s["holds"][0]["relation"], "conditions_on");
    let map = crate::common::render_file(Some(&file), dir.path(), "m.html", &["--all-time"]);
    let data = crate::map::data_of(&std::fs::read_to_string(map).unwrap());
    let edges = data["edges"].as_array().unwrap();
    let claims = |node: &serde_json::Value, list: &str| -> Vec<String> {
        node[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| {
                let e = &edges[k.as_u64().unwrap() as usize];
                format!(
                    "{} {} {}",
                    e["from"].as_str().unwrap(),
                    e["relation"].as_str().unwrap(),
                    e["to"].as_str().unwrap()
                )
            })
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect()
    };
    let node = |id: &str| {
        data["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == id)
            .unwrap()
            .clone()
    };
    for party in ["israel", "netanyahu"] {
        let n = node(party);
        assert_eq!(
            claims(&n, "holds"),
            ["netanyahu demands release", "truce conditions_on release"],
            "{party}"
        );
        assert_eq!(
            claims(&n, "responds"),
            ["netanyahu rejects truce"],
            "{party}"
        );
    }
}

/// A counter to a package, reaching its term, is said as a counter, as the
/// claim under it and `unblock` ("withdrawing its counter-offer") say it:
/// `blockers withdrawal` said "East rejects West's plan" above the claim
/// "East counters West's plan with Talks".
#[test]
fn a_counter_to_a_package_is_said_as_a_counter_on_its_terms() {
    let d = serde_json::json!({"negograph": 1.1, "title": "t",
        "sources": [{"id": "s", "title": "S", "date": "2025-03-02"}],
        "nodes": [{"id": "west", "kind": "party", "label": "West"},
                  {"id": "east", "kind": "party", "label": "East"},
                  {"id": "plan", "kind": "proposal", "label": "West's plan"},
                  {"id": "talks", "kind": "proposal", "label": "Talks"},
                  {"id": "withdrawal", "kind": "demand", "label": "East withdraws", "actor": "west"}],
        "edges": [
            {"from": "west", "relation": "proposes", "to": "plan", "source": "s", "quote": "a"},
            {"from": "withdrawal", "relation": "part_of", "to": "plan", "source": "s", "quote": "c"},
            {"from": "east", "relation": "counters", "to": "plan", "with": "talks", "source": "s",
             "quote": "East answered the plan with talks"}]});
    let text = serde_json::to_string(&d).unwrap();
    let (_dir, file) = crate::common::temp_file("package.json", text.as_bytes());
    let out = crate::common::run_ok(&file, &["blockers", "withdrawal"]);
    let flowing = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flowing.contains(
            "counter-offer: East answered West's plan with Talks instead, which East withdraws is a term of"
        ),
        "{out}"
    );
    assert!(!flowing.contains("rejects"), "{out}");
    assert!(!flowing.contains("refusal"), "{out}");
    // Silence is said as silence: "no answer", not "refusal" (a new user
    // read `blockers` call "offered no immediate comment" a refusal).
    let mut d = d;
    d["edges"][2]["relation"] = "ignores".into();
    d["edges"][2].as_object_mut().unwrap().remove("with");
    let silent = serde_json::to_string(&d).unwrap();
    let (_dir, file) = crate::common::temp_file("silent.json", silent.as_bytes());
    let out = crate::common::run_ok(&file, &["blockers", "withdrawal"]);
    let flowing = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flowing.contains(
            "no answer: East has not answered West's plan, which East withdraws is a term of"
        ),
        "{out}"
    );
    assert!(!flowing.contains("refusal"), "{out}");
}

/// A condition a member set is held by its party, said by the member, as
/// the move that drops it names the party: `blockers deal` said "set by
/// Netanyahu" while `unblock deal` said "Israel: drop the condition".
#[test]
fn a_condition_a_member_set_is_held_by_its_party() {
    let d = serde_json::json!({"negograph": 1.1, "title": "t",
        "sources": [{"id": "s", "title": "S", "date": "2025-03-02"}],
        "nodes": [{"id": "israel", "kind": "party", "label": "Israel"},
                  {"id": "netanyahu", "kind": "party", "label": "Netanyahu"},
                  {"id": "hamas", "kind": "party", "label": "Hamas"},
                  {"id": "deal", "kind": "demand", "label": "A deal"},
                  {"id": "release", "kind": "condition", "label": "Release", "actor": "hamas"}],
        "edges": [
            {"from": "netanyahu", "relation": "member_of", "to": "israel", "source": "s", "quote": "PM"},
            {"from": "deal", "relation": "conditions_on", "to": "release", "by": "netanyahu",
             "source": "s", "quote": "no deal without release"}]});
    let text = serde_json::to_string(&d).unwrap();
    let (_dir, file) = crate::common::temp_file("members.json", text.as_bytes());
    let out = crate::common::json_ok(&file, &["blockers", "deal"]);
    let o = &out["blockers"][0];
    assert_eq!(
        (&o["kind"], &o["id"]),
        (
            &serde_json::json!("precondition"),
            &serde_json::json!("release")
        )
    );
    assert_eq!(o["holder"], "israel");
    assert_eq!(o["speaker"], "netanyahu");
    let text = crate::common::run_ok(&file, &["blockers", "deal"]);
    let flowing = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flowing.contains("unmet precondition, set by Netanyahu (for Israel)"),
        "{text}"
    );
    let moves = crate::common::json_ok(&file, &["unblock", "deal"]);
    assert_eq!(moves["options"][0]["moves"][0]["kind"], "drop_condition");
    assert_eq!(moves["options"][0]["moves"][0]["party"], "israel");
}

/// A withdrawn position is said to be withdrawn before what would stand in
/// its way: `blockers truce` listed the aid pause as an obstacle, and
/// `unblock truce` two options, as if the truce were still sought.
#[test]
fn blockers_and_unblock_of_a_withdrawn_position_say_it_is_withdrawn() {
    let d = serde_json::json!({"negograph": 1.1, "title": "t",
        "sources": [{"id": "s", "title": "S", "date": "2025-03-02"}],
        "nodes": [{"id": "east", "kind": "party", "label": "East"},
                  {"id": "west", "kind": "party", "label": "West"},
                  {"id": "truce", "kind": "demand", "label": "A truce", "status": "withdrawn"},
                  {"id": "pause", "kind": "condition", "label": "Aid pause", "actor": "west"}],
        "edges": [
            {"from": "west", "relation": "demands", "to": "truce", "source": "s", "quote": "q"},
            {"from": "truce", "relation": "conditions_on", "to": "pause", "by": "east",
             "source": "s", "quote": "q2"}]});
    let text = serde_json::to_string(&d).unwrap();
    let (_dir, file) = crate::common::temp_file("withdrawn.json", text.as_bytes());
    let b = crate::common::json_ok(&file, &["blockers", "truce"]);
    assert_eq!(
        (&b["withdrawn"], &b["blockers"][0]["id"]),
        (&true.into(), &"pause".into())
    );
    let u = crate::common::json_ok(&file, &["unblock", "truce"]);
    assert_eq!(u["withdrawn"], true);
    for cmd in ["blockers", "unblock"] {
        let out = crate::common::run_ok(&file, &[cmd, "truce"]);
        let flowing = out.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flowing
                .contains("is withdrawn (or replaced by a newer position): no party holds it now."),
            "{out}"
        );
    }
    // The open ceasefire's answers say no such thing.
    let open = serde_json::to_string(&d)
        .unwrap()
        .replace(r#","status":"withdrawn""#, "");
    assert_ne!(open, text);
    let (_dir2, file) = crate::common::temp_file("open.json", open.as_bytes());
    assert_eq!(
        crate::common::json_ok(&file, &["blockers", "truce"])["withdrawn"],
        false
    );
}
