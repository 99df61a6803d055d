import type { PatternPhrase, PatternSequence, VerbPatternEntry } from "../schemas.js";

/** A noun phrase a pattern names, ready for matching. */
export interface CompiledPhrase {
  /** One-word head alternatives. */
  heads: ReadonlySet<string>;
  /** Multi-word head alternatives ("cease fire"), words in order, the head last. */
  multiHeads: readonly (readonly string[])[];
  /** Words that must modify the head, each a set of alternatives. */
  modifiers: readonly ReadonlySet<string>[];
  /** Whatever fills the slot must be an actor (PETRARCH's `$`/`+`). */
  actor: boolean;
}

/** One element of a compiled sequence: word runs (each split into words), or a marker. */
export interface CompiledSequenceElement {
  runs: readonly (readonly string[])[];
  marker?: "$" | "+" | "^" | "%";
  joined: boolean;
}

/** A user pattern's sequence (PETRARCH's), ready for matching on the sentence's words. */
export interface CompiledSequence {
  upper: readonly CompiledSequenceElement[];
  lower: readonly CompiledSequenceElement[];
}

/** A verb pattern compiled for the dependency matcher. */
export interface CompiledVerbPattern {
  entry: VerbPatternEntry;
  particle?: string;
  object?: CompiledPhrase;
  /** Prepositional phrases: the preposition's alternatives and the noun phrase it takes. */
  prepositions: readonly { words: ReadonlySet<string>; object?: CompiledPhrase }[];
  before: readonly string[];
  /** When set, the pattern is matched as this sequence of words instead of by its slots. */
  sequence?: CompiledSequence;
  /** 2 per word the pattern names (the verb included), 1 per actor slot: higher is more specific. */
  specificity: number;
  /** 0 for the user's dictionaries (`--dictionaries`), 1 for the built-in ones: the user's win. */
  layer: number;
  /**
   * Word sets the pattern cannot match without, as word ids (`CompiledVerbPatterns.wordId`): each
   * needs one of its words among the sentence's forms and lemmas (a quick test before the frame is
   * read; empty for a sequence).
   */
  needs: readonly Int32Array[];
}

/** Verb patterns by verb word, each list the user's first, then most specific first, then in file order. */
export interface CompiledVerbPatterns {
  /** The patterns naming `word` (a lemma or a lower-cased form), best first. */
  byVerb(word: string): readonly CompiledVerbPattern[];
  readonly size: number;
  /** How many of them are the user's (`--dictionaries`). */
  readonly userSize: number;
  /** The id of a word some pattern needs (see `CompiledVerbPattern.needs`), else -1. */
  wordId(word: string): number;
  /** How many words have ids (ids run from 0). */
  readonly wordCount: number;
}

function compilePhrase(phrase: PatternPhrase): CompiledPhrase {
  const heads = new Set<string>();
  const multiHeads: string[][] = [];
  for (const head of phrase.heads ?? []) {
    const words = head.split(" ").filter((word) => word !== "");
    if (words.length === 1) heads.add(words[0]);
    else if (words.length > 1) multiHeads.push(words);
  }
  const modifiers = (phrase.modifiers ?? []).map((modifier) => new Set(modifier.split("|")));
  return { heads, multiHeads, modifiers, actor: phrase.role !== undefined };
}

/** What a phrase adds to a pattern's specificity: its head's words, its modifiers, its actor slot. */
function phraseWeight(phrase: CompiledPhrase | undefined): number {
  if (!phrase) return 0;
  const headWords =
    phrase.heads.size > 0 || phrase.multiHeads.length > 0
      ? Math.min(...[...(phrase.heads.size > 0 ? [1] : []), ...phrase.multiHeads.map((w) => w.length)])
      : 0;
  return 2 * (headWords + phrase.modifiers.length) + (phrase.actor ? 1 : 0);
}

/** The word sets a phrase cannot match without: a head (or a multi-word head's first word), each modifier. */
function phraseNeeds(phrase: CompiledPhrase | undefined): string[][] {
  if (!phrase) return [];
  const needs = phrase.modifiers.map((modifier) => [...modifier]);
  if (phrase.heads.size > 0 || phrase.multiHeads.length > 0)
    needs.push([...new Set([...phrase.heads, ...phrase.multiHeads.map((words) => words[0])])]);
  return needs;
}

function compileSequence(sequence: PatternSequence): CompiledSequence {
  const element = (e: PatternSequence["upper"][number]): CompiledSequenceElement => ({
    runs: (e.words ?? []).map((run) => run.split(" ")),
    ...(e.marker ? { marker: e.marker } : {}),
    joined: e.joined === true,
  });
  return { upper: sequence.upper.map(element), lower: sequence.lower.map(element) };
}

/** A sequence's specificity: the verb, 2 per word of its shortest run, 1 per marker. */
function sequenceWeight(sequence: CompiledSequence): number {
  let weight = 2;
  for (const e of [...sequence.upper, ...sequence.lower])
    weight += e.marker ? 1 : 2 * Math.min(...e.runs.map((run) => run.length));
  return weight;
}

/** Numbers words on first sight. */
type WordIds = Map<string, number>;

const toIds = (ids: WordIds, words: readonly string[]) =>
  Int32Array.from(words, (word) => {
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size;
      ids.set(word, id);
    }
    return id;
  });

function compileEntry(entry: VerbPatternEntry, layer: number, ids: WordIds): CompiledVerbPattern {
  if (entry.sequence) {
    const sequence = compileSequence(entry.sequence);
    return {
      entry,
      prepositions: [],
      before: [],
      sequence,
      specificity: sequenceWeight(sequence),
      layer,
      needs: [],
    };
  }
  const object = entry.object ? compilePhrase(entry.object) : undefined;
  const prepositions = (entry.prepositions ?? []).map((prep) => ({
    words: new Set(prep.word.split("|")),
    ...(prep.object ? { object: compilePhrase(prep.object) } : {}),
  }));
  const before = entry.before ?? [];
  const specificity =
    2 +
    (entry.particle ? 2 : 0) +
    phraseWeight(object) +
    prepositions.reduce((sum, prep) => sum + 2 + phraseWeight(prep.object), 0) +
    2 * before.length;
  const needs = [
    ...(entry.particle ? [[entry.particle]] : []),
    ...before.map((word) => [word]),
    ...phraseNeeds(object),
    ...prepositions.flatMap((prep) => [[...prep.words], ...phraseNeeds(prep.object)]),
  ].map((words) => toIds(ids, words));
  return {
    entry,
    ...(entry.particle ? { particle: entry.particle } : {}),
    ...(object ? { object } : {}),
    prepositions,
    before,
    specificity,
    layer,
    needs,
  };
}

/**
 * Compiles verb patterns into a per-verb index. A user's pattern (`--dictionaries`, add mode) that
 * fits a verb wins over the built-in ones, as a dictionary's own codes do in PETRARCH: mixing in a
 * more specific built-in pattern would code the verb by neither dictionary's conventions. Within
 * each list the more specific pattern wins, then the earlier entry.
 * @example compileVerbPatterns({ user, builtIn: loadVerbPatterns(path).entries }).byVerb("restore")[0]
 */
export function compileVerbPatterns(lists: {
  user?: readonly VerbPatternEntry[];
  builtIn?: readonly VerbPatternEntry[];
}): CompiledVerbPatterns {
  const byVerb = new Map<string, CompiledVerbPattern[]>();
  let size = 0;
  const userSize = lists.user?.length ?? 0;
  const ids: WordIds = new Map();
  [lists.user ?? [], lists.builtIn ?? []].forEach((entries, layer) => {
    for (const entry of entries) {
      const compiled = compileEntry(entry, layer, ids);
      // A built-in pattern naming the verb alone is Dyad's own bare trigger: the surface matcher
      // applies it, with its part-of-speech constraint; matched on the parse too, it would code
      // participles the surface patterns leave alone ("wounding 15", "U.S.-led allied").
      // One that needs a target ("entered Kharkiv": parse_only, the surface matcher skips it) is matched
      // here, and codes only with a target.
      if (layer === 1 && compiled.specificity === 2 && !entry.needs_target) continue;
      size++;
      for (const verb of entry.verbs) {
        const list = byVerb.get(verb);
        if (list) list.push(compiled);
        else byVerb.set(verb, [compiled]);
      }
    }
  });
  // A stable sort: file order survives among equals.
  for (const list of byVerb.values()) list.sort((a, b) => a.layer - b.layer || b.specificity - a.specificity);
  return {
    byVerb: (word) => byVerb.get(word) ?? [],
    size,
    userSize,
    wordId: (word) => ids.get(word) ?? -1,
    wordCount: ids.size,
  };
}

/**
 * Whether a pattern names a word of the verb's phrase after the verb: a particle, the head of its
 * object or the head of a prepositional object. PETRARCH's bare verbs come from WordNet synonym
 * sets and code every use of dozens of verbs ("control", "face", "want"); its patterns that add only
 * a bare preposition ("meet (at)") or a word before the verb (the subject's type, an auxiliary) say
 * no more about the act. On news these made false events, so the built-in import keeps only
 * patterns that name such a word (a user's dictionary is used whole).
 * @example namesPhraseWord({ ...entry, object: { heads: ["ties"] } }) // true
 */
export function namesPhraseWord(entry: VerbPatternEntry): boolean {
  if (entry.before) return false;
  return (
    entry.particle !== undefined ||
    entry.object?.heads !== undefined ||
    (entry.prepositions ?? []).some((prep) => prep.object?.heads !== undefined)
  );
}
