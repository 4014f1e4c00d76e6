//! The shape of the house, read from the sources: the modules below the window never import the
//! window's (`map`, `ui`, `app`), and no two modules import each other, directly or around a
//! circle. A `use crate::…` that breaks either fails here, naming the modules.
#![allow(clippy::unwrap_used, reason = "tests may unwrap")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The window's modules: only they may import each other and `map`.
const WINDOW: [&str; 3] = ["map", "ui", "app"];

/// Each top-level module of src/ and the top-level modules its code (not its tests) names.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|entry| entry.unwrap().path()));
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".rs") || name.ends_with("tests.rs") {
            continue;
        }
        let relative = path.strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("src")).unwrap();
        let module =
            relative.components().next().unwrap().as_os_str().to_string_lossy().trim_end_matches(".rs").to_owned();
        if module == "lib" || module == "main" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]\nmod tests {").next().unwrap();
        let named = graph.entry(module.clone()).or_default();
        for part in code.split("crate::").skip(1) {
            let other: String =
                part.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_' || c.is_ascii_digit()).collect();
            if !other.is_empty() && other != module && other != "tr" {
                named.insert(other);
            }
        }
    }
    graph
}

#[test]
fn no_module_below_the_window_imports_the_window() {
    let graph = imports();
    assert!(graph.len() > 10, "the sources were read: {graph:?}");
    for (module, named) in &graph {
        if WINDOW.contains(&module.as_str()) {
            continue;
        }
        let window: Vec<&String> = named.iter().filter(|other| WINDOW.contains(&other.as_str())).collect();
        assert!(window.is_empty(), "{module} imports {window:?}");
    }
}

#[test]
fn no_two_modules_import_each_other_even_around_a_circle() {
    let graph = imports();
    let reach = |from: &str| {
        let (mut seen, mut todo) = (BTreeSet::new(), vec![from.to_owned()]);
        while let Some(module) = todo.pop() {
            for other in graph.get(&module).into_iter().flatten() {
                if seen.insert(other.clone()) {
                    todo.push(other.clone());
                }
            }
        }
        seen
    };
    for (module, named) in &graph {
        for other in named {
            assert!(!reach(other).contains(module), "{module} imports {other}, which leads back to {module}");
        }
    }
}
