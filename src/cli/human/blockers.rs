//! "What blocks X?" as text: every obstacle with its kind, who holds the
//! claim behind it and who must move, the chain of quoted claims to it, then
//! the pending steps and any knot.

use std::fmt::Write;

use owo_colors::OwoColorize;

use negograph::Graph;
use negograph::model::Relation;
use negograph::query::blockers::{Blocker, Blockers};
use negograph::standing::ObstacleKind;
use negograph::terminal::inert;

use super::pieces::{chain, hanging, id_tag, link, name, node_line, when};

/// What an obstacle is, who holds it and who must move, in words: "unmet
/// precondition, set by Russia; Western allies must deliver it and have not
/// agreed to".
pub(super) fn obstacle_words(g: &Graph, b: &Blocker, target: &str) -> String {
    let on = b
        .via
        .as_deref()
        .map_or_else(|| inert(target).to_string(), |v| name(g, v));
    let holder = b.holder.as_deref().map(|h| match &b.speaker {
        Some(s) => format!("{} (for {})", name(g, s), name(g, h)),
        None => name(g, h),
    });
    let actors: Vec<String> = b.actor.iter().map(|a| name(g, a)).collect();
    let must = if actors.is_empty() {
        "the graph names no party to deliver it".to_owned()
    } else {
        format!("to be delivered by {}, not agreed", actors.join(" and "))
    };
    let holder = holder.unwrap_or_else(|| "no party named".to_owned());
    match b.kind {
        ObstacleKind::Precondition => format!("unmet precondition, set by {holder}; {must}"),
        ObstacleKind::Term => format!("term of the package, offered by {holder}; {must}"),
        ObstacleKind::Refusal => {
            let verb = match b.relation {
                Some(Relation::Counters) => {
                    let with = b
                        .link
                        .with
                        .as_deref()
                        .map_or(String::new(), |w| format!(" with {}", name(g, w)));
                    format!("answered {on}{with} instead")
                }
                Some(Relation::Ignores) => format!("has not answered {on}"),
                _ => format!("rejects {on}"),
            };
            match &b.package {
                Some(p) => format!(
                    "refusal: {holder} rejects {}, which {on} is a term of",
                    name(g, p)
                ),
                None => format!("refusal: {holder} {verb}"),
            }
        }
        ObstacleKind::Block => format!("block on {on}, held by {holder}"),
        ObstacleKind::Incompatible if b.actor.is_empty() => format!(
            "incompatible: {on} needs this too, and the two cannot both hold (per {holder}); a condition must go"
        ),
        ObstacleKind::Incompatible => {
            format!(
                "incompatible: {holder} holds this position, which cannot hold together with {on}"
            )
        }
        ObstacleKind::Knot => format!("knot below {on}"),
    }
}

/// Chains up to this deep are printed whole under their blocker.
const SPELLED_OUT_DEPTH: usize = 4;

pub fn blockers(g: &Graph, b: &Blockers) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "What blocks {} {}? ({})",
        inert(&b.target_label).bold(),
        id_tag(&b.target),
        when(b.as_of, b.as_of_basis)
    );
    if !b.assumed.is_empty() {
        let assumed: Vec<_> = b.assumed.iter().map(|id| inert(id)).collect();
        let _ = writeln!(out, "assuming met: {}", assumed.join(", "));
    }
    if b.already_met {
        let _ = writeln!(
            out,
            "\nNothing blocks {}: it is met already.",
            inert(&b.target_label)
        );
    } else if b.clear {
        let _ = writeln!(out, "\nNothing blocks {}.", inert(&b.target_label));
    } else if !b.blockers.is_empty() {
        let _ = writeln!(
            out,
            "\n{} obstacle{}:",
            b.blockers.len(),
            if b.blockers.len() == 1 { "" } else { "s" }
        );
    }
    // Where each blocker is listed, for "via N." references (one look-up
    // each: a search per blocker was quadratic on a long chain).
    let listed: std::collections::HashMap<&str, usize> = b
        .blockers
        .iter()
        .enumerate()
        .map(|(k, x)| (x.id.as_str(), k))
        .collect();
    for (i, bl) in b.blockers.iter().enumerate() {
        let why = obstacle_words(g, bl, &b.target_label);
        let status = bl.status.map(|s| format!(", {s}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "\n{:>2}. {} {}",
            i + 1,
            inert(&bl.label).bold(),
            id_tag(&bl.id)
        );
        hanging(
            &mut out,
            "    ",
            4,
            &format!("{}{status} · {why}", bl.node_kind)
                .yellow()
                .to_string(),
        );
        // A short chain reads best whole; a deep one is read through the
        // blocker it hangs from, listed above it, so the answer stays linear.
        match (&bl.via, bl.chain.is_empty() || bl.depth > SPELLED_OUT_DEPTH) {
            (Some(via), true) => {
                let above = listed
                    .get(via.as_str())
                    .map_or(String::new(), |k| format!("{}. ", k + 1));
                let _ = writeln!(
                    out,
                    "    {}",
                    format!(
                        "via {above}{} ({} steps from the target)",
                        name(g, via),
                        bl.depth
                    )
                    .dimmed()
                );
                link(&mut out, g, &bl.link, 4, "└─ ");
            }
            _ => chain(&mut out, g, &bl.chain, 4),
        }
        for other in &bl.other_chains {
            let _ = writeln!(out, "    {}", "also:".dimmed());
            chain(&mut out, g, other, 4);
        }
    }
    if !b.pending.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            "Pending, agreed by whoever must deliver them (not obstacles):".cyan()
        );
        for p in &b.pending {
            let who: Vec<String> = p.actor.iter().map(|a| name(g, a)).collect();
            let mut line = node_line(&p.node);
            if !who.is_empty() {
                line.push_str(&format!(
                    " · to be delivered by {}, agreed",
                    who.join(" and ")
                ));
            }
            hanging(&mut out, "  • ", 4, &line);
        }
    }
    deadlock(&mut out, g, b);
    out
}

/// The knot its preconditions run into, if any: back to the target, or
/// further down, with the parties whose conditions tie it.
fn deadlock(out: &mut String, g: &Graph, b: &Blockers) {
    if let Some(cycle) = &b.deadlock {
        let names: Vec<String> = cycle.iter().map(|id| name(g, id)).collect();
        if cycle.first() == Some(&b.target) {
            let _ = writeln!(
                out,
                "\n{} its preconditions lead back to it: {}\n   (see negograph deadlocks)",
                "Deadlock:".red().bold(),
                names.join(" → ")
            );
        } else {
            let held: Vec<String> = b
                .knots
                .first()
                .map(|k| k.parties.iter().map(|p| name(g, p)).collect())
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "\n{} its preconditions run into a knot no one of them can untie first: {}{}\n   (see negograph deadlocks)",
                "Deadlock:".red().bold(),
                names.join(" → "),
                if held.is_empty() {
                    String::new()
                } else {
                    format!(", conditions set by {}", held.join(", "))
                }
            );
        }
    }
}
