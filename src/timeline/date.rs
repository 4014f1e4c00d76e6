//! Dates as precise as their sources: a day, a month or only a year.

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;

/// How much of a date the sources give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// A date known to the day, the month or the year. Written `1994-04-20`, `2010-06` or `2013`.
///
/// It takes effect on its first day (`2013` on 1 January 2013), but is shown to people as
/// precisely as it is known ("2013", never "1 January 2013").
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Deserialize, serde::Serialize)]
#[serde(try_from = "String", into = "String")]
pub struct PartialDate {
    year: i16,
    month: Option<i8>,
    day: Option<i8>,
}

/// Text that is not a date, or not one of the accepted forms.
/// Its words (and its `Display`, in English) are in `i18n`: each message is written once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    Form { text: String, expected: DateForm },
    Month { text: String, month: i64 },
    Day { text: String, month: PartialDate, days: i8 },
    YearRange { year: i64 },
    FutureYear { year: i16, today: Date },
}

/// The forms a date is asked in: any precision (timeline files), or a day (`--date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateForm {
    Any,
    Day,
}

impl DateForm {
    /// Its message: "YYYY-MM-DD", «ГГГГ-ММ-ДД».
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            DateForm::Any => "date-form-any",
            DateForm::Day => "date-form-day",
        }
    }
}

// The years a date may have: ISO 8601's four digits, from 1 AD (there is no year 0).
const FIRST_YEAR: i16 = 1;
const LAST_YEAR: i16 = 9999;

/// A date written out for people: "15 May 1992".
pub fn long_date(date: Date) -> String {
    date.strftime("%-d %B %-Y").to_string()
}

impl PartialDate {
    /// A date known to the day.
    pub fn day(date: Date) -> Self {
        Self { year: date.year(), month: Some(date.month()), day: Some(date.day()) }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The day it takes effect: its first day.
    pub fn effective(&self) -> Date {
        let month = self.month.unwrap_or(1);
        let day = self.day.unwrap_or(1);
        // Checked when parsed; the fallback is never reached.
        Date::new(self.year, month, day).unwrap_or(Date::constant(self.year, 1, 1))
    }

    pub fn year(&self) -> i16 {
        self.year
    }

    /// The ISO form it was written in: `1994-04-20`, `2010-06` or `2013`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(month), Some(day)) => format!("{:04}-{month:02}-{day:02}", self.year),
            (Some(month), None) => format!("{:04}-{month:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

/// Shown as precisely as it is known: "20 April 1994", "June 2010", "2013".
impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(_), Some(_)) => f.write_str(&long_date(self.effective())),
            (Some(_), None) => write!(f, "{}", self.effective().strftime("%B %-Y")),
            _ => write!(f, "{}", self.year),
        }
    }
}

impl fmt::Debug for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PartialDate({})", self.iso())
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let form_error = || DateError::Form { text: text.to_owned(), expected: DateForm::Any };
        let mut parts = text.split('-');
        let year = parts.next().and_then(|part| number(part, 4)).ok_or_else(form_error)?;
        let month = parts.next().map(|part| number(part, 2).ok_or_else(form_error)).transpose()?;
        let day = parts.next().map(|part| number(part, 2).ok_or_else(form_error)).transpose()?;
        if parts.next().is_some() {
            return Err(form_error());
        }
        checked(text, year, month, day)
    }
}

impl TryFrom<String> for PartialDate {
    type Error = DateError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<PartialDate> for String {
    fn from(date: PartialDate) -> Self {
        date.iso()
    }
}

/// Parses a date that must be given to the day, as `YYYY-MM-DD`.
pub fn parse_day(text: &str) -> Result<Date, DateError> {
    let date: PartialDate = text.parse().map_err(|error| match error {
        DateError::Form { text, .. } => DateError::Form { text, expected: DateForm::Day },
        other => other,
    })?;
    match date.precision() {
        Precision::Day => Ok(date.effective()),
        _ => Err(DateError::Form { text: text.to_owned(), expected: DateForm::Day }),
    }
}

/// The moment that stands for a year: the end of 31 December, or today in the current year.
pub fn year_end_or_today(year: i16, today: Date) -> Result<Date, DateError> {
    let out_of_range = || DateError::YearRange { year: year.into() };
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(out_of_range());
    }
    if year > today.year() {
        return Err(DateError::FutureYear { year, today });
    }
    if year == today.year() {
        return Ok(today);
    }
    Date::new(year, 12, 31).map_err(|_| out_of_range())
}

/// A run of exactly `digits` ASCII digits.
fn number(part: &str, digits: usize) -> Option<i64> {
    if part.len() != digits || !part.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    part.parse().ok()
}

fn checked(text: &str, year: i64, month: Option<i64>, day: Option<i64>) -> Result<PartialDate, DateError> {
    let year = i16::try_from(year)
        .ok()
        .filter(|year| (FIRST_YEAR..=LAST_YEAR).contains(year))
        .ok_or(DateError::YearRange { year })?;
    let Some(month) = month else {
        return Ok(PartialDate { year, month: None, day: None });
    };
    let month_error = || DateError::Month { text: text.to_owned(), month };
    let month_number = i8::try_from(month).ok().filter(|m| (1..=12).contains(m)).ok_or_else(month_error)?;
    let first = Date::new(year, month_number, 1).map_err(|_| month_error())?;
    let Some(day) = day else {
        return Ok(PartialDate { year, month: Some(month_number), day: None });
    };
    let days = first.days_in_month();
    let whole_month = PartialDate { year, month: Some(month_number), day: None };
    let day_error = || DateError::Day { text: text.to_owned(), month: whole_month, days };
    let day_number = i8::try_from(day).ok().filter(|d| (1..=days).contains(d)).ok_or_else(day_error)?;
    Ok(PartialDate { year, month: Some(month_number), day: Some(day_number) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_year_takes_effect_on_the_first_of_january_and_is_shown_as_the_year() {
        let year: PartialDate = "2013".parse().unwrap();
        assert_eq!(year.precision(), Precision::Year);
        assert_eq!(year.effective(), date(2013, 1, 1));
        assert_eq!(year.to_string(), "2013");
        assert_eq!(year.iso(), "2013");
    }

    #[test]
    fn a_month_takes_effect_on_its_first_day_and_is_shown_as_the_month() {
        let month: PartialDate = "2010-06".parse().unwrap();
        assert_eq!(month.precision(), Precision::Month);
        assert_eq!(month.effective(), date(2010, 6, 1));
        assert_eq!(month.to_string(), "June 2010");
    }

    #[test]
    fn a_day_is_shown_in_words() {
        let day: PartialDate = "1994-04-20".parse().unwrap();
        assert_eq!(day.precision(), Precision::Day);
        assert_eq!(day.effective(), date(1994, 4, 20));
        assert_eq!(day.to_string(), "20 April 1994");
        assert_eq!(day.iso(), "1994-04-20");
    }

    #[test]
    fn impossible_dates_say_what_is_wrong() {
        let error = "1994-02-30".parse::<PartialDate>().unwrap_err();
        assert_eq!(error.to_string(), "\"1994-02-30\" is not a date: February 1994 has 28 days");
        let error = "2012-13".parse::<PartialDate>().unwrap_err();
        assert_eq!(error.to_string(), "\"2012-13\" is not a date: month 13 does not exist");
        assert_eq!("2024-02-29".parse::<PartialDate>().unwrap().effective(), date(2024, 2, 29));
    }

    #[test]
    fn other_forms_are_refused() {
        for text in ["", "94", "1994-4-20", "1994/04/20", "1994-04-20-01", "20-04-1994", "1994-04-2x", "+1994"] {
            assert!(matches!(text.parse::<PartialDate>(), Err(DateError::Form { .. })), "{text} was accepted");
        }
    }

    #[test]
    fn a_command_line_date_must_be_a_whole_day() {
        assert_eq!(parse_day("2012-12-31").unwrap(), date(2012, 12, 31));
        let error = parse_day("2012-12").unwrap_err();
        assert_eq!(error.to_string(), "\"2012-12\" is not a date: expected YYYY-MM-DD");
        assert!(matches!(parse_day("2012-02-30"), Err(DateError::Day { days: 29, .. })));
    }

    #[test]
    fn a_past_year_means_its_last_day_and_the_current_year_means_today() {
        let today = date(2026, 11, 30);
        assert_eq!(year_end_or_today(2012, today).unwrap(), date(2012, 12, 31));
        assert_eq!(year_end_or_today(2026, today).unwrap(), today);
        let error = year_end_or_today(2027, today).unwrap_err();
        assert_eq!(error.to_string(), "year 2027 is in the future: the timeline ends today (2026-11-30)");
    }

    #[test]
    fn a_year_before_1_or_after_9999_is_refused_rather_than_replaced_by_today() {
        let today = date(2026, 11, 30);
        let error = year_end_or_today(-20000, today).unwrap_err();
        assert_eq!(error.to_string(), "year -20000 is out of range: give a year from 1 to 9999");
        assert_eq!(year_end_or_today(0, today), Err(DateError::YearRange { year: 0 }));
        assert_eq!(year_end_or_today(10000, today), Err(DateError::YearRange { year: 10000 }));
        assert_eq!(year_end_or_today(1, today).unwrap(), date(1, 12, 31));
    }

    #[test]
    fn the_year_0000_is_not_a_date() {
        for text in ["0000", "0000-06", "0000-06-01"] {
            assert_eq!(text.parse::<PartialDate>(), Err(DateError::YearRange { year: 0 }), "{text}");
        }
        assert_eq!(
            parse_day("0000-06-01").unwrap_err().to_string(),
            "year 0 is out of range: give a year from 1 to 9999"
        );
        assert_eq!("9999-12-31".parse::<PartialDate>().unwrap().effective(), date(9999, 12, 31));
    }

    #[test]
    fn every_month_has_its_english_name_and_early_years_are_not_padded() {
        let names: Vec<String> =
            (1..=12).map(|month| format!("2010-{month:02}").parse::<PartialDate>().unwrap().to_string()).collect();
        let expected = crate::timeline::proptests::MONTHS.map(|name| format!("{name} 2010"));
        assert_eq!(names, expected);
        assert_eq!("0005-06".parse::<PartialDate>().unwrap().to_string(), "June 5");
        assert_eq!("0987-06-01".parse::<PartialDate>().unwrap().to_string(), "1 June 987");
        assert_eq!(long_date(date(9999, 12, 31)), "31 December 9999");
    }

    #[test]
    fn dates_order_by_when_they_take_effect() {
        let mut dates: Vec<PartialDate> =
            ["2013", "2012-06-28", "2010-06", "2012-06-20"].iter().map(|t| t.parse().unwrap()).collect();
        dates.sort();
        let sorted: Vec<String> = dates.iter().map(PartialDate::iso).collect();
        assert_eq!(sorted, ["2010-06", "2012-06-20", "2012-06-28", "2013"]);
    }
}
