//! What a position's own status says before an answer about it: met,
//! cancelled or withdrawn on the view's day. `blockers`, `unblock`,
//! `effects`, the `--answer` drawings and the map say it in these words, so
//! no answer calls a position sought that another calls settled.

use crate::model::Status;

/// The question the status is said before: what follows it differs (what
/// stands in the way, what would unblock it, what it would do).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asked {
    /// `blockers`: what stands in its way.
    Blockers,
    /// `unblock`: what it would take.
    Unblock,
    /// `effects`: what follows if it happens.
    Effects,
}

/// Whether the answer lists anything after the status: a met or cancelled
/// position has no obstacles and no options (its effects are still listed:
/// what a met position did, what a cancelled one would do).
pub fn lists_after(status: Status, asked: Asked) -> bool {
    asked == Asked::Effects || !matches!(status, Status::Met | Status::Cancelled)
}

/// The sentence said of a position of `status` (its `label` made inert by
/// whoever shows it) before the answer to `asked`; `None` for a position
/// still sought (open or postponed; a rejected one is sought too, but its
/// reported status is said).
pub fn status_words(status: Status, label: &str, asked: Asked) -> Option<String> {
    const CANCELLED: &str = "will not take place as things stand, and the graph records no move by a party that would bring it back";
    const WITHDRAWN: &str = "withdrawn (or replaced by a newer position): no party holds it now";
    let words = match (status, asked) {
        (Status::Met, Asked::Blockers) => format!("Nothing blocks {label}: it is met already."),
        (Status::Met, Asked::Unblock) => {
            format!("{label} is met already: there is nothing to unblock.")
        }
        (Status::Met, Asked::Effects) => {
            format!("{label} is met already on this day: what follows is what it did.")
        }
        (Status::Cancelled, Asked::Effects) => format!(
            "{label} is cancelled: it {CANCELLED}. What follows is what it would do if it took place."
        ),
        (Status::Cancelled, _) => format!(
            "{label} is cancelled: it {CANCELLED} (a new status would, if a source reports one)."
        ),
        (Status::Withdrawn, asked) => format!(
            "{label} is {WITHDRAWN}. What follows is {} if it were put back.",
            match asked {
                Asked::Blockers => "what would stand in its way",
                Asked::Unblock => "what would unblock it",
                Asked::Effects => "what it would do",
            }
        ),
        // A status, not a stand (docs/semantics.md): said, so that
        // "Nothing blocks" never reads as if the graph had no word of it.
        (Status::Rejected, asked) => format!(
            "{label} is rejected (its status, as a source reports it): a status settles nothing, so what follows is {} as of an open position; who turned it down is told by `rejects` claims.",
            match asked {
                Asked::Blockers => "what stands in its way",
                Asked::Unblock => "what would unblock it",
                Asked::Effects => "what it would do",
            }
        ),
        _ => return None,
    };
    Some(words)
}

/// The title of a drawn answer (`--answer`) about a position of `status`
/// named `name`, given the title it would have while sought: a met or
/// cancelled position's title is its status alone (nothing is drawn as in
/// its way), a withdrawn one's says what follows is if it were put back.
pub fn drawing_title(status: Status, name: &str, asked: Asked, sought: String) -> String {
    match status {
        Status::Met if asked == Asked::Blockers => {
            format!("nothing blocks {name}: it is met already")
        }
        Status::Met if asked == Asked::Unblock => format!("{name} is met"),
        Status::Cancelled if asked != Asked::Effects => {
            format!("{name} is cancelled: it will not take place as things stand")
        }
        Status::Met => format!("{name} is met; {sought}"),
        Status::Cancelled => format!(
            "{name} is cancelled: it will not take place as things stand; if it did, {sought}"
        ),
        Status::Withdrawn => format!("{name} is withdrawn; if it were put back, {sought}"),
        _ => sought,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_settled_position_has_words_and_only_met_or_cancelled_stop_the_list() {
        for asked in [Asked::Blockers, Asked::Unblock, Asked::Effects] {
            assert_eq!(status_words(Status::Open, "X", asked), None);
            assert_eq!(status_words(Status::Postponed, "X", asked), None);
            for settled in [
                Status::Met,
                Status::Cancelled,
                Status::Withdrawn,
                Status::Rejected,
            ] {
                let words = status_words(settled, "X", asked).expect("settled has words");
                assert!(words.contains('X'), "{words}");
            }
            assert!(lists_after(Status::Withdrawn, asked));
            assert!(lists_after(Status::Rejected, asked));
            assert!(lists_after(Status::Open, asked));
        }
        assert!(!lists_after(Status::Met, Asked::Blockers));
        assert!(!lists_after(Status::Cancelled, Asked::Unblock));
        assert!(lists_after(Status::Cancelled, Asked::Effects));
    }

    #[test]
    fn a_drawing_of_a_met_or_cancelled_position_is_titled_by_its_status_alone() {
        let sought = || "what blocks X: 2 obstacles".to_owned();
        assert_eq!(
            drawing_title(Status::Open, "X", Asked::Blockers, sought()),
            sought()
        );
        assert_eq!(
            drawing_title(Status::Met, "X", Asked::Unblock, sought()),
            "X is met"
        );
        let met = drawing_title(Status::Met, "X", Asked::Blockers, sought());
        assert_eq!(met, "nothing blocks X: it is met already");
        let cancelled = drawing_title(Status::Cancelled, "X", Asked::Unblock, sought());
        assert!(
            !cancelled.contains("obstacle") && cancelled.contains("cancelled"),
            "{cancelled}"
        );
        let withdrawn = drawing_title(Status::Withdrawn, "X", Asked::Blockers, sought());
        assert!(
            withdrawn.ends_with("if it were put back, what blocks X: 2 obstacles"),
            "{withdrawn}"
        );
    }

    #[test]
    fn withdrawn_says_what_follows_for_each_question() {
        let b = status_words(Status::Withdrawn, "X", Asked::Blockers).unwrap();
        let u = status_words(Status::Withdrawn, "X", Asked::Unblock).unwrap();
        assert!(
            b.ends_with("what would stand in its way if it were put back."),
            "{b}"
        );
        assert!(
            u.ends_with("what would unblock it if it were put back."),
            "{u}"
        );
    }
}
