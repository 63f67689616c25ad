//! The relation or side a `who` question's verb names: "who proposed X"
//! (proposers only), "who turned X down" (those against), "who is behind
//! X" (those for). Kept apart from the readers in `slots`.

use super::plan::{Frame, Plan};
use crate::graph::NodeIx;
use crate::model::Relation;
use crate::query::Query;
use crate::query::who::Side;

/// For `who`: the relation or side the question's verb names, if any.
pub(super) fn who_filter(f: &Frame) -> (Option<Relation>, Option<Side>) {
    let says = f.says;
    // Specific verbs first: "who proposed X" wants the proposers only. The
    // verbs are the relation table's (Relation::facts).
    // A verb right after a name is a noun of it ("the arbitration offer",
    // "the sanctions threat"), not what the question asks.
    // "Who is pushing Ukraine to take the offer?": the party pushed is
    // whom it is asked of, the pushers are for what it is pushed to,
    // whatever verb ("take", "accept") says what it is pushed to do.
    if says(
        "push/pushes/pushing/pushed/press/presses/pressing/pressed/urge/urges/urging/urged <n> to",
    ) {
        return (None, Some(Side::For));
    }
    let verb = |v: &str| says(v) && (v.contains(' ') || !says(&format!("<n> {v}")));
    let named = Relation::ALL
        .iter()
        .find(|r| r.facts().ask_verbs.iter().any(|v| verb(v)));
    if let Some(&r) = named {
        return (Some(r), None);
    }
    let favour = "support/back/backing/favour/favor/endorse/behind/champion/advocate/want/like/welcome/for/pro/agree";
    // "Who wants a ceasefire and who doesn't?", "who is for or against it?":
    // both sides.
    if says("for and/or against") || (says(favour) && says("and who")) {
        return (None, None);
    }
    // "Who's behind X, and what would set it off?": all of X, not one side.
    if says(favour) && says("and what/when/why/how/where") {
        return (None, None);
    }
    let against = "oppose/opposed/against/reject/rejects/resist/object/refuse/dismiss/dislike/hostile/veto/rebuff/spurn/snub/nix";
    // "Who's for X, anyone against?", "who is behind X, and is anybody
    // opposing it?": a second clause asks for the other side too.
    if says(favour)
        && says(&format!(
            "anyone/anybody/someone/somebody/any/who * {against}/opposing/objecting/rejecting"
        ))
    {
        return (None, None);
    }
    if says(against)
        || says("turn/turned/turns/turning down")
        || says("push back")
        || says("say/said/says/saying no")
        || says("hold/holding out")
        || says("knock/knocked/knocks back/down")
        || says("shot/shoot/shoots/vote/voted/votes down")
    {
        return (None, Some(Side::Against));
    }
    if says(&format!("not {favour}")) {
        return (None, Some(Side::Against));
    }
    if says(favour) || says("push for") || says("call for") || says("on board") {
        return (None, Some(Side::For));
    }
    (None, None)
}

/// Who is for the positions the party is for (each `who X --side for`), said
/// in a note: the graph records stands, not alliances. Too many positions to
/// answer each: the party's stance, with the same note.
pub(super) fn allies(f: &Frame, i: usize, parties: &[NodeIx]) -> Option<Plan> {
    let g = f.graph;
    let mut held: Vec<NodeIx> = Vec::new();
    for e in g.edge_indices() {
        let m = g.meta(e);
        if parties.contains(&m.from)
            && m.relation.facts().side == Some(Side::For)
            && g.kind(m.to).is_position()
            && !held.contains(&m.to)
        {
            held.push(m.to);
        }
    }
    let note = format!(
        "read as who else is for what {} is for: the graph records stands on positions, not alliances",
        g.id(parties[0])
    );
    let queries = if held.is_empty() || held.len() > super::MOST_READINGS {
        super::plan::each(parties, Query::Stance)
    } else {
        super::plan::each(&held, |node| Query::Who {
            node,
            relation: None,
            side: Some(Side::For),
        })
    };
    Some(Plan {
        words: Vec::new(),
        queries,
        notes: vec![note],
        used: vec![i],
    })
}
