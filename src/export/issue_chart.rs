//! The "negotiation dance" of one issue as a small SVG line chart: each
//! party's stated figure (days of ceasefire, hostages, a wage rise) over
//! time, from the statements [`crate::query::issues`] finds. A party's
//! figure is the quantity of a term it is for; a range ("45-60 days") is
//! drawn as a bar from its least to its most, joined at its middle. The
//! chart is written here, without Graphviz; user text goes in escaped.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::graph::Graph;
use crate::interop::graphml::escape;
use crate::model::Date;
use crate::query::issues::Issue;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 360.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 180.0;
const TOP: f64 = 48.0;
const BOTTOM: f64 = 48.0;
/// One colour a party, in the order parties first state a figure.
const COLOURS: &[&str] = &[
    "#2b6cb0", "#c53030", "#2f855a", "#b7791f", "#6b46c1", "#dd6b20", "#4a5568",
];

/// One stated figure.
struct Point {
    day: Date,
    min: f64,
    max: f64,
    text: String,
    current: bool,
}

/// The chart of `issue` (as `issues` answers it in the view): one line per
/// party through its stated figures, oldest first.
pub fn svg(g: &Graph, issue: &Issue) -> String {
    let mut parties: Vec<(String, Vec<Point>)> = Vec::new();
    let mut undated = 0;
    let mut unit = None;
    for s in issue.positions.iter().filter(|s| s.in_favour) {
        let (Some(min), Some(max)) = (s.min.or(s.max), s.max.or(s.min)) else {
            continue;
        };
        let Some(day) = s.stated else {
            undated += 1;
            continue;
        };
        unit = unit.or_else(|| s.unit.clone());
        let point = Point {
            day,
            min,
            max,
            text: s.quantity.clone().unwrap_or_default(),
            current: s.current,
        };
        match parties.iter_mut().find(|(p, _)| *p == s.party) {
            Some((_, points)) => points.push(point),
            None => parties.push((s.party.clone(), vec![point])),
        }
    }
    let label = |id: &str| {
        g.find(id)
            .map_or_else(|| id.to_owned(), |n| g.label(n).to_owned())
    };
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>\n\
         <text x=\"{LEFT}\" y=\"24\" font-size=\"15\" fill=\"#1a202c\">{}: each party's figure over time</text>\n",
        escape(&issue.node.label)
    );
    if parties.is_empty() {
        let _ = writeln!(
            out,
            "<text x=\"{LEFT}\" y=\"{}\" fill=\"#4a5568\">No party states a dated figure on this issue.</text>\n</svg>",
            HEIGHT / 2.0
        );
        return out;
    }
    let days = parties
        .iter()
        .flat_map(|(_, p)| p.iter().map(|p| p.day.days_since_epoch()));
    let (first, last) = days.fold((i64::MAX, i64::MIN), |(a, b), d| (a.min(d), b.max(d)));
    let (first, last) = if first == last {
        (first - 1, last + 1)
    } else {
        (first, last)
    };
    let top = parties
        .iter()
        .flat_map(|(_, p)| p.iter().map(|p| p.max))
        .fold(0.0_f64, f64::max)
        .max(1.0)
        * 1.15;
    let (plot_w, plot_h) = (WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
    #[allow(clippy::cast_precision_loss)] // days between two dates: far below 2^52
    let x =
        |day: Date| LEFT + (day.days_since_epoch() - first) as f64 / (last - first) as f64 * plot_w;
    let y = |v: f64| TOP + plot_h - v / top * plot_h;
    axes(&mut out, &parties, top, unit.as_deref(), &x, &y);
    let count = parties.len();
    for (k, (party, points)) in parties.iter_mut().enumerate() {
        points.sort_by_key(|p| p.day);
        let colour = COLOURS[k % COLOURS.len()];
        // Parties stating on the same day side by side, not on top of each other.
        #[allow(clippy::cast_precision_loss)] // a handful of parties
        let nudge = (k as f64 - (count - 1) as f64 / 2.0) * 8.0;
        let x = |day: Date| x(day) + nudge;
        let line: Vec<String> = points
            .iter()
            .map(|p| format!("{:.1},{:.1}", x(p.day), y((p.min + p.max) / 2.0)))
            .collect();
        let _ = writeln!(
            out,
            "<g class=\"party\"><title>{}</title>\n<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>",
            escape(&label(party)),
            line.join(" ")
        );
        for p in points.iter() {
            let (px, mid) = (x(p.day), y((p.min + p.max) / 2.0));
            if p.max > p.min {
                let _ = writeln!(
                    out,
                    "<line x1=\"{px:.1}\" y1=\"{:.1}\" x2=\"{px:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"5\" stroke-opacity=\"0.35\"/>",
                    y(p.min),
                    y(p.max)
                );
            }
            let fill = if p.current { colour } else { "#ffffff" };
            let _ = writeln!(
                out,
                "<circle cx=\"{px:.1}\" cy=\"{mid:.1}\" r=\"4.5\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\"/>\n\
                 <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"{colour}\">{}</text>",
                px + 7.0,
                mid - 7.0,
                escape(&p.text)
            );
        }
        #[allow(clippy::cast_precision_loss)] // a handful of parties
        let key_y = TOP + 8.0 + 20.0 * k as f64;
        let _ = writeln!(
            out,
            "<line x1=\"{0}\" y1=\"{key_y}\" x2=\"{1}\" y2=\"{key_y}\" stroke=\"{colour}\" stroke-width=\"2\"/>\n\
             <text x=\"{2}\" y=\"{3}\" fill=\"#1a202c\">{4}</text></g>",
            WIDTH - RIGHT + 16.0,
            WIDTH - RIGHT + 36.0,
            WIDTH - RIGHT + 42.0,
            key_y + 4.0,
            escape(&crate::export::clip(&label(party), 22))
        );
    }
    let mut notes = vec!["hollow: no longer stated on the chart's day".to_owned()];
    if undated > 0 {
        notes.push(format!(
            "{undated} undated statement{} not drawn",
            if undated == 1 { "" } else { "s" }
        ));
    }
    let _ = writeln!(
        out,
        "<text x=\"{LEFT}\" y=\"{}\" font-size=\"11\" fill=\"#4a5568\">{}</text>\n</svg>",
        HEIGHT - 10.0,
        escape(&notes.join("; "))
    );
    out
}

/// The frame: the value axis from 0 (ticks at a quarter, half and the top),
/// and each day a figure was stated on the time axis.
fn axes(
    out: &mut String,
    parties: &[(String, Vec<Point>)],
    top: f64,
    unit: Option<&str>,
    x: &dyn Fn(Date) -> f64,
    y: &dyn Fn(f64) -> f64,
) {
    let (left, right, bottom) = (LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM);
    let _ = writeln!(
        out,
        "<g stroke=\"#a0aec0\"><line x1=\"{left}\" y1=\"{TOP}\" x2=\"{left}\" y2=\"{bottom}\"/><line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\"/></g>"
    );
    for step in 0..=4 {
        let v = top / 1.15 * f64::from(step) / 4.0;
        let _ = writeln!(
            out,
            "<line x1=\"{left}\" y1=\"{0:.1}\" x2=\"{right}\" y2=\"{0:.1}\" stroke=\"#edf2f7\"/><text x=\"{1}\" y=\"{2:.1}\" text-anchor=\"end\" font-size=\"11\" fill=\"#4a5568\">{3}</text>",
            y(v),
            left - 6.0,
            y(v) + 4.0,
            format_value(v)
        );
    }
    if let Some(unit) = unit.filter(|u| !u.is_empty()) {
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"11\" fill=\"#4a5568\">{}</text>",
            left - 6.0,
            TOP - 8.0,
            escape(unit)
        );
    }
    let days: BTreeMap<Date, ()> = parties
        .iter()
        .flat_map(|(_, p)| p.iter().map(|p| (p.day, ())))
        .collect();
    for day in days.keys() {
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#4a5568\">{day}</text>",
            x(*day),
            bottom + 16.0
        );
    }
}

/// A tick's value: whole numbers as such, others to one decimal.
fn format_value(v: f64) -> String {
    if (v - v.round()).abs() < 0.05 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}
