use geo::{Area, Coord, MapCoords};

use std::borrow::Cow;

use super::*;
use crate::timeline::Timeline;

/// The features of both bundled GeoJSON files, read and checked, with the borders prepared from
/// them at build time.
fn sources() -> [(Vec<Feature>, Borders); 2] {
    [Detail::Overview, Detail::Full]
        .map(|detail| (read_features(detail.geojson(), detail.file_name()).unwrap(), Borders::bundled(detail).unwrap()))
}

fn code_at(borders: &Borders, lat_deg: f64, lon_deg: f64) -> Option<String> {
    borders.country_at(lon_deg, lat_deg).map(|country| country.iso3.to_string())
}

fn all_sets() -> [Borders; 3] {
    Detail::ALL.map(|detail| Borders::bundled(detail).unwrap())
}

#[test]
fn every_country_the_timeline_names_has_borders_at_both_scales() {
    let timeline = Timeline::bundled().unwrap();
    for borders in all_sets() {
        for country in timeline.countries() {
            let shape = borders.country(country.iso3).unwrap_or_else(|| panic!("{} has no borders", country.iso3));
            assert!(!shape.mesh.triangles.is_empty());
        }
        assert!(timeline.check_countries("bundled", |code| borders.country(code).is_some()).is_ok());
    }
}

#[test]
fn every_feature_has_an_iso_code_and_a_spelt_out_english_name() {
    for borders in all_sets() {
        assert!(borders.countries().len() > 170);
        for country in borders.countries() {
            assert!(!country.name.is_empty(), "{}", country.iso3);
            assert!(!country.name.contains('.'), "abbreviated name {}", country.name);
        }
    }
    let full = Borders::bundled(Detail::Full).unwrap();
    let name = |code: &str| full.country(code.parse().unwrap()).unwrap().name.clone();
    assert_eq!(name("BIH"), "Bosnia and Herzegovina");
    assert_eq!(name("COD"), "Democratic Republic of the Congo");
    assert_eq!(name("UZB"), "Uzbekistan");
}

#[test]
fn no_ring_jumps_more_than_180_degrees_of_longitude() {
    for (features, _) in sources() {
        for feature in features {
            for polygon in &feature.geometry {
                for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
                    for line in ring.lines() {
                        let jump = (line.end.x - line.start.x).abs();
                        assert!(jump <= 180.0, "{} jumps {jump} degrees", feature.iso3);
                    }
                }
            }
        }
    }
}

#[test]
fn the_triangles_of_every_polygon_cover_exactly_its_area() {
    for (features, borders) in sources() {
        for feature in features {
            let projected_area: f64 = feature
                .geometry
                .iter()
                .map(|polygon| {
                    polygon
                        .map_coords(|Coord { x, y }| {
                            let [px, py] = mercator_from_geo(x, y);
                            Coord { x: px, y: py }
                        })
                        .unsigned_area()
                })
                .sum();
            let country = borders.country(feature.iso3).unwrap();
            let vertices = &country.mesh.vertices;
            let triangle_area: f64 = country
                .mesh
                .triangles
                .iter()
                .map(|&[a, b, c]| {
                    let [a, b, c] = [a, b, c].map(|i| vertices[i as usize]);
                    ((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])).abs() / 2.0
                })
                .sum();
            let error = (triangle_area - projected_area).abs() / projected_area;
            assert!(error < 1e-6, "{}: triangles cover {triangle_area}, polygons {projected_area}", country.iso3);
        }
    }
}

#[test]
fn outer_rings_run_counter_clockwise_as_rfc_7946_says() {
    use geo::Winding;
    let [_, (full, _)] = sources();
    for feature in full {
        for polygon in &feature.geometry {
            assert!(polygon.exterior().is_ccw(), "{}", feature.iso3);
            assert!(polygon.interiors().iter().all(|hole| hole.is_cw()), "{}", feature.iso3);
        }
    }
}

/// The borders prepared at build time are exactly those the GeoJSON gives at run time: every
/// country's name, triangles, outlines, boxes and label anchor, and the country found at every
/// point of a grid over the world (and at every label anchor).
#[test]
fn the_prepared_borders_are_the_geojson_borders_on_every_country() {
    for detail in Detail::ALL {
        let prepared = Borders::bundled(detail).unwrap();
        let read = Borders::from_geojson(detail.geojson(), detail.file_name(), detail.tolerance()).unwrap();
        assert!(prepared.countries().iter().all(|country| matches!(country.mesh.vertices, Cow::Borrowed(_))));
        assert_eq!(prepared.countries().len(), read.countries().len());
        for (prepared, read) in prepared.countries().iter().zip(read.countries()) {
            assert_eq!(prepared, read, "{detail:?} {}", read.iso3);
        }
        let code = |borders: &Borders, point| borders.country_at_projected(point).map(|country| country.iso3);
        let mut land = 0;
        for row in 0..200 {
            for column in 0..400 {
                let point = [(f64::from(column) + 0.5) / 400.0, (f64::from(row) + 0.5) / 200.0];
                let found = code(&prepared, point);
                assert_eq!(found, code(&read, point), "{detail:?} at {point:?}");
                land += usize::from(found.is_some());
            }
        }
        assert!(land > 15_000, "{detail:?}: only {land} of 80,000 points on land");
        for country in read.countries() {
            let anchor = country.label.unwrap().anchor;
            assert_eq!(code(&prepared, anchor), code(&read, anchor), "{detail:?}: {}'s label", country.iso3);
            // Labels are placed on the original borders (a tiny island may simplify away from its own).
            if detail.tolerance().is_none() {
                assert_eq!(code(&prepared, anchor), Some(country.iso3), "{detail:?}: {}'s label", country.iso3);
            }
        }
    }
}

#[test]
fn the_simplified_borders_have_every_country_with_a_third_of_the_points() {
    let full = Borders::bundled(Detail::Full).unwrap();
    let simplified = Borders::bundled(Detail::Simplified).unwrap();
    let codes = |borders: &Borders| borders.countries().iter().map(|country| country.iso3).collect::<Vec<_>>();
    assert_eq!(codes(&simplified), codes(&full));
    let points = |borders: &Borders| borders.countries().iter().map(|c| c.outline_points.len()).sum::<usize>();
    let triangles = |borders: &Borders| borders.countries().iter().map(|c| c.mesh.triangles.len()).sum::<usize>();
    assert!(points(&simplified) * 5 < points(&full) * 2, "{} of {} points", points(&simplified), points(&full));
    assert!(triangles(&simplified) * 5 < triangles(&full) * 2);
    for (country, simple) in full.countries().iter().zip(simplified.countries()) {
        let [x0, y0, x1, y1] = country.bounds;
        let [a0, b0, a1, b1] = simple.bounds;
        let off = [a0 - x0, b0 - y0, x1 - a1, y1 - b1].into_iter().fold(0.0_f64, |most, d| most.max(d.abs()));
        assert!(off <= SIMPLIFIED_TOLERANCE, "{}: its box moved {off}", country.iso3);
    }
}

#[test]
fn damaged_prepared_borders_are_an_error_not_a_panic() {
    let good = packed::pack(Borders::bundled(Detail::Overview).unwrap().countries()).unwrap();
    // The bytes must start on 8 bytes, as the embedded ones do.
    let aligned = |bytes: &[u8]| -> &'static [u8] {
        let words: Vec<u64> = bytes
            .chunks(8)
            .map(|chunk| {
                let mut word = [0; 8];
                word[..chunk.len()].copy_from_slice(chunk);
                u64::from_le_bytes(word)
            })
            .collect();
        &bytemuck::cast_slice(Vec::leak(words))[..bytes.len()]
    };
    assert_eq!(
        packed::unpack(aligned(&good)).unwrap().len(),
        Borders::bundled(Detail::Overview).unwrap().countries().len()
    );
    let cut = packed::unpack(aligned(&good[..good.len() / 2])).unwrap_err();
    assert_eq!(cut.to_string(), "the prepared borders are damaged: a section is cut short");
    let mut foreign = good.clone();
    foreign[0] ^= 1;
    assert!(packed::unpack(aligned(&foreign)).unwrap_err().to_string().contains("not a border set of this version"));
    // A name that runs past the names: the first country's (its record follows the header; the
    // name's length is at byte 108 of the record).
    let mut stray = good.clone();
    let name_len_at = 64 + 108;
    stray[name_len_at..name_len_at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
    assert_eq!(
        packed::unpack(aligned(&stray)).unwrap_err().to_string(),
        "the prepared borders are damaged: name out of range"
    );
}

#[test]
fn capitals_and_outlying_parts_are_found_in_their_countries() {
    for borders in all_sets() {
        assert_eq!(code_at(&borders, 55.75, 37.62).as_deref(), Some("RUS"), "Moscow");
        assert_eq!(code_at(&borders, 54.71, 20.51).as_deref(), Some("RUS"), "Kaliningrad");
        assert_eq!(code_at(&borders, 39.21, 45.41).as_deref(), Some("AZE"), "Nakhchivan");
        assert_eq!(code_at(&borders, 40.18, 44.51).as_deref(), Some("ARM"), "Yerevan");
        assert_eq!(code_at(&borders, 41.31, 69.24).as_deref(), Some("UZB"), "Tashkent");
        assert_eq!(code_at(&borders, 44.95, 34.10).as_deref(), Some("UKR"), "Simferopol, Crimea");
        assert_eq!(code_at(&borders, 66.0, -172.0).as_deref(), Some("RUS"), "Chukotka, west of 180°");
        assert_eq!(code_at(&borders, 66.5, 172.0).as_deref(), Some("RUS"), "Chukotka, east of 180°");
    }
}

#[test]
fn a_country_inside_another_is_found_in_the_hole() {
    for borders in all_sets() {
        assert_eq!(code_at(&borders, -29.5, 28.3).as_deref(), Some("LSO"), "Lesotho");
        assert_eq!(code_at(&borders, -26.0, 25.0).as_deref(), Some("ZAF"), "South Africa");
    }
}

#[test]
fn the_seas_belong_to_no_country() {
    for borders in all_sets() {
        assert_eq!(code_at(&borders, 43.0, 34.0), None, "Black Sea");
        assert_eq!(code_at(&borders, 42.0, 51.0), None, "Caspian Sea");
        assert_eq!(code_at(&borders, 0.0, -30.0), None, "Atlantic");
    }
}

#[test]
fn kosovo_is_its_own_feature_and_serbia_does_not_cover_it() {
    let full = Borders::bundled(Detail::Full).unwrap();
    assert_eq!(code_at(&full, 42.66, 21.17).as_deref(), Some("XKX"), "Pristina");
    assert_eq!(code_at(&full, 44.82, 20.46).as_deref(), Some("SRB"), "Belgrade");
}

#[test]
fn units_that_are_not_states_are_part_of_the_state_they_belong_to() {
    let full = Borders::bundled(Detail::Full).unwrap();
    assert_eq!(code_at(&full, 9.56, 44.06).as_deref(), Some("SOM"), "Hargeisa");
    assert_eq!(code_at(&full, 35.19, 33.36).as_deref(), Some("CYP"), "Nicosia");
    for code in ["SOL", "CYN", "KAS"] {
        assert!(full.country(code.parse().unwrap()).is_none(), "{code}");
    }
}

fn feature_collection(features: &str) -> String {
    format!(r#"{{"type":"FeatureCollection","features":[{features}]}}"#)
}

const SQUARE: &str = r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}"#;

#[test]
fn a_feature_without_a_code_is_refused_with_its_index() {
    let text = feature_collection(&format!(
        r#"{{"type":"Feature","properties":{{"iso3":"AAA","name":"A"}},"geometry":{SQUARE}}},
           {{"type":"Feature","properties":{{"name":"B"}},"geometry":{SQUARE}}}"#
    ));
    let error = Borders::from_geojson(&text, "b.geojson", None).err().unwrap();
    assert_eq!(error.to_string(), "b.geojson: features[1]: property \"iso3\" is missing or not a string");
}

#[test]
fn a_ring_across_the_antimeridian_is_refused() {
    let ring = r#"{"type":"Polygon","coordinates":[[[179,60],[-179,60],[-179,61],[179,61],[179,60]]]}"#;
    let text = feature_collection(&format!(
        r#"{{"type":"Feature","properties":{{"iso3":"RUS","name":"R"}},"geometry":{ring}}}"#
    ));
    let error = Borders::from_geojson(&text, "b.geojson", None).err().unwrap();
    assert!(matches!(error, GeodataError::Feature { problem: FeatureProblem::AntimeridianJump { .. }, .. }));
    assert!(error.to_string().starts_with("b.geojson: features[0] (RUS): a ring jumps from longitude 179 to -179"));
}

#[test]
fn duplicate_codes_lines_and_broken_json_are_refused() {
    let twice = feature_collection(&format!(
        r#"{{"type":"Feature","properties":{{"iso3":"AAA","name":"A"}},"geometry":{SQUARE}}},
           {{"type":"Feature","properties":{{"iso3":"AAA","name":"B"}},"geometry":{SQUARE}}}"#
    ));
    let error = Borders::from_geojson(&twice, "b", None).err().unwrap();
    assert_eq!(error.to_string(), "b: features[1] (AAA): it appears more than once");
    let line = r#"{"type":"LineString","coordinates":[[0,0],[1,1]]}"#;
    let text = feature_collection(&format!(
        r#"{{"type":"Feature","properties":{{"iso3":"AAA","name":"A"}},"geometry":{line}}}"#
    ));
    let error = Borders::from_geojson(&text, "b", None).err().unwrap();
    assert_eq!(error.to_string(), "b: features[0] (AAA): its geometry is a LineString, not a Polygon or MultiPolygon");
    assert!(matches!(Borders::from_geojson("{\"type\":", "b", None), Err(GeodataError::Syntax { .. })));
}

#[test]
fn a_small_hand_made_square_is_hit_inside_and_missed_outside() {
    let text = feature_collection(&format!(
        r#"{{"type":"Feature","properties":{{"iso3":"AAA","name":"A"}},"geometry":{SQUARE}}}"#
    ));
    let borders = Borders::from_geojson(&text, "b", None).unwrap();
    assert_eq!(code_at(&borders, 0.5, 0.5).as_deref(), Some("AAA"));
    assert_eq!(code_at(&borders, 1.5, 0.5), None);
    assert_eq!(code_at(&borders, 0.5, -0.5), None);
}
