//! A quantity in the map's words, shared by the map's data and its panels.

/// A quantity as read, in the map's words: "7000 · USD · currency",
/// "at least 200 · pickets · count · approximate", "50 · % · percent · of
/// the remaining bonus pool".
pub(super) fn quantity_words(q: &crate::model::Quantity) -> String {
    let range = match (q.min, q.max) {
        (Some(a), Some(b)) if a == b => format!("{a}"),
        (Some(a), Some(b)) => format!("{a}\u{2013}{b}"),
        (Some(a), None) => format!("at least {a}"),
        (None, Some(b)) => format!("up to {b}"),
        (None, None) => String::new(),
    };
    let measure = match q.measure {
        crate::model::Measure::Count => "count",
        crate::model::Measure::Currency => "currency",
        crate::model::Measure::Percent => "percent",
    };
    let of = q.of.as_ref().map(|w| format!("of {w}"));
    let per = q.per.as_ref().map(|w| format!("per {w}"));
    [
        Some(range),
        Some(q.unit.clone()),
        Some(measure.to_owned()),
        q.approximate.then(|| "approximate".to_owned()),
        of,
        per,
    ]
    .into_iter()
    .flatten()
    .filter(|w| !w.is_empty())
    .collect::<Vec<_>>()
    .join(" \u{b7} ")
}
