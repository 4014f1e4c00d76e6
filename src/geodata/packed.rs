//! Prepared border sets as flat little-endian arrays that load without parsing or copying.
//!
//! The build script packs each bundled set (see `build.rs`); at run time the countries borrow
//! their triangles, outlines and names straight from the bytes embedded in the binary.
//!
//! Layout, every section starting on 8 bytes: a header of eight `u64` (magic, version, then the
//! length in elements of each section), the country records, the points (meshes and outlines),
//! the triangles, the ring ends, and the names as UTF-8.

use std::borrow::Cow;

use bytemuck::{Pod, Zeroable};

use super::shape::{CountryShape, LabelPlace, Mesh};
use crate::iso3::Iso3;

const MAGIC: u64 = u64::from_le_bytes(*b"CSTOBRDR");
const VERSION: u64 = 1;

const _: () = assert!(cfg!(target_endian = "little"), "the prepared borders are stored little-endian");

/// One country: its numbers, and where its parts lie in the sections (start, length).
#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Record {
    bounds: [f64; 4],
    main_bounds: [f64; 4],
    label_anchor: [f64; 2],
    label_extent: [f64; 2],
    iso3: [u8; 4],
    has_label: u32,
    name: [u32; 2],
    vertices: [u32; 2],
    triangles: [u32; 2],
    outline: [u32; 2],
    rings: [u32; 2],
}

/// Packs prepared countries into bytes for [`unpack`]; an error if a section is too long for
/// 32-bit positions.
pub fn pack(countries: &[CountryShape]) -> Result<Vec<u8>, PackError> {
    let mut points: Vec<[f64; 2]> = Vec::new();
    let mut triangles: Vec<[u32; 3]> = Vec::new();
    let mut ring_ends: Vec<u32> = Vec::new();
    let mut names: Vec<u8> = Vec::new();
    let span = |start: usize, len: usize| -> Result<[u32; 2], PackError> {
        let position = |n: usize| u32::try_from(n).map_err(|_| PackError("a section is too long"));
        Ok([position(start)?, position(len)?])
    };
    let mut records = Vec::with_capacity(countries.len());
    for country in countries {
        let [a, b, c] = country.iso3.to_bytes();
        let label = country.label.unwrap_or(LabelPlace { anchor: [0.0; 2], extent: [0.0; 2] });
        records.push(Record {
            bounds: country.bounds,
            main_bounds: country.main_bounds,
            label_anchor: label.anchor,
            label_extent: label.extent,
            iso3: [a, b, c, 0],
            has_label: u32::from(country.label.is_some()),
            name: span(names.len(), country.name.len())?,
            vertices: span(points.len(), country.mesh.vertices.len())?,
            triangles: span(triangles.len(), country.mesh.triangles.len())?,
            outline: span(points.len() + country.mesh.vertices.len(), country.outline_points.len())?,
            rings: span(ring_ends.len(), country.ring_ends.len())?,
        });
        names.extend_from_slice(country.name.as_bytes());
        points.extend_from_slice(&country.mesh.vertices);
        points.extend_from_slice(&country.outline_points);
        triangles.extend_from_slice(&country.mesh.triangles);
        ring_ends.extend_from_slice(&country.ring_ends);
    }
    let lengths = [records.len(), points.len(), triangles.len(), ring_ends.len(), names.len()];
    let mut bytes = Vec::new();
    let header = [MAGIC, VERSION].into_iter().chain(lengths.map(|n| n as u64)).chain([0]).collect::<Vec<u64>>();
    for section in [
        bytemuck::cast_slice::<u64, u8>(&header),
        bytemuck::cast_slice(&records),
        bytemuck::cast_slice(&points),
        bytemuck::cast_slice(&triangles),
        bytemuck::cast_slice(&ring_ends),
        &names,
    ] {
        bytes.extend_from_slice(section);
        bytes.resize(bytes.len().next_multiple_of(8), 0);
    }
    Ok(bytes)
}

/// Bytes that are not a packed border set of this version.
#[derive(Debug, thiserror::Error)]
#[error("the prepared borders are damaged: {0}")]
pub struct PackError(&'static str);

/// The countries packed in `bytes` (which must start on 8 bytes), borrowing from them. Every
/// length, range, code and name is checked, so damaged records are an error, not a panic. The
/// triangles' corners are not read here, so that loading leaves the pages of the sets the view
/// does not draw untouched: they are the build's own output, and a test checks that the bundled
/// sets equal the GeoJSON they come from.
pub fn unpack(bytes: &'static [u8]) -> Result<Vec<CountryShape>, PackError> {
    let mut rest = bytes;
    let header: &[u64] = take(&mut rest, 8)?;
    let [magic, version, counts @ ..] = header else { return Err(PackError("no header")) };
    if (*magic, *version) != (MAGIC, VERSION) {
        return Err(PackError("not a border set of this version"));
    }
    let count = |i: usize| counts.get(i).and_then(|&n| usize::try_from(n).ok()).ok_or(PackError("bad lengths"));
    let records: &[Record] = take(&mut rest, count(0)?)?;
    let points: &'static [[f64; 2]] = take(&mut rest, count(1)?)?;
    let triangles: &'static [[u32; 3]] = take(&mut rest, count(2)?)?;
    let ring_ends: &'static [u32] = take(&mut rest, count(3)?)?;
    let names: &'static [u8] = take(&mut rest, count(4)?)?;
    let mut countries = Vec::with_capacity(records.len());
    for record in records {
        let part = |[start, len]: [u32; 2]| -> Option<std::ops::Range<usize>> {
            let start = usize::try_from(start).ok()?;
            Some(start..start.checked_add(usize::try_from(len).ok()?)?)
        };
        let range = |span| part(span).ok_or(PackError("a range overflows"));
        let vertices = points.get(range(record.vertices)?).ok_or(PackError("vertices out of range"))?;
        let country_triangles = triangles.get(range(record.triangles)?).ok_or(PackError("triangles out of range"))?;
        let outline_points = points.get(range(record.outline)?).ok_or(PackError("outline out of range"))?;
        let rings = ring_ends.get(range(record.rings)?).ok_or(PackError("rings out of range"))?;
        let name = names.get(range(record.name)?).ok_or(PackError("name out of range"))?;
        let name = std::str::from_utf8(name).map_err(|_| PackError("a name is not UTF-8"))?;
        let [a, b, c, _] = record.iso3;
        let iso3: Iso3 = std::str::from_utf8(&[a, b, c])
            .ok()
            .and_then(|code| code.parse().ok())
            .ok_or(PackError("a code is not ISO 3166-1 alpha-3"))?;
        if rings.windows(2).any(|pair| pair[0] > pair[1])
            || rings.last().is_some_and(|&end| end as usize > outline_points.len())
        {
            return Err(PackError("a ring is out of range"));
        }
        countries.push(CountryShape {
            iso3,
            name: Cow::Borrowed(name),
            mesh: Mesh { vertices: Cow::Borrowed(vertices), triangles: Cow::Borrowed(country_triangles) },
            outline_points: Cow::Borrowed(outline_points),
            ring_ends: Cow::Borrowed(rings),
            bounds: record.bounds,
            main_bounds: record.main_bounds,
            label: (record.has_label != 0)
                .then_some(LabelPlace { anchor: record.label_anchor, extent: record.label_extent }),
        });
    }
    if countries.windows(2).any(|pair| pair[0].iso3 >= pair[1].iso3) {
        return Err(PackError("the countries are not sorted by code"));
    }
    Ok(countries)
}

/// The next `count` elements of `rest`, which then starts at the next multiple of 8 bytes.
fn take<T: Pod>(rest: &mut &'static [u8], count: usize) -> Result<&'static [T], PackError> {
    let size = count.checked_mul(size_of::<T>()).ok_or(PackError("a section is too long"))?;
    let section = rest.get(..size).ok_or(PackError("a section is cut short"))?;
    *rest = rest.get(size.next_multiple_of(8).min(rest.len())..).unwrap_or_default();
    bytemuck::try_cast_slice(section).map_err(|_| PackError("a section is not aligned"))
}
