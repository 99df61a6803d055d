import { parseSentence } from "../beam.js";
import type { ConlluSentence } from "../conllu.js";
import { type ParserModel, parserScratch } from "../parser.js";
import { FULL_TEMPLATES, templatesReadClasses } from "../parser-features.js";
import { type SyntaxHeader, type SyntaxModel, TAGGER_HINTS } from "../syntax-model.js";
import { type TaggerModel, taggerScratch, tagWords } from "../tagger.js";
import { WORD_CLASSES, type WordClasses } from "../word-classes.js";
import { wordFeatures } from "../word-features.js";
import { trainLemmas } from "./train-lemmas.js";
import { type ParserSettings, parserExamples, trainParser } from "./train-parser.js";
import { goldTags, type TaggerSettings, type TagSet, trainTagger } from "./train-tagger.js";

/** Everything that decides a trained model (scripts/train-parser.config.json). */
export interface TrainConfig {
  /** Version of the feature templates; bump when tagger-features.ts or parser-features.ts change. */
  templates: string;
  seed: number;
  tagger: Omit<TaggerSettings, "seed">;
  /** What the tagger predicts; the parser's tag features read it, the output keeps the UPOS part. */
  tagSet: TagSet;
  parser: Omit<ParserSettings, "seed"> & {
    /** Keep the epoch with the best held-out (dev) UAS rather than the last. */
    keepBestEpoch?: boolean;
  };
  /** The parser learns from tags predicted by taggers trained on the other folds. */
  jackknifeFolds: number;
  /**
   * Settings that differ for the jackknifed taggers (those whose tags the parser learns from), e.g.
   * `{ "hints": false, "secondPassFolds": 1 }`: a parser trained on the tags of the plain tagger,
   * beside a final tagger that reads hints.
   */
  jackknifeTagger?: Partial<Omit<TaggerSettings, "seed">>;
  /**
   * The WordNet word-class file (relative to the project root, e.g.
   * "data/lexicon/v2026.12/wordnet-classes.txt") that `tagger.wordClasses` or a parser template set
   * with "+wordnet.1" reads; the model holds its table.
   */
  wordClasses?: string;
}

/** Tags each sentence with taggers trained on the other folds (fold = sentence index mod `folds`). */
export function jackknifeTags(
  sentences: readonly ConlluSentence[],
  tags: readonly string[],
  settings: TaggerSettings,
  folds: number,
  tagSet: TagSet = "upos",
): Uint8Array[] {
  const out = new Array<Uint8Array>(sentences.length);
  for (let fold = 0; fold < folds; fold++) {
    const tagger = trainTagger(
      sentences.filter((_, i) => i % folds !== fold),
      tags,
      settings,
      tagSet,
    );
    const scratch = taggerScratch(tagger);
    for (let i = fold; i < sentences.length; i += folds)
      out[i] = tagWords(
        tagger,
        wordFeatures(sentences[i].form, sentences[i].hint, sentences[i].wordClass),
        scratch,
      );
  }
  return out;
}

/**
 * Rates a parser by its unlabelled attachment score on held-out sentences (EWT dev) tagged by the
 * final tagger, for choosing the number of epochs.
 */
function heldOutUas(
  sentences: readonly ConlluSentence[],
  tagger: TaggerModel,
  log: (message: string) => void,
): (model: ParserModel, epoch: number) => number {
  const scratch = taggerScratch(tagger);
  const words = sentences.map((s) => wordFeatures(s.form, s.hint, s.wordClass));
  const tags = words.map((w) => tagWords(tagger, w, scratch));
  return (model, epoch) => {
    const parserState = parserScratch(model);
    let right = 0;
    let total = 0;
    sentences.forEach((s, k) => {
      const st = parseSentence(model, words[k], tags[k], parserState);
      const n = s.form.length;
      for (let i = 0; i < n; i++) if ((st.heads[i] === n ? -1 : st.heads[i]) === s.head[i]) right++;
      total += n;
    });
    log(`  epoch ${epoch + 1}: held-out UAS ${(right / total).toFixed(4)}`);
    return right / total;
  };
}

/**
 * Trains tagger, lemma tables and parser on treebank sentences; `log` reports progress. With
 * `config.parser.keepBestEpoch`, the parser keeps the epoch that scores best on `heldOut`. With
 * `keep`, the parser is that model's (same tags and labels), not trained: a new tagger beside a
 * parser already trained, which skips the jackknifed taggers and the parser's epochs.
 */
export function trainSyntax(
  train: readonly ConlluSentence[],
  config: TrainConfig,
  training: Record<string, unknown>,
  log: (message: string) => void = () => {},
  heldOut?: readonly ConlluSentence[],
  keep?: SyntaxModel,
  wordClasses?: WordClasses,
): SyntaxModel {
  const tags = [...new Set(train.flatMap((s) => goldTags(s, config.tagSet)))].sort();
  const labels = [...new Set(train.flatMap((s) => s.deprel))].sort();
  const taggerSettings: TaggerSettings = { ...config.tagger, seed: config.seed };
  const started = Date.now();
  const tagger: TaggerModel = trainTagger(train, tags, taggerSettings, config.tagSet);
  log(`tagger: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (
    keep &&
    (keep.header.tags.join(" ") !== tags.join(" ") || keep.header.labels.join(" ") !== labels.join(" "))
  )
    throw new Error("the parser to keep was trained with other tags or labels");
  const trained = keep
    ? { parser: keep.parser, training }
    : trainSyntaxParser(train, tags, labels, tagger, config, training, log, heldOut);
  const header: SyntaxHeader = {
    format: 1,
    tags,
    labels,
    lemmas: trainLemmas(train),
    training: trained.training,
  };
  if (tagger.hints) header.taggerHints = TAGGER_HINTS;
  if (tagger.wordClasses) header.taggerWordClasses = true;
  const classesRead = tagger.wordClasses || templatesReadClasses(trained.parser.templateSet);
  if (classesRead && !wordClasses) throw new Error("the config reads word classes: give their table");
  if (classesRead) header.wordClasses = WORD_CLASSES;
  if (trained.parser.beamWidth > 1) header.beamWidth = trained.parser.beamWidth;
  if (trained.parser.templateSet !== FULL_TEMPLATES) header.parserTemplates = trained.parser.templateSet;
  return { header, tagger, parser: trained.parser, ...(classesRead && wordClasses ? { wordClasses } : {}) };
}

/** Trains the parser on tags of jackknifed taggers (the `trainSyntax` steps after the tagger). */
function trainSyntaxParser(
  train: readonly ConlluSentence[],
  tags: readonly string[],
  labels: readonly string[],
  tagger: TaggerModel,
  config: TrainConfig,
  training: Record<string, unknown>,
  log: (message: string) => void,
  heldOut?: readonly ConlluSentence[],
): { parser: ParserModel; training: Record<string, unknown> } {
  const taggerSettings: TaggerSettings = { ...config.tagger, seed: config.seed };
  let started = Date.now();
  const trainTags =
    config.jackknifeFolds > 1
      ? jackknifeTags(
          train,
          tags,
          { ...taggerSettings, ...config.jackknifeTagger },
          config.jackknifeFolds,
          config.tagSet,
        )
      : train.map((s) => Uint8Array.from(goldTags(s, config.tagSet).map((t) => tags.indexOf(t))));
  log(`jackknifed tags: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const rate = config.parser.keepBestEpoch && heldOut ? heldOutUas(heldOut, tagger, log) : undefined;
  const { model: parser, epochs } = trainParser(
    parserExamples(train, trainTags, labelIndex),
    labels,
    { ...config.parser, seed: config.seed },
    (epoch) =>
      log(
        `parser epoch ${epoch + 1}/${config.parser.epochs}: ${((Date.now() - started) / 1000).toFixed(0)} s`,
      ),
    rate,
  );
  log(
    `parser: ${((Date.now() - started) / 1000).toFixed(1)} s, ${epochs} epochs kept, ${parser.classifier.arrays.keys.length} features`,
  );
  return { parser, training: rate ? { ...training, parserEpochsKept: epochs } : training };
}
