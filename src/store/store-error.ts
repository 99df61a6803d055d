import { DyadError } from "../model/errors.js";

/** E010: a store that cannot be opened or used (missing file, newer schema, conflicting merge rule). */
export class StoreError extends DyadError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("E010", message);
    this.name = "StoreError";
    // The driver's error, when there is one: callers tell a lock held by another process from the rest.
    if (options) this.cause = options.cause;
  }
}
