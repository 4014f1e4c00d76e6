//! Presentation mode (F5), driven with the keys a presentation clicker sends.
#![cfg(feature = "desktop")]
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use egui::Key;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::date;

use csto_map::story::{StoryFilter, story};
use csto_map::timeline::Timeline;
use csto_map::ui::Settings;

use common::app_with;

fn press(harness: &mut egui_kittest::Harness<'_, csto_map::app::CstoApp>, key: Key) {
    harness.key_press(key);
    harness.run_steps(3);
}

#[test]
fn the_story_steps_forward_and_back_in_order_and_escape_restores_the_window() {
    let settings = Settings { date: Some(date(2012, 12, 31)), table: true, ..Settings::default() };
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
    let mut harness = app_with(Settings { story: filter, ..Settings::default() });
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
