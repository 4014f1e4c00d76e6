//! One frame of the map: the country shapes at the CSTO view and the world view with the 1:50m
//! borders, and the hover pick under the pointer; the same frame on the equal-area map, and the
//! one-off redrawing of the border sets in its projection.
//!
//! Run: cargo bench --bench map_frame
#![allow(clippy::unwrap_used, reason = "benchmarks may unwrap")]

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use csto_map::Iso3;
use csto_map::data::CSTO_REGION_DEG;
use csto_map::geodata::mercator_from_geo;
use csto_map::geodata::{BorderSets, ProjectionChoice};
use csto_map::map::{Paint, View, country_shapes, pick};
use csto_map::style::Theme;
use csto_map::timeline::{Status, Timeline};
use egui::{Rect, TextureId, pos2, vec2};

fn frame(c: &mut Criterion) {
    let timeline = Timeline::bundled().unwrap();
    let scene = BorderSets::bundled(&timeline).unwrap();
    let day = jiff::civil::date(2012, 12, 31);
    let statuses: BTreeMap<Iso3, Status> =
        timeline.statuses_at(day).into_iter().map(|(country, status)| (country.iso3, status)).collect();
    let paint = Paint::plain(Theme::Light, &statuses, TextureId::User(1));
    let screen = Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 640.0));
    let [west, south, east, north] = CSTO_REGION_DEG;
    let csto = View::new(screen, ((west + east) / 2.0, (south + north) / 2.0), 3.2);
    let world = View::new(screen, (0.0, 20.0), 2.3);

    let mut group = c.benchmark_group("frame_shapes_50m");
    group.bench_function("csto_view", |b| b.iter(|| country_shapes(&scene.full, black_box(&csto), &paint)));
    group.bench_function("world_view", |b| b.iter(|| country_shapes(&scene.full, black_box(&world), &paint)));
    group.finish();

    // What the app draws at each view: at the CSTO view, the simplified 1:50m set.
    let mut group = c.benchmark_group("frame_shapes_as_drawn");
    for (name, view) in [("csto_view", &csto), ("world_view", &world)] {
        let borders = scene.borders_at(view.zoom());
        group.bench_function(name, |b| b.iter(|| country_shapes(borders, black_box(view), &paint)));
    }
    group.finish();

    let moscow = csto.screen_from_projected(mercator_from_geo(37.62, 55.75));
    let sea = csto.screen_from_projected(mercator_from_geo(34.0, 43.0));
    let mut group = c.benchmark_group("hover_pick");
    group.bench_function("moscow", |b| b.iter(|| pick(&scene, &csto, &[], black_box(moscow))));
    group.bench_function("black_sea", |b| b.iter(|| pick(&scene, &csto, &[], black_box(sea))));
    group.finish();

    // The equal-area map: the CSTO view as the app draws it, against Web Mercator's above, and
    // the three sets redrawn in its projection (once, when the map is first shown).
    let albers = ProjectionChoice::Auto.for_box(CSTO_REGION_DEG);
    let redrawn = scene.in_projection(albers);
    let csto_albers = View::in_projection(albers, screen, ((west + east) / 2.0, (south + north) / 2.0), 3.2);
    let mut group = c.benchmark_group("equal_area");
    let borders = redrawn.borders_at(csto_albers.zoom());
    group.bench_function("frame_csto_view", |b| b.iter(|| country_shapes(borders, black_box(&csto_albers), &paint)));
    let moscow = csto_albers.screen_from_projected(albers.plane(37.62, 55.75));
    group.bench_function("pick_moscow", |b| b.iter(|| pick(&redrawn, &csto_albers, &[], black_box(moscow))));
    group.sample_size(10);
    group.bench_function("redraw_three_sets", |b| b.iter(|| black_box(&scene).in_projection(albers)));
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
