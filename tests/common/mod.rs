//! What the image tests share: the real binary, a fresh folder, the palette it prints, and an
//! independent Web Mercator to say where a place lands in an image.
#![allow(dead_code, reason = "each test file uses its own part")]

use std::path::PathBuf;
use std::process::{Command, Output};

use image::Rgba;

/// The binary in English, whatever the machine's locale.
pub fn english() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_csto-map"));
    command.env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "C.UTF-8").env("LANGUAGE", "en");
    command
}

pub fn csto_map(args: &[&str]) -> Output {
    english().args(args).output().unwrap()
}

/// The binary with `CSTO_MAP_TODAY` standing in for the computer's clock.
pub fn csto_map_on(today: &str, args: &[&str]) -> Output {
    english().env("CSTO_MAP_TODAY", today).args(args).output().unwrap()
}

pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("csto-map-images-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A colour of `csto-map palette --json`.
pub fn palette(key: &str, theme: &str) -> Rgba<u8> {
    let output = csto_map(&["palette", "--json", "--theme", theme]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let hex = json[key]["fill"].as_str().unwrap();
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
    Rgba([channel(1), channel(3), channel(5), 255])
}

/// Web Mercator y of a latitude, written out here rather than taken from the code under test.
pub fn mercator_y(lat_deg: f64) -> f64 {
    let lat = lat_deg.to_radians();
    0.5 - (std::f64::consts::FRAC_PI_4 + lat / 2.0).tan().ln() / (2.0 * std::f64::consts::PI)
}

/// Where (lon, lat) lands in an image of `width` showing exactly the box west..east, south..north.
pub fn pixel_in_box(lon: f64, lat: f64, bbox: [f64; 4], width: u32, height: u32) -> (u32, u32) {
    let [west, south, east, north] = bbox;
    let x = (lon - west) / (east - west) * f64::from(width);
    let y = (mercator_y(lat) - mercator_y(north)) / (mercator_y(south) - mercator_y(north)) * f64::from(height);
    (x as u32, y as u32)
}

/// A left click at `pos` in the app, as the pointer makes it, and the frames that follow.
#[cfg(feature = "desktop")]
pub fn click_at(harness: &mut egui_kittest::Harness<'_, csto_map::app::CstoApp>, pos: egui::Pos2) {
    use egui::{Event, Modifiers, PointerButton};
    harness.event(Event::PointerMoved(pos));
    for pressed in [true, false] {
        harness.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run_steps(3);
}

/// A colour of a comparison map, from `csto-map palette --json` (its `compare` object).
pub fn compare_palette(key: &str, theme: &str) -> Rgba<u8> {
    let output = csto_map(&["palette", "--json", "--theme", theme]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let hex = json["compare"][key]["fill"].as_str().unwrap();
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
    Rgba([channel(1), channel(3), channel(5), 255])
}

/// The app with these settings on 30 November 2026, after its first frames.
#[cfg(feature = "desktop")]
pub fn app_with(settings: csto_map::ui::SavedState) -> egui_kittest::Harness<'static, csto_map::app::CstoApp> {
    let today = jiff::civil::date(2026, 11, 30);
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| csto_map::app::CstoApp::with(&cc.egui_ctx, settings, Box::new(move || today)));
    harness.run_steps(3);
    harness
}

/// Where a place is on the app's screen in the last frame.
#[cfg(feature = "desktop")]
pub fn screen_pos(harness: &egui_kittest::Harness<'_, csto_map::app::CstoApp>, lat: f64, lon: f64) -> egui::Pos2 {
    let view = harness.state().map_view().expect("the map was drawn");
    view.screen_from_projected(view.projection.plane(lon, lat))
}

/// The fill colour the app's map drew at a screen position in the last frame.
#[cfg(feature = "desktop")]
pub fn drawn_colour_at(
    harness: &egui_kittest::Harness<'_, csto_map::app::CstoApp>,
    pos: egui::Pos2,
) -> Option<egui::Color32> {
    let mut meshes = harness.output().shapes.iter().filter_map(|clipped| match &clipped.shape {
        egui::Shape::Mesh(mesh) if mesh.texture_id == egui::TextureId::default() && mesh.indices.len() > 10_000 => {
            Some(mesh)
        }
        _ => None,
    });
    meshes.next_back().and_then(|mesh| csto_map::map::mesh_colour_at(mesh, pos))
}

/// Runs frames until the app shows a notice (an export runs on a thread of its own).
#[cfg(feature = "desktop")]
pub fn wait_for_notice(harness: &mut egui_kittest::Harness<'_, csto_map::app::CstoApp>) -> String {
    for _ in 0..400 {
        harness.run_steps(1);
        if let Some(notice) = harness.state().notice() {
            return notice.to_owned();
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("no notice after 10 s");
}

/// The area of each country's polygons on the sphere (steradians), from the bundled GeoJSON, by
/// the line integral of Chamberlain and Duquette (NASA JPL, 2007), written here rather than
/// taken from the code under test.
pub fn sphere_areas() -> std::collections::HashMap<String, f64> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/geodata/countries-50m.geojson")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let ring_area = |ring: &Vec<serde_json::Value>| {
        let points: Vec<(f64, f64)> = ring
            .iter()
            .map(|point| (point[0].as_f64().unwrap().to_radians(), point[1].as_f64().unwrap().to_radians()))
            .collect();
        let sum: f64 =
            points.windows(2).map(|pair| (pair[1].0 - pair[0].0) * (2.0 + pair[0].1.sin() + pair[1].1.sin())).sum();
        sum.abs() / 2.0
    };
    let mut areas = std::collections::HashMap::new();
    for feature in json["features"].as_array().unwrap() {
        let iso3 = feature["properties"]["iso3"].as_str().unwrap().to_owned();
        let polygons = feature["geometry"]["coordinates"].as_array().unwrap();
        let area: f64 = polygons
            .iter()
            .map(|polygon| {
                let rings = polygon.as_array().unwrap();
                let outer = ring_area(rings[0].as_array().unwrap());
                outer - rings[1..].iter().map(|hole| ring_area(hole.as_array().unwrap())).sum::<f64>()
            })
            .sum();
        areas.insert(iso3, area);
    }
    areas
}
