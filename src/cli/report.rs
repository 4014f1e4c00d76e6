//! What the subcommands print: plain text for people, JSON for scripts (and nothing else on
//! stdout with `--json`).

use std::io::Write;

use jiff::civil::Date;
use serde::Serialize;

use crate::Iso3;
use crate::geodata::CountryShape;
use crate::style::{Fill, Theme, fill_of, palette_json, status_fill};
use crate::timeline::{Change, Entry, Event, Precision, Source, Status, Timeline, as_of_checked};

fn json_line(out: &mut dyn Write, value: &impl Serialize) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

#[derive(Serialize)]
struct CountryStatus<'a> {
    iso3: Iso3,
    name: &'a str,
    status: Option<Status>,
}

pub fn statuses(out: &mut dyn Write, timeline: &Timeline, moment: Date, today: Date, json: bool) -> anyhow::Result<()> {
    let rows = timeline.statuses_at(moment);
    if json {
        let rows: Vec<CountryStatus<'_>> = rows
            .iter()
            .map(|(country, status)| CountryStatus { iso3: country.iso3, name: &country.name, status: Some(*status) })
            .collect();
        return json_line(out, &rows);
    }
    if rows.is_empty() {
        writeln!(out, "No country had a CSTO status {}.", as_of_checked(moment, today, timeline.checked_on))?;
        return Ok(());
    }
    writeln!(out, "CSTO status {}:", as_of_checked(moment, today, timeline.checked_on))?;
    let width = rows.iter().map(|(country, _)| country.name.chars().count()).max().unwrap_or(0);
    for (country, status) in &rows {
        writeln!(out, "{:<width$}  {}  {}", country.name, country.iso3, status.key())?;
    }
    for (body, status) in timeline.organisations_at(moment) {
        writeln!(out, "Also {}: {} (no territory of its own).", status.label(), body.name)?;
    }
    Ok(())
}

pub fn point(
    out: &mut dyn Write,
    timeline: &Timeline,
    country: Option<&CountryShape>,
    moment: Date,
    today: Date,
    json: bool,
) -> anyhow::Result<()> {
    let found = country.map(|shape| CountryStatus {
        iso3: shape.iso3,
        name: &shape.name,
        status: timeline.status_at(shape.iso3, moment),
    });
    if json {
        return json_line(out, &found);
    }
    match found {
        None => writeln!(out, "Open sea: no country there.")?,
        Some(CountryStatus { name, iso3, status: None, .. }) => {
            writeln!(out, "{name} ({iso3}): no CSTO status {}.", as_of_checked(moment, today, timeline.checked_on))?;
        }
        Some(CountryStatus { name, iso3, status: Some(status) }) => {
            writeln!(
                out,
                "{name} ({iso3}): {} {}.",
                status.label(),
                as_of_checked(moment, today, timeline.checked_on)
            )?;
        }
    }
    Ok(())
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
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum What<'a> {
    Change { iso3: Option<Iso3>, name: &'a str, previous: Option<Status>, status: Status, de_facto: bool },
    Event { title: &'a str, countries: &'a [Iso3] },
}

fn change_json<'a>(iso3: Option<Iso3>, name: &'a str, previous: Option<Status>, change: &'a Change) -> DatedJson<'a> {
    DatedJson {
        date: change.date.iso(),
        precision: change.date.precision(),
        effective: change.date.effective(),
        what: What::Change { iso3, name, previous, status: change.status, de_facto: change.de_facto },
        note: &change.note,
        sources: &change.sources,
    }
}

fn event_json(event: &Event) -> DatedJson<'_> {
    DatedJson {
        date: event.date.iso(),
        precision: event.date.precision(),
        effective: event.date.effective(),
        what: What::Event { title: &event.title, countries: &event.countries },
        note: &event.note,
        sources: &event.sources,
    }
}

fn entry_json<'a>(entry: &Entry<'a>) -> DatedJson<'a> {
    match *entry {
        Entry::Change { subject, previous, change } => change_json(subject.iso3(), subject.name(), previous, change),
        Entry::Event(event) => event_json(event),
    }
}

/// "[13] source article; https://tass.com/...".
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

fn transition(previous: Option<Status>, status: Status) -> String {
    format!("{} -> {}", previous.map_or("no status", Status::key), status.key())
}

#[derive(Serialize)]
struct HistoryJson<'a> {
    iso3: Iso3,
    name: &'a str,
    changes: Vec<DatedJson<'a>>,
    events: Vec<DatedJson<'a>>,
}

pub fn history(out: &mut dyn Write, timeline: &Timeline, iso3: Iso3, name: &str, json: bool) -> anyhow::Result<()> {
    let changes = timeline.country(iso3).map(|country| country.changes.as_slice()).unwrap_or_default();
    let previous = std::iter::once(None).chain(changes.iter().map(|change| Some(change.status)));
    let events: Vec<&Event> = timeline.events().iter().filter(|event| event.countries.contains(&iso3)).collect();
    if json {
        let history = HistoryJson {
            iso3,
            name,
            changes: changes
                .iter()
                .zip(previous)
                .map(|(change, before)| change_json(Some(iso3), name, before, change))
                .collect(),
            events: events.iter().map(|event| event_json(event)).collect(),
        };
        return json_line(out, &history);
    }
    writeln!(out, "{name} ({iso3})")?;
    if changes.is_empty() {
        writeln!(out, "No CSTO status at any time: never a signatory, member or observer.")?;
    }
    for (change, before) in changes.iter().zip(previous) {
        writeln!(out, "\n{}: {}", change.when(), transition(before, change.status))?;
        if !change.note.is_empty() {
            writeln!(out, "  {}", change.note)?;
        }
        writeln!(out, "  Sources: {}", sources_line(timeline, &change.sources))?;
    }
    if !events.is_empty() {
        writeln!(out, "\nRelated events:")?;
        for event in events {
            writeln!(out, "  {}: {}", event.date, event.title)?;
        }
    }
    Ok(())
}

pub fn events(out: &mut dyn Write, timeline: &Timeline, from: Date, to: Date, json: bool) -> anyhow::Result<()> {
    let entries = timeline.entries_between(from, to);
    if json {
        let entries: Vec<DatedJson<'_>> = entries.iter().map(entry_json).collect();
        return json_line(out, &entries);
    }
    if entries.is_empty() {
        writeln!(out, "Nothing happened in that period.")?;
    }
    for entry in &entries {
        match entry {
            Entry::Change { subject, previous, change } => {
                writeln!(out, "{}  {}: {}", change.when(), subject.name(), transition(*previous, change.status))?;
            }
            Entry::Event(event) => writeln!(out, "{}  * {}", event.date, event.title)?,
        }
    }
    Ok(())
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
