import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { runEventStoreContract } from "../store.contract.js";
import { runOrderContract } from "../store-order.contract.js";
import { runRollupContract } from "../store-rollups.contract.js";
import { runStatusUpgradeContract } from "../store-status.contract.js";
import { makeEventRecord } from "../test-helpers/make-event-record.js";
import { dyadCountsQuery } from "./event-queries.js";
import { MIGRATIONS, migrate, SCHEMA_VERSION } from "./migrations.js";
import { openSqliteStore, SqliteEventStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

runRollupContract("sqlite", async () => openSqliteStore(":memory:"));
runEventStoreContract("sqlite in memory", async (options) => openSqliteStore(":memory:", options));
runOrderContract("sqlite in memory", async (options) => openSqliteStore(":memory:", options));
runEventStoreContract("sqlite file (WAL)", async (options) =>
  openSqliteStore(join(dir, `contract-${files++}.db`), options),
);
runStatusUpgradeContract(
  "sqlite",
  () => {
    const path = join(dir, `upgrade-${files++}.db`);
    return async () => openSqliteStore(path);
  },
  async (store, statements) => {
    const { db } = store as SqliteEventStore;
    for (const sql of statements) db.exec(sql);
    db.pragma("user_version = 3");
  },
);

describe("sqlite store", () => {
  it("sqlite store creates a WAL file at the current schema version", async () => {
    const path = join(dir, "a.db");
    const store = openSqliteStore(path);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    await store.close();
  });

  it("sqlite store refuses a missing file when asked to", () => {
    expect(() => openSqliteStore(join(dir, "missing.db"), { mustExist: true })).toThrow(/no event store/);
  });

  it("sqlite store keeps its merge rule and refuses another", async () => {
    const path = join(dir, "merge.db");
    await openSqliteStore(path, { merge: { windowDays: 2 } }).close();
    const again = openSqliteStore(path);
    expect(again.mergeOptions).toEqual({ windowDays: 2, radiusKm: 50 });
    await again.close();
    expect(() => openSqliteStore(path, { merge: { windowDays: 1 } })).toThrow(/2-day window/);
  });

  it("sqlite store uses the default merge rule for options left undefined", async () => {
    const store = openSqliteStore(":memory:", { merge: { windowDays: undefined, radiusKm: 10 } });
    expect(store.mergeOptions).toEqual({ windowDays: 1, radiusKm: 10 });
    await store.close();
  });

  it("sqlite store refuses a schema newer than it knows", () => {
    const db = new Database(":memory:");
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this Dyad/);
    db.close();
  });

  it("sqlite store migrations run in order and only once", () => {
    const db = new Database(":memory:");
    const steps = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, description: "extra", sql: "CREATE TABLE extra (x)" },
    ];
    expect(migrate(db, steps)).toBe(0);
    expect(migrate(db, steps)).toBe(SCHEMA_VERSION + 1);
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION + 1);
    db.close();
  });

  it("sqlite store fills the rollups of a store written before they existed", async () => {
    const db = new Database(":memory:");
    migrate(db, MIGRATIONS.slice(0, 1));
    // Today's writer needs the column of step 3; it is dropped again before the store is upgraded.
    db.exec("ALTER TABLE events ADD COLUMN last_order TEXT");
    const old = new SqliteEventStore(db);
    for (const [id, source, target] of [
      ["a", "IRNMIL", "IRQ"],
      ["b", "IRQGOV", "IRN"],
      ["c", "USA", "IRQ"],
    ]) {
      await old.addDocument({ id, text: `Story ${id}.`, date: "2022-03-13" }, [
        makeEventRecord({ id: `${id}-e0`, doc_id: id, source, target, date: "2022-03-13" }),
      ]);
    }
    db.exec("ALTER TABLE events DROP COLUMN last_order");
    migrate(db);
    const store = new SqliteEventStore(db);
    const query = { a: "IRN", b: "IRQ", directed: false, grain: "month" as const };
    expect(await store.dyadCounts(query)).toEqual([
      {
        date: "2022-03-01",
        quad_class: 4,
        plover_type: "ASSAULT",
        events: 2,
        mentions: 2,
        goldstein_sum: -20,
      },
    ]);
    expect(await store.topActors({ by: "country" })).toEqual(await store.scanTopActors({ by: "country" }));
    await store.close();
  });

  it("sqlite store answers the dyad query from the covering index", async () => {
    const store = openSqliteStore(":memory:");
    await store.addDocument({ id: "a", text: "x", date: "2022-03-13" }, [
      makeEventRecord({ id: "a-e0", doc_id: "a" }),
    ]);
    const { sql, params } = dyadCountsQuery({
      a: "IRNGOV",
      b: "IRQ",
      directed: false,
      statuses: ["asserted"],
      from: "2022-01-01",
    });
    const plan = (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
      (row) => row.detail,
    );
    expect(
      plan.filter((detail) =>
        /SEARCH e USING COVERING INDEX events_dyad \(<expr>=\? AND <expr>=\? AND date>\?\)/.test(detail),
      ),
    ).toHaveLength(2);
    expect(plan.join("\n")).not.toMatch(/SCAN e/);
    await store.close();
  });
});
