import type { ConlluSentence } from "../conllu.js";
import { VALUE_SLOTS } from "../feature-groups.js";
import { LinearModel } from "../linear-model.js";
import { bestValidClass, classCount, classLabel, classMove, type ParserModel } from "../parser.js";
import { FULL_TEMPLATES, MAX_PARSER_FEATURES, parserFeatures, templateFlags } from "../parser-features.js";
import { ParseState } from "../transition-system.js";
import { type WordFeatures, wordFeatures } from "../word-features.js";
import { AveragedPerceptron } from "./averaged-perceptron.js";
import { fillCosts, INVALID } from "./move-costs.js";
import { mulberry32, shuffle } from "./random.js";
import { trainBeamWeights } from "./train-beam.js";

/** Settings of parser training (from the training config). */
export interface ParserSettings {
  seed: number;
  epochs: number;
  /** From this epoch on (0-based), training follows the model's own moves with probability `explore`. */
  exploreFrom: number;
  explore: number;
  /** Averaged weights below this are dropped from the model. */
  minWeight: number;
  /** At most this many features are kept (the cut-off rises above `minWeight` as needed); none when absent. */
  maxFeatures?: number;
  /** Beam width (default 1: greedy training with exploration; wider: global training, see train-beam.ts). */
  beam?: number;
  /** Where global training updates (default "max-violation"). */
  update?: "max-violation" | "early";
  /** Template set (`TEMPLATE_SETS`; default the full set). */
  templates?: string;
}

/** The template flags of the set the settings name. */
export function settingsTemplates(settings: ParserSettings): Uint8Array {
  const name = settings.templates ?? FULL_TEMPLATES;
  const on = templateFlags(name);
  if (!on) throw new Error(`unknown parser template set "${name}"`);
  return on;
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
    words: wordFeatures(s.form, undefined, s.wordClass),
    tags: tags[k],
    heads: Int32Array.from(s.head.map((h) => (h < 0 ? s.form.length : h))),
    labels: Int32Array.from(s.deprel.map((l) => labelIndex.get(l) ?? 0)),
  }));
}

/**
 * Trains the labelled-move classifier with a dynamic oracle and exploration (Goldberg & Nivre
 * 2012): in every configuration it reaches, it learns the best-scoring of the cheapest moves.
 * `onEpoch` sees the weights after each epoch (progress reports, held-out scores while tuning).
 */
export function trainParserWeights(
  examples: ParserExample[],
  labels: readonly string[],
  settings: ParserSettings,
  onEpoch: (epoch: number, perceptron: AveragedPerceptron) => void = () => {},
): AveragedPerceptron {
  const rootLabel = labels.indexOf("root");
  const classes = classCount(labels.length);
  const perceptron = new AveragedPerceptron(classes);
  const features = new Uint32Array(MAX_PARSER_FEATURES);
  const values = new Int32Array(VALUE_SLOTS);
  const scores = new Float64Array(classes);
  const costs = new Int32Array(classes);
  const random = mulberry32(settings.seed);
  const on = settingsTemplates(settings);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const ex = examples[index];
      const st = new ParseState(ex.words.length);
      while (!st.done) {
        const count = parserFeatures(ex.words, ex.tags, st, values, features, on);
        scores.fill(0);
        perceptron.score(features, count, scores);
        const guess = bestValidClass(st, scores, rootLabel);
        fillCosts(st, ex, rootLabel, costs);
        let gold = -1;
        for (let c = 0; c < classes; c++) {
          if (costs[c] === INVALID) continue;
          if (gold < 0 || costs[c] < costs[gold] || (costs[c] === costs[gold] && scores[c] > scores[gold]))
            gold = c;
        }
        if (costs[guess] > costs[gold]) perceptron.update(features, count, gold, guess);
        perceptron.tick();
        const follow = epoch >= settings.exploreFrom && random() < settings.explore ? guess : gold;
        st.apply(classMove(follow), classLabel(follow));
      }
    }
    onEpoch(epoch, perceptron);
  }
  return perceptron;
}

/**
 * Freezes trained weights for decoding with `beamWidth`, dropping averaged weights below
 * `minWeight` (or a higher cut-off, so that at most `maxFeatures` features remain).
 */
export function freezeParser(
  perceptron: AveragedPerceptron,
  labels: readonly string[],
  minWeight: number,
  beamWidth = 1,
  maxFeatures = Number.POSITIVE_INFINITY,
  templateSet = FULL_TEMPLATES,
): ParserModel {
  const cutoff = Number.isFinite(maxFeatures) ? perceptron.cutoffFor(maxFeatures, minWeight) : minWeight;
  return {
    labels,
    rootLabel: labels.indexOf("root"),
    classifier: new LinearModel(perceptron.export(cutoff)),
    beamWidth,
    templateSet,
    templates: settingsTemplates({ templates: templateSet } as ParserSettings),
  };
}

/**
 * Trains and freezes a parser (greedily, or globally with a beam when `settings.beam` > 1). With
 * `rate` (a held-out score of a frozen model), every epoch's weights are rated and the best kept
 * (the first of equals); otherwise the last epoch's. `onEpoch` as in `trainParserWeights`.
 */
export function trainParser(
  examples: ParserExample[],
  labels: readonly string[],
  settings: ParserSettings,
  onEpoch: (epoch: number, perceptron: AveragedPerceptron) => void = () => {},
  rate?: (model: ParserModel, epoch: number) => number,
): { model: ParserModel; epochs: number } {
  const width = settings.beam ?? 1;
  const train = width > 1 ? trainBeamWeights : trainParserWeights;
  let best: { model: ParserModel; epochs: number; score: number } | null = null;
  const weights = train(examples, labels, settings, (epoch, perceptron) => {
    onEpoch(epoch, perceptron);
    if (!rate) return;
    const model = freezeParser(
      perceptron,
      labels,
      settings.minWeight,
      width,
      settings.maxFeatures,
      settings.templates,
    );
    const score = rate(model, epoch);
    if (best === null || score > best.score) best = { model, epochs: epoch + 1, score };
  });
  if (best !== null) return best;
  const model = freezeParser(
    weights,
    labels,
    settings.minWeight,
    width,
    settings.maxFeatures,
    settings.templates,
  );
  return { model, epochs: settings.epochs };
}
