import { join } from "node:path";
import type { Grammar } from "../grammar.js";
import { readJsonFile, type TrustedHashes } from "../read-jsonl.js";
import { patternWordClassesSchema } from "../schemas.js";
import type { PatternWordClasses } from "../tabari/convert-verb-patterns.js";

/** The word-class file's name inside the verb-pattern data set. */
export const WORD_CLASSES_FILE = "word-classes.json";

/**
 * Reads the closed word classes that tell a pattern's particle and prepositions from its object:
 * the grammar's prepositions plus the file's extra ones, and the file's particles.
 * @example loadPatternWordClasses(manifest.folder("verbPatterns"), grammar.prepositions).particles.has("off")
 */
export function loadPatternWordClasses(
  folder: string,
  prepositions: Grammar["prepositions"] | readonly string[],
  trusted?: TrustedHashes,
): PatternWordClasses {
  const file = readJsonFile(join(folder, WORD_CLASSES_FILE), patternWordClassesSchema, trusted);
  return {
    prepositions: new Set([...prepositions, ...file.extra_prepositions]),
    particles: new Set(file.particles),
  };
}
