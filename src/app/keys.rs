//! The app's keys, read from the keymap: commands with Ctrl, and the keys of the slider and the map.

use egui::{Ui, ViewportCommand};

use crate::ui::Intent;
use crate::ui::keymap::{self, When};

/// The keys of the app: the commands (Ctrl+…) always, the keys of the slider and the map unless
/// a text field has the keyboard; in compare mode Shift+Left/Right move the compared day. Ctrl+Q
/// closes the window here, whatever the mode.
pub fn keyboard_intents(ui: &Ui, comparing: bool) -> Vec<Intent> {
    let mut intents = ui.input_mut(|input| keymap::consume(input, When::Always));
    if intents.contains(&Intent::Quit) {
        ui.ctx().send_viewport_cmd(ViewportCommand::Close);
        intents.retain(|intent| *intent != Intent::Quit);
    }
    if ui.ctx().egui_wants_keyboard_input() {
        return intents;
    }
    // Compare mode's Shift+arrows first: the map's arrows would take them too.
    let contexts: &[When] = if comparing { &[When::Comparing, When::Map] } else { &[When::Map] };
    ui.input_mut(|input| {
        for &when in contexts {
            intents.extend(keymap::consume(input, when));
        }
    });
    intents
}
