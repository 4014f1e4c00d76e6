//! The loader against thousands of damaged copies of the bundled timeline: bytes changed, fields
//! removed, values of the wrong type, huge numbers, long strings, deep nesting, a cut-off file and
//! 20 MB of junk. It must never panic, and every refusal must name the file and a place in it.

use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};
use serde_json::Value;

use super::{Timeline, TimelineError};

const BUNDLED: &str = include_str!("../../assets/organisations/csto.json");
const ORIGIN: &str = "timeline.json";
/// Fixed, so that a failure can be replayed; printed with every failure.
const SEED: u64 = 0x0C57_0DA7_E5EE_D001;
const CASES: usize = 5000;

/// proptest's generator, seeded from `SEED`: the same mutations on every machine.
fn seeded() -> TestRng {
    TestRng::from_seed(RngAlgorithm::XorShift, &[SEED.to_le_bytes(), SEED.to_le_bytes()].concat())
}

/// One of `items`, at random.
fn pick<'a, T>(rng: &mut TestRng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// Raw JSON put in place of a value: every other type, numbers no field can hold, strings that
/// are nearly dates or codes, and text that is not JSON at all.
const REPLACEMENTS: &[&str] = &[
    "null",
    "true",
    "0",
    "-1",
    "1.5",
    "\"\"",
    "\"text\"",
    "[]",
    "[1, \"a\", null]",
    "{}",
    "{\"a\": 1}",
    "1e400",
    "-1e400",
    "1e-400",
    "4294967296",
    "18446744073709551616",
    "-9223372036854775809",
    "123456789012345678901234567890",
    "\"0000\"",
    "\"2012-02-30\"",
    "\"2012-13\"",
    "\"+2012\"",
    "\"-2012\"",
    "\"9999-12-31\"",
    "\"ARM \"",
    "\"arm\"",
    "\"member \"",
    "\"\\ud800\"",
    "\"\\u0000\"",
    "\"\u{1F1F7}\u{1F1FA}\"",
    "\"ftp://example.org\"",
    "nul",
    "[1,]",
    "{\"a\" 1}",
    "'single'",
];

/// The places of every value in a document, as JSON pointers (`/countries/3/changes/0/date`).
fn pointers(value: &Value, here: String, all: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                pointers(child, format!("{here}/{key}"), all);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                pointers(child, format!("{here}/{index}"), all);
            }
        }
        _ => {}
    }
    all.push(here);
}

/// A place-holder for the raw text that replaces a value after the document is written out.
const HOLE: &str = "\"@@hole@@\"";

/// One damaged copy: its text and what was done to it, to print if the loader fails the test.
fn mutant(rng: &mut TestRng, bundled: &Value, places: &[String]) -> (String, String) {
    let place = pick(rng, places).clone();
    match rng.random_range(0..9) {
        0 => {
            let mut bytes = BUNDLED.as_bytes().to_vec();
            let at = rng.random_range(0..bytes.len());
            let byte = rng.random::<u8>();
            bytes[at] = byte;
            (String::from_utf8_lossy(&bytes).into_owned(), format!("byte {at} set to {byte:#04x}"))
        }
        1 => {
            let mut bytes = BUNDLED.as_bytes().to_vec();
            let flips: Vec<(usize, usize)> = (0..1 + rng.random_range(0..8))
                .map(|_| (rng.random_range(0..bytes.len()), rng.random_range(0..8)))
                .collect();
            for &(at, bit) in &flips {
                bytes[at] ^= 1 << bit;
            }
            (String::from_utf8_lossy(&bytes).into_owned(), format!("bits flipped (byte, bit): {flips:?}"))
        }
        2 => {
            let at = rng.random_range(0..BUNDLED.len());
            let at = (0..=at).rev().find(|&i| BUNDLED.is_char_boundary(i)).unwrap_or(0);
            (BUNDLED[..at].to_owned(), format!("cut after byte {at}"))
        }
        3 if !place.is_empty() => {
            let mut value = bundled.clone();
            let (parent, last) = place.rsplit_once('/').unwrap();
            match value.pointer_mut(parent) {
                Some(Value::Object(map)) => drop(map.remove(last)),
                Some(Value::Array(items)) => drop(items.remove(last.parse::<usize>().unwrap())),
                _ => unreachable!("{place} has no parent"),
            }
            (serde_json::to_string_pretty(&value).unwrap(), format!("{place} removed"))
        }
        4 => {
            let raw = *pick(rng, REPLACEMENTS);
            (with_hole(bundled, &place, raw), format!("{place} replaced with {raw}"))
        }
        5 => {
            let length = 1 + rng.random_range(0..200_000);
            let text = format!("\"{}\"", "é".repeat(length));
            (with_hole(bundled, &place, &text), format!("{place} replaced with a string of {length} characters"))
        }
        6 => {
            let depth = 100 + rng.random_range(0..10_000);
            let (open, close) = if rng.random_range(0..2) == 0 { ("[", "]") } else { ("{\"a\":", "}") };
            let text = format!("{}{}", open.repeat(depth), close.repeat(depth));
            (with_hole(bundled, &place, &text), format!("{place} replaced with {depth} nested {open}"))
        }
        7 => {
            let number = format!(
                "{}{}",
                if rng.random_range(0..2) == 0 { "-" } else { "" },
                "9".repeat(1 + rng.random_range(0..400))
            );
            (with_hole(bundled, &place, &number), format!("{place} replaced with {number}"))
        }
        _ => {
            let from = rng.random_range(0..BUNDLED.len());
            let to = (from + rng.random_range(0..400)).min(BUNDLED.len());
            let at = rng.random_range(0..BUNDLED.len());
            let boundary = |i: usize| (0..=i).rev().find(|&j| BUNDLED.is_char_boundary(j)).unwrap_or(0);
            let (from, to, at) = (boundary(from), boundary(to), boundary(at));
            let text = format!("{}{}{}", &BUNDLED[..at], &BUNDLED[from..to], &BUNDLED[at..]);
            (text, format!("bytes {from}..{to} copied to {at}"))
        }
    }
}

/// The document with the value at `place` replaced by `raw` (any text, JSON or not).
fn with_hole(bundled: &Value, place: &str, raw: &str) -> String {
    let mut value = bundled.clone();
    *value.pointer_mut(place).unwrap() = Value::String("@@hole@@".to_owned());
    serde_json::to_string_pretty(&value).unwrap().replacen(HOLE, raw, 1)
}

/// Loads `text`; a panic or an error that does not say where fails the test with `what`.
fn load_checked(text: &str, what: &str) {
    let loaded = std::panic::catch_unwind(|| Timeline::from_json(text, ORIGIN));
    let Ok(loaded) = loaded else { panic!("seed {SEED:#x}: the loader panicked on: {what}") };
    let Err(error) = loaded else { return };
    let shown = error.to_string();
    assert!(shown.starts_with("timeline.json: "), "seed {SEED:#x}: {what}: the file is not named: {shown}");
    let place = match &error {
        TimelineError::Syntax { line, column, .. } => *line >= 1 && *column >= 1,
        TimelineError::Invalid { path, .. } => !path.is_empty(),
    };
    assert!(place, "seed {SEED:#x}: {what}: no place in the file: {error:?}");
}

#[test]
fn thousands_of_damaged_timelines_are_refused_with_a_place_and_never_panic() {
    let bundled: Value = serde_json::from_str(BUNDLED).unwrap();
    let mut places = Vec::new();
    pointers(&bundled, String::new(), &mut places);
    let mut rng = seeded();
    for case in 0..CASES {
        let (text, what) = mutant(&mut rng, &bundled, &places);
        load_checked(&text, &format!("case {case}: {what}"));
    }
}

#[test]
fn ten_thousand_nested_arrays_are_refused_without_overflowing_the_stack() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    load_checked(&deep, "10000 nested arrays");
    assert!(Timeline::from_json(&deep, ORIGIN).is_err());
    let bundled: Value = serde_json::from_str(BUNDLED).unwrap();
    let inside = with_hole(&bundled, "/countries/0/changes/0/sources", &deep);
    load_checked(&inside, "10000 nested arrays as sources");
}

#[test]
fn twenty_megabytes_of_junk_are_refused_with_a_place() {
    let mut rng = seeded();
    let alphabet = b"{}[]\":,0123456789.eE-+ \n\tabcdefnulrtsx\\";
    let junk: String = (0..20 << 20).map(|_| char::from(*pick(&mut rng, alphabet))).collect();
    load_checked(&junk, "20 MB of junk");
    let mut inside = String::from("{\"schema\": 1, \"title\": \"");
    inside.push_str(&junk.replace(['"', '\\'], "x"));
    load_checked(&inside, "20 MB of junk in a title");
}
