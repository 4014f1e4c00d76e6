//! `csto-map territories`: the territories held by another state or authority than the one whose
//! territory they are, on a day, as a user asks for them (text and JSON, English and Russian).
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

use serde_json::Value;

mod common;

use common::{csto_map, palette, pixel_in_box, temp_dir};

fn held_on(date: &str) -> Vec<Value> {
    let output = csto_map(&["territories", "--date", date, "--json"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice::<Value>(&output.stdout).unwrap().as_array().unwrap().clone()
}

fn find<'a>(list: &'a [Value], id: &str) -> Option<&'a Value> {
    list.iter().find(|territory| territory["id"] == id)
}

#[test]
fn crimea_is_listed_from_march_2014_as_ukraines_held_by_russia() {
    assert!(find(&held_on("2013-12-31"), "crimea").is_none());
    let in_2015 = held_on("2015-06-01");
    let crimea = find(&in_2015, "crimea").unwrap();
    assert_eq!(crimea["recognised_as"], "UKR");
    assert_eq!(crimea["held_by"], "RUS");
    assert_eq!(crimea["since"], "2014-03-18");
    assert!(crimea["note"].as_str().unwrap().contains("68/262"));
    // A local authority holds Transnistria: no state.
    let transnistria = find(&in_2015, "transnistria").unwrap();
    assert_eq!((transnistria["recognised_as"].as_str(), transnistria["held_by"].is_null()), (Some("MDA"), true));
    // Each record has the fields, and no more than the holder's name besides.
    let mut keys: Vec<&str> = crimea.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["held_by", "holder", "id", "name", "note", "recognised_as", "since"]);
}

#[test]
fn nagorno_karabakh_is_listed_until_september_2023() {
    assert!(find(&held_on("2023-09-19"), "nagorno_karabakh").is_some());
    assert!(find(&held_on("2023-09-20"), "nagorno_karabakh").is_none());
}

#[test]
fn the_text_names_the_holder_and_the_day_in_each_language() {
    let output = csto_map(&["territories", "--date", "2015-06-01"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Crimea") && text.contains("UKR  held by Russia since 18 March 2014"), "{text}");
    let output = csto_map(&["--lang", "ru", "territories", "--date", "2015-06-01"]);
    let text = String::from_utf8(output.stdout).unwrap();
    let crimea = text.lines().find(|line| line.starts_with("Крым")).unwrap();
    assert!(crimea.contains("UKR  под контролем: Россия, с 18") && crimea.contains("марта 2014"), "{crimea}");
    let output = csto_map(&["territories", "--date", "1993-01-01"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Transnistria") && !text.contains("Crimea"), "{text}");
}

#[test]
fn a_bad_date_gets_one_message() {
    let output = csto_map(&["territories", "--date", "2015-13-01"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("--date") && !stderr.contains("panicked"), "{stderr}");
}

/// The pixels of a square of `side` around (lon, lat) in a Web Mercator image of the box, and how
/// many of them are not `fill`.
fn off_fill_around(image: &image::RgbaImage, (lon, lat): (f64, f64), bbox: [f64; 4], fill: image::Rgba<u8>) -> usize {
    let (x, y) = pixel_in_box(lon, lat, bbox, image.width(), image.height());
    let side = 24;
    (x - side / 2..x + side / 2)
        .flat_map(|px| (y - side / 2..y + side / 2).map(move |py| (px, py)))
        .filter(|&(px, py)| *image.get_pixel(px, py) != fill)
        .count()
}

#[test]
fn crimea_is_hatched_in_2015_and_not_in_2013() {
    let dir = temp_dir("territories");
    let bbox = [30.0, 43.0, 38.0, 47.0];
    let render = |date: &str, extra: &[&str]| {
        let out = dir.join(format!("crimea-{date}-{}.png", extra.len()));
        let mut args = vec!["render", "--date", date, "--bbox", "30,43,38,47", "--width", "800"];
        args.extend(["--projection", "mercator", "--bare", "--out", out.to_str().unwrap()]);
        args.extend(extra);
        let output = csto_map(&args);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        image::open(&out).unwrap().to_rgba8()
    };
    let none = palette("none", "light");
    // The north of the peninsula, away from its name: Ukraine's fill (no status) and nothing else
    // in 2013; hatched over it in 2015; and not with --no-context.
    let north_crimea = (33.6, 45.75);
    let before = render("2013-06-01", &[]);
    assert_eq!(off_fill_around(&before, north_crimea, bbox, none), 0, "2013: Ukraine's fill only");
    let after = render("2015-06-01", &[]);
    let hatched = off_fill_around(&after, north_crimea, bbox, none);
    assert!(hatched > 60, "2015: hatching over Ukraine's fill ({hatched} pixels of 576)");
    assert_eq!(off_fill_around(&render("2015-06-01", &["--no-context"]), north_crimea, bbox, none), 0, "--no-context");
    // Beyond the peninsula, in Kherson region on the mainland, nothing in 2015.
    assert_eq!(off_fill_around(&after, (33.0, 46.55), bbox, none), 0, "the mainland north of Crimea");
}

#[test]
fn an_svg_marks_the_territories_of_its_day() {
    let dir = temp_dir("territories-svg");
    let svg = |date: &str, lang: &str| {
        let out = dir.join(format!("map-{date}-{lang}.svg"));
        let output = csto_map(&["--lang", lang, "render", "--date", date, "--out", out.to_str().unwrap()]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        std::fs::read_to_string(&out).unwrap()
    };
    let territories = |text: &str| text.matches("class=\"territory\"").count();
    // 2015: Crimea, Abkhazia, South Ossetia, Transnistria, Nagorno-Karabakh, Donbas, and the
    // legend's swatch; 1991's map has none and no legend row.
    let in_2015 = svg("2015-06-01", "en");
    assert_eq!(territories(&in_2015), 7, "six territories and the legend's swatch");
    assert!(in_2015.contains("Territory held by another state or authority"));
    let in_1992 = svg("1992-06-01", "en");
    assert_eq!(territories(&in_1992), 0);
    assert!(!in_1992.contains("Territory held by another state or authority"));
    assert!(svg("2015-06-01", "ru").contains("Территория под контролем другого государства или непризнанных властей"));
}

#[test]
fn an_image_marks_the_place_of_an_event_of_the_last_month() {
    let dir = temp_dir("places-svg");
    let svg = |date: &str, extra: &[&str]| {
        let out = dir.join(format!("map-{date}-{}.svg", extra.len()));
        let mut args = vec!["render", "--date", date, "--out", out.to_str().unwrap()];
        args.extend(extra);
        let output = csto_map(&args);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        std::fs::read_to_string(&out).unwrap()
    };
    let places = |text: &str| text.matches("class=\"place\"").count();
    // Almaty, four days after the deployment; named beside its mark.
    let january = svg("2022-01-10", &[]);
    assert_eq!(places(&january), 1);
    assert!(january.contains("<title>Almaty</title>"), "the place is named");
    // Two months later, nothing; and nothing with --no-context.
    assert_eq!(places(&svg("2022-03-10", &[])), 0);
    assert_eq!(places(&svg("2022-01-10", &["--no-context"])), 0);
}
