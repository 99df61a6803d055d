import type { PatternPhrase, VerbPatternEntry } from "../schemas.js";
import type { PatternWordClasses } from "../tabari/convert-verb-patterns.js";

/** A line of Dyad's surface trigger patterns (`data/patterns/<version>/events.jsonl`). */
export interface TriggerPatternRecord {
  /** null: the phrase codes no event (a parse_only line). */
  code: string | null;
  pattern: string;
  pos?: "verb" | "noun";
  needs_target?: boolean;
  line: number;
}

const SUFFIXES = ["s", "es", "ed", "d", "ing"];

/** Drops the inflected forms of another alternative ("strike|strikes|striking" → "strike"). */
function baseForms(words: string[]): string[] {
  const set = new Set(words);
  const isInflection = (word: string) =>
    words.some(
      (base) =>
        base !== word &&
        (SUFFIXES.some((suffix) => base + suffix === word) ||
          (base.endsWith("e") && `${base.slice(0, -1)}ing` === word) ||
          (base.endsWith("y") && `${base.slice(0, -1)}ies` === word)),
    );
  return [...set].filter((word) => !isInflection(word));
}

/**
 * Restates one of Dyad's surface trigger patterns as a verb pattern, when it has that shape: a verb
 * head (`pos` verb or unset), then at most one word set, read as the verb's particle, a preposition
 * or its object's head (`~N` gaps allowed between), or `+`, an object that is an actor. Longer
 * patterns, noun triggers and optional elements stay with the surface matcher: null.
 * @example fromTriggerPattern({ code: "046", pattern: "hold ~3 talks", line: 1 }, classes)
 *   // { verbs: ["hold"], object: { heads: ["talks"] }, code: "046", origin: "dyad", … }
 */
export function fromTriggerPattern(
  record: TriggerPatternRecord,
  classes: PatternWordClasses,
): VerbPatternEntry | null {
  if (record.pos === "noun") return null;
  const elements = record.pattern.split(/\s+/).filter((element) => !/^~\d+$/.test(element));
  if (elements.length > 2 || elements.some((element) => element.startsWith("?") || element === "-"))
    return null;
  const verbs = baseForms(elements[0].split("|"));
  const entry: VerbPatternEntry = {
    id: `dyad:${record.line}`,
    verbs,
    code: record.code,
    origin: "dyad",
    line: record.line,
    ...(record.needs_target ? { needs_target: true } : {}),
  };
  if (elements.length === 1) return entry;
  // "call +": the object must be an actor (the surface matcher skips such patterns).
  if (elements[1] === "+") return { ...entry, object: { role: "target" } };
  const words = elements[1].split("|");
  if (words.every((word) => classes.particles.has(word))) return { ...entry, particle: words[0] };
  if (words.every((word) => classes.prepositions.has(word)))
    return words.length === 1 ? { ...entry, prepositions: [{ word: words[0] }] } : null;
  const object: PatternPhrase = { heads: words };
  return { ...entry, object };
}
