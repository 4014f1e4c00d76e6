//! Text in images, with the font the app uses (Ubuntu Light, bundled with egui).

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};
use tiny_skia::{Pixmap, PremultipliedColorU8};

use crate::style::Rgb;

pub struct Typeface(FontRef<'static>);

impl Typeface {
    pub fn bundled() -> Option<Self> {
        FontRef::try_from_slice(epaint_default_fonts::UBUNTU_LIGHT).ok().map(Self)
    }

    /// The width of `text` at `size_px`.
    pub fn width(&self, text: &str, size_px: f32) -> f32 {
        let font = self.0.as_scaled(PxScale::from(size_px));
        text.chars().map(|c| font.h_advance(font.glyph_id(c))).sum()
    }

    /// Draws `text` with its baseline at `y`, starting at `x`.
    pub fn draw(&self, pixmap: &mut Pixmap, text: &str, [x, y]: [f32; 2], size_px: f32, colour: Rgb) {
        let font = self.0.as_scaled(PxScale::from(size_px));
        let mut caret = x;
        let (width, height) = (pixmap.width(), pixmap.height());
        let pixels = pixmap.pixels_mut();
        for c in text.chars() {
            let id = font.glyph_id(c);
            let glyph = id.with_scale_and_position(size_px, ab_glyph::point(caret, y));
            caret += font.h_advance(id);
            let Some(outline) = self.0.outline_glyph(glyph) else { continue };
            let bounds = outline.px_bounds();
            outline.draw(|gx, gy, coverage| {
                let px = bounds.min.x as i64 + i64::from(gx);
                let py = bounds.min.y as i64 + i64::from(gy);
                if px < 0 || py < 0 || px >= i64::from(width) || py >= i64::from(height) {
                    return;
                }
                let index = (py as usize) * (width as usize) + px as usize;
                if let Some(pixel) = pixels.get_mut(index) {
                    *pixel = blend(*pixel, colour, coverage);
                }
            });
        }
    }
}

impl Typeface {
    /// SVG path data of `text`'s glyph outlines, baseline at `y` and starting at `x`: the text
    /// looks the same in every viewer, with or without the font.
    pub fn svg_path(&self, text: &str, [x, y]: [f32; 2], size_px: f32) -> String {
        use std::fmt::Write as _;
        let font = self.0.as_scaled(PxScale::from(size_px));
        let (h, v) = (font.h_scale_factor(), font.v_scale_factor());
        let mut data = String::new();
        let mut caret = x;
        for c in text.chars() {
            let id = font.glyph_id(c);
            let at = |p: ab_glyph::Point| (caret + p.x * h, y - p.y * v);
            let mut end: Option<(f32, f32)> = None;
            for curve in self.0.outline(id).map(|outline| outline.curves).unwrap_or_default() {
                let (from, to, segment) = match curve {
                    ab_glyph::OutlineCurve::Line(p0, p1) => {
                        let (x1, y1) = at(p1);
                        (at(p0), (x1, y1), format!("L{x1:.2} {y1:.2}"))
                    }
                    ab_glyph::OutlineCurve::Quad(p0, p1, p2) => {
                        let ((x1, y1), (x2, y2)) = (at(p1), at(p2));
                        (at(p0), (x2, y2), format!("Q{x1:.2} {y1:.2} {x2:.2} {y2:.2}"))
                    }
                    ab_glyph::OutlineCurve::Cubic(p0, p1, p2, p3) => {
                        let ((x1, y1), (x2, y2), (x3, y3)) = (at(p1), at(p2), at(p3));
                        (at(p0), (x3, y3), format!("C{x1:.2} {y1:.2} {x2:.2} {y2:.2} {x3:.2} {y3:.2}"))
                    }
                };
                // A curve that does not start where the last one ended begins a new contour.
                let continues = end.is_some_and(|(ex, ey)| (ex - from.0).abs() < 0.01 && (ey - from.1).abs() < 0.01);
                if !continues {
                    if end.is_some() {
                        data.push('Z');
                    }
                    let _ = write!(data, "M{:.2} {:.2}", from.0, from.1);
                }
                data.push_str(&segment);
                end = Some(to);
            }
            if end.is_some() {
                data.push('Z');
            }
            caret += font.h_advance(id);
        }
        data
    }
}

/// `colour` at `coverage` over a premultiplied pixel.
fn blend(under: PremultipliedColorU8, colour: Rgb, coverage: f32) -> PremultipliedColorU8 {
    let alpha = coverage.clamp(0.0, 1.0);
    let mix = |top: u8, bottom: u8| (f32::from(top) * alpha + f32::from(bottom) * (1.0 - alpha)).round() as u8;
    let a = mix(255, under.alpha());
    let (r, g, b) = (mix(colour.0, under.red()), mix(colour.1, under.green()), mix(colour.2, under.blue()));
    PremultipliedColorU8::from_rgba(r.min(a), g.min(a), b.min(a), a).unwrap_or(under)
}
