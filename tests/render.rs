//! `csto-map render` as a user runs it: real images, read back pixel by pixel, compared with the
//! colours `csto-map palette --json` prints.
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use image::{Rgba, RgbaImage};

fn csto_map(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_csto-map")).args(args).output().unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("csto-map-render-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn render(args: &[&str], out: &Path) -> RgbaImage {
    let mut all = vec!["render", "--out", out.to_str().unwrap()];
    all.extend_from_slice(args);
    let output = csto_map(&all);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    image::open(out).unwrap().to_rgba8()
}

/// A colour of `csto-map palette --json`.
fn palette(key: &str, theme: &str) -> Rgba<u8> {
    let output = csto_map(&["palette", "--json", "--theme", theme]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let hex = json[key]["fill"].as_str().unwrap();
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
    Rgba([channel(1), channel(3), channel(5), 255])
}

/// Web Mercator y of a latitude, written out here rather than taken from the code under test.
fn mercator_y(lat_deg: f64) -> f64 {
    let lat = lat_deg.to_radians();
    0.5 - (std::f64::consts::FRAC_PI_4 + lat / 2.0).tan().ln() / (2.0 * std::f64::consts::PI)
}

/// Where (lon, lat) lands in an image of `width` showing exactly the box west..east, south..north.
fn pixel_in_box(lon: f64, lat: f64, bbox: [f64; 4], width: u32, height: u32) -> (u32, u32) {
    let [west, south, east, north] = bbox;
    let x = (lon - west) / (east - west) * f64::from(width);
    let y = (mercator_y(lat) - mercator_y(north)) / (mercator_y(south) - mercator_y(north)) * f64::from(height);
    (x as u32, y as u32)
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
    let cases: [(&[&str], &str); 4] = [
        (&["--year", "2012", "--out", "a.jpg"], "the file name must end in .png or .svg"),
        (&["--year", "2012", "--out", "a.png", "--bbox", "80,40,70,50"], "--bbox: longitudes must be"),
        (&["--year", "2012", "--out", "a.png", "--scale", "0"], "--scale 0: expected a number from 0.25 to 8"),
        (&["--date", "2012-13-01", "--out", "a.png"], "--date: \"2012-13-01\" is not a date"),
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
