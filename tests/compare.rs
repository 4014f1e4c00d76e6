//! Teaching change: two days compared (in the app, in images, on the command line) and several
//! days on one slide, checked pixel by pixel against `csto-map palette --json`.
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use std::path::Path;

use image::RgbaImage;

use common::{compare_palette, csto_map_on, mercator_y, palette, pixel_in_box, temp_dir};

const TODAY: &str = "2026-11-30";
const BOX: [f64; 4] = [40.0, 35.0, 90.0, 56.0];
const BOX_ARG: &str = "40,35,90,56";

fn render(args: &[&str], out: &Path) -> RgbaImage {
    // Pixels are found with the Web Mercator of tests/common: the image is drawn in it.
    let mut all = vec!["render", "--projection", "mercator", "--out", out.to_str().unwrap()];
    all.extend_from_slice(args);
    let output = csto_map_on(TODAY, &all);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    image::open(out).unwrap().to_rgba8()
}

fn stdout(args: &[&str]) -> String {
    let output = csto_map_on(TODAY, args);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// The message and exit status of a command that must fail.
fn refused(args: &[&str]) -> String {
    let output = csto_map_on(TODAY, args);
    assert_eq!(output.status.code(), Some(2), "{args:?} should fail");
    assert!(output.stdout.is_empty());
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn a_compare_render_colours_uzbekistan_by_what_it_did_between_the_two_days() {
    let dir = temp_dir("compare");
    let args = ["--bbox", BOX_ARG, "--width", "1000", "--bare"];
    let left = render(&[&["--compare", "2011-12-31", "--year", "2013"][..], &args].concat(), &dir.join("left.png"));
    let (width, height) = left.dimensions();
    let at = |image: &RgbaImage, lon, lat| {
        let (x, y) = pixel_in_box(lon, lat, BOX, width, height);
        *image.get_pixel(x, y)
    };
    assert_eq!(at(&left, 64.0, 41.5), compare_palette("left", "light"), "Uzbekistan left");
    assert_eq!(at(&left, 67.0, 48.0), compare_palette("unchanged_member", "light"), "Kazakhstan stayed");
    assert_eq!(at(&left, 85.0, 40.0), compare_palette("no_status", "light"), "China");
    assert_eq!(at(&left, 51.0, 42.0), palette("background", "light"), "the Caspian Sea");
    // The days may come in either order: the earlier is the first.
    let joined = render(&[&["--compare", "2007-12-31", "--year", "2005"][..], &args].concat(), &dir.join("joined.png"));
    assert_eq!(at(&joined, 64.0, 41.5), compare_palette("joined", "light"), "Uzbekistan rejoined");
    assert_eq!(compare_palette("left", "light"), palette("former_member", "light"));
}

#[test]
fn a_compare_render_has_its_own_title_and_legend() {
    let dir = temp_dir("compare-svg");
    let out = dir.join("c.svg");
    stdout(&["render", "--compare", "2011-12-31", "--year", "2013", "--out", out.to_str().unwrap()]);
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.contains("CSTO membership: changes from 31 December 2011 to 31 December 2013"));
    assert!(svg.contains("Left: former members: 1"), "the legend counts Uzbekistan");
    assert!(svg.contains("Member on both days: 6"));
    assert!(!svg.contains("Former members: 1"), "no status legend on a comparison");
    assert!(svg.contains("CSTO membership on 31 December 2011 and on 31 December 2013. Internationally"), "credits");
}

#[test]
fn status_compare_lists_the_countries_whose_status_differs_with_both() {
    let text = stdout(&["status", "--compare", "2011-12-31", "--year", "2013"]);
    assert!(text.starts_with("Changes of CSTO status from 31 December 2011 to 31 December 2013:"), "{text}");
    assert!(text.contains("Uzbekistan   UZB  member → former member"), "{text}");
    assert!(!text.contains("Russia"));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&["status", "--compare", "2011-12-31", "--date", "2013-12-31", "--json"]))
            .unwrap();
    let rows = json.as_array().unwrap();
    let codes: Vec<&str> = rows.iter().map(|row| row["iso3"].as_str().unwrap()).collect();
    assert_eq!(codes, ["AFG", "SRB", "UZB"]);
    let uzbekistan = &rows[2];
    assert_eq!(uzbekistan["change"], "left");
    assert_eq!(uzbekistan["before"], "member");
    assert_eq!(uzbekistan["after"], "former_member");
    assert_eq!(uzbekistan["from"], "2011-12-31");
    assert_eq!(rows[0]["change"], "observer_gained");
    let none = stdout(&["status", "--compare", "2000-01-01", "--year", "2002"]);
    assert_eq!(none.trim(), "No country's CSTO status changed from 1 January 2000 to 31 December 2002.");
}

#[test]
fn a_compare_day_outside_the_timeline_is_refused() {
    for day in ["1991-12-31", "2026-12-01", "2012-02-30", "soon"] {
        let message = refused(&["status", "--compare", day, "--year", "2012"]);
        assert!(message.starts_with("error: --compare: "), "{message}");
        assert_eq!(message.lines().count(), 1, "{message}");
    }
    assert!(
        refused(&["render", "--compare", "1991-01-01", "--year", "2012", "--out", "/tmp/never.png"])
            .contains("1991-01-01")
    );
}

/// The map panel of cell `index` of a bare two-column grid `width` wide, whose panels show the
/// box exactly: 16 pixels of margin and between cells, a 27-pixel caption band above each map.
fn grid_panel(index: u32, width: u32) -> ([u32; 2], [u32; 2]) {
    let panel_width = (width - 32 - 16) / 2;
    let panel_height = f64::from(panel_width) * (mercator_y(BOX[1]) - mercator_y(BOX[3])) / ((BOX[2] - BOX[0]) / 360.0);
    let left = 16 + index % 2 * (panel_width + 16);
    let top = 16 + 27 + index / 2 * (panel_height.round() as u32 + 27 + 16);
    ([left, top], [panel_width, panel_height.round() as u32])
}

#[test]
fn several_dates_put_one_small_map_per_day_where_the_layout_says() {
    let dir = temp_dir("grid");
    let width = 1000;
    let (_, [_, panel_height]) = grid_panel(0, width);
    let height = (32 + 27 + panel_height).to_string();
    let out = dir.join("grid.png");
    let args = ["--dates", "1999-12-31,2006-12-31", "--columns", "2", "--bbox", BOX_ARG, "--bare", "--width", "1000"];
    let image = render(&[&args[..], &["--height", &height]].concat(), &out);
    assert_eq!(image.dimensions(), (1000, height.parse().unwrap()));
    let at = |index: u32, lon, lat| {
        let ([left, top], [w, h]) = grid_panel(index, width);
        let (x, y) = pixel_in_box(lon, lat, BOX, w, h);
        *image.get_pixel(left + x, top + y)
    };
    assert_eq!(at(0, 64.0, 41.5), palette("former_member", "light"), "Uzbekistan in 1999");
    assert_eq!(at(1, 64.0, 41.5), palette("member", "light"), "Uzbekistan in 2006");
    assert_eq!(at(0, 67.0, 48.0), palette("member", "light"), "Kazakhstan in 1999");
    assert_eq!(at(1, 51.0, 42.0), palette("background", "light"), "the Caspian Sea in 2006");
}

#[test]
fn a_slide_of_five_days_captions_each_and_has_one_legend() {
    let dir = temp_dir("grid-svg");
    let out = dir.join("story.svg");
    let dates = "1994-04-20,1999-04-21,2006-08-16,2012-06-28,2024-02-22";
    let printed = stdout(&["render", "--projection", "mercator", "--dates", dates, "--out", out.to_str().unwrap()]);
    assert!(printed.contains("(1920x1080 pixels)"), "a grid is a slide by default: {printed}");
    let svg = std::fs::read_to_string(&out).unwrap();
    for caption in ["20 April 1994", "21 April 1999", "16 August 2006", "28 June 2012", "22 February 2024"] {
        assert!(svg.contains(&format!("<title>{caption}</title>")), "{caption}");
    }
    assert_eq!(svg.matches("<title>Members</title>").count(), 1, "one legend");
    assert_eq!(svg.matches("<clipPath").count(), 5, "five panels");
    assert!(svg.contains("<title>CSTO membership over time</title>"));
    assert!(svg.contains("CSTO membership on the 5 days shown, 20 April 1994 to 22 February 2024."), "credits");
    assert!(!svg.contains("CSTO membership as of"), "the credits name the days shown, not one");
}

#[test]
fn a_grid_needs_two_to_twelve_good_days() {
    let out = "/tmp/csto-map-never-written.png";
    let thirteen: Vec<String> = (2000..2013).map(|year| format!("{year}-12-31")).collect();
    for (dates, expected) in [
        ("2012-06-28", "--dates: one day given; a grid shows 2 to 12"),
        (thirteen.join(",").as_str(), "--dates: 13 days given; a grid shows 2 to 12"),
        ("2012-06-28,2012-13-01", "--dates: "),
        ("1990-01-01,2012-06-28", "is outside the timeline"),
    ] {
        let message = refused(&["render", "--dates", dates, "--out", out]);
        assert!(message.contains(expected), "{dates}: {message}");
    }
    assert!(!Path::new(out).exists());
    let message = refused(&["render", "--dates", "2000-01-01,2001-01-01", "--year", "2012", "--out", out]);
    assert!(message.contains("cannot be used with"), "{message}");
}

/// Compare mode in the app, driven as a user drives it.
#[cfg(feature = "desktop")]
mod app {
    use egui::{Key, Modifiers};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;
    use jiff::civil::{Date, date};

    use csto_map::Iso3;
    use csto_map::app::CstoApp;
    use csto_map::snapshot::Shift;
    use csto_map::style::{Theme, shift_fill};
    use csto_map::ui::SavedState;

    fn iso(code: &str) -> Iso3 {
        code.parse().unwrap()
    }

    fn app(day: Date, compare: Option<Date>) -> Harness<'static, CstoApp> {
        super::common::app_with(SavedState { date: Some(day), compare, ..SavedState::default() })
    }

    use super::common::{drawn_colour_at, screen_pos};

    fn colour(shift: Shift) -> Option<egui::Color32> {
        Some(shift_fill(shift, Theme::Light).fill.to_egui())
    }

    #[test]
    fn compare_mode_colours_uzbekistan_left_between_2011_and_2013_and_counts_each_kind() {
        let mut harness = app(date(2013, 12, 31), Some(date(2011, 12, 31)));
        assert_eq!(harness.state().shown_shift(iso("UZB")), Some(Shift::Left));
        let uzbekistan = screen_pos(&harness, 41.5, 64.0);
        let kazakhstan = screen_pos(&harness, 48.0, 67.0);
        assert_eq!(drawn_colour_at(&harness, uzbekistan), colour(Shift::Left));
        assert_eq!(drawn_colour_at(&harness, kazakhstan), colour(Shift::UnchangedMember));
        harness.get_by_label("Changes from 31 December 2011 to 31 December 2013");
        harness.get_by_label("Left: former members: 1");
        harness.get_by_label("Became an observer: 2");
        harness.get_by_label("Member on both days: 6");
        harness.get_by_label("Joined or rejoined: members: 0");
        harness.event(egui::Event::PointerMoved(uzbekistan));
        harness.run_steps(4);
        harness.get_by_label("member on 31 December 2011 ➡ former member on 31 December 2013");
    }

    #[test]
    fn compare_mode_colours_uzbekistan_joined_between_2005_and_2007() {
        let harness = app(date(2005, 12, 31), Some(date(2007, 12, 31)));
        assert_eq!(harness.state().shown_shift(iso("UZB")), Some(Shift::Joined));
        assert_eq!(drawn_colour_at(&harness, screen_pos(&harness, 41.5, 64.0)), colour(Shift::Joined));
        harness.get_by_label("Joined or rejoined: members: 1");
        harness.get_by_label_contains("16 August 2006: Uzbekistan");
    }

    #[test]
    fn key_c_turns_compare_mode_on_at_the_last_change_and_off_again() {
        let mut harness = app(date(2012, 12, 31), None);
        assert_eq!(harness.state().compare_date(), None);
        harness.key_press(Key::C);
        harness.run_steps(2);
        // The day before the last change up to the shown day (Uzbekistan, 28 June 2012).
        assert_eq!(harness.state().compare_date(), Some(date(2012, 6, 27)));
        assert_eq!(harness.state().shown_shift(iso("UZB")), Some(Shift::Left));
        harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
        harness.run_steps(2);
        assert_eq!(harness.state().compare_date(), Some(date(2011, 12, 31)), "Shift+Left moves the second day");
        assert_eq!(harness.state().date(), date(2012, 12, 31), "and not the first");
        harness.key_press(Key::C);
        harness.run_steps(2);
        assert_eq!(harness.state().compare_date(), None);
        assert_eq!(harness.state().shown_shift(iso("UZB")), None);
        harness.get_by_label("Former members: 3");
    }

    /// The app at `day` (compared with `compare`) exporting SVGs to a fresh folder.
    fn app_exporting(name: &str, day: Date, compare: Option<Date>) -> (Harness<'static, CstoApp>, std::path::PathBuf) {
        use csto_map::images::ImageFormat;
        use csto_map::ui::export_dialog::{Area, ExportOptions};
        let folder = std::env::temp_dir().join(format!("csto-map-compare-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).unwrap();
        let export = ExportOptions {
            folder: Some(folder.clone()),
            area: Area::Region,
            format: ImageFormat::Svg,
            ..ExportOptions::default()
        };
        (super::common::app_with(SavedState { date: Some(day), compare, export, ..SavedState::default() }), folder)
    }

    fn save_and_wait(harness: &mut Harness<'_, CstoApp>) -> String {
        harness.get_by_label("Save").click();
        super::common::wait_for_notice(harness)
    }

    #[test]
    fn ctrl_e_in_compare_mode_exports_the_changes() {
        let (mut harness, folder) = app_exporting("export", date(2013, 12, 31), Some(date(2011, 12, 31)));
        harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
        harness.run_steps(2);
        let dialog = harness.state().export_dialog().unwrap();
        assert_eq!(dialog.title, "CSTO membership: changes from 31 December 2011 to 31 December 2013");
        harness.get_by_label("the changes from 31 December 2011 to 31 December 2013");
        let notice = save_and_wait(&mut harness);
        let path = folder.join("csto-map-2011-12-31-2013-12-31.svg");
        assert!(notice.contains(&path.display().to_string()), "{notice}");
        let svg = std::fs::read_to_string(path).unwrap();
        assert!(svg.contains("<title>Left: former members: 1</title>"), "the comparison's legend");
    }

    /// Types into the dialog's field of days, replacing what it holds.
    fn type_days(harness: &mut Harness<'_, CstoApp>, text: &str) {
        use egui::accesskit::Role;
        let field = harness.get_by(|node| node.role() == Role::TextInput && node.label().as_deref() == Some("Days"));
        field.focus();
        harness.run_steps(1);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness
            .get_by(|node| node.role() == Role::TextInput && node.label().as_deref() == Some("Days"))
            .type_text(text);
        harness.run_steps(2);
        assert_eq!(harness.state().export_dialog().unwrap().dates, text);
    }

    #[test]
    fn the_export_dialog_makes_a_slide_of_the_days_membership_changed() {
        let (mut harness, folder) = app_exporting("dates", date(2012, 12, 31), None);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
        harness.run_steps(2);
        harness.get_by_label("several dates").click();
        harness.run_steps(2);
        let dialog = harness.state().export_dialog().unwrap();
        assert_eq!(dialog.dates, "1994-04-20, 1999-04-21, 2006-08-16, 2012-06-28, 2024-02-22");
        assert_eq!(dialog.title, "CSTO membership over time");
        // A button offers every change day instead (signatures and observers too).
        harness.get_by_label("Every change day instead").click();
        harness.run_steps(2);
        let every = harness.state().export_dialog().unwrap().dates.clone();
        let changes = csto_map::timeline::Timeline::bundled().unwrap().change_dates();
        assert!(changes.len() > 5 && changes.len() <= 12, "{changes:?}");
        let expected: Vec<String> = changes.iter().map(ToString::to_string).collect();
        assert_eq!(every, expected.join(", "));
        assert!(every.starts_with("1992-05-15, ") && every.contains("2013-04-01"), "{every}");
        assert!(
            harness.query_by_label("Every change day instead").is_none(),
            "shown only when it would change the list"
        );
        // A bad day is named in the dialog and nothing is written.
        type_days(&mut harness, "1999-04-20, 2006-13-01");
        harness.get_by_label("Save").click();
        harness.run_steps(3);
        let error = harness.state().export_dialog().unwrap().error.clone().unwrap();
        assert!(error.starts_with("Days: "), "{error}");
        assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);
        type_days(&mut harness, "1999-04-21, 2006-08-16, 2024-02-22");
        save_and_wait(&mut harness);
        let svg = std::fs::read_to_string(folder.join("csto-map-2012-12-31.svg")).unwrap();
        assert_eq!(svg.matches("<clipPath").count(), 3, "three panels");
        for caption in ["21 April 1999", "16 August 2006", "22 February 2024"] {
            assert!(svg.contains(&format!("<title>{caption}</title>")), "{caption}");
        }
    }
}
