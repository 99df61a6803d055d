import { emptyWordFeatures, FIRST_WORD, fillWordFeatures, type WordFeatures } from "./word-features.js";

/** Word forms one lexicon numbers before it starts again (about 2 MB with the tagger's rows). */
export const LEXICON_CAPACITY = 8_192;

/**
 * Numbers the word forms an analyser meets and keeps each one's hashes, so that a form seen before
 * (most words of news text) costs one map look-up instead of ten hashes; the tagger and the lemma
 * cache key their per-form work by the same numbers. Bounded: when full it starts again empty, and
 * `generation` tells the caches keyed by its numbers to drop them.
 */
export class WordLexicon {
  private readonly ids = new Map<string, number>();
  private readonly store: WordFeatures;
  /** Incremented whenever the numbering starts again. */
  generation = 0;

  constructor(readonly capacity = LEXICON_CAPACITY) {
    this.store = emptyWordFeatures(capacity);
  }

  /** The words' features (as `wordFeatures` gives them) and each word's number in `ids`. */
  sentence(forms: readonly string[], ids: Int32Array): WordFeatures {
    const n = forms.length;
    if (this.ids.size + n > this.capacity) {
      this.ids.clear();
      this.generation++;
    }
    const store = this.store;
    for (let i = 0; i < n; i++) {
      const form = forms[i];
      let id = this.ids.get(form);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(form, id);
        fillWordFeatures(store, id, form);
      }
      ids[i] = id;
    }
    const f = emptyWordFeatures(n);
    for (let i = 0; i < n; i++) {
      const id = ids[i];
      f.lower[i] = store.lower[id];
      f.raw[i] = store.raw[id];
      f.prefix1[i] = store.prefix1[id];
      f.prefix2[i] = store.prefix2[id];
      f.prefix3[i] = store.prefix3[id];
      f.suffix1[i] = store.suffix1[id];
      f.suffix2[i] = store.suffix2[id];
      f.suffix3[i] = store.suffix3[id];
      f.suffix4[i] = store.suffix4[id];
      f.shape[i] = store.shape[id];
      f.flags[i] = store.flags[id];
    }
    if (n > 0) f.flags[0] |= FIRST_WORD;
    return f;
  }
}
