//! One exported image: 1920x1080 PNG of the CSTO region with the 1:50m borders, title, legend
//! and credits; drawing alone and drawing plus PNG encoding.
//!
//! Run: cargo bench --bench render
#![allow(clippy::unwrap_used, reason = "benchmarks may unwrap")]

use criterion::{Criterion, criterion_group, criterion_main};
use csto_map::app::{CSTO_REGION_DEG, Data};
use csto_map::export::{Decorations, Frame, ImageSpec, render_png};
use csto_map::style::Theme;

fn render(c: &mut Criterion) {
    let data = Data::bundled().unwrap();
    let spec = ImageSpec {
        date: jiff::civil::date(2012, 12, 31),
        today: jiff::civil::date(2026, 11, 30),
        width_px: 1920,
        height_px: 1080,
        scale: 1.0,
        frame: Frame::fit(CSTO_REGION_DEG, 1920, 1080),
        theme: Theme::Light,
        decorations: Some(Decorations { title: "CSTO membership".into(), legend: true, credits: true }),
    };
    let mut group = c.benchmark_group("render_1920x1080");
    group.sample_size(20);
    group.bench_function("png_csto_view_50m", |b| b.iter(|| render_png(&data, &spec).unwrap()));
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
