import { describe, expect, it } from "vitest";
import type { InputBatch } from "../ingest/index.js";
import type { DocumentInput } from "../model/document.js";
import { type DocumentCoder, type IngestProgress, ingestBatches } from "./ingest-documents.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import { makeEventRecord } from "./test-helpers/make-event-record.js";

/** A coder that codes one event per document and counts its calls; "boom" documents throw. */
function fakeCoder(): DocumentCoder & { calls: number } {
  return {
    calls: 0,
    code(input: DocumentInput) {
      this.calls++;
      if (input.text.includes("boom")) throw new Error("coder exploded");
      return { events: [makeEventRecord({ id: `${input.id}-e0`, doc_id: input.id, date: input.date })] };
    },
  };
}

const batch = (name: string, texts: string[], bytes = 100): InputBatch => ({
  name,
  bytes,
  documents: texts.map((text, i) => ({ id: `${name}-${i}`, text, date: "2022-03-13", source: name })),
  problems: [],
});

describe("ingest documents", () => {
  it("ingest documents stores new documents and skips known content without coding it", async () => {
    const store = openSqliteStore(":memory:");
    const coder = fakeCoder();
    const first = await ingestBatches(store, coder, [batch("a", ["One.", "Two."]), batch("b", ["Three."])]);
    expect(first).toMatchObject({ read: 3, new: 3, unchanged: 0, events: 1, mentions: 3, errors: 0 });
    const again = await ingestBatches(store, coder, [batch("a", ["One.", "Two."]), batch("b", ["Three."])]);
    expect(again).toMatchObject({ read: 3, new: 0, unchanged: 3, mentions: 0, errors: 0 });
    expect(coder.calls).toBe(3);
    await store.close();
  });

  it("ingest documents reports bad inputs and failing documents and keeps the rest", async () => {
    const store = openSqliteStore(":memory:");
    const problems: string[] = [];
    const bad = {
      ...batch("a", ["One.", "boom", "Three."]),
      problems: [{ file: "a", line: 7, message: "is not valid JSON" }],
    };
    const summary = await ingestBatches(store, fakeCoder(), [bad], {
      onProblem: (p) => problems.push(`${p.file}:${p.line ?? ""} ${p.message}`),
    });
    expect(summary).toMatchObject({ read: 3, new: 2, errors: 2 });
    expect(problems).toEqual([
      "a:7 is not valid JSON",
      'a: document "a-1": cannot be coded (coder exploded)',
    ]);
    expect((await store.stats()).documents).toBe(2);
    await store.close();
  });

  it("ingest documents reports documents per second and an ETA from the bytes done", async () => {
    const store = openSqliteStore(":memory:");
    let clock = 0;
    const seen: IngestProgress[] = [];
    await ingestBatches(
      store,
      fakeCoder(),
      [batch("a", ["1", "2", "3", "4"], 400), batch("b", ["5", "6", "7", "8"], 400)],
      {
        totalBytes: 800,
        now: () => (clock += 1000),
        progressEveryMs: 0,
        onProgress: (p) => seen.push(p),
      },
    );
    expect(seen).toHaveLength(8);
    expect(seen[4]).toMatchObject({
      documents: 5,
      fraction: 0.5,
      elapsedMs: 5000,
      docsPerSecond: 1,
      etaMs: 5000,
    });
    await store.close();
  });
});
