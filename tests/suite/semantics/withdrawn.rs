//! A withdrawn position said withdrawn everywhere it is named (its status,
//! and each stand on it: a link's `to_gone`), and agreed
//! by no one (`standing::agreement`): the blind tester's harbour strike,
//! where `show` listed the port's withdrawn 8% offer as a plain proposal
//! and `unblock` said "Port authority must act, agreed" for it. Worked by
//! hand, through the real binary.

use serde_json::{Value, json};

use crate::common;

/// Worked by hand. S proposes `old` (S must deliver it), B rejects it, and
/// S's newer `new` replaces it (`new supersedes old`): `old` is withdrawn.
/// S also proposes `gone`, which the file marks withdrawn itself, and
/// `open`, which stands.
/// - `show` and `stance s` mark both withdrawn offers "(withdrawn)",
///   under S's proposals and B's rejection alike, and `open` not;
/// - `unblock old`: B must accept (its rejection); then S must act, but
///   S has agreed to nothing it withdrew: not "agreed";
/// - `unblock open`: S proposes it and must deliver it: agreed.
fn offers() -> Value {
    let mut doc = common::doc(
        &[
            ("s", "party"),
            ("b", "party"),
            ("old", "proposal"),
            ("new", "proposal"),
            ("gone", "proposal"),
            ("open", "proposal"),
        ],
        vec![
            common::edge("s", "proposes", "old"),
            common::edge("b", "rejects", "old"),
            common::edge("s", "proposes", "new"),
            common::edge("new", "supersedes", "old"),
            common::edge("s", "proposes", "gone"),
            common::edge("s", "proposes", "open"),
        ],
    );
    doc["negograph"] = json!(1.1);
    for n in doc["nodes"].as_array_mut().unwrap() {
        if n["kind"] == "proposal" {
            n["actor"] = json!("s");
        }
        if n["id"] == "gone" {
            n["status"] = json!("withdrawn");
        }
    }
    doc
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_withdrawn_offer_is_said_withdrawn_and_agreed_by_no_one() {
    let (_dir, file) = common::temp_file("offers.json", offers().to_string().as_bytes());
    let show = flat(&common::run_ok(&file, &["show"]));
    for line in [
        "proposes Label of old (withdrawn)",
        "rejects Label of old (withdrawn)",
        "proposes Label of gone (withdrawn)",
    ] {
        assert!(show.contains(line), "{line:?} not in: {show}");
    }
    // An open offer carries no status word.
    assert!(show.contains("proposes Label of open"), "{show}");
    assert!(!show.contains("Label of open ("), "{show}");
    // Each claim on it, wherever listed: `show s` (JSON `to_gone`), and
    // `blockers old`'s refusal.
    let detail = flat(&common::run_ok(&file, &["show", "s"]));
    assert!(
        detail.contains("Label of s proposes Label of old (a position now withdrawn)"),
        "{detail}"
    );
    assert!(
        detail.contains("Label of s proposes Label of gone (a position now withdrawn)"),
        "{detail}"
    );
    assert!(!detail.contains("Label of open ("), "{detail}");
    let blockers = flat(&common::run_ok(&file, &["blockers", "old"]));
    assert!(
        blockers.contains("└─ Label of b rejects Label of old (a position now withdrawn)"),
        "{blockers}"
    );
    let json = common::json_ok(&file, &["blockers", "old"]);
    assert_eq!(
        json["blockers"][0]["link"]["to_gone"]["replaced_by"], "new",
        "{json}"
    );
    let stance = flat(&common::run_ok(&file, &["stance", "s"]));
    assert!(
        stance.contains("Label of old [old] (withdrawn)"),
        "{stance}"
    );

    for offer in ["old", "gone"] {
        let unblock = common::json_ok(&file, &["unblock", offer]);
        assert_eq!(unblock["withdrawn"], true, "{unblock}");
        let then = unblock["options"][0]["then"].as_array().unwrap();
        let last = then.last().unwrap();
        assert_eq!(last["id"], offer, "{unblock}");
        assert_eq!(last["agreed"], false, "{offer}: {unblock}");
        let text = flat(&common::run_ok(&file, &["unblock", offer]));
        assert!(
            text.contains(&format!(
                "Label of {offer} [{offer}] (withdrawn) · Label of s must act, not agreed: it is withdrawn"
            )),
            "{text}"
        );
        assert!(!text.contains("must act, agreed"), "{text}");
    }
    let unblock = common::json_ok(&file, &["unblock", "open"]);
    assert_eq!(
        unblock["options"][0]["then"][0]["agreed"], true,
        "{unblock}"
    );
    let text = flat(&common::run_ok(&file, &["unblock", "open"]));
    assert!(text.contains("Label of s must act, agreed"), "{text}");
}
