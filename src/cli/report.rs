//! What the subcommands print: plain text for people, JSON for scripts (and nothing else on
//! stdout with `--json`). Text is in the language asked for; JSON keeps its English keys and
//! status identifiers, and adds a `localised` object when `--lang` is given.

use std::borrow::Cow;
use std::io::Write;

use jiff::civil::Date;
use serde::Serialize;

use crate::Iso3;
use crate::geodata::CountryShape;
use crate::i18n::Lang;
use crate::snapshot::{Comparison, Shift};
use crate::style::{Fill, Theme, fill_of, palette_json, status_fill};
use crate::timeline::{Change, Entry, Event, Organisations, Precision, Source, Status, Subject, Timeline};
use crate::tr;

fn json_line(out: &mut dyn Write, value: &impl Serialize) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

/// How a command prints: text in a language, or JSON with names in a language if one was asked for.
pub type Json = Option<Option<Lang>>;

/// The names and words of a JSON record in the language asked for.
#[derive(Serialize)]
struct Localised {
    lang: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

impl Localised {
    fn new(lang: Lang) -> Self {
        Self { lang: lang.code(), name: None, status: None, date: None, title: None, note: None }
    }
}

/// A country's status: the organisation's own (`dialogue_partner`) and its kind (`observer`).
#[derive(Serialize)]
struct CountryStatus<'a> {
    iso3: Iso3,
    name: &'a str,
    status: Option<&'a str>,
    kind: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    localised: Option<Localised>,
}

impl<'a> CountryStatus<'a> {
    fn new(
        iso3: Iso3,
        name: &'a str,
        (timeline, change): (&Timeline, Option<&'a Change>),
        named: Option<Lang>,
    ) -> Self {
        let localised = named.map(|lang| Localised {
            name: Some(lang.country(iso3, name).into_owned()),
            status: Some(lang.status_of(&timeline.organisation, change)),
            ..Localised::new(lang)
        });
        let (status, kind) = (change.map(|change| change.status_id.as_str()), change.map(|change| change.status));
        Self { iso3, name, status, kind, localised }
    }
}

/// Lines of a country's name, its code and what is said of it, the names padded to one width.
fn aligned(out: &mut dyn Write, lines: Vec<(Cow<'_, str>, Iso3, String)>) -> anyhow::Result<()> {
    let width = lines.iter().map(|(name, ..)| name.chars().count()).max().unwrap_or(0);
    for (name, iso3, said) in &lines {
        writeln!(out, "{name:<width$}  {iso3}  {said}")?;
    }
    Ok(())
}

pub fn statuses(
    out: &mut dyn Write,
    timeline: &Timeline,
    (moment, today): (Date, Date),
    lang: Lang,
    json: Json,
) -> anyhow::Result<()> {
    let rows = timeline.changes_at(moment);
    if let Some(named) = json {
        let rows: Vec<CountryStatus<'_>> = rows
            .iter()
            .map(|&(country, change)| CountryStatus::new(country.iso3, &country.name, (timeline, Some(change)), named))
            .collect();
        return json_line(out, &rows);
    }
    let (as_of, org) =
        (lang.as_of_checked(moment, today, timeline.checked_on), timeline.organisation.abbreviation_in(lang));
    if rows.is_empty() {
        writeln!(out, "{}", tr!(lang, "cli-status-empty", as_of = as_of, org = org))?;
        return Ok(());
    }
    writeln!(out, "{}", tr!(lang, "cli-status-heading", as_of = as_of, org = org))?;
    let lines = rows.iter().map(|&(country, change)| {
        (lang.country(country.iso3, &country.name), country.iso3, lang.status_of(&timeline.organisation, Some(change)))
    });
    aligned(out, lines.collect())?;
    for (body, status) in timeline.bodies_at(moment) {
        let status = lang.kind_of(&timeline.organisation, Some(status));
        writeln!(out, "{}", tr!(lang, "cli-also", status = status, name = body.name_in(lang)))?;
    }
    Ok(())
}

pub fn point(
    out: &mut dyn Write,
    timeline: &Timeline,
    country: Option<&CountryShape>,
    (moment, today): (Date, Date),
    lang: Lang,
    json: Json,
) -> anyhow::Result<()> {
    if let Some(named) = json {
        let found = country.map(|shape| {
            CountryStatus::new(shape.iso3, &shape.name, (timeline, timeline.change_at(shape.iso3, moment)), named)
        });
        return json_line(out, &found);
    }
    let Some(shape) = country else {
        writeln!(out, "{}", lang.t("cli-sea"))?;
        return Ok(());
    };
    let as_of = lang.as_of_checked(moment, today, timeline.checked_on);
    let status = match timeline.change_at(shape.iso3, moment) {
        Some(change) => lang.status_of(&timeline.organisation, Some(change)),
        None => tr!(lang, "status-no-org", org = timeline.organisation.abbreviation_in(lang)),
    };
    let name = lang.country(shape.iso3, &shape.name);
    let code = shape.iso3.to_string();
    writeln!(out, "{}", tr!(lang, "cli-point", name = name, code = code, status = status, as_of = as_of))?;
    Ok(())
}

/// A country whose status differs between two days.
#[derive(Serialize)]
struct Difference<'a> {
    iso3: Iso3,
    name: &'a str,
    change: Shift,
    from: Date,
    before: Option<Status>,
    to: Date,
    after: Option<Status>,
    #[serde(skip_serializing_if = "Option::is_none")]
    localised: Option<Localised>,
}

/// The countries whose status differs between two days (the earlier first), with both statuses.
pub fn comparison(
    out: &mut dyn Write,
    timeline: &Timeline,
    (a, b): (Date, Date),
    lang: Lang,
    json: Json,
) -> anyhow::Result<()> {
    let comparison = Comparison::between(timeline, a, b);
    let (from, to) = (comparison.from.date, comparison.to.date);
    let name = |iso3: Iso3| timeline.country(iso3).map_or("", |country| country.name.as_str());
    if let Some(named) = json {
        let rows: Vec<Difference<'_>> = comparison
            .changed()
            .map(|(iso3, before, after, change)| {
                let localised = named.map(|lang| Localised {
                    name: Some(lang.country(iso3, name(iso3)).into_owned()),
                    status: Some(lang.shift(change)),
                    ..Localised::new(lang)
                });
                Difference { iso3, name: name(iso3), change, from, before, to, after, localised }
            })
            .collect();
        return json_line(out, &rows);
    }
    let (from_words, to_words) = (lang.date(from), lang.date(to));
    let (organisation, rows): (_, Vec<_>) = (&timeline.organisation, comparison.changed().collect());
    let org = organisation.abbreviation_in(lang);
    if rows.is_empty() {
        writeln!(out, "{}", tr!(lang, "cli-compare-none", from = from_words, to = to_words, org = org))?;
        return Ok(());
    }
    writeln!(out, "{}", tr!(lang, "cli-compare-heading", from = from_words, to = to_words, org = org))?;
    let words = |iso3, day| lang.status_of(organisation, timeline.change_at(iso3, day));
    let lines = rows.iter().map(|&(iso3, ..)| {
        (lang.country(iso3, name(iso3)), iso3, format!("{} → {}", words(iso3, from), words(iso3, to)))
    });
    aligned(out, lines.collect())
}

#[derive(Serialize)]
struct DatedJson<'a> {
    /// As written: `2013`, `2010-06` or `1994-04-20`.
    date: String,
    precision: Precision,
    /// The day it takes effect.
    effective: Date,
    #[serde(flatten)]
    what: What<'a>,
    note: &'a str,
    sources: &'a [Source],
    #[serde(skip_serializing_if = "Option::is_none")]
    localised: Option<Localised>,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum What<'a> {
    Change {
        iso3: Option<Iso3>,
        name: &'a str,
        previous: Option<&'a str>,
        status: &'a str,
        status_kind: Status,
        de_facto: bool,
    },
    Event {
        title: &'a str,
        countries: &'a [Iso3],
        /// Where it happened: `{"name", "lat", "lon", "country"}`, or null.
        place: Option<&'a crate::timeline::Place>,
    },
}

fn change_json<'a>(
    (timeline, subject): (&Timeline, Subject<'a>),
    previous: Option<&'a Change>,
    change: &'a Change,
    named: Option<Lang>,
) -> DatedJson<'a> {
    DatedJson {
        date: change.date.iso(),
        precision: change.date.precision(),
        effective: change.date.effective(),
        what: What::Change {
            iso3: subject.iso3(),
            name: subject.name(),
            previous: previous.map(|before| before.status_id.as_str()),
            status: &change.status_id,
            status_kind: change.status,
            de_facto: change.de_facto,
        },
        note: &change.note,
        sources: &change.sources,
        localised: named.map(|lang| Localised {
            name: Some(subject.name_in(lang).into_owned()),
            status: Some(lang.status_of(&timeline.organisation, Some(change))),
            date: Some(change.when(lang)),
            note: Some(change.note_in(lang).to_owned()),
            ..Localised::new(lang)
        }),
    }
}

fn event_json(event: &Event, named: Option<Lang>) -> DatedJson<'_> {
    DatedJson {
        date: event.date.iso(),
        precision: event.date.precision(),
        effective: event.date.effective(),
        what: What::Event { title: &event.title, countries: &event.countries, place: event.place.as_ref() },
        note: &event.note,
        sources: &event.sources,
        localised: named.map(|lang| Localised {
            date: Some(lang.partial_date(event.date)),
            title: Some(event.title_in(lang).to_owned()),
            note: Some(event.note_in(lang).to_owned()),
            name: event.place_name_in(lang).map(str::to_owned),
            ..Localised::new(lang)
        }),
    }
}

fn entry_json<'a>(timeline: &Timeline, entry: &Entry<'a>, named: Option<Lang>) -> DatedJson<'a> {
    match *entry {
        Entry::Change { subject, previous, change } => change_json((timeline, subject), previous, change, named),
        Entry::Event(event) => event_json(event, named),
    }
}

/// "[13] in Wikipedia, …; TASS, 23 February 2024, https://tass.com/...". Titles of the cited
/// documents stay as published.
fn sources_line(timeline: &Timeline, sources: &[Source]) -> String {
    let cite = |source: &Source| {
        let mut parts = Vec::new();
        if let Some(number) = source.reference {
            parts.push(format!("[{number}] in {}", timeline.source_document.title));
        }
        parts.extend(source.title.clone());
        parts.extend(source.url.clone());
        parts.join(", ")
    };
    sources.iter().map(cite).collect::<Vec<_>>().join("; ")
}

fn transition(lang: Lang, timeline: &Timeline, previous: Option<&Change>, change: &Change) -> String {
    let organisation = &timeline.organisation;
    format!("{} -> {}", lang.status_of(organisation, previous), lang.status_of(organisation, Some(change)))
}

#[derive(Serialize)]
struct HistoryJson<'a> {
    iso3: Iso3,
    name: &'a str,
    changes: Vec<DatedJson<'a>>,
    events: Vec<DatedJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    localised: Option<Localised>,
}

pub fn history(
    out: &mut dyn Write,
    timeline: &Timeline,
    (iso3, name): (Iso3, &str),
    lang: Lang,
    json: Json,
) -> anyhow::Result<()> {
    let country = timeline.country(iso3);
    let changes = country.map(|country| country.changes.as_slice()).unwrap_or_default();
    let previous = std::iter::once(None).chain(changes.iter().map(Some));
    let events: Vec<&Event> = timeline.events().iter().filter(|event| event.countries.contains(&iso3)).collect();
    if let Some(named) = json {
        let history = HistoryJson {
            iso3,
            name,
            changes: country
                .map(|country| {
                    let subject = Subject::Country(country);
                    changes
                        .iter()
                        .zip(previous)
                        .map(|(change, before)| change_json((timeline, subject), before, change, named))
                        .collect()
                })
                .unwrap_or_default(),
            events: events.iter().map(|event| event_json(event, named)).collect(),
            localised: named
                .map(|lang| Localised { name: Some(lang.country(iso3, name).into_owned()), ..Localised::new(lang) }),
        };
        return json_line(out, &history);
    }
    writeln!(out, "{} ({iso3})", lang.country(iso3, name))?;
    if changes.is_empty() {
        writeln!(out, "{}", tr!(lang, "cli-never", org = timeline.organisation.abbreviation_in(lang)))?;
    }
    for (change, before) in changes.iter().zip(previous) {
        writeln!(out, "\n{}: {}", change.when(lang), transition(lang, timeline, before, change))?;
        let note = change.note_in(lang);
        if !note.is_empty() {
            writeln!(out, "  {note}")?;
        }
        writeln!(out, "  {}", tr!(lang, "cli-sources", sources = sources_line(timeline, &change.sources)))?;
    }
    if !events.is_empty() {
        writeln!(out, "\n{}", lang.t("cli-related"))?;
        for event in events {
            writeln!(out, "  {}: {}", lang.partial_date(event.date), event.title_in(lang))?;
        }
    }
    Ok(())
}

pub fn events(
    out: &mut dyn Write,
    timeline: &Timeline,
    (from, to): (Date, Date),
    lang: Lang,
    json: Json,
) -> anyhow::Result<()> {
    let entries = timeline.entries_between(from, to);
    if let Some(named) = json {
        let entries: Vec<DatedJson<'_>> = entries.iter().map(|entry| entry_json(timeline, entry, named)).collect();
        return json_line(out, &entries);
    }
    if entries.is_empty() {
        writeln!(out, "{}", lang.t("cli-nothing"))?;
    }
    for entry in &entries {
        match entry {
            Entry::Change { subject, previous, change } => {
                let (when, name) = (change.when(lang), subject.name_in(lang));
                writeln!(out, "{when}  {name}: {}", transition(lang, timeline, *previous, change))?;
            }
            Entry::Event(event) => writeln!(out, "{}  * {}", lang.partial_date(event.date), event.title_in(lang))?,
        }
    }
    Ok(())
}

/// How `memberships` prints: text, JSON (names in a language if one was asked for) or CSV.
pub enum Format {
    Text,
    Json(Option<Lang>),
    Csv,
}

/// A country's status in each organisation; `null` where it has none.
#[derive(Serialize)]
struct Memberships<'a> {
    iso3: Iso3,
    name: &'a str,
    orgs: serde_json::Map<String, serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    localised: Option<Localised>,
}

/// Every country with a status in any organisation at `moment`, by code, with its status in each.
pub fn memberships(
    out: &mut dyn Write,
    organisations: &Organisations,
    (moment, today): (Date, Date),
    lang: Lang,
    format: Format,
) -> anyhow::Result<()> {
    let mut countries: std::collections::BTreeMap<Iso3, &str> = std::collections::BTreeMap::new();
    for timeline in organisations.iter() {
        for (country, _) in timeline.changes_at(moment) {
            countries.entry(country.iso3).or_insert(&country.name);
        }
    }
    match format {
        Format::Json(named) => {
            let rows: Vec<Memberships<'_>> = countries
                .iter()
                .map(|(&iso3, &name)| {
                    let orgs = organisations.iter().map(|timeline| {
                        let id = timeline.change_at(iso3, moment).map(|change| change.status_id.clone());
                        (
                            timeline.organisation.id.clone(),
                            id.map_or(serde_json::Value::Null, serde_json::Value::String),
                        )
                    });
                    let localised = named.map(|lang| Localised {
                        name: Some(lang.country(iso3, name).into_owned()),
                        ..Localised::new(lang)
                    });
                    Memberships { iso3, name, orgs: orgs.collect(), localised }
                })
                .collect();
            json_line(out, &rows)
        }
        Format::Csv => {
            let ids = organisations.ids().join(",");
            write!(out, "iso3,name,{ids}\r\n")?;
            for (&iso3, &name) in &countries {
                let cells = organisations
                    .iter()
                    .map(|timeline| timeline.change_at(iso3, moment).map_or("", |change| &change.status_id));
                let name = crate::snapshot::csv_field(&lang.country(iso3, name));
                write!(out, "{iso3},{name},{}\r\n", cells.collect::<Vec<_>>().join(","))?;
            }
            Ok(())
        }
        Format::Text => {
            writeln!(out, "{}", tr!(lang, "cli-memberships-heading", as_of = lang.as_of(moment, today)))?;
            let lines = countries.iter().map(|(&iso3, &name)| {
                (lang.country(iso3, name), iso3, lang.memberships(&organisations.memberships_at(iso3, moment)))
            });
            aligned(out, lines.collect())
        }
    }
}

pub fn palette(out: &mut dyn Write, theme: Theme, json: bool) -> anyhow::Result<()> {
    if json {
        return json_line(out, &palette_json(theme));
    }
    let row = |out: &mut dyn Write, name: &str, fill: Fill| {
        let pattern = fill.pattern.map_or(String::new(), |pattern| format!("  hatched {}", pattern.hex()));
        writeln!(out, "{name:<16} {}{pattern}", fill.fill.hex())
    };
    for status in Status::ALL {
        row(out, status.key(), status_fill(status))?;
    }
    row(out, "none", fill_of(None, theme))?;
    row(out, "background", Fill { fill: theme.palette().background, pattern: None })?;
    Ok(())
}

/// A territory held by another than the recognised state, on a day, as `territories --json`
/// prints it.
#[derive(Serialize)]
struct HeldTerritory<'a> {
    id: &'a str,
    name: &'a str,
    recognised_as: Iso3,
    /// None: a local authority.
    held_by: Option<Iso3>,
    holder: &'a str,
    since: Date,
    note: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    localised: Option<Localised>,
}

/// Each territory held by another state or authority than the recognised one at `moment`.
pub fn territories(
    out: &mut dyn Write,
    territories: &crate::territories::Territories,
    (moment, today): (Date, Date),
    lang: Lang,
    json: Json,
) -> anyhow::Result<()> {
    let held: Vec<_> = territories.at(moment).collect();
    if let Some(named) = json {
        let rows: Vec<HeldTerritory<'_>> = held
            .iter()
            .map(|&(territory, period)| HeldTerritory {
                id: &territory.id,
                name: &territory.name,
                recognised_as: territory.recognised_as,
                held_by: period.held_by,
                holder: &period.holder,
                since: territory.held_since(moment).unwrap_or(period.from),
                note: &period.note,
                localised: named.map(|lang| Localised {
                    name: Some(territory.name_in(lang).to_owned()),
                    note: Some(period.note_in(lang).to_owned()),
                    ..Localised::new(lang)
                }),
            })
            .collect();
        return json_line(out, &rows);
    }
    let as_of = lang.as_of(moment, today);
    if held.is_empty() {
        writeln!(out, "{}", tr!(lang, "cli-territories-none", as_of = as_of))?;
        return Ok(());
    }
    writeln!(out, "{}", tr!(lang, "cli-territories-heading", as_of = as_of))?;
    let lines = held.iter().map(|&(territory, period)| {
        let since = territory.held_since(moment).unwrap_or(period.from);
        let said = tr!(lang, "cli-territory-held", holder = period.holder_in(lang), since = lang.date(since));
        (Cow::Borrowed(territory.name_in(lang)), territory.recognised_as, said)
    });
    aligned(out, lines.collect())
}
