//! Exported images: one 1920x1080 PNG of the CSTO region with the 1:50m borders, title, legend
//! and credits (drawing plus PNG encoding), the same in the Albers conic and as an overlap map of
//! the CSTO and NATO, the borders projected into Albers, and the GIF of the whole timeline, a
//! frame a year.
//!
//! Run: cargo bench --bench render
#![allow(clippy::unwrap_used, reason = "benchmarks may unwrap")]

use criterion::{Criterion, criterion_group, criterion_main};
use csto_map::clock::Step;
use csto_map::data::{CSTO_REGION_DEG, Data};
use csto_map::geodata::{ProjectedBorders, ProjectionChoice};
use csto_map::i18n::Lang;
use csto_map::images::{Decorations, Frame, ImageSpec, PngCompression, Shows, animate_gif, frame_dates, render_png};
use csto_map::style::Theme;
use jiff::civil::{Date, date};

fn spec(day: Date, width_px: u32, height_px: u32) -> ImageSpec {
    ImageSpec {
        date: day,
        today: date(2026, 11, 30),
        width_px,
        height_px,
        scale: 1.0,
        frame: Frame::fit(CSTO_REGION_DEG, width_px, height_px),
        theme: Theme::Light,
        labels: false,
        graticule: false,
        context: true,
        decorations: Some(Decorations { title: format!("CSTO membership, {day}"), legend: true, credits: true }),
        lang: Lang::En,
        shows: Default::default(),
    }
}

fn render(c: &mut Criterion) {
    let data = Data::bundled().unwrap();
    let mut group = c.benchmark_group("render_1920x1080");
    group.sample_size(20);
    let one = spec(date(2012, 12, 31), 1920, 1080);
    group.bench_function("png_csto_view_50m", |b| b.iter(|| render_png(&data, &one, PngCompression::Fast).unwrap()));
    group.bench_function("png_csto_view_50m_smallest", |b| {
        b.iter(|| render_png(&data, &one, PngCompression::Smallest).unwrap())
    });
    // The same region in the Albers conic fitted to it, as `render` draws it by default (the
    // borders projected once, before the first image; see project/ for that).
    let albers = ProjectionChoice::Auto.for_box(CSTO_REGION_DEG);
    let equal_area =
        ImageSpec { frame: Frame::fit_in(albers, CSTO_REGION_DEG, 1920, 1080), graticule: true, ..one.clone() };
    group.bench_function("png_csto_region_albers_50m", |b| {
        b.iter(|| render_png(&data, &equal_area, PngCompression::Fast).unwrap())
    });
    // Without the contested territories (four on that day: Abkhazia, South Ossetia, Transnistria,
    // Nagorno-Karabakh), to tell what they cost.
    let no_context = ImageSpec { context: false, ..equal_area.clone() };
    group.bench_function("png_csto_region_albers_50m_no_context", |b| {
        b.iter(|| render_png(&data, &no_context, PngCompression::Fast).unwrap())
    });
    // The same view, coloured by where the CSTO and NATO overlap (two snapshots a frame).
    let nato = std::sync::Arc::new(data.organisations.get("nato").unwrap().clone());
    let overlap = ImageSpec { shows: Shows::Overlap(nato), ..one.clone() };
    group.bench_function("png_csto_nato_overlap_50m", |b| {
        b.iter(|| render_png(&data, &overlap, PngCompression::Fast).unwrap())
    });
    group.finish();

    // The 1:50m borders into the Albers conic: what the first equal-area image of a process pays.
    let mut group = c.benchmark_group("project");
    group.sample_size(20);
    let everything = [f64::MIN, f64::MIN, f64::MAX, f64::MAX];
    let region = Frame::fit_in(albers, CSTO_REGION_DEG, 1920, 1080);
    let region = [region.min[0], region.min[1], region.max[0], region.max[1]];
    group.bench_function("borders_50m_albers_every_country", |b| {
        b.iter(|| ProjectedBorders::of(&data.borders.full, albers).within(&data.borders.full, everything).count())
    });
    group.bench_function("borders_50m_albers_csto_region", |b| {
        b.iter(|| ProjectedBorders::of(&data.borders.full, albers).within(&data.borders.full, region).count())
    });
    group.finish();

    // As `csto-map animate` makes it: 35 frames, 1992 to 2026, at the default size.
    let dates = frame_dates(&data.timeline.change_dates(), Step::Year, date(2026, 11, 30)).unwrap();
    let frames: Vec<ImageSpec> = dates.iter().map(|&day| spec(day, 1920, 1116)).collect();
    let mut group = c.benchmark_group("animate");
    group.sample_size(10);
    group.bench_function("gif_timeline_by_year_1920", |b| b.iter(|| animate_gif(&data, &frames, 700, 3000).unwrap()));
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
