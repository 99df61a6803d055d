import { hashString } from "./hash.js";

/** Per-word hashes computed once per sentence and shared by the tagger and the parser features. */
export interface WordFeatures {
  length: number;
  /** Lower-cased form. */
  lower: Uint32Array;
  /** Form as written. */
  raw: Uint32Array;
  prefix1: Uint32Array;
  prefix2: Uint32Array;
  prefix3: Uint32Array;
  suffix1: Uint32Array;
  suffix2: Uint32Array;
  suffix3: Uint32Array;
  suffix4: Uint32Array;
  /** Collapsed shape ("Xxx", "dd.dd", "XX"). */
  shape: Uint32Array;
  /** Bits: 1 capitalised, 2 all caps, 4 has digit, 8 has hyphen, 16 first word (`FIRST_WORD`). */
  flags: Uint8Array;
  /**
   * Hash of a second tagger's tag of each word (wink-nlp's UPOS; `NO_HINT` where no wink token
   * matches the word), read by a tagger trained with hints (`TaggerModel.hints`).
   */
  hint?: Uint32Array;
  /**
   * Each word's WordNet class (`WordClasses.classOf`; 0 for a form WordNet does not know), read by
   * a tagger or parser trained with word classes (`SyntaxHeader.wordClasses`).
   */
  wordClass?: Uint32Array;
}

/** Hash standing for a word outside the sentence. */
export const PAD_WORD = hashString("<pad>");
/** Hash standing for the artificial root word. */
export const ROOT_WORD = hashString("<root>");

/** Word shape with runs of one character class cut to two ("Washington" → "Xxx", "1990" → "dd"). */
export function wordShape(form: string): string {
  let shape = "";
  let last = "";
  let run = 0;
  for (let i = 0; i < form.length && shape.length < 12; i++) {
    const ch = form[i];
    const cls =
      ch >= "A" && ch <= "Z" ? "X" : ch >= "a" && ch <= "z" ? "x" : ch >= "0" && ch <= "9" ? "d" : ch;
    if (cls === last) {
      run++;
      if (run > 2) continue;
    } else {
      run = 1;
      last = cls;
    }
    shape += cls;
  }
  return shape;
}

/** Bit of `WordFeatures.flags` marking the sentence's first word. */
export const FIRST_WORD = 16;

/** Zeroed feature arrays for `n` words. */
export function emptyWordFeatures(n: number): WordFeatures {
  return {
    length: n,
    lower: new Uint32Array(n),
    raw: new Uint32Array(n),
    prefix1: new Uint32Array(n),
    prefix2: new Uint32Array(n),
    prefix3: new Uint32Array(n),
    suffix1: new Uint32Array(n),
    suffix2: new Uint32Array(n),
    suffix3: new Uint32Array(n),
    suffix4: new Uint32Array(n),
    shape: new Uint32Array(n),
    flags: new Uint8Array(n),
  };
}

/** Writes the hashes and flags of `form` at `f[i]`; the flags leave out `FIRST_WORD`. */
export function fillWordFeatures(f: WordFeatures, i: number, form: string): void {
  const lower = form.toLowerCase();
  const len = lower.length;
  f.lower[i] = hashString(lower);
  f.raw[i] = hashString(form);
  f.prefix1[i] = hashString(lower.slice(0, 1));
  f.prefix2[i] = hashString(lower.slice(0, 2));
  f.prefix3[i] = hashString(lower.slice(0, 3));
  f.suffix1[i] = hashString(lower.slice(Math.max(0, len - 1)));
  f.suffix2[i] = hashString(lower.slice(Math.max(0, len - 2)));
  f.suffix3[i] = hashString(lower.slice(Math.max(0, len - 3)));
  f.suffix4[i] = hashString(lower.slice(Math.max(0, len - 4)));
  f.shape[i] = hashString(wordShape(form));
  let flags = 0;
  const first = form.charCodeAt(0);
  if (first >= 65 && first <= 90) flags |= 1;
  if (form !== lower && form === form.toUpperCase()) flags |= 2;
  if (/\d/.test(form)) flags |= 4;
  if (form.includes("-")) flags |= 8;
  f.flags[i] = flags;
}

/** Hint standing for a word no second-tagger token matches ("none"). */
export const NO_HINT = "none";

/** Hashes of the hint tags of `n` words (`WordFeatures.hint`); a missing or empty hint counts as `NO_HINT`. */
export function hintHashes(hints: readonly string[], n = hints.length): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = hashString(hints[i] || NO_HINT);
  return out;
}

/**
 * Hashes of the words of one sentence, with the second tagger's tags when `hints` is given and the
 * words' WordNet classes when `wordClass` is.
 */
export function wordFeatures(
  forms: readonly string[],
  hints?: readonly string[],
  wordClass?: Uint32Array,
): WordFeatures {
  const n = forms.length;
  const f = emptyWordFeatures(n);
  for (let i = 0; i < n; i++) fillWordFeatures(f, i, forms[i]);
  if (n > 0) f.flags[0] |= FIRST_WORD;
  if (hints) f.hint = hintHashes(hints, n);
  if (wordClass) f.wordClass = wordClass;
  return f;
}
