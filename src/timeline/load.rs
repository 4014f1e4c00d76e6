//! Reading a timeline file and checking it before anything uses it.

use std::fmt;

use serde::Deserialize as _;

use super::{Body, Change, Country, Event, Organisation, PartialDate, Source, SourceDocument, Status, Timeline};
use crate::Iso3;

/// A timeline file that cannot be used, with where the problem is.
/// Its words (and its `Display`, in English) are in `i18n`.
#[derive(Debug, Clone, PartialEq)]
pub enum TimelineError {
    /// Not JSON, or not the expected shape (a bad date, an unknown status, a missing field).
    Syntax { origin: String, line: usize, column: usize, message: String },
    /// Well-formed, but the facts do not hold together.
    Invalid { origin: String, path: String, problem: Problem },
}

/// What is wrong with a well-formed timeline.
/// Its words (and its `Display`, in English) are in `i18n`.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    DuplicateCountry(Iso3),
    UnknownCountry(Iso3),
    NoSources,
    EmptySource,
    BadUrl(String),
    Empty {
        field: &'static str,
    },
    NoChanges,
    OutOfOrder {
        previous: PartialDate,
        this: PartialDate,
    },
    Transition {
        from: Option<Status>,
        to: Status,
    },
    /// A change to the status the country already has.
    Repeated(String),
    /// A change to a status the organisation does not have.
    UnknownStatus {
        id: String,
        known: Vec<String>,
    },
    /// Two statuses of the organisation with one id.
    DuplicateStatus(String),
    EventsOutOfOrder {
        previous: PartialDate,
        this: PartialDate,
    },
    BadDate(super::DateError),
    BadCode(crate::iso3::Iso3Error),
    /// A value its field cannot take (a status or a confidence), in the JSON reader's words.
    BadValue(String),
}

/// The file as written, before it is checked.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TimelineFile {
    #[allow(dead_code, reason = "read so that a file of another schema is refused")]
    schema: Schema,
    /// The organisation the file is about; a file without one (as written before December 2026)
    /// is about the CSTO, as the bundled CSTO file describes it.
    #[serde(default)]
    organisation: Option<Organisation>,
    title: String,
    checked_on: PartialDate,
    #[serde(default)]
    sources_end: Option<PartialDate>,
    source_document: SourceDocument,
    countries: Vec<Country>,
    /// Bodies with a status and no territory ("organisations" in files written before
    /// December 2026, when the word was kept for the organisations a map shows).
    #[serde(default, alias = "organisations")]
    bodies: Vec<Body>,
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
        let invalid = |(path, problem): (Path, Problem)| TimelineError::Invalid {
            origin: origin.to_owned(),
            path: path.0,
            problem,
        };
        let file: TimelineFile = serde_json::from_str(text).map_err(|error| {
            // The reader stops at the first value it refuses; in well-formed JSON every refused
            // date, code and status is listed, each with its place.
            // The first keeps the reader's line and column.
            let (line, column) = place(text, error.line(), error.column());
            let message = without_position(&error);
            let mut values = serde_json::from_str(text).map(|value| value_problems(&value)).unwrap_or_default();
            if values.first().is_some_and(|(_, first)| first.to_string() == message) {
                values.remove(0);
            }
            let first = TimelineError::Syntax { origin: origin.to_owned(), line, column, message };
            std::iter::once(first).chain(values.into_iter().map(invalid)).collect::<Vec<_>>()
        })?;
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

/// The most characters of a message or a quoted value.
const SHORT_CHARS: usize = 200;

/// A message, or a value quoted in one, cut to a readable length: a file with a 200,000-character
/// string in the wrong place gets one line about it, not the string.
fn shortened(text: &str) -> String {
    match text.char_indices().nth(SHORT_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// The problems found so far, each with its place.
type Problems = Vec<(Path, Problem)>;

/// Every date, country code, status and confidence of a timeline file (as JSON) that its type
/// refuses, each with its place, in file order.
fn value_problems(file: &serde_json::Value) -> Problems {
    let mut problems = Problems::new();
    let mut check = |value: Option<&serde_json::Value>, path: Path, kind: fn(&serde_json::Value) -> Option<Problem>| {
        problems.extend(value.and_then(kind).map(|problem| (path, problem)));
    };
    check(file.get("checked_on"), Path("checked_on".into()), date_problem);
    check(file.get("sources_end"), Path("sources_end".into()), date_problem);
    for (index, country) in items(file, "countries").iter().enumerate() {
        let iso3 = country.get("iso3").and_then(serde_json::Value::as_str).unwrap_or_default();
        let path = Path(format!("countries[{index}] ({iso3})"));
        check(country.get("iso3"), path.child("iso3"), code_problem);
        for (index, change) in items(country, "changes").iter().enumerate() {
            change_values(change, &path.child(format!("changes[{index}]")), &mut check);
        }
    }
    let bodies = if file.get("bodies").is_some() { "bodies" } else { "organisations" };
    for (index, body) in items(file, bodies).iter().enumerate() {
        for (index_change, change) in items(body, "changes").iter().enumerate() {
            change_values(change, &Path(format!("{bodies}[{index}].changes[{index_change}]")), &mut check);
        }
    }
    for (index, event) in items(file, "events").iter().enumerate() {
        let path = Path(format!("events[{index}]"));
        check(event.get("date"), path.child("date"), date_problem);
        for (place, code) in items(event, "countries").iter().enumerate() {
            check(Some(code), path.child(format!("countries[{place}]")), code_problem);
        }
    }
    problems.extend(status_problems(file));
    problems
}

/// Every change of a country to a status its organisation does not have, with its place.
fn status_problems(file: &serde_json::Value) -> Problems {
    let written = file.get("organisation").and_then(|organisation| Organisation::deserialize(organisation).ok());
    let Some(organisation) = written.or_else(|| Organisation::of_headerless_file().ok()) else {
        return Problems::new();
    };
    let mut problems = Problems::new();
    for (index, country) in items(file, "countries").iter().enumerate() {
        let iso3 = country.get("iso3").and_then(serde_json::Value::as_str).unwrap_or_default();
        for (index_change, change) in items(country, "changes").iter().enumerate() {
            let Some(id) = change.get("status").and_then(serde_json::Value::as_str) else { continue };
            let path = Path(format!("countries[{index}] ({iso3}).changes[{index_change}].status"));
            problems.extend(unknown_status(&organisation, id).map(|problem| (path, problem)));
        }
    }
    problems
}

/// A status id the organisation does not have, named with the ones it has.
fn unknown_status(organisation: &Organisation, id: &str) -> Option<Problem> {
    organisation.status(id).is_none().then(|| {
        let known = organisation.statuses.iter().map(|status| status.id.clone()).collect();
        Problem::UnknownStatus { id: shortened(id), known }
    })
}

/// What checks one value: its place, and what refuses it.
type Check<'a> = dyn FnMut(Option<&serde_json::Value>, Path, fn(&serde_json::Value) -> Option<Problem>) + 'a;

/// The values of one change of status.
fn change_values(change: &serde_json::Value, path: &Path, check: &mut Check<'_>) {
    check(change.get("date"), path.child("date"), date_problem);
    check(change.get("confidence"), path.child("confidence"), refused::<super::Confidence>);
}

/// The array under `key`, or none.
fn items<'v>(value: &'v serde_json::Value, key: &str) -> &'v [serde_json::Value] {
    value.get(key).and_then(serde_json::Value::as_array).map_or(&[], Vec::as_slice)
}

/// A date that is no date, in the app's words.
fn date_problem(value: &serde_json::Value) -> Option<Problem> {
    match value.as_str() {
        Some(text) if text.chars().count() <= SHORT_CHARS => text.parse::<PartialDate>().err().map(Problem::BadDate),
        _ => refused::<PartialDate>(value),
    }
}

/// A country code that is no ISO 3166-1 alpha-3 code, in the app's words.
fn code_problem(value: &serde_json::Value) -> Option<Problem> {
    match value.as_str() {
        Some(text) if text.chars().count() <= SHORT_CHARS => text.parse::<Iso3>().err().map(Problem::BadCode),
        _ => refused::<Iso3>(value),
    }
}

/// A value `T` refuses, in the JSON reader's words (cut short, as the reader's own errors are).
fn refused<T: serde::de::DeserializeOwned>(value: &serde_json::Value) -> Option<Problem> {
    T::deserialize(value).err().map(|error| Problem::BadValue(shortened(&error.to_string())))
}

impl TimelineFile {
    /// The timeline, or every problem it has (not only the first), in file order.
    fn checked(self) -> Result<Timeline, Problems> {
        let mut problems = Problems::new();
        let organisation = match self.organisation {
            Some(organisation) => organisation,
            None => {
                Organisation::of_headerless_file().map_err(|problem| vec![(Path("organisation".into()), problem)])?
            }
        };
        check_organisation(&organisation, &mut problems);
        if let Err(problem) = non_empty(&self.title, "title") {
            problems.push((Path("title".into()), problem));
        }
        let mut countries = self.countries;
        let mut bodies = self.bodies;
        let with_kinds = countries.iter_mut().map(|country| &mut country.changes);
        for changes in with_kinds.chain(bodies.iter_mut().map(|body| &mut body.changes)) {
            for change in changes {
                if let Some(own) = organisation.status(&change.status_id) {
                    change.status = own.kind;
                }
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for (index, country) in countries.iter().enumerate() {
            let path = Path(format!("countries[{index}] ({})", country.iso3));
            if !seen.insert(country.iso3) {
                problems.push((path.clone(), Problem::DuplicateCountry(country.iso3)));
            }
            if let Err(problem) = non_empty(&country.name, "name") {
                problems.push((path.child("name"), problem));
            }
            check_changes(&organisation, &country.changes, &path, &mut problems);
        }
        for (index, body) in bodies.iter().enumerate() {
            let path = Path(format!("bodies[{index}]"));
            if let Err(problem) = non_empty(&body.name, "name") {
                problems.push((path.child("name"), problem));
            }
            check_changes(&organisation, &body.changes, &path, &mut problems);
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
            organisation,
            title: self.title,
            checked_on: self.checked_on,
            sources_end: self.sources_end,
            source_document: self.source_document,
            countries,
            bodies,
            events: self.events,
            translations: self.translations,
        })
    }
}

fn non_empty(text: &str, field: &'static str) -> Result<(), Problem> {
    if text.trim().is_empty() { Err(Problem::Empty { field }) } else { Ok(()) }
}

/// An organisation's header: names, and one status to each id.
fn check_organisation(organisation: &Organisation, problems: &mut Problems) {
    let path = Path("organisation".into());
    let names = [("id", &organisation.id), ("name", &organisation.name), ("abbreviation", &organisation.abbreviation)];
    for (field, text) in names {
        if let Err(problem) = non_empty(text, field) {
            problems.push((path.child(field), problem));
        }
    }
    if organisation.statuses.is_empty() {
        problems.push((path.child("statuses"), Problem::Empty { field: "statuses" }));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (index, status) in organisation.statuses.iter().enumerate() {
        let path = path.child(format!("statuses[{index}]"));
        if !seen.insert(status.id.as_str()) {
            problems.push((path.clone(), Problem::DuplicateStatus(status.id.clone())));
        }
        if let Err(problem) = non_empty(&status.name, "name") {
            problems.push((path.child("name"), problem));
        }
    }
}

fn check_changes(organisation: &Organisation, changes: &[Change], path: &Path, problems: &mut Problems) {
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
        if let Some(problem) = unknown_status(organisation, &change.status_id) {
            problems.push((path.child("status"), problem));
        } else if previous.is_some_and(|before| before.status_id == change.status_id) {
            problems.push((path.clone(), Problem::Repeated(change.status_id.clone())));
        } else {
            let from = previous.map(|before| before.status);
            if !change.status.may_follow(from) {
                problems.push((path.clone(), Problem::Transition { from, to: change.status }));
            }
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
