//! A soak test of the real app in egui_kittest: thousands of random key presses, clicks, drags,
//! scrolls, window resizes and menu and dialog actions (exports included, into a temporary
//! folder). Nothing may panic, the shown day stays within the timeline, and memory does not grow
//! without bound. The seed is fixed and printed on failure; `SOAK_SEED=N SOAK_STEPS=N cargo test
//! --test soak` replays or lengthens a run.
#![cfg(feature = "desktop")]
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

use egui::{Event, Key, Modifiers, MouseWheelUnit, PointerButton, Pos2, Vec2, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::date;
use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};

use csto_map::app::CstoApp;
use csto_map::clock::FIRST_DAY;
use csto_map::ui::SavedState;
use csto_map::ui::export_dialog::{ExportOptions, SizePreset};

/// One of `items`, at random.
fn pick<T: Copy>(rng: &mut TestRng, items: &[T]) -> T {
    items[rng.random_range(0..items.len())]
}

#[derive(Debug)]
enum Action {
    Key(Modifiers, Key),
    Click(Pos2),
    Drag(Pos2, Vec2),
    Scroll(Pos2, Vec2),
    Hover(Pos2),
    Resize(Vec2),
    Type(&'static str),
    /// A button or menu entry, by its label, if it is on screen.
    Press(&'static str),
}

const KEYS: [(Modifiers, Key); 28] = [
    (Modifiers::NONE, Key::ArrowLeft),
    (Modifiers::NONE, Key::ArrowRight),
    (Modifiers::NONE, Key::PageUp),
    (Modifiers::NONE, Key::PageDown),
    (Modifiers::NONE, Key::Home),
    (Modifiers::NONE, Key::End),
    (Modifiers::NONE, Key::Space),
    (Modifiers::NONE, Key::Escape),
    (Modifiers::NONE, Key::Plus),
    (Modifiers::NONE, Key::Minus),
    (Modifiers::NONE, Key::R),
    (Modifiers::NONE, Key::Tab),
    (Modifiers::NONE, Key::Enter),
    (Modifiers::NONE, Key::Backspace),
    (Modifiers::COMMAND, Key::E),
    (Modifiers::COMMAND, Key::Q),
    (Modifiers::COMMAND, Key::A),
    (Modifiers::COMMAND, Key::Plus),
    (Modifiers::COMMAND, Key::Minus),
    (Modifiers::COMMAND, Key::Num0),
    (Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::C),
    (Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S),
    // Presenting (F5, then Enter starts the story), compare mode and its second day, the table.
    (Modifiers::NONE, Key::F5),
    (Modifiers::NONE, Key::C),
    (Modifiers::NONE, Key::T),
    (Modifiers::SHIFT, Key::ArrowLeft),
    (Modifiers::SHIFT, Key::ArrowRight),
    (Modifiers::NONE, Key::F5),
];

const BUTTONS: [&str; 24] = [
    "File",
    "View",
    "Help",
    "Export image…",
    "Save",
    "Replace",
    "Keep it",
    "Copy image",
    "Close",
    "▶ Play",
    "⏸ Pause",
    "SVG (vector)",
    "PNG",
    "Country names",
    "Dark",
    "Light",
    // Compare mode, the table and presenting, from the View menu and their own panels.
    "Compare with another day C",
    "Table of statuses T",
    "Present the story… F5",
    "Start (Enter)",
    "Only the changes of status",
    "Copy as CSV",
    "Code",
    "Since",
];

fn random_action(rng: &mut TestRng, size: Vec2) -> Action {
    let anywhere = |rng: &mut TestRng| pos2(rng.random_range(0.0..size.x), rng.random_range(0.0..size.y));
    match rng.random_range(0..100) {
        0..30 => {
            let (modifiers, key) = pick(rng, &KEYS);
            Action::Key(modifiers, key)
        }
        30..50 => Action::Click(anywhere(rng)),
        50..60 => Action::Drag(anywhere(rng), vec2(rng.random_range(-300.0..300.0), rng.random_range(-300.0..300.0))),
        60..68 => Action::Scroll(anywhere(rng), vec2(0.0, rng.random_range(-200.0..200.0))),
        68..78 => Action::Hover(anywhere(rng)),
        78..80 => Action::Resize(vec2(rng.random_range(300.0..2200.0), rng.random_range(200.0..1400.0))),
        80..85 => Action::Type(pick(rng, &["2012", "map", "typed.png", "/proc/nope/x.png", "Ünïcödé ОДКБ", ""])),
        _ => Action::Press(pick(rng, &BUTTONS)),
    }
}

/// The primary button pressed or released at `pos`.
fn button(pos: Pos2, pressed: bool) -> Event {
    Event::PointerButton { pos, button: PointerButton::Primary, pressed, modifiers: Modifiers::NONE }
}

fn act(harness: &mut Harness<'_, CstoApp>, action: &Action) {
    match *action {
        Action::Key(modifiers, key) => harness.key_press_modifiers(modifiers, key),
        Action::Click(pos) => {
            harness.event(Event::PointerMoved(pos));
            harness.event(button(pos, true));
            harness.event(button(pos, false));
        }
        Action::Drag(from, by) => {
            harness.event(Event::PointerMoved(from));
            harness.event(button(from, true));
            harness.step();
            for part in 1..=4 {
                harness.event(Event::PointerMoved(from + by * part as f32 / 4.0));
                harness.step();
            }
            harness.event(button(from + by, false));
        }
        Action::Scroll(pos, delta) => {
            harness.event(Event::PointerMoved(pos));
            harness.event(Event::MouseWheel {
                unit: MouseWheelUnit::Point,
                delta,
                phase: egui::TouchPhase::Move,
                modifiers: Modifiers::NONE,
                source: egui::MouseWheelSource::Wheel,
            });
        }
        Action::Hover(pos) => harness.event(Event::PointerMoved(pos)),
        Action::Resize(size) => {
            harness.set_size(size);
        }
        Action::Type(text) => harness.event(Event::Text(text.to_owned())),
        Action::Press(label) => {
            if let Some(node) = harness.query_all_by_label(label).next() {
                node.click();
            }
        }
    }
    harness.step();
}

/// The memory this process holds, in MiB (Linux; 0 elsewhere).
fn resident_mib() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm.split_whitespace().nth(1).and_then(|pages| pages.parse().ok()).unwrap_or(0.0);
    pages * 4096.0 / (1024.0 * 1024.0)
}

#[test]
fn thousands_of_random_actions_never_break_the_app() {
    let seed: u64 = std::env::var("SOAK_SEED").ok().and_then(|seed| seed.parse().ok()).unwrap_or(0x00c5_70da_7a5e_ed01);
    let steps: usize = std::env::var("SOAK_STEPS").ok().and_then(|steps| steps.parse().ok()).unwrap_or(4000);
    let folder = std::env::temp_dir().join(format!("csto-map-soak-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    // Small custom images, so that the exports the run makes stay quick in a debug build.
    let export = ExportOptions {
        size: SizePreset::Custom,
        custom_px: [320, 180],
        folder: Some(folder.clone()),
        ..ExportOptions::default()
    };
    let settings = SavedState { date: Some(date(2012, 12, 31)), export, ..SavedState::default() };
    let today = date(2026, 11, 30);
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_step_dt(0.05)
        .build_eframe(move |cc| CstoApp::with(&cc.egui_ctx, settings, Box::new(move || today)));
    harness.run_steps(3);

    let mut rng = TestRng::from_seed(RngAlgorithm::XorShift, &[seed.to_le_bytes(), seed.to_le_bytes()].concat());
    let mut size = vec2(1280.0, 800.0);
    let mut recent: std::collections::VecDeque<Action> = std::collections::VecDeque::new();
    let mut baseline_mib = 0.0;
    let (mut days, mut dialog_frames, mut notices) = (std::collections::BTreeSet::new(), 0, 0);
    let (mut presenting, mut comparing, mut table) = (0, 0, 0);
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        for step in 0..steps {
            let action = random_action(&mut rng, size);
            if let Action::Resize(to) = action {
                size = to;
            }
            act(&mut harness, &action);
            recent.push_back(action);
            if recent.len() > 12 {
                recent.pop_front();
            }
            let day = harness.state().date();
            assert!((FIRST_DAY..=today).contains(&day), "step {step}: the map shows {day}");
            days.insert(day);
            dialog_frames += usize::from(harness.state().export_dialog().is_some());
            notices += usize::from(harness.state().notice().is_some());
            presenting += usize::from(harness.state().is_presenting());
            comparing += usize::from(harness.state().compare_date().is_some());
            table += usize::from(harness.state().settings().table);
            if step == steps / 4 {
                baseline_mib = resident_mib();
            }
        }
    }));
    if let Err(panic) = run {
        eprintln!("soak test failed with SOAK_SEED={seed}; the last actions: {recent:#?}");
        std::panic::resume_unwind(panic);
    }
    // Let exports still running finish, then check memory.
    for _ in 0..100 {
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let saved = std::fs::read_dir(&folder).map_or(0, Iterator::count);
    eprintln!(
        "soak: {steps} actions, {} days shown, the export dialog open in {dialog_frames} of them, a notice in \
         {notices}, {saved} files saved; presenting in {presenting}, comparing in {comparing}, the table in {table}",
        days.len()
    );
    // The run reached what it is meant to hammer.
    assert!(days.len() > 20 && dialog_frames > 0 && notices > 0, "the random actions missed the app");
    assert!(presenting > 0 && comparing > 0 && table > 0, "the random actions missed presenting, compare or the table");
    let grown_mib = resident_mib() - baseline_mib;
    assert!(grown_mib < 300.0, "memory grew by {grown_mib:.0} MiB after the first quarter (SOAK_SEED={seed})");
    let _ = std::fs::remove_dir_all(&folder);
}
