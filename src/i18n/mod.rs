//! The words csto-map shows, in each language it ships: Project Fluent message files
//! (`i18n/<language>.ftl`, plural rules from CLDR), country names from CLDR (`names/<language>.json`),
//! and dates written as each language writes them.
//!
//! A language is a value ([`Lang`]) passed to whatever draws text, so that a window, an image
//! drawn on another thread and a test can each use their own.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use jiff::civil::Date;

use crate::Iso3;
pub use crate::lang::Lang;
use crate::timeline::{Change, Organisation, PartialDate, Precision, Shift, Status, Timeline};

mod domain;
#[cfg(test)]
mod tests;

/// Where each language's texts are, embedded in the program.
struct Sources {
    messages: &'static str,
    /// `None` for English, whose names are the borders' own (see [`Lang::country`]).
    names: Option<&'static str>,
}

impl Lang {
    fn sources(self) -> Sources {
        match self {
            Lang::En => Sources { messages: include_str!("../../i18n/en.ftl"), names: None },
            Lang::Ru => Sources {
                messages: include_str!("../../i18n/ru.ftl"),
                names: Some(include_str!("../../names/ru.json")),
            },
        }
    }

    fn texts(self) -> &'static Texts {
        // Each language is read the first time it is used, not all of them at start-up.
        // One slot per shipped language, however many there are.
        static TEXTS: [OnceLock<Texts>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
        TEXTS[self.index()].get_or_init(|| Texts::new(self))
    }

    /// The message `id` in this language (in English if this language lacks it, which a test
    /// rules out for the shipped ones).
    pub fn t(self, id: &str) -> String {
        self.t_args(id, &FluentArgs::new())
    }

    /// Whether this language has the message `id`.
    pub fn has(self, id: &str) -> bool {
        self.texts().bundle.has_message(id)
    }

    /// The ids of every message of this language.
    #[cfg(test)]
    pub fn message_ids(self) -> Vec<String> {
        let resource =
            FluentResource::try_new(self.sources().messages.to_owned()).unwrap_or_else(|(resource, _)| resource);
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    /// The message `id` with its arguments; see [`tr!`](crate::tr).
    pub fn t_args(self, id: &str, args: &FluentArgs<'_>) -> String {
        self.texts().format(id, args).or_else(|| Lang::En.texts().format(id, args)).unwrap_or_else(|| id.to_owned())
    }

    /// The name of a country in this language (CLDR), or `fallback` for a code CLDR lacks. In
    /// English, `fallback` itself: the borders' own names, spelt out ("Bosnia and Herzegovina",
    /// "Turkey"), which CLDR writes otherwise ("Bosnia & Herzegovina", "Türkiye").
    pub fn country<'a>(self, iso3: Iso3, fallback: &'a str) -> std::borrow::Cow<'a, str> {
        match self.texts().names.get(&iso3) {
            Some(name) => std::borrow::Cow::Owned(name.clone()),
            None => std::borrow::Cow::Borrowed(fallback),
        }
    }

    /// A status in words, for one country: "member (participation frozen)", "no status".
    pub fn status(self, status: Option<Status>) -> String {
        self.t(&format!("status-{}", status.map_or("none", Status::key)))
    }

    /// A change's status as its organisation names it ("dialogue partner"); "no status" before
    /// the first change.
    pub fn status_of(self, organisation: &Organisation, change: Option<&Change>) -> String {
        change.map_or_else(|| self.status(None), |change| organisation.status_words(&change.status_id, self))
    }

    /// A country's statuses in several organisations: "CSTO: member (participation frozen); CIS:
    /// member; EAEU: member state".
    pub fn memberships(self, memberships: &[(&Timeline, &Change)]) -> String {
        let each = memberships.iter().map(|(timeline, change)| {
            let organisation = &timeline.organisation;
            format!("{}: {}", organisation.abbreviation_in(self), self.status_of(organisation, Some(change)))
        });
        each.collect::<Vec<_>>().join("; ")
    }

    /// A status known only by its kind, in the organisation's words: the name of its only status
    /// of that kind, else the kind's own words; "no status" for none.
    pub fn kind_of(self, organisation: &Organisation, kind: Option<Status>) -> String {
        let Some(kind) = kind else { return self.status(None) };
        let mut of_kind = organisation.statuses.iter().filter(|status| status.kind == kind);
        match (of_kind.next(), of_kind.next()) {
            (Some(only), None) => only.name_in(self).to_owned(),
            _ => self.status(Some(kind)),
        }
    }

    /// A country's status in an organisation, for one country: its words, or "no CSTO status".
    pub fn standing(self, organisation: &Organisation, kind: Option<Status>) -> String {
        match kind {
            Some(_) => self.kind_of(organisation, kind),
            None => crate::tr!(self, "status-no-org", org = organisation.abbreviation_in(self)),
        }
    }

    /// A status as the legend groups countries: "Members, participation frozen", "No status".
    pub fn legend(self, status: Option<Status>) -> String {
        self.t(&format!("legend-{}", status.map_or("none", Status::key)))
    }

    /// A kind of change, as a comparison's legend names it: "Joined or rejoined: members".
    pub fn shift(self, shift: Shift) -> String {
        self.t(&format!("shift-{}", shift.key()))
    }

    /// A day written out: "15 May 1992", "15 мая 1992 г.".
    pub fn date(self, date: Date) -> String {
        crate::tr!(self, "date-day", day = date.day(), month = date.month(), year = date.year())
    }

    /// A date as precisely as it is known: "20 April 1994", "June 2010", "2013".
    pub fn partial_date(self, date: PartialDate) -> String {
        let day = date.effective();
        match date.precision() {
            Precision::Day => self.date(day),
            Precision::Month => crate::tr!(self, "date-month", month = day.month(), year = day.year()),
            Precision::Year => crate::tr!(self, "date-year", year = day.year()),
        }
    }

    /// The moment a map or a list shows: "as of 31 December 2012", "as of today, 30 November 2026".
    pub fn as_of(self, day: Date, today: Date) -> String {
        let date = self.date(day);
        if day == today { crate::tr!(self, "as-of-today", date = date) } else { crate::tr!(self, "as-of", date = date) }
    }

    /// [`Lang::as_of`], saying how old the data are when the day shown is today: "as of today, 30
    /// November 2026 (data checked 31 January 2026)". A past day needs no such note.
    pub fn as_of_checked(self, day: Date, today: Date, checked_on: PartialDate) -> String {
        let as_of = self.as_of(day, today);
        if day != today {
            return as_of;
        }
        crate::tr!(self, "as-of-checked", as_of = as_of, checked = self.partial_date(checked_on))
    }
}

/// The message `id` in `lang`, with named arguments: `tr!(lang, "legend-count", count = 3)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr) => {
        $lang.t($id)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set(stringify!($name), $value);)+
        $lang.t_args($id, &args)
    }};
}

pub use fluent_bundle::FluentArgs;

/// `Display` (in English) and `Error` for error types with a `localised(lang)`: the English of an
/// error is its message in `i18n/en.ftl`, so that each message is written once.
macro_rules! english_display {
    ($($error:ty),+ $(,)?) => {$(
        impl std::fmt::Display for $error {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.localised($crate::i18n::Lang::En))
            }
        }

        impl std::error::Error for $error {}
    )+};
}
pub(crate) use english_display;

/// One language's messages and country names, read once.
struct Texts {
    bundle: FluentBundle<FluentResource>,
    names: BTreeMap<Iso3, String>,
}

/// A country-names file (`names/<language>.json`, written by `names/build`).
#[derive(serde::Deserialize)]
struct NamesFile {
    names: BTreeMap<Iso3, String>,
}

impl Texts {
    /// The embedded texts of `lang`. Both are checked by tests, so a failure here is a broken
    /// build: it leaves the language without messages or names (and English is used) rather than
    /// stopping the program.
    fn new(lang: Lang) -> Self {
        let sources = lang.sources();
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Text goes into egui labels and images, which have no use for bidi isolation marks.
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(sources.messages.to_owned()).unwrap_or_else(|(resource, errors)| {
            debug_assert!(errors.is_empty(), "{lang:?}: the message file does not parse: {errors:?}");
            resource
        });
        let added = bundle.add_resource(resource);
        debug_assert!(added.is_ok(), "{lang:?}: {added:?}");
        let names = sources.names.map_or_else(BTreeMap::new, |text| {
            serde_json::from_str::<NamesFile>(text).map(|file| file.names).unwrap_or_default()
        });
        Self { bundle, names }
    }

    fn format(&self, id: &str, args: &FluentArgs<'_>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        // A message given the wrong arguments is a bug: tests fail on it, users get English.
        debug_assert!(errors.is_empty(), "{id}: {errors:?}");
        errors.is_empty().then(|| text.into_owned())
    }
}
