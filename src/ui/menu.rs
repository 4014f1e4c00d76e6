//! The menu bar: images of the map, what to show and how, the language, and where the data comes from.

use egui::Ui;

use crate::i18n::Lang;
use crate::style::Theme;
use crate::timeline::{Organisation, Organisations};
use crate::tr;
use crate::ui::{Intent, SavedState, keymap};

/// `organisations`: those the Organisation menu lists, and the one shown.
pub fn menu_bar_ui(
    ui: &mut Ui,
    settings: &SavedState,
    (organisations, shown): (&Organisations, &Organisation),
) -> Vec<Intent> {
    let lang = settings.language;
    let mut intents = Vec::new();
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(lang.t("menu-file"), |ui| {
                let images = [
                    (lang.t("menu-export"), Intent::OpenExport),
                    (lang.t("menu-copy"), Intent::CopyImage),
                    (lang.t("menu-screenshot"), Intent::ScreenshotWindow),
                ];
                intents.extend(commands_ui(ui, &images, lang));
                ui.separator();
                let save = ui.button(lang.t("menu-save-scene")).on_hover_text(lang.t("menu-save-scene-hint"));
                if save.clicked() {
                    intents.push(Intent::SaveScene);
                }
                if ui.button(lang.t("menu-open-scene")).clicked() {
                    intents.push(Intent::OpenScene);
                }
                ui.separator();
                let open = ui.button(lang.t("menu-open-timeline")).on_hover_text(lang.t("menu-open-timeline-hint"));
                if open.clicked() {
                    intents.push(Intent::OpenTimeline);
                }
                let bundled = egui::Button::new(lang.t("menu-bundled-timeline"));
                if ui.add_enabled(settings.timeline_file.is_some(), bundled).clicked() {
                    intents.push(Intent::BundledTimeline);
                }
                ui.separator();
                let quit = egui::Button::new(lang.t("menu-quit")).shortcut_text(key_text(ui, Intent::Quit, lang));
                if ui.add(quit).clicked() {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button(lang.t("menu-view"), |ui| {
                let mut labels = settings.labels;
                if ui.checkbox(&mut labels, lang.t("menu-labels")).changed() {
                    intents.push(Intent::SetLabels(labels));
                }
                let mut tiles = settings.tiles && !settings.equal_area;
                let tiles_box =
                    ui.add_enabled(!settings.equal_area, egui::Checkbox::new(&mut tiles, lang.t("menu-tiles")));
                if tiles_box.on_disabled_hover_text(lang.t("menu-tiles-not-equal-area")).changed() {
                    intents.push(Intent::SetTiles(tiles));
                }
                let mut context = settings.context;
                let context_box = ui.checkbox(&mut context, lang.t("menu-context"));
                if context_box.on_hover_text(lang.t("menu-context-hint")).changed() {
                    intents.push(Intent::SetContext(context));
                }
                let mut equal_area = settings.equal_area;
                let equal_area_box = ui.checkbox(&mut equal_area, lang.t("menu-equal-area"));
                if equal_area_box.on_hover_text(lang.t("menu-equal-area-hint")).changed() {
                    intents.push(Intent::SetEqualArea(equal_area));
                }
                let compare = egui::Button::selectable(settings.compare.is_some(), lang.t("menu-compare"))
                    .shortcut_text(key_text(ui, Intent::ToggleCompare, lang));
                if ui.add(compare).on_hover_text(lang.t("menu-compare-hint")).clicked() {
                    intents.push(Intent::ToggleCompare);
                }
                ui.menu_button(lang.t("menu-overlap"), |ui| {
                    let overlap = settings.overlap.as_deref().filter(|id| *id != shown.id);
                    if ui.radio(overlap.is_none(), lang.t("overlap-none")).clicked() {
                        intents.push(Intent::SetOverlap(None));
                    }
                    for (index, timeline) in organisations.iter().enumerate() {
                        let organisation = &timeline.organisation;
                        if organisation.id == shown.id {
                            continue;
                        }
                        let (abbreviation, name) = (organisation.abbreviation_in(lang), organisation.name_in(lang));
                        let name = tr!(lang, "organisation-item", abbreviation = abbreviation, name = name);
                        if ui.radio(overlap == Some(organisation.id.as_str()), name).clicked() {
                            intents.push(Intent::SetOverlap(Some(index)));
                        }
                    }
                })
                .response
                .on_hover_text(lang.t("overlap-with-hint"));
                let table = egui::Button::selectable(settings.table, lang.t("menu-table")).shortcut_text(key_text(
                    ui,
                    Intent::ToggleTable,
                    lang,
                ));
                if ui.add(table).on_hover_text(lang.t("menu-table-hint")).clicked() {
                    intents.push(Intent::ToggleTable);
                }
                let present =
                    egui::Button::new(lang.t("menu-present")).shortcut_text(key_text(ui, Intent::Present, lang));
                if ui.add(present).clicked() {
                    intents.push(Intent::Present);
                }
                ui.separator();
                for (theme, name) in [(Theme::Light, "menu-light"), (Theme::Dark, "menu-dark")] {
                    if ui.radio(settings.theme == theme, lang.t(name)).clicked() {
                        intents.push(Intent::SetTheme(theme));
                    }
                }
                ui.separator();
                let zoom = [
                    (lang.t("zoom-in"), Intent::ZoomIn),
                    (lang.t("zoom-out"), Intent::ZoomOut),
                    (tr!(lang, "zoom-region", org = shown.abbreviation_in(lang)), Intent::ResetView),
                ];
                intents.extend(commands_ui(ui, &zoom, lang));
                ui.weak(lang.t("menu-interface-size"));
            });
            ui.menu_button(lang.t("menu-organisation"), |ui| {
                for (index, timeline) in organisations.iter().enumerate() {
                    let organisation = &timeline.organisation;
                    let (abbreviation, name) = (organisation.abbreviation_in(lang), organisation.name_in(lang));
                    let name = tr!(lang, "organisation-item", abbreviation = abbreviation, name = name);
                    if ui.radio(shown.id == organisation.id, name).clicked() {
                        intents.push(Intent::SetOrganisation(index));
                    }
                }
            });
            // Each language named in itself, so that anyone can find their own.
            ui.menu_button(lang.t("menu-language"), |ui| {
                for choice in Lang::ALL {
                    if ui.radio(choice == lang, choice.t("language-name")).clicked() {
                        intents.push(Intent::SetLanguage(choice));
                    }
                }
            });
            ui.menu_button(lang.t("menu-help"), |ui| {
                if ui.button(lang.t("menu-about")).clicked() {
                    intents.push(Intent::ShowAbout);
                }
            });
        });
    });
    intents
}

/// Menu entries with their keys; returns the intent of the one clicked.
fn commands_ui(ui: &mut Ui, commands: &[(String, Intent)], lang: Lang) -> Option<Intent> {
    let mut clicked = None;
    for (label, intent) in commands {
        if ui.add(egui::Button::new(label.as_str()).shortcut_text(key_text(ui, *intent, lang))).clicked() {
            clicked = Some(*intent);
        }
    }
    clicked
}

/// The key of an intent in the keymap, as egui writes it ("Ctrl+E", on a Mac "⌘E"; "+").
fn key_text(ui: &Ui, intent: Intent, lang: Lang) -> String {
    keymap::shortcut(intent).map(|shortcut| keymap::shortcut_text(ui.ctx(), &shortcut, lang)).unwrap_or_default()
}
