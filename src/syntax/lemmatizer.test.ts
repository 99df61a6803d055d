import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../dictionaries/data-paths.js";
import { syntaxModelPath } from "../dictionaries/load-resources.js";
import { Lemmatizer, lemmatize } from "./lemmatizer.js";
import { loadSyntaxModel } from "./syntax-model.js";

const tables = loadSyntaxModel(syntaxModelPath(DEFAULT_DATA_DIR)).header.lemmas;
const UPOS = ["NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "PRON", "DET", "ADP", "NUM", "X"];

describe("Lemmatizer", () => {
  it("gives the lemmas of the shipped tables", () => {
    const lemmatizer = new Lemmatizer(tables);
    expect(lemmatizer.lemma("Forces", "NOUN")).toBe("force");
    expect(lemmatizer.lemma("killed", "VERB")).toBe("kill");
    expect(lemmatizer.lemma("was", "AUX")).toBe("be");
    expect(lemmatizer.lemma("talks", "VERB")).toBe("talk");
  });

  it("agrees with lemmatize on every word of the bundled article under every UPOS", () => {
    const text = readFileSync(join(DEFAULT_DATA_DIR, "..", "examples", "iran-iraq-2022.txt"), "utf8");
    const words = [...new Set(text.split(/[\s,.;:()"]+/).filter((word) => word !== ""))];
    expect(words.length).toBeGreaterThan(150);
    const lemmatizer = new Lemmatizer(tables);
    const differing = words.flatMap((word) =>
      UPOS.filter((upos) => lemmatizer.lemma(word, upos) !== lemmatize(tables, word, upos)).map(
        (upos) => `${upos} ${word}`,
      ),
    );
    expect(differing).toEqual([]);
  });
});
