//! What the app remembers between runs, and what the user can ask it to do.

use jiff::civil::Date;

use crate::Iso3;
use crate::app::clock::Step;
use crate::app::export::ExportOptions;
use crate::style::Theme;

/// Persisted with eframe. Every field has a default, so an old or partly broken saved state
/// still opens; an unreadable one opens with all defaults.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct Settings {
    /// The shown day; `None` until the user moves the slider (then today is shown).
    pub date: Option<Date>,
    pub step: Step,
    pub speed: Speed,
    /// The map's centre and zoom; `None` frames the CSTO region.
    pub view: Option<SavedView>,
    pub selected: Option<Iso3>,
    pub labels: bool,
    /// OpenStreetMap tiles under the countries (needs the network).
    pub tiles: bool,
    pub theme: Theme,
    /// egui's zoom factor (Ctrl+plus/minus), for projectors and high-density screens.
    pub ui_zoom: f32,
    /// The export dialog's choices, as last used.
    pub export: ExportOptions,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            date: None,
            step: Step::Year,
            speed: Speed::Normal,
            view: None,
            selected: None,
            labels: true,
            tiles: false,
            theme: Theme::Light,
            ui_zoom: 1.0,
            export: ExportOptions::default(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct SavedView {
    pub lon_deg: f64,
    pub lat_deg: f64,
    pub zoom: f64,
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

    pub fn label(self) -> &'static str {
        match self {
            Speed::Slow => "Slow (1.5 s a year)",
            Speed::Normal => "Normal (0.8 s a year)",
            Speed::Fast => "Fast (0.4 s a year)",
            Speed::Fastest => "Fastest (0.15 s a year)",
        }
    }
}

/// Something the user asked for in this frame; the app applies it after the frame is laid out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Intent {
    ShowDate(Date),
    StepForward,
    StepBack,
    PreviousChange,
    NextChange,
    First,
    Last,
    TogglePlay,
    SetStep(Step),
    SetSpeed(Speed),
    Select(Option<Iso3>),
    ZoomTo(Iso3),
    ZoomIn,
    ZoomOut,
    ResetView,
    SetLabels(bool),
    SetTiles(bool),
    SetTheme(Theme),
    ShowAbout,
    /// Escape: closes the export dialog if open, else the country's details.
    Escape,
    OpenExport,
    /// The image the export dialog would save, to the clipboard.
    CopyImage,
    ScreenshotWindow,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_old_saved_state_with_missing_and_unknown_fields_keeps_what_it_can() {
        let saved = r#"(date: Some("2012-12-31"), labels: false, retired_option: 3)"#;
        let settings: Settings = ron::from_str(saved).unwrap();
        assert_eq!(settings.date, Some(jiff::civil::date(2012, 12, 31)));
        assert!(!settings.labels);
        assert_eq!(settings.step, Step::Year);
        assert_eq!(settings.ui_zoom, 1.0);
    }

    /// A storage holding whatever text a broken or foreign file left.
    struct Saved(String);

    impl eframe::Storage for Saved {
        fn get_string(&self, _key: &str) -> Option<String> {
            Some(self.0.clone())
        }
        fn set_string(&mut self, _key: &str, _value: String) {}
        fn remove_string(&mut self, _key: &str) {}
        fn flush(&mut self) {}
    }

    #[test]
    fn a_corrupt_saved_state_opens_with_defaults() {
        for text in ["(date: Some(\"2012-02-30\"))", "not ron at all {", "(step: Fortnight)", ""] {
            let settings = crate::app::load_settings(Some(&Saved(text.to_owned())));
            assert_eq!(settings, Settings::default(), "{text}");
        }
        let settings = crate::app::load_settings(Some(&Saved("(theme: dark)".to_owned())));
        assert_eq!(settings.theme, Theme::Dark);
    }

    #[test]
    fn a_saved_state_round_trips() {
        let settings = Settings {
            date: Some(jiff::civil::date(1994, 4, 20)),
            step: Step::Day,
            selected: Some("UZB".parse().unwrap()),
            view: Some(SavedView { lon_deg: 64.0, lat_deg: 41.0, zoom: 5.5 }),
            theme: Theme::Dark,
            export: ExportOptions {
                size: crate::app::export::SizePreset::A4,
                format: crate::app::export::ImageFormat::Svg,
                labels: false,
                folder: Some("/home/ana/Slides".into()),
                ..ExportOptions::default()
            },
            ..Settings::default()
        };
        let text = ron::to_string(&settings).unwrap();
        assert_eq!(ron::from_str::<Settings>(&text).unwrap(), settings);
    }
}
