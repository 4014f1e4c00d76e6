//! The panel along the bottom: play, steps and speed, the shown day in words, the timeline bar,
//! and what changed in the shown year.

use egui::{RichText, Ui};

use crate::clock::Step;
use crate::i18n::Lang;
use crate::timeline::{Entry, Organisation};
use crate::ui::timeline_bar::{TimelineBar, timeline_bar_ui};
use crate::ui::{Intent, SavedState, Speed};

pub fn bottom_panel_ui(
    ui: &mut Ui,
    bar: &TimelineBar<'_>,
    settings: &SavedState,
    playing: bool,
    changes: &[(&Organisation, Vec<Entry<'_>>)],
    as_of: &str,
) -> Vec<Intent> {
    let mut intents = Vec::new();
    let lang = settings.language;
    egui::Panel::bottom("timeline").resizable(false).show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            let play = if playing { lang.t("pause") } else { lang.t("play") };
            if ui.button(play).on_hover_text(lang.t("play-hint")).clicked() {
                intents.push(Intent::TogglePlay);
            }
            if ui.button("⏴").on_hover_text(lang.t("step-back-hint")).clicked() {
                intents.push(Intent::StepBack);
            }
            if ui.button("⏵").on_hover_text(lang.t("step-on-hint")).clicked() {
                intents.push(Intent::StepForward);
            }
            let (step, speed) = (settings.step, settings.speed);
            let shown = crate::tr!(lang, "step-shown", step = step.label(lang));
            let choice = Choice { id: "step", name: lang.t("step-name"), shown, hint: lang.t("step-hint"), lang };
            let picked = choice_ui(ui, choice, (&Step::ALL, step), Step::label);
            intents.extend(picked.map(Intent::SetStep));
            let (name, hint) = (lang.t("speed-name"), lang.t("speed-hint"));
            let choice = Choice { id: "speed", name, shown: speed.label(lang), hint, lang };
            let picked = choice_ui(ui, choice, (&Speed::ALL, speed), Speed::label);
            intents.extend(picked.map(Intent::SetSpeed));
            ui.separator();
            let org = organisations_named(changes.iter().map(|(organisation, _)| *organisation), lang);
            ui.label(RichText::new(crate::tr!(lang, "map-heading", as_of = as_of, org = org)).heading());
        });
        intents.extend(timeline_bar_ui(ui, bar, lang));
        let heading = match bar.compare {
            Some(other) => {
                let (from, to) = (lang.date(other.min(bar.date)), lang.date(other.max(bar.date)));
                (
                    crate::tr!(lang, "compare-heading", from = from.as_str(), to = to.as_str()),
                    crate::tr!(lang, "compare-none", from = from, to = to),
                )
            }
            None => {
                let year = bar.date.year();
                (crate::tr!(lang, "changes-in", year = year), crate::tr!(lang, "changes-none", year = year))
            }
        };
        changes_ui(ui, heading, changes, lang);
        ui.add_space(2.0);
    });
    intents
}

/// The organisations of the map, as its heading names them: "CSTO", "CSTO and NATO".
fn organisations_named<'a>(mut organisations: impl Iterator<Item = &'a Organisation>, lang: Lang) -> String {
    let first = organisations.next().map_or("", |first| first.abbreviation_in(lang));
    match organisations.next() {
        Some(second) => crate::tr!(lang, "overlap-legend-title", first = first, second = second.abbreviation_in(lang)),
        None => first.to_owned(),
    }
}

/// A drop-down as shown: its id, its name for screen readers, its text and hint.
struct Choice {
    id: &'static str,
    name: String,
    shown: String,
    hint: String,
    lang: Lang,
}

/// A drop-down of `choices`; returns the one picked.
fn choice_ui<T: Copy + PartialEq>(
    ui: &mut Ui,
    Choice { id, name, shown, hint, lang }: Choice,
    (choices, current): (&[T], T),
    label: fn(T, Lang) -> String,
) -> Option<T> {
    let mut picked = None;
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for &choice in choices {
                if ui.selectable_label(choice == current, label(choice, lang)).clicked() {
                    picked = Some(choice);
                }
            }
        })
        .response
        .on_hover_text(hint)
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
    picked
}

/// "Changes in 1999: 20 April 1999: Azerbaijan, Georgia, Uzbekistan, member ➡ former member".
/// In compare mode: "Changes from 31 December 2011 to 31 December 2013: …".
/// On an overlap map, each organisation's changes, its line led by its abbreviation ("NATO: 29
/// March 2004: …").
fn changes_ui(ui: &mut Ui, (heading, none): (String, String), changes: &[(&Organisation, Vec<Entry<'_>>)], lang: Lang) {
    // Changes of the same day and kind share a line.
    type Kind = (String, String, String);
    let mut groups: Vec<(Kind, Vec<String>)> = Vec::new();
    let named = changes.len() > 1;
    for (organisation, entries) in changes {
        for entry in entries {
            let Entry::Change { subject, previous, change } = entry else { continue };
            let (before, after) = (lang.status_of(organisation, *previous), lang.status_of(organisation, Some(change)));
            let when = change.when(lang);
            let when = if named {
                crate::tr!(lang, "story-organisation-step", org = organisation.abbreviation_in(lang), title = when)
            } else {
                when
            };
            let (kind, name) = ((when, before, after), subject.name_in(lang).into_owned());
            match groups.last_mut() {
                Some((last, names)) if *last == kind => names.push(name),
                _ => groups.push((kind, vec![name])),
            }
        }
    }
    ui.horizontal_wrapped(|ui| {
        if groups.is_empty() {
            ui.weak(none);
            return;
        }
        ui.strong(heading);
        for ((date, before, after), names) in groups {
            let names = names.join(", ");
            ui.label(crate::tr!(lang, "change-line", date = date, names = names, before = before, after = after));
        }
    });
}
