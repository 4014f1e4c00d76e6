//! The panels around the map, one file each; each returns what the user asked for.

mod about;
mod bottom;
mod details;
pub mod export_dialog;
mod intent;
pub mod keymap;
mod legend;
mod menu;
mod present;
mod problems;
mod saved_state;
mod table;
mod timeline_bar;

use egui::epaint::Mesh;
use egui::{Rect, Stroke, TextureHandle, TextureId, pos2};

pub use about::about_window_ui;
pub use bottom::bottom_panel_ui;
pub use details::details_panel_ui;
pub use export_dialog::{ExportAction, NoticeKind, export_window_ui, notice_ui};
pub use intent::Intent;
pub use legend::{MapOverlay, map_overlay_ui};
pub use menu::menu_bar_ui;
pub use present::{StartScreen, caption_ui, present_start_ui};
pub use problems::problems_window_ui;
pub use saved_state::{SavedState, SavedView, Speed};
pub use table::{Column, TableSort, table_panel_ui};
pub use timeline_bar::TimelineBar;

use crate::style::{Fill, HATCH_SPACING_PX};

/// The repeating hatching texture, made once.
pub fn hatch_texture(ctx: &egui::Context) -> TextureHandle {
    let options = egui::TextureOptions { wrap_mode: egui::TextureWrapMode::Repeat, ..egui::TextureOptions::LINEAR };
    ctx.load_texture("hatching", crate::map::hatch_image(), options)
}

/// A legend swatch: the fill, its hatching, and a thin frame.
pub fn swatch(painter: &egui::Painter, rect: Rect, fill: Fill, hatch: TextureId, frame: egui::Color32) {
    painter.rect_filled(rect, 2.0, fill.fill.to_egui());
    if let Some(pattern) = fill.pattern {
        let mut mesh = Mesh::with_texture(hatch);
        let uv = |pos: egui::Pos2| pos2(pos.x / HATCH_SPACING_PX, pos.y / HATCH_SPACING_PX);
        let corners = [rect.left_top(), rect.right_top(), rect.right_bottom(), rect.left_bottom()];
        for corner in corners {
            mesh.vertices.push(egui::epaint::Vertex { pos: corner, uv: uv(corner), color: pattern.to_egui() });
        }
        mesh.indices.extend([0, 1, 2, 0, 2, 3]);
        painter.add(mesh);
    }
    painter.rect_stroke(rect, 2.0, Stroke::new(1.0, frame), egui::StrokeKind::Inside);
}

/// Shown instead of the map if the bundled data cannot be read (a broken build).
pub fn error_ui(ui: &mut egui::Ui, error: &str, lang: crate::i18n::Lang) {
    egui::CentralPanel::default().show(ui, |ui| {
        ui.heading(lang.t("data-error"));
        ui.label(error);
    });
}
