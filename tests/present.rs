//! Presentation mode (F5), driven with the keys a presentation clicker sends.
#![cfg(feature = "desktop")]
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use egui::Key;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::date;

use csto_map::i18n::Lang;
use csto_map::story::{StoryFilter, story};
use csto_map::timeline::Timeline;
use csto_map::ui::SavedState;

use common::app_with;

fn press(harness: &mut egui_kittest::Harness<'_, csto_map::app::CstoApp>, key: Key) {
    harness.key_press(key);
    harness.run_steps(3);
}

#[test]
fn the_story_steps_forward_and_back_in_order_and_escape_restores_the_window() {
    let settings = SavedState { date: Some(date(2012, 12, 31)), table: true, ..SavedState::default() };
    let mut harness = app_with(settings);
    let steps = story(&Timeline::bundled().unwrap(), &StoryFilter::default(), csto_map::i18n::Lang::En);
    let count = steps.len();
    press(&mut harness, Key::F5);
    harness.get_by_label(&format!("{count} steps"));
    assert!(!harness.state().is_presenting(), "the start screen comes first");
    press(&mut harness, Key::Enter);
    assert!(harness.state().is_presenting());
    assert_eq!(harness.state().date(), steps[0].date);
    harness.get_by_label(&format!("1 / {count}"));
    assert!(harness.query_by_label("Copy as CSV").is_none(), "no side panels while presenting");
    assert!(harness.query_by_label("File").is_none(), "no menus while presenting");
    for (key, index) in
        [(Key::PageDown, 1), (Key::ArrowRight, 2), (Key::Space, 3), (Key::PageUp, 2), (Key::ArrowLeft, 1)]
    {
        press(&mut harness, key);
        assert_eq!(harness.state().presentation_step(), Some((index, count)), "{key:?}");
        assert_eq!(harness.state().date(), steps[index].date, "{key:?}");
        harness.get_by_label(&steps[index].title);
        harness.get_by_label(&format!("{} / {count}", index + 1));
    }
    // Keys that would change what the class sees, unseen, do nothing while presenting (F5
    // there starts the story again, as in slide software).
    for key in [Key::C, Key::T] {
        press(&mut harness, key);
        assert!(harness.state().is_presenting(), "{key:?}");
        assert_eq!(harness.state().presentation_step(), Some((1, count)), "{key:?}");
    }
    assert_eq!(harness.state().settings().compare, None, "C while presenting");
    assert!(!harness.state().settings().table, "T while presenting (the table is put away until Escape)");
    press(&mut harness, Key::End);
    assert_eq!(harness.state().presentation_step(), Some((count - 1, count)));
    press(&mut harness, Key::PageDown);
    assert_eq!(harness.state().presentation_step(), Some((count - 1, count)), "the last step stays");
    press(&mut harness, Key::Home);
    assert_eq!(harness.state().presentation_step(), Some((0, count)));
    press(&mut harness, Key::Escape);
    assert!(!harness.state().is_presenting());
    assert_eq!(harness.state().date(), date(2012, 12, 31), "the day shown before");
    assert!(harness.state().settings().table, "the table open before");
    harness.get_by_label("Copy as CSV");
}

#[test]
fn the_start_screen_narrows_the_story_and_remembers_it() {
    let filter = StoryFilter { changes_only: true, country: Some("UZB".parse().unwrap()), ..StoryFilter::default() };
    let mut harness = app_with(SavedState { story: filter, ..SavedState::default() });
    press(&mut harness, Key::F5);
    assert_eq!(harness.state().settings().story, filter, "opening the start screen changes nothing");
    harness.get_by_label("Only the changes of status").click();
    harness.run_steps(2);
    let widened = harness.state().settings().story;
    assert!(!widened.changes_only, "the choice is kept in the settings");
    let steps = story(&Timeline::bundled().unwrap(), &widened, csto_map::i18n::Lang::En);
    harness.get_by_label(&format!("{} steps", steps.len()));
    harness.get_by_label("Start (Enter)").click();
    harness.run_steps(3);
    assert_eq!(harness.state().presentation_step(), Some((0, steps.len())));
    assert!(steps.iter().all(|step| step.countries.contains(&"UZB".parse().unwrap())));
    press(&mut harness, Key::Escape);
    // The View menu starts it too.
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness.get_by_label("Present the story… F5").click();
    harness.run_steps(3);
    harness.get_by_label("Start (Enter)");
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Start (Enter)").is_none(), "Escape leaves the start screen");
}

/// Presents the story of `settings` from its first step.
fn presenting(settings: SavedState) -> egui_kittest::Harness<'static, csto_map::app::CstoApp> {
    let mut harness = app_with(settings);
    press(&mut harness, Key::F5);
    press(&mut harness, Key::Enter);
    assert!(harness.state().is_presenting());
    harness
}

#[test]
fn a_copy_taken_while_presenting_says_so_at_once() {
    let mut harness = presenting(SavedState::default());
    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::C);
    let notice = common::wait_for_notice(&mut harness);
    assert!(notice.starts_with("Copied a "), "{notice}");
    assert!(harness.state().is_presenting(), "still presenting");
    harness.run_steps(2);
    harness.get_by_label_contains("Copied a ");
}

/// eframe's storage, in memory.
#[derive(Default)]
struct Storage(std::collections::BTreeMap<String, String>);

impl eframe::Storage for Storage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn quitting_while_presenting_saves_the_window_escape_would_give_back() {
    let uzbekistan = "UZB".parse().unwrap();
    let before = SavedState {
        date: Some(date(2012, 12, 31)),
        compare: Some(date(2011, 12, 31)),
        table: true,
        selected: Some(uzbekistan),
        ..SavedState::default()
    };
    let mut harness = app_with(before.clone());
    let view = harness.state().settings().view;
    assert!(view.is_some());
    press(&mut harness, Key::F5);
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::PageDown);
    assert_ne!(harness.state().settings().view, view, "the story frames its step");
    let mut storage = Storage::default();
    // eframe saves the window's place just before the app's state: full screen, while presenting.
    let window = "(normal_geometry:(outer_position_pixels:None,inner_size_points:(1280.0,800.0),scale_factor:1.0),fullscreen:true,maximized:false)";
    eframe::Storage::set_string(&mut storage, "window", window.to_owned());
    eframe::App::save(harness.state_mut(), &mut storage);
    let saved = SavedState::from_ron(&eframe::Storage::get_string(&storage, eframe::APP_KEY).unwrap(), Lang::En);
    assert_eq!(
        (saved.date, saved.compare, saved.table, saved.selected),
        (before.date, before.compare, before.table, before.selected),
        "the day, the comparison, the table and the country of before the story"
    );
    assert_eq!(saved.view, view, "the view of before, not the step's framing");
    let window = eframe::Storage::get_string(&storage, "window").unwrap();
    assert!(window.contains("fullscreen:false") && window.contains("1280.0"), "{window}");
    // Not presenting, the window is saved as it is.
    press(&mut harness, Key::Escape);
    let mut storage = Storage::default();
    eframe::Storage::set_string(&mut storage, "window", window.replace("fullscreen:false", "fullscreen:true"));
    eframe::App::save(harness.state_mut(), &mut storage);
    assert!(eframe::Storage::get_string(&storage, "window").unwrap().contains("fullscreen:true"));
}

#[test]
fn the_start_screen_and_the_story_follow_the_language() {
    let mut harness = app_with(SavedState::default());
    press(&mut harness, Key::F5);
    harness.get_by_label("Language").click();
    harness.run_steps(2);
    harness.get_by_label("Русский").click();
    harness.run_steps(3);
    let russian = story(&Timeline::bundled().unwrap(), &StoryFilter::default(), Lang::Ru);
    press(&mut harness, Key::Enter);
    assert!(harness.state().is_presenting());
    harness.get_by_label(&russian[0].title);
}

#[test]
fn no_tooltip_sits_on_the_presented_map_until_the_pointer_moves() {
    let mut harness = presenting(SavedState::default());
    // The pointer rests in the middle of the map, over a country.
    let centre = egui::pos2(640.0, 420.0);
    harness.event(egui::Event::PointerMoved(centre));
    press(&mut harness, Key::PageDown);
    press(&mut harness, Key::PageDown);
    assert!(harness.state().hovered().is_some(), "over a country");
    // Longer than a tooltip waits for a resting pointer.
    harness.run_steps(60);
    let tooltip = |harness: &egui_kittest::Harness<'_, csto_map::app::CstoApp>| {
        harness.query_all_by_label_contains(", as of ").next().is_some()
    };
    assert!(!tooltip(&harness), "no tooltip over the step the class sees");
    harness.event(egui::Event::PointerMoved(centre + egui::vec2(3.0, 2.0)));
    harness.run_steps(60);
    assert!(tooltip(&harness), "a moved pointer asks for it");
}
