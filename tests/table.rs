//! The table of statuses (key T) and `status --csv`: the same facts as the map, for screen
//! readers and spreadsheets.
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

mod common;

use common::csto_map_on;

/// Rows of CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks), read here
/// rather than by the code under test.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

/// The rows of `status --json` at a day, as (code, status).
fn json_rows(date: &str) -> Vec<(String, String)> {
    let output = csto_map_on("2026-11-30", &["status", "--date", date, "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .map(|row| (row["iso3"].as_str().unwrap().to_owned(), row["status"].as_str().unwrap().to_owned()))
        .collect()
}

/// (code, status) of each CSV row under its header.
fn csv_rows(csv: &str) -> Vec<(String, String)> {
    let rows = parse_csv(csv);
    assert_eq!(rows[0], ["iso3", "name", "status", "since", "next_change", "next_status"]);
    rows[1..].iter().map(|row| (row[0].clone(), row[2].clone())).collect()
}

#[test]
fn status_csv_has_the_rows_of_status_json_with_since_and_next() {
    let output = csto_map_on("2026-11-30", &["status", "--date", "2010-12-31", "--csv"]);
    assert!(output.status.success());
    let csv = String::from_utf8(output.stdout).unwrap();
    assert_eq!(csv_rows(&csv), json_rows("2010-12-31"));
    let rows = parse_csv(&csv);
    let uzbekistan = rows.iter().find(|row| row[0] == "UZB").unwrap();
    assert_eq!(uzbekistan, &["UZB", "Uzbekistan", "member", "2006-08-16", "2012-06-28", "former_member"]);
    let russian = csto_map_on("2026-11-30", &["--lang", "ru", "status", "--date", "2010-12-31", "--csv"]);
    let rows = parse_csv(&String::from_utf8(russian.stdout).unwrap());
    assert!(rows.iter().any(|row| row[1] == "Узбекистан" && row[2] == "member"), "names in the language, keys not");
    let refused = csto_map_on("2026-11-30", &["status", "--year", "2012", "--csv", "--json"]);
    assert_eq!(refused.status.code(), Some(2));
}

#[cfg(feature = "desktop")]
mod app {
    use egui::Key;
    use egui::accesskit::Role;
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    use jiff::civil::date;

    use csto_map::ui::SavedState;

    use super::common::app_with;
    use super::{csv_rows, json_rows};

    /// The country names of the table as a screen reader meets them, top to bottom.
    fn names_in_order(harness: &egui_kittest::Harness<'_, csto_map::app::CstoApp>, names: &[&str]) -> Vec<String> {
        let mut found: Vec<(f32, String)> = names
            .iter()
            .filter_map(|name| {
                let node =
                    harness.query_by(|node| node.role() == Role::Button && node.label().as_deref() == Some(name))?;
                Some((node.rect().min.y, (*name).to_owned()))
            })
            .collect();
        found.sort_by(|a, b| a.0.total_cmp(&b.0));
        found.into_iter().map(|(_, name)| name).collect()
    }

    #[test]
    fn key_t_shows_the_table_which_sorts_and_copies_csv_like_status_json() {
        let mut harness = app_with(SavedState { date: Some(date(2010, 12, 31)), ..SavedState::default() });
        assert!(harness.query_by_label("Copy as CSV").is_none());
        harness.key_press(Key::T);
        harness.run_steps(2);
        harness.get_by_label("Copy as CSV");
        let countries = ["Armenia", "Azerbaijan", "Georgia", "Uzbekistan"];
        assert_eq!(names_in_order(&harness, &countries), countries, "by country at first");
        harness.get_by_label_contains("Status").click();
        harness.run_steps(2);
        assert_eq!(names_in_order(&harness, &countries), ["Armenia", "Uzbekistan", "Azerbaijan", "Georgia"]);
        harness.get_by_label_contains("Status").click();
        harness.run_steps(2);
        assert_eq!(names_in_order(&harness, &countries), ["Georgia", "Azerbaijan", "Uzbekistan", "Armenia"]);
        harness.get_by_label("Copy as CSV").click();
        harness.run_steps(1);
        let copied = harness.output().platform_output.commands.iter().find_map(|command| match command {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        });
        let mut copied = csv_rows(&copied.expect("the table went to the clipboard"));
        let codes: Vec<&str> = copied.iter().map(|(code, _)| code.as_str()).collect();
        let four: Vec<&str> = codes.into_iter().filter(|code| ["ARM", "AZE", "GEO", "UZB"].contains(code)).collect();
        assert_eq!(four, ["GEO", "AZE", "UZB", "ARM"], "copied in the order shown");
        let mut json = json_rows("2010-12-31");
        copied.sort();
        json.sort();
        assert_eq!(copied, json, "the rows of status --json");
        // Tab walks the rows; a screen reader hears the whole row on each.
        let uzbekistan = harness.get_by_label("Uzbekistan");
        assert_eq!(
            uzbekistan.accesskit_node().description().as_deref(),
            Some("member, since 16 August 2006. Next change: former member, 28 June 2012")
        );
        harness.get_by_label("Uzbekistan").focus();
        harness.run_steps(2);
        let row_y = harness.get_by_label("Uzbekistan").rect().min.y;
        harness.key_press(Key::Tab);
        harness.run_steps(2);
        let focused = harness.query_by(|node| node.is_focused()).expect("Tab leaves the focus on a row");
        assert_eq!(focused.accesskit_node().role(), Role::Button);
        assert!(focused.rect().min.y > row_y, "Tab goes down the table, to {:?}", focused.accesskit_node().label());
        harness.get_by_label("Uzbekistan").click();
        harness.run_steps(2);
        assert_eq!(harness.state().settings().selected, Some("UZB".parse().unwrap()), "a row opens the details");
        harness.key_press(Key::T);
        harness.run_steps(2);
        assert!(harness.query_by_label("Copy as CSV").is_none());
    }

    #[test]
    fn rows_scrolled_out_of_view_are_still_there_for_tab_and_screen_readers() {
        let settings = SavedState { date: Some(date(2026, 11, 30)), table: true, ..SavedState::default() };
        let mut harness = app_with(settings);
        // A short window: the table shows its first rows, and the last one lies below the window.
        let height = 320.0;
        harness.set_size(egui::vec2(1280.0, height));
        harness.run_steps(3);
        let last = harness.get_by_label("Uzbekistan");
        assert!(last.rect().min.y > height, "the last row is out of view: {:?}", last.rect());
        assert!(last.accesskit_node().description().is_some(), "and read in full");
        harness.get_by_label("Tajikistan").focus();
        harness.run_steps(2);
        harness.key_press(Key::Tab);
        harness.run_steps(2);
        let focused = harness.query_by(|node| node.is_focused()).expect("Tab leaves the focus on a row");
        assert_eq!(focused.accesskit_node().label().as_deref(), Some("Uzbekistan"), "Tab reaches it");
    }
}
