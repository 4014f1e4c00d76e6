//! The contested territories in the window, as a user meets them: hatched over the recognised
//! state's colour on the days their periods cover, named in the tooltip and the legend, listed in
//! the details with their sources, and switched off in the View menu.
#![cfg(feature = "desktop")]
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use egui::{Event, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::{Date, date};

use csto_map::app::CstoApp;
use csto_map::ui::{SavedState, SavedView};

use common::{app_with, click_at, drawn_colour_at, screen_pos};

/// The window on `day`, on the Black Sea.
fn black_sea_on(day: Date) -> Harness<'static, CstoApp> {
    app_with(SavedState {
        date: Some(day),
        view: Some(SavedView { lon_deg: 36.0, lat_deg: 45.0, zoom: 6.0 }),
        ..SavedState::default()
    })
}

/// Moves the pointer over northern Crimea and runs the frames a tooltip needs.
fn hover_crimea(harness: &mut Harness<'_, CstoApp>) {
    let pos = screen_pos(harness, 45.75, 33.6);
    for step in [Pos2::new(pos.x - 3.0, pos.y), pos] {
        harness.event(Event::PointerMoved(step));
        harness.run_steps(2);
    }
    harness.run_steps(6);
}

#[test]
fn crimea_is_named_in_the_tooltip_in_2015_and_not_in_2013() {
    let mut harness = black_sea_on(date(2015, 6, 1));
    hover_crimea(&mut harness);
    harness.get_by_label("Ukraine");
    harness.get_by_label("Held by Russia since 18 March 2014");
    harness.get_by_label("Part of Ukraine under international law");
    harness.get_by_label("Territory held by another state or authority");
    // The country keeps the recognised state's colour: Ukraine's, no CSTO status.
    let none = csto_map::style::fill_of(None, csto_map::style::Theme::Light).fill.to_egui();
    assert_eq!(drawn_colour_at(&harness, screen_pos(&harness, 45.75, 33.6)), Some(none));

    let mut before = black_sea_on(date(2013, 6, 1));
    hover_crimea(&mut before);
    before.get_by_label("Ukraine");
    assert!(before.query_by_label_contains("Held by Russia").is_none(), "nobody else held Crimea in 2013");
}

#[test]
fn the_view_menu_switches_them_off_and_a_click_lists_their_periods_and_sources() {
    let mut harness = black_sea_on(date(2015, 6, 1));
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness.get_by_label("Contested territories").click();
    harness.run_steps(2);
    assert!(!harness.state().settings().context, "remembered");
    harness.key_press(egui::Key::Escape);
    hover_crimea(&mut harness);
    assert!(harness.query_by_label_contains("Held by Russia").is_none(), "switched off");
    assert!(harness.query_by_label("Territory held by another state or authority").is_none());

    let mut harness = black_sea_on(date(2015, 6, 1));
    let crimea = screen_pos(&harness, 45.75, 33.6);
    click_at(&mut harness, crimea);
    harness.run_steps(3);
    assert_eq!(harness.state().settings().selected.map(|iso3| iso3.to_string()).as_deref(), Some("UKR"));
    harness.get_by_label("Contested territories");
    harness.get_by_label("Crimea");
    harness.get_by_label("Held by Russia since 18 March 2014");
    // A source, as a link.
    assert!(harness.query_all_by_label_contains("TASS").next().is_some(), "Crimea's sources are listed");
}
