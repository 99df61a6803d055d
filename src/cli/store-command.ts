import { type EventStatus, type EventStore, openStore } from "../index.js";
import type { CliContext } from "./context.js";

/**
 * Opens the existing event store at `path` (a SQLite file or a postgres:// URL) read-only (queries write
 * nothing), runs `fn` on it and closes the store afterwards, also when `fn` throws, so a failed query
 * never leaves the database open.
 */
export async function withStore<T>(path: string, fn: (store: EventStore) => Promise<T>): Promise<T> {
  const store = await openStore(path, { readonly: true });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Prints a query's result, as indented JSON with `--json` or else as `format` lays it out, and reports success. */
export function printResult<T>(
  ctx: CliContext,
  result: T,
  json: boolean | undefined,
  format: (result: T) => string,
): void {
  ctx.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : format(result));
  ctx.exitCode = 0;
}

/** The store query's filter from the parsed `--status`, `--from` and `--to` options. */
export function eventFilter(options: { status?: EventStatus[]; from?: string; to?: string }): {
  statuses?: EventStatus[];
  from?: string;
  to?: string;
} {
  return { statuses: options.status, from: options.from, to: options.to };
}
