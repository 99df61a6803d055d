import { existsSync } from "node:fs";
import Database, { type Database as Db } from "better-sqlite3";
import type { DocumentInput, EventRecord } from "../../model/document.js";
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
import { StoreError } from "../store-error.js";
import { DocumentWriter } from "./document-writer.js";
import {
  dyadCountsQuery,
  eventKeysQuery,
  listEventsQuery,
  type SqlQuery,
  topActorsQuery,
  undatedDyadCountQuery,
} from "./event-queries.js";
import {
  EVENT_SELECT,
  type EventRow,
  eventFromRow,
  MENTION_SELECT,
  type MentionRow,
  mentionFromRow,
} from "./event-rows.js";
import { checkReadableVersion, migrate, SCHEMA_VERSION } from "./migrations.js";

/** Options for {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /**
   * Merge rule. A new store records it; an existing store keeps the rule it was built with, and
   * asking for a different one is an error (mixing rules would make counts meaningless).
   */
  merge?: Partial<MergeOptions>;
  /** Fail instead of creating a new file (query commands). */
  mustExist?: boolean;
  /** Open for queries only: nothing is written, not even the schema (implies `mustExist`). */
  readonly?: boolean;
  /** Clock for ingest timestamps (tests). */
  now?: () => Date;
}

/** Where the CLI keeps the store unless told otherwise (`--db`). */
export const DEFAULT_STORE_PATH = "dyad.db";

const ITERATE_BATCH = 500;

function readMeta(db: Db): Map<string, string> {
  return new Map(
    (db.prepare("SELECT key, value FROM meta").all() as { key: string; value: string }[]).map((r) => [
      r.key,
      r.value,
    ]),
  );
}

function readMergeOptions(db: Db, requested: Partial<MergeOptions> | undefined): MergeOptions {
  let meta = readMeta(db);
  if (!meta.has("merge.window_days") && !db.readonly) {
    // A new store: the first process to take the write lock records its rule; the others read it.
    const insert = db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)");
    db.transaction(() => {
      insert.run("merge.window_days", String(requested?.windowDays ?? DEFAULT_MERGE_OPTIONS.windowDays));
      insert.run("merge.radius_km", String(requested?.radiusKm ?? DEFAULT_MERGE_OPTIONS.radiusKm));
    }).immediate();
    meta = readMeta(db);
  }
  const stored = meta.has("merge.window_days")
    ? { windowDays: Number(meta.get("merge.window_days")), radiusKm: Number(meta.get("merge.radius_km")) }
    : undefined;
  if (stored) {
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
  return { ...DEFAULT_MERGE_OPTIONS };
}

/**
 * The embedded event store: one SQLite file in WAL mode. Each document is written in one transaction,
 * so a crash loses no committed document and leaves no half-written one.
 */
export class SqliteEventStore implements EventStore {
  readonly mergeOptions: MergeOptions;
  private readonly writer: DocumentWriter;
  private readonly now: () => Date;

  constructor(
    /** The open database; exposed for maintenance tools and benchmarks. */
    readonly db: Db,
    options: SqliteStoreOptions = {},
  ) {
    this.mergeOptions = readMergeOptions(db, options.merge);
    this.writer = new DocumentWriter(db, this.mergeOptions);
    this.now = options.now ?? (() => new Date());
    if (!db.readonly) this.regroupIfPending();
  }

  /** Re-merges what schema step 4 flagged (see ../regroup-statuses.ts), once, under the write lock. */
  private regroupIfPending(): void {
    const flag = this.db.prepare("SELECT 1 FROM meta WHERE key = ?");
    if (flag.get(REGROUP_FLAG) === undefined) return;
    this.db
      .transaction(() => {
        // Another process may have done it while this one waited for the lock.
        if (flag.get(REGROUP_FLAG) === undefined) return;
        const readDocument = this.db.prepare(REGROUP_DOCUMENT_SQL);
        const readRecords = this.db.prepare(REGROUP_RECORDS_SQL);
        const keys = (this.db.prepare(REGROUP_DOCUMENTS_SQL).all() as { key: number }[]).map(
          (row) => row.key,
        );
        const documents = keys.map((key) =>
          regroupDocumentOf(
            readDocument.get(key) as StoredDocumentRow,
            readRecords.all(key) as { record: string }[],
          ),
        );
        for (const key of keys) this.writer.remove(key);
        for (const { document, records, ingestedAt } of documents)
          this.writer.add(document, records, ingestedAt);
        this.db.prepare("DELETE FROM meta WHERE key = ?").run(REGROUP_FLAG);
      })
      .immediate();
  }

  async hasContent(text: string): Promise<boolean> {
    return this.writer.hasContent(text);
  }

  async addDocument(document: DocumentInput, events: Iterable<EventRecord>): Promise<AddDocumentResult> {
    const ingestedAt = this.now().toISOString();
    return this.db.transaction(() => this.writer.add(document, events, ingestedAt)).immediate();
  }

  async removeDocument(id: string): Promise<boolean> {
    return this.db
      .transaction(() => {
        const row = this.db.prepare("SELECT key FROM documents WHERE id = ?").get(id) as
          | { key: number }
          | undefined;
        if (row) this.writer.remove(row.key);
        return row !== undefined;
      })
      .immediate();
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = this.db.prepare("SELECT * FROM documents WHERE id = ?").get(id) as
      | (StoredDocument & { key: number })
      | undefined;
    if (!row) return null;
    const { key: _key, ...document } = row;
    return document;
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const row = this.db.prepare(`${EVENT_SELECT} WHERE e.id = ?`).get(id) as EventRow | undefined;
    return row ? eventFromRow(row) : null;
  }

  async getMentions(eventId: string): Promise<StoredMention[]> {
    const rows = this.db
      .prepare(`${MENTION_SELECT} WHERE e.id = ? ORDER BY m.id`)
      .all(eventId) as MentionRow[];
    return rows.map(mentionFromRow);
  }

  async getDocumentMentions(docId: string): Promise<StoredMention[]> {
    const rows = this.db
      .prepare(`${MENTION_SELECT} WHERE d.id = ? ORDER BY m.sentence_index, m.trigger_start, m.id`)
      .all(docId) as MentionRow[];
    return rows.map(mentionFromRow);
  }

  async listEvents(query: EventQuery = {}): Promise<StoredEvent[]> {
    const { sql, params } = listEventsQuery(query);
    return (this.db.prepare(sql).all(...params) as EventRow[]).map(eventFromRow);
  }

  async *iterateEvents(filter: EventFilter = {}): AsyncIterable<StoredEvent> {
    // Keys first, rows in batches: better-sqlite3 cannot run other statements while iterating one.
    const { sql, params } = eventKeysQuery(filter);
    const keys = this.db
      .prepare(sql)
      .pluck()
      .all(...params) as number[];
    const batchStatement = this.db.prepare(
      `${EVENT_SELECT} WHERE e.key IN (${Array(ITERATE_BATCH).fill("?").join(", ")})`,
    );
    for (let i = 0; i < keys.length; i += ITERATE_BATCH) {
      const batch = keys.slice(i, i + ITERATE_BATCH);
      const statement =
        batch.length === ITERATE_BATCH
          ? batchStatement
          : this.db.prepare(`${EVENT_SELECT} WHERE e.key IN (${batch.map(() => "?").join(", ")})`);
      const byKey = new Map((statement.all(...batch) as EventRow[]).map((row) => [row.key, row]));
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
    const { sql, params } = dyadCountsQuery(query);
    return this.db.prepare(sql).all(...params) as DyadCountRow[];
  }

  async countUndatedDyad(query: Omit<DyadCountQuery, "from" | "to" | "grain">): Promise<number> {
    const { sql, params } = undatedDyadCountQuery(query);
    return (this.db.prepare(sql).get(...params) as { n: number }).n;
  }

  async topActors(query: ActorQuery = {}): Promise<ActorCount[]> {
    return rollupTopActors(this.rollups, query);
  }

  /** The actor ranking read from the events table (what the rollups must equal). */
  async scanTopActors(query: ActorQuery = {}): Promise<ActorCount[]> {
    const { sql, params } = topActorsQuery(query);
    return this.db.prepare(sql).all(...params) as ActorCount[];
  }

  /** How the rollup readers reach this store. */
  private readonly rollups: RollupBackend = {
    run: async <T>(query: SqlQuery) => this.db.prepare(query.sql).all(...query.params) as T[],
    scanDyad: (query) => this.scanDyadCounts(query),
    scanActors: (query) => this.scanTopActors({ ...query, limit: Number.MAX_SAFE_INTEGER }),
  };

  async stats(): Promise<StoreStats> {
    const count = (table: string) => this.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    return {
      documents: count("documents"),
      events: count("events"),
      mentions: count("mentions"),
      actors: count("actors"),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** How long a process waits for another's lock (creating, migrating or writing the same store). */
const BUSY_TIMEOUT_MS = 30_000;

/**
 * Opens (or creates) the SQLite store at `path` (`:memory:` for a throwaway one) and migrates it.
 * @example const store = openSqliteStore("dyad.db"); await store.addDocument(doc, events); await store.close();
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteEventStore {
  if ((options.mustExist || options.readonly) && path !== ":memory:" && !existsSync(path)) {
    throw new StoreError(`no event store at ${path} (run "dyad ingest" first, or pass --db)`);
  }
  // Some steps of opening a store that another process is creating at the same moment (the switch to
  // WAL among them) answer SQLITE_BUSY at once instead of waiting out busy_timeout: retry those.
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return openSqliteStoreOnce(path, options);
    } catch (error) {
      const busy = error instanceof StoreError && error.cause instanceof Error && isBusy(error.cause);
      if (!busy || Date.now() >= deadline) throw error;
      sleepSync(Math.min(200, 10 * 2 ** attempt));
    }
  }
}

function isBusy(error: Error): boolean {
  return (error as { code?: string }).code?.startsWith("SQLITE_BUSY") ?? false;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

function openSqliteStoreOnce(path: string, options: SqliteStoreOptions): SqliteEventStore {
  let db: Db;
  try {
    db = new Database(path, options.readonly ? { readonly: true, fileMustExist: true } : {});
  } catch (error) {
    throw new StoreError(`cannot open the event store at ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    // First, so that every later step waits for other processes' locks instead of failing at once.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma("foreign_keys = ON");
    // 64 MB of page cache: index pages of a large store stay in memory during long ingests.
    db.pragma("cache_size = -65536");
    if (options.readonly) {
      checkReadableVersion(path, db.pragma("user_version", { simple: true }) as number, SCHEMA_VERSION);
      return new SqliteEventStore(db, options);
    }
    db.pragma("journal_mode = WAL");
    // NORMAL in WAL mode: a killed process loses nothing committed; only a power cut can drop the last commits.
    db.pragma("synchronous = NORMAL");
    migrate(db);
    return new SqliteEventStore(db, options);
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot open the event store at ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
