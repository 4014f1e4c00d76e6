//! Text in images, with the font the app uses (Ubuntu Light, bundled with egui), as glyph
//! outlines: filled by tiny-skia in PNGs, written as path data in SVGs, so both look the same.
//! ttf-parser reads the font: advances, kerning pairs and outlines (contours as the font has
//! them, so holes and dots come out right).

use ttf_parser::gpos::{PairAdjustment, PositioningSubtable};
use ttf_parser::{Face, GlyphId, OutlineBuilder};

pub struct Typeface(Face<'static>);

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
        Face::parse(epaint_default_fonts::UBUNTU_LIGHT, 0).ok().map(Self)
    }

    /// Font units to pixels at `size_px`, the height from descender to ascender (as egui and
    /// ab_glyph size text).
    fn scale(&self, size_px: f32) -> f32 {
        let height = f32::from(self.0.ascender()) - f32::from(self.0.descender());
        size_px / height.max(1.0)
    }

    /// The glyphs of `text` and where each starts, in font units from the start: advances
    /// with the font's kerning pairs applied.
    fn layout(&self, text: &str) -> (Vec<(GlyphId, f32)>, f32) {
        let mut caret = 0.0;
        let mut previous: Option<GlyphId> = None;
        let mut glyphs = Vec::new();
        for c in text.chars() {
            let id = self.0.glyph_index(c).unwrap_or(GlyphId(0));
            if let Some(previous) = previous {
                caret += f32::from(self.kerning(previous, id));
            }
            glyphs.push((id, caret));
            caret += f32::from(self.0.glyph_hor_advance(id).unwrap_or(0));
            previous = Some(id);
        }
        (glyphs, caret)
    }

    /// The kerning of a pair, in font units: from the OpenType `kern` feature (GPOS pair
    /// adjustments, where current fonts such as Ubuntu keep it), else the old `kern` table.
    fn kerning(&self, left: GlyphId, right: GlyphId) -> i16 {
        let tables = self.0.tables();
        let positioned = tables.gpos.and_then(|gpos| {
            let feature = gpos.features.find(ttf_parser::Tag::from_bytes(b"kern"))?;
            feature
                .lookup_indices
                .into_iter()
                .filter_map(|index| gpos.lookups.get(index))
                .flat_map(|lookup| lookup.subtables.into_iter::<PositioningSubtable>())
                .find_map(|subtable| match subtable {
                    PositioningSubtable::Pair(pair) => pair_kerning(&pair, left, right),
                    _ => None,
                })
        });
        let legacy = || {
            let kern = tables.kern?;
            kern.subtables
                .into_iter()
                .filter(|table| table.horizontal && !table.variable)
                .find_map(|table| table.glyphs_kerning(left, right))
        };
        positioned.or_else(legacy).unwrap_or(0)
    }

    /// The width of `text` at `size_px`.
    pub fn width(&self, text: &str, size_px: f32) -> f32 {
        self.layout(text).1 * self.scale(size_px)
    }

    /// Traces the outlines of `text` with its baseline at `y`, starting at `x` (non-zero winding).
    pub fn trace(&self, text: &str, [x, y]: [f32; 2], size_px: f32, pen: &mut dyn Pen) {
        let scale = self.scale(size_px);
        for (id, offset) in self.layout(text).0 {
            let mut placed = Placed { pen: &mut *pen, origin: [x + offset * scale, y], scale };
            self.0.outline_glyph(id, &mut placed);
        }
    }
}

/// The horizontal adjustment a pair-positioning subtable gives `left` before `right`, if the
/// subtable covers `left`.
fn pair_kerning(pair: &PairAdjustment<'_>, left: GlyphId, right: GlyphId) -> Option<i16> {
    let (first, _) = match pair {
        PairAdjustment::Format1 { coverage, sets } => sets.get(coverage.get(left)?)?.get(right)?,
        PairAdjustment::Format2 { coverage, classes, matrix } => {
            coverage.get(left)?;
            matrix.get((classes.0.get(left), classes.1.get(right)))?
        }
    };
    Some(first.x_advance)
}

/// A glyph's outline from font units (y up) to image pixels (y down) at its place.
struct Placed<'p> {
    pen: &'p mut dyn Pen,
    origin: [f32; 2],
    scale: f32,
}

impl Placed<'_> {
    fn at(&self, x: f32, y: f32) -> (f32, f32) {
        (self.origin[0] + x * self.scale, self.origin[1] - y * self.scale)
    }
}

impl OutlineBuilder for Placed<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.pen.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.pen.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let ((x1, y1), (x, y)) = (self.at(x1, y1), self.at(x, y));
        self.pen.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let ((x1, y1), (x2, y2), (x, y)) = (self.at(x1, y1), self.at(x2, y2), self.at(x, y));
        self.pen.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.pen.close();
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Counts the contours a pen is given.
    #[derive(Default)]
    struct Contours(usize);

    impl Pen for Contours {
        fn move_to(&mut self, _: f32, _: f32) {
            self.0 += 1;
        }
        fn line_to(&mut self, _: f32, _: f32) {}
        fn quad_to(&mut self, _: f32, _: f32, _: f32, _: f32) {}
        fn cubic_to(&mut self, _: f32, _: f32, _: f32, _: f32, _: f32, _: f32) {}
        fn close(&mut self) {}
    }

    #[test]
    fn glyphs_come_with_their_contours_holes_and_dots_included() {
        let typeface = Typeface::bundled().unwrap();
        for (text, contours) in [("o", 2), ("i", 2), ("B", 3), ("8", 3), ("l", 1), ("ОДКБ", 2 + 2 + 1 + 2)] {
            let mut pen = Contours::default();
            typeface.trace(text, [0.0, 20.0], 20.0, &mut pen);
            assert_eq!(pen.0, contours, "{text}");
        }
    }

    #[test]
    fn kerning_pairs_close_up_letters_that_fit_together() {
        let typeface = Typeface::bundled().unwrap();
        let apart = typeface.width("A", 100.0) + typeface.width("V", 100.0);
        let kerned = typeface.width("AV", 100.0);
        assert!(kerned < apart - 1.0, "AV is {kerned} wide, A and V {apart}");
    }
}
