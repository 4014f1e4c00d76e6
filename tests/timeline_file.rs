//! File → Open timeline…: another timeline file in the app, checked as `csto-map check` checks
//! it; a file that cannot be used leaves the map as it was. Driven in egui_kittest.
#![cfg(feature = "desktop")]
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

use std::path::PathBuf;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::date;
use serde_json::{Value, json};

use csto_map::app::CstoApp;
use csto_map::ui::SavedState;

fn app(settings: SavedState) -> Harness<'static, CstoApp> {
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| CstoApp::with(&cc.egui_ctx, settings, Box::new(|| date(2026, 11, 30))));
    harness.run_steps(3);
    harness
}

/// The bundled timeline, changed by `edit`, written to a fresh file.
fn timeline_file(name: &str, edit: impl FnOnce(&mut Value)) -> PathBuf {
    let mut value: Value = serde_json::from_str(include_str!("../assets/organisations/csto.json")).unwrap();
    edit(&mut value);
    let dir = std::env::temp_dir().join(format!("csto-map-timeline-file-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    path
}

/// Runs frames until `done` (the file is read on a thread of its own).
fn wait(harness: &mut Harness<'_, CstoApp>, done: impl Fn(&CstoApp) -> bool) {
    for _ in 0..400 {
        harness.run_steps(1);
        if done(harness.state()) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("not done after 10 s");
}

#[test]
fn a_timeline_file_is_shown_named_and_remembered() {
    let file = timeline_file("newer.json", |value| value["checked_on"] = json!("2026-02-15"));
    let mut harness = app(SavedState::default());
    let ctx = harness.ctx.clone();
    harness.state_mut().open_timeline(&ctx, file.clone());
    wait(&mut harness, |app| app.settings().timeline_file.is_some());
    assert_eq!(harness.state().settings().timeline_file.as_deref(), Some(file.as_path()));
    harness.run_steps(2);
    harness.get_by_label("Data checked 15 February 2026");
    assert!(harness.state().notice().unwrap().starts_with("Showing the timeline "));

    // The next start opens it again, and names it in the title bar.
    let mut harness = app(SavedState { timeline_file: Some(file), ..SavedState::default() });
    harness.get_by_label("Data checked 15 February 2026");
    harness.key_press(egui::Key::Home);
    harness.run_steps(2);
    let title = harness.state().window_title();
    assert_eq!(title, "csto-map: CSTO membership as of 31 December 1992, from newer.json");
}

#[test]
fn a_timeline_file_with_problems_is_refused_in_a_window_and_the_map_stays() {
    let file = timeline_file("broken.json", |value| {
        value["title"] = json!("");
        value["countries"][0]["changes"][0]["sources"] = json!([]);
    });
    let mut harness = app(SavedState::default());
    let ctx = harness.ctx.clone();
    harness.state_mut().open_timeline(&ctx, file);
    wait(&mut harness, |app| app.timeline_problems().is_some());
    assert_eq!(harness.state().timeline_problems().unwrap().len(), 2);
    harness.run_steps(2);
    harness.get_by_label_contains("broken.json has 2 problems");
    harness.get_by_label("Data checked 30 November 2026");
    assert_eq!(harness.state().settings().timeline_file, None);
    harness.get_by_label("Close").click();
    harness.run_steps(2);
    assert!(harness.state().timeline_problems().is_none());
}

#[test]
fn a_remembered_timeline_file_that_is_gone_falls_back_to_the_bundled_one_with_a_notice() {
    let gone = std::env::temp_dir().join("csto-map-no-such-timeline.json");
    let harness = app(SavedState { timeline_file: Some(gone), ..SavedState::default() });
    let notice = harness.state().notice().unwrap();
    assert!(notice.contains("csto-map-no-such-timeline.json cannot be used") && notice.contains("bundled"), "{notice}");
    assert_eq!(harness.state().settings().timeline_file, None);
    harness.get_by_label("Data checked 30 November 2026");
}
