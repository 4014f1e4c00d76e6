//! The app under the conditions that break desktop apps: a wrong or moving clock, saved state
//! that cannot be right, shortcuts while typing. Driven in egui_kittest, without a window or GPU.
#![cfg(feature = "desktop")]
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

use std::sync::{Arc, Mutex};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::{Date, date};

use csto_map::app::CstoApp;
use csto_map::ui::{SavedState, SavedView};

/// The day the bundled data were last checked (`checked_on` in assets/organisations/csto.json).
const CHECKED_ON: Date = date(2026, 11, 30);

/// The app with a clock that the test can move.
fn app_with_clock(settings: SavedState, clock: &Arc<Mutex<Date>>) -> Harness<'static, CstoApp> {
    let clock = Arc::clone(clock);
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| CstoApp::with(&cc.egui_ctx, settings, Box::new(move || *clock.lock().unwrap())));
    harness.run_steps(3);
    harness
}

fn clock_at(day: Date) -> Arc<Mutex<Date>> {
    Arc::new(Mutex::new(day))
}

fn press(harness: &mut Harness<'_, CstoApp>, key: Key) {
    harness.key_press(key);
    harness.run_steps(2);
}

/// Presses every key of the slider, clicks the timeline, and checks the shown day stays in range.
fn drive_the_timeline(harness: &mut Harness<'_, CstoApp>) {
    let today = harness.state().today();
    for key in [Key::Home, Key::ArrowLeft, Key::ArrowRight, Key::PageDown, Key::PageUp, Key::End, Key::ArrowRight] {
        press(harness, key);
        let day = harness.state().date();
        assert!((date(1992, 1, 1)..=today).contains(&day), "{key:?} went to {day}");
    }
    harness.get_by_label("Year shown on the map").click();
    harness.run_steps(2);
    let day = harness.state().date();
    assert!((date(1992, 1, 1)..=today).contains(&day), "a click on the timeline went to {day}");
}

#[test]
fn a_clock_in_1985_is_overruled_with_one_notice_and_nothing_panics() {
    let clock = clock_at(date(1985, 1, 1));
    let mut harness = app_with_clock(SavedState::default(), &clock);
    assert_eq!(harness.state().today(), CHECKED_ON);
    assert_eq!(harness.state().date(), CHECKED_ON);
    let notice = harness.state().notice().unwrap().to_owned();
    assert!(notice.contains("1 January 1985") && notice.contains("30 November 2026"), "{notice}");
    drive_the_timeline(&mut harness);
    // Said once: closing it does not bring it back while the clock stays wrong.
    harness.get_by_label("×").click();
    harness.run_steps(3);
    assert_eq!(harness.state().notice(), None);
}

#[test]
fn a_clock_the_day_before_the_first_change_is_overruled_too() {
    let clock = clock_at(date(1992, 5, 14));
    let mut harness = app_with_clock(SavedState::default(), &clock);
    assert_eq!(harness.state().today(), CHECKED_ON);
    drive_the_timeline(&mut harness);
}

#[test]
fn a_clock_in_2100_ends_the_slider_in_2100() {
    let clock = clock_at(date(2100, 1, 1));
    let mut harness = app_with_clock(SavedState { date: Some(date(2012, 12, 31)), ..SavedState::default() }, &clock);
    assert_eq!(harness.state().today(), date(2100, 1, 1));
    assert_eq!(harness.state().notice(), None, "a late clock is no error");
    drive_the_timeline(&mut harness);
    press(&mut harness, Key::End);
    assert_eq!(harness.state().date(), date(2100, 1, 1));
    harness.get_by_label_contains("as of today, 1 January 2100");
}

#[test]
fn today_moves_on_over_midnight_and_is_saved_as_today() {
    let clock = clock_at(date(2026, 11, 30));
    let mut harness = app_with_clock(SavedState { date: Some(date(2012, 12, 31)), ..SavedState::default() }, &clock);
    press(&mut harness, Key::End);
    assert_eq!(harness.state().date(), date(2026, 11, 30));
    assert_eq!(harness.state().settings().date, None, "End saves \"today\", not a fixed day");
    *clock.lock().unwrap() = date(2026, 12, 1);
    harness.run_steps(2);
    assert_eq!(harness.state().date(), date(2026, 12, 1));
    harness.get_by_label_contains("as of today, 1 December 2026");
    // A chosen day stays chosen.
    press(&mut harness, Key::Home);
    *clock.lock().unwrap() = date(2026, 12, 2);
    harness.run_steps(2);
    assert_eq!(harness.state().date(), date(1992, 12, 31));
}

#[test]
fn saved_values_that_cannot_be_right_fall_back_and_the_rest_is_kept() {
    let settings = SavedState {
        date: Some(date(1985, 6, 1)),
        view: Some(SavedView { lon_deg: f64::NAN, lat_deg: 41.0, zoom: 1e9 }),
        selected: Some("ATL".parse().unwrap()),
        ui_zoom: f32::NAN,
        theme: csto_map::style::Theme::Dark,
        labels: false,
        ..SavedState::default()
    };
    let clock = clock_at(date(2026, 11, 30));
    let harness = app_with_clock(settings, &clock);
    let app = harness.state();
    assert_eq!((app.date(), app.settings().date), (date(2026, 11, 30), None));
    assert_eq!(app.settings().selected, None);
    assert_eq!(harness.ctx.zoom_factor(), 1.0);
    let view = app.map_view().unwrap();
    assert!(view.zoom().is_finite() && (1.0..=10.0).contains(&view.zoom()), "zoom {}", view.zoom());
    assert!(view.center.iter().all(|c| c.is_finite()));
    assert_eq!((app.settings().theme, app.settings().labels), (csto_map::style::Theme::Dark, false), "kept");
}

/// Presses a key with modifiers in one frame and returns what the app asked of the window then
/// (kittest runs a frame per event, and keeps the output of the last).
fn commands_after(harness: &mut Harness<'_, CstoApp>, modifiers: Modifiers, key: Key) -> Vec<egui::ViewportCommand> {
    harness.event(egui::Event::Key { key, physical_key: None, pressed: true, repeat: false, modifiers });
    harness.step();
    let commands = harness.output().viewport_output[&egui::ViewportId::ROOT].commands.clone();
    harness.event(egui::Event::Key { key, physical_key: None, pressed: false, repeat: false, modifiers });
    harness.step();
    commands
}

#[test]
fn shortcuts_work_while_a_text_field_has_the_keyboard() {
    let clock = clock_at(date(2026, 11, 30));
    let mut harness = app_with_clock(SavedState::default(), &clock);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(2);
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Title").click();
    harness.run_steps(2);
    assert!(harness.ctx.egui_wants_keyboard_input(), "the title field has the keyboard");
    let commands = commands_after(&mut harness, Modifiers::COMMAND, Key::Q);
    assert!(commands.contains(&egui::ViewportCommand::Close), "Ctrl+Q closes the window: {commands:?}");
    let commands = commands_after(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    let screenshot = commands.iter().any(|command| matches!(command, egui::ViewportCommand::Screenshot(_)));
    assert!(screenshot, "Ctrl+Shift+S asks for a screenshot: {commands:?}");
    assert!(harness.ctx.egui_wants_keyboard_input(), "the title field still has the keyboard");
    // Plain keys still go to the field, not to the slider.
    let day = harness.state().date();
    harness.key_press(Key::Home);
    harness.run_steps(2);
    assert_eq!(harness.state().date(), day);
}

#[test]
fn today_says_when_the_data_were_checked() {
    let clock = clock_at(date(2027, 3, 1));
    let mut harness = app_with_clock(SavedState::default(), &clock);
    harness.get_by_label_contains("as of today, 1 March 2027 (data checked 30 November 2026)");
    harness.get_by_label("Data checked 30 November 2026");
    press(&mut harness, Key::Home);
    assert!(harness.query_by_label("Data checked 30 November 2026").is_none(), "a past day needs no note");
    harness.get_by_label_contains("as of 31 December 1992");
    // Back to today: the window's title says it too.
    harness.key_press(Key::End);
    harness.run_steps(2);
    let title = harness.state().window_title();
    let expected = "csto-map: CSTO membership as of today, 1 March 2027 (data checked 30 November 2026)";
    assert_eq!(title, expected);
}
