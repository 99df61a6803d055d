import { configurationValues, FEATURE_GROUPS } from "./feature-groups.js";
import {
  classLabel,
  classMove,
  classOf,
  type ParserModel,
  type ParserScratch,
  parseWords,
} from "./parser.js";
import { bufferFeatures, lexicalFeatures } from "./parser-features.js";
import { LEFT, ParseState, RIGHT, SHIFT } from "./transition-system.js";
import type { WordFeatures } from "./word-features.js";

/**
 * The best `width` candidates (item, class, summed score) of one beam step, best first. A candidate
 * enters only with a strictly higher score than the one it passes, so among equal scores the one
 * offered first wins: offered item by item and class by class, width 1 picks exactly what the
 * greedy parser picks.
 */
export class TopK {
  readonly score: Float64Array;
  readonly item: Int32Array;
  readonly cls: Int32Array;
  size = 0;

  constructor(readonly width: number) {
    this.score = new Float64Array(width);
    this.item = new Int32Array(width);
    this.cls = new Int32Array(width);
  }

  offer(score: number, item: number, cls: number): void {
    let i = this.size;
    if (i === this.width) {
      if (!(score > this.score[i - 1])) return;
      i--;
    } else this.size++;
    while (i > 0 && score > this.score[i - 1]) {
      this.score[i] = this.score[i - 1];
      this.item[i] = this.item[i - 1];
      this.cls[i] = this.cls[i - 1];
      i--;
    }
    this.score[i] = score;
    this.item[i] = item;
    this.cls[i] = cls;
  }
}

/**
 * The one class a configuration allows without scoring (-1 when it has a choice): an empty stack
 * can only shift, and the last word on the stack once the buffer holds only the root can only
 * attach to it. Forced moves add nothing to a sequence's score, as in the greedy parser.
 */
export function forcedClass(st: ParseState, rootLabel: number): number {
  if (st.stackSize === 0) return 0;
  if (st.stackSize === 1 && st.buffer === st.n) return classOf(LEFT, rootLabel);
  return -1;
}

/**
 * Offers every valid class of item `item` (score so far `base`, class scores `scores` from `at`),
 * in the order the greedy `bestValidClass` considers them; only LEFT onto the root carries the root label.
 */
export function offerValid(
  st: ParseState,
  scores: ArrayLike<number>,
  at: number,
  classes: number,
  base: number,
  rootLabel: number,
  item: number,
  top: TopK,
): void {
  const canLeft = st.isValid(LEFT);
  const canRight = st.isValid(RIGHT);
  const rootOnly = st.needsRootLabel(LEFT);
  if (st.isValid(SHIFT)) top.offer(base + scores[at], item, 0);
  const last = top.width - 1;
  for (let c = 1; c < classes; c++) {
    const score = base + scores[at + c];
    // Most classes cannot enter a full beam: skip their validity checks.
    if (top.size > last && !(score > top.score[last])) continue;
    const isRoot = classLabel(c) === rootLabel;
    if ((c & 1) === 1) {
      if (!canLeft || isRoot !== rootOnly) continue;
    } else if (!canRight || isRoot) continue;
    top.offer(score, item, c);
  }
}

/** Two sets of `width` states of one sentence: the beam and the next one, copied into (cheap: one block each). */
export function statePools(n: number, width: number): [ParseState[], ParseState[]] {
  const make = () => Array.from({ length: width }, () => new ParseState(n));
  return [make(), make()];
}

/**
 * Parses one tagged sentence with a beam of `width` configurations, ranked by the sum of their
 * moves' scores (Zhang & Clark 2008); width 1 gives exactly the greedy parse. The buffer front's
 * scores are computed once per buffer position and shared by every configuration.
 */
export function parseWordsBeam(
  model: ParserModel,
  words: WordFeatures,
  tags: Uint8Array,
  scratch: ParserScratch,
  width: number,
): ParseState {
  const n = words.length;
  const { features, values, scorer } = scratch;
  const scores = scorer.scores;
  const classes = scores.length;
  const rootLabel = model.rootLabel;
  const bufferRows = new Int32Array((n + 1) * classes);
  const hasRow = new Uint8Array(n + 1);
  let [beam, next] = statePools(n, width);
  let beamScore = new Float64Array(width);
  let nextScore = new Float64Array(width);
  let size = 1;
  const top = new TopK(width);
  while (!beam[0].done) {
    top.size = 0;
    for (let i = 0; i < size; i++) {
      const st = beam[i];
      const forced = forcedClass(st, rootLabel);
      if (forced >= 0) {
        top.offer(beamScore[i], i, forced);
        continue;
      }
      const b = st.buffer;
      if (hasRow[b] === 0) {
        scorer.scoreBuffer(features, bufferFeatures(words, tags, b, features, model.templates));
        bufferRows.set(scorer.bufferScores, b * classes);
        hasRow[b] = 1;
      }
      scorer.startFrom(bufferRows, b * classes);
      configurationValues(tags, st, values);
      scorer.scoreFeatures(features, lexicalFeatures(words, st, values, features, 0, model.templates));
      for (let g = 0; g < FEATURE_GROUPS.length; g++) scorer.add(g, values);
      scorer.flush();
      offerValid(st, scores, 0, classes, beamScore[i], rootLabel, i, top);
    }
    for (let j = 0; j < top.size; j++) {
      const c = top.cls[j];
      next[j].copyFrom(beam[top.item[j]]).apply(classMove(c), classLabel(c));
      nextScore[j] = top.score[j];
    }
    size = top.size;
    [beam, next] = [next, beam];
    [beamScore, nextScore] = [nextScore, beamScore];
  }
  return beam[0];
}

/** Parses with the beam width the model was trained for (the greedy parser at width 1). */
export function parseSentence(
  model: ParserModel,
  words: WordFeatures,
  tags: Uint8Array,
  scratch: ParserScratch,
): ParseState {
  return model.beamWidth > 1
    ? parseWordsBeam(model, words, tags, scratch, model.beamWidth)
    : parseWords(model, words, tags, scratch);
}
