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

/** PETRARCH2's dictionaries in `shared/dictionaries/petrarch2` (MIT; never copied into the project). */
export const PETRARCH_DICTIONARY_DIR =
  process.env.DYAD_PETRARCH_DIR ?? join(DEV_DIR, "..", "dictionaries", "petrarch2");

/** The path of one PETRARCH2 dictionary file, or null when it is absent (tests then skip). */
export function petrarchDictionaryFile(name: string): string | null {
  const path = join(PETRARCH_DICTIONARY_DIR, name);
  return existsSync(path) ? path : null;
}
