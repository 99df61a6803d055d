#!/usr/bin/env node
// Brings the actors of the Phoenix dictionaries (PETRARCH2, MIT, openeventdata/petrarch2 @ 676801c)
// that Dyad lacks into its built-in data: people with dated offices into
// data/dictionaries/people/<version>/people-phoenix.jsonl, other actors into
// data/dictionaries/organizations/<version>/organizations-phoenix.jsonl. An actor any of whose names
// Dyad already knows (a country, person, organisation or agent, ignoring case) is left to Dyad:
// its dated offices are newer than Phoenix's (last updated 2015-2016). An actor one of whose names
// is a place in Dyad's gazetteer is left out too: Phoenix codes cities and provinces as their
// country ("KANDAHAR [AFG]"), and as actors they would stop being places. News media (a MED code:
// Reuters, CNN, state newspapers) are left out as well: an outlet reporting an event is not a
// party to it (issue 9), and Dyad's own dictionaries hold no outlets for that reason.
//
//   npm run build && node scripts/import-phoenix-actors.mjs [--dir DIR] [--kinds people,organizations] [--dry-run]
//   node scripts/write-manifest.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: { dir: { type: "string" }, kinds: { type: "string" }, "dry-run": { type: "boolean" } },
});
const dictDir = resolve(values.dir ?? join(root, "..", "shared", "dictionaries", "petrarch2"));
const kinds = new Set((values.kinds ?? "people,organizations").split(","));
const FILES = [
  "Phoenix.Countries.actors.txt",
  "Phoenix.International.actors.txt",
  "Phoenix.MilNonState.actors.txt",
];
const { readTabariActors, tabariNameForms, formatProblem } = await import(
  join(root, "dist", "dictionaries", "tabari", "index.js")
);
const { loadGazetteer, foldName } = await import(join(root, "dist", "stages", "when-where", "index.js"));
const gazetteer = loadGazetteer({ dataDir: join(root, "data") });
const isPlace = (name) => gazetteer.lookup(foldName(name)).length > 0;

const manifest = JSON.parse(readFileSync(join(root, "data", "MANIFEST.json"), "utf8"));
const folder = (set) => join(root, "data", manifest.dataSets[set]);
const readJsonl = (path) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("//"))
    .map((line) => JSON.parse(line));
const readFolder = (set, except) =>
  Object.keys(manifest.files)
    .filter((file) => join(root, "data", file).startsWith(`${folder(set)}/`) && !file.endsWith(except))
    .filter((file) => file.endsWith(".jsonl"))
    .flatMap((file) => readJsonl(join(root, "data", file)));

// Every name Dyad knows, folded: an actor sharing one is Dyad's.
const known = new Set();
const know = (name) => known.add(name.toLowerCase().replace(/\s+/g, " ").trim());
const countries = readFolder("countries", "-phoenix.jsonl");
for (const c of countries) [c.name, ...c.names, ...c.demonyms, ...c.capitals].forEach(know);
for (const p of readFolder("people", "-phoenix.jsonl")) [p.name, ...p.aliases].forEach(know);
for (const o of readFolder("organizations", "-phoenix.jsonl")) o.names.forEach(know);
for (const a of readFolder("agents", "-phoenix.jsonl")) know(a.phrase);
const countryCodes = new Set(countries.map((c) => c.code));

const ACTOR_CODE = /^[A-Z]{3,}$/;
const ids = new Set();
const slug = (name) => {
  const base = `phoenix-${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
};
const split = (code) => ({
  country: countryCodes.has(code.slice(0, 3)) ? code.slice(0, 3) : null,
  sector: code.length >= 6 ? code.slice(3) : null,
});

const people = [];
const organizations = [];
const isMedia = (code) => (code.match(/.{3}/g) ?? []).includes("MED");
const counts = {
  read: 0,
  dyadKnows: 0,
  places: 0,
  media: 0,
  noCode: 0,
  people: 0,
  organizations: 0,
  problems: 0,
};
for (const name of FILES) {
  const path = join(dictDir, name);
  const file = readTabariActors(readFileSync(path, "utf8"), name);
  counts.problems += file.problems.length;
  for (const problem of file.problems) console.error(`skipped: ${formatProblem(problem)}`);
  for (const actor of file.actors) {
    counts.read++;
    const forms = [...new Set(actor.names.flatMap(tabariNameForms))];
    if (forms.some((form) => known.has(form.toLowerCase()))) {
      counts.dyadKnows++;
      continue;
    }
    if (forms.some(isPlace)) {
      counts.places++;
      continue;
    }
    const codes = actor.codes
      .map((code) => ({ ...code, code: code.code.split("/")[0] }))
      .filter((code) => ACTOR_CODE.test(code.code));
    if (codes.length === 0) {
      counts.noCode++;
      continue;
    }
    if (codes.some((code) => isMedia(code.code))) {
      counts.media++;
      continue;
    }
    forms.forEach(know);
    const [title] = forms;
    // People: dated offices of a known country (or IGO) with a sector, as Dyad's own people.
    const roles = codes
      .filter((code) => code.from || code.to)
      .filter((code) => code.code.length >= 6)
      .map((code) => ({
        country: code.code.slice(0, 3),
        sector: code.code.slice(3),
        from: code.from ?? "1900-01-01",
        to: code.to ?? null,
      }))
      .sort((a, b) => a.from.localeCompare(b.from));
    if (roles.length > 0) {
      if (!kinds.has("people")) continue;
      people.push({ id: slug(title), name: title, aliases: forms.slice(1), roles });
      counts.people++;
      continue;
    }
    if (!kinds.has("organizations")) continue;
    const code = codes.find((c) => !c.from && !c.to)?.code ?? codes[codes.length - 1].code;
    organizations.push({ id: slug(title), code, names: forms, ...split(code), kind: "phoenix" });
    counts.organizations++;
  }
}
console.log(
  `Phoenix actors read ${counts.read}: Dyad already knows ${counts.dyadKnows}, places ${counts.places}, media ${counts.media}, no usable code ${counts.noCode}; ` +
    `new people ${counts.people}, new organisations ${counts.organizations}; malformed lines skipped ${counts.problems}`,
);
if (values["dry-run"]) console.log("dry run: nothing written");
else {
  const write = (set, file, entries) =>
    writeFileSync(
      join(folder(set), file),
      entries.map((entry) => JSON.stringify(entry)).join("\n") + (entries.length ? "\n" : ""),
    );
  write("people", "people-phoenix.jsonl", people);
  write("organizations", "organizations-phoenix.jsonl", organizations);
  console.log(
    "wrote people-phoenix.jsonl and organizations-phoenix.jsonl; run node scripts/write-manifest.mjs",
  );
}
