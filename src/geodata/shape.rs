//! The border sets' values: which set, and a country's shape as the map draws it. Shared by the
//! build script, which prepares them (`prepare.rs`), and the program, which unpacks them
//! (`packed.rs`); nothing here needs the GeoJSON or geometry crates.

use std::borrow::Cow;

use crate::iso3::Iso3;

/// The whole zoom level from which the 1:50m borders are drawn as they are.
const FULL_DETAIL_ZOOM_LEVEL: u32 = 4;

/// The map's zoom (walkers', 256-pixel tiles) from which the 1:50m borders are drawn as they are;
/// below it, simplified by [`SIMPLIFIED_TOLERANCE`].
pub const FULL_DETAIL_FROM_ZOOM: f64 = FULL_DETAIL_ZOOM_LEVEL as f64;

/// How far the simplified 1:50m borders may stray from the originals, in the projected unit
/// square: a pixel at [`FULL_DETAIL_FROM_ZOOM`] (the world is 256 * 2^zoom pixels wide), less at
/// the zooms below it where they are drawn (0.7 pixels at the CSTO view the app opens on).
pub const SIMPLIFIED_TOLERANCE: f64 = 1.0 / (256_u32 << FULL_DETAIL_ZOOM_LEVEL) as f64;

/// Which of the bundled border sets: Natural Earth at 1:110m, at 1:50m simplified, or at 1:50m.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Detail {
    /// 1:110m, for the whole world at a glance.
    Overview,
    /// 1:50m simplified by [`SIMPLIFIED_TOLERANCE`] (at most a pixel where it is drawn): the
    /// region views, with a third of the points to fill and outline every frame; hover and
    /// clicks there test it too, so they agree with what is drawn.
    Simplified,
    /// 1:50m, for closer views, the command line's `--at`, and images.
    Full,
}

impl Detail {
    pub const ALL: [Detail; 3] = [Detail::Overview, Detail::Simplified, Detail::Full];

    /// The GeoJSON file the set is prepared from.
    pub fn file_name(self) -> &'static str {
        match self {
            Detail::Overview => "geodata/countries-110m.geojson",
            Detail::Simplified | Detail::Full => "geodata/countries-50m.geojson",
        }
    }

    /// How much the set is simplified from its GeoJSON.
    pub fn tolerance(self) -> Option<f64> {
        match self {
            Detail::Simplified => Some(SIMPLIFIED_TOLERANCE),
            Detail::Overview | Detail::Full => None,
        }
    }

    /// The file in the build's OUT_DIR that the set is packed into.
    pub fn packed_name(self) -> &'static str {
        match self {
            Detail::Overview => "countries-110m.bin",
            Detail::Simplified => "countries-50m-simplified.bin",
            Detail::Full => "countries-50m.bin",
        }
    }
}

/// Triangles in Web Mercator unit-square coordinates, ready to fill.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mesh {
    pub vertices: Cow<'static, [[f64; 2]]>,
    /// Corners as indices into `vertices`.
    pub triangles: Cow<'static, [[u32; 3]]>,
}

/// Where a country's name goes: the interior point farthest from its border (pole of
/// inaccessibility) of its largest part, and the projected width and height of that part.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelPlace {
    pub anchor: [f64; 2],
    pub extent: [f64; 2],
}

/// One country's borders as drawn (projected to the unit square, y down).
#[derive(Clone, Debug, PartialEq)]
pub struct CountryShape {
    pub iso3: Iso3,
    pub name: Cow<'static, str>,
    /// The filled area, triangulated.
    pub mesh: Mesh,
    /// The points of every ring (outer rings and holes), each ring closed, one after another.
    pub outline_points: Cow<'static, [[f64; 2]]>,
    /// Where each ring of `outline_points` ends (exclusive).
    pub ring_ends: Cow<'static, [u32]>,
    /// The bounding box: [min_x, min_y, max_x, max_y].
    pub bounds: [f64; 4],
    /// The bounding box of the largest part (mainland Russia without the tip of Chukotka across
    /// the antimeridian, metropolitan France): what "zoom to" frames.
    pub main_bounds: [f64; 4],
    pub label: Option<LabelPlace>,
}

impl CountryShape {
    /// Every ring, outer rings and holes, closed: the lines drawn along the borders.
    pub fn outlines(&self) -> impl Iterator<Item = &[[f64; 2]]> {
        let starts = std::iter::once(0).chain(self.ring_ends.iter().copied());
        starts.zip(self.ring_ends.iter().copied()).filter_map(|(start, end)| {
            self.outline_points.get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)
        })
    }
}
