import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDataManifest } from "./data-paths.js";

/** The verb lemma list's file name inside the lexicon data set's folder. */
export const VERB_LEMMAS_FILE = "verb-lemmas.txt";

/**
 * Every one-word verb lemma of WordNet (data/lexicon/…/verb-lemmas.txt, built by
 * scripts/build-verb-lemmas.mjs): the parse stage checks the lemmas of verbs against it.
 */
export function loadVerbLemmas(dataDir: string): ReadonlySet<string> {
  const text = readFileSync(join(readDataManifest(dataDir).folder("lexicon"), VERB_LEMMAS_FILE), "utf8");
  const lemmas = new Set<string>();
  for (const line of text.split("\n")) if (line !== "" && !line.startsWith("#")) lemmas.add(line);
  return lemmas;
}
