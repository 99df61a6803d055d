import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../dictionaries/data-paths.js";
import { syntaxModelPath } from "../dictionaries/load-resources.js";
import { treebankFile } from "../test-helpers/treebank.js";
import { parseWordsBeam, TopK } from "./beam.js";
import { parseConllu } from "./conllu.js";
import { parserScratch, parseWords } from "./parser.js";
import { loadSyntaxModel } from "./syntax-model.js";
import { taggerScratch, tagWords } from "./tagger.js";
import { wordFeatures } from "./word-features.js";

describe("TopK", () => {
  it("keeps the best candidates, best first, and the first offered among equal scores", () => {
    const top = new TopK(3);
    for (const [score, item] of [
      [1, 0],
      [5, 1],
      [3, 2],
      [5, 3],
      [4, 4],
      [0, 5],
    ])
      top.offer(score, item, item * 10);
    expect(top.size).toBe(3);
    expect(Array.from(top.score)).toEqual([5, 5, 4]);
    expect(Array.from(top.item)).toEqual([1, 3, 4]);
    expect(Array.from(top.cls)).toEqual([10, 30, 40]);
  });
});

const model = loadSyntaxModel(syntaxModelPath(DEFAULT_DATA_DIR));
const NEWS = [
  "The embassy was attacked by protesters on Sunday.",
  "Iran and Iraq signed a security agreement.",
  "The United Nations urged Iran to inform the inspectors.",
  "Iran 's missile strikes killed ten people .",
  "Officials said the army had withdrawn from the town.",
].map((s) => s.replace(/([.,])$/, " $1").split(" "));

function parseAll(sentences: readonly string[][], width: number) {
  const tagging = taggerScratch(model.tagger);
  const scratch = parserScratch(model.parser);
  return sentences.map((forms) => {
    const words = wordFeatures(forms);
    const tags = tagWords(model.tagger, words, tagging);
    const st =
      width === 0
        ? parseWords(model.parser, words, tags, scratch)
        : parseWordsBeam(model.parser, words, tags, scratch, width);
    return { heads: Array.from(st.heads), labels: Array.from(st.labels) };
  });
}

describe("beam decoding with the shipped model", () => {
  it("with width 1 gives exactly the greedy parse (news sentences)", () => {
    expect(parseAll(NEWS, 1)).toEqual(parseAll(NEWS, 0));
  });

  it("with a wider beam gives one tree per sentence: every word a head, one root", () => {
    for (const { heads, labels } of parseAll(NEWS, 4)) {
      const n = heads.length;
      expect(heads.every((h, i) => h >= 0 && h <= n && h !== i)).toBe(true);
      expect(heads.filter((h) => h === n)).toHaveLength(1);
      expect(labels[heads.indexOf(n)]).toBe(model.parser.labels.indexOf("root"));
    }
  });

  const devPath = treebankFile("dev");
  if (devPath === null) console.warn("skipped: UD English EWT is absent from ../shared/treebanks");
  it.skipIf(devPath === null)(
    "with width 1 gives exactly the greedy parse (first 400 EWT dev sentences)",
    () => {
      const dev = parseConllu(readFileSync(devPath as string, "utf8"), devPath as string).slice(0, 400);
      expect(dev.length).toBe(400);
      const forms = dev.map((s) => s.form);
      expect(parseAll(forms, 1)).toEqual(parseAll(forms, 0));
      // The greedy parser reuses the row of a stack pair within a sentence; beyond 512 pairs it
      // scores them directly. A 700-word "sentence" (dev sentences run together) takes that path.
      const long = forms.slice(0, 60).flat().slice(0, 700);
      expect(long.length).toBe(700);
      expect(parseAll([long], 1)).toEqual(parseAll([long], 0));
    },
  );
});
