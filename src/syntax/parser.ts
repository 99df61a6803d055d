import { DenseScorer } from "./dense-scorer.js";
import { configurationValues, FEATURE_GROUPS, VALUE_SLOTS } from "./feature-groups.js";
import type { LinearModel } from "./linear-model.js";
import { bufferFeatures, frontFeatures, MAX_PARSER_FEATURES, stackPairFeatures } from "./parser-features.js";
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
  /** Name of the template set the model reads (`TEMPLATE_SETS`). */
  templateSet: string;
  /** Per template id, 1 when the model reads it (`templateFlags(templateSet)`). */
  templates: Uint8Array;
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

/**
 * The best-scoring valid class (scores already filled); only LEFT onto the root carries the root
 * label. Among equal scores the lowest class wins (SHIFT, then the arcs in class order).
 */
export function bestValidClass(st: ParseState, scores: ArrayLike<number>, rootLabel: number): number {
  const classes = scores.length;
  const rootLeft = 1 + 2 * rootLabel;
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  if (st.isValid(SHIFT)) {
    best = 0;
    bestScore = scores[0];
  }
  // LEFT classes are odd, RIGHT classes even: one pass over each, the first of equals kept.
  if (st.isValid(LEFT)) {
    if (st.needsRootLabel(LEFT)) {
      if (scores[rootLeft] > bestScore) {
        best = rootLeft;
        bestScore = scores[rootLeft];
      }
    } else
      for (let c = 1; c < classes; c += 2) {
        const score = scores[c];
        if (score > bestScore && c !== rootLeft) {
          best = c;
          bestScore = score;
        }
      }
  }
  if (st.isValid(RIGHT)) {
    const rootRight = rootLeft + 1;
    for (let c = 2; c < classes; c += 2) {
      const score = scores[c];
      if ((score > bestScore || (score === bestScore && c < best)) && c !== rootRight) {
        best = c;
        bestScore = score;
      }
    }
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
  const n = words.length;
  const st = new ParseState(n);
  const { features, values, scores, scorer } = scratch;
  const on = model.templates;
  // Pairs are numbered (s1 + 1)(n + 1) + s0, which must stay an int32.
  const pairs = n < 32768;
  scorer.startSentence();
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
      scorer.scoreBuffer(features, bufferFeatures(words, tags, bufferAt, features, on));
    }
    scorer.startConfiguration();
    configurationValues(tags, st, values);
    // The same two words come back on top of the stack after a reduction: their row is reused.
    const s0 = st.s(0);
    const s1 = st.s(1);
    const pair = (s1 + 1) * (n + 1) + s0;
    if (!pairs) scorer.scoreFeatures(features, stackPairFeatures(words, s1, s0, values, features, 0, on));
    else if (!scorer.queuePair(pair))
      scorer.scorePair(pair, features, stackPairFeatures(words, s1, s0, values, features, 0, on));
    scorer.scoreFeatures(features, frontFeatures(words, st, values, features, 0, on));
    for (let g = 0; g < FEATURE_GROUPS.length; g++) scorer.add(g, values);
    scorer.flush();
    const cls = bestValidClass(st, scores, model.rootLabel);
    st.apply(classMove(cls), classLabel(cls));
  }
  return st;
}
