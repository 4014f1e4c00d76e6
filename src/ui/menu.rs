//! The menu bar: images of the map, what to show and how, and where the data comes from.

use egui::Ui;

use crate::style::Theme;
use crate::ui::{Intent, Settings};

pub fn menu_bar_ui(ui: &mut Ui, settings: &Settings) -> Vec<Intent> {
    let mut intents = Vec::new();
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                let images = [
                    ("Export image…", "Ctrl+E", Intent::OpenExport),
                    ("Copy image", "Ctrl+Shift+C", Intent::CopyImage),
                    ("Screenshot window", "Ctrl+Shift+S", Intent::ScreenshotWindow),
                ];
                intents.extend(commands_ui(ui, &images));
                ui.separator();
                if ui.button("Open timeline…").on_hover_text("Show another timeline file (JSON)").clicked() {
                    intents.push(Intent::OpenTimeline);
                }
                let bundled =
                    ui.add_enabled(settings.timeline_file.is_some(), egui::Button::new("Use the bundled timeline"));
                if bundled.clicked() {
                    intents.push(Intent::BundledTimeline);
                }
                ui.separator();
                if ui.add(egui::Button::new("Quit").shortcut_text("Ctrl+Q")).clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
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
                let zoom = [
                    ("Zoom in", "+", Intent::ZoomIn),
                    ("Zoom out", "-", Intent::ZoomOut),
                    ("Show the CSTO region", "R", Intent::ResetView),
                ];
                intents.extend(commands_ui(ui, &zoom));
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

/// Menu entries with their keys; returns the intent of the one clicked.
fn commands_ui(ui: &mut Ui, commands: &[(&str, &str, Intent)]) -> Option<Intent> {
    let mut clicked = None;
    for &(label, shortcut, intent) in commands {
        if ui.add(egui::Button::new(label).shortcut_text(shortcut)).clicked() {
            clicked = Some(intent);
        }
    }
    clicked
}
