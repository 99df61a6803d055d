#!/usr/bin/env node
// Parser experiments on EWT dev, without writing a model: trains only the parser (on the tags of
// jackknifed taggers, cached in a file because they do not depend on the parser settings) and
// scores each epoch's weights on dev, tagged by the shipped tagger (the same one the training
// config gives). Decodes with each width of --widths. Needs `npm run build` first.
// Usage: node scripts/train-parser-experiment.mjs [--sentences N] [--epochs E] [--beam K]
//   [--update max-violation|early] [--widths 1,K] [--min-weight W] [--tags-cache FILE]
//   [--templates SET] (a template set of parser-features.ts TEMPLATE_SETS)
//   [--min-weights W1,W2] (score each cut-off, the first is the model's) [--config FILE]
//   [--write FILE] (greedy: after the last epoch, the shipped model with this parser and the
//   config's record in its header, as `npm run train:parser` with that config would write it)
//   node scripts/train-parser-experiment.mjs --check-greedy   (beam width 1 = greedy, shipped model)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DATA_DIR } from "../dist/dictionaries/data-paths.js";
import { syntaxModelPath } from "../dist/dictionaries/load-resources.js";
import { parseWordsBeam } from "../dist/syntax/beam.js";
import { parseConllu } from "../dist/syntax/conllu.js";
import { readModelFile, writeModelFile } from "../dist/syntax/model-file.js";
import { parserScratch, parseWords } from "../dist/syntax/parser.js";
import { loadSyntaxModel } from "../dist/syntax/syntax-model.js";
import { taggerScratch, tagWords } from "../dist/syntax/tagger.js";
import { trainBeamWeights } from "../dist/syntax/train/train-beam.js";
import { freezeParser, parserExamples, trainParserWeights } from "../dist/syntax/train/train-parser.js";
import { jackknifeTags } from "../dist/syntax/train/train-syntax.js";
import { goldTags } from "../dist/syntax/train/train-tagger.js";
import { addWordClasses, readWordClassFile, WORD_CLASSES, WordClasses } from "../dist/syntax/word-classes.js";
import { wordFeatures } from "../dist/syntax/word-features.js";

const root = join(import.meta.dirname, "..");
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const treebank = join(root, "..", "shared", "treebanks", "ud-english-ewt");
const configFile = option("--config", join(root, "scripts", "train-parser.config.json"));
const config = JSON.parse(readFileSync(configFile, "utf8"));
const read = (name) => {
  const file = join(treebank, `en_ewt-ud-${name}.conllu`);
  return parseConllu(readFileSync(file, "utf8"), file);
};
const shipped = loadSyntaxModel(syntaxModelPath(DEFAULT_DATA_DIR));
// WordNet's word classes (config.wordClasses), for a template set with "+wordnet.1".
const wordClasses =
  config.wordClasses &&
  new WordClasses(readWordClassFile(readFileSync(join(root, config.wordClasses), "utf8")));
const dev = read("dev");
if (wordClasses) addWordClasses(wordClasses, dev);
const tscratch = taggerScratch(shipped.tagger);
const devWords = dev.map((s) => wordFeatures(s.form, undefined, s.wordClass));
const devTags = devWords.map((w) => tagWords(shipped.tagger, w, tscratch));

/** UAS and LAS of `parse` on dev, and the heads and labels it gave. */
function score(model, width) {
  const scratch = parserScratch(model);
  let words = 0;
  let uas = 0;
  let las = 0;
  const out = [];
  const started = process.cpuUsage();
  dev.forEach((s, k) => {
    const st =
      width > 1
        ? parseWordsBeam(model, devWords[k], devTags[k], scratch, width)
        : parseWords(model, devWords[k], devTags[k], scratch);
    out.push(Array.from(st.heads).join(","), Array.from(st.labels).join(","));
    const n = s.form.length;
    for (let i = 0; i < n; i++) {
      words++;
      const head = st.heads[i] === n ? -1 : st.heads[i];
      if (head === s.head[i]) {
        uas++;
        if (model.labels[st.labels[i]] === s.deprel[i]) las++;
      }
    }
  });
  const cpu = process.cpuUsage(started);
  const seconds = (cpu.user + cpu.system) / 1e6;
  return { uas: uas / words, las: las / words, wordsPerCpuSecond: Math.round(words / seconds), out };
}

if (process.argv.includes("--check-greedy")) {
  const greedy = score(shipped.parser, 1);
  const beam1 = (() => {
    const scratch = parserScratch(shipped.parser);
    return devWords.flatMap((words, k) => {
      const st = parseWordsBeam(shipped.parser, words, devTags[k], scratch, 1);
      return [Array.from(st.heads).join(","), Array.from(st.labels).join(",")];
    });
  })();
  const same = greedy.out.every((line, i) => line === beam1[i]);
  console.log(
    `greedy UAS ${greedy.uas.toFixed(4)} LAS ${greedy.las.toFixed(4)}; beam width 1 identical: ${same}`,
  );
  for (const width of (option("--widths", "") || "").split(",").filter(Boolean).map(Number)) {
    const r = score(shipped.parser, width);
    console.log(
      `shipped model, width ${width}: UAS ${r.uas.toFixed(4)} LAS ${r.las.toFixed(4)} ${r.wordsPerCpuSecond} words/cpu-s`,
    );
  }
  process.exit(same ? 0 : 1);
}

const cache = option("--tags-cache", "/tmp/dyad-jackknife-tags.json");
const train = read("train").slice(0, Number(option("--sentences", "1000000")));
if (wordClasses) addWordClasses(wordClasses, train);
const tagNames = [...new Set(read("train").flatMap((s) => goldTags(s, config.tagSet)))].sort();
let jk;
if (existsSync(cache)) jk = JSON.parse(readFileSync(cache, "utf8")).jk.map((a) => Uint8Array.from(a));
else {
  const all = read("train");
  jk = jackknifeTags(
    all,
    tagNames,
    { ...config.tagger, seed: config.seed },
    config.jackknifeFolds,
    config.tagSet,
  );
  writeFileSync(cache, JSON.stringify({ tags: tagNames, jk: jk.map((a) => Array.from(a)) }));
}
const labels = [...new Set(read("train").flatMap((s) => s.deprel))].sort();
const labelIndex = new Map(labels.map((l, i) => [l, i]));
const examples = parserExamples(train, jk.slice(0, train.length), labelIndex);
const beam = Number(option("--beam", "1"));
const settings = {
  ...config.parser,
  seed: config.seed,
  epochs: Number(option("--epochs", String(config.parser.epochs))),
  beam,
  update: option("--update", "max-violation"),
  templates: option("--templates", config.parser.templates),
};
const minWeights = option("--min-weights", option("--min-weight", String(config.parser.minWeight)))
  .split(",")
  .map(Number);
const widths = option("--widths", String(beam)).split(",").map(Number);
console.log(`${train.length} sentences, ${JSON.stringify(settings)}, minWeights ${minWeights}`);
const started = Date.now();
let last = null;
const onEpoch = (epoch, perceptron) => {
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  for (const minWeight of minWeights) {
    const model = freezeParser(
      perceptron,
      labels,
      minWeight,
      1,
      Number.POSITIVE_INFINITY,
      settings.templates,
    );
    if (minWeight === minWeights[0]) last = model;
    const figures = widths.map((w) => {
      const r = score(model, w);
      return `k=${w} UAS ${r.uas.toFixed(4)} LAS ${r.las.toFixed(4)} (${r.wordsPerCpuSecond} w/cpu-s)`;
    });
    console.log(
      `epoch ${epoch + 1} ${seconds} s, minWeight ${minWeight}, ${model.classifier.arrays.keys.length} features: ${figures.join("; ")}`,
    );
  }
};
(beam > 1 ? trainBeamWeights : trainParserWeights)(examples, labels, settings, onEpoch);

const out = option("--write", undefined);
if (out && beam === 1) {
  // The shipped model's tagger and lemma tables (the same config trains the same ones), this parser.
  const content = readModelFile(readFileSync(syntaxModelPath(DEFAULT_DATA_DIR)), "shipped");
  const { parserTemplates: _old, ...header } = content.header;
  header.training = { ...header.training, config };
  if (last.templateSet !== "zn2011-hybrid.2") header.parserTemplates = last.templateSet;
  if (wordClasses && last.templateSet.includes("+")) {
    header.wordClasses = WORD_CLASSES;
    content.arrays["wordClasses.keys"] = wordClasses.arrays.keys;
    content.arrays["wordClasses.codes"] = wordClasses.arrays.codes;
  }
  content.header = header;
  content.classifiers.parser = last.classifier.arrays;
  writeFileSync(out, writeModelFile(content));
  console.log(`wrote ${out}`);
}
