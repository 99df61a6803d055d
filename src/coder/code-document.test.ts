import { beforeAll, describe, expect, it } from "vitest";
import { chunkEnd, codeDocument, codeInChunks } from "./code-document.js";
import { type Coder, createCoder } from "./coder.js";

let coder: Coder;
beforeAll(() => {
  coder = createCoder();
});

const ARTICLE = [
  "Iraqi troops attacked Islamic State positions near Mosul on Monday.",
  "Iran condemned the Israeli strikes on Syria.",
  "Turkey's foreign minister met his Iraqi counterpart in Baghdad.",
].join("\n");

describe("codeDocument", () => {
  it("codes a long document in chunks with the whole document's offsets and sentence numbers", () => {
    const text = Array.from({ length: 40 }, () => ARTICLE).join("\n");
    const whole = coder.code({ id: "d", text, date: "2022-03-20" });
    const chunked = codeDocument(coder, { id: "d", text, date: "2022-03-20" }, { chunkChars: 2000 });
    expect(chunked.codedChars).toBe(text.length);
    expect(chunked.cutShort).toBe(false);
    expect(chunked.sentences).toBe(whole.sentences.length);
    expect(chunked.events.map((e) => `${e.sentence_index} ${e.cameo} ${e.trigger.span.start}`)).toEqual(
      whole.events.map((e) => `${e.sentence_index} ${e.cameo} ${e.trigger.span.start}`),
    );
    for (const event of chunked.events) {
      expect(text.slice(event.trigger.span.start, event.trigger.span.end)).toBe(event.trigger.text);
      expect(text.slice(...event.sentence_span)).toBe(event.sentence);
      if (event.source)
        expect(text.slice(event.source.span.start, event.source.span.end)).toBe(event.source.text);
    }
    expect(new Set(chunked.events.map((e) => e.id)).size).toBe(chunked.events.length);
  });

  it("codes a document shorter than a chunk exactly as the coder does", () => {
    const direct = coder.code({ id: "a", text: ARTICLE });
    expect(codeDocument(coder, { id: "a", text: ARTICLE }).events).toEqual(direct.events);
  });

  it("stops after the chunk that passes the time budget and says how far it got", () => {
    const text = Array.from({ length: 20 }, () => ARTICLE).join("\n");
    let clock = 0;
    const steps = [
      ...codeInChunks(coder, { id: "d", text }, { chunkChars: 1000, budgetMs: 5, now: () => (clock += 2) }),
    ];
    const last = steps.at(-1);
    expect(last?.cutShort).toBe(true);
    expect(last?.codedChars).toBeGreaterThan(0);
    expect(last?.codedChars).toBeLessThan(text.length);
    expect(steps.slice(0, -1).every((step) => step.events.length > 0 && !step.cutShort)).toBe(true);
  });

  it("refuses an impossible publication date", () => {
    expect(() => coder.code({ id: "x", text: ARTICLE, date: "2022-13-45" })).toThrow(/not a real date/);
  });
});

describe("chunkEnd", () => {
  it.each([
    ["a line break", "aaaa bbbb cccc\ndddd eeee ffff", 0, 20, 14],
    ["a sentence end", "aaaa bbbb cccc. dddd eeee ffff", 0, 20, 16],
    ["a space", "aaaa bbbb cccc dddd eeee", 0, 12, 10],
    ["the end of the text", "aaaa bbbb", 0, 20, 9],
  ])("ends a chunk at %s", (_label, text, start, size, expected) => {
    expect(chunkEnd(text, start, size)).toBe(expected);
  });

  it("never cuts a surrogate pair in text without spaces", () => {
    const text = "😀".repeat(20);
    const end = chunkEnd(text, 0, 11);
    expect(end % 2).toBe(0);
  });
});
