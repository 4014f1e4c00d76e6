//! Where the projected unit square lies on the screen in one frame.

use egui::{Pos2, Rect, pos2};

use crate::geodata::mercator_from_geo;

/// The walkers zoom levels the map allows: the whole world to a city.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f64> = 1.0..=10.0;

/// The side of one map tile in pixels: at zoom z the world is 256 * 2^z pixels wide.
const TILE_PX: f64 = 256.0;

/// The map's placement on screen: what is at the centre of `rect`, and how big the world is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub rect: Rect,
    /// The projected point (unit square) shown at the centre of `rect`.
    pub center: [f64; 2],
    /// The width of the whole world (the unit square) in points.
    pub world_px: f64,
}

impl View {
    /// A view centred on a longitude/latitude at a walkers zoom level.
    pub fn new(rect: Rect, center_lon_lat_deg: (f64, f64), zoom: f64) -> Self {
        let center = mercator_from_geo(center_lon_lat_deg.0, center_lon_lat_deg.1);
        Self { rect, center, world_px: TILE_PX * zoom.exp2() }
    }

    /// The view walkers is drawing this frame.
    #[cfg(feature = "desktop")]
    pub fn from_projector(projector: &walkers::Projector<'_>) -> Self {
        let rect = projector.clip_rect();
        let center = projector.unproject(rect.center().to_vec2());
        Self::new(rect, (center.x(), center.y()), projector.zoom())
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

    /// The part of the unit square on screen: [min_x, min_y, max_x, max_y].
    pub fn visible_bounds(&self) -> [f64; 4] {
        let [x0, y0] = self.projected_from_screen(self.rect.min);
        let [x1, y1] = self.projected_from_screen(self.rect.max);
        [x0, y0, x1, y1]
    }

    /// Whether projected bounds [min_x, min_y, max_x, max_y] overlap the screen.
    pub fn shows(&self, bounds: [f64; 4]) -> bool {
        let visible = self.visible_bounds();
        bounds[0] <= visible[2] && bounds[2] >= visible[0] && bounds[1] <= visible[3] && bounds[3] >= visible[1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn only_bounds_that_overlap_the_screen_are_shown() {
        let view = view();
        let [x, y] = mercator_from_geo(60.0, 50.0);
        assert!(view.shows([x - 0.01, y - 0.01, x + 0.01, y + 0.01]));
        assert!(!view.shows([x + 0.5, y, x + 0.6, y + 0.1]));
    }
}
