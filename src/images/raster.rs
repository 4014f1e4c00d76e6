//! PNG images with tiny-skia: anti-aliased fills (even-odd, so holes stay holes), hatching, border
//! lines, and text with the bundled font.

use tiny_skia::{
    Color, FillRule, FilterQuality, LineJoin, Mask, Paint, PathBuilder, Pattern, Pixmap, Rect, SpreadMode, Stroke,
    StrokeDash, Transform,
};

use crate::Iso3;
use crate::data::Data;
use crate::images::ImageSpec;
use crate::images::draw::{PixelRect, Surface, draw, embolden_px, halo_px};
use crate::images::text::Typeface;
use crate::style::{Fill, HATCH_SPACING_PX, HATCH_WIDTH_PX, Rgb, TERRITORY_DASH_PX, TERRITORY_HATCH_ALPHA};

/// Why an image could not be made.
#[derive(Debug)]
pub enum RenderError {
    Size(u32, u32),
    FrameSize(u32, u32),
    Font,
    Encoding(String),
    TooManyFrames(usize),
    Panicked(String),
}

crate::i18n::english_display!(RenderError);

impl RenderError {
    /// The error in words of `lang`.
    pub fn localised(&self, lang: crate::i18n::Lang) -> String {
        use crate::tr;
        match self {
            RenderError::Size(width, height) => tr!(lang, "error-image-size", width = *width, height = *height),
            RenderError::FrameSize(width, height) => {
                tr!(lang, "error-frame-size", most = MAX_FRAME_PIXELS, width = *width, height = *height)
            }
            RenderError::Font => lang.t("error-font"),
            RenderError::Encoding(reason) => tr!(lang, "error-encoding", reason = reason.as_str()),
            RenderError::TooManyFrames(count) => {
                tr!(lang, "error-too-many-frames", count = *count, most = crate::images::MAX_FRAMES)
            }
            RenderError::Panicked(reason) => tr!(lang, "error-render-bug", reason = reason.as_str()),
        }
    }
}

/// Draws the map of `spec` and encodes it as PNG.
pub fn render_png(data: &Data, spec: &ImageSpec, compression: PngCompression) -> Result<Vec<u8>, RenderError> {
    encode_png(&render(data, spec)?, compression)
}

/// How hard the PNG encoder works on the file's size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PngCompression {
    /// DEFLATE at level 1 with adaptive filters: the image is made in about half the time, the
    /// file is about a quarter larger. (fdeflate, the png crate's fastest, is faster still but
    /// made a hatched map ten times larger.)
    #[default]
    Fast,
    /// The encoder's balanced setting (level 6): the smallest files it makes (its "high" setting
    /// makes them no smaller on these maps), for the web.
    Smallest,
}

/// A pixmap as an RGBA PNG. Opaque pixmaps (every image csto-map draws) are written as they
/// are; others are demultiplied first.
pub fn encode_png(pixmap: &Pixmap, compression: PngCompression) -> Result<Vec<u8>, RenderError> {
    let failed = |error: png::EncodingError| RenderError::Encoding(format!("PNG: {error}"));
    let opaque = pixmap.pixels().iter().all(|pixel| pixel.alpha() == u8::MAX);
    let demultiplied;
    let rgba: &[u8] = if opaque {
        pixmap.data()
    } else {
        demultiplied = pixmap.clone().take_demultiplied();
        &demultiplied
    };
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    match compression {
        PngCompression::Fast => {
            encoder.set_deflate_compression(png::DeflateCompression::Level(1));
        }
        PngCompression::Smallest => encoder.set_compression(png::Compression::Balanced),
    }
    let mut writer = encoder.write_header().map_err(failed)?;
    writer.write_image_data(rgba).map_err(failed)?;
    writer.finish().map_err(failed)?;
    Ok(bytes)
}

pub fn render(data: &Data, spec: &ImageSpec) -> Result<Pixmap, RenderError> {
    let (width, height) = (spec.width_px, spec.height_px);
    check_size(width, height)?;
    let mut pixmap = Pixmap::new(width, height).ok_or(RenderError::Size(width, height))?;
    pixmap.fill(colour(spec.theme.palette().background, 255));
    let typeface = Typeface::bundled().ok_or(RenderError::Font)?;
    let mut surface = RasterSurface { pixmap, typeface: &typeface, scale: spec.scale, clip: None };
    draw(&mut surface, data, spec, &typeface);
    Ok(surface.pixmap)
}

/// The most pixels an image may have: 600 MB while it is drawn, enough for A1 at 300 dpi.
pub const MAX_PIXELS: u64 = 150_000_000;

/// The longest side of an image, in pixels.
pub const MAX_SIDE_PX: u32 = 20_000;

/// The most pixels a frame of an animation may have: twice 4K (35 frames are kept in memory).
pub const MAX_FRAME_PIXELS: u64 = 2 * 3840 * 2160;

/// Both sides from 1 to 20,000 pixels, and at most [`MAX_PIXELS`] in all, so that an image too
/// big for the memory is refused with a message rather than ending the program.
pub fn check_size(width: u32, height: u32) -> Result<(), RenderError> {
    let bad = |side: u32| side == 0 || side > MAX_SIDE_PX;
    if bad(width) || bad(height) || u64::from(width) * u64::from(height) > MAX_PIXELS {
        Err(RenderError::Size(width, height))
    } else {
        Ok(())
    }
}

struct RasterSurface<'t> {
    pixmap: Pixmap,
    typeface: &'t Typeface,
    scale: f32,
    /// Where countries may be drawn (a panel of a grid).
    clip: Option<Mask>,
}

impl Surface for RasterSurface<'_> {
    fn place(&mut self, [x, y]: [f32; 2], radius_px: f32, fill: Rgb, halo: Rgb) {
        let diamond = vec![[x, y - radius_px], [x + radius_px, y], [x, y + radius_px], [x - radius_px, y]];
        let Some(path) = path_of(&[diamond], true) else { return };
        let stroke = Stroke { width: radius_px / 3.0, line_join: LineJoin::Round, ..Stroke::default() };
        self.pixmap.stroke_path(&path, &solid(halo, 255), &stroke, Transform::identity(), None);
        self.pixmap.fill_path(&path, &solid(fill, 255), FillRule::Winding, Transform::identity(), None);
    }

    fn territory(&mut self, rings: &[Vec<[f32; 2]>], colour: Rgb, outline_px: f32) {
        let Some(path) = path_of(rings, true) else { return };
        let clip = self.clip.as_ref();
        if let Some(tile) = territory_tile(colour, self.scale) {
            let shader =
                Pattern::new(tile.as_ref(), SpreadMode::Repeat, FilterQuality::Bilinear, 1.0, Transform::identity());
            let paint = Paint { shader, anti_alias: true, ..Paint::default() };
            self.pixmap.fill_path(&path, &paint, FillRule::EvenOdd, Transform::identity(), clip);
        }
        let dash = StrokeDash::new(vec![TERRITORY_DASH_PX[0] * self.scale, TERRITORY_DASH_PX[1] * self.scale], 0.0);
        let stroke = Stroke { width: outline_px, dash, ..Stroke::default() };
        self.pixmap.stroke_path(&path, &solid(colour, 255), &stroke, Transform::identity(), clip);
    }

    fn country(&mut self, _iso3: Iso3, rings: &[Vec<[f32; 2]>], fill: Fill, outline: Rgb, outline_px: f32) {
        let Some(path) = path_of(rings, true) else { return };
        let clip = self.clip.as_ref();
        fill_hatched(&mut self.pixmap, &path, fill, self.scale, clip);
        let stroke = Stroke { width: outline_px, ..Stroke::default() };
        self.pixmap.stroke_path(&path, &solid(outline, 255), &stroke, Transform::identity(), clip);
    }

    fn clip(&mut self, rect: Option<PixelRect>) {
        // A clip to the whole image clips nothing, and a mask costs every stroke dearly.
        let (width, height) = (self.pixmap.width() as f32, self.pixmap.height() as f32);
        let rect = rect.filter(|&[x, y, w, h]| x > 0.0 || y > 0.0 || x + w < width || y + h < height);
        self.clip = rect.and_then(|[x, y, w, h]| {
            let mut mask = Mask::new(self.pixmap.width(), self.pixmap.height())?;
            let path = PathBuilder::from_rect(Rect::from_xywh(x, y, w, h)?);
            mask.fill_path(&path, FillRule::Winding, false, Transform::identity());
            Some(mask)
        });
    }

    fn panel(&mut self, [x, y, w, h]: PixelRect, colour: Rgb, alpha: u8) {
        if let Some(rect) = Rect::from_xywh(x, y, w, h) {
            self.pixmap.fill_rect(rect, &solid(colour, alpha), Transform::identity(), None);
        }
    }

    fn lines(&mut self, lines: &[Vec<[f32; 2]>], colour: Rgb, width_px: f32) {
        let Some(path) = path_of(lines, false) else { return };
        let stroke = Stroke { width: width_px, ..Stroke::default() };
        self.pixmap.stroke_path(&path, &solid(colour, 140), &stroke, Transform::identity(), self.clip.as_ref());
    }

    fn swatch(&mut self, [x, y, w, h]: PixelRect, fill: Fill, frame: Rgb, frame_px: f32) {
        let Some(rect) = Rect::from_xywh(x, y, w, h) else { return };
        let path = PathBuilder::from_rect(rect);
        fill_hatched(&mut self.pixmap, &path, fill, self.scale, None);
        let stroke = Stroke { width: frame_px, ..Stroke::default() };
        self.pixmap.stroke_path(&path, &solid(frame, 255), &stroke, Transform::identity(), None);
    }

    fn text(&mut self, text: &str, at: [f32; 2], size_px: f32, colour: Rgb, halo: Option<Rgb>) {
        let mut builder = PathBuilder::new();
        self.typeface.trace(text, at, size_px, &mut builder);
        let Some(path) = builder.finish() else { return };
        if let Some(halo) = halo {
            let stroke = Stroke { width: 2.0 * halo_px(size_px), line_join: LineJoin::Round, ..Stroke::default() };
            self.pixmap.stroke_path(&path, &solid(halo, 230), &stroke, Transform::identity(), None);
            let heavier = Stroke { width: embolden_px(size_px), ..stroke };
            self.pixmap.stroke_path(&path, &solid(colour, 255), &heavier, Transform::identity(), None);
        }
        self.pixmap.fill_path(&path, &solid(colour, 255), FillRule::Winding, Transform::identity(), None);
    }
}

fn colour(rgb: Rgb, alpha: u8) -> Color {
    Color::from_rgba8(rgb.0, rgb.1, rgb.2, alpha)
}

fn solid(rgb: Rgb, alpha: u8) -> Paint<'static> {
    let mut paint = Paint { anti_alias: true, ..Paint::default() };
    paint.set_color(colour(rgb, alpha));
    paint
}

/// One path of these point lists: rings (`closed`, a country's outlines) or open lines.
fn path_of(lists: &[Vec<[f32; 2]>], closed: bool) -> Option<tiny_skia::Path> {
    let mut builder = PathBuilder::new();
    for list in lists {
        let mut points = list.iter();
        let Some(&[x, y]) = points.next() else { continue };
        builder.move_to(x, y);
        for &[x, y] in points {
            builder.line_to(x, y);
        }
        if closed {
            builder.close();
        }
    }
    builder.finish()
}

fn fill_hatched(pixmap: &mut Pixmap, path: &tiny_skia::Path, fill: Fill, scale: f32, clip: Option<&Mask>) {
    pixmap.fill_path(path, &solid(fill.fill, 255), FillRule::EvenOdd, Transform::identity(), clip);
    let Some(pattern) = fill.pattern else { return };
    let Some(tile) = hatch_tile(pattern, scale) else { return };
    let shader = Pattern::new(tile.as_ref(), SpreadMode::Repeat, FilterQuality::Bilinear, 1.0, Transform::identity());
    let paint = Paint { shader, anti_alias: true, ..Paint::default() };
    pixmap.fill_path(path, &paint, FillRule::EvenOdd, Transform::identity(), clip);
}

/// One period of the diagonal hatching, as in the app: a stripe `HATCH_WIDTH_PX` wide every
/// `HATCH_SPACING_PX` along both axes, at 45 degrees, scaled for high-density images.
fn hatch_tile(pattern: Rgb, scale: f32) -> Option<Pixmap> {
    let side = (HATCH_SPACING_PX * scale).round().max(2.0) as u32;
    let mut tile = Pixmap::new(side, side)?;
    let stroke = Stroke { width: hatch_stroke_px(scale), ..Stroke::default() };
    tile.stroke_path(&hatch_stripes(side as f32)?, &solid(pattern, 255), &stroke, Transform::identity(), None);
    Some(tile)
}

/// One period of a contested territory's hatching: the status hatching's stripes mirrored (the
/// other diagonal), thinner and translucent, so that both can be told apart where they meet.
fn territory_tile(colour: Rgb, scale: f32) -> Option<Pixmap> {
    let side = (HATCH_SPACING_PX * scale).round().max(2.0) as u32;
    let mut tile = Pixmap::new(side, side)?;
    let stroke = Stroke { width: hatch_stroke_px(scale) * 0.6, ..Stroke::default() };
    let mirror = Transform::from_row(-1.0, 0.0, 0.0, 1.0, side as f32, 0.0);
    tile.stroke_path(&hatch_stripes(side as f32)?, &solid(colour, TERRITORY_HATCH_ALPHA), &stroke, mirror, None);
    Some(tile)
}

/// The stripes x + y = 0, s and 2s of a tile of side s: the middle one and the corners of its
/// neighbours, so that tiles join seamlessly.
fn hatch_stripes(s: f32) -> Option<tiny_skia::Path> {
    let mut builder = PathBuilder::new();
    for k in [0.0, 1.0, 2.0] {
        builder.move_to(-s, k * s + s);
        builder.line_to(k * s + s, -s);
    }
    builder.finish()
}

/// Across the stripes a period is s / sqrt(2); the stripe keeps the app's share of it.
pub fn hatch_stroke_px(scale: f32) -> f32 {
    HATCH_WIDTH_PX * scale * std::f32::consts::FRAC_1_SQRT_2
}
