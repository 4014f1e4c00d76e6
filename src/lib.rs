//! csto-map: the Collective Security Treaty Organization on a world map, over time.

pub mod iso3;
pub mod timeline;

pub use iso3::Iso3;
pub mod cli;
pub mod geodata;
