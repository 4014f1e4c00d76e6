//! `csto-map territories`: the territories held by another state or authority than the one whose
//! territory they are, on a day, as a user asks for them (text and JSON, English and Russian).
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

use serde_json::Value;

mod common;

use common::csto_map;

fn held_on(date: &str) -> Vec<Value> {
    let output = csto_map(&["territories", "--date", date, "--json"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice::<Value>(&output.stdout).unwrap().as_array().unwrap().clone()
}

fn find<'a>(list: &'a [Value], id: &str) -> Option<&'a Value> {
    list.iter().find(|territory| territory["id"] == id)
}

#[test]
fn crimea_is_listed_from_march_2014_as_ukraines_held_by_russia() {
    assert!(find(&held_on("2013-12-31"), "crimea").is_none());
    let in_2015 = held_on("2015-06-01");
    let crimea = find(&in_2015, "crimea").unwrap();
    assert_eq!(crimea["recognised_as"], "UKR");
    assert_eq!(crimea["held_by"], "RUS");
    assert_eq!(crimea["since"], "2014-03-18");
    assert!(crimea["note"].as_str().unwrap().contains("68/262"));
    // A local authority holds Transnistria: no state.
    let transnistria = find(&in_2015, "transnistria").unwrap();
    assert_eq!((transnistria["recognised_as"].as_str(), transnistria["held_by"].is_null()), (Some("MDA"), true));
    // Each record has the fields, and no more than the holder's name besides.
    let mut keys: Vec<&str> = crimea.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["held_by", "holder", "id", "name", "note", "recognised_as", "since"]);
}

#[test]
fn nagorno_karabakh_is_listed_until_september_2023() {
    assert!(find(&held_on("2023-09-19"), "nagorno_karabakh").is_some());
    assert!(find(&held_on("2023-09-20"), "nagorno_karabakh").is_none());
}

#[test]
fn the_text_names_the_holder_and_the_day_in_each_language() {
    let output = csto_map(&["territories", "--date", "2015-06-01"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Crimea") && text.contains("UKR  held by Russia since 18 March 2014"), "{text}");
    let output = csto_map(&["--lang", "ru", "territories", "--date", "2015-06-01"]);
    let text = String::from_utf8(output.stdout).unwrap();
    let crimea = text.lines().find(|line| line.starts_with("Крым")).unwrap();
    assert!(crimea.contains("UKR  под контролем: Россия, с 18") && crimea.contains("марта 2014"), "{crimea}");
    let output = csto_map(&["territories", "--date", "1993-01-01"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Transnistria") && !text.contains("Crimea"), "{text}");
}

#[test]
fn a_bad_date_gets_one_message() {
    let output = csto_map(&["territories", "--date", "2015-13-01"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("--date") && !stderr.contains("panicked"), "{stderr}");
}
