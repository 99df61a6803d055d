import type { LinearModel } from "./linear-model.js";
import { MAX_PARSER_FEATURES, parserFeatures } from "./parser-features.js";
import { isLeft, moveLabel, ParseState, SHIFT } from "./transition-system.js";
import type { WordFeatures } from "./word-features.js";

/** A frozen greedy arc-hybrid parser. */
export interface ParserModel {
  labels: readonly string[];
  /** Id of the `root` label. */
  rootLabel: number;
  moves: LinearModel;
}

/** Scratch buffers reused across sentences. */
export interface ParserScratch {
  features: Uint32Array;
  scores: Int32Array;
}

export function parserScratch(moveCount: number): ParserScratch {
  return { features: new Uint32Array(MAX_PARSER_FEATURES), scores: new Int32Array(moveCount) };
}

/** The best-scoring valid move (scores already filled). */
export function bestValidMove(st: ParseState, scores: ArrayLike<number>, rootLabel: number): number {
  const canShift = st.buffer < st.n;
  const canRight = st.stackSize >= 2;
  const canLeft = st.stackSize >= 1 && (st.buffer < st.n || st.stackSize === 1);
  const rootOnly = st.buffer === st.n;
  let best = -1;
  if (canShift) best = SHIFT;
  for (let m = 1; m < scores.length; m++) {
    const label = moveLabel(m);
    if (isLeft(m)) {
      if (!canLeft || (label === rootLabel) !== rootOnly) continue;
    } else if (!canRight || label === rootLabel) continue;
    if (best < 0 || scores[m] > scores[best]) best = m;
  }
  return best;
}

/** Parses one tagged sentence; `heads` of the result use `n` for the root. */
export function parseWords(model: ParserModel, words: WordFeatures, tags: Uint8Array, scratch: ParserScratch): ParseState {
  const st = new ParseState(words.length);
  const { features, scores } = scratch;
  while (!st.done) {
    const count = parserFeatures(words, tags, st, features);
    scores.fill(0);
    model.moves.score(features, count, scores);
    st.apply(bestValidMove(st, scores, model.rootLabel));
  }
  return st;
}
