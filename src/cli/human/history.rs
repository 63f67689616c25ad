//! The answers to "what changed?" (`changes` over a window, `timeline`
//! from the start), as text: moved out of `analyses` (unblock, effects),
//! which had grown to the size limit.

use std::fmt::Write;

use owo_colors::OwoColorize;

use negograph::Graph;
use negograph::model::{Date, Status};
use negograph::query::changes::{Cause, Changes, ClaimChange, Evidence, StatusChange};
use negograph::terminal::inert;

use super::analyses::claim;
use super::pieces::{evidence, hanging, id_tag, name, quoted, wrapped};

/// One dated line: the day (as written: a month or year when no closer),
/// a word for what happened, what it happened to; then, for a loosely
/// dated day, what it is dated to.
fn dated(out: &mut String, on: Date, note: Option<&String>, what: &str, text: &str) {
    hanging(
        out,
        &format!("  {:<10}  {what:<8} ", on.to_string()),
        23,
        text,
    );
    if let Some(note) = note {
        wrapped(out, 23, &inert(note).dimmed().to_string());
    }
}

fn claim_change(out: &mut String, g: &Graph, what: &str, c: &ClaimChange) {
    // The claim's dates are printed below it: its note only adds whether
    // the day may fall outside the window.
    let loose = c.on.loose_words().unwrap_or_default();
    let note = c
        .date_note
        .as_deref()
        .map(|n| {
            n.strip_prefix(loose.as_str())
                .unwrap_or(n)
                .trim_start_matches("; ")
        })
        .filter(|n| !n.is_empty())
        .map(str::to_owned);
    // An ended claim is dated by the first day it no longer holds: on its
    // `until` day it still held.
    let (day, text) = match c.ended_on {
        Some(day) => (day, format!("{} (last held {})", claim(g, &c.link), c.on)),
        None => (c.on, claim(g, &c.link)),
    };
    dated(out, day, note.as_ref(), what, &text);
    evidence(out, g, &c.link, 23);
}

fn status_change(out: &mut String, s: &StatusChange) {
    let name = format!("{} {}", inert(&s.label).bold(), id_tag(&s.id));
    let (what, mut text) = match (s.to, s.scheduled, s.scheduled_before) {
        // Only the day changed: a schedule announced, or moved.
        (to, Some(day), before) if to == s.from => match before {
            Some(was) => (
                "schedule",
                format!("{name}: rescheduled for {day} (was {was})"),
            ),
            None => ("schedule", format!("{name}: scheduled for {day}")),
        },
        (Status::Postponed, day, before) => {
            let to = day.map_or_else(|| "no new day given".to_owned(), |d| format!("to {d}"));
            // Postponed to the day it already had: the report gives no new
            // day beyond it, so "(was D)" would read as a move.
            let was = before
                .filter(|b| Some(*b) != day)
                .map_or(String::new(), |b| format!(" (was {b})"));
            (
                "status",
                format!("{name}: {} → postponed, {to}{was}", s.from),
            )
        }
        (to, day, before) => {
            let mut text = format!("{name}: {} → {to}", s.from);
            if let Some(d) = day {
                text.push_str(&format!(", scheduled for {d}"));
            } else if let Some(b) = before {
                text.push_str(&format!(" (it was scheduled for {b})"));
            }
            ("status", text)
        }
    };
    match s.cause {
        Cause::Replaced => {
            if let Some(by) = &s.replaced_by {
                text.push_str(&format!(", replaced by {}", inert(by)));
            }
        }
        Cause::Restored => text.push_str(", no longer replaced"),
        Cause::History | Cause::Start => {}
    }
    dated(out, s.on, s.date_note.as_ref(), what, &text);
    if let Some(q) = &s.quote {
        wrapped(out, 23, &quoted(q));
    }
    if let Some(source) = &s.source {
        wrapped(
            out,
            25,
            &format!("({})", inert(source)).dimmed().to_string(),
        );
    }
}

fn reported(out: &mut String, g: &Graph, e: &Evidence) {
    let mut text = claim(g, &e.link);
    let sources: Vec<_> = e.new_sources.iter().map(|s| inert(s)).collect();
    text.push_str(&format!(" · {}", sources.join(", ")));
    if e.first_reported {
        text.push_str(", its first report");
    }
    dated(out, e.on, e.date_note.as_ref(), "reported", &text);
}

/// The party a claim belongs to, for grouping: its holder, else none.
fn party_of(c: &ClaimChange) -> Option<&str> {
    c.link.by.as_deref()
}

pub fn changes(g: &Graph, c: &Changes) -> String {
    let mut out = String::new();
    let window = match (c.from, c.to) {
        (Some(f), Some(t)) => format!("from {f} to {t}"),
        _ => "over all time".to_owned(),
    };
    let mut scope = Vec::new();
    if let Some(p) = &c.party {
        scope.push(format!("for {}", name(g, p)));
    }
    if let Some(n) = &c.around {
        scope.push(format!("around {}", name(g, n)));
    }
    let scope = if scope.is_empty() {
        String::new()
    } else {
        format!(", {}", scope.join(", "))
    };
    let _ = writeln!(out, "What changed {window}{scope}?");
    if c.added.is_empty() && c.removed.is_empty() && c.status.is_empty() && c.evidence.is_empty() {
        let _ = writeln!(out, "\nNothing changed.");
        return out;
    }
    // Claims by party, parties in the order of their first change, each
    // party's changes in date order.
    let mut events: Vec<(&str, &ClaimChange)> = c.added.iter().map(|x| ("added", x)).collect();
    events.extend(c.removed.iter().map(|x| ("ended", x)));
    events.sort_by_key(|(_, x)| x.ended_on.unwrap_or(x.on));
    let mut parties: Vec<Option<&str>> = Vec::new();
    for (_, x) in &events {
        if !parties.contains(&party_of(x)) {
            parties.push(party_of(x));
        }
    }
    for party in parties {
        let heading = match party {
            Some(p) => format!("{}:", name(g, p)),
            None => "held by no party:".to_owned(),
        };
        let _ = writeln!(out, "\n{}", heading.cyan());
        for (what, x) in events.iter().filter(|(_, x)| party_of(x) == party) {
            claim_change(&mut out, g, what, x);
        }
    }
    if !c.status.is_empty() {
        let _ = writeln!(out, "\n{}", "status:".cyan());
        for s in &c.status {
            status_change(&mut out, s);
        }
    }
    if !c.evidence.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            "reported (claims not dated to begin in these days: undated, or begun before; cited by a source of them):".cyan()
        );
        for e in &c.evidence {
            reported(&mut out, g, e);
        }
    }
    out
}

/// Every dated change in one list, in date order.
pub fn timeline(g: &Graph, c: &Changes) -> String {
    let mut out = String::new();
    let who = c
        .party
        .as_deref()
        .map(|p| format!(" of {}", name(g, p)))
        .unwrap_or_default();
    let _ = writeln!(out, "Timeline{who}: every dated change");
    // (day, order within the day, line printer)
    let mut lines: Vec<(Date, u8, usize)> = Vec::new();
    lines.extend(
        c.removed
            .iter()
            .enumerate()
            .map(|(i, x)| (x.ended_on.unwrap_or(x.on), 0, i)),
    );
    lines.extend(c.added.iter().enumerate().map(|(i, x)| (x.on, 1, i)));
    lines.extend(c.status.iter().enumerate().map(|(i, x)| (x.on, 2, i)));
    lines.extend(c.evidence.iter().enumerate().map(|(i, x)| (x.on, 3, i)));
    lines.sort();
    if lines.is_empty() {
        let _ = writeln!(out, "\nNothing in the graph is dated.");
        return out;
    }
    let _ = writeln!(out);
    for (_, kind, i) in lines {
        match kind {
            0 => claim_change(&mut out, g, "ended", &c.removed[i]),
            1 => claim_change(&mut out, g, "added", &c.added[i]),
            2 => status_change(&mut out, &c.status[i]),
            _ => reported(&mut out, g, &c.evidence[i]),
        }
    }
    out
}
