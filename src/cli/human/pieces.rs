//! The pieces every answer is built from: names and nodes, a link as
//! evidence (who holds it, when, every citation), chains, and word-wrapping
//! to the terminal's width. Text from the graph is made inert here.

use std::fmt::Write;

use owo_colors::OwoColorize;

use negograph::Graph;
use negograph::model::{Date, Relation, Status};
use negograph::query::package::Offerer;
use negograph::query::waiting::{WaitsOn, waiting_words};
use negograph::query::{Also, Link, NodeRef};
use negograph::terminal::inert;
use negograph::view::AsOfBasis;

const WIDTH: usize = 80;

/// The day an answer is about, and why that day: "as of 2025-05-12, the newest source".
pub(super) fn when(as_of: Option<Date>, basis: AsOfBasis) -> String {
    basis.describe(as_of)
}

/// Every citation of a link: the quote, then its source and speaker.
pub(super) fn citations(out: &mut String, l: &Link, indent: usize) {
    for c in &l.citations {
        if let Some(q) = &c.quote {
            wrapped(out, indent, &quoted(q));
        }
        if let Some(reason) = &c.reason {
            wrapped(out, indent + 2, &format!("the reason: {}", inert(reason)));
        }
        let mut whence: Vec<String> = Vec::new();
        if let Some(speaker) = &c.speaker {
            whence.push(format!("said by {}", inert(speaker)));
        }
        match (&c.source, c.quote.is_some()) {
            (Some(s), true) => whence.push(inert(s.as_ref()).into_owned()),
            (Some(s), false) => whence.push(format!("source: {}", inert(s.as_ref()))),
            (None, _) => {}
        }
        if !whence.is_empty() {
            wrapped(
                out,
                indent + 2,
                &format!("({})", whence.join(", ")).dimmed().to_string(),
            );
        }
        if let Some(note) = &c.note {
            wrapped(out, indent + 2, &noted(note));
        }
    }
    if l.citations.is_empty() {
        wrapped(out, indent, &"(no source cited)".yellow().to_string());
    }
}

/// What format 1.1 adds to a link: a threat's target and trigger, a counter-offer, disputes.
fn link_refs(out: &mut String, g: &Graph, l: &Link, indent: usize) {
    let mut facts = Vec::new();
    if let Some(t) = &l.target {
        facts.push(format!("against {}", name(g, t)));
    }
    if let Some(t) = &l.trigger {
        facts.push(format!("if {}", name(g, t)));
    }
    if let Some(w) = negograph::query::with_words(g, l) {
        facts.push(format!("with {}", inert(&w)));
    }
    if let Some(s) = &l.stance {
        facts.push(format!("stance: {}", inert(s)));
    }
    if let Some(a) = &l.addressee {
        facts.push(format!("addressed to {}", name(g, a)));
    }
    if !l.disputed_by.is_empty() {
        let who: Vec<String> = l.disputed_by.iter().map(|p| name(g, p)).collect();
        facts.push(format!("disputed by {}", who.join(", ")));
    }
    if !facts.is_empty() {
        wrapped(out, indent, &facts.join(" · "));
    }
}

pub(super) fn id_tag(id: &str) -> String {
    format!("[{}]", inert(id)).dimmed().to_string()
}

/// A quote as shown: in curly quotes, green.
pub(super) fn quoted(quote: &str) -> String {
    format!("\u{201C}{}\u{201D}", inert(quote))
        .green()
        .to_string()
}

/// A note as shown, dimmed.
fn noted(note: &str) -> String {
    format!("note: {}", inert(note)).dimmed().to_string()
}

pub(super) fn name(g: &Graph, id: &str) -> String {
    let Some(n) = g.find(id) else {
        return inert(id).into_owned();
    };
    let label = inert(g.label(n)).into_owned();
    // A party the source does not name: never read as a name it gave.
    if g.node(n).unnamed() {
        format!("{label} (unnamed in the source)")
    } else {
        label
    }
}

/// A node's status and the day it is scheduled for, as every line naming
/// it says them ("(withdrawn)", "(scheduled for 2025-05-20)"); empty for an
/// open position with no day.
pub(super) fn status_tag(n: &NodeRef) -> String {
    match (n.status, n.scheduled) {
        (Some(Status::Open) | None, None) => String::new(),
        (Some(Status::Open) | None, Some(day)) => format!("(scheduled for {day})"),
        (Some(s), Some(day)) => format!("({s}, scheduled for {day})"),
        (Some(s), None) => format!("({s})"),
    }
}

pub(super) fn node_line(n: &NodeRef) -> String {
    let status = status_tag(n);
    let status = if status.is_empty() {
        status
    } else {
        format!("  {status}")
    };
    let unnamed = if n.unnamed {
        " (unnamed in the source)"
    } else {
        ""
    };
    format!(
        "{}{unnamed} {}{}",
        inert(&n.label).bold(),
        id_tag(&n.id),
        status
    )
}

/// The head `stance` lists a party's counter-offers under.
pub(super) const COUNTER_OFFER: &str = "puts forward as a counter-offer";

/// Whether a stance entry is a counter-offer: the `counters` claim's stand
/// for the offer it makes (side for), not its stand against what it answers.
pub(super) fn is_counter_offer(p: &negograph::query::stance::Position) -> bool {
    p.relation == Relation::Counters && p.side == Some(negograph::model::Side::For)
}

pub(super) fn relation(r: Relation) -> String {
    r.phrase().cyan().to_string()
}

pub(super) fn dates(link: &Link) -> String {
    // A loose end says so: "since dated only to March 2025".
    let word = |d: negograph::model::Date| d.loose_words().unwrap_or_else(|| d.to_string());
    let span = match (link.since, link.until) {
        (Some(s), Some(u)) if link.dated.is_none() => format!("{s} to {u}"),
        (Some(s), Some(u)) => format!("since {}; until {}", word(s), word(u)),
        (Some(s), None) => format!("since {}", word(s)),
        (None, Some(u)) => format!("until {}", word(u)),
        (None, None) => String::new(),
    };
    match link.seq {
        Some(n) if span.is_empty() => format!("#{n} of its day"),
        Some(n) => format!("{span}, #{n} of the day"),
        None => span,
    }
}

/// "agreed", or "agreed only on condition of X and Y", in the words every
/// answer says it in ([`negograph::query::blockers::agreed_words`]), made
/// inert for the terminal.
pub(super) fn agreed_words(g: &Graph, on_conditions: &[Link]) -> String {
    inert(&negograph::query::blockers::agreed_words(g, on_conditions)).into_owned()
}

/// "offered by Russia (its terms' `part_of` claims)": who offers a package's
/// terms without proposing it, in the words `compare`, `responses` and `who`
/// all say it (`query::package::offerers`, the rule `blockers` reads).
pub(super) fn offered_words(g: &Graph, o: &Offerer) -> String {
    let party = match &o.speaker {
        Some(m) => format!("{} ({}, for it)", name(g, &o.party), name(g, m)),
        None => name(g, &o.party),
    };
    let claims = if o.terms.len() == o.of_terms {
        "its terms' part_of claims".to_owned()
    } else {
        format!(
            "the part_of claims of {} of its {} terms",
            o.terms.len(),
            o.of_terms
        )
    };
    let disputed = if o.disputed_by.is_empty() {
        String::new()
    } else {
        let by: Vec<String> = o.disputed_by.iter().map(|d| name(g, d)).collect();
        format!(", disputed by {}", by.join(" and "))
    };
    format!("offered by {party} ({claims}{disputed})")
}

/// Word-wraps `text` to the terminal width under an indent.
pub(super) fn wrapped(out: &mut String, indent: usize, text: &str) {
    let pad = " ".repeat(indent);
    let width = WIDTH.saturating_sub(indent).max(30);
    let options =
        textwrap::Options::new(width).word_splitter(textwrap::WordSplitter::NoHyphenation);
    for line in textwrap::wrap(text, options) {
        let _ = writeln!(out, "{pad}{line}");
    }
}

/// Word-wraps `text` after a first-line prefix, later lines under `indent`.
pub(super) fn hanging(out: &mut String, first: &str, indent: usize, text: &str) {
    let rest = " ".repeat(indent);
    let options = textwrap::Options::new(WIDTH.max(indent + 30))
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .initial_indent(first)
        .subsequent_indent(&rest);
    for line in textwrap::wrap(text, options) {
        let _ = writeln!(out, "{line}");
    }
}

/// One link as evidence: what it says, who holds it, when, and the words behind it.
/// The heading over the claims naming a node at an end other than `from`
/// and `to`: `show` and `who` say it the same way.
pub(super) const NAMED_IN: &str =
    "named in (a threat's trigger or target, a counter's offer, an addressee)";

pub(super) fn link(out: &mut String, g: &Graph, l: &Link, indent: usize, bullet: &str) {
    let pad = " ".repeat(indent);
    let inner = indent + bullet.chars().count() + 2;
    // A stand on a position withdrawn since says so, as its status does;
    // the words name the position, so that "rejects X (withdrawn)" is not
    // read as a rejection withdrawn.
    let gone = if l.to_gone.is_some() {
        " (a position now withdrawn)"
    } else {
        ""
    };
    let said = format!(
        "{} {} {}{gone}",
        name(g, &l.from),
        relation(l.relation),
        name(g, &l.to)
    );
    hanging(out, &format!("{pad}{bullet}"), inner, &said);
    let mut facts = Vec::new();
    if let Some(by) = &l.by
        && matches!(l.relation, Relation::ConditionsOn | Relation::Excludes)
    {
        facts.push(format!("per {}", name(g, by)));
    } else if let Some(by) = &l.by
        && by != &l.from
    {
        facts.push(format!("held by {}", name(g, by)));
    }
    let d = dates(l);
    if !d.is_empty() {
        facts.push(d);
    }
    if !facts.is_empty() {
        wrapped(out, inner, &facts.join(" · ").dimmed().to_string());
    }
    link_refs(out, g, l, inner);
    citations(out, l, inner);
    if let Some(note) = &l.note {
        wrapped(out, inner, &noted(note));
    }
}

/// A chain as steps, each one indented under the last.
pub(super) fn chain(out: &mut String, g: &Graph, links: &[Link], indent: usize) {
    for (i, l) in links.iter().enumerate() {
        // Past a few steps the indent stops growing and the step is
        // numbered instead: a 20,000-step path indented step by step was
        // 1.8 GB of spaces.
        if i < MAX_INDENT_STEPS {
            link(out, g, l, indent + 3 * i, "└─ ");
        } else {
            link(
                out,
                g,
                l,
                step_indent(indent, i),
                &format!("└─ [{}] ", i + 1),
            );
        }
    }
}

/// How many steps of a chain are shown by indenting; later ones are numbered.
pub(super) const MAX_INDENT_STEPS: usize = 8;

/// The indent of step `i` of a chain starting at `indent`, capped.
pub(super) fn step_indent(indent: usize, i: usize) -> usize {
    indent + 3 * i.min(MAX_INDENT_STEPS)
}

/// The dates and quote of a link already named by the line above it.
pub(super) fn evidence(out: &mut String, g: &Graph, l: &Link, indent: usize) {
    let d = dates(l);
    if !d.is_empty() {
        wrapped(out, indent, &d.dimmed().to_string());
    }
    link_refs(out, g, l, indent);
    for c in &l.citations {
        if let Some(q) = &c.quote {
            wrapped(out, indent, &quoted(q));
        }
        if let Some(speaker) = &c.speaker {
            wrapped(
                out,
                indent + 2,
                &format!("(said by {})", inert(speaker)).dimmed().to_string(),
            );
        }
        if let Some(reason) = &c.reason {
            wrapped(out, indent + 2, &format!("(the reason: {})", inert(reason)));
        }
    }
    if let Some(note) = &l.note {
        wrapped(out, indent, &noted(note));
    }
}

/// A disputed claim in one line: what it says, and who disputes it.
pub(super) fn dispute(g: &Graph, l: &Link) -> String {
    let who: Vec<String> = l.disputed_by.iter().map(|p| name(g, p)).collect();
    format!(
        "{} {} {}: disputed by {}",
        name(g, &l.from),
        l.relation.phrase(),
        name(g, &l.to),
        who.join(", ")
    )
}

/// The member to name beside a party on an entry's line ("Israel
/// (Netanyahu, for Israel)"): its first claim's speaker, when every claim of
/// the entry is that member's; else none, and [`entry_claims`] says who
/// spoke each.
pub(super) fn entry_speaker<'a>(speaker: Option<&'a String>, also: &[Also]) -> Option<&'a String> {
    speaker.filter(|&s| also.iter().all(|a| a.speaker.as_ref() == Some(s)))
}

/// An entry's claims (one party, one entry): its first, then each other
/// one, each said as a member's or the party's own when the entry's line
/// names no one speaker ([`entry_speaker`]). `whole` prints each claim as a
/// link (what it says) rather than as evidence of the line above.
#[allow(clippy::too_many_arguments)]
pub(super) fn entry_claims(
    out: &mut String,
    g: &Graph,
    party: &str,
    speaker: Option<&String>,
    first: &Link,
    also: &[Also],
    indent: usize,
    whole: bool,
) {
    let one = |out: &mut String, l: &Link| {
        if whole {
            link(out, g, l, indent, "");
        } else {
            evidence(out, g, l, indent);
        }
    };
    if also.is_empty() {
        one(out, first);
        return;
    }
    let named = entry_speaker(speaker, also).is_some();
    let intro = |out: &mut String, and: &str, m: Option<&String>| {
        let who = match m {
            Some(m) => format!("{and}through {}, for {}:", name(g, m), inert(party)),
            None if and.is_empty() => "directly:".to_owned(),
            None => format!("{and}directly:"),
        };
        wrapped(out, indent, &who.dimmed().to_string());
    };
    if !named && speaker.is_some() {
        intro(out, "", speaker);
    }
    one(out, first);
    for a in also {
        if named {
            wrapped(out, indent, &"and:".dimmed().to_string());
        } else {
            intro(out, "and, ", a.speaker.as_ref());
        }
        one(out, &a.link);
    }
}

/// What a position waits on that is no obstacle (its threats and their
/// triggers, demands whose addressee has not answered), in the words every
/// answer uses ([`negograph::query::waiting::waiting_words`]), each with
/// the claims behind it.
pub(super) fn waiting(out: &mut String, g: &Graph, waits: &[WaitsOn]) {
    waiting_under(out, g, waits, WAITS_ON);
}

/// The heading of what a position waits on, in answers about its obstacles.
pub(super) const WAITS_ON: &str = "It waits on (not obstacles: no party has to give anything up):";

/// [`waiting`] under another heading (`who --side`: no stand either way).
pub(super) fn waiting_under(out: &mut String, g: &Graph, waits: &[WaitsOn], heading: &str) {
    if waits.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", heading.cyan());
    for (w, words) in waits.iter().zip(waiting_words(g, waits)) {
        hanging(out, "  • ", 4, &inert(&words));
        let links = match w {
            WaitsOn::Threat { link, .. } => std::slice::from_ref(&**link),
            WaitsOn::Answer { links, .. } => links.as_slice(),
        };
        for l in links {
            link(out, g, l, 4, "└─ ");
        }
    }
}

/// The actors applying a measure in force, for it without a claim
/// (`standing::applied_by`): "United States applies it (its actor; a
/// measure in force)".
pub(super) fn applies(out: &mut String, actors: &[negograph::query::NodeRef], indent: usize) {
    for a in actors {
        hanging(
            out,
            &format!("{}• ", " ".repeat(indent)),
            indent + 2,
            &format!(
                "{} applies it (its actor; a measure in force)",
                inert(&a.label)
            ),
        );
    }
}

/// The parties for a position as a term of a package they are for or offer
/// (`standing::term_stands`): "United States is for it as a term of
/// Witkoff's latest proposal", with the claim.
pub(super) fn as_term_of(
    out: &mut String,
    g: &Graph,
    terms: &[negograph::query::AsTerm],
    indent: usize,
) {
    for t in terms {
        let mut line = format!(
            "{} is for it as a term of {}",
            inert(&t.party.label),
            name(g, &t.package.id)
        );
        if let Some(m) = &t.speaker {
            line.push_str(&format!(" ({}, for {})", name(g, m), inert(&t.party.label)));
        }
        hanging(out, &format!("{}• ", " ".repeat(indent)), indent + 2, &line);
        link(out, g, &t.link, indent + 2, "└─ ");
    }
}

/// What `requires X` says when X has no preconditions. A package's terms
/// are no preconditions, but "nothing is conditioned on anything" would
/// read as "it needs nothing" next to `blockers`, which weighs them.
pub(super) fn no_preconditions(r: &negograph::query::requires::Requires) -> String {
    match r.terms.len() {
        0 => "No preconditions: nothing is conditioned on anything.".to_owned(),
        n => format!(
            "No preconditions. Its {} what it offers; who must deliver {}: `blockers {}`.",
            if n == 1 {
                "term is".to_owned()
            } else {
                format!("{n} terms are")
            },
            if n == 1 { "it" } else { "each" },
            inert(&r.target)
        ),
    }
}
