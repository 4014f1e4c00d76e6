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

/// `colour` at `coverage` over a premultiplied pixel.
fn blend(under: PremultipliedColorU8, colour: Rgb, coverage: f32) -> PremultipliedColorU8 {
    let alpha = coverage.clamp(0.0, 1.0);
    let mix = |top: u8, bottom: u8| (f32::from(top) * alpha + f32::from(bottom) * (1.0 - alpha)).round() as u8;
    let a = mix(255, under.alpha());
    let (r, g, b) = (mix(colour.0, under.red()), mix(colour.1, under.green()), mix(colour.2, under.blue()));
    PremultipliedColorU8::from_rgba(r.min(a), g.min(a), b.min(a), a).unwrap_or(under)
}
