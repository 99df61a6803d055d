import { describe, expect, it } from "vitest";
import { DenseScorer } from "./dense-scorer.js";
import { FEATURE_GROUPS, groupFeatures, VALUE_SLOTS } from "./feature-groups.js";
import { featureKey } from "./hash.js";
import { LinearModel, type LinearModelArrays, tableOrder } from "./linear-model.js";
import { createRowAdder } from "./row-adder.js";
import { mulberry32 } from "./train/random.js";

const CLASSES = 107;

/** A random model over the keys the grouped templates make for small values, plus lexical keys. */
function randomModel(random: () => number, values: Int32Array[]): { model: LinearModel; lexical: number[] } {
  const keys = new Set<number>();
  const scratch = new Uint32Array(16);
  for (const v of values)
    for (let g = 0; g < FEATURE_GROUPS.length; g++) {
      const end = groupFeatures(g, v, scratch, 0);
      for (let k = 0; k < end; k++) if (random() < 0.8) keys.add(scratch[k]);
    }
  const lexical = Array.from({ length: 300 }, (_, i) => featureKey(999, i));
  for (const key of lexical) keys.add(key);
  const arrays: LinearModelArrays = {
    classCount: CLASSES,
    scale: 1,
    keys: Uint32Array.from(keys),
    counts: new Uint8Array(keys.size),
    classes: new Uint8Array(0),
    weights: new Int16Array(0),
  };
  const classes: number[] = [];
  const weights: number[] = [];
  for (let f = 0; f < keys.size; f++) {
    // Light (1–3 weights) and heavy (30–107) rows, like the parser's.
    const count = random() < 0.7 ? 1 + Math.floor(random() * 3) : 30 + Math.floor(random() * 78);
    const picked = new Set<number>();
    while (picked.size < count) picked.add(Math.floor(random() * CLASSES));
    arrays.counts[f] = count;
    for (const c of [...picked].sort((a, b) => a - b)) {
      classes.push(c);
      weights.push(Math.floor(random() * 2001) - 1000);
    }
  }
  arrays.classes = Uint8Array.from(classes);
  arrays.weights = Int16Array.from(weights);
  return { model: new LinearModel(tableOrder(arrays), 24), lexical };
}

describe("DenseScorer", () => {
  const random = mulberry32(11);
  const tuples = Array.from({ length: 60 }, () =>
    Int32Array.from({ length: VALUE_SLOTS }, () => Math.floor(random() * 6)),
  );
  const { model, lexical } = randomModel(random, tuples);

  it.each([
    ["roomy", 1 << 12],
    ["full and emptied again and again", 4],
  ])("adds exactly what scoring every feature adds (%s cache)", (_name, capacity) => {
    const scorer = new DenseScorer(model, capacity);
    const features = new Uint32Array(128);
    const bufferFeatures = new Uint32Array(8);
    for (let round = 0; round < 300; round++) {
      const v = tuples[Math.floor(random() * tuples.length)];
      // A new buffer front every third configuration, as in parsing.
      if (round % 3 === 0) {
        for (let k = 0; k < 8; k++) bufferFeatures[k] = lexical[Math.floor(random() * lexical.length)];
        scorer.scoreBuffer(bufferFeatures, 8);
      }
      const lexicalCount = 20;
      for (let k = 0; k < lexicalCount; k++) features[k] = lexical[Math.floor(random() * lexical.length)];
      let all = lexicalCount;
      for (let g = 0; g < FEATURE_GROUPS.length; g++) all = groupFeatures(g, v, features, all);
      const expected = new Int32Array(CLASSES);
      model.score(features, all, expected);
      model.score(bufferFeatures, 8, expected);
      scorer.startConfiguration();
      scorer.scoreFeatures(features, lexicalCount);
      for (let g = 0; g < FEATURE_GROUPS.length; g++) scorer.add(g, v);
      scorer.flush();
      expect(Array.from(scorer.scores)).toEqual(Array.from(expected));
    }
  });
});

describe("createRowAdder", () => {
  it("adds the listed rows to the score row, four lanes at a time", () => {
    const adder = createRowAdder(108, 1 << 16);
    expect(adder).not.toBeNull();
    if (adder === null) return;
    const memory = new Int32Array(adder.memory.buffer);
    const [scoresAt, listAt, rowA, rowB] = [0, 512, 1024, 1024 + 432];
    for (let c = 0; c < 108; c++) {
      memory[scoresAt / 4 + c] = 5;
      memory[rowA / 4 + c] = c;
      memory[rowB / 4 + c] = -1000 * c;
    }
    memory.set([rowA, rowB, rowA], listAt / 4);
    adder.add(scoresAt, listAt, 3);
    expect(Array.from(memory.subarray(0, 108))).toEqual(Array.from({ length: 108 }, (_, c) => 5 - 998 * c));
  });
});
