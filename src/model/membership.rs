//! Whom a member speaks for on a day: the one rule that views (so every
//! answer, view, map and export) and validation (the
//! `contradicting-stances` warning) read.

use super::{Date, Interval};

/// Each member's `member_of` claims, kept in file order per member.
#[derive(Clone, Debug, Default)]
pub struct Memberships<N> {
    /// (member, party, when the claim holds), sorted by member; a
    /// member's claims keep their file order (the sort is stable).
    claims: Vec<(N, N, Interval)>,
}

impl<N: Copy + Ord> Memberships<N> {
    /// The `member_of` claims, each (member, party, when it holds), in
    /// file order. A claim of membership in oneself makes no one a member.
    pub fn new(claims: impl IntoIterator<Item = (N, N, Interval)>) -> Memberships<N> {
        let mut claims: Vec<_> = claims.into_iter().filter(|(m, p, _)| m != p).collect();
        claims.sort_by_key(|&(m, _, _)| m);
        Memberships { claims }
    }

    /// The party `member` speaks for on `day` (`None`: all time): the
    /// first of its claims in file order that holds on that day. A member
    /// that changed party speaks for the one it sat in that day, and a
    /// claim's day decides whose stand the claim is.
    pub fn party_on(&self, member: N, day: Option<Date>) -> Option<N> {
        let start = self.claims.partition_point(|&(m, _, _)| m < member);
        self.claims[start..]
            .iter()
            .take_while(|&&(m, _, _)| m == member)
            .find(|(_, _, time)| day.is_none_or(|d| time.contains(d)))
            .map(|&(_, party, _)| party)
    }

    /// Every member with the party it speaks for on `day`, sorted by member.
    pub fn on(&self, day: Option<Date>) -> Vec<(N, N)> {
        let mut out: Vec<(N, N)> = Vec::new();
        for &(member, party, time) in &self.claims {
            if out.last().is_some_and(|&(m, _)| m == member) {
                continue;
            }
            if day.is_none_or(|d| time.contains(d)) {
                out.push((member, party));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        text.parse().unwrap()
    }

    /// Member 1 sits in party 10 through January, then in 20; the first
    /// claim in the file decides when both hold, and an undated question
    /// (all time) takes the first.
    #[test]
    fn a_member_speaks_for_the_party_it_sits_in_that_day() {
        let span = |since: Option<&str>, until: Option<&str>| Interval {
            since: since.map(day),
            until: until.map(day),
        };
        let m = Memberships::new([
            (1, 10, span(None, Some("2025-01-31"))),
            (1, 20, span(Some("2025-02-01"), None)),
            (2, 2, span(None, None)),
        ]);
        assert_eq!(m.party_on(1, Some(day("2025-01-15"))), Some(10));
        assert_eq!(m.party_on(1, Some(day("2025-03-01"))), Some(20));
        assert_eq!(m.party_on(1, None), Some(10));
        assert_eq!(m.party_on(2, None), None, "no one is a member of itself");
        assert_eq!(m.on(Some(day("2025-03-01"))), [(1, 20)]);
    }
}
