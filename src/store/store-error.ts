import { DyadError } from "../model/errors.js";

/** E010: a store that cannot be opened or used (missing file, newer schema, conflicting merge rule). */
export class StoreError extends DyadError {
  constructor(message: string) {
    super("E010", message);
    this.name = "StoreError";
  }
}
