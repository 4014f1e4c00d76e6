//! Organisations beside the CSTO, as data: the bundled ones checked against tables of facts
//! written from their sources, a made-up one loaded from a test file with no code, `--org`,
//! `memberships`, and damaged organisation files.
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

use serde_json::{Value, json};

mod common;

use common::{csto_map, csto_map_on};

/// The made-up organisation: its own statuses, names and region, in a file of its own.
const MADE_UP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/made-up-organisation.json");

fn stdout(args: &[&str]) -> String {
    let output = csto_map_on("2026-12-03", args);
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn stdout_json(args: &[&str]) -> Value {
    serde_json::from_str(&stdout(args)).unwrap()
}

/// A command that must fail with exit status 2 and one message, no panic; its stderr.
fn failure(args: &[&str]) -> String {
    let output = csto_map_on("2026-12-03", args);
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    assert!(output.stdout.is_empty(), "{args:?} printed to stdout");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// Each bundled organisation with a table of facts (tests/data/facts/ID.tsv, written from the
/// sources by a second reader, not from the file): every fact is a change of the bundled file,
/// on that date as written, and every change of the file is a fact of the table.
#[test]
fn every_bundled_organisation_agrees_with_its_table_of_facts() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/facts");
    let mut checked = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        let id = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let table = std::fs::read_to_string(&path).unwrap();
        let mut facts: Vec<(String, String, String)> = table
            .lines()
            .skip(1)
            .filter(|line| !line.trim().is_empty())
            .map(|line| {
                let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
                (cells[0].to_owned(), cells[1].to_owned(), cells[2].to_owned())
            })
            .collect();
        let file = std::fs::read_to_string(format!("{}/assets/organisations/{id}.json", env!("CARGO_MANIFEST_DIR")));
        let file: Value = serde_json::from_str(&file.unwrap()).unwrap();
        let mut changes: Vec<(String, String, String)> = file["countries"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|country| {
                let iso3 = country["iso3"].as_str().unwrap().to_owned();
                country["changes"].as_array().unwrap().iter().map(move |change| {
                    (
                        iso3.clone(),
                        change["status"].as_str().unwrap().to_owned(),
                        change["date"].as_str().unwrap().to_owned(),
                    )
                })
            })
            .collect();
        facts.sort();
        changes.sort();
        assert_eq!(changes, facts, "{id}: the file and its table of facts differ");
        // And the program reads them so: each fact is the status from its day on.
        let history = stdout_json(&["--org", &id, "events", "--json"]);
        for (iso3, status, date) in &facts {
            let found = history.as_array().unwrap().iter().any(|entry| {
                entry["iso3"] == iso3.as_str() && entry["status"] == status.as_str() && entry["date"] == date.as_str()
            });
            assert!(found, "{id}: {iso3} {status} {date} is not in `events --json`");
        }
        checked.push(id);
    }
    assert!(!checked.is_empty(), "no table of facts was found");
}

#[test]
fn each_bundled_file_is_named_after_its_organisation_and_the_csto_comes_first() {
    let stderr = failure(&["status", "--org", "no-such-org"]);
    let known = stderr.split("known: ").nth(1).unwrap().trim().trim_end_matches(')');
    let ids: Vec<&str> = known.split(", ").collect();
    assert_eq!(ids[0], "csto", "{stderr}");
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/organisations");
    let mut files: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "json"))
        .map(|path| {
            let value: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let id = value["organisation"]["id"].as_str().unwrap().to_owned();
            assert_eq!(path.file_stem().unwrap().to_str().unwrap(), id, "{}", path.display());
            id
        })
        .collect();
    files.sort();
    let mut listed: Vec<String> = ids.iter().map(|id| id.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed);
}

#[test]
fn an_unknown_organisation_exits_2_naming_the_known_ones_in_each_command() {
    for command in
        [&["status"][..], &["history", "ARM"], &["events"], &["render", "--out", "/tmp/csto-map-unknown-org.png"]]
    {
        let mut args = command.to_vec();
        args.extend(["--org", "warsaw-pact"]);
        let stderr = failure(&args);
        assert!(stderr.starts_with("error: unknown organisation \"warsaw-pact\" (known: csto"), "{args:?}: {stderr}");
    }
    let stderr = failure(&["--lang", "ru", "status", "--org", "warsaw-pact"]);
    assert!(stderr.starts_with("error: неизвестная организация «warsaw-pact» (известны: csto"), "{stderr}");
}

#[test]
fn the_csto_is_the_default_and_status_json_carries_the_kind() {
    assert_eq!(stdout(&["status", "--year", "2012"]), stdout(&["status", "--year", "2012", "--org", "csto"]));
    let rows = stdout_json(&["status", "--date", "2024-03-01", "--json"]);
    let armenia = rows.as_array().unwrap().iter().find(|row| row["iso3"] == "ARM").unwrap();
    assert_eq!(armenia, &json!({"iso3": "ARM", "name": "Armenia", "status": "member_frozen", "kind": "member_frozen"}));
}

/// A made-up organisation is a file and nothing else: its names, statuses and region come from it.
#[test]
fn a_made_up_organisation_is_read_from_its_file_alone() {
    let text = stdout(&["--timeline", MADE_UP, "status", "--year", "2012"]);
    assert!(text.starts_with("SCC status as of 31 December 2012:\n"), "{text}");
    assert!(text.contains("Kazakhstan  KAZ  full member\n"), "{text}");
    assert!(text.contains("Mongolia    MNG  partner\n"), "{text}");
    assert!(text.contains("Uzbekistan  UZB  ex-member\n"), "{text}");
    let russian = stdout(&["--lang", "ru", "--timeline", MADE_UP, "status", "--year", "2012", "--org", "steppe"]);
    assert!(russian.starts_with("Статус в ССС по состоянию на 31"), "{russian}");
    assert!(russian.contains("полноправный член"), "{russian}");
    let rows = stdout_json(&["--timeline", MADE_UP, "status", "--year", "2000", "--json"]);
    let mongolia = rows.as_array().unwrap().iter().find(|row| row["iso3"] == "MNG").unwrap();
    assert_eq!(mongolia["status"], "guest");
    assert_eq!(mongolia["kind"], "observer");
    // Two statuses of one kind follow each other: the history says which.
    let history = stdout(&["--timeline", MADE_UP, "history", "MNG"]);
    assert!(history.contains("June 2010: guest -> partner"), "{history}");
    // An id that is neither the file's nor a bundled one: the file's is among those named.
    let stderr = failure(&["--timeline", MADE_UP, "status", "--org", "warsaw-pact"]);
    assert!(stderr.contains("csto") && stderr.ends_with(", steppe)\n"), "{stderr}");
    // The bundled organisations are still there beside it.
    let csto = stdout(&["--timeline", MADE_UP, "status", "--year", "2012", "--org", "csto"]);
    assert!(csto.starts_with("CSTO status as of 31 December 2012:"), "{csto}");
}

#[test]
fn memberships_lists_every_country_with_a_column_per_organisation() {
    let rows = stdout_json(&["memberships", "--date", "2024-03-01", "--json"]);
    let rows = rows.as_array().unwrap();
    let armenia = rows.iter().find(|row| row["iso3"] == "ARM").unwrap();
    assert_eq!(armenia["orgs"]["csto"], "member_frozen");
    assert_eq!(armenia["orgs"]["eaeu"], "member");
    let uzbekistan = rows.iter().find(|row| row["iso3"] == "UZB").unwrap();
    assert_eq!(uzbekistan["orgs"]["csto"], "former_member");
    assert_eq!(uzbekistan["orgs"]["eaeu"], "observer");
    // Every country listed has a status in some organisation; one with none is not listed.
    assert!(rows.iter().all(|row| row["orgs"].as_object().unwrap().values().any(|status| !status.is_null())));
    assert!(!rows.iter().any(|row| row["iso3"] == "BRA"), "Brazil has no status in any");
    let france = rows.iter().find(|row| row["iso3"] == "FRA").unwrap();
    assert_eq!((&france["orgs"]["nato"], &france["orgs"]["csto"]), (&json!("member"), &Value::Null));
    let csv = stdout(&["memberships", "--date", "2024-03-01", "--csv"]);
    assert!(csv.starts_with("iso3,name,csto,"), "{csv}");
    assert!(csv.lines().any(|line| line.starts_with("ARM,Armenia,member_frozen,")), "{csv}");
    let text = stdout(&["memberships", "--date", "2024-03-01"]);
    assert!(
        text.contains("CSTO: member (participation frozen); CIS: member; EAEU: member state; SCO: dialogue partner"),
        "{text}"
    );
    // A made-up organisation from a file is a column too.
    let rows = stdout_json(&["--timeline", MADE_UP, "memberships", "--year", "2000", "--json"]);
    let kazakhstan = rows.as_array().unwrap().iter().find(|row| row["iso3"] == "KAZ").unwrap();
    assert_eq!(kazakhstan["orgs"]["steppe"], "full_member");
    assert_eq!(kazakhstan["orgs"]["csto"], "member");
    let stderr = failure(&["memberships", "--org", "nato"]);
    assert!(stderr.contains("--org nato"), "{stderr}");
}

/// A damaged organisation file: each problem named with its place, nothing else refused.
#[test]
fn a_damaged_organisation_file_names_each_problem() {
    let mut value: Value = serde_json::from_str(&std::fs::read_to_string(MADE_UP).unwrap()).unwrap();
    value["organisation"]["statuses"][1]["id"] = json!("full_member");
    value["countries"][1]["changes"][1]["status"] = json!("associate");
    value["countries"][2]["changes"][1]["status"] = json!("full_member");
    let path = common::temp_dir("organisations").join("damaged.json");
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let output = csto_map(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let listed = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = listed.lines().collect();
    assert_eq!(lines.len(), 4, "{listed}");
    assert!(lines[0].ends_with("organisation.statuses[1]: two statuses have the id \"full_member\""), "{listed}");
    assert!(lines[1].contains("countries[1] (MNG).changes[0] (1996).status: unknown status \"guest\""), "{listed}");
    assert!(
        lines[2].contains("countries[1] (MNG).changes[1] (2010-06).status: unknown status \"associate\""),
        "{listed}"
    );
    assert!(
        lines[3].contains("countries[2] (UZB).changes[1] (2005-05-05): the status is full_member already"),
        "{listed}"
    );
    // The bundled data are untouched by a bad file.
    assert!(stdout(&["status", "--year", "2012"]).starts_with("CSTO status as of 31 December 2012:"));
}

/// The region the window falls back on while no data could be read is the CSTO file's.
#[test]
fn the_fallback_region_is_the_csto_files() {
    let csto = csto_map::timeline::Timeline::bundled().unwrap();
    assert_eq!(csto.organisation.region, csto_map::data::CSTO_REGION_DEG);
}
