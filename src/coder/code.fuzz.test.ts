import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { EventRecord } from "../model/document.js";
import { codeDocument } from "./code-document.js";
import { type Coder, createCoder } from "./coder.js";

// Issue 10: property tests over `code`. Fixed seed, few runs: a few seconds in all.
const RUNS = { seed: 20_261_204, numRuns: 40 };
let coder: Coder;
beforeAll(() => {
  coder = createCoder();
});

/** Every offset an event carries points into the text, at the words the event quotes. */
function expectSpansInText(text: string, events: readonly EventRecord[]): void {
  for (const event of events) {
    expect(text.slice(event.trigger.span.start, event.trigger.span.end)).toBe(event.trigger.text);
    expect(text.slice(...event.sentence_span)).toBe(event.sentence);
    for (const actor of [event.source, event.target]) {
      if (actor) expect(text.slice(actor.span.start, actor.span.end)).toBe(actor.text);
    }
  }
}

const NEWS_WORDS = [
  "Iran",
  "condemned",
  "Iraq",
  "attacked",
  "Mosul",
  "troops",
  "on",
  "Monday",
  "said",
  "the",
  ",",
  ".",
  "\n",
  "not",
];

describe("code: random text never crashes, hangs or loses the good part", () => {
  it("codes random Unicode with every offset inside the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        expectSpansInText(text, coder.code({ id: "f", text, date: "2022-03-20" }).events);
      }),
      RUNS,
    );
  });

  it("codes random news-like word salad with every offset inside the text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NEWS_WORDS), { maxLength: 300 }), (words) => {
        const text = words.join(" ");
        expectSpansInText(text, coder.code({ id: "f", text, date: "2022-03-20" }).events);
      }),
      RUNS,
    );
  });

  it("codes a good sentence wherever random noise surrounds it", () => {
    const good = "Iraqi troops attacked Islamic State positions near Mosul on Monday.";
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (before, after) => {
        const text = `${before}\n\n${good}\n\n${after}`;
        const events = coder.code({ id: "f", text, date: "2022-03-20" }).events;
        expect(events.some((e) => e.trigger.text === "attacked" && e.source?.code === "IRQMIL")).toBe(true);
      }),
      { ...RUNS, numRuns: 20 },
    );
  });

  it("codes very long tokens and lines in bounded chunks", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50_000, max: 200_000 }),
        fc.constantFrom("a", "é", "😀", "-", "Iran"),
        (length, unit) => {
          const text = `${unit.repeat(Math.ceil(length / unit.length))} Iran condemned Iraq.`;
          const result = codeDocument(coder, { id: "long", text });
          expect(result.codedChars).toBe(text.length);
          expectSpansInText(text, result.events);
        },
      ),
      { ...RUNS, numRuns: 3 },
    );
  });
});
