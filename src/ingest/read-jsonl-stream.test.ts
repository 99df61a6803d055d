import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocuments } from "./read-documents.js";
import { readInputs } from "./read-input.js";
import { readJsonlStream } from "./read-jsonl-stream.js";

const EXAMPLE = readFileSync(join(import.meta.dirname, "..", "..", "examples", "iran-iraq-2022.txt"), "utf8");
const sentences = EXAMPLE.split(/(?<=\.)\s+/).filter((s) => s.trim() !== "");

/** A JSONL file of the example's sentences with the kinds of bad line a real export holds. */
function exampleFile(): Buffer {
  const lines: Buffer[] = sentences.map((text, i) =>
    Buffer.from(JSON.stringify(i % 3 === 0 ? { text } : { id: `s${i}`, text, date: "2022-03-20" })),
  );
  lines.splice(2, 0, Buffer.from('{"id":"broken","text":"Iran'));
  lines.splice(
    4,
    0,
    Buffer.concat([Buffer.from('{"id":"latin1","text":"Caf'), Buffer.from([0xe9]), Buffer.from('"}')]),
  );
  lines.splice(6, 0, Buffer.from(JSON.stringify({ id: "s1", text: "A repeated id." })));
  lines.splice(7, 0, Buffer.from(""));
  return Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    ...lines.flatMap((line) => [line, Buffer.from("\n")]),
  ]);
}

/** The bytes cut into pieces of `size`, so lines and multi-byte characters straddle the cuts. */
async function* pieces(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function readAll(bytes: Buffer, size: number, batchSize?: number) {
  const batches = [];
  for await (const batch of readJsonlStream(pieces(bytes, size), "news.jsonl", {
    defaultDate: "2022-03-21",
    batchSize,
  }))
    batches.push(batch);
  return batches;
}

describe("readJsonlStream: a JSONL file of any size in bounded memory", () => {
  it("judges every line as the whole-file reader does, whatever the chunking", async () => {
    const bytes = exampleFile();
    const whole = readDocuments(bytes, "news.jsonl", { format: "jsonl", defaultDate: "2022-03-21" });
    expect(whole.documents.length).toBe(sentences.length);
    expect(whole.problems.map((p) => p.line)).toEqual([3, 5, 7]);
    for (const size of [1, 7, 64, 100_000]) {
      const batches = await readAll(bytes, size);
      expect(batches.flatMap((b) => b.documents)).toEqual(whole.documents);
      expect(batches.flatMap((b) => b.problems)).toEqual(whole.problems);
      expect(batches.reduce((sum, b) => sum + b.bytes, 0)).toBe(bytes.length);
    }
  });

  it("yields batches of the size asked for", async () => {
    const batches = await readAll(exampleFile(), 4096, 4);
    expect(batches.length).toBeGreaterThan(2);
    for (const batch of batches.slice(0, -1)) expect(batch.documents.length).toBeGreaterThanOrEqual(4);
  });

  it("skips a line too long to hold a record within the limit without holding it, and reads on", async () => {
    const huge = `{"id":"huge","text":"${"Iran condemned Iraq. ".repeat(20_000)}"}`;
    const bytes = Buffer.from(`${huge}\n${JSON.stringify({ id: "next", text: sentences[0] })}\n`);
    const batches = [];
    for await (const batch of readJsonlStream(pieces(bytes, 4096), "big.jsonl", { maxDocumentBytes: 1000 }))
      batches.push(batch);
    expect(batches.flatMap((b) => b.documents).map((d) => d.id)).toEqual(["next"]);
    const [problem] = batches.flatMap((b) => b.problems);
    expect(problem).toMatchObject({ file: "big.jsonl", line: 1 });
    expect(problem.message).toMatch(/too long/);
  });

  it("reports an empty input", async () => {
    const batches = await readAll(Buffer.alloc(0), 10);
    expect(batches.flatMap((b) => b.problems)).toEqual([{ file: "news.jsonl", message: "file is empty" }]);
  });
});

describe("readInputs streams a JSONL file", () => {
  it("gives its records in several batches covering the whole file, with the file's date and outlet", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "dyad-stream-")), "2022-03-20-wire.jsonl");
    const records = Array.from({ length: 600 }, (_, i) =>
      JSON.stringify({ id: `r${i}`, text: sentences[i % sentences.length] }),
    );
    const bytes = Buffer.from(`${records.join("\n")}\n`);
    writeFileSync(path, bytes);
    const batches = [];
    for await (const batch of readInputs([{ kind: "file", path, id: "wire", bytes: bytes.length }], {
      defaultSource: "Wire",
    }))
      batches.push(batch);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.reduce((sum, b) => sum + b.bytes, 0)).toBe(bytes.length);
    const documents = batches.flatMap((b) => b.documents);
    expect(documents.map((d) => d.id)).toEqual(records.map((_, i) => `r${i}`));
    expect(documents.every((d) => d.date === "2022-03-20" && d.source === "Wire")).toBe(true);
  });
});
