//! The details of the selected country: its status, its dated history with notes and sources,
//! and the events that concern it.

use egui::{RichText, Ui};
use jiff::civil::Date;

use crate::Iso3;
use crate::data::Data;
use crate::i18n::Lang;
use crate::lang::capitalised;
use crate::timeline::{Change, Source, Timeline};
use crate::tr;
use crate::ui::Intent;

/// `compared`: in compare mode, the country's status on both days, in words.
pub fn details_panel_ui(
    ui: &mut Ui,
    data: &Data,
    (iso3, date): (Iso3, Date),
    (as_of, compared): (&str, Option<String>),
    lang: Lang,
) -> Vec<Intent> {
    let mut intents = Vec::new();
    let timeline = &data.timeline;
    let country = timeline.country(iso3);
    let name = country.map(|c| c.name.as_str()).or_else(|| data.borders.full.country(iso3).map(|c| &*c.name));
    let Some(name) = name else { return vec![Intent::Select(None)] };
    let name = lang.country(iso3, name);
    egui::Panel::right("details").resizable(true).default_size(360.0).show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.heading(tr!(lang, "details-heading", name = name.as_ref(), code = iso3.to_string()));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button("×").on_hover_text(lang.t("details-close")).clicked() {
                    intents.push(Intent::Select(None));
                }
            });
        });
        let organisation = &timeline.organisation;
        let status = match timeline.change_at(iso3, date) {
            Some(change) => lang.status_of(organisation, Some(change)),
            None => lang.standing(organisation, None),
        };
        ui.label(RichText::new(tr!(lang, "details-status", status = capitalised(&status), as_of = as_of)).strong());
        if let Some(compared) = compared {
            ui.label(capitalised(&compared));
        }
        if data.organisations.ids().len() > 1 {
            ui.label(memberships_line(data, (iso3, date), (&name, as_of), lang));
        }
        if ui.button(tr!(lang, "details-zoom", name = name.as_ref())).clicked() {
            intents.push(Intent::ZoomTo(iso3));
        }
        ui.separator();
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            let changes = country.map(|c| c.changes.as_slice()).unwrap_or_default();
            if changes.is_empty() {
                ui.label(tr!(lang, "details-never", org = organisation.abbreviation_in(lang)));
            }
            let previous = std::iter::once(None).chain(changes.iter().map(Some));
            for (change, before) in changes.iter().zip(previous) {
                change_ui(ui, (timeline, lang), change, before, &mut intents);
            }
            events_ui(ui, (timeline, lang), iso3, &mut intents);
            territories_ui(ui, data, iso3, lang);
        });
    });
    intents
}

/// The country's status in every organisation on the day: "Armenia, as of 1 March 2024: CSTO:
/// member (participation frozen); CIS: member; EAEU: member; SCO: dialogue partner".
fn memberships_line(data: &Data, (iso3, date): (Iso3, Date), (name, as_of): (&str, &str), lang: Lang) -> String {
    let memberships = data.organisations.memberships_at(iso3, date);
    if memberships.is_empty() {
        return tr!(lang, "details-memberships-none", name = name, as_of = as_of);
    }
    tr!(lang, "details-memberships", name = name, as_of = as_of, list = lang.memberships(&memberships))
}

fn change_ui(
    ui: &mut Ui,
    (timeline, lang): (&Timeline, Lang),
    change: &Change,
    before: Option<&Change>,
    intents: &mut Vec<Intent>,
) {
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        if ui.link(RichText::new(change.when(lang)).strong()).on_hover_text(lang.t("change-hint")).clicked() {
            intents.push(Intent::ShowDate(change.date.effective()));
        }
        let organisation = &timeline.organisation;
        let (before, after) = (lang.status_of(organisation, before), lang.status_of(organisation, Some(change)));
        ui.label(tr!(lang, "details-transition", before = before, after = after));
    });
    let note = change.note_in(lang);
    if !note.is_empty() {
        ui.label(note);
    }
    sources_ui(ui, (timeline, lang), &change.sources);
}

/// Each source as a link where it has an address; a reference number links to the article.
/// The titles of the cited documents stay as published.
pub fn sources_ui(ui: &mut Ui, (timeline, lang): (&Timeline, Lang), sources: &[Source]) {
    ui.horizontal_wrapped(|ui| {
        ui.weak(lang.t("details-sources"));
        for source in sources {
            let text = match (source.reference, &source.title) {
                (Some(number), Some(title)) => format!("[{number}] {title}"),
                (Some(number), None) => tr!(lang, "details-in-article", number = number),
                (None, Some(title)) => title.clone(),
                (None, None) => source.url.clone().unwrap_or_default(),
            };
            match (&source.url, source.reference) {
                (Some(url), _) => ui.hyperlink_to(text, url),
                (None, Some(_)) => ui.hyperlink_to(text, &timeline.source_document.url),
                (None, None) => ui.weak(text),
            };
        }
    });
}

fn events_ui(ui: &mut Ui, (timeline, lang): (&Timeline, Lang), iso3: Iso3, intents: &mut Vec<Intent>) {
    let events: Vec<_> = timeline.events().iter().filter(|event| event.countries.contains(&iso3)).collect();
    if events.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.heading(lang.t("details-related"));
    for event in events {
        ui.horizontal_wrapped(|ui| {
            if ui.link(RichText::new(lang.partial_date(event.date)).strong()).clicked() {
                intents.push(Intent::ShowDate(event.date.effective()));
            }
            ui.label(event.title_in(lang));
        })
        .response
        .on_hover_text(event.note_in(lang));
    }
}

/// The contested territories of the country, or held by it: each period, who held it, the note
/// and the sources.
fn territories_ui(ui: &mut Ui, data: &Data, iso3: Iso3, lang: Lang) {
    let territories: Vec<_> = data
        .territories
        .territories
        .iter()
        .filter(|territory| {
            territory.recognised_as == iso3 || territory.periods.iter().any(|period| period.held_by == Some(iso3))
        })
        .collect();
    if territories.is_empty() {
        return;
    }
    ui.separator();
    ui.strong(lang.t("details-territories"));
    for territory in territories {
        ui.add_space(4.0);
        ui.label(RichText::new(territory.name_in(lang)).strong());
        for period in &territory.periods {
            let held = tr!(lang, "territory-held", holder = period.holder_in(lang), since = lang.date(period.from));
            let held = match period.until {
                Some(until) => tr!(lang, "territory-until", held = held, until = lang.date(until)),
                None => held,
            };
            ui.label(held);
            ui.add(egui::Label::new(RichText::new(period.note_in(lang)).small()).wrap());
            ui.horizontal_wrapped(|ui| {
                ui.weak(lang.t("details-sources"));
                for source in &period.sources {
                    ui.hyperlink_to(&source.title, &source.url).on_hover_text(&source.quote);
                }
            });
        }
    }
}
