//! World borders: loaded and checked once, projected to Web Mercator, triangulated and indexed.
//!
//! The meshes are what the map and the image exporters fill, and the same triangles answer
//! "which country is here", so a click always agrees with what is drawn.

mod mercator;

use geo::{Area, Coord, Intersects, LineString, MapCoords, MultiPolygon, Polygon, Triangle, TriangulateEarcut};
use rstar::{AABB, RTree, RTreeObject};

pub use mercator::{MAX_LATITUDE_DEG, geo_from_mercator, mercator_from_geo};

use crate::Iso3;
use crate::iso3::Iso3Error;

/// Which of the bundled border sets: Natural Earth at 1:110m or 1:50m.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Detail {
    /// 1:110m, for the whole world at a glance.
    Overview,
    /// 1:50m, for everything closer.
    Full,
}

impl Detail {
    pub fn file_name(self) -> &'static str {
        match self {
            Detail::Overview => "geodata/countries-110m.geojson",
            Detail::Full => "geodata/countries-50m.geojson",
        }
    }

    fn bundled_text(self) -> &'static str {
        match self {
            Detail::Overview => include_str!("../../geodata/countries-110m.geojson"),
            Detail::Full => include_str!("../../geodata/countries-50m.geojson"),
        }
    }
}

/// Triangles in Web Mercator unit-square coordinates, ready to fill.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mesh {
    pub vertices: Vec<[f64; 2]>,
    pub triangles: Vec<[u32; 3]>,
}

/// One country's borders, as read (degrees) and as drawn (projected).
#[derive(Clone, Debug)]
pub struct CountryShape {
    pub iso3: Iso3,
    pub name: String,
    /// Longitude/latitude in degrees, outer rings counter-clockwise.
    pub geometry: MultiPolygon<f64>,
    /// The filled area, projected and triangulated.
    pub mesh: Mesh,
    /// Every ring (outer and holes), projected, closed: the lines drawn along the borders.
    pub outlines: Vec<Vec<[f64; 2]>>,
    /// The projected bounding box: [min_x, min_y, max_x, max_y].
    pub bounds: [f64; 4],
    /// The projected bounding box of the largest part (mainland Russia without the tip of
    /// Chukotka across the antimeridian, metropolitan France): what "zoom to" frames.
    pub main_bounds: [f64; 4],
}

/// A triangle of one country, as the spatial index holds it.
struct Piece {
    corners: [[f64; 2]; 3],
    country: usize,
}

impl RTreeObject for Piece {
    type Envelope = AABB<[f64; 2]>;

    fn envelope(&self) -> Self::Envelope {
        AABB::from_points(self.corners.iter())
    }
}

/// The countries of one border set, with a spatial index over their triangles.
pub struct Borders {
    countries: Vec<CountryShape>,
    index: RTree<Piece>,
}

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

impl Borders {
    /// One of the border sets bundled with the program.
    pub fn bundled(detail: Detail) -> Result<Self, GeodataError> {
        Self::from_geojson(detail.bundled_text(), detail.file_name())
    }

    /// Reads a GeoJSON feature collection with `iso3` and `name` properties on every feature.
    pub fn from_geojson(text: &str, origin: &str) -> Result<Self, GeodataError> {
        let collection: geojson::FeatureCollection =
            text.parse().map_err(|source| GeodataError::Syntax { origin: origin.to_owned(), source })?;
        let mut countries = Vec::with_capacity(collection.features.len());
        for (index, feature) in collection.features.iter().enumerate() {
            let fail = |iso3: Option<String>, problem| GeodataError::Feature {
                origin: origin.to_owned(),
                index,
                iso3,
                problem,
            };
            let code = property(feature, "iso3").map_err(|problem| fail(None, problem))?;
            let iso3: Iso3 = code.parse().map_err(|error: Iso3Error| fail(None, error.into()))?;
            let shape = country_shape(feature, iso3).map_err(|problem| fail(Some(code.to_owned()), problem))?;
            countries.push(shape);
        }
        countries.sort_by_key(|country| country.iso3);
        if let Some(pair) = countries.windows(2).find(|pair| pair[0].iso3 == pair[1].iso3) {
            let code = pair[1].iso3;
            let index = collection
                .features
                .iter()
                .rposition(|feature| property(feature, "iso3").is_ok_and(|c| c == code.as_str()))
                .unwrap_or_default();
            return Err(GeodataError::Feature {
                origin: origin.to_owned(),
                index,
                iso3: Some(code.to_string()),
                problem: FeatureProblem::Duplicate,
            });
        }
        let pieces = countries
            .iter()
            .enumerate()
            .flat_map(|(country, shape)| {
                let vertices = &shape.mesh.vertices;
                shape.mesh.triangles.iter().map(move |triangle| Piece {
                    corners: triangle.map(|corner| vertices.get(corner as usize).copied().unwrap_or_default()),
                    country,
                })
            })
            .collect();
        Ok(Self { countries, index: RTree::bulk_load(pieces) })
    }

    /// Every country, sorted by code.
    pub fn countries(&self) -> &[CountryShape] {
        &self.countries
    }

    pub fn country(&self, iso3: Iso3) -> Option<&CountryShape> {
        let index = self.countries.binary_search_by_key(&iso3, |country| country.iso3).ok()?;
        self.countries.get(index)
    }

    /// The country at a longitude/latitude in degrees, or `None` at sea.
    pub fn country_at(&self, lon_deg: f64, lat_deg: f64) -> Option<&CountryShape> {
        self.country_at_projected(mercator_from_geo(lon_deg, lat_deg))
    }

    /// The country at a point of the projected unit square.
    pub fn country_at_projected(&self, point: [f64; 2]) -> Option<&CountryShape> {
        let coord = Coord { x: point[0], y: point[1] };
        let piece = self.index.locate_in_envelope_intersecting(&AABB::from_point(point)).find(|piece| {
            let [a, b, c] = piece.corners.map(|[x, y]| Coord { x, y });
            Triangle::new(a, b, c).intersects(&coord)
        })?;
        self.countries.get(piece.country)
    }
}

fn property<'a>(feature: &'a geojson::Feature, name: &'static str) -> Result<&'a str, FeatureProblem> {
    feature
        .property(name)
        .and_then(|value| value.as_str())
        .filter(|text| !text.trim().is_empty())
        .ok_or(FeatureProblem::MissingProperty(name))
}

fn country_shape(feature: &geojson::Feature, iso3: Iso3) -> Result<CountryShape, FeatureProblem> {
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
    let mut mesh = Mesh::default();
    let mut outlines = Vec::new();
    let mut main_bounds = [0.0; 4];
    let mut main_area = -1.0;
    for polygon in &geometry {
        for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
            check_ring(ring)?;
        }
        let projected = polygon.map_coords(|Coord { x, y }| {
            let [px, py] = mercator_from_geo(x, y);
            Coord { x: px, y: py }
        });
        outlines.extend(
            std::iter::once(projected.exterior())
                .chain(projected.interiors())
                .map(|ring| ring.coords().map(|c| [c.x, c.y]).collect::<Vec<_>>()),
        );
        let area = projected.unsigned_area();
        if area > main_area {
            main_area = area;
            let exterior: Vec<[f64; 2]> = projected.exterior().coords().map(|c| [c.x, c.y]).collect();
            main_bounds = bounds_of(&exterior);
        }
        let raw = projected.earcut_triangles_raw();
        let offset = u32::try_from(mesh.vertices.len()).unwrap_or(u32::MAX);
        mesh.vertices.extend(raw.vertices);
        mesh.triangles.extend(
            raw.triangle_indices.chunks_exact(3).map(|corners| {
                [0, 1, 2].map(|i| offset + corners.get(i).map_or(0, |&c| u32::try_from(c).unwrap_or(0)))
            }),
        );
    }
    let bounds = bounds_of(&mesh.vertices);
    Ok(CountryShape { iso3, name, geometry, mesh, outlines, bounds, main_bounds })
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

#[cfg(test)]
mod tests;
