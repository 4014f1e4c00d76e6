//! Presentation mode (F5): the story of the organisation shown (of both, on an overlap map) step
//! by step, full screen, driven by the keys a presentation clicker sends; Escape gives the window
//! back as it was.

use egui::{Ui, ViewportCommand};
use jiff::civil::Date;

use crate::Iso3;
use crate::app::view::FitBy;
use crate::app::{CstoApp, FIT_FRAMES};
use crate::data::Data;
use crate::story::{StoryStep, story, story_of_two};
use crate::ui::keymap::{self, When};
use crate::ui::{Intent, SavedState, SavedView};

/// A presentation under way, or its start screen.
pub struct Presentation {
    pub steps: Vec<StoryStep>,
    pub index: usize,
    /// False while the start screen is shown.
    pub started: bool,
    /// What Escape gives back.
    restore: Restore,
    /// Where the pointer was when the step was shown (`None` until the next frame looks): a
    /// tooltip waits until it moves, so that none sits on the map the class sees.
    pointer_at_step: Option<Option<egui::Pos2>>,
}

/// The window as it was before the presentation.
#[derive(Clone, Copy)]
struct Restore {
    date: Option<Date>,
    compare: Option<Date>,
    table: bool,
    selected: Option<Iso3>,
    view: Option<SavedView>,
}

impl Restore {
    /// What the presentation will change, as `settings` have it now.
    fn of(settings: &SavedState) -> Self {
        let SavedState { date, compare, table, selected, view, .. } = *settings;
        Self { date, compare, table, selected, view }
    }

    /// Puts back into `settings` what the presentation changed.
    fn apply(&self, settings: &mut SavedState) {
        settings.date = self.date;
        settings.compare = self.compare;
        settings.table = self.table;
        settings.selected = self.selected;
        settings.view = self.view;
    }
}

/// The key under which eframe saves the window's place and size (`STORAGE_WINDOW_KEY`, private
/// to eframe), saved just before the app's own state.
const WINDOW_KEY: &str = "window";

/// Clears the full screen from the window state eframe saved: the next start opens a window,
/// not the presentation's full screen. eframe writes compact RON (`fullscreen:true`) and keeps
/// the fields private, so the one value is replaced in the text.
pub(super) fn unset_saved_fullscreen(storage: &mut dyn eframe::Storage) {
    let Some(window) = storage.get_string(WINDOW_KEY) else { return };
    let windowed =
        window.replace("fullscreen:true", "fullscreen:false").replace("fullscreen: true", "fullscreen: false");
    if windowed != window {
        storage.set_string(WINDOW_KEY, windowed);
    }
}

/// The smallest part of the map a step frames (in projected units, about 13 degrees of
/// longitude): a small country is shown with its neighbours.
const MIN_FRAME: f64 = 0.036;

impl CstoApp {
    /// Whether the story is being presented (past the start screen).
    pub fn is_presenting(&self) -> bool {
        self.presentation.as_ref().is_some_and(|presentation| presentation.started)
    }

    /// The step shown and the number of steps, while presenting.
    pub fn presentation_step(&self) -> Option<(usize, usize)> {
        let presentation = self.presentation.as_ref().filter(|presentation| presentation.started)?;
        Some((presentation.index, presentation.steps.len()))
    }

    /// The keys of presentation mode, from the keymap: next and previous (PgDn/PgUp, arrows,
    /// Space, as a clicker sends them), first and last, Escape to leave; Enter on the start
    /// screen. They are read before the app's other keys and take theirs.
    pub(super) fn presentation_keys(&self, ui: &Ui) -> Vec<Intent> {
        let Some(presentation) = &self.presentation else { return Vec::new() };
        let when = if presentation.started { When::Presenting } else { When::StartScreen };
        ui.input_mut(|input| keymap::consume(input, when))
    }

    /// Applies an intent of presentation mode; false if it is none.
    pub(super) fn apply_presentation(&mut self, intent: Intent, ctx: &egui::Context) -> bool {
        match intent {
            Intent::Present if self.presentation.is_none() => {
                let restore = Restore::of(&self.settings);
                self.presentation = Some(Presentation {
                    steps: self.story_steps(),
                    index: 0,
                    started: false,
                    restore,
                    pointer_at_step: None,
                });
            }
            Intent::SetStoryFilter(filter) => {
                self.settings.story = filter;
                let steps = self.story_steps();
                if let Some(presentation) = &mut self.presentation {
                    presentation.steps = steps;
                }
            }
            Intent::StartPresentation => {
                let Some(presentation) = &mut self.presentation else { return true };
                if presentation.steps.is_empty() {
                    return true;
                }
                presentation.started = true;
                self.playing_since = None;
                self.settings.compare = None;
                self.settings.table = false;
                self.settings.selected = None;
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
                self.show_step(0);
            }
            Intent::NextStep | Intent::PreviousStep | Intent::FirstStep | Intent::LastStep => {
                let Some(presentation) = &self.presentation else { return true };
                let last = presentation.steps.len().saturating_sub(1);
                let index = match intent {
                    Intent::NextStep => (presentation.index + 1).min(last),
                    Intent::PreviousStep => presentation.index.saturating_sub(1),
                    Intent::FirstStep => 0,
                    _ => last,
                };
                self.show_step(index);
            }
            Intent::EndPresentation => {
                let Some(presentation) = self.presentation.take() else { return true };
                if presentation.started {
                    ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
                }
                presentation.restore.apply(&mut self.settings);
                let restore = presentation.restore;
                self.fit = None;
                match restore.view {
                    Some(view) => self.restore_view(view),
                    None => self.fit = Some((self.region(), FIT_FRAMES, FitBy::Whole)),
                }
            }
            _ => return false,
        }
        true
    }

    /// The settings to keep for the next run: while presenting, those Escape would give back.
    pub(super) fn settings_to_save(&self) -> std::borrow::Cow<'_, SavedState> {
        match &self.presentation {
            Some(presentation) if presentation.started => {
                let mut settings = self.settings.clone();
                presentation.restore.apply(&mut settings);
                std::borrow::Cow::Owned(settings)
            }
            _ => std::borrow::Cow::Borrowed(&self.settings),
        }
    }

    /// The story again, after the language or the timeline changed: the start screen counts
    /// its steps and the presentation tells them in the new words (at the same step, or the last).
    pub(super) fn refresh_story(&mut self, ctx: &egui::Context) {
        let steps = self.story_steps();
        let Some(presentation) = &mut self.presentation else { return };
        presentation.steps = steps;
        let index = presentation.index.min(presentation.steps.len().saturating_sub(1));
        if presentation.started {
            if presentation.steps.is_empty() {
                self.apply_presentation(Intent::EndPresentation, ctx);
            } else {
                self.show_step(index);
            }
        } else {
            presentation.index = index;
        }
    }

    /// Whether the map may show a tooltip: not while presenting until the pointer moves after
    /// the step was shown.
    pub(super) fn tooltips_allowed(&mut self, pointer: Option<egui::Pos2>) -> bool {
        let Some(presentation) = self.presentation.as_mut().filter(|presentation| presentation.started) else {
            return true;
        };
        let at_step = *presentation.pointer_at_step.get_or_insert(pointer);
        pointer != at_step
    }

    /// The start screen of presentation mode, if it is open: the story of the organisation shown
    /// (on an overlap map, of both, about the countries of either).
    pub(super) fn start_screen_ui(&self, ctx: &egui::Context, data: &Data) -> Vec<Intent> {
        let Some(presentation) = &self.presentation else { return Vec::new() };
        let lang = self.lang();
        let other = self.overlap_timeline(data);
        let mut countries: Vec<(Iso3, String)> = std::iter::once(&data.timeline)
            .chain(other)
            .flat_map(|timeline| timeline.countries())
            .map(|country| (country.iso3, lang.country(country.iso3, &country.name).into_owned()))
            .collect();
        countries.sort_by(|a, b| a.1.cmp(&b.1));
        countries.dedup_by_key(|(iso3, _)| *iso3);
        let first = data.timeline.organisation.abbreviation_in(lang);
        let org = match other {
            Some(other) => {
                crate::tr!(
                    lang,
                    "overlap-legend-title",
                    first = first,
                    second = other.organisation.abbreviation_in(lang)
                )
            }
            None => first.to_owned(),
        };
        let screen = crate::ui::StartScreen {
            org: &org,
            filter: self.settings.story,
            countries: &countries,
            years: crate::clock::FIRST_DAY.year()..=self.today.date.year(),
            steps: presentation.steps.len(),
            lang,
        };
        crate::ui::present_start_ui(ctx, &screen)
    }

    /// The story as the settings narrow it, in the app's language.
    fn story_steps(&self) -> Vec<StoryStep> {
        let Ok(data) = &self.data else { return Vec::new() };
        match self.overlap_timeline(data) {
            Some(other) => story_of_two(&data.timeline, other, &self.settings.story, self.lang()),
            None => story(&data.timeline, &self.settings.story, self.lang()),
        }
    }

    /// Shows a step: its day, framed on its countries (the region of the map for a general event).
    fn show_step(&mut self, index: usize) {
        let Some(presentation) = &mut self.presentation else { return };
        let Some(step) = presentation.steps.get(index) else { return };
        presentation.index = index;
        presentation.pointer_at_step = None;
        let (date, countries, place) = (step.date, step.countries.clone(), step.place.clone());
        self.show_day(date);
        // An event with a place is framed on it; others on their countries.
        let around = |place: crate::timeline::Place| {
            let [west, south, east, north] = [place.lon - 6.0, place.lat - 4.0, place.lon + 6.0, place.lat + 4.0];
            crate::data::region_projected([west.max(-180.0), south.max(-85.0), east.min(180.0), north.min(85.0)])
        };
        let bounds = place.map(around).or_else(|| self.data.as_ref().ok().and_then(|data| frame_of(data, &countries)));
        self.fit = Some((bounds.unwrap_or_else(|| self.region()), FIT_FRAMES, FitBy::Whole));
    }

    /// The place of the step shown, if it is an event's with one: marked larger on the map.
    pub(super) fn presented_place(&self) -> Option<&crate::timeline::Place> {
        let presentation = self.presentation.as_ref().filter(|presentation| presentation.started)?;
        presentation.steps.get(presentation.index)?.place.as_ref()
    }

    /// The countries of the step shown, outlined on the map.
    pub(super) fn step_countries(&self) -> Option<&[Iso3]> {
        let presentation = self.presentation.as_ref().filter(|presentation| presentation.started)?;
        presentation.steps.get(presentation.index).map(|step| step.countries.as_slice())
    }
}

/// The projected box around these countries' main parts, at least [`MIN_FRAME`] on each side.
fn frame_of(data: &Data, countries: &[Iso3]) -> Option<[f64; 4]> {
    let boxes: Vec<[f64; 4]> = countries
        .iter()
        .filter_map(|&iso3| data.borders.full.country(iso3))
        .map(|country| country.main_bounds)
        .collect();
    let first = boxes.first()?;
    let [mut x0, mut y0, mut x1, mut y1] = *first;
    for [a0, b0, a1, b1] in &boxes {
        (x0, y0, x1, y1) = (x0.min(*a0), y0.min(*b0), x1.max(*a1), y1.max(*b1));
    }
    let grow = |low: f64, high: f64| {
        let missing = (MIN_FRAME - (high - low)).max(0.0) / 2.0;
        (low - missing, high + missing)
    };
    let ((x0, x1), (y0, y1)) = (grow(x0, x1), grow(y0, y1));
    Some([x0, y0, x1, y1])
}
