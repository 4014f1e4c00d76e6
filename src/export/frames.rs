//! The moments of a series or an animation: the end of each year from the treaty to today, or
//! each day on which a status changed.

use jiff::civil::Date;

use crate::timeline::{Timeline, year_end_or_today};

/// One frame per year, or one per day on which something changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Step {
    #[default]
    Year,
    Change,
}

/// The treaty was signed in 1992: the first year of every series.
const FIRST_YEAR: i16 = 1992;

/// The frames' days, in order: the end of every year from 1992 (today in the current year), or
/// every day of a change; either way the last frame is today, so an animation ends at the present.
pub fn frame_dates(timeline: &Timeline, step: Step, today: Date) -> Vec<Date> {
    let mut dates: Vec<Date> = match step {
        Step::Year => (FIRST_YEAR..=today.year()).filter_map(|year| year_end_or_today(year, today).ok()).collect(),
        Step::Change => timeline.change_dates().into_iter().filter(|&date| date <= today).collect(),
    };
    if dates.last().is_none_or(|&last| last < today) {
        dates.push(today);
    }
    dates
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_series_runs_from_1992_to_today() {
        let timeline = Timeline::bundled().unwrap();
        let today = jiff::civil::date(2026, 11, 30);
        let dates = frame_dates(&timeline, Step::Year, today);
        assert_eq!(dates.len(), 35);
        assert_eq!(dates[0], jiff::civil::date(1992, 12, 31));
        assert_eq!(dates[20], jiff::civil::date(2012, 12, 31));
        assert_eq!(dates.last(), Some(&today));
    }

    #[test]
    fn a_change_series_has_every_change_day_then_today() {
        let timeline = Timeline::bundled().unwrap();
        let today = jiff::civil::date(2026, 11, 30);
        let dates = frame_dates(&timeline, Step::Change, today);
        let changes = timeline.change_dates();
        assert_eq!(&dates[..changes.len()], &changes[..]);
        assert_eq!(dates.len(), changes.len() + 1);
        assert!(dates.contains(&jiff::civil::date(2012, 6, 28)), "Uzbekistan's second exit");
        assert!(dates.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(dates.last(), Some(&today));
    }
}
