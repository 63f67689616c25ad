//! Mermaid flowcharts, for diagrams embedded in Markdown (GitHub renders them).
//!
//! Mermaid reads `#NNN;` as a character code inside labels, so every character of
//! user text outside a small safe set is written that way: quotes, brackets,
//! pipes, angle brackets, backticks and markdown markers can neither end a label
//! nor start markup. Node ids are generated.

use super::scene::{Mark, Role, Scene};
use super::style::Standing;
use super::{Style, clip, wrap_label};
use crate::graph::{Graph, NodeIx};
use crate::model::{NodeKind, Relation};

/// Text made safe inside a Mermaid `"..."` label.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric()
            || matches!(
                c,
                ' ' | '.' | ',' | ':' | ';' | '!' | '?' | '-' | '\'' | '/' | '(' | ')'
            )
        {
            out.push(c);
        } else if c.is_control() {
            out.push(' ');
        } else {
            out.push_str(&format!("#{};", u32::from(c)));
        }
    }
    out
}

fn label(lines: &[String]) -> String {
    lines
        .iter()
        .map(|l| escape(l))
        .collect::<Vec<_>>()
        .join("<br/>")
}

/// The title as the first line's comment, encoded as labels are. Mermaid
/// looks for `%%{...}%%` directives anywhere in the text, comments included,
/// and a line separator (or any character it treats as a line end) would
/// start a line of the title's choosing: encoded, neither `%`, braces nor a
/// line end can appear.
fn title_comment(title: &str, subtitle: &str) -> String {
    let mut line = escape(&clip(title, 200));
    if !subtitle.is_empty() {
        line.push_str(" · ");
        line.push_str(&escape(&clip(subtitle, 200)));
    }
    line
}

/// The scene as a Mermaid flowchart in the style's direction: the nodes,
/// edges, marks, colours and proposal boxes [`to_dot`](super::dot::to_dot)
/// draws, without footnotes or legend. `status` gives each node's status on
/// the view's day: a position that is not open is labelled with it and drawn
/// faded. Node ids are `n` and the node's index, so a scene always gives the
/// same text.
pub fn to_mermaid(
    g: &Graph,
    scene: &Scene,
    style: &Style,
    standing: impl Fn(NodeIx) -> Standing,
) -> String {
    let direction = match style.rankdir {
        super::RankDir::LeftRight => "LR",
        super::RankDir::TopBottom => "TB",
        super::RankDir::RightLeft => "RL",
        super::RankDir::BottomTop => "BT",
    };
    let mut out = String::new();
    out.push_str(&format!(
        "%% {}\n",
        title_comment(&scene.title, &scene.subtitle)
    ));
    out.push_str(&format!("flowchart {direction}\n"));
    nodes(&mut out, g, scene, &standing);
    let link_styles = links(&mut out, g, scene);
    for s in link_styles {
        out.push_str(&s);
    }
    class_defs(&mut out);
    if out.contains(":::postponed\n") {
        // A postponed position: still pending, its border dotted (style.rs's
        // status look).
        out.push_str("  classDef postponed fill:#ffffff,stroke:#4a5568,stroke-dasharray:2\n");
    }
    out
}

/// The nodes, a proposal and its terms in one subgraph (the box the DOT
/// draws), each with its shape and class.
fn nodes(out: &mut String, g: &Graph, scene: &Scene, standing: &impl Fn(NodeIx) -> Standing) {
    // A proposal and its terms go in one subgraph, the box the DOT draws.
    let boxed: std::collections::HashMap<NodeIx, NodeIx> = scene
        .packages
        .iter()
        .flat_map(|(p, terms)| {
            std::iter::once(*p)
                .chain(terms.iter().copied())
                .map(|n| (n, *p))
        })
        .collect();
    let mut in_box: std::collections::BTreeMap<NodeIx, String> = std::collections::BTreeMap::new();
    for &(n, role) in &scene.nodes {
        let kind = g.kind(n);
        let mut lines = wrap_label(g.label(n), 24, 6);
        let standing = standing(n);
        let st = standing.status;
        let look = (kind != NodeKind::Party)
            .then(|| standing.look(g.node(n).scheduled_on(st, scene.as_of)));
        if let Some(note) = look.as_ref().and_then(|l| l.note.clone()) {
            lines.push(note);
        }
        let text = label(&lines);
        let shape = match kind {
            NodeKind::Party => format!("[\"{text}\"]"),
            NodeKind::Demand => format!("([\"{text}\"])"),
            NodeKind::Condition => format!("{{{{\"{text}\"}}}}"),
            NodeKind::Proposal => format!("[[\"{text}\"]]"),
            NodeKind::Issue => format!(">\"{text}\"]"),
        };
        let mut class = kind.as_str().to_owned();
        if scene.faded_nodes.contains(&n) || look.as_ref().is_some_and(|l| l.greyed) {
            class = "faded".into();
        } else if look.as_ref().is_some_and(|l| l.border == "dotted") {
            class = "postponed".into();
        } else if role != Role::Plain {
            class.push_str("_answer");
        }
        let line = format!("  n{}{shape}:::{class}\n", n.index());
        match boxed.get(&n) {
            Some(p) => in_box.entry(*p).or_default().push_str(&format!("  {line}")),
            None => out.push_str(&line),
        }
    }
    for (p, lines) in in_box {
        out.push_str(&format!(
            "  subgraph k{0} [\" \"]\n{lines}  end\n  style k{0} fill:#f7f2fd,stroke:#6b46c1\n",
            p.index()
        ));
    }
}

/// The edges, the holders' lines and the trigger lines, in that order;
/// returns their `linkStyle` lines (Mermaid numbers links as drawn).
fn links(out: &mut String, g: &Graph, scene: &Scene) -> Vec<String> {
    let mut link_styles = Vec::new();
    for (i, &e) in scene.edges.iter().enumerate() {
        let m = g.meta(e);
        let mut text = m.relation.phrase().to_owned();
        if m.relation == Relation::ConditionsOn
            && let Some(by) = m.by
        {
            text = format!("needs, per {}", clip(g.label(by), 30));
        }
        for line in super::claim_lines(g, e) {
            text.push_str(", ");
            text.push_str(&line);
        }
        let mark = scene.marks.get(&e);
        match mark {
            Some(Mark::Concession(options)) => {
                let numbers: Vec<String> = options.iter().map(usize::to_string).collect();
                text = format!("give up ({}): {text}", numbers.join(", "));
            }
            Some(Mark::Added) => text = format!("added: {text}"),
            Some(Mark::Removed) => text = format!("ended: {text}"),
            None => {}
        }
        // Mermaid has three arrows: a dashed line for the styles drawn
        // dashed or dotted, a cross for those ending in a bar (`tee`).
        let arrow = match super::style::relation_style(m.relation) {
            (_, "dashed" | "dotted", _) => "-.->",
            (_, _, "tee") => "--x",
            _ => "-->",
        };
        out.push_str(&format!(
            "  n{} {arrow}|\"{}\"| n{}\n",
            m.from.index(),
            escape(&text),
            m.to.index()
        ));
        // The static diagrams' colours (style.rs), so no drawing differs.
        let color = match mark {
            Some(Mark::Concession(_)) => super::style::CONCESSION,
            Some(Mark::Added) => super::style::ADDED,
            Some(Mark::Removed) => super::style::REMOVED,
            None if scene.faded_edges.contains(&e) => super::style::FADED,
            None => super::style::relation_style(m.relation).0,
        };
        let width = if scene.highlighted.contains(&e) { 3 } else { 1 };
        link_styles.push(format!(
            "  linkStyle {i} stroke:{color},stroke-width:{width}px\n"
        ));
    }
    // A party's dotted line to each condition it sets, as in the DOT views.
    for (k, &(party, node)) in scene.holders.iter().enumerate() {
        out.push_str(&format!(
            "  n{} -.->|\"sets\"| n{}\n",
            party.index(),
            node.index()
        ));
        link_styles.push(format!(
            "  linkStyle {} stroke:#2b6cb0,stroke-width:1px\n",
            scene.edges.len() + k
        ));
    }
    // A line from the node asked about to each threat it sets off.
    let drawn = scene.edges.len() + scene.holders.len();
    for (k, (trigger, threatened, threats)) in scene.triggers.iter().enumerate() {
        let (label, _) = super::dot::trigger_words(g, *trigger, *threatened, threats);
        out.push_str(&format!(
            "  n{} -.->|\"{}\"| n{}\n",
            trigger.index(),
            escape(&label.replace('\n', " ")),
            threatened.index()
        ));
        link_styles.push(format!(
            "  linkStyle {} stroke:#dd6b20,stroke-width:2px\n",
            drawn + k
        ));
    }
    link_styles
}

/// A class for each kind of node, plain and named by the answer, in the
/// static diagrams' colours (style.rs), and one for what is faded.
fn class_defs(out: &mut String) {
    for &kind in NodeKind::ALL {
        let (_, fill, border) = super::style::kind_style(kind);
        let name = kind.as_str();
        out.push_str(&format!("  classDef {name} fill:{fill},stroke:{border}\n"));
        out.push_str(&format!(
            "  classDef {name}_answer fill:{fill},stroke:#c53030,stroke-width:3px\n"
        ));
    }
    out.push_str(&format!(
        "  classDef faded fill:#f2f2f2,stroke:{},color:#8a8a8a,stroke-dasharray:4\n",
        super::style::FADED
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_can_end_a_label() {
        let e = escape("a\"]|`<b>#x;\n");
        assert!(
            !e.contains('"')
                && !e.contains(']')
                && !e.contains('|')
                && !e.contains('<')
                && !e.contains('`')
        );
        assert_eq!(escape("Türkiye (host)"), "Türkiye (host)");
    }

    #[test]
    fn a_title_cannot_inject_a_directive_or_a_line() {
        let line = title_comment(
            "T\u{2028}%%{init: {'theme':'dark'}}%%\rflowchart TB\n  x[evil]\u{85}y",
            "What blocks X? (as of 2025-05-12)",
        );
        assert!(!line.contains('%') && !line.contains('{') && !line.contains('}'));
        assert!(line.lines().count() == 1, "{line:?}");
        assert!(
            !line
                .chars()
                .any(|c| c.is_control() || c == '\u{2028}' || c == '\u{2029}')
        );
        assert!(
            line.starts_with("T#8232;#37;#37;#123;init: #123;"),
            "{line}"
        );
        assert!(
            line.ends_with(" · What blocks X? (as of 2025-05-12)"),
            "{line}"
        );
    }
}
