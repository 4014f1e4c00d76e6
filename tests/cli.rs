//! The command line as a user runs it: the real binary, its stdout, stderr and exit status.
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

use std::path::PathBuf;

use serde_json::{Value, json};

mod common;

use common::{csto_map, csto_map_on};

fn stdout_json(args: &[&str]) -> Value {
    let output = csto_map(args);
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// Runs a command that must fail: exit status 2, one clear message, no panic.
fn failure(args: &[&str]) -> String {
    let output = csto_map(args);
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    assert!(output.stdout.is_empty(), "{args:?} printed to stdout");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains("panicked") && !stderr.contains("backtrace"), "{stderr}");
    stderr
}

fn status_of(list: &Value, iso3: &str) -> Option<String> {
    let entry = list.as_array().unwrap().iter().find(|entry| entry["iso3"] == iso3)?;
    Some(entry["status"].as_str().unwrap().to_owned())
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("csto-map-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A path in the temporary folder where no file is.
fn absent_file(name: &str) -> String {
    let path = temp_file(name, "");
    std::fs::remove_file(&path).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn status_2012_lists_uzbekistan_as_former_member_and_armenia_as_member() {
    let list = stdout_json(&["status", "--year", "2012", "--json"]);
    assert_eq!(status_of(&list, "UZB").as_deref(), Some("former_member"));
    assert_eq!(status_of(&list, "ARM").as_deref(), Some("member"));
    assert_eq!(list[0], json!({"iso3": "ARM", "name": "Armenia", "status": "member", "kind": "member"}));
    let codes: Vec<&str> = list.as_array().unwrap().iter().map(|e| e["iso3"].as_str().unwrap()).collect();
    let mut sorted = codes.clone();
    sorted.sort();
    assert_eq!(codes, sorted, "sorted by iso3");
    assert_eq!(codes, ["ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB"]);
}

#[test]
fn status_2024_shows_armenia_frozen_and_1993_belarus_a_signatory() {
    let list = stdout_json(&["status", "--year", "2024", "--json"]);
    assert_eq!(status_of(&list, "ARM").as_deref(), Some("member_frozen"));
    assert_eq!(status_of(&list, "SRB").as_deref(), Some("observer"));
    assert_eq!(status_of(&list, "AFG").as_deref(), Some("former_observer"));
    let list = stdout_json(&["status", "--year", "1993", "--json"]);
    assert_eq!(status_of(&list, "BLR").as_deref(), Some("signatory"));
}

#[test]
fn status_on_a_day_follows_the_change_of_that_day() {
    let before = stdout_json(&["status", "--date", "2012-06-27", "--json"]);
    let after = stdout_json(&["status", "--date", "2012-06-28", "--json"]);
    assert_eq!(status_of(&before, "UZB").as_deref(), Some("member"));
    assert_eq!(status_of(&after, "UZB").as_deref(), Some("former_member"));
    assert_eq!(stdout_json(&["status", "--date", "1992-01-01", "--json"]), json!([]));
}

#[test]
fn status_at_a_point_names_the_country_there() {
    let moscow = stdout_json(&["status", "--date", "2012-12-31", "--at", "55.75,37.62", "--json"]);
    assert_eq!(moscow, json!({"iso3": "RUS", "name": "Russia", "status": "member", "kind": "member"}));
    let kyiv = stdout_json(&["status", "--year", "2012", "--at", "50.45,30.52", "--json"]);
    assert_eq!(kyiv, json!({"iso3": "UKR", "name": "Ukraine", "status": null, "kind": null}));
    let black_sea = stdout_json(&["status", "--year", "2012", "--at", "43,34", "--json"]);
    assert_eq!(black_sea, Value::Null);
    let buenos_aires = stdout_json(&["status", "--year", "2012", "--at", "-34.6,-58.4", "--json"]);
    assert_eq!(buenos_aires["iso3"], "ARG");
}

#[test]
fn status_as_text_says_as_of_when() {
    let output = csto_map(&["status", "--year", "2012"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("CSTO status as of 31 December 2012:\n"), "{text}");
    assert!(text.lines().any(|line| line.split_whitespace().eq(["Uzbekistan", "UZB", "former", "member"])), "{text}");
}

#[test]
fn history_tells_why_uzbekistan_left_twice_with_sources() {
    let history = stdout_json(&["history", "UZB", "--json"]);
    let changes = history["changes"].as_array().unwrap();
    let statuses: Vec<&str> = changes.iter().map(|c| c["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["signatory", "member", "former_member", "member", "former_member"]);
    assert_eq!(changes[2]["date"], "1999-04-21");
    assert_eq!(changes[4]["previous"], "member");
    assert!(changes.iter().all(|c| !c["sources"].as_array().unwrap().is_empty()));
    let text = String::from_utf8(csto_map(&["history", "uzb"]).stdout).unwrap();
    assert!(text.starts_with("Uzbekistan (UZB)\n"), "{text}");
    assert!(text.contains("28 June 2012: member -> former member"), "{text}");
}

#[test]
fn history_shows_a_month_precise_date_as_the_month() {
    let history = stdout_json(&["history", "SRB", "--json"]);
    assert_eq!(history["changes"][0]["date"], "2013-04");
    assert_eq!(history["changes"][0]["precision"], "month");
    assert_eq!(history["changes"][0]["effective"], "2013-04-01");
    let text = String::from_utf8(csto_map(&["history", "SRB"]).stdout).unwrap();
    assert!(text.contains("\nApril 2013: no status -> observer (Parliamentary Assembly)\n"), "{text}");
    assert!(!text.contains("1 April 2013"), "{text}");
}

#[test]
fn a_de_facto_change_says_so_wherever_its_date_is_shown() {
    let history = stdout_json(&["history", "AFG", "--json"]);
    let end = &history["changes"][1];
    assert_eq!((end["date"].as_str(), end["de_facto"].as_bool()), (Some("2021-08-15"), Some(true)));
    assert_eq!(history["changes"][0]["de_facto"], false);
    let text = String::from_utf8(csto_map(&["history", "AFG"]).stdout).unwrap();
    assert!(
        text.contains("\n15 August 2021 (de facto): observer (Parliamentary Assembly) -> former observer\n"),
        "{text}"
    );
    let events = String::from_utf8(csto_map(&["events", "--from", "2021-01-01", "--to", "2021-12-31"]).stdout).unwrap();
    assert!(
        events.contains("15 August 2021 (de facto)  Afghanistan: observer (Parliamentary Assembly) -> former observer"),
        "{events}"
    );
}

#[test]
fn history_of_a_country_that_never_had_a_status_is_empty_not_an_error() {
    let history = stdout_json(&["history", "UKR", "--json"]);
    assert_eq!(history, json!({"iso3": "UKR", "name": "Ukraine", "changes": [], "events": []}));
}

#[test]
fn events_between_two_days_are_in_order_and_include_both_ends() {
    let events = stdout_json(&["events", "--from", "1999-04-02", "--to", "1999-04-21", "--json"]);
    let kinds: Vec<(&str, &str)> =
        events.as_array().unwrap().iter().map(|e| (e["date"].as_str().unwrap(), e["kind"].as_str().unwrap())).collect();
    assert_eq!(
        kinds,
        [("1999-04-02", "event"), ("1999-04-21", "change"), ("1999-04-21", "change"), ("1999-04-21", "change")]
    );
}

#[test]
fn the_timeline_option_works_before_and_after_the_subcommand() {
    let mut timeline: Value = serde_json::from_str(include_str!("../assets/organisations/csto.json")).unwrap();
    // A researcher's variant: Uzbekistan suspended on 19 December 2012 instead of 28 June.
    let uzb = timeline["countries"].as_array().unwrap().iter().position(|c| c["iso3"] == "UZB").unwrap();
    timeline["countries"][uzb]["changes"][4]["date"] = json!("2012-12-19");
    let path = temp_file("variant.json", &timeline.to_string());
    let path = path.to_str().unwrap();
    let before = stdout_json(&["--timeline", path, "status", "--date", "2012-07-01", "--json"]);
    let after = stdout_json(&["status", "--date", "2012-07-01", "--json", "--timeline", path]);
    assert_eq!(status_of(&before, "UZB").as_deref(), Some("member"));
    assert_eq!(before, after);
}

#[test]
fn bad_dates_points_and_codes_get_one_clear_message_and_exit_status_2() {
    let cases: [(&[&str], &str); 8] = [
        (&["status", "--date", "2012-02-30"], "error: --date: \"2012-02-30\" is not a date: February 2012 has 29 days"),
        (&["status", "--date", "31/12/2012"], "error: --date: \"31/12/2012\" is not a date: expected YYYY-MM-DD"),
        (&["status", "--year", "3000"], "error: --year: year 3000 is in the future"),
        (&["status", "--year", "2012", "--at", "95,37"], "error: --at: latitude 95 is out of range (-90 to 90)"),
        (&["status", "--year", "2012", "--at", "Moscow"], "error: --at: expected LAT,LON"),
        (&["history", "XYZ"], "error: XYZ is not a country of the timeline or of the world borders"),
        (&["history", "Uzbek"], "error: \"UZBEK\" is not an ISO 3166-1 alpha-3 code"),
        (
            &["events", "--from", "2020-01-01", "--to", "2010-01-01"],
            "error: --from 2020-01-01 is after --to 2010-01-01",
        ),
    ];
    for (args, expected) in cases {
        let stderr = failure(args);
        assert!(stderr.starts_with(expected), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
}

#[test]
fn a_broken_or_missing_timeline_file_is_named_with_the_place_of_the_problem() {
    let broken = temp_file("broken.json", "{\n  \"schema\": 1,\n  \"title\": \"x\",\n  oops\n}\n");
    let stderr = failure(&["status", "--year", "2012", "--timeline", broken.to_str().unwrap()]);
    assert_eq!(stderr, format!("error: {}: line 4, column 3: key must be a string\n", broken.display()));

    let mut timeline: Value = serde_json::from_str(include_str!("../assets/organisations/csto.json")).unwrap();
    timeline["countries"][0]["iso3"] = json!("ZZZ");
    let unknown = temp_file("unknown.json", &timeline.to_string());
    let stderr = failure(&["status", "--year", "2012", "--timeline", unknown.to_str().unwrap()]);
    assert!(stderr.ends_with("countries: ZZZ is not a country of the bundled world borders\n"), "{stderr}");

    let stderr = failure(&["status", "--year", "2012", "--timeline", "/no/such/timeline.json"]);
    assert!(stderr.starts_with("error: cannot read the timeline file /no/such/timeline.json: "), "{stderr}");
}

#[test]
fn usage_errors_exit_with_status_2() {
    let stderr = failure(&["status", "--date", "2012-12-31", "--year", "2012"]);
    assert!(stderr.contains("'--date <YYYY-MM-DD>' cannot be used with '--year <YYYY>'"), "{stderr}");
}

#[test]
fn status_without_a_day_is_today() {
    let bare = csto_map_on("2027-03-01", &["status"]);
    assert!(bare.status.success(), "{}", String::from_utf8_lossy(&bare.stderr));
    let today = csto_map_on("2027-03-01", &["status", "--date", "2027-03-01"]);
    assert_eq!(bare.stdout, today.stdout);
    assert!(String::from_utf8_lossy(&bare.stdout).starts_with("CSTO status as of today, 1 March 2027"));
}

#[test]
fn every_day_option_takes_days_of_the_timeline_only() {
    let outside = "is outside the timeline, which runs from 1992-01-01 to today";
    for (args, option) in [
        (&["status", "--date", "0001-01-01"][..], "--date"),
        (&["status", "--date", "1991-12-31"], "--date"),
        (&["status", "--year", "2012", "--compare", "1800-01-01"], "--compare"),
    ] {
        let stderr = failure(args);
        assert!(stderr.starts_with(&format!("error: {option}: ")) && stderr.contains(outside), "{args:?}: {stderr}");
    }
    let stderr = failure(&["status", "--year", "1800"]);
    assert_eq!(stderr, "error: --year: the end of 1800 is before the timeline, which starts in 1992\n");
    assert!(csto_map(&["status", "--date", "1992-01-01"]).status.success(), "the first day of the timeline");
    let future = failure(&["status", "--year", "2012", "--compare", "2999-01-01"]);
    assert!(future.starts_with("error: --compare: 2999-01-01 is in the future"), "{future}");
}

#[test]
fn status_as_text_says_each_status_in_words_in_every_language() {
    let english = String::from_utf8(csto_map(&["status", "--date", "2024-03-01"]).stdout).unwrap();
    assert!(english.lines().any(|line| line.starts_with("Armenia") && line.ends_with("member (participation frozen)")));
    assert!(!english.contains("member_frozen"), "{english}");
    let russian = String::from_utf8(csto_map(&["status", "--date", "2024-03-01", "--lang", "ru"]).stdout).unwrap();
    assert!(!russian.contains("member_frozen") && !russian.contains("member "), "{russian}");
}

#[test]
fn the_palette_is_printed_as_json_for_every_status_none_and_the_sea() {
    let palette = stdout_json(&["palette", "--json"]);
    let keys: Vec<&str> = palette.as_object().unwrap().keys().map(String::as_str).collect();
    for key in
        ["member", "member_frozen", "signatory", "former_member", "observer", "former_observer", "none", "background"]
    {
        assert!(keys.contains(&key), "{key} missing from {keys:?}");
        let fill = palette[key]["fill"].as_str().unwrap();
        assert!(fill.len() == 7 && fill.starts_with('#'), "{key}: {fill}");
    }
    assert_eq!(palette["member"]["pattern"], Value::Null);
    assert!(palette["member_frozen"]["pattern"].is_string());
    assert!(palette["signatory"]["pattern"].is_string());
    let dark = stdout_json(&["palette", "--json", "--theme", "dark"]);
    assert_ne!(dark["background"], palette["background"]);
    assert_eq!(dark["member"], palette["member"]);
}

#[test]
fn a_year_out_of_range_is_refused_rather_than_replaced_by_today() {
    let out = absent_file("year.png");
    let out = out.as_str();
    let cases: [(&[&str], &str); 7] = [
        (&["status", "--year=-20000"], "error: --year: year -20000 is out of range: give a year from 1 to 9999\n"),
        (&["status", "--year", "0", "--json"], "error: --year: year 0 is out of range: give a year from 1 to 9999\n"),
        (&["status", "--year", "10000"], "error: --year: year 10000 is out of range: give a year from 1 to 9999\n"),
        (&["status", "--date", "0000-06-01"], "error: --date: year 0 is out of range: give a year from 1 to 9999\n"),
        (&["events", "--from", "0000-01-01"], "error: --from: year 0 is out of range: give a year from 1 to 9999\n"),
        (&["events", "--to", "0000-12-31"], "error: --to: year 0 is out of range: give a year from 1 to 9999\n"),
        (
            &["render", "--year=-5", "--out", out],
            "error: --year: year -5 is out of range: give a year from 1 to 9999\n",
        ),
    ];
    for (args, expected) in cases {
        assert_eq!(failure(args), expected, "{args:?}");
    }
}

#[test]
fn image_options_that_would_be_clamped_rounded_or_ignored_are_refused() {
    let png = absent_file("never-written.png");
    let gif = absent_file("never-written.gif");
    let render = |extra: &[&str]| {
        let mut args = vec!["render", "--year", "2012", "--out", &png];
        args.extend_from_slice(extra);
        failure(&args)
    };
    // A box far taller than wide: its height was clamped to 20000 points, showing another box.
    let tall = render(&["--width", "100", "--bbox", "0,-80,1,80", "--projection", "mercator"]);
    assert!(tall.starts_with("error: --width 100 --scale 1 (the box's shape asks for 2"), "{tall}");
    assert!(tall.contains("--height sets one): an image of 100x2"), "{tall}");
    // A box far flatter than wide: its height of 0 was made 1.
    let flat = render(&["--width", "100", "--bbox", "0,10,180,10.0001", "--projection", "mercator"]);
    assert!(flat.contains("asks for 0 points of height") && flat.contains("100x0 pixels cannot be made"), "{flat}");
    // A side no image can have is refused where it is parsed, before any arithmetic on it (a
    // grid's 16:9 height of 4,000,000,000 points overflowed).
    let zero = render(&["--width", "0"]);
    assert!(zero.contains("'--width <WIDTH>': 0 is not in 1..=20000"), "{zero}");
    for (option, value) in [("--width", "4000000000"), ("--height", "4294967295")] {
        let huge = failure(&["render", "--dates", "2012-12-31,2013-12-31", option, value, "--out", &png]);
        assert!(huge.contains(&format!("{value} is not in 1..=20000")), "{huge}");
    }
    // A PNG in a file named .svg would not open.
    let mismatch = render(&["--width", "64", "--format", "svg"]);
    assert!(mismatch.starts_with("error: --format svg and --out "), "{mismatch}");
    assert!(mismatch.contains("the name says .png but the image would be SVG"), "{mismatch}");
    // --bare draws no title, so a title given with it would be dropped.
    let bare = render(&["--width", "64", "--bare", "--title", "Mine"]);
    assert!(bare.starts_with("error: the argument '--bare' cannot be used with '--title <TITLE>'"), "{bare}");

    // A GIF counts in hundredths of a second: 25 ms would silently become 30.
    let animate = |extra: &[&str]| {
        let mut args = vec!["animate", "--step", "change", "--width", "64", "--out", &gif];
        args.extend_from_slice(extra);
        failure(&args)
    };
    let delay = animate(&["--delay-ms", "25"]);
    let expected = "error: invalid value '25' for '--delay-ms <DELAY_MS>': expected milliseconds from 20 to 60000 \
                    in steps of 10, such as 700";
    assert!(delay.starts_with(expected), "{delay}");
    let hold = animate(&["--hold-ms", "3005"]);
    assert!(hold.contains("'--hold-ms <HOLD_MS>': expected milliseconds from 20 to 600000 in steps of 10"), "{hold}");
    assert!(animate(&["--delay-ms", "10"]).contains("from 20 to 60000"));
}

#[test]
fn a_timeline_file_that_would_be_ignored_is_refused() {
    let path = temp_file("ignored.json", include_str!("../assets/organisations/csto.json"));
    let path = path.to_str().unwrap();
    let stderr = failure(&["palette", "--timeline", path]);
    assert_eq!(
        stderr,
        format!("error: --timeline {path}: palette reads no timeline (its colours are the same for all)\n")
    );
    // Without a subcommand the window would open with the bundled timeline. No display, so that
    // a regression fails here instead of opening one.
    let output = common::english()
        .args(["--timeline", path])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.starts_with(&format!("error: --timeline {path}: the desktop map shows the bundled")), "{stderr}");
}

#[test]
fn an_event_naming_a_country_without_borders_is_refused_with_its_place() {
    let mut timeline: Value = serde_json::from_str(include_str!("../assets/organisations/csto.json")).unwrap();
    let last = timeline["events"].as_array().unwrap().len() - 1;
    timeline["events"][last]["countries"] = json!(["ZZZ"]);
    let date = timeline["events"][last]["date"].as_str().unwrap().to_owned();
    let path = temp_file("event-zzz.json", &timeline.to_string());
    let stderr = failure(&["events", "--timeline", path.to_str().unwrap()]);
    assert_eq!(
        stderr,
        format!(
            "error: {}: events[{last}] ({date}).countries[0]: ZZZ is not a country of the bundled world borders\n",
            path.display()
        )
    );
}

#[test]
fn a_clock_before_the_data_were_checked_is_overruled_with_a_warning() {
    let output = csto_map_on("1985-01-01", &["status", "--year", "2026", "--json"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning: The computer's clock says 1 January 1985") && stderr.contains("30 November 2026"),
        "{stderr}"
    );
    let statuses: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(status_of(&statuses, "ARM").as_deref(), Some("member_frozen"), "the statuses of 30 November 2026");
    // A late clock is no error: 2099 is then a past year.
    let output = csto_map_on("2100-01-01", &["status", "--year", "2099", "--json"]);
    assert!(output.status.success() && output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn a_malformed_clock_variable_is_refused_by_name() {
    let output = csto_map_on("yesterday", &["status", "--year", "2012"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("error: CSTO_MAP_TODAY=yesterday:"), "{stderr}");
}

#[test]
#[cfg(feature = "desktop")]
fn a_malformed_clock_variable_does_not_keep_the_window_shut() {
    // No display: the window cannot open, but it gets as far as trying, with a warning.
    for args in [&[][..], &["--date", "2012-12-31"]] {
        let output = common::english()
            .env("CSTO_MAP_TODAY", "yesterday")
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .args(args)
            .output()
            .unwrap();
        // Past the clock (the window warns of the variable once it runs), to the display.
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.starts_with("error: cannot open the window"), "{args:?}: {stderr}");
    }
}

#[test]
fn today_says_when_the_data_were_checked_and_so_does_the_version() {
    let output = csto_map_on("2027-03-01", &["status", "--year", "2027"]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("CSTO status as of today, 1 March 2027 (data checked 30 November 2026):"), "{text}");
    let output = csto_map_on("2027-03-01", &["status", "--year", "2012"]);
    assert!(String::from_utf8(output.stdout).unwrap().starts_with("CSTO status as of 31 December 2012:"));
    let version = String::from_utf8(csto_map(&["--version"]).stdout).unwrap();
    assert_eq!(version.trim(), format!("csto-map {} (timeline checked 30 November 2026)", env!("CARGO_PKG_VERSION")));
}

#[test]
fn check_lists_every_problem_of_a_timeline_file_or_says_it_has_none() {
    let output = csto_map(&["check", "assets/organisations/csto.json"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("assets/organisations/csto.json: no problems: 11 countries,"), "{text}");

    let mut value: Value = serde_json::from_str(include_str!("../assets/organisations/csto.json")).unwrap();
    value["countries"][0]["changes"][0]["sources"] = json!([]);
    value["countries"][2]["iso3"] = json!("ATL");
    value["events"][1]["title"] = json!("");
    // `check` of `value` written to `name`: it fails (exit 2), listing the problems on stdout.
    let refused = |name: &str, value: &Value| {
        let file = temp_file(name, &serde_json::to_string_pretty(value).unwrap());
        let output = csto_map(&["check", file.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2));
        (String::from_utf8(output.stdout).unwrap(), String::from_utf8(output.stderr).unwrap())
    };
    let (listed, said) = refused("broken-timeline.json", &value);
    assert_eq!(listed.lines().count(), 2, "both problems of the file's form: {listed}");
    assert!(listed.contains("no sources") && listed.contains("title is empty"), "{listed}");
    assert!(said.ends_with("broken-timeline.json: 2 problems\n"));

    // Once its form is sound, the countries are checked against the borders, all of them.
    value["countries"][0]["changes"][0]["sources"] = json!([{ "title": "a source" }]);
    value["events"][1]["title"] = json!("An event");
    let (listed, _) = refused("unknown-timeline.json", &value);
    assert!(listed.contains("ATL is not a country of the bundled world borders"), "{listed}");
    // Values its types refuse: every one is listed with its place, not only the first.
    let mut value: Value = serde_json::from_str(include_str!("../assets/organisations/csto.json")).unwrap();
    value["countries"][0]["changes"][0]["date"] = json!("2013-02-30");
    value["countries"][1]["changes"][0]["date"] = json!("1993-13-01");
    value["countries"][1]["changes"][0]["status"] = json!("membr");
    value["events"][0]["countries"] = json!(["Armenia"]);
    let (listed, _) = refused("bad-values.json", &value);
    assert_eq!(listed.lines().count(), 4, "{listed}");
    // The first where the reader stopped, with its line; the others with their place in the file.
    assert!(listed.contains(": line ") && listed.contains("\"2013-02-30\" is not a date"), "{listed}");
    assert!(listed.contains("countries[1] (ARM).changes[0].date: \"1993-13-01\" is not a date"), "{listed}");
    assert!(listed.contains("countries[1] (ARM).changes[0].status: unknown status \"membr\" (this organisation's statuses: member, member_frozen, signatory, former_member, observer, former_observer)"), "{listed}");
    assert!(listed.contains("events[0].countries[0]: \"Armenia\" is not an ISO 3166-1 alpha-3 code"), "{listed}");
    let syntax = temp_file("not-json.json", "{ oops");
    let output = csto_map(&["check", syntax.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8(output.stdout).unwrap().contains("not-json.json: line 1, column 3"));
}

#[test]
fn events_json_carries_where_an_event_happened() {
    let events = stdout_json(&["events", "--from", "2022-01-01", "--to", "2022-01-31", "--json"]);
    let deployment = events
        .as_array()
        .unwrap()
        .iter()
        .find(|event| event["title"] == "CSTO peacekeepers deployed to Kazakhstan")
        .unwrap();
    assert_eq!(deployment["place"], json!({ "name": "Almaty", "lat": 43.238, "lon": 76.945, "country": "KAZ" }));
    let russian = stdout_json(&["--lang", "ru", "events", "--from", "2022-01-06", "--to", "2022-01-06", "--json"]);
    assert_eq!(russian[0]["localised"]["name"], "Алматы");
    // An event that happened nowhere in particular has no place.
    let quiet = stdout_json(&["events", "--from", "2024-02-28", "--to", "2024-02-28", "--json"]);
    assert!(quiet[0]["place"].is_null());
}
