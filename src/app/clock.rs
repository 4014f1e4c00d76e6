//! The moment the map shows and how it moves: by year (the default), month or day, from 1992
//! to today. Pure functions of dates, so the slider, the keys and playback agree.

use jiff::civil::{Date, date};

/// The first day the slider reaches: the year of the Tashkent treaty.
pub const FIRST_DAY: Date = date(1992, 1, 1);

/// How far one step of the slider (and the Left/Right keys) goes. Each step stops at the end of a
/// period: 31 December, the last day of a month, or a day; today is always the last stop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    Year,
    Month,
    Day,
}

impl Step {
    pub const ALL: [Step; 3] = [Step::Year, Step::Month, Step::Day];

    pub fn label(self) -> &'static str {
        match self {
            Step::Year => "Year",
            Step::Month => "Month",
            Step::Day => "Day",
        }
    }
}

/// The last day of the period that contains `day`.
fn period_end(day: Date, step: Step) -> Date {
    match step {
        Step::Year => date(day.year(), 12, 31),
        Step::Month => day.last_of_month(),
        Step::Day => day,
    }
}

/// The stop at or after `day`: the end of its period, or today if that is earlier.
pub fn snap(day: Date, step: Step, today: Date) -> Date {
    period_end(day.max(FIRST_DAY), step).min(today)
}

/// The first stop of the slider.
pub fn first_stop(step: Step, today: Date) -> Date {
    snap(FIRST_DAY, step, today)
}

/// One step later, never past today.
pub fn step_forward(day: Date, step: Step, today: Date) -> Date {
    let end = period_end(day, step);
    let next = if end > day { end } else { period_end(end.tomorrow().unwrap_or(end), step) };
    next.min(today)
}

/// One step earlier, never before the first stop.
pub fn step_back(day: Date, step: Step, today: Date) -> Date {
    let start = match step {
        Step::Year => date(day.year(), 1, 1),
        Step::Month => day.first_of_month(),
        Step::Day => day,
    };
    let previous = start.yesterday().map_or(start, |before| period_end(before, step));
    previous.max(first_stop(step, today))
}

/// The next of `dates` after `day`, and the last one before it.
pub fn next_of(dates: &[Date], day: Date) -> Option<Date> {
    dates.iter().copied().find(|&candidate| candidate > day)
}

pub fn previous_of(dates: &[Date], day: Date) -> Option<Date> {
    dates.iter().copied().rev().find(|&candidate| candidate < day)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = date(2026, 11, 30);

    #[test]
    fn year_steps_stop_at_the_end_of_each_year_and_at_today() {
        assert_eq!(step_forward(date(2011, 12, 31), Step::Year, TODAY), date(2012, 12, 31));
        assert_eq!(step_forward(date(2012, 6, 28), Step::Year, TODAY), date(2012, 12, 31));
        assert_eq!(step_forward(date(2025, 12, 31), Step::Year, TODAY), TODAY);
        assert_eq!(step_forward(TODAY, Step::Year, TODAY), TODAY);
        assert_eq!(step_back(date(2012, 12, 31), Step::Year, TODAY), date(2011, 12, 31));
        assert_eq!(step_back(date(2012, 6, 28), Step::Year, TODAY), date(2011, 12, 31));
        assert_eq!(step_back(TODAY, Step::Year, TODAY), date(2025, 12, 31));
        assert_eq!(step_back(date(1992, 12, 31), Step::Year, TODAY), date(1992, 12, 31));
    }

    #[test]
    fn month_steps_stop_at_the_last_day_of_each_month() {
        assert_eq!(step_forward(date(1994, 3, 31), Step::Month, TODAY), date(1994, 4, 30));
        assert_eq!(step_forward(date(2024, 1, 31), Step::Month, TODAY), date(2024, 2, 29));
        assert_eq!(step_back(date(2024, 3, 31), Step::Month, TODAY), date(2024, 2, 29));
        assert_eq!(step_back(date(1992, 1, 31), Step::Month, TODAY), date(1992, 1, 31));
    }

    #[test]
    fn day_steps_go_one_day_and_stop_at_both_ends() {
        assert_eq!(step_forward(date(2024, 2, 22), Step::Day, TODAY), date(2024, 2, 23));
        assert_eq!(step_back(date(2024, 2, 23), Step::Day, TODAY), date(2024, 2, 22));
        assert_eq!(step_back(FIRST_DAY, Step::Day, TODAY), FIRST_DAY);
        assert_eq!(step_forward(TODAY, Step::Day, TODAY), TODAY);
    }

    #[test]
    fn snapping_moves_a_day_to_the_end_of_its_period() {
        assert_eq!(snap(date(2012, 6, 28), Step::Year, TODAY), date(2012, 12, 31));
        assert_eq!(snap(date(2012, 6, 28), Step::Month, TODAY), date(2012, 6, 30));
        assert_eq!(snap(date(2012, 6, 28), Step::Day, TODAY), date(2012, 6, 28));
        assert_eq!(snap(date(2026, 3, 1), Step::Year, TODAY), TODAY);
        assert_eq!(snap(date(1980, 1, 1), Step::Year, TODAY), date(1992, 12, 31));
    }

    #[test]
    fn the_next_and_previous_change_are_found_strictly_after_and_before() {
        let dates = [date(1992, 5, 15), date(1994, 4, 20), date(1999, 4, 20)];
        assert_eq!(next_of(&dates, date(1994, 4, 20)), Some(date(1999, 4, 20)));
        assert_eq!(previous_of(&dates, date(1994, 4, 20)), Some(date(1992, 5, 15)));
        assert_eq!(next_of(&dates, date(1999, 4, 20)), None);
        assert_eq!(previous_of(&dates, date(1992, 5, 15)), None);
    }
}
