#!/usr/bin/env node
// Regenerates data/codebooks/*.json from the reference tables in ../shared/reference.
// Usage: node scripts/build-codebooks.mjs [REFERENCE_DIR]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const referenceDir = process.argv[2] ?? join(import.meta.dirname, "..", "..", "shared", "reference");
const outDir = join(import.meta.dirname, "..", "data", "codebooks");

const quadClass = (code) => {
  const root = Number(code.slice(0, 2));
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
};

const cameo = {};
for (const line of readFileSync(join(referenceDir, "cameo_codes.tsv"), "utf8").split("\n").slice(1)) {
  if (!line.trim()) continue;
  const [code, name, goldstein] = line.split("\t");
  cameo[code] = { name, goldstein: Number(goldstein), quad_class: quadClass(code) };
}

const plover = {};
for (const line of readFileSync(join(referenceDir, "cameo2plover-2021.txt"), "utf8").split("\n")) {
  const match = /^(\d{3,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$/.exec(line.trim());
  if (!match) continue;
  const [, code, body, comment] = match;
  const [type, mode, context] = body.split(",").map((part) => (part ?? "").trim());
  if (!type) continue;
  // The table lists 175 and 201 twice (a correction appended at the end); the later row wins.
  plover[code] = {
    type,
    ...(mode ? { mode } : {}),
    ...(context ? { context: context.replace(/\s*;\s*/g, ";") } : {}),
    ...(comment ? { note: comment.trim() } : {}),
  };
}
// The 2021 table starts at root 03. PLOVER folds CAMEO's APPEAL (02) into REQUEST and has no
// category for plain public statements (01), which therefore map to null.
for (const code of Object.keys(cameo)) {
  if (code.startsWith("02") && code.length >= 3 && !plover[code]) plover[code] = { type: "REQUEST" };
}

const sorted = (object) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
const header = {
  $source:
    "CAMEO names (CAMEO manual, as tabulated in andybega/icews, MIT), Goldstein values (GDELT CAMEO.goldsteinscale.txt), PLOVER crosswalk (openeventdata/PLOVER, Draft 0.8, 2021-09-17)",
  $version: "2026.11",
};
writeFileSync(
  join(outDir, "cameo.json"),
  `${JSON.stringify({ ...header, codes: sorted(cameo) }, null, 1)}\n`,
);
writeFileSync(
  join(outDir, "cameo-to-plover.json"),
  `${JSON.stringify({ ...header, codes: sorted(plover) }, null, 1)}\n`,
);
console.log(`cameo: ${Object.keys(cameo).length} codes; plover: ${Object.keys(plover).length} codes`);
