//! The map: the prepared scene, the per-frame view and shapes, and the walkers plugin.

mod labels;
#[cfg(feature = "desktop")]
mod plugin;
mod scene;
mod shapes;
mod view;

pub use labels::{label_candidates, place_label};
#[cfg(feature = "desktop")]
pub use plugin::{CountriesPlugin, MapReport, pick};
pub use scene::{DETAIL_FROM_ZOOM, FULL_DETAIL_FROM_ZOOM, Label, Scene};
pub use shapes::{Colouring, Paint, country_shapes, faded_colour, hatch_image, mesh_colour_at};
pub use view::{View, ZOOM_RANGE};
