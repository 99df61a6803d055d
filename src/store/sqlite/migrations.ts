import type { Database } from "better-sqlite3";
import { REGROUP_MIGRATION } from "../regroup-statuses.js";
import { sqliteRollupMigration } from "../rollups/rollup-schema.js";
import { StoreError } from "../store-error.js";

/** One schema step; `version` is what `PRAGMA user_version` holds once it has run. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/**
 * The schema, one numbered step at a time; never edit a released step, add the next one.
 * Text columns that hold "no actor" use `''` rather than NULL so they can be compared with `=`.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "documents, events, mentions, actors",
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

      CREATE TABLE documents (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT, source TEXT, title TEXT,
        date TEXT,
        outlet TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        n_mentions INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE events (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        rep_mention_id TEXT NOT NULL,
        source_code TEXT NOT NULL, source_country TEXT, source_sector TEXT, source_name TEXT,
        source_match TEXT NOT NULL,
        target_code TEXT NOT NULL, target_country TEXT, target_sector TEXT, target_name TEXT,
        target_match TEXT NOT NULL,
        cameo TEXT NOT NULL, cameo_name TEXT NOT NULL, base_code TEXT NOT NULL,
        quad_class INTEGER NOT NULL, goldstein REAL NOT NULL,
        plover_type TEXT, plover_mode TEXT, plover_context TEXT,
        status TEXT NOT NULL,
        date TEXT, max_date TEXT,
        location_mention_id TEXT, location_name TEXT, location_country TEXT, location_admin1 TEXT,
        lat REAL, lon REAL, location_precision TEXT, geonames_id INTEGER,
        n_mentions INTEGER NOT NULL, n_documents INTEGER NOT NULL, n_sources INTEGER NOT NULL,
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX events_id ON events(id);
      -- Candidate lookup when a mention arrives; with n_mentions it also covers the source side of the
      -- actor ranking, as events_recipients covers the target side.
      CREATE INDEX events_merge ON events(source_code, target_code, base_code, status, date, n_mentions);
      CREATE INDEX events_recipients ON events(target_code, status, date, n_mentions, source_code);
      -- Covering index for dyad aggregates. It leads with each side's root, the first three characters of
      -- its match key (the country, or IGO, NGO, …), so a query seeks once per direction and scans only that
      -- dyad's dates; longer actor prefixes filter inside the index, and the table is never read. An
      -- expression rather than a generated column, because SQLite cannot cover queries on virtual columns.
      CREATE INDEX events_dyad ON events(substr(source_match, 1, 3), substr(target_match, 1, 3), date,
        source_match, target_match, status, quad_class, plover_type, goldstein, n_mentions);
      CREATE INDEX events_target ON events(substr(target_match, 1, 3), date, status, n_mentions, source_match,
        target_match);
      CREATE INDEX events_date ON events(date);

      CREATE TABLE mentions (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        event_key INTEGER NOT NULL REFERENCES events(key),
        doc_key INTEGER NOT NULL REFERENCES documents(key),
        outlet TEXT NOT NULL,
        sentence_index INTEGER NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
        trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
        source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER,
        date TEXT, lat REAL, lon REAL,
        sentence TEXT NOT NULL,
        record TEXT NOT NULL
      ) STRICT;
      CREATE INDEX mentions_event ON mentions(event_key, outlet);
      CREATE INDEX mentions_doc ON mentions(doc_key);

      CREATE TABLE actors (
        code TEXT PRIMARY KEY,
        country TEXT, sector TEXT,
        name TEXT NOT NULL,
        n_mentions INTEGER NOT NULL,
        first_seen TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 2,
    description: "monthly rollups per dyad and per actor, kept by triggers",
    sql: sqliteRollupMigration(),
  },
  {
    version: 3,
    description:
      "each event's last mention in merge order, so a mention that comes last merges without a re-sweep",
    // Older events keep NULL, which sends a mention near them through the full sweep (see merge-sweep.ts).
    sql: "ALTER TABLE events ADD COLUMN last_order TEXT;",
  },
  REGROUP_MIGRATION,
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/**
 * Brings the database up to {@link SCHEMA_VERSION}, each step in its own transaction.
 * @returns the version the database had before.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const version = () => db.pragma("user_version", { simple: true }) as number;
  const before = version();
  checkNotNewer(before, latest);
  for (const step of migrations) {
    if (step.version <= before) continue;
    // IMMEDIATE takes the write lock first (waiting out busy_timeout), then reads the version again:
    // another process may have run this step meanwhile, and running it twice would fail.
    db.transaction(() => {
      const now = version();
      checkNotNewer(now, latest);
      if (now >= step.version) return;
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
  return before;
}

function checkNotNewer(version: number, latest: number): void {
  if (version > latest) {
    throw new StoreError(
      `the store has schema version ${version}, newer than this Dyad (${latest}): upgrade Dyad`,
    );
  }
}

/**
 * A store opened read-only cannot be migrated: when its schema is not `latest`, the error that says what
 * to do instead of failing on the first query (both backends).
 */
export function checkReadableVersion(where: string, version: number, latest: number): void {
  if (version !== latest) {
    throw new StoreError(
      `the event store at ${where} has schema version ${version}, this Dyad reads ${latest}: ` +
        (version < latest ? 'run "dyad ingest" on it once to upgrade it' : "upgrade Dyad"),
    );
  }
}
