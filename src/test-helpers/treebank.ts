import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * UD English EWT in `shared/treebanks`, beside the checkout (never inside it). `DYAD_TREEBANK_DIR`
 * overrides the place. Tests that need it skip when it is absent.
 */
export const TREEBANK_DIR =
  process.env.DYAD_TREEBANK_DIR ??
  join(import.meta.dirname, "..", "..", "..", "shared", "treebanks", "ud-english-ewt");

/** The path of one split (`train`, `dev`, `test`), or null when the treebank is absent. */
export function treebankFile(split: "train" | "dev" | "test"): string | null {
  const path = join(TREEBANK_DIR, `en_ewt-ud-${split}.conllu`);
  return existsSync(path) ? path : null;
}
