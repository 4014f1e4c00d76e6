//! Scenes: saved by the app, opened by it and by `csto-map --scene` / `render --scene`, so that a
//! lesson plan's links, the window and the images agree; bad ones refused with one message.
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use common::{csto_map_on, temp_dir};

const TODAY: &str = "2026-11-30";

#[test]
fn render_of_a_scene_is_the_image_of_its_day_box_theme_and_compared_day() {
    let dir = temp_dir("scene-render");
    let scene = dir.join("caucasus.json");
    let text = r#"{"csto_map_scene": 1, "date": "2024-02-22", "compare": "2023-12-31",
        "bbox": [38, 37, 52, 44.5], "theme": "dark", "labels": true}"#;
    std::fs::write(&scene, text).unwrap();
    let (from_scene, from_flags) = (dir.join("scene.png"), dir.join("flags.png"));
    let output = csto_map_on(
        TODAY,
        &["render", "--scene", scene.to_str().unwrap(), "--width", "800", "--out", from_scene.to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let flags = [
        "render",
        "--date",
        "2024-02-22",
        "--compare",
        "2023-12-31",
        "--bbox",
        "38,37,52,44.5",
        "--theme",
        "dark",
        "--labels",
        "--width",
        "800",
        "--out",
        from_flags.to_str().unwrap(),
    ];
    assert!(csto_map_on(TODAY, &flags).status.success());
    assert_eq!(std::fs::read(&from_scene).unwrap(), std::fs::read(&from_flags).unwrap(), "the same image");
    // What the scene sets is not also asked for: a --theme beside it is refused, not ignored.
    let both = dir.join("both.png");
    let refused = csto_map_on(
        TODAY,
        &["render", "--scene", scene.to_str().unwrap(), "--theme", "light", "--out", both.to_str().unwrap()],
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8(refused.stderr).unwrap().contains("--theme"));
    assert!(!both.exists());
}

#[test]
fn a_scene_file_of_junk_or_a_bad_day_gets_one_message_and_exit_2() {
    let dir = temp_dir("scene-junk");
    let junk = dir.join("junk.json");
    std::fs::write(&junk, b"\x00\x01 not json").unwrap();
    let out = dir.join("never.png");
    for args in [
        vec!["render", "--scene", junk.to_str().unwrap(), "--out", out.to_str().unwrap()],
        vec!["--scene", junk.to_str().unwrap()],
        vec!["--scene", dir.join("missing.json").to_str().unwrap()],
        vec!["--date", "2012-13-01"],
        vec!["--compare", "1985-01-01"],
        vec!["--bbox", "50,10,40,20"],
        vec!["--date", "2012-06-28", "status", "--year", "2012"],
    ] {
        let output = csto_map_on(TODAY, &args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.starts_with("error: ") && stderr.lines().count() == 1, "{args:?}: {stderr}");
    }
    assert!(!out.exists());
}

#[cfg(feature = "desktop")]
mod app {
    use egui_kittest::kittest::Queryable as _;
    use jiff::civil::date;

    use csto_map::scene_file::SceneFile;
    use csto_map::ui::SavedState;

    use super::common::app_with;

    #[test]
    fn a_scene_saved_and_opened_gives_the_same_day_compare_and_view() {
        let settings =
            SavedState { date: Some(date(2012, 6, 28)), compare: Some(date(2011, 12, 31)), ..SavedState::default() };
        let mut saved = app_with(settings);
        let ctx = saved.ctx.clone();
        let caucasus = SceneFile { bbox: Some([38.0, 37.0, 52.0, 44.5]), ..saved.state().scene() };
        saved.state_mut().open_scene(&ctx, &caucasus);
        saved.run_steps(5);
        let scene = saved.state().scene();
        let text = scene.to_json();
        let read = SceneFile::from_json(text.as_bytes(), "lesson.json", date(2026, 11, 30)).unwrap();
        assert_eq!(read, scene);
        assert_eq!(read.date, Some(date(2012, 6, 28)));
        assert_eq!(read.compare, Some(date(2011, 12, 31)));

        let mut opened = app_with(SavedState::default());
        let ctx = opened.ctx.clone();
        opened.state_mut().open_scene(&ctx, &read);
        opened.run_steps(5);
        assert_eq!(opened.state().date(), date(2012, 6, 28));
        assert_eq!(opened.state().compare_date(), Some(date(2011, 12, 31)));
        let (a, b) = (read.bbox.unwrap(), opened.state().scene().bbox.unwrap());
        for (saved, shown) in a.iter().zip(b) {
            assert!((saved - shown).abs() < 0.05, "the same view: {a:?} {b:?}");
        }
        // The Caucasus: Armenia is on screen, Moscow is not.
        let view = opened.state().map_view().unwrap();
        let at = |lon, lat| view.screen_from_projected(csto_map::geodata::mercator_from_geo(lon, lat));
        assert!(view.rect.contains(at(44.5, 40.2)) && !view.rect.contains(at(37.6, 55.75)));
        opened.get_by_label("Changes from 31 December 2011 to 28 June 2012");
    }

    #[test]
    fn a_damaged_scene_opened_in_the_window_is_one_message_and_changes_nothing() {
        let dir = super::temp_dir("scene-app-junk");
        let settings = SavedState { date: Some(date(2012, 6, 28)), labels: false, ..SavedState::default() };
        let mut harness = app_with(settings);
        harness.run_steps(3);
        let before = harness.state().scene();
        let ctx = harness.ctx.clone();
        for (name, bytes) in [
            ("junk.json", &b"\x00\x01 not json"[..]),
            ("foreign.json", br#"{"type": "FeatureCollection", "features": []}"#),
            ("later.json", br#"{"csto_map_scene": 7, "date": "2012-01-01"}"#),
        ] {
            let path = dir.join(name);
            std::fs::write(&path, bytes).unwrap();
            harness.state_mut().open_scene_file(&ctx, &path);
            harness.run_steps(2);
            let notice = harness.state().notice().unwrap_or_default().to_owned();
            assert!(notice.contains(name), "the message names the file: {notice}");
            assert_eq!(harness.state().scene(), before, "{name} changed the window");
        }
    }
}
