import type { PatternPhrase, PatternSequence, VerbPatternEntry } from "../schemas.js";
import { type PatternElement, parsePatternText } from "./pattern-elements.js";
import { patternSequence } from "./pattern-sequence.js";
import { expandSynset, type TabariVerb, type TabariVerbsFile } from "./verbs-file.js";

/** Closed word classes the converter needs to tell a particle or preposition from an object. */
export interface PatternWordClasses {
  /** Prepositions ("for", "against"): a bare one opens a prepositional phrase. */
  prepositions: ReadonlySet<string>;
  /** Particles of phrasal verbs ("off", "down"): right after the verb, they are its particle. */
  particles: ReadonlySet<string>;
}

/** Why a pattern was left out, with a few examples (`file:line text`). */
export interface SkippedPatterns {
  reason: string;
  count: number;
  examples: string[];
}

/** Entries converted from a verbs file, and the patterns left out. */
export interface ConvertedVerbPatterns {
  entries: VerbPatternEntry[];
  skipped: SkippedPatterns[];
}

const CAMEO = /^(0[1-9]|1\d|20)\d{0,2}$/;

/**
 * A user's own event code: CAMEO's shape loosened to any 2–4 digits and an optional letter, as the
 * TABARI/PETRARCH validation dictionaries use (`345`, `903`, `075A`). Their placeholders (`+++`,
 * `xxy`) are still left out.
 */
export const USER_EVENT_CODE = /^\d{2,4}[0-9A-Za-z]?$/;

/** Lower case, `_` as a space, PETRARCH's exact-form mark (a trailing `_`) dropped. */
function cleanWord(word: string): string {
  return word.replace(/_+$/, "").replace(/_/g, " ").toLowerCase().trim();
}

/** The lemma of a verb entry: its words in order, lower case ("call off" keeps its particle apart). */
function verbLemma(verb: TabariVerb): string {
  return cleanWord(verb.words[verb.head]);
}

class PhraseBuilder {
  /** Word alternatives in order; the last is the head. */
  run: string[][] = [];
  add(alternatives: string[]): void {
    if (alternatives.length > 0) this.run.push(alternatives);
  }
  take(): PatternPhrase | null {
    if (this.run.length === 0) return null;
    const heads = [...new Set(this.run[this.run.length - 1])];
    // A modifier from a synonym set keeps its alternatives, `|`-joined ("military|economic|cultural").
    const modifiers = this.run.slice(0, -1).map((alternatives) => [...new Set(alternatives)].join("|"));
    this.run = [];
    return modifiers.length > 0 ? { heads, modifiers } : { heads };
  }
}

interface Slots {
  particle?: string;
  object?: PatternPhrase;
  prepositions: { word: string; object?: PatternPhrase }[];
  /** Set when the pattern holds more than these slots can say. */
  unconvertible?: string;
}

/**
 * Fills the verb's slots from the elements after `*`: a bare particle right after the verb, the
 * first noun phrase as the object, and each preposition (bare or in parentheses) with the noun
 * phrase after it. `$`/`+` give the role of the slot they stand in.
 */
function fillSlots(
  elements: PatternElement[],
  synsets: TabariVerbsFile["synsets"],
  classes: PatternWordClasses,
): Slots {
  const slots: Slots = { prepositions: [] };
  const phrase = new PhraseBuilder();
  let openPrep: { word: string; object?: PatternPhrase } | null = null;
  const place = (found: PatternPhrase | null) => {
    if (!found) return;
    if (openPrep && !openPrep.object) openPrep.object = found;
    else if (!slots.object && slots.prepositions.length === 0) slots.object = found;
    else if (openPrep?.object && !openPrep.object.heads && found.heads)
      openPrep.object = { ...openPrep.object, ...found };
    else slots.unconvertible ??= "more noun phrases than object and prepositions";
  };
  const visit = (element: PatternElement) => {
    switch (element.kind) {
      case "word":
        for (const raw of element.words) {
          const word = cleanWord(raw);
          if (classes.prepositions.has(word) && phrase.run.length === 0) {
            place(phrase.take());
            openPrep = { word };
            slots.prepositions.push(openPrep);
          } else if (
            classes.particles.has(word) &&
            !slots.particle &&
            !slots.object &&
            !openPrep &&
            phrase.run.length === 0
          )
            slots.particle = word;
          else phrase.add([word]);
        }
        return;
      case "synset": {
        const members = expandSynset(synsets, element.name)
          .map(cleanWord)
          .filter((word) => word !== "");
        // A set of prepositions (`&PREPOSIT1 RESOLUTION`) opens a phrase with any of them.
        if (
          members.length > 0 &&
          members.every((word) => classes.prepositions.has(word)) &&
          phrase.run.length === 0
        ) {
          place(phrase.take());
          openPrep = { word: members.join("|") };
          slots.prepositions.push(openPrep);
        } else phrase.add(members);
        return;
      }
      case "group":
        place(phrase.take());
        for (const inner of element.elements) visit(inner);
        place(phrase.take());
        return;
      case "phrase":
        place(phrase.take());
        openPrep = null;
        for (const inner of element.elements) visit(inner);
        place(phrase.take());
        // `(AGAINST) +`: an empty phrase takes the actor marked right after it.
        if ((openPrep as Slots["prepositions"][number] | null)?.object) openPrep = null;
        return;
      case "marker": {
        if (element.marker !== "$" && element.marker !== "+") return;
        place(phrase.take());
        const role = element.marker === "$" ? "source" : "target";
        if (openPrep && !openPrep.object) openPrep.object = { role };
        else if (openPrep?.object) openPrep.object = { ...openPrep.object, role };
        else if (!slots.object) slots.object = { role };
        else slots.object = { ...slots.object, role };
        return;
      }
      case "verb":
        slots.unconvertible ??= "a second verb mark";
    }
  };
  for (const element of elements) visit(element);
  place(phrase.take());
  if (slots.prepositions.some((prep) => prep.word.split("|").some((word) => !classes.prepositions.has(word))))
    slots.unconvertible ??= "an unknown preposition";
  return slots;
}

/** Words before `*` that are plain words (markers and synsets there are PETRARCH's own tests). */
function wordsBefore(elements: PatternElement[]): string[] | null {
  const words: string[] = [];
  for (const element of elements) {
    if (element.kind === "marker" && element.marker === "$") continue;
    if (element.kind !== "word") return null;
    words.push(...element.words.map(cleanWord));
  }
  return words;
}

/**
 * Converts a PETRARCH verbs file to Dyad verb patterns, one entry per pattern naming every verb
 * lemma of its block (PETRARCH applies a block's patterns to all its verbs, a synonym set), and
 * one bare entry per verb with a code of its own or the block's. Patterns whose code
 * does not fit `codes` (default: a CAMEO event code), that put the target before the verb, or that need more than a
 * particle, an object and prepositional phrases, are left out and counted in `skipped`.
 * @example convertTabariVerbs(readTabariVerbs(text, file), classes).entries.length
 */
export function convertTabariVerbs(
  file: TabariVerbsFile,
  classes: PatternWordClasses,
  codes: RegExp = CAMEO,
  options: ConvertOptions = {},
): ConvertedVerbPatterns {
  const entries: VerbPatternEntry[] = [];
  const skipped = new Map<string, SkippedPatterns>();
  const skip = (reason: string, line: number, text: string) => {
    const entry = skipped.get(reason) ?? { reason, count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < 3) entry.examples.push(`${file.file}:${line} ${text}`);
    skipped.set(reason, entry);
  };
  const validCode = (code: string | null | undefined) =>
    code === null || (code !== undefined && codes.test(code));
  const sequenceOf = options.sequences ? (text: string) => patternSequence(text, file.synsets) : () => null;
  for (const block of file.blocks) {
    // Multi-word verbs ("call off") get their own entries; the block's patterns go to single verbs
    // (and, read as sequences, to multi-word verbs too, as PETRARCH applies them).
    const lemmas = [...new Set(block.verbs.filter((verb) => verb.words.length === 1).map(verbLemma))];
    const multiWord = options.sequences ? block.verbs.filter((verb) => verb.words.length > 1) : [];
    for (const verb of block.verbs) {
      const own = verb.code !== undefined;
      const code = own ? (verb.code ?? null) : block.code;
      const reverseCode = own ? verb.reverseCode : block.reverseCode;
      // A multi-word verb's other words: a particle or preposition after the verb, or its object.
      const after = verb.words.slice(verb.head + 1).map(cleanWord);
      // A bare verb that codes nothing says nothing.
      if (code === null && after.length === 0 && verb.head === 0) continue;
      if (!validCode(code) || (reverseCode !== undefined && !validCode(reverseCode))) {
        skip("not a CAMEO event code", verb.line, verb.words.join("_"));
        continue;
      }
      // "WIRE_+TAP": the words before the verb must stand before it.
      const before = verb.words.slice(0, verb.head).map(cleanWord);
      const slots = fillSlots(
        after.map((word) => ({ kind: "word", words: [word] })),
        file.synsets,
        classes,
      );
      const sequence = multiWordSequence(verb, sequenceOf("*"));
      entries.push(makeEntry([verbLemma(verb)], code, reverseCode, slots, before, verb.line, sequence));
    }
    for (const pattern of block.patterns) {
      if (
        !validCode(pattern.code) ||
        (pattern.reverseCode !== undefined && !validCode(pattern.reverseCode))
      ) {
        skip("not a CAMEO event code", pattern.line, pattern.text);
        continue;
      }
      const elements = parsePatternText(pattern.text);
      const star = elements.findIndex((element) => element.kind === "verb");
      const sequence = sequenceOf(pattern.text);
      const hasWords = (seq: PatternSequence | null) =>
        seq !== null && seq.upper.length + seq.lower.length > 0;
      // Read as a sequence, the pattern needs no slots: PETRARCH matches it on the words.
      const before = wordsBefore(elements.slice(0, star)) ?? (hasWords(sequence) ? [] : null);
      if (before === null) {
        skip("a target, synonym set or compound before the verb", pattern.line, pattern.text);
        continue;
      }
      const filled = fillSlots(elements.slice(star + 1), file.synsets, classes);
      const slots = filled.unconvertible && hasWords(sequence) ? { prepositions: [] } : filled;
      if (slots.unconvertible) {
        skip(slots.unconvertible, pattern.line, pattern.text);
        continue;
      }
      const noSlots = !slots.particle && !slots.object && slots.prepositions.length === 0;
      if (noSlots && before.length === 0 && !hasWords(sequence)) {
        skip("no words besides the verb", pattern.line, pattern.text);
        continue;
      }
      const code = pattern.code ?? null;
      const reverse = pattern.reverseCode;
      if (lemmas.length === 0 && multiWord.length === 0)
        skip("a verb block with no verbs", pattern.line, pattern.text);
      else if (lemmas.length > 0)
        entries.push(makeEntry(lemmas, code, reverse, slots, before, pattern.line, sequence));
      // "+BREAK_DOWN" with "* TREATY": the block's pattern around the multi-word verb's own words.
      for (const verb of multiWord) {
        const combined = multiWordSequence(verb, sequence);
        if (combined)
          entries.push(
            makeEntry([verbLemma(verb)], code, reverse, { prepositions: [] }, [], pattern.line, combined),
          );
      }
    }
  }
  return { entries, skipped: [...skipped.values()] };
}

/** Options for {@link convertTabariVerbs}. */
export interface ConvertOptions {
  /** Keep each pattern's word sequence too (a user's dictionary, matched as PETRARCH does). */
  sequences?: boolean;
}

/** A pattern's sequence around a multi-word verb's other words ("WIRE_+TAP", "+CORDON_OFF"), adjacent to it. */
function multiWordSequence(verb: TabariVerb, sequence: PatternSequence | null): PatternSequence | null {
  if (!sequence) return null;
  if (verb.words.length === 1) return sequence.upper.length + sequence.lower.length > 0 ? sequence : null;
  const word = (raw: string) => ({ words: [cleanWord(raw)], joined: true });
  return {
    upper: [...sequence.upper, ...verb.words.slice(0, verb.head).map(word)],
    lower: [...verb.words.slice(verb.head + 1).map(word), ...sequence.lower],
  };
}

function makeEntry(
  verbs: string[],
  code: string | null,
  reverseCode: string | undefined,
  slots: Slots,
  before: string[] | undefined,
  line: number,
  sequence?: PatternSequence | null,
): VerbPatternEntry {
  return {
    id: `petrarch2:${line}`,
    verbs,
    code,
    ...(reverseCode ? { reverse_code: reverseCode } : {}),
    ...(slots.particle ? { particle: slots.particle } : {}),
    ...(slots.object ? { object: slots.object } : {}),
    ...(slots.prepositions.length > 0
      ? { prepositions: slots.prepositions.map((prep) => ({ ...prep })) }
      : {}),
    ...(before && before.length > 0 ? { before } : {}),
    ...(sequence ? { sequence } : {}),
    origin: "petrarch2",
    line,
  };
}
