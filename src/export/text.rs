//! Text in images, with the font the app uses (Ubuntu Light, bundled with egui), as glyph
//! outlines: filled by tiny-skia in PNGs, written as path data in SVGs, so both look the same.

use ab_glyph::{Font, FontRef, OutlineCurve, PxScale, ScaleFont};

pub struct Typeface(FontRef<'static>);

/// What receives glyph outlines, in image pixels: tiny-skia's path builder, or SVG path data.
pub trait Pen {
    fn move_to(&mut self, x: f32, y: f32);
    fn line_to(&mut self, x: f32, y: f32);
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32);
    fn cubic_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32);
    fn close(&mut self);
}

impl Typeface {
    pub fn bundled() -> Option<Self> {
        FontRef::try_from_slice(epaint_default_fonts::UBUNTU_LIGHT).ok().map(Self)
    }

    /// The width of `text` at `size_px`.
    pub fn width(&self, text: &str, size_px: f32) -> f32 {
        let font = self.0.as_scaled(PxScale::from(size_px));
        text.chars().map(|c| font.h_advance(font.glyph_id(c))).sum()
    }

    /// Traces the outlines of `text` with its baseline at `y`, starting at `x` (non-zero winding).
    pub fn trace(&self, text: &str, [x, y]: [f32; 2], size_px: f32, pen: &mut dyn Pen) {
        let font = self.0.as_scaled(PxScale::from(size_px));
        let (h, v) = (font.h_scale_factor(), font.v_scale_factor());
        let mut caret = x;
        for c in text.chars() {
            let id = font.glyph_id(c);
            let at = |p: ab_glyph::Point| (caret + p.x * h, y - p.y * v);
            let mut end: Option<(f32, f32)> = None;
            for curve in self.0.outline(id).map(|outline| outline.curves).unwrap_or_default() {
                let (from, to) = match curve {
                    OutlineCurve::Line(p0, p1) => (at(p0), at(p1)),
                    OutlineCurve::Quad(p0, _, p2) => (at(p0), at(p2)),
                    OutlineCurve::Cubic(p0, _, _, p3) => (at(p0), at(p3)),
                };
                // A curve that does not start where the last one ended begins a new contour.
                let continues = end.is_some_and(|(ex, ey)| (ex - from.0).abs() < 0.01 && (ey - from.1).abs() < 0.01);
                if !continues {
                    if end.is_some() {
                        pen.close();
                    }
                    pen.move_to(from.0, from.1);
                }
                match curve {
                    OutlineCurve::Line(..) => pen.line_to(to.0, to.1),
                    OutlineCurve::Quad(_, p1, _) => {
                        let (x1, y1) = at(p1);
                        pen.quad_to(x1, y1, to.0, to.1);
                    }
                    OutlineCurve::Cubic(_, p1, p2, _) => {
                        let ((x1, y1), (x2, y2)) = (at(p1), at(p2));
                        pen.cubic_to(x1, y1, x2, y2, to.0, to.1);
                    }
                }
                end = Some(to);
            }
            if end.is_some() {
                pen.close();
            }
            caret += font.h_advance(id);
        }
    }
}

impl Pen for tiny_skia::PathBuilder {
    fn move_to(&mut self, x: f32, y: f32) {
        tiny_skia::PathBuilder::move_to(self, x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        tiny_skia::PathBuilder::line_to(self, x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        tiny_skia::PathBuilder::quad_to(self, x1, y1, x, y);
    }
    fn cubic_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        tiny_skia::PathBuilder::cubic_to(self, x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        tiny_skia::PathBuilder::close(self);
    }
}

/// SVG path data, to a hundredth of a pixel.
#[derive(Default)]
pub struct SvgPen(pub String);

impl Pen for SvgPen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.push_str(&format!("M{x:.2} {y:.2}"));
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.push_str(&format!("L{x:.2} {y:.2}"));
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.push_str(&format!("Q{x1:.2} {y1:.2} {x:.2} {y:.2}"));
    }
    fn cubic_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.push_str(&format!("C{x1:.2} {y1:.2} {x2:.2} {y2:.2} {x:.2} {y:.2}"));
    }
    fn close(&mut self) {
        self.0.push('Z');
    }
}
