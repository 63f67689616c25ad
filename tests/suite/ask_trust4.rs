//! What a blind trust tester found `ask` reading wrongly, each fixed as a
//! kind and checked on wordings of our own: a refusal read as the
//! acceptance the graph records, "who is against the U.S. proposal" read
//! as the United States' stance, and "who is on Ukraine's side" read as who
//! threatens Ukraine.

use super::ask_readings::reads;
use crate::common::negograph;

const R04: &str = "tests/data/round5/r04.json";
const R12: &str = "tests/data/round6/r12.json";
const GAZA: &str = "graph/examples/gaza-2025-05-26.json";

#[test]
fn a_refusal_is_never_read_as_the_acceptance_the_graph_records() {
    // r04 records "Iran accepts the US deal" and no refusal by Iran.
    for question in [
        "what if Iran refuses the US proposal?",
        "what happens if iran refuses the us deal",
        "what if Iran declines the US proposal",
    ] {
        let out = negograph()
            .args(["-f", R04, "ask", question, "--json"])
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        // No node is Iran's refusal: said, with exit 2, nothing read.
        assert_eq!(out.status.code(), Some(2), "{question}: {said}");
        assert!(out.stdout.is_empty(), "{question}");
        assert!(
            said.contains("the graph has no node for "),
            "{question}: {said}"
        );
    }
    // Said as it is, the acceptance is still read.
    let (commands, _) = reads(Some(R04), "what if Iran accepts the US proposal?");
    assert_eq!(commands, ["negograph effects accept-deal"]);
}

#[test]
fn who_is_for_or_against_a_partys_offer_is_asked_of_the_offer() {
    for (question, want) in [
        (
            "who is against the U.S. proposal?",
            "negograph who recent-u-s-nuclear --side against",
        ),
        (
            "who opposes the US offer",
            "negograph who recent-u-s-nuclear --side against",
        ),
        (
            "who backs the american proposal",
            "negograph who recent-u-s-nuclear --side for",
        ),
    ] {
        let (commands, notes) = reads(Some(R04), question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
    }
}

#[test]
fn a_partys_side_is_who_else_is_for_what_it_is_for_said() {
    let note = "the graph records stands on positions, not alliances";
    for (graph, question) in [
        (None, "who is on Ukraine's side?"),
        (None, "who are russia's allies"),
        (Some(R12), "who sides with russia"),
        (Some(GAZA), "who is allied with hamas"),
    ] {
        let (commands, notes) = reads(graph, question);
        assert!(
            !commands.is_empty() && commands.iter().all(|c| c.ends_with("--side for")),
            "{question}: {commands:?}"
        );
        assert!(
            notes.iter().any(|n| n.contains(note)),
            "{question}: {notes:?}"
        );
    }
    // Who threatens a party is still that.
    let (commands, _) = reads(None, "who threatens russia");
    assert_eq!(commands, ["negograph who russia"]);
}

/// On a graph whose sources share one day, "nothing earlier to compare
/// with" was said even when claims carry earlier days of their own, above
/// the changes those days hold (a trust tester, r09).
#[test]
fn one_source_day_is_said_only_when_nothing_is_dated_earlier() {
    let text = "title T\nsource s S 2025-06-28\nparty us US\ndemand talks Talks\n\
                us rejects talks since 2025-06-27 @s \"ended the talks\"\n";
    let (_dir, path) = crate::common::temp_file("t.neg", text.as_bytes());
    let file = path.to_str().unwrap();
    let (commands, notes) = reads(Some(file), "what changed since june 26?");
    assert_eq!(
        commands,
        ["negograph changes --from 2025-06-26 --to 2025-06-28"]
    );
    assert!(
        !notes
            .iter()
            .any(|n| n.contains("nothing earlier to compare with")),
        "{notes:?}"
    );
    // Undated, the one day is all there is: said.
    let text = text.replace(" since 2025-06-27", "");
    let (_dir, path) = crate::common::temp_file("u.neg", text.as_bytes());
    let (_, notes) = reads(Some(path.to_str().unwrap()), "what changed since june 26?");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("nothing earlier to compare with")),
        "{notes:?}"
    );
}

/// "The 5% offer" named no node when another name held "14.5%": the "5"
/// of a decimal is no figure of its own (round 13, after its first try).
#[test]
fn a_figure_is_not_read_inside_a_longer_number() {
    let text = "title T\nsource s S 2023-05-22\nparty gov Government\nparty bma BMA\n\
                gov proposes demand =raise \"5% pay rise\" @s \"a 5% pay rise\"\n\
                bma rejects raise @s \"rejected a 5% pay rise\"\n\
                party scot \"Scottish Government\"\n\
                scot proposes demand =uplift \"14.5% pay uplift\" @s \"offered 14.5%\"\n";
    let (_dir, path) = crate::common::temp_file("t.neg", text.as_bytes());
    let file = path.to_str().unwrap();
    for (question, want) in [
        (
            "who is against the 5% offer",
            "negograph who raise --side against",
        ),
        (
            "who turned down the 14.5% offer?",
            "negograph who uplift --side against",
        ),
    ] {
        let (commands, notes) = reads(Some(file), question);
        assert_eq!(commands, [want], "{question}: {notes:?}");
    }
}

/// A capital the lexicon lacked ("what does Ottawa want", round 13, after
/// its first try) is read as its country, said.
#[test]
fn more_capitals_are_read_as_their_countries() {
    let text = "title T\nsource s S 2025-06-28\nparty canada Canada\nparty us \"United States\"\n\
                canada proposes demand \"Digital services tax\" @s \"the tax\"\n";
    let (_dir, path) = crate::common::temp_file("t.neg", text.as_bytes());
    let (commands, notes) = reads(Some(path.to_str().unwrap()), "what does ottawa want");
    assert_eq!(commands, ["negograph stance canada"]);
    assert!(
        notes
            .iter()
            .any(|n| n == "read 'ottawa' as 'canada' (the graph's word for it)"),
        "{notes:?}"
    );
}

#[test]
fn whether_a_party_is_for_a_position_is_every_stand_it_took_on_it() {
    // A blind tester's finding: "is Hamas for Witkoff's proposal?" read
    // `path hamas witkoff-proposal`, whose one step ("Hamas accepts") hid
    // that the graph also records Hamas countering it.
    let (commands, _) = reads(Some(GAZA), "is Hamas for Witkoff's proposal?");
    assert_eq!(
        commands,
        ["negograph responses witkoff-proposal --party hamas"]
    );
    let (commands, _) = reads(None, "is Trump for the 30-day ceasefire?");
    assert_eq!(
        commands,
        ["negograph responses ceasefire-30d --party trump"]
    );
    let (commands, _) = reads(None, "is russia opposed to the 30-day truce");
    assert_eq!(
        commands,
        ["negograph responses ceasefire-30d --party russia"]
    );
    // Who is for it, with no party named, stays the side.
    let (commands, _) = reads(None, "who is for the 30-day ceasefire?");
    assert_eq!(commands, ["negograph who ceasefire-30d --side for"]);
}
