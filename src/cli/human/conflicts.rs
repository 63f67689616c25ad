//! Where positions collide, as text: `deadlocks` (conditions that wait on
//! each other, drawn as their cycle) and `conflicts` (a position one party
//! is for and another is against, each side's stands with their evidence).

use std::fmt::Write;

use owo_colors::OwoColorize;

use negograph::Graph;
use negograph::model::Relation;
use negograph::query::Conflicts;
use negograph::query::deadlocks::{Conflict, Deadlocks, Knot};

use super::pieces::{self, chain, entry_claims, entry_speaker, hanging, name, node_line, when};

fn knot(out: &mut String, g: &Graph, k: &Knot, i: usize) {
    let names: Vec<String> = k.cycle.iter().map(|id| name(g, id)).collect();
    let parties: Vec<String> = k.parties.iter().map(|id| name(g, id)).collect();
    out.push('\n');
    hanging(out, &format!("{:>2}. ", i + 1), 4, &names.join(" → "));
    let _ = writeln!(
        out,
        "    {} nodes; conditions set by {}",
        k.nodes.len(),
        parties.join(", ")
    );
    chain(out, g, &k.cycle_edges, 4);
}

fn conflict(out: &mut String, g: &Graph, c: &Conflict, i: usize) {
    let _ = writeln!(out, "\n{:>2}. {}", i + 1, node_line(&c.target));
    if c.target.status == Some(negograph::model::Status::Met) {
        let note = "settled: it is met; the stands on it are still on record";
        let _ = writeln!(out, "    {}", note.dimmed());
    }
    for (side, stands) in [("for", &c.for_), ("against", &c.against)] {
        let _ = writeln!(out, "    {}", format!("{side}:").cyan());
        if side == "for" {
            pieces::applies(out, &c.applied_by, 4);
            pieces::as_term_of(out, g, &c.as_term_of, 4);
        }
        for s in stands {
            hanging(out, "    • ", 6, &stand_words(g, s, side == "for"));
            let party = name(g, &s.party);
            let whole = s.holding.is_some();
            entry_claims(
                out,
                g,
                &party,
                s.speaker.as_ref(),
                &s.link,
                &s.also,
                6,
                whole,
            );
        }
    }
}

/// Who stands where, in words: "Israel (Netanyahu, for Israel) demands it",
/// "Iran holds Iran keeps enrichment, which cannot hold together with it";
/// on the side for, a `counters` stand is the counter-offer's offerer.
fn stand_words(g: &Graph, s: &negograph::query::deadlocks::Stand, for_side: bool) -> String {
    let party = match entry_speaker(s.speaker.as_ref(), &s.also) {
        Some(m) => format!(
            "{} ({}, for {})",
            name(g, &s.party),
            name(g, m),
            name(g, &s.party)
        ),
        None => name(g, &s.party),
    };
    match &s.holding {
        Some(position) => format!(
            "{party} holds {}, which cannot hold together with it",
            name(g, position)
        ),
        None if for_side && s.relation == Relation::Counters => {
            format!("{party} puts it forward as a counter-offer")
        }
        None => format!("{party} {} it", s.relation.phrase()),
    }
}

pub(super) fn deadlocks(g: &Graph, d: &Deadlocks) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Deadlocks ({})", when(d.as_of, d.as_of_basis));
    if d.deadlocks.is_empty() {
        let _ = writeln!(out, "\nNo deadlocks: no preconditions wait on each other.");
    }
    for (i, k) in d.deadlocks.iter().enumerate() {
        knot(&mut out, g, k, i);
    }
    out.push('\n');
    conflict_list(&mut out, g, &when(d.as_of, d.as_of_basis), &d.conflicts);
    out
}

pub(super) fn conflicts(g: &Graph, c: &Conflicts) -> String {
    let mut out = String::new();
    let mut when = when(c.as_of, c.as_of_basis);
    if !c.between.is_empty() {
        let names: Vec<String> = c.between.iter().map(|p| name(g, p)).collect();
        // One party named: the conflicts it takes a side in.
        let word = if names.len() == 1 {
            "involving"
        } else {
            "between"
        };
        when = format!("{word} {}, {when}", names.join(" and "));
    }
    conflict_list(&mut out, g, &when, &c.conflicts);
    out
}

fn conflict_list(out: &mut String, g: &Graph, when: &str, conflicts: &[Conflict]) {
    let _ = writeln!(out, "Conflicts ({when})");
    if conflicts.is_empty() {
        let _ = writeln!(
            out,
            "\nNo conflicts: no position one party is for has another party against it."
        );
    }
    for (i, c) in conflicts.iter().enumerate() {
        conflict(out, g, c, i);
    }
}
