import type { DictionaryClash, TabariDictionaries } from "./dictionary-dir.js";
import type { DictionaryProblem } from "./lines.js";

/** What `dyad dict check` reports about a dictionary folder. */
export interface DictionarySummary {
  dir: string;
  files: TabariDictionaries["files"];
  /** Entries loaded per kind. */
  counts: {
    actors: number;
    actorNames: number;
    datedActors: number;
    /** Entries whose names are no actor: coded `[---]`, or with no code at all. */
    notActors: number;
    agents: number;
    discards: number;
    verbBlocks: number;
    verbPatterns: number;
    synonymSets: number;
  };
  duplicates: { actors: number; agents: number; examples: DictionaryClash[] };
  conflicts: { actors: number; agents: number; examples: DictionaryClash[] };
  malformed: DictionaryProblem[];
}

const byKind = (clashes: readonly DictionaryClash[], kind: DictionaryClash["kind"]) =>
  clashes.filter((clash) => clash.kind === kind).length;

/**
 * Counts what a dictionary folder holds, with its duplicates and conflicts (a few examples each)
 * and every malformed line.
 * @example summariseDictionaries(readDictionaryDir(dir), 5).counts.actors
 */
export function summariseDictionaries(dicts: TabariDictionaries, examples = 10): DictionarySummary {
  return {
    dir: dicts.dir,
    files: dicts.files,
    counts: {
      actors: dicts.actors.length,
      actorNames: dicts.actors.reduce((n, actor) => n + actor.names.length, 0),
      datedActors: dicts.actors.filter((actor) => actor.codes.some((code) => code.from || code.to)).length,
      notActors: dicts.actors.filter((actor) => actor.codes.every((code) => code.code === "---")).length,
      agents: dicts.agents.length,
      discards: dicts.discards.length,
      verbBlocks: dicts.verbs.reduce((n, file) => n + file.blocks.length, 0),
      verbPatterns: dicts.verbs.reduce(
        (n, file) => n + file.blocks.reduce((m, block) => m + block.patterns.length, 0),
        0,
      ),
      synonymSets: dicts.verbs.reduce((n, file) => n + file.synsets.size, 0),
    },
    duplicates: {
      actors: byKind(dicts.duplicates, "actors"),
      agents: byKind(dicts.duplicates, "agents"),
      examples: dicts.duplicates.slice(0, examples),
    },
    conflicts: {
      actors: byKind(dicts.conflicts, "actors"),
      agents: byKind(dicts.conflicts, "agents"),
      examples: dicts.conflicts.slice(0, examples),
    },
    malformed: dicts.problems,
  };
}
