//! The unblock view and the `unblock` command.

use super::hand_made::knot_and_rejection;
use super::*;
use crate::common::{on_trade_talks, trade_talks_path as trade};

#[test]
fn the_unblock_view_numbers_each_options_concessions_and_renders_cleanly() {
    use negograph::export::{Focus, scene::Mark};
    let g = graph(&tariff_knot());
    let x = g.find("tariff-cut").unwrap();
    let (scene, dot) = common::view_dot(&g, &ViewSpec::all_time(), &Focus::Unblock(x));
    // The blocking subgraph: the knot, its three holders, each condition given
    // up by its own option.
    assert_eq!(scene.edges.len(), 3);
    assert_eq!(scene.nodes.len(), 6);
    let mut marks: Vec<(String, Mark)> = scene
        .marks
        .iter()
        .map(|(&e, m)| (g.meta(e).by.map(|b| g.id(b).to_owned()).unwrap(), m.clone()))
        .collect();
    marks.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        marks,
        vec![
            ("a".to_owned(), Mark::Concession(vec![1])),
            ("b".to_owned(), Mark::Concession(vec![2])),
            ("c".to_owned(), Mark::Concession(vec![3])),
        ]
    );
    for n in 1..=3 {
        assert!(dot.contains(&format!("give up (option {n})")), "{dot}");
    }
    assert!(dot.contains("3 options"));
    assert!(dot.contains("give up: the options (numbered) that drop it"));
    let (_, warnings) = common::graphviz_svg(&dot);
    assert_eq!(warnings, "");

    // A concession shared by two options carries both numbers.
    let g = knot_and_rejection();
    let x = g.find("x").unwrap();
    let (_, dot) = common::view_dot(&g, &ViewSpec::all_time(), &Focus::Unblock(x));
    assert!(dot.contains("give up (options 1, 2)"), "{dot}");
    assert_eq!(common::graphviz_svg(&dot).1, "");
}

#[test]
fn the_command_numbers_the_options_in_words_with_quotes_and_who_moves_first() {
    let out = on_trade_talks(&["unblock", "tariff-cut", "--as-of", "2025-03-31"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for line in [
        "3 options (smallest first; each move is needed):",
        " 1. Country A: drop the condition A cuts its steel tariffs only if B raises its",
        "    import quotas",
        "      “A will cut tariffs only once B raises its quotas.”",
        " 3. Country C: drop the condition C removes its farm subsidies only if A cuts",
        // Agreed only on its own condition, which option 3 leaves standing.
        "      3. A cuts its steel tariffs [tariff-cut] · Country A must act, agreed only",
        "         on condition of B raises its import quotas",
        "  Country C can open option 3 alone",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} not in:\n{text}");
    }
    // Before C tied its subsidies to A's tariffs (5 March) there was no
    // knot, but C had not agreed to remove them either: that is its move.
    let early = on_trade_talks(&["unblock", "tariff-cut", "--as-of", "2025-03-04", "--json"]);
    let json: Value = serde_json::from_slice(&early.stdout).unwrap();
    assert_eq!(json["reachable_now"], false);
    assert_eq!(json["options"][2]["moves"][0]["kind"], "deliver");
    assert_eq!(json["options"][2]["moves"][0]["party"], "country-c");
    assert_eq!(json["options"][2]["then"].as_array().unwrap().len(), 3);
}

#[test]
fn the_command_says_when_it_stopped_and_refuses_what_it_cannot_answer() {
    let run = on_trade_talks;
    let cut = run(&[
        "unblock",
        "tariff-cut",
        "--as-of",
        "2025-03-31",
        "--max",
        "2",
    ]);
    let text = String::from_utf8(cut.stdout).unwrap();
    assert!(
        text.contains("More options exist; --max 4 lists more."),
        "{text}"
    );
    let none = run(&[
        "unblock",
        "trade-deal",
        "--as-of",
        "2025-03-31",
        "--size",
        "0",
    ]);
    let text = String::from_utf8(none.stdout).unwrap();
    assert!(text.contains("No option of up to 0 moves unblocks it."));
    assert!(text.contains("--size 1 looks further."));
    let json: Value = serde_json::from_slice(
        &run(&["unblock", "trade-deal", "--as-of", "2025-03-31", "--json"]).stdout,
    )
    .unwrap();
    assert_eq!(json["complete"], true);
    assert_eq!(json["options"][1]["moves"][0]["kind"], "accept");
    assert_eq!(json["options"][1]["moves"][0]["party"], "country-c");
    assert_eq!(
        json["options"][1]["moves"][0]["quote"],
        "Since 10 March, C will not admit monitors."
    );
    // A party is not something to unblock; --max 0 lists nothing, so it is refused.
    let party = run(&["unblock", "country-a"]);
    assert_eq!(party.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&party.stderr).contains("negograph stance country-a"));
    assert_eq!(
        run(&["unblock", "tariff-cut", "--max", "0"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["unblock", "no-such-thing"]).status.code(), Some(2));
}

#[test]
fn the_unblock_view_draws_and_maps() {
    let dir = tempfile::tempdir().unwrap();
    let svg = common::render_file(
        Some(&trade()),
        dir.path(),
        "unblock.svg",
        &["--unblock", "tariff-cut", "--as-of", "2025-03-31"],
    );
    let text = std::fs::read_to_string(svg).unwrap();
    assert!(text.contains("give up (option 2)"));
    let map = common::render_file(
        Some(&trade()),
        dir.path(),
        "unblock.html",
        &["--unblock", "tariff-cut", "--as-of", "2025-03-31"],
    );
    let html = std::fs::read_to_string(map).unwrap();
    assert!(html.contains("Since 5 March, C has tied its subsidies to A's tariffs."));
}

/// A party that has not answered a position moves by accepting it: its
/// silence is ended, not withdrawn (a blind writer stumbled on the words).
#[test]
fn a_silent_partys_move_ends_its_silence() {
    let harbour =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/harbour-strike.json");
    let text = crate::common::run_ok(&harbour, &["unblock", "arbitration"]);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Port authority: accept Binding arbitration by the state mediator, ending its silence on it"),
        "{text}"
    );
    assert!(!flat.contains("withdrawing its silence"), "{text}");
}
