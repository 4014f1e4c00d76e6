//! The window that says why a timeline file cannot be used: every problem, with its place.

use std::path::Path;

/// Shows the problems of `path`; returns whether the user closed the window.
pub fn problems_window_ui(ctx: &egui::Context, path: &Path, problems: &[String]) -> bool {
    let mut closed = false;
    egui::Window::new("This timeline cannot be used")
        .collapsible(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            let count = problems.len();
            let noun = if count == 1 { "problem" } else { "problems" };
            ui.label(format!("{} has {count} {noun}; the map still shows the timeline it showed.", path.display()));
            egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
                for problem in problems {
                    ui.label(egui::RichText::new(problem).monospace());
                }
            });
            closed = ui.button("Close").clicked() || ui.input(|input| input.key_pressed(egui::Key::Escape));
        });
    closed
}
