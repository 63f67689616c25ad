//! The help for a question `ask` cannot read: a name of the wrong kind or
//! not in the graph said as the subcommands say it, or else the question
//! forms of the intents it came closest to, filled in with the names it
//! did recognise.

use super::Parsed;
use super::choose::ranked;
use super::cues::Pattern;
use super::intents::{self, Intent};
use super::names::Mention;
use super::parse::content_left;
use super::words::ARTICLES;
use crate::args::{Arg, Cmd, Line};
use crate::error::{Error, Hint};
use crate::graph::Graph;
use crate::model::NodeKind;
use crate::query::expect_kind;
use crate::resolve::Names;

/// Why a question has no reading, as helpfully as the question allows: a
/// name of the wrong kind, a name not in the graph, or the forms closest
/// to the question filled in with the names it did recognise.
pub(super) fn refusal(question: &str, parsed: &Parsed, graph: &Graph) -> Error {
    let ranked: Vec<&'static Intent> = ranked(parsed).into_iter().map(|(i, _)| i).collect();
    if let Some(top) = ranked.first() {
        // The question says what it wants, but its name is of another kind
        // ("what blocks Russia?"): say which command takes it.
        if matches!(
            top.command,
            Cmd::Blockers | Cmd::Requires | Cmd::Stance | Cmd::Responses
        ) && let Some(mention) = parsed.mentions.first()
            && let [n, ..] = mention.nodes[..]
            && let Err(wrong) = expect_kind(graph, n, Arg::Cmd(top.command))
        {
            return wrong;
        }
        // "The gap on Hamas", "compare Russia with Ukraine": compare takes
        // proposals, and the gap is asked on an issue.
        if top.command == Cmd::Compare
            && let Some(mention) = parsed.mentions.first()
            && let [n, ..] = mention.nodes[..]
        {
            let gap = ["gap/gaps/overlap/overlaps", "how far apart"]
                .iter()
                .any(|p| Pattern::new(p).matches(&parsed.frame));
            let (asked, expected) = if gap {
                (Arg::Words("the gap on"), "an issue")
            } else {
                (Arg::Cmd(Cmd::Compare), "proposals")
            };
            return Error::WrongKind {
                id: graph.id(n).to_owned(),
                actual: graph.kind(n),
                asked,
                expected,
                hint: Some(Hint::Run(if graph.kind(n) == NodeKind::Party {
                    Line::with_arg(Cmd::Stance, graph.id(n))
                } else {
                    Line::new(Cmd::Issues)
                })),
            };
        }
        // Or it names something the graph does not hold ("what blocks the moon?").
        let left: Vec<usize> = content_left(parsed).collect();
        if parsed.mentions.is_empty()
            && let (Some(&first), Some(&last)) = (left.first(), left.last())
        {
            let start = first
                .checked_sub(1)
                .filter(|&p| ARTICLES.contains(&parsed.words[p].text.as_str()))
                .unwrap_or(first);
            let text = &question[parsed.words[start].span.start..parsed.words[last].span.end];
            if let Err(unknown) = Names::new(graph).resolve(text) {
                return unknown;
            }
        }
    }
    Error::Question {
        question: question.trim().to_owned(),
        forms: closest_forms(parsed, graph, &ranked),
    }
}

/// The refusal for a question the graph cannot speak to (see
/// [`super::scope`]): why, and the forms closest to it, which it can.
pub(super) fn out_of_scope(question: &str, parsed: &Parsed, graph: &Graph, why: &str) -> Error {
    let ranked: Vec<&'static Intent> = ranked(parsed).into_iter().map(|(i, _)| i).collect();
    let forms: Vec<String> = closest_forms(parsed, graph, &ranked)
        .iter()
        .map(|f| format!("negograph ask \"{f}\""))
        .collect();
    Error::Usage(format!(
        "cannot answer \"{}\" from the graph: {why}. The questions closest to it that it can answer: {}",
        question.trim(),
        forms.join("; ")
    ))
}

/// Up to five question forms for a question that was not understood: those
/// of the intents it came closest to first, then those its names fit, each
/// filled in with the names it recognised.
fn closest_forms(parsed: &Parsed, graph: &Graph, ranked: &[&'static Intent]) -> Vec<String> {
    let kind_of = |m: &Mention| graph.kind(m.nodes[0]);
    let party = parsed
        .mentions
        .iter()
        .find(|m| kind_of(m) == NodeKind::Party);
    let position = parsed.mentions.iter().find(|m| kind_of(m).is_position());
    let issue = parsed
        .mentions
        .iter()
        .find(|m| kind_of(m) == NodeKind::Issue);
    let node = parsed.mentions.first();
    let second = parsed.mentions.get(1);
    let fill = |form: &str| -> Option<String> {
        // "Russia's" fills "what is {party}'s position?" as "Russia".
        let text = |m: Option<&Mention>, placeholder: &str| {
            m.map_or_else(
                || placeholder.to_owned(),
                |m| {
                    let t = m.text.trim_end_matches(['\'', '\u{2019}', 's']);
                    if m.text.len() - t.len() == 2 && t.len() > 1 {
                        t.to_owned()
                    } else {
                        m.text.clone()
                    }
                },
            )
        };
        let filled = form
            .replace("{position}", &text(position, "X"))
            .replace("{issue}", &text(issue, "I"))
            .replace("{party}", &text(party, "P"))
            .replace("{node}", &text(node, "X"))
            .replace("{a}", &text(node, "A"))
            .replace("{b}", &text(second, "B"));
        Some(filled)
    };
    // Which forms suit the names given: those that take a kind it named.
    let suits = |form: &str| {
        (position.is_some() && form.contains("{position}"))
            || (issue.is_some() && form.contains("{issue}"))
            || (party.is_some() && form.contains("{party}"))
            || (second.is_some() && form.contains("{b}"))
            || (node.is_some() && form.contains("{node}"))
    };
    let mut forms: Vec<String> = Vec::new();
    let mut add = |form: &str| {
        if let Some(f) = fill(form)
            && !forms.contains(&f)
        {
            forms.push(f);
        }
    };
    for intent in ranked {
        for form in intent.forms {
            add(form);
        }
    }
    // Then one form of each intent the names suit (or of every intent, for
    // a question with no name in it), then the rest.
    // A party is asked about for its positions first.
    let order = intents::all()
        .filter(|i| party.is_some() && i.command == Cmd::Stance)
        .chain(intents::all());
    for intent in order {
        if let Some(form) = intent
            .forms
            .iter()
            .find(|f| suits(f) || parsed.mentions.is_empty())
        {
            add(form);
        }
    }
    for intent in intents::all() {
        for form in intent.forms.iter().filter(|f| suits(f)) {
            add(form);
        }
    }
    // The form of what the question asks most comes first ("what would it
    // take?": what would it take to get X?); then forms filled in whole
    // before those still holding a placeholder.
    let unfilled = |f: &String| {
        f.split(|c: char| !c.is_alphanumeric())
            .filter(|w| matches!(*w, "X" | "P" | "A" | "B" | "I"))
            .count()
    };
    let kept = usize::from(!ranked.is_empty()).min(forms.len());
    forms[kept..].sort_by_key(unfilled);
    forms.truncate(5);
    forms
}

/// Why a reading of more than [`MOST_READINGS`] queries is refused: the
/// name that fits too many nodes, with them, or a set too large to answer.
pub(super) fn too_many(
    parsed: &Parsed,
    graph: &Graph,
    plan: &super::slots::Plan,
    frame_names: &[usize],
) -> Error {
    let mention = plan
        .used
        .iter()
        .map(|&u| &parsed.mentions[frame_names[u]])
        .find(|m| m.nodes.len() > 1);
    // A set the question describes (the talks between two parties, an
    // event's failures) can be larger than a name's readings.
    let Some(mention) = mention else {
        return Error::Usage(format!(
            "the question reads as {} queries; name the node you mean",
            plan.queries.len()
        ));
    };
    Error::Ambiguous {
        name: mention.text.clone(),
        candidates: mention
            .nodes
            .iter()
            .map(|&n| Names::new(graph).candidate(n))
            .collect(),
    }
}
