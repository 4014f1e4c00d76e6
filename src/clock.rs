//! The moments the map shows and how they move: by year (the default), month, day or change of
//! status, from 1992 to today; and which day "today" is when the computer's clock cannot be
//! trusted. Pure functions of dates, so the slider, the keys, playback and image series agree.

use jiff::civil::{Date, date};

use crate::i18n::Lang;
use crate::timeline::parse_day;
use crate::tr;

/// The first day the slider reaches and every series starts from: the year of the Tashkent treaty.
pub const FIRST_DAY: Date = date(1992, 1, 1);

/// How far one step goes. Each step stops at the end of a period (31 December, the last day of a
/// month, a day) or on a day when a status changed; today is always the last stop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The end of each year.
    #[default]
    Year,
    /// The last day of each month.
    Month,
    /// Each day (the slider only: a series of every day since 1992 would be 12,000 images).
    #[value(skip)]
    Day,
    /// The days on which a status changed.
    Change,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Year, Step::Month, Step::Day, Step::Change];

    pub fn label(self, lang: crate::i18n::Lang) -> String {
        lang.t(match self {
            Step::Year => "step-year",
            Step::Month => "step-month",
            Step::Day => "step-day",
            Step::Change => "step-change",
        })
    }
}

/// The stops of the slider: the end of each period from 1992, or the change days, then today.
#[derive(Clone, Copy, Debug)]
pub struct Stops<'a> {
    pub step: Step,
    pub today: Date,
    /// The days on which a status changed, in order (for [`Step::Change`]).
    pub changes: &'a [Date],
}

impl Stops<'_> {
    /// The stop at or after `day`: the end of its period (the day itself, by change), or today
    /// if that is earlier; never before the first stop.
    pub fn snap(&self, day: Date) -> Date {
        period_end(day.max(FIRST_DAY), self.step).min(self.today).max(self.first())
    }

    /// The first stop.
    pub fn first(&self) -> Date {
        match self.step {
            Step::Change => self.changes.iter().copied().find(|&day| day >= FIRST_DAY).unwrap_or(FIRST_DAY),
            step => period_end(FIRST_DAY, step),
        }
        .min(self.today)
    }

    /// One step later, never past today, and never back (from a day before the first stop, the
    /// first stop).
    pub fn forward(&self, day: Date) -> Date {
        let next = match self.step {
            Step::Change => next_of(self.changes, day).unwrap_or(self.today),
            step => {
                let end = period_end(day, step);
                if end > day { end } else { period_end(end.tomorrow().unwrap_or(end), step) }
            }
        };
        next.min(self.today).max(self.first()).max(day.min(self.today))
    }

    /// One step earlier, never before the first stop, and never on (from a day at or before the
    /// first stop, that day).
    pub fn back(&self, day: Date) -> Date {
        let previous = match self.step {
            Step::Change => previous_of(self.changes, day).unwrap_or(FIRST_DAY),
            step => {
                let start = match step {
                    Step::Year => date(day.year(), 1, 1),
                    Step::Month => day.first_of_month(),
                    _ => day,
                };
                start.yesterday().map_or(start, |before| period_end(before, step))
            }
        };
        previous.min(self.today).max(self.first()).min(day)
    }

    /// Every stop from the first to today, in order.
    pub fn all(&self) -> Vec<Date> {
        let mut stops = vec![self.first()];
        while let Some(&last) = stops.last()
            && last < self.today
        {
            let next = self.forward(last);
            if next <= last {
                break;
            }
            stops.push(next);
        }
        stops
    }
}

/// The last day of the period that contains `day` (the day itself for days and changes).
fn period_end(day: Date, step: Step) -> Date {
    match step {
        Step::Year => date(day.year(), 12, 31),
        Step::Month => day.last_of_month(),
        Step::Day | Step::Change => day,
    }
}

/// A day given to an option (or a field of the export dialog) that cannot be shown, with the
/// option's name.
#[derive(Debug, Clone, PartialEq)]
pub enum DayError {
    NotADate {
        option: String,
        error: crate::timeline::DateError,
    },
    /// After today: the timeline ends today.
    Future {
        option: String,
        date: Date,
        today: Date,
    },
    /// Before the timeline's first day.
    Outside {
        option: String,
        date: Date,
        today: Date,
    },
    /// A list of days for a grid with too few or too many.
    GridCount {
        option: String,
        count: usize,
    },
}

impl DayError {
    /// The error in words of `lang`, naming the option.
    pub fn localised(&self, lang: Lang) -> String {
        match self {
            DayError::NotADate { option, error } => format!("{option}: {}", error.localised(lang)),
            DayError::Future { option, date, today } => {
                let (date, today) = (date.to_string(), today.to_string());
                tr!(lang, "error-future-date", option = option.as_str(), date = date, today = today)
            }
            DayError::Outside { option, date, today } => {
                let (date, first, today) = (date.to_string(), FIRST_DAY.to_string(), today.to_string());
                tr!(lang, "error-outside-timeline", option = option.as_str(), date = date, first = first, today = today)
            }
            DayError::GridCount { option, count } => {
                let (least, most) = (*GRID_DAYS.start(), *GRID_DAYS.end());
                tr!(lang, "error-grid-count", option = option.as_str(), count = *count, least = least, most = most)
            }
        }
    }
}

crate::i18n::english_display!(DayError);

/// A day typed for `option` (or a field of the export dialog) that must lie in the timeline,
/// from 1992 to today.
pub fn day_in_timeline(option: &str, text: &str, today: Date) -> Result<Date, DayError> {
    let option = option.to_owned();
    let day = parse_day(text.trim()).map_err(|error| DayError::NotADate { option: option.clone(), error })?;
    if day > today {
        return Err(DayError::Future { option, date: day, today });
    }
    if day < FIRST_DAY {
        return Err(DayError::Outside { option, date: day, today });
    }
    Ok(day)
}

/// How many days a grid of small maps shows, at least and at most.
pub const GRID_DAYS: std::ops::RangeInclusive<usize> = 2..=12;

/// The days of a grid, typed as a list (commas or spaces between them): 2 to 12 days of the
/// timeline, in the order given.
pub fn grid_days(option: &str, list: &str, today: Date) -> Result<Vec<Date>, DayError> {
    let days: Vec<Date> = list
        .split([',', ' ', '\n', ';'])
        .filter(|text| !text.trim().is_empty())
        .map(|text| day_in_timeline(option, text, today))
        .collect::<Result<_, _>>()?;
    if !GRID_DAYS.contains(&days.len()) {
        return Err(DayError::GridCount { option: option.to_owned(), count: days.len() });
    }
    Ok(days)
}

/// The next of `dates` after `day`, and the last one before it.
pub fn next_of(dates: &[Date], day: Date) -> Option<Date> {
    dates.iter().copied().find(|&candidate| candidate > day)
}

pub fn previous_of(dates: &[Date], day: Date) -> Option<Date> {
    dates.iter().copied().rev().find(|&candidate| candidate < day)
}

/// The variable that, set to a day (`YYYY-MM-DD`), stands in for the computer's clock: to make
/// today's slides reproducible, or to see what a machine with a wrong clock does.
pub const TODAY_VARIABLE: &str = "CSTO_MAP_TODAY";

/// [`TODAY_VARIABLE`] set to something that is no day.
#[derive(Debug, Clone, PartialEq)]
pub struct ClockVariableError {
    pub text: String,
    pub error: crate::timeline::DateError,
}

crate::i18n::english_display!(ClockVariableError);

impl ClockVariableError {
    /// The error in words of `lang`, naming the variable and what it holds.
    pub fn localised(&self, lang: Lang) -> String {
        format!("{TODAY_VARIABLE}={}: {}", self.text, self.error.localised(lang))
    }
}

/// The day in [`TODAY_VARIABLE`], if it is set; an error names the variable and what it holds.
pub fn clock_from_environment() -> Result<Option<Date>, ClockVariableError> {
    let Some(text) = std::env::var_os(TODAY_VARIABLE) else { return Ok(None) };
    let text = text.to_string_lossy().into_owned();
    parse_day(&text).map(Some).map_err(|error| ClockVariableError { text, error })
}

/// The computer's clock: today where csto-map runs, unless [`TODAY_VARIABLE`] says otherwise.
pub fn clock_today() -> Result<Date, ClockVariableError> {
    Ok(clock_from_environment()?.unwrap_or_else(computer_today))
}

/// The computer's own clock, whatever [`TODAY_VARIABLE`] says.
pub fn computer_today() -> Date {
    jiff::ZonedDateTime::now().date()
}

/// The window's clock: the day in [`TODAY_VARIABLE`] if it holds one, else `None` for the
/// computer's clock; a variable that is no day is the computer's clock too, with the reason in
/// `lang` to say once (a bad variable must not keep the window shut).
pub fn window_clock(lang: Lang) -> (Option<Date>, Option<String>) {
    match clock_from_environment() {
        Ok(day) => (day, None),
        Err(error) => (None, Some(crate::tr!(lang, "warning-clock-variable", error = error.localised(lang)))),
    }
}

/// Which day is today, and whether the computer's clock was overruled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Today {
    pub date: Date,
    /// The clock's day, when it was before the data were checked (a dead clock battery) and so
    /// cannot be right: `date` is then the day the data were checked.
    pub wrong_clock: Option<Date>,
}

impl Today {
    /// Today from the computer's clock, unless the clock is before `checked_on`, the day the
    /// data were last checked against the sources: then that day.
    pub fn from_clock(clock: Date, checked_on: Date) -> Self {
        if clock < checked_on {
            Self { date: checked_on, wrong_clock: Some(clock) }
        } else {
            Self { date: clock, wrong_clock: None }
        }
    }

    /// The clock's day, if it was overruled.
    pub fn overruled(&self) -> Option<Date> {
        self.wrong_clock
    }
}

#[cfg(test)]
#[path = "clock_tests.rs"]
mod tests;
