//! SVG images: the same drawing as the PNG (see `draw`), as vector paths, with the hatching as an
//! SVG pattern and the text as glyph outlines of the bundled font (with the words as its title).
//!
//! Written by hand: the image needs five elements (path, rect, pattern, title, group) written
//! once each, which a few `write!`s do more plainly than an SVG-writing crate's builder would.

use std::fmt::Write as _;

use crate::Iso3;
use crate::data::Data;
use crate::images::ImageSpec;
use crate::images::draw::{PixelRect, Surface, draw, embolden_px, halo_px};
use crate::images::raster::{RenderError, check_size, hatch_stroke_px};
use crate::images::text::{SvgPen, Typeface};
use crate::style::{Fill, HATCH_SPACING_PX, Rgb};
use crate::style::{TERRITORY_DASH_PX, TERRITORY_HATCH_ALPHA, TERRITORY_OUTLINE_PX};

/// Draws the map of `spec` as an SVG document.
pub fn render_svg(data: &Data, spec: &ImageSpec) -> Result<String, RenderError> {
    check_size(spec.width_px, spec.height_px)?;
    let typeface = Typeface::bundled().ok_or(RenderError::Font)?;
    let (width, height) = (spec.width_px, spec.height_px);
    let mut surface = SvgSurface {
        body: String::new(),
        typeface: &typeface,
        patterns: Vec::new(),
        territory_patterns: Vec::new(),
        clips: 0,
        clipping: false,
    };
    draw(&mut surface, data, spec, &typeface);
    let patterns = std::mem::take(&mut surface.patterns);
    let territory_patterns = std::mem::take(&mut surface.territory_patterns);
    let body = surface.finish();
    let background = spec.theme.palette().background.hex();
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n"
    );
    svg.push_str("<defs>\n");
    let side = HATCH_SPACING_PX * spec.scale;
    // The stripes x + y = 0, s and 2s of a tile of side s, as the PNG's (see raster.rs).
    let stripes = format!(
        "M{} {side} L{side} {} M{} {} L{} {} M{} {} L{} {}",
        -side,
        -side,
        -side,
        2.0 * side,
        2.0 * side,
        -side,
        -side,
        3.0 * side,
        3.0 * side,
        -side
    );
    let tile = format!("patternUnits=\"userSpaceOnUse\" width=\"{side}\" height=\"{side}\"");
    for pattern in &patterns {
        let (id, colour, width) = (&pattern.hex()[1..], pattern.hex(), hatch_stroke_px(spec.scale));
        let _ = writeln!(
            svg,
            "<pattern id=\"hatch-{id}\" {tile}><path d=\"{stripes}\" stroke=\"{colour}\" stroke-width=\"{width:.2}\"/></pattern>"
        );
    }
    // A contested territory's hatching: the same stripes mirrored, thinner and translucent.
    for pattern in &territory_patterns {
        let (id, colour, width) = (&pattern.hex()[1..], pattern.hex(), hatch_stroke_px(spec.scale) * 0.6);
        let opacity = f32::from(TERRITORY_HATCH_ALPHA) / 255.0;
        let _ = writeln!(
            svg,
            "<pattern id=\"territory-{id}\" {tile} patternTransform=\"scale(-1 1)\"><path d=\"{stripes}\" \
             stroke=\"{colour}\" stroke-opacity=\"{opacity:.2}\" stroke-width=\"{width:.2}\"/></pattern>"
        );
    }
    svg.push_str("</defs>\n");
    let _ = writeln!(svg, "<rect width=\"{width}\" height=\"{height}\" fill=\"{background}\"/>");
    svg.push_str(&body);
    svg.push_str("</svg>\n");
    Ok(svg)
}

struct SvgSurface<'t> {
    body: String,
    /// Draws the text as outlines, so that it needs no font where the SVG is shown.
    typeface: &'t Typeface,
    /// The hatching colours used, each defined once as a pattern.
    patterns: Vec<Rgb>,
    /// The contested territories' hatching colours, likewise.
    territory_patterns: Vec<Rgb>,
    /// How many clip paths have been defined (for their ids).
    clips: usize,
    /// Whether a clipped group is open: a new clip closes it first, and the end of the drawing
    /// closes it, so that the groups are always paired whatever the calls.
    clipping: bool,
}

impl SvgSurface<'_> {
    /// The drawing, with a clipped group left open closed.
    fn finish(mut self) -> String {
        self.clip(None);
        self.body
    }

    fn hatch(&mut self, pattern: Rgb) -> String {
        if !self.patterns.contains(&pattern) {
            self.patterns.push(pattern);
        }
        format!("url(#hatch-{})", &pattern.hex()[1..])
    }
}

/// Path data of closed rings, to 0.1 pixel.
fn path_data(rings: &[Vec<[f32; 2]>]) -> String {
    let mut data = String::new();
    for ring in rings {
        for (index, [x, y]) in ring.iter().enumerate() {
            let _ = write!(data, "{}{x:.1} {y:.1}", if index == 0 { "M" } else { "L" });
        }
        data.push('Z');
    }
    data
}

/// Text with `&`, `<` and `>` escaped for XML.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

impl Surface for SvgSurface<'_> {
    fn place(&mut self, [x, y]: [f32; 2], radius_px: f32, fill: Rgb, halo: Rgb) {
        let diamond = vec![[x, y - radius_px], [x + radius_px, y], [x, y + radius_px], [x - radius_px, y]];
        let _ = writeln!(
            self.body,
            "<path class=\"place\" d=\"{}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"{:.2}\" stroke-linejoin=\"round\" paint-order=\"stroke\"/>",
            path_data(&[diamond]),
            fill.hex(),
            halo.hex(),
            radius_px / 3.0
        );
    }

    fn territory(&mut self, rings: &[Vec<[f32; 2]>], colour: Rgb, outline_px: f32) {
        if !self.territory_patterns.contains(&colour) {
            self.territory_patterns.push(colour);
        }
        let [dash, gap] = TERRITORY_DASH_PX.map(|length| length * outline_px / TERRITORY_OUTLINE_PX);
        let _ = writeln!(
            self.body,
            "<path class=\"territory\" d=\"{}\" fill=\"url(#territory-{})\" fill-rule=\"evenodd\" stroke=\"{}\" \
             stroke-width=\"{outline_px:.2}\" stroke-dasharray=\"{dash:.1} {gap:.1}\"/>",
            path_data(rings),
            &colour.hex()[1..],
            colour.hex()
        );
    }

    fn country(&mut self, iso3: Iso3, rings: &[Vec<[f32; 2]>], fill: Fill, outline: Rgb, outline_px: f32) {
        let data = path_data(rings);
        let _ = writeln!(
            self.body,
            "<path data-iso3=\"{iso3}\" d=\"{data}\" fill=\"{}\" fill-rule=\"evenodd\" stroke=\"{}\" stroke-width=\"{outline_px:.2}\" stroke-linejoin=\"round\"/>",
            fill.fill.hex(),
            outline.hex()
        );
        if let Some(pattern) = fill.pattern {
            let hatch = self.hatch(pattern);
            let _ = writeln!(self.body, "<path d=\"{data}\" fill=\"{hatch}\" fill-rule=\"evenodd\"/>");
        }
    }

    fn panel(&mut self, [x, y, w, h]: PixelRect, colour: Rgb, alpha: u8) {
        let opacity = f32::from(alpha) / 255.0;
        let _ = writeln!(
            self.body,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"{}\" fill-opacity=\"{opacity:.2}\"/>",
            colour.hex()
        );
    }

    fn lines(&mut self, lines: &[Vec<[f32; 2]>], colour: Rgb, width_px: f32) {
        let data: Vec<String> = lines
            .iter()
            .filter(|line| !line.is_empty())
            .map(|line| {
                let points: Vec<String> = line.iter().map(|[x, y]| format!("{x:.1},{y:.1}")).collect();
                format!("M{}", points.join("L"))
            })
            .collect();
        let _ = writeln!(
            self.body,
            "<path class=\"graticule\" d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-opacity=\"0.55\" stroke-width=\"{width_px:.2}\"/>",
            data.join(""),
            colour.hex()
        );
    }

    fn swatch(&mut self, [x, y, w, h]: PixelRect, fill: Fill, frame: Rgb, frame_px: f32) {
        let rect = format!("x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\"");
        let _ = writeln!(self.body, "<rect {rect} fill=\"{}\"/>", fill.fill.hex());
        if let Some(pattern) = fill.pattern {
            let hatch = self.hatch(pattern);
            let _ = writeln!(self.body, "<rect {rect} fill=\"{hatch}\"/>");
        }
        let _ = writeln!(
            self.body,
            "<rect {rect} fill=\"none\" stroke=\"{}\" stroke-width=\"{frame_px:.2}\"/>",
            frame.hex()
        );
    }

    fn clip(&mut self, rect: Option<PixelRect>) {
        if std::mem::take(&mut self.clipping) {
            self.body.push_str("</g>\n");
        }
        if let Some([x, y, w, h]) = rect {
            self.clipping = true;
            self.clips += 1;
            let id = self.clips;
            let _ = writeln!(
                self.body,
                "<clipPath id=\"panel-{id}\"><rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\"/></clipPath>\n<g clip-path=\"url(#panel-{id})\">"
            );
        }
    }

    fn text(&mut self, text: &str, at: [f32; 2], size_px: f32, colour: Rgb, halo: Option<Rgb>) {
        let mut pen = SvgPen::default();
        self.typeface.trace(text, at, size_px, &mut pen);
        let label = escaped(text);
        let (data, colour) = (pen.0, colour.hex());
        // A label: its halo under it, then the letters, drawn heavier by a stroke of their colour.
        let halo = halo.map_or(String::new(), |halo| {
            format!(
                "<path d=\"{data}\" fill=\"none\" stroke=\"{}\" stroke-opacity=\"0.9\" stroke-width=\"{:.2}\" stroke-linejoin=\"round\"/>",
                halo.hex(),
                2.0 * halo_px(size_px),
            )
        });
        let heavier = if halo.is_empty() {
            String::new()
        } else {
            format!(" stroke=\"{colour}\" stroke-width=\"{:.2}\" stroke-linejoin=\"round\"", embolden_px(size_px))
        };
        let _ = writeln!(
            self.body,
            "<g role=\"img\" aria-label=\"{label}\"><title>{label}</title>{halo}<path d=\"{data}\" fill=\"{colour}\"{heavier}/></g>"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surface(typeface: &Typeface) -> SvgSurface<'_> {
        SvgSurface {
            body: String::new(),
            typeface,
            patterns: Vec::new(),
            territory_patterns: Vec::new(),
            clips: 0,
            clipping: false,
        }
    }

    fn groups_are_paired(body: &str) -> bool {
        body.matches("<g ").count() == body.matches("</g>").count()
    }

    #[test]
    fn clipped_groups_are_paired_whatever_the_calls() {
        let typeface = Typeface::bundled().unwrap();
        // Closing with nothing open writes nothing.
        let mut alone = surface(&typeface);
        alone.clip(None);
        assert_eq!(alone.body, "");
        // A clip opened over another closes it first; two closes close once.
        let mut nested = surface(&typeface);
        nested.clip(Some([0.0, 0.0, 10.0, 10.0]));
        nested.clip(Some([10.0, 0.0, 10.0, 10.0]));
        nested.clip(None);
        nested.clip(None);
        assert!(groups_are_paired(&nested.body), "{}", nested.body);
        assert_eq!(nested.body.matches("</g>").count(), 2, "{}", nested.body);
    }

    #[test]
    fn a_clip_left_open_is_closed_at_the_end_of_the_drawing() {
        let typeface = Typeface::bundled().unwrap();
        let mut open = surface(&typeface);
        open.clip(Some([0.0, 0.0, 10.0, 10.0]));
        let body = open.finish();
        assert!(groups_are_paired(&body), "{body}");
    }
}
