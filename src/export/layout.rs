//! Where Graphviz put things: node boxes, edge splines, label points and
//! cluster boxes, read from `dot -Tjson0` for the interactive map.
//!
//! The map is laid out by Graphviz at render time, from the same DOT the
//! static views use, so the map and the pictures agree. Coordinates are turned
//! into SVG's (y down, origin top-left) and rounded to a tenth of a point, so
//! the map's bytes do not depend on the last digits Graphviz prints.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A point in the map's SVG coordinates.
pub type Point = [f64; 2];

/// A node's centre and size, in points.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct NodeBox {
    /// The centre's distance from the left edge.
    pub x: f64,
    /// The centre's distance from the top edge.
    pub y: f64,
    /// The width.
    pub w: f64,
    /// The height.
    pub h: f64,
}

/// An edge as Graphviz routed it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct EdgePath {
    /// A cubic B-spline: a start point, then three points per segment.
    pub points: Vec<Point>,
    /// Where the arrowhead's tip goes (the spline stops short of it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tip: Option<Point>,
    /// Where the edge's label is centred.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_at: Option<Point>,
}

/// The box of a cluster: `cluster_pN`, party N's group, or `cluster_kN`,
/// proposal N with its terms.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ClusterBox {
    /// The node index of the party (or proposal) the box is for.
    pub node: usize,
    /// The left side's distance from the left edge (a corner, where a
    /// [`NodeBox`] gives its centre).
    pub x: f64,
    /// The top side's distance from the top edge.
    pub y: f64,
    /// The width.
    pub w: f64,
    /// The height.
    pub h: f64,
}

/// The whole layout: the drawing's size, nodes by node index, edges by the
/// `id` the DOT gave them (Graphviz lists edges in an order of its own).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// The drawing's width, in points.
    pub width: f64,
    /// The drawing's height, in points.
    pub height: f64,
    /// Each drawn node's box, by node index.
    pub nodes: HashMap<usize, NodeBox>,
    /// Each drawn edge's route, by its DOT `id`.
    pub edges: HashMap<String, EdgePath>,
    /// The party boxes (with `--cluster`), in the order Graphviz lists them.
    pub clusters: Vec<ClusterBox>,
    /// Proposals' boxes (`cluster_kN`), each holding the proposal and its terms.
    pub packages: Vec<ClusterBox>,
}

#[derive(Deserialize)]
struct RawGraph {
    bb: String,
    #[serde(default)]
    objects: Vec<RawObject>,
    #[serde(default)]
    edges: Vec<RawEdge>,
}

#[derive(Deserialize)]
struct RawObject {
    name: String,
    #[serde(default)]
    pos: Option<String>,
    #[serde(default)]
    width: Option<String>,
    #[serde(default)]
    height: Option<String>,
    #[serde(default)]
    bb: Option<String>,
}

#[derive(Deserialize)]
struct RawEdge {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    pos: Option<String>,
    #[serde(default)]
    lp: Option<String>,
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn numbers(text: &str) -> Option<Vec<f64>> {
    text.split(',').map(|p| p.trim().parse().ok()).collect()
}

fn bad(what: &str) -> Error {
    Error::Graphviz(format!("unexpected layout from Graphviz: {what}"))
}

impl Layout {
    /// Reads `dot -Tjson0` output. Nodes must be named `nN` (N the node index),
    /// clusters `cluster_pN` (parties) or `cluster_kN` (proposals) and edges
    /// given an `id`, as [`super::dot::to_dot`] does; anything else (the
    /// legend) is left out.
    ///
    /// # Errors
    ///
    /// [`Error::Graphviz`] when the text is not JSON or lacks the drawing's
    /// bounding box, or a node its position or size.
    pub fn from_json0(json: &[u8]) -> Result<Layout> {
        let raw: RawGraph =
            serde_json::from_slice(json).map_err(|e| bad(&format!("not JSON ({e})")))?;
        let bb = numbers(&raw.bb)
            .filter(|v| v.len() == 4)
            .ok_or_else(|| bad("bb"))?;
        let (width, height) = (bb[2], bb[3]);
        let flip = |x: f64, y: f64| [round(x), round(height - y)];
        let point = |text: &str| -> Option<Point> {
            let v = numbers(text)?;
            (v.len() == 2).then(|| flip(v[0], v[1]))
        };
        let mut nodes = HashMap::new();
        let mut clusters = Vec::new();
        let mut packages = Vec::new();
        for o in &raw.objects {
            if let Some(n) = o
                .name
                .strip_prefix('n')
                .and_then(|i| i.parse::<usize>().ok())
            {
                let [x, y] = o
                    .pos
                    .as_deref()
                    .and_then(point)
                    .ok_or_else(|| bad("node pos"))?;
                let inches = |v: &Option<String>| v.as_deref().and_then(|t| t.parse::<f64>().ok());
                let (w, h) = inches(&o.width)
                    .zip(inches(&o.height))
                    .ok_or_else(|| bad("node size"))?;
                nodes.insert(
                    n,
                    NodeBox {
                        x,
                        y,
                        w: round(w * 72.0),
                        h: round(h * 72.0),
                    },
                );
            } else if let Some((kind, n)) = o.name.strip_prefix("cluster_").and_then(|rest| {
                let (kind, n) = rest.split_at_checked(1)?;
                Some((kind, n.parse::<usize>().ok()?))
            }) && let Some(b) = o.bb.as_deref().and_then(numbers).filter(|v| v.len() == 4)
            {
                let [x, y] = flip(b[0], b[3]);
                let found = ClusterBox {
                    node: n,
                    x,
                    y,
                    w: round(b[2] - b[0]),
                    h: round(b[3] - b[1]),
                };
                match kind {
                    "p" => clusters.push(found),
                    "k" => packages.push(found),
                    _ => {}
                }
            }
        }
        let mut edges = HashMap::with_capacity(raw.edges.len());
        for e in &raw.edges {
            let Some(id) = &e.id else {
                continue;
            };
            let mut path = EdgePath {
                label_at: e.lp.as_deref().and_then(point),
                ..EdgePath::default()
            };
            // Several splines (`;`) only come with `concentrate`; draw the first.
            let first = e
                .pos
                .as_deref()
                .unwrap_or("")
                .split(';')
                .next()
                .unwrap_or("");
            for part in first.split_whitespace() {
                if let Some(rest) = part.strip_prefix("e,") {
                    path.tip = point(rest);
                } else if part.starts_with("s,") {
                    // A start arrow: none of ours has one.
                } else if let Some(p) = point(part) {
                    path.points.push(p);
                }
            }
            edges.insert(id.clone(), path);
        }
        Ok(Layout {
            width: round(width),
            height: round(height),
            nodes,
            edges,
            clusters,
            packages,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_nodes_edges_and_clusters_with_y_flipped() {
        let json = br#"{"bb": "0,0,200,100",
          "objects": [
            {"_gvid": 0, "name": "cluster_p3", "bb": "10,20,110,90"},
            {"_gvid": 4, "name": "cluster_k7", "bb": "120,0,190,40"},
            {"_gvid": 5, "name": "cluster_quotes", "bb": "0,0,1,1"},
            {"_gvid": 1, "name": "n3", "pos": "50,80", "width": "1", "height": "0.5"},
            {"_gvid": 2, "name": "n7", "pos": "150,20", "width": "0.75", "height": "0.5"},
            {"_gvid": 3, "name": "legend_a", "pos": "1,1", "width": "0.1", "height": "0.1"}
          ],
          "edges": [
            {"_gvid": 0, "tail": 1, "head": 2, "id": "e5", "pos": "e,140,25 60,75 80,60 100,40 130,30", "lp": "100,50.04"},
            {"_gvid": 1, "tail": 3, "head": 3, "pos": "1,1 1,1 1,1 1,1"}
          ]}"#;
        let l = Layout::from_json0(json).unwrap();
        assert_eq!((l.width, l.height), (200.0, 100.0));
        assert_eq!(
            l.nodes[&3],
            NodeBox {
                x: 50.0,
                y: 20.0,
                w: 72.0,
                h: 36.0
            }
        );
        assert_eq!(l.nodes[&7].y, 80.0);
        assert_eq!(l.nodes.len(), 2, "the legend's nodes are not ours");
        assert_eq!(
            l.clusters,
            vec![ClusterBox {
                node: 3,
                x: 10.0,
                y: 10.0,
                w: 100.0,
                h: 70.0
            }]
        );
        assert_eq!(
            l.packages,
            vec![ClusterBox {
                node: 7,
                x: 120.0,
                y: 60.0,
                w: 70.0,
                h: 40.0
            }]
        );
        assert_eq!(l.edges.len(), 1, "the legend's edges are left out");
        let path = &l.edges["e5"];
        assert_eq!(
            path.points,
            vec![[60.0, 25.0], [80.0, 40.0], [100.0, 60.0], [130.0, 70.0]]
        );
        assert_eq!(path.tip, Some([140.0, 75.0]));
        assert_eq!(path.label_at, Some([100.0, 50.0]));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(Layout::from_json0(b"not json").is_err());
        assert!(Layout::from_json0(br#"{"bb": "1,2"}"#).is_err());
        assert!(
            Layout::from_json0(br#"{"bb": "0,0,1,1", "objects": [{"_gvid": 0, "name": "n1"}]}"#)
                .is_err()
        );
    }
}
