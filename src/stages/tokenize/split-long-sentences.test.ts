import { describe, expect, it } from "vitest";
import { createDoc } from "../../model/document.js";
import { breakLongRuns, MAX_RUN_CHARS } from "./break-long-runs.js";
import { MAX_SENTENCE_TOKENS, splitLongSentences } from "./split-long-sentences.js";
import { tokenizeDoc } from "./tokenize.js";

/** News words without sentence punctuation: one "sentence" of the whole text (issue 10). */
const unpunctuated = (words: number) =>
  Array.from(
    { length: words },
    (_, i) => ["Iraqi", "troops", "attacked", "positions", "near", "Mosul"][i % 6],
  ).join(" ");

describe("splitLongSentences", () => {
  it("cuts a text without sentence punctuation into sentences of at most the cap", () => {
    const doc = createDoc({ id: "t", text: unpunctuated(1000) });
    tokenizeDoc(doc);
    expect(doc.sentences.length).toBeGreaterThanOrEqual(Math.ceil(doc.tokens.length / MAX_SENTENCE_TOKENS));
    for (const sentence of doc.sentences) {
      expect(sentence.tokenEnd - sentence.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++)
        expect(doc.tokens.sentence[t]).toBe(sentence.index);
    }
    expect(doc.sentences.at(-1)?.tokenEnd).toBe(doc.tokens.length);
  });

  it("keeps sentences within the cap as they are", () => {
    const doc = createDoc({ id: "t", text: "Iran condemned Iraq. Iraq rejected the claim." });
    tokenizeDoc(doc);
    expect(splitLongSentences(doc.sentences, doc.tokens, 10)).toBe(doc.sentences);
  });

  it("numbers the pieces in order, each span covering its tokens", () => {
    const doc = createDoc({ id: "t", text: `${unpunctuated(25)}. Iran condemned Iraq.` });
    tokenizeDoc(doc);
    const pieces = splitLongSentences(doc.sentences, doc.tokens, 10);
    expect(pieces.map((s) => s.tokenEnd - s.tokenStart)).toEqual([10, 10, 6, 4]);
    pieces.forEach((sentence, i) => {
      expect(sentence.index).toBe(i);
      expect(sentence.span).toEqual({
        start: doc.tokens.start[sentence.tokenStart],
        end: doc.tokens.end[sentence.tokenEnd - 1],
      });
    });
  });
});

describe("breakLongRuns", () => {
  it("keeps the length and cuts runs longer than the cap", () => {
    const text = `${"-".repeat(200)} Iran ${"a".repeat(64)}`;
    const broken = breakLongRuns(text);
    expect(broken).toHaveLength(text.length);
    expect(Math.max(...broken.split(/\s+/).map((run) => run.length))).toBeLessThanOrEqual(MAX_RUN_CHARS);
    expect(broken.endsWith(` Iran ${"a".repeat(64)}`)).toBe(true);
  });

  it("never splits a surrogate pair", () => {
    const broken = breakLongRuns("😀".repeat(100), 9);
    expect(broken).toHaveLength(200);
    expect(broken.replace(/ /g, "")).toMatch(/^(?:😀)+$/u);
  });

  it("lets the tokenizer read a 40,000-character run as pieces at their offsets", () => {
    const text = `${"-".repeat(40_000)} Iran condemned Iraq.`;
    const doc = createDoc({ id: "t", text });
    tokenizeDoc(doc);
    for (let i = 0; i < doc.tokens.length; i++) {
      expect(doc.tokens.end[i] - doc.tokens.start[i]).toBeLessThanOrEqual(MAX_RUN_CHARS);
      expect(text.slice(doc.tokens.start[i], doc.tokens.end[i])).toBe(doc.tokens.text[i]);
    }
    expect(doc.tokens.text.slice(-4)).toEqual(["Iran", "condemned", "Iraq", "."]);
  });
});
