//! World borders, prepared when the crate is built: projected to Web Mercator, triangulated,
//! outlined and labelled (see `prepare.rs`), packed into the binary (see `packed.rs`) and
//! borrowed from it at start-up without parsing or copying.
//!
//! The meshes are what the map and the image exporters fill, and the same triangles answer
//! "which country is here", so a click always agrees with what is drawn.

mod border_sets;
mod mercator;
pub mod packed;
mod projection;
mod redrawn;
mod reprojected;
// Reading GeoJSON: the build script's work, and the tests', the benchmarks' and the `geojson`
// feature's; the program itself borrows the prepared sets.
#[cfg(any(test, feature = "geojson"))]
mod prepare;
mod shape;

use std::sync::OnceLock;

use geo::{Coord, Intersects, Triangle};
use rstar::{AABB, RTree, RTreeObject};

use crate::Iso3;

pub use border_sets::{BorderSets, DETAIL_FROM_ZOOM, Label};
pub use mercator::{MAX_LATITUDE_DEG, geo_from_mercator, mercator_from_geo};
#[cfg(any(test, feature = "geojson"))]
pub use prepare::{Feature, FeatureProblem, GeodataError, read_features};
pub use projection::{Projection, ProjectionChoice};
pub use redrawn::borders_in;
pub use reprojected::{LazyCountry, ProjectedBorders, ProjectedCountry, label_anchor};
pub use shape::{CountryShape, Detail, FULL_DETAIL_FROM_ZOOM, LabelPlace, Mesh, SIMPLIFIED_TOLERANCE};

/// Bytes that start on 8 bytes, as the packed border sets must.
#[repr(C, align(8))]
struct Aligned<Bytes: ?Sized>(Bytes);

// The build script writes each set to `Detail::packed_name` (see build.rs).
static PACKED_OVERVIEW: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/countries-110m.bin")));
static PACKED_SIMPLIFIED: &Aligned<[u8]> =
    &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/countries-50m-simplified.bin")));
static PACKED_FULL: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/countries-50m.bin")));
static PACKED_TERRITORIES: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/territories.bin")));

/// What only the program (not the build script) knows of a set: its embedded bytes.
impl Detail {
    /// The GeoJSON the set is prepared from, as bundled (for tests and benchmarks that compare
    /// the prepared set with it).
    #[cfg(any(test, feature = "geojson"))]
    pub fn geojson(self) -> &'static str {
        match self {
            Detail::Overview => include_str!("../../geodata/countries-110m.geojson"),
            Detail::Simplified | Detail::Full => include_str!("../../geodata/countries-50m.geojson"),
        }
    }

    fn packed(self) -> &'static [u8] {
        match self {
            Detail::Overview => &PACKED_OVERVIEW.0,
            Detail::Simplified => &PACKED_SIMPLIFIED.0,
            Detail::Full => &PACKED_FULL.0,
        }
    }
}

/// A triangle of a country, as the country's spatial index holds it.
struct Piece([[f64; 2]; 3]);

impl RTreeObject for Piece {
    type Envelope = AABB<[f64; 2]>;

    fn envelope(&self) -> Self::Envelope {
        AABB::from_points(self.0.iter())
    }
}

/// The countries of one border set. Each country's triangles get a spatial index the first time
/// a point falls in its bounding box, so loading costs nothing and a command that asks for one
/// point indexes one or two countries.
pub struct Borders {
    countries: Vec<CountryShape>,
    indexes: Vec<OnceLock<RTree<Piece>>>,
}

impl Borders {
    /// One of the border sets bundled with the program, as prepared at build time.
    pub fn bundled(detail: Detail) -> Result<Self, packed::PackError> {
        Ok(Self::of(packed::unpack(detail.packed())?))
    }

    /// The shapes of the contested territories (geodata/territories-10m.geojson), each under its
    /// user-assigned code (`XCR` Crimea, …; see `assets/territories.json`), as prepared at build
    /// time.
    pub fn territories() -> Result<Self, packed::PackError> {
        Ok(Self::of(packed::unpack(&PACKED_TERRITORIES.0)?))
    }

    /// Reads, checks and prepares a GeoJSON feature collection with `iso3` and `name` properties
    /// on every feature (simplified by `tolerance` if one is given), as the build script prepares
    /// the bundled ones.
    #[cfg(any(test, feature = "geojson"))]
    pub fn from_geojson(text: &str, origin: &str, tolerance: Option<f64>) -> Result<Self, GeodataError> {
        Ok(Self::of(prepare::prepare(text, origin, tolerance)?))
    }

    fn of(countries: Vec<CountryShape>) -> Self {
        let indexes = countries.iter().map(|_| OnceLock::new()).collect();
        Self { countries, indexes }
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
        let [x, y] = point;
        self.countries.iter().zip(&self.indexes).find_map(|(country, index)| {
            let [x0, y0, x1, y1] = country.bounds;
            if !(x0 <= x && x <= x1 && y0 <= y && y <= y1) {
                return None;
            }
            let index = index.get_or_init(|| index_of(country));
            let mut pieces = index.locate_in_envelope_intersecting(&AABB::from_point(point));
            let hit = pieces.any(|piece| {
                let [a, b, c] = piece.0.map(|[x, y]| Coord { x, y });
                Triangle::new(a, b, c).intersects(&coord)
            });
            hit.then_some(country)
        })
    }
}

fn index_of(country: &CountryShape) -> RTree<Piece> {
    let vertices = &country.mesh.vertices;
    let corner = |i: u32| vertices.get(i as usize).copied().unwrap_or_default();
    RTree::bulk_load(country.mesh.triangles.iter().map(|triangle| Piece(triangle.map(corner))).collect())
}

#[cfg(test)]
mod tests;
