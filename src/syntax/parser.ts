import { DenseScorer } from "./dense-scorer.js";
import { configurationValues, FEATURE_GROUPS, VALUE_SLOTS } from "./feature-groups.js";
import type { LinearModel } from "./linear-model.js";
import { bufferFeatures, lexicalFeatures, MAX_PARSER_FEATURES } from "./parser-features.js";
import { LEFT, ParseState, RIGHT, SHIFT } from "./transition-system.js";
import type { WordFeatures } from "./word-features.js";

/**
 * A frozen greedy arc-hybrid parser. One classifier scores every labelled move: class 0 = SHIFT,
 * 1 + 2l = LEFT with label l, 2 + 2l = RIGHT with label l (labels and moves decided together,
 * which is more accurate than choosing the label afterwards).
 */
export interface ParserModel {
  labels: readonly string[];
  /** Id of the `root` label. */
  rootLabel: number;
  classifier: LinearModel;
  /** Beam width the model was trained for and decodes with (1 = greedy). */
  beamWidth: number;
}

export const classMove = (cls: number) => (cls === 0 ? SHIFT : (cls & 1) === 1 ? LEFT : RIGHT);
export const classLabel = (cls: number) => (cls - 1) >> 1;
export const classOf = (move: number, label: number) =>
  move === SHIFT ? 0 : move === LEFT ? 1 + 2 * label : 2 + 2 * label;
export const classCount = (labelCount: number) => 1 + 2 * labelCount;

/** Scratch buffers and the dense scorer of one parser user, reused across sentences. */
export interface ParserScratch {
  features: Uint32Array;
  /** The configuration's small values the grouped templates read. */
  values: Int32Array;
  scores: Int32Array;
  scorer: DenseScorer;
}

export function parserScratch(model: ParserModel): ParserScratch {
  const scorer = new DenseScorer(model.classifier);
  return {
    features: new Uint32Array(MAX_PARSER_FEATURES),
    values: new Int32Array(VALUE_SLOTS),
    scores: scorer.scores,
    scorer,
  };
}

/** The best-scoring valid class (scores already filled); only LEFT onto the root carries the root label. */
export function bestValidClass(st: ParseState, scores: ArrayLike<number>, rootLabel: number): number {
  const canLeft = st.isValid(LEFT);
  const canRight = st.isValid(RIGHT);
  const rootOnly = st.needsRootLabel(LEFT);
  let best = st.isValid(SHIFT) ? 0 : -1;
  for (let c = 1; c < scores.length; c++) {
    const isRoot = classLabel(c) === rootLabel;
    if ((c & 1) === 1) {
      if (!canLeft || isRoot !== rootOnly) continue;
    } else if (!canRight || isRoot) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best;
}

/** Parses one tagged sentence; `heads` of the result use `n` for the root. */
export function parseWords(
  model: ParserModel,
  words: WordFeatures,
  tags: Uint8Array,
  scratch: ParserScratch,
): ParseState {
  const st = new ParseState(words.length);
  const { features, values, scores, scorer } = scratch;
  let bufferAt = -1;
  while (!st.done) {
    // Forced moves need no scores: an empty stack can only shift, and the last word left on the
    // stack once the buffer holds only the root can only attach to it.
    if (st.stackSize === 0) {
      st.apply(SHIFT, -1);
      continue;
    }
    if (st.stackSize === 1 && st.buffer === st.n) {
      st.apply(LEFT, model.rootLabel);
      continue;
    }
    if (st.buffer !== bufferAt) {
      bufferAt = st.buffer;
      scorer.scoreBuffer(features, bufferFeatures(words, tags, bufferAt, features));
    }
    scorer.startConfiguration();
    configurationValues(tags, st, values);
    scorer.scoreFeatures(features, lexicalFeatures(words, st, values, features));
    for (let g = 0; g < FEATURE_GROUPS.length; g++) scorer.add(g, values);
    scorer.flush();
    const cls = bestValidClass(st, scores, model.rootLabel);
    st.apply(classMove(cls), classLabel(cls));
  }
  return st;
}
