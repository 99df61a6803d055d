import type { EventStore } from "./event-store.js";
import type { MergeOptions } from "./merge-rule.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";

/** True when `location` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Splits a store URL into the connection URL and the schema holding the store's tables: the URL may
 * carry `?schema=name` (default `public`), so several stores can share one database.
 */
export function parsePostgresLocation(location: string): { url: string; schema: string } {
  const url = new URL(location);
  const schema = url.searchParams.get("schema") ?? "public";
  url.searchParams.delete("schema");
  return { url: url.toString(), schema };
}

/** Options for {@link openStore}. */
export interface OpenStoreOptions {
  merge?: Partial<MergeOptions>;
  /** Fail when there is no store there yet. */
  mustExist?: boolean;
  /** Open for queries only: nothing is written, not even the schema (implies `mustExist`; query commands). */
  readonly?: boolean;
}

/**
 * Opens the event store at `location`: a `postgres://` URL opens the PostgreSQL store (the `pg` driver
 * is loaded only then), anything else is a SQLite file path.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<EventStore> {
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import("./postgres/postgres-store.js");
    return openPostgresStore(location, options);
  }
  return openSqliteStore(location, options);
}

/** The location with any password left out, for messages. */
export function describeStoreLocation(location: string): string {
  return isPostgresUrl(location) ? location.replace(/\/\/([^:@/]*)(:[^@/]*)?@/, "//$1@") : location;
}
