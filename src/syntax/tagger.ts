import { LinearModel } from "./linear-model.js";
import { RowScorer } from "./row-scorer.js";
import {
  dynamicTaggerFeatures,
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
  /** Per word: its `STATIC_TAGGER_FEATURES` static keys (computed once for both passes). */
  statics: Uint32Array;
}

export function taggerScratch(model: TaggerModel): TaggerScratch {
  return {
    features: new Uint32Array(MAX_TAGGER_FEATURES),
    first: new RowScorer(model.first),
    second: model.second ? new RowScorer(model.second) : null,
    known: new Int16Array(64),
    statics: new Uint32Array(64 * STATIC_TAGGER_FEATURES),
  };
}

/** Tag ids for the words of one sentence. */
export function tagWords(model: TaggerModel, words: WordFeatures, scratch: TaggerScratch): Uint8Array {
  const n = words.length;
  if (scratch.known.length < n) {
    scratch.known = new Int16Array(n * 2);
    scratch.statics = new Uint32Array(n * 2 * STATIC_TAGGER_FEATURES);
  }
  const { known, statics } = scratch;
  for (let i = 0; i < n; i++) {
    const tag = model.dictionary.get(words.lower[i]);
    known[i] = tag === undefined ? -1 : tag;
    if (tag === undefined) staticTaggerFeatures(words, i, statics, i * STATIC_TAGGER_FEATURES);
  }
  const first = runPass(scratch.first, words, null, scratch);
  return scratch.second === null ? first : runPass(scratch.second, words, first, scratch);
}

function runPass(
  scorer: RowScorer,
  words: WordFeatures,
  next: Uint8Array | null,
  scratch: TaggerScratch,
): Uint8Array {
  const n = words.length;
  const tags = new Uint8Array(n);
  let p1 = START_TAG;
  let p2 = START_TAG;
  const { features, known, statics } = scratch;
  const scores = scorer.scores;
  for (let i = 0; i < n; i++) {
    let tag = known[i];
    if (tag < 0) {
      const from = i * STATIC_TAGGER_FEATURES;
      for (let f = 0; f < STATIC_TAGGER_FEATURES; f++) features[f] = statics[from + f];
      const count = dynamicTaggerFeatures(words, i, p1, p2, next, features, STATIC_TAGGER_FEATURES);
      scores.fill(0);
      scorer.scoreFeatures(features, count);
      scorer.flush();
      tag = 0;
      for (let c = 1; c < scores.length; c++) if (scores[c] > scores[tag]) tag = c;
    }
    tags[i] = tag;
    p2 = p1;
    p1 = tag;
  }
  return tags;
}

export { LinearModel };
