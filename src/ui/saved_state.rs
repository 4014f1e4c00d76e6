//! What the app remembers between runs (its saved state, which eframe stores): the shown day,
//! the view, the choices in the panels.

use jiff::civil::Date;
use ron::value::RawValue;

use crate::Iso3;
use crate::clock::{FIRST_DAY, Step};
use crate::geodata::MAX_LATITUDE_DEG;
use crate::i18n::Lang;
use crate::map::ZOOM_RANGE;
use crate::style::Theme;
use crate::ui::export_dialog::ExportOptions;

/// Persisted with eframe. Every field has a default, so an old or partly broken saved state
/// still opens; an unreadable one opens with all defaults.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct SavedState {
    /// The shown day; `None` until the user moves the slider (then today is shown).
    pub date: Option<Date>,
    /// The second day of compare mode; `None` when it is off.
    pub compare: Option<Date>,
    /// The table of statuses beside the map (key T), and how it is sorted.
    pub table: bool,
    pub table_sort: crate::ui::TableSort,
    /// The part of the story presentation mode tells (F5).
    pub story: crate::story::StoryFilter,
    pub step: Step,
    pub speed: Speed,
    /// The map's centre and zoom; `None` frames the CSTO region.
    pub view: Option<SavedView>,
    pub selected: Option<Iso3>,
    pub labels: bool,
    /// OpenStreetMap tiles under the countries (needs the network; not on the equal-area map).
    pub tiles: bool,
    /// The equal-area map (View menu) instead of Web Mercator.
    pub equal_area: bool,
    /// The contested territories of the shown day on the map (View menu).
    pub context: bool,
    pub theme: Theme,
    /// egui's zoom factor (Ctrl+plus/minus), for projectors and high-density screens.
    pub ui_zoom: f32,
    /// The export dialog's choices, as last used.
    pub export: ExportOptions,
    /// A timeline file opened instead of the bundled one (File → Open timeline…).
    pub timeline_file: Option<std::path::PathBuf>,
    /// The language of the window and of exported images (Language menu); on the first start,
    /// and for a state saved without one, the system's (see [`SavedState::from_ron`]).
    pub language: Lang,
    /// The id of the organisation shown (Organisation menu); `None`: the default one (the CSTO).
    pub organisation: Option<String>,
    /// The id of the organisation the map shows the overlap with (View → Overlap with); `None`:
    /// the shown organisation's statuses. Never on with compare mode.
    pub overlap: Option<String>,
}

impl Default for SavedState {
    fn default() -> Self {
        Self {
            date: None,
            compare: None,
            table: false,
            table_sort: crate::ui::TableSort::default(),
            story: crate::story::StoryFilter::default(),
            step: Step::Year,
            speed: Speed::Normal,
            view: None,
            selected: None,
            labels: true,
            tiles: false,
            equal_area: false,
            context: true,
            theme: Theme::Light,
            ui_zoom: 1.0,
            export: ExportOptions::default(),
            timeline_file: None,
            language: Lang::En,
            organisation: None,
            overlap: None,
        }
    }
}

/// The interface zoom factors egui's Ctrl+plus/minus reach, for projectors and dense screens.
pub const UI_ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.2..=5.0;

/// A saved state with each value kept as written, to be read one by one. Serde has no attribute
/// for this: `default` applies to a missing value, not to one that fails to read, and serde_with's
/// `DefaultOnError` falls back to the type's default (labels off, interface zoom 0), not to the
/// field's own in [`SavedState::default`]. So each value is kept raw here and read in `read!`.
#[derive(Default, serde::Deserialize)]
#[serde(default)]
struct Written {
    #[serde(deserialize_with = "raw")]
    date: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    compare: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    table: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    table_sort: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    story: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    step: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    speed: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    view: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    selected: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    labels: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    tiles: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    equal_area: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    context: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    theme: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    ui_zoom: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    export: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    timeline_file: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    language: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    organisation: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    overlap: Option<Box<RawValue>>,
}

/// A value as written (`Some(..)` included), whatever it is.
fn raw<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Box<RawValue>>, D::Error> {
    <Box<RawValue> as serde::Deserialize>::deserialize(deserializer).map(Some)
}

impl SavedState {
    /// The state as eframe saved it (RON). A value that cannot be read (one
    /// from another version, a damaged one) takes its default and the others are kept; text that
    /// is no saved state at all gives the defaults.
    /// A state saved without a language (by a version without languages, or none at all) takes
    /// `system`, the system's language, as a first start does.
    pub fn from_ron(text: &str, system: Lang) -> Self {
        let written = ron::from_str::<Written>(text).ok();
        let mut settings = match ron::from_str(text) {
            Ok(settings) => settings,
            Err(_) => written.as_ref().map(Self::value_by_value).unwrap_or_default(),
        };
        if written.is_none_or(|written| written.language.is_none()) {
            settings.language = system;
        }
        settings
    }

    fn value_by_value(written: &Written) -> Self {
        let mut settings = Self::default();
        macro_rules! read {
            ($($field:ident),*) => {$(
                if let Some(value) = written.$field.as_deref().and_then(|raw| raw.into_rust().ok()) {
                    settings.$field = value;
                }
            )*};
        }
        read!(
            date,
            compare,
            table,
            table_sort,
            story,
            step,
            speed,
            view,
            selected,
            labels,
            tiles,
            equal_area,
            context,
            theme,
            ui_zoom,
            export,
            timeline_file,
            language,
            organisation,
            overlap
        );
        settings
    }

    /// The settings with each value that cannot be right replaced by its default, and the rest
    /// kept: a day outside the timeline (before 1992, after `today`), a view off the world or a
    /// zoom out of range, a country `known` does not know, an interface zoom that is not a
    /// sane number, an image size the renderer refuses.
    pub fn checked(mut self, today: Date, known: impl Fn(Iso3) -> bool) -> Self {
        let defaults = Self::default();
        if self.date.is_some_and(|day| !(FIRST_DAY..=today).contains(&day)) {
            self.date = defaults.date;
        }
        if self.compare.is_some_and(|day| !(FIRST_DAY..=today).contains(&day)) {
            self.compare = defaults.compare;
        }
        if self.compare.is_some() {
            self.overlap = defaults.overlap;
        }
        if self.view.is_some_and(|view| !view.is_on_the_world()) {
            self.view = defaults.view;
        }
        if self.selected.is_some_and(|iso3| !known(iso3)) {
            self.selected = defaults.selected;
        }
        if !UI_ZOOM_RANGE.contains(&self.ui_zoom) {
            self.ui_zoom = defaults.ui_zoom;
        }
        let [width_px, height_px] = self.export.custom_px;
        if crate::images::check_size(width_px, height_px).is_err() {
            self.export.custom_px = defaults.export.custom_px;
        }
        self
    }
}

#[derive(Clone, Copy, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct SavedView {
    pub lon_deg: f64,
    pub lat_deg: f64,
    pub zoom: f64,
}

impl SavedView {
    /// A centre on the Web Mercator world and a zoom the map allows (NaN is neither).
    fn is_on_the_world(&self) -> bool {
        (-180.0..=180.0).contains(&self.lon_deg)
            && (-MAX_LATITUDE_DEG..=MAX_LATITUDE_DEG).contains(&self.lat_deg)
            && ZOOM_RANGE.contains(&self.zoom)
    }
}

/// How fast play moves through the years.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Speed {
    Slow,
    #[default]
    Normal,
    Fast,
    Fastest,
}

impl Speed {
    pub const ALL: [Speed; 4] = [Speed::Slow, Speed::Normal, Speed::Fast, Speed::Fastest];

    /// Seconds a year stays on screen while playing.
    pub fn secs_per_step(self) -> f64 {
        match self {
            Speed::Slow => 1.5,
            Speed::Normal => 0.8,
            Speed::Fast => 0.4,
            Speed::Fastest => 0.15,
        }
    }

    pub fn label(self, lang: Lang) -> String {
        lang.t(match self {
            Speed::Slow => "speed-slow",
            Speed::Normal => "speed-normal",
            Speed::Fast => "speed-fast",
            Speed::Fastest => "speed-fastest",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_old_saved_state_with_missing_and_unknown_fields_keeps_what_it_can() {
        let saved = r#"(date: Some("2012-12-31"), labels: false, retired_option: 3)"#;
        let settings: SavedState = ron::from_str(saved).unwrap();
        assert_eq!(settings.date, Some(jiff::civil::date(2012, 12, 31)));
        assert!(!settings.labels);
        assert_eq!(settings.step, Step::Year);
        assert_eq!(settings.ui_zoom, 1.0);
    }

    #[test]
    fn each_value_that_cannot_be_right_falls_back_alone() {
        let today = jiff::civil::date(2026, 11, 30);
        let uzbekistan: Iso3 = "UZB".parse().unwrap();
        let good = SavedState {
            date: Some(jiff::civil::date(2012, 12, 31)),
            view: Some(SavedView { lon_deg: 64.0, lat_deg: 41.0, zoom: 5.5 }),
            selected: Some(uzbekistan),
            ui_zoom: 1.5,
            theme: Theme::Dark,
            ..SavedState::default()
        };
        let known = |iso3: Iso3| iso3 == uzbekistan;
        assert_eq!(good.clone().checked(today, known), good, "nothing wrong, nothing changed");
        let view = |lon_deg, lat_deg, zoom| Some(SavedView { lon_deg, lat_deg, zoom });
        /// A state with one broken value, and how `checked` repairs the good ones to match.
        type Case = (SavedState, fn(&mut SavedState));
        let no_date: fn(&mut SavedState) = |settings| settings.date = None;
        let no_view: fn(&mut SavedState) = |settings| settings.view = None;
        let cases: [Case; 14] = [
            (SavedState { date: Some(jiff::civil::date(1985, 1, 1)), ..good.clone() }, no_date),
            (SavedState { compare: Some(jiff::civil::date(2030, 1, 1)), ..good.clone() }, |settings| {
                settings.compare = None
            }),
            (SavedState { date: Some(jiff::civil::date(2030, 1, 1)), ..good.clone() }, no_date),
            (SavedState { view: view(400.0, 41.0, 5.5), ..good.clone() }, no_view),
            (SavedState { view: view(64.0, -89.0, 5.5), ..good.clone() }, no_view),
            (SavedState { view: view(64.0, 41.0, f64::NAN), ..good.clone() }, no_view),
            (SavedState { view: view(64.0, 41.0, 1e9), ..good.clone() }, no_view),
            (SavedState { selected: Some("ATL".parse().unwrap()), ..good.clone() }, |settings| {
                settings.selected = None
            }),
            (SavedState { ui_zoom: f32::NAN, ..good.clone() }, |settings| settings.ui_zoom = 1.0),
            (SavedState { ui_zoom: 1e9, ..good.clone() }, |settings| settings.ui_zoom = 1.0),
            (SavedState { ui_zoom: 0.0, ..good.clone() }, |settings| settings.ui_zoom = 1.0),
            (SavedState { ui_zoom: 4.0, ..good.clone() }, |settings| settings.ui_zoom = 4.0),
            (
                SavedState {
                    export: ExportOptions { custom_px: [0, 1_000_000], ..ExportOptions::default() },
                    ..good.clone()
                },
                |_| {},
            ),
            (
                SavedState {
                    compare: Some(jiff::civil::date(2011, 12, 31)),
                    overlap: Some("nato".into()),
                    ..good.clone()
                },
                |settings| {
                    settings.compare = Some(jiff::civil::date(2011, 12, 31));
                    settings.overlap = None
                },
            ),
        ];
        for (broken, fix) in cases {
            let mut expected = good.clone();
            fix(&mut expected);
            assert_eq!(broken.clone().checked(today, known), expected, "{broken:?}");
        }
    }

    #[test]
    fn every_value_is_read_when_read_one_by_one() {
        let settings = SavedState {
            date: Some(jiff::civil::date(1994, 4, 20)),
            compare: Some(jiff::civil::date(1992, 5, 15)),
            table: true,
            table_sort: crate::ui::TableSort { column: crate::ui::Column::Since, descending: true },
            story: crate::story::StoryFilter { changes_only: true, ..Default::default() },
            step: Step::Change,
            speed: Speed::Fast,
            view: Some(SavedView { lon_deg: 64.0, lat_deg: 41.0, zoom: 5.5 }),
            selected: Some("UZB".parse().unwrap()),
            labels: false,
            tiles: true,
            equal_area: true,
            context: false,
            theme: Theme::Dark,
            ui_zoom: 1.5,
            export: ExportOptions { labels: false, ..ExportOptions::default() },
            timeline_file: Some("/home/ana/timeline.json".into()),
            language: Lang::Ru,
            organisation: Some("nato".into()),
            overlap: Some("sco".into()),
        };
        let written = ron::from_str::<Written>(&ron::to_string(&settings).unwrap()).unwrap();
        assert_eq!(SavedState::value_by_value(&written), settings);
    }

    #[test]
    fn a_saved_state_round_trips() {
        let settings = SavedState {
            date: Some(jiff::civil::date(1994, 4, 20)),
            step: Step::Day,
            selected: Some("UZB".parse().unwrap()),
            view: Some(SavedView { lon_deg: 64.0, lat_deg: 41.0, zoom: 5.5 }),
            theme: Theme::Dark,
            export: ExportOptions {
                size: crate::ui::export_dialog::SizePreset::A4,
                format: crate::images::ImageFormat::Svg,
                labels: false,
                folder: Some("/home/ana/Slides".into()),
                ..ExportOptions::default()
            },
            ..SavedState::default()
        };
        let text = ron::to_string(&settings).unwrap();
        assert_eq!(ron::from_str::<SavedState>(&text).unwrap(), settings);
    }
}
