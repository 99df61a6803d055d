import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import type { Grammar } from "../grammar.js";
import { readJsonFile, type TrustedHashes } from "../read-jsonl.js";
import { type VerbPatternEntry, verbPatternSourceSchema } from "../schemas.js";
import { convertTabariVerbs, USER_EVENT_CODE } from "../tabari/convert-verb-patterns.js";
import type { TabariDictionaries } from "../tabari/dictionary-dir.js";
import { mergeVerbPatterns } from "./merge.js";
import { loadPatternWordClasses } from "./word-classes.js";

/** The file Dyad's built-in verb patterns were imported from, recorded by the converter script. */
export const IMPORTED_FROM_FILE = "imported-from.json";

/**
 * The verb patterns of a user's dictionary folder (`--dictionaries`): each verbs file converted as
 * the built-in import is (same word classes), the user's own event codes allowed, and the files
 * merged in name order (the first file to name a verb phrase keeps it, as for actors). Each
 * pattern keeps its word sequence, so it is matched on the sentence's words as PETRARCH does. A file
 * identical to the one the built-in patterns were imported from (PETRARCH2's CAMEO.2.0.txt, often
 * shipped beside a user's own verbs) is already built in: it is not made the user's.
 * @example userVerbPatterns(readDictionaryDir(dir), manifest.folder("verbPatterns"), grammar).length
 */
export function userVerbPatterns(
  dicts: TabariDictionaries,
  verbPatternsFolder: string,
  grammar: Grammar,
  trusted?: TrustedHashes,
): VerbPatternEntry[] {
  if (dicts.verbs.length === 0) return [];
  const classes = loadPatternWordClasses(verbPatternsFolder, grammar.prepositions, trusted);
  const sourcePath = join(verbPatternsFolder, IMPORTED_FROM_FILE);
  const builtIn = existsSync(sourcePath)
    ? readJsonFile(sourcePath, verbPatternSourceSchema, trusted).sha256
    : null;
  // Ids name the user's file ("PETR.Validate.verbs.txt:994"), so a trigger's evidence points there.
  const lists = dicts.verbs
    .filter((file) => file.sha256 !== builtIn)
    .map((file) =>
      convertTabariVerbs(file, classes, USER_EVENT_CODE, { sequences: true }).entries.map((entry) => ({
        ...entry,
        id: `${basename(file.file)}:${entry.line}`,
      })),
    );
  return mergeVerbPatterns(lists).entries;
}
