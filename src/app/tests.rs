//! Loading saved settings.

use super::*;
use crate::style::Theme;

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
fn a_corrupt_saved_state_opens_with_defaults_in_the_systems_language() {
    // Whatever the machine running the tests speaks: the system's language is given.
    for system in Lang::ALL {
        for text in ["(date: Some(\"2012-02-30\"))", "not ron at all {", "(step: Fortnight)", "", "[1, 2]"] {
            let settings = load_settings(Some(&Saved(text.to_owned())), system);
            assert_eq!(settings, SavedState { language: system, ..SavedState::default() }, "{text}");
        }
        let settings = load_settings(Some(&Saved("(theme: dark)".to_owned())), system);
        assert_eq!((settings.theme, settings.language), (Theme::Dark, system));
        let chosen = load_settings(Some(&Saved("(language: ru)".to_owned())), system);
        assert_eq!(chosen.language, Lang::Ru, "a language chosen before is kept");
        assert_eq!(load_settings(None, system).language, system, "the first start");
    }
}

#[test]
fn one_unreadable_value_costs_only_itself() {
    let saved = SavedState {
        date: Some(jiff::civil::date(1994, 4, 20)),
        step: crate::clock::Step::Month,
        selected: Some("UZB".parse().unwrap()),
        theme: Theme::Dark,
        labels: false,
        ..SavedState::default()
    };
    let text = ron::to_string(&saved).unwrap();
    // A step from a later version, and a date that is no date.
    let broken = text.replace("step:month", "step:fortnight").replace("\"1994-04-20\"", "\"1994-02-30\"");
    assert_eq!(broken.matches("fortnight").count() + broken.matches("02-30").count(), 2, "{text}");
    let settings = load_settings(Some(&Saved(broken)), Lang::En);
    assert_eq!(settings, SavedState { date: None, step: crate::clock::Step::Year, ..saved.clone() });
    assert_eq!(load_settings(Some(&Saved(text)), Lang::En), saved, "a sound state is read whole");
}
