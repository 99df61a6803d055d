import pg from "pg";
import type { DocumentInput, EventRecord } from "../../model/document.js";
import { contentHash } from "../content-hash.js";
import type {
  ActorCount,
  ActorQuery,
  AddDocumentResult,
  DyadCountQuery,
  DyadCountRow,
  EventFilter,
  EventQuery,
  EventStore,
  StoredDocument,
  StoredEvent,
  StoredMention,
  StoreStats,
} from "../event-store.js";
import { DEFAULT_MERGE_OPTIONS, type MergeOptions } from "../merge-rule.js";
import { describeStoreLocation, parsePostgresLocation } from "../open-store.js";
import {
  REGROUP_DOCUMENT_SQL,
  REGROUP_DOCUMENTS_SQL,
  REGROUP_FLAG,
  REGROUP_RECORDS_SQL,
  regroupDocumentOf,
  type StoredDocumentRow,
} from "../regroup-statuses.js";
import {
  type RollupBackend,
  rollupAnswersDyad,
  rollupDyadCounts,
  rollupTopActors,
} from "../rollups/rollup-queries.js";
import { type SqlQuery, undatedDyadCountQuery } from "../sqlite/event-queries.js";
import {
  EVENT_SELECT,
  type EventRow,
  eventFromRow,
  MENTION_SELECT,
  type MentionRow,
  mentionFromRow,
} from "../sqlite/event-rows.js";
import { StoreError } from "../store-error.js";
import { checkPostgresSchema, migratePostgres, WRITE_LOCK_KEY } from "./migrations.js";
import { PgDocumentWriter } from "./pg-document-writer.js";
import {
  numbered,
  pgDyadCountsScanQuery,
  pgEventKeysQuery,
  pgListEventsQuery,
  pgTopActorsScanQuery,
} from "./queries.js";

/** Options for {@link openPostgresStore}. */
export interface PostgresStoreOptions {
  /** Merge rule; an existing store keeps its own, and a different one is an error (as with SQLite). */
  merge?: Partial<MergeOptions>;
  /** Fail instead of creating the schema (query commands). */
  mustExist?: boolean;
  /** Open for queries only: the schema is neither created nor migrated, and the merge rule is not recorded (implies `mustExist`). */
  readonly?: boolean;
  /** Schema (namespace) holding the store's tables; default: the URL's `?schema=`, else `public`. Created when missing. */
  schema?: string;
  /** Connections kept open (default 4). */
  poolSize?: number;
  /** Clock for ingest timestamps (tests). */
  now?: () => Date;
}

const ITERATE_BATCH = 500;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The event store on a PostgreSQL server: the same schema, merge rule and query semantics as the
 * SQLite store, shared by any number of processes and machines. Each `addDocument` is one
 * transaction under an advisory lock, so concurrent writers never start the same event twice and a
 * retried document is stored once (its content hash is then already there: `unchanged`).
 */
export class PostgresEventStore implements EventStore {
  readonly mergeOptions: MergeOptions;
  private readonly now: () => Date;

  /** Use {@link openPostgresStore}. */
  constructor(
    /** The connection pool; exposed for maintenance tools and benchmarks. */
    readonly pool: pg.Pool,
    mergeOptions: MergeOptions,
    options: PostgresStoreOptions = {},
  ) {
    this.mergeOptions = mergeOptions;
    this.now = options.now ?? (() => new Date());
  }

  /** Runs a query written with `?` placeholders. */
  async query<T>(query: SqlQuery): Promise<T[]> {
    return (await this.pool.query(numbered(query))).rows as T[];
  }

  async hasContent(text: string): Promise<boolean> {
    const rows = await this.query({
      sql: "SELECT 1 FROM documents WHERE content_hash = ?",
      params: [contentHash(text)],
    });
    return rows.length > 0;
  }

  /** Re-merges what schema step 4 flagged (see ../regroup-statuses.ts), once, under the write lock. */
  async regroupIfPending(): Promise<void> {
    const flagged = async (client: pg.PoolClient | pg.Pool) =>
      (await client.query("SELECT 1 FROM meta WHERE key = $1", [REGROUP_FLAG])).rows.length > 0;
    if (!(await flagged(this.pool))) return;
    await this.write(async (writer, client) => {
      // Another process may have done it while this one waited for the lock.
      if (!(await flagged(client))) return;
      const keys = (await client.query(REGROUP_DOCUMENTS_SQL)).rows.map((row: { key: number }) => row.key);
      const documents = [];
      for (const key of keys) {
        const [row] = (await client.query(numbered({ sql: REGROUP_DOCUMENT_SQL, params: [key] }))).rows;
        const records = (await client.query(numbered({ sql: REGROUP_RECORDS_SQL, params: [key] }))).rows;
        documents.push(regroupDocumentOf(row as StoredDocumentRow, records as { record: string }[]));
      }
      for (const key of keys) await writer.remove(key);
      for (const { document, records, ingestedAt } of documents)
        await writer.add(document, records, ingestedAt);
      await client.query("DELETE FROM meta WHERE key = $1", [REGROUP_FLAG]);
    });
  }

  /** Runs `fn` in a write transaction that holds the store's write lock. */
  private async write<T>(fn: (writer: PgDocumentWriter, client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK_KEY]);
      const result = await fn(new PgDocumentWriter(client, this.mergeOptions), client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async addDocument(document: DocumentInput, events: Iterable<EventRecord>): Promise<AddDocumentResult> {
    const ingestedAt = this.now().toISOString();
    return this.write((writer) => writer.add(document, events, ingestedAt));
  }

  async removeDocument(id: string): Promise<boolean> {
    return this.write(async (writer, client) => {
      const { rows } = await client.query("SELECT key FROM documents WHERE id = $1", [id]);
      if (rows.length > 0) await writer.remove(rows[0].key as number);
      return rows.length > 0;
    });
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const [row] = await this.query<StoredDocument & { key: number }>({
      sql: "SELECT * FROM documents WHERE id = ?",
      params: [id],
    });
    if (!row) return null;
    const { key: _key, ...document } = row;
    return document;
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const [row] = await this.query<EventRow>({ sql: `${EVENT_SELECT} WHERE e.id = ?`, params: [id] });
    return row ? eventFromRow(row) : null;
  }

  async getMentions(eventId: string): Promise<StoredMention[]> {
    const rows = await this.query<MentionRow>({
      sql: `${MENTION_SELECT} WHERE e.id = ? ORDER BY m.id`,
      params: [eventId],
    });
    return rows.map(mentionFromRow);
  }

  async getDocumentMentions(docId: string): Promise<StoredMention[]> {
    const rows = await this.query<MentionRow>({
      sql: `${MENTION_SELECT} WHERE d.id = ? ORDER BY m.sentence_index, m.trigger_start, m.id`,
      params: [docId],
    });
    return rows.map(mentionFromRow);
  }

  async listEvents(query: EventQuery = {}): Promise<StoredEvent[]> {
    return (await this.query<EventRow>(pgListEventsQuery(query))).map(eventFromRow);
  }

  async *iterateEvents(filter: EventFilter = {}): AsyncIterable<StoredEvent> {
    const keys = (await this.query<{ key: number }>(pgEventKeysQuery(filter))).map((row) => row.key);
    for (let i = 0; i < keys.length; i += ITERATE_BATCH) {
      const batch = keys.slice(i, i + ITERATE_BATCH);
      const { rows } = await this.pool.query(`${EVENT_SELECT} WHERE e.key = ANY($1::int[])`, [batch]);
      const byKey = new Map((rows as EventRow[]).map((row) => [row.key, row]));
      for (const key of batch) {
        const row = byKey.get(key);
        if (row) yield eventFromRow(row);
      }
    }
  }

  async dyadCounts(query: DyadCountQuery): Promise<DyadCountRow[]> {
    if (rollupAnswersDyad(query)) return rollupDyadCounts(this.rollups, query);
    return this.scanDyadCounts(query);
  }

  /** The dyad counts read from the events table (what the rollups must equal). */
  async scanDyadCounts(query: DyadCountQuery): Promise<DyadCountRow[]> {
    return this.query<DyadCountRow>(pgDyadCountsScanQuery(query));
  }

  async countUndatedDyad(query: Omit<DyadCountQuery, "from" | "to" | "grain">): Promise<number> {
    const count = undatedDyadCountQuery(query);
    const [row] = await this.query<{ n: number }>({
      sql: `SELECT n::int AS n FROM (${count.sql}) AS c`,
      params: count.params,
    });
    return row.n;
  }

  async topActors(query: ActorQuery = {}): Promise<ActorCount[]> {
    return rollupTopActors(this.rollups, query);
  }

  /** The actor ranking read from the events table (what the rollups must equal). */
  async scanTopActors(query: ActorQuery = {}): Promise<ActorCount[]> {
    return this.query<ActorCount>(pgTopActorsScanQuery(query));
  }

  /** How the rollup readers reach this store. */
  private readonly rollups: RollupBackend = {
    run: (query) => this.query(query),
    scanDyad: (query) => this.scanDyadCounts(query),
    scanActors: (query) => this.scanTopActors({ ...query, limit: 2_000_000_000 }),
  };

  async stats(): Promise<StoreStats> {
    const [row] = await this.query<StoreStats>({
      sql: `SELECT (SELECT COUNT(*) FROM documents)::int AS documents, (SELECT COUNT(*) FROM events)::int AS events,
              (SELECT COUNT(*) FROM mentions)::int AS mentions, (SELECT COUNT(*) FROM actors)::int AS actors`,
      params: [],
    });
    return row;
  }

  async close(): Promise<void> {
    // pg refuses a second end(); closing twice is harmless for SQLite, so it is here too.
    if (!this.pool.ended) await this.pool.end();
  }
}

async function readMergeOptions(
  pool: pg.Pool,
  requested: Partial<MergeOptions> | undefined,
  readonly: boolean,
): Promise<MergeOptions> {
  const chosen: MergeOptions = {
    windowDays: requested?.windowDays ?? DEFAULT_MERGE_OPTIONS.windowDays,
    radiusKm: requested?.radiusKm ?? DEFAULT_MERGE_OPTIONS.radiusKm,
  };
  // First writer wins; later openers read what it stored.
  if (!readonly)
    await pool.query(
      `INSERT INTO meta (key, value) VALUES ('merge.window_days', $1), ('merge.radius_km', $2)
     ON CONFLICT (key) DO NOTHING`,
      [String(chosen.windowDays), String(chosen.radiusKm)],
    );
  const { rows } = await pool.query("SELECT key, value FROM meta WHERE key LIKE 'merge.%'");
  const meta = new Map((rows as { key: string; value: string }[]).map((row) => [row.key, row.value]));
  const stored = meta.has("merge.window_days")
    ? { windowDays: Number(meta.get("merge.window_days")), radiusKm: Number(meta.get("merge.radius_km")) }
    : chosen;
  const clash = (["windowDays", "radiusKm"] as const).find(
    (key) => requested?.[key] !== undefined && requested[key] !== stored[key],
  );
  if (clash) {
    throw new StoreError(
      `this store merges reports with a ${stored.windowDays}-day window and a ${stored.radiusKm} km radius; ` +
        "use those values or a new store",
    );
  }
  return stored;
}

/**
 * Connects to the PostgreSQL store at `url` (`postgres://user@host:port/db`), creating and migrating
 * its schema when needed.
 * @example const store = await openPostgresStore("postgres://dyad@db.example/dyad"); await store.close();
 */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<PostgresEventStore> {
  const location = parsePostgresLocation(url);
  const schema = options.schema ?? location.schema;
  if (!SCHEMA_NAME.test(schema)) throw new StoreError(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: location.url,
    max: options.poolSize ?? 4,
    options: `-c search_path=${schema}`,
  });
  // An idle connection the server drops (restart, failover) must not crash the process.
  pool.on("error", () => undefined);
  const where = describeStoreLocation(url);
  try {
    const client = await pool.connect();
    try {
      const present = await client.query("SELECT to_regclass('meta') IS NOT NULL AS present");
      if ((options.mustExist || options.readonly) && !present.rows[0].present) {
        throw new StoreError(`no event store at ${where} (run "dyad ingest" first, or pass --db)`);
      }
      if (options.readonly) await checkPostgresSchema(client, where);
      else await migratePostgres(client, schema);
    } finally {
      client.release();
    }
    const store = new PostgresEventStore(
      pool,
      await readMergeOptions(pool, options.merge, options.readonly ?? false),
      options,
    );
    if (!options.readonly) await store.regroupIfPending();
    return store;
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot open the event store at ${where}: ${(error as Error).message}`);
  }
}
