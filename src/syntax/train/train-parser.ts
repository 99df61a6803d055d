import type { ConlluSentence } from "../conllu.js";
import { LinearModel } from "../linear-model.js";
import { MAX_PARSER_FEATURES, parserFeatures } from "../parser-features.js";
import { bestValidMove, type ParserModel } from "../parser.js";
import { isLeft, leftMove, moveCount, moveLabel, ParseState, rightMove, SHIFT } from "../transition-system.js";
import { type WordFeatures, wordFeatures } from "../word-features.js";
import { AveragedPerceptron } from "./averaged-perceptron.js";
import { mulberry32, shuffle } from "./random.js";

/** Settings of parser training (from the training config). */
export interface ParserSettings {
  seed: number;
  epochs: number;
  /** From this epoch on (0-based), training follows the model's own moves with probability `explore`. */
  exploreFrom: number;
  explore: number;
  minWeight: number;
}

/** A training sentence: words, the tags the parser will see (predicted), gold heads (root = n) and labels. */
export interface ParserExample {
  words: WordFeatures;
  tags: Uint8Array;
  heads: Int32Array;
  labels: Int32Array;
}

/** Turns treebank sentences into parser examples with the given tags. */
export function parserExamples(
  sentences: readonly ConlluSentence[],
  tags: readonly Uint8Array[],
  labelIndex: Map<string, number>,
): ParserExample[] {
  return sentences.map((s, k) => ({
    words: wordFeatures(s.form),
    tags: tags[k],
    heads: Int32Array.from(s.head.map((h) => (h < 0 ? s.form.length : h))),
    labels: Int32Array.from(s.deprel.map((l) => labelIndex.get(l) ?? 0)),
  }));
}

/** Trains the move classifier with a dynamic oracle and exploration (Goldberg & Nivre 2012). */
export function trainParser(examples: ParserExample[], labels: readonly string[], settings: ParserSettings): ParserModel {
  const rootLabel = labels.indexOf("root");
  const classes = moveCount(labels.length);
  const perceptron = new AveragedPerceptron(classes);
  const features = new Uint32Array(MAX_PARSER_FEATURES);
  const scores = new Float64Array(classes);
  const costs = new Int32Array(classes);
  const random = mulberry32(settings.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const ex = examples[index];
      const st = new ParseState(ex.words.length);
      while (!st.done) {
        const count = parserFeatures(ex.words, ex.tags, st, features);
        scores.fill(0);
        perceptron.score(features, count, scores);
        const guess = bestValidMove(st, scores, rootLabel);
        fillCosts(st, ex, rootLabel, labels.length, costs);
        let gold = -1;
        for (let m = 0; m < classes; m++) {
          if (costs[m] < 0) continue;
          if (gold < 0 || costs[m] < costs[gold] || (costs[m] === costs[gold] && scores[m] > scores[gold])) gold = m;
        }
        if (costs[guess] > costs[gold]) perceptron.update(features, count, gold, guess);
        perceptron.tick();
        const follow = epoch >= settings.exploreFrom && random() < settings.explore ? guess : gold;
        st.apply(follow);
      }
    }
  }
  return { labels, rootLabel, moves: new LinearModel(perceptron.export(settings.minWeight)) };
}

/** Cost of every move (-1 for invalid ones); label costs reuse one structural cost per direction. */
function fillCosts(st: ParseState, ex: ParserExample, rootLabel: number, labelCount: number, costs: Int32Array): void {
  costs.fill(-1);
  if (st.isValid(SHIFT, rootLabel)) costs[SHIFT] = st.cost(SHIFT, ex.heads, ex.labels);
  if (st.stackSize === 0) return;
  const s0 = st.s(0);
  const goldLabel = ex.labels[s0];
  const leftBase = st.cost(leftMove(goldLabel), ex.heads, ex.labels);
  const rightBase = st.cost(rightMove(goldLabel), ex.heads, ex.labels);
  const headIsB = ex.heads[s0] === st.buffer;
  const headIsS1 = ex.heads[s0] === st.s(1);
  for (let l = 0; l < labelCount; l++) {
    const mismatch = l !== goldLabel ? 1 : 0;
    const left = leftMove(l);
    if (st.isValid(left, rootLabel)) costs[left] = leftBase + (headIsB ? mismatch : 0);
    const right = rightMove(l);
    if (st.isValid(right, rootLabel)) costs[right] = rightBase + (headIsS1 ? mismatch : 0);
  }
}

export { isLeft, moveLabel };
