import { readJsonlFile, type TrustedHashes } from "../read-jsonl.js";
import { type VerbPatternEntry, verbPatternSchema } from "../schemas.js";

/** Verb patterns indexed by verb lemma, for a matcher that starts from the parse's verbs. */
export interface VerbPatternIndex {
  readonly entries: readonly VerbPatternEntry[];
  /** The patterns naming a verb lemma (lower case), in file order; none when it names none. */
  byVerb(lemma: string): readonly VerbPatternEntry[];
  /** The verb lemmas any pattern names. */
  verbs(): IterableIterator<string>;
}

/**
 * Indexes verb pattern entries by each of their verbs.
 * @example indexVerbPatterns(entries).byVerb("express").filter((p) => p.object?.heads?.includes("sorrow"))
 */
export function indexVerbPatterns(entries: readonly VerbPatternEntry[]): VerbPatternIndex {
  const byVerb = new Map<string, VerbPatternEntry[]>();
  for (const entry of entries) {
    for (const verb of entry.verbs) {
      const list = byVerb.get(verb);
      if (list) list.push(entry);
      else byVerb.set(verb, [entry]);
    }
  }
  return {
    entries,
    byVerb: (lemma) => byVerb.get(lemma.toLowerCase()) ?? [],
    verbs: () => byVerb.keys(),
  };
}

/**
 * Reads and indexes a verb pattern file (`data/patterns/<version>/verb-patterns.jsonl`).
 * @throws DataFileError naming the file and line of an entry that fails {@link verbPatternSchema}.
 */
export function loadVerbPatterns(path: string, trusted?: TrustedHashes): VerbPatternIndex {
  return indexVerbPatterns(readJsonlFile(path, verbPatternSchema, trusted));
}
