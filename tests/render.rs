//! `csto-map render` as a user runs it: real images, read back pixel by pixel, compared with the
//! colours `csto-map palette --json` prints.
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use std::path::Path;

use common::{csto_map, mercator_y, palette, pixel_in_box, temp_dir};
use image::{Rgba, RgbaImage};

fn render(args: &[&str], out: &Path) -> RgbaImage {
    // Pixels are found with the Web Mercator of tests/common: the image is drawn in it.
    let mut all = vec!["render", "--projection", "mercator", "--out", out.to_str().unwrap()];
    all.extend_from_slice(args);
    let output = csto_map(&all);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    image::open(out).unwrap().to_rgba8()
}

const BOX: [f64; 4] = [40.0, 35.0, 90.0, 56.0];
const BOX_ARG: &str = "40,35,90,56";

#[test]
fn central_kazakhstan_is_a_member_in_2012_and_uzbekistan_a_former_member_in_2013() {
    let dir = temp_dir("colours");
    let image = render(&["--year", "2012", "--bbox", BOX_ARG, "--width", "1000", "--bare"], &dir.join("2012.png"));
    let (width, height) = image.dimensions();
    assert_eq!(width, 1000);
    let at = |lon, lat| {
        let (x, y) = pixel_in_box(lon, lat, BOX, width, height);
        *image.get_pixel(x, y)
    };
    assert_eq!(at(67.0, 48.0), palette("member", "light"), "central Kazakhstan");
    assert_eq!(at(64.0, 41.5), palette("former_member", "light"), "Uzbekistan");
    assert_eq!(at(51.0, 42.0), palette("background", "light"), "the Caspian Sea");
    assert_eq!(at(85.0, 40.0), palette("none", "light"), "China");

    let image = render(&["--year", "2011", "--bbox", BOX_ARG, "--width", "1000", "--bare"], &dir.join("2011.png"));
    let (x, y) = pixel_in_box(64.0, 41.5, BOX, width, height);
    assert_eq!(*image.get_pixel(x, y), palette("member", "light"), "Uzbekistan was a member in 2011");
}

#[test]
fn smallest_makes_the_same_pixels_in_a_smaller_file_and_hatching_compresses_either_way() {
    let dir = temp_dir("smallest");
    // 1992: most members were signatories, hatched; a fast encoder that misses the stripes'
    // repeats makes such a file many times larger.
    let args = ["--year", "1992", "--width", "1200"];
    let (fast, small) = (dir.join("fast.png"), dir.join("small.png"));
    let fast_image = render(&args, &fast);
    let small_image = render(&[&args[..], &["--smallest"]].concat(), &small);
    assert_eq!(fast_image, small_image, "--smallest changes only the compression");
    let size = |path: &Path| std::fs::metadata(path).unwrap().len();
    assert!(size(&small) < size(&fast), "{} is not smaller than {}", size(&small), size(&fast));
    assert!(size(&fast) * 2 < size(&small) * 3, "the fast file is {} bytes, the small {}", size(&fast), size(&small));
}

#[test]
fn the_box_spans_the_image_from_edge_to_edge() {
    let dir = temp_dir("bbox");
    // Tashkent sits near the middle of this box; the pixel there is Uzbekistan's colour, and the
    // pixel one country-width to the west is not.
    let bbox = [68.0, 40.0, 70.5, 42.0];
    let image = render(&["--year", "2012", "--bbox", "68,40,70.5,42", "--width", "800", "--bare"], &dir.join("t.png"));
    let (width, height) = image.dimensions();
    let expected_height = ((mercator_y(40.0) - mercator_y(42.0)) / (2.5 / 360.0) * 800.0).round() as u32;
    assert!(height.abs_diff(expected_height) <= 1, "height {height}, expected {expected_height}");
    let (x, y) = pixel_in_box(69.24, 41.31, bbox, width, height);
    assert_eq!(*image.get_pixel(x, y), palette("former_member", "light"), "Tashkent at ({x}, {y})");
}

#[test]
fn the_image_has_a_title_legend_and_credits_unless_bare() {
    let dir = temp_dir("decorations");
    let decorated = render(&["--year", "2012"], &dir.join("full.png"));
    let bare = render(&["--year", "2012", "--bare"], &dir.join("bare.png"));
    assert_eq!(decorated.dimensions(), (1920, bare.height()));
    // The title's panel is white in the decorated image, where the bare map shows the Arctic.
    let white_ish = |pixel: &Rgba<u8>| pixel.0[..3].iter().all(|&c| c > 240);
    assert!(white_ish(decorated.get_pixel(30, 30)));
    assert!(!white_ish(bare.get_pixel(30, 30)));
    let differing = decorated.pixels().zip(bare.pixels()).filter(|(a, b)| a != b).count();
    assert!(differing > 20_000, "title, legend and credits change {differing} pixels");
}

#[test]
fn scale_multiplies_the_pixels_and_the_dark_theme_has_a_dark_sea() {
    let dir = temp_dir("scale");
    let image = render(
        &["--year", "2024", "--width", "640", "--height", "360", "--scale", "2", "--theme", "dark", "--bare"],
        &dir.join("dark.png"),
    );
    assert_eq!(image.dimensions(), (1280, 720));
    let (x, y) = (1279, 719);
    assert_eq!(*image.get_pixel(x, y), palette("background", "dark"), "the Sea of Japan corner");
}

#[test]
fn an_existing_file_is_kept_unless_forced() {
    let dir = temp_dir("overwrite");
    let out = dir.join("a.png");
    std::fs::write(&out, b"precious").unwrap();
    let output = csto_map(&["render", "--year", "2012", "--out", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("the file exists; add --force to replace it"));
    assert_eq!(std::fs::read(&out).unwrap(), b"precious");
    let output = csto_map(&["render", "--year", "2012", "--out", out.to_str().unwrap(), "--force", "--width", "300"]);
    assert!(output.status.success());
    assert_eq!(image::open(&out).unwrap().width(), 300);
}

#[test]
fn a_path_that_cannot_be_written_gets_one_message_and_leaves_nothing_behind() {
    let dir = temp_dir("unwritable");
    let blocker = dir.join("not-a-dir");
    std::fs::write(&blocker, b"").unwrap();
    let out = blocker.join("a.png");
    let output = csto_map(&["render", "--year", "2012", "--out", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with(&format!("error: cannot write {}", out.display())), "{stderr}");
    assert_eq!(stderr.lines().count(), 1);
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|entry| entry.unwrap().file_name()).collect();
    assert_eq!(left, [std::ffi::OsString::from("not-a-dir")]);
}

#[test]
fn bad_arguments_are_named() {
    let cases: [(&[&str], &str); 5] = [
        (&["--year", "2012", "--out", "a.jpg"], "the file name must end in .png or .svg"),
        (&["--year", "2012", "--out", "a.png", "--bbox", "80,40,70,50"], "--bbox: longitudes must be"),
        (&["--year", "2012", "--out", "a.png", "--scale", "0"], "--scale 0: expected a number from 0.25 to 8"),
        (&["--date", "2012-13-01", "--out", "a.png"], "--date: \"2012-13-01\" is not a date"),
        (&["--year", "2012", "--out", "a.png", "--width", "20000", "--height", "20000"], "150 million in all"),
    ];
    for (args, expected) in cases {
        let mut all = vec!["render"];
        all.extend_from_slice(args);
        let output = csto_map(&all);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
}

/// The SVG path element of a country, found by its `data-iso3` attribute.
fn svg_country<'s>(svg: &'s str, iso3: &str) -> &'s str {
    let start = svg.find(&format!("<path data-iso3=\"{iso3}\"")).unwrap();
    let end = start + svg[start..].find("/>").unwrap();
    &svg[start..end]
}

fn hex(colour: Rgba<u8>) -> String {
    format!("#{:02x}{:02x}{:02x}", colour.0[0], colour.0[1], colour.0[2])
}

#[test]
fn the_svg_has_the_same_colours_and_title() {
    let dir = temp_dir("svg");
    let out = dir.join("2013.svg");
    let output = csto_map(&["render", "--year", "2013", "--out", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1920\""));
    assert!(svg.trim_end().ends_with("</svg>"));
    for (iso3, status) in [("KAZ", "member"), ("UZB", "former_member"), ("SRB", "observer"), ("UKR", "none")] {
        let fill = format!("fill=\"{}\"", hex(palette(status, "light")));
        assert!(svg_country(&svg, iso3).contains(&fill), "{iso3} is not {status}");
    }
    assert!(svg.contains("<title>CSTO membership, as of 31 December 2013</title>"));
    // The Union State's Parliamentary Assembly has no territory: the legend names it in a note.
    assert!(svg.contains("<title>Also an observer (Parliamentary Assembly) since 2013,"), "the note");
}

#[test]
fn a_frozen_member_is_hatched_in_the_svg_too() {
    let dir = temp_dir("svg-hatch");
    let out = dir.join("2024.svg");
    let output = csto_map(&["render", "--year", "2024", "--bare", "--out", out.to_str().unwrap()]);
    assert!(output.status.success());
    let svg = std::fs::read_to_string(&out).unwrap();
    let armenia = svg_country(&svg, "ARM");
    let after = &svg[svg.find(armenia).unwrap() + armenia.len() + 2..];
    assert!(after.trim_start().starts_with("<path d="), "a hatching path follows Armenia");
    assert!(after.trim_start().split("/>").next().unwrap().contains("fill=\"url(#hatch-"));
    let kazakhstan = svg_country(&svg, "KAZ");
    let after = &svg[svg.find(kazakhstan).unwrap() + kazakhstan.len() + 2..];
    assert!(after.trim_start().starts_with("<path data-iso3="), "a plain member has no hatching");
}

/// The codes of the labels in an SVG: the titles of three capital letters.
fn svg_labels(svg: &str) -> Vec<String> {
    let mut labels: Vec<String> = svg
        .split("<title>")
        .skip(1)
        .filter_map(|rest| rest.split_once("</title>").map(|(title, _)| title.to_owned()))
        .filter(|title| title.len() == 3 && title.chars().all(|c| c.is_ascii_uppercase()))
        .collect();
    labels.sort();
    labels
}

#[test]
fn labels_name_every_country_with_a_status_by_its_code() {
    let dir = temp_dir("labels");
    let out = dir.join("2012.svg");
    let world = ["--year", "2012", "--bbox", "-20,-10,180,80", "--width", "2400"];
    let output = csto_map(&[&["render", "--labels", "--out", out.to_str().unwrap()], &world[..]].concat());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let status = csto_map(&["status", "--year", "2012", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    let mut expected: Vec<String> =
        json.as_array().unwrap().iter().map(|country| country["iso3"].as_str().unwrap().to_owned()).collect();
    expected.sort();
    assert_eq!(svg_labels(&std::fs::read_to_string(&out).unwrap()), expected);

    let unlabelled = dir.join("none.svg");
    csto_map(&[&["render", "--out", unlabelled.to_str().unwrap()], &world[..]].concat());
    assert_eq!(svg_labels(&std::fs::read_to_string(&unlabelled).unwrap()), Vec::<String>::new());

    // In the PNG the labels darken pixels inside Kazakhstan, and nowhere is the map otherwise changed.
    let labelled = render(&["--year", "2012", "--labels", "--bare", "--width", "800"], &dir.join("labels.png"));
    let plain = render(&["--year", "2012", "--bare", "--width", "800"], &dir.join("plain.png"));
    let changed = labelled.pixels().zip(plain.pixels()).filter(|(a, b)| a != b).count();
    assert!((100..20_000).contains(&changed), "{changed} pixels changed");
}

#[test]
fn an_image_of_today_says_when_the_data_were_checked() {
    let dir = temp_dir("checked");
    let today = dir.join("today.svg");
    let output = common::csto_map_on(
        "2027-03-01",
        &["render", "--year", "2027", "--width", "800", "--out", today.to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let svg = std::fs::read_to_string(&today).unwrap();
    assert!(svg.contains("as of today, 1 March 2027 (data checked 30 November 2026)."), "the credits say it");
    let past = dir.join("2012.svg");
    let output = common::csto_map_on(
        "2026-11-30",
        &["render", "--year", "2012", "--width", "800", "--out", past.to_str().unwrap()],
    );
    assert!(output.status.success());
    assert!(!std::fs::read_to_string(&past).unwrap().contains("data checked"), "a past day needs no note");
}
