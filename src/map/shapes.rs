//! One frame's country shapes: filled meshes (from the triangles cached at load), hatching, and
//! border lines. Plain functions of the view and the statuses, so they can be benchmarked.

use std::collections::BTreeMap;

use egui::epaint::{Mesh, Vertex, WHITE_UV};
use egui::{Color32, Pos2, Shape, Stroke, TextureId, pos2};

use crate::Iso3;
use crate::geodata::{Borders, CountryShape};
use crate::map::View;
use crate::snapshot::Colouring;
use crate::style::{
    HATCH_SPACING_PX, HATCH_WIDTH_PX, LegendKey, Rgb, TERRITORY_DASH_PX, TERRITORY_HATCH_ALPHA, TERRITORY_OUTLINE_PX,
    Theme,
};
use crate::timeline::Status;

/// What colours the countries this frame.
pub struct Paint<'a> {
    pub theme: Theme,
    pub colouring: Colouring<'a>,
    /// While a legend entry is hovered: the countries of that entry show, the others fade.
    pub emphasis: Option<LegendKey>,
    /// Countries whose status changed in the shown year: drawn with a strong outline.
    pub changed: &'a [Iso3],
    pub selected: Option<Iso3>,
    pub hovered: Option<Iso3>,
    /// The hatching texture (see [`hatch_image`]).
    pub hatch: TextureId,
    /// Let map tiles show through: statuses at 70 %, countries without one at 25 %.
    pub translucent: bool,
}

impl<'a> Paint<'a> {
    /// Every country in the colour of its status, nothing emphasised, no tiles underneath.
    pub fn plain(theme: Theme, statuses: &'a BTreeMap<Iso3, Status>, hatch: TextureId) -> Self {
        Self {
            theme,
            colouring: Colouring::Statuses(statuses),
            emphasis: None,
            changed: &[],
            selected: None,
            hovered: None,
            hatch,
            translucent: false,
        }
    }
}

/// Widths of the lines, in points.
const OUTLINE_PX: f32 = 0.6;
const CHANGED_PX: f32 = 2.0;
const HOVERED_PX: f32 = 1.6;
const SELECTED_PX: f32 = 3.0;

/// How much a faded country is mixed into the background.
const FADE: f32 = 0.75;

/// Builds the shapes of every visible country: one mesh of fills, one of hatching, the lines.
pub fn country_shapes(borders: &Borders, view: &View, paint: &Paint<'_>) -> Vec<Shape> {
    let palette = paint.theme.palette();
    let mut fills = Mesh::default();
    let mut hatching = Mesh::with_texture(paint.hatch);
    let mut lines = Vec::new();
    let mut strong = Vec::new();
    for country in borders.countries().iter().filter(|country| view.shows(country.bounds)) {
        let key = paint.colouring.key(country.iso3);
        let fill = key.fill(paint.theme);
        let faded = paint.emphasis.is_some_and(|shown| !shown.covers(key));
        let opacity = match (paint.translucent, paint.colouring.has_status(country.iso3)) {
            (false, _) => 1.0,
            (true, true) => 0.7,
            (true, false) => 0.25,
        };
        let colour = |rgb: Rgb| {
            let solid = if faded { faded_colour(rgb, palette.background) } else { rgb.to_egui() };
            solid.gamma_multiply(opacity)
        };
        add_country(&mut fills, country, view, colour(fill.fill), |_| WHITE_UV);
        if let Some(pattern) = fill.pattern {
            let uv = |pos: Pos2| pos2(pos.x / HATCH_SPACING_PX, pos.y / HATCH_SPACING_PX);
            add_country(&mut hatching, country, view, colour(pattern), uv);
        }
        lines.extend(outline(country, view, Stroke::new(OUTLINE_PX, palette.outline.to_egui())));
        let width = if paint.selected == Some(country.iso3) {
            Some(SELECTED_PX)
        } else if paint.changed.contains(&country.iso3) {
            Some(CHANGED_PX)
        } else if paint.hovered == Some(country.iso3) {
            Some(HOVERED_PX)
        } else {
            None
        };
        if let Some(width) = width {
            strong.extend(outline(country, view, Stroke::new(width, palette.strong.to_egui())));
        }
    }
    let mut shapes = Vec::with_capacity(lines.len() + strong.len() + 2);
    shapes.push(Shape::mesh(fills));
    shapes.push(Shape::mesh(hatching));
    shapes.extend(lines);
    shapes.extend(strong);
    shapes
}

/// A contested territory's hatching over a mesh of screen points: the status hatching's texture
/// mirrored (the other diagonal), in `colour`, translucent.
pub fn territory_hatch(
    points: impl IntoIterator<Item = Pos2>,
    indices: Vec<u32>,
    (colour, hatch): (Color32, TextureId),
) -> Mesh {
    let [r, g, b, _] = colour.to_array();
    let tint = Color32::from_rgba_unmultiplied(r, g, b, TERRITORY_HATCH_ALPHA);
    let mut mesh = Mesh::with_texture(hatch);
    mesh.vertices.extend(points.into_iter().map(|pos| {
        let uv = pos2(-pos.x / HATCH_SPACING_PX, pos.y / HATCH_SPACING_PX);
        Vertex { pos, uv, color: tint }
    }));
    mesh.indices = indices;
    mesh
}

/// A contested territory's outline through screen points: dashed, in `colour`.
pub fn territory_outline(points: &[Pos2], colour: Color32) -> Vec<Shape> {
    let [dash, gap] = TERRITORY_DASH_PX;
    Shape::dashed_line(points, Stroke::new(TERRITORY_OUTLINE_PX, colour), dash, gap)
}

/// The colour a mesh paints at a point: that of the last triangle covering it (the one drawn on
/// top), or `None` where it paints nothing. For checking what the map shows without a GPU.
pub fn mesh_colour_at(mesh: &Mesh, pos: Pos2) -> Option<Color32> {
    mesh.indices.chunks_exact(3).rev().find_map(|triangle| {
        let [a, b, c] = [0, 1, 2].map(|i| triangle.get(i).and_then(|&v| mesh.vertices.get(v as usize)));
        let (a, b, c) = (a?, b?, c?);
        let side = |p: Pos2, q: Pos2| (q.x - p.x) * (pos.y - p.y) - (q.y - p.y) * (pos.x - p.x);
        let (d1, d2, d3) = (side(a.pos, b.pos), side(b.pos, c.pos), side(c.pos, a.pos));
        let inside = (d1 >= 0.0 && d2 >= 0.0 && d3 >= 0.0) || (d1 <= 0.0 && d2 <= 0.0 && d3 <= 0.0);
        inside.then_some(a.color)
    })
}

/// A colour mixed into the background, as a faded country is drawn.
pub fn faded_colour(rgb: Rgb, background: Rgb) -> Color32 {
    let mix = |a: u8, b: u8| (f32::from(a) * (1.0 - FADE) + f32::from(b) * FADE).round() as u8;
    Color32::from_rgb(mix(rgb.0, background.0), mix(rgb.1, background.1), mix(rgb.2, background.2))
}

fn add_country(mesh: &mut Mesh, country: &CountryShape, view: &View, color: Color32, uv: impl Fn(Pos2) -> Pos2) {
    let Ok(base) = u32::try_from(mesh.vertices.len()) else { return };
    mesh.vertices.extend(country.mesh.vertices.iter().map(|&point| {
        let pos = view.screen_from_projected(point);
        Vertex { pos, uv: uv(pos), color }
    }));
    mesh.indices.extend(country.mesh.triangles.iter().flat_map(|triangle| triangle.map(|i| base + i)));
}

/// The country's rings as lines on screen, leaving out points less than half a point apart.
fn outline(country: &CountryShape, view: &View, stroke: Stroke) -> impl Iterator<Item = Shape> {
    country.outlines().filter_map(move |ring| {
        let mut points: Vec<Pos2> = Vec::with_capacity(ring.len());
        for &point in ring {
            let pos = view.screen_from_projected(point);
            if points.last().is_none_or(|last| last.distance_sq(pos) >= 0.25) {
                points.push(pos);
            }
        }
        (points.len() >= 3).then(|| Shape::closed_line(points, stroke))
    })
}

/// One period of the diagonal hatching, white stripes on transparent, to be tinted by vertex
/// colour and repeated every `HATCH_SPACING_PX` along both axes; a stripe covers
/// `HATCH_WIDTH_PX / HATCH_SPACING_PX` of each period, at 45 degrees.
pub fn hatch_image() -> egui::ColorImage {
    const SIDE: usize = 32;
    let half_width = HATCH_WIDTH_PX / HATCH_SPACING_PX / 2.0;
    let texel = 1.0 / SIDE as f32;
    let pixels = (0..SIDE * SIDE)
        .map(|index| {
            let (x, y) = ((index % SIDE) as f32 + 0.5, (index / SIDE) as f32 + 0.5);
            let phase = ((x + y) * texel).fract();
            let from_centre = phase.min(1.0 - phase);
            let coverage = ((half_width - from_centre) / texel + 0.5).clamp(0.0, 1.0);
            Color32::from_white_alpha((coverage * 255.0).round() as u8)
        })
        .collect();
    egui::ColorImage::new([SIDE, SIDE], pixels)
}

#[cfg(test)]
mod tests;
