import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDoc, type Doc, tokenRangeText } from "../../model/document.js";
import { DataFileError } from "../../model/errors.js";
import { tokenizeDoc } from "../tokenize/tokenize.js";
import { longestFirstOverlap, matchTriggers, type TriggerMatch } from "./match-triggers.js";
import { compileTriggerPatterns, loadTriggerPatterns } from "./trigger-patterns.js";

/** A small fixture set in the production format; the real data file is measured in trigger-coverage.test.ts. */
const FIXTURE = compileTriggerPatterns({
  file: "fixture.jsonl",
  entries: [
    { code: "111", pattern: "condemn", pos: "verb" },
    { code: "111", pattern: "condemnation", pos: "noun" },
    { code: "190", pattern: "strike", pos: "verb" },
    { code: "195", pattern: "strike", pos: "noun" },
    { code: "040", pattern: "talk ~1 with|to", pos: "verb" },
    { code: "041", pattern: "talk ~6 telephone|phone" },
    { code: "173", pattern: "hold", pos: "verb" },
    { code: "040", pattern: "hold talks|consultations|meeting" },
    { code: "0253", pattern: "call for ?the release" },
    { code: "193", pattern: "open fire ?on|at" },
    { code: "010", pattern: "say", pos: "verb", speech: true },
    { code: "040", pattern: "meet", pos: "verb", target_after: ["with"] },
  ],
});

function tokenized(text: string): Doc {
  const doc = createDoc({ id: "t", text });
  tokenizeDoc(doc);
  return doc;
}

/** Matches of the first sentence as `code:text` pairs, easy to read in a failing assertion. */
function codesIn(text: string): string[] {
  const doc = tokenized(text);
  return matchTriggers(doc, 0, FIXTURE).map(
    (m) => `${m.code}:${tokenRangeText(doc, m.tokenStart, m.tokenEnd)}`,
  );
}

describe("matchTriggers", () => {
  it.each([
    ["Iran condemned the attack.", "111:condemned"],
    ["Iran condemns the attack.", "111:condemns"],
    ["Iran is condemning the attack.", "111:condemning"],
  ])("matches verb forms by lemma: %s", (text, expected) => {
    expect(codesIn(text)).toEqual([expected]);
  });

  it("matches a noun trigger and lets the head's POS pick the code", () => {
    expect(codesIn("Iraq protested against the missile strikes.")).toContain("195:strikes");
    expect(codesIn("Israeli jets struck Gaza overnight.")).toEqual(["190:struck"]);
  });

  it("matches a multiword pattern across a gap", () => {
    const doc = tokenized("The minister talked to his Iraqi counterpart on the telephone.");
    const [match] = matchTriggers(doc, 0, FIXTURE);
    expect(match.code).toBe("041");
    expect(tokenRangeText(doc, match.tokenStart, match.tokenEnd)).toBe(
      "talked to his Iraqi counterpart on the telephone",
    );
    expect(doc.tokens.lower[match.head]).toBe("talked");
  });

  it("keeps the longest match when patterns overlap", () => {
    expect(codesIn("The two sides held talks in Geneva.")).toEqual(["040:held talks"]);
    expect(codesIn("Police held three men overnight.")).toEqual(["173:held"]);
  });

  it("takes an optional element when present and skips it when absent", () => {
    expect(codesIn("Rights groups called for the release of the journalists.")).toEqual([
      "0253:called for the release",
    ]);
    expect(codesIn("Rights groups called for release of the journalists.")).toEqual([
      "0253:called for release",
    ]);
  });

  it("does not let a gap cross a semicolon or a clause-opening comma", () => {
    expect(codesIn("He talked; the telephone rang.")).toEqual([]);
    expect(codesIn("Ali talked with Omar, while Sara used the phone.")).toEqual(["040:talked with"]);
  });

  it("reports speech verbs, POS constraint and target prepositions", () => {
    const doc = tokenized("The president said he would meet with Putin.");
    const matches = matchTriggers(doc, 0, FIXTURE);
    expect(matches.map((m) => [m.code, m.speech, m.pos])).toEqual([
      ["010", true, "verb"],
      ["040", false, "verb"],
    ]);
    expect(matches[0].targetAfter).toBeUndefined();
    expect(matches[1].targetAfter).toEqual(["with"]);
  });

  it("keeps non-overlapping matches in text order", () => {
    expect(codesIn("Soldiers opened fire on protesters, and Iran condemned the killings.")).toEqual([
      "193:opened fire on",
      "111:condemned",
    ]);
  });

  it("accepts an injected overlap policy", () => {
    const keepAll = (matches: readonly TriggerMatch[]) => [...matches];
    const doc = tokenized("The two sides held talks.");
    expect(matchTriggers(doc, 0, FIXTURE, { overlap: keepAll }).map((m) => m.code)).toEqual(["173", "040"]);
  });
});

describe("longestFirstOverlap", () => {
  const base = { head: 0, pattern: "p", speech: false, pos: "any" as const, words: [] };
  it("prefers more elements, then the longer span, then the longer code", () => {
    const a: TriggerMatch = { ...base, code: "190", tokenStart: 0, tokenEnd: 5, elementCount: 1 };
    const b: TriggerMatch = { ...base, code: "040", tokenStart: 0, tokenEnd: 2, elementCount: 2 };
    const c: TriggerMatch = { ...base, code: "0253", tokenStart: 1, tokenEnd: 3, elementCount: 2 };
    const d: TriggerMatch = { ...base, code: "111", tokenStart: 6, tokenEnd: 7, elementCount: 1 };
    expect(longestFirstOverlap([a, b, c, d]).map((m) => m.code)).toEqual(["0253", "111"]);
  });
});

describe("compileTriggerPatterns", () => {
  it.each([
    [{ code: "111" }, "pattern"],
    [{ code: "999", pattern: "condemn" }, "code"],
    [{ code: "111", pattern: "condemn", pos: "adverb" }, "pos"],
    [{ code: "111", pattern: "condemn", colour: "red" }, "colour"],
    [{ code: "111", pattern: "?condemn" }, "head"],
    [{ code: "111", pattern: "condemn ~3" }, "gap"],
    [{ code: "111", pattern: "condemn ~40 attack" }, "gap"],
  ])("rejects a bad line with a DataFileError naming file and line (%j)", (bad, why) => {
    const entries = [{ code: "111", pattern: "condemn" }, bad];
    const compile = () => compileTriggerPatterns({ file: "events.jsonl", entries });
    expect(compile).toThrow(DataFileError);
    expect(compile).toThrow(/^events\.jsonl:2: /);
    expect(compile).toThrow(new RegExp(why));
  });
});

describe("loadTriggerPatterns", () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-triggers-"));

  it("reads JSONL, skipping blank lines", () => {
    const path = join(dir, "good.jsonl");
    writeFileSync(
      path,
      '{"code":"111","pattern":"condemn","pos":"verb"}\n\n{"code":"193","pattern":"open fire"}\n',
    );
    expect(loadTriggerPatterns(path).size).toBe(2);
  });

  it("names the physical line of an invalid entry", () => {
    const path = join(dir, "bad.jsonl");
    writeFileSync(path, '{"code":"111","pattern":"condemn"}\n\n{"code":"111","pattern":"condemn",}\n');
    expect(() => loadTriggerPatterns(path)).toThrow(DataFileError);
    expect(() => loadTriggerPatterns(path)).toThrow(`${path}:3: not valid JSON`);
  });
});
