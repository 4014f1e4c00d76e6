//! Everything a map draws that does not change with the date: the three border sets and the label
//! anchors of the timeline's countries, prepared when the crate is built. The window and the
//! images both draw from it.

use crate::Iso3;
use crate::geodata::packed::PackError;
use crate::geodata::{Borders, Detail, FULL_DETAIL_FROM_ZOOM};
use crate::timeline::Timeline;

/// Below this walkers zoom the 1:110m borders are drawn, from it on the simplified 1:50m ones
/// (and the 1:50m ones as they are from [`FULL_DETAIL_FROM_ZOOM`]).
pub const DETAIL_FROM_ZOOM: f64 = 2.8;

/// Where a country's name goes: the interior point farthest from its border (pole of
/// inaccessibility) of its largest part, in projected unit-square coordinates (placed when the
/// borders are prepared).
#[derive(Clone, Debug)]
pub struct Label {
    pub iso3: Iso3,
    pub name: String,
    pub anchor: [f64; 2],
    /// The projected width and height of the country's largest part, to tell how big it is on screen.
    pub extent: [f64; 2],
}

/// The border sets at the three levels of detail, and where the names go.
pub struct BorderSets {
    pub overview: Borders,
    pub simplified: Borders,
    pub full: Borders,
    /// One label for every country of the timelines, sorted by code.
    pub labels: Vec<Label>,
}

impl BorderSets {
    /// Loads the bundled border sets and places the labels of the timeline's countries.
    pub fn bundled(timeline: &Timeline) -> Result<Self, PackError> {
        Self::with_full(Borders::bundled(Detail::Full)?, [timeline])
    }

    /// The scene around 1:50m borders already loaded (the command line loads them to check a
    /// timeline file); the others are the bundled ones.
    /// Labels are placed for every country of these timelines.
    pub fn with_full<'t>(full: Borders, timelines: impl IntoIterator<Item = &'t Timeline>) -> Result<Self, PackError> {
        let overview = Borders::bundled(Detail::Overview)?;
        let simplified = Borders::bundled(Detail::Simplified)?;
        let codes: std::collections::BTreeSet<Iso3> = timelines
            .into_iter()
            .flat_map(|timeline| timeline.countries().iter().map(|country| country.iso3))
            .collect();
        let labels = codes.into_iter().filter_map(|iso3| label(&full, iso3)).collect();
        Ok(Self { overview, simplified, full, labels })
    }

    /// The border set to draw at a walkers zoom level.
    pub fn borders_at(&self, zoom: f64) -> &Borders {
        if zoom < DETAIL_FROM_ZOOM {
            &self.overview
        } else if zoom < FULL_DETAIL_FROM_ZOOM {
            &self.simplified
        } else {
            &self.full
        }
    }

    pub fn label(&self, iso3: Iso3) -> Option<&Label> {
        self.labels.iter().find(|label| label.iso3 == iso3)
    }
}

fn label(borders: &Borders, iso3: Iso3) -> Option<Label> {
    let shape = borders.country(iso3)?;
    let place = shape.label?;
    Some(Label { iso3, name: shape.name.to_string(), anchor: place.anchor, extent: place.extent })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geodata::geo_from_mercator;

    #[test]
    fn labels_sit_inside_their_countries_not_at_the_bounding_box_centre() {
        let timeline = Timeline::bundled().unwrap();
        let sets = BorderSets::bundled(&timeline).unwrap();
        assert_eq!(sets.labels.len(), timeline.countries().len());
        for label in &sets.labels {
            let hit = sets.full.country_at_projected(label.anchor).map(|country| country.iso3);
            assert_eq!(hit, Some(label.iso3), "{}'s label is outside it", label.name);
        }
        // Russia's bounding box spans the antimeridian; its label must be in Siberia, not the Urals.
        let russia = sets.label("RUS".parse().unwrap()).unwrap();
        let (lon, lat) = geo_from_mercator(russia.anchor);
        assert!((70.0..130.0).contains(&lon) && (55.0..72.0).contains(&lat), "{lon} {lat}");
    }

    #[test]
    fn the_world_view_uses_the_overview_the_region_the_simplified_and_closer_views_the_full_borders() {
        let timeline = Timeline::bundled().unwrap();
        let sets = BorderSets::bundled(&timeline).unwrap();
        assert!(std::ptr::eq(sets.borders_at(2.0), &sets.overview));
        assert!(std::ptr::eq(sets.borders_at(3.2), &sets.simplified));
        assert!(std::ptr::eq(sets.borders_at(5.0), &sets.full));
    }
}
