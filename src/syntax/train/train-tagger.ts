import type { ConlluSentence } from "../conllu.js";
import { LinearModel } from "../linear-model.js";
import { type TaggerModel, taggerScratch, tagWords } from "../tagger.js";
import { MAX_TAGGER_FEATURES, START_TAG, taggerFeatures } from "../tagger-features.js";
import { type WordFeatures, wordFeatures } from "../word-features.js";
import { AveragedPerceptron } from "./averaged-perceptron.js";
import { getOrCreate } from "./maps.js";
import { mulberry32, shuffle } from "./random.js";

/** Settings of tagger training (from the training config). */
export interface TaggerSettings {
  seed: number;
  epochs: number;
  /** Words seen at least this often with one tag at least `dictionaryPurity` of the time skip scoring. */
  dictionaryMinCount: number;
  dictionaryPurity: number;
  /** Averaged weights below this are dropped from the model. */
  minWeight: number;
  twoPass: boolean;
}

interface Example {
  words: WordFeatures;
  gold: Uint8Array;
}

/** Builds the dictionary of frequent unambiguous words (lower-cased word hash → tag id). */
export function buildTagDictionary(examples: readonly Example[], tagCount: number, settings: TaggerSettings) {
  const counts = new Map<number, Uint32Array>();
  for (const ex of examples) {
    for (let i = 0; i < ex.words.length; i++) {
      getOrCreate(counts, ex.words.lower[i], () => new Uint32Array(tagCount))[ex.gold[i]]++;
    }
  }
  const dictionary = new Map<number, number>();
  for (const [word, row] of counts) {
    let total = 0;
    let best = 0;
    for (let t = 0; t < tagCount; t++) {
      total += row[t];
      if (row[t] > row[best]) best = t;
    }
    if (total >= settings.dictionaryMinCount && row[best] / total >= settings.dictionaryPurity)
      dictionary.set(word, best);
  }
  return dictionary;
}

function trainPass(
  examples: Example[],
  tagCount: number,
  dictionary: Map<number, number>,
  settings: TaggerSettings,
  firstPass: TaggerModel | null,
): LinearModel {
  const perceptron = new AveragedPerceptron(tagCount);
  const features = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(tagCount);
  const random = mulberry32(settings.seed + (firstPass ? 1 : 0));
  const order = examples.map((_, i) => i);
  // The second pass learns from the first pass's own (imperfect) right-context tags.
  const firstScratch = firstPass ? taggerScratch(firstPass) : null;
  const nextTags =
    firstPass && firstScratch ? examples.map((ex) => tagWords(firstPass, ex.words, firstScratch)) : null;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const { words, gold } = examples[index];
      const next = nextTags ? nextTags[index] : null;
      let p1 = START_TAG;
      let p2 = START_TAG;
      for (let i = 0; i < words.length; i++) {
        let guess = dictionary.get(words.lower[i]);
        if (guess === undefined) {
          const count = taggerFeatures(words, i, p1, p2, next, features);
          scores.fill(0);
          perceptron.score(features, count, scores);
          guess = 0;
          for (let c = 1; c < tagCount; c++) if (scores[c] > scores[guess]) guess = c;
          perceptron.update(features, count, gold[i], guess);
          perceptron.tick();
        }
        p2 = p1;
        p1 = guess;
      }
    }
  }
  return new LinearModel(perceptron.export(settings.minWeight));
}

/** The tag set a tagger learns: UPOS alone, or UPOS and the treebank's fine tag (XPOS) as one "UPOS|XPOS" tag. */
export type TagSet = "upos" | "upos|xpos";

/** The gold tags of a sentence in a tag set. */
export function goldTags(sentence: ConlluSentence, tagSet: TagSet): string[] {
  return tagSet === "upos" ? sentence.upos : sentence.upos.map((upos, i) => `${upos}|${sentence.xpos[i]}`);
}

/** Trains a tagger on treebank sentences. */
export function trainTagger(
  sentences: readonly ConlluSentence[],
  tags: readonly string[],
  settings: TaggerSettings,
  tagSet: TagSet = "upos",
): TaggerModel {
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const examples: Example[] = sentences.map((s) => ({
    words: wordFeatures(s.form),
    gold: Uint8Array.from(goldTags(s, tagSet).map((t) => tagIndex.get(t) ?? 0)),
  }));
  const dictionary = buildTagDictionary(examples, tags.length, settings);
  const first = trainPass(examples, tags.length, dictionary, settings, null);
  const model: TaggerModel = { tags, first, second: null, dictionary };
  if (!settings.twoPass) return model;
  return { ...model, second: trainPass(examples, tags.length, dictionary, settings, model) };
}
