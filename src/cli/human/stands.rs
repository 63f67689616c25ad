//! Who stands where, as text: `who X` (the stands on a position, the
//! positions that need it; the pressure on a party) and `responses X` (who
//! put it forward, who supports it, how each party answered).

use std::fmt::Write;

use owo_colors::OwoColorize;

use negograph::Graph;
use negograph::model::{NodeKind, Relation};
use negograph::query::package::Offerer;
use negograph::query::responses::{Response, Responses};
use negograph::query::waiting::WaitsOn;
use negograph::query::who::{Deliverable, Need, Side, Who};
use negograph::query::{Also, Link};
use negograph::terminal::inert;

use super::pieces::{
    dispute, entry_claims, entry_speaker, evidence, hanging, link, name, node_line, when, wrapped,
};

pub(super) fn who(g: &Graph, w: &Who) -> String {
    let mut out = String::new();
    let question = question(w);
    let _ = writeln!(
        out,
        "{question} {} ({})",
        node_line(&w.target),
        when(w.as_of, w.as_of_basis)
    );
    // A package no party proposes is put forward by whoever offers its
    // terms, as `blockers` and `compare` say: no "no party takes a
    // position on it" then.
    let offered = offered_only(g, &w.offered_by);
    applied(&mut out, w);
    if !w.as_term_of.is_empty() {
        let _ = writeln!(out, "\n{}:", "for it as a term of a package".cyan());
        super::pieces::as_term_of(&mut out, g, &w.as_term_of, 2);
    }
    if w.groups.is_empty()
        && offered.is_empty()
        && w.applied_by.is_empty()
        && w.as_term_of.is_empty()
    {
        let what = match (w.target.kind, w.side, w.relation) {
            (_, Some(Side::For), _) => "is for".to_owned(),
            (_, Some(Side::Against), _) => "is against".to_owned(),
            (_, None, Some(r)) => r.as_str().to_owned(),
            (_, None, None) if !w.needed_by.is_empty() => "takes a stand for or against".to_owned(),
            (_, None, None) => "takes a position on".to_owned(),
        };
        if w.target.kind == NodeKind::Party {
            // `who P` is the pressure on P; what P holds itself is its stance.
            let label = inert(&w.target.label);
            // Said of what was asked (`--relation`): no sentence denies
            // the demands a filter left out.
            let none = match (w.relation, w.to_deliver.is_empty()) {
                (Some(Relation::Threatens), _) => format!("No party threatens {label}."),
                (Some(_), true) => format!("No party makes demands of {label}."),
                (Some(_), false) => format!("No party addresses a demand to {label}."),
                (None, true) => format!("No party threatens or makes demands of {label}."),
                (None, false) => {
                    format!("No party threatens {label} or addresses a demand to it.")
                }
            };
            wrapped(
                &mut out,
                0,
                &format!("\n{none} What {label} holds: `stance {}`.", w.target.id),
            );
        } else if !w.no_longer_held.is_empty() || is_withdrawn(w) {
            // Withdrawn or replaced: its stands no longer hold, as
            // `blockers` and `conflicts` say.
            wrapped(
                &mut out,
                0,
                &format!(
                    "\nNo party {what} it now: it is withdrawn (or replaced by a newer \
                     position): its stands no longer hold."
                ),
            );
        } else {
            let why = no_side_words(g, &w.waits_on);
            wrapped(&mut out, 0, &format!("\nNo party {what} it{why}."));
        }
    }
    super::pieces::waiting_under(&mut out, g, &w.waits_on, "What it waits on:");
    if !offered.is_empty() {
        let _ = writeln!(out, "\n{}:", "put forward by".cyan());
    }
    for line in &offered {
        hanging(&mut out, "  • ", 4, line);
    }
    for group in &w.groups {
        let header = match group.relation {
            Relation::Excludes => "holds a position that cannot hold together with it",
            Relation::Counters if w.side == Some(Side::For) => "puts it forward as a counter-offer",
            other => other.phrase(),
        };
        let _ = writeln!(out, "\n{}:", header.cyan());
        for p in &group.parties {
            let mut line = node_line(&p.party);
            if let Some(m) = entry_speaker(p.speaker.as_ref(), &p.also) {
                line.push_str(&format!(" ({}, for {})", name(g, m), inert(&p.party.label)));
            }
            if let Some(position) = &p.holding {
                line.push_str(&format!(": {}", name(g, position)));
            }
            hanging(&mut out, "  • ", 4, &line);
            if w.target.kind == NodeKind::Party {
                let verb = group.relation.phrase();
                wrapped(&mut out, 4, &format!("{verb} {}", name(g, &p.link.to)));
            }
            let party = &p.party.label;
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
    no_longer_held(&mut out, g, w);
    needed_by(&mut out, g, &w.needed_by);
    to_deliver(&mut out, &w.to_deliver);
    if !w.offered.is_empty() {
        let _ = writeln!(out, "\n{}:", "offers addressed to it".cyan());
        for l in &w.offered {
            link(&mut out, g, l, 2, "• ");
        }
    }
    if !w.named_in.is_empty() {
        let _ = writeln!(out, "\n{}:", super::pieces::NAMED_IN.cyan());
        for l in &w.named_in {
            link(&mut out, g, l, 2, "• ");
        }
    }
    disputed(&mut out, g, &w.disputed);
    out
}

/// Whether the position asked about is withdrawn (or replaced) on the day.
fn is_withdrawn(w: &Who) -> bool {
    w.target.status == Some(negograph::model::Status::Withdrawn)
}

/// The parties that were on the side asked about before the position was
/// withdrawn or replaced: on record, no longer held.
fn no_longer_held(out: &mut String, g: &Graph, w: &Who) {
    for group in &w.no_longer_held {
        let header = match group.relation {
            Relation::Counters if w.side == Some(Side::For) => "put it forward as a counter-offer",
            other => other.phrase(),
        };
        let _ = writeln!(out, "\n{} {}:", header.cyan(), "(no longer held)".cyan());
        for p in &group.parties {
            hanging(out, "  • ", 4, &node_line(&p.party));
            entry_claims(
                out,
                g,
                &p.party.label,
                p.speaker.as_ref(),
                &p.link,
                &p.also,
                4,
                false,
            );
        }
    }
}

/// The positions that need the one asked about, per whom: a precondition
/// is no side, so it is said apart from the stands.
fn needed_by(out: &mut String, g: &Graph, needs: &[Need]) {
    if needs.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}:", "needed by, as a precondition".cyan());
    for n in needs {
        let per = match (&n.party, &n.speaker) {
            (Some(p), Some(m)) => format!("per {} ({}, for it)", node_line(p), name(g, m)),
            (Some(p), None) => format!("per {}", node_line(p)),
            (None, _) => "per no party named".to_owned(),
        };
        hanging(
            out,
            "  • ",
            4,
            &format!("{}, {per}", node_line(&n.position)),
        );
        evidence(out, g, &n.link, 4);
    }
}

/// The positions a party is to deliver (named as their actor), each with
/// who demands it, what needs it, per whom, and the packages holding it.
fn to_deliver(out: &mut String, list: &[Deliverable]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}:", "asked to deliver (named as its actor)".cyan());
    for d in list {
        hanging(out, "  • ", 4, &node_line(&d.position));
        if !d.demanded_by.is_empty() {
            let who: Vec<String> = d.demanded_by.iter().map(node_line).collect();
            wrapped(out, 4, &format!("demanded by {}", who.join(", ")));
        }
        for n in &d.needed_by {
            let per = match &n.party {
                Some(p) => format!("per {}", node_line(p)),
                None => "per no party named".to_owned(),
            };
            wrapped(
                out,
                4,
                &format!("needed by {}, {per}", node_line(&n.position)),
            );
        }
        // A term is asked of its actor by the package, as `blockers` says
        // it: "term of the package, offered by ...".
        for t in &d.term_of {
            let by = match &t.offered_by {
                Some(p) => format!("offered by {}", node_line(p)),
                None => "offered by no party named".to_owned(),
            };
            wrapped(
                out,
                4,
                &format!("a term of {}, {by}", node_line(&t.package)),
            );
        }
    }
}

/// "disputed claims:" and one line per claim: what it says, who disputes it.
fn disputed(out: &mut String, g: &Graph, claims: &[Link]) {
    if claims.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}:", "disputed claims".cyan());
    for l in claims {
        hanging(out, "  • ", 4, &dispute(g, l));
    }
}

pub(super) fn responses(g: &Graph, r: &Responses) -> String {
    let mut out = String::new();
    let who = r
        .party
        .as_deref()
        .map_or("parties".to_owned(), |p| name(g, p));
    let _ = writeln!(
        out,
        "How {who} answered {} ({})",
        node_line(&r.target),
        when(r.as_of, r.as_of_basis)
    );
    let list = |out: &mut String, title: &str, items: &[Response], empty: Option<&str>| {
        if items.is_empty() && empty.is_none() {
            return;
        }
        let _ = writeln!(out, "\n{}", title.cyan());
        if let (true, Some(empty)) = (items.is_empty(), empty) {
            let _ = writeln!(out, "  {empty}");
        }
        for item in items {
            // A counter that puts the position forward answers another.
            let what = match &item.with {
                Some(w) if w.id == r.target.id => {
                    format!(" {} with it", name(g, &item.link.to))
                }
                _ => String::new(),
            };
            let line = format!(
                "{}{} {}{what}",
                node_line(&item.party),
                spoken_by(g, item),
                item.relation.phrase()
            );
            hanging(out, "  • ", 4, &line);
            let (party, speaker) = (&item.party.label, item.speaker.as_ref());
            let (first, also) = said_with_it(item, &r.target.id);
            entry_claims(out, g, party, speaker, &first, &also, 4, false);
        }
    };
    // A package no party proposes is put forward by whoever offers its
    // terms, as `blockers` and `compare` say.
    // A term is put forward by whoever offers the package holding it.
    let mut offered = offered_only(g, &r.offered_by);
    for t in &r.term_of {
        let by = t
            .offered_by
            .as_ref()
            .map_or_else(|| "no party named".to_owned(), node_line);
        offered.push(format!(
            "as a term of {}, offered by {by} (the answers to it: `responses {}`)",
            node_line(&t.package),
            inert(&t.package.id)
        ));
    }
    let none = offered.is_empty().then_some("no party, in this graph");
    list(&mut out, "put forward by:", &r.put_by, none);
    if !offered.is_empty() && r.put_by.is_empty() {
        let _ = writeln!(out, "\n{}", "put forward by:".cyan());
    }
    for line in &offered {
        hanging(&mut out, "  • ", 4, line);
    }
    list(&mut out, "supported by:", &r.supported_by, None);
    // Filtered to one party, the answers are that party's alone; who put
    // the position forward is said whoever it was, as context.
    let answers = match &r.party {
        Some(p) => format!("answers by {}:", name(g, p)),
        None => "answers:".to_owned(),
    };
    list(&mut out, &answers, &r.responses, Some("none recorded"));
    out
}

/// Who offers a package's terms without proposing it, in `compare`'s words
/// ("offered by Russia (its terms' `part_of` claims)"); a proposer's own
/// stand says it already.
fn offered_only(g: &Graph, offered_by: &[Offerer]) -> Vec<String> {
    offered_by
        .iter()
        .filter(|o| !o.proposes)
        .map(|o| super::pieces::offered_words(g, o))
        .collect()
}

/// An answer's claims as shown under its line: a counter whose offer is
/// the position asked about says "with it" on that line, so its claims do
/// not name the offer again, unless they say it was since replaced.
fn said_with_it(item: &Response, target: &str) -> (Link, Vec<Also>) {
    let drop_with = |l: &Link| {
        let mut l = l.clone();
        if l.with.as_deref() == Some(target) && l.with_gone.is_none() {
            l.with = None;
        }
        l
    };
    let also = item
        .also
        .iter()
        .map(|a| Also {
            link: drop_with(&a.link),
            ..a.clone()
        })
        .collect();
    (drop_with(&item.link), also)
}

/// " (Netanyahu, for Israel)" when a member made the claim for its party,
/// as `who` says it.
pub(super) fn spoken_by(g: &Graph, r: &Response) -> String {
    entry_speaker(r.speaker.as_ref(), &r.also).map_or_else(String::new, |m| {
        format!(" ({}, for {})", name(g, m), inert(&r.party.label))
    })
}

/// Why "no party is for (against) it" while some party threatens it or a
/// demand awaits an answer: a threat is no stand for what it threatens, an
/// unanswered demand no refusal. Names the threateners and the addressees,
/// so the answer never reads as if nobody spoke of it.
fn no_side_words(g: &Graph, waits: &[WaitsOn]) -> String {
    let mut threateners = Vec::new();
    let mut addressees = Vec::new();
    for w in waits {
        let (list, who) = match w {
            WaitsOn::Threat { by, .. } => (&mut threateners, by.as_deref()),
            WaitsOn::Answer { addressee, .. } => (&mut addressees, Some(addressee.as_str())),
        };
        let who = who.map_or("a party the graph does not name".to_owned(), |p| name(g, p));
        if !list.contains(&who) {
            list.push(who);
        }
    }
    let mut parts = Vec::new();
    if !threateners.is_empty() {
        parts.push(format!(
            "{} threaten{} it, and a threat is no stand for what it threatens",
            threateners.join(", "),
            if threateners.len() == 1 { "s" } else { "" }
        ));
    }
    if !addressees.is_empty() {
        parts.push(format!(
            "it is demanded of {}, who has not answered",
            addressees.join(", ")
        ));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(": {}", parts.join("; "))
    }
}

/// The actors applying a measure in force, for it without a claim
/// (`standing::applied_by`).
fn applied(out: &mut String, w: &Who) {
    if !w.applied_by.is_empty() {
        // Paused (postponed after it took effect), it stands where it stood.
        let header = if w.target.status == Some(negograph::model::Status::Postponed) {
            "applies it (its actor; a measure in force, now paused)"
        } else {
            "applies it (its actor; a measure in force)"
        };
        let _ = writeln!(out, "\n{}:", header.cyan());
        for a in &w.applied_by {
            hanging(out, "  • ", 4, &node_line(a));
        }
    }
}

/// What `who` answers, as its first words: "Who is for", "Who takes part
/// in" (`--relation takes_part_in`), "Who threatens or makes demands of".
fn question(w: &Who) -> String {
    let asked =
        w.groups.iter().any(|g| g.relation == Relation::Demands) || !w.to_deliver.is_empty();
    let question = match (w.target.kind, w.side) {
        // Demands addressed to the party (format 1.2) are pressure on it too;
        // offers put to it are listed apart.
        (NodeKind::Party, _) if w.relation == Some(Relation::Threatens) => "Who threatens",
        (NodeKind::Party, _) if w.relation == Some(Relation::Demands) => "Who makes demands of",
        (NodeKind::Party, _) => match (asked, !w.offered.is_empty()) {
            (true, true) => "Who threatens, makes demands of or makes offers to",
            (true, false) => "Who threatens or makes demands of",
            (false, true) => "Who threatens or makes offers to",
            (false, false) => "Who threatens",
        },
        (_, Some(Side::For)) => "Who is for",
        (_, Some(Side::Against)) => "Who is against",
        // `--relation takes_part_in` asks who takes part, not who takes a position.
        (_, None) => match w.relation {
            Some(r) => r.phrase(),
            None => "takes a position on",
        },
    };
    match (w.target.kind, w.side) {
        (NodeKind::Party, _) | (_, Some(_)) => question.to_owned(),
        (_, None) => format!("Who {question}"),
    }
}
