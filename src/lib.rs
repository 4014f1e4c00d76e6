//! csto-map: the Collective Security Treaty Organization on a world map, over time.
//!
//! Headless below, the window on top. From the bottom: `iso3` and `lang` (values), `timeline`
//! (the domain) and `geodata` (the border sets), `i18n` and `style` (words and colours),
//! `snapshot`, `overlap` and `story` (what a day shows), `clock`, `data`, `images` (PNG, SVG, GIF) and
//! `cli`: none of them imports `map`, `app` or `ui`, and they build without the window stack.
//! `map` (a frame's shapes; its walkers plugin only with the window), `ui` and `app` are the
//! desktop map (the `desktop` feature, on by default).

#[cfg(feature = "desktop")]
pub mod app;
pub mod cli;
pub mod clock;
pub mod data;
pub mod geodata;
pub mod i18n;
pub mod images;
pub mod iso3;
pub mod label_layout;
pub mod lang;
pub mod map;
pub mod overlap;
pub mod scene_file;
pub mod snapshot;
pub mod story;
pub mod style;
pub mod territories;
pub mod timeline;
#[cfg(feature = "desktop")]
pub mod ui;

pub use iso3::Iso3;

/// The application's id: the window's app id (Wayland) and class (X11), the desktop entry's and
/// the icon's name, and the folder of the saved state (`~/.local/share/csto-map`).
pub const APP_ID: &str = "csto-map";
