//! Honest areas: in an equal-area image the pixel areas of two countries are in the ratio of
//! their areas on the Earth, and in Web Mercator they are not; a place lands where PROJ's
//! reference values say; the antimeridian draws no stripe.
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use image::{Rgba, RgbaImage};

use common::{csto_map_on, palette, sphere_areas, temp_dir};

const TODAY: &str = "2026-11-30";
/// Russia a member, Kazakhstan a former member, Uzbekistan an observer: three colours.
const AREAS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/areas-timeline.json");

/// Pixels of each colour, each pixel counted for the colour of `colours` nearest to it (the
/// edges, blended with a border line or a neighbour, split between the two sides).
fn pixel_areas(image: &RgbaImage, colours: &[Rgba<u8>]) -> Vec<usize> {
    let mut counts = vec![0; colours.len()];
    for pixel in image.pixels() {
        let distance =
            |colour: &Rgba<u8>| -> i32 { (0..3).map(|i| (i32::from(pixel[i]) - i32::from(colour[i])).pow(2)).sum() };
        let nearest = (0..colours.len()).min_by_key(|&index| distance(&colours[index])).unwrap();
        counts[nearest] += 1;
    }
    counts
}

fn render(args: &[&str], out: &std::path::Path) -> RgbaImage {
    let mut all =
        vec!["--timeline", AREAS, "render", "--year", "2000", "--bare", "--force", "--out", out.to_str().unwrap()];
    all.extend_from_slice(args);
    let output = csto_map_on(TODAY, &all);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    image::open(out).unwrap().to_rgba8()
}

/// The ratio of the pixel areas of (Russia, Kazakhstan) and of (Kazakhstan, Uzbekistan), each
/// over the ratio of their areas on the Earth.
fn area_errors(args: &[&str], name: &str) -> (f64, f64) {
    let dir = temp_dir(name);
    let outline = csto_map::style::LIGHT.outline;
    let mut colours =
        ["member", "former_member", "observer", "none", "background"].map(|key| palette(key, "light")).to_vec();
    // The border lines' pixels go to none of the countries.
    colours.push(Rgba([outline.0, outline.1, outline.2, 255]));
    let areas = sphere_areas();
    let whole = pixel_areas(
        &render(&[&["--bbox", "19,35,180,82", "--width", "4000"][..], args].concat(), &dir.join("whole.png")),
        &colours,
    );
    let near = pixel_areas(
        &render(&[&["--bbox", "50,35,90,56", "--width", "4000"][..], args].concat(), &dir.join("near.png")),
        &colours,
    );
    let russia_kazakhstan = (whole[0] as f64 / whole[1] as f64) / (areas["RUS"] / areas["KAZ"]);
    let kazakhstan_uzbekistan = (near[1] as f64 / near[2] as f64) / (areas["KAZ"] / areas["UZB"]);
    (russia_kazakhstan, kazakhstan_uzbekistan)
}

#[test]
fn an_equal_area_image_keeps_the_ratio_of_areas_and_mercator_does_not() {
    let (russia, kazakhstan) = area_errors(&["--projection", "albers"], "albers");
    assert!((russia - 1.0).abs() < 0.02, "Russia/Kazakhstan in Albers: {russia:.4} of the true ratio");
    assert!((kazakhstan - 1.0).abs() < 0.02, "Kazakhstan/Uzbekistan in Albers: {kazakhstan:.4} of the true ratio");
    let (russia, kazakhstan) = area_errors(&["--projection", "mercator"], "mercator");
    assert!(russia > 1.2, "Mercator draws Russia too large against Kazakhstan: {russia:.4}");
    assert!(kazakhstan > 1.1, "and Kazakhstan against Uzbekistan: {kazakhstan:.4}");
}

/// The reference values of tests/data/proj/caucasus-albers.txt (see its `make`).
fn caucasus() -> Vec<[f64; 4]> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/proj/caucasus-albers.txt"));
    let text = text.unwrap();
    let rows = text.lines().filter(|line| !line.starts_with('#'));
    rows.map(|line| {
        let values: Vec<f64> = line.split_whitespace().map(|value| value.parse().unwrap()).collect();
        [values[0], values[1], values[2], values[3]]
    })
    .collect()
}

#[test]
fn yerevan_baku_and_tbilisi_land_where_proj_puts_them() {
    let dir = temp_dir("projection-caucasus");
    let out = dir.join("caucasus.png");
    let args = ["render", "--year", "2013", "--bbox", "38,37,52,44.5", "--projection", "albers", "--bare"];
    let output = csto_map_on(TODAY, &[&args[..], &["--width", "1400", "--out", out.to_str().unwrap()]].concat());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let image = image::open(&out).unwrap().to_rgba8();
    let (width, height) = image.dimensions();
    let points = caucasus();
    // The image spans the box's edges: west to east at its southern corners, north at its
    // northern corners, south at the middle of its southern edge (y up in PROJ's values).
    let (left, right, top, bottom) = (points[0][2], points[1][2], points[2][3], points[3][3]);
    let height_expected = f64::from(width) * (top - bottom) / (right - left);
    assert!((f64::from(height) - height_expected).abs() <= 1.0, "the box's shape: {height} against {height_expected}");
    let pixel = |[_, _, x, y]: [f64; 4]| {
        let px = (x - left) / (right - left) * f64::from(width);
        let py = (top - y) / (top - bottom) * f64::from(height);
        *image.get_pixel(px as u32, py as u32)
    };
    assert_eq!(pixel(points[4]), palette("member", "light"), "Yerevan: Armenia, a member in 2013");
    assert_eq!(pixel(points[5]), palette("former_member", "light"), "Baku: Azerbaijan, a former member");
    assert_eq!(pixel(points[6]), palette("former_member", "light"), "Tbilisi: Georgia, a former member");
}

#[test]
fn an_equal_area_image_has_a_graticule_and_names_its_projection_and_mercator_as_before() {
    let dir = temp_dir("projection-svg");
    let svg = |args: &[&str], name: &str| {
        let out = dir.join(name);
        let all = [&["render", "--year", "2013", "--out", out.to_str().unwrap()][..], args].concat();
        let output = csto_map_on(TODAY, &all);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        std::fs::read_to_string(out).unwrap()
    };
    let albers = svg(&["--projection", "albers"], "albers.svg");
    assert!(albers.contains("class=\"graticule\""), "meridians and parallels");
    assert!(albers.contains("Internationally recognised borders. Albers equal-area conic, 40° N / 74° N."), "named");
    let bare = svg(&["--projection", "albers", "--no-graticule"], "bare.svg");
    assert!(!bare.contains("class=\"graticule\""));
    let world = svg(&["--projection", "auto", "--bbox", "-180,-60,180,80"], "world.svg");
    assert!(world.contains("Equal Earth equal-area projection."), "a world box is Equal Earth");
    let mercator = svg(&["--projection", "mercator"], "mercator.svg");
    assert!(!mercator.contains("class=\"graticule\"") && !mercator.contains("projection"), "Web Mercator as before");
}

#[test]
fn the_legend_of_an_equal_area_region_keeps_clear_of_belarus() {
    use csto_map::geodata::ProjectionChoice;
    use csto_map::images::Frame;
    let dir = temp_dir("projection-legend");
    let out = dir.join("region.png");
    let output = csto_map_on(TODAY, &["render", "--year", "2024", "--width", "1280", "--out", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let image = image::open(&out).unwrap().to_rgba8();
    let (width, height) = image.dimensions();
    let region = csto_map::data::CSTO_REGION_DEG;
    let projection = ProjectionChoice::Auto.for_box(region);
    let frame = Frame::fit_in(projection, region, width, height);
    let pixel = |lon: f64, lat: f64| {
        let [x, y] = frame.pixel_from_projected(projection.plane(lon, lat), width, height);
        *image.get_pixel(x as u32, y as u32)
    };
    // Below the title the legend would hide Belarus and western Russia: it goes where it hides
    // less (the top right, over the Arctic Ocean).
    assert_eq!(pixel(27.56, 53.9), palette("member", "light"), "Minsk");
    assert_eq!(pixel(37.62, 55.75), palette("member", "light"), "Moscow");
}
