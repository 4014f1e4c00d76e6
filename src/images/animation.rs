//! Animated GIFs of the timeline: frames drawn and reduced to 256 colours on every core, then
//! written in order, looping, with the last frame held longer.

use std::collections::HashMap;
use std::io::Write;

use tiny_skia::Pixmap;

use crate::data::Data;
use crate::images::raster::MAX_FRAME_PIXELS;
use crate::images::{ImageSpec, RenderError, in_parallel, render};
use crate::style::{Rgb, theme_colours};

/// The looping GIF of one image per spec (say one per year): each shown `delay_ms`, the last
/// `hold_ms`, in the colours of the first spec's theme.
pub fn animate_gif(data: &Data, specs: &[ImageSpec], delay_ms: u32, hold_ms: u32) -> Result<Vec<u8>, RenderError> {
    if let Some(spec) =
        specs.iter().find(|spec| u64::from(spec.width_px) * u64::from(spec.height_px) > MAX_FRAME_PIXELS)
    {
        return Err(RenderError::FrameSize(spec.width_px, spec.height_px));
    }
    let exact = specs.first().map(|spec| theme_colours(spec.theme)).unwrap_or_default();
    let frame = |index: usize| specs.get(index).ok_or(RenderError::Size(0, 0)).and_then(|spec| render(data, spec));
    let mut bytes = Vec::new();
    encode_gif(&mut bytes, specs.len(), &frame, &exact, delay_ms, hold_ms)?;
    Ok(bytes)
}

/// Encodes `count` frames made by `frame(index)` as a looping GIF: each shown `delay_ms`, the
/// last `hold_ms`. `exact` are the colours that must come out unchanged (the theme's, see
/// [`crate::style::theme_colours`]). The frames are drawn and reduced to 256 colours on every
/// core, then compared with the frame before and LZW-compressed on every core; only writing the
/// bytes is done in order.
pub fn encode_gif(
    out: &mut dyn Write,
    count: usize,
    frame: &(dyn Fn(usize) -> Result<Pixmap, RenderError> + Sync),
    exact: &[Rgb],
    delay_ms: u32,
    hold_ms: u32,
) -> Result<(), RenderError> {
    // A few frames a core at a time, written in order, so that a long animation (a frame a
    // month is 420) never holds more than a handful of frames in memory.
    let chunk = 2 * rayon::current_num_threads().max(1);
    let reduced_from = |start: usize| {
        let end = (start + chunk).min(count);
        in_parallel(end - start, &|offset| frame(start + offset).map(|pixmap| reduce(&pixmap, exact)))
    };
    let mut reduced = reduced_from(0)?;
    let Some(first) = reduced.first() else { return Err(RenderError::Encoding("an animation needs a frame".into())) };
    let mut encoder = gif::Encoder::new(out, first.width, first.height, &[]).map_err(encoding)?;
    encoder.set_repeat(gif::Repeat::Infinite).map_err(encoding)?;
    // The frame the viewer shows when a chunk starts.
    let mut shown: Option<Reduced> = None;
    let mut start = 0;
    loop {
        let encoded = in_parallel(reduced.len(), &|offset| {
            let before = match offset.checked_sub(1) {
                Some(previous) => reduced.get(previous),
                None => shown.as_ref(),
            };
            let shown_ms = if start + offset + 1 == count { hold_ms } else { delay_ms };
            reduced.get(offset).map(|now| compressed(now, before, shown_ms)).ok_or(RenderError::Size(0, 0))
        })?;
        for frame in &encoded {
            encoder.write_lzw_pre_encoded_frame(frame).map_err(encoding)?;
        }
        shown = reduced.pop();
        start += chunk;
        if start >= count {
            return Ok(());
        }
        reduced = reduced_from(start)?;
    }
}

/// A frame in at most 255 colours of its own.
struct Reduced {
    width: u16,
    height: u16,
    palette: Vec<[u8; 3]>,
    /// One palette index a pixel, row by row.
    indices: Vec<u8>,
}

impl Reduced {
    fn colour(&self, index: u8) -> [u8; 3] {
        self.palette.get(usize::from(index)).copied().unwrap_or_default()
    }
}

/// The GIF frame of `now`, shown `shown_ms`, LZW-compressed. What the viewer shows after the
/// frame `before`: a pixel that stays the same is left transparent, which is most of the map,
/// and makes the file several times smaller.
fn compressed(now: &Reduced, before: Option<&Reduced>, shown_ms: u32) -> gif::Frame<'static> {
    let buffer: Vec<u8> = match before {
        Some(before) => now
            .indices
            .iter()
            .zip(&before.indices)
            .map(|(&index, &was)| if now.colour(index) == before.colour(was) { TRANSPARENT } else { index })
            .collect(),
        None => now.indices.clone(),
    };
    let mut palette = now.palette.clone();
    palette.resize(256, [0, 0, 0]);
    let mut frame = gif::Frame {
        width: now.width,
        height: now.height,
        buffer: buffer.into(),
        palette: Some(palette.concat()),
        transparent: before.map(|_| TRANSPARENT),
        delay: u16::try_from(shown_ms.div_ceil(10)).unwrap_or(u16::MAX),
        dispose: gif::DisposalMethod::Keep,
        ..gif::Frame::default()
    };
    frame.make_lzw_pre_encoded();
    frame
}

/// The palette index left free for "unchanged since the last frame".
const TRANSPARENT: u8 = 255;

/// The frame in 255 colours of its own (the 256th is [`TRANSPARENT`]): the `exact` ones first, so
/// that fills, hatching and legend swatches keep their colours however few pixels they cover,
/// then the commonest others (mostly the blends along borders and in text); every pixel takes
/// the nearest of them. The images are opaque, so premultiplied RGBA is plain RGBA. Pixels come
/// in runs of one colour (a map is mostly fills), so each run is looked up once.
///
/// Written here rather than taken from a crate: the gif crate's NeuQuant (and the other general
/// quantisers) choose the palette from the pixels alone and shifted the thin swatches' colours
/// (signatory green turned teal); this keeps the palette exact in 40 lines.
fn reduce(pixmap: &Pixmap, exact: &[Rgb]) -> Reduced {
    let rgb = |pixel: &tiny_skia::PremultipliedColorU8| [pixel.red(), pixel.green(), pixel.blue()];
    let runs = || pixmap.pixels().chunk_by(|a, b| a == b);
    let mut counts: HashMap<[u8; 3], usize> = HashMap::new();
    for run in runs() {
        *counts.entry(run.first().map(rgb).unwrap_or_default()).or_default() += run.len();
    }
    let colours = usize::from(TRANSPARENT);
    let mut palette: Vec<[u8; 3]> = exact.iter().map(|colour| [colour.0, colour.1, colour.2]).take(colours).collect();
    let mut others: Vec<([u8; 3], usize)> =
        counts.iter().filter(|(colour, _)| !palette.contains(colour)).map(|(&colour, &n)| (colour, n)).collect();
    // Most pixels first; equal counts by colour, so that the same image always gives the same file.
    others.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    palette.extend(others.iter().take(colours - palette.len()).map(|(colour, _)| *colour));
    let nearest = |colour: &[u8; 3]| {
        let distance =
            |entry: &[u8; 3]| (0..3).map(|i| (i32::from(entry[i]) - i32::from(colour[i])).pow(2)).sum::<i32>();
        (0..palette.len()).min_by_key(|&index| distance(&palette[index])).unwrap_or(0) as u8
    };
    let index_of: HashMap<[u8; 3], u8> = counts.keys().map(|colour| (*colour, nearest(colour))).collect();
    let mut indices = Vec::with_capacity(pixmap.pixels().len());
    for run in runs() {
        let index = run.first().and_then(|pixel| index_of.get(&rgb(pixel))).copied().unwrap_or(0);
        indices.extend(std::iter::repeat_n(index, run.len()));
    }
    // Sizes were checked (at most 20,000 pixels a side), so they fit a GIF's 16 bits.
    Reduced { width: pixmap.width() as u16, height: pixmap.height() as u16, palette, indices }
}

fn encoding(error: impl std::fmt::Display) -> RenderError {
    RenderError::Encoding(format!("GIF: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_colours_survive_however_few_pixels_they_cover() {
        // 257 colours in 520 pixels: 256 yellows, each at least twice, and one green pixel.
        let mut pixmap = Pixmap::new(20, 26).unwrap();
        let green = Rgb(0x00, 0x9e, 0x73);
        for (index, pixel) in pixmap.pixels_mut().iter_mut().enumerate() {
            let yellow = (index % 256) as u8;
            *pixel = tiny_skia::PremultipliedColorU8::from_rgba(yellow, yellow, 0, 255).unwrap();
        }
        pixmap.pixels_mut()[7] = tiny_skia::PremultipliedColorU8::from_rgba(green.0, green.1, green.2, 255).unwrap();
        let frame = reduce(&pixmap, &[green]);
        assert_eq!(frame.palette.len(), 255);
        assert_eq!(frame.colour(frame.indices[7]), [green.0, green.1, green.2]);
        // The two rarest yellows do not fit (one entry is kept for transparency) and take the nearest one.
        assert_eq!(frame.colour(frame.indices[255]), [253, 253, 0]);
    }
}
