#!/usr/bin/env node
// Records the sha256 of every data file in data/MANIFEST.json. The loader skips schema validation
// for files whose hash matches (they were validated by the test suite) and validates edited ones.
// Usage: node scripts/write-manifest.mjs [--check]
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const dataDir = join(import.meta.dirname, "..", "data");
const manifestPath = join(dataDir, "MANIFEST.json");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = {};
for (const path of walk(dataDir).sort()) {
  const name = relative(dataDir, path).split("\\").join("/");
  // The coder's data only: eval baselines change with every improvement and are not loaded by it.
  if (name === "MANIFEST.json" || name.startsWith("eval/") || !/\.(jsonl|json|txt|bin)$/.test(name)) continue;
  files[name] = createHash("sha256").update(readFileSync(path)).digest("hex");
}
const next = `${JSON.stringify({ ...manifest, files }, null, 2)}\n`;
if (process.argv.includes("--check")) {
  if (next !== readFileSync(manifestPath, "utf8")) {
    console.error("data/MANIFEST.json is out of date: run node scripts/write-manifest.mjs");
    process.exit(1);
  }
} else {
  writeFileSync(manifestPath, next);
  console.log(`MANIFEST.json: ${Object.keys(files).length} files`);
}
