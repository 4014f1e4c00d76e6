//! The "Export image…" dialog: size, what to include, which part of the map, the format and the
//! file; and the one-line notices that say what became of an export.

use egui::{Align2, Key, Ui};

mod dialog;

pub use dialog::{
    Area, ExportContent, ExportDialog, ExportOptions, PREVIEW_WIDTH_PX, SizePreset, image_spec, pictures_dir,
    preview_spec,
};

use crate::geodata::ProjectionChoice;
use crate::i18n::Lang;
use crate::images::ImageFormat;
use crate::tr;

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

/// The thumbnail's box in the dialog, in points, when the window has room for it.
const PREVIEW_BOX: egui::Vec2 = egui::vec2(400.0, 250.0);
/// The height of the dialog without its thumbnail, in points (with some to spare): the thumbnail
/// shrinks so that the whole dialog fits in the smallest window (720 x 480).
const DIALOG_WITHOUT_PREVIEW: f32 = 390.0;

pub fn export_window_ui(
    ctx: &egui::Context,
    dialog: &mut ExportDialog,
    (busy, today): (bool, jiff::civil::Date),
    preview: Option<&egui::TextureHandle>,
) -> Option<ExportAction> {
    let mut action = None;
    let mut open = true;
    let lang = dialog.lang;
    egui::Window::new(lang.t("export-title"))
        .id(egui::Id::unique("export image"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            let room = ctx.content_rect().height() - DIALOG_WITHOUT_PREVIEW;
            let preview_box = egui::vec2(PREVIEW_BOX.x, room.clamp(80.0, PREVIEW_BOX.y));
            preview_ui(ui, (preview, preview_box), dialog.options.size.pixels(dialog.options.custom_px), lang);
            egui::Grid::new("export options").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
                content_ui(ui, dialog, today);
                options_ui(ui, dialog);
                let label = ui.label(lang.t("export-save-as"));
                ui.horizontal(|ui| {
                    let edit = egui::TextEdit::singleline(&mut dialog.path).desired_width(330.0);
                    let response = ui.add(edit).labelled_by(label.id);
                    let response = response.on_hover_text(lang.t("export-save-as-hint"));
                    if response.changed() {
                        dialog.confirm_replace = false;
                        dialog.error = None;
                    }
                    if response.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter)) {
                        action = Some(ExportAction::Save);
                    }
                    if ui.add_enabled(!busy, egui::Button::new(lang.t("export-browse"))).clicked() {
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
fn preview_ui(
    ui: &mut Ui,
    (preview, preview_box): (Option<&egui::TextureHandle>, egui::Vec2),
    [width_px, height_px]: [u32; 2],
    lang: Lang,
) {
    ui.vertical_centered(|ui| {
        let (rect, _) = ui.allocate_exact_size(preview_box, egui::Sense::hover());
        match preview {
            Some(texture) => {
                let size = texture.size_vec2();
                let fit = (preview_box.x / size.x).min(preview_box.y / size.y);
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
        ui.weak(tr!(lang, "export-pixels-shown", width = width_px, height = height_px));
    });
}

/// What the image shows: the map as the window shows it, or several days side by side.
fn content_ui(ui: &mut Ui, dialog: &mut ExportDialog, today: jiff::civil::Date) {
    let lang = dialog.lang;
    ui.label(lang.t("export-shows"));
    ui.horizontal(|ui| {
        let shown = match (&dialog.overlap, dialog.compare) {
            (Some(other), _) => {
                let (first, second) =
                    (dialog.organisation.abbreviation_in(lang), other.organisation.abbreviation_in(lang));
                tr!(lang, "export-shows-overlap", first = first, second = second, date = lang.date(dialog.date))
            }
            (None, Some(other)) => {
                let (from, to) = (lang.date(other.min(dialog.date)), lang.date(other.max(dialog.date)));
                tr!(lang, "export-shows-changes", from = from, to = to)
            }
            (None, None) => tr!(lang, "export-shows-day", date = lang.date(dialog.date)),
        };
        if ui.radio(dialog.content == ExportContent::Shown, shown).clicked() && dialog.content != ExportContent::Shown {
            dialog.set_content(ExportContent::Shown, today);
        }
        // An overlap map shows one day: several days side by side are of the statuses alone.
        let dates = ui
            .add_enabled(
                dialog.overlap.is_none(),
                egui::RadioButton::new(dialog.content == ExportContent::Dates, lang.t("export-shows-dates")),
            )
            .on_disabled_hover_text(lang.t("export-dates-no-overlap"));
        if dates.clicked() && dialog.content != ExportContent::Dates {
            dialog.set_content(ExportContent::Dates, today);
        }
    });
    ui.end_row();
    if dialog.content == ExportContent::Dates {
        let label = ui.label(lang.t("export-dates"));
        ui.vertical(|ui| {
            let edit = egui::TextEdit::singleline(&mut dialog.dates).desired_width(400.0);
            if ui.add(edit).labelled_by(label.id).on_hover_text(lang.t("export-dates-hint")).changed() {
                dialog.error = None;
            }
            if !dialog.change_days.is_empty() && dialog.dates != dialog.change_days {
                let every = ui.small_button(lang.t("export-dates-every-change"));
                if every.on_hover_text(lang.t("export-dates-every-change-hint")).clicked() {
                    dialog.dates = dialog.change_days.clone();
                    dialog.error = None;
                }
            }
        });
        ui.end_row();
    }
}

fn options_ui(ui: &mut Ui, dialog: &mut ExportDialog) {
    let lang = dialog.lang;
    let options = &mut dialog.options;
    ui.label(lang.t("export-size"));
    let size = egui::ComboBox::from_id_salt("export size").selected_text(options.size.label(lang)).width(260.0);
    size.show_ui(ui, |ui| {
        for preset in SizePreset::ALL {
            ui.selectable_value(&mut options.size, preset, preset.label(lang));
        }
    });
    ui.end_row();
    if options.size == SizePreset::Custom {
        ui.label(lang.t("export-pixels"));
        ui.horizontal(|ui| {
            ui.add(
                egui::DragValue::new(&mut options.custom_px[0])
                    .range(16..=crate::images::MAX_SIDE_PX)
                    .suffix(lang.t("export-wide")),
            );
            ui.label("×");
            ui.add(
                egui::DragValue::new(&mut options.custom_px[1])
                    .range(16..=crate::images::MAX_SIDE_PX)
                    .suffix(lang.t("export-high")),
            );
        });
        ui.end_row();
    }
    let label = ui.label(lang.t("export-image-title"));
    ui.horizontal(|ui| {
        ui.checkbox(&mut options.title, "").on_hover_text(lang.t("export-title-hint"));
        let edit = egui::TextEdit::singleline(&mut dialog.title).desired_width(370.0);
        ui.add_enabled(options.title, edit).labelled_by(label.id);
    });
    ui.end_row();
    ui.label(lang.t("export-include"));
    ui.horizontal(|ui| {
        ui.checkbox(&mut options.legend, lang.t("export-legend"));
        ui.checkbox(&mut options.credits, lang.t("export-credits"));
        ui.checkbox(&mut options.labels, lang.t("export-codes")).on_hover_text(lang.t("export-codes-hint"));
        ui.checkbox(&mut options.context, lang.t("export-context")).on_hover_text(lang.t("export-context-hint"));
    });
    ui.end_row();
    ui.label(lang.t("export-area"));
    ui.horizontal(|ui| {
        ui.radio_value(&mut options.area, Area::View, lang.t("export-area-view"));
        let region = tr!(lang, "export-area-region", org = dialog.organisation.abbreviation_in(lang));
        ui.radio_value(&mut options.area, Area::Region, region);
    });
    ui.end_row();
    ui.label(lang.t("export-projection"));
    ui.horizontal(|ui| {
        let equal_area =
            ui.radio_value(&mut options.projection, ProjectionChoice::Auto, lang.t("export-projection-equal-area"));
        equal_area.on_hover_text(lang.t("export-projection-equal-area-hint"));
        let mercator =
            ui.radio_value(&mut options.projection, ProjectionChoice::Mercator, lang.t("export-projection-mercator"));
        mercator.on_hover_text(lang.t("export-projection-mercator-hint"));
    });
    ui.end_row();
    ui.label(lang.t("export-format"));
    ui.horizontal(|ui| {
        for (format, name) in [(ImageFormat::Png, "PNG".to_owned()), (ImageFormat::Svg, lang.t("export-format-svg"))] {
            if ui.radio(dialog.options.format == format, name).clicked() {
                dialog.set_format(format);
            }
        }
    });
    ui.end_row();
}

fn buttons_ui(ui: &mut Ui, dialog: &mut ExportDialog, busy: bool) -> Option<ExportAction> {
    let mut action = None;
    let lang = dialog.lang;
    if dialog.confirm_replace {
        let name = std::path::Path::new(dialog.path.trim()).file_name().map(|name| name.to_string_lossy().into_owned());
        ui.label(tr!(lang, "export-exists", name = name.unwrap_or_default()));
        ui.horizontal(|ui| {
            if ui.add_enabled(!busy, egui::Button::new(lang.t("export-replace"))).clicked() {
                action = Some(ExportAction::Replace);
            }
            if ui.button(lang.t("export-keep")).clicked() {
                dialog.confirm_replace = false;
            }
        });
        return action;
    }
    ui.horizontal(|ui| {
        if ui.add_enabled(!busy, egui::Button::new(lang.t("export-save"))).clicked() {
            action = Some(ExportAction::Save);
        }
        if ui.add_enabled(!busy, egui::Button::new(lang.t("export-copy"))).clicked() {
            action = Some(ExportAction::Copy);
        }
        if ui.button(lang.t("export-cancel")).clicked() {
            action = Some(ExportAction::Close);
        }
        if busy {
            ui.spinner();
            ui.label(lang.t("export-working"));
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

pub fn notice_ui(ctx: &egui::Context, text: &str, kind: NoticeKind, lang: Lang) -> bool {
    let mut closed = false;
    egui::Area::new(egui::Id::unique("csto-map notice")).anchor(Align2::CENTER_TOP, [0.0, 34.0]).show(ctx, |ui| {
        egui::Frame::popup(ui.style()).show(ui, |ui| {
            ui.horizontal(|ui| {
                match kind {
                    NoticeKind::Done => ui.label(text),
                    NoticeKind::Warning => ui.colored_label(ui.visuals().warn_fg_color, text),
                    NoticeKind::Error => ui.colored_label(ui.visuals().error_fg_color, text),
                };
                closed = ui.small_button("×").on_hover_text(lang.t("notice-close")).clicked();
            });
        });
    });
    closed
}
