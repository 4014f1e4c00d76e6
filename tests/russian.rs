//! csto-map in Russian, as a Russian-speaking teacher uses it: the window (egui_kittest, no GPU),
//! the keys on a Russian keyboard layout, images and the command line with `--lang ru`.
#![cfg(feature = "desktop")]
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use fluent_syntax::ast;
use jiff::civil::{Date, date};

use csto_map::app::CstoApp;
use csto_map::geodata::mercator_from_geo;
use csto_map::i18n::Lang;
use csto_map::ui::SavedState;

use common::{click_at, csto_map_on, temp_dir};

const TODAY: Date = date(2026, 11, 30);

fn app(settings: SavedState) -> Harness<'static, CstoApp> {
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| CstoApp::with(&cc.egui_ctx, settings, Box::new(|| TODAY)));
    harness.run_steps(3);
    harness
}

fn russian_at(day: Date) -> Harness<'static, CstoApp> {
    app(SavedState { date: Some(day), language: Lang::Ru, ..SavedState::default() })
}

fn click_country(harness: &mut Harness<'_, CstoApp>, lat: f64, lon: f64) {
    let view = harness.state().map_view().expect("the map was drawn");
    let pos = view.screen_from_projected(mercator_from_geo(lon, lat));
    click_at(harness, pos);
}

/// Every label and value the window offers to assistive technology (and so to the eye).
fn texts(harness: &Harness<'_, CstoApp>) -> Vec<String> {
    let root = harness.root();
    let mut texts = Vec::new();
    for node in root.children_recursive() {
        let node = node.accesskit_node();
        texts.extend(node.label());
        texts.extend(node.value());
    }
    texts
}

/// The English messages as patterns: their literal text, with each placeable a wildcard. Only
/// those with enough words of their own to be recognised ("{ $date }: { $title }" is not).
fn english_patterns() -> Vec<(String, Vec<String>)> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en.ftl")).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
    let mut patterns = Vec::new();
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else { continue };
        let Some(pattern) = message.value else { continue };
        let pieces: Vec<String> = pattern
            .elements
            .iter()
            .map(|element| match element {
                ast::PatternElement::TextElement { value } => value.to_string(),
                ast::PatternElement::Placeable { .. } => "\u{0}".to_owned(),
            })
            .collect::<String>()
            .split('\u{0}')
            .map(str::to_owned)
            .collect();
        let letters = pieces.iter().flat_map(|piece| piece.chars()).filter(char::is_ascii_alphabetic).count();
        // A single word between arguments ("{ $org } membership { $as_of }") would match any English
        // text with that word in it, such as the title of a cited source, which stays as published.
        let words = pieces.iter().flat_map(|piece| piece.split_whitespace()).count();
        if letters >= 4 && words >= 2 {
            patterns.push((message.id.name.to_owned(), pieces));
        }
    }
    patterns
}

/// Whether `text` is the English message made of `pieces` (literal parts around placeables).
fn matches(text: &str, pieces: &[String]) -> bool {
    let (first, rest) = pieces.split_first().unwrap();
    let Some(mut tail) = text.strip_prefix(first.as_str()) else { return false };
    for (index, piece) in rest.iter().enumerate() {
        let last = index + 1 == rest.len();
        match (last, tail.find(piece.as_str())) {
            (true, _) => return piece.is_empty() || tail.ends_with(piece.as_str()),
            (false, Some(at)) => tail = &tail[at + piece.len()..],
            (false, None) => return false,
        }
    }
    tail.is_empty()
}

/// The texts on screen that are English messages.
fn english_on_screen(harness: &Harness<'_, CstoApp>) -> Vec<String> {
    let patterns = english_patterns();
    texts(harness)
        .into_iter()
        .filter_map(|text| {
            patterns.iter().find(|(_, pieces)| matches(&text, pieces)).map(|(id, _)| format!("{id}: {text:?}"))
        })
        .collect()
}

#[test]
fn the_matcher_finds_an_english_message_with_its_arguments_filled_in() {
    let patterns = english_patterns();
    let found = |text: &str| patterns.iter().find(|(_, pieces)| matches(text, pieces)).map(|(id, _)| id.clone());
    assert_eq!(found("Changes in 2012:").as_deref(), Some("changes-in"));
    assert_eq!(found("Zoom to Uzbekistan").as_deref(), Some("details-zoom"));
    assert_eq!(found("Изменения в 2012 г.:"), None);
}

#[test]
fn in_russian_the_window_shows_no_english_message() {
    let mut harness = russian_at(date(2012, 12, 31));
    click_country(&mut harness, 41.5, 64.0);
    harness.get_by_label("Узбекистан (UZB)");
    harness.get_by_label_contains("Бывший член ОДКБ, по состоянию на 31\u{a0}декабря 2012\u{a0}г.");
    harness.get_by_label("28\u{a0}июня 2012\u{a0}г.");
    harness.get_by_label("Связанные события");
    harness.get_by_label("Статус в ОДКБ");
    harness.get_by_label("Бывшие члены: 3");
    assert_eq!(english_on_screen(&harness), Vec::<String>::new(), "the map, the legend and the details");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(3);
    harness.get_by_label("Экспорт изображения");
    harness.get_by_label("Сохранить как");
    assert_eq!(english_on_screen(&harness), Vec::<String>::new(), "the export dialog");
    let title = &harness.state().export_dialog().unwrap().title;
    assert_eq!(title, "Члены ОДКБ по состоянию на 31\u{a0}декабря 2012\u{a0}г.");
    let window = harness.state().window_title();
    assert!(window.starts_with("csto-map: члены ОДКБ по состоянию на 31\u{a0}декабря 2012"), "{window}");
}

#[test]
fn the_language_menu_switches_the_window_at_once_and_is_remembered() {
    let mut harness = app(SavedState { date: Some(date(2012, 12, 31)), ..SavedState::default() });
    harness.get_by_label("CSTO status");
    harness.get_by_label("Language").click();
    harness.run_steps(2);
    // Each language is named in itself.
    harness.get_by_label("English");
    harness.get_by_label("Русский").click();
    harness.run_steps(3);
    assert_eq!(harness.state().settings().language, Lang::Ru);
    harness.get_by_label("Статус в ОДКБ");
    assert!(harness.query_by_label("CSTO status").is_none());
    harness.get_by_label_contains("Члены ОДКБ по состоянию на 31\u{a0}декабря 2012");
    // What eframe saves holds the choice.
    let saved = ron::to_string(harness.state().settings()).unwrap();
    assert_eq!(SavedState::from_ron(&saved, Lang::En).language, Lang::Ru);
}

/// A key as egui-winit reports it with the Russian layout active: the logical key is a Cyrillic
/// letter egui has no name for, so the event carries the physical key (the Latin key at the same
/// place), as egui-winit 0.37 does for layouts without Latin letters; the letter comes as text.
fn russian_key(harness: &mut Harness<'_, CstoApp>, modifiers: Modifiers, key: Key, letter: &str) {
    for pressed in [true, false] {
        harness.event(Event::Key { key, physical_key: Some(key), pressed, repeat: false, modifiers });
        if pressed && modifiers.is_none() {
            harness.event(Event::Text(letter.to_owned()));
        }
    }
    harness.run_steps(3);
}

#[test]
fn shortcuts_work_with_the_russian_keyboard_layout() {
    let mut harness = russian_at(date(2012, 12, 31));
    // Ctrl+E types "у" on the Russian layout.
    russian_key(&mut harness, Modifiers::COMMAND, Key::E, "у");
    assert!(harness.state().export_dialog().is_some(), "Ctrl+E opens the export dialog");
    russian_key(&mut harness, Modifiers::NONE, Key::Escape, "");
    assert!(harness.state().export_dialog().is_none());
    // R ("к") frames the CSTO region again after zooming in with "=".
    let before = harness.state().map_view().unwrap().zoom();
    russian_key(&mut harness, Modifiers::NONE, Key::Equals, "=");
    russian_key(&mut harness, Modifiers::NONE, Key::Equals, "=");
    assert!(harness.state().map_view().unwrap().zoom() > before + 1.5);
    russian_key(&mut harness, Modifiers::NONE, Key::R, "к");
    harness.run_steps(4);
    assert!((harness.state().map_view().unwrap().zoom() - before).abs() < 0.01);
}

#[test]
fn status_history_and_events_speak_russian_with_lang_ru_and_json_keeps_its_keys() {
    let text = |args: &[&str]| String::from_utf8(csto_map_on("2026-11-30", args).stdout).unwrap();
    let status = text(&["status", "--year", "2012", "--lang", "ru"]);
    assert!(status.starts_with("Статус в ОДКБ по состоянию на 31\u{a0}декабря 2012\u{a0}г.:\n"), "{status}");
    let uzbekistan = status.lines().find(|line| line.contains(" UZB ")).unwrap();
    assert!(uzbekistan.starts_with("Узбекистан ") && uzbekistan.ends_with(" UZB  бывший член ОДКБ"), "{status}");
    let history = text(&["history", "UZB", "--lang", "ru"]);
    assert!(history.starts_with("Узбекистан (UZB)\n"), "{history}");
    assert!(history.contains("\n28\u{a0}июня 2012\u{a0}г.: член ОДКБ -> бывший член ОДКБ\n"), "{history}");
    let events = text(&["events", "--from", "2021-01-01", "--to", "2021-12-31", "--lang", "ru"]);
    assert!(events.contains("15\u{a0}августа 2021\u{a0}г. (де-факто)  Афганистан"), "{events}");
    // The system's language is the default.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_csto-map"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANGUAGE", "ru_RU")
        .env("CSTO_MAP_TODAY", "2026-11-30")
        .args(["status", "--year", "2012"])
        .output()
        .unwrap();
    assert!(String::from_utf8(output.stdout).unwrap().starts_with("Статус в ОДКБ"));
    // JSON: English keys and identifiers, and the Russian names beside them.
    let json: serde_json::Value =
        serde_json::from_str(&text(&["status", "--year", "2012", "--json", "--lang", "ru"])).unwrap();
    let uzbekistan = json.as_array().unwrap().iter().find(|row| row["iso3"] == "UZB").unwrap();
    assert_eq!(uzbekistan["name"], "Uzbekistan");
    assert_eq!(uzbekistan["status"], "former_member");
    assert_eq!(uzbekistan["localised"]["name"], "Узбекистан");
    assert_eq!(uzbekistan["localised"]["status"], "бывший член ОДКБ");
    let json: serde_json::Value = serde_json::from_str(&text(&["status", "--year", "2012", "--json"])).unwrap();
    assert!(json[0].get("localised").is_none(), "no language asked for, none added");
}

#[test]
fn a_russian_image_differs_from_the_english_one_only_where_text_is() {
    let dir = temp_dir("russian");
    let render = |lang: &str| {
        let path = dir.join(format!("{lang}.png"));
        let output = csto_map_on(
            "2026-11-30",
            &[
                "render",
                "--year",
                "2012",
                "--width",
                "960",
                // Web Mercator, whose CSTO region leaves the legend top left, over the Arctic.
                "--projection",
                "mercator",
                // The contested territories' names are text on the map itself.
                "--no-context",
                "--lang",
                lang,
                "--out",
                path.to_str().unwrap(),
            ],
        );
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        image::open(&path).unwrap().to_rgba8()
    };
    let (english, russian) = (render("en"), render("ru"));
    assert_eq!(english.dimensions(), russian.dimensions());
    let (width, height) = english.dimensions();
    // The map between the legend (top left), the title and the credits (bottom right) is the same.
    let differs = |x: u32, y: u32| english.get_pixel(x, y) != russian.get_pixel(x, y);
    let map_area = (width / 2..width * 9 / 10).flat_map(|x| (height / 4..height * 3 / 4).map(move |y| (x, y)));
    assert_eq!(map_area.filter(|&(x, y)| differs(x, y)).count(), 0, "the map itself is the same");
    let title_band = (0..width / 2).flat_map(|x| (0..height / 12).map(move |y| (x, y)));
    assert!(title_band.filter(|&(x, y)| differs(x, y)).count() > 200, "the title is in Russian");
    // The SVG says it in words.
    let svg = dir.join("ru.svg");
    let output = csto_map_on(
        "2026-11-30",
        &["render", "--year", "2012", "--width", "960", "--lang", "ru", "--out", svg.to_str().unwrap()],
    );
    assert!(output.status.success());
    let svg = std::fs::read_to_string(svg).unwrap();
    assert!(svg.contains("Члены ОДКБ по состоянию на 31\u{a0}декабря 2012\u{a0}г."), "the title");
    assert!(svg.contains("Бывшие члены: 3"), "the legend");
}

#[test]
fn errors_and_help_of_the_command_line_are_in_russian_too() {
    let stderr = |args: &[&str]| {
        let output = csto_map_on("2026-11-30", args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        String::from_utf8(output.stderr).unwrap()
    };
    assert_eq!(
        stderr(&["--lang", "ru", "status", "--date", "2012-13-01"]),
        "error: --date: «2012-13-01» — не дата: месяца 13 не существует\n"
    );
    assert_eq!(
        stderr(&["history", "XYZ", "--lang", "ru"]),
        "error: XYZ — нет такой страны ни в хронологии, ни на карте мира\n"
    );
    assert!(stderr(&["status", "--year", "2012", "--at", "95,37", "--lang=ru"]).contains("широта 95 вне допустимого"));
    assert_eq!(
        stderr(&["history", "XX", "--lang", "ru"]),
        "error: «XX» — не код ISO 3166-1 alpha-3 (три заглавные латинские буквы, например KAZ)\n"
    );
    let window = stderr(&["--lang", "ru", "--timeline", "assets/organisations/csto.json"]);
    assert!(window.starts_with("error: --timeline assets/organisations/csto.json: карта в окне"), "{window}");
    let check = csto_map_on("2026-11-30", &["--lang", "ru", "check", "assets/organisations/csto.json"]);
    let check = String::from_utf8(check.stdout).unwrap();
    assert!(check.starts_with("assets/organisations/csto.json: ошибок нет: стран — "), "{check}");
    let text =
        String::from_utf8(csto_map_on("2026-11-30", &["--lang", "ru", "status", "--year", "2024"]).stdout).unwrap();
    assert!(
        text.lines().any(|line| line.starts_with("Армения") && line.ends_with("член ОДКБ (участие заморожено)")),
        "{text}"
    );
    let help = csto_map_on("2026-11-30", &["--lang", "ru", "render", "--help"]);
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(help.contains("Ширина в точках [по умолчанию: 1920]"), "{help}");
    let english = String::from_utf8(csto_map_on("2026-11-30", &["render", "--help"]).stdout).unwrap();
    assert!(english.contains("Width in points [default: 1920]"), "{english}");
}

#[test]
fn an_open_export_dialog_follows_the_language_unless_its_title_was_edited() {
    let mut harness = app(SavedState { date: Some(date(2012, 12, 31)), ..SavedState::default() });
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(3);
    harness.get_by_label("Language").click();
    harness.run_steps(2);
    harness.get_by_label("Русский").click();
    harness.run_steps(3);
    let dialog = harness.state().export_dialog().unwrap();
    assert_eq!(dialog.title, "Члены ОДКБ по состоянию на 31\u{a0}декабря 2012\u{a0}г.");
    harness.get_by_label("Экспорт изображения");
}

#[test]
fn the_problems_of_a_timeline_file_are_said_in_russian() {
    let mut timeline: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/organisations/csto.json")).unwrap(),
    )
    .unwrap();
    timeline["title"] = serde_json::json!("");
    timeline["events"][0]["sources"] = serde_json::json!([]);
    let path = temp_dir("russian-check").join("broken.json");
    std::fs::write(&path, timeline.to_string()).unwrap();
    let output = csto_map_on("2026-11-30", &["check", path.to_str().unwrap(), "--lang", "ru"]);
    let (stdout, stderr) = (String::from_utf8(output.stdout).unwrap(), String::from_utf8(output.stderr).unwrap());
    assert!(stdout.contains(": title: поле title пустое\n"), "{stdout}");
    assert!(stdout.contains("нет источников: у каждого изменения и события должен быть хотя бы один"), "{stdout}");
    assert!(stderr.ends_with("broken.json: 2 ошибки\n"), "{stderr}");
}
