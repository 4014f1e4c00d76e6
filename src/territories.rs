//! Territories held by another state or authority than the one whose territory they are under
//! international law (Crimea, Abkhazia, South Ossetia, Transnistria, Nagorno-Karabakh, parts of
//! eastern and southern Ukraine), each in dated periods with the holder, a note and sources
//! (`assets/territories.json`, its form in `assets/README.md`). The map shows a territory only on
//! the days a period covers; the country's status colour stays the recognised state's.

use jiff::civil::Date;

use crate::Iso3;
use crate::i18n::Lang;

/// The bundled file, checked by the tests and read when first asked for.
const BUNDLED: &str = include_str!("../assets/territories.json");

/// Every territory of the file.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Territories {
    pub territories: Vec<Territory>,
}

/// One territory and the periods in which another than the recognised state holds it.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Territory {
    /// A lower-case identifier: `crimea`.
    pub id: String,
    /// The code of its shape among the bundled territory shapes (`geodata/territories-10m.geojson`),
    /// if it has one.
    pub shape: Option<Iso3>,
    pub name: String,
    pub name_ru: String,
    /// A shorter name for the map's label, where the name is long.
    #[serde(default)]
    pub short_name: Option<String>,
    #[serde(default)]
    pub short_name_ru: Option<String>,
    /// The state whose territory it is under international law.
    pub recognised_as: Iso3,
    /// In date order, none overlapping another.
    pub periods: Vec<Period>,
}

/// A span of days in which one holder holds a territory.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The first day.
    pub from: Date,
    /// The first day it no longer holds; none: it still does.
    pub until: Option<Date>,
    /// The state that holds it; none: a local authority.
    pub held_by: Option<Iso3>,
    /// Whether the map draws the shape in this period: not where the shape, of another period,
    /// would show a much larger area than was held (Nagorno-Karabakh after November 2020).
    #[serde(default = "drawn")]
    pub drawn: bool,
    pub holder: String,
    pub holder_ru: String,
    pub note: String,
    pub note_ru: String,
    pub sources: Vec<Source>,
}

fn drawn() -> bool {
    true
}

/// A page that supports a period, with the words of it that do.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
    pub quote: String,
}

/// What is wrong with a territories file: the territory, and what.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum TerritoriesError {
    #[error("the territories file cannot be read: {0}")]
    Unreadable(String),
    #[error("territory {id}: the period from {from} ends before it starts")]
    EndsBeforeStart { id: String, from: Date },
    #[error("territory {id}: the period from {from} overlaps the one before it or comes before it")]
    OutOfOrder { id: String, from: Date },
    #[error("territory {id}: the period from {from} names no source")]
    NoSource { id: String, from: Date },
    #[error("territory {id} is listed twice")]
    Twice { id: String },
}

impl Territories {
    /// The bundled territories, checked.
    pub fn bundled() -> Result<Self, TerritoriesError> {
        Self::read(BUNDLED)
    }

    /// A territories file, read and checked: periods in order, none overlapping, each with a
    /// source; each territory once.
    pub fn read(text: &str) -> Result<Self, TerritoriesError> {
        let territories: Self =
            serde_json::from_str(text).map_err(|error| TerritoriesError::Unreadable(error.to_string()))?;
        for (index, territory) in territories.territories.iter().enumerate() {
            let id = || territory.id.clone();
            if territories.territories[..index].iter().any(|other| other.id == territory.id) {
                return Err(TerritoriesError::Twice { id: id() });
            }
            let mut previous_end: Option<Option<Date>> = None;
            for period in &territory.periods {
                let from = period.from;
                if period.until.is_some_and(|until| until <= from) {
                    return Err(TerritoriesError::EndsBeforeStart { id: id(), from });
                }
                // The one before must have ended, on or before this one's first day.
                if let Some(end) = previous_end
                    && end.is_none_or(|end| end > from)
                {
                    return Err(TerritoriesError::OutOfOrder { id: id(), from });
                }
                if period.sources.is_empty() {
                    return Err(TerritoriesError::NoSource { id: id(), from });
                }
                previous_end = Some(period.until);
            }
        }
        Ok(territories)
    }

    /// Each territory held by another than the recognised state on `day`, with its period.
    pub fn at(&self, day: Date) -> impl Iterator<Item = (&Territory, &Period)> {
        self.territories.iter().filter_map(move |territory| territory.period_at(day).map(|period| (territory, period)))
    }
}

impl Territory {
    /// The period that covers `day`, if one does.
    pub fn period_at(&self, day: Date) -> Option<&Period> {
        self.periods.iter().find(|period| period.covers(day))
    }

    /// The first day of the holding that covers `day`: of its period, or of the earliest of the
    /// periods before it, one after another, in which the same state or authority held it
    /// (Kherson held by Russia since 24 February 2022, through the claimed annexation).
    pub fn held_since(&self, day: Date) -> Option<Date> {
        let index = self.periods.iter().position(|period| period.covers(day))?;
        let period = self.periods.get(index)?;
        let mut since = period.from;
        for earlier in self.periods.get(..index).unwrap_or_default().iter().rev() {
            if earlier.until != Some(since) || earlier.held_by != period.held_by {
                break;
            }
            since = earlier.from;
        }
        Some(since)
    }

    pub fn name_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.name_ru,
            Lang::En => &self.name,
        }
    }

    /// The name a map label gives it: the short one if it has one.
    pub fn label_in(&self, lang: Lang) -> &str {
        let short = match lang {
            Lang::Ru => self.short_name_ru.as_deref(),
            Lang::En => self.short_name.as_deref(),
        };
        short.unwrap_or_else(|| self.name_in(lang))
    }
}

impl Period {
    /// Whether the period holds on `day`.
    pub fn covers(&self, day: Date) -> bool {
        self.from <= day && self.until.is_none_or(|until| day < until)
    }

    pub fn holder_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.holder_ru,
            Lang::En => &self.holder,
        }
    }

    pub fn note_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.note_ru,
            Lang::En => &self.note,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn ids_at(territories: &Territories, day: Date) -> Vec<&str> {
        territories.at(day).map(|(territory, _)| territory.id.as_str()).collect()
    }

    #[test]
    fn a_territory_is_shown_on_the_days_its_period_covers_and_not_outside_them() {
        let territories = Territories::bundled().unwrap();
        assert!(!ids_at(&territories, date(2013, 12, 31)).contains(&"crimea"));
        assert!(!ids_at(&territories, date(2014, 3, 17)).contains(&"crimea"), "the day before the treaty");
        assert!(ids_at(&territories, date(2014, 3, 18)).contains(&"crimea"));
        assert!(ids_at(&territories, date(2015, 6, 1)).contains(&"crimea"));
        // Nagorno-Karabakh: from the 1994 ceasefire to the offensive of September 2023.
        assert!(!ids_at(&territories, date(1994, 5, 11)).contains(&"nagorno_karabakh"));
        assert!(ids_at(&territories, date(1994, 5, 12)).contains(&"nagorno_karabakh"));
        assert!(ids_at(&territories, date(2023, 9, 19)).contains(&"nagorno_karabakh"));
        assert!(!ids_at(&territories, date(2023, 9, 20)).contains(&"nagorno_karabakh"));
        // Russia's recognition of Abkhazia opens a new period: held by the same local authority.
        let abkhazia = territories.territories.iter().find(|territory| territory.id == "abkhazia").unwrap();
        let (before, after) =
            (abkhazia.period_at(date(2008, 8, 25)).unwrap(), abkhazia.period_at(date(2008, 8, 26)).unwrap());
        assert_ne!(before, after);
        assert_eq!((before.held_by, after.held_by), (None, None));
        // Held since the start of the holding, not of its latest period.
        let held_since = |id: &str, day| {
            territories.territories.iter().find(|territory| territory.id == id).unwrap().held_since(day).unwrap()
        };
        assert_eq!(held_since("kherson", date(2023, 6, 1)), date(2022, 2, 24));
        assert_eq!(held_since("nagorno_karabakh", date(2022, 6, 1)), date(1994, 5, 12));
        assert_eq!(held_since("abkhazia", date(2015, 6, 1)), date(1993, 9, 30));
        // Donbas: held by the Russia-backed republics from 2014, by Russia from its claim of 2022.
        assert_eq!(held_since("donbas", date(2023, 6, 1)), date(2022, 9, 30));
        assert_eq!(held_since("donbas", date(2022, 6, 1)), date(2014, 5, 12));
        // Crimea is Ukraine's under international law, held by Russia.
        let (crimea, period) =
            territories.at(date(2020, 1, 1)).find(|(territory, _)| territory.id == "crimea").unwrap();
        assert_eq!(
            (crimea.recognised_as.to_string(), period.held_by.map(|iso3| iso3.to_string())),
            ("UKR".into(), Some("RUS".into()))
        );
        assert!(ids_at(&territories, date(1991, 12, 31)).is_empty(), "none before 1992");
    }

    #[test]
    fn each_shape_lies_in_the_country_whose_territory_it_is() {
        use crate::geodata::{Borders, Detail};
        let shapes = Borders::territories().unwrap();
        let full = Borders::bundled(Detail::Full).unwrap();
        let territories = Territories::bundled().unwrap();
        let mut drawn = 0;
        for territory in &territories.territories {
            let Some(code) = territory.shape else { continue };
            let shape = shapes.country(code).unwrap_or_else(|| panic!("{}: no shape {code}", territory.id));
            let inside = shape.label.unwrap().anchor;
            assert_eq!(
                full.country_at_projected(inside).map(|c| c.iso3),
                Some(territory.recognised_as),
                "{}",
                territory.id
            );
            drawn += 1;
        }
        assert_eq!(drawn, shapes.countries().len(), "every shape belongs to a territory");
        // Simferopol and Sevastopol are in Crimea's shape, Kherson is not; Tskhinvali in South Ossetia's.
        let in_shape = |lon, lat| shapes.country_at(lon, lat).map(|shape| shape.iso3.to_string());
        assert_eq!(in_shape(34.10, 44.95).as_deref(), Some("XCR"));
        assert_eq!(in_shape(33.52, 44.60).as_deref(), Some("XCR"));
        assert_eq!(in_shape(32.62, 46.64), None);
        assert_eq!(in_shape(43.96, 42.23).as_deref(), Some("XSO"));
    }

    #[test]
    fn a_file_with_periods_out_of_order_or_unsourced_is_refused_naming_the_territory() {
        let bundled = Territories::bundled().unwrap();
        let mut territory = bundled.territories[0].clone();
        let first = territory.periods[0].clone();
        territory.periods = vec![first.clone(), Period { until: None, ..first.clone() }];
        let mut broken = Territories { territories: vec![territory.clone()] };
        let json = |territories: &Territories| {
            // The file's form, written back the way it is read.
            serde_json::json!({ "territories": territories.territories.iter().map(|t| serde_json::json!({
                "id": t.id, "shape": t.shape.map(|s| s.to_string()), "name": t.name, "name_ru": t.name_ru,
                "short_name": t.short_name, "short_name_ru": t.short_name_ru,
                "recognised_as": t.recognised_as.to_string(),
                "periods": t.periods.iter().map(|p| serde_json::json!({
                    "from": p.from.to_string(), "until": p.until.map(|u| u.to_string()),
                    "held_by": p.held_by.map(|h| h.to_string()), "holder": p.holder, "holder_ru": p.holder_ru,
                    "note": p.note, "note_ru": p.note_ru,
                    "sources": p.sources.iter().map(|s| serde_json::json!({"title": s.title, "url": s.url, "quote": s.quote})).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>() })
            .to_string()
        };
        let error = Territories::read(&json(&broken)).unwrap_err();
        assert!(matches!(error, TerritoriesError::OutOfOrder { ref id, .. } if id == "crimea"), "{error}");
        broken.territories[0].periods = vec![Period { sources: Vec::new(), ..first.clone() }];
        assert!(matches!(Territories::read(&json(&broken)).unwrap_err(), TerritoriesError::NoSource { .. }));
        broken.territories[0].periods = vec![Period { until: Some(first.from), ..first }];
        assert!(matches!(Territories::read(&json(&broken)).unwrap_err(), TerritoriesError::EndsBeforeStart { .. }));
        broken.territories = vec![territory.clone(), territory];
        broken.territories[0].periods.truncate(1);
        broken.territories[1].periods.truncate(1);
        assert!(matches!(Territories::read(&json(&broken)).unwrap_err(), TerritoriesError::Twice { .. }));
        assert!(matches!(Territories::read("{").unwrap_err(), TerritoriesError::Unreadable(_)));
    }
}
