//! Scenes: a small JSON file of what shapes the map (the day, the day compared with, the part
//! of the map, the theme, the names, the selected country, the table), which the app saves and
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
        }
    }
}

impl SceneFile {
    /// Reads and checks a scene file: one message, in `lang`, naming the file and what is wrong.
    pub fn read(path: &Path, today: Date, lang: Lang) -> Result<Self, String> {
        let shown = path.display().to_string();
        let text = std::fs::read(path)
            .map_err(|error| tr!(lang, "scene-unreadable", path = shown.as_str(), reason = error.to_string()))?;
        Self::from_json(&text, &shown, today, lang)
    }

    /// A scene from the bytes of a file named `origin`, checked.
    pub fn from_json(text: &[u8], origin: &str, today: Date, lang: Lang) -> Result<Self, String> {
        let not_a_scene = |reason: String| tr!(lang, "scene-not-a-scene", path = origin, reason = reason);
        let value: serde_json::Value = serde_json::from_slice(text).map_err(|error| not_a_scene(error.to_string()))?;
        match value.get("csto_map_scene").and_then(serde_json::Value::as_u64) {
            Some(version) if version == u64::from(SCENE_VERSION) => {}
            Some(version) => return Err(tr!(lang, "scene-version", path = origin, version = version)),
            None => return Err(not_a_scene(lang.t("scene-no-marker"))),
        }
        let scene: Self = serde_json::from_value(value).map_err(|error| not_a_scene(error.to_string()))?;
        for day in [scene.date, scene.compare].into_iter().flatten() {
            if !(FIRST_DAY..=today).contains(&day) {
                let (date, today) = (day.to_string(), today.to_string());
                return Err(tr!(lang, "scene-bad-date", path = origin, date = date, today = today));
            }
        }
        if let Some(bbox) = scene.bbox.filter(|&bbox| !is_box(bbox)) {
            let bbox = bbox.map(|value| value.to_string()).join(",");
            return Err(tr!(lang, "scene-bad-box", path = origin, bbox = bbox));
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
            ..SceneFile::default()
        };
        let read = SceneFile::from_json(scene.to_json().as_bytes(), "x.json", TODAY, Lang::En).unwrap();
        assert_eq!(read, scene);
        let minimal = SceneFile::from_json(br#"{"csto_map_scene": 1}"#, "x.json", TODAY, Lang::En).unwrap();
        assert_eq!(minimal, SceneFile::default());
    }

    #[test]
    fn a_damaged_or_foreign_file_gets_one_message_naming_it() {
        let cases: [(&[u8], &str); 7] = [
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
            let error = SceneFile::from_json(text, "lesson.json", TODAY, Lang::En).unwrap_err();
            assert!(error.contains(expected), "{error}");
            assert_eq!(error.lines().count(), 1, "{error}");
        }
    }
}
