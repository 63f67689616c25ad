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
