//! The answers to "what would it take?" (`unblock`) and "what follows?"
//! (`effects`), as text; "what changed?" is in [`super::history`].

use std::fmt::Write;

use owo_colors::OwoColorize;

use negograph::Graph;
use negograph::model::{Relation, Status};
use negograph::query::Link;
use negograph::query::effects::{Dependent, Effects};
use negograph::query::settled::{Asked, lists_after, status_words};
use negograph::query::unblock::{CutOff, Move, MoveKind, Unblock, UnblockOption};
use negograph::terminal::inert;

use super::pieces::{
    citations, dates, entry_claims, evidence, hanging, id_tag, link, name, node_line, relation,
    when, wrapped,
};

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What a move is, in words: "Russia drops its condition: 30-day ceasefire
/// only if The West pauses its military support".
fn move_words(g: &Graph, c: &Move) -> String {
    let (from, to) = (name(g, &c.from), name(g, &c.to));
    let Some(party) = c.party.as_deref().map(|p| name(g, p)) else {
        return format!(
            "Whoever must deliver {to} (the graph names no actor): agree to deliver it"
        );
    };
    match c.kind {
        MoveKind::DropCondition => format!("{party}: drop the condition {from} only if {to}"),
        MoveKind::Deliver => format!("{party}: agree to deliver {to}"),
        MoveKind::Accept => {
            let refusal = match c.links.first() {
                Some(l) if l.relation == Relation::Counters => {
                    // An offer no longer on the table is named, with what
                    // became of it: the move withdraws no current offer.
                    match negograph::query::with_words(g, l).filter(|_| l.with_gone.is_some()) {
                        Some(w) => format!("its counter-offer ({})", inert(&w)),
                        None => "its counter-offer".to_owned(),
                    }
                }
                // Silence is ended, not withdrawn.
                Some(l) if l.relation == Relation::Ignores => {
                    return format!("{party}: accept {to}, ending its silence on it");
                }
                _ => "its rejection".to_owned(),
            };
            format!("{party}: accept {to}, withdrawing {refusal}")
        }
        MoveKind::GiveUp => format!("{party}: give up {to}"),
        MoveKind::LiftBlock if c.party.as_deref() == Some(c.from.as_str()) => {
            format!("{party}: lift its block on {to}")
        }
        MoveKind::LiftBlock => format!("{party}: lift the block ({from} blocks {to})"),
    }
}

fn option(out: &mut String, g: &Graph, number: usize, o: &UnblockOption) {
    let bullet = format!("{number:>2}. ");
    for (i, c) in o.moves.iter().enumerate() {
        let lead = if i == 0 {
            bullet.clone()
        } else {
            " ".repeat(bullet.len())
        };
        super::hanging(
            out,
            &lead,
            bullet.len(),
            &move_words(g, c).bold().to_string(),
        );
        for (l, why) in c
            .links
            .iter()
            .map(|l| (l, false))
            .chain(c.evidence.iter().map(|l| (l, true)))
        {
            // A claim that calls for the move without being given up by it
            // (a term the party would deliver, a condition that needs the
            // delivery) is said before its quotes, so they are not read as
            // the party's own words against the position.
            if why {
                wrapped(
                    out,
                    6,
                    &format!("the claim: {}", claim(g, l)).dimmed().to_string(),
                );
            }
            let dates = dates(l);
            if !dates.is_empty() {
                wrapped(out, 6, &dates.dimmed().to_string());
            }
            citations(out, l, 6);
        }
    }
    plan(out, g, o, 4);
}

/// "then deliver, in order": each step with the parties who must act.
fn plan(out: &mut String, g: &Graph, o: &UnblockOption, indent: usize) {
    let pad = " ".repeat(indent);
    // A measure in force needs no delivering (`applied_by`).
    if o.then.is_empty() {
        return;
    }
    let _ = writeln!(out, "{pad}{}", "then deliver, in order:".cyan());
    for (i, step) in o.then.iter().enumerate() {
        let first = format!("{pad}  {}. ", i + 1);
        let mut line = node_line(&step.node);
        if !step.actors.is_empty() {
            let who: Vec<String> = step.actors.iter().map(|a| name(g, a)).collect();
            // A withdrawn position is agreed by no one: say why not.
            let agreed = match (step.agreed, step.node.status) {
                (true, _) => format!(", {}", super::pieces::agreed_words(g, &step.on_conditions)),
                (false, Some(Status::Withdrawn)) => ", not agreed: it is withdrawn".to_owned(),
                (false, _) => String::new(),
            };
            line.push_str(&format!(" · {} must act{agreed}", who.join(", ")));
        }
        super::hanging(out, &first, first.len(), &line);
    }
}

pub fn unblock(g: &Graph, u: &Unblock) -> String {
    let mut out = String::new();
    wrapped(
        &mut out,
        0,
        &format!(
            "What would it take to unblock {} {}? ({})",
            inert(&u.target_label).bold(),
            id_tag(&u.target),
            when(u.as_of, u.as_of_basis)
        ),
    );
    if !u.assumed.is_empty() {
        let assumed: Vec<_> = u.assumed.iter().map(|id| inert(id)).collect();
        let _ = writeln!(out, "assuming met: {}", assumed.join(", "));
    }
    let label = inert(&u.target_label).to_string();
    if let Some(words) = status_words(u.status, &label, Asked::Unblock) {
        wrapped(&mut out, 0, &format!("\n{words}"));
    }
    if !lists_after(u.status, Asked::Unblock) {
        return out;
    }
    if !u.applied_by.is_empty() {
        let who: Vec<String> = u.applied_by.iter().map(|a| name(g, a)).collect();
        wrapped(
            &mut out,
            0,
            &format!(
                "\n{label} is in force, applied by {} (its actor, for it): nothing is left to deliver; what it would take is for those against it to come round.",
                who.join(", ")
            ),
        );
    }
    if !u.fixed.is_empty() {
        let _ = writeln!(
            out,
            "\nNo move can unblock it: what stands in its way is held by no party, or is two\nthings it needs that cannot both hold."
        );
        for l in &u.fixed {
            link(&mut out, g, l, 2, "• ");
        }
        return out;
    }
    if u.reachable_now {
        reachable_now(&mut out, g, u);
        return out;
    }
    let stopped = matches!(u.cut_off, Some(CutOff::Budget));
    if u.options.is_empty() && stopped {
        // Not "no option unblocks it": the search did not get to rule them out.
        let _ = writeln!(
            out,
            "\nNo option found: the search stopped at its work limit before it could rule out options of up to {}; some may exist.",
            plural(u.size, "concession", "concessions")
        );
    } else if u.options.is_empty() {
        let _ = writeln!(
            out,
            "\nNo option of up to {} unblocks it.",
            plural(u.size, "move", "moves")
        );
    } else {
        let _ = writeln!(
            out,
            "\n{} (smallest first; each move is needed):",
            plural(u.options.len(), "option", "options")
        );
    }
    for (i, o) in u.options.iter().enumerate() {
        let _ = writeln!(out);
        option(&mut out, g, i + 1, o);
    }
    match u.cut_off {
        Some(CutOff::Max) => {
            let _ = writeln!(
                out,
                "\nMore options exist; --max {} lists more.",
                u.max.saturating_mul(2).max(1)
            );
        }
        // --size goes up to MAX_SIZE: past it, no hint to a refused value.
        Some(CutOff::Size) if u.size < negograph::query::unblock::MAX_SIZE => {
            let _ = writeln!(
                out,
                "\nOptions of more than {} may exist; --size {} looks further.",
                plural(u.size, "move", "moves"),
                u.size + 1
            );
        }
        Some(CutOff::Size) => {
            let _ = writeln!(
                out,
                "\nOptions of more than {} may exist (the most --size looks at).",
                plural(u.size, "move", "moves")
            );
        }
        Some(CutOff::Budget) if !u.options.is_empty() => {
            let _ = writeln!(
                out,
                "\nThe search stopped at its work limit: the options listed are minimal, but others, smaller ones too, may exist."
            );
        }
        Some(CutOff::Budget) | None => {}
    }
    movers(&mut out, g, u);
    out
}

fn dependent(out: &mut String, g: &Graph, d: &Dependent) {
    let _ = writeln!(out, "  • {}", node_line(&d.node));
    for l in &d.chain {
        let per =
            l.by.as_deref()
                .map(|b| format!(", per {}", name(g, b)))
                .unwrap_or_default();
        // A package needs its term as a position needs its precondition
        // (the one rule of a step down); the words say which.
        let how = if l.relation == Relation::PartOf {
            "needs it as one of its terms"
        } else {
            "needs it"
        };
        wrapped(out, 4, &format!("{how}{per}"));
        evidence(out, g, l, 6);
    }
    if !d.remaining.is_empty() {
        wrapped(out, 4, "still in its way:");
        for o in &d.obstacles {
            // What kind of obstacle, who holds it: as `blockers` says it.
            let words = inert(&negograph::query::blockers::obstacle_words(
                g,
                o,
                &d.node.label,
            ))
            .into_owned();
            super::hanging(
                out,
                "      - ",
                8,
                &format!("{} · {words}", super::pieces::name(g, &o.id)),
            );
            link(out, g, &o.link, 8, "");
        }
        if d.obstacles.is_empty() {
            for l in &d.remaining {
                link(out, g, l, 6, "- ");
            }
        }
    } else if !d.actors.is_empty() {
        let who: Vec<String> = d.actors.iter().map(|a| name(g, a)).collect();
        wrapped(out, 4, &format!("then {} must act", who.join(", ")));
    }
}

pub fn effects(g: &Graph, e: &Effects) -> String {
    let mut out = String::new();
    wrapped(
        &mut out,
        0,
        &format!(
            "What follows if {} happens? ({})",
            node_line(&e.target),
            when(e.as_of, e.as_of_basis)
        ),
    );
    if !e.assumed.is_empty() {
        let assumed: Vec<_> = e.assumed.iter().map(|id| inert(id)).collect();
        let _ = writeln!(out, "assuming met: {}", assumed.join(", "));
    }
    let status = e.target.status.unwrap_or(Status::Open);
    if let Some(words) = status_words(status, &inert(&e.target.label), Asked::Effects) {
        wrapped(&mut out, 0, &words);
    }
    if e.triggered.is_empty() {
        let _ = writeln!(out, "\nIt sets off no threat.");
    } else {
        let _ = writeln!(
            out,
            "\nIt sets off {}:",
            plural(e.triggered.len(), "threat", "threats")
        );
    }
    for (i, t) in e.triggered.iter().enumerate() {
        // The target and the trigger follow, with the evidence.
        let said = format!(
            "{} threatens {}",
            inert(&t.threatener.label).bold(),
            node_line(&t.threat)
        );
        hanging(&mut out, &format!("{:>2}. ", i + 1), 4, &said);
        evidence(&mut out, g, &t.link, 4);
    }
    if e.unlocked.is_empty() && e.still_blocked.is_empty() {
        let _ = writeln!(out, "\nIt unlocks nothing: no position needs it.");
    } else if e.unlocked.is_empty() {
        let _ = writeln!(
            out,
            "\nIt unlocks nothing: what needs it waits for more as well."
        );
    } else {
        let _ = writeln!(
            out,
            "\nIt unlocks {} (nothing else stands in the way):",
            plural(e.unlocked.len(), "position", "positions")
        );
    }
    for d in &e.unlocked {
        dependent(&mut out, g, d);
    }
    if !e.still_blocked.is_empty() {
        let _ = writeln!(
            out,
            "\n{} that {} still {} for more:",
            plural(e.still_blocked.len(), "position", "positions"),
            if e.still_blocked.len() == 1 {
                "needs it"
            } else {
                "need it"
            },
            if e.still_blocked.len() == 1 {
                "waits"
            } else {
                "wait"
            }
        );
    }
    for d in &e.still_blocked {
        dependent(&mut out, g, d);
    }
    // The knots it is part of: met, it releases the whole knot, which the
    // positions needing it directly do not say.
    for k in &e.unties {
        let cycle: Vec<String> = k.cycle.iter().map(|id| name(g, id)).collect();
        wrapped(
            &mut out,
            0,
            &format!(
                "\nIt unties the knot {} (a deadlock of {}; see `deadlocks`).",
                cycle.join(" → "),
                plural(k.nodes.len(), "position", "positions")
            ),
        );
    }
    if !e.responses.is_empty() {
        let _ = writeln!(out, "\n{}", "How parties answered it:".cyan());
        // What a counter offers instead is said with the claim's other
        // facts, below it, as `responses` says it.
        for r in &e.responses {
            let _ = writeln!(
                out,
                "  • {}{} {}",
                node_line(&r.party),
                super::stands::spoken_by(g, r),
                r.relation.phrase()
            );
            let (party, speaker) = (&r.party.label, r.speaker.as_ref());
            entry_claims(&mut out, g, party, speaker, &r.link, &r.also, 4, false);
        }
    }
    out
}

/// "A demands D2", with the holder of a precondition.
pub(super) fn claim(g: &Graph, l: &Link) -> String {
    let mut said = format!(
        "{} {} {}",
        name(g, &l.from),
        relation(l.relation),
        name(g, &l.to)
    );
    if l.relation == Relation::ConditionsOn
        && let Some(by) = &l.by
    {
        said.push_str(&format!(", per {}", name(g, by)));
    }
    said
}

/// "Who has to move first": the parties in the options, and the options
/// each can open alone.
fn movers(out: &mut String, g: &Graph, u: &Unblock) {
    if !u.movers.is_empty() {
        let _ = writeln!(out, "\n{}", "Who has to move first:".cyan());
        for m in &u.movers {
            let numbers = |list: &[usize]| {
                list.iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let options = |list: &[usize]| {
                format!(
                    "{} {}",
                    if list.len() == 1 { "option" } else { "options" },
                    numbers(list)
                )
            };
            let party = name(g, &m.party);
            let line = if m.alone.is_empty() {
                format!("{party} is in {}, none alone", options(&m.options))
            } else if m.alone.len() == m.options.len() {
                format!("{party} can open {} alone", options(&m.alone))
            } else {
                format!(
                    "{party} can open {} alone, and is in {}",
                    options(&m.alone),
                    options(&m.options)
                )
            };
            let _ = writeln!(out, "  {line}");
        }
    }
}

/// "Nothing has to be given up", and why: nothing stands in its way, and
/// the actors of what it needs have agreed (said only when it needs
/// something with an actor); then what it waits on, which no party's move
/// clears (a threat's trigger, an addressee's answer), and the plan.
fn reachable_now(out: &mut String, g: &Graph, u: &Unblock) {
    let steps = &u.options[0];
    let why = if u.agreed_now() {
        "nothing stands in its way, and whoever must deliver what it needs has agreed to."
    } else {
        "nothing stands in its way."
    };
    super::pieces::wrapped(out, 0, &format!("\nNothing has to be given up: {why}"));
    super::pieces::waiting(out, g, &u.waits_on);
    plan(out, g, steps, 0);
}

#[cfg(test)]
mod tests {
    use negograph::query::unblock::{UnblockOptions, unblock as search};
    use negograph::view::{View, ViewSpec};

    /// Issue 31, case 14: with no option found because the search ran out of
    /// work, the text said "No option of up to 8 concessions unblocks it" and
    /// then "the search stopped at its work limit".
    #[test]
    fn a_search_cut_short_does_not_say_nothing_unblocks_it() {
        let doc = serde_json::json!({"negograph": 1, "title": "t", "sources": [{"id": "s", "title": "S"}],
            "nodes": [{"id": "p", "kind": "party", "label": "P"}, {"id": "x", "kind": "demand", "label": "X"}],
            "edges": [{"from": "p", "relation": "rejects", "to": "x", "source": "s", "quote": "no"}]});
        let parsed = negograph::load::parse_document("t", &doc.to_string()).unwrap();
        let g = negograph::Graph::from_document("t", parsed).unwrap();
        let view = View::new(&g, &ViewSpec::all_time()).unwrap();
        let x = g.node_indices().find(|&n| g.id(n) == "x").unwrap();
        let u = search(
            &view,
            x,
            UnblockOptions {
                budget: 0,
                ..UnblockOptions::default()
            },
        );
        assert!(u.options.is_empty(), "a budget of nothing finds nothing");
        assert!(matches!(
            u.cut_off,
            Some(negograph::query::unblock::CutOff::Budget)
        ));
        let text = super::unblock(&g, &u);
        assert!(!text.contains("unblocks it."), "{text}");
        assert!(text.contains("work limit"), "{text}");
    }
}
