import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../dictionaries/data-paths.js";
import { syntaxModelPath } from "../dictionaries/load-resources.js";
import { DataFileError } from "../model/errors.js";
import { readModelFile } from "./model-file.js";
import { loadSyntaxModel } from "./syntax-model.js";

const modelPath = syntaxModelPath(DEFAULT_DATA_DIR);

describe("the shipped syntax model", () => {
  it("matches the hash, size and licence its meta.json records", () => {
    const bytes = readFileSync(modelPath);
    const meta = JSON.parse(readFileSync(join(dirname(modelPath), "meta.json"), "utf8"));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(meta.sha256);
    expect(bytes.length).toBe(meta.bytes);
    expect(bytes.length).toBeLessThanOrEqual(30 * 1024 * 1024);
    expect(meta.licence).toMatch(/CC BY-SA 4\.0/);
    expect(Object.keys(meta.treebank.files)).toEqual([
      "en_ewt-ud-train.conllu",
      "en_ewt-ud-dev.conllu",
      "en_ewt-ud-test.conllu",
    ]);
  });

  it("loads with the UD tag set and relation labels", () => {
    const model = loadSyntaxModel(modelPath);
    expect(model.tagger.tags).toHaveLength(17);
    expect(model.parser.labels).toEqual(
      expect.arrayContaining(["nsubj:pass", "obl:agent", "acl:relcl", "root"]),
    );
    expect(model.tagger.dictionary.size).toBeGreaterThan(100);
  });

  it("rejects a file that is not a model, naming it", () => {
    expect(() => readModelFile(new TextEncoder().encode("not a model at all"), "x.bin")).toThrow(
      DataFileError,
    );
    expect(() => readModelFile(new TextEncoder().encode("not a model at all"), "x.bin")).toThrow(/x\.bin/);
  });
});
