//! `csto-map render-series` and `csto-map animate` as a user runs them: the files they write,
//! decoded and read back pixel by pixel against `csto-map palette --json`.
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use common::{palette, pixel_in_box, temp_dir};
use image::Rgba;

const BOX: [f64; 4] = [40.0, 35.0, 90.0, 56.0];
const BOX_ARG: &str = "40,35,90,56";
/// Central Kazakhstan and western Uzbekistan, away from their borders and labels.
const KAZAKHSTAN: (f64, f64) = (67.0, 48.0);
const UZBEKISTAN: (f64, f64) = (60.0, 43.5);

/// Today for these tests, whatever the computer's clock says.
const TODAY: &str = "2027-03-01";

/// The binary on [`TODAY`].
fn csto_map(args: &[&str]) -> std::process::Output {
    common::csto_map_on(TODAY, args)
}

/// A frame a year, 1992 to 2027.
const YEARS_TO_TODAY: usize = 2027 - 1992 + 1;

/// The days on which a country's status changed (a body's changes colour no land).
fn change_days() -> Vec<String> {
    let output = csto_map(&["events", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut days: Vec<String> = json
        .as_array()
        .unwrap()
        .iter()
        .filter(|entry| entry["kind"] == "change" && entry["iso3"].is_string())
        .map(|entry| entry["effective"].as_str().unwrap().to_owned())
        .collect();
    days.dedup();
    days
}

#[test]
fn a_series_by_change_has_a_numbered_image_for_every_change_day_and_today() {
    let dir = temp_dir("series").join("slides");
    let out_dir = dir.to_str().unwrap();
    let args =
        ["render-series", "--out-dir", out_dir, "--step", "change", "--bbox", BOX_ARG, "--width", "400", "--bare"];
    let output = csto_map(&args);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let mut names: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|entry| entry.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    let days = change_days();
    assert_eq!(names.len(), days.len() + 1, "{names:?}");
    assert_eq!(names[0], format!("csto-map-01-{}.png", days[0]));
    assert_eq!(names.last().unwrap(), &format!("csto-map-{}-{TODAY}.png", days.len() + 1));

    // Uzbekistan left for the second time on 28 June 2012.
    let name = names.iter().find(|name| name.ends_with("-2012-06-28.png")).unwrap();
    let image = image::open(dir.join(name)).unwrap().to_rgba8();
    let (x, y) = pixel_in_box(UZBEKISTAN.0, UZBEKISTAN.1, BOX, image.width(), image.height());
    assert_eq!(*image.get_pixel(x, y), palette("former_member", "light"));

    // Run again: nothing is overwritten without --force, and the message says so.
    let first = dir.join(&names[0]);
    std::fs::write(&first, b"edited").unwrap();
    let again = csto_map(&args);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("the file exists; add --force"));
    assert_eq!(std::fs::read(&first).unwrap(), b"edited");
    assert!(csto_map(&[&args[..], &["--force"]].concat()).status.success());
    assert!(image::open(&first).is_ok());
}

/// The pictures a GIF shows, frame by frame (each frame drawn over the last, as viewers do),
/// with each frame's delay in hundredths of a second.
fn gif_frames(path: &std::path::Path) -> Vec<(image::RgbaImage, u16)> {
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    let mut decoder = options.read_info(std::fs::File::open(path).unwrap()).unwrap();
    let (width, height) = (u32::from(decoder.width()), u32::from(decoder.height()));
    let mut shown = image::RgbaImage::new(width, height);
    let mut frames = Vec::new();
    while let Some(frame) = decoder.read_next_frame().unwrap() {
        assert_eq!((u32::from(frame.width), u32::from(frame.height)), (width, height), "whole frames");
        assert_eq!(frame.dispose, gif::DisposalMethod::Keep);
        for (pixel, new) in shown.pixels_mut().zip(frame.buffer.chunks_exact(4)) {
            if new[3] != 0 {
                pixel.0.copy_from_slice(new);
            }
        }
        frames.push((shown.clone(), frame.delay));
    }
    frames
}

#[test]
fn the_animation_has_a_frame_a_year_in_the_palette_colours_and_holds_the_last() {
    let dir = temp_dir("animate");
    let out = dir.join("timeline.gif");
    let output =
        csto_map(&["animate", "--out", out.to_str().unwrap(), "--bbox", BOX_ARG, "--width", "1000", "--labels"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let frames = gif_frames(&out);
    assert_eq!(frames.len(), YEARS_TO_TODAY);
    let delays: Vec<u16> = frames.iter().map(|(_, delay)| *delay).collect();
    assert!(delays[..delays.len() - 1].iter().all(|&delay| delay == 70), "{delays:?}");
    assert_eq!(delays.last(), Some(&300));

    let at = |frame: usize, (lon, lat): (f64, f64)| -> Rgba<u8> {
        let image = &frames[frame].0;
        let (x, y) = pixel_in_box(lon, lat, BOX, image.width(), image.height());
        *image.get_pixel(x, y)
    };
    let (y2011, y2012, y2013) = (2011 - 1992, 2012 - 1992, 2013 - 1992);
    assert_eq!(at(y2011, UZBEKISTAN), palette("member", "light"), "Uzbekistan in 2011");
    assert_eq!(at(y2013, UZBEKISTAN), palette("former_member", "light"), "Uzbekistan in 2013");
    assert_eq!(at(y2012, KAZAKHSTAN), palette("member", "light"), "Kazakhstan in 2012");
    assert_eq!(at(frames.len() - 1, KAZAKHSTAN), palette("member", "light"), "Kazakhstan today");
    // Each frame has its own title: the frames of 2011 and 2012 differ beyond Uzbekistan.
    let title_changes = frames[y2011].0.pixels().zip(frames[y2012].0.pixels()).take(1000 * 60).filter(|(a, b)| a != b);
    assert!(title_changes.count() > 50, "the title's date changes");
}

#[test]
fn an_animation_needs_a_gif_name_and_keeps_an_existing_file() {
    let dir = temp_dir("animate-refused");
    let png = dir.join("timeline.png");
    let output = csto_map(&["animate", "--out", png.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("the file name must end in .gif"));
    let gif = dir.join("timeline.gif");
    std::fs::write(&gif, b"precious").unwrap();
    let output = csto_map(&["animate", "--out", gif.to_str().unwrap(), "--width", "200"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("the file exists; add --force"));
    assert_eq!(std::fs::read(&gif).unwrap(), b"precious");
    let output = csto_map(&["animate", "--out", gif.to_str().unwrap(), "--delay-ms", "5"]);
    assert_eq!(output.status.code(), Some(2), "a delay browsers would not honour");
    let huge = dir.join("huge.gif");
    let output = csto_map(&["animate", "--out", huge.to_str().unwrap(), "--width", "7680", "--height", "4320"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("the frames of an animation can be at most"));
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "nothing else was written");
}

#[test]
fn an_animation_by_month_has_a_frame_for_every_month_written_in_order() {
    let dir = temp_dir("months");
    let out = dir.join("months.gif");
    let output = common::csto_map_on(
        "2026-11-30",
        &["animate", "--step", "month", "--width", "96", "--bare", "--bbox", BOX_ARG, "--out", out.to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let frames = gif_frames(&out);
    // January 1992 to November 2026.
    assert_eq!(frames.len(), 34 * 12 + 11);
    let height = frames[0].0.height();
    let at = |frame: usize, (lon, lat)| {
        let (x, y) = pixel_in_box(lon, lat, BOX, 96, height);
        *frames[frame].0.get_pixel(x, y)
    };
    // Uzbekistan: a member to 2012, then a former member; frames stay in their months' order.
    let june_2012 = 20 * 12 + 5;
    assert_eq!(at(june_2012 - 1, UZBEKISTAN), palette("member", "light"), "May 2012");
    assert_eq!(at(june_2012, UZBEKISTAN), palette("former_member", "light"), "June 2012");
}
