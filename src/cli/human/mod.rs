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
use negograph::model::{Relation, Status};
use negograph::query::Answer;
use negograph::query::path::Paths;
use negograph::query::requires::Requires;
use negograph::query::stance::Stance;
use negograph::terminal::inert;

mod analyses;
mod blockers;
mod conflicts;
mod history;
mod overview;
mod packages;
mod pieces;
mod stands;

use pieces::{
    MAX_INDENT_STEPS, chain, dates, entry_claims, entry_speaker, evidence, hanging, id_tag, name,
    node_line, quoted, relation, step_indent, when, wrapped,
};

/// The human form of any answer.
pub fn answer(g: &Graph, answer: &Answer) -> String {
    match answer {
        Answer::Overview(o) => overview::overview(g, o),
        Answer::Detail(d) => overview::detail(g, d),
        Answer::Blockers(b) => blockers::blockers(g, b),
        Answer::Requires(r) => requires(g, r),
        Answer::Stance(s) => stance(g, s),
        Answer::Who(w) => stands::who(g, w),
        Answer::Responses(r) => stands::responses(g, r),
        Answer::Paths(p) => paths(g, p),
        Answer::Deadlocks(d) => conflicts::deadlocks(g, d),
        Answer::Conflicts(c) => conflicts::conflicts(g, c),
        Answer::Compare(c) => packages::compare(g, c),
        Answer::Issues(i) => packages::issues(g, i),
        Answer::Unblock(u) => analyses::unblock(g, u),
        Answer::Effects(e) => analyses::effects(g, e),
        Answer::Changes(c) if c.from.is_none() => history::timeline(g, c),
        Answer::Changes(c) => history::changes(g, c),
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
    // A counter-offer is listed under its own head after the counters: the
    // party is for its offer (`standing::claim_sides`), not countering it.
    let groups = Relation::ALL
        .iter()
        .map(|&r| (r, false))
        .chain([(Relation::Counters, true)]);
    for (relation_kind, offered) in groups {
        let these: Vec<_> = s
            .positions
            .iter()
            .filter(|p| p.relation == relation_kind && pieces::is_counter_offer(p) == offered)
            .collect();
        if these.is_empty() {
            continue;
        }
        let head = if offered {
            pieces::COUNTER_OFFER
        } else {
            relation_kind.phrase()
        };
        let _ = writeln!(out, "\n{}:", head.cyan());
        for p in these {
            let mut line = node_line(&p.target);
            if offered {
                line.push_str(&format!(", in answer to {}", name(g, &p.link.to)));
            }
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
