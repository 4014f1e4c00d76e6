//! The app's side of exporting: what the dialog's buttons do, the jobs' outcomes turned into
//! notices, and the notice itself.

use std::path::Path;
use std::sync::Arc;

use crate::app::jobs::{JobKind, Outcome, choose_file, copy_image, save_image};
use crate::app::{CstoApp, NOTICE_SECS, Notice};
use crate::data::Data;
use jiff::civil::Date;

use crate::images::{ImageFormat, Shows, compare_title, default_title, overlap_title, title_at};
use crate::tr;
use crate::ui::export_dialog::{ExportDialog, ExportOptions, PREVIEW_WIDTH_PX, image_spec, preview_spec};
use crate::ui::{ExportAction, NoticeKind};

impl CstoApp {
    /// What the dialog asked for: save (asking before replacing a file), copy, browse, close.
    pub(in crate::app) fn export_action(&mut self, action: ExportAction, data: &Arc<Data>, ctx: &egui::Context) {
        let (today, theme) = (self.today.date, (self.settings.theme, self.lang()));
        let Some(dialog) = &mut self.export else { return };
        dialog.error = None;
        match action {
            ExportAction::Close => self.export = None,
            ExportAction::Browse => {
                let (start, format) = (dialog.target().unwrap_or_default(), dialog.options.format);
                let lang = dialog.lang;
                self.jobs.spawn(ctx, lang, JobKind::Dialog, move || choose_file(&start, format, lang));
            }
            ExportAction::Copy => {
                let shows = match dialog.shows(today) {
                    Ok(shows) => shows,
                    Err(error) => {
                        dialog.error = Some(error);
                        return;
                    }
                };
                self.settings.export =
                    ExportOptions { folder: self.settings.export.folder.clone(), ..dialog.options.clone() };
                let (title, date) = (dialog.title.clone(), dialog.date);
                self.copy_with((&title, date, shows), data, ctx);
            }
            ExportAction::Save | ExportAction::Replace => {
                let replace = action == ExportAction::Replace;
                let path = match dialog.target() {
                    Ok(path) => path,
                    Err(error) => {
                        dialog.error = Some(error);
                        return;
                    }
                };
                if path.exists() && !replace {
                    dialog.confirm_replace = true;
                    return;
                }
                dialog.confirm_replace = false;
                let view = (self.report.view.map(|view| (view.visible_bounds(), view.projection)), dialog.region_deg());
                let spec = dialog.shows(today).and_then(|shows| {
                    image_spec(&dialog.options, &dialog.title, (dialog.date, today), shows, theme, view)
                });
                let spec = match spec {
                    Ok(spec) => spec,
                    Err(error) => {
                        dialog.error = Some(error);
                        return;
                    }
                };
                let folder = path.parent().map(Path::to_owned);
                self.settings.export = ExportOptions { folder, ..dialog.options.clone() };
                let (data, format) = (Arc::clone(data), dialog.options.format);
                let lang = spec.lang;
                if !self.jobs.spawn(ctx, lang, JobKind::Image, move || save_image(&data, &spec, format, &path, replace))
                {
                    self.show_notice(ctx, lang.t("notice-busy"), NoticeKind::Warning);
                }
            }
        }
    }

    /// Copies the image the export dialog would save (its last choices) of the map as the
    /// window shows it: the day shown, or in compare mode the changes, titled to say which.
    pub(in crate::app) fn copy_image(&mut self, ctx: &egui::Context) {
        let Ok(data) = self.data.as_ref().map(Arc::clone) else { return };
        let (lang, date, today) = (self.lang(), self.date(), self.today.date);
        let organisation = &data.timeline.organisation;
        let (title, shows) = match (self.overlap_timeline(&data), self.compare_date()) {
            (Some(other), _) => {
                let title = title_at(&overlap_title((organisation, &other.organisation), lang), date, today, lang);
                (title, Shows::Overlap(Arc::new(other.clone())))
            }
            (None, Some(other)) => (compare_title(organisation, (other, date), lang), Shows::Compare(other)),
            (None, None) => (title_at(&default_title(organisation, lang), date, today, lang), Shows::Day),
        };
        self.copy_with((&title, date, shows), &data, ctx);
    }

    fn copy_with(&mut self, (title, date, shows): (&str, Date, Shows), data: &Arc<Data>, ctx: &egui::Context) {
        let view = (self.report.view.map(|view| (view.visible_bounds(), view.projection)), self.region_deg(data));
        let look = (self.settings.theme, self.lang());
        match image_spec(&self.settings.export, title, (date, self.today.date), shows, look, view) {
            Ok(spec) => {
                let (data, lang) = (Arc::clone(data), spec.lang);
                if !self.jobs.spawn(ctx, lang, JobKind::Image, move || copy_image(&data, &spec)) {
                    self.show_notice(ctx, lang.t("notice-busy"), NoticeKind::Warning);
                }
            }
            Err(error) => self.show_notice(ctx, error, NoticeKind::Error),
        }
    }

    /// Acts on the jobs that finished: a notice for each, the dialog closed after a save.
    pub(in crate::app) fn receive_outcomes(&mut self, ctx: &egui::Context) {
        for outcome in self.jobs.finished() {
            match outcome {
                Outcome::Saved { path, size_px: [width, height] } => {
                    let is_dialog_file =
                        self.export.as_ref().and_then(|dialog| dialog.target().ok()) == Some(path.clone());
                    if is_dialog_file {
                        self.export = None;
                    }
                    let path = path.display().to_string();
                    let text = tr!(self.lang(), "notice-saved", path = path, width = width, height = height);
                    self.show_notice(ctx, text, NoticeKind::Done);
                }
                Outcome::Copied(image) => {
                    let [width, height] = image.size;
                    ctx.copy_image(image);
                    let text = tr!(self.lang(), "notice-copied", width = width, height = height);
                    self.show_notice(ctx, text, NoticeKind::Done);
                }
                Outcome::Chosen(Some(path)) => {
                    if let Some(dialog) = &mut self.export {
                        if let Some(format) = ImageFormat::of_path(&path) {
                            dialog.options.format = format;
                        }
                        dialog.path = path.display().to_string();
                        dialog.confirm_replace = false;
                    }
                }
                // A thumbnail (or its failure) of what the dialog shows now; older ones are dropped.
                Outcome::Preview(spec, image) if self.preview_wanted.as_ref() == Some(&spec) => match image {
                    Ok(image) => match &mut self.preview {
                        Some(texture) => texture.set(image, egui::TextureOptions::LINEAR),
                        None => {
                            let texture = ctx.load_texture("export preview", image, egui::TextureOptions::LINEAR);
                            self.preview = Some(texture);
                        }
                    },
                    Err(error) => {
                        if let Some(dialog) = &mut self.export {
                            dialog.error = Some(error);
                        }
                    }
                },
                Outcome::Preview(..) => {}
                Outcome::Chosen(None) | Outcome::ChosenTimeline(None) | Outcome::ChosenScene { path: None, .. } => {}
                Outcome::ChosenScene { path: Some(path), save: true } => self.save_scene_file(ctx, &path),
                Outcome::ChosenScene { path: Some(path), save: false } => self.open_scene_file(ctx, &path),
                Outcome::ChosenTimeline(Some(path)) => self.open_timeline(ctx, path),
                Outcome::Timeline(path, Ok(data)) => {
                    let lang = self.lang();
                    let (shown, checked) = (path.display().to_string(), lang.partial_date(data.timeline.checked_on));
                    let text = tr!(lang, "notice-timeline", path = shown, date = checked);
                    // The file's organisation is shown, as the file is what the user asked for.
                    self.settings.organisation = Some(data.timeline.organisation.id.clone());
                    self.data = Ok(data);
                    self.settings.timeline_file = Some(path);
                    self.timeline_problems = None;
                    self.refresh_story(ctx);
                    self.show_notice(ctx, text, NoticeKind::Done);
                }
                Outcome::Timeline(path, Err(problems)) => self.timeline_problems = Some((path, problems)),
                Outcome::Failed(error) => match &mut self.export {
                    Some(dialog) => dialog.error = Some(error),
                    None => self.show_notice(ctx, error, NoticeKind::Error),
                },
            }
        }
        if self.jobs.is_busy() {
            // The screenshot and file-dialog callbacks wake the UI; polling covers the rest.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// Asks for a new thumbnail when what the dialog describes has changed (options, title, the
    /// map's view); the last one stays on show until the new one arrives.
    pub(in crate::app) fn update_preview(&mut self, data: &Arc<Data>, ctx: &egui::Context) {
        let Some(dialog) = &self.export else {
            self.preview = None;
            self.preview_wanted = None;
            return;
        };
        let view = (self.report.view.map(|view| (view.visible_bounds(), view.projection)), dialog.region_deg());
        let look = (self.settings.theme, self.lang());
        let today = self.today.date;
        let spec = dialog
            .shows(today)
            .and_then(|shows| image_spec(&dialog.options, &dialog.title, (dialog.date, today), shows, look, view));
        let Ok(spec) = spec else { return };
        let small = preview_spec(&spec, PREVIEW_WIDTH_PX);
        if self.preview_wanted.as_ref() != Some(&small) {
            self.preview_wanted = Some(small.clone());
            self.jobs.preview(ctx, Arc::clone(data), small);
        }
    }

    /// The size of the thumbnail shown in the dialog, if one is.
    pub fn export_preview_size(&self) -> Option<[usize; 2]> {
        self.preview.as_ref().map(|texture| texture.size())
    }

    pub(in crate::app) fn show_notice(&mut self, ctx: &egui::Context, text: String, kind: NoticeKind) {
        self.notice = Some(Notice { text, kind, since_secs: ctx.input(|input| input.time) });
    }

    /// The notice, until it is closed or (a success) has been read.
    pub(in crate::app) fn notice_ui(&mut self, ctx: &egui::Context) {
        let Some(notice) = &self.notice else { return };
        let age_secs = ctx.input(|input| input.time) - notice.since_secs;
        let fades = notice.kind == NoticeKind::Done;
        let expired = fades && age_secs > NOTICE_SECS;
        if expired || crate::ui::notice_ui(ctx, &notice.text, notice.kind, self.settings.language) {
            self.notice = None;
        } else if fades {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(NOTICE_SECS - age_secs + 0.05));
        }
    }

    /// The export dialog, if open.
    pub fn export_dialog(&self) -> Option<&ExportDialog> {
        self.export.as_ref()
    }

    /// The notice shown, if any.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_ref().map(|notice| notice.text.as_str())
    }
}
