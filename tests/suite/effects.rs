//! `effects`: what a position's happening unlocks, which threats it sets off,
//! and how it was answered, on hand-made graphs and the bundled one.

use crate::common;

use common::{cond, doc, edge, graph};
use negograph::Graph;
use negograph::model::Date;
use negograph::query::effects::{Effects, effects};
use negograph::view::{View, ViewSpec, When};
use serde_json::json;

fn ask(g: &Graph, spec: &ViewSpec, target: &str) -> Effects {
    effects(&View::new(g, spec).unwrap(), g.find(target).unwrap())
}

fn ids<T>(list: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    list.iter().map(|x| id(x).to_owned()).collect()
}

fn builtin() -> Graph {
    let input = negograph::Input::builtin();
    Graph::from_document(&input.origin, input.parse().unwrap()).unwrap()
}

#[test]
fn russia_refusing_the_30_day_ceasefire_sets_off_the_sanctions_threat() {
    let g = builtin();
    let answer = ask(&g, &ViewSpec::default(), "russia-refuses-30d");
    let threats: Vec<(String, String, Option<String>)> = answer
        .triggered
        .iter()
        .map(|t| {
            (
                t.threatener.id.clone(),
                t.threat.id.clone(),
                t.target.as_ref().map(|n| n.id.clone()),
            )
        })
        .collect();
    assert_eq!(
        threats,
        vec![
            (
                "european-leaders".into(),
                "new-sanctions".into(),
                Some("russia".into())
            ),
            (
                "ukraine".into(),
                "new-sanctions".into(),
                Some("russia".into())
            ),
        ]
    );
    let quote = answer.triggered[0].link.quote.as_deref().unwrap();
    assert!(
        quote.contains("posed consequences, including new sanctions, should Putin not acquiesce")
    );
    assert!(answer.unlocked.is_empty() && answer.still_blocked.is_empty());
    assert!(!answer.already_met);
}

#[test]
fn the_west_pausing_aid_unlocks_the_full_ceasefire_and_the_ceasefire_unlocks_talks() {
    let g = builtin();
    let pause = ask(&g, &ViewSpec::default(), "western-aid-pause");
    // The full ceasefire waits only on the pause; the 30-day one also on
    // Russia, which countered it.
    assert_eq!(ids(&pause.unlocked, |d| &d.node.id), vec!["ceasefire-full"]);
    assert_eq!(pause.unlocked[0].chain[0].by.as_deref(), Some("russia"));
    assert_eq!(pause.unlocked[0].actors, vec!["russia"]);
    assert_eq!(
        ids(&pause.still_blocked, |d| &d.node.id),
        vec!["ceasefire-30d"]
    );
    let left: Vec<(&str, String)> = pause.still_blocked[0]
        .remaining
        .iter()
        .map(|l| (l.from.as_str(), l.relation.to_string()))
        .collect();
    assert_eq!(left, vec![("russia", "counters".to_owned())]);
    // Said as `blockers` says it: a refusal, held by Russia.
    let o = &pause.still_blocked[0].obstacles;
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].kind, negograph::standing::ObstacleKind::Refusal);
    assert_eq!(o[0].holder.as_deref(), Some("russia"));

    let ceasefire = ask(&g, &ViewSpec::default(), "ceasefire-30d");
    assert_eq!(
        ids(&ceasefire.unlocked, |d| &d.node.id),
        vec!["direct-talks"]
    );
    // Russia answered the ceasefire with an offer of talks.
    let answers: Vec<(String, String)> = ceasefire
        .responses
        .iter()
        .map(|r| (r.party.id.clone(), r.relation.to_string()))
        .collect();
    assert_eq!(answers, vec![("russia".to_owned(), "counters".to_owned())]);
    assert_eq!(
        ceasefire.responses[0].with.as_ref().map(|w| w.id.as_str()),
        Some("direct-talks")
    );
}

#[test]
fn what_needs_it_is_unlocked_only_when_nothing_else_stands_in_the_way() {
    let mut d = doc(
        &[
            ("p", "party"),
            ("q", "party"),
            ("x", "condition"),
            ("only-x", "demand"),
            ("x-and-y", "demand"),
            ("y", "condition"),
            ("rejected", "demand"),
            ("x-and-met", "demand"),
            ("met", "condition"),
            ("done", "demand"),
            ("lapsed", "demand"),
            ("blocked", "demand"),
        ],
        vec![
            cond("only-x", "x", "p"),
            cond("x-and-y", "x", "p"),
            cond("x-and-y", "y", "q"),
            cond("rejected", "x", "p"),
            edge("q", "rejects", "rejected"),
            cond("x-and-met", "x", "q"),
            cond("x-and-met", "met", "q"),
            cond("done", "x", "p"),
            cond("lapsed", "x", "p"),
            cond("blocked", "x", "p"),
            edge("y", "blocks", "blocked"),
            json!({"from": "q", "relation": "threatens", "to": "y", "target": "p", "trigger": "x",
                   "source": "src", "quote": "or else"}),
        ],
    );
    d["nodes"][8]["status"] = json!("met");
    d["nodes"][9]["status"] = json!("met");
    d["nodes"][3]["actor"] = json!(["q"]);
    d["edges"][8]["until"] = json!("2025-01-31");
    let g = graph(&d);
    let on = |day: &str| ViewSpec {
        when: When::On(day.parse::<Date>().unwrap()),
        ..ViewSpec::default()
    };

    let answer = ask(&g, &on("2025-01-15"), "x");
    assert_eq!(
        ids(&answer.unlocked, |d| &d.node.id),
        vec!["only-x", "x-and-met", "lapsed"]
    );
    assert_eq!(answer.unlocked[0].actors, vec!["q"]);
    // Met "done" is not listed; the others wait for more, and say for what.
    let still: Vec<(String, Vec<(String, String)>)> = answer
        .still_blocked
        .iter()
        .map(|d| {
            let why = d
                .remaining
                .iter()
                .map(|l| (l.from.clone(), l.to.clone()))
                .collect();
            (d.node.id.clone(), why)
        })
        .collect();
    assert_eq!(
        still,
        vec![
            ("x-and-y".into(), vec![("x-and-y".into(), "y".into())]),
            ("rejected".into(), vec![("q".into(), "rejected".into())]),
            ("blocked".into(), vec![("y".into(), "blocked".into())]),
        ]
    );
    assert_eq!(answer.triggered.len(), 1);
    assert_eq!(answer.triggered[0].threatener.id, "q");
    assert_eq!(answer.triggered[0].target.as_ref().unwrap().id, "p");

    // After its condition lapsed, "lapsed" no longer needs x.
    let later = ask(&g, &on("2025-02-15"), "x");
    assert_eq!(
        ids(&later.unlocked, |d| &d.node.id),
        vec!["only-x", "x-and-met"]
    );
    // Assumed met, x says so, and its effects are the same.
    let assumed = ask(
        &g,
        &ViewSpec {
            assume: vec!["x".into()],
            ..on("2025-02-15")
        },
        "x",
    );
    assert!(assumed.already_met);
    assert_eq!(
        ids(&assumed.unlocked, |d| &d.node.id),
        vec!["only-x", "x-and-met"]
    );
}

#[test]
fn the_effects_view_draws_the_threats_it_sets_off_and_renders_cleanly() {
    use negograph::export::Focus;
    let g = builtin();
    let x = g.find("russia-refuses-30d").unwrap();
    let (scene, dot) = common::view_dot(&g, &ViewSpec::default(), &Focus::Effects(x));
    let mut ids: Vec<&str> = scene.nodes.iter().map(|(n, _)| g.id(*n)).collect();
    ids.sort();
    assert_eq!(
        ids,
        vec![
            "european-leaders",
            "new-sanctions",
            "russia-refuses-30d",
            "ukraine"
        ]
    );
    // One line to the sanctions, for both threats.
    assert_eq!(scene.triggers.len(), 1);
    assert!(
        dot.contains(
            "sets off\\n(threat by European leaders, Ukraine (Zelensky)\\nagainst Russia (Putin))"
        ),
        "{dot}"
    );
    assert!(dot.contains("2 threats set off"));
    assert!(dot.contains("sets off: a threat this triggers"));
    assert_eq!(common::graphviz_svg(&dot).1, "");
    // What it unlocks is drawn thick: the full ceasefire needs only the aid pause.
    let pause = g.find("western-aid-pause").unwrap();
    let (scene, dot) = common::view_dot(&g, &ViewSpec::default(), &Focus::Effects(pause));
    assert_eq!(scene.highlighted.len(), 1);
    assert_eq!(common::graphviz_svg(&dot).1, "");
}

#[test]
fn the_command_answers_what_happens_if_russia_refuses_with_the_quoted_threat() {
    let out = common::negograph()
        .args(["effects", "russia-refuses-30d"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("It sets off 2 threats:"), "{text}");
    assert!(text.contains(" 1. European leaders threatens Consequences for Russia"));
    assert!(text.contains(" 2. Ukraine (Zelensky) threatens Consequences for Russia"));
    assert!(text.contains("against Russia (Putin)"));
    assert!(text.contains("“posed consequences, including new sanctions, should Putin not"));
    assert!(text.contains("It unlocks nothing: no position needs it."));
    let json: serde_json::Value = serde_json::from_slice(
        &common::negograph()
            .args(["effects", "russia-refuses-30d", "--json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(json["triggered"][0]["threatener"]["id"], "european-leaders");
    assert_eq!(json["triggered"][0]["target"]["id"], "russia");
    assert_eq!(json["target"]["id"], "russia-refuses-30d");
    // A party does not happen.
    common::negograph()
        .args(["effects", "russia"])
        .assert()
        .code(2);
}

/// A cancelled position that needs X is not unlocked by X: it will not take
/// place as things stand (`blockers` says so, not clear). The summit needs
/// the talks, and the vote needs them too; on 5 March the summit is called
/// off. Before, the talks unlock both; after, only the vote (effects listed
/// the cancelled summit as unlocked while `blockers summit` said cancelled).
#[test]
fn a_cancelled_dependent_is_not_unlocked() {
    let mut d = doc(
        &[
            ("p", "party"),
            ("talks", "condition"),
            ("summit", "demand"),
            ("vote", "demand"),
        ],
        vec![cond("summit", "talks", "p"), cond("vote", "talks", "p")],
    );
    d["negograph"] = json!(1.2);
    d["nodes"][2]["status_history"] = json!([{"status": "cancelled", "on": "2025-03-05"}]);
    let g = graph(&d);
    let on = |day: &str| ViewSpec {
        when: When::On(day.parse().unwrap()),
        ..ViewSpec::all_time()
    };
    let before = ask(&g, &on("2025-03-04"), "talks");
    assert_eq!(ids(&before.unlocked, |d| &d.node.id), ["summit", "vote"]);
    let after = ask(&g, &on("2025-03-05"), "talks");
    assert_eq!(ids(&after.unlocked, |d| &d.node.id), ["vote"]);
    assert!(after.still_blocked.is_empty());
    let view = View::new(&g, &on("2025-03-05")).unwrap();
    let b = negograph::query::blockers::blockers(&view, g.find("summit").unwrap(), false);
    assert!(b.cancelled && !b.clear);
}
