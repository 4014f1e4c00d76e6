//! What the user asked for, done after the frame: the app's intents (presentation mode's, the
//! shown day's and compare mode's are in their own files).

use std::sync::Arc;

use crate::app::jobs::{self, JobKind};
use crate::app::view::FitBy;
use crate::app::{CstoApp, FIT_FRAMES, scene};
use crate::clock::Stops;
use crate::data::Data;
use crate::ui::Intent;
use crate::ui::export_dialog::ExportDialog;

impl CstoApp {
    /// Does what the user asked for in the frame, after it.
    pub(super) fn apply(&mut self, intent: Intent, ctx: &egui::Context) {
        if self.apply_presentation(intent, ctx) || self.apply_organisation(intent, ctx) {
            return;
        }
        // The data, held here so that the slider's stops borrow it and not the app.
        let data = self.data.as_ref().ok().map(Arc::clone);
        let change_dates = data.as_deref().map_or(std::borrow::Cow::Borrowed(&[][..]), |data| self.change_dates(data));
        let (date, stops) = (self.date(), self.stops(&change_dates));
        if self.apply_day(intent, date, stops) {
            return;
        }
        if self.apply_compare(intent, date, stops) {
            self.modes_changed(ctx);
            return;
        }
        match intent {
            Intent::TogglePlay => self.toggle_play(ctx),
            Intent::SetStep(step) => {
                self.settings.step = step;
                let day = Stops { step, ..stops }.snap(date);
                self.show_day(day);
            }
            Intent::SetSpeed(speed) => self.settings.speed = speed,
            Intent::ToggleTable => self.settings.table = !self.settings.table,
            Intent::SortTable(column) => self.settings.table_sort = self.settings.table_sort.clicked(column),
            Intent::Select(selected) => self.settings.selected = selected,
            Intent::ZoomTo(iso3) => {
                let country = self.data.as_ref().ok().and_then(|data| data.borders.full.country(iso3));
                self.fit = country.map(|country| (country.main_bounds, FIT_FRAMES, FitBy::Whole));
            }
            Intent::ZoomIn => self.zoom_by(1.0),
            Intent::ZoomOut => self.zoom_by(-1.0),
            Intent::ResetView => self.fit = Some((self.region(), FIT_FRAMES, FitBy::Whole)),
            Intent::SetLabels(on) => self.settings.labels = on,
            Intent::SetTiles(on) => self.settings.tiles = on,
            Intent::SetEqualArea(on) => self.set_equal_area(on),
            Intent::SetContext(on) => self.settings.context = on,
            Intent::SetTheme(theme) => {
                self.settings.theme = theme;
                self.apply_theme(ctx);
            }
            Intent::SetLanguage(lang) => {
                self.settings.language = lang;
                if let Some(dialog) = &mut self.export {
                    // A title the user has not edited follows the language.
                    if dialog.title == dialog.default_title(stops.today, dialog.lang) {
                        dialog.title = dialog.default_title(stops.today, lang);
                    }
                    dialog.lang = lang;
                }
                self.refresh_story(ctx);
            }
            Intent::ShowAbout => self.about_open = true,
            Intent::SaveScene | Intent::OpenScene => {
                let (save, lang) = (intent == Intent::SaveScene, self.lang());
                let start = self.settings.export.folder.clone();
                self.jobs.spawn(ctx, lang, JobKind::Dialog, move || scene::choose_scene(save, start, lang));
            }
            Intent::OpenTimeline => {
                let start = self.settings.timeline_file.clone();
                let lang = self.lang();
                self.jobs.spawn(ctx, lang, JobKind::Dialog, move || jobs::choose_timeline(start.as_deref(), lang));
            }
            Intent::BundledTimeline => {
                self.data = Data::bundled().map(Arc::new).map_err(|error| format!("{error:#}"));
                self.settings.timeline_file = None;
                if let Some(id) = self.settings.organisation.clone() {
                    self.show_organisation(&id);
                }
                self.refresh_story(ctx);
            }
            Intent::Escape if self.export.is_some() => self.export = None,
            Intent::Escape => self.settings.selected = None,
            Intent::OpenExport if self.export.is_some() => {}
            Intent::OpenExport => {
                // Without data there is nothing to draw: the window says why instead of the map.
                if let Ok(data) = &self.data {
                    let (days, changes) = (data.timeline.membership_dates(), data.change_dates.as_slice());
                    let (shown, lang) = ((date, self.compare_date()), self.lang());
                    let organisation = (&data.timeline.organisation, days.as_slice());
                    let mut dialog =
                        ExportDialog::open(&self.settings.export, shown, (stops.today, lang), organisation);
                    let overlap = self.overlap_timeline(data).cloned().map(Arc::new);
                    dialog.follow((&data.timeline.organisation, overlap), shown.1, stops.today);
                    self.export = Some(dialog.with_change_days(changes));
                }
            }
            Intent::CopyImage => self.copy_image(ctx),
            Intent::ScreenshotWindow => {
                let folder = self.settings.export.folder.clone().filter(|folder| folder.is_dir());
                let folder = folder.unwrap_or_else(crate::ui::export_dialog::pictures_dir);
                self.jobs.screenshot(ctx, folder, date, self.settings.language);
            }
            _ => {}
        }
    }
}
