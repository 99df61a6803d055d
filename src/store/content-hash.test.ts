import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentHash, normalizeForHash } from "./content-hash.js";

const reference = (text: string) => createHash("sha256").update(normalizeForHash(text)).digest("hex");

describe("content hash", () => {
  it("content hash ignores whitespace runs, a byte-order mark and composed/decomposed accents", () => {
    expect(contentHash("\uFEFF Iran  struck\nErbil. ")).toBe(contentHash("Iran struck Erbil."));
    expect(contentHash("Erbil cafe\u0301")).toBe(contentHash("Erbil café"));
  });

  // Issue 10: a 50 MB text is hashed piece by piece; the pieces must give the whole text's hash.
  it("content hash read in small pieces equals the hash of the whole normalised text", () => {
    const piece = fc.constantFrom("a", "é", "e\u0301", " ", "\n\t", "\uFEFF", "😀", "x y", "\u00a0", "ﬁ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (parts, chunk) => {
        const text = parts.join("");
        expect(contentHash(text, chunk)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
