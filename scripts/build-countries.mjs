#!/usr/bin/env node
// Build the country/territory actor dictionary:
//   data/dictionaries/countries/v2026.11/countries.jsonl
// from the npm packages `world-countries` (ODbL-1.0) and `i18n-iso-countries` (MIT, English names)
// plus the hand-curated `curated.json` next to the output.
//
// Usage: node scripts/build-countries.mjs [--check]
//   --check  build in memory and fail if the file on disk differs (nothing is written).
//
// The output is deterministic: one record per line, sorted by `code`, fixed key order,
// arrays de-duplicated and sorted (the primary name/demonym/capital first).

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIR = join(ROOT, "data/dictionaries/countries/v2026.11");
const OUT = join(DIR, "countries.jsonl");
const CURATED = join(DIR, "curated.json");

const worldCountries = require("world-countries/countries.json");
const isoEn = require("i18n-iso-countries/langs/en.json").countries;
const curated = JSON.parse(readFileSync(CURATED, "utf8"));

/** CAMEO sectors a seat or epithet may stand for (null = the country as a whole). */
const SECTORS = new Set(["GOV", "MIL", "LEG", "JUD", "SPY", "COP", "ELI"]);

/** English words that mark an alternative spelling as an English formal name worth keeping. */
const FORM_WORDS =
  /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Union|Islands|Confederation|Sultanate|Emirates|Duchy|Territory|Bailiwick|Collectivity|Department|Federated)\b/;

const errors = [];
const warnings = [];

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Strip diacritics: "Côte d'Ivoire" → "Cote d'Ivoire", "Brasília" → "Brasilia". */
const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
const clean = (s) => s.normalize("NFC").replace(/\s+/g, " ").trim();
/** Junk for a news matcher: list-style forms ("Korea, Republic of"), parentheses, codes. */
const usableName = (s) => s.length >= 2 && !/[,()]/.test(s);

/** Variants every name/demonym/capital gets: folded diacritics, and "Saint X" → "St. X"/"St X". */
function variants(s) {
  const out = new Set([s]);
  for (const v of [...out]) out.add(fold(v));
  for (const v of [...out]) {
    if (/^Saint /.test(v)) {
      out.add(v.replace(/^Saint /, "St. "));
      out.add(v.replace(/^Saint /, "St "));
    }
  }
  return [...out];
}

/**
 * Plural of a world-countries demonym: nationality nouns take -s (Iraqis, Afghans, Argentines,
 * Slovenes); adjective-only forms (Chinese, British, Swiss, Malagasy, Turkmen, Greenlandic) get none.
 * Irregular nouns (Briton, Dane, Pole, Turk...) are listed in curated.json.
 */
const NO_PLURAL_SUFFIX = /(ese|ish|ch|sh|s|x|z|y|o|a|ic|men|e|Kiribati|Vanuatu)$/;
function plural(d) {
  if (/(ine|ene)$/.test(d)) return `${d}s`;
  return NO_PLURAL_SUFFIX.test(d) ? null : `${d}s`;
}

/** Split world-countries demonyms such as "Kittitian or Nevisian" and "Antiguan, Barbudan". */
function splitDemonym(d) {
  return d
    .split(/,| or /)
    .map(clean)
    .filter(Boolean);
}

function uniq(arr) {
  return [...new Set(arr)];
}

const codeOverrides = curated.codeOverrides ?? {};
const middleEast = new Set(curated.middleEast ?? []);
const curatedByCode = curated.countries ?? {};

// ---------------------------------------------------------------- 1. raw records from the packages
const records = new Map();
for (const wc of worldCountries) {
  const iso3 = wc.cca3;
  const code = codeOverrides[iso3] ?? iso3;
  if (records.has(code)) errors.push(`duplicate code ${code}`);
  const cur = curatedByCode[code] ?? {};

  const names = [];
  if (cur.name) names.push(cur.name);
  names.push(wc.name.common);
  names.push(wc.name.official);
  const en = isoEn[wc.cca2];
  if (en) names.push(...(Array.isArray(en) ? en : [en]));
  for (const alt of wc.altSpellings ?? []) if (FORM_WORDS.test(alt)) names.push(alt);

  const demonyms = [];
  const eng = wc.demonyms?.eng;
  for (const d of uniq([eng?.m, eng?.f].filter(Boolean))) {
    for (const part of splitDemonym(d)) {
      demonyms.push(part);
      const p = plural(part);
      if (p) demonyms.push(p);
    }
  }

  const capitals = (wc.capital ?? []).map(clean).filter(Boolean);

  const [lat, lon] = wc.latlng ?? [null, null];
  records.set(code, {
    code,
    iso2: wc.cca2,
    iso3,
    primaryName: cur.name ?? wc.name.common,
    primaryDemonym: cur.demonym ?? null,
    names: names.map(clean).filter(usableName),
    demonyms: demonyms.map(clean).filter(Boolean),
    capitals,
    seats: [],
    epithets: [],
    lat,
    lon,
    region: middleEast.has(code) ? "Middle East" : wc.region || "Antarctic",
    ambiguous: [],
    _demonymSource: demonyms[0] ?? null,
  });
}

for (const code of Object.keys(curatedByCode)) {
  if (!records.has(code)) errors.push(`curated.json: unknown country code ${code}`);
}
for (const code of middleEast)
  if (!records.has(code)) errors.push(`curated.json: middleEast has unknown ${code}`);

// ---------------------------------------------------------------- 2. curated additions and removals
for (const [code, cur] of Object.entries(curatedByCode)) {
  const r = records.get(code);
  if (!r) continue;
  for (const field of ["names", "demonyms", "capitals"]) {
    r[field].push(...(cur[field] ?? []).map(clean));
  }
  r.seats.push(...(cur.seats ?? []));
  r.epithets.push(...(cur.epithets ?? []));
  r.ambiguous.push(...(cur.ambiguous ?? []));
}

// Expand variants, then apply drops (drops are applied after expansion so a folded
// variant such as "Male" from "Malé" can be removed on its own).
for (const r of records.values()) {
  const cur = curatedByCode[r.code] ?? {};
  for (const field of ["names", "demonyms", "capitals"]) {
    const dropList = cur[`drop${field[0].toUpperCase()}${field.slice(1)}`] ?? [];
    const expanded = r[field].flatMap(variants);
    for (const d of dropList) {
      if (!variants(d).some((v) => expanded.includes(v)))
        warnings.push(`${r.code}: drop of absent ${field} "${d}"`);
    }
    // Dropping a string drops its variants too ("Collectivity of Saint Martin" → "St. Martin" forms).
    const drop = new Set(dropList.flatMap(variants));
    r[field] = uniq(r[field].flatMap(variants)).filter((s) => !drop.has(s));
  }
  // A demonym or capital identical to a name of the same country adds nothing.
  const nameSet = new Set(r.names);
  r.demonyms = r.demonyms.filter((d) => !nameSet.has(d));
  r.capitals = r.capitals.filter((c) => !nameSet.has(c) && !r.demonyms.includes(c));
  for (const field of ["seats", "epithets"]) {
    const seen = new Map();
    for (const e of r[field]) {
      if (typeof e?.text !== "string" || !(e.sector === null || SECTORS.has(e.sector))) {
        errors.push(`${r.code}: bad ${field} entry ${JSON.stringify(e)}`);
        continue;
      }
      for (const text of variants(clean(e.text))) {
        const key = text.toLowerCase();
        if (seen.has(key) && seen.get(key).sector !== e.sector)
          errors.push(`${r.code}: ${field} "${text}" twice`);
        seen.set(key, { text, sector: e.sector });
      }
    }
    r[field] = [...seen.values()];
  }
}

// ---------------------------------------------------------------- 3. conflicts between countries
// Names, demonyms and capitals are matched case-sensitively; seats and epithets case-insensitively.
// Every string must belong to exactly one country. `resolve` in curated.json names the winner
// (or null to drop the string everywhere); an unresolved clash is an error.
const resolve = curated.resolve ?? {};
const owners = new Map();
const own = (key, code) => {
  if (!owners.has(key)) owners.set(key, new Set());
  owners.get(key).add(code);
};
for (const r of records.values()) {
  for (const s of [...r.names, ...r.demonyms, ...r.capitals]) own(s, r.code);
  for (const e of [...r.seats, ...r.epithets]) own(`~${e.text.toLowerCase()}`, r.code);
}
const usedResolutions = new Set();
for (const [key, codes] of [...owners].sort((a, b) => cmp(a[0], b[0]))) {
  if (codes.size < 2) continue;
  const text = key.startsWith("~") ? key.slice(1) : key;
  if (!Object.hasOwn(resolve, text)) {
    errors.push(`conflict: "${text}" → ${[...codes].sort().join(", ")} (add to "resolve" in curated.json)`);
    continue;
  }
  usedResolutions.add(text);
  const winner = resolve[text];
  if (winner !== null && !codes.has(winner)) errors.push(`resolve: "${text}" → ${winner} is not a claimant`);
  for (const code of codes) {
    if (code === winner) continue;
    const r = records.get(code);
    for (const field of ["names", "demonyms", "capitals"]) r[field] = r[field].filter((s) => s !== text);
    for (const field of ["seats", "epithets"])
      r[field] = r[field].filter((e) => e.text.toLowerCase() !== text);
  }
}
for (const text of Object.keys(resolve)) {
  if (!usedResolutions.has(text)) warnings.push(`resolve: "${text}" is not (or no longer) a conflict`);
}

// ---------------------------------------------------------------- 4. blockers
// `blockers` in curated.json lists phrases that contain a country entry but are not the country
// ("New Mexico", "Indian Ocean"). They are not part of countries.jsonl; a matcher should load them
// from curated.json and prefer them as longer matches. Each must still contain some entry.
const allEntries = [...records.values()].flatMap((r) => [...r.names, ...r.demonyms, ...r.capitals]);
for (const b of curated.blockers ?? []) {
  const hit = allEntries.some((e) =>
    new RegExp(`(^|[^\\p{L}])${e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(b),
  );
  if (!hit) warnings.push(`blocker "${b}" contains no country entry`);
}

// ---------------------------------------------------------------- 5. ambiguity flags and output
const lines = [];
for (const r of [...records.values()].sort((a, b) => cmp(a.code, b.code))) {
  const all = new Set([
    ...r.names,
    ...r.demonyms,
    ...r.capitals,
    ...r.seats.map((e) => e.text),
    ...r.epithets.map((e) => e.text),
  ]);
  for (const a of r.ambiguous) if (!all.has(a)) errors.push(`${r.code}: ambiguous "${a}" is not an entry`);
  if (!r.names.includes(r.primaryName)) errors.push(`${r.code}: primary name "${r.primaryName}" was dropped`);

  const first = (arr, head) =>
    head && arr.includes(head) ? [head, ...arr.filter((x) => x !== head).sort(cmp)] : [...arr].sort(cmp);
  const primaryDemonym =
    r.primaryDemonym ?? (r.demonyms.includes(r._demonymSource) ? r._demonymSource : null);
  const primaryCapital = r.capitals[0] ?? null;
  const out = {
    code: r.code,
    iso2: r.iso2,
    iso3: r.iso3,
    name: r.primaryName,
    names: first(r.names, r.primaryName),
    demonyms: first(r.demonyms, primaryDemonym),
    capitals: first(r.capitals, primaryCapital),
    seats: r.seats.sort((a, b) => cmp(a.text, b.text)).map((e) => ({ text: e.text, sector: e.sector })),
    epithets: r.epithets.sort((a, b) => cmp(a.text, b.text)).map((e) => ({ text: e.text, sector: e.sector })),
    lat: r.lat,
    lon: r.lon,
    region: r.region,
    ambiguous: uniq(r.ambiguous)
      .filter((a) => all.has(a))
      .sort(cmp),
  };
  lines.push(JSON.stringify(out));
}

for (const w of warnings) console.warn(`warning: ${w}`);
if (errors.length) {
  for (const e of errors) console.error(`error: ${e}`);
  process.exit(1);
}

const text = `${lines.join("\n")}\n`;
if (process.argv.includes("--check")) {
  let onDisk = "";
  try {
    onDisk = readFileSync(OUT, "utf8");
  } catch {}
  if (onDisk !== text) {
    console.error(`${OUT} is out of date; run node scripts/build-countries.mjs`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date (${lines.length} records)`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${lines.length} records to ${OUT}`);
}
