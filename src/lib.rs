//! csto-map: the Collective Security Treaty Organization on a world map, over time.

pub mod app;
pub mod cli;
pub mod export;
pub mod geodata;
pub mod iso3;
pub mod map;
pub mod style;
pub mod timeline;
pub mod ui;

pub use iso3::Iso3;
