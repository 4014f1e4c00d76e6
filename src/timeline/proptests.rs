//! Properties of partial dates and of the status queries, over random dates and random timelines.

use std::ops::RangeInclusive;

use jiff::civil::{Date, date};
use jiff::{Span, ToSpan};
use proptest::prelude::*;
use serde_json::json;

use super::*;

/// The month names, written out here as the oracle for what jiff prints.
pub(super) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A valid date as written in a file: the year, then maybe the month, then maybe the day.
#[derive(Clone, Copy, Debug)]
struct Written {
    year: i16,
    month: Option<i8>,
    day: Option<i8>,
}

impl Written {
    fn text(self) -> String {
        match (self.month, self.day) {
            (Some(month), Some(day)) => format!("{:04}-{month:02}-{day:02}", self.year),
            (Some(month), None) => format!("{:04}-{month:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    fn effective(self) -> Date {
        date(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// Less precise first: the order among dates that take effect on the same day.
    fn precision_rank(self) -> u8 {
        u8::from(self.month.is_some()) + u8::from(self.day.is_some())
    }

    /// What people read, as the hand-written formatting before jiff printed it.
    fn shown(self) -> String {
        let name = |month: i8| MONTHS[usize::try_from(month - 1).unwrap()];
        match (self.month, self.day) {
            (Some(month), Some(day)) => format!("{day} {} {}", name(month), self.year),
            (Some(month), None) => format!("{} {}", name(month), self.year),
            _ => self.year.to_string(),
        }
    }
}

/// A date within `years`, of any precision, with a day that exists.
fn written(years: RangeInclusive<i16>, months: RangeInclusive<i8>) -> impl Strategy<Value = Written> {
    (years, months, 1i8..=31, 0u8..3).prop_map(|(year, month, day, precision)| {
        let day = day.min(date(year, month, 1).days_in_month());
        match precision {
            0 => Written { year, month: None, day: None },
            1 => Written { year, month: Some(month), day: None },
            _ => Written { year, month: Some(month), day: Some(day) },
        }
    })
}

/// Any valid date, or one of a few days early in 2012, so that equal effective days are common.
fn any_written() -> impl Strategy<Value = Written> {
    prop_oneof![
        written(1..=9999, 1..=12),
        written(2012..=2012, 1..=2).prop_map(|mut w| {
            w.day = w.day.map(|day| day.min(2));
            w
        })
    ]
}

proptest! {
    #[test]
    fn a_written_date_parses_prints_and_parses_back_the_same(written in any_written()) {
        let text = written.text();
        let parsed: PartialDate = text.parse().unwrap();
        prop_assert_eq!(&parsed.iso(), &text);
        prop_assert_eq!(parsed.iso().parse::<PartialDate>().unwrap(), parsed);
        prop_assert_eq!(parsed.effective(), written.effective());
        prop_assert_eq!(parsed.year(), written.year);
        prop_assert_eq!(parsed.to_string(), written.shown());
        let precision = [Precision::Year, Precision::Month, Precision::Day][usize::from(written.precision_rank())];
        prop_assert_eq!(parsed.precision(), precision);
        if precision == Precision::Day {
            prop_assert_eq!(parse_day(&text).unwrap(), written.effective());
            prop_assert_eq!(long_date(written.effective()), written.shown());
        } else {
            prop_assert!(parse_day(&text).is_err());
        }
    }

    #[test]
    fn dates_order_by_their_first_day_then_the_less_precise_first(a in any_written(), b in any_written()) {
        let (first, second): (PartialDate, PartialDate) = (a.text().parse().unwrap(), b.text().parse().unwrap());
        let expected = (a.effective(), a.precision_rank()).cmp(&(b.effective(), b.precision_rank()));
        prop_assert_eq!(first.cmp(&second), expected, "{} vs {}", a.text(), b.text());
        prop_assert_eq!(first == second, a.text() == b.text());
    }
}

/// Real ISO 3166-1 alpha-3 codes for the random timelines' countries.
const CODES: [&str; 16] =
    ["UZB", "ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "SRB", "TJK", "AFG", "UKR", "MDA", "TKM", "MNG", "IRN"];

/// A code that no random timeline has.
const ABSENT: &str = "FIN";

/// One country's changes as the file says them: dates in order, each status allowed after the
/// one before.
#[derive(Clone, Debug)]
struct History {
    code: &'static str,
    changes: Vec<(Written, Status)>,
}

/// Up to six dates from 1990 to 2030, and a choice among the allowed next statuses for each.
fn changes() -> impl Strategy<Value = Vec<(Written, usize)>> {
    prop::collection::vec((written(1990..=2030, 1..=12), any::<usize>()), 1..=6)
}

fn history(code: &'static str, picks: Vec<(Written, usize)>) -> History {
    let mut picks = picks;
    picks.sort_by_key(|(written, _)| written.effective());
    picks.dedup_by_key(|(written, _)| written.effective());
    let mut previous = None;
    let changes = picks
        .into_iter()
        .map(|(written, choice)| {
            // In the CSTO's file each status is its own kind: a status never follows itself.
            let allowed: Vec<Status> = Status::ALL
                .into_iter()
                .filter(|&status| status.may_follow(previous) && Some(status) != previous)
                .collect();
            let status = allowed[choice % allowed.len()];
            previous = Some(status);
            (written, status)
        })
        .collect();
    History { code, changes }
}

/// One to six countries, in file order, each with a valid history.
fn histories() -> impl Strategy<Value = Vec<History>> {
    let codes = prop::sample::subsequence(CODES.to_vec(), 1..=6).prop_shuffle();
    (codes, prop::collection::vec(changes(), 6))
        .prop_map(|(codes, all)| codes.into_iter().zip(all).map(|(code, picks)| history(code, picks)).collect())
}

fn timeline_json(histories: &[History]) -> String {
    let countries: Vec<serde_json::Value> = histories
        .iter()
        .map(|history| {
            let changes: Vec<serde_json::Value> = history
                .changes
                .iter()
                .map(|(written, status)| json!({"date": written.text(), "status": status.key(), "sources": [{"ref": 1}]}))
                .collect();
            json!({"iso3": history.code, "name": format!("Country {}", history.code), "changes": changes})
        })
        .collect();
    let timeline = json!({
        "schema": 1,
        "title": "A random timeline",
        "checked_on": "2026-01-31",
        "source_document": {"title": "Nowhere", "url": "https://example.org/"},
        "countries": countries,
    });
    serde_json::to_string_pretty(&timeline).unwrap()
}

/// The status in force on `day`, by scanning the changes: the last one on or before it.
fn scanned(history: &History, day: Date) -> Option<Status> {
    history.changes.iter().rev().find(|(written, _)| written.effective() <= day).map(|&(_, status)| status)
}

/// Days from 1989 to 2031, around the dates of the random timelines.
fn days() -> impl Strategy<Value = Vec<Date>> {
    prop::collection::vec((0i64..43 * 366).prop_map(|offset| date(1989, 1, 1) + Span::new().days(offset)), 1..=12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_queries_agree_with_a_scan_of_the_changes(histories in histories(), random_days in days()) {
        let timeline = Timeline::from_json(&timeline_json(&histories), "random.json");
        let timeline = match timeline {
            Ok(timeline) => timeline,
            Err(error) => return Err(TestCaseError::fail(format!("a valid timeline was refused: {error}"))),
        };
        let change_days = histories.iter().flat_map(|h| &h.changes).map(|(written, _)| written.effective());
        let days: Vec<Date> =
            random_days.into_iter().chain(change_days.flat_map(|day| [day, day - 1.day()])).collect();
        let mut sorted: Vec<&History> = histories.iter().collect();
        sorted.sort_by_key(|history| history.code);
        for day in days {
            for history in &histories {
                let code: Iso3 = history.code.parse().unwrap();
                prop_assert_eq!(timeline.status_at(code, day), scanned(history, day), "{} on {}", history.code, day);
            }
            prop_assert_eq!(timeline.status_at(ABSENT.parse().unwrap(), day), None);

            let listed: Vec<(String, Status)> =
                timeline.statuses_at(day).into_iter().map(|(country, status)| (country.iso3.to_string(), status)).collect();
            let expected: Vec<(String, Status)> = sorted
                .iter()
                .filter_map(|history| scanned(history, day).map(|status| (history.code.to_owned(), status)))
                .collect();
            prop_assert_eq!(&listed, &expected, "on {}", day);
            let asked_one_by_one: Vec<(String, Status)> = timeline
                .countries()
                .iter()
                .filter_map(|country| timeline.status_at(country.iso3, day).map(|status| (country.iso3.to_string(), status)))
                .collect();
            prop_assert_eq!(&listed, &asked_one_by_one, "on {}", day);

            let counts = timeline.counts_at(day);
            let total: usize = Status::ALL.iter().map(|&status| counts.get(status)).sum();
            prop_assert_eq!(total, expected.len(), "on {}", day);
            for status in Status::ALL {
                let with_status = expected.iter().filter(|(_, s)| *s == status).count();
                prop_assert_eq!(counts.get(status), with_status, "{:?} on {}", status, day);
            }
        }
    }
}
