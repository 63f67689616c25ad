//! Checks of one field's value, wherever it appears: ids, text lengths,
//! words of the format's vocabularies (kinds, relations, statuses, dates)
//! and the spans `since` and `until` make.

use crate::limits::MAX_ID_CHARS;
use crate::model::{Date, Interval, Lenient, Vocabulary};
use crate::resolve::closest;
use crate::terminal::excerpt;

use super::{Loc, Validator, is_slug};

impl Validator {
    pub(super) fn id(&mut self, path: Loc, what: &str, id: &str) {
        if id.chars().count() > MAX_ID_CHARS {
            self.error(
                "bad-id",
                path,
                format!("{what} id is longer than {MAX_ID_CHARS} characters"),
                None,
            );
        } else if !is_slug(id) {
            let slug: String = crate::resolve::normalise(id).replace(' ', "-");
            self.error(
                "bad-id",
                path,
                format!(
                    "{what} id '{}' is not a slug (lower-case letters, digits and '-')",
                    excerpt(id)
                ),
                (!slug.is_empty()).then(|| format!("write it as '{slug}'")),
            );
        }
    }

    pub(super) fn text_len(&mut self, path: Loc, what: &str, text: &str, limit: usize) {
        // A byte count bounds the char count from above: skip the count when it cannot exceed.
        if text.len() > limit && text.chars().count() > limit {
            self.error(
                "too-long",
                path,
                format!(
                    "{what} is {} characters; the limit is {limit}",
                    text.chars().count()
                ),
                Some("shorten it, or move the detail into a note".into()),
            );
        }
    }

    pub(super) fn vocab<T: Vocabulary>(&mut self, path: Loc, value: &Lenient<T>) -> Option<T> {
        match value {
            Lenient::Known(v) => Some(*v),
            Lenient::Unknown(text) => {
                let allowed = T::allowed();
                let text = &*crate::terminal::excerpt(text);
                if T::WHAT == Date::WHAT {
                    let (msg, help) = Date::explain(text);
                    self.error(code_for::<T>(), path, msg, Some(help));
                    return None;
                }
                let close = closest(text, allowed.iter().map(|a| (*a, *a)), 1);
                let help = match close.first() {
                    Some(best) => format!("did you mean '{best}'?"),
                    None if allowed.is_empty() => "write YYYY-MM-DD, e.g. 2025-05-11".into(),
                    None => format!("allowed: {}", allowed.join(", ")),
                };
                let msg = if allowed.is_empty() {
                    format!("'{text}' is not a valid {}", T::WHAT)
                } else {
                    format!(
                        "unknown {} '{text}' (allowed: {})",
                        T::WHAT,
                        allowed.join(", ")
                    )
                };
                self.error(code_for::<T>(), path, msg, Some(help));
                None
            }
        }
    }

    /// Reports a date said in words ("Tuesday") where nothing can resolve
    /// it (`why`); true when it did.
    pub(super) fn unresolvable_words(&mut self, at: Loc, date: &Lenient<Date>, why: &str) -> bool {
        let Lenient::Unknown(text) = date else {
            return false;
        };
        if crate::model::Said::parse(text).is_none() {
            return false;
        }
        self.error(
            "bad-date",
            at,
            format!("'{}' says the day as a report did, but {why}", excerpt(text)),
            Some("write the day (YYYY-MM-DD), or the month (YYYY-MM) or year (YYYY) when no more is known".into()),
        );
        true
    }

    pub(super) fn interval(
        &mut self,
        list: &'static str,
        i: usize,
        since: &Option<Lenient<Date>>,
        until: &Option<Lenient<Date>>,
    ) -> Interval {
        if list == "nodes" {
            for (key, date) in [("since", since), ("until", until)] {
                if let Some(date) = date {
                    self.unresolvable_words(
                        Loc::Item(list, i, Some(key)),
                        date,
                        "a node cites no source whose date would resolve it",
                    );
                }
            }
        }
        let vocab = |v: &mut Self, key, d: &Lenient<Date>| match d {
            Lenient::Unknown(text)
                if list == "nodes" && crate::model::Said::parse(text).is_some() =>
            {
                None
            }
            _ => v.vocab(Loc::Item(list, i, Some(key)), d),
        };
        let since = since.as_ref().and_then(|d| vocab(self, "since", d));
        let until = until.as_ref().and_then(|d| vocab(self, "until", d));
        if let (Some(s), Some(u)) = (since, until)
            && u.last_day() < s.first_day()
        {
            self.error(
                "until-before-since",
                Loc::Item(list, i, Some("until")),
                format!("until ({u}) is before since ({s})"),
                Some("since and until are inclusive; swap them or fix the typo".into()),
            );
        }
        Interval { since, until }
    }
}

fn code_for<T: Vocabulary>() -> &'static str {
    match T::WHAT {
        "kind" => "unknown-kind",
        "relation" => "unknown-relation",
        "status" => "unknown-status",
        _ => "bad-date",
    }
}
