//! Reading a timeline file and checking it before anything uses it.

use std::fmt;

use super::{Change, Country, Event, Organisation, PartialDate, Source, SourceDocument, Status, Timeline};
use crate::Iso3;

/// A timeline file that cannot be used, with where the problem is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TimelineError {
    /// Not JSON, or not the expected shape (a bad date, an unknown status, a missing field).
    #[error("{origin}: line {line}, column {column}: {message}")]
    Syntax { origin: String, line: usize, column: usize, message: String },
    /// Well-formed, but the facts do not hold together.
    #[error("{origin}: {path}: {problem}")]
    Invalid { origin: String, path: String, problem: Problem },
}

/// What is wrong with a well-formed timeline.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Problem {
    #[error("{0} appears more than once")]
    DuplicateCountry(Iso3),
    #[error("{0} is not a country of the bundled world borders")]
    UnknownCountry(Iso3),
    #[error("no sources: every change and event needs at least one")]
    NoSources,
    #[error("a source needs a \"ref\", a \"url\" or a \"title\"")]
    EmptySource,
    #[error("\"{0}\" is not a web address (http:// or https://)")]
    BadUrl(String),
    #[error("{field} is empty")]
    Empty { field: &'static str },
    #[error("no changes of status")]
    NoChanges,
    #[error("{this} is not after the change before it ({previous})")]
    OutOfOrder { previous: PartialDate, this: PartialDate },
    #[error("{} cannot follow {}", .to.key(), .from.map_or("no status", Status::key))]
    Transition { from: Option<Status>, to: Status },
    #[error("the events are not in date order: {this} comes after {previous}")]
    EventsOutOfOrder { previous: PartialDate, this: PartialDate },
}

impl TimelineError {
    /// The problem in words of `lang` (the `Display` form is English). Field names, status
    /// identifiers and the JSON reader's own message stay as the file writes them.
    pub fn localised(&self, lang: crate::i18n::Lang) -> String {
        use crate::tr;
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
        use crate::tr;
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
            Problem::EventsOutOfOrder { previous, this } => {
                tr!(lang, "problem-events-order", this = day(this), previous = day(previous))
            }
        }
    }
}

/// The file as written, before it is checked.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TimelineFile {
    #[allow(dead_code, reason = "read so that a file of another schema is refused")]
    schema: Schema,
    title: String,
    checked_on: PartialDate,
    source_document: SourceDocument,
    countries: Vec<Country>,
    #[serde(default)]
    organisations: Vec<Organisation>,
    #[serde(default)]
    events: Vec<Event>,
    #[serde(default)]
    translations: super::Translations,
}

/// The only schema version this program reads.
#[derive(serde::Deserialize)]
#[serde(try_from = "u32")]
struct Schema;

impl TryFrom<u32> for Schema {
    type Error = String;

    fn try_from(version: u32) -> Result<Self, Self::Error> {
        match version {
            1 => Ok(Schema),
            other => Err(format!("schema {other} is not supported (this program reads schema 1)")),
        }
    }
}

/// A place in the file, written like `countries[3] (UZB).changes[1]`.
#[derive(Clone)]
struct Path(String);

impl Path {
    fn child(&self, part: impl fmt::Display) -> Path {
        Path(format!("{}.{part}", self.0))
    }
}

impl Timeline {
    /// Reads and checks a timeline; `origin` names the file in error messages.
    pub fn from_json(text: &str, origin: &str) -> Result<Self, TimelineError> {
        Self::read_json(text, origin).map_err(|mut errors| errors.swap_remove(0))
    }

    /// [`Timeline::from_json`], with every problem of a well-formed file (in file order), not
    /// only the first; a file that is not well-formed has one, where reading stopped. Never empty.
    pub fn read_json(text: &str, origin: &str) -> Result<Self, Vec<TimelineError>> {
        let file: TimelineFile = serde_json::from_str(text).map_err(|error| {
            let (line, column) = place(text, error.line(), error.column());
            vec![TimelineError::Syntax { origin: origin.to_owned(), line, column, message: without_position(&error) }]
        })?;
        let invalid = |(path, problem): (Path, Problem)| TimelineError::Invalid {
            origin: origin.to_owned(),
            path: path.0,
            problem,
        };
        file.checked().map_err(|problems| problems.into_iter().map(invalid).collect())
    }

    /// Checks that every country of the timeline, and every country an event names, is one that
    /// `known` accepts (one with borders).
    pub fn check_countries(&self, origin: &str, known: impl Fn(Iso3) -> bool) -> Result<(), TimelineError> {
        self.unknown_countries(origin, known).into_iter().next().map_or(Ok(()), Err)
    }

    /// Every country of the timeline or of its events that `known` does not accept.
    pub fn unknown_countries(&self, origin: &str, known: impl Fn(Iso3) -> bool) -> Vec<TimelineError> {
        let unknown = |path: Path, code| TimelineError::Invalid {
            origin: origin.to_owned(),
            path: path.0,
            problem: Problem::UnknownCountry(code),
        };
        let countries = self.countries.iter().filter(|country| !known(country.iso3));
        let mut errors: Vec<TimelineError> =
            countries.map(|country| unknown(Path("countries".into()), country.iso3)).collect();
        for (index, event) in self.events.iter().enumerate() {
            for (place, &code) in event.countries.iter().enumerate().filter(|&(_, &code)| !known(code)) {
                errors.push(unknown(event_path(index, event).child(format!("countries[{place}]")), code));
            }
        }
        errors
    }
}

/// Where an event is: `events[4] (2022-01-06)`.
fn event_path(index: usize, event: &Event) -> Path {
    Path(format!("events[{index}] ({})", event.date.iso()))
}

/// serde_json's place as an editor counts it: the column in characters from 1, and a problem
/// found on reading a newline (serde_json's column 0 of the next line) at the end of its line.
fn place(text: &str, line: usize, column: usize) -> (usize, usize) {
    let mut lines = text.split('\n');
    if column == 0 {
        let Some(before) = line.checked_sub(2).and_then(|index| lines.nth(index)) else { return (line.max(1), 1) };
        return (line - 1, before.chars().count() + 1);
    }
    let Some(this) = line.checked_sub(1).and_then(|index| lines.nth(index)) else { return (line, column) };
    // serde_json counts bytes, up to and including the one it stopped at.
    let end = (0..=column.min(this.len())).rev().find(|&at| this.is_char_boundary(at)).unwrap_or(0);
    let whole = this.get(..end).map_or(0, |start| start.chars().count());
    (line, if end < column { whole + 1 } else { whole })
}

/// serde_json's message without its " at line L column C" tail, which the error shows itself.
fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = match message.rfind(" at line ") {
        Some(end) => &message[..end],
        None => &message,
    };
    shortened(message)
}

/// A message, or a value quoted in one, cut to a readable length: a file with a 200,000-character
/// string in the wrong place gets one line about it, not the string.
fn shortened(text: &str) -> String {
    const MOST_CHARS: usize = 200;
    match text.char_indices().nth(MOST_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// The problems found so far, each with its place.
type Problems = Vec<(Path, Problem)>;

impl TimelineFile {
    /// The timeline, or every problem it has (not only the first), in file order.
    fn checked(self) -> Result<Timeline, Problems> {
        let mut problems = Problems::new();
        if let Err(problem) = non_empty(&self.title, "title") {
            problems.push((Path("title".into()), problem));
        }
        let mut countries = self.countries;
        let mut seen = std::collections::BTreeSet::new();
        for (index, country) in countries.iter().enumerate() {
            let path = Path(format!("countries[{index}] ({})", country.iso3));
            if !seen.insert(country.iso3) {
                problems.push((path.clone(), Problem::DuplicateCountry(country.iso3)));
            }
            if let Err(problem) = non_empty(&country.name, "name") {
                problems.push((path.child("name"), problem));
            }
            check_changes(&country.changes, &path, &mut problems);
        }
        for (index, body) in self.organisations.iter().enumerate() {
            let path = Path(format!("organisations[{index}]"));
            if let Err(problem) = non_empty(&body.name, "name") {
                problems.push((path.child("name"), problem));
            }
            check_changes(&body.changes, &path, &mut problems);
        }
        for (index, event) in self.events.iter().enumerate() {
            let path = event_path(index, event);
            if let Err(problem) = non_empty(&event.title, "title") {
                problems.push((path.child("title"), problem));
            }
            check_sources(&event.sources, &path, &mut problems);
        }
        for (index, pair) in self.events.windows(2).enumerate() {
            if let [previous, this] = pair
                && this.date.effective() < previous.date.effective()
            {
                let problem = Problem::EventsOutOfOrder { previous: previous.date, this: this.date };
                problems.push((event_path(index + 1, this), problem));
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        countries.sort_by_key(|country| country.iso3);
        Ok(Timeline {
            title: self.title,
            checked_on: self.checked_on,
            source_document: self.source_document,
            countries,
            organisations: self.organisations,
            events: self.events,
            translations: self.translations,
        })
    }
}

fn non_empty(text: &str, field: &'static str) -> Result<(), Problem> {
    if text.trim().is_empty() { Err(Problem::Empty { field }) } else { Ok(()) }
}

fn check_changes(changes: &[Change], path: &Path, problems: &mut Problems) {
    if changes.is_empty() {
        problems.push((path.child("changes"), Problem::NoChanges));
    }
    let mut previous: Option<&Change> = None;
    for (index, change) in changes.iter().enumerate() {
        let path = path.child(format!("changes[{index}] ({})", change.date.iso()));
        if let Some(before) = previous
            && change.date.effective() <= before.date.effective()
        {
            problems.push((path.clone(), Problem::OutOfOrder { previous: before.date, this: change.date }));
        }
        let from = previous.map(|before| before.status);
        if !change.status.may_follow(from) {
            problems.push((path.clone(), Problem::Transition { from, to: change.status }));
        }
        check_sources(&change.sources, &path, problems);
        previous = Some(change);
    }
}

fn check_sources(sources: &[Source], path: &Path, problems: &mut Problems) {
    if sources.is_empty() {
        problems.push((path.child("sources"), Problem::NoSources));
    }
    for (index, source) in sources.iter().enumerate() {
        let path = || path.child(format!("sources[{index}]"));
        let title = source.title.as_deref().map(str::trim).filter(|title| !title.is_empty());
        if source.reference.is_none() && source.url.is_none() && title.is_none() {
            problems.push((path(), Problem::EmptySource));
        }
        if let Some(url) = &source.url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            problems.push((path(), Problem::BadUrl(shortened(url))));
        }
    }
}
