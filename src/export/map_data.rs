//! What the interactive map knows: the shape of the data serialized into
//! the page.
//!
//! [`super::map_gather::gather`] is the only function that reads the model
//! for the map: the map's script sees nothing but the [`MapData`] it builds, in format 1.1's shape
//! (several citations per edge, a status history, actors, issue and quantity
//! per node, threats' target and trigger, counter-offers, disputes, and a
//! table of sources with title, date, link and note); a format 1 file fills
//! it with one citation per edge and no history.

use std::collections::BTreeMap;

use serde::Serialize;

use super::layout::{EdgePath, NodeBox};
use crate::model::{Date, NodeKind, Relation, Status};

/// Everything the map draws and shows, serialized into the page.
#[derive(Debug, Serialize)]
pub struct MapData {
    /// The graph's title, shown as the page's heading.
    pub title: String,
    /// What the view shows ("what blocks ..."), empty for the whole graph.
    pub subtitle: String,
    /// The day the date slider starts on; `None`: all time.
    pub as_of: Option<Date>,
    /// The drawing's width, in points.
    pub width: f64,
    /// The drawing's height, in points.
    pub height: f64,
    /// The sources that a drawn edge or status change cites, by id.
    pub sources: BTreeMap<String, MapSource>,
    /// The drawn nodes, in the scene's order.
    pub nodes: Vec<MapNode>,
    /// The drawn edges, in the scene's order.
    pub edges: Vec<MapEdge>,
    /// Lines from a party to a position it sets as a condition.
    pub holders: Vec<HolderLine>,
    /// Lines from what sets threats off to the measure threatened.
    pub triggers: Vec<TriggerLine>,
    /// Party groups, with `--cluster`.
    pub clusters: Vec<MapCluster>,
    /// Proposals' boxes, each holding the proposal and its terms.
    pub packages: Vec<MapPackage>,
    /// Nodes an edge or node names (a holder, an actor, a disputing party)
    /// that are not drawn: id → label.
    pub others: BTreeMap<String, String>,
    /// Statuses, what is in force, and what stands in each position's way,
    /// for every day of the slider: the map only looks them up.
    pub answers: super::map_answers::MapAnswers,
    /// How each kind of node and each relation is drawn: the static
    /// diagrams' table ([`super::style`]), so the map cannot differ.
    pub styles: MapStyles,
    /// For the map of `blockers X` (`render --blockers X`): X, whose answer
    /// the map opens on, its panel open.
    pub opens_on: Option<String>,
    /// The node the map centres on when the whole drawing is too large to
    /// open with readable labels: the most connected drawn node (most drawn
    /// links and holder lines; the first in the scene's order on a tie).
    pub focus: Option<String>,
    /// The command the panel names for an answer the map does not hold,
    /// as the command line spells it.
    pub spelling: MapSpelling,
    /// For each drawn issue that parties state figures on: its chart
    /// (`render --issue`), SVG text, shown in the issue's panel.
    pub issue_charts: BTreeMap<String, String>,
}

/// The words of `blockers X --as-of D` / `--all-time`, spelled by whoever
/// installed the spelling (the command line): the map keeps no flag.
#[derive(Debug, Serialize)]
pub struct MapSpelling {
    /// The command up to its node (`negograph blockers`).
    pub blockers: String,
    /// The option of a day (`--as-of`).
    pub as_of: String,
    /// The option of all time (`--all-time`).
    pub all_time: String,
}

impl MapSpelling {
    pub(super) fn new() -> MapSpelling {
        use crate::args::{Cmd, Line, Opt};
        MapSpelling {
            blockers: Line::new(Cmd::Blockers).to_string(),
            as_of: Opt::AsOf.to_string(),
            all_time: Opt::AllTime.to_string(),
        }
    }
}

/// The drawing table the map reads.
#[derive(Debug, Serialize)]
pub struct MapStyles {
    /// By node kind: fill and border colours.
    pub kinds: BTreeMap<&'static str, KindStyle>,
    /// By relation: colour, SVG dash pattern (empty for a solid line) and
    /// arrowhead, as Graphviz names it.
    pub relations: BTreeMap<&'static str, (&'static str, &'static str, &'static str)>,
    /// By status: whether a position with it is greyed, and its border's
    /// SVG dash pattern (empty for a solid line): the look the static
    /// diagrams give it (`style::status_look`).
    pub statuses: BTreeMap<&'static str, (bool, &'static str)>,
}

/// A node kind's colours.
#[derive(Debug, Serialize)]
pub struct KindStyle {
    /// The fill colour.
    pub fill: &'static str,
    /// The border colour.
    pub stroke: &'static str,
}

impl MapStyles {
    /// The table of [`super::style`], for every kind and relation.
    pub fn new() -> MapStyles {
        let kinds = NodeKind::ALL
            .iter()
            .map(|&k| {
                let (_, fill, stroke) = super::style::kind_style(k);
                (k.as_str(), KindStyle { fill, stroke })
            })
            .collect();
        let relations = Relation::ALL
            .iter()
            .map(|&r| {
                let (colour, line, arrow) = super::style::relation_style(r);
                let dash = match line {
                    "dashed" => "6 3",
                    "dotted" => "2 3",
                    _ => "",
                };
                (r.as_str(), (colour, dash, arrow))
            })
            .collect();
        let statuses = Status::ALL
            .iter()
            .map(|&s| {
                let look = super::style::status_look(s, None);
                let dash = match look.border {
                    "dashed" => "4 3",
                    "dotted" => "2 3",
                    _ => "",
                };
                (s.as_str(), (look.greyed, dash))
            })
            .collect();
        MapStyles {
            kinds,
            relations,
            statuses,
        }
    }
}

impl Default for MapStyles {
    fn default() -> MapStyles {
        MapStyles::new()
    }
}

/// The box around one party's group.
#[derive(Debug, Serialize)]
pub struct MapCluster {
    /// The party's id.
    pub party: String,
    /// The box's left side, in points from the drawing's left edge.
    pub x: f64,
    /// The box's top side, in points from the drawing's top edge.
    pub y: f64,
    /// The box's width, in points.
    pub w: f64,
    /// The box's height, in points.
    pub h: f64,
}

/// The box around a proposal and its terms.
#[derive(Debug, Serialize)]
pub struct MapPackage {
    /// The proposal's id.
    pub proposal: String,
    /// The box's left side, in points from the drawing's left edge.
    pub x: f64,
    /// The box's top side, in points from the drawing's top edge.
    pub y: f64,
    /// The box's width, in points.
    pub w: f64,
    /// The box's height, in points.
    pub h: f64,
}

/// A source as the quote panel names it.
#[derive(Debug, Serialize)]
pub struct MapSource {
    /// The source's title.
    pub title: String,
    /// Its date as the file writes it (an unreadable one kept as text).
    pub date: Option<String>,
    /// Shown as a link only when it is http(s).
    pub url: Option<String>,
    /// Who published it.
    pub publisher: Option<String>,
    /// (1.1) e.g. "date inferred from the text".
    pub note: Option<String>,
}

/// (1.1) One dated change of a node's status.
#[derive(Debug, Serialize)]
pub struct MapStatusChange {
    /// The status from that day on.
    pub status: Status,
    /// The day it changed.
    pub on: Date,
    /// The id of the source that reports the change.
    pub source: Option<String>,
    /// The source's exact words.
    pub quote: Option<String>,
    /// The analyst's note.
    pub note: Option<String>,
    /// (1.2) The day it is scheduled for from that day on (a postponement's new day).
    pub scheduled: Option<Date>,
}

/// A drawn node, with what its panel shows.
#[derive(Debug, Serialize)]
pub struct MapNode {
    /// The node's id.
    pub id: String,
    /// Party, demand, condition, proposal or issue.
    pub kind: NodeKind,
    /// The label as the file writes it.
    pub label: String,
    /// The label as drawn: wrapped, at most six lines.
    pub lines: Vec<String>,
    /// Other names the node answers to.
    pub aliases: Vec<String>,
    /// The status from the node's start (as the file gives it).
    pub status: Status,
    /// Treated as met for this map (`--assume`).
    pub assumed: bool,
    /// (1.1) Dated changes of status, oldest first.
    pub status_history: Vec<MapStatusChange>,
    /// (1.1) Ids of the parties who must act for it to be met.
    pub actor: Vec<String>,
    /// The actors it is asked of ([`crate::standing::asked_of`]): it is on
    /// their panels' "To deliver", as `who P` lists it.
    #[serde(skip)]
    pub asked_actors: Vec<String>,
    /// (1.1) The id of the issue a term settles.
    pub issue: Option<String>,
    /// (1.1) How much, as the file writes it ("45-60 days").
    pub quantity: Option<String>,
    /// (1.2) The quantity as read, in words: its range, unit, measure,
    /// whether approximate, the whole of a share, what a rate is per
    /// ("7000 · USD · currency").
    pub quantity_read: Option<String>,
    /// (1.2) A party the source does not name.
    pub unnamed: bool,
    /// (1.2) The day it is scheduled for from its start.
    pub scheduled: Option<Date>,
    /// The first day the node holds (inclusive).
    pub since: Option<Date>,
    /// The last day the node holds (inclusive).
    pub until: Option<Date>,
    /// The analyst's note.
    pub note: Option<String>,
    /// "plain", "target" (the node asked about) or "answer" (named by the answer).
    pub role: &'static str,
    /// The drawn edges touching it, by their place in [`MapData::edges`]:
    /// its claims, claims about it, and the threats it sets off.
    pub links: Vec<usize>,
    /// (A party) the claims it holds as its own (`crate::standing::holders`:
    /// its stands for positions, its threats, the conditions and other claims
    /// recorded by it): places in [`MapData::edges`].
    pub holds: Vec<usize>,
    /// (A party) the threats made against it: places in [`MapData::edges`].
    pub faces: Vec<usize>,
    /// (A party) the drawn positions it is to deliver (it is their actor and
    /// some party seeks them: `who P`'s list): ids.
    pub asked_of: Vec<String>,
    /// (A party) its answers to positions put to it: places in [`MapData::edges`].
    pub responds: Vec<usize>,
    /// Where Graphviz put it; serialized as the node's own `x`, `y`, `w`, `h`.
    #[serde(flatten)]
    pub at: NodeBox,
}

/// One citation of an edge.
#[derive(Debug, Serialize)]
pub struct MapCitation {
    /// The id of the source cited (a key of [`MapData::sources`]).
    pub source: Option<String>,
    /// The source's exact words.
    pub quote: Option<String>,
    /// (1.1) Who said it, when not the source's author ("two Israeli officials").
    pub speaker: Option<String>,
    /// (1.1) The analyst's note on this citation.
    pub note: Option<String>,
    /// (1.2) Why the party took the stand, which this citation's quote says.
    pub reason: Option<String>,
}

/// A drawn edge, with what its panel shows.
#[derive(Debug, Serialize)]
pub struct MapEdge {
    /// The id of the node the edge starts from.
    pub from: String,
    /// The id of the node it points to.
    pub to: String,
    /// What the edge says.
    pub relation: Relation,
    /// "needs", "is a member of", ...
    pub phrase: &'static str,
    /// The party holding the edge: its `by`, or its `from` when that is a party.
    pub holder: Option<String>,
    /// The first day the edge holds, as the file gives it (inclusive).
    pub since: Option<Date>,
    /// The last day the edge holds, as the file gives it (inclusive).
    pub until: Option<Date>,
    /// The analyst's note.
    pub note: Option<String>,
    /// Every citation, in file order (one for a format 1 edge with a source).
    pub citations: Vec<MapCitation>,
    /// (1.1) On `threatens`: the id of the party threatened.
    pub target: Option<String>,
    /// (1.1) On `threatens`: the id of what sets the threat off.
    pub trigger: Option<String>,
    /// (1.1) On `counters`: the counter-offer.
    pub with: Option<String>,
    /// (1.1) Parties who dispute that the claim is accurate.
    pub disputed_by: Vec<String>,
    /// (1.2) On `demands`, `proposes` and `threatens`: the id of the party it is addressed to.
    pub addressee: Option<String>,
    /// (1.2) The words shown before the addressee ("of", "put to",
    /// "addressed to"), from the relation table.
    pub addressee_words: Option<&'static str>,
    /// (1.2) The claim's place among the claims of its first day.
    pub seq: Option<u32>,
    /// (1.2) On `considers`: the shade of the answer, in the source's words.
    pub stance: Option<String>,
    /// The parties the claim puts pressure on (`crate::standing::pressed`):
    /// their panels list it under "Faces", as `who P` and `show` do.
    #[serde(skip)]
    pub pressed: Vec<String>,
    /// The party a member's claim counts for (`crate::standing::counts_for`):
    /// its panel lists it too, as `stance P` and `responses --party P` do.
    #[serde(skip)]
    pub spoken_for: Option<String>,
    /// The parties holding the claim as their own (`crate::standing::holders`):
    /// their panels list it under "Holds", as `stance P` does.
    #[serde(skip)]
    pub held_by: Vec<String>,
    /// On the chain that explains the answer.
    pub highlighted: bool,
    /// In a path view, its place along the walk.
    pub step: Option<usize>,
    /// How Graphviz routed it; serialized as the edge's own `points`, `tip`,
    /// `label_at`.
    #[serde(flatten)]
    pub path: EdgePath,
}

/// A dotted line from a party to a position it sets as a condition.
#[derive(Debug, Serialize)]
pub struct HolderLine {
    /// The party's id.
    pub party: String,
    /// The id of the position it holds.
    pub node: String,
    /// How Graphviz routed the line; serialized flat, as on [`MapEdge`].
    #[serde(flatten)]
    pub path: EdgePath,
}

/// A dotted line from what sets threats off to the measure they threaten.
#[derive(Debug, Serialize)]
pub struct TriggerLine {
    /// The id of what sets the threats off.
    pub trigger: String,
    /// The id of the measure threatened.
    pub measure: String,
    /// The threats, by their place in [`MapData::edges`].
    pub threats: Vec<usize>,
    /// The line's label, as the static diagrams draw it, one line each.
    pub lines: Vec<String>,
    /// The line's sentence ("if X happens, A threatens Y").
    pub sentence: String,
    /// How Graphviz routed the line; serialized flat, as on [`MapEdge`].
    #[serde(flatten)]
    pub path: EdgePath,
}
