#!/usr/bin/env node
// npm run bench: coder speed, start-up time and peak memory on sentences from ../shared/dev,
// then the store and server benchmarks (bench/store-bench.mjs, bench/server-bench.mjs; one core),
// parallel coding (1 and 2 workers) and, when asked (BENCH_ROLLUP_EVENTS=N), the rollup queries over
// N stored events on SQLite and PostgreSQL.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { devTexts } from "./dev-texts.mjs";

const root = join(import.meta.dirname, "..");
const devDir = process.env.DYAD_DEV_DIR ?? join(root, "..", "shared", "dev");
const targetSentences = Number(process.env.BENCH_SENTENCES ?? 20000);

// Start-up: a fresh process that imports Dyad and builds a coder (dictionaries, patterns, model).
const startupRuns = [];
for (let run = 0; run < 3; run++) {
  const out = execFileSync(process.execPath, [
    "-e",
    `const t0=performance.now();const {createCoder}=await import(${JSON.stringify(join(root, "dist", "index.js"))});createCoder().code({id:"w",text:"Iran condemned Iraq."});console.log(performance.now()-t0)`,
    "--input-type=module",
  ]);
  startupRuns.push(Number(out.toString().trim()));
}

const { createCoder } = await import(join(root, "dist", "index.js"));
const coder = createCoder();
const texts = devTexts(root, devDir);
// Warm up the JIT on a slice before timing.
for (const text of texts.slice(0, 500)) coder.code({ id: "warm", text });

let sentences = 0;
let events = 0;
let documents = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; sentences < targetSentences; i++) {
  const doc = coder.code({ id: `bench-${i}`, text: texts[i % texts.length], date: "2022-03-20" });
  sentences += doc.sentences.length;
  events += doc.events.length;
  documents++;
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
// Per CPU second of this process too: on a shared machine the wall-clock rate swings with the load.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const peakMb = process.resourceUsage().maxRSS / 1024;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log("coder");
console.log(`  sentences coded     ${sentences} (${documents} documents, ${events} events)`);
console.log(
  `  throughput          ${Math.round(sentences / seconds)} sentences/s on one core (${Math.round(sentences / cpuSeconds)} per CPU second)`,
);
console.log(
  `  start-up            ${Math.round(median(startupRuns))} ms (import + load dictionaries + first document; median of 3)`,
);
console.log(`  peak memory (RSS)   ${Math.round(peakMb)} MB`);

console.log("syntax");
execFileSync(process.execPath, [join(root, "bench", "syntax-bench.mjs")], { stdio: "inherit" });

console.log("long documents");
execFileSync(process.execPath, [join(root, "bench", "long-document.mjs")], { stdio: "inherit" });
execFileSync(process.execPath, [join(root, "bench", "long-document-memory.mjs")], { stdio: "inherit" });

// The store and server benchmarks query the same synthetic million-event store: built once, then removed.
const storeDir = mkdtempSync(join(tmpdir(), "dyad-bench-"));
try {
  if (process.env.BENCH_SKIP_STORE !== "1") {
    console.log("store");
    execFileSync(process.execPath, [join(root, "bench", "store-bench.mjs"), "--keep", storeDir], {
      stdio: "inherit",
    });
  }
  if (process.env.BENCH_SKIP_SERVER !== "1") {
    console.log("server");
    execFileSync(process.execPath, [join(root, "bench", "server-bench.mjs"), "--keep", storeDir], {
      stdio: "inherit",
    });
  }
} finally {
  rmSync(storeDir, { recursive: true, force: true });
}

const parallelBench = join(root, "bench", "parallel-bench.mjs");
if (process.env.BENCH_SKIP_PARALLEL !== "1") {
  console.log("parallel coding");
  execFileSync(process.execPath, [parallelBench], { stdio: "inherit" });
}

// Rollups over a large store: only when asked (building 10,000,000 events takes many minutes; the
// store is kept in /var/tmp/dyad-rollup-bench and reused). BENCH_ROLLUP_EVENTS=10000000 npm run bench
if (process.env.BENCH_ROLLUP_EVENTS) {
  console.log("rollups");
  execFileSync(
    process.execPath,
    [join(root, "bench", "rollup-bench.mjs"), "--events", process.env.BENCH_ROLLUP_EVENTS],
    {
      stdio: "inherit",
    },
  );
}
