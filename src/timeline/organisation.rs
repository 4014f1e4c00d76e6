//! Which organisation a timeline is about: its names, the region a map of it opens on, and its own
//! statuses, each of one of the shared kinds ([`Status`]) that colour the map.

use super::{Status, Translations, translated};
use crate::lang::{Lang, capitalised};

/// An organisation, as the header of its timeline file gives it.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Its id on the command line and in saved settings: `csto`, `nato`.
    pub id: String,
    /// Its full name in English: "Collective Security Treaty Organization".
    pub name: String,
    /// Its abbreviation in English, as titles and the legend say it: "CSTO".
    pub abbreviation: String,
    /// The box a map of it opens on: west, south, east, north in degrees.
    pub region: [f64; 4],
    /// Its own statuses, in the order its legend lists them.
    pub statuses: Vec<OwnStatus>,
    /// Where its data come from, as an image's source line says it ("Wikipedia \"Collective
    /// Security Treaty Organization\" and sources"); none: the sources cited in its timeline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
}

/// A status of one organisation ("dialogue partner") and the kind that colours it (observer).
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct OwnStatus {
    /// Its id in the file's changes and in JSON output: `dialogue_partner`.
    pub id: String,
    pub kind: Status,
    /// Its name for one country, in English, as it reads after the abbreviation: "dialogue partner".
    pub name: String,
    /// The legend's row for the countries of this status: "Dialogue partners" (the name, capitalised,
    /// if not given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legend: Option<String>,
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
}

impl OwnStatus {
    pub fn name_in(&self, lang: Lang) -> &str {
        translated(&self.translations, lang, &self.name, |text| text.name.as_ref())
    }

    /// Its row in the legend, in `lang`.
    pub fn legend_in(&self, lang: Lang) -> String {
        let given = self.translations.get(lang.code()).and_then(|text| text.legend.as_ref()).or(self.legend.as_ref());
        given.cloned().unwrap_or_else(|| capitalised(self.name_in(lang)))
    }
}

impl Organisation {
    pub fn name_in(&self, lang: Lang) -> &str {
        translated(&self.translations, lang, &self.name, |text| text.name.as_ref())
    }

    /// Where its data come from, in `lang`, for an image's source line.
    pub fn credit_in(&self, lang: Lang) -> String {
        let given = self.translations.get(lang.code()).and_then(|text| text.credit.as_ref()).or(self.credit.as_ref());
        given.cloned().unwrap_or_else(|| crate::tr!(lang, "image-data-cited", org = self.abbreviation_in(lang)))
    }

    /// Its abbreviation in `lang`: "CSTO", «ОДКБ».
    pub fn abbreviation_in(&self, lang: Lang) -> &str {
        translated(&self.translations, lang, &self.abbreviation, |text| text.abbreviation.as_ref())
    }

    /// The status of this id, if the organisation has one.
    pub fn status(&self, id: &str) -> Option<&OwnStatus> {
        self.statuses.iter().find(|status| status.id == id)
    }

    /// The legend's row for the countries of one kind: the rows of its statuses of that kind, or
    /// none if it has none of that kind.
    pub fn legend_in(&self, kind: Status, lang: Lang) -> Option<String> {
        let rows: Vec<String> =
            self.statuses.iter().filter(|status| status.kind == kind).map(|status| status.legend_in(lang)).collect();
        (!rows.is_empty()).then(|| rows.join("; "))
    }

    /// The words for a status id of this organisation ("dialogue partner"); the id itself if it has
    /// no such status (a checked timeline has none such).
    pub fn status_words(&self, id: &str, lang: Lang) -> String {
        self.status(id).map_or_else(|| id.to_owned(), |status| status.name_in(lang).to_owned())
    }
}

impl Organisation {
    /// The organisation of a timeline file without one, as files were written before December 2026:
    /// the default organisation, as its bundled file describes it.
    pub(super) fn of_headerless_file() -> Result<Organisation, super::Problem> {
        #[derive(serde::Deserialize)]
        struct Header {
            organisation: Organisation,
        }
        serde_json::from_str::<Header>(super::BUNDLED)
            .map(|header| header.organisation)
            .map_err(|error| super::Problem::BadValue(error.to_string()))
    }
}

/// The timelines of every organisation the program knows, the default first, one per id.
#[derive(Clone, Debug)]
pub struct Organisations(Vec<super::Timeline>);

impl Organisations {
    /// Every organisation bundled with the program.
    pub fn bundled() -> Result<Self, super::TimelineError> {
        let files = super::BUNDLED_FILES.iter();
        let timelines = files.map(|(name, text)| super::Timeline::from_json(text, &super::bundled_origin(name)));
        // The build script puts the default organisation's file first, so the list is never empty.
        timelines.collect::<Result<Vec<_>, _>>().map(Organisations)
    }

    /// One organisation alone.
    pub fn of(timeline: super::Timeline) -> Self {
        Organisations(vec![timeline])
    }

    /// The default organisation's timeline (the CSTO's), or the only one.
    pub fn default_timeline(&self) -> &super::Timeline {
        &self.0[0]
    }

    /// The timeline of `id`, or the ids of every organisation the program knows.
    pub fn find(&self, id: &str) -> Result<&super::Timeline, UnknownOrganisation> {
        self.get(id).ok_or_else(|| UnknownOrganisation { id: id.to_owned(), known: self.ids().join(", ") })
    }

    pub fn get(&self, id: &str) -> Option<&super::Timeline> {
        self.0.iter().find(|timeline| timeline.organisation.id == id)
    }

    /// Every timeline, the default first.
    pub fn iter(&self) -> std::slice::Iter<'_, super::Timeline> {
        self.0.iter()
    }

    /// The ids of every organisation, the default first: "csto, cis, eaeu…".
    pub fn ids(&self) -> Vec<&str> {
        self.0.iter().map(|timeline| timeline.organisation.id.as_str()).collect()
    }

    /// A country's status in each organisation that gives it one at the end of `date`, in the
    /// order of the list.
    pub fn memberships_at(
        &self,
        iso3: crate::Iso3,
        date: jiff::civil::Date,
    ) -> Vec<(&super::Timeline, &super::Change)> {
        self.0.iter().filter_map(|timeline| timeline.change_at(iso3, date).map(|change| (timeline, change))).collect()
    }

    /// Puts a timeline in the place of the organisation's bundled one, or after the others if the
    /// organisation is not bundled.
    pub fn insert(&mut self, timeline: super::Timeline) {
        match self.0.iter_mut().find(|known| known.organisation.id == timeline.organisation.id) {
            Some(known) => *known = timeline,
            None => self.0.push(timeline),
        }
    }
}

/// An organisation id the program does not know, with the ids it knows.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("unknown organisation \"{id}\" (known: {known})")]
pub struct UnknownOrganisation {
    pub id: String,
    pub known: String,
}
