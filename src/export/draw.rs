//! What an image shows and where, once for every output format: the countries in their status,
//! then the title, the legend and the credits, then the countries' codes where panels leave room. A format only has to know how to draw a country,
//! a panel, a swatch and a line of text.

use egui::{Pos2, Rect, pos2, vec2};

use crate::Iso3;
use crate::data::Data;
use crate::export::text::Typeface;
use crate::export::{Decorations, ImageSpec};
use crate::map::{Label, label_candidates, place_label};
use crate::style::{Fill, Rgb, fill_of, status_fill};
use crate::timeline::Status;
use crate::tr;

/// A rectangle in image pixels: [left, top, width, height].
pub type PixelRect = [f32; 4];

/// An image being drawn, in pixels.
pub trait Surface {
    /// A country: its rings (outer and holes, filled even-odd), fill and hatching, and outline.
    fn country(&mut self, iso3: Iso3, rings: &[Vec<[f32; 2]>], fill: Fill, outline: Rgb, outline_px: f32);
    /// A translucent panel under text.
    fn panel(&mut self, rect: PixelRect, colour: Rgb, alpha: u8);
    /// A legend swatch: the fill and its hatching, framed.
    fn swatch(&mut self, rect: PixelRect, fill: Fill, frame: Rgb, frame_px: f32);
    /// A line of text with its baseline starting at `at`. A label on the map has a halo of that
    /// colour around its letters, which are drawn heavier to stand out from the fills.
    fn text(&mut self, text: &str, at: [f32; 2], size_px: f32, colour: Rgb, halo: Option<Rgb>);
}

/// The halo's width around a label's letters, for text `size_px` high.
pub fn halo_px(size_px: f32) -> f32 {
    size_px * 0.13
}

/// How much heavier a label's letters are drawn (a stroke of this width around them).
pub fn embolden_px(size_px: f32) -> f32 {
    size_px * 0.05
}

/// Draws everything `spec` asks for; `typeface` measures text so panels fit it.
pub fn draw(surface: &mut dyn Surface, data: &Data, spec: &ImageSpec, typeface: &Typeface) {
    let palette = spec.theme.palette();
    let statuses = data.timeline.statuses_at(spec.date);
    for country in data.scene.full.countries() {
        let [x0, y0, x1, y1] = country.bounds;
        let frame = &spec.frame;
        if x1 < frame.min[0] || x0 > frame.max[0] || y1 < frame.min[1] || y0 > frame.max[1] {
            continue;
        }
        let rings: Vec<Vec<[f32; 2]>> = country
            .outlines
            .iter()
            .map(|ring| {
                ring.iter().map(|&point| frame.pixel_from_projected(point, spec.width_px, spec.height_px)).collect()
            })
            .collect();
        let status = statuses.iter().find(|(record, _)| record.iso3 == country.iso3).map(|(_, status)| *status);
        surface.country(country.iso3, &rings, fill_of(status, spec.theme), palette.outline, 0.6 * spec.scale);
    }
    let panels = match &spec.decorations {
        Some(decorations) => decorate(surface, data, spec, decorations, typeface),
        None => Vec::new(),
    };
    if spec.labels {
        draw_labels(surface, data, spec, typeface, panels);
    }
}

/// The ISO 3166 code of every country with a status at the date, on it (or beside it, where
/// that would cover another label or a panel); a label with no free place in the image is left out.
fn draw_labels(surface: &mut dyn Surface, data: &Data, spec: &ImageSpec, typeface: &Typeface, panels: Vec<Rect>) {
    let palette = spec.theme.palette();
    let size_px = 16.0 * spec.scale;
    let image = Rect::from_min_size(Pos2::ZERO, vec2(spec.width_px as f32, spec.height_px as f32));
    let statuses = data.timeline.statuses_at(spec.date);
    let mut labels: Vec<&Label> = data
        .scene
        .labels
        .iter()
        .filter(|label| statuses.iter().any(|(country, _)| country.iso3 == label.iso3))
        .collect();
    labels.sort_by(|a, b| (a.extent[0] * a.extent[1]).total_cmp(&(b.extent[0] * b.extent[1])));
    let mut placed = panels;
    for label in labels {
        let [x, y] = spec.frame.pixel_from_projected(label.anchor, spec.width_px, spec.height_px);
        let text = label.iso3.to_string();
        let size = vec2(typeface.width(&text, size_px), size_px * 0.75);
        let gap = 0.5 * size_px;
        let Some(rect) = place_label(pos2(x, y), size, &label_candidates(gap), image, &mut placed) else { continue };
        surface.text(&text, [rect.min.x, rect.max.y], size_px, palette.text, Some(palette.halo));
    }
}

/// The title and the legend (top left, over the Arctic and Scandinavia, away from every CSTO
/// country) and the credits (bottom right); an empty title is left out. Returns the panels drawn.
fn decorate(
    surface: &mut dyn Surface,
    data: &Data,
    spec: &ImageSpec,
    decorations: &Decorations,
    typeface: &Typeface,
) -> Vec<Rect> {
    let palette = spec.theme.palette();
    let margin = 16.0 * spec.scale;
    let mut panels = Vec::new();
    if !decorations.title.is_empty() {
        let title_px = 26.0 * spec.scale;
        let width = typeface.width(&decorations.title, title_px) + 2.0 * margin;
        panels.push([margin, margin, width, title_px * 1.6]);
        surface.panel(panels[0], palette.halo, PANEL_ALPHA);
        surface.text(&decorations.title, [2.0 * margin, margin + title_px * 1.15], title_px, palette.text, None);
    }
    if decorations.legend {
        let top = panels.last().map_or(margin, |[_, y, _, h]| y + h + margin);
        panels.push(legend(surface, data, spec, typeface, [margin, top]));
    }
    if decorations.credits {
        panels.push(credits(surface, data, spec, typeface));
    }
    panels.iter().map(|&[x, y, w, h]| Rect::from_min_size(pos2(x, y), vec2(w, h))).collect()
}

/// How opaque the panels under text are.
const PANEL_ALPHA: u8 = 225;

/// The legend with its top left corner at `at`: a row per status with its count, then the
/// observers without territory in small print. Returns its panel.
fn legend(surface: &mut dyn Surface, data: &Data, spec: &ImageSpec, typeface: &Typeface, at: [f32; 2]) -> PixelRect {
    let palette = spec.theme.palette();
    let (scale, [left, top]) = (spec.scale, at);
    let (margin, text_px, small) = (16.0 * scale, 15.0 * scale, 12.0 * scale);
    let line = text_px * 1.5;
    let counts = data.timeline.counts_at(spec.date);
    let lang = spec.lang;
    let row = |status: Status| tr!(lang, "legend-row", label = lang.legend(Some(status)), count = counts.get(status));
    let rows: Vec<(Fill, String)> = Status::ALL
        .iter()
        .map(|&status| (status_fill(status), row(status)))
        .chain(std::iter::once((fill_of(None, spec.theme), lang.legend(None))))
        .collect();
    let width = rows.iter().map(|(_, text)| typeface.width(text, text_px)).fold(0.0, f32::max) + 3.0 * line;
    let notes: Vec<String> = data
        .timeline
        .organisation_notes(spec.date, lang)
        .iter()
        .flat_map(|note| wrap(note, width - 2.0 * margin, small, typeface))
        .collect();
    let notes_height = if notes.is_empty() { 0.0 } else { small * 1.35 * notes.len() as f32 + margin / 2.0 };
    let rect = [left, top, width, line * rows.len() as f32 + margin + notes_height];
    surface.panel(rect, palette.halo, PANEL_ALPHA);
    let inset = left + margin / 2.0;
    for (index, (fill, text)) in rows.iter().enumerate() {
        let y = top + margin / 2.0 + line * index as f32;
        surface.swatch([inset, y + line * 0.2, line * 1.2, line * 0.6], *fill, palette.outline, scale);
        surface.text(text, [inset + line * 1.6, y + line * 0.75], text_px, palette.text, None);
    }
    let notes_top = top + margin + line * rows.len() as f32;
    for (index, note) in notes.iter().enumerate() {
        surface.text(note, [inset, notes_top + small + small * 1.35 * index as f32], small, palette.text, None);
    }
    rect
}

/// The source line and the border note, bottom right. Returns its panel.
fn credits(surface: &mut dyn Surface, data: &Data, spec: &ImageSpec, typeface: &Typeface) -> PixelRect {
    let palette = spec.theme.palette();
    let (margin, small) = (16.0 * spec.scale, 12.0 * spec.scale);
    let lang = spec.lang;
    let as_of = lang.as_of_checked(spec.date, spec.today, data.timeline.checked_on);
    let credits =
        [tr!(lang, "image-credits", as_of = as_of), tr!(lang, "image-sources", version = env!("CARGO_PKG_VERSION"))];
    let width = credits.iter().map(|text| typeface.width(text, small)).fold(0.0, f32::max) + 2.0 * margin;
    let left = spec.width_px as f32 - margin - width;
    let top = spec.height_px as f32 - margin - small * 3.6;
    let rect = [left, top, width, small * 3.6];
    surface.panel(rect, palette.halo, PANEL_ALPHA);
    for (index, text) in credits.iter().enumerate() {
        surface.text(text, [left + margin, top + small * 1.5 + small * 1.4 * index as f32], small, palette.text, None);
    }
    rect
}

/// `text` in lines no wider than `width_px`, broken between words (at spaces, not at the
/// no-break spaces that keep "2013 г." together).
fn wrap(text: &str, width_px: f32, size_px: f32, typeface: &Typeface) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split([' ', '\n']).filter(|word| !word.is_empty()) {
        match lines.last_mut() {
            Some(line) if typeface.width(&format!("{line} {word}"), size_px) <= width_px => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_wraps_between_words_within_the_width() {
        let typeface = Typeface::bundled().unwrap();
        let text = "Also an observer since 2013, without territory: the Parliamentary Assembly of the Union State";
        let lines = wrap(text, 200.0, 12.0, &typeface);
        assert!(lines.len() >= 3, "{lines:?}");
        assert!(lines.iter().all(|line| typeface.width(line, 12.0) <= 200.0), "{lines:?}");
        assert_eq!(lines.join(" "), text);
    }
}
