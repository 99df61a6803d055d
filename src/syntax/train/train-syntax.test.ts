import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addWinkHints } from "../../stages/tokenize/index.js";
import { treebankFile } from "../../test-helpers/treebank.js";
import { SyntaxAnalyzer } from "../analyzer.js";
import { parseConllu } from "../conllu.js";
import { readModelFile, writeModelFile } from "../model-file.js";
import { loadSyntaxModel, syntaxModelContent, syntaxModelFromContent } from "../syntax-model.js";
import { addWordClasses, readWordClassFile, WordClasses } from "../word-classes.js";
import { type TrainConfig, trainSyntax } from "./train-syntax.js";

const trainPath = treebankFile("train");
const CONFIG: TrainConfig = {
  templates: "test",
  seed: 7,
  jackknifeFolds: 2,
  tagSet: "upos|xpos",
  tagger: { epochs: 2, dictionaryMinCount: 5, dictionaryPurity: 0.99, minWeight: 0, twoPass: true },
  parser: { epochs: 2, exploreFrom: 1, explore: 0.9, minWeight: 0 },
};

describe.skipIf(trainPath === null)("training (UD English EWT, first 300 sentences)", () => {
  if (trainPath === null) console.warn("skipped: ../shared/treebanks/ud-english-ewt is absent");
  // The first ~300 sentences only (the whole file takes seconds to read).
  const head = trainPath ? readFileSync(trainPath, "utf8").slice(0, 120_000) : "";
  const slice = parseConllu(head.slice(0, head.lastIndexOf("\n\n") + 1), trainPath ?? "").slice(0, 300);
  const train = (seed: number) =>
    writeModelFile(syntaxModelContent(trainSyntax(slice, { ...CONFIG, seed }, {})));
  const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

  it("is reproducible: the same data and seed give the same model bytes", () => {
    const first = train(7);
    expect(sha(train(7))).toBe(sha(first));
    // The seed matters (shuffles), so the test would notice a model that ignores it.
    expect(sha(train(8))).not.toBe(sha(first));
  });

  it("trains a beam parser globally, reproducibly, and the model decodes with its width", () => {
    const config = { ...CONFIG, parser: { ...CONFIG.parser, beam: 3, keepBestEpoch: true } };
    // The held-out set rates each epoch; the epoch kept is recorded with the training settings.
    const beam = () =>
      writeModelFile(syntaxModelContent(trainSyntax(slice, config, {}, () => {}, slice.slice(0, 50))));
    const bytes = beam();
    expect(sha(beam())).toBe(sha(bytes));
    const model = syntaxModelFromContent(readModelFile(bytes, "test"));
    expect(model.header.beamWidth).toBe(3);
    expect(model.parser.beamWidth).toBe(3);
    expect(model.header.training.parserEpochsKept).toBeGreaterThanOrEqual(1);
    const out = new SyntaxAnalyzer(model).analyze(slice[1].form);
    expect(out.head.filter((h) => h === -1)).toHaveLength(1);
    const rightHeads = out.head.filter((h, i) => h === slice[1].head[i]).length;
    expect(rightHeads / slice[1].form.length).toBeGreaterThan(0.5);
  });

  it("a written model reads back and parses what it was trained on into trees", () => {
    const model = syntaxModelFromContent(readModelFile(train(7), "test"));
    const analyzer = new SyntaxAnalyzer(model);
    const sentence = slice[1];
    const out = analyzer.analyze(sentence.form);
    expect(out.head.filter((h) => h === -1)).toHaveLength(1);
    expect(out.deprel[out.head.indexOf(-1)]).toBe("root");
    const correctTags = out.upos.filter((tag, i) => tag === sentence.upos[i]).length;
    expect(correctTags / sentence.form.length).toBeGreaterThan(0.8);
  });

  it("trains a parser on a smaller template set, which the model file records and the runtime reads", () => {
    const config: TrainConfig = {
      ...CONFIG,
      tagSet: "upos",
      parser: { ...CONFIG.parser, templates: "lean.1" },
    };
    const bytes = writeModelFile(syntaxModelContent(trainSyntax(slice, config, {})));
    const model = syntaxModelFromContent(readModelFile(bytes, "test"));
    expect(model.header.parserTemplates).toBe("lean.1");
    expect(model.parser.templates[121]).toBe(0);
    expect(model.parser.templates[120]).toBe(1);
    const full = syntaxModelFromContent(
      readModelFile(
        writeModelFile(syntaxModelContent(trainSyntax(slice, { ...config, parser: CONFIG.parser }, {}))),
        "full",
      ),
    );
    expect(full.header.parserTemplates).toBeUndefined();
    // Fewer templates, fewer features; and the parse is still a tree that mostly holds.
    expect(model.parser.classifier.arrays.keys.length).toBeLessThan(
      full.parser.classifier.arrays.keys.length,
    );
    const out = new SyntaxAnalyzer(model).analyze(slice[1].form);
    expect(out.head.filter((h) => h === -1)).toHaveLength(1);
    // A template set this build does not know is refused at load.
    const unknown = readModelFile(bytes, "test");
    unknown.header = { ...unknown.header, parserTemplates: "lean.999" };
    expect(() => syntaxModelFromContent(unknown)).toThrow(/unknown templates/);
  });

  it("trains a tagger that reads wink-nlp's tags, reproducibly, and the model file says so", () => {
    const hinted = slice.map((sentence) => ({ ...sentence }));
    addWinkHints(hinted);
    const config: TrainConfig = {
      ...CONFIG,
      tagSet: "upos",
      tagger: { ...CONFIG.tagger, hints: true, secondPassFolds: 2 },
    };
    const bytes = writeModelFile(syntaxModelContent(trainSyntax(hinted, config, {})));
    expect(sha(writeModelFile(syntaxModelContent(trainSyntax(hinted, config, {}))))).toBe(sha(bytes));
    const model = syntaxModelFromContent(readModelFile(bytes, "test"));
    expect(model.header.taggerHints).toBe("wink-pos.3");
    expect(model.tagger.hints).toBe(true);
    // The tagger leans on the hints: without them (every word "none") it tags worse.
    const analyzer = new SyntaxAnalyzer(model);
    let withHints = 0;
    let without = 0;
    for (const sentence of hinted.slice(0, 100)) {
      const a = analyzer.analyze(sentence.form, sentence.hint);
      const b = analyzer.analyze(sentence.form);
      sentence.upos.forEach((tag, i) => {
        if (a.upos[i] === tag) withHints++;
        if (b.upos[i] === tag) without++;
      });
    }
    expect(withHints).toBeGreaterThan(without);
  });

  it("keeps a given model's parser, arrays unchanged, beside a newly trained tagger", () => {
    const upos: TrainConfig = { ...CONFIG, tagSet: "upos" };
    const plain = syntaxModelFromContent(
      readModelFile(writeModelFile(syntaxModelContent(trainSyntax(slice, upos, {}))), "plain"),
    );
    const hinted = slice.map((sentence) => ({ ...sentence }));
    addWinkHints(hinted);
    const config: TrainConfig = { ...upos, tagger: { ...CONFIG.tagger, hints: true } };
    const model = trainSyntax(hinted, config, {}, () => {}, undefined, plain);
    expect(syntaxModelContent(model).classifiers.parser).toEqual(
      syntaxModelContent(plain).classifiers.parser,
    );
    expect(model.tagger.hints).toBe(true);
    expect(syntaxModelContent(model).classifiers.tagger).not.toEqual(
      syntaxModelContent(plain).classifiers.tagger,
    );
    // A parser trained on another tag set would read wrong tag ids: refused.
    expect(() => trainSyntax(slice, CONFIG, {}, () => {}, undefined, plain)).toThrow(/other tags/);
  });

  it("trains a tagger and parser that read WordNet's word classes; the model holds their table and says so", () => {
    const classes = new WordClasses(
      readWordClassFile(readFileSync("data/lexicon/v2026.12/wordnet-classes.txt", "utf8")),
    );
    const classed = slice.map((sentence) => ({ ...sentence }));
    addWordClasses(classes, classed);
    const config: TrainConfig = {
      ...CONFIG,
      tagSet: "upos",
      tagger: { ...CONFIG.tagger, wordClasses: true },
      parser: { ...CONFIG.parser, templates: "zn2011-hybrid.2+wordnet.1" },
    };
    const train = () =>
      writeModelFile(
        syntaxModelContent(trainSyntax(classed, config, {}, () => {}, undefined, undefined, classes)),
      );
    const bytes = train();
    expect(sha(train())).toBe(sha(bytes));
    // Without the table the config cannot be trained.
    expect(() => trainSyntax(classed, config, {})).toThrow(/word classes/);
    const dir = mkdtempSync(join(tmpdir(), "dyad-wordnet-"));
    writeFileSync(join(dir, "model.bin"), bytes);
    const model = loadSyntaxModel(join(dir, "model.bin"));
    expect(model.header.wordClasses).toBe("wordnet-3.1.1");
    expect(model.tagger.wordClasses).toBe(true);
    expect(model.parser.templates[223]).toBe(1);
    expect(model.wordClasses?.classOf("detonated")).toBe(classes.classOf("detonated"));
    // The classes are read at inference: a sentence parses into a tree, and the analyzer's per-form
    // cache gives the same analysis as a fresh one.
    const words = ["Rebels", "shelled", "the", "town", "on", "Tuesday", "."];
    const analyzer = new SyntaxAnalyzer(model);
    const out = analyzer.analyze(words);
    expect(out.head.filter((h) => h === -1)).toHaveLength(1);
    expect(analyzer.analyze(words)).toEqual(out);
    // A model trained on other word classes or features is refused, and so is one without the table.
    const other = readModelFile(bytes, "test");
    other.header = { ...other.header, wordClasses: "wordnet-0" };
    writeFileSync(join(dir, "other.bin"), writeModelFile(other));
    expect(() => loadSyntaxModel(join(dir, "other.bin"))).toThrow(/word classes "wordnet-0"/);
    const bare = readModelFile(bytes, "test");
    delete bare.arrays["wordClasses.keys"];
    writeFileSync(join(dir, "bare.bin"), writeModelFile(bare));
    expect(() => loadSyntaxModel(join(dir, "bare.bin"))).toThrow(/lacks their table/);
  });
});
