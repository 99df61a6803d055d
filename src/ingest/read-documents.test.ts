import { describe, expect, it } from "vitest";
import { readDocuments } from "./read-documents.js";

const jsonl = (...lines: (string | Buffer)[]) =>
  Buffer.concat(lines.flatMap((line) => [Buffer.from(line), Buffer.from("\n")]));
const record = (value: object) => JSON.stringify(value);

describe("readDocuments: JSONL keeps every good line (issue 10)", () => {
  it("reports a line of invalid UTF-8 by number and keeps the other lines", () => {
    const bytes = jsonl(
      record({ id: "a", text: "Iran condemned Iraq." }),
      Buffer.concat([Buffer.from('{"id":"b","text":"Caf'), Buffer.from([0xe9]), Buffer.from('"}')]),
      record({ id: "c", text: "Russia attacked Ukraine." }),
    );
    const { documents, problems } = readDocuments(bytes, "news.jsonl", { format: "jsonl" });
    expect(documents.map((d) => d.id)).toEqual(["a", "c"]);
    expect(problems).toEqual([{ file: "news.jsonl", line: 2, message: "is not valid UTF-8 text" }]);
  });

  it.each([
    ["an empty text", { id: "e", text: "" }, "text is empty"],
    ["a blank text", { id: "e", text: " \n\t" }, "text is empty"],
    [
      "an impossible date",
      { id: "e", text: "Iran condemned Iraq.", date: "2022-13-45" },
      "date is not a real date",
    ],
    [
      "a leap day of a common year",
      { id: "e", text: "Iran condemned Iraq.", date: "2023-02-29" },
      "date is not a real date",
    ],
  ])("rejects %s by line", (_label, bad, message) => {
    const { documents, problems } = readDocuments(
      jsonl(record(bad), record({ id: "ok", text: "Iran condemned Iraq." })),
      "f.jsonl",
      { format: "jsonl" },
    );
    expect(documents.map((d) => d.id)).toEqual(["ok"]);
    expect(problems[0]).toMatchObject({ line: 1 });
    expect(problems[0].message).toContain(message);
  });

  it("reports a repeated id and keeps the first record", () => {
    const { documents, problems } = readDocuments(
      jsonl(
        record({ id: "x", text: "Iran condemned Iraq." }),
        record({ id: "x", text: "Russia attacked Ukraine." }),
      ),
      "f.jsonl",
      { format: "jsonl" },
    );
    expect(documents).toHaveLength(1);
    expect(documents[0].text).toBe("Iran condemned Iraq.");
    expect(problems).toEqual([
      { file: "f.jsonl", line: 2, message: 'repeats the id "x" of line 1: skipped' },
    ]);
  });

  it("reports a line holding NUL bytes without dropping the file", () => {
    const bytes = jsonl(Buffer.from([0x7b, 0x00, 0x7d]), record({ id: "ok", text: "Iran condemned Iraq." }));
    const { documents, problems } = readDocuments(bytes, "f.jsonl", { format: "jsonl" });
    expect(documents.map((d) => d.id)).toEqual(["ok"]);
    expect(problems[0]).toMatchObject({ line: 1 });
  });

  it("reads a byte-order mark before the first record", () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      jsonl(record({ id: "a", text: "Iran condemned Iraq." })),
    ]);
    expect(readDocuments(bytes, "f.jsonl", { format: "jsonl" }).documents.map((d) => d.id)).toEqual(["a"]);
  });
});
