import type { Doc, TokenTable } from "../../model/document.js";
import type { ActorSlot } from "./actor-slots.js";
import type {
  CompiledTriggerPattern,
  CompiledTriggerPatterns,
  PatternElement,
  TriggerPos,
} from "./trigger-patterns.js";

/** One trigger pattern matched in a sentence. Token ranges are half-open `[tokenStart, tokenEnd)`. */
export interface TriggerMatch {
  code: string;
  /** The code of the paired event, target toward source (a verb pattern's `[042:043]`: visit / host). */
  reverseCode?: string;
  /** Token index of the head word (the pattern's first element). */
  head: number;
  tokenStart: number;
  tokenEnd: number;
  /** Pattern source, kept as evidence. */
  pattern: string;
  /** The head is a verb of saying that can introduce reported speech. */
  speech: boolean;
  pos: TriggerPos;
  /** Prepositions that introduce the target (for the event assembler). */
  targetAfter?: string[];
  /** The pattern codes an event only with a target (verb patterns' `needs_target`). */
  needsTarget?: boolean;
  /** Pattern elements that matched a token (gaps and dropped optional words excluded). */
  elementCount: number;
  /** Token index of each matched word, in order (the head first). */
  words: number[];
  /** Matched by a pattern of the user's dictionary (`--dictionaries`). */
  user?: boolean;
  /** Actors a user pattern's `$`/`+` marks name as source and target (PETRARCH's notation). */
  patternRoles?: {
    source: ActorSlot | null;
    target: ActorSlot | null;
    /** The first actor of the verb's phrase after it, PETRARCH's target when the parse names none. */
    firstAfter: ActorSlot | null;
  };
}

/** Chooses which of a sentence's overlapping matches survive; returns them in text order. */
export type OverlapPolicy = (matches: readonly TriggerMatch[]) => TriggerMatch[];

/** Options for {@link matchTriggers}. */
export interface MatchTriggersOptions {
  /** Overlap filter; defaults to {@link longestFirstOverlap}. */
  overlap?: OverlapPolicy;
  /** Words a pattern's gap never crosses besides clause breaks (grammar `adjunct_acts.setting_prepositions`). */
  gapBarriers?: ReadonlySet<string>;
}

const NO_BARRIERS: ReadonlySet<string> = new Set();

/**
 * `overlap.longest-first.v1`: among overlapping matches keep the one with more matched elements,
 * then the longer span, then the more specific (longer) CAMEO code, then the earlier one.
 * Matches that do not overlap are all kept, in text order.
 *
 * @param matches - every match found in one sentence
 * @returns the surviving matches sorted by `tokenStart`
 * @example
 * longestFirstOverlap(matches); // "held talks" (036) beats "hold" alone
 */
export function longestFirstOverlap(matches: readonly TriggerMatch[]): TriggerMatch[] {
  const ranked = [...matches].sort(
    (a, b) =>
      b.elementCount - a.elementCount ||
      b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) ||
      b.code.length - a.code.length ||
      a.tokenStart - b.tokenStart,
  );
  const kept: TriggerMatch[] = [];
  for (const candidate of ranked) {
    const clashes = kept.some((k) => candidate.tokenStart < k.tokenEnd && k.tokenStart < candidate.tokenEnd);
    if (!clashes) kept.push(candidate);
  }
  return kept.sort(byTextOrder);
}

/**
 * Finds the event triggers in one sentence of a tokenized Doc.
 *
 * Each token is looked up by lemma and by lower-cased surface in the head index, so the cost is
 * proportional to the sentence length, not to the number of patterns.
 *
 * @param doc - a Doc with sentences and tokens
 * @param sentenceIndex - the sentence to search
 * @param patterns - from `compileTriggerPatterns` or `loadTriggerPatterns`
 * @param options - overlap policy
 * @returns the matches that survive the overlap policy, in text order
 * @example
 * matchTriggers(doc, 0, patterns); // [{ code: "036", pattern: "hold talks|negotiations|meeting", ... }]
 */
export function matchTriggers(
  doc: Doc,
  sentenceIndex: number,
  patterns: CompiledTriggerPatterns,
  options: MatchTriggersOptions = {},
): TriggerMatch[] {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return [];
  const tokens = doc.tokens;
  const end = sentence.tokenEnd;
  const found: TriggerMatch[] = [];
  const barriers = options.gapBarriers ?? NO_BARRIERS;
  let present: Set<string> | undefined;
  for (let i = sentence.tokenStart; i < end; i++) {
    const misread = parseVerbMisread(tokens, i);
    for (const pattern of candidatesAt(tokens, i, patterns, misread)) {
      if (!headPosFits(tokens.pos[i], pattern.pos) && !(misread && headPosFits("VERB", pattern.pos)))
        continue;
      // Cheap pre-check before the backtracking search: every required word must occur in the sentence.
      present ??= sentenceWords(tokens, sentence.tokenStart, end);
      if (!requiredWordsPresent(pattern.required, present)) continue;
      const tail = matchElements(tokens, barriers, pattern.rest, 0, i + 1, end, i, [i]);
      if (!tail) continue;
      found.push({
        code: pattern.code,
        head: i,
        tokenStart: i,
        tokenEnd: tail.last + 1,
        pattern: pattern.pattern,
        speech: pattern.speech,
        pos: pattern.pos,
        ...(pattern.targetAfter ? { targetAfter: pattern.targetAfter } : {}),
        elementCount: tail.matched.length,
        words: tail.matched,
      });
    }
  }
  if (found.length < 2) return found;
  return (options.overlap ?? longestFirstOverlap)(found);
}

/** The lemmas and lower-cased forms of a sentence's tokens. */
function sentenceWords(tokens: TokenTable, start: number, end: number): Set<string> {
  const words = new Set<string>();
  for (let t = start; t < end; t++) {
    words.add(tokens.lemma[t]);
    words.add(tokens.lower[t]);
  }
  return words;
}

function requiredWordsPresent(
  required: readonly ReadonlySet<string>[],
  present: ReadonlySet<string>,
): boolean {
  for (const words of required) {
    // Walk the smaller of the two sets (no pair is built: this runs for every candidate pattern).
    const small = words.size <= present.size ? words : present;
    const large = small === words ? present : words;
    let any = false;
    for (const word of small) {
      if (large.has(word)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

/**
 * "seized power, **arresting** the prime minister", "police **shot** dead a protester": wink tags some
 * participles as adjectives or nouns with the form as lemma ("arresting", "shot"), so no verb pattern
 * of their verb fits. The parse stage, when it has run, reads such a token as a verb with a lemma of
 * its own; that reading is trusted for verb patterns.
 */
function parseVerbMisread(tokens: TokenTable, i: number): boolean {
  const ud = tokens.udLemma[i];
  return (
    tokens.upos[i] === "VERB" &&
    tokens.pos[i] !== "VERB" &&
    ud !== undefined &&
    ud !== "" &&
    ud !== tokens.lemma[i] &&
    ud !== tokens.lower[i]
  );
}

/**
 * Patterns whose head matches token `i` by lemma or by surface, each once; with `misread`, also the
 * verb patterns of the parse's lemma.
 */
function candidatesAt(
  tokens: TokenTable,
  i: number,
  patterns: CompiledTriggerPatterns,
  misread = false,
): readonly CompiledTriggerPattern[] {
  const byLemma = patterns.byHead.get(tokens.lemma[i]);
  const lower = tokens.lower[i];
  const bySurface = lower === tokens.lemma[i] ? undefined : patterns.byHead.get(lower);
  const found = !bySurface
    ? (byLemma ?? [])
    : !byLemma
      ? bySurface
      : byLemma.concat(bySurface.filter((pattern) => !byLemma.includes(pattern)));
  if (!misread) return found;
  const byParse = (patterns.byHead.get(tokens.udLemma[i]) ?? []).filter(
    (pattern) => pattern.pos === "verb" && !found.includes(pattern),
  );
  return byParse.length === 0 ? found : found.concat(byParse);
}

/** `verb` means a lexical verb: wink's AUX ("has", "is") never heads an event. */
function headPosFits(tag: string, pos: TriggerPos): boolean {
  if (pos === "verb") return tag === "VERB";
  if (pos === "noun") return tag === "NOUN" || tag === "PROPN";
  return true;
}

/**
 * Matches `elements[ei..]` from token `at`, backtracking over optional words and gap widths.
 * Preference order: an optional word is taken when it is there; a gap is as short as possible.
 * `last` is the last token consumed by a word, `matched` the tokens matched by words so far.
 */
function matchElements(
  tokens: TokenTable,
  barriers: ReadonlySet<string>,
  elements: readonly PatternElement[],
  ei: number,
  at: number,
  end: number,
  last: number,
  matched: number[],
): { last: number; matched: number[] } | null {
  if (ei === elements.length) return { last, matched: [...matched] };
  const element = elements[ei];
  if (element.kind === "skip") {
    for (let skipped = 0; skipped <= element.max && at + skipped < end; skipped++) {
      if (skipped > 0 && isBarrier(tokens, barriers, at + skipped - 1, end)) return null;
      const result = matchElements(tokens, barriers, elements, ei + 1, at + skipped, end, last, matched);
      if (result) return result;
    }
    return null;
  }
  if (at < end && (element.words.has(tokens.lemma[at]) || element.words.has(tokens.lower[at]))) {
    // `matched` is one stack shared by the whole search: push, recurse, pop on failure.
    matched.push(at);
    const result = matchElements(tokens, barriers, elements, ei + 1, at + 1, end, at, matched);
    if (result) return result;
    matched.pop();
  }
  return element.optional ? matchElements(tokens, barriers, elements, ei + 1, at, end, last, matched) : null;
}

/** Clause-joining words after a comma: "X talked to Y, while Z phoned W" must not bridge. */
const CLAUSE_JOINERS = new Set(["while", "but", "and", "whereas"]);

/**
 * A gap never crosses `;`, `:`, a comma that opens a new clause ("…, while", "…, but", "…, and"), or
 * a word of `barriers` ("urged investment during talks": what follows is the setting, not the appeal's
 * content). Sentence ends are handled by the caller's `end` bound.
 */
function isBarrier(tokens: TokenTable, barriers: ReadonlySet<string>, i: number, end: number): boolean {
  const word = tokens.lower[i];
  if (word === ";" || word === ":" || barriers.has(word)) return true;
  return word === "," && i + 1 < end && CLAUSE_JOINERS.has(tokens.lower[i + 1]);
}

/** Triggers in text order: by first token, then by last. */
export function byTextOrder(a: TriggerMatch, b: TriggerMatch): number {
  return a.tokenStart - b.tokenStart || a.tokenEnd - b.tokenEnd;
}
