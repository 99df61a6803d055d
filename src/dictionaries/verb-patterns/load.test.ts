import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR, readDataManifest } from "../data-paths.js";
import { loadVerbPatterns } from "./load.js";

// No trusted hashes: every entry of the shipped file goes through the schema.
const patterns = loadVerbPatterns(
  join(readDataManifest(DEFAULT_DATA_DIR).folder("verbPatterns"), "verb-patterns.jsonl"),
);
const codesFor = (verb: string, head: string, modifier?: string) =>
  patterns
    .byVerb(verb)
    .filter((p) => p.object?.heads?.includes(head) && (!modifier || p.object.modifiers?.includes(modifier)))
    .map((p) => p.code);

describe("verb patterns (data/patterns, PETRARCH2 CAMEO.2.0 merged with Dyad's)", () => {
  it.each([
    ["express", "sorrow", undefined, "018"],
    ["issue", "warrants", "arrest", "173"],
    ["hold", "talk", undefined, "046"],
  ])("byVerb(%s) finds * %s as its code", (verb, head, modifier, code) => {
    expect(codesFor(verb, head, modifier)).toEqual([code]);
  });

  it("byVerb is case-insensitive and empty for a verb no pattern names", () => {
    expect(patterns.byVerb("EXPRESS").length).toBe(patterns.byVerb("express").length);
    expect(patterns.byVerb("zzzz")).toEqual([]);
  });

  it("the merged file names each verb phrase once", () => {
    const seen = new Set<string>();
    for (const entry of patterns.entries)
      for (const verb of entry.verbs)
        for (const head of entry.object?.heads ?? [entry.object?.role ?? "-"]) {
          const key = JSON.stringify([
            entry.before,
            verb,
            entry.particle,
            entry.object?.modifiers,
            head,
            entry.prepositions,
          ]);
          expect(seen.has(key), key).toBe(false);
          seen.add(key);
        }
  });

  it("Dyad's own pattern wins a conflict: hold talks stays Dyad's 040", () => {
    const talks = patterns
      .byVerb("hold")
      .filter((p) => p.object?.heads?.includes("talks") && !p.prepositions && !p.particle);
    expect(talks.map((p) => [p.origin, p.code])).toEqual([["dyad", "040"]]);
  });
});
