//! Scenes in the window: opening one (from the command line or File → Open scene…) and saving
//! what the window shows (File → Save scene…).

use std::path::{Path, PathBuf};

use crate::app::jobs::Outcome;
use crate::app::view::FitBy;
use crate::app::{CstoApp, FIT_FRAMES};
use crate::geodata::{ProjectionChoice, mercator_from_geo};
use crate::i18n::Lang;
use crate::scene_file::SceneFile;
use crate::tr;
use crate::ui::NoticeKind;

impl CstoApp {
    /// Shows a scene: its day (today if it has none), compared day, part of the map, theme,
    /// names, selected country and table.
    pub fn open_scene(&mut self, ctx: &egui::Context, scene: &SceneFile) {
        self.presentation = None;
        self.show_day(scene.date.unwrap_or(self.today.date).min(self.today.date));
        let id = scene.organisation.as_deref().unwrap_or(crate::timeline::DEFAULT_ORGANISATION);
        let known = |id: &str| self.data.as_ref().is_ok_and(|data| data.organisations.get(id).is_some());
        if let Some(unknown) = [Some(id), scene.overlap.as_deref()].into_iter().flatten().find(|id| !known(id)) {
            // A scene of an organisation these data lack: said, and the rest of it shown.
            let known = self.data.as_ref().map(|data| data.organisations.ids().join(", ")).unwrap_or_default();
            let text = tr!(self.lang(), "error-unknown-org", id = unknown, known = known);
            self.show_notice(ctx, text, NoticeKind::Warning);
        } else {
            self.show_organisation(id);
            self.settings.organisation = Some(id.to_owned());
            self.settings.overlap = scene.overlap.clone();
        }
        self.settings.compare = scene.compare;
        if scene.compare.is_some() {
            self.settings.overlap = None;
        }
        self.modes_changed(ctx);
        self.settings.theme = scene.theme;
        self.apply_theme(ctx);
        self.settings.labels = scene.labels;
        self.settings.selected = scene.selected;
        self.settings.table = scene.table;
        self.settings.context = scene.context;
        self.settings.equal_area = scene.projection.is_some_and(|projection| projection != ProjectionChoice::Mercator);
        // The box fills the map exactly, without the margin a region gets, so that a scene saved
        // and opened again in a window of the same size shows the same.
        let bounds = scene.bbox.map(|[west, south, east, north]| {
            let ([x0, y0], [x1, y1]) = (mercator_from_geo(west, north), mercator_from_geo(east, south));
            [x0, y0, x1, y1]
        });
        let by = if bounds.is_some() { FitBy::Middle } else { FitBy::Whole };
        self.fit = Some((bounds.unwrap_or_else(|| self.region()), FIT_FRAMES, by));
    }

    /// What the window shows, as a scene: the part of the map is what the map showed last frame.
    pub fn scene(&self) -> SceneFile {
        let bbox = self.report.view.map(|view| view.visible_deg());
        let data = self.data.as_deref().ok();
        SceneFile {
            date: self.settings.date,
            compare: self.settings.compare,
            bbox: bbox.filter(|&bbox| crate::data::is_box(bbox)),
            theme: self.settings.theme,
            labels: self.settings.labels,
            selected: self.settings.selected,
            table: self.settings.table,
            // The default organisation is not written: a CSTO scene reads as before.
            organisation: data
                .map(|data| data.timeline.organisation.id.clone())
                .filter(|id| id != crate::timeline::DEFAULT_ORGANISATION),
            overlap: data.and_then(|data| self.overlap_timeline(data)).map(|other| other.organisation.id.clone()),
            // The Web Mercator map is not written: such a scene reads as before.
            projection: data
                .map(|data| self.map_projection(data).choice())
                .filter(|&choice| choice != ProjectionChoice::Mercator),
            context: self.settings.context,
            ..SceneFile::default()
        }
    }

    /// Opens the scene file the user chose; a damaged or foreign one is named in a notice and
    /// nothing changes.
    pub fn open_scene_file(&mut self, ctx: &egui::Context, path: &Path) {
        let lang = self.lang();
        match SceneFile::read(path, self.today.date) {
            Ok(scene) => {
                self.open_scene(ctx, &scene);
                let text = tr!(lang, "scene-opened", path = path.display().to_string());
                self.show_notice(ctx, text, NoticeKind::Done);
            }
            Err(error) => self.show_notice(ctx, error.localised(lang), NoticeKind::Error),
        }
    }

    /// Writes the scene of the window to `path`.
    pub(super) fn save_scene_file(&mut self, ctx: &egui::Context, path: &Path) {
        let lang = self.lang();
        let text = match crate::images::write_new(path, self.scene().to_json().as_bytes(), true) {
            Ok(()) => (tr!(lang, "scene-saved", path = path.display().to_string()), NoticeKind::Done),
            Err(error) => (error.localised(lang), NoticeKind::Error),
        };
        self.show_notice(ctx, text.0, text.1);
    }
}

/// The desktop's dialog to choose a scene file to open (`save`: to save), off the UI thread.
pub fn choose_scene(save: bool, start: Option<PathBuf>, lang: Lang) -> Outcome {
    let mut dialog = rfd::FileDialog::new().add_filter(lang.t("scene-filter"), &["json"]);
    if let Some(folder) = start.filter(|folder| folder.is_dir()) {
        dialog = dialog.set_directory(folder);
    }
    if save {
        let path = dialog.set_title(lang.t("menu-save-scene")).set_file_name("csto-map-scene.json").save_file();
        Outcome::ChosenScene { path, save }
    } else {
        Outcome::ChosenScene { path: dialog.set_title(lang.t("menu-open-scene")).pick_file(), save }
    }
}
