//! Where things happened, in the window: the place of an event is marked on the map for a month
//! after it, named in its tooltip, and a click on it shows the event's day and its country;
//! presenting a step with a place marks and frames it.
#![cfg(feature = "desktop")]
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use egui::{Event, Key, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::{Date, date};

use csto_map::app::CstoApp;
use csto_map::ui::{SavedState, SavedView};

use common::{app_with, click_at, screen_pos};

const ALMATY: (f64, f64) = (43.238, 76.945);

fn kazakhstan_on(day: Date) -> Harness<'static, CstoApp> {
    app_with(SavedState {
        date: Some(day),
        view: Some(SavedView { lon_deg: 72.0, lat_deg: 45.0, zoom: 5.0 }),
        ..SavedState::default()
    })
}

fn hover(harness: &mut Harness<'_, CstoApp>, pos: Pos2) {
    for step in [Pos2::new(pos.x - 2.0, pos.y), pos] {
        harness.event(Event::PointerMoved(step));
        harness.run_steps(2);
    }
    harness.run_steps(6);
}

#[test]
fn almaty_is_marked_in_january_2022_named_in_its_tooltip_and_a_click_shows_the_event() {
    let mut harness = kazakhstan_on(date(2022, 1, 10));
    let almaty = screen_pos(&harness, ALMATY.0, ALMATY.1);
    hover(&mut harness, almaty);
    harness.get_by_label("CSTO peacekeepers deployed to Kazakhstan");
    harness.get_by_label("6 January 2022");
    // A few points away, the pointer is on Kazakhstan, not on the marker.
    hover(&mut harness, Pos2::new(almaty.x + 14.0, almaty.y - 14.0));
    assert!(harness.query_by_label("CSTO peacekeepers deployed to Kazakhstan").is_none());
    harness.get_by_label_contains("member, as of 10 January 2022");

    click_at(&mut harness, almaty);
    harness.run_steps(3);
    assert_eq!(harness.state().date(), date(2022, 1, 6), "the event's day");
    assert_eq!(harness.state().settings().selected.map(|iso3| iso3.to_string()).as_deref(), Some("KAZ"));

    // A year later the place is no longer marked.
    let mut later = kazakhstan_on(date(2023, 1, 10));
    let almaty = screen_pos(&later, ALMATY.0, ALMATY.1);
    hover(&mut later, almaty);
    assert!(later.query_by_label("CSTO peacekeepers deployed to Kazakhstan").is_none());
    later.get_by_label("Kazakhstan");
}

#[test]
fn presenting_an_event_with_a_place_frames_it() {
    let mut harness = app_with(SavedState::default());
    harness.key_press(Key::F5);
    harness.run_steps(3);
    harness.get_by_label("Start (Enter)").click();
    harness.run_steps(3);
    // Step forward to the Kazakhstan deployment.
    for _ in 0..200 {
        if harness.state().date() == date(2022, 1, 6) {
            break;
        }
        harness.key_press(Key::ArrowRight);
        harness.run_steps(2);
    }
    assert_eq!(harness.state().date(), date(2022, 1, 6));
    harness.run_steps(12);
    let view = harness.state().map_view().unwrap();
    let almaty = screen_pos(&harness, ALMATY.0, ALMATY.1);
    assert!(
        almaty.distance(view.rect.center()) < 40.0,
        "Almaty at {almaty:?}, the map's centre {:?}",
        view.rect.center()
    );
    assert!(view.zoom() > 5.0, "framed close: zoom {}", view.zoom());
    // Its marker is there: the pointer on it names the place and the event.
    hover(&mut harness, almaty);
    harness.get_by_label("Almaty");
    // The caption and the tooltip both name the event.
    assert_eq!(harness.query_all_by_label("CSTO peacekeepers deployed to Kazakhstan").count(), 2);
}
