//! The border sets in another projection than the Web Mercator they are prepared in: each
//! outline taken back to longitude and latitude and projected again, once per projection, for
//! the images that ask for it.

use crate::Iso3;
use crate::geodata::{Borders, Label, Projection, geo_from_mercator};

/// A country's outlines in a projection's plane, and the box around them.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectedCountry {
    pub iso3: Iso3,
    pub rings: Vec<Vec<[f64; 2]>>,
    /// `[x0, y0, x1, y1]` around every ring.
    pub bounds: [f64; 4],
}

/// Every country of a border set in one projection.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectedBorders {
    pub projection: Projection,
    pub countries: Vec<ProjectedCountry>,
}

impl ProjectedBorders {
    /// `borders` in `projection`: each ring kept whole (see [`Projection::ring`]).
    pub fn of(borders: &Borders, projection: Projection) -> Self {
        let countries = borders
            .countries()
            .iter()
            .map(|country| {
                let rings: Vec<Vec<[f64; 2]>> = country
                    .outlines()
                    .map(|ring| projection.ring(ring.iter().map(|&point| geo_from_mercator(point))))
                    .collect();
                let bounds = rings.iter().flatten().fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |b, &[x, y]| {
                    [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)]
                });
                ProjectedCountry { iso3: country.iso3, rings, bounds }
            })
            .collect();
        Self { projection, countries }
    }
}

/// Where a label's anchor lands in `projection`.
pub fn label_anchor(label: &Label, projection: Projection) -> [f64; 2] {
    match projection {
        Projection::Mercator => label.anchor,
        _ => projection.ring(std::iter::once(geo_from_mercator(label.anchor))).first().copied().unwrap_or(label.anchor),
    }
}
