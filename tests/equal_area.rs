//! The window's equal-area map, as a user turns it on in the View menu: what is drawn where, what
//! a click picks, what the tiles, the saved settings, a scene and "export as on screen" do.
#![cfg(feature = "desktop")]
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use egui::Pos2;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use jiff::civil::date;

use csto_map::app::CstoApp;
use csto_map::geodata::{Projection, ProjectionChoice};
use csto_map::map::View;
use csto_map::style::{Theme, status_fill};
use csto_map::timeline::Status;
use csto_map::ui::SavedState;

use common::{app_with, click_at, drawn_colour_at, screen_pos, sphere_areas};

fn equal_area_app() -> Harness<'static, CstoApp> {
    let mut harness =
        app_with(SavedState { date: Some(date(2012, 12, 31)), equal_area: true, ..SavedState::default() });
    // The first frames fit the region to the window.
    harness.run_steps(6);
    harness
}

fn selected(harness: &Harness<'_, CstoApp>) -> Option<String> {
    harness.state().settings().selected.map(|iso3| iso3.to_string())
}

#[test]
fn a_click_on_yerevan_selects_armenia_and_on_moscow_russia() {
    let mut harness = equal_area_app();
    let view = harness.state().map_view().unwrap();
    assert_eq!(view.projection, ProjectionChoice::Auto.for_box([18.0, 29.0, 180.0, 77.0]), "the CSTO region's conic");
    for (city, lat, lon, country) in [("Yerevan", 40.18, 44.51, "ARM"), ("Moscow", 55.75, 37.62, "RUS")] {
        let pos = screen_pos(&harness, lat, lon);
        assert!(view.rect.contains(pos), "{city} is on screen");
        click_at(&mut harness, pos);
        assert_eq!(selected(&harness).as_deref(), Some(country), "a click on {city}");
        harness.key_press(egui::Key::Escape);
        harness.run_steps(2);
    }
    // Where Web Mercator would put Moscow is elsewhere on this map.
    let mercator = view.screen_from_projected(csto_map::geodata::mercator_from_geo(37.62, 55.75));
    assert!(mercator.distance(screen_pos(&harness, 55.75, 37.62)) > 50.0);
}

#[test]
fn the_countries_are_drawn_where_the_projection_puts_them() {
    let harness = equal_area_app();
    let member = status_fill(Status::Member).fill.to_egui();
    let former = status_fill(Status::FormerMember).fill.to_egui();
    assert_eq!(drawn_colour_at(&harness, screen_pos(&harness, 48.0, 67.0)), Some(member), "Kazakhstan");
    assert_eq!(drawn_colour_at(&harness, screen_pos(&harness, 41.5, 64.0)), Some(former), "Uzbekistan");
    assert_eq!(drawn_colour_at(&harness, screen_pos(&harness, 64.0, 100.0)), Some(member), "Siberia");
    // Equal areas: Russia and Kazakhstan's heights on screen, from the Arctic coast at 100 E
    // (Taymyr, 76 N) to the Kazakh border south of Novosibirsk (51 N), are no longer Web
    // Mercator's: there, 1 degree of latitude at 76 N is twice as tall as at 51 N.
    let degree_at = |lat: f64| screen_pos(&harness, lat + 0.5, 100.0).distance(screen_pos(&harness, lat - 0.5, 100.0));
    let ratio = degree_at(76.0) / degree_at(51.0);
    assert!((0.6..1.2).contains(&ratio), "a degree of latitude at 76 N against 51 N: {ratio}");
}

#[test]
fn the_window_draws_areas_in_proportion() {
    // The triangles the window fills, in its projection: Russia against Kazakhstan and
    // Kazakhstan against Uzbekistan as on the sphere, within 2 %, where Web Mercator is far off.
    let timeline = csto_map::timeline::Timeline::bundled().unwrap();
    let mercator = csto_map::geodata::BorderSets::bundled(&timeline).unwrap();
    let albers = ProjectionChoice::Auto.for_box([18.0, 29.0, 180.0, 77.0]);
    let redrawn = mercator.in_projection(albers);
    let filled = |sets: &csto_map::geodata::BorderSets, code: &str| -> f64 {
        let country = sets.full.country(code.parse().unwrap()).unwrap();
        let corner = |i: u32| country.mesh.vertices[i as usize];
        country
            .mesh
            .triangles
            .iter()
            .map(|&[a, b, c]| {
                let ([ax, ay], [bx, by], [cx, cy]) = (corner(a), corner(b), corner(c));
                ((bx - ax) * (cy - ay) - (by - ay) * (cx - ax)).abs() / 2.0
            })
            .sum()
    };
    let sphere = sphere_areas();
    for (big, small) in [("RUS", "KAZ"), ("KAZ", "UZB")] {
        let truth = sphere[big] / sphere[small];
        let drawn = filled(&redrawn, big) / filled(&redrawn, small);
        assert!((drawn / truth - 1.0).abs() < 0.02, "{big}/{small}: {drawn} against {truth}");
        let web = filled(&mercator, big) / filled(&mercator, small);
        assert!((web / truth - 1.0).abs() > 0.15, "Web Mercator's {big}/{small}: {web} against {truth}");
    }
}

#[test]
fn turning_it_on_and_off_keeps_the_place_and_its_scale() {
    let mut harness = app_with(SavedState {
        view: Some(csto_map::ui::SavedView { lon_deg: 45.0, lat_deg: 41.0, zoom: 6.0 }),
        ..SavedState::default()
    });
    let yerevan = screen_pos(&harness, 40.18, 44.51);
    let tbilisi = screen_pos(&harness, 41.72, 44.79);
    for on in [true, false, true, false] {
        harness.get_by_label("View").click();
        harness.run_steps(2);
        harness.get_by_label("Equal-area map (no tiles)").click();
        harness.hover_at(Pos2::new(1000.0, 400.0));
        harness.run_steps(4);
        assert_eq!(harness.state().settings().equal_area, on);
        // The centre stays where it was, and the Caucasus at its size (the conic turns it: its
        // meridians converge on the pole), however often.
        let view = harness.state().map_view().unwrap();
        let centre = screen_pos(&harness, 41.0, 45.0);
        assert!(centre.distance(view.rect.center()) < 1.0, "the centre moved to {centre:?}");
        let (now_yerevan, now_tbilisi) = (screen_pos(&harness, 40.18, 44.51), screen_pos(&harness, 41.72, 44.79));
        let (before, after) = (yerevan.distance(tbilisi), now_yerevan.distance(now_tbilisi));
        assert!((after / before - 1.0).abs() < 0.1, "Yerevan to Tbilisi: {after} points against {before}");
    }
    assert!((harness.state().map_view().unwrap().zoom() - 6.0).abs() < 0.01, "back where it was");
}

#[test]
fn the_view_menu_turns_it_on_and_the_tiles_off() {
    let mut harness = app_with(SavedState { tiles: true, ..SavedState::default() });
    assert_eq!(harness.state().map_view().unwrap().projection, Projection::Mercator);
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness.get_by_label("Equal-area map (no tiles)").click();
    harness.hover_at(Pos2::new(1000.0, 400.0));
    harness.run_steps(8);
    assert!(harness.state().settings().equal_area, "remembered");
    assert!(harness.state().map_view().unwrap().projection.is_equal_area());
    // The tiles are Mercator: not drawn (no credit for them), and their menu entry is off.
    assert!(harness.query_by_label_contains("OpenStreetMap contributors").is_none(), "no tile credit");
    harness.get_by_label("View").click();
    harness.run_steps(2);
    assert!(harness.get_by_label("OpenStreetMap tiles (needs the network)").accesskit_node().is_disabled());
    harness.get_by_label("Equal-area map (no tiles)").click();
    harness.run_steps(8);
    assert!(!harness.state().settings().equal_area);
    assert_eq!(harness.state().map_view().unwrap().projection, Projection::Mercator);
    assert!(harness.state().settings().tiles, "the tiles come back as they were");
}

#[test]
fn a_scene_keeps_the_equal_area_map() {
    let mut harness = app_with(SavedState {
        equal_area: true,
        view: Some(csto_map::ui::SavedView { lon_deg: 60.0, lat_deg: 45.0, zoom: 4.5 }),
        ..SavedState::default()
    });
    let scene = harness.state().scene();
    assert_eq!(scene.projection, Some(ProjectionChoice::Albers));
    let [west, south, east, north] = scene.bbox.unwrap();
    assert!(west < 44.5 && east > 69.2 && south < 38.6 && north > 55.75, "{:?}", scene.bbox);
    let mut mercator = app_with(SavedState::default());
    assert_eq!(mercator.state().scene().projection, None, "a Web Mercator scene is written as before");
    let ctx = mercator.ctx.clone();
    mercator.state_mut().open_scene(&ctx, &scene);
    mercator.run_steps(8);
    // Opened in another window, it shows the same: Moscow and Vladivostok where they were.
    let reopened = mercator.state().map_view().unwrap();

    assert_eq!(reopened.projection, harness.state().map_view().unwrap().projection);
    // Moscow, Yerevan and Tashkent where they were, within a few points.
    for (lat, lon) in [(55.75, 37.62), (40.18, 44.51), (41.3, 69.24)] {
        let (was, is) = (screen_pos(&harness, lat, lon), screen_pos(&mercator, lat, lon));
        assert!(was.distance(is) < 12.0, "{lat}, {lon}: at {is:?}, was at {was:?}");
    }
    harness.run_steps(1);
}

#[test]
fn an_image_as_on_screen_is_the_equal_area_map_shown() {
    use csto_map::images::Shows;
    use csto_map::ui::export_dialog::{Area, ExportOptions, image_spec};
    let harness = equal_area_app();
    let view = harness.state().map_view().unwrap();
    let on_screen = Some((view.visible_bounds(), view.projection));
    let today = date(2026, 11, 30);
    let options = ExportOptions { area: Area::View, ..ExportOptions::default() };
    let look = (Theme::Light, csto_map::i18n::Lang::En);
    let spec =
        image_spec(&options, "t", (today, today), Shows::Day, look, (on_screen, [18.0, 29.0, 180.0, 77.0])).unwrap();
    assert_eq!(spec.frame.projection, view.projection);
    // The frame holds what the screen shows, widened to the image's shape only.
    let [x0, y0, x1, y1] = view.visible_bounds();
    assert!(spec.frame.min[0] <= x0 + 1e-9 && spec.frame.max[0] >= x1 - 1e-9);
    assert!(spec.frame.min[1] <= y0 + 1e-9 && spec.frame.max[1] >= y1 - 1e-9);
    assert!((spec.frame.min[0] - x0).abs() < 1e-9 || (spec.frame.min[1] - y0).abs() < 1e-9, "fitted, not padded");
    // Web Mercator, chosen in the dialog, is still Web Mercator, of the part of the world shown.
    let mercator = ExportOptions { projection: ProjectionChoice::Mercator, ..options };
    let caucasus = View::in_projection(view.projection, view.rect, (44.5, 41.0), 6.0);
    let shown = Some((caucasus.visible_bounds(), caucasus.projection));
    let spec =
        image_spec(&mercator, "t", (today, today), Shows::Day, look, (shown, [18.0, 29.0, 180.0, 77.0])).unwrap();
    assert_eq!(spec.frame.projection, Projection::Mercator);
    let ((west, north), (east, _)) =
        (csto_map::geodata::geo_from_mercator(spec.frame.min), csto_map::geodata::geo_from_mercator(spec.frame.max));
    assert!(
        (19.0..44.5).contains(&west) && (44.5..70.0).contains(&east) && (41.0..55.0).contains(&north),
        "the Caucasus, not the region: {west} to {east}, {north}"
    );
}
