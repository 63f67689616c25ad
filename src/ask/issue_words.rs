//! "Where does everyone stand on hostages?": an issue named by a common
//! word of its name, not by the name itself ("Living hostages released",
//! "Dead hostages' remains returned"), asks for the issues, each party's
//! positions on each; the word is read, and said.

use super::plan::Frame;
use super::words::{is_stopword, words};
use crate::graph::NodeIx;
use crate::model::NodeKind;

/// Phrases that ask for positions on something, or how far apart they are.
const ASKED_ON: &str =
    "stand/stands/position/positions/view/views/think/thinks/spread/range/gap on/about/of";

/// The question's loose words (stems) that are words of some issue's
/// name, with those issues; nothing unless it asks for positions on it
/// ([`ASKED_ON`]) and names no party (whose own stance that would be).
pub(super) fn issue_words(f: &Frame) -> (Vec<String>, Vec<NodeIx>) {
    let none = (Vec::new(), Vec::new());
    if !((f.says)(ASKED_ON) || (f.says)("where/wheres * on"))
        || f.first(super::plan::Takes::Party, &[]).is_some()
    {
        return none;
    }
    let g = f.graph;
    let mut used = Vec::new();
    let mut issues = Vec::new();
    for n in g.node_indices().filter(|&n| g.kind(n) == NodeKind::Issue) {
        let own: Vec<String> = std::iter::once(g.label(n))
            .chain(g.node(n).aliases.iter().map(String::as_str))
            .flat_map(words)
            .filter(|w| w.text.len() >= 3 && !is_stopword(&w.text))
            .map(|w| w.stem)
            .collect();
        let hit: Vec<&String> = f.loose.iter().filter(|w| own.contains(w)).collect();
        if !hit.is_empty() {
            issues.push(n);
            for w in hit {
                if !used.contains(w) {
                    used.push(w.clone());
                }
            }
        }
    }
    (used, issues)
}

/// What to say of the issues a word was read as.
pub(super) fn note(f: &Frame, words: &[String], issues: &[NodeIx]) -> String {
    let ids: Vec<&str> = issues.iter().map(|&n| f.graph.id(n)).collect();
    // The words as typed ("hostages"), not their stems.
    let typed: Vec<&str> = f
        .typed
        .iter()
        .filter(|w| words.contains(&super::words::stem(w)))
        .map(String::as_str)
        .collect();
    format!(
        "read '{}' as the issue{} {}, among every issue",
        typed.join("', '"),
        if ids.len() == 1 { "" } else { "s" },
        ids.join(", ")
    )
}
