//! The words of the domain's values: the dates of changes, the names of subjects, and the
//! timeline's errors in each language. Here rather than beside the values, so that the
//! timeline, below the words, never names them.

use std::fmt;

use crate::i18n::Lang;
use crate::iso3::Iso3Error;
use crate::timeline::{Change, DateError, DateForm, PartialDate, Problem, Status, Subject, TimelineError};
use crate::tr;

super::english_display!(DateError, Problem, TimelineError);

impl Iso3Error {
    /// The error in words of `lang`.
    pub fn localised(&self, lang: Lang) -> String {
        tr!(lang, "error-not-iso3", text = self.0.as_str())
    }
}

impl Change {
    /// The date as people read it: "June 2010", or "15 August 2021 (de facto)".
    pub fn when(&self, lang: Lang) -> String {
        let date = lang.partial_date(self.date);
        if self.de_facto { crate::tr!(lang, "de-facto", date = date) } else { date }
    }
}

impl<'a> Subject<'a> {
    /// The name in `lang`: a country's from CLDR, a body's from the timeline.
    pub fn name_in(&self, lang: Lang) -> std::borrow::Cow<'a, str> {
        match self {
            Subject::Country(country) => lang.country(country.iso3, &country.name),
            Subject::Body(body) => std::borrow::Cow::Borrowed(body.name_in(lang)),
        }
    }
}

impl fmt::Display for DateForm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::Lang::En.t(self.message_id()))
    }
}

impl DateError {
    /// The error in words of `lang` (the `Display` form is English).
    pub fn localised(&self, lang: crate::i18n::Lang) -> String {
        match self {
            DateError::Form { text, expected } => {
                tr!(lang, "error-date-form", text = text.as_str(), expected = lang.t(expected.message_id()))
            }
            DateError::Month { text, month } => tr!(lang, "error-date-month", text = text.as_str(), month = *month),
            DateError::Day { text, month, days } => {
                tr!(lang, "error-date-day", text = text.as_str(), month = lang.partial_date(*month), days = *days)
            }
            DateError::YearRange { year } => tr!(lang, "error-year-range", year = *year),
            DateError::FutureYear { year, today } => {
                tr!(lang, "error-year-future", year = *year, today = today.to_string())
            }
        }
    }
}

impl TimelineError {
    /// The problem in words of `lang` (the `Display` form is English). Field names, status
    /// identifiers and the JSON reader's own message stay as the file writes them.
    pub fn localised(&self, lang: crate::i18n::Lang) -> String {
        match self {
            TimelineError::Syntax { origin, line, column, message } => tr!(
                lang,
                "timeline-syntax",
                origin = origin.as_str(),
                line = *line,
                column = *column,
                message = message.as_str()
            ),
            TimelineError::Invalid { origin, path, problem } => {
                let problem = problem.localised(lang);
                tr!(lang, "timeline-invalid", origin = origin.as_str(), path = path.as_str(), problem = problem)
            }
        }
    }
}

impl Problem {
    /// The problem in words of `lang`.
    pub fn localised(&self, lang: crate::i18n::Lang) -> String {
        let day = |date: &PartialDate| date.iso();
        match self {
            Problem::DuplicateCountry(code) => tr!(lang, "problem-duplicate", code = code.to_string()),
            Problem::UnknownCountry(code) => tr!(lang, "problem-unknown-country", code = code.to_string()),
            Problem::NoSources => lang.t("problem-no-sources"),
            Problem::EmptySource => lang.t("problem-empty-source"),
            Problem::BadUrl(url) => tr!(lang, "problem-bad-url", url = url.as_str()),
            Problem::Empty { field } => tr!(lang, "problem-empty", field = *field),
            Problem::NoChanges => lang.t("problem-no-changes"),
            Problem::OutOfOrder { previous, this } => {
                tr!(lang, "problem-out-of-order", this = day(this), previous = day(previous))
            }
            Problem::Transition { from, to } => {
                tr!(lang, "problem-transition", to = to.key(), from = from.map_or("no status", Status::key))
            }
            Problem::Repeated(id) => tr!(lang, "problem-repeated", status = id.as_str()),
            Problem::UnknownStatus { id, known } => {
                tr!(lang, "problem-unknown-status", status = id.as_str(), known = known.join(", "))
            }
            Problem::DuplicateStatus(id) => tr!(lang, "problem-duplicate-status", status = id.as_str()),
            Problem::EventsOutOfOrder { previous, this } => {
                tr!(lang, "problem-events-order", this = day(this), previous = day(previous))
            }
            Problem::BadDate(error) => error.localised(lang),
            Problem::BadCode(error) => error.localised(lang),
            Problem::BadValue(message) => message.clone(),
        }
    }
}
