//! Text for people about proposals as packages of terms: `compare` (the
//! offers side by side, issue by issue) and `issues` (the whiteboard of
//! every party's stated position on every issue over time).

use std::fmt::Write;

use owo_colors::OwoColorize;

use negograph::Graph;
use negograph::model::{Relation, Side, Status};
use negograph::query::compare::{Comparison, Offer, Package, Stand, Via};
use negograph::query::issues::{self, Issues, Statement};
use negograph::query::package::Term;
use negograph::terminal::inert;

use super::pieces::{entry_claims, hanging, id_tag, name, when, wrapped};

/// "45-60 days", or "no quantity".
fn amount(term: &Term) -> String {
    term.quantity
        .as_deref()
        .map_or_else(|| "no quantity".to_owned(), |q| inert(q).into_owned())
}

/// "Hamas accepts (disputed by United States)".
fn stand(g: &Graph, s: &Stand) -> String {
    // A counter-offer on the side for is its offerer's: said as put forward.
    let how = if s.relation == Relation::Counters && s.side == Some(Side::For) {
        "puts it forward as a counter-offer"
    } else {
        s.relation.phrase()
    };
    let mut text = format!("{} {how}", name(g, &s.party));
    if let Some(w) = negograph::query::with_words(g, &s.link) {
        text.push_str(&format!(" with {}", inert(&w)));
    }
    if !s.disputed_by.is_empty() {
        let who: Vec<String> = s.disputed_by.iter().map(|p| name(g, p)).collect();
        text.push_str(&format!(" (disputed by {})", who.join(", ")));
    }
    text
}

fn offer(out: &mut String, g: &Graph, o: &Offer) {
    let head = format!("  • {}: ", name(g, &o.proposal));
    let mut text = format!("{}", amount(&o.term).bold());
    if let Some(status) = o.no_longer_stands {
        let words = format!("({status}: no longer stands)");
        text.push_str(&format!(" {}", words.yellow()));
    }
    hanging(out, &head, 6, &text);
    let mut about = format!(
        "term: {} {}",
        inert(&o.term.node.label),
        id_tag(&o.term.node.id)
    );
    if !o.term.actor.is_empty() {
        let who: Vec<String> = o.term.actor.iter().map(|p| name(g, p)).collect();
        // Who must deliver the term, as `blockers` says it (not who offers it).
        about.push_str(&format!(", {} to deliver", who.join(" and ")));
    }
    wrapped(out, 6, &about.dimmed().to_string());
    // Stands on the whole proposal are listed once, under "Who stands where".
    let on_term: Vec<String> = o
        .for_
        .iter()
        .chain(&o.against)
        .filter(|s| s.via == Via::Term)
        .map(|s| stand(g, s))
        .collect();
    if !on_term.is_empty() {
        wrapped(out, 6, &format!("on this term: {}", on_term.join("; ")));
    }
}

pub fn compare(g: &Graph, c: &Comparison) -> String {
    let mut out = String::new();
    let names: Vec<String> = c
        .proposals
        .iter()
        .map(|p| format!("{} {}", inert(&p.node.label).bold(), id_tag(&p.node.id)))
        .collect();
    let title = format!(
        "Compare {} ({})",
        names.join(" with "),
        when(c.as_of, c.as_of_basis)
    );
    hanging(&mut out, "", 2, &title);
    if c.issues.is_empty() {
        let _ = writeln!(
            out,
            "\nNo term of these proposals names an issue, so nothing lines up. Give terms an issue: negograph set TERM issue=ISSUE"
        );
    }
    for issue in &c.issues {
        let _ = writeln!(
            out,
            "\n{} {}",
            inert(&issue.label).bold(),
            id_tag(&issue.issue)
        );
        for o in &issue.positions {
            offer(&mut out, g, o);
        }
        let verdict = match (issue.comparable, issue.overlap, &issue.gap_text) {
            (true, true, _) => "→ overlap: one amount fits every offer".green().to_string(),
            (true, false, Some(gap)) => {
                let counting = match &issue.standing_gap_text {
                    Some(standing) => format!(
                        ", counting an offer that no longer stands ({} among those that still stand)",
                        inert(standing)
                    ),
                    None if issue.positions.iter().any(|o| o.no_longer_stands.is_some()) => {
                        ", counting an offer that no longer stands".to_owned()
                    }
                    None => String::new(),
                };
                let between = match &issue.gap_between {
                    Some([low, high]) => {
                        format!(" between {} and {}", name(g, low), name(g, high))
                    }
                    None => String::new(),
                };
                format!("→ gap {}{between}; no overlap{counting}", inert(gap))
                    .red()
                    .to_string()
            }
            _ => match &issue.not_comparable {
                Some(why) => format!("→ not comparable: {}", inert(why))
                    .yellow()
                    .to_string(),
                None => "→ not comparable: fewer than two offers have a quantity"
                    .dimmed()
                    .to_string(),
            },
        };
        wrapped(&mut out, 4, &verdict);
        if !issue.silent.is_empty() {
            let who: Vec<String> = issue.silent.iter().map(|p| name(g, p)).collect();
            wrapped(
                &mut out,
                4,
                &format!("silent on it: {}", who.join(", "))
                    .dimmed()
                    .to_string(),
            );
        }
    }
    if !c.unmatched.is_empty() {
        let _ = writeln!(out, "\n{}", "Terms that name no issue:".cyan());
        for u in &c.unmatched {
            let text = format!(
                "{}: {} {} ({})",
                name(g, &u.proposal),
                inert(&u.term.node.label),
                id_tag(&u.term.node.id),
                amount(&u.term)
            );
            hanging(&mut out, "  • ", 4, &text);
        }
    }
    let _ = writeln!(out, "\n{}", "Who stands where:".cyan());
    for p in &c.proposals {
        who_stands_where(&mut out, g, p);
    }
    out
}

/// One proposal's "who stands where": who offers its terms when no party's
/// stand says so, then every party's stand on it, one entry each.
fn who_stands_where(out: &mut String, g: &Graph, p: &Package) {
    let _ = writeln!(
        out,
        "  {} {}",
        inert(&p.node.label).bold(),
        id_tag(&p.node.id)
    );
    // Withdrawn or replaced: its stands no longer hold, as `who --side`,
    // `conflicts` and `blockers` say; the claims are listed as on record.
    if p.node.status == Some(negograph::model::Status::Withdrawn) {
        wrapped(
            out,
            4,
            &"withdrawn (or replaced by a newer position): no party holds it now; the \
              stands below no longer hold"
                .dimmed()
                .to_string(),
        );
    }
    // Who offers the terms when no party's stand says so, by the rule
    // `blockers` reads ("term of the package, offered by ...").
    let offered: Vec<_> = p.offered_by.iter().filter(|o| !o.proposes).collect();
    if p.stands.is_empty() && offered.is_empty() && p.as_term_of.is_empty() {
        let _ = writeln!(out, "    {}", "no party's stand recorded".dimmed());
    }
    super::pieces::as_term_of(out, g, &p.as_term_of, 4);
    for o in offered {
        hanging(out, "    • ", 6, &super::pieces::offered_words(g, o));
    }
    for s in &p.stands {
        // The evidence below names the counter-offer and who disputes it.
        let text = format!("{} {}", name(g, &s.party), s.relation.phrase());
        hanging(out, "    • ", 6, &text);
        let party = name(g, &s.party);
        let speaker = s.speaker.as_ref();
        entry_claims(out, g, &party, speaker, &s.link, &s.also, 6, false);
    }
}

/// One statement's line. `mixed`: its issue holds statements dated by a
/// `since` of their own beside ones dated only by their report, so a
/// report's day is said to be one (it could be read as the day a position
/// was taken, after positions it came before).
fn statement(out: &mut String, g: &Graph, s: &Statement, mixed: bool) {
    let day = s
        .before
        .or(s.stated)
        .map_or_else(|| "undated".to_owned(), |d| d.to_string());
    let what = match &s.quantity {
        Some(q) => inert(q).into_owned(),
        None => name(g, &s.term),
    };
    let verb = match s.via {
        issues::Via::CounterOffer => "counters with".to_owned(),
        _ => s.relation.phrase().to_owned(),
    };
    let mut text = format!("{} {verb} {what}", name(g, &s.party));
    if let Some(p) = &s.proposal {
        text.push_str(&format!(" (in {})", name(g, p)));
    } else if s.quantity.is_some() {
        text.push_str(&format!(" ({})", name(g, &s.term)));
    }
    if let Some(member) = &s.member {
        text.push_str(&format!(" · said by its member {}", name(g, member)));
    }
    if !s.disputed_by.is_empty() {
        let who: Vec<String> = s.disputed_by.iter().map(|p| name(g, p)).collect();
        text.push_str(&format!(" · disputed by {}", who.join(", ")));
    }
    if let (Some(before), Some(reported)) = (s.before, s.stated) {
        text.push_str(&format!(
            " · made before {before}, when it was answered or no longer stood (no date of its own; reported {reported})"
        ));
    } else if let (true, true, Some(reported)) = (mixed, s.reported_only, s.stated) {
        text.push_str(&format!(
            " · no date of its own: made on or before {reported}, its report's day"
        ));
    }
    let text = if s.current {
        text
    } else {
        format!("{text} · no longer holds").dimmed().to_string()
    };
    hanging(out, &format!("    {day:<10}  "), 16, &text);
}

pub fn issues(g: &Graph, r: &Issues) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Issues: every stated position, all time (current {})",
        when(r.as_of, r.as_of_basis)
    );
    if let (Some(day), n @ 1..) = (r.as_of, r.not_yet) {
        let what = if n == 1 {
            "1 statement"
        } else {
            &format!("{n} statements")
        };
        let _ = writeln!(
            out,
            "{}",
            format!("{what} made after {day} not listed: not yet made then").dimmed()
        );
    }
    if r.issues.is_empty() {
        let _ = writeln!(
            out,
            "\nNo issues in this graph. Add one with: negograph add issue ID --label \"Length of the truce\""
        );
    }
    for issue in &r.issues {
        let _ = writeln!(
            out,
            "\n{} {}",
            inert(&issue.node.label).bold(),
            id_tag(&issue.node.id)
        );
        if issue.terms.is_empty() {
            let _ = writeln!(out, "  {}", "no term names it".dimmed());
            continue;
        }
        let _ = writeln!(out, "  {}", "terms:".cyan());
        for t in &issue.terms {
            let mut text = format!("{} {}", inert(&t.term.node.label), id_tag(&t.term.node.id));
            if !t.proposals.is_empty() {
                let ps: Vec<String> = t.proposals.iter().map(|p| name(g, p)).collect();
                text.push_str(&format!(" in {}", ps.join(", ")));
            }
            if let Some(s) = t.term.node.status.filter(|&s| s != Status::Open) {
                text.push_str(&format!(" ({s})"));
            }
            hanging(&mut out, &format!("    • {}: ", amount(&t.term)), 6, &text);
        }
        let _ = writeln!(out, "  {}", "positions:".cyan());
        if issue.positions.is_empty() {
            let _ = writeln!(out, "    {}", "no party has stated one".dimmed());
        }
        let mixed = issue.own_dates;
        for s in &issue.positions {
            statement(&mut out, g, s, mixed);
        }
    }
    out
}
