use jiff::civil::{Date, date};
use serde_json::{Value, json};

use super::*;

fn bundled() -> Timeline {
    Timeline::bundled().unwrap()
}

fn iso(code: &str) -> Iso3 {
    code.parse().unwrap()
}

/// The research table (shared/reference/csto-timeline.md, section A, with the audit of November
/// 2026: Serbia and Afghanistan from April 2013, not the year), written out independently of
/// assets/organisations/csto.json: country, status before, status after, the day it takes effect.
type ResearchedChange = (&'static str, Option<Status>, Status, (i16, i8, i8));

const RESEARCHED_CHANGES: &[ResearchedChange] = {
    use Status::*;
    &[
        ("ARM", None, Signatory, (1992, 5, 15)),
        ("KAZ", None, Signatory, (1992, 5, 15)),
        ("KGZ", None, Signatory, (1992, 5, 15)),
        ("RUS", None, Signatory, (1992, 5, 15)),
        ("TJK", None, Signatory, (1992, 5, 15)),
        ("UZB", None, Signatory, (1992, 5, 15)),
        ("AZE", None, Signatory, (1993, 9, 24)),
        ("GEO", None, Signatory, (1993, 12, 9)),
        ("BLR", None, Signatory, (1993, 12, 31)),
        ("ARM", Some(Signatory), Member, (1994, 4, 20)),
        ("AZE", Some(Signatory), Member, (1994, 4, 20)),
        ("BLR", Some(Signatory), Member, (1994, 4, 20)),
        ("GEO", Some(Signatory), Member, (1994, 4, 20)),
        ("KAZ", Some(Signatory), Member, (1994, 4, 20)),
        ("KGZ", Some(Signatory), Member, (1994, 4, 20)),
        ("RUS", Some(Signatory), Member, (1994, 4, 20)),
        ("TJK", Some(Signatory), Member, (1994, 4, 20)),
        ("UZB", Some(Signatory), Member, (1994, 4, 20)),
        ("AZE", Some(Member), FormerMember, (1999, 4, 21)),
        ("GEO", Some(Member), FormerMember, (1999, 4, 21)),
        ("UZB", Some(Member), FormerMember, (1999, 4, 21)),
        ("UZB", Some(FormerMember), Member, (2006, 8, 16)),
        ("UZB", Some(Member), FormerMember, (2012, 6, 28)),
        ("SRB", None, Observer, (2013, 4, 1)),
        ("AFG", None, Observer, (2013, 4, 1)),
        ("AFG", Some(Observer), FormerObserver, (2021, 8, 15)),
        ("ARM", Some(Member), MemberFrozen, (2024, 2, 22)),
    ]
};

#[test]
fn every_researched_change_takes_effect_on_its_day_and_not_the_day_before() {
    let timeline = bundled();
    for &(code, before, after, (y, m, d)) in RESEARCHED_CHANGES {
        let day = date(y, m, d);
        let day_before = day.yesterday().unwrap();
        assert_eq!(timeline.status_at(iso(code), day_before), before, "{code} on {day_before}");
        assert_eq!(timeline.status_at(iso(code), day), Some(after), "{code} on {day}");
    }
}

#[test]
fn the_timeline_has_no_change_the_research_does_not_list() {
    let timeline = bundled();
    let bundled_count: usize = timeline.countries().iter().map(|country| country.changes.len()).sum();
    assert_eq!(bundled_count, RESEARCHED_CHANGES.len());
    let mut dates: Vec<Date> = RESEARCHED_CHANGES.iter().map(|&(_, _, _, (y, m, d))| date(y, m, d)).collect();
    dates.sort();
    dates.dedup();
    assert_eq!(timeline.change_dates(), dates);
}

#[test]
fn uzbekistan_left_twice_and_rejoined_in_between() {
    let timeline = bundled();
    let uzb = iso("UZB");
    assert_eq!(timeline.status_at(uzb, date(2000, 6, 1)), Some(Status::FormerMember));
    assert_eq!(timeline.status_at(uzb, date(2011, 12, 31)), Some(Status::Member));
    assert_eq!(timeline.status_at(uzb, date(2012, 12, 31)), Some(Status::FormerMember));
    let history = &timeline.country(uzb).unwrap().changes;
    assert!(history.last().unwrap().note.contains("suspension"), "the 2012 note says it was a suspension");
}

#[test]
fn armenia_is_a_frozen_member_from_22_february_2024() {
    let timeline = bundled();
    assert_eq!(timeline.status_at(iso("ARM"), date(2024, 2, 21)), Some(Status::Member));
    assert_eq!(timeline.status_at(iso("ARM"), date(2024, 2, 22)), Some(Status::MemberFrozen));
    assert_eq!(timeline.status_at(iso("ARM"), date(2026, 11, 30)), Some(Status::MemberFrozen));
}

#[test]
fn a_month_precise_change_is_in_force_on_the_first_of_its_month_and_shown_as_the_month() {
    let timeline = bundled();
    let serbia = timeline.country(iso("SRB")).unwrap();
    let joined = &serbia.changes[0];
    assert_eq!(joined.date.precision(), Precision::Month);
    assert_eq!(joined.date.to_string(), "April 2013");
    assert_eq!(timeline.status_at(iso("SRB"), date(2013, 3, 31)), None);
    assert_eq!(timeline.status_at(iso("SRB"), date(2013, 4, 1)), Some(Status::Observer));
}

#[test]
fn the_year_end_rule_gives_the_researched_snapshot_of_each_year() {
    // csto-timeline.md section C: the status on 31 December of each year.
    let timeline = bundled();
    let today = date(2026, 11, 30);
    let snapshot = |year| {
        let moment = year_end_or_today(year, today).unwrap();
        let counts = timeline.counts_at(moment);
        Status::ALL.map(|status| counts.get(status))
    };
    //                      member frozen signatory former observer former_observer
    assert_eq!(snapshot(1992), [0, 0, 6, 0, 0, 0]);
    assert_eq!(snapshot(1993), [0, 0, 9, 0, 0, 0]);
    for year in 1994..=1998 {
        assert_eq!(snapshot(year), [9, 0, 0, 0, 0, 0], "{year}");
    }
    for year in 1999..=2005 {
        assert_eq!(snapshot(year), [6, 0, 0, 3, 0, 0], "{year}");
    }
    for year in 2006..=2011 {
        assert_eq!(snapshot(year), [7, 0, 0, 2, 0, 0], "{year}");
    }
    assert_eq!(snapshot(2012), [6, 0, 0, 3, 0, 0]);
    for year in 2013..=2020 {
        assert_eq!(snapshot(year), [6, 0, 0, 3, 2, 0], "{year}");
    }
    for year in 2021..=2023 {
        assert_eq!(snapshot(year), [6, 0, 0, 3, 1, 1], "{year}");
    }
    for year in 2024..=2026 {
        assert_eq!(snapshot(year), [5, 1, 0, 3, 1, 1], "{year}");
    }
}

#[test]
fn statuses_at_a_date_are_sorted_by_code_and_leave_out_countries_without_one() {
    let timeline = bundled();
    let listed: Vec<(String, Status)> = timeline
        .statuses_at(date(1993, 10, 1))
        .into_iter()
        .map(|(country, status)| (country.iso3.to_string(), status))
        .collect();
    let expected = ["ARM", "AZE", "KAZ", "KGZ", "RUS", "TJK", "UZB"].map(|code| (code.to_owned(), Status::Signatory));
    assert_eq!(listed, expected);
}

#[test]
fn the_union_state_assembly_is_an_observer_from_2013_a_year_precise_change_without_territory() {
    let timeline = bundled();
    assert!(timeline.bodies_at(date(2012, 12, 31)).is_empty());
    let bodies = timeline.bodies_at(date(2013, 1, 1));
    assert_eq!(bodies.len(), 1);
    assert!(bodies[0].0.name.contains("Union State"));
    assert_eq!(bodies[0].1, Status::Observer);
    let joined = &bodies[0].0.changes[0];
    assert_eq!((joined.date.precision(), joined.date.to_string()), (Precision::Year, "2013".to_owned()));
}

#[test]
fn entries_between_two_dates_include_both_ends_in_date_order() {
    let timeline = bundled();
    let entries = timeline.entries_between(date(1999, 4, 2), date(1999, 4, 21));
    let lines: Vec<String> = entries
        .iter()
        .map(|entry| match entry {
            Entry::Change { subject, previous, change } => {
                let previous = previous.map(|before| before.status);
                format!("{} {} {:?}->{:?}", change.date.iso(), subject.name(), previous, change.status)
            }
            Entry::Event(event) => format!("{} event", event.date.iso()),
        })
        .collect();
    assert_eq!(
        lines,
        [
            "1999-04-02 event",
            "1999-04-21 Azerbaijan Some(Member)->FormerMember",
            "1999-04-21 Georgia Some(Member)->FormerMember",
            "1999-04-21 Uzbekistan Some(Member)->FormerMember",
        ]
    );
    let whole = timeline.entries_between(date(1900, 1, 1), date(2100, 1, 1));
    assert!(whole.windows(2).all(|pair| pair[0].date().effective() <= pair[1].date().effective()));
    let events = whole.iter().filter(|entry| matches!(entry, Entry::Event(_))).count();
    assert_eq!(events, timeline.events().len());
}

#[test]
fn every_change_and_event_has_a_source_and_links_are_web_addresses() {
    let timeline = bundled();
    let changes = timeline.countries().iter().flat_map(|c| &c.changes).map(|c| &c.sources);
    let events = timeline.events().iter().map(|e| &e.sources);
    for sources in changes.chain(events) {
        assert!(!sources.is_empty());
        for url in sources.iter().filter_map(|source| source.url.as_deref()) {
            assert!(url.starts_with("https://"), "{url}");
        }
    }
}

/// Every event marker the research lists (csto-timeline.md section B and the audit of November
/// 2026), written out independently of assets/organisations/csto.json: the date as written (its precision)
/// and the countries it concerns.
const RESEARCHED_EVENTS: &[(&str, &[&str])] = {
    const SIX: &[&str] = &["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"];
    const SEVEN: &[&str] = &["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"];
    &[
        ("1992-02-14", &[]),
        ("1992-05-15", &["ARM", "KAZ", "KGZ", "RUS", "TJK", "UZB"]),
        ("1994-04-20", &["ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB"]),
        ("1999-04-02", SIX),
        ("2002-05-14", SIX),
        ("2002-10-07", SIX),
        ("2003-09-18", SIX),
        ("2004-12-02", &[]),
        ("2006-06-23", SEVEN),
        ("2006-11-16", SIX),
        ("2006-12-13", &["UZB"]),
        ("2007-10-06", SEVEN),
        ("2008-03-28", &["UZB"]),
        ("2009-02-04", &["ARM", "KAZ", "KGZ", "RUS", "TJK"]),
        ("2010-06", &["KGZ"]),
        ("2011-12-20", SEVEN),
        ("2012-12-19", SEVEN),
        ("2017-07-05", &["UZB"]),
        ("2020-09-27", &["ARM", "AZE"]),
        ("2020-11-10", &["ARM", "AZE", "RUS"]),
        ("2021-04-28", &["KGZ", "TJK"]),
        ("2021-05-12", &["ARM", "AZE"]),
        ("2022-01-06", SIX),
        ("2022-01-13", &["KAZ"]),
        ("2022-01-19", &["KAZ"]),
        ("2022-05-16", &["AFG"]),
        ("2022-09-13", &["ARM", "AZE"]),
        ("2022-09-14", &["KGZ", "TJK"]),
        ("2022-09-15", &["ARM"]),
        ("2022-10-28", &["ARM"]),
        ("2022-11-23", &["ARM"]),
        ("2023-01-01", &["KAZ"]),
        ("2023-01-10", &["ARM"]),
        ("2023-03-10", &["ARM"]),
        ("2023-09-05", &["ARM"]),
        ("2023-09-19", &["ARM", "AZE"]),
        ("2023-11-23", &["ARM"]),
        ("2024-02-28", &["ARM"]),
        ("2024-03-12", &["ARM"]),
        ("2024-05-08", &["ARM"]),
        ("2024-06-12", &["ARM"]),
        ("2024-11-28", &["ARM"]),
        ("2024-12-04", &["ARM"]),
        ("2025-03-07", &["ARM"]),
        ("2025-03-13", &["KGZ", "TJK"]),
        ("2025-03-31", &["ARM"]),
        ("2025-07-16", &["ARM"]),
        ("2025-11-26", &["ARM"]),
        ("2025-11-27", &["ARM"]),
        ("2026-01-01", &["KGZ"]),
        ("2026-01-20", &["ARM"]),
        ("2026-02-02", &["ARM"]),
        ("2026-02-05", &["ARM"]),
        ("2026-02-06", &["ARM"]),
    ]
};

#[test]
fn the_events_are_the_researched_ones_on_their_days_about_their_countries() {
    let timeline = bundled();
    let listed: Vec<(String, Vec<String>)> = timeline
        .events()
        .iter()
        .map(|event| {
            let mut countries: Vec<String> = event.countries.iter().map(Iso3::to_string).collect();
            countries.sort();
            (event.date.iso(), countries)
        })
        .collect();
    let researched: Vec<(String, Vec<String>)> = RESEARCHED_EVENTS
        .iter()
        .map(|(day, countries)| (day.to_string(), countries.iter().map(|code| code.to_string()).collect()))
        .collect();
    assert_eq!(listed, researched);
}

#[test]
fn the_milestones_of_the_audit_are_events_with_their_subjects() {
    let timeline = bundled();
    let title_on = |day: &str| timeline.events().iter().find(|event| event.date.iso() == day).unwrap().title.as_str();
    assert!(title_on("2006-06-23").contains("Uzbekistan's return"));
    assert!(title_on("2006-11-16").contains("Parliamentary Assembly founded"));
    assert!(title_on("2012-12-19").contains("suspends Uzbekistan's membership"));
    assert!(title_on("2022-05-16").contains("dissolve Afghanistan's parliament"));
    assert!(title_on("2023-09-05").contains("recalls its permanent representative"));
    assert!(title_on("2026-01-01").contains("Masadykov"));
    let kazakhstan = timeline.events().iter().find(|event| event.date.iso() == "2022-01-06").unwrap();
    assert!(kazakhstan.title.contains("peacekeepers deployed to Kazakhstan"));
}

// Validation: each broken file is the bundled one with one thing changed.

fn bundled_json() -> Value {
    serde_json::from_str(include_str!("../../assets/organisations/csto.json")).unwrap()
}

fn load(value: &Value) -> Result<Timeline, TimelineError> {
    Timeline::from_json(&serde_json::to_string_pretty(value).unwrap(), "test.json")
}

fn problem(value: &Value) -> (String, Problem) {
    match load(value) {
        Err(TimelineError::Invalid { path, problem, .. }) => (path, problem),
        other => panic!("expected an invalid timeline, got {other:?}"),
    }
}

fn country_index(value: &Value, code: &str) -> usize {
    value["countries"].as_array().unwrap().iter().position(|c| c["iso3"] == code).unwrap()
}

#[test]
fn a_duplicate_country_is_refused() {
    let mut value = bundled_json();
    let armenia = value["countries"][country_index(&value, "ARM")].clone();
    value["countries"].as_array_mut().unwrap().push(armenia);
    let (path, found) = problem(&value);
    assert_eq!(path, "countries[11] (ARM)");
    assert_eq!(found, Problem::DuplicateCountry(iso("ARM")));
}

#[test]
fn a_malformed_country_code_is_refused_with_its_line() {
    let mut value = bundled_json();
    value["countries"][0]["iso3"] = json!("Afg");
    let error = load(&value).unwrap_err();
    let TimelineError::Syntax { line, message, .. } = &error else { panic!("{error:?}") };
    assert!(message.contains("\"Afg\" is not an ISO 3166-1 alpha-3 code"), "{message}");
    assert!(*line > 1);
    assert!(error.to_string().starts_with("test.json: line "));
}

#[test]
fn an_unknown_status_is_refused_with_the_known_ones() {
    let mut value = bundled_json();
    value["countries"][0]["changes"][0]["status"] = json!("associate");
    let TimelineError::Invalid { path, problem, .. } = load(&value).unwrap_err() else { panic!() };
    assert_eq!(path, "countries[0] (AFG).changes[0] (2013-04).status");
    let Problem::UnknownStatus { id, known } = problem else { panic!("{problem:?}") };
    assert_eq!(id, "associate");
    assert!(known.contains(&"member_frozen".to_owned()), "{known:?}");
}

#[test]
fn a_status_repeated_is_refused_even_where_its_kind_may_follow_itself() {
    let mut value = bundled_json();
    let changes = &mut value["countries"][0]["changes"];
    changes[1]["status"] = changes[0]["status"].clone();
    let TimelineError::Invalid { problem, .. } = load(&value).unwrap_err() else { panic!() };
    assert_eq!(problem, Problem::Repeated("observer".into()));
}

#[test]
fn two_statuses_of_one_kind_may_follow_each_other() {
    let mut value = bundled_json();
    let statuses = value["organisation"]["statuses"].as_array_mut().unwrap();
    statuses.push(json!({ "id": "partner", "kind": "observer", "name": "partner" }));
    value["countries"][0]["changes"][1]["status"] = json!("partner");
    let timeline = load(&value).unwrap();
    let afghanistan = timeline.country("AFG".parse().unwrap()).unwrap();
    assert_eq!(afghanistan.changes[1].status, Status::Observer);
    assert_eq!(afghanistan.changes[1].status_id, "partner");
}

#[test]
fn an_impossible_date_is_refused() {
    let mut value = bundled_json();
    value["countries"][0]["changes"][1]["date"] = json!("2021-02-30");
    let TimelineError::Syntax { message, .. } = load(&value).unwrap_err() else { panic!() };
    assert!(message.contains("February 2021 has 28 days"), "{message}");
}

#[test]
fn changes_out_of_date_order_are_refused() {
    let mut value = bundled_json();
    let uzb = country_index(&value, "UZB");
    value["countries"][uzb]["changes"][3]["date"] = json!("1999-04-20");
    let (path, found) = problem(&value);
    assert_eq!(path, "countries[10] (UZB).changes[3] (1999-04-20)");
    assert!(matches!(found, Problem::OutOfOrder { .. }), "{found:?}");
}

#[test]
fn a_former_observer_cannot_become_a_frozen_member_without_joining() {
    let mut value = bundled_json();
    let afg = country_index(&value, "AFG");
    let mut frozen = value["countries"][afg]["changes"][1].clone();
    frozen["date"] = json!("2023-05-01");
    frozen["status"] = json!("member_frozen");
    value["countries"][afg]["changes"].as_array_mut().unwrap().push(frozen);
    let error = load(&value).unwrap_err();
    assert_eq!(
        error.to_string(),
        "test.json: countries[0] (AFG).changes[2] (2023-05-01): member_frozen cannot follow former_observer"
    );
}

#[test]
fn a_first_change_cannot_be_a_departure() {
    let mut value = bundled_json();
    value["countries"][0]["changes"][0]["status"] = json!("former_member");
    assert_eq!(problem(&value).1, Problem::Transition { from: None, to: Status::FormerMember });
}

#[test]
fn a_change_without_sources_is_refused() {
    let mut value = bundled_json();
    value["countries"][1]["changes"][0]["sources"] = json!([]);
    let (path, found) = problem(&value);
    assert_eq!(path, "countries[1] (ARM).changes[0] (1992-05-15).sources");
    assert_eq!(found, Problem::NoSources);
    value["countries"][1]["changes"][0]["sources"] = json!([{ "title": "  " }]);
    assert_eq!(problem(&value).1, Problem::EmptySource);
    value["countries"][1]["changes"][0]["sources"] = json!([{ "url": "tass.com/archive/678014" }]);
    assert_eq!(problem(&value).1, Problem::BadUrl("tass.com/archive/678014".into()));
}

#[test]
fn an_unknown_field_is_refused_rather_than_ignored() {
    let mut value = bundled_json();
    value["countries"][0]["changes"][0]["staus"] = json!("member");
    let TimelineError::Syntax { message, .. } = load(&value).unwrap_err() else { panic!() };
    assert!(message.contains("unknown field `staus`"), "{message}");
}

#[test]
fn a_file_of_another_schema_or_not_json_is_refused() {
    let mut value = bundled_json();
    value["schema"] = json!(2);
    let TimelineError::Syntax { message, .. } = load(&value).unwrap_err() else { panic!() };
    assert!(message.contains("schema 2 is not supported"), "{message}");
    let error = Timeline::from_json("{\n  \"schema\": 1,\n  oops\n}", "broken.json").unwrap_err();
    assert!(matches!(error, TimelineError::Syntax { line: 3, column: 3, .. }), "{error:?}");
}

#[test]
fn a_place_is_a_line_and_a_column_of_characters_counted_from_1() {
    let place = |text: &str| match Timeline::from_json(text, "t.json").unwrap_err() {
        TimelineError::Syntax { line, column, .. } => (line, column),
        other => panic!("{other:?}"),
    };
    // A file cut off after a newline ends at the end of its last line, not at column 0 of the next.
    assert_eq!(place("{\n  \"schema\": 1,\n"), (2, 15));
    // A newline inside a string is found at the end of the line it ends.
    assert_eq!(place("{\n  \"title\": \"two\nlines\"\n}"), (2, 16));
    assert_eq!(place(""), (1, 1));
    // Columns count characters, not the bytes of UTF-8.
    assert_eq!(place("{\"title\": \"Россия\", oops}"), (1, 21));
    assert_eq!(place("{\"title\": \"Russia\", oops}"), (1, 21));
}

#[test]
fn a_huge_value_in_the_wrong_place_is_named_in_one_short_line() {
    let huge = "x".repeat(200_000);
    for (field, value) in [("checked_on", json!(huge)), ("schema", json!(huge))] {
        let mut file = bundled_json();
        file[field] = value;
        let message = load(&file).unwrap_err().to_string();
        assert!(message.chars().count() < 400, "{field}: {:.300}", message);
    }
    let mut file = bundled_json();
    file["countries"][1]["changes"][0]["sources"] = json!([{ "url": format!("tass.com/{huge}") }]);
    let message = load(&file).unwrap_err().to_string();
    assert!(message.chars().count() < 400, "{:.300}", message);
}

#[test]
fn events_out_of_order_are_refused() {
    let mut value = bundled_json();
    value["events"][2]["date"] = json!("2020-01-01");
    assert!(matches!(problem(&value).1, Problem::EventsOutOfOrder { .. }));
}

#[test]
fn countries_without_borders_are_found() {
    let timeline = bundled();
    assert!(timeline.check_countries("t", |_| true).is_ok());
    let error = timeline.check_countries("t", |code| code != iso("SRB")).unwrap_err();
    assert_eq!(error.to_string(), "t: countries: SRB is not a country of the bundled world borders");
}

#[test]
fn a_country_named_only_by_an_event_is_checked_too() {
    let mut value = bundled_json();
    let kazakhstan = value["events"].as_array().unwrap().iter().position(|e| e["date"] == "2022-01-06").unwrap();
    value["events"][kazakhstan]["countries"] = json!(["KAZ", "ZZZ"]);
    let timeline = load(&value).unwrap();
    let error = timeline.check_countries("t", |code| code != iso("ZZZ")).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!("t: events[{kazakhstan}] (2022-01-06).countries[1]: ZZZ is not a country of the bundled world borders")
    );
}

#[test]
fn transitions_follow_the_rules() {
    use Status::*;
    assert!(Signatory.may_follow(None));
    assert!(Member.may_follow(Some(Signatory)));
    assert!(Member.may_follow(Some(FormerMember)));
    assert!(Member.may_follow(Some(MemberFrozen)));
    assert!(MemberFrozen.may_follow(Some(Member)));
    assert!(!MemberFrozen.may_follow(Some(FormerObserver)));
    assert!(!MemberFrozen.may_follow(None));
    assert!(FormerObserver.may_follow(Some(Observer)));
    assert!(!FormerObserver.may_follow(Some(Member)));
    assert!(FormerMember.may_follow(Some(Signatory)));
    assert!(!FormerMember.may_follow(Some(Observer)));
    assert!(!FormerMember.may_follow(None));
}

#[test]
fn every_problem_of_a_file_is_found_not_only_the_first() {
    let mut value = bundled_json();
    value["title"] = json!(" ");
    value["countries"][1]["changes"][0]["sources"] = json!([]);
    value["events"][0]["sources"] = json!([{ "url": "tass.com/1" }]);
    let text = serde_json::to_string_pretty(&value).unwrap();
    let errors = Timeline::read_json(&text, "test.json").unwrap_err();
    let found: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(found[0], "test.json: title: title is empty");
    assert!(found[1].starts_with("test.json: countries[1] (ARM).changes[0] (1992-05-15).sources: no sources"));
    assert!(found[2].contains("events[0]") && found[2].contains("\"tass.com/1\" is not a web address"), "{}", found[2]);
    // The first is what from_json reports.
    assert_eq!(load(&value).unwrap_err().to_string(), found[0]);
    let timeline = bundled();
    let unknown = timeline.unknown_countries("t", |code| code != iso("SRB") && code != iso("ARM"));
    assert!(unknown.len() >= 2, "both countries, and the events that name them: {unknown:?}");
}

#[test]
fn the_audited_event_dates_are_the_days_the_sources_give() {
    let timeline = bundled();
    let day_of = |title: &str| {
        let event = timeline.events().iter().find(|event| event.title.contains(title)).unwrap();
        event.date.iso()
    };
    // The Moscow summit sat on 20 December 2011 (RFE/RL, ITAR-TASS), not the 21st.
    assert_eq!(day_of("veto over foreign military bases"), "2011-12-20");
    // Pashinyan's press conference of 16 July 2025, not "June 2025".
    assert_eq!(day_of("\"most likely\" to leave"), "2025-07-16");
}

#[test]
fn the_check_date_read_alone_is_the_timeline_s() {
    assert_eq!(Timeline::bundled_checked_on(), Some(bundled().checked_on));
}

#[test]
fn every_text_of_the_bundled_timeline_is_in_russian_too() {
    let timeline = bundled();
    let ru = crate::i18n::Lang::Ru;
    let cyrillic = |text: &str| text.chars().any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)));
    assert!(cyrillic(timeline.title_in(ru)));
    for country in timeline.countries() {
        for change in &country.changes {
            assert!(cyrillic(change.note_in(ru)), "{} {}", country.iso3, change.date.iso());
        }
    }
    for body in timeline.bodies() {
        assert!(cyrillic(body.name_in(ru)));
        assert!(body.changes.iter().all(|change| cyrillic(change.note_in(ru))));
    }
    for event in timeline.events() {
        assert!(cyrillic(event.title_in(ru)) && cyrillic(event.note_in(ru)), "{}", event.date.iso());
    }
}

#[test]
fn a_timeline_without_translations_reads_and_shows_its_english_in_every_language() {
    let mut value = bundled_json();
    value.as_object_mut().unwrap().remove("translations");
    for country in value["countries"].as_array_mut().unwrap() {
        for change in country["changes"].as_array_mut().unwrap() {
            change.as_object_mut().unwrap().remove("translations");
        }
    }
    for event in value["events"].as_array_mut().unwrap() {
        event.as_object_mut().unwrap().remove("translations");
    }
    let timeline = load(&value).unwrap();
    let event = &timeline.events()[1];
    assert_eq!(event.title_in(crate::i18n::Lang::Ru), event.title);
    assert_eq!(timeline.title_in(crate::i18n::Lang::Ru), timeline.title);
}

#[test]
fn an_unknown_field_in_a_translation_is_refused() {
    let mut value = bundled_json();
    value["events"][0]["translations"] = json!({ "ru": { "titel": "Опечатка" } });
    let error = load(&value).unwrap_err().to_string();
    assert!(error.contains("unknown field `titel`"), "{error}");
}

#[test]
fn every_events_place_lies_in_its_country() {
    let borders = crate::geodata::Borders::bundled(crate::geodata::Detail::Full).unwrap();
    let organisations = crate::timeline::Organisations::bundled().unwrap();
    let mut placed = 0;
    for timeline in organisations.iter() {
        for event in timeline.events() {
            let Some(place) = &event.place else { continue };
            let found = borders.country_at(place.lon, place.lat).map(|country| country.iso3);
            assert_eq!(
                found,
                Some(place.country),
                "{} ({}): {} is not where its country is",
                event.title,
                event.date.iso(),
                place.name
            );
            placed += 1;
        }
    }
    // The summits, the Kazakhstan deployment, the border clashes, the attack on Armenia.
    assert!(placed >= 20, "{placed} events with a place");
    let csto = bundled();
    let almaty = csto.events().iter().find(|event| event.title == "CSTO peacekeepers deployed to Kazakhstan").unwrap();
    assert_eq!(almaty.place_name_in(crate::i18n::Lang::Ru), Some("Алматы"));
}
