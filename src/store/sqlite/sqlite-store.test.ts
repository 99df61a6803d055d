import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { runEventStoreContract } from "../store.contract.js";
import { makeEventRecord } from "../test-helpers/make-event-record.js";
import { MIGRATIONS, migrate, SCHEMA_VERSION } from "./migrations.js";
import { openSqliteStore } from "./sqlite-store.js";

runEventStoreContract("sqlite", async (options) => openSqliteStore(":memory:", options));

describe("sqlite store", () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-sqlite-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
    const steps = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, description: "extra", sql: "CREATE TABLE extra (x)" }];
    expect(migrate(db, steps)).toBe(0);
    expect(migrate(db, steps)).toBe(SCHEMA_VERSION + 1);
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION + 1);
    db.close();
  });

  it("sqlite store answers the dyad query from the covering index", async () => {
    const store = openSqliteStore(":memory:");
    await store.addDocument({ id: "a", text: "x", date: "2022-03-13" }, [makeEventRecord({ id: "a-e0", doc_id: "a" })]);
    const plan = store.db
      .prepare("EXPLAIN QUERY PLAN SELECT date, quad_class, plover_type, goldstein, n_mentions FROM events e WHERE e.source_match >= 'IRN' AND e.source_match < 'IRO' AND e.target_match >= 'IRQ' AND e.target_match < 'IRR' AND e.status IN ('asserted')")
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join("\n")).toMatch(/COVERING INDEX events_dyad/);
    await store.close();
  });
});
