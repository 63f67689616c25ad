//! "What blocks X?" as text: every obstacle with its kind, who holds the
//! claim behind it and who must move, the chain of quoted claims to it, then
//! the pending steps and any knot.

use std::fmt::Write;

use owo_colors::OwoColorize;

use negograph::Graph;
use negograph::query::blockers::{Blockers, obstacle_words};
use negograph::query::settled::{Asked, lists_after, status_words};
use negograph::terminal::inert;

use super::pieces::{chain, hanging, id_tag, link, name, node_line, when, wrapped};

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
    let label = inert(&b.target_label).to_string();
    if let Some(words) = status_words(b.status(), &label, Asked::Blockers) {
        wrapped(&mut out, 0, &format!("\n{words}"));
    }
    postponed(&mut out, b, &label);
    // Met or cancelled, the words above are the answer: nothing is listed.
    let lists = lists_after(b.status(), Asked::Blockers);
    if lists {
        applied(&mut out, g, b);
    }
    if lists && b.clear {
        let _ = writeln!(out, "\nNothing blocks {}.", inert(&b.target_label));
    } else if lists && !b.blockers.is_empty() {
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
        let why = inert(&obstacle_words(g, bl, &b.target_label)).into_owned();
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
        // The same party's other claims making the same obstacle.
        for a in &bl.also {
            let _ = writeln!(out, "    {}", "and:".dimmed());
            link(&mut out, g, &a.link, 4, "└─ ");
        }
        // Its own stand for what it refuses, which the refusal outweighs:
        // said, so a recorded acceptance is not passed over.
        let outweighed = if bl.relation.is_some() {
            "not counted while this stands (a party both for and against it has not agreed):"
        } else {
            "not counted as agreeing: the same party also refuses it (a party both for and against it has not agreed):"
        };
        for l in &bl.outweighs {
            let _ = writeln!(out, "    {}", outweighed.dimmed());
            link(&mut out, g, l, 4, "└─ ");
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
            // Agreed only on conditions of its own: say which, or "agreed"
            // reads as unconditional (inside a deadlock, it is not).
            if !who.is_empty() {
                line.push_str(&format!(
                    " · to be delivered by {}, {}",
                    who.join(" and "),
                    super::pieces::agreed_words(g, &p.on_conditions)
                ));
            }
            hanging(&mut out, "  • ", 4, &line);
        }
    }
    if lists {
        super::pieces::waiting(&mut out, g, &b.waits_on);
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

/// A measure in force: its actor is for it, as `conflicts` says
/// (`standing::applied_by`).
fn applied(out: &mut String, g: &Graph, b: &Blockers) {
    if b.applied_by.is_empty() {
        return;
    }
    let who: Vec<String> = b.applied_by.iter().map(|a| name(g, a)).collect();
    let label = inert(&b.target_label);
    let who = who.join(", ");
    // A measure paused stands where it stood: its actor is still for it.
    let text = if b.postponed {
        format!(
            "\n{label} was in force and is paused; {who} (its actor) is still for it; what stands against it:"
        )
    } else {
        format!(
            "\n{label} is in force, applied by {who} (its actor, for it); what stands against it:"
        )
    };
    wrapped(out, 0, &text);
}

/// A postponed position is pending, as an open one is, and its obstacles
/// are listed as for one; but the answer says first that it was put off,
/// and to when, as every other answer heading it does.
fn postponed(out: &mut String, b: &Blockers, label: &str) {
    if !b.postponed {
        return;
    }
    let when = match b.scheduled {
        Some(day) => format!("scheduled for {day}"),
        None => "no new day given".to_owned(),
    };
    wrapped(
        out,
        0,
        &format!("\n{label} is postponed ({when}): still pending, as an open position is."),
    );
}
