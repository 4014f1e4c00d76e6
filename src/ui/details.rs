//! The details of the selected country: its status, its dated history with notes and sources,
//! and the events that concern it.

use egui::{RichText, Ui};
use jiff::civil::Date;

use crate::Iso3;
use crate::data::Data;
use crate::timeline::{Change, Source, Status, Timeline};
use crate::ui::Intent;

pub fn details_panel_ui(ui: &mut Ui, data: &Data, iso3: Iso3, date: Date, as_of: &str) -> Vec<Intent> {
    let mut intents = Vec::new();
    let timeline = &data.timeline;
    let country = timeline.country(iso3);
    let name = country.map(|c| c.name.as_str()).or_else(|| data.scene.full.country(iso3).map(|c| c.name.as_str()));
    let Some(name) = name else { return vec![Intent::Select(None)] };
    egui::Panel::right("details").resizable(true).default_size(360.0).show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.heading(format!("{name} ({iso3})"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button("×").on_hover_text("Close (Escape)").clicked() {
                    intents.push(Intent::Select(None));
                }
            });
        });
        let status = timeline.status_at(iso3, date);
        ui.label(
            RichText::new(format!("{}, {as_of}", capitalised(status.map_or("no CSTO status", Status::label)))).strong(),
        );
        if ui.button(format!("Zoom to {name}")).clicked() {
            intents.push(Intent::ZoomTo(iso3));
        }
        ui.separator();
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            let changes = country.map(|c| c.changes.as_slice()).unwrap_or_default();
            if changes.is_empty() {
                ui.label("Never a signatory, member or observer of the Collective Security Treaty or the CSTO.");
            }
            let previous = std::iter::once(None).chain(changes.iter().map(|change| Some(change.status)));
            for (change, before) in changes.iter().zip(previous) {
                change_ui(ui, timeline, change, before, &mut intents);
            }
            events_ui(ui, timeline, iso3, &mut intents);
        });
    });
    intents
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn change_ui(ui: &mut Ui, timeline: &Timeline, change: &Change, before: Option<Status>, intents: &mut Vec<Intent>) {
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        if ui.link(RichText::new(change.when()).strong()).on_hover_text("Show the map on this day").clicked() {
            intents.push(Intent::ShowDate(change.date.effective()));
        }
        ui.label(format!("{} ➡ {}", before.map_or("no status", Status::label), change.status.label()));
    });
    if !change.note.is_empty() {
        ui.label(&change.note);
    }
    sources_ui(ui, timeline, &change.sources);
}

/// Each source as a link where it has an address; a reference number links to the article.
pub fn sources_ui(ui: &mut Ui, timeline: &Timeline, sources: &[Source]) {
    ui.horizontal_wrapped(|ui| {
        ui.weak("Sources:");
        for source in sources {
            let text = match (source.reference, &source.title) {
                (Some(number), Some(title)) => format!("[{number}] {title}"),
                (Some(number), None) => format!("[{number}] in the Wikipedia article"),
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

fn events_ui(ui: &mut Ui, timeline: &Timeline, iso3: Iso3, intents: &mut Vec<Intent>) {
    let events: Vec<_> = timeline.events().iter().filter(|event| event.countries.contains(&iso3)).collect();
    if events.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.heading("Related events");
    for event in events {
        ui.horizontal_wrapped(|ui| {
            if ui.link(RichText::new(event.date.to_string()).strong()).clicked() {
                intents.push(Intent::ShowDate(event.date.effective()));
            }
            ui.label(&event.title);
        })
        .response
        .on_hover_text(&event.note);
    }
}
