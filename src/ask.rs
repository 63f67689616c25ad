//! Plain-English questions, turned into the same queries the subcommands run.
//!
//! The grammar is a fixed list of forms (see [`FORMS`]): predictable beats clever
//! for people who quote answers in briefings. Names inside a question resolve as
//! on the command line; where a form could split in more than one place ("path
//! from A to B" when a name contains "to"), the split whose both sides name nodes
//! wins, and more than one such split is reported as ambiguous.

use crate::error::{Candidate, Error, Result};
use crate::graph::{Graph, NodeIx};
use crate::model::{NodeKind, Relation};
use crate::query::path::PathOptions;
use crate::query::{Query, expect_kind};
use crate::resolve::Names;

/// The question forms `ask` understands, as shown when it cannot parse one.
pub const FORMS: &[&str] = &[
    "what blocks X?                    (also: what stands in the way of X?)",
    "what does X require?              (also: need; for a party: its position)",
    "what does P want?                 (also: demand)",
    "what is P's position?",
    "who supports X?                   (also: rejects, opposes, wants, demands, proposes, threatens,",
    "                                   accepts, mediates, brokers)",
    "how is A connected to B?",
    "path from A to B",
    "how do A and B differ?            (also: compare A and B; how do the proposals differ?)",
    "what is the gap on X?             (X an issue: the proposals that settle it, compared)",
    "what are the issues?",
    "are there deadlocks?",
    "where are the conflicts?",
];

enum Form {
    Blockers(String),
    RequiresOrStance(String),
    Stance(String),
    Who(String, Relation),
    Path(Vec<(String, String)>, bool),
    /// Two proposals, every way the question splits into two names.
    Compare(Vec<(String, String)>),
    /// Every proposal in the graph.
    CompareAll,
    /// The proposals with a term on this issue.
    Gap(String),
    Issues,
    Deadlocks,
    Conflicts,
}

fn strip_prefix_ci<'a>(text: &'a str, prefixes: &[&str]) -> Option<&'a str> {
    prefixes.iter().find_map(|p| {
        (text.len() >= p.len()
            && text.is_char_boundary(p.len())
            && text[..p.len()].eq_ignore_ascii_case(p))
        .then(|| &text[p.len()..])
    })
}

fn strip_suffix_ci<'a>(text: &'a str, suffixes: &[&str]) -> Option<&'a str> {
    suffixes.iter().find_map(|s| {
        let cut = text.len().checked_sub(s.len())?;
        (text.is_char_boundary(cut) && text[cut..].eq_ignore_ascii_case(s)).then(|| &text[..cut])
    })
}

/// Every way to split `text` around `sep` (case-insensitive), left part first.
fn splits(text: &str, sep: &str) -> Vec<(String, String)> {
    let lower = text.to_ascii_lowercase();
    lower
        .match_indices(sep)
        .map(|(at, _)| {
            (
                text[..at].trim().to_owned(),
                text[at + sep.len()..].trim().to_owned(),
            )
        })
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        .collect()
}

fn parse(question: &str) -> Option<Form> {
    let q: String = question.split_whitespace().collect::<Vec<_>>().join(" ");
    let q = q.trim_end_matches(['?', '.', '!', ' ']);
    let lower = q.to_ascii_lowercase();
    let name = |s: &str| s.trim().to_owned();

    if let Some(rest) = strip_prefix_ci(
        q,
        &[
            "what blocks ",
            "what is blocking ",
            "what's blocking ",
            "what stands in the way of ",
            "what is in the way of ",
            "what's in the way of ",
            "blockers of ",
        ],
    ) {
        return Some(Form::Blockers(name(rest)));
    }
    if let Some(rest) = strip_prefix_ci(q, &["what does ", "what do "]) {
        if let Some(n) = strip_suffix_ci(rest, &[" require", " need", " requires", " needs"]) {
            return Some(Form::RequiresOrStance(name(n)));
        }
        if let Some(n) = strip_suffix_ci(rest, &[" want", " demand", " wants", " demands"]) {
            return Some(Form::Stance(name(n)));
        }
        return None;
    }
    if let Some(rest) = strip_prefix_ci(q, &["what is ", "what's "])
        && let Some(n) = strip_suffix_ci(
            rest,
            &["'s position", "’s position", "' position", "s' position"],
        )
    {
        return Some(Form::Stance(name(n)));
    }
    if let Some(rest) = strip_prefix_ci(
        q,
        &[
            "what is the position of ",
            "what's the position of ",
            "position of ",
        ],
    ) {
        return Some(Form::Stance(name(rest)));
    }
    if let Some(rest) = strip_prefix_ci(q, &["who "]) {
        let verbs: &[(&str, Relation)] = &[
            ("supports ", Relation::Supports),
            ("support ", Relation::Supports),
            ("backs ", Relation::Supports),
            ("rejects ", Relation::Rejects),
            ("reject ", Relation::Rejects),
            ("opposes ", Relation::Rejects),
            ("oppose ", Relation::Rejects),
            ("wants ", Relation::Demands),
            ("want ", Relation::Demands),
            ("demands ", Relation::Demands),
            ("demand ", Relation::Demands),
            ("proposes ", Relation::Proposes),
            ("proposed ", Relation::Proposes),
            ("propose ", Relation::Proposes),
            ("threatens ", Relation::Threatens),
            ("threaten ", Relation::Threatens),
            ("mediates ", Relation::Mediates),
            ("mediate ", Relation::Mediates),
            ("mediated ", Relation::Mediates),
            ("brokers ", Relation::Mediates),
            ("brokered ", Relation::Mediates),
            ("broker ", Relation::Mediates),
            ("accepts ", Relation::Accepts),
            ("accepted ", Relation::Accepts),
            ("accept ", Relation::Accepts),
        ];
        return verbs.iter().find_map(|(verb, rel)| {
            strip_prefix_ci(rest, &[verb]).map(|n| Form::Who(name(n), *rel))
        });
    }
    if let Some(rest) = strip_prefix_ci(q, &["how is ", "how are "]) {
        let options = splits(rest, " connected to ");
        let options = if options.is_empty() {
            splits(rest, " linked to ")
        } else {
            options
        };
        return (!options.is_empty()).then_some(Form::Path(options, false));
    }
    if let Some(rest) = strip_prefix_ci(
        q,
        &[
            "path from ",
            "the path from ",
            "what is the path from ",
            "show the path from ",
            "show path from ",
        ],
    ) {
        let options = splits(rest, " to ");
        return (!options.is_empty()).then_some(Form::Path(options, true));
    }
    let all_proposals = [
        "how do the proposals differ",
        "how do proposals differ",
        "compare the proposals",
        "compare proposals",
        "compare all proposals",
    ];
    if all_proposals.contains(&lower.as_str()) {
        return Some(Form::CompareAll);
    }
    if let Some(rest) = strip_prefix_ci(q, &["how do ", "how does "])
        && let Some(pair) = strip_suffix_ci(rest, &[" differ"])
    {
        let options = splits(pair, " and ");
        return (!options.is_empty()).then_some(Form::Compare(options));
    }
    if let Some(rest) = strip_prefix_ci(q, &["how does "]) {
        let options = splits(rest, " differ from ");
        return (!options.is_empty()).then_some(Form::Compare(options));
    }
    if let Some(rest) = strip_prefix_ci(q, &["compare "]) {
        let mut options = splits(rest, " and ");
        options.extend(splits(rest, " with "));
        return (!options.is_empty()).then_some(Form::Compare(options));
    }
    if let Some(rest) = strip_prefix_ci(
        q,
        &[
            "what is the gap on ",
            "what's the gap on ",
            "what is the gap over ",
            "what's the gap over ",
            "the gap on ",
            "gap on ",
        ],
    ) {
        return Some(Form::Gap(name(rest)));
    }
    let issue_forms = [
        "what are the issues",
        "which issues are there",
        "issues",
        "show the issues",
        "show issues",
    ];
    if issue_forms.contains(&lower.as_str()) {
        return Some(Form::Issues);
    }
    let deadlock_forms = [
        "are there deadlocks",
        "are there any deadlocks",
        "any deadlocks",
        "deadlocks",
        "show deadlocks",
        "where are the deadlocks",
        "is there a deadlock",
        "is there any deadlock",
    ];
    if deadlock_forms.contains(&lower.as_str()) {
        return Some(Form::Deadlocks);
    }
    let conflict_forms = [
        "where are the conflicts",
        "where are conflicts",
        "are there conflicts",
        "are there any conflicts",
        "any conflicts",
        "conflicts",
        "show conflicts",
        "what are the conflicts",
    ];
    if conflict_forms.contains(&lower.as_str()) {
        return Some(Form::Conflicts);
    }
    None
}

/// Turns a question into the query its subcommand would run, resolving its names.
pub fn interpret(question: &str, g: &Graph, names: &Names) -> Result<Query> {
    let form = parse(question).ok_or_else(|| Error::Question {
        question: question.trim().to_owned(),
        forms: FORMS,
    })?;
    let query = match form {
        Form::Blockers(n) => {
            let n = names.resolve(&n)?;
            expect_kind(g, n, "blockers")?;
            Query::Blockers {
                node: n,
                all_chains: false,
            }
        }
        Form::RequiresOrStance(n) => {
            let n = names.resolve(&n)?;
            if g.kind(n) == NodeKind::Party {
                Query::Stance(n)
            } else {
                Query::Requires(n)
            }
        }
        Form::Stance(n) => {
            let n = names.resolve(&n)?;
            expect_kind(g, n, "stance")?;
            Query::Stance(n)
        }
        Form::Who(n, rel) => {
            let n = names.resolve(&n)?;
            expect_kind(g, n, "who")?;
            Query::Who {
                node: n,
                relation: Some(rel),
                side: None,
            }
        }
        Form::Path(options, directed) => {
            let (from, to) = pick_split(&options, names)?;
            Query::Path {
                from,
                to,
                options: PathOptions {
                    directed,
                    ..PathOptions::default()
                },
            }
        }
        Form::Compare(options) => {
            let (a, b) = pick_split(&options, names)?;
            Query::Compare(vec![a, b])
        }
        Form::CompareAll => Query::Compare(
            g.node_indices()
                .filter(|&n| g.kind(n) == NodeKind::Proposal)
                .collect(),
        ),
        Form::Gap(issue) => {
            let i = names.resolve(&issue)?;
            if g.kind(i) != NodeKind::Issue {
                return Err(Error::WrongKind {
                    id: g.id(i).to_owned(),
                    actual: g.kind(i),
                    command: "the gap on",
                    expected: "an issue",
                    hint: Some("negograph issues".into()),
                });
            }
            Query::Compare(proposals_on(g, i))
        }
        Form::Issues => Query::Issues,
        Form::Deadlocks => Query::Deadlocks,
        Form::Conflicts => Query::Conflicts,
    };
    if let Query::Compare(proposals) = &query {
        crate::query::compare::check_proposals(g, proposals)?;
    }
    Ok(query)
}

/// The proposals with a term naming `issue`, in file order of their terms'
/// `part_of` claims: one pass over the edges.
fn proposals_on(g: &Graph, issue: NodeIx) -> Vec<NodeIx> {
    let mut seen = vec![false; g.node_count()];
    let mut found = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        if m.relation == Relation::PartOf
            && g.facts(m.from).and_then(|f| f.issue) == Some(issue)
            && !std::mem::replace(&mut seen[m.to.index()], true)
        {
            found.push(m.to);
        }
    }
    found
}

/// Of the ways to split "A to B", the one where both sides name a node.
fn pick_split(options: &[(String, String)], names: &Names) -> Result<(NodeIx, NodeIx)> {
    let mut good = Vec::new();
    for (a, b) in options {
        if let (Some(x), Some(y)) = (names.lookup(a)?, names.lookup(b)?) {
            good.push((x, y, a, b));
        }
    }
    match good.as_slice() {
        [(x, y, _, _)] => Ok((*x, *y)),
        [] => {
            // Report the first side that does not resolve, with its suggestions.
            let (a, b) = &options[0];
            let failure = names.resolve(a).err().or_else(|| names.resolve(b).err());
            Err(failure
                .unwrap_or_else(|| Error::Usage(format!("cannot find both '{a}' and '{b}'"))))
        }
        many => Err(Error::Ambiguous {
            name: format!("{} ... {}", many[0].2, many[0].3),
            candidates: many
                .iter()
                .map(|(x, y, _, _)| Candidate {
                    id: format!("{} -> {}", names.candidate(*x).id, names.candidate(*y).id),
                    label: "one reading of the question".into(),
                })
                .collect(),
        }),
    }
}
