//! Prepares the bundled world borders once, when the crate is built: each GeoJSON file in
//! geodata/ is read, checked, projected, triangulated, outlined and labelled by the same code the
//! program uses at run time (`src/geodata/prepare.rs`), then packed into flat arrays
//! (`src/geodata/packed.rs`) that the binary embeds and borrows at start-up.

use std::path::Path;

use geodata::shape::Detail;

#[path = "src/iso3.rs"]
#[allow(dead_code, reason = "the build script uses only part of the module")]
mod iso3;

mod geodata {
    #[path = "../src/geodata/mercator.rs"]
    #[allow(dead_code, reason = "the build script uses only part of the module")]
    pub mod mercator;
    #[path = "../src/geodata/packed.rs"]
    #[allow(dead_code, reason = "the build script packs; the program unpacks")]
    pub mod packed;
    #[path = "../src/geodata/prepare.rs"]
    #[allow(dead_code, reason = "the build script uses only part of the module")]
    pub mod prepare;
    #[path = "../src/geodata/shape.rs"]
    #[allow(dead_code, reason = "the build script uses only part of the module")]
    pub mod shape;
}

/// The shapes of the territories held by another state or authority than the recognised one.
const TERRITORIES: &str = "geodata/territories-10m.geojson";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sources = ["src/iso3.rs", "src/geodata/mercator.rs", "src/geodata/packed.rs", "src/geodata/prepare.rs"];
    for source in sources.into_iter().chain(["src/geodata/shape.rs"]) {
        println!("cargo::rerun-if-changed={source}");
    }
    let out_dir = std::env::var_os("OUT_DIR").ok_or("cargo did not set OUT_DIR")?;
    for detail in Detail::ALL {
        let source = detail.file_name();
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read_to_string(source).map_err(|error| format!("{source}: {error}"))?;
        let countries = geodata::prepare::prepare(&text, source, detail.tolerance())?;
        std::fs::write(Path::new(&out_dir).join(detail.packed_name()), geodata::packed::pack(&countries)?)?;
    }
    // The contested territories' shapes, as they are (they are small): see geodata/README.md.
    let source = TERRITORIES;
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).map_err(|error| format!("{source}: {error}"))?;
    let territories = geodata::prepare::prepare(&text, source, None)?;
    std::fs::write(Path::new(&out_dir).join("territories.bin"), geodata::packed::pack(&territories)?)?;
    std::fs::write(Path::new(&out_dir).join("organisations.rs"), organisation_files()?)?;
    Ok(())
}

/// The organisation files under assets/organisations/ as a Rust list of `(file name, text)`,
/// the default organisation's first, then by name: adding an organisation is adding its file.
fn organisation_files() -> Result<String, Box<dyn std::error::Error>> {
    const FOLDER: &str = "assets/organisations";
    const DEFAULT: &str = "csto.json";
    println!("cargo::rerun-if-changed={FOLDER}");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(FOLDER).map_err(|error| format!("{FOLDER}: {error}"))? {
        let name = entry?.file_name().into_string().map_err(|name| format!("{FOLDER}: {name:?} is not UTF-8"))?;
        if name.ends_with(".json") {
            println!("cargo::rerun-if-changed={FOLDER}/{name}");
            names.push(name);
        }
    }
    names.sort_by_key(|name| (name != DEFAULT, name.clone()));
    if names.first().map(String::as_str) != Some(DEFAULT) {
        return Err(format!("{FOLDER}/{DEFAULT}, the default organisation, is missing").into());
    }
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join(FOLDER);
    let items = names.iter().map(|name| {
        let path = folder.join(name);
        format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string())
    });
    Ok(format!("&[\n{}]\n", items.collect::<String>()))
}
