import { featureKey, hashString } from "./hash.js";
import { posClass, supersenses } from "./word-classes.js";
import { NO_HINT, PAD_WORD, type WordFeatures } from "./word-features.js";

/** Tag id standing for "before the sentence" / "after the sentence". */
export const START_TAG = 200;
export const END_TAG = 201;

/** Upper bound on the number of tagger features per word. */
export const MAX_TAGGER_FEATURES = 56;

const wordAt = (array: Uint32Array, i: number) => (i >= 0 && i < array.length ? array[i] : PAD_WORD);

/** Number of features of a word that do not depend on predicted tags (`staticTaggerFeatures`). */
export const STATIC_TAGGER_FEATURES = 23;

/**
 * The features of word `i` that do not depend on predicted tags: its form, affixes and shape and
 * the words around it. Computed once per word and shared by both passes. Writes
 * `STATIC_TAGGER_FEATURES` keys from `offset`: the intrinsic ones (`intrinsicTaggerFeatures`) at
 * 0–10 and 21, the context ones at 11–20 and 22.
 */
export function staticTaggerFeatures(w: WordFeatures, i: number, out: Uint32Array, offset: number): void {
  intrinsicTaggerFeatures(w, i, out, offset, offset + 21);
  contextTaggerFeatures(w, i, out, offset + 11, offset + 22);
}

/** Number of `intrinsicTaggerFeatures` keys. */
export const INTRINSIC_TAGGER_FEATURES = 12;
/** Number of `contextTaggerFeatures` keys. */
export const CONTEXT_TAGGER_FEATURES = 11;

/**
 * The static features that read word `i` alone (its form, affixes, shape and flags, and the bias):
 * the same for every occurrence of a form, so their scores can be summed once per form. Writes 11
 * keys from `at` and the raw form's key at `rawAt`.
 */
export function intrinsicTaggerFeatures(
  w: WordFeatures,
  i: number,
  out: Uint32Array,
  at: number,
  rawAt: number,
): void {
  let k = at;
  out[k++] = featureKey(0, 0);
  out[k++] = featureKey(1, w.lower[i]);
  out[k++] = featureKey(2, w.prefix1[i]);
  out[k++] = featureKey(3, w.prefix2[i]);
  out[k++] = featureKey(4, w.prefix3[i]);
  out[k++] = featureKey(5, w.suffix1[i]);
  out[k++] = featureKey(6, w.suffix2[i]);
  out[k++] = featureKey(7, w.suffix3[i]);
  out[k++] = featureKey(8, w.suffix4[i]);
  out[k++] = featureKey(9, w.shape[i]);
  out[k++] = featureKey(10, w.flags[i]);
  out[rawAt] = featureKey(25, w.raw[i]);
}

/**
 * The static features that read the words around `i`. Writes 10 keys from `at` and the flags-by-
 * next-shape key at `lastAt`.
 */
export function contextTaggerFeatures(
  w: WordFeatures,
  i: number,
  out: Uint32Array,
  at: number,
  lastAt: number,
): void {
  let k = at;
  const lw = w.lower[i];
  const lm1 = wordAt(w.lower, i - 1);
  const lp1 = wordAt(w.lower, i + 1);
  out[k++] = featureKey(11, lm1);
  out[k++] = featureKey(12, wordAt(w.lower, i - 2));
  out[k++] = featureKey(13, lp1);
  out[k++] = featureKey(14, wordAt(w.lower, i + 2));
  out[k++] = featureKey(15, wordAt(w.suffix3, i - 1));
  out[k++] = featureKey(16, wordAt(w.suffix3, i + 1));
  out[k++] = featureKey(21, lm1, lw);
  out[k++] = featureKey(22, lw, lp1);
  out[k++] = featureKey(23, wordAt(w.shape, i - 1));
  out[k++] = featureKey(24, wordAt(w.shape, i + 1));
  out[lastAt] = featureKey(28, w.flags[i], wordAt(w.shape, i + 1));
}

/** Number of `hintTaggerFeatures` keys. */
export const HINT_TAGGER_FEATURES = 8;

const NO_HINT_HASH = hashString(NO_HINT);
/** wink-nlp's tags of the PTB `IN` class: it tags most subordinators ("after", "before", "until") ADP. */
const IN_HINTS = new Set(["ADP", "SCONJ"].map(hashString));
/** Hints a noun phrase is made of, skipped to find what follows it (`clauseHint`). */
const PHRASE_HINTS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART", "CCONJ"].map(hashString));
/** How far `clauseHint` looks past an IN word. */
const CLAUSE_REACH = 6;

/**
 * For a word wink-nlp tags as a preposition or subordinator (`IN_HINTS`), the hint of the first
 * word after it that is not part of a noun phrase (within `CLAUSE_REACH` words; `NO_HINT` past
 * it, `PAD_WORD` at the sentence's end): a verb there ("after protesters threw stones") marks a
 * subordinator heading a clause, a comma or another preposition ("after the ceasefire, …") a
 * preposition. 0 for other words, which leaves their keys as they were without it.
 */
function clauseHint(hint: Uint32Array, i: number): number {
  if (!IN_HINTS.has(hint[i])) return 0;
  const n = hint.length;
  let j = i + 1;
  while (j < n && j <= i + CLAUSE_REACH && PHRASE_HINTS.has(hint[j])) j++;
  return j > i + CLAUSE_REACH ? NO_HINT_HASH : j >= n ? PAD_WORD : hint[j];
}

/**
 * The features that read a second tagger's tags (`WordFeatures.hint`: wink-nlp's, trained on other
 * text than the treebank, so its errors differ): the word's hint, its neighbours' at ±1 and ±2, the
 * word with its hint and the hint bigrams around it; for a preposition or subordinator the word
 * with its hint and the hint bigram after it also read what follows its noun phrase
 * (`clauseHint`), since wink's tag alone does not tell the two apart. Static (no predicted tag);
 * words without hints read `NO_HINT`. Writes `HINT_TAGGER_FEATURES` keys from `at`.
 */
export function hintTaggerFeatures(w: WordFeatures, i: number, out: Uint32Array, at: number): void {
  const hint = w.hint;
  const n = w.length;
  const h = (j: number) => (j < 0 || j >= n ? PAD_WORD : hint === undefined ? NO_HINT_HASH : hint[j]);
  const h0 = h(i);
  const hm1 = h(i - 1);
  const hp1 = h(i + 1);
  const clause = hint === undefined ? 0 : clauseHint(hint, i);
  out[at] = featureKey(40, h0);
  out[at + 1] = featureKey(41, hm1);
  out[at + 2] = featureKey(42, hp1);
  out[at + 3] = featureKey(43, h(i - 2));
  out[at + 4] = featureKey(44, h(i + 2));
  out[at + 5] = featureKey(45, w.lower[i], h0, clause);
  out[at + 6] = featureKey(46, hm1, h0);
  out[at + 7] = featureKey(47, h0, hp1, clause);
}

/** Number of `wordClassTaggerFeatures` keys. */
export const WORD_CLASS_TAGGER_FEATURES = 5;

/**
 * The features that read WordNet's classes of the words (`WordFeatures.wordClass`): the parts of
 * speech WordNet allows the word (as a lemma and through an inflection: "shelled" can only be a
 * verb form), alone, with its neighbours' and with its capitalisation, and its noun and verb
 * supersenses. They tell most for words the treebank never showed. Static; writes
 * `WORD_CLASS_TAGGER_FEATURES` keys from `at`.
 */
export function wordClassTaggerFeatures(w: WordFeatures, i: number, out: Uint32Array, at: number): void {
  const classes = w.wordClass;
  const n = w.length;
  const c = (j: number) => (j < 0 || j >= n ? PAD_WORD : classes === undefined ? 0 : posClass(classes[j]));
  const c0 = c(i);
  out[at] = featureKey(50, c0);
  out[at + 1] = featureKey(51, c0, c(i + 1));
  out[at + 2] = featureKey(52, c(i - 1), c0);
  out[at + 3] = featureKey(53, classes === undefined ? 0 : supersenses(classes[i]));
  out[at + 4] = featureKey(54, c0, w.flags[i] & 3);
}

/**
 * The features of word `i` that read the tags already predicted to its left (`p1`, `p2`) and, with
 * `next` (the first pass's tags), in a second pass those to its right. Writes from `offset` and
 * returns the end.
 */
export function dynamicTaggerFeatures(
  w: WordFeatures,
  i: number,
  p1: number,
  p2: number,
  next: Uint8Array | null,
  out: Uint32Array,
  offset: number,
): number {
  previousTagFeatures(p1, p2, out, offset);
  const k = lexicalTagFeatures(w, i, p1, null, out, offset + PREVIOUS_TAG_FEATURES);
  if (next === null) return k;
  nextTagFeatures(p1, nextTag(next, i + 1), nextTag(next, i + 2), out, k);
  return lexicalTagFeatures(w, i, p1, next, out, k + NEXT_TAG_FEATURES);
}

/** The first pass's tag of word `j`, or `END_TAG` past the sentence. */
export const nextTag = (next: Uint8Array, j: number) => (j < next.length ? next[j] : END_TAG);

/** Number of `previousTagFeatures` keys. */
export const PREVIOUS_TAG_FEATURES = 3;
/** Number of `nextTagFeatures` keys. */
export const NEXT_TAG_FEATURES = 4;

/** The features that read the two tags to the left alone: 3 keys from `at`. */
export function previousTagFeatures(p1: number, p2: number, out: Uint32Array, at: number): void {
  out[at] = featureKey(17, p1);
  out[at + 1] = featureKey(18, p2);
  out[at + 2] = featureKey(19, p1, p2);
}

/** The second pass's features that read tags alone (the first pass's to the right): 4 keys from `at`. */
export function nextTagFeatures(p1: number, n1: number, n2: number, out: Uint32Array, at: number): void {
  out[at] = featureKey(30, n1);
  out[at + 1] = featureKey(31, n2);
  out[at + 2] = featureKey(32, n1, n2);
  out[at + 3] = featureKey(33, p1, n1);
}

const S_HASH = hashString("s");
/** "-ss" ("press", "Congress") and "'s" end in -s without being a verb in -s. */
const NOT_VERB_S = new Set(["ss", "'s", "’s"].map(hashString));
/** How far back `afterName` looks for the start of the name before a word in -s. */
const NAME_REACH = 6;

/**
 * For a lower-case word in -s right after a capitalised word ("Venezuela releases dozens …",
 * "Angela Merkel kicks off …", "as Prime Minister Boris Johnson tries …", "Pakistani officials
 * say"), the hint of the word before the capitalised run (`PAD_WORD` at the sentence's start,
 * `NO_HINT` past `NAME_REACH`); 0 for other words. In news the word is mostly the verb of a named
 * subject, which wink-nlp tags NOUN as often as VERB; the left tag tells a name (PROPN) from a
 * demonym (ADJ), and the word before the name a subject ("as", start) from a compound ("the").
 */
export function afterName(w: WordFeatures, hint: Uint32Array, i: number): number {
  if (i === 0 || (w.flags[i] & 1) !== 0 || (w.flags[i - 1] & 1) === 0 || w.suffix1[i] !== S_HASH) return 0;
  if (NOT_VERB_S.has(w.suffix2[i])) return 0;
  let j = i - 1;
  while (j >= 0 && i - j <= NAME_REACH && (w.flags[j] & 1) !== 0) j--;
  return j < 0 ? PAD_WORD : i - j > NAME_REACH ? NO_HINT_HASH : hint[j];
}

/**
 * The features that pair a tag with words: without `next`, the left tag's 3 keys (and, in a
 * tagger that reads hints, 2 more for a word in -s after a name, `afterName`: the left tag with the
 * word's hint and the hint before the name, and with the word's and the next word's hints); with `next`,
 * the right tag's 2 keys. Writes from `at` and returns the end.
 */
export function lexicalTagFeatures(
  w: WordFeatures,
  i: number,
  p1: number,
  next: Uint8Array | null,
  out: Uint32Array,
  at: number,
): number {
  const lw = w.lower[i];
  const s3 = w.suffix3[i];
  if (next === null) {
    out[at] = featureKey(20, p1, lw);
    out[at + 1] = featureKey(26, p1, s3);
    out[at + 2] = featureKey(27, p1, wordAt(w.lower, i + 1));
    const hint = w.hint;
    const before = hint === undefined ? 0 : afterName(w, hint, i);
    if (hint === undefined || before === 0) return at + 3;
    out[at + 3] = featureKey(36, p1, hint[i], before);
    out[at + 4] = featureKey(37, p1, hint[i], wordAt(hint, i + 1));
    return at + 5;
  }
  const n1 = nextTag(next, i + 1);
  out[at] = featureKey(34, n1, lw);
  out[at + 1] = featureKey(35, n1, s3);
  return at + 2;
}

/**
 * All features of word `i` (static, then with `hints` the hint features, with `wordClasses` the
 * WordNet class features, then dynamic); returns the number of keys written to `out`.
 */
export function taggerFeatures(
  w: WordFeatures,
  i: number,
  p1: number,
  p2: number,
  next: Uint8Array | null,
  out: Uint32Array,
  hints = false,
  wordClasses = false,
): number {
  staticTaggerFeatures(w, i, out, 0);
  let at = STATIC_TAGGER_FEATURES;
  if (hints) {
    hintTaggerFeatures(w, i, out, at);
    at += HINT_TAGGER_FEATURES;
  }
  if (wordClasses) {
    wordClassTaggerFeatures(w, i, out, at);
    at += WORD_CLASS_TAGGER_FEATURES;
  }
  return dynamicTaggerFeatures(w, i, p1, p2, next, out, at);
}
