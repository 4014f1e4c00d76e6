//! The menu bar: what to show, how, and where the data comes from.

use egui::Ui;

use crate::app::{Intent, Settings};
use crate::style::Theme;

pub fn menu_bar_ui(ui: &mut Ui, settings: &Settings) -> Vec<Intent> {
    let mut intents = Vec::new();
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("View", |ui| {
                let mut labels = settings.labels;
                if ui.checkbox(&mut labels, "Country names").changed() {
                    intents.push(Intent::SetLabels(labels));
                }
                let mut tiles = settings.tiles;
                if ui.checkbox(&mut tiles, "OpenStreetMap tiles (needs the network)").changed() {
                    intents.push(Intent::SetTiles(tiles));
                }
                ui.separator();
                for (theme, name) in [(Theme::Light, "Light theme"), (Theme::Dark, "Dark theme")] {
                    if ui.radio(settings.theme == theme, name).clicked() {
                        intents.push(Intent::SetTheme(theme));
                    }
                }
                ui.separator();
                for (label, shortcut, intent) in [
                    ("Zoom in", "+", Intent::ZoomIn),
                    ("Zoom out", "-", Intent::ZoomOut),
                    ("Show the CSTO region", "R", Intent::ResetView),
                ] {
                    if ui.add(egui::Button::new(label).shortcut_text(shortcut)).clicked() {
                        intents.push(intent);
                    }
                }
                ui.weak("Interface size: Ctrl+plus, Ctrl+minus, Ctrl+0");
            });
            ui.menu_button("Help", |ui| {
                if ui.button("Keys, sources and about…").clicked() {
                    intents.push(Intent::ShowAbout);
                }
            });
        });
    });
    intents
}
