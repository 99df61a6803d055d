#!/usr/bin/env node
// Raises the evaluation baseline on purpose: runs the built CLI (`dyad eval --json`) on each dev set
// and rewrites data/eval/baseline.json with the headline figures it reaches on each set's tune and
// check parts (the gate checks both; see src/eval/split.ts). Review the diff before
// committing: a figure marked LOWER means the gate would have failed (see docs/evaluation.md).
//
//   npm run build && node scripts/update-eval-baseline.mjs [--dev DIR] [--dist DIR] [--dry-run]
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const baselinePath = join(root, "data", "eval", "baseline.json");
const DEFAULT_TOLERANCE = 0.005;
/** Dev sets (path under the dev folder → gold format) used when there is no baseline yet. */
const DEFAULT_SETS = {
  "conflibert-cameo-train.jsonl": "conflibert",
  "cameo-annotated-news.jsonl": "annotated-news",
  "petrarch-unit/records.jsonl": "petrarch-unit",
  "event-location.jsonl": "event-location",
  "plover-relations-train.jsonl": "plover-relations",
};

const { values } = parseArgs({
  options: { dev: { type: "string" }, dist: { type: "string" }, "dry-run": { type: "boolean" } },
});
const devDir = resolve(values.dev ?? process.env.DYAD_DEV_DIR ?? join(root, "..", "shared", "dev"));
const cli = join(resolve(values.dist ?? join(root, "dist")), "cli", "main.js");
if (!existsSync(cli)) {
  console.error(`update-eval-baseline: ${cli} not found; run \`npm run build\` first`);
  process.exit(1);
}

const previous = existsSync(baselinePath)
  ? JSON.parse(readFileSync(baselinePath, "utf8"))
  : { tolerance: DEFAULT_TOLERANCE, sets: {} };
// Sets already in the baseline keep their settings; default sets missing from it are added.
const sets = {
  ...Object.fromEntries(Object.entries(DEFAULT_SETS).map(([file, format]) => [file, { format }])),
};
for (const [file, entry] of Object.entries(previous.sets)) sets[file] = entry;

// Rounded down, so the recorded figure never exceeds what the coder reached.
const floor4 = (value) => (value === null ? null : Math.floor(value * 10000) / 10000);

const next = { tolerance: previous.tolerance ?? DEFAULT_TOLERANCE, sets: {} };
let lowered = 0;
for (const [file, { format, dictionaries }] of Object.entries(sets)) {
  const path = join(devDir, file);
  if (!existsSync(path)) {
    console.error(`update-eval-baseline: dev set ${path} is missing; nothing written`);
    process.exit(1);
  }
  const started = Date.now();
  const output = execFileSync(
    process.execPath,
    [
      cli,
      "eval",
      path,
      "--format",
      format,
      "--json",
      "--worst",
      "0",
      ...(dictionaries ? ["--dictionaries", join(devDir, "..", dictionaries)] : []),
    ],
    {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const report = JSON.parse(output);
  const entry = { format, ...(dictionaries ? { dictionaries } : {}) };
  console.log(`${file} (${report.items} texts, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const part of ["tune", "check"]) {
    const { items, headline } = report.parts[part];
    const figures = Object.fromEntries(headline.map((figure) => [figure.name, floor4(figure.value)]));
    entry[part] = { items, figures };
    for (const [name, value] of Object.entries(figures)) {
      const before = previous.sets[file]?.[part]?.figures?.[name];
      const change = before === undefined ? "new" : before === value ? "same" : `was ${before}`;
      const mark = typeof before === "number" && (value === null || value < before) ? "  LOWER" : "";
      if (mark) lowered++;
      console.log(`  ${part.padEnd(5)} ${name.padEnd(30)} ${String(value).padEnd(8)} ${change}${mark}`);
    }
  }
  next.sets[file] = entry;
}

if (values["dry-run"]) console.log("dry run: baseline not written");
else {
  writeFileSync(baselinePath, `${JSON.stringify(next, null, 2)}\n`);
  console.log(
    `wrote ${baselinePath}${lowered ? ` (${lowered} figures LOWER than before: review the diff)` : ""}`,
  );
}
