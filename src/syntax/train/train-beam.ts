import { forcedClass, offerValid, statePools, TopK } from "../beam.js";
import { VALUE_SLOTS } from "../feature-groups.js";
import { classCount, classLabel, classMove } from "../parser.js";
import { bufferFeatures, MAX_PARSER_FEATURES, movingFeatures, parserFeatures } from "../parser-features.js";
import { ParseState } from "../transition-system.js";
import { AveragedPerceptron } from "./averaged-perceptron.js";
import { fillCosts, INVALID } from "./move-costs.js";
import { mulberry32, shuffle } from "./random.js";
import { type ParserExample, type ParserSettings, settingsTemplates } from "./train-parser.js";

/**
 * Global training of the beam parser: a structured perceptron over whole move sequences (Zhang &
 * Clark 2008). The reference sequence follows the cheapest move of the dynamic oracle in every
 * configuration it reaches (the best-scoring one among equals), so non-projective sentences, whose
 * gold tree no sequence reaches, still train on their best reachable tree. Updates are made at the
 * prefix where the best beam item beats the reference by most (max-violation, Huang et al. 2012)
 * or where the reference first falls off the beam (early update, Collins & Roark 2004).
 */
export function trainBeamWeights(
  examples: ParserExample[],
  labels: readonly string[],
  settings: ParserSettings,
  onEpoch: (epoch: number, perceptron: AveragedPerceptron) => void = () => {},
): AveragedPerceptron {
  const perceptron = new AveragedPerceptron(classCount(labels.length));
  const trainer = new BeamTrainer(perceptron, labels.indexOf("root"), settings);
  const random = mulberry32(settings.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      trainer.train(examples[index]);
      perceptron.tick();
    }
    onEpoch(epoch, perceptron);
  }
  return perceptron;
}

/** Scratch of beam training, reused across sentences. */
class BeamTrainer {
  private readonly width: number;
  private readonly early: boolean;
  private readonly classes: number;
  private readonly on: Uint8Array;
  private readonly features = new Uint32Array(MAX_PARSER_FEATURES);
  private readonly values = new Int32Array(VALUE_SLOTS);
  private readonly costs: Int32Array;
  private readonly top: TopK;
  /** Class scores of each beam item at the current step, then the reference's. */
  private readonly itemScores: Float64Array;
  private rowScores: Float64Array;

  constructor(
    private readonly perceptron: AveragedPerceptron,
    private readonly rootLabel: number,
    settings: ParserSettings,
  ) {
    this.width = settings.beam ?? 1;
    this.on = settingsTemplates(settings);
    this.early = settings.update === "early";
    this.classes = perceptron.classCount;
    this.costs = new Int32Array(this.classes);
    this.top = new TopK(this.width);
    this.itemScores = new Float64Array((this.width + 1) * this.classes);
    this.rowScores = new Float64Array(this.classes);
  }

  /** Decodes one sentence with the beam and updates the weights where it goes most wrong. */
  train(ex: ParserExample): void {
    const { width, classes, top, itemScores, rootLabel, costs } = this;
    const n = ex.words.length;
    const steps = 2 * n;
    const bufferRows = new Float64Array((n + 1) * classes);
    const hasRow = new Uint8Array(n + 1);
    const parent = new Int32Array(steps * width);
    const moves = new Int32Array(steps * width);
    const reference = new Int32Array(steps);
    let [beam, next] = statePools(n, width);
    let beamScore = new Float64Array(width);
    let nextScore = new Float64Array(width);
    let onPath = new Uint8Array(width);
    let nextOnPath = new Uint8Array(width);
    onPath[0] = 1;
    let size = 1;
    const ref = new ParseState(n);
    let refScore = 0;
    let worst = 0;
    let worstStep = -1;
    for (let t = 0; t < steps; t++) {
      top.size = 0;
      let refItem = -1;
      for (let i = 0; i < size; i++) {
        const forced = forcedClass(beam[i], rootLabel);
        if (forced >= 0) top.offer(beamScore[i], i, forced);
        else {
          this.score(ex, beam[i], bufferRows, hasRow, i * classes);
          offerValid(beam[i], itemScores, i * classes, classes, beamScore[i], rootLabel, i, top);
        }
        if (onPath[i] === 1) refItem = i;
      }
      // The reference move: the cheapest, the best-scoring among equals.
      let move = forcedClass(ref, rootLabel);
      if (move < 0) {
        let at = refItem * classes;
        if (refItem < 0) {
          at = width * classes;
          this.score(ex, ref, bufferRows, hasRow, at);
        }
        fillCosts(ref, ex, rootLabel, costs);
        for (let c = 0; c < classes; c++) {
          if (costs[c] === INVALID) continue;
          if (
            move < 0 ||
            costs[c] < costs[move] ||
            (costs[c] === costs[move] && itemScores[at + c] > itemScores[at + move])
          )
            move = c;
        }
        refScore += itemScores[at + move];
      }
      reference[t] = move;
      ref.apply(classMove(move), classLabel(move));
      let refKept = false;
      for (let j = 0; j < top.size; j++) {
        const p = top.item[j];
        const c = top.cls[j];
        next[j].copyFrom(beam[p]).apply(classMove(c), classLabel(c));
        nextScore[j] = top.score[j];
        nextOnPath[j] = onPath[p] === 1 && c === move ? 1 : 0;
        if (nextOnPath[j] === 1) refKept = true;
        parent[t * width + j] = p;
        moves[t * width + j] = c;
      }
      size = top.size;
      [beam, next] = [next, beam];
      [beamScore, nextScore] = [nextScore, beamScore];
      [onPath, nextOnPath] = [nextOnPath, onPath];
      if (this.early) {
        // Early update: where the reference falls off the beam, or at the end if it is not first.
        if (!refKept || (t === steps - 1 && onPath[0] === 0)) {
          worstStep = t;
          break;
        }
      } else if (
        onPath[0] === 0 &&
        beamScore[0] - refScore >= worst &&
        (worstStep < 0 || beamScore[0] - refScore > worst)
      ) {
        worst = beamScore[0] - refScore;
        worstStep = t;
      }
    }
    if (worstStep < 0) return;
    const predicted = new Int32Array(worstStep + 1);
    for (let t = worstStep, i = 0; t >= 0; t--) {
      predicted[t] = moves[t * width + i];
      i = parent[t * width + i];
    }
    this.update(ex, reference, predicted);
  }

  /** Scores configuration `st` into `itemScores[at..]` (the buffer front's part cached per position). */
  private score(ex: ParserExample, st: ParseState, bufferRows: Float64Array, hasRow: Uint8Array, at: number) {
    const { classes, features, values } = this;
    const row = this.rowScores;
    const b = st.buffer;
    if (hasRow[b] === 0) {
      row.fill(0);
      this.perceptron.score(features, bufferFeatures(ex.words, ex.tags, b, features, this.on), row);
      bufferRows.set(row, b * classes);
      hasRow[b] = 1;
    }
    for (let c = 0; c < classes; c++) row[c] = bufferRows[b * classes + c];
    this.perceptron.score(features, movingFeatures(ex.words, ex.tags, st, values, features, 0, this.on), row);
    this.itemScores.set(row, at);
  }

  /** Rewards the reference's moves and penalises the predicted ones, from where the two part. */
  private update(ex: ParserExample, reference: Int32Array, predicted: Int32Array): void {
    const n = ex.words.length;
    const gold = new ParseState(n);
    const guess = new ParseState(n);
    let parted = false;
    for (let t = 0; t < predicted.length; t++) {
      if (!parted && reference[t] === predicted[t]) {
        gold.apply(classMove(reference[t]), classLabel(reference[t]));
        guess.copyFrom(gold);
        continue;
      }
      parted = true;
      this.step(ex, gold, reference[t], 1);
      this.step(ex, guess, predicted[t], -1);
    }
  }

  private step(ex: ParserExample, st: ParseState, cls: number, delta: number): void {
    if (forcedClass(st, this.rootLabel) < 0) {
      const count = parserFeatures(ex.words, ex.tags, st, this.values, this.features, this.on);
      this.perceptron.add(this.features, count, cls, delta);
    }
    st.apply(classMove(cls), classLabel(cls));
  }
}
