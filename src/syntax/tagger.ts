import { LinearModel } from "./linear-model.js";
import { RowScorer } from "./row-scorer.js";
import {
  CONTEXT_TAGGER_FEATURES,
  contextTaggerFeatures,
  HINT_TAGGER_FEATURES,
  hintTaggerFeatures,
  INTRINSIC_TAGGER_FEATURES,
  intrinsicTaggerFeatures,
  lexicalTagFeatures,
  MAX_TAGGER_FEATURES,
  NEXT_TAG_FEATURES,
  nextTag,
  nextTagFeatures,
  PREVIOUS_TAG_FEATURES,
  previousTagFeatures,
  START_TAG,
  STATIC_TAGGER_FEATURES,
  staticTaggerFeatures,
  WORD_CLASS_TAGGER_FEATURES,
  wordClassTaggerFeatures,
} from "./tagger-features.js";
import { LazyRows, tagIndex } from "./tagger-rows.js";
import type { WordFeatures } from "./word-features.js";

/** A frozen part-of-speech tagger: one or two greedy left-to-right passes and a dictionary of unambiguous words. */
export interface TaggerModel {
  tags: readonly string[];
  first: LinearModel;
  /** Second pass, which also sees the first pass's tags to the right; absent in one-pass models. */
  second: LinearModel | null;
  /** Lower-cased word hash → tag id, for frequent words that always take one tag. */
  dictionary: Map<number, number>;
  /** Whether the tagger reads a second tagger's tags (`WordFeatures.hint`, `hintTaggerFeatures`). */
  hints?: boolean;
  /** Whether the tagger reads WordNet's word classes (`WordFeatures.wordClass`, `wordClassTaggerFeatures`). */
  wordClasses?: boolean;
}

/** Per-word room in `TaggerScratch.statics`: the static keys, the hint keys and the word-class keys. */
const STATIC_STRIDE = STATIC_TAGGER_FEATURES + HINT_TAGGER_FEATURES + WORD_CLASS_TAGGER_FEATURES;
/** Where a word's word-class keys start in its room. */
const CLASSES_AT = STATIC_TAGGER_FEATURES + HINT_TAGGER_FEATURES;

/**
 * One pass's scorer and its summed rows: per tuple of neighbouring tags, the scores of the features
 * that read those tags alone (3 probes, and 4 more in the second pass, become row additions), and
 * per word form (by `WordLexicon` number) those of its 12 intrinsic features.
 */
interface PassScratch {
  model: LinearModel;
  scorer: RowScorer;
  /** By (left tag, second left tag). */
  previous: LazyRows;
  /** By (left tag, first-pass right tag, second right tag); second pass only. */
  next: LazyRows | null;
  /** By form number; made on the first sentence given with form numbers. */
  forms: LazyRows | null;
}

/** Scratch buffers reused across sentences (one per tagger user, never shared between threads). */
export interface TaggerScratch {
  features: Uint32Array;
  first: PassScratch;
  second: PassScratch | null;
  /** Per word: its dictionary tag, or -1 (looked up once for both passes). */
  known: Int16Array;
  /**
   * Per word: its static keys (computed once for both passes), `STATIC_TAGGER_FEATURES` of them,
   * or only the `CONTEXT_TAGGER_FEATURES` context keys when its form's row is used.
   */
  statics: Uint32Array;
  /** Per word: the number of keys in `statics`. */
  staticCount: Uint8Array;
  /** Per form number: 0 not seen, 1 not in the dictionary, else its dictionary tag + 2. */
  formState: Int16Array | null;
  /** The lexicon generation the form numbers belong to. */
  formGeneration: number;
}

/** Form numbers of a sentence's words (from `WordLexicon.sentence`) and the lexicon's state. */
export interface FormNumbers {
  ids: Int32Array;
  generation: number;
  capacity: number;
}

export function taggerScratch(model: TaggerModel): TaggerScratch {
  const span = model.tags.length + 1;
  const pass = (classifier: LinearModel, second: boolean): PassScratch => ({
    model: classifier,
    scorer: new RowScorer(classifier),
    previous: new LazyRows(span * span, model.tags.length),
    next: second ? new LazyRows(span * span * span, model.tags.length) : null,
    forms: null,
  });
  return {
    features: new Uint32Array(MAX_TAGGER_FEATURES),
    first: pass(model.first, false),
    second: model.second ? pass(model.second, true) : null,
    known: new Int16Array(64),
    statics: new Uint32Array(64 * STATIC_STRIDE),
    staticCount: new Uint8Array(64),
    formState: null,
    formGeneration: 0,
  };
}

/**
 * Tag ids for the words of one sentence. With `forms` (the numbers of the words' forms), per-form
 * work is kept in the scratch across sentences; the tags are the same.
 */
export function tagWords(
  model: TaggerModel,
  words: WordFeatures,
  scratch: TaggerScratch,
  forms?: FormNumbers,
): Uint8Array {
  const n = words.length;
  if (scratch.known.length < n) {
    scratch.known = new Int16Array(n * 2);
    scratch.statics = new Uint32Array(n * 2 * STATIC_STRIDE);
    scratch.staticCount = new Uint8Array(n * 2);
  }
  const { known, statics, staticCount } = scratch;
  const state = forms ? formState(scratch, forms) : null;
  for (let i = 0; i < n; i++) {
    const from = i * STATIC_STRIDE;
    // The first word's flags differ from its form's other occurrences: it is scored in full.
    if (state === null || forms === undefined || i === 0) {
      const tag = model.dictionary.get(words.lower[i]);
      known[i] = tag === undefined ? -1 : tag;
      if (tag === undefined) staticTaggerFeatures(words, i, statics, from);
      staticCount[i] = STATIC_TAGGER_FEATURES;
      continue;
    }
    const id = forms.ids[i];
    if (state[id] === 0) {
      const tag = model.dictionary.get(words.lower[i]);
      state[id] = tag === undefined ? 1 : tag + 2;
    }
    known[i] = state[id] - 2;
    if (known[i] < 0) contextTaggerFeatures(words, i, statics, from, from + CONTEXT_TAGGER_FEATURES - 1);
    staticCount[i] = CONTEXT_TAGGER_FEATURES;
  }
  // The hint keys sit after the room of the static ones.
  if (model.hints)
    for (let i = 0; i < n; i++)
      if (known[i] < 0) hintTaggerFeatures(words, i, statics, i * STATIC_STRIDE + STATIC_TAGGER_FEATURES);
  if (model.wordClasses)
    for (let i = 0; i < n; i++)
      if (known[i] < 0) wordClassTaggerFeatures(words, i, statics, i * STATIC_STRIDE + CLASSES_AT);
  const ids = forms?.ids ?? null;
  const first = runPass(model, scratch.first, words, null, scratch, ids);
  return scratch.second === null ? first : runPass(model, scratch.second, words, first, scratch, ids);
}

/** The scratch's per-form dictionary states for this lexicon generation (all rows dropped when it moved on). */
function formState(scratch: TaggerScratch, forms: FormNumbers): Int16Array {
  if (scratch.formState === null || scratch.formState.length !== forms.capacity) {
    scratch.formState = new Int16Array(forms.capacity);
    for (const pass of [scratch.first, scratch.second])
      if (pass) pass.forms = new LazyRows(forms.capacity, pass.previous.classes);
  } else if (scratch.formGeneration !== forms.generation) {
    scratch.formState.fill(0);
    scratch.first.forms?.clear();
    scratch.second?.forms?.clear();
  }
  scratch.formGeneration = forms.generation;
  return scratch.formState;
}

function runPass(
  model: TaggerModel,
  pass: PassScratch,
  words: WordFeatures,
  next: Uint8Array | null,
  scratch: TaggerScratch,
  ids: Int32Array | null,
): Uint8Array {
  const n = words.length;
  const tags = new Uint8Array(n);
  let p1 = START_TAG;
  let p2 = START_TAG;
  const { features, known, statics, staticCount } = scratch;
  const { scorer, previous } = pass;
  const scores = scorer.scores;
  const classes = scores.length;
  const tagCount = model.tags.length;
  const span = tagCount + 1;
  for (let i = 0; i < n; i++) {
    let tag = known[i];
    if (tag < 0) {
      const from = i * STATIC_STRIDE;
      const count = staticCount[i];
      if (count === STATIC_TAGGER_FEATURES || ids === null || pass.forms === null) scores.fill(0);
      else {
        const forms = pass.forms;
        const id = ids[i];
        if (!forms.has(id)) {
          intrinsicTaggerFeatures(words, i, features, 0, INTRINSIC_TAGGER_FEATURES - 1);
          forms.fill(id, pass.model, features, INTRINSIC_TAGGER_FEATURES);
        }
        forms.copyTo(id, scores);
      }
      // The rows of the features that read neighbouring tags alone (summed once per tag tuple).
      const left = tagIndex(p1, tagCount);
      const byPrevious = left * span + tagIndex(p2, tagCount);
      if (!previous.has(byPrevious)) {
        previousTagFeatures(p1, p2, features, 0);
        previous.fill(byPrevious, pass.model, features, PREVIOUS_TAG_FEATURES);
      }
      previous.addTo(byPrevious, scores);
      if (next !== null && pass.next !== null) {
        const n1 = nextTag(next, i + 1);
        const n2 = nextTag(next, i + 2);
        const byNext = (left * span + tagIndex(n1, tagCount)) * span + tagIndex(n2, tagCount);
        if (!pass.next.has(byNext)) {
          nextTagFeatures(p1, n1, n2, features, 0);
          pass.next.fill(byNext, pass.model, features, NEXT_TAG_FEATURES);
        }
        pass.next.addTo(byNext, scores);
      }
      for (let f = 0; f < count; f++) features[f] = statics[from + f];
      let total = count;
      if (model.hints) {
        const hints = from + STATIC_TAGGER_FEATURES;
        for (let f = 0; f < HINT_TAGGER_FEATURES; f++) features[total++] = statics[hints + f];
      }
      if (model.wordClasses)
        for (let f = 0; f < WORD_CLASS_TAGGER_FEATURES; f++)
          features[total++] = statics[from + CLASSES_AT + f];
      total = lexicalTagFeatures(words, i, p1, null, features, total);
      if (next !== null) total = lexicalTagFeatures(words, i, p1, next, features, total);
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
