//! The border sets redrawn whole in another projection, for the window's equal-area map: every
//! country's triangles, outlines, boxes and label places in the projection's plane, so that the
//! window draws, hit-tests, labels and marks them exactly as it does the Web Mercator sets.
//!
//! The prepared triangles' straight edges would no longer follow the outlines once bent into
//! another plane (a strip of Antarctica becomes an arc, its chords across the map), so each part
//! of a country (an outer ring and its holes, which the prepared triangles join) is turned as a whole (see [`Projection::ring`]) and triangulated again in the plane:
//! about 55 ms for the three sets, once per projection.

use std::borrow::Cow;

use geo::{Coord, LineString, Polygon, TriangulateEarcut};

use crate::geodata::{BorderSets, Borders, CountryShape, Label, LabelPlace, Mesh, Projection, geo_from_mercator};

impl BorderSets {
    /// The three border sets and the labels in `projection`.
    pub fn in_projection(&self, projection: Projection) -> BorderSets {
        let labels = self.labels.iter().map(|label| label_in(label, projection)).collect();
        BorderSets {
            overview: borders_in(&self.overview, projection),
            simplified: borders_in(&self.simplified, projection),
            full: borders_in(&self.full, projection),
            labels,
        }
    }
}

/// A border set in `projection`.
pub fn borders_in(borders: &Borders, projection: Projection) -> Borders {
    Borders::of(borders.countries().iter().map(|country| country_in(country, projection)).collect())
}

/// A label's anchor and the size of its country's largest part in `projection`.
fn label_in(label: &Label, projection: Projection) -> Label {
    let place = place_in(LabelPlace { anchor: label.anchor, extent: label.extent }, projection);
    Label { anchor: place.anchor, extent: place.extent, ..label.clone() }
}

/// The anchor projected (within half a turn of the central meridian), the extent scaled by the
/// projection's local stretch there, along each axis.
fn place_in(place: LabelPlace, projection: Projection) -> LabelPlace {
    let (lon, lat) = geo_from_mercator(place.anchor);
    let turn = projection.turn_deg(lon, lon);
    let at = |[x, y]: [f64; 2]| {
        let (lon, lat) = geo_from_mercator([x, y]);
        projection.plane(lon + turn, lat)
    };
    let anchor = projection.plane(lon + turn, lat);
    const STEP: f64 = 1e-5;
    let [ax, ay] = place.anchor;
    let along = |delta: [f64; 2]| {
        let [x, y] = at([ax + delta[0], ay + delta[1]]);
        (x - anchor[0]).hypot(y - anchor[1]) / STEP
    };
    LabelPlace { anchor, extent: [place.extent[0] * along([STEP, 0.0]), place.extent[1] * along([0.0, STEP])] }
}

/// One country in `projection`: its outlines projected, each part (an outer ring and its
/// holes) turned as a whole and triangulated again in the plane, where the prepared triangles'
/// straight edges would no longer follow the outlines.
fn country_in(country: &CountryShape, projection: Projection) -> CountryShape {
    let vertices = &country.mesh.vertices;
    let part_of = parts(vertices.len(), &country.mesh.triangles);
    // The prepared triangles' corners are every ring's points but its closing one, ring after
    // ring (as `earcut_triangles_raw` takes them): a ring's first point tells its part. A ring no
    // triangle touches is a part of its own.
    let mut groups: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    let rings: Vec<&[[f64; 2]]> = country.outlines().collect();
    let mut first_corner = 0;
    for (index, ring) in rings.iter().enumerate() {
        let part = part_of.get(first_corner).copied().filter(|_| ring.len() > 1);
        first_corner += ring.len().saturating_sub(1);
        match groups.iter_mut().find(|(other, _)| part.is_some() && *other == part) {
            Some((_, members)) => members.push(index),
            None => groups.push((part, vec![index])),
        }
    }
    let mut projected_rings: Vec<Vec<[f64; 2]>> = vec![Vec::new(); rings.len()];
    let mut mesh_vertices = Vec::new();
    let mut triangles = Vec::new();
    for (_, members) in &groups {
        let (low, high) = members
            .iter()
            .filter_map(|&i| rings.get(i))
            .flat_map(|ring| ring.iter())
            .fold((f64::MAX, f64::MIN), |(low, high), &[x, _]| {
                (low.min(x * 360.0 - 180.0), high.max(x * 360.0 - 180.0))
            });
        let turn = projection.turn_deg(low, high);
        for &i in members {
            let (Some(ring), Some(slot)) = (rings.get(i), projected_rings.get_mut(i)) else { continue };
            *slot = densified(ring)
                .map(|point| {
                    let (lon, lat) = geo_from_mercator(point);
                    projection.plane(lon + turn, lat)
                })
                .collect();
        }
        let part: Vec<&[[f64; 2]]> =
            members.iter().filter_map(|&i| projected_rings.get(i)).map(Vec::as_slice).collect();
        let (vertices, new_triangles) = triangulate(&part);
        let Ok(base) = u32::try_from(mesh_vertices.len()) else { continue };
        mesh_vertices.extend(vertices);
        triangles.extend(new_triangles.into_iter().map(|triangle| triangle.map(|i| base + i)));
    }
    let bounds = bounds_of(&mesh_vertices);
    let [x0, y0, x1, y1] = country.main_bounds;
    let ((west, north), (east, south)) = (geo_from_mercator([x0, y0]), geo_from_mercator([x1, y1]));
    let turn = projection.turn_deg(west, east);
    CountryShape {
        iso3: country.iso3,
        name: country.name.clone(),
        mesh: Mesh { vertices: Cow::Owned(mesh_vertices), triangles: Cow::Owned(triangles) },
        ring_ends: Cow::Owned(
            projected_rings
                .iter()
                .scan(0, |end, ring| {
                    *end += ring.len();
                    Some(u32::try_from(*end).unwrap_or(u32::MAX))
                })
                .collect(),
        ),
        outline_points: Cow::Owned(projected_rings.concat()),
        bounds,
        main_bounds: projection.box_in_plane([west + turn, south, east + turn, north]),
        label: country.label.map(|place| place_in(place, projection)),
    }
}

/// The points of a ring (Web Mercator), with points added along any edge longer than a degree:
/// simplifying keeps a straight Web Mercator edge as two points (Antarctica's edge along the
/// 85th parallel), which another projection bends into a curve.
fn densified(ring: &[[f64; 2]]) -> impl Iterator<Item = [f64; 2]> + '_ {
    const STEP: f64 = 1.0 / 360.0;
    let edges = ring.windows(2).flat_map(|pair| {
        let ([x0, y0], [x1, y1]) = (pair[0], pair[1]);
        let steps = ((x1 - x0).abs().max((y1 - y0).abs()) / STEP).ceil().max(1.0) as usize;
        (0..steps).map(move |step| {
            let t = step as f64 / steps as f64;
            [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t]
        })
    });
    edges.chain(ring.last().copied())
}

/// For each vertex, the part of the country it belongs to: the triangles that share corners,
/// named by one of their vertices (a union-find over the triangles).
fn parts(count: usize, triangles: &[[u32; 3]]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..count).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while let Some(&up) = parent.get(i).filter(|&&up| up != i) {
            let grand = parent.get(up).copied().unwrap_or(up);
            if let Some(slot) = parent.get_mut(i) {
                *slot = grand;
            }
            i = up;
        }
        i
    }
    for triangle in triangles {
        let [a, b, c] = triangle.map(|i| i as usize);
        for other in [b, c] {
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, other));
            if let Some(slot) = parent.get_mut(rb) {
                *slot = ra;
            }
        }
    }
    (0..count).map(|i| root(&mut parent, i)).collect()
}

/// The triangles of one part in the plane: its largest ring outside, the others holes.
fn triangulate(rings: &[&[[f64; 2]]]) -> (Vec<[f64; 2]>, Vec<[u32; 3]>) {
    let line = |ring: &[[f64; 2]]| LineString::from(ring.iter().map(|&[x, y]| Coord { x, y }).collect::<Vec<_>>());
    let area = |ring: &[[f64; 2]]| {
        ring.windows(2).map(|pair| pair[0][0] * pair[1][1] - pair[1][0] * pair[0][1]).sum::<f64>().abs()
    };
    let outer = (0..rings.len()).max_by(|&a, &b| area(rings[a]).total_cmp(&area(rings[b]))).unwrap_or(0);
    let holes = rings.iter().enumerate().filter(|&(i, _)| i != outer).map(|(_, ring)| line(ring)).collect();
    let Some(exterior) = rings.get(outer) else { return (Vec::new(), Vec::new()) };
    let raw = Polygon::new(line(exterior), holes).earcut_triangles_raw();
    let triangles = raw
        .triangle_indices
        .chunks_exact(3)
        .map(|corners| [0, 1, 2].map(|i| corners.get(i).map_or(0, |&c| u32::try_from(c).unwrap_or(0))))
        .collect();
    (raw.vertices, triangles)
}

fn bounds_of(points: &[[f64; 2]]) -> [f64; 4] {
    points.iter().fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |[x0, y0, x1, y1], &[x, y]| {
        [x0.min(x), y0.min(y), x1.max(x), y1.max(y)]
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geodata::{Detail, ProjectionChoice};

    fn csto_albers() -> Projection {
        ProjectionChoice::Auto.for_box([18.0, 29.0, 180.0, 77.0])
    }

    #[test]
    fn a_city_is_found_in_its_country_in_each_projection() {
        let full = Borders::bundled(Detail::Full).unwrap();
        for projection in [
            csto_albers(),
            Projection::EqualEarth { lon0_deg: 0.0 },
            Projection::Laea { lat0_deg: 38.0, lon0_deg: 99.0 },
        ] {
            let redrawn = borders_in(&full, projection);
            for (lon, lat, iso3) in [
                (44.51, 40.18, "ARM"),
                (37.62, 55.75, "RUS"),
                (172.0, 67.0, "RUS"),
                (-175.0, 66.0, "RUS"),
                (71.45, 51.17, "KAZ"),
                (-98.0, 39.0, "USA"),
            ] {
                assert_eq!(full.country_at(lon, lat).map(|c| c.iso3.to_string()).as_deref(), Some(iso3));
                let found = redrawn.country_at_projected(projection.point(lon, lat)).map(|c| c.iso3.to_string());
                assert_eq!(found.as_deref(), Some(iso3), "{lon}, {lat} in {projection:?}");
            }
        }
    }

    #[test]
    fn the_sea_stays_sea_at_every_level_of_detail() {
        let projection = csto_albers();
        for detail in [Detail::Overview, Detail::Simplified, Detail::Full] {
            let redrawn = borders_in(&Borders::bundled(detail).unwrap(), projection);
            // The Arabian Sea, the Gulf of Guinea, the Pacific off Japan.
            for (lon, lat) in [(65.0, 20.0), (0.0, 0.0), (150.0, 40.0)] {
                let found = redrawn.country_at_projected(projection.plane(lon, lat)).map(|c| c.iso3.to_string());
                assert_eq!(found, None, "{lon}, {lat} in {detail:?}");
            }
        }
    }

    #[test]
    fn the_triangles_cover_each_part_once() {
        // A part's triangles fill its outer ring less its holes: no sliver across the sea, no gap.
        let projection = csto_albers();
        let shoelace = |ring: &[[f64; 2]]| {
            ring.windows(2).map(|pair| pair[0][0] * pair[1][1] - pair[1][0] * pair[0][1]).sum::<f64>().abs() / 2.0
        };
        let fill = |country: &CountryShape| -> f64 {
            let corner = |i: u32| country.mesh.vertices.get(i as usize).copied().unwrap_or_default();
            let area = |&[a, b, c]: &[u32; 3]| {
                let ([ax, ay], [bx, by], [cx, cy]) = (corner(a), corner(b), corner(c));
                ((bx - ax) * (cy - ay) - (by - ay) * (cx - ax)).abs() / 2.0
            };
            country.mesh.triangles.iter().map(area).sum()
        };
        // Antarctica's strip, bent round the map by more than half a turn, is left out: its
        // 1:110m triangles overlap by 3 % (drawn opaque, which shows nothing of it).
        let others = |country: &&CountryShape| country.iso3.to_string() != "ATA";
        let overview = borders_in(&Borders::bundled(Detail::Overview).unwrap(), projection);
        for country in overview.countries().iter().filter(others) {
            // Each ring once: the outer rings add, the holes (inside them) take away, so the fill
            // lies between the rings' difference and their sum.
            let rings: Vec<f64> = country.outlines().map(shoelace).collect();
            let (largest, all) = (rings.iter().copied().fold(0.0, f64::max), rings.iter().sum::<f64>());
            let filled = fill(country);
            assert!(filled <= all * 1.000_001, "{} overfilled: {filled} > {all}", country.iso3);
            assert!(filled >= largest * 0.999_999 - (all - largest), "{} underfilled", country.iso3);
        }
        // Simplifying can make a small ring cross itself (as in the prepared Web Mercator sets):
        // a few islands overfill a little, the set as a whole by less than 0.05 %.
        let simplified = borders_in(&Borders::bundled(Detail::Simplified).unwrap(), projection);
        let (filled, all): (f64, f64) = simplified
            .countries()
            .iter()
            .filter(others)
            .map(|country| (fill(country), country.outlines().map(shoelace).sum::<f64>()))
            .fold((0.0, 0.0), |(f, a), (filled, all)| (f + filled, a + all));
        assert!(filled <= all * 1.000_5, "the simplified set overfilled: {filled} > {all}");
    }

    #[test]
    fn labels_keep_to_their_countries_and_grow_where_the_projection_stretches() {
        let timeline = crate::timeline::Timeline::bundled().unwrap();
        let sets = BorderSets::bundled(&timeline).unwrap().in_projection(csto_albers());
        for label in &sets.labels {
            let hit = sets.full.country_at_projected(label.anchor).map(|country| country.iso3);
            assert_eq!(hit, Some(label.iso3), "{}'s label is outside it", label.name);
        }
        // Web Mercator draws Russia's north about twice as tall as an equal-area map does.
        let mercator = BorderSets::bundled(&timeline).unwrap();
        let russia = "RUS".parse().unwrap();
        let (flat, tall) = (sets.label(russia).unwrap().extent, mercator.label(russia).unwrap().extent);
        assert!(flat[1] < tall[1] * 0.7, "{flat:?} against {tall:?}");
    }
}
