#!/usr/bin/env node
// Server benchmark: requests/s of POST /api/code on the reference article, and the latency (p50/p95)
// of GET /api/dyads over a store of synthetic events. The server runs as `dyad serve` in its own
// process; this one is the client. Run after `npm run build`:
//   node bench/server-bench.mjs [--events 1000000] [--seconds 10] [--requests 300] [--keep DIR]
// Prints the figures; asserts nothing.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { COUNTRIES } from "./synthetic-events.mjs";
import { fmt, syntheticStore } from "./synthetic-store.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { openSqliteStore } = await import(join(root, "dist", "index.js"));

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const EVENTS = Number(option("events", 1_000_000));
const SECONDS = Number(option("seconds", 10));
const REQUESTS = Number(option("requests", 300));
const keep = option("keep", undefined);
const dir = keep ?? mkdtempSync(join(tmpdir(), "dyad-server-bench-"));
const article = readFileSync(join(root, "examples", "iran-iraq-2022.txt"), "utf8");

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Starts `dyad serve` on a free loopback port and resolves with its address once it listens. */
function serve(db) {
  const child = spawn(
    process.execPath,
    [join(root, "dist", "cli", "main.js"), "serve", "--db", db, "--port", "0"],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      const match = /dyad serve: (http:\/\/[^/\s]+)\//.exec(stderr);
      if (match) resolve({ child, base: match[1] });
    });
    child.on("exit", (code) => reject(new Error(`dyad serve exited (${code}): ${stderr}`)));
  });
}

async function codeThroughput(base, concurrency) {
  const body = JSON.stringify({ text: article, date: "2022-03-20" });
  const post = async () => {
    const response = await fetch(`${base}/api/code`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    if (response.status !== 200) throw new Error(`POST /api/code: ${response.status}`);
    return (await response.json()).events.length;
  };
  // Warm-up: the first request loads the dictionaries; a few more warm the JIT.
  for (let i = 0; i < 20; i++) await post();
  let requests = 0;
  const latencies = [];
  const until = performance.now() + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      await post();
      latencies.push(performance.now() - started);
      requests++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: requests / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

async function dyadLatency(base) {
  const busiest = COUNTRIES.slice(0, 10);
  const grains = ["month", "week", "day"];
  const latencies = [];
  const byGrain = Object.fromEntries(grains.map((grain) => [grain, []]));
  let events = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const a = busiest[i % busiest.length];
    const b = busiest[(i * 7 + 3) % busiest.length];
    const query = new URLSearchParams({ a, b: b === a ? "USA" : b, grain: grains[i % 3] });
    const started = performance.now();
    const response = await fetch(`${base}/api/dyads?${query}`);
    const series = await response.json();
    latencies.push(performance.now() - started);
    byGrain[grains[i % 3]].push(latencies.at(-1));
    if (response.status !== 200)
      throw new Error(`GET /api/dyads: ${response.status} ${JSON.stringify(series)}`);
    events += series.total.events;
  }
  latencies.sort((a, b) => a - b);
  const grainP95 = Object.entries(byGrain).map(([grain, times]) => {
    times.sort((a, b) => a - b);
    return `${grain} ${fmt(percentile(times, 95), 1)} ms`;
  });
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies.at(-1),
    meanEvents: events / REQUESTS,
    grainP95: grainP95.join(", "),
  };
}

let server;
try {
  const db = join(dir, "events.db");
  const store = syntheticStore(openSqliteStore, db, EVENTS, Boolean(keep));
  await store.close();
  server = await serve(db);
  const one = await codeThroughput(server.base, 1);
  const two = await codeThroughput(server.base, 2);
  console.log(
    `server: POST /api/code (reference article, ${article.length} characters): ${fmt(one.perSecond, 1)} requests/s ` +
      `one at a time (p50 ${fmt(one.p50, 1)} ms, p95 ${fmt(one.p95, 1)} ms), ${fmt(two.perSecond, 1)} requests/s with 2 in flight`,
  );
  const dyads = await dyadLatency(server.base);
  console.log(
    `server: GET /api/dyads over ${fmt(EVENTS)} events, ${REQUESTS} requests (10 busiest countries, month/week/day): ` +
      `p50 ${fmt(dyads.p50, 1)} ms, p95 ${fmt(dyads.p95, 1)} ms, worst ${fmt(dyads.max, 1)} ms (${fmt(dyads.meanEvents)} events per dyad on average); p95 by grain: ${dyads.grainP95}`,
  );
  console.log(
    JSON.stringify({
      bench: "server",
      code_requests_per_s: Number(one.perSecond.toFixed(1)),
      code_requests_per_s_2_in_flight: Number(two.perSecond.toFixed(1)),
      dyads_p50_ms: Number(dyads.p50.toFixed(1)),
      dyads_p95_ms: Number(dyads.p95.toFixed(1)),
      events: EVENTS,
    }),
  );
} finally {
  if (server) {
    server.child.removeAllListeners("exit");
    server.child.kill("SIGTERM");
  }
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
