//! A blind tester's findings (round 12) on the released binary, each worked
//! by hand on a small graph: the failing answer before the fix, in words.

use crate::common;

/// Von der Leyen is a member of the EU from 1 June; Borrell was one until
/// 30 June. Both reject the tariffs on 2 July. `stance eu` counts Von der
/// Leyen's rejection (a member's claim counts for its party on the claim's
/// day) and not Borrell's (no member then); `changes --party eu` and
/// `timeline eu` said "Nothing changed" / left it out.
const MEMBERS: &str = "\
negograph 1.2
title Members over time

source s1 \"First\" 2025-06-01
source s2 \"Second\" 2025-07-05

party us \"United States\"
party eu \"European Union\"
party vdl \"Von der Leyen\"
party borrell \"Borrell\"
condition tariffs \"U.S. tariffs on cars\" actor us

@s1
vdl member_of eu \"Commission President von der Leyen\"
borrell member_of eu until 2025-06-30 \"Borrell, then the EU's envoy\"
@s2
vdl rejects tariffs since 2025-07-02 \"the tariffs are unjustified, von der Leyen said\"
borrell rejects tariffs since 2025-07-02 \"Borrell, now a private citizen, called them unjust\"
";

fn holders(changes: &serde_json::Value) -> Vec<String> {
    changes["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| format!("{} {} {}", c["from"], c["relation"], c["to"]).replace('"', ""))
        .collect()
}

#[test]
fn changes_and_timeline_of_a_party_count_its_members_claims_on_their_day() {
    let (_dir, file) = common::temp_file("members.neg", MEMBERS.as_bytes());
    let stance = common::json_ok(&file, &["stance", "eu"]);
    let rejects: Vec<_> = stance["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["speaker"].as_str().unwrap_or("eu").to_owned())
        .collect();
    assert_eq!(rejects, ["vdl"], "{stance}");
    let changes = common::json_ok(&file, &["changes", "--from", "2025-07-01", "--party", "eu"]);
    assert_eq!(holders(&changes), ["vdl rejects tariffs"], "{changes}");
    let timeline = common::json_ok(&file, &["timeline", "eu"]);
    assert_eq!(holders(&timeline), ["vdl rejects tariffs"], "{timeline}");
    // Borrell's own answers still list his claim.
    let his = common::json_ok(
        &file,
        &["changes", "--from", "2025-07-01", "--party", "borrell"],
    );
    assert_eq!(holders(&his), ["borrell rejects tariffs"], "{his}");
}

/// A round of talks cancelled on 14 May and on again from 16 May; a later
/// report says it was withdrawn on 15 May. `status` files that change in
/// date order; `apply` appended it and then refused its own result ("list
/// status changes in date order") and said "set condition 'round':  (it had
/// none)" of a fragment that adds a change.
#[test]
fn apply_files_a_back_dated_status_change_in_date_order_and_says_so() {
    let graph = "\
negograph 1.2
title Rounds
source wed \"Wed\" 2025-05-14
source fri \"Fri\" 2025-05-16
condition round \"A round of talks\"
  on 2025-05-14 cancelled @wed \"the round was called off\"
  on 2025-05-16 open @fri \"talks back on\"
";
    let fragment = "\
source sat \"Sat\" 2025-05-17
condition round \"A round of talks\"
  on 2025-05-15 withdrawn @sat \"round withdrawn\"
";
    let (dir, text) = common::temp_file("rounds.neg", graph.as_bytes());
    let json = dir.path().join("rounds.json");
    common::succeeds(common::negograph().arg("convert").arg(&text).arg(&json));
    let (_d, frag) = common::temp_file("late.neg", fragment.as_bytes());
    let said = common::run_ok(&json, &["apply", frag.to_str().unwrap()]);
    assert!(
        said.contains("'round' is withdrawn from 2025-05-15"),
        "{said}"
    );
    assert!(!said.contains("(it had none)"), "{said}");
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let days: Vec<_> = doc["nodes"][0]["status_history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["on"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(days, ["2025-05-14", "2025-05-15", "2025-05-16"]);
}

/// Without a word that a claim was set aside, a `--drop` answer read as
/// fact: `who wage-rise --side for --drop union:demands:wage-rise` said "No
/// party is for it" with no header, and `blockers --json` listed `assumed`
/// but nothing dropped. Every command now notes it; the JSON lists it.
#[test]
fn a_drop_what_if_is_said_in_every_answer() {
    let file =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/harbour-strike.json");
    let drop = ["--drop", "union:demands:wage-rise"];
    for args in [
        &["who", "wage-rise", "--side", "for"][..],
        &["conflicts"][..],
        &["blockers", "wage-rise"][..],
        &["stance", "union"][..],
    ] {
        let out = common::succeeds(
            common::negograph()
                .arg("-f")
                .arg(&file)
                .args(args)
                .args(drop),
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("note: what if: the answer sets aside union:demands:wage-rise (--drop)"),
            "{args:?}: {err}"
        );
        let plain = common::succeeds(common::negograph().arg("-f").arg(&file).args(args));
        assert!(
            !String::from_utf8_lossy(&plain.stderr).contains("what if"),
            "{args:?}"
        );
    }
    let blockers = common::json_ok(&file, &["blockers", "wage-rise", drop[0], drop[1]]);
    assert_eq!(
        blockers["dropped"],
        serde_json::json!(["union:demands:wage-rise"]),
        "{blockers}"
    );
    let plain = common::json_ok(&file, &["blockers", "wage-rise"]);
    assert!(plain.get("dropped").is_none(), "{plain}");
}

/// A day after the newest source: the graph cannot know what happened
/// since. `show vote --as-of` a week after the last report said
/// "(postponed, scheduled for 2025-05-20)" with no word that the record
/// ended before that day; a day before the first source was already noted.
#[test]
fn a_day_after_the_newest_source_is_said_to_be_past_the_record() {
    let file =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/harbour-strike.json");
    let stderr = |day: &str| {
        let out = common::succeeds(
            common::negograph()
                .arg("-f")
                .arg(&file)
                .args(["show", "--as-of", day]),
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let later = stderr("2025-06-30");
    assert!(
        later.contains("2025-06-30 is after the newest source (dated 2025-05-06)"),
        "{later}"
    );
    assert!(!stderr("2025-05-06").contains("after the newest source"));
    assert!(!stderr("2025-05").contains("after the newest source"));
}
