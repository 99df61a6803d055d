import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "./data-paths.js";
import { FilteredSet } from "./filtered-set.js";

// The words of the bundled article, with every run of two and three of them (as the actor matcher
// builds its keys).
const text = readFileSync(join(DEFAULT_DATA_DIR, "..", "examples", "iran-iraq-2022.txt"), "utf8");
const words = text.split(/[\s.,;:"()]+/).filter((word) => word !== "");
const keys = words.flatMap((word, i) => [
  word,
  words.slice(i, i + 2).join(" "),
  words.slice(i, i + 3).join(" "),
]);

describe("FilteredSet", () => {
  it("answers as the set it holds on the words of a real text", () => {
    // Every third word and a few names: most keys looked up are absent, as in the coder.
    const plain = new Set([
      ...words.filter((_, i) => i % 3 === 0),
      "President Barham Salih",
      "United States",
    ]);
    const filtered = new FilteredSet(plain);
    expect(filtered.size).toBe(plain.size);
    let present = 0;
    for (const key of [...keys, "", "Iraq", "iraq", "President Barham", "United States"]) {
      expect(filtered.has(key), key).toBe(plain.has(key));
      if (plain.has(key)) present++;
    }
    expect(present).toBeGreaterThan(20);
    expect(present).toBeLessThan(keys.length);
  });
});
