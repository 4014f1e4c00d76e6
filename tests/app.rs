//! The desktop app driven as a user drives it: keys, clicks and the pointer, in egui_kittest
//! (no window and no GPU). Today is pinned to 30 November 2026 so that nothing depends on the
//! clock.
#![cfg(feature = "desktop")]
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use egui::accesskit::Role;
use egui::{Color32, Event, Key, Modifiers, Pos2, Shape};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::{Date, date};

use csto_map::Iso3;
use csto_map::app::CstoApp;
use csto_map::data::CSTO_REGION_DEG;
use csto_map::geodata::{Projection, ProjectionChoice, mercator_from_geo};
use csto_map::images::Frame;
use csto_map::map::mesh_colour_at;
use csto_map::style::status_fill;
use csto_map::timeline::Status;
use csto_map::ui::export_dialog::{Area, ExportOptions};
use csto_map::ui::{SavedState, Speed};

use common::{click_at, wait_for_notice};

const TODAY: Date = date(2026, 11, 30);

fn iso(code: &str) -> Iso3 {
    code.parse().unwrap()
}

fn app_at(day: Date) -> Harness<'static, CstoApp> {
    let settings = SavedState { date: Some(day), ..SavedState::default() };
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| CstoApp::with(&cc.egui_ctx, settings, Box::new(|| TODAY)));
    harness.run_steps(3);
    harness
}

/// Where a place is on screen in the last frame.
fn screen_pos(harness: &Harness<'_, CstoApp>, lat: f64, lon: f64) -> Pos2 {
    let view = harness.state().map_view().expect("the map was drawn");
    view.screen_from_projected(mercator_from_geo(lon, lat))
}

fn press(harness: &mut Harness<'_, CstoApp>, key: Key) {
    harness.key_press(key);
    harness.run_steps(2);
}

/// The fill colour the app's map drew at a screen position in the last frame.
fn drawn_colour_at(harness: &Harness<'_, CstoApp>, pos: Pos2) -> Option<Color32> {
    let mut meshes = harness.output().shapes.iter().filter_map(|clipped| match &clipped.shape {
        Shape::Mesh(mesh) if mesh.texture_id == egui::TextureId::default() && mesh.indices.len() > 10_000 => Some(mesh),
        _ => None,
    });
    meshes.next_back().and_then(|mesh| mesh_colour_at(mesh, pos))
}

#[test]
fn the_right_arrow_moves_to_2012_and_uzbekistan_becomes_a_former_member() {
    let mut harness = app_at(date(2011, 12, 31));
    assert_eq!(harness.state().shown_status(iso("UZB")), Some(Status::Member));
    harness.get_by_label_contains("as of 31 December 2011");
    press(&mut harness, Key::ArrowRight);
    assert_eq!(harness.state().date(), date(2012, 12, 31));
    assert_eq!(harness.state().shown_status(iso("UZB")), Some(Status::FormerMember));
    harness.get_by_label_contains("as of 31 December 2012");
    harness.get_by_label_contains("Uzbekistan, member ➡ former member");
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(harness.state().date(), date(2011, 12, 31));
}

#[test]
fn the_map_draws_each_country_in_the_colour_of_its_status() {
    let harness = app_at(date(2012, 12, 31));
    let kazakhstan = screen_pos(&harness, 48.0, 67.0);
    let uzbekistan = screen_pos(&harness, 41.5, 64.0);
    let member = status_fill(Status::Member).fill.to_egui();
    let former = status_fill(Status::FormerMember).fill.to_egui();
    assert_eq!(drawn_colour_at(&harness, kazakhstan), Some(member));
    assert_eq!(drawn_colour_at(&harness, uzbekistan), Some(former));
    let harness = app_at(date(2011, 12, 31));
    assert_eq!(drawn_colour_at(&harness, uzbekistan), Some(member));
}

#[test]
fn the_map_opens_on_the_csto_region() {
    let harness = app_at(date(2012, 12, 31));
    let view = harness.state().map_view().unwrap();
    for (place, lat, lon) in
        [("Minsk", 53.9, 27.56), ("Belgrade", 44.82, 20.46), ("Vladivostok", 43.1, 131.9), ("Dushanbe", 38.56, 68.78)]
    {
        assert!(view.rect.contains(screen_pos(&harness, lat, lon)), "{place} is off screen");
    }
    assert!(!view.rect.contains(screen_pos(&harness, 40.7, -74.0)), "New York is on screen");
}

#[test]
fn page_down_and_page_up_jump_between_changes() {
    let mut harness = app_at(date(1999, 1, 1));
    press(&mut harness, Key::PageDown);
    assert_eq!(harness.state().date(), date(1999, 4, 21));
    press(&mut harness, Key::PageDown);
    assert_eq!(harness.state().date(), date(2006, 8, 16));
    press(&mut harness, Key::PageUp);
    assert_eq!(harness.state().date(), date(1999, 4, 21));
    press(&mut harness, Key::Home);
    assert_eq!(harness.state().date(), date(1992, 12, 31));
    press(&mut harness, Key::End);
    assert_eq!(harness.state().date(), TODAY);
    harness.get_by_label_contains("as of today, 30 November 2026");
}

#[test]
fn clicking_a_country_opens_its_details_and_escape_closes_them() {
    let mut harness = app_at(date(2012, 12, 31));
    let uzbekistan = screen_pos(&harness, 41.5, 64.0);
    click_at(&mut harness, uzbekistan);
    assert_eq!(harness.state().settings().selected, Some(iso("UZB")));
    harness.get_by_label("Uzbekistan (UZB)");
    harness.get_by_label_contains("Former member, as of 31 December 2012");
    harness.get_by_label("28 June 2012");
    harness.get_by_label("Related events");
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().settings().selected, None);
    assert!(harness.query_by_label("Uzbekistan (UZB)").is_none());
}

#[test]
fn the_details_of_afghanistan_say_its_observer_status_ended_de_facto() {
    let mut harness = app_at(date(2022, 12, 31));
    let afghanistan = screen_pos(&harness, 33.5, 66.0);
    click_at(&mut harness, afghanistan);
    harness.get_by_label("Afghanistan (AFG)");
    harness.get_by_label("15 August 2021 (de facto)");
}

#[test]
fn clicking_the_sea_clears_the_selection() {
    let mut harness = app_at(date(2012, 12, 31));
    let kazakhstan = screen_pos(&harness, 48.0, 67.0);
    click_at(&mut harness, kazakhstan);
    assert_eq!(harness.state().settings().selected, Some(iso("KAZ")));
    let caspian_sea = screen_pos(&harness, 42.0, 51.0);
    click_at(&mut harness, caspian_sea);
    assert_eq!(harness.state().settings().selected, None, "the Caspian Sea is no country");
}

#[test]
fn armenia_can_be_picked_by_its_marker_at_world_zoom() {
    let mut harness = app_at(date(2024, 12, 31));
    for _ in 0..3 {
        press(&mut harness, Key::Minus);
    }
    let view = harness.state().map_view().unwrap();
    assert!(view.zoom() < 2.5, "zoomed out to {}", view.zoom());
    // A few points off Armenia's centre (towards Turkey, away from its neighbours' markers)
    // still pick it.
    let armenia = screen_pos(&harness, 40.3, 44.9);
    harness.event(Event::PointerMoved(armenia + egui::vec2(-4.0, 3.0)));
    harness.run_steps(4);
    assert_eq!(harness.state().hovered(), Some(iso("ARM")));
    harness.get_by_label_contains("member (participation frozen), as of 31 December 2024");
}

#[test]
fn hovering_a_country_names_it_and_its_status() {
    let mut harness = app_at(date(1993, 12, 31));
    harness.event(Event::PointerMoved(screen_pos(&harness, 53.5, 28.0)));
    harness.run_steps(4);
    assert_eq!(harness.state().hovered(), Some(iso("BLR")));
    harness.get_by_label("Belarus");
    harness.get_by_label("signatory, as of 31 December 1993");
}

#[test]
fn play_runs_to_today_and_stops_and_plays_again_from_1992() {
    let settings = SavedState { date: Some(date(2020, 12, 31)), speed: Speed::Fastest, ..SavedState::default() };
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_step_dt(0.05)
        .build_eframe(move |cc| CstoApp::with(&cc.egui_ctx, settings, Box::new(|| TODAY)));
    harness.run_steps(2);
    press(&mut harness, Key::Space);
    assert!(harness.state().is_playing());
    for _ in 0..200 {
        if !harness.state().is_playing() {
            break;
        }
        harness.step();
    }
    assert!(!harness.state().is_playing(), "play stopped");
    assert_eq!(harness.state().date(), TODAY);
    press(&mut harness, Key::Space);
    assert!(harness.state().is_playing());
    assert_eq!(harness.state().date(), date(1992, 12, 31));
}

#[test]
fn the_play_button_and_the_step_choice_work_with_the_mouse() {
    let mut harness = app_at(date(2012, 12, 31));
    harness.get_by_label("▶ Play").click();
    harness.run_steps(2);
    assert!(harness.state().is_playing());
    harness.get_by_label("⏸ Pause").click();
    harness.run_steps(2);
    assert!(!harness.state().is_playing());
}

#[test]
fn the_window_title_names_the_shown_day() {
    let mut harness = app_at(date(2012, 12, 31));
    harness.key_press(Key::ArrowRight);
    harness.step();
    let commands = &harness.output().viewport_output[&egui::ViewportId::ROOT].commands;
    let title = commands.iter().find_map(|command| match command {
        egui::ViewportCommand::Title(title) => Some(title.as_str()),
        _ => None,
    });
    assert_eq!(title, Some("csto-map: CSTO membership as of 31 December 2013"));
}

#[test]
fn hovering_a_legend_entry_fades_the_countries_of_other_statuses() {
    let mut harness = app_at(date(2012, 12, 31));
    let kazakhstan = screen_pos(&harness, 48.0, 67.0);
    let uzbekistan = screen_pos(&harness, 41.5, 64.0);
    let member = status_fill(Status::Member).fill.to_egui();
    let former = status_fill(Status::FormerMember).fill.to_egui();
    harness.get_by_label("Former members: 3").hover();
    harness.run_steps(2);
    assert_eq!(drawn_colour_at(&harness, uzbekistan), Some(former));
    let faded = drawn_colour_at(&harness, kazakhstan).unwrap();
    assert_ne!(faded, member, "the members fade while former members are picked out");
    harness.hover_at(kazakhstan);
    harness.run_steps(2);
    assert_eq!(drawn_colour_at(&harness, kazakhstan), Some(member));
}

/// Selects a country by clicking it, then presses its "Zoom to" button.
fn zoom_to(harness: &mut Harness<'_, CstoApp>, name: &str, lat: f64, lon: f64) -> egui::Rect {
    let pos = screen_pos(harness, lat, lon);
    click_at(harness, pos);
    harness.get_by_label(&format!("Zoom to {name}")).click();
    harness.run_steps(4);
    harness.state().map_view().unwrap().rect
}

#[test]
fn zoom_to_a_country_frames_it() {
    let mut harness = app_at(date(2012, 12, 31));
    let rect = zoom_to(&mut harness, "Kazakhstan", 48.0, 67.0);
    assert!(harness.state().map_view().unwrap().zoom() > 4.0);
    for (place, lat, lon) in [("Astana", 51.17, 71.45), ("Almaty", 43.24, 76.89), ("Atyrau", 47.1, 51.9)] {
        assert!(rect.contains(screen_pos(&harness, lat, lon)), "{place} is off screen");
    }
}

#[test]
fn zoom_to_russia_frames_the_mainland_not_the_whole_world() {
    let mut harness = app_at(date(2012, 12, 31));
    let rect = zoom_to(&mut harness, "Russia", 55.75, 37.62);
    let zoom = harness.state().map_view().unwrap().zoom();
    assert!(zoom > 2.5, "zoom {zoom}: Chukotka across 180 degrees made it frame the world");
    for (place, lat, lon) in [("Moscow", 55.75, 37.62), ("Vladivostok", 43.1, 131.9)] {
        assert!(rect.contains(screen_pos(&harness, lat, lon)), "{place} is off screen");
    }
}

/// The app at the end of 2012 with its exports going to a fresh folder, showing the CSTO region.
fn app_exporting_to(name: &str) -> (Harness<'static, CstoApp>, std::path::PathBuf) {
    let folder = std::env::temp_dir().join(format!("csto-map-app-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    let export = ExportOptions { folder: Some(folder.clone()), area: Area::Region, ..ExportOptions::default() };
    let settings = SavedState { date: Some(date(2012, 12, 31)), export, ..SavedState::default() };
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| CstoApp::with(&cc.egui_ctx, settings, Box::new(|| TODAY)));
    harness.run_steps(3);
    (harness, folder)
}

fn open_export_dialog(harness: &mut Harness<'_, CstoApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(2);
    assert!(harness.state().export_dialog().is_some(), "Ctrl+E opens the dialog");
}

#[test]
fn ctrl_e_exports_the_map_of_the_shown_day_as_a_slide() {
    let (mut harness, folder) = app_exporting_to("save");
    open_export_dialog(&mut harness);
    let expected = folder.join("csto-map-2012-12-31.png");
    assert_eq!(std::path::PathBuf::from(&harness.state().export_dialog().unwrap().path), expected);
    assert_eq!(harness.state().export_dialog().unwrap().title, "CSTO membership, as of 31 December 2012");
    harness.get_by_label("Save").click();
    let notice = wait_for_notice(&mut harness);
    assert_eq!(notice, format!("Saved {} (1920 x 1080 pixels)", expected.display()));
    assert!(harness.state().export_dialog().is_none(), "the dialog closes after saving");

    let image = image::open(&expected).unwrap().to_rgba8();
    assert_eq!(image.dimensions(), (1920, 1080));
    // Equal-area by default: the region in the Albers conic fitted to it.
    let albers = ProjectionChoice::Auto.for_box(CSTO_REGION_DEG);
    assert!(matches!(albers, Projection::Albers { .. }), "{albers:?}");
    let frame = Frame::fit_in(albers, CSTO_REGION_DEG, 1920, 1080);
    let pixel = |lon, lat| {
        let [x, y] = frame.pixel_from_projected(albers.plane(lon, lat), 1920, 1080);
        image.get_pixel(x as u32, y as u32).0
    };
    let colour = |status| {
        let fill = status_fill(status).fill;
        [fill.0, fill.1, fill.2, 255]
    };
    assert_eq!(pixel(67.0, 48.0), colour(Status::Member), "central Kazakhstan");
    assert_eq!(pixel(60.0, 43.5), colour(Status::FormerMember), "western Uzbekistan");
    assert_eq!(harness.state().settings().export.folder.as_deref(), Some(folder.as_path()), "the folder is remembered");
}

#[test]
fn an_existing_file_is_replaced_only_when_the_user_says_so() {
    let (mut harness, folder) = app_exporting_to("replace");
    let existing = folder.join("csto-map-2012-12-31.png");
    std::fs::write(&existing, b"precious").unwrap();
    open_export_dialog(&mut harness);
    harness.get_by_label("Save").click();
    harness.run_steps(2);
    assert!(harness.state().export_dialog().unwrap().confirm_replace);
    harness.get_by_label_contains("csto-map-2012-12-31.png already exists. Replace it?");
    harness.get_by_label("Keep it").click();
    harness.run_steps(2);
    assert_eq!(std::fs::read(&existing).unwrap(), b"precious", "kept");
    harness.get_by_label("Save").click();
    harness.run_steps(2);
    harness.get_by_label("Replace").click();
    wait_for_notice(&mut harness);
    assert_eq!(image::open(&existing).unwrap().width(), 1920, "replaced by the image");
}

#[test]
fn an_unwritable_file_is_an_error_in_the_dialog_and_the_map_stays() {
    let (mut harness, folder) = app_exporting_to("unwritable");
    std::fs::write(folder.join("not-a-folder"), b"").unwrap();
    open_export_dialog(&mut harness);
    let bad = folder.join("not-a-folder").join("map.png");
    harness.get_by_role_and_label(Role::TextInput, "Save as").click();
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(Role::TextInput, "Save as").type_text(bad.to_str().unwrap());
    harness.run_steps(2);
    harness.get_by_label("Save").click();
    for _ in 0..400 {
        harness.run_steps(1);
        if harness.state().export_dialog().is_some_and(|dialog| dialog.error.is_some()) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    harness.run_steps(2);
    let error = harness.state().export_dialog().unwrap().error.clone().unwrap();
    assert!(error.starts_with(&format!("cannot write {}", bad.display())), "{error}");
    harness.get_by_label_contains(&format!("cannot write {}", bad.display()));
    assert_eq!(harness.state().date(), date(2012, 12, 31), "the map is as it was");
    press(&mut harness, Key::Escape);
    assert!(harness.state().export_dialog().is_none(), "Escape closes the dialog");
}

#[test]
fn ctrl_shift_c_copies_the_image_to_the_clipboard() {
    let (mut harness, _) = app_exporting_to("copy");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let notice = wait_for_notice(&mut harness);
    assert_eq!(notice, "Copied a 1920 x 1080 image of the map");
    let copied = harness.output().platform_output.commands.iter().find_map(|command| match command {
        egui::OutputCommand::CopyImage(image) => Some(image.clone()),
        _ => None,
    });
    let image = copied.expect("an image went to the clipboard");
    assert_eq!(image.size, [1920, 1080]);
    let frame = Frame::fit(CSTO_REGION_DEG, 1920, 1080);
    let [x, y] = frame.pixel_from_projected(mercator_from_geo(67.0, 48.0), 1920, 1080);
    let fill = status_fill(Status::Member).fill;
    assert_eq!(image[(x as usize, y as usize)], Color32::from_rgb(fill.0, fill.1, fill.2), "central Kazakhstan");
}

#[test]
fn the_dialog_saves_svg_when_chosen_and_names_the_file_to_match() {
    let (mut harness, folder) = app_exporting_to("svg");
    open_export_dialog(&mut harness);
    harness.get_by_label("SVG (vector)").click();
    harness.run_steps(2);
    let expected = folder.join("csto-map-2012-12-31.svg");
    assert_eq!(std::path::PathBuf::from(&harness.state().export_dialog().unwrap().path), expected);
    harness.get_by_label("Save").click();
    assert!(wait_for_notice(&mut harness).starts_with(&format!("Saved {}", expected.display())));
    let svg = std::fs::read_to_string(&expected).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1920\" height=\"1080\""));
    let member = status_fill(Status::Member).fill.hex();
    let kazakhstan = svg.split("<path data-iso3=\"KAZ\"").nth(1).unwrap().split("/>").next().unwrap();
    assert!(kazakhstan.contains(&format!("fill=\"{member}\"")), "{kazakhstan:.200}");
    assert!(svg.contains("<title>KAZ</title>"), "country codes are on by default");
}

#[test]
fn a_screenshot_the_renderer_never_takes_does_not_block_exports() {
    // kittest has no renderer, so the screenshot never arrives: exports must go on regardless.
    let (mut harness, folder) = app_exporting_to("screenshot");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run_steps(2);
    open_export_dialog(&mut harness);
    harness.get_by_label("Save").click();
    wait_for_notice(&mut harness);
    assert!(folder.join("csto-map-2012-12-31.png").exists());
}

/// Runs frames until the export dialog's thumbnail has this size (it is drawn on a thread).
fn wait_for_preview(harness: &mut Harness<'_, CstoApp>, size: [usize; 2]) {
    for _ in 0..400 {
        harness.run_steps(1);
        if harness.state().export_preview_size() == Some(size) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("the preview is {:?}, not {size:?}", harness.state().export_preview_size());
}

#[test]
fn the_dialog_shows_a_thumbnail_of_the_image_that_follows_the_size() {
    let (mut harness, _) = app_exporting_to("preview");
    open_export_dialog(&mut harness);
    wait_for_preview(&mut harness, [400, 225]);
    harness.get_by_label("1920 x 1080 pixels");
    harness.get_by_value("Slide, 1920 x 1080").click();
    harness.run_steps(2);
    harness.get_by_label("Square, 2160 x 2160").click();
    wait_for_preview(&mut harness, [400, 400]);
    harness.get_by_label("2160 x 2160 pixels");
    press(&mut harness, Key::Escape);
    harness.run_steps(1);
    assert_eq!(harness.state().export_preview_size(), None, "closing the dialog drops the thumbnail");
}

#[test]
fn the_help_window_lists_the_keys_and_what_a_teacher_can_do() {
    let mut harness = app_at(date(2012, 12, 31));
    harness.get_by_label("Help").click();
    harness.run_steps(2);
    harness.get_by_label("Keys, sources and about…").click();
    harness.run_steps(3);
    harness.get_by_label("Keys");
    harness.get_by_label("For a lesson");
    for heading in ["Two days compared", "Several dates on a slide", "Presenting the story", "The table", "Scenes"] {
        harness.get_by_label(heading);
    }
    harness.get_by_label_contains("csto-map render --dates");
    harness.get_by_label_contains("csto-map --scene FILE");
}

#[test]
fn no_map_tooltip_shows_through_the_export_dialog() {
    let mut harness = app_at(date(2012, 12, 31));
    let tooltip = |harness: &Harness<'_, CstoApp>| harness.query_all_by_label_contains(", as of ").next().is_some();
    // Over a country with the map in view, the tooltip comes.
    let kazakhstan = screen_pos(&harness, 48.0, 67.0);
    harness.event(Event::PointerMoved(kazakhstan));
    harness.run_steps(60);
    assert!(tooltip(&harness), "the map's tooltip");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(3);
    assert!(harness.state().export_dialog().is_some());
    // The dialog sits in the middle of the window, over the map: a country under it is neither
    // hovered nor described.
    for pos in [kazakhstan, Pos2::new(640.0, 400.0), Pos2::new(500.0, 300.0), Pos2::new(800.0, 500.0)] {
        harness.event(Event::PointerMoved(pos + egui::vec2(1.0, 1.0)));
        harness.run_steps(60);
        let over_dialog = harness.ctx.layer_id_at(pos).is_some_and(|layer| layer.order != egui::Order::Background);
        assert!(over_dialog, "{pos:?} is on the dialog");
        assert_eq!(harness.state().hovered(), None, "{pos:?}");
        assert!(!tooltip(&harness), "a tooltip of the map over the dialog at {pos:?}");
    }
}

#[test]
fn the_tables_next_change_says_none_where_nothing_follows() {
    let mut harness = app_at(TODAY);
    press(&mut harness, Key::T);
    assert!(harness.state().settings().table);
    assert!(harness.query_all_by_label("none").next().is_some(), "a country with no later change");
    assert!(harness.query_all_by_label_contains("none since").next().is_none());
}

/// Opens `menu` until `entry` shows in it (with another menu open, the first click closes that one).
fn open_menu(harness: &mut Harness<'_, CstoApp>, menu: &str, entry: &str) {
    for _ in 0..2 {
        if harness.query_by_label(entry).is_none() {
            harness.get_by_label(menu).click();
            harness.run_steps(2);
        }
    }
}

#[test]
fn the_menus_and_the_help_write_the_keys_of_the_keymap() {
    use csto_map::ui::Intent;
    use csto_map::ui::keymap;
    let mut harness = app_at(date(2012, 12, 31));
    let key = |harness: &Harness<'_, CstoApp>, intent: Intent| {
        let shortcut = keymap::shortcut(intent).expect("the intent has a key");
        keymap::shortcut_text(&harness.ctx, &shortcut, csto_map::i18n::Lang::En)
    };
    // A menu entry's accessible label is its text, then its shortcut text.
    let menus = [
        ("File", "Export image…", Intent::OpenExport),
        ("File", "Copy image", Intent::CopyImage),
        ("File", "Screenshot window", Intent::ScreenshotWindow),
        ("File", "Quit", Intent::Quit),
        ("View", "Compare with another day", Intent::ToggleCompare),
        ("View", "Table of statuses", Intent::ToggleTable),
        ("View", "Present the story…", Intent::Present),
        ("View", "Zoom in", Intent::ZoomIn),
        ("View", "Zoom out", Intent::ZoomOut),
        ("View", "Show the CSTO region", Intent::ResetView),
    ];
    // On a Mac egui writes Cmd (or ⌘) for Ctrl: a shortcut text written by hand fails one of the two.
    for os in [egui::os::OperatingSystem::Mac, egui::os::OperatingSystem::Nix] {
        harness.ctx.set_os(os);
        let mac = os == egui::os::OperatingSystem::Mac;
        assert_eq!(key(&harness, Intent::OpenExport) == "Ctrl+E", !mac, "{}", key(&harness, Intent::OpenExport));
        for (menu, entry, intent) in menus {
            let label = format!("{entry} {}", key(&harness, intent));
            open_menu(&mut harness, menu, &label);
            harness.get_by_label(&label);
        }
    }
    // The Help window's key column, from the same table.
    open_menu(&mut harness, "Help", "Keys, sources and about…");
    harness.get_by_label("Keys, sources and about…").click();
    harness.run_steps(3);
    let compare_keys = format!("{} / {}", key(&harness, Intent::CompareBack), key(&harness, Intent::CompareForward));
    assert_eq!(compare_keys, "Shift+Left / Shift+Right");
    for label in [compare_keys, key(&harness, Intent::CopyImage), key(&harness, Intent::Quit)] {
        harness.get_by_label(&label);
    }
    harness.get_by_label("While presenting the story");
    harness.get_by_label("PageDown, Right, Down, Space, Enter");
    harness.get_by_label("+, = / -");
}
