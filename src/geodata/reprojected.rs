//! The border sets in another projection than the Web Mercator they are prepared in: each
//! outline taken back to longitude and latitude and projected again, once per projection, and
//! only for the countries an image shows (each country's box is projected first, to tell).

use std::sync::OnceLock;

use crate::Iso3;
use crate::geodata::{Borders, CountryShape, Label, Projection, geo_from_mercator};

/// A country's outlines in a projection's plane, and the box around them.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectedCountry {
    pub iso3: Iso3,
    pub rings: Vec<Vec<[f64; 2]>>,
    /// `[x0, y0, x1, y1]` around every ring.
    pub bounds: [f64; 4],
}

/// A country of a border set in a projection: a box that holds it, found cheaply, and its
/// outlines, projected the first time they are asked for.
#[derive(Debug)]
pub struct LazyCountry {
    pub iso3: Iso3,
    /// `[x0, y0, x1, y1]`, holding the projected outlines (its Mercator box projected, with a
    /// margin).
    pub bounds: [f64; 4],
    projected: OnceLock<ProjectedCountry>,
}

/// Every country of a border set in one projection.
#[derive(Debug)]
pub struct ProjectedBorders {
    pub projection: Projection,
    /// In the order of the border set's countries.
    pub countries: Vec<LazyCountry>,
}

impl ProjectedBorders {
    /// `borders` in `projection`: each country's box now, its rings (kept whole, see
    /// [`Projection::ring`]) when first drawn (see [`ProjectedBorders::country`]).
    pub fn of(borders: &Borders, projection: Projection) -> Self {
        let countries = borders
            .countries()
            .iter()
            .map(|shape| LazyCountry {
                iso3: shape.iso3,
                bounds: box_of(shape, projection),
                projected: OnceLock::new(),
            })
            .collect();
        Self { projection, countries }
    }

    /// Each country whose box meets `[x0, y0, x1, y1]`, its outlines projected (now, if not yet):
    /// `borders` must be the set these were made of.
    pub fn within<'a>(
        &'a self,
        borders: &'a Borders,
        [x0, y0, x1, y1]: [f64; 4],
    ) -> impl Iterator<Item = &'a ProjectedCountry> {
        self.countries
            .iter()
            .zip(borders.countries())
            .filter(move |(country, _)| {
                let [a0, b0, a1, b1] = country.bounds;
                a1 >= x0 && a0 <= x1 && b1 >= y0 && b0 <= y1
            })
            .map(|(country, shape)| country.projected.get_or_init(|| project_country(shape, self.projection)))
    }
}

/// A country's outlines in `projection`.
fn project_country(country: &CountryShape, projection: Projection) -> ProjectedCountry {
    let rings: Vec<Vec<[f64; 2]>> =
        country.outlines().map(|ring| projection.ring(ring.iter().map(|&point| geo_from_mercator(point)))).collect();
    let bounds = rings.iter().flatten().fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |b, &[x, y]| {
        [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)]
    });
    ProjectedCountry { iso3: country.iso3, rings, bounds }
}

/// A box in `projection` that holds a country's outlines, found without projecting them: the
/// Web Mercator box of its rings that take the same turn (see [`Projection::ring`]; Russia's
/// Chukotka takes another than the rest), each box's edges projected, widened by a tenth.
fn box_of(country: &CountryShape, projection: Projection) -> [f64; 4] {
    const STEPS: usize = 8;
    let mut boxes: Vec<(f64, [f64; 4])> = Vec::new();
    for ring in country.outlines() {
        let [x0, y0, x1, y1] = ring.iter().fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |b, &[x, y]| {
            [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)]
        });
        // Web Mercator's x is the longitude, scaled.
        let turn = projection.turn_deg(x0 * 360.0 - 180.0, x1 * 360.0 - 180.0);
        match boxes.iter_mut().find(|(other, _)| *other == turn) {
            Some((_, b)) => *b = [b[0].min(x0), b[1].min(y0), b[2].max(x1), b[3].max(y1)],
            None => boxes.push((turn, [x0, y0, x1, y1])),
        }
    }
    let along = |from: f64, to: f64, step: usize| from + (to - from) * step as f64 / STEPS as f64;
    let points = boxes.iter().flat_map(|&(turn, [x0, y0, x1, y1])| {
        (0..=STEPS).flat_map(move |step| {
            let (x, y) = (along(x0, x1, step), along(y0, y1, step));
            [[x, y0], [x, y1], [x0, y], [x1, y]].map(|point| {
                let (lon, lat) = geo_from_mercator(point);
                projection.plane(lon + turn, lat)
            })
        })
    });
    let [a0, b0, a1, b1] = points.fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |b, [x, y]| {
        [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)]
    });
    let (grow_x, grow_y) = ((a1 - a0) / 10.0, (b1 - b0) / 10.0);
    [a0 - grow_x, b0 - grow_y, a1 + grow_x, b1 + grow_y]
}

/// Where a label's anchor lands in `projection`.
pub fn label_anchor(label: &Label, projection: Projection) -> [f64; 2] {
    let (lon, lat) = geo_from_mercator(label.anchor);
    match projection {
        Projection::Mercator => label.anchor,
        _ => projection.point(lon, lat),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geodata::{Detail, ProjectionChoice};

    #[test]
    fn each_countrys_box_holds_its_projected_outlines() {
        let borders = Borders::bundled(Detail::Full).unwrap();
        for projection in [
            ProjectionChoice::Auto.for_box([18.0, 29.0, 180.0, 77.0]),
            Projection::EqualEarth { lon0_deg: 0.0 },
            Projection::Laea { lat0_deg: 38.0, lon0_deg: 99.0 },
        ] {
            let projected = ProjectedBorders::of(&borders, projection);
            let everything = [f64::MIN, f64::MIN, f64::MAX, f64::MAX];
            for (country, outlines) in projected.countries.iter().zip(projected.within(&borders, everything)) {
                let [x0, y0, x1, y1] = country.bounds;
                let [a0, b0, a1, b1] = outlines.bounds;
                assert!(a0 >= x0 && b0 >= y0 && a1 <= x1 && b1 <= y1, "{} in {projection:?}", country.iso3);
            }
        }
    }
}
