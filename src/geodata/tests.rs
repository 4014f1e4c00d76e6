use geo::{Area, Coord};

use super::*;
use crate::timeline::Timeline;

fn code_at(borders: &Borders, lat_deg: f64, lon_deg: f64) -> Option<String> {
    borders.country_at(lon_deg, lat_deg).map(|country| country.iso3.to_string())
}

fn both() -> [Borders; 2] {
    [Borders::bundled(Detail::Overview).unwrap(), Borders::bundled(Detail::Full).unwrap()]
}

#[test]
fn every_country_the_timeline_names_has_borders_at_both_scales() {
    let timeline = Timeline::bundled().unwrap();
    for borders in both() {
        for country in timeline.countries() {
            let shape = borders.country(country.iso3).unwrap_or_else(|| panic!("{} has no borders", country.iso3));
            assert!(!shape.mesh.triangles.is_empty());
        }
        assert!(timeline.check_countries("bundled", |code| borders.country(code).is_some()).is_ok());
    }
}

#[test]
fn every_feature_has_an_iso_code_and_a_spelt_out_english_name() {
    for borders in both() {
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
    for borders in both() {
        for country in borders.countries() {
            for polygon in &country.geometry {
                for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
                    for line in ring.lines() {
                        let jump = (line.end.x - line.start.x).abs();
                        assert!(jump <= 180.0, "{} jumps {jump} degrees", country.iso3);
                    }
                }
            }
        }
    }
}

#[test]
fn the_triangles_of_every_polygon_cover_exactly_its_area() {
    for borders in both() {
        for country in borders.countries() {
            let projected_area: f64 = country
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
    let full = Borders::bundled(Detail::Full).unwrap();
    for country in full.countries() {
        for polygon in &country.geometry {
            assert!(polygon.exterior().is_ccw(), "{}", country.iso3);
            assert!(polygon.interiors().iter().all(|hole| hole.is_cw()), "{}", country.iso3);
        }
    }
}

#[test]
fn capitals_and_outlying_parts_are_found_in_their_countries() {
    for borders in both() {
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
    for borders in both() {
        assert_eq!(code_at(&borders, -29.5, 28.3).as_deref(), Some("LSO"), "Lesotho");
        assert_eq!(code_at(&borders, -26.0, 25.0).as_deref(), Some("ZAF"), "South Africa");
    }
}

#[test]
fn the_seas_belong_to_no_country() {
    for borders in both() {
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
    let error = Borders::from_geojson(&text, "b.geojson").err().unwrap();
    assert_eq!(error.to_string(), "b.geojson: features[1]: property \"iso3\" is missing or not a string");
}

#[test]
fn a_ring_across_the_antimeridian_is_refused() {
    let ring = r#"{"type":"Polygon","coordinates":[[[179,60],[-179,60],[-179,61],[179,61],[179,60]]]}"#;
    let text = feature_collection(&format!(
        r#"{{"type":"Feature","properties":{{"iso3":"RUS","name":"R"}},"geometry":{ring}}}"#
    ));
    let error = Borders::from_geojson(&text, "b.geojson").err().unwrap();
    assert!(matches!(error, GeodataError::Feature { problem: FeatureProblem::AntimeridianJump { .. }, .. }));
    assert!(error.to_string().starts_with("b.geojson: features[0] (RUS): a ring jumps from longitude 179 to -179"));
}

#[test]
fn duplicate_codes_lines_and_broken_json_are_refused() {
    let twice = feature_collection(&format!(
        r#"{{"type":"Feature","properties":{{"iso3":"AAA","name":"A"}},"geometry":{SQUARE}}},
           {{"type":"Feature","properties":{{"iso3":"AAA","name":"B"}},"geometry":{SQUARE}}}"#
    ));
    let error = Borders::from_geojson(&twice, "b").err().unwrap();
    assert_eq!(error.to_string(), "b: features[1] (AAA): it appears more than once");
    let line = r#"{"type":"LineString","coordinates":[[0,0],[1,1]]}"#;
    let text = feature_collection(&format!(
        r#"{{"type":"Feature","properties":{{"iso3":"AAA","name":"A"}},"geometry":{line}}}"#
    ));
    let error = Borders::from_geojson(&text, "b").err().unwrap();
    assert_eq!(error.to_string(), "b: features[0] (AAA): its geometry is a LineString, not a Polygon or MultiPolygon");
    assert!(matches!(Borders::from_geojson("{\"type\":", "b"), Err(GeodataError::Syntax { .. })));
}

#[test]
fn a_small_hand_made_square_is_hit_inside_and_missed_outside() {
    let text = feature_collection(&format!(
        r#"{{"type":"Feature","properties":{{"iso3":"AAA","name":"A"}},"geometry":{SQUARE}}}"#
    ));
    let borders = Borders::from_geojson(&text, "b").unwrap();
    assert_eq!(code_at(&borders, 0.5, 0.5).as_deref(), Some("AAA"));
    assert_eq!(code_at(&borders, 1.5, 0.5), None);
    assert_eq!(code_at(&borders, 0.5, -0.5), None);
}
