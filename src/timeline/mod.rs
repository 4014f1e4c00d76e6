//! The CSTO membership timeline: who had which status when, and why (pure, no I/O).

mod date;
mod load;
#[cfg(test)]
mod mutation_tests;
mod organisation;
#[cfg(test)]
mod proptests;
mod shift;
#[cfg(test)]
mod tests;
mod tie;

use std::collections::BTreeMap;

use jiff::civil::Date;

pub use date::{DateError, DateForm, PartialDate, Precision, long_date, parse_day, year_end_or_today};
pub use load::{Problem, TimelineError};
pub use organisation::{Organisation, Organisations, OwnStatus, UnknownOrganisation};
pub use shift::Shift;
pub use tie::{Side, Tie};

use crate::Iso3;
use crate::lang::Lang;

/// The kind of a country's standing towards an organisation, which colours the map: each
/// organisation's own statuses are of these kinds (the CSTO's are these). A country that never had
/// one has no status (`Option<Status>::None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Signed the treaty, which is not yet in force for it.
    Signatory,
    Member,
    /// A member that has frozen its participation (Armenia from 22 February 2024).
    MemberFrozen,
    /// Left, or suspended its membership (Uzbekistan in 2012).
    FormerMember,
    /// Observer in the CSTO Parliamentary Assembly (not a treaty status).
    Observer,
    FormerObserver,
}

impl Status {
    /// Every status, in the order a legend lists them.
    pub const ALL: [Status; 6] = [
        Status::Member,
        Status::MemberFrozen,
        Status::Signatory,
        Status::FormerMember,
        Status::Observer,
        Status::FormerObserver,
    ];

    /// The name used in files and JSON output: `member_frozen`.
    pub fn key(self) -> &'static str {
        match self {
            Status::Signatory => "signatory",
            Status::Member => "member",
            Status::MemberFrozen => "member_frozen",
            Status::FormerMember => "former_member",
            Status::Observer => "observer",
            Status::FormerObserver => "former_observer",
        }
    }

    /// Whether a status of this kind may follow one of the kind `previous` (`None`: no status
    /// yet). Two statuses of one kind may follow each other if they are two statuses of the
    /// organisation (an SCO dialogue partner becoming a partner): the file's check sees to that.
    pub fn may_follow(self, previous: Option<Status>) -> bool {
        use Status::*;
        match self {
            Signatory | Member | Observer => true,
            MemberFrozen => previous == Some(Member),
            FormerMember => matches!(previous, Some(Member | MemberFrozen | Signatory)),
            FormerObserver => previous == Some(Observer),
        }
    }
}

/// How sure the research is of a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    High,
    MediumHigh,
    Medium,
    Low,
}

/// Where a fact comes from: a reference number of the source article, a web page, or a citation.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The reference's number in the source article.
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// A text of the timeline in other languages, by language code: `{"ru": {"note": "…"}}`. English
/// is the text itself; a language without a translation shows the English.
pub type Translations = BTreeMap<String, Translated>;

/// The translated fields of one entry: those it has in English.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Translated {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abbreviation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legend: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
}

/// A field in `lang`: its translation if there is one, else the English.
fn translated<'a>(
    translations: &'a Translations,
    lang: Lang,
    english: &'a str,
    field: fn(&Translated) -> Option<&String>,
) -> &'a str {
    translations.get(lang.code()).and_then(field).map_or(english, String::as_str)
}

/// One change of status, effective from its date.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub date: PartialDate,
    /// The organisation's own status (`dialogue_partner`), as the file writes it.
    #[serde(rename = "status")]
    pub status_id: String,
    /// The kind of [`Change::status_id`], from the organisation's statuses.
    #[serde(skip, default = "unchecked_kind")]
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// The status changed in fact that day, with no formal act (Afghanistan's observer status ended
    /// with the Taliban's capture of Kabul): people are told "de facto" wherever the date is shown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub de_facto: bool,
    #[serde(default)]
    pub note: String,
    pub sources: Vec<Source>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations,
}

/// The kind of a change before its file is checked (the check sets it).
fn unchecked_kind() -> Status {
    Status::Member
}

impl Change {
    pub fn note_in(&self, lang: Lang) -> &str {
        translated(&self.translations, lang, &self.note, |text| text.note.as_ref())
    }
}

/// A country and its changes of status, in date order.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub iso3: Iso3,
    pub name: String,
    pub changes: Vec<Change>,
}

/// A body with a status but no territory (the Union State's Parliamentary Assembly).
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub name: String,
    pub changes: Vec<Change>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations,
}

impl Body {
    pub fn name_in(&self, lang: Lang) -> &str {
        translated(&self.translations, lang, &self.name, |text| text.name.as_ref())
    }
}

/// A dated event worth marking on the timeline that changes nobody's status.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub date: PartialDate,
    /// The countries it concerns.
    #[serde(default)]
    pub countries: Vec<Iso3>,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    #[serde(default)]
    pub note: String,
    pub sources: Vec<Source>,
    /// Where it happened, if it happened somewhere (a summit's city, the Kazakhstan deployment's
    /// Almaty); its name in another language is the translation's `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: Translations,
}

/// How long after an event a map marks its place, in days.
pub const PLACE_SHOWN_DAYS: i32 = 30;

/// A place on the map: a name, a longitude and latitude in degrees, and the country it lies in.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    /// The country whose borders hold it (a test checks that they do).
    pub country: Iso3,
}

impl Event {
    /// The name of the event's place in `lang`, if it has a place.
    pub fn place_name_in(&self, lang: Lang) -> Option<&str> {
        let place = self.place.as_ref()?;
        Some(translated(&self.translations, lang, &place.name, |text| text.name.as_ref()))
    }

    pub fn title_in(&self, lang: Lang) -> &str {
        translated(&self.translations, lang, &self.title, |text| text.title.as_ref())
    }

    pub fn note_in(&self, lang: Lang) -> &str {
        translated(&self.translations, lang, &self.note, |text| text.note.as_ref())
    }
}

/// The document most facts are referenced to.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    pub title: String,
    pub url: String,
}

/// The whole timeline, validated: countries sorted by code, every list in date order.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Timeline {
    pub organisation: Organisation,
    pub title: String,
    /// The day the research was last checked against public sources.
    pub checked_on: PartialDate,
    /// The date of the latest published page found when the data were checked: nothing after it
    /// could be confirmed (a summit announced but not yet reported, an election's outcome).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources_end: Option<PartialDate>,
    pub source_document: SourceDocument,
    countries: Vec<Country>,
    bodies: Vec<Body>,
    events: Vec<Event>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    translations: Translations,
}

/// Who an entry of the timeline is about.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Subject<'a> {
    Country(&'a Country),
    Body(&'a Body),
}

impl<'a> Subject<'a> {
    /// The name as the timeline writes it (English).
    pub fn name(&self) -> &'a str {
        match self {
            Subject::Country(country) => &country.name,
            Subject::Body(body) => &body.name,
        }
    }

    pub fn iso3(&self) -> Option<Iso3> {
        match self {
            Subject::Country(country) => Some(country.iso3),
            Subject::Body(_) => None,
        }
    }
}

/// One dated line of the timeline: a change of status or an event marker.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Entry<'a> {
    Change { subject: Subject<'a>, previous: Option<&'a Change>, change: &'a Change },
    Event(&'a Event),
}

impl Entry<'_> {
    pub fn date(&self) -> PartialDate {
        match self {
            Entry::Change { change, .. } => change.date,
            Entry::Event(event) => event.date,
        }
    }
}

/// How many countries have each status at one moment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts(BTreeMap<Status, usize>);

impl Counts {
    /// The counts of these statuses.
    pub fn of(statuses: impl IntoIterator<Item = Status>) -> Self {
        let mut counts = Counts::default();
        for status in statuses {
            *counts.0.entry(status).or_default() += 1;
        }
        counts
    }

    pub fn get(&self, status: Status) -> usize {
        self.0.get(&status).copied().unwrap_or(0)
    }
}

/// The status in force at `date` among date-ordered changes.
fn status_in(changes: &[Change], date: Date) -> Option<Status> {
    change_in(changes, date).map(|change| change.status)
}

/// The change in force at `date` among date-ordered changes.
fn change_in(changes: &[Change], date: Date) -> Option<&Change> {
    changes.iter().take_while(|change| change.date.effective() <= date).last()
}

/// How error messages name a bundled file.
fn bundled_origin(name: &str) -> String {
    format!("bundled timeline (assets/organisations/{name})")
}

impl Timeline {
    /// The timeline bundled with the program.
    pub fn bundled() -> Result<Self, TimelineError> {
        Self::from_json(BUNDLED, &bundled_origin(BUNDLED_FILES[0].0))
    }

    /// The bundled timeline of one organisation, read without reading the others; `None` if no
    /// bundled organisation has this id.
    pub fn bundled_of(id: &str) -> Option<Result<Self, TimelineError>> {
        let file = format!("{id}.json");
        let (name, text) = BUNDLED_FILES.iter().find(|(name, _)| *name == file)?;
        Some(Self::from_json(text, &bundled_origin(name)))
    }

    /// The ids of the bundled organisations, the default first (each file is named by its id).
    pub fn bundled_ids() -> Vec<&'static str> {
        BUNDLED_FILES.iter().filter_map(|(name, _)| name.strip_suffix(".json")).collect()
    }

    /// The day the bundled timeline was last checked, read without reading the rest (for
    /// `--version` and today's sanity check, on every run of the command line).
    pub fn bundled_checked_on() -> Option<PartialDate> {
        #[derive(serde::Deserialize)]
        struct Checked {
            checked_on: PartialDate,
        }
        serde_json::from_str::<Checked>(BUNDLED).ok().map(|checked| checked.checked_on)
    }

    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    pub fn bodies(&self) -> &[Body] {
        &self.bodies
    }

    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The events with a place whose day lies within [`PLACE_SHOWN_DAYS`] up to `day`: the places
    /// a map of `day` marks.
    pub fn places_near(&self, day: Date) -> impl Iterator<Item = (&Event, &Place)> {
        let since = day.saturating_sub(jiff::Span::new().days(PLACE_SHOWN_DAYS));
        self.events
            .iter()
            .filter(move |event| (since..=day).contains(&event.date.effective()))
            .filter_map(|event| event.place.as_ref().map(|place| (event, place)))
    }

    /// A country's record: its name and dated history.
    pub fn country(&self, iso3: Iso3) -> Option<&Country> {
        self.countries
            .binary_search_by_key(&iso3, |country| country.iso3)
            .ok()
            .and_then(|index| self.countries.get(index))
    }

    /// A country's status at the end of `date` (changes take effect on their date).
    pub fn status_at(&self, iso3: Iso3, date: Date) -> Option<Status> {
        self.country(iso3).and_then(|country| status_in(&country.changes, date))
    }

    /// The change in force for a country at the end of `date`: its status as the organisation
    /// names it.
    pub fn change_at(&self, iso3: Iso3, date: Date) -> Option<&Change> {
        self.country(iso3).and_then(|country| change_in(&country.changes, date))
    }

    /// Every country that has a status at `date` with the change that gave it, sorted by code.
    pub fn changes_at(&self, date: Date) -> Vec<(&Country, &Change)> {
        self.countries
            .iter()
            .filter_map(|country| change_in(&country.changes, date).map(|change| (country, change)))
            .collect()
    }

    /// Every country that has a status at `date`, sorted by code.
    pub fn statuses_at(&self, date: Date) -> Vec<(&Country, Status)> {
        self.countries
            .iter()
            .filter_map(|country| status_in(&country.changes, date).map(|status| (country, status)))
            .collect()
    }

    /// The bodies (no territory) that have a status at `date`.
    pub fn bodies_at(&self, date: Date) -> Vec<(&Body, Status)> {
        self.bodies.iter().filter_map(|body| status_in(&body.changes, date).map(|status| (body, status))).collect()
    }

    /// How many countries have each status at `date`.
    pub fn counts_at(&self, date: Date) -> Counts {
        Counts::of(self.statuses_at(date).into_iter().map(|(_, status)| status))
    }

    /// Every change and event that takes effect from `from` to `to`, both included, in date
    /// order (changes before events on the same day).
    pub fn entries_between(&self, from: Date, to: Date) -> Vec<Entry<'_>> {
        let within = |date: PartialDate| (from..=to).contains(&date.effective());
        let countries = self.countries.iter().map(|country| (Subject::Country(country), &country.changes));
        let bodies = self.bodies.iter().map(|body| (Subject::Body(body), &body.changes));
        let mut entries: Vec<Entry<'_>> = countries
            .chain(bodies)
            .flat_map(|(subject, changes)| {
                let previous = std::iter::once(None).chain(changes.iter().map(Some));
                changes.iter().zip(previous).map(move |(change, previous)| Entry::Change { subject, previous, change })
            })
            .chain(self.events.iter().map(Entry::Event))
            .filter(|entry| within(entry.date()))
            .collect();
        entries.sort_by_key(|entry| (entry.date().effective(), matches!(entry, Entry::Event(_))));
        entries
    }

    /// The timeline's title in `lang`.
    pub fn title_in(&self, lang: Lang) -> &str {
        translated(&self.translations, lang, &self.title, |text| text.title.as_ref())
    }

    /// The days on which some country's status changes, in order, without repeats.
    pub fn change_dates(&self) -> Vec<Date> {
        self.change_dates_to(|_| true)
    }

    /// The days on which some country's membership changes (it becomes a member, freezes or
    /// leaves): the days a slide of "how the CSTO changed" shows.
    pub fn membership_dates(&self) -> Vec<Date> {
        self.change_dates_to(|status| matches!(status, Status::Member | Status::MemberFrozen | Status::FormerMember))
    }

    /// The days on which some country's status changes to one that `keep` keeps.
    fn change_dates_to(&self, keep: impl Fn(Status) -> bool) -> Vec<Date> {
        let mut dates: Vec<Date> = self
            .countries
            .iter()
            .flat_map(|country| country.changes.iter().filter(|change| keep(change.status)))
            .map(|change| change.date.effective())
            .collect();
        dates.sort();
        dates.dedup();
        dates
    }
}

/// The organisation files the program carries (assets/organisations/), the default first: the
/// build script lists them.
const BUNDLED_FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/organisations.rs"));

/// The id of the organisation shown when none is asked for.
pub const DEFAULT_ORGANISATION: &str = "csto";

/// The default organisation's file (the CSTO's).
const BUNDLED: &str = BUNDLED_FILES[0].1;
