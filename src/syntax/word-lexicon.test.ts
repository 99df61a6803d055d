import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../dictionaries/data-paths.js";
import { syntaxModelPath } from "../dictionaries/load-resources.js";
import { treebankFile } from "../test-helpers/treebank.js";
import { parseConllu } from "./conllu.js";
import { loadSyntaxModel } from "./syntax-model.js";
import { taggerScratch, tagWords } from "./tagger.js";
import { wordFeatures } from "./word-features.js";
import { WordLexicon } from "./word-lexicon.js";

const devPath = treebankFile("dev");

describe.skipIf(!devPath)("the word lexicon and the tagger's per-form cache", () => {
  if (!devPath) console.warn("skipped: UD English EWT is absent from ../shared/treebanks");
  const sentences = devPath ? parseConllu(readFileSync(devPath, "utf8")).slice(0, 800) : [];
  const model = loadSyntaxModel(syntaxModelPath(DEFAULT_DATA_DIR));

  it("give every word the features and every sentence the tags of the uncached path", () => {
    // A small lexicon starts again many times over 800 sentences: the caches must follow it.
    const lexicon = new WordLexicon(600);
    const plain = taggerScratch(model.tagger);
    const cached = taggerScratch(model.tagger);
    const ids = new Int32Array(1024);
    let differences = 0;
    for (const sentence of sentences) {
      const expected = wordFeatures(sentence.form);
      const words = lexicon.sentence(sentence.form, ids);
      expect(words).toEqual(expected);
      const tags = tagWords(model.tagger, expected, plain).join(" ");
      const context = { ids, generation: lexicon.generation, capacity: lexicon.capacity };
      if (tagWords(model.tagger, words, cached, context).join(" ") !== tags) differences++;
    }
    expect(lexicon.generation).toBeGreaterThan(5);
    expect(differences).toBe(0);
  });
});
