use super::*;

#[test]
fn days_count_both_ways_across_months_years_and_leap_days() {
    let d = |s: &str| s.parse::<Date>().unwrap();
    assert_eq!(d("1970-01-01").days_since_epoch(), 0);
    assert_eq!(d("2025-05-12").days_since_epoch(), 20_220);
    assert_eq!(d("1969-12-31").days_since_epoch(), -1);
    for day in [
        "2024-02-29",
        "2000-03-01",
        "0001-01-01",
        "9999-12-31",
        "2025-05-12",
    ] {
        let date = d(day);
        assert_eq!(Date::from_days_since_epoch(date.days_since_epoch()), date);
    }
    assert_eq!(d("2025-05-12").plus_days(-7), d("2025-05-05"));
    assert_eq!(d("2024-02-28").plus_days(1), d("2024-02-29"));
    assert_eq!(d("2025-12-31").plus_days(1), d("2026-01-01"));
    assert_eq!(d("2025-03-01").plus_days(-1), d("2025-02-28"));
    assert_eq!(d("0001-01-01").plus_days(-5), d("0001-01-01"));
    assert_eq!(d("9999-12-31").plus_days(i64::MAX), d("9999-12-31"));
}

#[test]
fn dates_parse_strictly() {
    assert_eq!(
        "2024-02-29".parse::<Date>().unwrap().to_string(),
        "2024-02-29"
    );
    for bad in [
        "2023-02-29",
        "2025-13-01",
        "2025-00-10",
        "2025-04-31",
        "2025-5-1",
        "20250501",
        "2025-05-01T00",
        "",
        "2025-0a-01",
        "１２３４-05-01",
    ] {
        assert!(bad.parse::<Date>().is_err(), "{bad} should not parse");
    }
    assert!("1900-02-29".parse::<Date>().is_err());
    assert!("2000-02-29".parse::<Date>().is_ok());
}

#[test]
fn civil_from_days_matches_known_dates() {
    assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
    assert_eq!(
        Date::from_days_since_epoch(20_148).to_string(),
        "2025-03-01"
    );
    assert_eq!(
        Date::from_days_since_epoch(11_016).to_string(),
        "2000-02-29"
    );
}

#[test]
fn the_next_day_crosses_months_years_and_leap_days() {
    let next = |s: &str| s.parse::<Date>().unwrap().next_day().to_string();
    assert_eq!(next("2025-05-11"), "2025-05-12");
    assert_eq!(next("2025-04-30"), "2025-05-01");
    assert_eq!(next("2024-02-28"), "2024-02-29");
    assert_eq!(next("2025-02-28"), "2025-03-01");
    assert_eq!(next("2025-12-31"), "2026-01-01");
}

#[test]
fn intervals_are_inclusive() {
    let d = |s: &str| s.parse::<Date>().unwrap();
    let i = Interval {
        since: Some(d("2025-05-10")),
        until: Some(d("2025-05-11")),
    };
    assert!(!i.contains(d("2025-05-09")));
    assert!(i.contains(d("2025-05-10")));
    assert!(i.contains(d("2025-05-11")));
    assert!(!i.contains(d("2025-05-12")));
    assert!(Interval::default().contains(d("1999-01-01")));
}

#[test]
fn months_and_years_keep_their_precision_and_span() {
    let d = |s: &str| s.parse::<Date>().unwrap();
    assert_eq!(d("2025-03").to_string(), "2025-03");
    assert_eq!(d("2025").to_string(), "2025");
    assert_eq!(d("2025-03").precision(), Precision::Month);
    assert_eq!(d("2025").precision(), Precision::Year);
    assert_eq!(d("2025-03").in_words(), "March 2025");
    assert_eq!(d("2025").in_words(), "2025");
    assert_eq!(d("2024-02").last_day(), d("2024-02-29"));
    assert_eq!(d("2025").first_day(), d("2025-01-01"));
    assert_eq!(d("2025").last_day(), d("2025-12-31"));
    // A span sorts before the days in it, after the days before it.
    assert!(d("2025") < d("2025-01"));
    assert!(d("2025-01") < d("2025-01-01"));
    assert!(d("2024-12-31") < d("2025"));
    assert!(d("2025-03") != d("2025-03-01"));
    for bad in ["2025-13", "2025-00", "202", "2025-3", "20251", "2025-03-"] {
        assert!(bad.parse::<Date>().is_err(), "{bad} should not parse");
    }
    assert_eq!(
        Date::explain("2025-13").0,
        "'2025-13' is not a valid date: there is no month 13"
    );
}

#[test]
fn loose_ends_hold_widely_and_say_when_unsure() {
    let d = |s: &str| s.parse::<Date>().unwrap();
    let march = Interval {
        since: Some(d("2025-03")),
        until: None,
    };
    assert!(!march.contains(d("2025-02-28")));
    assert!(march.contains(d("2025-03-10")));
    assert_eq!(march.unsure_on(d("2025-03-10")), Some(d("2025-03")));
    assert_eq!(march.unsure_on(d("2025-03-31")), None);
    assert_eq!(march.unsure_on(d("2025-04-01")), None);
    let to_march = Interval {
        since: None,
        until: Some(d("2025-03")),
    };
    assert!(to_march.contains(d("2025-03-31")));
    assert!(!to_march.contains(d("2025-04-01")));
    assert_eq!(to_march.unsure_on(d("2025-03-10")), Some(d("2025-03")));
    assert_eq!(to_march.unsure_on(d("2025-03-01")), None);
    // As of a month: as things stood at its end.
    assert!(to_march.contains(d("2025-03")));
    let days = Interval {
        since: Some(d("2025-03-05")),
        until: Some(d("2025-03-20")),
    };
    let met = march.meet(days).meet(to_march);
    assert_eq!(met.since, Some(d("2025-03-05")));
    assert_eq!(met.until, Some(d("2025-03-20")));
    assert!(!met.is_empty());
}

#[test]
fn weekdays_resolve_to_the_latest_such_day_on_or_before_the_source() {
    let d = |s: &str| s.parse::<Date>().unwrap();
    // 2025-05-08 is a Thursday.
    assert_eq!(d("2025-05-08").weekday(), 3);
    let tuesday = said::resolve("Tuesday", d("2025-05-08")).unwrap();
    assert_eq!(tuesday, d("2025-05-06"));
    assert_eq!(tuesday.to_string(), "2025-05-06");
    assert_eq!(tuesday.spelling(), "Tuesday");
    assert_eq!(
        tuesday.in_words(),
        "2025-05-06 (inferred from 'Tuesday', source dated 2025-05-08)"
    );
    assert_eq!(
        said::resolve("thursday", d("2025-05-08")).unwrap(),
        d("2025-05-08")
    );
    assert_eq!(
        said::resolve("Friday", d("2025-05-08")).unwrap(),
        d("2025-05-02")
    );
    assert_eq!(
        said::resolve("on Monday", d("2025-05-08")).unwrap(),
        d("2025-05-05")
    );
    assert_eq!(
        said::resolve("yesterday", d("2025-03-01")).unwrap(),
        d("2025-02-28")
    );
    assert_eq!(
        said::resolve("today", d("2025-03-01")).unwrap(),
        d("2025-03-01")
    );
    let week = said::resolve("last week", d("2025-05-08")).unwrap();
    assert_eq!(week.precision(), Precision::Week);
    assert_eq!(week.first_day(), d("2025-04-28"));
    assert_eq!(week.last_day(), d("2025-05-04"));
    assert_eq!(week.to_string(), "2025-W18");
    assert_eq!(
        week.in_words(),
        "the week of 2025-04-28 (inferred from 'last week', source dated 2025-05-08)"
    );
    // Only a source dated to a day resolves words.
    assert!(said::resolve("Tuesday", d("2025-05")).is_none());
    assert!(said::resolve("next Tuesday", d("2025-05-08")).is_none());
}

#[test]
fn said_dates_survive_packing() {
    let d = |s: &str| s.parse::<Date>().unwrap();
    for day in ["2025-03", "2025", "9999-12-31", "0001-01-01"] {
        let date = d(day);
        let mut fields = crate::model::EdgeFields::new("a", crate::model::Relation::Supports, "b");
        fields.since = Some(date.into());
        let edge = crate::model::Edge::new(fields);
        assert_eq!(edge.since().unwrap().known().unwrap().to_string(), day);
    }
    for word in ["Tuesday", "Sunday", "yesterday", "today", "last week"] {
        let date = said::resolve(word, d("2025-05-08")).unwrap();
        let mut fields = crate::model::EdgeFields::new("a", crate::model::Relation::Supports, "b");
        fields.until = Some(date.into());
        let edge = crate::model::Edge::new(fields);
        let back = edge.until().unwrap().known().unwrap();
        assert_eq!(back.in_words(), date.in_words(), "{word}");
        assert_eq!(back.spelling(), word);
    }
}

/// A date in 2025 of any precision, from three numbers.
fn loose_date(kind: u8, month: u8, day: u8) -> Date {
    match kind % 4 {
        0 => Date::year_of(2025).unwrap(),
        1 => Date::month_of(2025, 1 + month % 12).unwrap(),
        2 => said::resolve(
            "last week",
            Date::new(2025, 1 + month % 12, 1 + day % 28).unwrap(),
        )
        .unwrap(),
        _ => Date::new(2025, 1 + month % 12, 1 + day % 28).unwrap(),
    }
}

/// Every day of a date's span, counted out.
fn days_of(d: Date) -> Vec<Date> {
    let mut days = vec![d.first_day()];
    while *days.last().unwrap() < d.last_day() {
        let next = days.last().unwrap().plus_days(1);
        days.push(next);
    }
    days
}

proptest::proptest! {
    #[test]
    fn a_loose_span_holds_on_a_day_when_some_reading_of_it_does_and_is_unsure_when_not_every_one_does(
        since in proptest::option::of((0u8..4, 0u8..12, 0u8..28)),
        until in proptest::option::of((0u8..4, 0u8..12, 0u8..28)),
        (m, d) in (0u8..12, 0u8..28),
    ) {
        let span = Interval {
            since: since.map(|(k, m, d)| loose_date(k, m, d)),
            until: until.map(|(k, m, d)| loose_date(k, m, d)),
        };
        let day = Date::new(2025, 1 + m, 1 + d).unwrap();
        // The naive reading: each end is one of the days of its span.
        let starts: Vec<Option<Date>> = span.since.map_or(vec![None], |s| days_of(s).into_iter().map(Some).collect());
        let ends: Vec<Option<Date>> = span.until.map_or(vec![None], |u| days_of(u).into_iter().map(Some).collect());
        let holds = |s: Option<Date>, u: Option<Date>| s.is_none_or(|s| s <= day) && u.is_none_or(|u| day <= u);
        let some = starts.iter().any(|&s| ends.iter().any(|&u| holds(s, u)));
        let every_start = starts.iter().all(|&s| s.is_none_or(|s| s <= day));
        let every_end = ends.iter().all(|&u| u.is_none_or(|u| day <= u));
        // Whether the span may hold: some start on or before the day, and
        // some end on or after it (each end read on its own).
        let may = starts.iter().any(|&s| s.is_none_or(|s| s <= day)) && ends.iter().any(|&u| u.is_none_or(|u| day <= u));
        proptest::prop_assert_eq!(span.contains(day), may);
        // The ends' readings are independent, so that is also some reading of both.
        proptest::prop_assert_eq!(span.contains(day), some);
        if span.contains(day) {
            proptest::prop_assert_eq!(span.unsure_on(day).is_some(), !(every_start && every_end));
        }
    }
}
