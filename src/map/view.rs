//! Where the projection's plane lies on the screen in one frame, and the window's equal-area
//! map as walkers draws it.

use egui::{Pos2, Rect, pos2};

use crate::geodata::Projection;

/// The walkers zoom levels the map allows: the whole world to a city.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f64> = 1.0..=10.0;

/// The side of one map tile in pixels: at zoom z the world is 256 * 2^z pixels wide.
const TILE_PX: f64 = 256.0;

/// The map's placement on screen: what is at the centre of `rect`, and how big the world is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub rect: Rect,
    /// The point of the plane shown at the centre of `rect`.
    pub center: [f64; 2],
    /// The length of the equator (Web Mercator's unit square's side) in points.
    pub world_px: f64,
    /// The plane's projection: Web Mercator, or the equal-area map's.
    pub projection: Projection,
}

impl View {
    /// A Web Mercator view centred on a longitude/latitude at a walkers zoom level.
    pub fn new(rect: Rect, center_lon_lat_deg: (f64, f64), zoom: f64) -> Self {
        Self::in_projection(Projection::Mercator, rect, center_lon_lat_deg, zoom)
    }

    /// A view in `projection` centred on a longitude/latitude at a walkers zoom level.
    pub fn in_projection(projection: Projection, rect: Rect, (lon_deg, lat_deg): (f64, f64), zoom: f64) -> Self {
        let center = projection.plane(lon_deg, lat_deg);
        Self { rect, center, world_px: TILE_PX * zoom.exp2(), projection }
    }

    /// The view walkers is drawing this frame, in `projection` (the one the map was given).
    #[cfg(feature = "desktop")]
    pub fn from_projector(projector: &walkers::Projector<'_>, projection: Projection) -> Self {
        let rect = projector.clip_rect();
        let center = projector.unproject(rect.center().to_vec2());
        Self::in_projection(projection, rect, (center.x(), center.y()), projector.zoom())
    }

    /// The longitude and latitude at the centre of the screen.
    pub fn center_deg(&self) -> (f64, f64) {
        self.projection.geo(self.center)
    }

    pub fn zoom(&self) -> f64 {
        (self.world_px / TILE_PX).log2()
    }

    pub fn screen_from_projected(&self, [x, y]: [f64; 2]) -> Pos2 {
        let center = self.rect.center();
        pos2(
            (f64::from(center.x) + (x - self.center[0]) * self.world_px) as f32,
            (f64::from(center.y) + (y - self.center[1]) * self.world_px) as f32,
        )
    }

    pub fn projected_from_screen(&self, pos: Pos2) -> [f64; 2] {
        let center = self.rect.center();
        [
            self.center[0] + f64::from(pos.x - center.x) / self.world_px,
            self.center[1] + f64::from(pos.y - center.y) / self.world_px,
        ]
    }

    /// The part of the plane on screen: [min_x, min_y, max_x, max_y].
    pub fn visible_bounds(&self) -> [f64; 4] {
        let [x0, y0] = self.projected_from_screen(self.rect.min);
        let [x1, y1] = self.projected_from_screen(self.rect.max);
        [x0, y0, x1, y1]
    }

    /// The longitudes and latitudes the screen spans through its middle, `[west, south, east,
    /// north]` in degrees (see [`Projection::mid_box_deg`]): what a scene saves.
    pub fn visible_deg(&self) -> [f64; 4] {
        self.projection.mid_box_deg(self.visible_bounds())
    }

    /// Whether projected bounds [min_x, min_y, max_x, max_y] overlap the screen.
    pub fn shows(&self, bounds: [f64; 4]) -> bool {
        let visible = self.visible_bounds();
        bounds[0] <= visible[2] && bounds[2] >= visible[0] && bounds[1] <= visible[3] && bounds[3] >= visible[1]
    }
}

/// A projection of the window's map as walkers takes it: the plane scaled to the tile pyramid's
/// pixels (256 at zoom 0, doubling with each level), as walkers' own Web Mercator is.
#[cfg(feature = "desktop")]
pub struct WalkersProjection(pub Projection);

#[cfg(feature = "desktop")]
impl walkers::Projection for WalkersProjection {
    fn project(&self, position: walkers::Position, zoom: f64) -> walkers::Pixels {
        let [x, y] = self.0.plane(position.x(), position.y());
        let world_px = TILE_PX * zoom.exp2();
        walkers::Pixels::new(x * world_px, y * world_px)
    }

    fn unproject(&self, pixels: walkers::Pixels, zoom: f64) -> walkers::Position {
        let world_px = TILE_PX * zoom.exp2();
        let (lon_deg, lat_deg) = self.0.geo([pixels.x() / world_px, pixels.y() / world_px]);
        walkers::lon_lat(lon_deg, lat_deg)
    }

    /// An equal-area map's scale varies with direction; this is its mean, the scale along the
    /// equator's length, which the standard parallels keep (walkers uses it for nothing csto-map
    /// draws).
    fn scale_pixel_per_meter(&self, _position: walkers::Position, zoom: f64) -> f64 {
        const EQUATOR_M: f64 = 40_075_016.686;
        TILE_PX * zoom.exp2() / EQUATOR_M
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geodata::mercator_from_geo;

    fn view() -> View {
        View::new(Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(800.0, 600.0)), (60.0, 50.0), 3.0)
    }

    #[test]
    fn the_centre_point_is_drawn_at_the_centre_of_the_rect() {
        let view = view();
        assert_eq!(view.screen_from_projected(mercator_from_geo(60.0, 50.0)), pos2(400.0, 300.0));
        assert!((view.zoom() - 3.0).abs() < 1e-12);
    }

    #[test]
    fn screen_and_projected_coordinates_are_inverses() {
        let view = view();
        let point = view.projected_from_screen(pos2(123.0, 456.0));
        let back = view.screen_from_projected(point);
        assert!((back.x - 123.0).abs() < 1e-3 && (back.y - 456.0).abs() < 1e-3);
    }

    #[test]
    fn one_degree_of_longitude_is_world_width_over_360() {
        let view = view();
        let a = view.screen_from_projected(mercator_from_geo(60.0, 50.0));
        let b = view.screen_from_projected(mercator_from_geo(61.0, 50.0));
        assert!(((b.x - a.x) - 2048.0 / 360.0).abs() < 1e-3, "{}", b.x - a.x);
    }

    #[cfg(feature = "desktop")]
    #[test]
    fn the_equal_area_map_goes_to_walkers_pixels_and_back() {
        use walkers::Projection as _;
        let albers = crate::geodata::ProjectionChoice::Auto.for_box([18.0, 29.0, 180.0, 77.0]);
        let walkers = WalkersProjection(albers);
        let yerevan = walkers::lon_lat(44.51, 40.18);
        let pixels = walkers.project(yerevan, 4.0);
        let [x, y] = albers.plane(44.51, 40.18);
        assert!((pixels.x() - x * 4096.0).abs() < 1e-6 && (pixels.y() - y * 4096.0).abs() < 1e-6);
        let back = walkers.unproject(pixels, 4.0);
        assert!((back.x() - 44.51).abs() < 1e-9 && (back.y() - 40.18).abs() < 1e-9, "{back:?}");
        // What the screen shows, in degrees: the view around Yerevan holds it.
        let view = View::in_projection(
            albers,
            Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(800.0, 600.0)),
            (44.51, 40.18),
            6.0,
        );
        let [west, south, east, north] = view.visible_deg();
        assert!(west < 44.51 && 44.51 < east && south < 40.18 && 40.18 < north, "{:?}", view.visible_deg());
        assert!(east - west < 35.0, "{:?}", view.visible_deg());
    }

    #[test]
    fn only_bounds_that_overlap_the_screen_are_shown() {
        let view = view();
        let [x, y] = mercator_from_geo(60.0, 50.0);
        assert!(view.shows([x - 0.01, y - 0.01, x + 0.01, y + 0.01]));
        assert!(!view.shows([x + 0.5, y, x + 0.6, y + 0.1]));
    }
}
