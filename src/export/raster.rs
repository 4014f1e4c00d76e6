//! PNG images with tiny-skia: anti-aliased fills (even-odd, so holes stay holes), hatching, border
//! lines, and the title, legend and credits over the margins.

use tiny_skia::{
    Color, FillRule, FilterQuality, Paint, PathBuilder, Pattern, Pixmap, Rect, SpreadMode, Stroke, Transform,
};

use crate::app::Data;
use crate::export::text::Typeface;
use crate::export::{Decorations, ImageSpec};
use crate::geodata::CountryShape;
use crate::style::{Fill, HATCH_SPACING_PX, HATCH_WIDTH_PX, Rgb, fill_of, legend_label, status_fill};
use crate::timeline::{Status, as_of};

/// Why an image could not be made.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("an image of {0}x{1} pixels cannot be made (1 to 20000 pixels a side)")]
    Size(u32, u32),
    #[error("the bundled font cannot be read")]
    Font,
    #[error("PNG encoding failed: {0}")]
    Encoding(String),
}

/// Draws the map of `spec` and encodes it as PNG.
pub fn render_png(data: &Data, spec: &ImageSpec) -> Result<Vec<u8>, RenderError> {
    let pixmap = render(data, spec)?;
    pixmap.encode_png().map_err(|error| RenderError::Encoding(error.to_string()))
}

pub fn render(data: &Data, spec: &ImageSpec) -> Result<Pixmap, RenderError> {
    let (width, height) = (spec.width_px, spec.height_px);
    let too_big = |side: u32| side == 0 || side > 20_000;
    if too_big(width) || too_big(height) {
        return Err(RenderError::Size(width, height));
    }
    let mut pixmap = Pixmap::new(width, height).ok_or(RenderError::Size(width, height))?;
    let palette = spec.theme.palette();
    pixmap.fill(colour(palette.background, 255));
    let statuses = data.timeline.statuses_at(spec.date);
    let status_of = |country: &CountryShape| {
        statuses.iter().find(|(record, _)| record.iso3 == country.iso3).map(|(_, status)| *status)
    };
    let outline = Stroke { width: 0.6 * spec.scale, ..Stroke::default() };
    for country in data.scene.full.countries() {
        let Some(path) = country_path(country, spec) else { continue };
        let fill = fill_of(status_of(country), spec.theme);
        fill_country(&mut pixmap, &path, fill, spec.scale);
        pixmap.stroke_path(&path, &solid(palette.outline), &outline, Transform::identity(), None);
    }
    if let Some(decorations) = &spec.decorations {
        let typeface = Typeface::bundled().ok_or(RenderError::Font)?;
        decorate(&mut pixmap, data, spec, decorations, &typeface);
    }
    Ok(pixmap)
}

fn colour(rgb: Rgb, alpha: u8) -> Color {
    Color::from_rgba8(rgb.0, rgb.1, rgb.2, alpha)
}

fn solid(rgb: Rgb) -> Paint<'static> {
    let mut paint = Paint { anti_alias: true, ..Paint::default() };
    paint.set_color(colour(rgb, 255));
    paint
}

/// The country's rings in image pixels; `None` when it is off the image.
fn country_path(country: &CountryShape, spec: &ImageSpec) -> Option<tiny_skia::Path> {
    let [x0, y0, x1, y1] = country.bounds;
    let frame = &spec.frame;
    if x1 < frame.min[0] || x0 > frame.max[0] || y1 < frame.min[1] || y0 > frame.max[1] {
        return None;
    }
    let mut builder = PathBuilder::new();
    for ring in &country.outlines {
        let mut points = ring.iter().map(|&point| frame.pixel_from_projected(point, spec.width_px, spec.height_px));
        let Some([x, y]) = points.next() else { continue };
        builder.move_to(x, y);
        for [x, y] in points {
            builder.line_to(x, y);
        }
        builder.close();
    }
    builder.finish()
}

fn fill_country(pixmap: &mut Pixmap, path: &tiny_skia::Path, fill: Fill, scale: f32) {
    pixmap.fill_path(path, &solid(fill.fill), FillRule::EvenOdd, Transform::identity(), None);
    let Some(pattern) = fill.pattern else { return };
    let Some(tile) = hatch_tile(pattern, scale) else { return };
    let shader = Pattern::new(tile.as_ref(), SpreadMode::Repeat, FilterQuality::Bilinear, 1.0, Transform::identity());
    let paint = Paint { shader, anti_alias: true, ..Paint::default() };
    pixmap.fill_path(path, &paint, FillRule::EvenOdd, Transform::identity(), None);
}

/// One period of the diagonal hatching, as in the app: a stripe `HATCH_WIDTH_PX` wide every
/// `HATCH_SPACING_PX` along both axes, at 45 degrees, scaled for high-density images.
fn hatch_tile(pattern: Rgb, scale: f32) -> Option<Pixmap> {
    let side = (HATCH_SPACING_PX * scale).round().max(2.0) as u32;
    let mut tile = Pixmap::new(side, side)?;
    let mut builder = PathBuilder::new();
    let s = side as f32;
    // The stripes x + y = 0, s and 2s: the middle one and the corners of its neighbours, so the
    // tile joins seamlessly.
    for k in [0.0, 1.0, 2.0] {
        builder.move_to(-s, k * s + s);
        builder.line_to(k * s + s, -s);
    }
    let path = builder.finish()?;
    // Across the stripes, a period is s / sqrt(2); the stripe keeps the app's share of it.
    let stroke = Stroke { width: HATCH_WIDTH_PX * scale * std::f32::consts::FRAC_1_SQRT_2, ..Stroke::default() };
    tile.stroke_path(&path, &solid(pattern), &stroke, Transform::identity(), None);
    Some(tile)
}

/// The title and the legend (top left) and the credits (bottom right).
fn decorate(pixmap: &mut Pixmap, data: &Data, spec: &ImageSpec, decorations: &Decorations, typeface: &Typeface) {
    let palette = spec.theme.palette();
    let scale = spec.scale;
    let margin = 16.0 * scale;
    let panel = |pixmap: &mut Pixmap, rect: Option<Rect>| {
        if let Some(rect) = rect {
            pixmap.fill_rect(rect, &solid_alpha(palette.halo, 225), Transform::identity(), None);
        }
    };
    let title_px = 26.0 * scale;
    let title_width = typeface.width(&decorations.title, title_px);
    panel(pixmap, Rect::from_xywh(margin, margin, title_width + 2.0 * margin, title_px * 1.6));
    typeface.draw(pixmap, &decorations.title, [2.0 * margin, margin + title_px * 1.15], title_px, palette.text);

    let text_px = 15.0 * scale;
    let line = text_px * 1.5;
    if decorations.legend {
        let counts = data.timeline.counts_at(spec.date);
        let rows: Vec<(Fill, String)> = Status::ALL
            .iter()
            .map(|&status| (status_fill(status), format!("{}: {}", legend_label(status), counts.get(status))))
            .chain(std::iter::once((fill_of(None, spec.theme), "No status".to_owned())))
            .collect();
        let width = rows.iter().map(|(_, text)| typeface.width(text, text_px)).fold(0.0, f32::max) + 3.0 * line;
        let height = line * rows.len() as f32 + margin;
        // Under the title, top left: over the Arctic and Scandinavia, away from every CSTO country.
        let top = margin * 2.0 + title_px * 1.6;
        panel(pixmap, Rect::from_xywh(margin, top, width, height));
        for (index, (fill, text)) in rows.iter().enumerate() {
            let y = top + margin / 2.0 + line * index as f32;
            if let Some(swatch) = Rect::from_xywh(margin * 1.5, y + line * 0.2, line * 1.2, line * 0.6) {
                let path = PathBuilder::from_rect(swatch);
                fill_country(pixmap, &path, *fill, scale);
                let frame = Stroke { width: scale, ..Stroke::default() };
                pixmap.stroke_path(&path, &solid(palette.outline), &frame, Transform::identity(), None);
            }
            typeface.draw(pixmap, text, [margin * 1.5 + line * 1.6, y + line * 0.75], text_px, palette.text);
        }
    }
    if decorations.credits {
        let credits = [
            format!("CSTO membership {}. Internationally recognised borders.", as_of(spec.date, spec.today)),
            format!(
                "Data: Wikipedia \"Collective Security Treaty Organization\" and sources; borders: Natural Earth. csto-map {}",
                env!("CARGO_PKG_VERSION")
            ),
        ];
        let small = 12.0 * scale;
        let width = credits.iter().map(|text| typeface.width(text, small)).fold(0.0, f32::max) + 2.0 * margin;
        let left = spec.width_px as f32 - margin - width;
        let top = spec.height_px as f32 - margin - small * 3.6;
        panel(pixmap, Rect::from_xywh(left, top, width, small * 3.6));
        for (index, text) in credits.iter().enumerate() {
            let y = top + small * 1.5 + small * 1.4 * index as f32;
            typeface.draw(pixmap, text, [left + margin, y], small, palette.text);
        }
    }
}

fn solid_alpha(rgb: Rgb, alpha: u8) -> Paint<'static> {
    let mut paint = solid(rgb);
    paint.set_color(colour(rgb, alpha));
    paint
}
