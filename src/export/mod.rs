//! Images without a window or a GPU: the map the app draws, at a chosen date and size, with a
//! title, the legend and the credits, for slides and handouts. The app's own export is to use
//! it too, so that the two always agree.

mod draw;
mod raster;
mod svg;
mod text;

pub use raster::{RenderError, render_png};
pub use svg::render_svg;

use jiff::civil::Date;

use crate::geodata::mercator_from_geo;
use crate::style::Theme;

/// What to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageSpec {
    pub date: Date,
    pub today: Date,
    /// The image's size in pixels (already multiplied by `scale`).
    pub width_px: u32,
    pub height_px: u32,
    /// Pixels per point: 2 or 4 for high-density output; lines and text grow with it.
    pub scale: f32,
    /// The part of the map that fills the image (see [`Frame::fit`]).
    pub frame: Frame,
    pub theme: Theme,
    /// `None` draws the map alone (`--bare`).
    pub decorations: Option<Decorations>,
}

/// What is drawn over the map's margins.
#[derive(Clone, Debug, PartialEq)]
pub struct Decorations {
    pub title: String,
    pub legend: bool,
    pub credits: bool,
}

/// The projected rectangle (unit-square Web Mercator) that fills the image exactly.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub min: [f64; 2],
    pub max: [f64; 2],
}

impl Frame {
    /// The box `[west, south, east, north]` in degrees, widened about its centre (in the
    /// projection) to the image's aspect ratio, so that nothing is stretched.
    pub fn fit(bbox_deg: [f64; 4], width_px: u32, height_px: u32) -> Self {
        let [west, south, east, north] = bbox_deg;
        let [x0, y0] = mercator_from_geo(west, north);
        let [x1, y1] = mercator_from_geo(east, south);
        let (width, height) = (x1 - x0, y1 - y0);
        let aspect = f64::from(width_px) / f64::from(height_px.max(1));
        let (width, height) = if width / height < aspect { (height * aspect, height) } else { (width, width / aspect) };
        let centre = [(x0 + x1) / 2.0, (y0 + y1) / 2.0];
        Self {
            min: [centre[0] - width / 2.0, centre[1] - height / 2.0],
            max: [centre[0] + width / 2.0, centre[1] + height / 2.0],
        }
    }

    /// The image height that shows the box undistorted at `width_px`.
    pub fn natural_height(bbox_deg: [f64; 4], width_px: u32) -> u32 {
        let [west, south, east, north] = bbox_deg;
        let [x0, y0] = mercator_from_geo(west, north);
        let [x1, y1] = mercator_from_geo(east, south);
        let height = f64::from(width_px) * (y1 - y0) / (x1 - x0).max(1e-9);
        height.round().clamp(1.0, 20_000.0) as u32
    }

    /// Where a projected point lands in an image of this size.
    pub fn pixel_from_projected(&self, [x, y]: [f64; 2], width_px: u32, height_px: u32) -> [f32; 2] {
        let px = (x - self.min[0]) / (self.max[0] - self.min[0]) * f64::from(width_px);
        let py = (y - self.min[1]) / (self.max[1] - self.min[1]) * f64::from(height_px);
        [px as f32, py as f32]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_of_the_image_aspect_spans_the_image_edge_to_edge() {
        let bbox = [20.0, 35.0, 80.0, 60.0];
        let height = Frame::natural_height(bbox, 1000);
        let frame = Frame::fit(bbox, 1000, height);
        let west_north = frame.pixel_from_projected(mercator_from_geo(20.0, 60.0), 1000, height);
        let east_south = frame.pixel_from_projected(mercator_from_geo(80.0, 35.0), 1000, height);
        // Within half a pixel: the height is rounded to whole pixels.
        assert!(west_north[0].abs() < 0.5 && west_north[1].abs() < 0.5, "{west_north:?}");
        assert!((east_south[0] - 1000.0).abs() < 0.5 && (east_south[1] - height as f32).abs() < 0.5);
    }

    #[test]
    fn a_box_of_another_aspect_is_widened_about_its_centre() {
        let bbox = [20.0, 35.0, 80.0, 60.0];
        let frame = Frame::fit(bbox, 1000, 1000);
        let west = frame.pixel_from_projected(mercator_from_geo(20.0, 47.0), 1000, 1000);
        let east = frame.pixel_from_projected(mercator_from_geo(80.0, 47.0), 1000, 1000);
        assert!(west[0].abs() < 0.01 && (east[0] - 1000.0).abs() < 0.01, "the wider side still fits exactly");
        let north = frame.pixel_from_projected(mercator_from_geo(50.0, 60.0), 1000, 1000);
        assert!(north[1] > 10.0, "the shorter side gets room above and below: {north:?}");
    }
}
