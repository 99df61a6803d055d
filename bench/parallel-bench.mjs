#!/usr/bin/env node
// Parallel coding benchmark: documents/s with 1 and 2 coder workers, as worker threads and as child
// processes (createCoderPool, what --jobs uses), and the scaling ratio. Run after `npm run build`:
//   node bench/parallel-bench.mjs [--docs 3000]
// Worker start-up (dictionaries) is excluded: each pool is timed once all its workers are ready.
// The machine's load average is printed too: other processes on the same cores lower the ratio.
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const { createCoderPool } = await import(join(root, "dist", "coder", "index.js"));
const args = process.argv.slice(2);
const at = args.indexOf("--docs");
const DOCS = Number(at >= 0 ? args[at + 1] : 3000);

function documents() {
  const texts = [];
  for (const name of ["event-location.jsonl", "conflibert-cameo-train.jsonl"]) {
    const path = join(root, "..", "shared", "dev", name);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, "utf8").split("\n"))
      if (line.trim()) texts.push(JSON.parse(line).text);
  }
  if (texts.length === 0)
    texts.push(...readFileSync(join(root, "examples", "iran-iraq-2022.txt"), "utf8").split("\n"));
  return Array.from({ length: DOCS }, (_, i) => ({
    id: `p${i}`,
    text: texts[i % texts.length],
    date: "2022-03-01",
  }));
}

async function run(kind, size, docs) {
  const pool = createCoderPool({ size, kind });
  try {
    await pool.ready();
    // Warm-up: each worker's JIT and caches.
    await Promise.all(docs.slice(0, 200 * size).map((document) => pool.code(document)));
    const started = performance.now();
    const cpu = process.cpuUsage();
    let next = 0;
    let events = 0;
    // Keep each worker a few documents ahead, as --jobs does.
    const lane = async () => {
      while (next < docs.length) events += (await pool.code(docs[next++])).events.length;
    };
    await Promise.all(Array.from({ length: size * 4 }, lane));
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    // CPU time of this process and its threads (child processes are not counted).
    const cpuSeconds = (used.user + used.system) / 1e6;
    return { docsPerSecond: docs.length / seconds, docsPerCpuSecond: docs.length / cpuSeconds, events };
  } finally {
    await pool.close();
  }
}

const docs = documents();
const fmt = (n, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const result = { bench: "parallel", docs: DOCS, load_before: Number(loadavg()[0].toFixed(2)) };
for (const kind of ["thread", "process"]) {
  const one = await run(kind, 1, docs);
  const two = await run(kind, 2, docs);
  const ratio = two.docsPerSecond / one.docsPerSecond;
  console.log(
    `parallel: ${kind === "thread" ? "threads" : "processes"}: 1 worker ${fmt(one.docsPerSecond, 1)} docs/s, 2 workers ${fmt(two.docsPerSecond, 1)} docs/s, ` +
      `scaling ${fmt(ratio, 2)}x (${fmt(DOCS)} documents, load average ${fmt(loadavg()[0], 2)})`,
  );
  result[`${kind}_1_docs_per_s`] = Number(one.docsPerSecond.toFixed(1));
  result[`${kind}_2_docs_per_s`] = Number(two.docsPerSecond.toFixed(1));
  result[`${kind}_scaling`] = Number(ratio.toFixed(2));
  if (kind === "thread") {
    // Documents per CPU-second: how much of the second core turns into coding when it is free.
    const efficiency = two.docsPerCpuSecond / one.docsPerCpuSecond;
    console.log(
      `parallel: threads: ${fmt(one.docsPerCpuSecond, 1)} vs ${fmt(two.docsPerCpuSecond, 1)} documents per CPU-second ` +
        `(1 vs 2 workers): on two free cores 2 workers would reach about ${fmt(2 * efficiency, 2)}x`,
    );
    result.thread_cpu_efficiency = Number(efficiency.toFixed(2));
  }
}
result.load_after = Number(loadavg()[0].toFixed(2));
console.log(JSON.stringify(result));
