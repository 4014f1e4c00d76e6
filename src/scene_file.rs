//! Scenes: a small JSON file of what shapes the map (the day, the day compared with, the part
//! of the map, the theme, the names, the selected country, the table, the organisation and the
//! one it overlaps with, the projection), which the app saves and
//! opens (File → Save scene… / Open scene…) and `csto-map --scene` and `csto-map render --scene`
//! accept, so that a lesson plan's links, the app and the images show the same.

use std::path::Path;

use jiff::civil::Date;

use crate::Iso3;
use crate::clock::FIRST_DAY;
use crate::data::is_box;
use crate::i18n::Lang;
use crate::style::Theme;
use crate::tr;

/// The form of scene files this version writes and reads.
pub const SCENE_VERSION: u32 = 1;

/// What a scene file holds.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct SceneFile {
    /// Marks the file as a csto-map scene, and its form: 1.
    pub csto_map_scene: u32,
    /// The day shown; none: today (whenever the scene is opened).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The day compared with (compare mode), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compare: Option<Date>,
    /// The part of the map, `[west, south, east, north]` in degrees; none: the CSTO region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bbox: Option<[f64; 4]>,
    #[serde(default)]
    pub theme: Theme,
    /// Country names on the map (in images: their ISO codes).
    #[serde(default = "names_on")]
    pub labels: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected: Option<Iso3>,
    /// The table of statuses beside the map.
    #[serde(default)]
    pub table: bool,
    /// The id of the organisation shown; none: the CSTO.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The id of the organisation whose overlap with it the map shows, if it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overlap: Option<String>,
    /// The projection, as `--projection` names it: in the window, any but `mercator` is the
    /// equal-area map; none: the window's Web Mercator map, and images' default (`auto`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projection: Option<crate::geodata::ProjectionChoice>,
    /// The contested territories on the map (written only when they are left out).
    #[serde(default = "names_on", skip_serializing_if = "is_on")]
    pub context: bool,
}

fn is_on(on: &bool) -> bool {
    *on
}

fn names_on() -> bool {
    true
}

impl Default for SceneFile {
    fn default() -> Self {
        Self {
            csto_map_scene: SCENE_VERSION,
            date: None,
            compare: None,
            bbox: None,
            theme: Theme::Light,
            labels: true,
            selected: None,
            table: false,
            organisation: None,
            overlap: None,
            projection: None,
            context: true,
        }
    }
}

/// Why a scene file cannot be opened, naming the file.
#[derive(Debug)]
pub enum SceneError {
    Unreadable {
        path: String,
        reason: std::io::Error,
    },
    /// Not JSON, or not a scene's fields (the JSON reader's words).
    NotAScene {
        path: String,
        reason: String,
    },
    /// JSON without the scene's marker.
    NoMarker {
        path: String,
    },
    /// A scene of a later form than this program reads.
    Later {
        path: String,
        version: u64,
    },
    BadDate {
        path: String,
        date: Date,
        today: Date,
    },
    BadBox {
        path: String,
        bbox: [f64; 4],
    },
    /// A day compared with and an overlap: a map shows one of them.
    CompareAndOverlap {
        path: String,
    },
    /// An overlap of the organisation with itself.
    OverlapWithItself {
        path: String,
        id: String,
    },
}

impl SceneError {
    /// The error in words of `lang`: one line naming the file and what is wrong.
    pub fn localised(&self, lang: Lang) -> String {
        match self {
            SceneError::Unreadable { path, reason } => {
                tr!(lang, "scene-unreadable", path = path.as_str(), reason = reason.to_string())
            }
            SceneError::NotAScene { path, reason } => {
                tr!(lang, "scene-not-a-scene", path = path.as_str(), reason = reason.as_str())
            }
            SceneError::NoMarker { path } => {
                tr!(lang, "scene-not-a-scene", path = path.as_str(), reason = lang.t("scene-no-marker"))
            }
            SceneError::Later { path, version } => tr!(lang, "scene-version", path = path.as_str(), version = *version),
            SceneError::BadDate { path, date, today } => {
                let (date, today) = (date.to_string(), today.to_string());
                tr!(lang, "scene-bad-date", path = path.as_str(), date = date, today = today)
            }
            SceneError::BadBox { path, bbox } => {
                let bbox = bbox.map(|value| value.to_string()).join(",");
                tr!(lang, "scene-bad-box", path = path.as_str(), bbox = bbox)
            }
            SceneError::CompareAndOverlap { path } => tr!(lang, "scene-compare-and-overlap", path = path.as_str()),
            SceneError::OverlapWithItself { path, id } => {
                tr!(lang, "scene-overlap-itself", path = path.as_str(), id = id.as_str())
            }
        }
    }
}

crate::i18n::english_display!(SceneError);

impl SceneFile {
    /// Reads and checks a scene file.
    pub fn read(path: &Path, today: Date) -> Result<Self, SceneError> {
        let shown = path.display().to_string();
        let text = std::fs::read(path).map_err(|reason| SceneError::Unreadable { path: shown.clone(), reason })?;
        Self::from_json(&text, &shown, today)
    }

    /// A scene from the bytes of a file named `origin`, checked.
    pub fn from_json(text: &[u8], origin: &str, today: Date) -> Result<Self, SceneError> {
        let path = origin.to_owned();
        let not_a_scene =
            |reason: serde_json::Error| SceneError::NotAScene { path: path.clone(), reason: reason.to_string() };
        let value: serde_json::Value = serde_json::from_slice(text).map_err(not_a_scene)?;
        match value.get("csto_map_scene").and_then(serde_json::Value::as_u64) {
            Some(version) if version == u64::from(SCENE_VERSION) => {}
            Some(version) => return Err(SceneError::Later { path, version }),
            None => return Err(SceneError::NoMarker { path }),
        }
        let scene: Self = serde_json::from_value(value).map_err(not_a_scene)?;
        for day in [scene.date, scene.compare].into_iter().flatten() {
            if !(FIRST_DAY..=today).contains(&day) {
                return Err(SceneError::BadDate { path, date: day, today });
            }
        }
        if let Some(bbox) = scene.bbox.filter(|&bbox| !is_box(bbox)) {
            return Err(SceneError::BadBox { path, bbox });
        }
        if scene.compare.is_some() && scene.overlap.is_some() {
            return Err(SceneError::CompareAndOverlap { path });
        }
        let shown = scene.organisation.as_deref().unwrap_or(crate::timeline::DEFAULT_ORGANISATION);
        if let Some(id) = scene.overlap.as_deref().filter(|&id| id == shown) {
            return Err(SceneError::OverlapWithItself { path, id: id.to_owned() });
        }
        Ok(scene)
    }

    /// The scene as its file holds it.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 11, 30);

    #[test]
    fn a_scene_round_trips_through_its_file() {
        let scene = SceneFile {
            date: Some(date(2012, 6, 28)),
            compare: Some(date(2011, 12, 31)),
            bbox: Some([38.0, 37.0, 52.0, 44.5]),
            theme: Theme::Dark,
            labels: false,
            selected: Some("UZB".parse().unwrap()),
            table: true,
            organisation: Some("nato".into()),
            ..SceneFile::default()
        };
        let read = SceneFile::from_json(scene.to_json().as_bytes(), "x.json", TODAY).unwrap();
        assert_eq!(read, scene);
        let overlap = SceneFile { compare: None, overlap: Some("sco".into()), ..scene };
        assert_eq!(SceneFile::from_json(overlap.to_json().as_bytes(), "x.json", TODAY).unwrap(), overlap);
        let albers = SceneFile { projection: Some(crate::geodata::ProjectionChoice::Albers), ..overlap };
        assert!(!albers.to_json().contains("context"), "on, as by default: not written");
        let bare = SceneFile { context: false, ..albers.clone() };
        assert!(bare.to_json().contains(r#""context": false"#));
        assert_eq!(SceneFile::from_json(bare.to_json().as_bytes(), "x.json", TODAY).unwrap(), bare);
        assert!(albers.to_json().contains(r#""projection": "albers""#), "{}", albers.to_json());
        assert_eq!(SceneFile::from_json(albers.to_json().as_bytes(), "x.json", TODAY).unwrap(), albers);
        let minimal = SceneFile::from_json(br#"{"csto_map_scene": 1}"#, "x.json", TODAY).unwrap();
        assert_eq!(minimal, SceneFile::default());
    }

    #[test]
    fn a_damaged_or_foreign_file_gets_one_message_naming_it() {
        let cases: [(&[u8], &str); 9] = [
            (br#"{"csto_map_scene": 1, "overlap": "csto"}"#, "lesson.json: the map of csto cannot overlap csto itself"),
            (
                br#"{"csto_map_scene": 1, "compare": "2000-01-01", "overlap": "nato"}"#,
                "lesson.json: a map shows a day compared with another or an overlap, not both",
            ),
            (b"junk \x00\xff", "lesson.json is not a csto-map scene file"),
            (br#"{"date": "2012-06-28"}"#, "lesson.json is not a csto-map scene file: it has no \"csto_map_scene\""),
            (br#"{"csto_map_scene": 7}"#, "lesson.json is a scene of a later csto-map (form 7)"),
            (br#"{"csto_map_scene": 1, "date": "2012-13-01"}"#, "lesson.json is not a csto-map scene file"),
            (
                br#"{"csto_map_scene": 1, "date": "1985-01-01"}"#,
                "lesson.json: the day 1985-01-01 is outside the timeline",
            ),
            (br#"{"csto_map_scene": 1, "bbox": [50, 10, 40, 20]}"#, "lesson.json: the box 50,10,40,20 is not"),
            (br#"{"csto_map_scene": 1, "zoom": 3}"#, "unknown field `zoom`"),
        ];
        for (text, expected) in cases {
            let error = SceneFile::from_json(text, "lesson.json", TODAY).unwrap_err().localised(Lang::En);
            assert!(error.contains(expected), "{error}");
            assert_eq!(error.lines().count(), 1, "{error}");
        }
    }
}
