import { LinearModel } from "./linear-model.js";
import { RowScorer } from "./row-scorer.js";
import {
  CONTEXT_TAGGER_FEATURES,
  contextTaggerFeatures,
  dynamicTaggerFeatures,
  INTRINSIC_TAGGER_FEATURES,
  intrinsicTaggerFeatures,
  MAX_TAGGER_FEATURES,
  START_TAG,
  STATIC_TAGGER_FEATURES,
  staticTaggerFeatures,
} from "./tagger-features.js";
import type { WordFeatures } from "./word-features.js";

/** A frozen part-of-speech tagger: one or two greedy left-to-right passes and a dictionary of unambiguous words. */
export interface TaggerModel {
  tags: readonly string[];
  first: LinearModel;
  /** Second pass, which also sees the first pass's tags to the right; absent in one-pass models. */
  second: LinearModel | null;
  /** Lower-cased word hash → tag id, for frequent words that always take one tag. */
  dictionary: Map<number, number>;
}

/** Scratch buffers reused across sentences (one per tagger user, never shared between threads). */
export interface TaggerScratch {
  features: Uint32Array;
  /** Scorers of the first and second pass (heavy rows added by SIMD). */
  first: RowScorer;
  second: RowScorer | null;
  /** Per word: its dictionary tag, or -1 (looked up once for both passes). */
  known: Int16Array;
  /**
   * Per word: its static keys (computed once for both passes), `STATIC_TAGGER_FEATURES` of them,
   * or only the `CONTEXT_TAGGER_FEATURES` context keys when its form's row is cached.
   */
  statics: Uint32Array;
  /** Per word: the number of keys in `statics`. */
  staticCount: Uint8Array;
  /** Per-form work, by `WordLexicon` number (see `tagWords`). */
  forms: FormCache | null;
}

/**
 * What the tagger works out once per word form (by `WordLexicon` number): its dictionary tag, and
 * per pass the summed scores of its intrinsic features (form, affixes, shape, flags, bias), so a
 * form seen before costs one row copy instead of twelve table probes per pass.
 */
interface FormCache {
  /** The lexicon generation these numbers belong to. */
  generation: number;
  /** Per number: 0 unknown, else 1 + (dictionary tag + 1), so 1 = not in the dictionary. */
  state: Int16Array;
  /** Per number, per pass: `classes` scores. */
  rows: [Int32Array, Int32Array | null];
}

export function taggerScratch(model: TaggerModel): TaggerScratch {
  return {
    features: new Uint32Array(MAX_TAGGER_FEATURES),
    first: new RowScorer(model.first),
    second: model.second ? new RowScorer(model.second) : null,
    known: new Int16Array(64),
    statics: new Uint32Array(64 * STATIC_TAGGER_FEATURES),
    staticCount: new Uint8Array(64),
    forms: null,
  };
}

/**
 * Tag ids for the words of one sentence. With `lexicon` (numbers of the words' forms in `ids`,
 * from `lexicon.sentence`), per-form work is cached in the scratch; the tags are the same.
 */
export function tagWords(
  model: TaggerModel,
  words: WordFeatures,
  scratch: TaggerScratch,
  lexicon?: { ids: Int32Array; generation: number; capacity: number },
): Uint8Array {
  const n = words.length;
  if (scratch.known.length < n) {
    scratch.known = new Int16Array(n * 2);
    scratch.statics = new Uint32Array(n * 2 * STATIC_TAGGER_FEATURES);
    scratch.staticCount = new Uint8Array(n * 2);
  }
  const { known, statics, staticCount } = scratch;
  const forms = lexicon ? formCache(model, scratch, lexicon.generation, lexicon.capacity) : null;
  for (let i = 0; i < n; i++) {
    const from = i * STATIC_TAGGER_FEATURES;
    // The first word's flags differ from its form's other occurrences: it is scored in full.
    if (forms === null || lexicon === undefined || i === 0) {
      const tag = model.dictionary.get(words.lower[i]);
      known[i] = tag === undefined ? -1 : tag;
      if (tag === undefined) staticTaggerFeatures(words, i, statics, from);
      staticCount[i] = STATIC_TAGGER_FEATURES;
      continue;
    }
    const id = lexicon.ids[i];
    if (forms.state[id] === 0) cacheForm(model, scratch, forms, words, i, id);
    known[i] = forms.state[id] - 2;
    if (known[i] < 0) contextTaggerFeatures(words, i, statics, from, from + CONTEXT_TAGGER_FEATURES - 1);
    staticCount[i] = CONTEXT_TAGGER_FEATURES;
  }
  const ids = lexicon?.ids ?? null;
  const first = runPass(scratch.first, words, null, scratch, ids, forms?.rows[0] ?? null);
  return scratch.second === null
    ? first
    : runPass(scratch.second, words, first, scratch, ids, forms?.rows[1] ?? null);
}

/** The scratch's per-form cache for this lexicon generation (emptied when the generation moved on). */
function formCache(
  model: TaggerModel,
  scratch: TaggerScratch,
  generation: number,
  capacity: number,
): FormCache {
  const classes = model.tags.length;
  let forms = scratch.forms;
  if (forms === null || forms.state.length !== capacity) {
    forms = {
      generation,
      state: new Int16Array(capacity),
      rows: [new Int32Array(capacity * classes), model.second ? new Int32Array(capacity * classes) : null],
    };
    scratch.forms = forms;
  } else if (forms.generation !== generation) {
    forms.state.fill(0);
    forms.generation = generation;
  }
  return forms;
}

/** Works out word `i`'s form (number `id`): its dictionary tag, else its intrinsic rows per pass. */
function cacheForm(
  model: TaggerModel,
  scratch: TaggerScratch,
  forms: FormCache,
  words: WordFeatures,
  i: number,
  id: number,
): void {
  const tag = model.dictionary.get(words.lower[i]);
  forms.state[id] = tag === undefined ? 1 : tag + 2;
  if (tag !== undefined) return;
  const features = scratch.features;
  intrinsicTaggerFeatures(words, i, features, 0, INTRINSIC_TAGGER_FEATURES - 1);
  const classes = model.tags.length;
  const passes = [model.first, model.second];
  for (let p = 0; p < 2; p++) {
    const rows = forms.rows[p];
    const pass = passes[p];
    if (rows === null || pass === null) continue;
    const row = rows.subarray(id * classes, (id + 1) * classes);
    row.fill(0);
    pass.score(features, INTRINSIC_TAGGER_FEATURES, row);
  }
}

function runPass(
  scorer: RowScorer,
  words: WordFeatures,
  next: Uint8Array | null,
  scratch: TaggerScratch,
  ids: Int32Array | null,
  rows: Int32Array | null,
): Uint8Array {
  const n = words.length;
  const tags = new Uint8Array(n);
  let p1 = START_TAG;
  let p2 = START_TAG;
  const { features, known, statics, staticCount } = scratch;
  const scores = scorer.scores;
  const classes = scores.length;
  for (let i = 0; i < n; i++) {
    let tag = known[i];
    if (tag < 0) {
      const from = i * STATIC_TAGGER_FEATURES;
      const count = staticCount[i];
      for (let f = 0; f < count; f++) features[f] = statics[from + f];
      const total = dynamicTaggerFeatures(words, i, p1, p2, next, features, count);
      if (count === STATIC_TAGGER_FEATURES || ids === null || rows === null) scores.fill(0);
      else {
        const base = ids[i] * classes;
        for (let c = 0; c < classes; c++) scores[c] = rows[base + c];
      }
      scorer.scoreFeatures(features, total);
      scorer.flush();
      tag = 0;
      for (let c = 1; c < classes; c++) if (scores[c] > scores[tag]) tag = c;
    }
    tags[i] = tag;
    p2 = p1;
    p1 = tag;
  }
  return tags;
}

export { LinearModel };
