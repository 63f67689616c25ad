//! A draft written in the text format (`.neg`, docs/text-format.md): the
//! one place that knows its syntax, so that a change of the format is a
//! change of this file alone.
//!
//! New parties are declared first (`party ID "LABEL"`), then one claim a
//! line (`FROM RELATION TO [by|with|trigger NODE] "QUOTE" [speaker "WHO"]`),
//! each followed by the cue that fired as a comment. A new position is
//! declared where the first claim names it as its TO (`hamas rejects demand
//! =truce "45-day truce" "QUOTE"`) and named by its id after that: a
//! missed claim the analyst adds, or a wrong one deleted, is then one line,
//! not two. A position no claim names as TO keeps a line of its own. A
//! candidate the rules are unsure of, and a node only such candidates name,
//! is written commented out (`# ` before it), with why.

use crate::args::{Cmd, Line};
use std::collections::HashMap;
use std::fmt::Write as _;

use crate::model::Relation;

use super::{Candidate, Draft, DraftNode};

/// The draft as a `.neg` fragment for `negograph apply`.
pub fn write(draft: &Draft, article_name: &str) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "# Drafted from {} by `{}`: check every line against the article, then `{}`.\n",
        comment_text(article_name),
        Line::new(Cmd::Draft),
        Line::new(Cmd::Apply)
    ));
    out.push_str("# Quotes and speakers are the article's words; the ids and labels of the nodes declared below are the draft's.\n");
    out.push_str("# A line commented out is a candidate the rules were unsure of: delete it, or uncomment it.\n\n");
    if draft.source_known {
        let _ = writeln!(out, "@{}", word(&draft.source));
    } else {
        let about = &draft.about;
        let title = about.title.as_deref().unwrap_or(&draft.source);
        let mut line = format!("source {} {}", word(&draft.source), quoted(title));
        if let Some(date) = &about.date {
            let _ = write!(line, " {date}");
        }
        if let Some(url) = &about.url {
            let _ = write!(line, " url {}", word(url));
        }
        if about.title.is_none() || about.date.is_none() {
            line.push_str("  # proposed: a new source; give its title and date");
        }
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
    let declaring = declaring_claims(draft);
    let declared: HashMap<usize, &DraftNode> = declaring.values().map(|&(c, n)| (c, n)).collect();
    for node in draft.parties.iter().chain(&draft.positions) {
        if !declaring.contains_key(node.id.as_str()) {
            node_line(&mut out, node);
        }
    }
    if !draft.claims.is_empty() {
        out.push('\n');
    }
    for (i, claim) in draft.claims.iter().enumerate() {
        claim_line(&mut out, claim, declared.get(&i).copied());
    }
    out
}

/// For each new position a claim can declare, that claim: the first not
/// commented out that names it as its TO, or, for a position only unsure
/// candidates name, the first of those. A position with aliases keeps its
/// line (a quote after `aka` would read as one more alias).
fn declaring_claims(draft: &Draft) -> HashMap<&str, (usize, &DraftNode)> {
    let mut out = HashMap::new();
    for node in draft
        .positions
        .iter()
        .filter(|n| !n.known && n.aliases.is_empty())
    {
        let names_it = |c: &Candidate| c.relation.is_some_and(|r| to_of(c, r) == Some(&node.id));
        let first = |sure: bool| {
            draft
                .claims
                .iter()
                .position(|c| names_it(c) && c.unsure.is_none() == sure)
        };
        let at = first(true).or_else(|| first(false).filter(|_| node.unsure_only));
        if let Some(at) = at {
            out.insert(node.id.as_str(), (at, node));
        }
    }
    out
}

/// The node a claim names as its TO (see [`statement`]).
fn to_of(c: &Candidate, relation: Relation) -> Option<&String> {
    match relation {
        Relation::ConditionsOn | Relation::Excludes | Relation::PartOf | Relation::Supersedes => {
            c.other.as_ref()
        }
        _ => c.target.as_ref(),
    }
}

fn node_line(out: &mut String, node: &DraftNode) {
    if node.known {
        let _ = writeln!(
            out,
            "# known: {} (the graph's {})",
            node.id,
            comment_text(&node.label)
        );
        return;
    }
    let mut line = format!("{} {} {}", node.kind, word(&node.id), quoted(&node.label));
    if !node.aliases.is_empty() {
        line.push_str(" aka");
        for alias in &node.aliases {
            let _ = write!(line, " {}", word(alias));
        }
    }
    if node.unsure_only {
        let _ = writeln!(out, "# {line}  # proposed; only unsure candidates name it");
    } else {
        let _ = writeln!(out, "{line}");
    }
}

fn claim_line(out: &mut String, c: &Candidate, declares: Option<&DraftNode>) {
    let mut line = match c.relation {
        Some(relation) => statement(c, relation, declares),
        None => format!("change by {}:", id(&c.holder)),
    };
    let _ = write!(line, " {}", quoted(&c.quote));
    if let Some(speaker) = &c.speaker {
        let _ = write!(line, " speaker {}", quoted(speaker));
    }
    let mut comment = format!("cue: {}", c.cue);
    if let Some(why) = &c.unsure {
        let _ = write!(comment, "; unsure: {why}");
    }
    if c.unsure.is_some() || c.relation.is_none() {
        let _ = writeln!(out, "# {line}  # {comment}");
    } else {
        let _ = writeln!(out, "{line}  # {comment}");
    }
}

/// The claim without its citation: `FROM RELATION TO [field NODE]`; TO
/// declared there (`KIND =ID "LABEL"`) when the claim `declares` it.
fn statement(c: &Candidate, relation: Relation, declares: Option<&DraftNode>) -> String {
    let missing = "?";
    let to_is_other = matches!(
        relation,
        Relation::ConditionsOn | Relation::Excludes | Relation::PartOf | Relation::Supersedes
    );
    let name = |n: Option<&String>, is_to: bool| match declares {
        Some(node) if is_to && n == Some(&node.id) => {
            format!("{} ={} {}", node.kind, node.id, quoted(&node.label))
        }
        _ => id(n.map_or(missing, String::as_str)),
    };
    let target = name(c.target.as_ref(), !to_is_other);
    let other = name(c.other.as_ref(), to_is_other);
    match relation {
        // Between two positions, said by the holder.
        Relation::ConditionsOn | Relation::Excludes => {
            format!("{} {relation} {} by {}", target, other, id(&c.holder))
        }
        Relation::Counters => format!("{} {relation} {} with {}", id(&c.holder), target, other),
        Relation::Threatens if c.other.is_some() => {
            format!("{} {relation} {} trigger {}", id(&c.holder), target, other)
        }
        // A term belongs to its proposal; who proposed it is the
        // proposal's own claim.
        Relation::PartOf | Relation::Supersedes => {
            format!("{} {relation} {}", target, other)
        }
        _ => format!("{} {relation} {}", id(&c.holder), target),
    }
}

/// The format's keywords: an id spelled like one is written `=ID`, which
/// the format reads as an id whatever it is.
const KEYWORDS: &[&str] = &[
    "since",
    "until",
    "note",
    "by",
    "target",
    "trigger",
    "with",
    "disputed_by",
    "aka",
    "actor",
    "status",
    "issue",
    "quantity",
    "on",
    "speaker",
    "url",
    "publisher",
    "file",
    "term",
    "source",
    "node",
    "extra",
    "title",
    "negograph",
    "party",
    "demand",
    "condition",
    "proposal",
];

/// A node's id as a claim names it: `=ID` when the id reads as a keyword or
/// a relation.
fn id(text: &str) -> String {
    let relation = text.replace('-', "_").parse::<Relation>().is_ok();
    if relation || KEYWORDS.contains(&text) {
        format!("={text}")
    } else {
        word(text)
    }
}

/// A word of the format: as it is, or in double quotes with JSON's escapes
/// when it has spaces or starts with a character the format reads.
fn word(text: &str) -> String {
    let plain = !text.is_empty()
        && !text.starts_with(['"', '@', '#', '='])
        && !text.chars().any(|c| c.is_whitespace() || c.is_control());
    if plain { text.to_owned() } else { quoted(text) }
}

/// Text in double quotes with JSON's escapes: one line whatever it holds.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).expect("a string serialises")
}

/// Text for a comment: on one line.
fn comment_text(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_only_when_the_format_needs_it() {
        assert_eq!(word("russia"), "russia");
        assert_eq!(word("@x"), "\"@x\"");
        assert_eq!(word("two words"), "\"two words\"");
        assert_eq!(word(""), "\"\"");
        assert_eq!(quoted("a \"b\"\nc"), "\"a \\\"b\\\"\\nc\"");
        // A proposed id spelled like a keyword or relation stays an id.
        assert_eq!(id("note"), "=note");
        assert_eq!(id("part-of"), "=part-of");
        assert_eq!(id("ceasefire"), "ceasefire");
    }
}
