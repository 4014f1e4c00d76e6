//! What an image shows and where, once for every output format: the countries in their status
//! (or in what changed between two dates), then the title, the legend and the credits, then the
//! countries' codes where panels leave room; or a grid of small maps of several dates. A format
//! only has to know how to draw a country, a panel, a swatch and a line of text, within a clip.

use egui::{Rect, pos2, vec2};

use jiff::civil::Date;

use crate::Iso3;
use crate::data::Data;
use crate::geodata::{Label, Projection, label_anchor};
use crate::i18n::Lang;
use crate::images::legend_place::legend_corner;
use crate::images::text::Typeface;
use crate::images::{Decorations, Frame, ImageSpec, Shows};
use crate::label_layout::{label_candidates, place_label};
use crate::overlap::Overlap;
use crate::snapshot::Colouring;
use crate::snapshot::{Comparison, Snapshot, status_legend};
use crate::style::{Fill, LegendKey, Rgb, Theme};
use crate::territories::Territory;
use crate::tr;

/// A rectangle in image pixels: [left, top, width, height].
pub type PixelRect = [f32; 4];

/// An image being drawn, in pixels.
pub trait Surface {
    /// A country: its rings (outer and holes, filled even-odd), fill and hatching, and outline.
    fn country(&mut self, iso3: Iso3, rings: &[Vec<[f32; 2]>], fill: Fill, outline: Rgb, outline_px: f32);
    /// A territory held by another state or authority: hatched across the other diagonal from a
    /// status's hatching, over the country's fill, and outlined with a dashed line.
    fn territory(&mut self, rings: &[Vec<[f32; 2]>], colour: Rgb, outline_px: f32);
    /// An event's place: a diamond of half-diagonal `radius_px` around `at`, with a halo.
    fn place(&mut self, at: [f32; 2], radius_px: f32, fill: Rgb, halo: Rgb);
    /// A translucent panel under text.
    fn panel(&mut self, rect: PixelRect, colour: Rgb, alpha: u8);
    /// Open lines, each through its points (the meridians and parallels of the graticule), drawn
    /// as one.
    fn lines(&mut self, lines: &[Vec<[f32; 2]>], colour: Rgb, width_px: f32);
    /// A legend swatch: the fill and its hatching, framed.
    fn swatch(&mut self, rect: PixelRect, fill: Fill, frame: Rgb, frame_px: f32);
    /// Keep what follows inside `rect` (a panel of a grid), or no longer (`None`).
    fn clip(&mut self, rect: Option<PixelRect>);
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

/// What the map of an image shows: the statuses of one day, or what changed between two.
enum Content<'t> {
    Day(Snapshot<'t>),
    Changes(Comparison<'t>),
    Overlap(Overlap<'t>),
}

impl<'t> Content<'t> {
    fn of(data: &'t Data, spec: &'t ImageSpec, date: Date) -> Self {
        match spec.shows {
            Shows::Compare(other) => Content::Changes(Comparison::between(&data.timeline, other, date)),
            Shows::Overlap(ref other) => Content::Overlap(Overlap::at(&data.timeline, other, date)),
            Shows::Day | Shows::Grid { .. } => Content::Day(Snapshot::at(&data.timeline, date)),
        }
    }

    /// What the colours stand for, as the app's map says it.
    fn colouring(&self) -> Colouring<'_> {
        match self {
            Content::Day(snapshot) => Colouring::Statuses(&snapshot.statuses),
            Content::Changes(comparison) => Colouring::Shifts(&comparison.shifts),
            Content::Overlap(overlap) => Colouring::Ties(&overlap.ties),
        }
    }

    /// The legend's rows: a swatch and its words with the count.
    fn legend_rows(&self, theme: Theme, lang: Lang) -> Vec<(Fill, String)> {
        let rows = match self {
            Content::Day(snapshot) => status_legend(snapshot.organisation, lang, Some(&snapshot.counts)),
            Content::Changes(comparison) => comparison.legend(lang),
            Content::Overlap(overlap) => overlap.legend(lang),
        };
        swatches(rows, theme)
    }

    fn notes(&self, lang: Lang) -> Vec<String> {
        match self {
            Content::Day(snapshot) => snapshot.body_notes(lang),
            Content::Changes(_) | Content::Overlap(_) => Vec::new(),
        }
    }
}

/// Legend rows with their swatches in `theme`.
fn swatches(rows: Vec<(LegendKey, String)>, theme: Theme) -> Vec<(Fill, String)> {
    rows.into_iter().map(|(key, text)| (key.fill(theme), text)).collect()
}

/// Draws everything `spec` asks for; `typeface` measures text so panels fit it.
pub fn draw(surface: &mut dyn Surface, data: &Data, spec: &ImageSpec, typeface: &Typeface) {
    if let Shows::Grid { dates, columns } = &spec.shows {
        draw_grid(surface, data, spec, (dates, *columns), typeface);
        return;
    }
    let content = Content::of(data, spec, spec.date);
    let whole = [0.0, 0.0, spec.width_px as f32, spec.height_px as f32];
    draw_map(surface, data, spec, (&content, spec.date), (whole, &spec.frame));
    let mut panels = match &spec.decorations {
        Some(decorations) => decorate(surface, data, spec, decorations, &content, typeface),
        None => Vec::new(),
    };
    // The countries' codes first: a territory's name gives way to them.
    if spec.labels {
        panels = draw_labels(surface, data, spec, (&content, whole, &spec.frame), typeface, panels);
    }
    if spec.context {
        territory_names(surface, data, spec, (whole, &spec.frame), typeface, &mut panels);
        event_places(surface, data, spec, (whole, &spec.frame), typeface, &mut panels);
    }
}

/// The places of the events of the last month up to the image's day (see
/// `Timeline::places_near`), marked with a diamond and named beside it where there is room.
fn event_places(
    surface: &mut dyn Surface,
    data: &Data,
    spec: &ImageSpec,
    (rect, frame): (PixelRect, &Frame),
    typeface: &Typeface,
    panels: &mut Vec<Rect>,
) {
    let palette = spec.theme.palette();
    let (radius, size_px) = (6.0 * spec.scale, 12.0 * spec.scale);
    let within = Rect::from_min_size(pos2(rect[0], rect[1]), vec2(rect[2], rect[3]));
    for (event, place) in data.timeline.places_near(spec.date) {
        let point = frame.projection.point(place.lon, place.lat);
        let [x, y] = pixel_in(frame, rect, point);
        if !within.contains(pos2(x, y)) {
            continue;
        }
        surface.place([x, y], radius, palette.strong, palette.halo);
        let name = event.place_name_in(spec.lang).unwrap_or(&place.name);
        let size = vec2(typeface.width(name, size_px), size_px * 0.75);
        let beside = [(egui::Align2::LEFT_CENTER, vec2(radius + 0.4 * size_px, 0.0))];
        if let Some(at) = place_label(pos2(x, y), size, &beside, within, panels) {
            surface.text(name, [at.min.x, at.max.y], size_px, palette.text, Some(palette.halo));
        }
    }
}

/// The territories held on `date` by another state or authority than the recognised one, with
/// a shape: each with its rings in `frame`'s projection.
fn held_shapes<'d>(data: &'d Data, date: Date, frame: &Frame) -> Vec<(&'d Territory, Vec<Vec<[f64; 2]>>)> {
    let shapes = &data.territory_shapes;
    data.territories
        .at(date)
        .filter_map(|(territory, period)| {
            let shape = shapes.country(territory.shape?).filter(|_| period.drawn)?;
            let rings = match frame.projection {
                Projection::Mercator => shape.outlines().map(<[[f64; 2]]>::to_vec).collect(),
                projection => shape
                    .outlines()
                    .map(|ring| projection.ring(ring.iter().map(|&point| crate::geodata::geo_from_mercator(point))))
                    .collect(),
            };
            Some((territory, rings))
        })
        .collect()
}

/// The names of the territories drawn, beside or on them, clear of the panels, the countries'
/// codes and each other; a territory smaller on the image than twice its name's height goes
/// unnamed (a thumbnail, a frame of an animation).
fn territory_names(
    surface: &mut dyn Surface,
    data: &Data,
    spec: &ImageSpec,
    (rect, frame): (PixelRect, &Frame),
    typeface: &Typeface,
    panels: &mut Vec<Rect>,
) {
    let palette = spec.theme.palette();
    let size_px = 12.0 * spec.scale;
    let within = Rect::from_min_size(pos2(rect[0], rect[1]), vec2(rect[2], rect[3]));
    for (territory, rings) in held_shapes(data, spec.date, frame) {
        let Some(code) = territory.shape else { continue };
        let Some(place) = data.territory_shapes.country(code).and_then(|shape| shape.label) else { continue };
        let anchor = match frame.projection {
            Projection::Mercator => place.anchor,
            projection => {
                let (lon, lat) = crate::geodata::geo_from_mercator(place.anchor);
                projection.point(lon, lat)
            }
        };
        let [x, y] = pixel_in(frame, rect, anchor);
        let pixels: Vec<[f32; 2]> = rings.iter().flatten().map(|&point| pixel_in(frame, rect, point)).collect();
        let [x0, y0, x1, y1] = pixels.iter().fold([f32::MAX, f32::MAX, f32::MIN, f32::MIN], |[a, b, c, d], &[x, y]| {
            [a.min(x), b.min(y), c.max(x), d.max(y)]
        });
        if !within.contains(pos2(x, y)) || (x1 - x0).max(y1 - y0) < 2.0 * size_px {
            continue;
        }
        let text = territory.label_in(spec.lang);
        let size = vec2(typeface.width(text, size_px), size_px * 0.75);
        let Some(at) = place_label(pos2(x, y), size, &label_candidates(0.6 * size_px), within, panels) else {
            continue;
        };
        surface.text(text, [at.min.x, at.max.y], size_px, palette.text, Some(palette.halo));
    }
}

/// Where a projected point lands in `rect` of the image, which shows `frame`.
fn pixel_in(frame: &Frame, [left, top, width, height]: PixelRect, point: [f64; 2]) -> [f32; 2] {
    let [x, y] = frame.pixel_from_projected(point, 1, 1);
    [left + x * width, top + y * height]
}

/// The countries of `frame` in `rect`, filled as `content` says, clipped to it.
fn draw_map(
    surface: &mut dyn Surface,
    data: &Data,
    spec: &ImageSpec,
    (content, date): (&Content<'_>, Date),
    (rect, frame): (PixelRect, &Frame),
) {
    let palette = spec.theme.palette();
    surface.clip(Some(rect));
    surface.panel(rect, palette.background, 255);
    let outside =
        |[x0, y0, x1, y1]: [f64; 4]| x1 < frame.min[0] || x0 > frame.max[0] || y1 < frame.min[1] || y0 > frame.max[1];
    if spec.graticule {
        graticule(surface, spec, (rect, frame));
    }
    let mut draw = |iso3, rings: Vec<Vec<[f32; 2]>>| {
        let fill = content.colouring().key(iso3).fill(spec.theme);
        surface.country(iso3, &rings, fill, palette.outline, 0.6 * spec.scale);
    };
    match frame.projection {
        // The prepared outlines are Web Mercator's: drawn as they are.
        Projection::Mercator => {
            for country in data.borders.full.countries().iter().filter(|country| !outside(country.bounds)) {
                let rings = country.outlines().map(|ring| ring.iter().map(|&p| pixel_in(frame, rect, p)).collect());
                draw(country.iso3, rings.collect());
            }
        }
        projection => {
            let projected = data.projected(projection);
            let shown = [frame.min[0], frame.min[1], frame.max[0], frame.max[1]];
            for country in projected.within(&data.borders.full, shown).filter(|country| !outside(country.bounds)) {
                let rings = country.rings.iter().map(|ring| ring.iter().map(|&p| pixel_in(frame, rect, p)).collect());
                draw(country.iso3, rings.collect());
            }
        }
    }
    if spec.context {
        for (_, rings) in held_shapes(data, date, frame) {
            let rings: Vec<Vec<[f32; 2]>> =
                rings.iter().map(|ring| ring.iter().map(|&point| pixel_in(frame, rect, point)).collect()).collect();
            surface.territory(&rings, palette.strong, crate::style::TERRITORY_OUTLINE_PX * spec.scale);
        }
    }
    surface.clip(None);
}

/// Meridians and parallels, light, under the countries: every 10 degrees, every 15 on a map
/// wider than 120 degrees (then 80 S to 80 N), each a line of many short steps, so that a conic's
/// parallels curve as they should.
fn graticule(surface: &mut dyn Surface, spec: &ImageSpec, (rect, frame): (PixelRect, &Frame)) {
    let palette = spec.theme.palette();
    let projection = frame.projection;
    let wide = frame.max[0] - frame.min[0] > 120.0 / 360.0;
    let step = if wide { 15 } else { 10 };
    let at = |lon: f64, lat: f64| pixel_in(frame, rect, projection.plane(lon, lat));
    let lon0 = projection.lon0_deg().unwrap_or(0.0);
    // Longitudes within half a turn of the central meridian, so that no line wraps.
    let (west, east) = (lon0 - 180.0, lon0 + 180.0);
    let first = (west / f64::from(step)).ceil() as i32 * step;
    let meridians = (first..=east.floor() as i32)
        .step_by(step as usize)
        .map(|lon| (-80..=80).map(|lat| at(f64::from(lon), f64::from(lat))).collect());
    let parallels = (-80..=80)
        .step_by(step as usize)
        .map(|lat| (0..=360).map(|i| at(west + f64::from(i), f64::from(lat))).collect());
    let lines: Vec<Vec<[f32; 2]>> = meridians.chain(parallels).collect();
    surface.lines(&lines, palette.outline, 0.5 * spec.scale);
}

/// The ISO 3166 code of every country with a status at the date, on it (or beside it, where
/// that would cover another label or a panel); a label with no free place in `rect` is left out.
/// Returns the panels and the labels placed.
fn draw_labels(
    surface: &mut dyn Surface,
    data: &Data,
    spec: &ImageSpec,
    (content, rect, frame): (&Content<'_>, PixelRect, &Frame),
    typeface: &Typeface,
    panels: Vec<Rect>,
) -> Vec<Rect> {
    let palette = spec.theme.palette();
    let size_px = 16.0 * spec.scale;
    let within = Rect::from_min_size(pos2(rect[0], rect[1]), vec2(rect[2], rect[3]));
    let mut labels: Vec<&Label> =
        data.borders.labels.iter().filter(|label| content.colouring().has_status(label.iso3)).collect();
    labels.sort_by(|a, b| (a.extent[0] * a.extent[1]).total_cmp(&(b.extent[0] * b.extent[1])));
    let mut placed = panels;
    for label in labels {
        let [x, y] = pixel_in(frame, rect, label_anchor(label, frame.projection));
        let text = label.iso3.to_string();
        let size = vec2(typeface.width(&text, size_px), size_px * 0.75);
        let gap = 0.5 * size_px;
        let Some(rect) = place_label(pos2(x, y), size, &label_candidates(gap), within, &mut placed) else { continue };
        surface.text(&text, [rect.min.x, rect.max.y], size_px, palette.text, Some(palette.halo));
    }
    placed
}

/// The title and the legend (top left, over the Arctic and Scandinavia, away from every CSTO
/// country) and the credits (bottom right); an empty title is left out. Returns the panels drawn.
fn decorate(
    surface: &mut dyn Surface,
    data: &Data,
    spec: &ImageSpec,
    decorations: &Decorations,
    content: &Content<'_>,
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
    let below_title = panels.last().map_or(margin, |[_, y, _, h]| y + h + margin);
    // The credits first, so that the legend can keep clear of them.
    if decorations.credits {
        panels.push(credits(surface, data, spec, typeface));
    }
    if decorations.legend {
        let mut rows: Vec<(Swatch, String)> = content
            .legend_rows(spec.theme, spec.lang)
            .into_iter()
            .map(|(fill, text)| (Swatch::Fill(fill), text))
            .collect();
        // A row for the contested territories, when the map shows one.
        let shown = |rings: &Vec<Vec<[f64; 2]>>| {
            let frame = &spec.frame;
            rings
                .iter()
                .flatten()
                .any(|&[x, y]| (frame.min[0]..=frame.max[0]).contains(&x) && (frame.min[1]..=frame.max[1]).contains(&y))
        };
        if spec.context && held_shapes(data, spec.date, &spec.frame).iter().any(|(_, rings)| shown(rings)) {
            rows.push((Swatch::Territory, spec.lang.t("legend-territory")));
        }
        let taken = panels.clone();
        let place = |size| legend_corner((data, spec, content.colouring()), size, (below_title, &taken));
        panels.push(legend(surface, spec, (&rows, &content.notes(spec.lang)), typeface, &place));
    }
    panels.iter().map(|&[x, y, w, h]| Rect::from_min_size(pos2(x, y), vec2(w, h))).collect()
}

/// How opaque the panels under text are.
const PANEL_ALPHA: u8 = 225;

/// The legend with its top left corner where `place` puts a legend of its size: a row per status
/// (or kind of change), then the notes in small print (the observers without territory). Returns
/// its panel.
fn legend(
    surface: &mut dyn Surface,
    spec: &ImageSpec,
    (rows, notes): (&[(Swatch, String)], &[String]),
    typeface: &Typeface,
    place: &dyn Fn([f32; 2]) -> [f32; 2],
) -> PixelRect {
    let palette = spec.theme.palette();
    let scale = spec.scale;
    let (margin, text_px, small) = (16.0 * scale, 15.0 * scale, 12.0 * scale);
    let line = text_px * 1.5;
    let width = legend_width(rows, typeface, scale);
    let notes: Vec<String> = notes.iter().flat_map(|note| wrap(note, width - 2.0 * margin, small, typeface)).collect();
    let notes_height = if notes.is_empty() { 0.0 } else { small * 1.35 * notes.len() as f32 + margin / 2.0 };
    let height = line * rows.len() as f32 + margin + notes_height;
    let [left, top] = place([width, height]);
    let rect = [left, top, width, height];
    surface.panel(rect, palette.halo, PANEL_ALPHA);
    let inset = left + margin / 2.0;
    for (index, (swatch, text)) in rows.iter().enumerate() {
        let y = top + margin / 2.0 + line * index as f32;
        let [x, y0, w, h] = [inset, y + line * 0.2, line * 1.2, line * 0.6];
        match swatch {
            Swatch::Fill(fill) => surface.swatch([x, y0, w, h], *fill, palette.outline, scale),
            Swatch::Territory => {
                surface.swatch([x, y0, w, h], Fill { fill: palette.halo, pattern: None }, palette.outline, scale);
                let ring = vec![[x, y0], [x + w, y0], [x + w, y0 + h], [x, y0 + h], [x, y0]];
                surface.territory(&[ring], palette.strong, crate::style::TERRITORY_OUTLINE_PX * scale);
            }
        }
        surface.text(text, [inset + line * 1.6, y + line * 0.75], text_px, palette.text, None);
    }
    let notes_top = top + margin + line * rows.len() as f32;
    for (index, note) in notes.iter().enumerate() {
        surface.text(note, [inset, notes_top + small + small * 1.35 * index as f32], small, palette.text, None);
    }
    rect
}

/// What a legend row shows before its words.
enum Swatch {
    /// A status's (or a change's) fill and hatching.
    Fill(Fill),
    /// The contested territories' hatching and dashed outline.
    Territory,
}

/// The legend's width for these rows.
fn legend_width<S>(rows: &[(S, String)], typeface: &Typeface, scale: f32) -> f32 {
    let text_px = 15.0 * scale;
    rows.iter().map(|(_, text)| typeface.width(text, text_px)).fold(0.0, f32::max) + 3.0 * text_px * 1.5
}

/// Small maps of the same area, one per date, in a grid with a caption each; one title above,
/// one legend beside, one source line below.
fn draw_grid(
    surface: &mut dyn Surface,
    data: &Data,
    spec: &ImageSpec,
    (dates, columns): (&[Date], Option<u32>),
    typeface: &Typeface,
) {
    let palette = spec.theme.palette();
    let (width, height) = (spec.width_px as f32, spec.height_px as f32);
    let margin = 16.0 * spec.scale;
    surface.panel([0.0, 0.0, width, height], palette.halo, 255);
    let decorations = spec.decorations.as_ref();
    let mut top = margin;
    if let Some(text) = decorations.map(|decorations| decorations.title.as_str()).filter(|title| !title.is_empty()) {
        let title_px = 26.0 * spec.scale;
        surface.text(text, [margin, margin + title_px * 1.15], title_px, palette.text, None);
        top += title_px * 1.6 + margin / 2.0;
    }
    let mut right = width - margin;
    if decorations.is_some_and(|decorations| decorations.legend) {
        let rows: Vec<(Swatch, String)> =
            swatches(status_legend(&data.timeline.organisation, spec.lang, None), spec.theme)
                .into_iter()
                .map(|(fill, text)| (Swatch::Fill(fill), text))
                .collect();
        let legend_w = legend_width(&rows, typeface, spec.scale);
        right -= legend_w + margin;
        legend(surface, spec, (&rows, &[]), typeface, &|_| [right + margin, top]);
    }
    let mut bottom = height - margin;
    if decorations.is_some_and(|decorations| decorations.credits) {
        bottom = credits(surface, data, spec, typeface)[1] - margin / 2.0;
    }
    let area = [margin, top, (right - margin).max(1.0), (bottom - top).max(1.0)];
    let caption_px = 18.0 * spec.scale;
    let layout = GridLayout::fit(area, dates.len(), columns, (spec.frame.aspect(), caption_px * 1.5, margin));
    for (date, cell) in dates.iter().zip(layout.cells()) {
        let [x, y, w, _] = cell;
        let map = [x, y + caption_px * 1.5, w, cell[3] - caption_px * 1.5];
        let frame = Frame::fit_projected(
            [spec.frame.min[0], spec.frame.min[1], spec.frame.max[0], spec.frame.max[1]],
            map[2].round().max(1.0) as u32,
            map[3].round().max(1.0) as u32,
        );
        let frame = Frame { projection: spec.frame.projection, ..frame };
        let content = Content::of(data, spec, *date);
        draw_map(surface, data, spec, (&content, *date), (map, &frame));
        for side in [
            [map[0], map[1], map[2], spec.scale],
            [map[0], map[1] + map[3] - spec.scale, map[2], spec.scale],
            [map[0], map[1], spec.scale, map[3]],
            [map[0] + map[2] - spec.scale, map[1], spec.scale, map[3]],
        ] {
            surface.panel(side, palette.outline, 255);
        }
        surface.text(&spec.lang.date(*date), [x, y + caption_px * 1.1], caption_px, palette.text, None);
        if spec.labels {
            draw_labels(surface, data, spec, (&content, map, &frame), typeface, Vec::new());
        }
    }
}

/// Cells of equal size in rows and columns, filling an area: the number of columns that gives
/// the maps the largest size, unless it is given.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GridLayout {
    pub area: PixelRect,
    pub count: usize,
    pub columns: usize,
    pub rows: usize,
    pub gap: f32,
}

impl GridLayout {
    /// `count` maps of a box `aspect` (width / height) wide, each with `caption` above it,
    /// `gap` apart.
    pub fn fit(area: PixelRect, count: usize, columns: Option<u32>, (aspect, caption, gap): (f64, f32, f32)) -> Self {
        let count = count.max(1);
        let layout = |columns: usize| {
            let rows = count.div_ceil(columns);
            Self { area, count, columns, rows, gap }
        };
        if let Some(columns) = columns {
            return layout((columns as usize).clamp(1, count));
        }
        let size = |layout: &Self| {
            let [w, h] = layout.cell_size();
            let map_h = f64::from((h - caption).max(0.0));
            (f64::from(w) / aspect).min(map_h)
        };
        (1..=count).map(layout).max_by(|a, b| size(a).total_cmp(&size(b))).unwrap_or_else(|| layout(1))
    }

    fn cell_size(&self) -> [f32; 2] {
        let [_, _, width, height] = self.area;
        let w = (width - self.gap * (self.columns as f32 - 1.0)) / self.columns as f32;
        let h = (height - self.gap * (self.rows as f32 - 1.0)) / self.rows as f32;
        [w.max(1.0), h.max(1.0)]
    }

    /// Each cell, row by row.
    pub fn cells(&self) -> Vec<PixelRect> {
        let [left, top, ..] = self.area;
        let [w, h] = self.cell_size();
        (0..self.count)
            .map(|index| {
                let (row, column) = (index / self.columns, index % self.columns);
                [left + column as f32 * (w + self.gap), top + row as f32 * (h + self.gap), w, h]
            })
            .collect()
    }
}

/// The source line and the border note, bottom right. Returns its panel.
fn credits(surface: &mut dyn Surface, data: &Data, spec: &ImageSpec, typeface: &Typeface) -> PixelRect {
    let palette = spec.theme.palette();
    let (margin, small) = (16.0 * spec.scale, 12.0 * spec.scale);
    let lang = spec.lang;
    let org = data.timeline.organisation.abbreviation_in(lang);
    // The days the image shows: one, two compared, or the grid's.
    let line = match &spec.shows {
        Shows::Day => {
            let as_of = lang.as_of_checked(spec.date, spec.today, data.timeline.checked_on);
            tr!(lang, "image-credits", as_of = as_of, org = org)
        }
        Shows::Compare(other) => {
            let (from, to) = (lang.date(spec.date.min(*other)), lang.date(spec.date.max(*other)));
            tr!(lang, "image-credits-compare", from = from, to = to, org = org)
        }
        Shows::Overlap(other) => {
            let as_of = lang.as_of_checked(spec.date, spec.today, data.timeline.checked_on.max(other.checked_on));
            let second = other.organisation.abbreviation_in(lang);
            tr!(lang, "image-credits-overlap", as_of = as_of, first = org, second = second)
        }
        Shows::Grid { dates, .. } => {
            let (first, last) = (dates.iter().min().copied(), dates.iter().max().copied());
            let (first, last) = (lang.date(first.unwrap_or(spec.date)), lang.date(last.unwrap_or(spec.date)));
            tr!(lang, "image-credits-grid", count = dates.len(), first = first, last = last, org = org)
        }
    };
    let data_from = match &spec.shows {
        Shows::Overlap(other) => {
            format!("{}; {}", data.timeline.organisation.credit_in(lang), other.organisation.credit_in(lang))
        }
        _ => data.timeline.organisation.credit_in(lang),
    };
    // An equal-area image says so; Web Mercator's, as the window's, as before.
    let line = match spec.frame.projection.name_in(lang) {
        Some(projection) => tr!(lang, "image-credits-projection", credits = line, projection = projection),
        None => line,
    };
    let credits = [line, tr!(lang, "image-sources", data = data_from, version = env!("CARGO_PKG_VERSION"))];
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
#[path = "draw_tests.rs"]
mod tests;
