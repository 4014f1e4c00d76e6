//! The walkers plugin that draws the countries and says what the pointer is on.

use egui::{Align2, Color32, FontId, Pos2, Rect, Response, Shape, Stroke, Ui, vec2};
use walkers::{MapMemory, Plugin, Projector};

use crate::Iso3;
use crate::geodata::{BorderSets, Borders, CountryShape, Label, Projection};
use crate::i18n::Lang;
use crate::label_layout::{label_candidates, place_label};
use crate::map::{Paint, View, country_shapes, territory_hatch, territory_outline};
use crate::style::Theme;
use crate::timeline::Timeline;

/// Below this size on screen (in points) a country gets a marker, which can be hovered and
/// clicked as easily as a large country.
const MARKER_BELOW_PX: f32 = 14.0;
const MARKER_RADIUS_PX: f32 = 5.0;
/// How close the pointer must be to a marker to pick it.
const MARKER_PICK_PX: f32 = 11.0;
const LABEL_FONT_PX: f32 = 13.0;

/// What happened on the map this frame, for the app to act on after it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapReport {
    /// Where the map was drawn, to place things on it (and for tests).
    pub view: Option<View>,
    /// The country under the pointer.
    pub hovered: Option<Iso3>,
    /// A click (not the end of a drag): `Some(None)` on the sea.
    pub clicked: Option<Option<Iso3>>,
    /// A click on an event's place: its day, and the country it is in.
    pub clicked_place: Option<(jiff::civil::Date, Iso3)>,
}

/// Draws the countries in the statuses and emphasis of `paint`.
pub struct CountriesPlugin<'a> {
    /// The border sets in `projection`'s plane.
    pub borders: &'a BorderSets,
    /// The projection the map was given (Web Mercator, or the equal-area map's).
    pub projection: Projection,
    /// The shown organisation's timeline: its countries are named and marked.
    pub timeline: &'a Timeline,
    pub paint: Paint<'a>,
    pub labels: bool,
    /// The language of the names and the tooltip.
    pub lang: Lang,
    /// Whether a country under the pointer gets a tooltip (not while presenting until the pointer moves).
    pub tooltips: bool,
    /// What the tooltip says of a country under its name: "member as of 31 December 2012".
    pub describe: &'a dyn Fn(Iso3) -> String,
    /// The contested territories of the shown day, hatched and outlined over the countries, and
    /// all their shapes (in the map's plane), which say which one the pointer is on.
    pub territories: &'a [ShownTerritory<'a>],
    pub territory_shapes: &'a Borders,
    /// The places of the events of the last days up to the shown one, marked.
    pub places: &'a [ShownPlace],
    pub report: &'a mut MapReport,
}

/// A contested territory as the map shows it on a day.
pub struct ShownTerritory<'a> {
    /// Its shape in the map's plane.
    pub shape: &'a CountryShape,
    /// Its name, on the map and in the tooltip.
    pub name: String,
    /// What the tooltip says of it under its name: who holds it since when, whose it is.
    pub lines: Vec<String>,
}

const TERRITORY_LABEL_PX: f32 = 12.0;

/// An event's place as the map marks it.
pub struct ShownPlace {
    /// In the map's plane.
    pub at: [f64; 2],
    /// What the tooltip says: the place, the event's title, its date.
    pub lines: Vec<String>,
    /// The event's day and a country whose details list it: shown and selected on a click.
    pub date: jiff::civil::Date,
    pub country: Iso3,
    /// The step being presented: marked larger.
    pub emphasised: bool,
}

/// The half-diagonal of a place's diamond, in points (larger for the step being presented), and
/// how close the pointer must be to pick it: within the diamond, so that the country around it
/// stays as easy to hover and click.
const PLACE_RADIUS_PX: f32 = 6.0;
const PLACE_EMPHASISED_PX: f32 = 9.0;
const PLACE_PICK_PX: f32 = 5.0;

impl Plugin for CountriesPlugin<'_> {
    fn run(self: Box<Self>, ui: &mut Ui, response: &Response, projector: &Projector<'_>, _memory: &MapMemory) {
        let view = View::from_projector(projector, self.projection);
        let painter = ui.painter().with_clip_rect(view.rect);
        painter.extend(country_shapes(self.borders.borders_at(view.zoom()), &view, &self.paint));
        let strong = self.paint.theme.palette().strong;
        for territory in self.territories.iter().filter(|territory| view.shows(territory.shape.bounds)) {
            painter.extend(territory_shapes(territory.shape, &view, (strong.to_egui(), self.paint.hatch)));
        }
        // The shown organisation's countries, and on an overlap map the other's too.
        let named: Vec<&Label> = self
            .borders
            .labels
            .iter()
            .filter(|label| self.timeline.country(label.iso3).is_some() || self.paint.colouring.has_status(label.iso3))
            .collect();
        let markers = markers(&named, &view);
        let palette = self.paint.theme.palette();
        for place in self.places {
            let centre = view.screen_from_projected(place.at);
            let radius = if place.emphasised { PLACE_EMPHASISED_PX } else { PLACE_RADIUS_PX };
            let diamond =
                [vec2(0.0, -radius), vec2(radius, 0.0), vec2(0.0, radius), vec2(-radius, 0.0)].map(|d| centre + d);
            let halo = Stroke::new(2.0, palette.halo.to_egui());
            painter.add(Shape::convex_polygon(diamond.to_vec(), palette.strong.to_egui(), halo));
            // Its name beside it, with names on (the step being presented's always).
            if let Some(name) = place.lines.first().filter(|_| self.labels || place.emphasised) {
                let font = FontId::proportional(TERRITORY_LABEL_PX);
                let galley = painter.layout_no_wrap(name.clone(), font, palette.text.to_egui());
                let at = centre + vec2(radius + 4.0, -galley.size().y / 2.0);
                for offset in [vec2(-1.0, 0.0), vec2(1.0, 0.0), vec2(0.0, -1.0), vec2(0.0, 1.0)] {
                    painter.add(Shape::galley_with_override_text_color(
                        at + offset,
                        galley.clone(),
                        palette.halo.to_egui(),
                    ));
                }
                painter.add(Shape::galley(at, galley, Color32::PLACEHOLDER));
            }
        }
        for label in &markers {
            let centre = view.screen_from_projected(label.anchor);
            let fill = self.paint.colouring.key(label.iso3).fill(self.paint.theme).fill.to_egui();
            painter.circle(
                centre,
                MARKER_RADIUS_PX,
                fill,
                Stroke::new(1.2, self.paint.theme.palette().strong.to_egui()),
            );
        }
        if self.labels {
            draw_labels(&painter, &named, &view, &markers, (self.paint.theme, self.lang));
            territory_labels(&painter, self.territories, &view, self.paint.theme);
        }

        self.report.view = Some(view);
        // Only where the map itself is under the pointer: not through a dialog or a window over it.
        let layer = ui.layer_id();
        let pointer = response.hover_pos().filter(|&pos| ui.ctx().layer_id_at(pos).is_none_or(|top| top == layer));
        self.report.hovered = pointer.and_then(|pos| pick(self.borders, &view, &markers, pos));
        let place_at = |pos: Pos2| {
            self.places
                .iter()
                .map(|place| (place, view.screen_from_projected(place.at).distance(pos)))
                .filter(|&(_, distance)| distance <= PLACE_PICK_PX)
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(place, _)| place)
        };
        let hovered_place = pointer.and_then(place_at);
        if response.clicked() {
            let pos = response.interact_pointer_pos();
            match pos.and_then(place_at) {
                Some(place) => self.report.clicked_place = Some((place.date, place.country)),
                None => self.report.clicked = Some(pos.and_then(|pos| pick(self.borders, &view, &markers, pos))),
            }
        }
        if let Some(place) = hovered_place
            && self.tooltips
            && !response.dragged()
        {
            response.clone().on_hover_ui_at_pointer(|ui| {
                for (index, line) in place.lines.iter().enumerate() {
                    if index == 0 {
                        ui.strong(line);
                    } else {
                        ui.label(line);
                    }
                }
            });
            return;
        }
        let territory = pointer.and_then(|pos| {
            let shape = self.territory_shapes.country_at_projected(view.projected_from_screen(pos))?;
            self.territories.iter().find(|territory| territory.shape.iso3 == shape.iso3)
        });
        if let Some(iso3) = self.report.hovered
            && self.tooltips
            && !response.dragged()
        {
            let lang = self.lang;
            let name = self.borders.full.country(iso3).map_or("", |country| &*country.name);
            let name = lang.country(iso3, name);
            let line = (self.describe)(iso3);
            response.clone().on_hover_ui_at_pointer(|ui| {
                ui.strong(name.as_ref());
                ui.label(line);
                if let Some(territory) = territory {
                    ui.separator();
                    ui.strong(&territory.name);
                    for line in &territory.lines {
                        ui.label(line);
                    }
                }
            });
        }
    }
}

/// A contested territory's hatching (the status hatching's texture mirrored: the other diagonal)
/// and its dashed outline, in `colour`.
fn territory_shapes(shape: &CountryShape, view: &View, (colour, hatch): (Color32, egui::TextureId)) -> Vec<Shape> {
    let points = shape.mesh.vertices.iter().map(|&point| view.screen_from_projected(point));
    let indices = shape.mesh.triangles.iter().flatten().copied().collect();
    let mut shapes = vec![Shape::mesh(territory_hatch(points, indices, (colour, hatch)))];
    for ring in shape.outlines() {
        let points: Vec<Pos2> = ring.iter().map(|&point| view.screen_from_projected(point)).collect();
        shapes.extend(territory_outline(&points, colour));
    }
    shapes
}

/// The territories' names at their label places, where they are large enough on screen to hold
/// them, with a halo.
fn territory_labels(painter: &egui::Painter, territories: &[ShownTerritory<'_>], view: &View, theme: Theme) {
    let palette = theme.palette();
    let font = FontId::proportional(TERRITORY_LABEL_PX);
    for territory in territories {
        let Some(place) = territory.shape.label else { continue };
        let size = place.extent.map(|extent| (extent * view.world_px) as f32);
        let anchor = view.screen_from_projected(place.anchor);
        if size.iter().all(|&px| px < 3.0 * TERRITORY_LABEL_PX) || !view.rect.contains(anchor) {
            continue;
        }
        let galley = painter.layout_no_wrap(territory.name.clone(), font.clone(), palette.text.to_egui());
        let at = anchor - galley.size() / 2.0;
        let halo = palette.halo.to_egui_alpha(220);
        for offset in [vec2(-1.0, 0.0), vec2(1.0, 0.0), vec2(0.0, -1.0), vec2(0.0, 1.0)] {
            painter.add(Shape::galley_with_override_text_color(at + offset, galley.clone(), halo));
        }
        painter.add(Shape::galley(at, galley, Color32::PLACEHOLDER));
    }
}

/// The timeline's countries too small on screen to find without a marker.
fn markers<'s>(named: &[&'s Label], view: &View) -> Vec<&'s Label> {
    let size = |label: &Label| label.extent.map(|extent| (extent * view.world_px) as f32);
    named
        .iter()
        .copied()
        .filter(|label| size(label).iter().all(|&px| px < MARKER_BELOW_PX))
        .filter(|label| view.rect.contains(view.screen_from_projected(label.anchor)))
        .collect()
}

/// The country at a screen position: a marker within reach first, then the borders drawn at
/// this zoom (so a tooltip never names an island of the detailed set over the overview's sea).
pub fn pick(scene: &BorderSets, view: &View, markers: &[&Label], pos: Pos2) -> Option<Iso3> {
    let nearest = markers
        .iter()
        .map(|label| (label.iso3, view.screen_from_projected(label.anchor).distance(pos)))
        .filter(|&(_, distance)| distance <= MARKER_PICK_PX)
        .min_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((iso3, _)) = nearest {
        return Some(iso3);
    }
    let borders = scene.borders_at(view.zoom());
    borders.country_at_projected(view.projected_from_screen(pos)).map(|country| country.iso3)
}

/// Names of the timeline's countries inside them (beside the marker of a small one), with a halo;
/// a label that would overlap one already placed moves aside, or is left out if it cannot.
fn draw_labels(
    painter: &egui::Painter,
    named: &[&Label],
    view: &View,
    markers: &[&Label],
    (theme, lang): (Theme, Lang),
) {
    let palette = theme.palette();
    let font = FontId::proportional(LABEL_FONT_PX);
    // Small countries first: a large one has room for its name in more places.
    let mut by_size: Vec<&Label> = named.to_vec();
    by_size.sort_by(|a, b| (a.extent[0] * a.extent[1]).total_cmp(&(b.extent[0] * b.extent[1])));
    let mut placed: Vec<Rect> = markers
        .iter()
        .map(|label| Rect::from_center_size(view.screen_from_projected(label.anchor), vec2(10.0, 10.0)))
        .collect();
    for label in by_size {
        let anchor = view.screen_from_projected(label.anchor);
        if !view.rect.contains(anchor) {
            continue;
        }
        let name = lang.country(label.iso3, &label.name).into_owned();
        let galley = painter.layout_no_wrap(name, font.clone(), palette.text.to_egui());
        let size = galley.size();
        let is_marker = markers.iter().any(|marker| marker.iso3 == label.iso3);
        let marker_candidates = [
            (Align2::LEFT_CENTER, vec2(MARKER_RADIUS_PX + 4.0, 0.0)),
            (Align2::RIGHT_CENTER, vec2(-MARKER_RADIUS_PX - 4.0, 0.0)),
            (Align2::CENTER_BOTTOM, vec2(0.0, -MARKER_RADIUS_PX - 3.0)),
            (Align2::CENTER_TOP, vec2(0.0, MARKER_RADIUS_PX + 3.0)),
        ];
        let candidates: &[(Align2, egui::Vec2)] = if is_marker { &marker_candidates } else { &label_candidates(8.0) };
        let Some(rect) = place_label(anchor, size, candidates, view.rect, &mut placed) else { continue };
        let halo = palette.halo.to_egui_alpha(220);
        for offset in [vec2(-1.0, 0.0), vec2(1.0, 0.0), vec2(0.0, -1.0), vec2(0.0, 1.0)] {
            painter.add(Shape::galley_with_override_text_color(rect.min + offset, galley.clone(), halo));
        }
        painter.add(Shape::galley(rect.min, galley, Color32::PLACEHOLDER));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geodata::mercator_from_geo;
    use crate::geodata::{DETAIL_FROM_ZOOM, FULL_DETAIL_FROM_ZOOM};
    use crate::timeline::Timeline;

    /// `pick` at a place, in a view centred there at a zoom, with no markers.
    fn pick_at(scene: &BorderSets, (lat, lon): (f64, f64), zoom: f64) -> Option<Iso3> {
        let view = View::new(Rect::from_min_size(egui::pos2(0.0, 0.0), vec2(800.0, 600.0)), (lon, lat), zoom);
        pick(scene, &view, &[], view.screen_from_projected(mercator_from_geo(lon, lat)))
    }

    #[test]
    fn hover_and_click_test_the_borders_that_are_drawn_at_each_zoom() {
        let timeline = Timeline::bundled().unwrap();
        let scene = BorderSets::bundled(&timeline).unwrap();
        let denmark = Some("DNK".parse().unwrap());
        // Bornholm is in the 1:50m borders only: at world zoom, where the 1:110m set is drawn,
        // the pointer there is over the sea; closer, over Denmark.
        let bornholm = (55.13, 14.92);
        assert_eq!(pick_at(&scene, bornholm, FULL_DETAIL_FROM_ZOOM + 2.0), denmark);
        assert_eq!(pick_at(&scene, bornholm, DETAIL_FROM_ZOOM - 0.5), None);
    }
}
