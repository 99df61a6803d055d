import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../dictionaries/data-paths.js";
import { syntaxModelPath } from "../dictionaries/load-resources.js";
import type { LinearModel } from "./linear-model.js";
import { bufferFeatures } from "./parser-features.js";
import { loadSyntaxModel } from "./syntax-model.js";
import { taggerScratch, tagWords } from "./tagger.js";
import { wordFeatures } from "./word-features.js";

const model = loadSyntaxModel(syntaxModelPath(DEFAULT_DATA_DIR));

/** The scores `keys` add, summed straight from the model's arrays (no index). */
function naiveScores(classifier: LinearModel, keys: ArrayLike<number>): Int32Array {
  const { arrays } = classifier;
  const wanted = new Set(Array.from(keys));
  const scores = new Int32Array(arrays.classCount);
  let e = 0;
  for (let f = 0; f < arrays.keys.length; f++) {
    const end = e + arrays.counts[f];
    if (wanted.has(arrays.keys[f])) for (; e < end; e++) scores[arrays.classes[e]] += arrays.weights[e];
    e = end;
  }
  return scores;
}

describe("LinearModel on the shipped parser", () => {
  const text = readFileSync(join(DEFAULT_DATA_DIR, "..", "examples", "iran-iraq-2022.txt"), "utf8");
  const words = wordFeatures(
    text
      .split(/\s+/)
      .filter((word) => word !== "")
      .slice(0, 120),
  );
  const tags = tagWords(model.tagger, words, taggerScratch(model.tagger)).slice();
  const classifier = model.parser.classifier;
  const features = new Uint32Array(32);

  it("scores the buffer features of real text as the model's arrays sum them", () => {
    for (const b0 of [0, 7, 33, 80, words.length]) {
      const count = bufferFeatures(words, tags, b0, features);
      const scores = new Int32Array(classifier.classCount);
      classifier.score(features, count, scores);
      expect(scores.some((score) => score !== 0)).toBe(true);
      expect(Array.from(scores)).toEqual(Array.from(naiveScores(classifier, features.subarray(0, count))));
    }
  });

  it("leaves heavy rows to the caller, which adds them to the same sums", () => {
    const count = bufferFeatures(words, tags, 12, features);
    const scores = new Int32Array(classifier.classCount);
    const heavy = new Int32Array(count);
    const heavyCount = classifier.scoreLight(features, count, scores, heavy);
    // The bias feature alone has weights for every class: always a heavy row.
    expect(heavyCount).toBeGreaterThan(0);
    for (const id of heavy.subarray(0, heavyCount)) classifier.fillHeavyRow(id, scores, 0);
    expect(Array.from(scores)).toEqual(Array.from(naiveScores(classifier, features.subarray(0, count))));
  });
});
