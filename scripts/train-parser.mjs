#!/usr/bin/env node
// Trains the tagger, lemma tables and parser on UD English EWT and writes the model and its
// manifest to data/syntax/<version>/. Run through `npm run train:parser` (which builds dist/ first).
// Usage: node scripts/train-parser.mjs [--treebank DIR] [--out DIR] [--config FILE] [--dev-only]
//   [--parser-from MODEL]: train the tagger and lemma tables only and keep MODEL's parser (its
//   arrays are copied unchanged), skipping the jackknifed taggers and the parser's epochs.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scoreSyntax } from "../dist/eval/syntax-score.js";
import { addWinkHints } from "../dist/stages/tokenize/index.js";
import { SyntaxAnalyzer } from "../dist/syntax/analyzer.js";
import { parseConllu } from "../dist/syntax/conllu.js";
import { readModelFile, writeModelFile } from "../dist/syntax/model-file.js";
import { loadSyntaxModel, syntaxModelContent, syntaxModelFromContent } from "../dist/syntax/syntax-model.js";
import { trainSyntax } from "../dist/syntax/train/train-syntax.js";
import { addWordClasses, readWordClassFile, WordClasses } from "../dist/syntax/word-classes.js";

const root = join(import.meta.dirname, "..");
// Training takes minutes and replaces the shipped model by default: refuse a mistyped option (or --help)
// instead of running with the defaults.
const USAGE =
  "usage: node scripts/train-parser.mjs [--treebank DIR] [--out DIR] [--config FILE] [--dev-only] [--parser-from MODEL]";
const VALUED = new Set(["--treebank", "--out", "--config", "--parser-from"]);
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i];
  if (VALUED.has(arg) && i + 1 < process.argv.length) i++;
  else if (arg !== "--dev-only") {
    console.error(arg === "--help" || arg === "-h" ? USAGE : `unknown or incomplete option ${arg}\n${USAGE}`);
    process.exit(arg === "--help" || arg === "-h" ? 0 : 2);
  }
}
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const treebankDir = option("--treebank", join(root, "..", "shared", "treebanks", "ud-english-ewt"));
// By default the model replaces the one data/MANIFEST.json pins (bump that folder when the format changes).
const pinned = JSON.parse(readFileSync(join(root, "data", "MANIFEST.json"), "utf8")).dataSets.syntax;
const outDir = option("--out", join(root, "data", pinned));
const config = JSON.parse(
  readFileSync(option("--config", join(root, "scripts", "train-parser.config.json")), "utf8"),
);
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

const split = (name) => {
  const file = join(treebankDir, `en_ewt-ud-${name}.conllu`);
  if (!existsSync(file)) throw new Error(`${file} not found: the treebank is read from ../shared/treebanks`);
  const bytes = readFileSync(file);
  return {
    file: `en_ewt-ud-${name}.conllu`,
    sha256: sha256(bytes),
    sentences: parseConllu(bytes.toString("utf8"), file),
  };
};
const [train, dev, test] = ["train", "dev", "test"].map(split);
// A tagger trained with hints reads wink-nlp's tags of the words, as the coder's tokenize stage gives them.
if (config.tagger.hints) for (const s of [train, dev, test]) addWinkHints(s.sentences);
// WordNet's word classes, read by a tagger or parser trained with them (config.wordClasses).
const wordClasses =
  config.wordClasses &&
  new WordClasses(readWordClassFile(readFileSync(join(root, config.wordClasses), "utf8")));
if (wordClasses) for (const s of [train, dev, test]) addWordClasses(wordClasses, s.sentences);
const treebank = {
  name: "UD_English-EWT",
  licence: "CC BY-SA 4.0",
  url: "https://github.com/UniversalDependencies/UD_English-EWT",
  files: Object.fromEntries([train, dev, test].map((s) => [s.file, s.sha256])),
};

// The parser kept from another model file, recorded with its hash so that the model can be rebuilt.
const parserFile = option("--parser-from", undefined);
const parserFrom = parserFile && {
  model: parserFile.split("/").slice(-3).join("/"),
  sha256: sha256(readFileSync(parserFile)),
};

const started = Date.now();
// Dev is read during training only to choose the parser's number of epochs (config.parser.keepBestEpoch).
const model = trainSyntax(
  train.sentences,
  config,
  { config, treebank: treebank.files, ...(parserFrom ? { parserFrom } : {}) },
  (m) => console.log(m),
  dev.sentences,
  parserFile ? loadSyntaxModel(parserFile) : undefined,
  wordClasses || undefined,
);
const bytes = writeModelFile(syntaxModelContent(model));
const trainSeconds = (Date.now() - started) / 1000;
// Score the model as it will be loaded, not the in-memory one.
const analyzer = new SyntaxAnalyzer(syntaxModelFromContent(readModelFile(bytes, "model")));
const analyze = (forms, hints) => analyzer.analyze(forms, hints);
const round = (score) => ({
  ...score,
  upos: +score.upos.toFixed(4),
  uas: +score.uas.toFixed(4),
  las: +score.las.toFixed(4),
});
// --dev-only: an experiment, scored on dev alone (test is read once, for a candidate model).
const figures = { dev: round(scoreSyntax(dev.sentences, analyze)) };
if (!process.argv.includes("--dev-only")) figures.test = round(scoreSyntax(test.sentences, analyze));

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "en-ewt.bin"), bytes);
const meta = {
  name: "dyad-syntax-en-ewt",
  model: "en-ewt.bin",
  sha256: sha256(bytes),
  bytes: bytes.length,
  licence: "CC BY-SA 4.0 (trained on UD English EWT)",
  design:
    (model.header.beamWidth ?? 1) > 1
      ? `greedy averaged-perceptron tagger (two passes) + arc-hybrid parser with a beam of ${model.header.beamWidth}, global max-violation training, hashed features`
      : "greedy averaged-perceptron tagger (two passes) + greedy arc-hybrid parser, dynamic oracle, hashed features",
  beamWidth: model.header.beamWidth ?? 1,
  parserEpochsKept: model.header.training.parserEpochsKept,
  ...(parserFrom ? { parserFrom } : {}),
  treebank,
  config,
  evaluation: { note: "gold tokens, Dyad's own tags; all words incl. punctuation", ...figures },
};
writeFileSync(join(outDir, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
console.log(`trained in ${trainSeconds.toFixed(0)} s; ${bytes.length} bytes; sha256 ${meta.sha256}`);
console.log(JSON.stringify(figures));
