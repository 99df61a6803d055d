import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectInputs } from "./collect-inputs.js";
import { sniffFormat } from "./detect-format.js";
import { readBytes, readInput, readInputs } from "./read-input.js";

const fixtures = fileURLToPath(new URL("../../test/fixtures/store/", import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);

describe("collect inputs", () => {
  it("collect inputs walks folders in order with ids from the folder down", () => {
    const { inputs, problems, totalBytes } = collectInputs([
      `${fixtures}erbil-strike/`,
      "https://x.example/feed",
    ]);
    expect(problems).toEqual([]);
    expect(
      inputs.map((input) => (input.kind === "file" ? input.id : input.kind === "url" ? input.url : "-")),
    ).toEqual([
      "erbil-strike/gulf-wire",
      "erbil-strike/northern-ledger",
      "erbil-strike/tigris-times",
      "https://x.example/feed",
    ]);
    expect(totalBytes).toBeGreaterThan(1000);
  });

  it("collect inputs reports missing paths", () => {
    expect(collectInputs(["/no/such/file.txt"]).problems).toEqual([
      { file: "/no/such/file.txt", message: "cannot read (ENOENT)" },
    ]);
  });
});

describe("read input", () => {
  it.each([
    ["<!DOCTYPE html><html>", "html"],
    ['{"id":"a","text":"x"}', "jsonl"],
    ['<?xml version="1.0"?><rss>', "feed"],
    ["Iran struck Erbil.", "text"],
  ])("read input sniffs %s as %s", (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });

  it("read input reads every fixture format with its metadata", async () => {
    const { inputs } = collectInputs([`${fixtures}formats`]);
    const read = [];
    for await (const batch of readInputs(inputs, { defaultDate: "2022-01-01", defaultSource: "Desk" }))
      read.push(batch);
    const documents = read.flatMap((batch) => batch.documents);
    expect(documents.map((d) => [d.id, d.date, d.source])).toEqual([
      ["formats/briefing", "2022-01-01", "Desk"],
      ["formats/embassy", "2022-03-17", "Desk"],
      ["urn:northern-ledger:aid-convoy", "2022-03-16", "The Northern Ledger"],
      ["urn:northern-ledger:plain", "2022-03-16", "The Northern Ledger"],
      ["formats/notes", "2022-01-01", "Desk"],
      ["gulfwire-2022-0314-talks", "2022-03-14", "Gulf Wire: World"],
      ["https://www.gulfwire.example/news/markets", "2022-03-15", "Gulf Wire: World"],
    ]);
    expect(read.flatMap((batch) => batch.problems).map((p) => p.message)).toEqual([
      'item 3 ("Empty item") has no text',
    ]);
  });

  it("read input reports bad JSONL lines with their line and keeps the rest", () => {
    const text = '{"id":"a","text":"One."}\nnot json\n{"id":"c"}\n{"text":"Four.","source":"Own"}\n';
    const { documents, problems } = readBytes(bytes(text), "c.jsonl", "c", "jsonl", {
      defaultSource: "Desk",
    });
    expect(documents.map((d) => [d.id, d.source])).toEqual([
      ["a", "Desk"],
      ["c:4", "Own"],
    ]);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(["c.jsonl:2", "c.jsonl:3"]);
  });

  it("read input refuses binary files and oversized documents", () => {
    expect(readBytes(new Uint8Array([0, 1, 2]), "b.txt", "b", "text").problems[0].message).toMatch(/binary/);
    expect(
      readBytes(bytes("x".repeat(100)), "big.html", "big", "html", { maxDocumentBytes: 10 }).problems[0]
        .message,
    ).toMatch(/too large/);
  });
});

describe("read input over http", () => {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    const rss = readFileSync(`${fixtures}formats/world.rss`);
    const page = readFileSync(`${fixtures}erbil-strike/northern-ledger.html`);
    server = createServer((request, response) => {
      if (request.url === "/feed")
        response.writeHead(200, { "content-type": "application/rss+xml" }).end(rss);
      else if (request.url === "/article")
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
      else if (request.url === "/latin1") {
        response
          .writeHead(200, { "content-type": "text/plain; charset=iso-8859-1" })
          .end(Buffer.from("Caf\xe9 talks resumed.", "latin1"));
      } else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("read input fetches a feed and keeps the items' links", async () => {
    const { documents } = await readInput({ kind: "url", url: `${base}/feed` });
    expect(documents.map((d) => d.url)).toEqual([
      "https://www.gulfwire.example/news/talks",
      "https://www.gulfwire.example/news/markets",
    ]);
  });

  it("read input fetches a page and names it by its URL", async () => {
    const { documents } = await readInput({ kind: "url", url: `${base}/article` });
    expect(documents[0]).toMatchObject({
      id: `${base}/article`,
      source: "The Northern Ledger",
      date: "2022-03-13",
    });
  });

  it("read input decodes the character set the server names", async () => {
    const { documents } = await readInput({ kind: "url", url: `${base}/latin1` });
    expect(documents[0].text).toBe("Café talks resumed.");
  });

  it("read input reports HTTP errors and unreachable hosts", async () => {
    expect((await readInput({ kind: "url", url: `${base}/missing` })).problems[0].message).toBe(
      "cannot fetch (HTTP 404)",
    );
    const refused = await readInput({ kind: "url", url: "http://127.0.0.1:1/x" }, { fetchTimeoutMs: 2000 });
    expect(refused.problems[0].message).toMatch(/cannot fetch/);
  });
});
