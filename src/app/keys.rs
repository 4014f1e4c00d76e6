//! The app's keys: commands with Ctrl, and the keys of the slider and the map.

use egui::{Key, Modifiers, Ui, ViewportCommand};

use crate::ui::Intent;

/// The keys of the app: the commands (Ctrl+…) always, the keys of the slider and the map unless
/// a text field has the keyboard; in compare mode Shift+Left/Right move the compared day.
pub fn keyboard_intents(ui: &Ui, comparing: bool) -> Vec<Intent> {
    if ui.input_mut(|input| input.consume_key(Modifiers::COMMAND, Key::Q)) {
        ui.ctx().send_viewport_cmd(ViewportCommand::Close);
    }
    let command_keys = [
        (Modifiers::COMMAND, Key::E, Intent::OpenExport),
        (Modifiers::COMMAND | Modifiers::SHIFT, Key::C, Intent::CopyImage),
        (Modifiers::COMMAND | Modifiers::SHIFT, Key::S, Intent::ScreenshotWindow),
    ];
    let mut intents: Vec<Intent> = ui.input_mut(|input| {
        command_keys
            .iter()
            .filter(|(modifiers, key, _)| input.consume_key(*modifiers, *key))
            .map(|&(.., intent)| intent)
            .collect()
    });
    if ui.ctx().egui_wants_keyboard_input() {
        return intents;
    }
    let shifted = [(Key::ArrowLeft, Intent::CompareBack), (Key::ArrowRight, Intent::CompareForward)];
    let shifted = if comparing { &shifted[..] } else { &[] };
    intents.extend(ui.input_mut(|input| {
        shifted
            .iter()
            .filter(|(key, _)| input.consume_key(Modifiers::SHIFT, *key))
            .map(|&(_, intent)| intent)
            .collect::<Vec<_>>()
    }));
    let keys = [
        (Key::ArrowRight, Intent::StepForward),
        (Key::ArrowLeft, Intent::StepBack),
        (Key::PageDown, Intent::NextChange),
        (Key::PageUp, Intent::PreviousChange),
        (Key::Home, Intent::First),
        (Key::End, Intent::Last),
        (Key::Space, Intent::TogglePlay),
        (Key::Escape, Intent::Escape),
        (Key::Plus, Intent::ZoomIn),
        (Key::Equals, Intent::ZoomIn),
        (Key::Minus, Intent::ZoomOut),
        (Key::R, Intent::ResetView),
        (Key::C, Intent::ToggleCompare),
        (Key::T, Intent::ToggleTable),
        (Key::F5, Intent::Present),
    ];
    // "+" is Shift+"=" on many layouts: accept the zoom keys with or without Shift.
    let shift_too = |key: &Key| matches!(key, Key::Plus | Key::Equals | Key::Minus);
    intents.extend(ui.input_mut(|input| {
        keys.iter()
            .filter(|(key, _)| {
                input.consume_key(Modifiers::NONE, *key)
                    || (shift_too(key) && input.consume_key(Modifiers::SHIFT, *key))
            })
            .map(|&(_, intent)| intent)
            .collect::<Vec<_>>()
    }));
    intents
}
