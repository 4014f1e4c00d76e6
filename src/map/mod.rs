//! The window's map: the per-frame view and shapes, and the walkers plugin (the border sets it
//! draws are `geodata::BorderSets`).

#[cfg(feature = "desktop")]
mod plugin;
mod shapes;
mod view;

#[cfg(feature = "desktop")]
pub use plugin::{CountriesPlugin, MapReport, ShownPlace, ShownTerritory, pick};
pub use shapes::{
    Paint, country_shapes, faded_colour, hatch_image, mesh_colour_at, territory_hatch, territory_outline,
};
#[cfg(feature = "desktop")]
pub use view::WalkersProjection;
pub use view::{View, ZOOM_RANGE};
