// Builds ../<lang>.json: the name of every country in ../../geodata/countries-*.geojson, in each
// language below, from the Unicode CLDR JSON packages cldr-localenames-full and cldr-core (pinned,
// both at the same version, in package-lock.json).
//
//   cd names/build && npm ci && npm run build
//
// What it does (see ../README.md for why):
// 1. Collects the ISO 3166-1 alpha-3 codes (`iso3`) of both geodata files.
// 2. Turns each into CLDR's alpha-2 territory code with cldr-core's supplemental/codeMappings.json,
//    except the few codes in EXTRA_CODES, which CLDR does not map (Kosovo, Natural Earth's IOA).
// 3. Takes each locale's territory display name from cldr-localenames-full
//    (main/<locale>/territories.json): the standard name, or the alt="short" one for the codes in
//    USE_SHORT. A code without a name fails the build, with the list of such codes.
// 4. Checks that every name is written in the locale's script, and writes one file per language,
//    keys sorted, so that running it again gives the same bytes.
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Output language -> CLDR locale. The script is named where CLDR's default locale has one. */
const LOCALES = {
  en: { locale: "en", script: "Latin" },
  ru: { locale: "ru", script: "Cyrillic" },
  hy: { locale: "hy", script: "Armenian" },
  az: { locale: "az-Latn", script: "Latin" }, // same data as CLDR's default `az`
  be: { locale: "be", script: "Cyrillic" },
  ka: { locale: "ka", script: "Georgian" },
  kk: { locale: "kk", script: "Cyrillic" }, // default content kk-Cyrl-KZ
  ky: { locale: "ky", script: "Cyrillic" },
  tg: { locale: "tg", script: "Cyrillic" },
  uz: { locale: "uz-Latn", script: "Latin" }, // same data as CLDR's default `uz`
  uk: { locale: "uk", script: "Cyrillic" },
  sr: { locale: "sr-Cyrl", script: "Cyrillic" }, // same data as CLDR's default `sr`
};

/**
 * Geodata codes that CLDR's codeMappings does not give, and the CLDR territory whose name they take.
 * - XKX: Kosovo's user-assigned code in Natural Earth and most atlases; CLDR's territory is XK
 *   (its codeMappings says XKK).
 * - IOA: Natural Earth's "Australian Indian Ocean Territories". At 1:50m the feature is Christmas
 *   Island alone (the Cocos Islands have no area at that scale), so it takes CLDR's CX name; the
 *   geometry is checked below, and the build fails if the feature ever covers more.
 */
const EXTRA_CODES = { XKX: "XK", IOA: "CX" };
const CHRISTMAS_ISLAND = { lon: [105.5, 105.8], lat: [-10.6, -10.4] };

/**
 * Territories whose alt="short" name is used where the locale has one: the standard name adds a
 * status qualifier or a second name in brackets that maps leave out ("Hong Kong SAR China",
 * "Macao SAR China", "Myanmar (Burma)"). Everywhere else the standard name is used: the other short
 * forms are abbreviations (US, UK, США, ABŞ) or another term (Palestine, Bosnia), and alt="variant"
 * forms are former or secondary names (Czech Republic, Swaziland, Ivory Coast).
 */
const USE_SHORT = new Set(["HK", "MO", "MM"]);

/**
 * Names set here instead of CLDR's, each with its reason. Russian: Kyrgyzstan's own official
 * Russian name (CLDR has «Киргизия», the Russian media form), as shared/reference/russian-glossary.md
 * recommends so that the app takes no side; it matches the translated timeline. (Belarus is already
 * «Беларусь» in CLDR.)
 */
const OVERRIDES = { ru: { KGZ: "Кыргызстан" } };

const packageVersion = (name) => require(`${name}/package.json`).version;
const cldrVersion = packageVersion("cldr-localenames-full");
if (packageVersion("cldr-core") !== cldrVersion) {
  throw new Error(`cldr-core ${packageVersion("cldr-core")} and cldr-localenames-full ${cldrVersion} differ`);
}

// 1. Codes present in the borders.
const geodata = ["countries-50m.geojson", "countries-110m.geojson"].map((file) =>
  JSON.parse(fs.readFileSync(new URL(`../../geodata/${file}`, import.meta.url), "utf8")),
);
const features = geodata.flatMap((collection) => collection.features);
const codes = [...new Set(features.map((f) => f.properties.iso3))].sort();
if (codes.some((code) => !/^[A-Z]{3}$/.test(code))) throw new Error(`bad iso3 in geodata: ${codes}`);

for (const f of features.filter((f) => f.properties.iso3 === "IOA")) {
  const points = f.geometry.coordinates.flat(2);
  const inside = ([lon, lat]) =>
    lon >= CHRISTMAS_ISLAND.lon[0] && lon <= CHRISTMAS_ISLAND.lon[1] &&
    lat >= CHRISTMAS_ISLAND.lat[0] && lat <= CHRISTMAS_ISLAND.lat[1];
  if (!points.every(inside)) {
    throw new Error("the IOA feature is no longer Christmas Island alone: revisit EXTRA_CODES.IOA");
  }
}

// 2. alpha-3 -> CLDR territory.
const mappings = require("cldr-core/supplemental/codeMappings.json").supplemental.codeMappings;
const alpha2Of = new Map();
for (const [alpha2, m] of Object.entries(mappings)) {
  if (!/^[A-Z]{2}$/.test(alpha2) || !m._alpha3) continue;
  alpha2Of.set(m._alpha3, [...(alpha2Of.get(m._alpha3) ?? []), alpha2]);
}
const territoryOf = new Map();
const unmapped = [];
for (const code of codes) {
  const found = EXTRA_CODES[code] ? [EXTRA_CODES[code]] : alpha2Of.get(code) ?? [];
  if (found.length === 1) territoryOf.set(code, found[0]);
  else unmapped.push(`${code} (${found.length ? found.join("/") : "none"})`);
}
if (unmapped.length) {
  throw new Error(`no single CLDR territory for these geodata codes: ${unmapped.join(", ")}`);
}

// 3 and 4. Names, one file per language.
for (const [language, { locale, script }] of Object.entries(LOCALES)) {
  const data = require(`cldr-localenames-full/main/${locale}/territories.json`).main[locale];
  const territories = data.localeDisplayNames.territories;
  const names = {};
  const missing = [];
  const wrongScript = [];
  // A letter of another script; Common letters such as Uzbek's U+02BB (Oʻzbekiston) are allowed.
  const letterOutsideScript = new RegExp(`(?!\\p{Script=${script}}|\\p{Script=Common}|\\p{Script=Inherited})\\p{L}`, "u");
  for (const code of codes) {
    const territory = territoryOf.get(code);
    const name =
      OVERRIDES[language]?.[code] ??
      ((USE_SHORT.has(territory) && territories[`${territory}-alt-short`]) || territories[territory]);
    if (!name || name === territory) missing.push(`${code} (${territory})`);
    else if (letterOutsideScript.test(name)) wrongScript.push(`${code} ${JSON.stringify(name)}`);
    names[code] = name;
  }
  if (missing.length) throw new Error(`CLDR ${locale} has no name for: ${missing.join(", ")}`);
  if (wrongScript.length) throw new Error(`CLDR ${locale} names not in ${script} script: ${wrongScript.join(", ")}`);
  const text = `${JSON.stringify({ language, cldr: cldrVersion, names }, null, 2)}\n`;
  fs.writeFileSync(new URL(`../${language}.json`, import.meta.url), text);
  console.log(`${language}.json (CLDR ${cldrVersion} ${locale}): ${codes.length} names, ${Buffer.byteLength(text)} bytes`);
}
