//! The panel along the bottom: play, steps and speed, the shown day in words, the timeline bar,
//! and what changed in the shown year.

use egui::{RichText, Ui};

use crate::clock::Step;
use crate::timeline::{Entry, Status};
use crate::ui::timeline_bar::{TimelineBar, timeline_bar_ui};
use crate::ui::{Intent, Settings, Speed};

pub fn bottom_panel_ui(
    ui: &mut Ui,
    bar: &TimelineBar<'_>,
    settings: &Settings,
    playing: bool,
    changes: &[Entry<'_>],
    as_of: &str,
) -> Vec<Intent> {
    let mut intents = Vec::new();
    egui::Panel::bottom("timeline").resizable(false).show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let play = if playing { "⏸ Pause" } else { "▶ Play" };
            if ui.button(play).on_hover_text("Play the years from 1992 (Space)").clicked() {
                intents.push(Intent::TogglePlay);
            }
            if ui.button("⏴").on_hover_text("One step back (Left)").clicked() {
                intents.push(Intent::StepBack);
            }
            if ui.button("⏵").on_hover_text("One step on (Right)").clicked() {
                intents.push(Intent::StepForward);
            }
            let (step, speed) = (settings.step, settings.speed);
            let shown = format!("Step: {}", step.label());
            let hint = "How far Left/Right and dragging move";
            let picked = choice_ui(ui, "Step of the timeline", shown, hint, (&Step::ALL, step), Step::label);
            intents.extend(picked.map(Intent::SetStep));
            let hint = "How fast Play moves through the years";
            let picked =
                choice_ui(ui, "Play speed", speed.label().to_owned(), hint, (&Speed::ALL, speed), Speed::label);
            intents.extend(picked.map(Intent::SetSpeed));
            ui.separator();
            ui.label(RichText::new(format!("CSTO membership {as_of}")).heading());
        });
        intents.extend(timeline_bar_ui(ui, bar));
        changes_ui(ui, bar.date.year(), changes);
        ui.add_space(2.0);
    });
    intents
}

/// A drop-down of `choices`, named `name` for screen readers; returns the one picked.
fn choice_ui<T: Copy + PartialEq>(
    ui: &mut Ui,
    name: &str,
    shown: String,
    hint: &str,
    (choices, current): (&[T], T),
    label: fn(T) -> &'static str,
) -> Option<T> {
    let mut picked = None;
    egui::ComboBox::from_id_salt(name)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for &choice in choices {
                if ui.selectable_label(choice == current, label(choice)).clicked() {
                    picked = Some(choice);
                }
            }
        })
        .response
        .on_hover_text(hint)
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, name));
    picked
}

/// "Changes in 1999: 20 April 1999: Azerbaijan, Georgia, Uzbekistan, member ➡ former member".
fn changes_ui(ui: &mut Ui, year: i16, changes: &[Entry<'_>]) {
    // Changes of the same day and kind share a line.
    type Kind = (String, Option<Status>, Status);
    let mut groups: Vec<(Kind, Vec<&str>)> = Vec::new();
    for entry in changes {
        let Entry::Change { subject, previous, change } = entry else { continue };
        let kind = (change.when(), *previous, change.status);
        match groups.last_mut() {
            Some((last, names)) if *last == kind => names.push(subject.name()),
            _ => groups.push((kind, vec![subject.name()])),
        }
    }
    ui.horizontal_wrapped(|ui| {
        if groups.is_empty() {
            ui.weak(format!("No change of status in {year} up to the shown day."));
            return;
        }
        ui.strong(format!("Changes in {year}:"));
        for ((date, previous, status), names) in groups {
            let before = previous.map_or("no status", Status::label);
            ui.label(format!("{date}: {}, {before} ➡ {}", names.join(", "), status.label()));
        }
    });
}
