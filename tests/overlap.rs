//! Where two organisations overlap: `render --overlap` in PNG and SVG, in English and Russian,
//! checked pixel by pixel against `csto-map palette --json`; the refusals; series named after
//! the organisations.
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use std::path::Path;

use image::{Rgba, RgbaImage};

use common::{csto_map, csto_map_on, english, palette, pixel_in_box, temp_dir};

const TODAY: &str = "2026-12-03";
const BOX: [f64; 4] = [20.0, 35.0, 90.0, 60.0];
const BOX_ARG: &str = "20,35,90,60";

fn render(args: &[&str], out: &Path) -> RgbaImage {
    // Pixels are found with the Web Mercator of tests/common: the image is drawn in it.
    let mut all = vec!["render", "--projection", "mercator", "--out", out.to_str().unwrap(), "--bbox", BOX_ARG];
    all.extend(["--width", "1200", "--bare"]);
    all.extend_from_slice(args);
    let output = csto_map_on(TODAY, &all);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    image::open(out).unwrap().to_rgba8()
}

/// A colour of an overlap map, from `csto-map palette --json` (its `overlap` object).
fn overlap_palette(key: &str) -> Rgba<u8> {
    let output = csto_map(&["palette", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let hex = json["overlap"][key]["fill"].as_str().unwrap();
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
    Rgba([channel(1), channel(3), channel(5), 255])
}

/// A command that must fail with exit status 2 and one message; its stderr.
fn refused(args: &[&str]) -> String {
    let output = csto_map_on(TODAY, args);
    assert_eq!(output.status.code(), Some(2), "{args:?} should fail");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

#[test]
fn the_csto_and_nato_in_2004_meet_at_the_baltic_without_overlapping() {
    let dir = temp_dir("overlap-nato");
    let image = render(&["--overlap", "nato", "--year", "2004"], &dir.join("nato.png"));
    let (width, height) = image.dimensions();
    let at = |lon, lat| {
        let (x, y) = pixel_in_box(lon, lat, BOX, width, height);
        *image.get_pixel(x, y)
    };
    assert_eq!(at(40.0, 56.0), overlap_palette("first"), "Russia: the CSTO only");
    assert_eq!(at(67.0, 48.0), overlap_palette("first"), "Kazakhstan");
    assert_eq!(at(25.5, 58.7), overlap_palette("second"), "Estonia joined NATO in March 2004");
    assert_eq!(at(35.0, 39.0), overlap_palette("second"), "Turkey");
    assert_eq!(at(85.0, 40.0), palette("none", "light"), "China is in neither");
    assert_eq!(overlap_palette("neither"), palette("none", "light"));
    // Before the enlargement, Estonia was in neither.
    let before = render(&["--overlap", "nato", "--date", "2004-03-28"], &dir.join("before.png"));
    let (x, y) = pixel_in_box(25.5, 58.7, BOX, width, height);
    assert_eq!(*before.get_pixel(x, y), overlap_palette("neither"), "Estonia before 29 March 2004");
}

#[test]
fn the_csto_and_the_sco_share_their_central_asian_members() {
    let dir = temp_dir("overlap-sco");
    let image = render(&["--overlap", "sco", "--year", "2025"], &dir.join("sco.png"));
    let (width, height) = image.dimensions();
    let at = |lon, lat| {
        let (x, y) = pixel_in_box(lon, lat, BOX, width, height);
        *image.get_pixel(x, y)
    };
    assert_eq!(at(67.0, 48.0), overlap_palette("both"), "Kazakhstan");
    assert_eq!(at(40.0, 56.0), overlap_palette("both"), "Russia");
    assert_eq!(at(85.0, 40.0), overlap_palette("second"), "China: the SCO only");
    assert_eq!(at(64.0, 41.5), overlap_palette("second"), "Uzbekistan left the CSTO, stays in the SCO");
    // Armenia (frozen in the CSTO, an SCO dialogue partner) is hatched: its pixels are of both shades.
    let (x, y) = pixel_in_box(45.0, 40.3, BOX, width, height);
    let around: std::collections::BTreeSet<[u8; 4]> = (x - 6..x + 6)
        .flat_map(|x| (y - 6..y + 6).map(move |y| (x, y)))
        .map(|(x, y)| image.get_pixel(x, y).0)
        .collect();
    assert!(around.contains(&overlap_palette("both").0), "Armenia's fill");
    let json: serde_json::Value = serde_json::from_slice(&csto_map(&["palette", "--json"]).stdout).unwrap();
    let pattern = json["overlap"]["both_partial"]["pattern"].as_str().unwrap();
    let hatch = |i: usize| u8::from_str_radix(&pattern[i..i + 2], 16).unwrap();
    assert!(around.contains(&[hatch(1), hatch(3), hatch(5), 255]), "Armenia's hatching");
}

#[test]
fn an_overlap_svg_titles_and_counts_in_english_and_russian() {
    let dir = temp_dir("overlap-svg");
    let out = dir.join("en.svg");
    let output = csto_map_on(TODAY, &["render", "--overlap", "nato", "--year", "2004", "--out", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.contains("CSTO and NATO: where they overlap, as of 31 December 2004"), "the title");
    for row in ["In both CSTO and NATO: 0", "CSTO only: 6", "NATO only: 26", "In neither"] {
        assert!(svg.contains(row), "legend row {row}");
    }
    assert!(svg.contains("CSTO and NATO membership as of 31 December 2004."), "the credits");
    let sources = "Data: Wikipedia &quot;Collective Security Treaty Organization&quot; and sources; the sources cited in \
                   csto-map's NATO timeline; borders";
    assert!(svg.contains(sources), "each organisation's data named, NATO's not credited to the CSTO article");
    let out = dir.join("ru.svg");
    let output = english()
        .env("CSTO_MAP_TODAY", TODAY)
        .args(["--lang", "ru", "render", "--org", "sco", "--overlap", "csto", "--year", "2025"])
        .args(["--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.contains("Пересечение составов ШОС и ОДКБ по состоянию на 31"), "the title, the SCO first");
    assert!(svg.contains("И в ШОС, и в ОДКБ: 6"), "Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Belarus, Armenia");
    assert!(svg.contains("Только в ОДКБ: 1"), "Serbia, an observer of the CSTO's assembly");
    assert!(svg.contains("Штриховка"));
}

#[test]
fn an_overlap_with_itself_another_mode_or_an_unknown_id_is_refused() {
    let out = temp_dir("overlap-refused").join("x.png");
    let out = out.to_str().unwrap();
    assert!(
        refused(&["render", "--overlap", "csto", "--out", out])
            .contains("--overlap csto: an organisation overlaps itself")
    );
    let message = refused(&["render", "--overlap", "nato", "--compare", "2000-01-01", "--out", out]);
    assert!(message.contains("cannot be given with --compare"), "{message}");
    let message = refused(&["render", "--overlap", "otan", "--out", out]);
    assert!(message.contains("unknown organisation \"otan\" (known: csto, cis, eaeu, guam, nato, sco)"), "{message}");
    assert!(!Path::new(out).exists(), "nothing written");
    let ru = english()
        .env("CSTO_MAP_TODAY", TODAY)
        .args(["--lang", "ru", "render", "--overlap", "csto", "--out", out])
        .output();
    let stderr = String::from_utf8(ru.unwrap().stderr).unwrap();
    assert!(stderr.contains("организация везде совпадает сама с собой"), "{stderr}");
}

#[test]
fn a_series_is_named_after_its_organisations_and_the_csto_s_as_before() {
    let dir = temp_dir("overlap-series");
    let series = |args: &[&str], folder: &str| {
        let out = dir.join(folder);
        let mut all = vec!["render-series", "--out-dir", out.to_str().unwrap(), "--width", "200", "--height", "120"];
        all.extend_from_slice(args);
        let output = csto_map_on(TODAY, &all);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let mut names: Vec<String> =
            std::fs::read_dir(out).unwrap().map(|entry| entry.unwrap().file_name().into_string().unwrap()).collect();
        names.sort();
        names
    };
    assert_eq!(series(&[], "csto")[0], "csto-map-01-1992-12-31.png");
    assert_eq!(series(&["--org", "nato"], "nato")[0], "csto-map-nato-01-1992-12-31.png");
    let both = series(&["--overlap", "nato"], "both");
    assert_eq!(both[0], "csto-map-csto-nato-01-1992-12-31.png");
    assert_eq!(both.len(), 35, "1992 to 2026");
    // By change: NATO's days too.
    let by_change = series(&["--overlap", "nato", "--step", "change"], "by-change");
    assert!(by_change.iter().any(|name| name.ends_with("-2004-03-29.png")), "NATO's enlargement: {by_change:?}");
    assert!(by_change.iter().any(|name| name.ends_with("-2012-06-28.png")), "the CSTO's Uzbekistan");
}

#[test]
fn a_scene_names_its_organisation_and_overlap_and_renders_as_the_flags_do() {
    let dir = temp_dir("overlap-scene");
    let scene = dir.join("lesson.json");
    let text = r#"{"csto_map_scene": 1, "date": "2004-12-31", "bbox": [20, 35, 90, 60], "organisation": "nato",
        "overlap": "csto"}"#;
    std::fs::write(&scene, text).unwrap();
    let (from_scene, from_flags) = (dir.join("scene.svg"), dir.join("flags.svg"));
    let run = |args: &[&str]| {
        let output = csto_map_on(TODAY, args);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    };
    run(&["render", "--scene", scene.to_str().unwrap(), "--out", from_scene.to_str().unwrap()]);
    let flags = ["--org", "nato", "--overlap", "csto", "--date", "2004-12-31", "--bbox", BOX_ARG, "--labels"];
    run(&[&["render", "--out", from_flags.to_str().unwrap()][..], &flags].concat());
    let (scene_svg, flags_svg) =
        (std::fs::read_to_string(&from_scene).unwrap(), std::fs::read_to_string(&from_flags).unwrap());
    assert!(
        scene_svg.contains("NATO and CSTO: where they overlap, as of 31 December 2004"),
        "the scene's organisations"
    );
    assert_eq!(scene_svg, flags_svg, "the scene and the flags make the same image");
    // A scene that compares two days cannot also overlap.
    let both = dir.join("both.json");
    std::fs::write(&both, r#"{"csto_map_scene": 1, "compare": "2000-01-01", "overlap": "nato"}"#).unwrap();
    let message = refused(&["render", "--scene", both.to_str().unwrap(), "--out", dir.join("x.png").to_str().unwrap()]);
    assert!(
        message.contains("both.json: a map shows a day compared with another or an overlap, not both"),
        "{message}"
    );
    // An unknown organisation in a scene is named, with the known ones.
    let unknown = dir.join("unknown.json");
    std::fs::write(&unknown, r#"{"csto_map_scene": 1, "organisation": "otan"}"#).unwrap();
    let message =
        refused(&["render", "--scene", unknown.to_str().unwrap(), "--out", dir.join("x.png").to_str().unwrap()]);
    assert!(message.contains("unknown organisation \"otan\""), "{message}");
}

#[test]
fn compare_given_beside_a_scene_replaces_its_overlap() {
    use clap::Parser as _;
    let dir = temp_dir("overlap-scene-compare");
    let scene = dir.join("lesson.json");
    std::fs::write(&scene, r#"{"csto_map_scene": 1, "organisation": "nato", "overlap": "csto"}"#).unwrap();
    let args = ["csto-map", "--scene", scene.to_str().unwrap(), "--compare", "2000-01-01"];
    let opened = csto_map::cli::Cli::parse_from(args).opening_scene(csto_map::i18n::Lang::En).unwrap();
    assert_eq!(opened.compare, Some(jiff::civil::date(2000, 1, 1)));
    assert_eq!(opened.overlap, None, "a map compares two days or overlaps two organisations, not both");
    assert_eq!(opened.organisation.as_deref(), Some("nato"));
    let args = ["csto-map", "--scene", scene.to_str().unwrap(), "--org", "cis"];
    let opened = csto_map::cli::Cli::parse_from(args).opening_scene(csto_map::i18n::Lang::En).unwrap();
    assert_eq!(opened.organisation.as_deref(), Some("cis"), "--org overrides the scene's");
}
