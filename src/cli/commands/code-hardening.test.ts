import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runDyad } from "../test-helpers/run-in-process.js";

// Issue 10: no input stalls a batch, no bad value gets through, nothing is silently lost.
const EXAMPLE = join(import.meta.dirname, "..", "..", "..", "examples", "iran-iraq-2022.txt");
const folder = mkdtempSync(join(tmpdir(), "dyad-code-hard-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};
const docIds = (stdout: string) =>
  new Set(
    stdout
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line).doc_id),
  );
const WORDS = [
  "Iraqi",
  "troops",
  "attacked",
  "positions",
  "near",
  "Mosul",
  "and",
  "Iran",
  "condemned",
  "Israel",
];
const unpunctuated = (chars: number) => {
  const words: string[] = [];
  for (let i = 0, length = 0; length < chars; i++) {
    words.push(WORDS[(i * 7) % WORDS.length]);
    length += words[words.length - 1].length + 1;
  }
  return words.join(" ");
};

describe("dyad code: bounded work per document", () => {
  it("cuts a document that passes its time budget short, names it, and codes the next file", async () => {
    const long = file("long.txt", unpunctuated(200_000));
    const { code, stdout, stderr } = await runDyad([
      "code",
      long,
      EXAMPLE,
      "--format",
      "jsonl",
      "--doc-timeout",
      "0.001",
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/long\.txt: document "long" cut short after .* s: only its first \d+% was coded/);
    expect(docIds(stdout)).toEqual(new Set(["long", "iran-iraq-2022"]));
  });

  it.each([
    ["--max-bytes", "abc"],
    ["--max-bytes", "0"],
    ["--doc-timeout", "-1"],
    ["--doc-timeout", "x"],
  ])("refuses %s %s as bad usage", async (option, value) => {
    const { code, stderr } = await runDyad(["code", EXAMPLE, option, value]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${option}:`);
  });
});

describe("dyad code: dates", () => {
  it("refuses an impossible --date", async () => {
    const { code, stderr, stdout } = await runDyad(["code", EXAMPLE, "--date", "2022-13-45"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--date: is not a real date");
    expect(stdout).toBe("");
  });

  it("reports a JSONL record with an impossible date by line and codes the others", async () => {
    const corpus = file(
      "dates.jsonl",
      [
        JSON.stringify({ id: "a", text: "Iran condemned Iraq.", date: "2022-02-30" }),
        JSON.stringify({ id: "b", text: "Russia attacked Ukraine.", date: "2022-02-24T08:00:00Z" }),
      ].join("\n"),
    );
    const { code, stdout, stderr } = await runDyad(["code", corpus, "--format", "jsonl"]);
    expect(code).toBe(1);
    expect(stderr).toContain("dates.jsonl:1: date is not a real date");
    expect(docIds(stdout)).toEqual(new Set(["b"]));
    expect(JSON.parse(stdout.trim().split("\n")[0]).date).toBe("2022-02-24");
  });

  it("dates a document by its file name when it carries no date", async () => {
    const named = file("2022-03-20-iran.txt", "Iran condemned the Israeli strikes on Syria.");
    const { stdout } = await runDyad(["code", named, "--format", "jsonl"]);
    expect(JSON.parse(stdout.trim().split("\n")[0]).date).toBe("2022-03-20");
  });
});

describe("dyad code: reads files the way ingest does", () => {
  it("reads JSONL by its extension: records, not JSON syntax, are coded", async () => {
    const corpus = file("by-ext.jsonl", `${JSON.stringify({ id: "r1", text: "Iran condemned Iraq." })}\n`);
    const { stdout } = await runDyad(["code", corpus, "--format", "jsonl"]);
    const events = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events.map((e) => e.doc_id)).toEqual(["r1"]);
    expect(events[0].sentence).toBe("Iran condemned Iraq.");
  });

  it("reads HTML without its scripts, and a feed item by item", async () => {
    const page = file(
      "page.html",
      "<!doctype html><html><head><script>var Iran = 'attacked Iraq';</script></head><body><article><p>Iran condemned the Israeli strikes on Syria.</p></article></body></html>",
    );
    const feed = file(
      "wire.rss",
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
      <item><guid>w1</guid><pubDate>Mon, 14 Mar 2022 10:00:00 GMT</pubDate><description>Iran condemned Iraq.</description></item>
      <item><guid>w2</guid><description>Russia attacked Ukraine.</description></item></channel></rss>`,
    );
    const { stdout } = await runDyad(["code", page, feed, "--format", "jsonl"]);
    const events = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events.filter((e) => e.doc_id === "page").every((e) => !e.sentence.includes("var"))).toBe(true);
    expect(events.some((e) => e.doc_id === "page" && e.cameo === "111")).toBe(true);
    expect(new Set(events.map((e) => e.doc_id)).size).toBe(3);
    expect(events.find((e) => e.cameo === "111" && e.doc_id !== "page")?.date).toBe("2022-03-14");
  });

  it("reads a file as plain text when --input text says so", async () => {
    const corpus = file("plain.jsonl", `${JSON.stringify({ id: "r1", text: "Iran condemned Iraq." })}\n`);
    const { stdout } = await runDyad(["code", corpus, "--input", "text", "--format", "jsonl"]);
    expect(docIds(stdout)).toEqual(new Set(["plain"]));
  });
});
