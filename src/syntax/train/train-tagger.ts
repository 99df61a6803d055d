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
  /** Read a second tagger's tags (`ConlluSentence.hint`, wink-nlp's UPOS) as features. */
  hints?: boolean;
  /** Folds of the first pass whose tags the second pass learns from (absent or 1: the first pass's own tags). */
  secondPassFolds?: number;
  /** Read WordNet's word classes (`ConlluSentence.wordClass`) as features. */
  wordClasses?: boolean;
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
  nextTags: Uint8Array[] | null,
): LinearModel {
  const perceptron = new AveragedPerceptron(tagCount);
  const features = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(tagCount);
  const random = mulberry32(settings.seed + (nextTags ? 1 : 0));
  const order = examples.map((_, i) => i);
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
          const count = taggerFeatures(
            words,
            i,
            p1,
            p2,
            next,
            features,
            settings.hints,
            settings.wordClasses,
          );
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

/** A sentence's hint tags; training with hints needs them on every sentence. */
export function sentenceHints(sentence: ConlluSentence): string[] {
  if (!sentence.hint) throw new Error(`sentence ${sentence.id ?? ""} has no hint tags (see addWinkHints)`);
  return sentence.hint;
}

/** A sentence's WordNet classes; training with word classes needs them on every sentence. */
export function sentenceClasses(sentence: ConlluSentence): Uint32Array {
  if (!sentence.wordClass) throw new Error(`sentence ${sentence.id ?? ""} has no word classes`);
  return sentence.wordClass;
}

/**
 * The first pass's tags of the training sentences, which the second pass learns to read: with
 * `secondPassFolds` > 1, each sentence is tagged by a first pass trained on the other folds (as
 * imperfect as on new text); else by the first pass itself.
 */
function firstPassTags(examples: Example[], model: TaggerModel, settings: TaggerSettings): Uint8Array[] {
  const folds = settings.secondPassFolds ?? 1;
  const out = new Array<Uint8Array>(examples.length);
  for (let fold = 0; fold < folds; fold++) {
    const first =
      folds > 1
        ? trainPass(
            examples.filter((_, i) => i % folds !== fold),
            model.tags.length,
            model.dictionary,
            settings,
            null,
          )
        : model.first;
    const tagger: TaggerModel = { ...model, first, second: null };
    const scratch = taggerScratch(tagger);
    for (let i = fold; i < examples.length; i += folds) out[i] = tagWords(tagger, examples[i].words, scratch);
  }
  return out;
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
    words: wordFeatures(
      s.form,
      settings.hints ? sentenceHints(s) : undefined,
      settings.wordClasses ? sentenceClasses(s) : undefined,
    ),
    gold: Uint8Array.from(goldTags(s, tagSet).map((t) => tagIndex.get(t) ?? 0)),
  }));
  const dictionary = buildTagDictionary(examples, tags.length, settings);
  const first = trainPass(examples, tags.length, dictionary, settings, null);
  const model: TaggerModel = {
    tags,
    first,
    second: null,
    dictionary,
    hints: settings.hints === true,
    wordClasses: settings.wordClasses === true,
  };
  if (!settings.twoPass) return model;
  return {
    ...model,
    second: trainPass(examples, tags.length, dictionary, settings, firstPassTags(examples, model, settings)),
  };
}
