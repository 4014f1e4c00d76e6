//! The desktop app: the map, the year slider, the legend and the details of a country.

mod day;
mod image_jobs;
mod intents;
mod jobs;
mod keys;
mod organisations;
mod present;
mod scene;
mod shown;
mod tiles;
mod view;

use std::sync::Arc;
use std::time::Duration;

use egui::{TextureHandle, Ui};
use jiff::civil::Date;
use walkers::MapMemory;

pub use jobs::{JobKind, Jobs, Outcome, save_screenshot};

use crate::Iso3;
use crate::clock::{FIRST_DAY, Today};
use crate::data::{CSTO_REGION_DEG, Data, region_projected};
use crate::i18n::Lang;
use crate::images::ImageSpec;
use crate::map::{MapReport, View};
use crate::snapshot::{Comparison, Shift};
use crate::style::LegendKey;
use crate::timeline::Status;
use crate::tr;
use crate::ui::export_dialog::ExportDialog;
use crate::ui::{self, Intent, SavedState};

use shown::Shown;
use view::FitBy;

pub(crate) const FIT_FRAMES: u8 = 3;

/// The computer's clock: today's date where the app runs (tests give their own).
pub type Clock = Box<dyn Fn() -> Date>;

pub struct CstoApp {
    data: Result<Arc<Data>, String>,
    settings: SavedState,
    clock: Clock,
    /// Today, as the clock says unless it cannot be right; read again every frame, so that the
    /// map follows the day over midnight.
    today: Today,
    map_memory: MapMemory,
    /// Web Mercator bounds to fit into the map, for how many more frames (the window may still
    /// be settling to its size in the first frames), and how on the equal-area map.
    fit: Option<([f64; 4], u8, FitBy)>,
    tiles: tiles::TileLayer,
    /// The border sets on the equal-area map, in each projection it has shown (made when first
    /// shown).
    redrawn: Vec<view::Redrawn>,
    hatch: Option<TextureHandle>,
    /// While playing: the time of the last step.
    playing_since: Option<f64>,
    report: MapReport,
    legend_hover: Option<LegendKey>,
    about_open: bool,
    title: String,
    export: Option<ExportDialog>,
    /// The export dialog's thumbnail, and the spec of the one last asked for.
    preview: Option<TextureHandle>,
    preview_wanted: Option<ImageSpec>,
    jobs: Jobs,
    notice: Option<Notice>,
    /// The clock was found wrong and the user told so: not again until it is right.
    clock_notice_given: bool,
    /// A timeline file that was refused, and why, shown in a window until closed.
    timeline_problems: Option<(std::path::PathBuf, Vec<String>)>,
    /// Presentation mode (F5), from its start screen on.
    presentation: Option<present::Presentation>,
}

/// A line at the top of the window: what became of an export, or that the clock was overruled.
struct Notice {
    text: String,
    kind: ui::NoticeKind,
    since_secs: f64,
}

/// How long a notice of success stays.
const NOTICE_SECS: f64 = 8.0;

impl CstoApp {
    /// The app as eframe starts it: settings from the last run, today from the clock; on a
    /// scene if one is given (`csto-map --scene`, `--date`…), presenting the story if asked.
    /// `org`: the organisation to show (`csto-map --org nato`), instead of the last run's.
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        (scene, org): (Option<&crate::scene_file::SceneFile>, Option<&str>),
        present: bool,
    ) -> Self {
        let settings = load_settings(cc.storage, Lang::system());
        let (fixed, warning) = crate::clock::window_clock(settings.language);
        if let Some(warning) = warning {
            eprintln!("warning: {warning}");
        }
        let clock: Clock = match fixed {
            Some(day) => Box::new(move || day),
            None => Box::new(crate::clock::computer_today),
        };
        let mut app = Self::with(&cc.egui_ctx, settings, clock);
        if let Some(id) = org {
            app.show_organisation(id);
            app.settings.organisation = Some(id.to_owned());
            app.drop_impossible_overlap();
            app.fit = Some((app.region(), FIT_FRAMES, FitBy::Whole));
        }
        if let Some(scene) = scene {
            app.open_scene(&cc.egui_ctx, scene);
        }
        if present {
            for intent in [Intent::Present, Intent::StartPresentation] {
                app.apply(intent, &cc.egui_ctx);
            }
        }
        app
    }

    /// The language of the window and of exported images.
    pub fn lang(&self) -> Lang {
        self.settings.language
    }

    /// Shows the organisation of this id, if the data have it, keeping the data otherwise.
    pub(crate) fn show_organisation(&mut self, id: &str) {
        let Ok(data) = &self.data else { return };
        if data.timeline.organisation.id == id {
            return;
        }
        if let Ok(shown) = data.showing(id) {
            self.data = Ok(Arc::new(shown));
        }
    }

    /// The region of the organisation shown (the CSTO's while no data could be read), projected.
    /// On an overlap map, the box that holds the regions of both.
    pub(crate) fn region(&self) -> [f64; 4] {
        self.data
            .as_ref()
            .map_or_else(|_| region_projected(CSTO_REGION_DEG), |data| region_projected(self.region_deg(data)))
    }

    /// The region of the organisation shown, or of both on an overlap map, in degrees.
    pub(crate) fn region_deg(&self, data: &Data) -> [f64; 4] {
        crate::data::region_of(
            &data.timeline.organisation,
            self.overlap_timeline(data).map(|other| &other.organisation),
        )
    }

    /// The app with given settings and clock (tests pin both). Saved values that cannot be
    /// right (a day outside the timeline, a view off the world, an unknown country) are dropped.
    pub fn with(ctx: &egui::Context, mut settings: SavedState, clock: Clock) -> Self {
        // The timeline file of the last run, if it can still be used; else the bundled one.
        let lang = settings.language;
        let opened = settings
            .timeline_file
            .as_deref()
            .map(|path| (path.to_owned(), Data::from_file(path).map_err(|error| error.localised(lang))));
        let (data, gone) = match opened {
            Some((_, Ok(data))) => (Ok(Arc::new(data)), None),
            Some((path, Err(problems))) => {
                settings.timeline_file = None;
                (Data::bundled().map(Arc::new).map_err(|error| format!("{error:#}")), Some((path, problems)))
            }
            None => (Data::bundled().map(Arc::new).map_err(|error| format!("{error:#}")), None),
        };
        let checked_on = data.as_ref().map_or(FIRST_DAY, |data| data.timeline.checked_on.effective());
        let today = Today::from_clock(clock(), checked_on);
        let settings = match &data {
            Ok(data) => settings.checked(today.date, |iso3| data.borders.full.country(iso3).is_some()),
            Err(_) => settings.checked(today.date, |_| true),
        };
        let mut app = Self {
            data,
            settings,
            clock,
            today,
            map_memory: MapMemory::default(),
            fit: None,
            tiles: tiles::TileLayer::default(),
            redrawn: Vec::new(),
            hatch: None,
            playing_since: None,
            report: MapReport::default(),
            legend_hover: None,
            about_open: false,
            title: String::new(),
            export: None,
            preview: None,
            preview_wanted: None,
            jobs: Jobs::default(),
            notice: None,
            clock_notice_given: false,
            timeline_problems: None,
            presentation: None,
        };
        // The organisation of the last run, if the data still have it.
        if let Some(id) = app.settings.organisation.clone() {
            app.show_organisation(&id);
        }
        app.drop_impossible_overlap();
        match app.settings.view {
            Some(view) => app.restore_view(view),
            None => app.fit = Some((app.region(), FIT_FRAMES, FitBy::Whole)),
        }
        ctx.set_zoom_factor(app.settings.ui_zoom);
        app.apply_theme(ctx);
        if let Some((path, problems)) = gone {
            let first = problems.first().map_or("", String::as_str);
            let path = path.display().to_string();
            let text = tr!(app.lang(), "notice-timeline-gone", path = path, problem = first);
            app.show_notice(ctx, text, ui::NoticeKind::Warning);
        }
        app
    }

    /// Reads and checks a timeline file off the UI thread; the map shows it if it can be used,
    /// else a window lists its problems and the map stays as it is.
    pub fn open_timeline(&mut self, ctx: &egui::Context, path: std::path::PathBuf) {
        let lang = self.lang();
        self.jobs.spawn(ctx, lang, JobKind::Timeline, move || jobs::load_timeline(path, lang));
    }

    /// The problems of the timeline file last refused, if their window is open.
    pub fn timeline_problems(&self) -> Option<&[String]> {
        self.timeline_problems.as_ref().map(|(_, problems)| problems.as_slice())
    }

    pub fn settings(&self) -> &SavedState {
        &self.settings
    }

    /// The day the map shows.
    pub fn date(&self) -> Date {
        self.settings.date.unwrap_or(self.today.date).min(self.today.date)
    }

    /// Today as the app takes it: the clock's day, or the day the data were checked if the
    /// clock is before it.
    pub fn today(&self) -> Date {
        self.today.date
    }

    pub fn is_playing(&self) -> bool {
        self.playing_since.is_some()
    }

    /// Where the map was drawn in the last frame.
    pub fn map_view(&self) -> Option<View> {
        self.report.view
    }

    /// The country under the pointer in the last frame.
    pub fn hovered(&self) -> Option<Iso3> {
        self.report.hovered
    }

    /// The window's title as last sent.
    pub fn window_title(&self) -> &str {
        &self.title
    }

    /// The status the map shows for a country at the shown day.
    pub fn shown_status(&self, iso3: Iso3) -> Option<Status> {
        self.data.as_ref().ok()?.timeline.status_at(iso3, self.date())
    }

    /// The second day of compare mode (key C), if it is on: the map shows what changed between
    /// it and the shown day.
    pub fn compare_date(&self) -> Option<Date> {
        self.settings.compare.map(|day| day.min(self.today.date))
    }

    /// The organisation the map shows the overlap with, if it is on (and the data have it).
    pub fn overlap_timeline<'d>(&self, data: &'d Data) -> Option<&'d crate::timeline::Timeline> {
        organisations::overlap_of(&self.settings.overlap, data)
    }

    /// What compare mode shows for a country, if it is on.
    pub fn shown_shift(&self, iso3: Iso3) -> Option<Shift> {
        let other = self.compare_date()?;
        let timeline = &self.data.as_ref().ok()?.timeline;
        Some(Comparison::between(timeline, other, self.date()).shift(iso3))
    }

    fn apply_theme(&self, ctx: &egui::Context) {
        ctx.set_theme(match self.settings.theme {
            crate::style::Theme::Light => egui::Theme::Light,
            crate::style::Theme::Dark => egui::Theme::Dark,
        });
    }
}

/// The settings saved by the last run; defaults if there are none, so the app always opens. The
/// first start speaks `system`, the system's language; later ones the language chosen then.
pub fn load_settings(storage: Option<&dyn eframe::Storage>, system: Lang) -> SavedState {
    match storage.and_then(|storage| storage.get_string(eframe::APP_KEY)) {
        Some(text) => SavedState::from_ron(&text, system),
        None => SavedState { language: system, ..SavedState::default() },
    }
}

impl eframe::App for CstoApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let data = match &self.data {
            Ok(data) => Arc::clone(data),
            Err(error) => {
                ui::error_ui(ui, error, self.lang());
                return;
            }
        };
        let ctx = ui.ctx().clone();
        self.read_clock(&data, &ctx);
        let mut intents = self.presentation_keys(ui);
        let presenting = self.is_presenting();
        // While presenting, the story sets the map: only the view (zoom, the region) and taking
        // an image of it answer; C, T or Ctrl+E would change what the class sees, unseen (F5 is the
        // story's: back to its first step).
        let keys = keys::keyboard_intents(ui, self.settings.compare.is_some()).into_iter().filter(|intent| {
            !presenting
                || matches!(
                    intent,
                    Intent::ZoomIn | Intent::ZoomOut | Intent::ResetView | Intent::CopyImage | Intent::ScreenshotWindow
                )
        });
        intents.extend(keys);
        intents.extend(self.play_tick(ui));
        let lang = self.lang();
        let days = (self.date(), self.today.date, self.compare_date());
        let shown = Shown::at((&data.timeline, self.overlap_timeline(&data)), days, lang);
        if self.is_presenting() {
            if let Some(presentation) = &self.presentation
                && let Some(step) = presentation.steps.get(presentation.index)
            {
                ui::caption_ui(ui, step, (presentation.index, presentation.steps.len()), lang);
            }
            intents.extend(self.map_panel_ui(ui, &data, &shown));
        } else {
            intents.extend(self.window_ui(ui, &data, &shown));
        }
        for intent in intents {
            self.apply(intent, &ctx);
        }
        // Whatever the mode: a copy or a screenshot taken while presenting says so at once.
        self.receive_outcomes(&ctx);
        self.notice_ui(&ctx);
        self.after_frame(&ctx, &shown.as_of_checked);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // A save under way is written whole if it can be within a few seconds; whatever is left
        // unfinished leaves no hidden temporary file behind.
        self.jobs.wait_for_images(Duration::from_secs(5));
        crate::images::remove_unfinished();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        // While presenting, what Escape would give back: the story's day and framing are not
        // the user's, nor is the full screen it asked for.
        eframe::set_value(storage, eframe::APP_KEY, &self.settings_to_save());
        if self.is_presenting() {
            present::unset_saved_fullscreen(storage);
        }
    }
}

impl CstoApp {
    /// The window's panels and dialogs around the map (all but presentation mode).
    fn window_ui(&mut self, ui: &mut Ui, data: &Arc<Data>, shown: &Shown<'_>) -> Vec<Intent> {
        let ctx = ui.ctx().clone();
        let lang = self.lang();
        let mut intents = Vec::new();
        let organisations = (&*data.organisations, &data.timeline.organisation);
        intents.extend(ui::menu_bar_ui(ui, &self.settings, organisations));
        let change_dates = self.change_dates(data);
        let stops = self.stops(&change_dates);
        let bar = ui::TimelineBar { timeline: &data.timeline, date: shown.date, compare: self.compare_date(), stops };
        intents.extend(ui::bottom_panel_ui(
            ui,
            &bar,
            &self.settings,
            self.is_playing(),
            &shown.changes,
            &shown.as_of_checked,
        ));
        if self.settings.table {
            let rows = crate::snapshot::rows(&data.timeline, shown.date);
            let org = data.timeline.organisation.abbreviation_in(lang);
            intents.extend(ui::table_panel_ui(ui, &rows, self.settings.table_sort, (&shown.as_of, org, lang)));
        }
        if let Some(iso3) = self.settings.selected {
            let compared = (shown.comparison.is_some() || shown.overlap.is_some()).then(|| shown.describe(iso3, lang));
            intents.extend(ui::details_panel_ui(ui, data, (iso3, shown.date), (&shown.as_of, compared), lang));
        }
        intents.extend(self.map_panel_ui(ui, data, shown));

        if let Some((path, problems)) = &self.timeline_problems
            && ui::problems_window_ui(&ctx, path, problems, lang)
        {
            self.timeline_problems = None;
        }
        if self.about_open {
            ui::about_window_ui(&ctx, &mut self.about_open, &data.timeline, self.settings.tiles, lang);
        }
        intents.extend(self.start_screen_ui(&ctx, data));
        self.update_preview(data, &ctx);
        if let Some(dialog) = &mut self.export
            && let Some(action) =
                ui::export_window_ui(&ctx, dialog, (self.jobs.is_busy(), self.today.date), self.preview.as_ref())
        {
            self.export_action(action, data, &ctx);
        }
        intents
    }
}

#[cfg(test)]
mod tests;
