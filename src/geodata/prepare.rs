//! From GeoJSON to what the map draws: each feature read and checked, projected to Web Mercator,
//! triangulated, outlined, bounded and labelled.
//!
//! The build script compiles this file (see `build.rs`): it prepares the bundled border sets once,
//! when the crate is built. The program reads no GeoJSON; tests, benchmarks and builds with the
//! `geojson` feature prepare a file the same way (`Borders::from_geojson`), so the two cannot differ.

use std::borrow::Cow;

use geo::{Area, BoundingRect, Coord, LineString, MapCoords, MultiPolygon, Polygon, Simplify, TriangulateEarcut};

use super::mercator::mercator_from_geo;
use super::shape::{CountryShape, LabelPlace, Mesh};
use crate::iso3::{Iso3, Iso3Error};

/// A border file that cannot be used, and where.
#[derive(Debug, thiserror::Error)]
pub enum GeodataError {
    #[error("{origin}: not a GeoJSON feature collection: {source}")]
    Syntax { origin: String, source: geojson::Error },
    #[error("{origin}: features[{index}]{}: {problem}", .iso3.as_ref().map(|c| format!(" ({c})")).unwrap_or_default())]
    Feature { origin: String, index: usize, iso3: Option<String>, problem: FeatureProblem },
}

/// What is wrong with one feature of a border file.
#[derive(Debug, thiserror::Error)]
pub enum FeatureProblem {
    #[error("property \"{0}\" is missing or not a string")]
    MissingProperty(&'static str),
    #[error(transparent)]
    BadCode(#[from] Iso3Error),
    #[error("it appears more than once")]
    Duplicate,
    #[error("it has no geometry")]
    NoGeometry,
    #[error("its geometry is a {0}, not a Polygon or MultiPolygon")]
    NotPolygonal(String),
    #[error("its geometry is malformed: {0}")]
    Malformed(String),
    #[error("a ring jumps from longitude {from_deg} to {to_deg}: cut rings at the antimeridian (RFC 7946, 3.1.9)")]
    AntimeridianJump { from_deg: f64, to_deg: f64 },
    #[error("a coordinate is out of range: ({lon_deg}, {lat_deg})")]
    OutOfRange { lon_deg: f64, lat_deg: f64 },
}

/// One feature of a border file, read and checked: its code, name and borders in degrees.
#[derive(Clone, Debug)]
pub struct Feature {
    pub iso3: Iso3,
    pub name: String,
    /// Longitude/latitude in degrees, outer rings counter-clockwise.
    pub geometry: MultiPolygon<f64>,
}

/// Reads a GeoJSON feature collection with `iso3` and `name` properties on every feature; the
/// features come back in the file's order, each checked, no code twice.
pub fn read_features(text: &str, origin: &str) -> Result<Vec<Feature>, GeodataError> {
    let collection: geojson::FeatureCollection =
        text.parse().map_err(|source| GeodataError::Syntax { origin: origin.to_owned(), source })?;
    let mut features: Vec<Feature> = Vec::with_capacity(collection.features.len());
    for (index, feature) in collection.features.iter().enumerate() {
        let fail =
            |iso3: Option<String>, problem| GeodataError::Feature { origin: origin.to_owned(), index, iso3, problem };
        let code = property(feature, "iso3").map_err(|problem| fail(None, problem))?;
        let iso3: Iso3 = code.parse().map_err(|error: Iso3Error| fail(None, error.into()))?;
        if features.iter().any(|earlier| earlier.iso3 == iso3) {
            return Err(fail(Some(code.to_owned()), FeatureProblem::Duplicate));
        }
        let read = read_feature(feature, iso3).map_err(|problem| fail(Some(code.to_owned()), problem))?;
        features.push(read);
    }
    Ok(features)
}

/// Every country of a GeoJSON feature collection, prepared to draw, sorted by code; its rings
/// simplified (Ramer-Douglas-Peucker) so that they stray at most `tolerance` from the originals,
/// if one is given.
pub fn prepare(text: &str, origin: &str, tolerance: Option<f64>) -> Result<Vec<CountryShape>, GeodataError> {
    let mut countries: Vec<CountryShape> =
        read_features(text, origin)?.iter().map(|feature| shape_of(feature, tolerance)).collect();
    countries.sort_by_key(|country| country.iso3);
    Ok(countries)
}

fn property<'a>(feature: &'a geojson::Feature, name: &'static str) -> Result<&'a str, FeatureProblem> {
    feature
        .property(name)
        .and_then(|value| value.as_str())
        .filter(|text| !text.trim().is_empty())
        .ok_or(FeatureProblem::MissingProperty(name))
}

fn read_feature(feature: &geojson::Feature, iso3: Iso3) -> Result<Feature, FeatureProblem> {
    let name = property(feature, "name")?.to_owned();
    let geometry = feature.geometry.as_ref().ok_or(FeatureProblem::NoGeometry)?;
    let geometry: MultiPolygon<f64> = match &geometry.value {
        geojson::GeometryValue::Polygon { .. } => {
            let polygon: Polygon<f64> = (&geometry.value).try_into().map_err(malformed)?;
            MultiPolygon(vec![polygon])
        }
        geojson::GeometryValue::MultiPolygon { .. } => (&geometry.value).try_into().map_err(malformed)?,
        other => return Err(FeatureProblem::NotPolygonal(other.type_name().to_owned())),
    };
    for polygon in &geometry {
        for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
            check_ring(ring)?;
        }
    }
    Ok(Feature { iso3, name, geometry })
}

/// A checked feature projected, simplified by `tolerance` if one is given, triangulated,
/// outlined, bounded and labelled (the label placed on the original borders).
pub fn shape_of(feature: &Feature, tolerance: Option<f64>) -> CountryShape {
    let mut vertices = Vec::new();
    let mut triangles = Vec::new();
    let mut outline_points = Vec::new();
    let mut ring_ends = Vec::new();
    let mut main_bounds = [0.0; 4];
    let mut main_area = -1.0;
    for polygon in &feature.geometry {
        let projected = polygon.map_coords(|Coord { x, y }| {
            let [px, py] = mercator_from_geo(x, y);
            Coord { x: px, y: py }
        });
        let projected = match tolerance {
            Some(tolerance) => projected.simplify(tolerance),
            None => projected,
        };
        for ring in std::iter::once(projected.exterior()).chain(projected.interiors()) {
            outline_points.extend(ring.coords().map(|c| [c.x, c.y]));
            ring_ends.push(u32::try_from(outline_points.len()).unwrap_or(u32::MAX));
        }
        let area = projected.unsigned_area();
        if area > main_area {
            main_area = area;
            let exterior: Vec<[f64; 2]> = projected.exterior().coords().map(|c| [c.x, c.y]).collect();
            main_bounds = bounds_of(&exterior);
        }
        let raw = projected.earcut_triangles_raw();
        let offset = u32::try_from(vertices.len()).unwrap_or(u32::MAX);
        vertices.extend(raw.vertices);
        triangles.extend(
            raw.triangle_indices.chunks_exact(3).map(|corners| {
                [0, 1, 2].map(|i| offset + corners.get(i).map_or(0, |&c| u32::try_from(c).unwrap_or(0)))
            }),
        );
    }
    let bounds = bounds_of(&vertices);
    CountryShape {
        iso3: feature.iso3,
        name: Cow::Owned(feature.name.clone()),
        mesh: Mesh { vertices: Cow::Owned(vertices), triangles: Cow::Owned(triangles) },
        outline_points: Cow::Owned(outline_points),
        ring_ends: Cow::Owned(ring_ends),
        bounds,
        main_bounds,
        label: label_place(&feature.geometry),
    }
}

fn label_place(geometry: &MultiPolygon<f64>) -> Option<LabelPlace> {
    let largest = geometry.iter().max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?;
    let point = polylabel::polylabel(largest, &0.05).ok()?;
    let anchor = mercator_from_geo(point.x(), point.y());
    let bounds = largest.bounding_rect()?;
    let [x0, y0] = mercator_from_geo(bounds.min().x, bounds.max().y);
    let [x1, y1] = mercator_from_geo(bounds.max().x, bounds.min().y);
    Some(LabelPlace { anchor, extent: [x1 - x0, y1 - y0] })
}

fn malformed(error: geojson::Error) -> FeatureProblem {
    FeatureProblem::Malformed(error.to_string())
}

fn check_ring(ring: &LineString<f64>) -> Result<(), FeatureProblem> {
    for coord in ring.coords() {
        if !((-180.0..=180.0).contains(&coord.x) && (-90.0..=90.0).contains(&coord.y)) {
            return Err(FeatureProblem::OutOfRange { lon_deg: coord.x, lat_deg: coord.y });
        }
    }
    match ring.lines().find(|line| (line.end.x - line.start.x).abs() > 180.0) {
        Some(line) => Err(FeatureProblem::AntimeridianJump { from_deg: line.start.x, to_deg: line.end.x }),
        None => Ok(()),
    }
}

fn bounds_of(points: &[[f64; 2]]) -> [f64; 4] {
    points.iter().fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |[x0, y0, x1, y1], &[x, y]| {
        [x0.min(x), y0.min(y), x1.max(x), y1.max(y)]
    })
}
