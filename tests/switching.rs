//! Switching organisations and overlapping two in the window, as a user does it with the mouse:
//! the Organisation menu, the selectors over the legend, View → Overlap with; what the map, the
//! legend, the tooltip, the export dialog and the saved settings then say.
#![cfg(feature = "desktop")]
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use egui::accesskit::Role;
use egui::{Color32, Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::{Date, date};

use csto_map::app::CstoApp;
use csto_map::style::{Theme, status_fill, tie_fill};
use csto_map::timeline::{Side, Status, Tie};
use csto_map::ui::SavedState;

use common::{app_with, drawn_colour_at, screen_pos};

fn app_at(day: Date) -> Harness<'static, CstoApp> {
    app_with(SavedState { date: Some(day), ..SavedState::default() })
}

fn tie(side: Side) -> Color32 {
    tie_fill(Tie { side, partial: false }, Theme::Light).fill.to_egui()
}

/// Picks `item` from the selector over the legend named `selector`.
fn choose(harness: &mut Harness<'_, CstoApp>, selector: &str, item: &str) {
    harness.get_by_role_and_label(Role::ComboBox, selector).click();
    harness.run_steps(2);
    harness.get_by_label(item).click();
    // The pointer leaves the legend, whose rows it would otherwise pick out.
    harness.hover_at(Pos2::new(1000.0, 120.0));
    harness.run_steps(4);
}

#[test]
fn the_organisation_menu_shows_nato_and_the_choice_is_remembered() {
    let mut harness = app_at(date(2004, 12, 31));
    harness.get_by_role_and_label(Role::Button, "Organisation").click();
    harness.run_steps(2);
    harness.get_by_label("NATO — North Atlantic Treaty Organization").click();
    harness.run_steps(4);
    assert_eq!(harness.state().settings().organisation.as_deref(), Some("nato"));
    harness.get_by_label("NATO status");
    harness.get_by_label("Members: 26");
    let estonia = screen_pos(&harness, 58.7, 25.5);
    assert_eq!(drawn_colour_at(&harness, estonia), Some(status_fill(Status::Member).fill.to_egui()));
    assert_eq!(harness.state().window_title(), "csto-map: NATO membership as of 31 December 2004");
    // The next start opens on NATO.
    let again = app_with(harness.state().settings().clone());
    assert_eq!(again.state().window_title(), "csto-map: NATO membership as of 31 December 2004");
}

#[test]
fn the_selector_over_the_legend_overlaps_the_csto_with_nato() {
    let mut harness = app_at(date(2004, 12, 31));
    choose(&mut harness, "Overlap with", "NATO");
    assert_eq!(harness.state().settings().overlap.as_deref(), Some("nato"));
    harness.get_by_label("CSTO and NATO");
    harness.get_by_label("NATO only: 26");
    harness.get_by_label("CSTO only: 6");
    let (estonia, russia) = (screen_pos(&harness, 58.7, 25.5), screen_pos(&harness, 56.0, 40.0));
    assert_eq!(drawn_colour_at(&harness, estonia), Some(tie(Side::Second)));
    assert_eq!(drawn_colour_at(&harness, russia), Some(tie(Side::First)));
    // The tooltip gives both statuses.
    harness.event(egui::Event::PointerMoved(estonia));
    harness.run_steps(4);
    assert_eq!(harness.state().hovered(), Some("EST".parse().unwrap()));
    harness.get_by_label_contains("CSTO: no CSTO status; NATO: member, as of 31 December 2004");
    // Hovering "NATO only" fades Russia and keeps Estonia.
    harness.get_by_label("NATO only: 26").hover();
    harness.run_steps(2);
    assert_eq!(drawn_colour_at(&harness, estonia), Some(tie(Side::Second)));
    let faded = drawn_colour_at(&harness, russia).unwrap();
    assert_ne!(faded, tie(Side::First), "Russia fades");
    assert!(faded.r() > tie(Side::First).r() && faded.g() > tie(Side::First).g(), "towards the sea: {faded:?}");
    // Back to the CSTO's statuses.
    choose(&mut harness, "Overlap with", "none");
    assert_eq!(harness.state().settings().overlap, None);
    harness.get_by_label("CSTO status");
}

#[test]
fn the_view_menu_overlaps_too_and_compare_mode_turns_the_overlap_off() {
    let mut harness = app_at(date(2025, 6, 30));
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness.get_by_role_and_label(Role::Button, "Overlap with").hover();
    harness.run_steps(3);
    harness.get_by_label("SCO — Shanghai Cooperation Organisation").click();
    harness.run_steps(4);
    assert_eq!(harness.state().settings().overlap.as_deref(), Some("sco"));
    let kazakhstan = screen_pos(&harness, 48.0, 67.0);
    assert_eq!(drawn_colour_at(&harness, kazakhstan), Some(tie(Side::Both)));
    harness.key_press(Key::Escape);
    harness.key_press(Key::C);
    harness.run_steps(3);
    assert!(harness.state().compare_date().is_some(), "C compares two days");
    assert_eq!(harness.state().settings().overlap, None, "and the overlap is off");
    assert!(harness.query_all_by_label_contains("Changes from").count() > 0, "the legend counts changes");
}

#[test]
fn the_export_dialog_titles_and_names_an_overlap_and_the_organisation_shown() {
    let settings = SavedState { date: Some(date(2004, 12, 31)), overlap: Some("nato".into()), ..SavedState::default() };
    let mut harness = app_with(settings);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(2);
    let dialog = harness.state().export_dialog().unwrap();
    assert_eq!(dialog.title, "CSTO and NATO: where they overlap, as of 31 December 2004");
    assert!(dialog.path.ends_with("csto-map-csto-nato-2004-12-31.png"), "{}", dialog.path);
    let region = dialog.region_deg();
    assert!(region[0] < -100.0 && region[2] == 180.0, "the region holds North America and Russia: {region:?}");
    let settings =
        SavedState { date: Some(date(2004, 12, 31)), organisation: Some("nato".into()), ..SavedState::default() };
    let mut harness = app_with(settings);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(2);
    let dialog = harness.state().export_dialog().unwrap();
    assert_eq!(dialog.title, "NATO membership, as of 31 December 2004");
    assert!(dialog.path.ends_with("csto-map-nato-2004-12-31.png"), "{}", dialog.path);
}

#[test]
fn a_saved_overlap_of_an_unknown_organisation_shows_the_statuses() {
    let settings = SavedState { overlap: Some("otan".into()), ..SavedState::default() };
    let harness = app_with(settings);
    harness.get_by_label("CSTO status");
}

#[test]
fn presenting_an_overlap_tells_both_stories_on_the_overlap_map() {
    use csto_map::story::{StoryFilter, story_of_two};
    let story = StoryFilter { changes_only: true, from_year: 2004, to_year: 2004, ..StoryFilter::default() };
    let settings = SavedState { overlap: Some("nato".into()), story, ..SavedState::default() };
    let mut harness = app_with(settings);
    for key in [Key::F5, Key::Enter] {
        harness.key_press(key);
        harness.run_steps(3);
    }
    let organisations = csto_map::timeline::Organisations::bundled().unwrap();
    let (csto, nato) = (organisations.get("csto").unwrap(), organisations.get("nato").unwrap());
    let steps = story_of_two(csto, nato, &story, csto_map::i18n::Lang::En);
    let enlargement = steps.iter().position(|step| step.date == date(2004, 3, 29)).unwrap();
    assert_eq!(harness.state().presentation_step(), Some((0, steps.len())));
    for _ in 0..enlargement {
        harness.key_press(Key::ArrowRight);
        harness.run_steps(2);
    }
    harness.run_steps(4);
    assert_eq!(harness.state().date(), date(2004, 3, 29));
    harness.get_by_label_contains("NATO: Bulgaria, Estonia");
    let estonia = screen_pos(&harness, 58.7, 25.5);
    assert_eq!(drawn_colour_at(&harness, estonia), Some(tie(Side::Second)), "the overlap map, while presenting");
}

#[test]
fn a_scene_saved_with_an_overlap_opens_on_it_and_a_csto_scene_names_no_organisation() {
    let settings =
        SavedState { date: Some(date(2004, 12, 31)), organisation: Some("nato".into()), ..SavedState::default() };
    let mut harness = app_with(settings);
    choose(&mut harness, "Overlap with", "CSTO");
    let scene = harness.state().scene();
    assert_eq!((scene.organisation.as_deref(), scene.overlap.as_deref()), (Some("nato"), Some("csto")));
    let mut fresh = app_at(date(2012, 12, 31));
    assert_eq!(fresh.state().scene().organisation, None, "the CSTO's scene is written as before");
    let ctx = fresh.ctx.clone();
    fresh.state_mut().open_scene(&ctx, &scene);
    fresh.run_steps(4);
    assert_eq!(fresh.state().settings().organisation.as_deref(), Some("nato"));
    assert_eq!(fresh.state().settings().overlap.as_deref(), Some("csto"));
    fresh.get_by_label("NATO and CSTO");
}

#[test]
fn the_export_dialog_follows_the_organisation_the_overlap_and_compare_mode_while_open() {
    let settings = SavedState { date: Some(date(2004, 12, 31)), overlap: Some("nato".into()), ..SavedState::default() };
    let mut harness = app_with(settings);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(2);
    // Showing NATO, the organisation overlapped: the overlap ends, and the dialog says NATO's map.
    let nato = harness.state().settings().overlap.clone();
    assert_eq!(nato.as_deref(), Some("nato"));
    harness.get_by_role_and_label(Role::Button, "Organisation").click();
    harness.run_steps(2);
    harness.get_by_label("NATO — North Atlantic Treaty Organization").click();
    harness.run_steps(3);
    assert_eq!(harness.state().settings().overlap, None, "no overlap of NATO with itself");
    let dialog = harness.state().export_dialog().unwrap();
    assert_eq!(dialog.title, "NATO membership, as of 31 December 2004");
    assert!(dialog.path.ends_with("csto-map-nato-2004-12-31.png"), "{}", dialog.path);
    assert!(dialog.overlap.is_none());
    // Overlapping again, then comparing: the dialog exports the comparison.
    choose(&mut harness, "Overlap with", "CSTO");
    assert_eq!(
        harness.state().export_dialog().unwrap().title,
        "NATO and CSTO: where they overlap, as of 31 December 2004"
    );
    harness.get_by_role_and_label(Role::Button, "View").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Compare with another day").click();
    harness.run_steps(3);
    let dialog = harness.state().export_dialog().unwrap();
    assert!(dialog.overlap.is_none() && dialog.compare.is_some(), "{dialog:?}");
    assert!(dialog.title.starts_with("NATO membership: changes from"), "{}", dialog.title);
}

#[test]
fn choosing_an_overlap_on_the_start_screen_tells_both_stories() {
    use csto_map::story::{StoryFilter, story, story_of_two};
    let mut harness = app_at(date(2026, 11, 30));
    harness.key_press(Key::F5);
    harness.run_steps(3);
    choose(&mut harness, "Overlap with", "NATO");
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    let organisations = csto_map::timeline::Organisations::bundled().unwrap();
    let (csto, nato) = (organisations.get("csto").unwrap(), organisations.get("nato").unwrap());
    let filter = StoryFilter::default();
    let both = story_of_two(csto, nato, &filter, csto_map::i18n::Lang::En).len();
    assert!(both > story(csto, &filter, csto_map::i18n::Lang::En).len());
    assert_eq!(harness.state().presentation_step(), Some((0, both)));
    assert!(
        harness.query_by_role_and_label(Role::ComboBox, "Overlap with").is_none(),
        "no selectors while presenting: the story decides what the class sees"
    );
}

#[test]
fn the_changes_of_the_year_on_an_overlap_map_are_both_organisations() {
    let settings = SavedState { date: Some(date(2004, 12, 31)), overlap: Some("nato".into()), ..SavedState::default() };
    let harness = app_with(settings);
    harness.get_by_label_contains("CSTO and NATO membership as of 31 December 2004");
    harness.get_by_label_contains("NATO: 29 March 2004: Bulgaria, Estonia");
}
