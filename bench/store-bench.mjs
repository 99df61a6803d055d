#!/usr/bin/env node
// Store benchmark: ingest throughput (documents/s, one core, real coder) and the latency of the dyad
// query over a store of synthetic events. Run after `npm run build`:
//   node bench/store-bench.mjs [--docs 1200] [--events 1000000] [--only dyad] [--keep DIR]
// Prints the figures; asserts nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EVENT_COLUMNS, syntheticEvents } from "./synthetic-events.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = (path) => import(join(root, "dist", path));
const { createCoder } = await dist("coder/index.js");
const { openSqliteStore, ingestBatches } = await dist("store/index.js");
const { dyadSeries } = await dist("analysis/index.js");

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const DOCS = Number(option("docs", 1200));
const EVENTS = Number(option("events", 1_000_000));
const keep = option("keep", undefined);
const only = option("only", "all");
const dir = keep ?? mkdtempSync(join(tmpdir(), "dyad-store-bench-"));

const fmt = (n, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (bytes) => `${fmt(bytes / 1024 / 1024, 1)} MB`;
const fileSize = (path) =>
  ["", "-wal", "-shm"].reduce(
    (sum, suffix) => sum + (statSync(path + suffix, { throwIfNoEntry: false })?.size ?? 0),
    0,
  );

/** Documents for the ingest run: dev sentences when ../shared is there, else generated ones. */
function benchDocuments(count) {
  const dev = join(root, "../shared/dev/conflibert-cameo-train.jsonl");
  const news = join(root, "../shared/dev/cameo-annotated-news.jsonl");
  const texts = [];
  for (const file of [dev, news]) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, "utf8").split("\n"))
      if (line.trim()) texts.push(JSON.parse(line).text);
  }
  const subjects = [
    "Iran's foreign minister",
    "Iraqi officials",
    "The Turkish army",
    "Syrian rebels",
    "The US envoy",
  ];
  const verbs = ["met", "condemned", "attacked", "praised", "accused", "threatened", "visited"];
  const objects = [
    "Iraq's prime minister",
    "Iranian diplomats",
    "Kurdish fighters",
    "the Syrian government",
    "Qatar",
  ];
  for (let i = texts.length; i < count; i++) {
    texts.push(
      `${subjects[i % 5]} ${verbs[(i >> 1) % 7]} ${objects[(i >> 3) % 5]} on Monday, dispatch ${i} said.`,
    );
  }
  return texts.slice(0, count).map((text, i) => ({
    id: `bench-${i}`,
    text,
    date: `2022-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    source: `outlet-${i % 11}`,
  }));
}

async function benchIngest() {
  const documents = benchDocuments(DOCS);
  const coder = createCoder();
  coder.code({ id: "warm-up", text: "Iran's foreign minister met Iraq's prime minister in Baghdad." });

  const path = join(dir, "ingest.db");
  const store = openSqliteStore(path);
  const summary = await ingestBatches(store, coder, [{ name: "bench", bytes: 0, documents, problems: [] }]);
  await store.close();

  // The store alone: the same documents and events, coded beforehand.
  const coded = documents.map((document) => ({ document, events: coder.code(document).events }));
  const storeOnly = openSqliteStore(join(dir, "store-only.db"));
  const started = performance.now();
  for (const { document, events } of coded) await storeOnly.addDocument(document, events);
  const storeSeconds = (performance.now() - started) / 1000;
  await storeOnly.close();

  console.log(
    `ingest: ${fmt(summary.read)} documents, ${fmt(summary.mentions)} mentions, ${fmt(summary.events)} events`,
  );
  console.log(
    `ingest: ${fmt(summary.read / summary.seconds, 1)} documents/s end to end (code + store, one core)`,
  );
  console.log(
    `ingest: ${fmt(coded.length / storeSeconds, 0)} documents/s for the store alone (merge + write, one transaction each)`,
  );
  console.log(`ingest: store file ${mb(fileSize(path))}`);
  return { docsPerSecond: summary.read / summary.seconds, storeDocsPerSecond: coded.length / storeSeconds };
}

function benchDyadQuery() {
  const path = join(dir, "events.db");
  if (keep && existsSync(path)) {
    const reused = openSqliteStore(path);
    if (reused.db.prepare("SELECT COUNT(*) FROM events").pluck().get() === EVENTS) {
      console.log(`dyad: reusing ${fmt(EVENTS)} synthetic events in ${path}, store ${mb(fileSize(path))}`);
      return reused;
    }
    reused.db.close();
  }
  rmSync(path, { force: true });
  const store = openSqliteStore(path);
  const { db } = store;
  // A bulk load touches every index page at random: give it a large cache so it stays in memory.
  db.pragma("cache_size = -1048576");
  const insert = db.prepare(
    `INSERT INTO events (${EVENT_COLUMNS.join(", ")}) VALUES (${EVENT_COLUMNS.map(() => "?").join(", ")})`,
  );
  const started = performance.now();
  db.transaction(() => {
    for (const row of syntheticEvents(EVENTS)) insert.run(row);
  })();
  const loadSeconds = (performance.now() - started) / 1000;
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  console.log(
    `dyad: ${fmt(EVENTS)} synthetic events loaded in ${fmt(loadSeconds, 1)} s (one transaction), store ${mb(fileSize(path))}`,
  );
  return store;
}

async function timeQuery(store, options, runs = 20) {
  const times = [];
  let series;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    series = await dyadSeries(store, options);
    times.push(performance.now() - started);
  }
  const first = times[0];
  const sorted = times.slice(1).sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)];
  const worst = sorted[sorted.length - 1];
  const label = `dyad ${options.a} ${options.b} --grain ${options.grain}${options.from ? ` --from ${options.from}` : ""}`;
  console.log(
    `dyad: ${label}: first ${fmt(first, 1)} ms, median ${fmt(median, 1)} ms, worst ${fmt(worst, 1)} ms ` +
      `(${fmt(series.total.events)} events, ${series.periods.length} periods)`,
  );
  return { first, median, worst, events: series.total.events };
}

try {
  const ingest = only === "dyad" ? { docsPerSecond: 0, storeDocsPerSecond: 0 } : await benchIngest();
  const store = benchDyadQuery();
  const month = await timeQuery(store, { a: "IRN", b: "IRQ", grain: "month" });
  await timeQuery(store, { a: "IRNGOV", b: "USA", grain: "week", from: "2020-01-01", to: "2020-12-31" });
  await timeQuery(store, { a: "TWN", b: "JPN", grain: "day" });
  for (const [label, run] of [
    [
      "events --actor IRN --limit 50",
      () => store.listEvents({ actor: "IRN", statuses: ["asserted"], limit: 50 }),
    ],
    ["actors --limit 20", () => store.topActors({ statuses: ["asserted"], limit: 20 })],
  ]) {
    const started = performance.now();
    await run();
    console.log(`query: ${label}: ${fmt(performance.now() - started, 1)} ms`);
  }
  const stats = await store.stats();
  await store.close();
  console.log(
    JSON.stringify({
      bench: "store",
      ingest_docs_per_s: Math.round(ingest.docsPerSecond),
      store_docs_per_s: Math.round(ingest.storeDocsPerSecond),
      events: stats.events,
      dyad_month_ms_first: Number(month.first.toFixed(1)),
      dyad_month_ms_median: Number(month.median.toFixed(1)),
      db_bytes: fileSize(join(dir, "events.db")),
    }),
  );
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
