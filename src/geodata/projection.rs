//! Map projections of the sphere for images: Web Mercator (the window's tiles), and the
//! equal-area ones an atlas uses for the size and reach of an alliance: the Albers conic for a
//! region, Equal Earth for the world, the Lambert azimuthal for a box around a point.
//!
//! Each projects a longitude and latitude to a plane with y down, in the unit of Web Mercator's
//! unit square (the equator's length is 1), so that frames, pixels and outlines work the same in
//! each. Formulas: Snyder, "Map Projections: A Working Manual", USGS Professional Paper 1395
//! (1987), the spherical forms (Albers 14-1 to 14-4, Lambert azimuthal 24-2 to 24-4); Šavrič,
//! Patterson and Jenny, "The Equal Earth map projection" (2018). Tested against PROJ
//! (tests/data/proj/).

use std::f64::consts::PI;

use crate::geodata::mercator_from_geo;

/// How a map is projected.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Projection {
    /// Web Mercator, as the window's map and its tiles are drawn.
    Mercator,
    /// Albers equal-area conic with standard parallels `lat1` and `lat2`, centred on `lon0`
    /// (`lat0` only moves the origin).
    Albers { lat1_deg: f64, lat2_deg: f64, lat0_deg: f64, lon0_deg: f64 },
    /// Equal Earth (equal-area, for the world), centred on `lon0`.
    EqualEarth { lon0_deg: f64 },
    /// Lambert azimuthal equal-area, centred on (`lon0`, `lat0`).
    Laea { lat0_deg: f64, lon0_deg: f64 },
}

/// The projection asked for (`--projection`): one by name, or `auto`, the equal-area one that
/// suits the box.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum ProjectionChoice {
    // The variants go without doc comments: clap would list them in the help, which the
    // option's own help already does (and in each language).
    // Albers for a region, Equal Earth for the world.
    #[default]
    Auto,
    // Web Mercator, as the window shows it.
    Mercator,
    Albers,
    EqualEarth,
    Laea,
}

/// A box wider than this (in degrees of longitude) is a world view: Equal Earth.
const WORLD_WIDTH_DEG: f64 = 200.0;

impl ProjectionChoice {
    /// The projection for a box `[west, south, east, north]` in degrees, centred on it; a
    /// conic's standard parallels are those that keep the largest angular distortion within the
    /// box least (see [`least_distorted_parallels`]).
    pub fn for_box(self, [west, south, east, north]: [f64; 4]) -> Projection {
        let (lon0_deg, lat0_deg) = ((west + east) / 2.0, (south + north) / 2.0);
        let (lat1_deg, lat2_deg) = least_distorted_parallels(south, north);
        let albers = Projection::Albers { lat1_deg, lat2_deg, lat0_deg, lon0_deg };
        match self {
            ProjectionChoice::Mercator => Projection::Mercator,
            ProjectionChoice::Auto if east - west > WORLD_WIDTH_DEG => Projection::EqualEarth { lon0_deg: 0.0 },
            // A conic with standard parallels on both sides of the equator is no conic: the
            // box straddles it, and Lambert's azimuthal keeps it equal-area.
            ProjectionChoice::Auto | ProjectionChoice::Albers if south < 0.0 && north > 0.0 => {
                Projection::Laea { lat0_deg, lon0_deg }
            }
            ProjectionChoice::Auto | ProjectionChoice::Albers => albers,
            ProjectionChoice::EqualEarth => Projection::EqualEarth { lon0_deg: 0.0 },
            ProjectionChoice::Laea => Projection::Laea { lat0_deg, lon0_deg },
        }
    }
}

/// The largest angular distortion, in degrees, of an Albers conic with standard parallels
/// `lat1` and `lat2` between the latitudes `south` and `north` (it does not vary along a
/// parallel). An equal-area map's scales along the meridian and the parallel are 1/k and k
/// (Snyder 14-15, 14-16); the distortion is 2 asin((k - 1/k) / (k + 1/k)) (Snyder 4-9).
pub fn albers_distortion_deg((lat1_deg, lat2_deg): (f64, f64), (south, north): (f64, f64)) -> f64 {
    let (phi1, phi2) = (lat1_deg.to_radians(), lat2_deg.to_radians());
    let n = (phi1.sin() + phi2.sin()) / 2.0;
    let c = phi1.cos().powi(2) + 2.0 * n * phi1.sin();
    (0..=STEPS)
        .map(|step| {
            let phi = (south + (north - south) * step as f64 / STEPS as f64).to_radians();
            let k = (c - 2.0 * n * phi.sin()).max(0.0).sqrt() / phi.cos().max(1e-9);
            let (a, b) = (k.max(1.0 / k), k.min(1.0 / k));
            (2.0 * ((a - b) / (a + b)).asin()).to_degrees()
        })
        .fold(0.0, f64::max)
}

/// The steps a box's height is divided into, to search and measure a conic.
const STEPS: usize = 48;

/// The standard parallels, among a grid of 49 latitudes across the box, for which the largest
/// angular distortion between `south` and `north` is least: for the CSTO region (29-77 N), 40 N
/// and 74 N, at most about 5 degrees.
pub fn least_distorted_parallels(south: f64, north: f64) -> (f64, f64) {
    let at = |step: usize| south + (north - south) * step as f64 / STEPS as f64;
    let pairs = (0..=STEPS).flat_map(|first| (first + 1..=STEPS).map(move |second| (at(first), at(second))));
    let scored =
        pairs.filter(|&(lat1, lat2)| lat1 + lat2 > 0.0).map(|pair| (albers_distortion_deg(pair, (south, north)), pair));
    let sixth = (north - south) / 6.0;
    scored.min_by(|a, b| a.0.total_cmp(&b.0)).map_or((south + sixth, north - sixth), |(_, pair)| pair)
}

/// Equal Earth's coefficients.
const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;

impl Projection {
    /// Where a point lands in the plane (y down; the equator's length is 1, as in Web
    /// Mercator's unit square). `lon_deg` is taken as it comes, not wrapped: a ring whose
    /// longitudes run past the projection's far side continues there instead of jumping across
    /// the map (see [`Projection::ring`]).
    pub fn plane(&self, lon_deg: f64, lat_deg: f64) -> [f64; 2] {
        let [x, y] = match *self {
            Projection::Mercator => return mercator_from_geo(lon_deg, lat_deg),
            Projection::Albers { lat1_deg, lat2_deg, lat0_deg, lon0_deg } => {
                let (phi1, phi2) = (lat1_deg.to_radians(), lat2_deg.to_radians());
                let n = (phi1.sin() + phi2.sin()) / 2.0;
                let c = phi1.cos().powi(2) + 2.0 * n * phi1.sin();
                let rho = |lat: f64| (c - 2.0 * n * lat.to_radians().sin()).max(0.0).sqrt() / n;
                let theta = n * (lon_deg - lon0_deg).to_radians();
                let (rho, rho0) = (rho(lat_deg), rho(lat0_deg));
                [rho * theta.sin(), rho0 - rho * theta.cos()]
            }
            Projection::EqualEarth { lon0_deg } => {
                let lambda = (lon_deg - lon0_deg).to_radians();
                let theta = ((3.0f64).sqrt() / 2.0 * lat_deg.to_radians().sin()).asin();
                let (t2, t6) = (theta * theta, theta.powi(6));
                let x = 2.0 * (3.0f64).sqrt() * lambda * theta.cos()
                    / (3.0 * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1));
                [x, theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))]
            }
            Projection::Laea { lat0_deg, lon0_deg } => {
                let (phi, phi1) = (lat_deg.to_radians(), lat0_deg.to_radians());
                let dlambda = (lon_deg - lon0_deg).to_radians();
                let cos_c = phi1.sin() * phi.sin() + phi1.cos() * phi.cos() * dlambda.cos();
                // The antipode has no image; a hair from it stays finite.
                let k = (2.0 / (1.0 + cos_c).max(1e-12)).sqrt();
                [k * phi.cos() * dlambda.sin(), k * (phi1.cos() * phi.sin() - phi1.sin() * phi.cos() * dlambda.cos())]
            }
        };
        [0.5 + x / (2.0 * PI), 0.5 - y / (2.0 * PI)]
    }

    /// The longitude and latitude in degrees at a point of the plane: the inverse of
    /// [`Projection::plane`] (Snyder 14-8 to 14-11 and 24-16 to 24-19; Equal Earth's latitude by
    /// Newton's method, as its paper does). The longitude is not wrapped: a point of a ring turned
    /// past the far side (see [`Projection::ring`]) comes back past it. A point outside the
    /// projected globe gives some point of the globe, not a meaningful one.
    pub fn geo(&self, [px, py]: [f64; 2]) -> (f64, f64) {
        let (x, y) = ((px - 0.5) * 2.0 * PI, (0.5 - py) * 2.0 * PI);
        match *self {
            Projection::Mercator => crate::geodata::geo_from_mercator([px, py]),
            Projection::Albers { lat1_deg, lat2_deg, lat0_deg, lon0_deg } => {
                let (phi1, phi2) = (lat1_deg.to_radians(), lat2_deg.to_radians());
                let n = (phi1.sin() + phi2.sin()) / 2.0;
                let c = phi1.cos().powi(2) + 2.0 * n * phi1.sin();
                let rho0 = (c - 2.0 * n * lat0_deg.to_radians().sin()).max(0.0).sqrt() / n;
                let sign = n.signum();
                let rho = sign * x.hypot(rho0 - y);
                let theta = (sign * x).atan2(sign * (rho0 - y));
                let lat = ((c - (rho * n).powi(2)) / (2.0 * n)).clamp(-1.0, 1.0).asin();
                (lon0_deg + (theta / n).to_degrees(), lat.to_degrees())
            }
            Projection::EqualEarth { lon0_deg } => {
                let slope = |theta: f64| {
                    let (t2, t6) = (theta * theta, theta.powi(6));
                    A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)
                };
                let limit = (3.0f64.sqrt() / 2.0).asin();
                let mut theta = y.clamp(-1.4, 1.4);
                for _ in 0..12 {
                    let (t2, t6) = (theta * theta, theta.powi(6));
                    let step = (theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y) / slope(theta);
                    theta = (theta - step).clamp(-limit, limit);
                    if step.abs() < 1e-12 {
                        break;
                    }
                }
                let lat = (2.0 * theta.sin() / 3.0f64.sqrt()).clamp(-1.0, 1.0).asin();
                let lambda = 3.0f64.sqrt() * x * slope(theta) / (2.0 * theta.cos());
                (lon0_deg + lambda.to_degrees(), lat.to_degrees())
            }
            Projection::Laea { lat0_deg, lon0_deg } => {
                let phi1 = lat0_deg.to_radians();
                let rho = x.hypot(y);
                if rho < 1e-15 {
                    return (lon0_deg, lat0_deg);
                }
                let c = 2.0 * (rho / 2.0).min(1.0).asin();
                let lat = (c.cos() * phi1.sin() + y * c.sin() * phi1.cos() / rho).clamp(-1.0, 1.0).asin();
                let lambda = (x * c.sin()).atan2(rho * phi1.cos() * c.cos() - y * phi1.sin() * c.sin());
                (lon0_deg + lambda.to_degrees(), lat.to_degrees())
            }
        }
    }

    /// The central meridian, if the projection has one other than Greenwich's wrap.
    pub fn lon0_deg(&self) -> Option<f64> {
        match *self {
            Projection::Mercator => None,
            Projection::Albers { lon0_deg, .. }
            | Projection::EqualEarth { lon0_deg }
            | Projection::Laea { lon0_deg, .. } => Some(lon0_deg),
        }
    }

    /// A ring of points (longitude, latitude in degrees) in the plane, kept in one piece: the
    /// whole ring is turned by whole turns so that its middle lies within half a turn of the
    /// central meridian, and its longitudes, continuous in the data (Natural Earth cuts rings at
    /// the antimeridian), stay continuous, so no edge jumps across the map at the projection's
    /// far side. Chukotka, at 170 W, lands beside the rest of Russia on a map centred at 100 E.
    pub fn ring(&self, ring: impl Iterator<Item = (f64, f64)> + Clone) -> Vec<[f64; 2]> {
        let (low, high) =
            ring.clone().fold((f64::MAX, f64::MIN), |(low, high), (lon, _)| (low.min(lon), high.max(lon)));
        let turn = self.turn_deg(low, high);
        ring.map(|(lon_deg, lat_deg)| self.plane(lon_deg + turn, lat_deg)).collect()
    }

    /// Where a point alone (a city, a label's anchor) lands: taken to within half a turn of the
    /// central meridian, as [`Projection::ring`] takes a ring.
    pub fn point(&self, lon_deg: f64, lat_deg: f64) -> [f64; 2] {
        self.plane(lon_deg + self.turn_deg(lon_deg, lon_deg), lat_deg)
    }

    /// The whole turns (in degrees) that bring a ring spanning the longitudes `low` to `high` to
    /// within half a turn of the central meridian (see [`Projection::ring`]).
    pub fn turn_deg(&self, low: f64, high: f64) -> f64 {
        match self.lon0_deg() {
            Some(lon0_deg) => -360.0 * (((low + high) / 2.0 - lon0_deg - 180.0) / 360.0).ceil(),
            None => 0.0,
        }
    }

    /// The box `[west, south, east, north]` in degrees as the plane shows it: its edges, densified
    /// (a parallel is a curve in a conic), as `[x0, y0, x1, y1]` around them.
    pub fn box_in_plane(&self, [west, south, east, north]: [f64; 4]) -> [f64; 4] {
        const STEPS: usize = 64;
        let along = |from: f64, to: f64, step: usize| from + (to - from) * step as f64 / STEPS as f64;
        let edges = (0..=STEPS).flat_map(|step| {
            let (lon, lat) = (along(west, east, step), along(south, north, step));
            [(lon, south), (lon, north), (west, lat), (east, lat)]
        });
        let points = self.ring(edges);
        points.iter().fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |[x0, y0, x1, y1], &[x, y]| {
            [x0.min(x), y0.min(y), x1.max(x), y1.max(y)]
        })
    }

    /// The box `[west, south, east, north]` in degrees that a rectangle `[x0, y0, x1, y1]` of the
    /// plane spans through its centre, within the Web Mercator world: for Web Mercator, the
    /// rectangle exactly; in another projection, which turns and bends meridians and parallels,
    /// the box centred on the rectangle's centre whose parallel through the centre reaches as
    /// wide as the rectangle on one side, and whose meridian as high on one side (the nearer of
    /// each two). [`Projection::mid_box_in_plane`] takes it back to the same rectangle.
    pub fn mid_box_deg(&self, [x0, y0, x1, y1]: [f64; 4]) -> [f64; 4] {
        if *self == Projection::Mercator {
            let ((west, north), (east, south)) = (self.geo([x0, y0]), self.geo([x1, y1]));
            return [west.max(-180.0), south.max(-85.0), east.min(180.0), north.min(85.0)];
        }
        let (lon, lat) = self.geo([(x0 + x1) / 2.0, (y0 + y1) / 2.0]);
        // How far from the centre a line reaches an edge, by bisection, at most `limit`.
        let reach = |limit: f64, out: &dyn Fn(f64) -> bool| {
            if !out(limit) {
                return limit.abs();
            }
            let (mut inside, mut outside) = (0.0, limit);
            for _ in 0..60 {
                let middle = (inside + outside) / 2.0;
                if out(middle) { outside = middle } else { inside = middle }
            }
            f64::abs(inside)
        };
        let [cx, cy] = self.plane(lon, lat);
        let (beside, above) =
            (|[x, _]: [f64; 2]| (x - cx).abs() > (x1 - x0) / 2.0, |[_, y]: [f64; 2]| (y - cy).abs() > (y1 - y0) / 2.0);
        let half_height = reach(85.0 - lat, &|d| above(self.plane(lon, lat + d)))
            .min(reach(-85.0 - lat, &|d| above(self.plane(lon, lat + d))));
        let half_width =
            reach(90.0, &|d| beside(self.plane(lon + d, lat))).min(reach(-90.0, &|d| beside(self.plane(lon + d, lat))));
        [
            (lon - half_width).max(-180.0),
            (lat - half_height).max(-85.0),
            (lon + half_width).min(180.0),
            (lat + half_height).min(85.0),
        ]
    }

    /// The rectangle of the plane centred on the centre of a box `[west, south, east, north]` in
    /// degrees as wide as its parallel through the centre reaches, and as high as its meridian
    /// (see [`Projection::mid_box_deg`]).
    pub fn mid_box_in_plane(&self, [west, south, east, north]: [f64; 4]) -> [f64; 4] {
        let turn = self.turn_deg(west, east);
        let (lon, lat) = ((west + east) / 2.0 + turn, (south + north) / 2.0);
        let [cx, cy] = self.plane(lon, lat);
        let half_width = [west + turn, east + turn].map(|lon| (self.plane(lon, lat)[0] - cx).abs());
        let half_height = [north, south].map(|lat| (self.plane(lon, lat)[1] - cy).abs());
        let (half_width, half_height) = (half_width[0].max(half_width[1]), half_height[0].max(half_height[1]));
        [cx - half_width, cy - half_height, cx + half_width, cy + half_height]
    }

    /// How much the projection enlarges lengths around a point, on average over directions (the
    /// square root of its areal scale, from the plane's derivatives): 1 on the equator in Web
    /// Mercator, 1 / cos(latitude) elsewhere in it, and near 1 everywhere on an equal-area map.
    pub fn scale_at(&self, lon_deg: f64, lat_deg: f64) -> f64 {
        const STEP_DEG: f64 = 1e-4;
        let [x, y] = self.plane(lon_deg, lat_deg);
        let [xe, ye] = self.plane(lon_deg + STEP_DEG, lat_deg);
        let [xn, yn] = self.plane(lon_deg, lat_deg + STEP_DEG);
        // The plane's unit is the equator's length: a degree there is 1/360.
        let cell = ((xe - x) * (yn - y) - (ye - y) * (xn - x)).abs() * 360.0 * 360.0;
        let on_sphere = STEP_DEG * STEP_DEG * lat_deg.to_radians().cos();
        (cell / on_sphere.max(1e-300)).sqrt()
    }

    /// The projection's name for an image's source line, in `lang` ("Albers equal-area conic, 37°
    /// N / 69° N"); none for Web Mercator, the window's own.
    pub fn name_in(&self, lang: crate::i18n::Lang) -> Option<String> {
        let latitude = |lat_deg: f64| {
            let key = if lat_deg < 0.0 { "degrees-south" } else { "degrees-north" };
            crate::tr!(lang, key, degrees = format!("{:.0}", lat_deg.abs()))
        };
        let longitude = |lon_deg: f64| {
            let key = if lon_deg < 0.0 { "degrees-west" } else { "degrees-east" };
            crate::tr!(lang, key, degrees = format!("{:.0}", lon_deg.abs()))
        };
        match *self {
            Projection::Mercator => None,
            Projection::Albers { lat1_deg, lat2_deg, .. } => {
                Some(crate::tr!(lang, "projection-albers", lat1 = latitude(lat1_deg), lat2 = latitude(lat2_deg)))
            }
            Projection::EqualEarth { .. } => Some(lang.t("projection-equal-earth")),
            Projection::Laea { lat0_deg, lon0_deg } => {
                Some(crate::tr!(lang, "projection-laea", lat = latitude(lat0_deg), lon = longitude(lon0_deg)))
            }
        }
    }

    /// The name `--projection` gives this projection's kind.
    pub fn choice(&self) -> ProjectionChoice {
        match self {
            Projection::Mercator => ProjectionChoice::Mercator,
            Projection::Albers { .. } => ProjectionChoice::Albers,
            Projection::EqualEarth { .. } => ProjectionChoice::EqualEarth,
            Projection::Laea { .. } => ProjectionChoice::Laea,
        }
    }

    /// Whether areas in the plane are in proportion to areas on the Earth.
    pub fn is_equal_area(&self) -> bool {
        !matches!(self, Projection::Mercator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference values of one file of tests/data/proj/ (written by its `make`), and the
    /// projection they are of.
    fn reference(file: &str) -> Vec<((f64, f64), [f64; 2])> {
        let path = format!("{}/tests/data/proj/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        text.lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| {
                let values: Vec<f64> = line.split_whitespace().map(|value| value.parse().unwrap()).collect();
                ((values[0], values[1]), [values[2], values[3]])
            })
            .collect()
    }

    fn agrees_with_proj(projection: Projection, file: &str) {
        for ((lon, lat), [x, y]) in reference(file) {
            let expected = [0.5 + x / (2.0 * PI), 0.5 - y / (2.0 * PI)];
            // A point alone is taken to within half a turn of the central meridian, as PROJ takes it.
            let [px, py] = projection.ring(std::iter::once((lon, lat)))[0];
            let off = (px - expected[0]).hypot(py - expected[1]) * 2.0 * PI * 6_371_007.0;
            assert!(off < 0.01, "{projection:?} at {lon}, {lat}: {off} m from PROJ's {expected:?}");
        }
    }

    /// The inverse takes PROJ's plane points back to their longitude and latitude.
    fn inverse_agrees_with_proj(projection: Projection, file: &str) {
        for ((lon, lat), [x, y]) in reference(file) {
            let (back_lon, back_lat) = projection.geo([0.5 + x / (2.0 * PI), 0.5 - y / (2.0 * PI)]);
            let turn = (back_lon - lon) / 360.0;
            let off_lon = (turn - turn.round()) * 360.0 * lat.to_radians().cos();
            assert!(
                off_lon.abs() < 1e-7 && (back_lat - lat).abs() < 1e-7,
                "{projection:?} takes PROJ's point of {lon}, {lat} back to {back_lon}, {back_lat}"
            );
        }
    }

    #[test]
    fn each_inverse_takes_the_plane_back_to_the_globe() {
        let albers = Projection::Albers { lat1_deg: 45.0, lat2_deg: 70.0, lat0_deg: 55.0, lon0_deg: 100.0 };
        inverse_agrees_with_proj(albers, "albers-45-70-55-100.txt");
        inverse_agrees_with_proj(Projection::EqualEarth { lon0_deg: 0.0 }, "equal-earth-0.txt");
        inverse_agrees_with_proj(Projection::EqualEarth { lon0_deg: 100.0 }, "equal-earth-100.txt");
        inverse_agrees_with_proj(Projection::Laea { lat0_deg: 55.0, lon0_deg: 90.0 }, "laea-55-90.txt");
        let (lon, lat) = Projection::Mercator.geo(mercator_from_geo(37.62, 55.75));
        assert!((lon - 37.62).abs() < 1e-9 && (lat - 55.75).abs() < 1e-9);
        // Past the far side, the longitude stays unwrapped, as a ring turned whole has it.
        let albers = ProjectionChoice::Albers.for_box([18.0, 29.0, 180.0, 77.0]);
        let (lon, _) = albers.geo(albers.plane(99.0 + 200.0, 66.0));
        assert!((lon - 299.0).abs() < 1e-7, "{lon}");
    }

    #[test]
    fn albers_agrees_with_proj() {
        let albers = Projection::Albers { lat1_deg: 45.0, lat2_deg: 70.0, lat0_deg: 55.0, lon0_deg: 100.0 };
        agrees_with_proj(albers, "albers-45-70-55-100.txt");
    }

    #[test]
    fn equal_earth_agrees_with_proj() {
        agrees_with_proj(Projection::EqualEarth { lon0_deg: 0.0 }, "equal-earth-0.txt");
        agrees_with_proj(Projection::EqualEarth { lon0_deg: 100.0 }, "equal-earth-100.txt");
    }

    #[test]
    fn lambert_azimuthal_agrees_with_proj() {
        agrees_with_proj(Projection::Laea { lat0_deg: 55.0, lon0_deg: 90.0 }, "laea-55-90.txt");
    }

    #[test]
    fn mercator_is_the_maps_own() {
        assert_eq!(Projection::Mercator.plane(37.62, 55.75), mercator_from_geo(37.62, 55.75));
    }

    #[test]
    fn the_csto_region_gets_the_albers_conic_least_distorted_over_it() {
        let Projection::Albers { lat1_deg, lat2_deg, lon0_deg, .. } =
            ProjectionChoice::Auto.for_box([18.0, 29.0, 180.0, 77.0])
        else {
            panic!("a region is a conic")
        };
        assert_eq!((lat1_deg, lat2_deg, lon0_deg), (40.0, 74.0, 99.0));
        let least = albers_distortion_deg((lat1_deg, lat2_deg), (29.0, 77.0));
        assert!(least < 5.5, "{least}");
        // The parallels of the research notes (45 N / 70 N), measured the same way over their box
        // (36-78 N): 12.3 degrees at most, as they say.
        let noted = albers_distortion_deg((45.0, 70.0), (36.0, 78.0));
        assert!((noted - 12.35).abs() < 0.05, "{noted}");
        assert!(albers_distortion_deg((45.0, 70.0), (29.0, 77.0)) > least, "ours distort less");
        assert!(matches!(ProjectionChoice::Auto.for_box([-170.0, 15.0, 180.0, 77.0]), Projection::EqualEarth { .. }));
        assert!(matches!(ProjectionChoice::Auto.for_box([-20.0, -35.0, 55.0, 38.0]), Projection::Laea { .. }));
        assert_eq!(ProjectionChoice::Mercator.for_box([18.0, 29.0, 180.0, 77.0]), Projection::Mercator);
    }

    #[test]
    fn a_ring_past_the_far_side_stays_whole() {
        let albers = ProjectionChoice::Albers.for_box([18.0, 29.0, 180.0, 77.0]);
        // Chukotka, west of the antimeridian: beside the rest of Russia, not across the map.
        let chukotka = albers.ring([(-180.0, 66.0), (-170.0, 66.0), (-170.0, 70.0), (-180.0, 70.0)].into_iter());
        let russia_east = albers.plane(179.9, 66.0);
        let gap = (chukotka[0][0] - russia_east[0]).hypot(chukotka[0][1] - russia_east[1]);
        assert!(gap < 0.001, "Chukotka meets Russia at the antimeridian: {gap}");
        let width = chukotka.iter().map(|p| p[0]).fold(f64::MIN, f64::max)
            - chukotka.iter().map(|p| p[0]).fold(f64::MAX, f64::min);
        assert!(width < 0.05, "no edge across the map: {width}");
    }
}
