//! Answers as text for people: fits an 80-column terminal, chains drawn as
//! indented steps with holder, dates and the quote behind each link.
//!
//! Every text taken from the graph (labels, ids, quotes, notes, titles,
//! speakers) goes through [`inert`] before it is laid out or coloured: only
//! the layout here puts line breaks and escape codes on the terminal. The
//! pieces every answer is made of (nodes, links as evidence, wrapping) are in
//! [`pieces`].

use std::fmt::Write;

use owo_colors::OwoColorize;

use negograph::Graph;
use negograph::model::{NodeKind, Relation, Status};
use negograph::query::deadlocks::{Conflict, Deadlocks, Knot};
use negograph::query::path::Paths;
use negograph::query::requires::Requires;
use negograph::query::show::{NodeDetail, Overview};
use negograph::query::stance::Stance;
use negograph::query::{Answer, Conflicts};
use negograph::terminal::inert;

mod analyses;
mod blockers;
mod packages;
mod pieces;
mod stands;

use negograph::query::Link;
use pieces::{
    MAX_INDENT_STEPS, chain, dates, dispute, entry_claims, entry_speaker, evidence, hanging,
    id_tag, link, name, node_line, quoted, relation, step_indent, when, wrapped,
};

/// The human form of any answer.
pub fn answer(g: &Graph, answer: &Answer) -> String {
    match answer {
        Answer::Overview(o) => overview(g, o),
        Answer::Detail(d) => detail(g, d),
        Answer::Blockers(b) => blockers::blockers(g, b),
        Answer::Requires(r) => requires(g, r),
        Answer::Stance(s) => stance(g, s),
        Answer::Who(w) => stands::who(g, w),
        Answer::Responses(r) => stands::responses(g, r),
        Answer::Paths(p) => paths(g, p),
        Answer::Deadlocks(d) => deadlocks(g, d),
        Answer::Conflicts(c) => conflicts(g, c),
        Answer::Compare(c) => packages::compare(g, c),
        Answer::Issues(i) => packages::issues(g, i),
        Answer::Unblock(u) => analyses::unblock(g, u),
        Answer::Effects(e) => analyses::effects(g, e),
        Answer::Changes(c) if c.from.is_none() => analyses::timeline(g, c),
        Answer::Changes(c) => analyses::changes(g, c),
    }
}

pub fn requires(g: &Graph, r: &Requires) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "What {} {} requires ({})",
        inert(&r.target_label).bold(),
        id_tag(&r.target),
        when(r.as_of, r.as_of_basis)
    );
    if r.preconditions.is_empty() {
        let _ = writeln!(out);
        wrapped(&mut out, 0, &pieces::no_preconditions(r));
        pieces::waiting(&mut out, g, &r.waits_on);
        return out;
    }
    let _ = writeln!(out);
    for step in &r.preconditions {
        let pad = step_indent(2, step.depth - 1);
        let deep = if step.depth > MAX_INDENT_STEPS {
            format!("[{}] ", step.depth)
        } else {
            String::new()
        };
        let status = match step.node.status {
            Some(Status::Met) => "met".green().to_string(),
            Some(s) => s.to_string().yellow().to_string(),
            None => String::new(),
        };
        let holder = step
            .link
            .by
            .as_deref()
            .map(|b| name(g, b))
            .unwrap_or_default();
        let again = if step.repeat { "  (see above)" } else { "" };
        // Who must deliver it, and whether they agreed (while it is unmet).
        let actor = match (step.actor.is_empty(), step.node.status) {
            (true, _) | (false, Some(Status::Met | Status::Withdrawn)) => String::new(),
            (false, _) => {
                let who: Vec<String> = step.actor.iter().map(|a| name(g, a)).collect();
                let agreed = if step.agreed {
                    pieces::agreed_words(g, &step.on_conditions)
                } else {
                    "not agreed".to_owned()
                };
                format!(
                    "  {}",
                    format!("to be delivered by {}, {agreed}", who.join(" and ")).dimmed()
                )
            }
        };
        // A condition placed on a term of the package, not on the package.
        let via = step
            .on_term
            .as_deref()
            .map(|t| format!("its term {} ", name(g, t)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{}└─ {deep}{via}needs {} {}  {status}  {}{actor}{again}",
            " ".repeat(pad),
            inert(&step.node.label).bold(),
            id_tag(&step.node.id),
            format!("per {holder}").dimmed()
        );
        if let Some(q) = &step.link.quote {
            wrapped(&mut out, pad + 5, &quoted(q));
        }
        let d = dates(&step.link);
        if !d.is_empty() {
            wrapped(&mut out, pad + 5, &d.dimmed().to_string());
        }
    }
    out
}

pub fn stance(g: &Graph, s: &Stance) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Position of {} ({})",
        node_line(&s.party),
        when(s.as_of, s.as_of_basis)
    );
    if s.positions.is_empty()
        && s.holds.is_empty()
        && s.member_of.is_empty()
        && s.members.is_empty()
        && s.disputes.is_empty()
        && s.applies.is_empty()
    {
        let _ = writeln!(out, "\nNo positions recorded.");
        pressure_pointer(&mut out, s);
        return out;
    }
    for relation_kind in Relation::ALL {
        let these: Vec<_> = s
            .positions
            .iter()
            .filter(|p| p.relation == *relation_kind)
            .collect();
        if these.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}:", relation_kind.phrase().cyan());
        for p in these {
            let mut line = node_line(&p.target);
            if let Some(m) = entry_speaker(p.speaker.as_ref(), &p.also) {
                line.push_str(&format!(
                    " (said by {}, for {})",
                    name(g, m),
                    inert(&s.party.label)
                ));
            }
            hanging(&mut out, "  • ", 4, &line);
            let party = &s.party.label;
            entry_claims(
                &mut out,
                g,
                party,
                p.speaker.as_ref(),
                &p.link,
                &p.also,
                4,
                false,
            );
        }
    }
    // A measure in force it applies is its own without a claim (as `who
    // --side for` and `conflicts` say).
    if !s.applies.is_empty() {
        let _ = writeln!(out, "\n{}:", "applies (in force, as its actor)".cyan());
        for n in &s.applies {
            hanging(&mut out, "  • ", 4, &node_line(n));
        }
    }
    // The conditions it sets, then the other claims recorded by it (two
    // positions it says cannot both hold, a block, a term): each under its name.
    for (title, conditions) in [
        ("conditions it sets", true),
        ("other claims it holds", false),
    ] {
        let these: Vec<_> = s
            .holds
            .iter()
            .filter(|h| (h.relation == Relation::ConditionsOn) == conditions)
            .collect();
        if these.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}:", title.cyan());
        for h in these {
            let _ = writeln!(
                out,
                "  • {} {} {}",
                inert(&h.from.label).bold(),
                relation(h.relation),
                inert(&h.to.label).bold()
            );
            evidence(&mut out, g, &h.link, 4);
        }
    }
    for (title, list) in [("member of", &s.member_of), ("members", &s.members)] {
        if !list.is_empty() {
            let _ = writeln!(out, "\n{}:", title.cyan());
            for p in list {
                let _ = writeln!(out, "  • {}", node_line(&p.target));
                evidence(&mut out, g, &p.link, 4);
            }
        }
    }
    if !s.disputes.is_empty() {
        let _ = writeln!(out, "\n{}:", "claims it disputes".cyan());
        for h in &s.disputes {
            let text = format!(
                "{} {} {}",
                inert(&h.from.label).bold(),
                relation(h.relation),
                inert(&h.to.label).bold()
            );
            hanging(&mut out, "  • ", 4, &text);
            evidence(&mut out, g, &h.link, 4);
        }
    }
    pressure_pointer(&mut out, s);
    out
}

/// Where the pressure on a party is said: what others ask of it or
/// threaten it with is not its stand, so `stance` only points to `who`.
fn pressure_pointer(out: &mut String, s: &Stance) {
    let mut said = Vec::new();
    if s.pressed > 0 {
        said.push(format!(
            "threats against {} and demands addressed to it: {}",
            inert(&s.party.label),
            s.pressed
        ));
    }
    if s.to_deliver > 0 {
        said.push(format!(
            "positions it is asked to deliver: {}",
            s.to_deliver
        ));
    }
    if said.is_empty() {
        return;
    }
    let mut line = said.join("; ");
    line[..1].make_ascii_uppercase();
    let line = format!("\n{line}, listed by `who {}`.", s.party.id);
    wrapped(out, 0, &line.dimmed().to_string());
}

pub fn paths(g: &Graph, p: &Paths) -> String {
    let mut out = String::new();
    let title = format!(
        "{} {} to {} ({}{})",
        if p.directed {
            "Path from"
        } else {
            "Connection from"
        },
        name(g, &p.from).bold(),
        name(g, &p.to).bold(),
        when(p.as_of, p.as_of_basis),
        if p.directed { "" } else { ", either direction" }
    );
    hanging(&mut out, "", 2, &title);
    if p.paths.is_empty() {
        let _ = writeln!(
            out,
            "\nNo {}path from {} to {}.{}",
            if p.directed { "directed " } else { "" },
            name(g, &p.from),
            name(g, &p.to),
            match (p.directed, p.dates_hide_some) {
                (true, true) => " Try --undirected or --all-time.",
                (true, false) => " Try --undirected.",
                (false, true) => " Try --all-time.",
                (false, false) => "",
            }
        );
        // "No path" is not "unrelated": say what a step is, and where the
        // links that are no steps are listed.
        wrapped(
            &mut out,
            0,
            &format!(
                "A path steps along claims, from one end of a claim to the other; the target, trigger or addressee of a threat or demand and the offer of a counter are not steps: `show {}` lists them.",
                p.from
            ),
        );
        return out;
    }
    for (i, path) in p.paths.iter().enumerate() {
        let names: Vec<String> = path.nodes.iter().map(|id| name(g, id)).collect();
        let steps = path.edges.len();
        let plural = if steps == 1 { "" } else { "s" };
        out.push('\n');
        // Each step's arrow points the way its edge does: ← for a step walked against it.
        let mut walk = names[0].clone();
        for (k, link) in path.edges.iter().enumerate() {
            walk.push_str(if link.from == path.nodes[k] {
                " → "
            } else {
                " ← "
            });
            walk.push_str(&names[k + 1]);
        }
        let title = format!("{walk} ({steps} step{plural})");
        hanging(&mut out, &format!("{:>2}. ", i + 1), 4, &title);
        chain(&mut out, g, &path.edges, 4);
    }
    if p.more > 0 {
        let _ = writeln!(
            out,
            "\n({}{} more, raise --limit to list them)",
            if p.more_is_lower_bound {
                "at least "
            } else {
                ""
            },
            p.more
        );
    }
    out
}

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
        }
        for s in stands {
            hanging(out, "    • ", 6, &stand_words(g, s));
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
/// "Iran holds Iran keeps enrichment, which cannot hold together with it".
fn stand_words(g: &Graph, s: &negograph::query::deadlocks::Stand) -> String {
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
        None => format!("{party} {} it", s.relation.phrase()),
    }
}

pub fn deadlocks(g: &Graph, d: &Deadlocks) -> String {
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

pub fn conflicts(g: &Graph, c: &Conflicts) -> String {
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

pub fn overview(g: &Graph, o: &Overview) -> String {
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
        let tag = match status {
            Status::Met => "met".green().to_string(),
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
        let head = format!("    {:<10} ", p.relation.phrase().cyan());
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

pub fn detail(g: &Graph, d: &NodeDetail) -> String {
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
