//! The "Export image…" dialog: size, what to include, which part of the map, the format and the
//! file; and the one-line notices that say what became of an export.

use egui::{Align2, Key, Ui};

mod dialog;

pub use dialog::{
    Area, ExportDialog, ExportOptions, PREVIEW_WIDTH_PX, SizePreset, image_spec, pictures_dir, preview_spec,
};

use crate::export::ImageFormat;

/// What the user asked the dialog for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportAction {
    Save,
    /// Save over the existing file, as the user confirmed.
    Replace,
    Copy,
    Browse,
    Close,
}

/// The thumbnail's box in the dialog, in points.
const PREVIEW_BOX: egui::Vec2 = egui::vec2(400.0, 250.0);

pub fn export_window_ui(
    ctx: &egui::Context,
    dialog: &mut ExportDialog,
    busy: bool,
    preview: Option<&egui::TextureHandle>,
) -> Option<ExportAction> {
    let mut action = None;
    let mut open = true;
    egui::Window::new("Export image")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            preview_ui(ui, preview, dialog.options.size.pixels(dialog.options.custom_px));
            egui::Grid::new("export options").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
                options_ui(ui, dialog);
                let label = ui.label("Save as");
                ui.horizontal(|ui| {
                    let edit = egui::TextEdit::singleline(&mut dialog.path).desired_width(330.0);
                    let response = ui.add(edit).labelled_by(label.id);
                    let response = response.on_hover_text("The file to write; a bare name goes in the Pictures folder");
                    if response.changed() {
                        dialog.confirm_replace = false;
                        dialog.error = None;
                    }
                    if response.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter)) {
                        action = Some(ExportAction::Save);
                    }
                    if ui.add_enabled(!busy, egui::Button::new("Browse…")).clicked() {
                        action = Some(ExportAction::Browse);
                    }
                });
                ui.end_row();
            });
            ui.add_space(4.0);
            if let Some(error) = &dialog.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            action = buttons_ui(ui, dialog, busy).or(action);
        });
    if !open {
        action = Some(ExportAction::Close);
    }
    action
}

/// The image in miniature, centred in a fixed box so the dialog does not jump as it changes.
fn preview_ui(ui: &mut Ui, preview: Option<&egui::TextureHandle>, [width_px, height_px]: [u32; 2]) {
    ui.vertical_centered(|ui| {
        let (rect, _) = ui.allocate_exact_size(PREVIEW_BOX, egui::Sense::hover());
        match preview {
            Some(texture) => {
                let size = texture.size_vec2();
                let fit = (PREVIEW_BOX.x / size.x).min(PREVIEW_BOX.y / size.y);
                let shown = egui::Rect::from_center_size(rect.center(), size * fit);
                ui.painter().image(
                    texture.id(),
                    shown,
                    egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0)),
                    egui::Color32::WHITE,
                );
                ui.painter().rect_stroke(
                    shown,
                    0.0,
                    ui.visuals().widgets.noninteractive.bg_stroke,
                    egui::StrokeKind::Outside,
                );
            }
            None => {
                ui.put(rect, egui::Spinner::new());
            }
        }
        ui.weak(format!("{width_px} x {height_px} pixels"));
    });
}

fn options_ui(ui: &mut Ui, dialog: &mut ExportDialog) {
    let options = &mut dialog.options;
    ui.label("Size");
    egui::ComboBox::from_id_salt("export size").selected_text(options.size.label()).width(260.0).show_ui(ui, |ui| {
        for preset in SizePreset::ALL {
            ui.selectable_value(&mut options.size, preset, preset.label());
        }
    });
    ui.end_row();
    if options.size == SizePreset::Custom {
        ui.label("Pixels");
        ui.horizontal(|ui| {
            ui.add(egui::DragValue::new(&mut options.custom_px[0]).range(16..=20_000).suffix(" wide"));
            ui.label("x");
            ui.add(egui::DragValue::new(&mut options.custom_px[1]).range(16..=20_000).suffix(" high"));
        });
        ui.end_row();
    }
    let label = ui.label("Title");
    ui.horizontal(|ui| {
        ui.checkbox(&mut options.title, "").on_hover_text("Draw the title at the top left");
        let edit = egui::TextEdit::singleline(&mut dialog.title).desired_width(370.0);
        ui.add_enabled(options.title, edit).labelled_by(label.id);
    });
    ui.end_row();
    ui.label("Include");
    ui.horizontal(|ui| {
        ui.checkbox(&mut options.legend, "Legend");
        ui.checkbox(&mut options.credits, "Source line");
        ui.checkbox(&mut options.labels, "Country codes").on_hover_text("KAZ, UZB…: the same in every language");
    });
    ui.end_row();
    ui.label("Area");
    ui.horizontal(|ui| {
        ui.radio_value(&mut options.area, Area::View, "The map as shown");
        ui.radio_value(&mut options.area, Area::Region, "The CSTO region");
    });
    ui.end_row();
    ui.label("Format");
    ui.horizontal(|ui| {
        for (format, name) in [(ImageFormat::Png, "PNG"), (ImageFormat::Svg, "SVG (vector)")] {
            if ui.radio(dialog.options.format == format, name).clicked() {
                dialog.set_format(format);
            }
        }
    });
    ui.end_row();
}

fn buttons_ui(ui: &mut Ui, dialog: &mut ExportDialog, busy: bool) -> Option<ExportAction> {
    let mut action = None;
    if dialog.confirm_replace {
        let name = std::path::Path::new(dialog.path.trim()).file_name().map(|name| name.to_string_lossy().into_owned());
        ui.label(format!("{} already exists. Replace it?", name.unwrap_or_default()));
        ui.horizontal(|ui| {
            if ui.add_enabled(!busy, egui::Button::new("Replace")).clicked() {
                action = Some(ExportAction::Replace);
            }
            if ui.button("Keep it").clicked() {
                dialog.confirm_replace = false;
            }
        });
        return action;
    }
    ui.horizontal(|ui| {
        if ui.add_enabled(!busy, egui::Button::new("Save")).clicked() {
            action = Some(ExportAction::Save);
        }
        if ui.add_enabled(!busy, egui::Button::new("Copy to clipboard")).clicked() {
            action = Some(ExportAction::Copy);
        }
        if ui.button("Cancel").clicked() {
            action = Some(ExportAction::Close);
        }
        if busy {
            ui.spinner();
            ui.label("Working…");
        }
    });
    action
}

/// A notice at the top of the window: what was saved or copied, or what went wrong. Returns
/// true when the user closes it.
/// How a notice reads: a success fades by itself, a warning or an error stays until closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Done,
    Warning,
    Error,
}

pub fn notice_ui(ctx: &egui::Context, text: &str, kind: NoticeKind) -> bool {
    let mut closed = false;
    egui::Area::new(egui::Id::unique("csto-map notice")).anchor(Align2::CENTER_TOP, [0.0, 34.0]).show(ctx, |ui| {
        egui::Frame::popup(ui.style()).show(ui, |ui| {
            ui.horizontal(|ui| {
                match kind {
                    NoticeKind::Done => ui.label(text),
                    NoticeKind::Warning => ui.colored_label(ui.visuals().warn_fg_color, text),
                    NoticeKind::Error => ui.colored_label(ui.visuals().error_fg_color, text),
                };
                closed = ui.small_button("×").on_hover_text("Close").clicked();
            });
        });
    });
    closed
}
