//! The interactive map: one self-contained HTML file (`render -o map.html`).
//!
//! Graphviz lays the scene out at render time, from the same DOT the static
//! views are drawn from, so the map and the pictures agree; the browser draws
//! it from those positions. Everything the page needs is inside it (script,
//! style, data); its Content-Security-Policy forbids fetching anything, so it
//! works offline from `file://` and cannot call out.
//!
//! User text reaches the page only inside the JSON data block, escaped so that
//! no `<` (hence no `</script>` or `<!--`) can end it; the script puts every
//! label, quote and note into the page as text, never as markup.

use std::collections::BTreeMap;

use serde::Serialize;

use super::layout::Layout;
use super::map_data::MapData;
use super::map_gather::gather;
use super::scene::{Focus, scene};
use super::{Style, dot};
use crate::error::Result;
use crate::graph::Graph;
use crate::view::{View, ViewSpec, When};

const TEMPLATE: &str = include_str!("map/map.html");
const SCRIPT: &str = include_str!("map/map.js");
const STYLE: &str = include_str!("map/map.css");

/// The map of `focus` in the graph as `spec` sees it, and how it was laid out.
///
/// The whole graph is mapped for all time, so that the date slider can bring
/// back what has lapsed; it starts on the day `spec` names. An answer view
/// (`--blockers` and the others) maps the answer on that day. A view of more
/// than [`super::MAX_DRAWN_NODES`] nodes or [`super::MAX_DRAWN_EDGES`] lines is
/// refused unless `force`, as for pictures.
///
/// Runs Graphviz's `dot` for the layout (see [`crate::render::layout`]).
///
/// # Errors
///
/// [`Error::TooBigToDraw`](crate::Error::TooBigToDraw) for a view too large (without `force`); those of
/// [`View::new`] for a name in `spec` that fits no node or several; those
/// of [`crate::render::layout`] when Graphviz is missing or fails.
pub fn map(
    g: &Graph,
    spec: &ViewSpec,
    focus: &Focus,
    style: &Style,
    force: bool,
) -> Result<(String, crate::render::Plan)> {
    let asked = View::new(g, spec)?;
    let all_time;
    let (view, shown) = if *focus == Focus::Whole {
        all_time = View::new(
            g,
            &ViewSpec {
                when: When::AllTime,
                ..spec.clone()
            },
        )?;
        (&all_time, scene(&all_time, None, focus))
    } else {
        (&asked, scene(&asked, None, focus))
    };
    let plan = super::layout_plan(&shown, force)?;
    let plain = Style {
        legend: false,
        quotes: false,
        ..*style
    };
    let text = dot::to_dot(g, &shown, &plain, |n| super::style::Standing::of(view, n));
    // Graphviz lays the map out in its own process while the answers are
    // computed here: on a 1,000-node view each takes over a second.
    let (laid_out, answers) = std::thread::scope(|s| {
        let layout = s.spawn(|| crate::render::layout(&text, plan));
        let answers = super::map_answers::answers(g, spec, &shown, asked.as_of);
        (
            layout.join().expect("the layout thread does not panic"),
            answers,
        )
    });
    let layout = Layout::from_json0(&laid_out?)?;
    let mut data = gather(view, &shown, &layout, asked.as_of)?;
    // Each node's panel lists, from the drawn edges (map_panels reads the
    // map's data; the data does not call back into it).
    super::map_panels::fill(&mut data.nodes, &data.edges);
    data.answers = answers?;
    data.answers.party_views = super::map_answers::party_views(view, &shown);
    data.issue_charts = issue_charts(view, &shown);
    if let Focus::Blockers(x) = focus {
        data.opens_on = Some(g.id(*x).to_owned());
    }
    Ok((page(&data), plan))
}

/// The chart of each drawn issue some party states a dated figure on, by id.
fn issue_charts(view: &View, scene: &super::scene::Scene) -> BTreeMap<String, String> {
    let g = view.graph;
    crate::query::issues::issues(view)
        .issues
        .iter()
        .filter(|i| scene.contains(i.node.ix) && i.positions.iter().any(|s| s.stated.is_some()))
        .map(|i| (i.node.id.clone(), super::issue_chart::svg(g, i)))
        .collect()
}

/// The HTML page for map data: the template with the style, the data (as
/// [`script_json`]) and the script put in. Same data, same bytes.
pub fn page(data: &MapData) -> String {
    let (head, rest) = TEMPLATE
        .split_once("/*CSS*/")
        .expect("the template has a style slot");
    let (middle, rest) = rest
        .split_once("/*DATA*/")
        .expect("the template has a data slot");
    let (before_js, tail) = rest
        .split_once("/*JS*/")
        .expect("the template has a script slot");
    let json = script_json(data);
    let mut out = String::with_capacity(TEMPLATE.len() + STYLE.len() + SCRIPT.len() + json.len());
    for part in [head, STYLE, middle, &json, before_js, SCRIPT, tail] {
        out.push_str(part);
    }
    out
}

/// JSON that can sit inside a `<script>` element: `<`, `>` and `&` are written
/// as `\u003c`, `\u003e` and `\u0026` (they only occur inside strings, where
/// JSON allows the escape), so no text can close the element or open a
/// comment; U+2028 and U+2029 are escaped too, for older parsers.
pub fn script_json<T: Serialize>(value: &T) -> String {
    let raw = serde_json::to_string(value).expect("map data always serializes");
    let mut out = String::with_capacity(raw.len() + raw.len() / 16);
    for c in raw.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_end_the_script_element() {
        let hostile = vec![
            "</script><script>alert(1)</script>",
            "<!-- x",
            "a & b > c",
            "\u{2028}",
        ];
        let out = script_json(&hostile);
        assert!(!out.contains('<') && !out.contains('>') && !out.contains('&'));
        assert!(!out.contains('\u{2028}'));
        let back: Vec<String> = serde_json::from_str(&out).unwrap();
        assert_eq!(
            back, hostile,
            "the escaped JSON reads back to the same text"
        );
    }

    #[test]
    fn the_page_parts_never_close_their_own_elements() {
        assert!(!SCRIPT.to_ascii_lowercase().contains("</script"));
        assert!(!SCRIPT.contains("<!--"));
        assert!(!STYLE.to_ascii_lowercase().contains("</style"));
        for slot in ["/*CSS*/", "/*DATA*/", "/*JS*/"] {
            assert_eq!(TEMPLATE.matches(slot).count(), 1, "{slot}");
        }
    }
}
