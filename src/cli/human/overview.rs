//! A graph or one node at a glance, as text: the overview (each party's
//! stands, the positions with what they need, disputed claims) and `show`
//! (one node with everything that touches it).

use std::fmt::Write;

use owo_colors::OwoColorize;

use negograph::Graph;
use negograph::model::{NodeKind, Relation, Status};
use negograph::query::Link;
use negograph::query::show::{NodeDetail, Overview};
use negograph::query::stance::Stance;
use negograph::terminal::inert;

use super::pieces::{
    self, dispute, entry_speaker, hanging, id_tag, link, name, node_line, relation, when, wrapped,
};

pub(super) fn overview(g: &Graph, o: &Overview) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", inert(&o.title).bold());
    let _ = writeln!(out, "{}", when(o.as_of, o.as_of_basis).dimmed());
    let _ = writeln!(out, "\n{}", "PARTIES".bold());
    for s in &o.parties {
        let faces = o.faces.iter().find(|f| f.party == s.party.id);
        overview_party(&mut out, g, s, faces.map_or(&[][..], |f| &f.claims[..]));
    }
    let _ = writeln!(out, "\n{}", "DEMANDS, CONDITIONS AND PROPOSALS".bold());
    for p in &o.positions {
        let status = p.node.status.unwrap_or(Status::Open);
        // A measure in force is said so, as the parties above ("applies
        // ... (in force)"), `blockers` and `conflicts` say it, not "open".
        let tag = match status {
            Status::Met => "met".green().to_string(),
            _ if !p.applied_by.is_empty() => "in force".green().to_string(),
            Status::Open => "open".yellow().to_string(),
            other => other.to_string().red().to_string(),
        };
        let kind = match p.node.kind {
            NodeKind::Demand => String::new(),
            other => format!(" ({other})"),
        };
        out.push('\n');
        let text = format!(
            "{} {}{kind}",
            inert(&p.node.label).bold(),
            id_tag(&p.node.id)
        );
        hanging(&mut out, &format!("  {tag:<4} "), 7, &text);
        for l in &p.needs {
            let holder = l.by.as_deref().map(|b| name(g, b)).unwrap_or_default();
            let text = format!(
                "needs {}  {}",
                name(g, &l.to),
                format!("per {holder}").dimmed()
            );
            hanging(&mut out, "       ", 9, &text);
        }
        if !p.applied_by.is_empty() {
            let who: Vec<String> = p.applied_by.iter().map(|a| name(g, a)).collect();
            let text = format!("applied by {} (its actor, for it)", who.join(", "));
            hanging(&mut out, "       ", 9, &text);
        }
        if !p.mediated_by.is_empty() {
            let who: Vec<String> = p.mediated_by.iter().map(|l| name(g, &l.from)).collect();
            hanging(
                &mut out,
                "       ",
                9,
                &format!("mediated by {}", who.join(", ")),
            );
        }
        for t in &p.terms {
            let amount = t
                .quantity
                .as_deref()
                .map(|q| format!(" · {}", inert(q)))
                .unwrap_or_default();
            let text = format!(
                "term: {} {}{amount}",
                inert(&t.node.label),
                id_tag(&t.node.id)
            );
            hanging(&mut out, "       ", 9, &text);
        }
    }
    if !o.disputed.is_empty() {
        let _ = writeln!(out, "\n{}", "DISPUTED CLAIMS".bold());
        for l in &o.disputed {
            out.push('\n');
            hanging(&mut out, "  ", 2, &dispute(g, l));
        }
    }
    let _ = writeln!(
        out,
        "\n{}",
        "Ask: negograph blockers NODE · requires NODE · stance PARTY · show NODE".dimmed()
    );
    out
}

/// One party's lines in the overview: its stands, the conditions it sets,
/// its groups, the pressure it `faces` and the claims it disputes.
fn overview_party(out: &mut String, g: &Graph, s: &Stance, faces: &[Link]) {
    let _ = writeln!(out, "\n  {}", node_line(&s.party));
    if s.positions.is_empty()
        && s.holds.is_empty()
        && s.member_of.is_empty()
        && s.disputes.is_empty()
        && s.applies.is_empty()
    {
        let _ = writeln!(out, "    {}", "no positions recorded".dimmed());
    }
    for p in &s.positions {
        let phrase = if pieces::is_counter_offer(p) {
            "counter-offers"
        } else {
            p.relation.phrase()
        };
        let head = format!("    {:<10} ", phrase.cyan());
        let mut text = inert(&p.target.label).into_owned();
        // Its status, as `stance` and the positions below say it: a stand
        // for an offer withdrawn since is not read as standing.
        let status = pieces::status_tag(&p.target);
        if !status.is_empty() {
            text.push_str(&format!(" {status}"));
        }
        // A member's stand is listed under its party too: say whose; one
        // entry for the party's own and its members' (one party, one entry).
        if let Some(m) = entry_speaker(p.speaker.as_ref(), &p.also) {
            text.push_str(&format!(" (said by its member {})", name(g, m)));
        } else {
            let mut members: Vec<String> = Vec::new();
            for m in p
                .speaker
                .iter()
                .chain(p.also.iter().filter_map(|a| a.speaker.as_ref()))
            {
                let m = name(g, m);
                if !members.contains(&m) {
                    members.push(m);
                }
            }
            if !members.is_empty() {
                let by = members.join(", ");
                text.push_str(&format!(" (and by its member {by})"));
            }
        }
        hanging(out, &head, 15, &text);
    }
    for n in &s.applies {
        let head = format!("    {:<10} ", "applies".cyan());
        hanging(out, &head, 15, &format!("{} (in force)", inert(&n.label)));
    }
    // A claim between two other nodes: "A needs B".
    let between = |h: &negograph::query::stance::Held| {
        format!(
            "{} {} {}",
            inert(&h.from.label),
            relation(h.relation),
            inert(&h.to.label)
        )
    };
    for h in &s.holds {
        let verb = if h.relation == Relation::ConditionsOn {
            "sets"
        } else {
            "holds"
        };
        let head = format!("    {:<10} ", verb.cyan());
        hanging(out, &head, 15, &between(h));
    }
    for m in &s.member_of {
        let head = format!("    {:<10} ", "member of".cyan());
        hanging(out, &head, 15, &inert(&m.target.label));
    }
    for l in faces {
        // What pressure the party faces, as `who P` lists it.
        let head = format!("    {:<10} ", "faces".cyan());
        let kind = match l.relation {
            Relation::Demands => "a demand",
            _ => "a threat",
        };
        let by = l.by.as_deref().unwrap_or(&l.from);
        let text = format!("{kind}: {}, by {}", name(g, &l.to), name(g, by));
        hanging(out, &head, 15, &text);
    }
    for d in &s.disputes {
        let head = format!("    {:<10} ", "disputes".cyan());
        hanging(out, &head, 15, &between(d));
    }
}

pub(super) fn detail(g: &Graph, d: &NodeDetail) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  {}",
        node_line(&d.node),
        d.node.kind.to_string().dimmed()
    );
    if !d.aliases.is_empty() {
        let aliases: Vec<_> = d.aliases.iter().map(|a| inert(a)).collect();
        let _ = writeln!(out, "  also called: {}", aliases.join(", "));
    }
    match (d.since, d.until) {
        (None, None) => {}
        (s, u) => {
            // A month or year in words ("March 2025"), never a made-up day.
            let s = s.map_or_else(|| "…".into(), negograph::model::Date::in_words);
            let u = u.map_or_else(|| "…".into(), negograph::model::Date::in_words);
            let _ = writeln!(out, "  holds from {s} to {u}");
        }
    }
    if let Some(note) = &d.note {
        wrapped(&mut out, 2, &format!("note: {}", inert(note)));
    }
    // A measure in force names its actors as applying it; "to be
    // delivered" would say it is still to come.
    if !d.actors.is_empty() && d.applied_by.is_empty() {
        let who: Vec<String> = d.actors.iter().map(|a| name(g, a)).collect();
        wrapped(
            &mut out,
            2,
            &format!("to be delivered by: {}", who.join(", ")),
        );
    }
    if !d.applied_by.is_empty() {
        let who: Vec<String> = d.applied_by.iter().map(|a| name(g, a)).collect();
        let text = format!(
            "in force, applied by {} (its actor, for it)",
            who.join(", ")
        );
        wrapped(&mut out, 2, &text.green().to_string());
    }
    if !d.in_view {
        let _ = writeln!(
            out,
            "  {}",
            format!(
                "not in the graph {} (its dates exclude it); try --all-time",
                when(d.as_of, d.as_of_basis)
            )
            .yellow()
        );
    }
    let _ = writeln!(out, "  {}", when(d.as_of, d.as_of_basis).dimmed());
    // A party's claims between other nodes: the conditions it sets apart
    // from the other claims recorded by it, each under its name.
    let (sets, other): (Vec<Link>, Vec<Link>) = d
        .holds
        .iter()
        .cloned()
        .partition(|l| l.relation == Relation::ConditionsOn);
    for (title, list) in [
        ("incoming", &d.incoming),
        ("outgoing", &d.outgoing),
        ("conditions it sets", &sets),
        ("other claims it holds", &other),
        ("claims it disputes", &d.disputes),
        (pieces::NAMED_IN, &d.named_in),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}:", title.cyan());
        for l in list {
            link(&mut out, g, l, 2, "• ");
        }
    }
    if d.incoming.is_empty() && d.outgoing.is_empty() && d.holds.is_empty() && d.named_in.is_empty()
    {
        let _ = writeln!(
            out,
            "\nNothing touches it {}.",
            when(d.as_of, d.as_of_basis)
        );
    }
    out
}
