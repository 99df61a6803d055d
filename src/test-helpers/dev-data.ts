import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * The development sets in `shared/dev`, which sits beside the checkout (never inside it: they are
 * other projects' data). `DYAD_DEV_DIR` overrides the place. Tests that need them skip when absent.
 */
export const DEV_DIR =
  process.env.DYAD_DEV_DIR ?? join(import.meta.dirname, "..", "..", "..", "shared", "dev");

/** The path of one development file, or null (with the reason for the skip message) when it is absent. */
export function devFile(name: string): string | null {
  const path = join(DEV_DIR, name);
  return existsSync(path) ? path : null;
}
