//! The panel along the bottom: play, steps and speed, the shown day in words, the timeline bar,
//! and what changed in the shown year.

use egui::{RichText, Ui};

use crate::app::clock::Step;
use crate::app::{Intent, Settings, Speed};
use crate::timeline::{Entry, PartialDate, Status};
use crate::ui::timeline_bar::{TimelineBar, timeline_bar_ui};

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
            step_combo_ui(ui, settings.step, &mut intents);
            speed_combo_ui(ui, settings.speed, &mut intents);
            ui.separator();
            ui.label(RichText::new(format!("CSTO membership {as_of}")).heading());
        });
        intents.extend(timeline_bar_ui(ui, bar));
        changes_ui(ui, bar.date.year(), changes);
        ui.add_space(2.0);
    });
    intents
}

fn step_combo_ui(ui: &mut Ui, step: Step, intents: &mut Vec<Intent>) {
    egui::ComboBox::from_id_salt("step")
        .selected_text(format!("Step: {}", step.label()))
        .show_ui(ui, |ui| {
            for choice in Step::ALL {
                if ui.selectable_label(choice == step, choice.label()).clicked() {
                    intents.push(Intent::SetStep(choice));
                }
            }
        })
        .response
        .on_hover_text("How far Left/Right and dragging move")
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Step of the timeline"));
}

fn speed_combo_ui(ui: &mut Ui, speed: Speed, intents: &mut Vec<Intent>) {
    egui::ComboBox::from_id_salt("speed")
        .selected_text(speed.label())
        .show_ui(ui, |ui| {
            for choice in Speed::ALL {
                if ui.selectable_label(choice == speed, choice.label()).clicked() {
                    intents.push(Intent::SetSpeed(choice));
                }
            }
        })
        .response
        .on_hover_text("How fast Play moves through the years")
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Play speed"));
}

/// "Changes in 1999: 20 April 1999: Azerbaijan, Georgia, Uzbekistan, member ➡ former member".
fn changes_ui(ui: &mut Ui, year: i16, changes: &[Entry<'_>]) {
    // Changes of the same day and kind share a line.
    type Kind = (PartialDate, Option<Status>, Status);
    let mut groups: Vec<(Kind, Vec<&str>)> = Vec::new();
    for entry in changes {
        let Entry::Change { subject, previous, change } = entry else { continue };
        let kind = (change.date, *previous, change.status);
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
