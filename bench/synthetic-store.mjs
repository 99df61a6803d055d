// The synthetic event store the benchmarks query: a million events between 40 countries over ten
// years, written straight into the events table. Shared by store-bench.mjs and server-bench.mjs.
import { existsSync, rmSync, statSync } from "node:fs";
import { EVENT_COLUMNS, syntheticEvents } from "./synthetic-events.mjs";

export const fmt = (n, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const mb = (bytes) => `${fmt(bytes / 1024 / 1024, 1)} MB`;
export const fileSize = (path) =>
  ["", "-wal", "-shm"].reduce(
    (sum, suffix) => sum + (statSync(path + suffix, { throwIfNoEntry: false })?.size ?? 0),
    0,
  );

/**
 * A store of `events` synthetic events at `path` (deterministic: every run builds the same one), written
 * straight into the events table. With `reuse`, a store already holding that many events is kept.
 */
export function syntheticStore(openSqliteStore, path, count, reuse) {
  if (reuse && existsSync(path)) {
    const reused = openSqliteStore(path);
    if (reused.db.prepare("SELECT COUNT(*) FROM events").pluck().get() === count) {
      console.log(`dyad: reusing ${fmt(count)} synthetic events in ${path}, store ${mb(fileSize(path))}`);
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
    for (const row of syntheticEvents(count)) insert.run(row);
  })();
  const loadSeconds = (performance.now() - started) / 1000;
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  console.log(
    `dyad: ${fmt(count)} synthetic events loaded in ${fmt(loadSeconds, 1)} s (one transaction), store ${mb(fileSize(path))}`,
  );
  return store;
}
