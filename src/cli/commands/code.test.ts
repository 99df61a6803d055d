import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runDyad } from "../test-helpers/run-in-process.js";

const EXAMPLE = join(import.meta.dirname, "..", "..", "..", "examples", "iran-iraq-2022.txt");
const folder = mkdtempSync(join(tmpdir(), "dyad-code-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

describe("dyad code", () => {
  it("codes the bundled example as JSONL with the issue's fields", async () => {
    const { code, stdout } = await runDyad(["code", EXAMPLE, "--date", "2022-03-20", "--format", "jsonl"]);
    expect(code).toBe(0);
    const events = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events.length).toBeGreaterThan(5);
    for (const key of [
      "id",
      "doc_id",
      "sentence_index",
      "sentence_span",
      "sentence",
      "source",
      "target",
      "trigger",
      "cameo",
      "cameo_name",
      "goldstein",
      "quad_class",
      "plover",
      "status",
    ]) {
      expect(events[0]).toHaveProperty(key);
    }
    expect(events[0].doc_id).toBe("iran-iraq-2022");
  });

  it("reads standard input with -", async () => {
    const { code, stdout } = await runDyad(
      ["code", "-", "--format", "csv"],
      "Iran condemned the Israeli strikes on Syria.",
    );
    expect(code).toBe(0);
    const [header, row] = stdout.trim().split("\n");
    expect(header.split(",")).toContain("cameo");
    expect(row).toContain("111");
  });

  it("prints a table when asked", async () => {
    const { stdout } = await runDyad(["code", EXAMPLE, "--format", "table"]);
    expect(stdout).toMatch(/SOURCE\s+CAMEO/);
    expect(stdout).toContain("IRNMIL");
  });

  it.each([
    [
      "a binary file",
      "photo.txt",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
      "photo.txt: looks like a binary file",
    ],
    [
      "invalid UTF-8",
      "latin1.txt",
      Buffer.concat([Buffer.from("Iran condemned Iraq.\nCaf"), Buffer.from([0xe9]), Buffer.from("\n")]),
      "latin1.txt:2: is not valid UTF-8",
    ],
    ["an empty file", "empty.txt", "", "empty.txt: file is empty"],
  ])("reports %s with its name and still codes the other files", async (_label, name, content, message) => {
    const bad = file(name, content);
    const { code, stdout, stderr } = await runDyad(["code", bad, EXAMPLE, "--format", "jsonl"]);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect(stdout.trim().split("\n").length).toBeGreaterThan(5);
  });

  it("refuses a 50 MB document by name, without coding it", async () => {
    const big = file("huge.txt", "Iran condemned Iraq. ".repeat(2_500_000));
    const { code, stderr } = await runDyad(["code", big, "--format", "jsonl"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/huge\.txt: document is too large \(50\.1 MB; the limit is 5\.0 MB\)/);
  });

  it("reports a malformed JSONL line by file and line and codes the other records", async () => {
    const corpus = file(
      "corpus.jsonl",
      [
        JSON.stringify({ id: "a", text: "Iran condemned Iraq.", date: "2022-03-01" }),
        "{not json",
        JSON.stringify({ id: "c", title: "no text" }),
        JSON.stringify({ id: "d", text: "Russia attacked Ukraine.", date: "2022-02-24" }),
      ].join("\n"),
    );
    const { code, stdout, stderr } = await runDyad(["code", corpus, "--input", "jsonl", "--format", "jsonl"]);
    expect(code).toBe(1);
    expect(stderr).toContain("corpus.jsonl:2: is not valid JSON");
    expect(stderr).toContain("corpus.jsonl:3: text");
    const docs = new Set(
      stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).doc_id),
    );
    expect(docs).toEqual(new Set(["a", "d"]));
  });

  it("rejects a malformed --date", async () => {
    const { code, stderr } = await runDyad(["code", EXAMPLE, "--date", "20/03/2022"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--date: must be a date, YYYY-MM-DD");
  });
});
