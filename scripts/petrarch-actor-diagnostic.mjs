#!/usr/bin/env node
import { readFileSync } from "node:fs";
// Diagnoses the actor side of PETRARCH's unit suite on its TUNE part: for each tune record with
// expected events, whether Dyad's actor mentions hold every expected source and target code, and
// for each code missing, a guess at why (the classes below). It reads only tune records (split v1),
// codes them with the given dictionary folder, and prints one line a miss and a summary.
//
//   npm run build && node scripts/petrarch-actor-diagnostic.mjs [--records FILE] [--dir DIR] [--mode add|replace]
//     [--part tune|check] [--json] [--quiet]
// With --part check it prints only the figures, never a record.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    records: { type: "string" },
    dir: { type: "string" },
    mode: { type: "string" },
    part: { type: "string" },
    json: { type: "boolean" },
    quiet: { type: "boolean" },
  },
});
const shared = join(root, "..", "shared");
const recordsPath = resolve(values.records ?? join(shared, "dev", "petrarch-unit", "records.jsonl"));
const dictDir = resolve(values.dir ?? join(shared, "dictionaries", "petrarch2"));
// The check part is read only as a figure: no record of it is listed.
const part = values.part === "check" ? "check" : "tune";
const listMisses = part === "tune" && !values.quiet;

const { createCoder } = await import(join(root, "dist", "index.js"));
const { loadCoderResources } = await import(join(root, "dist", "dictionaries", "load-resources.js"));
const { DEFAULT_DATA_DIR } = await import(join(root, "dist", "dictionaries", "data-paths.js"));
const tabari = await import(join(root, "dist", "dictionaries", "tabari", "index.js"));
const { splitPartOf } = await import(join(root, "dist", "eval", "split.js"));
const { petrarchActorCode } = await import(join(root, "dist", "eval", "headlines", "petrarch-unit.js"));

const dicts = tabari.readDictionaryDir(dictDir);
const coder = createCoder({
  resources: loadCoderResources(DEFAULT_DATA_DIR, {
    dictionaries: { dicts, mode: values.mode === "replace" ? "replace" : "add" },
  }),
});

// Codes of dated actors, of compound names ([ELR/GAL]), and each code's names.
const namesOfCode = new Map();
const datedCodes = new Set();
const compoundCodes = new Set();
for (const actor of dicts.actors) {
  for (const code of actor.codes) {
    if (code.from || code.to) datedCodes.add(code.code);
    if (code.code.includes("/")) for (const part of code.code.split("/")) compoundCodes.add(part);
    const names = namesOfCode.get(code.code) ?? new Set();
    for (const name of actor.names) names.add(tabari.tabariWords(name));
    namesOfCode.set(code.code, names);
  }
}

/** Why an expected code is not among Dyad's mention codes (a guess from the text and the mentions). */
function classify(code, text, found) {
  if (code.startsWith('"')) return "new actor: PETRARCH names an unknown noun phrase (new_actor_length)";
  if (compoundCodes.has(code)) return "compound name ([A/B])";
  if (/[A-Za-z]_[A-Za-z]/.test(text)) return "the text joins a name with _";
  const names = [...(namesOfCode.get(code) ?? [])];
  if (datedCodes.has(code) && names.some((name) => text.toUpperCase().includes(name)))
    return "date restriction";
  const country = code.slice(0, 3);
  const sector = code.slice(3);
  const sameCountry = found.filter((f) => f.startsWith(country));
  const longer = sameCountry.filter((f) => f.startsWith(code) && f.length > code.length);
  if (longer.length > 0) return `Dyad composes a role PETRARCH leaves out (found ${longer.join(",")})`;
  if (sector && sameCountry.includes(country)) {
    if (/\b(from|in)\s/i.test(text)) return `role joined to its name by from/in (found ${country})`;
    return `agent not composed (found ${country})`;
  }
  if (sameCountry.length > 0) return `another role (found ${sameCountry.join(",")})`;
  return "name not recognised";
}

const records = readFileSync(recordsPath, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));
const classes = new Map();
let scored = 0;
let pairsFound = 0;
let pairsInEvents = 0;
const misses = [];
for (const record of records) {
  if (record.active === false || record.expected_error || record.expected.length === 0) continue;
  if (splitPartOf(record.text) !== part) continue;
  scored++;
  const date = `${record.date.slice(0, 4)}-${record.date.slice(4, 6)}-${record.date.slice(6)}`;
  const doc = coder.code({ id: String(record.id), text: record.text, date });
  const found = [...new Set(doc.actors.map((m) => petrarchActorCode(m)))];
  // The event-level figure: some event of Dyad's joins the expected source and target (any code).
  const dyads = new Set(
    doc.events.map((e) => `${petrarchActorCode(e.source)}|${petrarchActorCode(e.target)}`),
  );
  if (record.expected.every((t) => dyads.has(`${t.source}|${t.target}`))) pairsInEvents++;
  const missing = new Set();
  for (const triple of record.expected)
    for (const code of [triple.source, triple.target])
      if (code !== "---" && !found.includes(code)) missing.add(code);
  if (missing.size === 0) {
    pairsFound++;
    continue;
  }
  for (const code of missing) {
    const why = classify(code, record.text, found);
    const key = why.replace(/ \(found .*\)$/, "");
    classes.set(key, (classes.get(key) ?? 0) + 1);
    misses.push({ id: record.id, code, why, found, text: record.text });
  }
}
if (values.json) {
  console.log(
    JSON.stringify({ scored, pairsFound, pairsInEvents, classes: Object.fromEntries(classes), misses }),
  );
} else {
  if (listMisses)
    for (const miss of misses)
      console.log(`${miss.id}\t${miss.code}\t${miss.why}\t[${miss.found.join(" ")}]\t${miss.text}`);
  console.log(
    `${part} records with expected events: ${scored}; all expected actor codes among the mentions in ${pairsFound}`,
  );
  console.log(`  every expected (source, target) pair is some event's in ${pairsInEvents}`);
  for (const [why, n] of [...classes].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${why}`);
}
