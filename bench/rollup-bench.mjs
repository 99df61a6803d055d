#!/usr/bin/env node
// Query benchmark over a large store, on SQLite and PostgreSQL: the monthly dyad series and the top-20
// actors, answered from the rollups, timed (median) and checked against a full scan of the events.
// The synthetic store is built once and kept in --dir (SQLite) and in the schema dyad_bench (PostgreSQL)
// for the next run. Run after `npm run build`:
//   node bench/rollup-bench.mjs [--events 10000000] [--dir /var/tmp/dyad-rollup-bench] [--backend sqlite|postgres|both]
// PostgreSQL: DYAD_BENCH_PG_URL (else DYAD_TEST_PG_URL); without one the PostgreSQL half is skipped.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EVENT_COLUMNS, syntheticEvents } from "./synthetic-events.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = (path) => import(join(root, "dist", path));
const { openSqliteStore, openStore } = await dist("store/index.js");
const { dyadSeries } = await dist("analysis/index.js");
const rollupSql = await dist("store/rollups/rollup-schema.js");

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const EVENTS = Number(option("events", 10_000_000));
const dir = option("dir", "/var/tmp/dyad-rollup-bench");
const backend = option("backend", "both");
const pgUrl = process.env.DYAD_BENCH_PG_URL ?? process.env.DYAD_TEST_PG_URL;
const fmt = (n, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const BATCH = 20_000;

async function loadSqlite() {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `events-${EVENTS}.db`);
  if (existsSync(path)) {
    const store = openSqliteStore(path);
    if (store.db.prepare("SELECT COUNT(*) FROM events").pluck().get() === EVENTS)
      return { store, reused: true };
    await store.close();
  }
  rmSync(path, { force: true });
  const store = openSqliteStore(path);
  const { db } = store;
  db.pragma("cache_size = -2097152");
  // Bulk load: triggers off, rollups rebuilt in one pass afterwards.
  db.exec(rollupSql.SQLITE_DROP_ROLLUP_TRIGGERS);
  const insert = db.prepare(
    `INSERT INTO events (${EVENT_COLUMNS.join(", ")}) VALUES (${EVENT_COLUMNS.map(() => "?").join(", ")})`,
  );
  const rows = syntheticEvents(EVENTS);
  const chunk = db.transaction((n) => {
    for (let i = 0; i < n; i++) insert.run(rows.next().value);
  });
  for (let done = 0; done < EVENTS; done += 500_000) chunk(Math.min(500_000, EVENTS - done));
  db.exec(rollupSql.rebuildRollupsSql());
  db.exec(rollupSql.sqliteRollupTriggersSql());
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  return { store, reused: false };
}

async function loadPostgres() {
  const url = `${pgUrl}${pgUrl.includes("?") ? "&" : "?"}schema=dyad_bench`;
  let store = await openStore(url);
  const [{ n }] = await store.query({ sql: "SELECT COUNT(*)::int AS n FROM events", params: [] });
  if (n === EVENTS) return { store, reused: true };
  await store.pool.query("DROP SCHEMA dyad_bench CASCADE");
  await store.close();
  store = await openStore(url);
  const { pool } = store;
  await pool.query("ALTER TABLE events DISABLE TRIGGER USER");
  const types = [
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "int",
    "float8",
    "text",
    "text",
    "text",
    "text",
    "int",
    "int",
    "int",
    "text",
  ];
  const rows = syntheticEvents(EVENTS);
  for (let done = 0; done < EVENTS; done += BATCH) {
    const columns = EVENT_COLUMNS.map(() => []);
    for (let i = 0; i < Math.min(BATCH, EVENTS - done); i++) {
      const row = rows.next().value;
      for (let c = 0; c < row.length; c++) columns[c].push(row[c]);
    }
    await pool.query(
      `INSERT INTO events (${EVENT_COLUMNS.join(", ")})
       SELECT * FROM unnest(${types.map((type, i) => `$${i + 1}::${type}[]`).join(", ")})`,
      columns,
    );
  }
  await pool.query(rollupSql.rebuildRollupsSql());
  await pool.query("ALTER TABLE events ENABLE TRIGGER USER");
  await pool.query("VACUUM ANALYZE events");
  await pool.query("VACUUM ANALYZE rollup_dyad_month");
  await pool.query("VACUUM ANALYZE rollup_actor_month");
  return { store, reused: false };
}

async function time(run, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  return { result, first: times[0], median: median(times.slice(1).length ? times.slice(1) : times) };
}

const sortRows = (rows) =>
  [...rows]
    .map((row) => ({ ...row, goldstein_sum: Math.round(row.goldstein_sum * 1e6) / 1e6 }))
    .sort((x, y) =>
      `${x.date}|${x.quad_class}|${x.plover_type}`.localeCompare(
        `${y.date}|${y.quad_class}|${y.plover_type}`,
      ),
    );
/** Deep equality that ignores the order of object keys. */
const canonical = (value) =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === "object"
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, canonical(value[key])]),
        )
      : value;
const same = (x, y) => JSON.stringify(canonical(x)) === JSON.stringify(canonical(y));

async function bench(name, load) {
  const started = performance.now();
  const { store, reused } = await load();
  const seconds = (performance.now() - started) / 1000;
  const stats = await store.stats();
  console.log(
    `rollups ${name}: ${fmt(stats.events)} events ${reused ? "reused" : `loaded in ${fmt(seconds, 0)} s`}`,
  );
  const dyad = { a: "IRN", b: "IRQ", grain: "month" };
  const statuses = ["asserted"];
  const series = await time(() => dyadSeries(store, dyad), 21);
  const rows = await store.dyadCounts({ ...dyad, directed: false, statuses });
  const scanned = await time(() => store.scanDyadCounts({ ...dyad, directed: false, statuses }), 3);
  const actors = await time(() => store.topActors({ statuses, limit: 20 }), 21);
  const actorsScan = await time(() => store.scanTopActors({ statuses, limit: 20 }), 3);
  const dyadEqual = same(sortRows(rows), sortRows(scanned.result));
  const actorsEqual = same(actors.result, actorsScan.result);
  console.log(
    `rollups ${name}: dyad IRN IRQ --grain month: median ${fmt(series.median, 1)} ms (first ${fmt(series.first, 1)}; ` +
      `full scan ${fmt(scanned.median, 0)} ms; ${fmt(series.result.total.events)} events; equal to the scan: ${dyadEqual})`,
  );
  console.log(
    `rollups ${name}: actors --limit 20: median ${fmt(actors.median, 1)} ms (first ${fmt(actors.first, 1)}; ` +
      `full scan ${fmt(actorsScan.median, 0)} ms; equal to the scan: ${actorsEqual})`,
  );
  await store.close();
  return {
    [`${name}_dyad_month_ms`]: Number(series.median.toFixed(1)),
    [`${name}_actors_ms`]: Number(actors.median.toFixed(1)),
    [`${name}_dyad_scan_ms`]: Math.round(scanned.median),
    [`${name}_actors_scan_ms`]: Math.round(actorsScan.median),
    [`${name}_equal_to_scan`]: dyadEqual && actorsEqual,
  };
}

const result = { bench: "rollups", events: EVENTS, load_average: Number(loadavg()[0].toFixed(2)) };
if (backend !== "postgres") Object.assign(result, await bench("sqlite", loadSqlite));
if (backend !== "sqlite") {
  if (pgUrl) Object.assign(result, await bench("postgres", loadPostgres));
  else console.log("rollups postgres: skipped (set DYAD_BENCH_PG_URL or DYAD_TEST_PG_URL)");
}
console.log(JSON.stringify(result));
