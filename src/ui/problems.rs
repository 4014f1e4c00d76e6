//! The window that says why a timeline file cannot be used: every problem, with its place.

use std::path::Path;

use crate::i18n::Lang;

/// Shows the problems of `path`; returns whether the user closed the window.
pub fn problems_window_ui(ctx: &egui::Context, path: &Path, problems: &[String], lang: Lang) -> bool {
    let mut closed = false;
    egui::Window::new(lang.t("problems-title"))
        .id(egui::Id::unique("timeline problems"))
        .collapsible(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            let path = path.display().to_string();
            ui.label(crate::tr!(lang, "problems-count", path = path, count = problems.len()));
            egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
                for problem in problems {
                    ui.label(egui::RichText::new(problem).monospace());
                }
            });
            closed =
                ui.button(lang.t("problems-close")).clicked() || ui.input(|input| input.key_pressed(egui::Key::Escape));
        });
    closed
}
