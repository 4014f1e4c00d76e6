//! Start-up work (timeline, borders prepared at build time, labels) and the hover/click hit test.
//!
//! Run: cargo bench --bench data_core (with `--features geojson` for preparing the GeoJSON too)
#![allow(clippy::unwrap_used, reason = "benchmarks may unwrap")]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use csto_map::geodata::{Borders, Detail};
use csto_map::timeline::Timeline;

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.sample_size(20);
    group.bench_function("timeline", |b| b.iter(|| Timeline::bundled().unwrap()));
    group.bench_function("every_organisation", |b| b.iter(|| csto_map::timeline::Organisations::bundled().unwrap()));
    group.bench_function("borders_110m", |b| b.iter(|| Borders::bundled(Detail::Overview).unwrap()));
    group.bench_function("borders_50m", |b| b.iter(|| Borders::bundled(Detail::Full).unwrap()));
    // What the build script does once, and what a GeoJSON file other than the bundled ones costs.
    #[cfg(feature = "geojson")]
    group.bench_function("borders_50m_from_geojson", |b| {
        b.iter(|| Borders::from_geojson(Detail::Full.geojson(), Detail::Full.file_name(), None).unwrap())
    });
    group.bench_function("timeline_and_borders_50m_checked", |b| {
        b.iter(|| {
            let timeline = Timeline::bundled().unwrap();
            let borders = Borders::bundled(Detail::Full).unwrap();
            timeline.check_countries("bundled", |code| borders.country(code).is_some()).unwrap();
            (timeline, borders)
        })
    });
    group.bench_function("app_data_both_border_sets_and_labels", |b| {
        b.iter(|| csto_map::data::Data::bundled().unwrap())
    });
    group.finish();
}

fn hit_test(c: &mut Criterion) {
    let borders = Borders::bundled(Detail::Full).unwrap();
    let mut group = c.benchmark_group("hit_test_50m");
    // (name, lat, lon): inside the largest polygon, a small country, open sea.
    for (name, lat, lon) in [("moscow", 55.75, 37.62), ("yerevan", 40.18, 44.51), ("black_sea", 43.0, 34.0)] {
        group.bench_function(name, |b| b.iter(|| borders.country_at(black_box(lon), black_box(lat)).map(|c| c.iso3)));
    }
    // As `status --at` does it: the borders loaded, and the first point indexes the countries
    // whose boxes hold it.
    group.bench_function("moscow_first_after_loading", |b| {
        b.iter(|| {
            Borders::bundled(Detail::Full).unwrap().country_at(black_box(37.62), black_box(55.75)).map(|c| c.iso3)
        })
    });
    group.finish();
}

criterion_group!(benches, load, hit_test);
criterion_main!(benches);
