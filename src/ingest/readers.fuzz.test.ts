import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INGEST_FORMATS } from "./detect-format.js";
import { readDocuments } from "./read-documents.js";
import { readHtml } from "./read-html.js";
import { readBytes } from "./read-input.js";

// Issue 10: property tests over the input readers. A fixed seed and a few dozen runs keep them to a
// few seconds and make a failure reproducible.
const RUNS = { seed: 20_261_204, numRuns: 60 };

/** A line of random bytes with no line break in it. */
const garbageLine = fc
  .uint8Array({ maxLength: 200 })
  .map((bytes) => Buffer.from(bytes.filter((b) => b !== 0x0a)));
const goodRecord = fc.record({
  text: fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }).filter((text) => text.trim() !== ""),
  date: fc.option(fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })),
});

describe("input readers: random input never crashes or hangs", () => {
  it("reads random bytes in every format without throwing, reporting what it rejects", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...INGEST_FORMATS), (bytes, format) => {
        const result = readBytes(bytes, "fuzz", "fuzz", format);
        expect(Array.isArray(result.documents)).toBe(true);
        if (result.documents.length === 0 && format !== "jsonl" && format !== "feed")
          expect(result.problems.length).toBeGreaterThan(0);
        for (const document of result.documents) expect(document.text.trim()).not.toBe("");
      }),
      RUNS,
    );
  });

  it("reads random Unicode text in every format without throwing", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 2000 }),
        fc.constantFrom(...INGEST_FORMATS),
        (text, format) => {
          readBytes(Buffer.from(text), "fuzz", "fuzz", format);
        },
      ),
      RUNS,
    );
  });

  it("keeps every good JSONL record, whatever bad lines surround it", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            goodRecord.map((record) => ({ good: record })),
            garbageLine.map((bad) => ({ bad })),
          ),
          {
            maxLength: 30,
          },
        ),
        (lines) => {
          const good = new Map<string, { text: string; date?: string }>();
          const bytes = Buffer.concat(
            lines.flatMap((line, i) => {
              if ("bad" in line) return [line.bad, Buffer.from("\n")];
              const id = `good-${i}`;
              const date = line.good.date?.toISOString().slice(0, 10);
              good.set(id, { text: line.good.text, date });
              return [Buffer.from(JSON.stringify({ id, text: line.good.text, date })), Buffer.from("\n")];
            }),
          );
          const { documents } = readDocuments(bytes, "fuzz.jsonl", { format: "jsonl" });
          const read = new Map(documents.map((document) => [document.id, document]));
          for (const [id, record] of good) {
            expect(read.get(id)?.text).toBe(record.text);
            expect(read.get(id)?.date).toBe(record.date);
          }
        },
      ),
      RUNS,
    );
  });

  it("reads very long lines and tokens", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 300_000 }),
        fc.constantFrom("a", "é", "😀", "<", "{"),
        (length, unit) => {
          for (const format of INGEST_FORMATS)
            readBytes(Buffer.from(unit.repeat(length)), "long", "long", format);
        },
      ),
      { ...RUNS, numRuns: 5 },
    );
  });

  it("reads deeply nested HTML and keeps its text", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 20_000 }),
        fc.constantFrom("div", "span", "b", "section"),
        (depth, tag) => {
          const html = `<html><body>${`<${tag}>`.repeat(depth)}Iran condemned Iraq.${`</${tag}>`.repeat(depth)}</body></html>`;
          expect(readHtml(html, "deep")?.text).toContain("Iran condemned Iraq.");
        },
      ),
      { ...RUNS, numRuns: 4 },
    );
  });
});
