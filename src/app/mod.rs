//! The desktop app: the map, the year slider, the legend and the details of a country.

mod export;
mod jobs;
mod keys;
mod present;
mod scene;
mod tiles;

use std::sync::Arc;
use std::time::Duration;

use egui::{TextureHandle, Ui, ViewportCommand};
use jiff::civil::Date;
use walkers::{Map, MapMemory, lon_lat};

pub use jobs::{JobKind, Jobs, Outcome, save_screenshot};

use crate::Iso3;
use crate::clock::{FIRST_DAY, Step, Stops, Today};
use crate::data::{Data, csto_region_projected};
use crate::export::ImageSpec;
use crate::i18n::Lang;
use crate::map::{CountriesPlugin, MapReport, Paint, View, ZOOM_RANGE};
use crate::snapshot::{Colouring, Comparison, Shift, Snapshot};
use crate::style::LegendKey;
use crate::timeline::{Entry, Status, Timeline};
use crate::tr;
use crate::ui::export::ExportDialog;
use crate::ui::{self, Intent, SavedView, Settings};

pub(crate) const FIT_FRAMES: u8 = 3;

/// The computer's clock: today's date where the app runs (tests give their own).
pub type Clock = Box<dyn Fn() -> Date>;

pub struct CstoApp {
    data: Result<Arc<Data>, String>,
    settings: Settings,
    clock: Clock,
    /// Today, as the clock says unless it cannot be right; read again every frame, so that the
    /// map follows the day over midnight.
    today: Today,
    map_memory: MapMemory,
    /// Projected bounds to fit into the map, and for how many more frames (the window may still
    /// be settling to its size in the first frames).
    fit: Option<([f64; 4], u8)>,
    tiles: tiles::TileLayer,
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
    pub fn new(cc: &eframe::CreationContext<'_>, scene: Option<&crate::scene_file::SceneFile>, present: bool) -> Self {
        let settings = load_settings(cc.storage, Lang::system());
        let clock: Clock = match crate::clock::clock_from_environment() {
            Ok(Some(day)) => Box::new(move || day),
            Ok(None) => Box::new(crate::clock::computer_today),
            Err(error) => {
                let lang = settings.language;
                eprintln!("warning: {}", crate::tr!(lang, "warning-clock-variable", error = error.localised(lang)));
                Box::new(crate::clock::computer_today)
            }
        };
        let mut app = Self::with(&cc.egui_ctx, settings, clock);
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

    /// The app with given settings and clock (tests pin both). Saved values that cannot be
    /// right (a day outside the timeline, a view off the world, an unknown country) are dropped.
    pub fn with(ctx: &egui::Context, mut settings: Settings, clock: Clock) -> Self {
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
        match app.settings.view {
            Some(view) => app.restore_view(view),
            None => app.fit = Some((csto_region_projected(), FIT_FRAMES)),
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

    pub fn settings(&self) -> &Settings {
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

    /// The stops of the slider at the current step.
    fn stops<'d>(&self, change_dates: &'d [Date]) -> Stops<'d> {
        let step = if self.is_playing() { Step::Year } else { self.settings.step };
        Stops { step, today: self.today.date, changes: change_dates }
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

    /// What compare mode shows for a country, if it is on.
    pub fn shown_shift(&self, iso3: Iso3) -> Option<Shift> {
        let other = self.compare_date()?;
        let timeline = &self.data.as_ref().ok()?.timeline;
        Some(Comparison::between(timeline, other, self.date()).shift(iso3))
    }

    fn restore_view(&mut self, view: SavedView) {
        self.map_memory.center_at(lon_lat(view.lon_deg, view.lat_deg));
        let _ = self.map_memory.set_zoom(view.zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end()));
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
pub fn load_settings(storage: Option<&dyn eframe::Storage>, system: Lang) -> Settings {
    match storage.and_then(|storage| storage.get_string(eframe::APP_KEY)) {
        Some(text) => Settings::from_ron(&text, system),
        None => Settings { language: system, ..Settings::default() },
    }
}

/// The centre and zoom that show projected `bounds` whole in `rect`, with a margin.
fn fit_view(bounds: [f64; 4], rect: egui::Rect) -> (f64, f64, f64) {
    let [x0, y0, x1, y1] = bounds;
    let width = (x1 - x0).max(1e-6) * 256.0;
    let height = (y1 - y0).max(1e-6) * 256.0;
    let scale = (f64::from(rect.width()) / width).min(f64::from(rect.height()) / height) * 0.92;
    let (lon, lat) = crate::geodata::geo_from_mercator([(x0 + x1) / 2.0, (y0 + y1) / 2.0]);
    (lon, lat, scale.log2().clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end()))
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
        let shown = Shown::at(&data.timeline, (self.date(), self.today.date, self.compare_date()), lang);
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
        self.jobs.wait_idle(Duration::from_secs(5));
        crate::export::remove_unfinished();
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
        intents.extend(ui::menu_bar_ui(ui, &self.settings));
        let stops = self.stops(&data.change_dates);
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
            intents.extend(ui::table_panel_ui(ui, &rows, self.settings.table_sort, (&shown.as_of, lang)));
        }
        if let Some(iso3) = self.settings.selected {
            let compared = shown.comparison.as_ref().map(|_| shown.describe(iso3, lang));
            intents.extend(ui::details_panel_ui(ui, &data, (iso3, shown.date), (&shown.as_of, compared), lang));
        }
        intents.extend(self.map_panel_ui(ui, &data, &shown));

        if let Some((path, problems)) = &self.timeline_problems
            && ui::problems_window_ui(&ctx, path, problems, lang)
        {
            self.timeline_problems = None;
        }
        if self.about_open {
            ui::about_window_ui(&ctx, &mut self.about_open, &data.timeline, self.settings.tiles, lang);
        }
        if let Some(presentation) = &self.presentation {
            let countries: Vec<(Iso3, String)> = data
                .timeline
                .countries()
                .iter()
                .map(|country| (country.iso3, lang.country(country.iso3, &country.name).into_owned()))
                .collect();
            let screen = ui::StartScreen {
                filter: self.settings.story,
                countries: &countries,
                years: FIRST_DAY.year()..=self.today.date.year(),
                steps: presentation.steps.len(),
                lang,
            };
            intents.extend(ui::present_start_ui(&ctx, &screen));
        }
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

/// What the frame shows: the day, every country's status on it, what changed in its year; in
/// compare mode the comparison with the second day and what changed between the two.
struct Shown<'t> {
    date: Date,
    as_of: String,
    /// `as_of` with the data's age when the day is today, for the title bar and the status line.
    as_of_checked: String,
    snapshot: Snapshot<'t>,
    comparison: Option<Comparison<'t>>,
    /// The changes and events from 1 January of the shown year to the shown day, or between the
    /// two days compared.
    changes: Vec<Entry<'t>>,
    /// The countries whose status changed in that time, outlined on the map.
    changed: Vec<Iso3>,
}

impl<'t> Shown<'t> {
    fn at(timeline: &'t Timeline, (date, today, compare): (Date, Date, Option<Date>), lang: Lang) -> Self {
        let snapshot = Snapshot::at(timeline, date);
        let comparison = compare.map(|other| Comparison::between(timeline, other, date));
        let changes = match &comparison {
            Some(comparison) => comparison.entries(timeline),
            None => timeline.entries_between(jiff::civil::date(date.year(), 1, 1), date),
        };
        let changed = match &comparison {
            Some(comparison) => comparison.changed().map(|(iso3, ..)| iso3).collect(),
            None => changes
                .iter()
                .filter_map(|entry| match entry {
                    Entry::Change { subject, .. } => subject.iso3(),
                    Entry::Event(_) => None,
                })
                .collect(),
        };
        let as_of_checked = lang.as_of_checked(date, today, timeline.checked_on);
        Self { date, as_of: lang.as_of(date, today), as_of_checked, snapshot, comparison, changes, changed }
    }

    fn colouring(&self) -> Colouring<'_> {
        Colouring::of(&self.snapshot, self.comparison.as_ref())
    }

    /// The tooltip's line under a country's name: its status, or in compare mode its status on
    /// both days ("member on 31 December 2011 → former member on 31 December 2013").
    fn describe(&self, iso3: Iso3, lang: Lang) -> String {
        let words = |status: Option<Status>| {
            status.map_or_else(|| lang.t("status-no-csto"), |status| lang.status(Some(status)))
        };
        match &self.comparison {
            Some(comparison) => {
                let (from, to) = (&comparison.from, &comparison.to);
                let (before, after) = (words(from.status(iso3)), words(to.status(iso3)));
                tr!(
                    lang,
                    "compare-transition",
                    before = before,
                    from = lang.date(from.date),
                    after = after,
                    to = lang.date(to.date)
                )
            }
            None => {
                tr!(lang, "details-status", status = words(self.snapshot.status(iso3)), as_of = self.as_of.as_str())
            }
        }
    }
}

impl CstoApp {
    /// The map with its overlays (legend, zoom buttons, tile credit); returns what was asked for.
    fn map_panel_ui(&mut self, ui: &mut Ui, data: &Data, shown: &Shown<'_>) -> Vec<Intent> {
        let ctx = ui.ctx().clone();
        let hatch = self.hatch.get_or_insert_with(|| ui::hatch_texture(&ctx)).id();
        let mut intents = Vec::new();
        egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| {
            let rect = ui.available_rect_before_wrap();
            if let Some((bounds, frames)) = self.fit.take() {
                let (lon, lat, zoom) = fit_view(bounds, rect);
                self.map_memory.center_at(lon_lat(lon, lat));
                let _ = self.map_memory.set_zoom(zoom);
                self.fit = (frames > 1).then_some((bounds, frames - 1));
                ctx.request_repaint();
            }
            let step_countries = self.step_countries().map(<[Iso3]>::to_vec);
            let paint = Paint {
                theme: self.settings.theme,
                colouring: shown.colouring(),
                emphasis: self.legend_hover,
                changed: step_countries.as_deref().unwrap_or(&shown.changed),
                selected: self.settings.selected,
                hovered: self.report.hovered,
                hatch,
                translucent: self.settings.tiles,
            };
            let lang = self.lang();
            let describe = |iso3| shown.describe(iso3, lang);
            let tooltips = self.tooltips_allowed(ctx.pointer_hover_pos());
            let plugin = CountriesPlugin {
                tooltips,
                borders: &data.borders,
                paint,
                labels: self.settings.labels,
                lang,
                describe: &describe,
                report: &mut self.report,
            };
            // The sea, under the tiles (if any) and the countries.
            ui.painter().rect_filled(rect, 0.0, self.settings.theme.palette().background.to_egui());
            let tiles = self.tiles.get(self.settings.tiles, &ctx);
            let centre = lon_lat(70.0, 50.0);
            let map = Map::new(tiles, &mut self.map_memory, centre).with_plugin(plugin).show(ui, |_, _, _, _| ());
            map.response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Canvas, true, self.settings.language.t("map-accessible"))
            });
            let overlay = ui::MapOverlay {
                rect,
                snapshot: &shown.snapshot,
                comparison: shown.comparison.as_ref(),
                today: self.today.date,
                timeline: &data.timeline,
                lang: self.lang(),
            };
            let (legend_hover, overlay_intents) = ui::map_overlay_ui(ui, &overlay, self.settings.theme, hatch);
            self.legend_hover = legend_hover;
            intents.extend(overlay_intents);
            self.tiles.attribution_ui(ui, rect, self.settings.tiles, self.settings.language);
        });
        if let Some(clicked) = self.report.clicked.take() {
            intents.push(Intent::Select(clicked));
        }
        intents
    }

    /// While playing, one year further each `speed`; stops at today.
    fn play_tick(&mut self, ui: &Ui) -> Option<Intent> {
        let since = self.playing_since?;
        let now = ui.input(|input| input.time);
        let wait = self.settings.speed.secs_per_step() - (now - since);
        if wait > 0.0 {
            ui.ctx().request_repaint_after(Duration::from_secs_f64(wait));
            return None;
        }
        self.playing_since = Some(now);
        ui.ctx().request_repaint();
        Some(Intent::StepForward)
    }

    fn apply(&mut self, intent: Intent, ctx: &egui::Context) {
        if self.apply_presentation(intent, ctx) {
            return;
        }
        let date = self.date();
        let change_dates = self.data.as_ref().map(|data| data.change_dates.as_slice()).unwrap_or_default();
        let stops = self.stops(change_dates);
        let changes = Stops { step: Step::Change, ..stops };
        let new_date = match intent {
            Intent::ShowDate(day) => Some(day.clamp(FIRST_DAY, stops.today)),
            Intent::StepForward => Some(stops.forward(date)),
            Intent::StepBack => Some(stops.back(date)),
            Intent::PreviousChange => Some(changes.back(date)),
            Intent::NextChange => Some(changes.forward(date)),
            Intent::First => Some(stops.first()),
            Intent::Last => Some(stops.today),
            _ => None,
        };
        if let Some(day) = new_date {
            self.show_day(day);
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
            Intent::ToggleCompare if self.settings.compare.is_some() => self.settings.compare = None,
            Intent::ToggleCompare => {
                // The day before the last change of status up to the shown day: the map shows
                // that change at once.
                let before = crate::clock::previous_of(change_dates, date.tomorrow().unwrap_or(date));
                let day = before.and_then(|day| day.yesterday().ok()).unwrap_or(FIRST_DAY).max(FIRST_DAY);
                self.settings.compare = Some(day);
            }
            Intent::ShowCompare(day) => self.settings.compare = Some(day.clamp(FIRST_DAY, stops.today)),
            Intent::CompareBack | Intent::CompareForward => {
                if let Some(day) = self.compare_date() {
                    let moved = if intent == Intent::CompareBack { stops.back(day) } else { stops.forward(day) };
                    self.settings.compare = Some(moved);
                }
            }
            Intent::Select(selected) => self.settings.selected = selected,
            Intent::ZoomTo(iso3) => {
                let country = self.data.as_ref().ok().and_then(|data| data.borders.full.country(iso3));
                self.fit = country.map(|country| (country.main_bounds, FIT_FRAMES));
            }
            Intent::ZoomIn => self.zoom_by(1.0),
            Intent::ZoomOut => self.zoom_by(-1.0),
            Intent::ResetView => self.fit = Some((csto_region_projected(), FIT_FRAMES)),
            Intent::SetLabels(on) => self.settings.labels = on,
            Intent::SetTiles(on) => self.settings.tiles = on,
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
                self.refresh_story(ctx);
            }
            Intent::Escape if self.export.is_some() => self.export = None,
            Intent::Escape => self.settings.selected = None,
            Intent::OpenExport if self.export.is_some() => {}
            Intent::OpenExport => {
                let (days, changes) = match &self.data {
                    Ok(data) => (data.timeline.membership_dates(), data.change_dates.as_slice()),
                    Err(_) => (Vec::new(), &[][..]),
                };
                let (shown, lang) = ((date, self.compare_date()), self.lang());
                let dialog = ExportDialog::open(&self.settings.export, shown, stops.today, lang, &days);
                self.export = Some(dialog.with_change_days(changes));
            }
            Intent::CopyImage => self.copy_image(ctx),
            Intent::ScreenshotWindow => {
                let folder = self.settings.export.folder.clone().filter(|folder| folder.is_dir());
                let folder = folder.unwrap_or_else(crate::ui::export::pictures_dir);
                self.jobs.screenshot(ctx, folder, date, self.settings.language);
            }
            _ => {}
        }
    }

    /// Shows `day`; today is remembered as "today", so that the map follows the calendar (over
    /// midnight, and at the next start) rather than stay on the day it was chosen.
    fn show_day(&mut self, day: Date) {
        if day >= self.today.date {
            self.settings.date = None;
            self.playing_since = None;
        } else {
            self.settings.date = Some(day);
        }
    }

    /// Reads the clock: today moves on over midnight, and a clock that cannot be right (before
    /// the data were checked) is overruled, with a notice, once.
    fn read_clock(&mut self, data: &Data, ctx: &egui::Context) {
        self.today = Today::from_clock((self.clock)(), data.timeline.checked_on.effective());
        match self.today.overruled() {
            Some(clock) if !self.clock_notice_given => {
                self.clock_notice_given = true;
                let lang = self.lang();
                let text = tr!(lang, "notice-clock", clock = lang.date(clock), today = lang.date(self.today.date));
                self.show_notice(ctx, text, ui::NoticeKind::Warning);
            }
            Some(_) => {}
            None => self.clock_notice_given = false,
        }
        // Look at the clock again in a minute, so that an idle window still turns the day.
        ctx.request_repaint_after(Duration::from_secs(60));
    }

    fn toggle_play(&mut self, ctx: &egui::Context) {
        if self.playing_since.take().is_some() {
            return;
        }
        if self.date() >= self.today.date {
            let years = Stops { step: Step::Year, today: self.today.date, changes: &[] };
            self.settings.date = Some(years.first());
        }
        self.playing_since = Some(ctx.input(|input| input.time));
        ctx.request_repaint();
    }

    fn zoom_by(&mut self, levels: f64) {
        let zoom = (self.map_memory.zoom() + levels).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        let _ = self.map_memory.set_zoom(zoom);
    }

    /// Keeps zoom within bounds, remembers the view, and names the shown day in the title.
    fn after_frame(&mut self, ctx: &egui::Context, as_of: &str) {
        let zoom = self.map_memory.zoom();
        if !ZOOM_RANGE.contains(&zoom) {
            let _ = self.map_memory.set_zoom(zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end()));
        }
        if let Some(view) = self.report.view {
            let (lon_deg, lat_deg) = crate::geodata::geo_from_mercator(view.center);
            self.settings.view = Some(SavedView { lon_deg, lat_deg, zoom: view.zoom() });
        }
        self.settings.ui_zoom = ctx.zoom_factor();
        let file = self.settings.timeline_file.as_deref().and_then(std::path::Path::file_name);
        let lang = self.lang();
        let title = match file {
            Some(file) => tr!(lang, "window-title-file", as_of = as_of, file = file.to_string_lossy()),
            None => tr!(lang, "window-title", as_of = as_of),
        };
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

#[cfg(test)]
mod tests;
