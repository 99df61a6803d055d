import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { describeWithPostgres, uniqueSchema } from "../../test-helpers/postgres.js";
import { runEventStoreContract } from "../store.contract.js";
import { runOrderContract } from "../store-order.contract.js";
import { runRollupContract } from "../store-rollups.contract.js";
import { runStatusUpgradeContract } from "../store-status.contract.js";
import { PG_MIGRATIONS } from "./migrations.js";
import { openPostgresStore } from "./postgres-store.js";

describeWithPostgres("postgres store", (url) => {
  const created: string[] = [];
  const schema = () => {
    const name = uniqueSchema("dyad_contract");
    created.push(name);
    return name;
  };
  afterAll(async () => {
    const client = new pg.Client(url);
    await client.connect();
    for (const name of created) await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    await client.end();
  });

  runRollupContract("postgres", () => openPostgresStore(url, { schema: schema() }));
  runEventStoreContract("postgres", (options) => openPostgresStore(url, { ...options, schema: schema() }));
  runOrderContract("postgres", (options) => openPostgresStore(url, { ...options, schema: schema() }));
  runStatusUpgradeContract(
    "postgres",
    () => {
      const name = schema();
      return () => openPostgresStore(url, { schema: name });
    },
    async (store, statements) => {
      const { pool } = store as Awaited<ReturnType<typeof openPostgresStore>>;
      for (const sql of statements) await pool.query(sql);
      await pool.query("UPDATE meta SET value = '3' WHERE key = 'schema_version'");
    },
  );

  it("postgres store records its schema version and refuses a newer one", async () => {
    const name = schema();
    const store = await openPostgresStore(url, { schema: name });
    const [row] = await store.query<{ value: string }>({
      sql: "SELECT value FROM meta WHERE key = 'schema_version'",
      params: [],
    });
    expect(Number(row.value)).toBe(PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version);
    await store.pool.query("UPDATE meta SET value = '999' WHERE key = 'schema_version'");
    await store.close();
    await expect(openPostgresStore(url, { schema: name })).rejects.toThrow(/newer than this Dyad/);
  });

  it("postgres store keeps its merge rule and refuses another", async () => {
    const name = schema();
    await (await openPostgresStore(url, { schema: name, merge: { windowDays: 2 } })).close();
    const again = await openPostgresStore(url, { schema: name });
    expect(again.mergeOptions).toEqual({ windowDays: 2, radiusKm: 50 });
    await again.close();
    await expect(openPostgresStore(url, { schema: name, merge: { windowDays: 1 } })).rejects.toThrow(
      /2-day window/,
    );
  });

  it("postgres store refuses a missing store when asked to", async () => {
    await expect(openPostgresStore(url, { schema: schema(), mustExist: true })).rejects.toThrow(
      /no event store/,
    );
  });

  it("postgres store opened read-only neither creates nor migrates a schema, and reads a current one", async () => {
    const name = schema();
    await expect(openPostgresStore(url, { schema: name, readonly: true })).rejects.toThrow(/no event store/);
    const store = await openPostgresStore(url, { schema: name });
    const { doc, ev } = await import("../test-helpers/contract-fixtures.js");
    await store.addDocument(doc("a"), [ev("a", 0)]);
    await store.pool.query("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    await expect(openPostgresStore(url, { schema: name, readonly: true })).rejects.toThrow(
      new RegExp(`schema version 1, this Dyad reads ${PG_MIGRATIONS.length}: run "dyad ingest" on it once`),
    );
    const [version] = await store.query<{ value: string }>({
      sql: "SELECT value FROM meta WHERE key = 'schema_version'",
      params: [],
    });
    expect(version.value).toBe("1");
    await store.pool.query("UPDATE meta SET value = $1 WHERE key = 'schema_version'", [
      String(PG_MIGRATIONS.length),
    ]);
    await store.close();
    const reader = await openPostgresStore(url, { schema: name, readonly: true });
    expect((await reader.stats()).events).toBe(1);
    await reader.close();
  });

  it("postgres store merges documents written concurrently as one writer would", async () => {
    const name = schema();
    const stores = await Promise.all([0, 1, 2].map(() => openPostgresStore(url, { schema: name })));
    const { doc, ev } = await import("../test-helpers/contract-fixtures.js");
    await Promise.all(
      ["Reuters", "AP", "AFP", "BBC", "DW", "NHK"].map((outlet, i) =>
        stores[i % 3].addDocument(doc(outlet, { source: outlet }), [ev(outlet, 0)]),
      ),
    );
    const events = await stores[0].listEvents();
    expect(
      events.map((event) => [event.n_mentions, event.n_sources, event.representative.mention_id]),
    ).toEqual([[6, 6, "AFP-e0"]]);
    for (const store of stores) await store.close();
  });
});
