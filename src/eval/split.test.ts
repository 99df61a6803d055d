import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { devFile } from "../test-helpers/dev-data.js";
import { normaliseSplitText, splitPartOf } from "./split.js";

describe("splitPartOf", () => {
  it("normaliseSplitText folds case, width and whitespace", () => {
    expect(normaliseSplitText("  Iran\u00a0SAID\n\tit  would ＲＥＴＡＬＩＡＴＥ ")).toBe(
      "iran said it would retaliate",
    );
  });

  it("splitPartOf gives a sentence the same part whatever its case and spacing", () => {
    const text = "Russian troops shelled the outskirts of Kharkiv on Tuesday.";
    expect(splitPartOf(`  ${text.toUpperCase().replace(/ /g, "  ")}\n`)).toBe(splitPartOf(text));
  });

  it("splitPartOf sends both parts some sentences", () => {
    const parts = new Set(
      Array.from({ length: 40 }, (_, i) => splitPartOf(`Sentence number ${i} of the test.`)),
    );
    expect(parts).toEqual(new Set(["tune", "check"]));
  });

  const conflibert = devFile("conflibert-cameo-train.jsonl");
  it.skipIf(!conflibert)("splitPartOf puts about 70% of a real dev set in tune", () => {
    const texts = readFileSync(conflibert ?? "", "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line).text as string);
    const tune = texts.filter((text) => splitPartOf(text) === "tune").length / texts.length;
    expect(tune).toBeGreaterThan(0.65);
    expect(tune).toBeLessThan(0.75);
  });
});
