//! Web Mercator (EPSG:3857) in the unit square, the projection walkers and tile maps draw.

use std::f64::consts::PI;

/// The latitude at which Web Mercator's square ends; beyond it points are clamped.
pub const MAX_LATITUDE_DEG: f64 = 85.051_128_779_806_59;

/// Projects longitude/latitude in degrees to the unit square: x from 0 (180° W) to 1 (180° E),
/// y from 0 (the north edge) to 1 (the south edge).
pub fn mercator_from_geo(lon_deg: f64, lat_deg: f64) -> [f64; 2] {
    let lat = lat_deg.clamp(-MAX_LATITUDE_DEG, MAX_LATITUDE_DEG).to_radians();
    let x = (lon_deg + 180.0) / 360.0;
    let y = (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / PI) / 2.0;
    [x, y]
}

/// The inverse of [`mercator_from_geo`]: (longitude, latitude) in degrees.
pub fn geo_from_mercator([x, y]: [f64; 2]) -> (f64, f64) {
    let lon_deg = x * 360.0 - 180.0;
    let lat_deg = (PI * (1.0 - 2.0 * y)).sinh().atan().to_degrees();
    (lon_deg, lat_deg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_corners_and_centre_of_the_square_are_where_web_mercator_puts_them() {
        assert_eq!(mercator_from_geo(0.0, 0.0), [0.5, 0.5]);
        let [x, y] = mercator_from_geo(-180.0, MAX_LATITUDE_DEG);
        assert!((x - 0.0).abs() < 1e-12 && y.abs() < 1e-9, "{x} {y}");
        let [x, y] = mercator_from_geo(180.0, -90.0);
        assert!((x - 1.0).abs() < 1e-12 && (y - 1.0).abs() < 1e-9, "{x} {y}");
    }

    #[test]
    fn projecting_and_unprojecting_returns_the_point() {
        for (lon, lat) in [(37.62, 55.75), (-74.0, 40.7), (179.9, -60.0), (44.5, 40.18)] {
            let (back_lon, back_lat) = geo_from_mercator(mercator_from_geo(lon, lat));
            assert!((back_lon - lon).abs() < 1e-9 && (back_lat - lat).abs() < 1e-9);
        }
    }

    #[test]
    fn moscow_is_north_of_the_middle_and_east_of_greenwich() {
        // Moscow at 55.75° N: y = 0.5 - ln(tan 55.75° + sec 55.75°) / (2 pi) = 0.5 - ln(3.2456) / (2 pi) ≈ 0.3126.
        let [x, y] = mercator_from_geo(37.62, 55.75);
        assert!((x - 0.604_5).abs() < 1e-4, "{x}");
        assert!((y - 0.312_6).abs() < 1e-4, "{y}");
    }
}
