use std::collections::BTreeMap;

use egui::{Rect, pos2, vec2};
use jiff::civil::date;

use super::*;
use crate::geodata::{Detail, mercator_from_geo};
use crate::style::status_fill;
use crate::timeline::Timeline;

fn statuses_at(timeline: &Timeline, year: i16) -> BTreeMap<Iso3, Status> {
    let day = date(year, 12, 31);
    timeline.statuses_at(day).into_iter().map(|(country, status)| (country.iso3, status)).collect()
}

/// The CSTO region on a 1280x800 screen at zoom 3.5.
fn csto_view() -> View {
    View::new(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 800.0)), (65.0, 50.0), 3.5)
}

fn paint(statuses: &BTreeMap<Iso3, Status>) -> Paint<'_> {
    Paint::plain(Theme::Light, statuses, TextureId::User(1))
}

fn meshes(shapes: &[Shape]) -> (&Mesh, &Mesh) {
    let [Shape::Mesh(fills), Shape::Mesh(hatching), ..] = shapes else { panic!("the first two shapes are meshes") };
    (fills, hatching)
}

fn screen(view: &View, lat: f64, lon: f64) -> Pos2 {
    view.screen_from_projected(mercator_from_geo(lon, lat))
}

#[test]
fn countries_are_filled_with_the_colour_of_their_status_at_the_date() {
    let timeline = Timeline::bundled().unwrap();
    let borders = Borders::bundled(Detail::Full).unwrap();
    let view = csto_view();
    let statuses = statuses_at(&timeline, 2012);
    let shapes = country_shapes(&borders, &view, &paint(&statuses));
    let (fills, _) = meshes(&shapes);
    let member = status_fill(Status::Member).fill.to_egui();
    let former = status_fill(Status::FormerMember).fill.to_egui();
    let none = Theme::Light.palette().none.to_egui();
    assert_eq!(mesh_colour_at(fills, screen(&view, 48.0, 67.0)), Some(member), "central Kazakhstan");
    assert_eq!(mesh_colour_at(fills, screen(&view, 41.5, 64.0)), Some(former), "Uzbekistan");
    assert_eq!(mesh_colour_at(fills, screen(&view, 49.0, 32.0)), Some(none), "Ukraine");
    assert_eq!(mesh_colour_at(fills, screen(&view, 43.0, 34.0)), None, "the Black Sea is not filled");
}

#[test]
fn frozen_members_and_signatories_are_hatched_and_members_are_not() {
    let timeline = Timeline::bundled().unwrap();
    let borders = Borders::bundled(Detail::Full).unwrap();
    let view = csto_view();
    let statuses = statuses_at(&timeline, 2024);
    let shapes = country_shapes(&borders, &view, &paint(&statuses));
    let (fills, hatching) = meshes(&shapes);
    assert_eq!(hatching.texture_id, TextureId::User(1));
    let armenia = screen(&view, 40.3, 44.9);
    let frozen = status_fill(Status::MemberFrozen);
    assert_eq!(mesh_colour_at(fills, armenia), Some(frozen.fill.to_egui()));
    assert_eq!(mesh_colour_at(hatching, armenia), frozen.pattern.map(Rgb::to_egui));
    assert_eq!(mesh_colour_at(hatching, screen(&view, 48.0, 67.0)), None, "Kazakhstan is a plain member");
}

#[test]
fn hovering_a_legend_entry_fades_every_other_status() {
    let timeline = Timeline::bundled().unwrap();
    let borders = Borders::bundled(Detail::Full).unwrap();
    let view = csto_view();
    let statuses = statuses_at(&timeline, 2012);
    let shapes = country_shapes(
        &borders,
        &view,
        &Paint { emphasis: Some(crate::style::LegendKey::Status(Some(Status::FormerMember))), ..paint(&statuses) },
    );
    let (fills, _) = meshes(&shapes);
    let background = Theme::Light.palette().background;
    let faded_member = faded_colour(status_fill(Status::Member).fill, background);
    assert_eq!(
        mesh_colour_at(fills, screen(&view, 41.5, 64.0)),
        Some(status_fill(Status::FormerMember).fill.to_egui())
    );
    assert_eq!(mesh_colour_at(fills, screen(&view, 48.0, 67.0)), Some(faded_member));
}

#[test]
fn only_countries_on_screen_are_drawn() {
    let borders = Borders::bundled(Detail::Full).unwrap();
    let statuses = BTreeMap::new();
    let world = View::new(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 800.0)), (0.0, 20.0), 2.0);
    let caucasus = View::new(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 800.0)), (45.0, 41.0), 7.0);
    let vertices = |view: &View| meshes(&country_shapes(&borders, view, &paint(&statuses))).0.vertices.len();
    let all: usize = borders.countries().iter().map(|country| country.mesh.vertices.len()).sum();
    assert_eq!(vertices(&world), all);
    assert!(vertices(&caucasus) < all / 3, "{} of {all}", vertices(&caucasus));
}

#[test]
fn changed_and_selected_countries_get_strong_outlines() {
    let timeline = Timeline::bundled().unwrap();
    let borders = Borders::bundled(Detail::Full).unwrap();
    let statuses = statuses_at(&timeline, 2012);
    let view = csto_view();
    let strong = Theme::Light.palette().strong.to_egui();
    let count_strong = |paint: &Paint<'_>| {
        country_shapes(&borders, &view, paint)
            .iter()
            .filter(|shape| matches!(shape, Shape::Path(path) if path.stroke.color == egui::epaint::ColorMode::Solid(strong)))
            .count()
    };
    assert_eq!(count_strong(&paint(&statuses)), 0);
    let uzbekistan: Iso3 = "UZB".parse().unwrap();
    assert!(count_strong(&Paint { changed: &[uzbekistan], ..paint(&statuses) }) >= 1);
    assert!(count_strong(&Paint { selected: Some(uzbekistan), ..paint(&statuses) }) >= 1);
}

#[test]
fn the_hatching_texture_has_opaque_stripes_and_clear_gaps() {
    let image = hatch_image();
    let alphas: Vec<u8> = image.pixels.iter().map(|pixel| pixel.a()).collect();
    let opaque = alphas.iter().filter(|&&a| a == 255).count();
    let clear = alphas.iter().filter(|&&a| a == 0).count();
    let expected = (HATCH_WIDTH_PX / HATCH_SPACING_PX * alphas.len() as f32) as usize;
    assert!(opaque > expected / 2 && opaque < expected * 3 / 2, "{opaque} opaque of {}", alphas.len());
    assert!(clear > alphas.len() / 2);
    // It repeats: the first column continues the last one along the diagonal.
    assert_eq!(image.pixels[0].a(), image.pixels[32 * 31 + 1].a());
}

#[test]
fn with_map_tiles_on_the_fills_let_the_tiles_show_through() {
    let timeline = Timeline::bundled().unwrap();
    let borders = Borders::bundled(Detail::Full).unwrap();
    let view = csto_view();
    let statuses = statuses_at(&timeline, 2012);
    let shapes = country_shapes(&borders, &view, &Paint { translucent: true, ..paint(&statuses) });
    let (fills, _) = meshes(&shapes);
    let kazakhstan = mesh_colour_at(fills, screen(&view, 48.0, 67.0)).unwrap();
    let ukraine = mesh_colour_at(fills, screen(&view, 49.0, 32.0)).unwrap();
    assert!((170..=190).contains(&kazakhstan.a()), "{kazakhstan:?}");
    assert!(ukraine.a() < 80, "{ukraine:?}");
}
