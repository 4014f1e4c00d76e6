//! The day the map shows: the slider's stops, stepping, playing, and today from the clock.

use std::time::Duration;

use egui::Ui;
use jiff::civil::Date;

use crate::app::CstoApp;
use crate::clock::{FIRST_DAY, Step, Stops, Today};
use crate::data::Data;
use crate::tr;
use crate::ui::{self, Intent};

impl CstoApp {
    /// The stops of the slider at the current step.
    pub(super) fn stops<'d>(&self, change_dates: &'d [Date]) -> Stops<'d> {
        let step = if self.is_playing() { Step::Year } else { self.settings.step };
        Stops { step, today: self.today.date, changes: change_dates }
    }

    /// Applies an intent that moves the shown day from `date` along `stops`; false if it is none.
    pub(super) fn apply_day(&mut self, intent: Intent, date: Date, stops: Stops<'_>) -> bool {
        let changes = Stops { step: Step::Change, ..stops };
        let new_date = match intent {
            Intent::ShowDate(day) => day.clamp(FIRST_DAY, stops.today),
            Intent::StepForward => stops.forward(date),
            Intent::StepBack => stops.back(date),
            Intent::PreviousChange => changes.back(date),
            Intent::NextChange => changes.forward(date),
            Intent::First => stops.first(),
            Intent::Last => stops.today,
            _ => return false,
        };
        self.show_day(new_date);
        true
    }

    /// Applies an intent of compare mode, the shown day being `date`; false if it is none.
    pub(super) fn apply_compare(&mut self, intent: Intent, date: Date, stops: Stops<'_>) -> bool {
        match intent {
            Intent::ToggleCompare if self.settings.compare.is_some() => self.settings.compare = None,
            Intent::ToggleCompare => {
                // Compare mode colours the map by change: no overlap at the same time.
                self.settings.overlap = None;
                // The day before the last change of status up to the shown day: the map shows
                // that change at once.
                let before = crate::clock::previous_of(stops.changes, date.tomorrow().unwrap_or(date));
                let day = before.and_then(|day| day.yesterday().ok()).unwrap_or(FIRST_DAY).max(FIRST_DAY);
                self.settings.compare = Some(day);
            }
            Intent::ShowCompare(day) => {
                self.settings.overlap = None;
                self.settings.compare = Some(day.clamp(FIRST_DAY, stops.today));
            }
            Intent::CompareBack | Intent::CompareForward => {
                if let Some(day) = self.compare_date() {
                    let moved = if intent == Intent::CompareBack { stops.back(day) } else { stops.forward(day) };
                    self.settings.compare = Some(moved);
                }
            }
            _ => return false,
        }
        true
    }

    /// While playing, one year further each `speed`; stops at today.
    pub(super) fn play_tick(&mut self, ui: &Ui) -> Option<Intent> {
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

    /// Shows `day`; today is remembered as "today", so that the map follows the calendar (over
    /// midnight, and at the next start) rather than stay on the day it was chosen.
    pub(super) fn show_day(&mut self, day: Date) {
        if day >= self.today.date {
            self.settings.date = None;
            self.playing_since = None;
        } else {
            self.settings.date = Some(day);
        }
    }

    /// Reads the clock: today moves on over midnight, and a clock that cannot be right (before
    /// the data were checked) is overruled, with a notice, once.
    pub(super) fn read_clock(&mut self, data: &Data, ctx: &egui::Context) {
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

    pub(super) fn toggle_play(&mut self, ctx: &egui::Context) {
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
}
