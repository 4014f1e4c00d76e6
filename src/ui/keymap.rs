//! The keymap: every key of the app, when it works and what it does, in one table. The keys are
//! read from it, the menus show their shortcuts from it and the Help window lists it, each key
//! written by egui (`Context::format_shortcut`: "Ctrl+E", on a Mac "⌘E").

use egui::{InputState, Key, KeyboardShortcut, Modifiers};

use crate::ui::Intent;

/// When a key works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Commands with Ctrl (Cmd on a Mac): also while a text field has the keyboard.
    Always,
    /// The keys of the slider and the map, unless a text field has the keyboard. egui matches a
    /// key without modifiers with Shift too ("+" is Shift+"=" on many layouts).
    Map,
    /// In compare mode, before the map's keys (which would take Shift+arrow as an arrow).
    Comparing,
    /// While the story is presented: they replace the map's keys.
    Presenting,
    /// On the start screen of presentation mode.
    StartScreen,
}

/// Keys that do one thing.
#[derive(Debug)]
pub struct Binding {
    /// The first is the one the menus show.
    pub keys: &'static [KeyboardShortcut],
    pub intent: Intent,
    pub when: When,
    /// What it does, as a message name: the Help window's text for it.
    pub does: &'static str,
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::SHIFT, key)
}

const fn command(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn command_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn bind(keys: &'static [KeyboardShortcut], intent: Intent, when: When, does: &'static str) -> Binding {
    Binding { keys, intent, when, does }
}

/// Every key of the app, in the Help window's order; bindings with the same message share a row.
pub const KEYMAP: &[Binding] = &[
    bind(&[key(Key::ArrowLeft)], Intent::StepBack, When::Map, "key-left-right-does"),
    bind(&[key(Key::ArrowRight)], Intent::StepForward, When::Map, "key-left-right-does"),
    bind(&[key(Key::PageUp)], Intent::PreviousChange, When::Map, "key-pages-does"),
    bind(&[key(Key::PageDown)], Intent::NextChange, When::Map, "key-pages-does"),
    bind(&[key(Key::Home)], Intent::First, When::Map, "key-home-end-does"),
    bind(&[key(Key::End)], Intent::Last, When::Map, "key-home-end-does"),
    bind(&[key(Key::Space)], Intent::TogglePlay, When::Map, "key-space-does"),
    bind(&[key(Key::Escape)], Intent::Escape, When::Map, "key-escape-does"),
    bind(&[key(Key::Plus), key(Key::Equals)], Intent::ZoomIn, When::Map, "key-zoom-does"),
    bind(&[key(Key::Minus)], Intent::ZoomOut, When::Map, "key-zoom-does"),
    bind(&[key(Key::R)], Intent::ResetView, When::Map, "key-r-does"),
    bind(&[key(Key::C)], Intent::ToggleCompare, When::Map, "key-c-does"),
    bind(&[shift(Key::ArrowLeft)], Intent::CompareBack, When::Comparing, "key-shift-arrows-does"),
    bind(&[shift(Key::ArrowRight)], Intent::CompareForward, When::Comparing, "key-shift-arrows-does"),
    bind(&[key(Key::T)], Intent::ToggleTable, When::Map, "key-t-does"),
    bind(&[key(Key::F5)], Intent::Present, When::Map, "key-f5-does"),
    bind(&[command(Key::E)], Intent::OpenExport, When::Always, "key-export-does"),
    bind(&[command_shift(Key::C)], Intent::CopyImage, When::Always, "key-copy-does"),
    bind(&[command_shift(Key::S)], Intent::ScreenshotWindow, When::Always, "key-screenshot-does"),
    bind(&[command(Key::Q)], Intent::Quit, When::Always, "key-quit-does"),
    // What a presentation clicker sends, and the keyboard's own.
    bind(
        &[key(Key::PageDown), key(Key::ArrowRight), key(Key::ArrowDown), key(Key::Space), key(Key::Enter)],
        Intent::NextStep,
        When::Presenting,
        "present-next-does",
    ),
    bind(
        &[key(Key::PageUp), key(Key::ArrowLeft), key(Key::ArrowUp), key(Key::Backspace)],
        Intent::PreviousStep,
        When::Presenting,
        "present-previous-does",
    ),
    bind(&[key(Key::Home), key(Key::F5)], Intent::FirstStep, When::Presenting, "present-first-last-does"),
    bind(&[key(Key::End)], Intent::LastStep, When::Presenting, "present-first-last-does"),
    bind(&[key(Key::Enter)], Intent::StartPresentation, When::StartScreen, "present-start-does"),
    bind(&[key(Key::Escape)], Intent::EndPresentation, When::StartScreen, "present-leave-does"),
    bind(&[key(Key::Escape)], Intent::EndPresentation, When::Presenting, "present-leave-does"),
];

/// The key the menus show for an intent: the first of its binding.
pub fn shortcut(intent: Intent) -> Option<KeyboardShortcut> {
    KEYMAP.iter().find(|binding| binding.intent == intent).and_then(|binding| binding.keys.first().copied())
}

/// The intents of the keys of `when` pressed in this frame, in the table's order; the keys are
/// consumed, so that no one else answers them.
pub fn consume(input: &mut InputState, when: When) -> Vec<Intent> {
    let mut intents = Vec::new();
    for binding in KEYMAP.iter().filter(|binding| binding.when == when) {
        for shortcut in binding.keys {
            if input.consume_shortcut(shortcut) {
                intents.push(binding.intent);
            }
        }
    }
    intents
}

/// The Help window's rows for these contexts: each message once, in the table's order, with the
/// keys of every binding that says it.
pub fn help_rows(contexts: &[When]) -> Vec<(&'static str, Vec<&'static Binding>)> {
    let mut rows: Vec<(&'static str, Vec<&'static Binding>)> = Vec::new();
    for binding in KEYMAP.iter().filter(|binding| contexts.contains(&binding.when)) {
        match rows.iter_mut().find(|(does, _)| *does == binding.does) {
            Some((_, bindings)) => bindings.push(binding),
            None => rows.push((binding.does, vec![binding])),
        }
    }
    rows
}

/// The keys of a Help row as egui writes them, with the names of the keys people read in
/// `lang` ("Влево", "Пробел"; "+" for Plus): a binding's keys separated by commas, the bindings
/// by slashes ("Left / Right", "+, = / -"); each binding's keys once.
pub fn keys_text(ctx: &egui::Context, bindings: &[&Binding], lang: crate::i18n::Lang) -> String {
    let mut texts: Vec<String> = Vec::new();
    for binding in bindings {
        let keys: Vec<String> = binding.keys.iter().map(|shortcut| shortcut_text(ctx, shortcut, lang)).collect();
        let text = keys.join(", ");
        if !texts.contains(&text) {
            texts.push(text);
        }
    }
    texts.join(" / ")
}

/// A shortcut as egui writes it ("Ctrl+E", "Shift+Left"), its key named in `lang` where the
/// message files name it (`key-name-<egui's name>`).
pub fn shortcut_text(ctx: &egui::Context, shortcut: &KeyboardShortcut, lang: crate::i18n::Lang) -> String {
    let text = ctx.format_shortcut(shortcut);
    let name = shortcut.logical_key.name();
    let id = format!("key-name-{name}");
    match text.strip_suffix(name) {
        Some(modifiers) if lang.has(&id) => format!("{modifiers}{}", lang.t(&id)),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// The contexts the app reads together, in the order it reads them. (Presentation mode's
    /// keys are read before the map's on purpose: they take Escape, Enter or the arrows.)
    const TOGETHER: [&[When]; 4] = [
        &[When::Always, When::Comparing, When::Map],
        &[When::Always, When::Map],
        &[When::Presenting, When::Always],
        &[When::StartScreen, When::Always],
    ];

    #[test]
    fn no_two_bindings_of_one_context_share_a_key() {
        for (i, first) in KEYMAP.iter().enumerate() {
            for second in KEYMAP.iter().skip(i + 1).filter(|second| second.when == first.when) {
                let shared: Vec<_> = first.keys.iter().filter(|key| second.keys.contains(key)).collect();
                assert!(
                    shared.is_empty(),
                    "{:?} and {:?} in {:?}: {shared:?}",
                    first.intent,
                    second.intent,
                    first.when
                );
            }
        }
    }

    #[test]
    fn each_key_pressed_reaches_its_own_binding_whatever_else_is_read() {
        // egui takes a key without modifiers with Shift too: Shift+Left must be read as compare
        // mode's before the map's Left takes it.
        for contexts in TOGETHER {
            let read = contexts.iter().flat_map(|when| KEYMAP.iter().filter(move |binding| binding.when == *when));
            let read: Vec<&Binding> = read.collect();
            for binding in &read {
                for pressed in binding.keys {
                    let taker = read.iter().find(|other| {
                        other.keys.iter().any(|key| {
                            key.logical_key == pressed.logical_key && pressed.modifiers.matches_logically(key.modifiers)
                        })
                    });
                    let taker = taker.map(|other| (other.intent, other.when));
                    assert_eq!(taker, Some((binding.intent, binding.when)), "{pressed:?} in {contexts:?}");
                }
            }
        }
    }

    #[test]
    fn every_binding_says_what_it_does_in_every_language() {
        for binding in KEYMAP {
            assert!(!binding.keys.is_empty(), "{:?} has no key", binding.intent);
            for lang in Lang::ALL {
                assert!(lang.has(binding.does), "{lang:?} has no {}", binding.does);
            }
        }
    }

    #[test]
    fn the_help_writes_the_keys_as_egui_does() {
        let ctx = egui::Context::default();
        ctx.set_os(egui::os::OperatingSystem::Nix);
        let rows = help_rows(&[When::Map, When::Comparing]);
        let text = |does: &str| {
            let (_, bindings) = rows.iter().find(|(id, _)| *id == does).unwrap();
            keys_text(&ctx, bindings, Lang::En)
        };
        assert_eq!(text("key-left-right-does"), "Left / Right");
        assert_eq!(text("key-zoom-does"), "+, = / -");
        assert_eq!(text("key-shift-arrows-does"), "Shift+Left / Shift+Right");
        let (_, arrows) = rows.iter().find(|(id, _)| *id == "key-shift-arrows-does").unwrap();
        assert_eq!(keys_text(&ctx, arrows, Lang::Ru), "Shift+Влево / Shift+Вправо", "the keys' names in Russian");
        assert_eq!(shortcut(Intent::CopyImage).map(|key| ctx.format_shortcut(&key)).unwrap(), "Ctrl+Shift+C");
        let leave = help_rows(&[When::Presenting, When::StartScreen]);
        let (_, bindings) = leave.iter().find(|(id, _)| *id == "present-leave-does").unwrap();
        assert_eq!(keys_text(&ctx, bindings, Lang::En), "Esc", "the same key of two contexts is written once");
    }
}
