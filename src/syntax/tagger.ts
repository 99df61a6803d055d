import { LinearModel } from "./linear-model.js";
import { MAX_TAGGER_FEATURES, START_TAG, taggerFeatures } from "./tagger-features.js";
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
  scores: Int32Array;
}

export function taggerScratch(tagCount: number): TaggerScratch {
  return { features: new Uint32Array(MAX_TAGGER_FEATURES), scores: new Int32Array(tagCount) };
}

/** Tag ids for the words of one sentence. */
export function tagWords(model: TaggerModel, words: WordFeatures, scratch: TaggerScratch): Uint8Array {
  const first = runPass(model.first, model.dictionary, words, null, scratch);
  return model.second === null ? first : runPass(model.second, model.dictionary, words, first, scratch);
}

function runPass(
  model: LinearModel,
  dictionary: Map<number, number>,
  words: WordFeatures,
  next: Uint8Array | null,
  scratch: TaggerScratch,
): Uint8Array {
  const n = words.length;
  const tags = new Uint8Array(n);
  let p1 = START_TAG;
  let p2 = START_TAG;
  const { features, scores } = scratch;
  for (let i = 0; i < n; i++) {
    let tag = dictionary.get(words.lower[i]);
    if (tag === undefined) {
      const count = taggerFeatures(words, i, p1, p2, next, features);
      scores.fill(0);
      model.score(features, count, scores);
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
