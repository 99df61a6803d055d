import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { looksLikeFeed, readFeed } from "./read-feed.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/store/${name}`, import.meta.url), "utf8");

describe("read feed", () => {
  it("read feed takes RSS items' text, date, link and outlet, and reports empty items", () => {
    const { documents, problems } = readFeed(fixture("formats/world.rss"), "world.rss", {
      defaultDate: "2000-01-01",
    });
    expect(documents).toEqual([
      {
        id: "gulfwire-2022-0314-talks",
        text: "The foreign ministers met in Baghdad on Monday.\n\nThey spoke for two hours.",
        date: "2022-03-14",
        url: "https://www.gulfwire.example/news/talks",
        source: "Gulf Wire: World",
        title: "Talks in Baghdad",
      },
      {
        id: "https://www.gulfwire.example/news/markets",
        text: "Markets closed higher and oil prices fell on Tuesday.",
        date: "2022-03-15",
        url: "https://www.gulfwire.example/news/markets",
        source: "Gulf Wire: World",
        title: "Markets",
      },
    ]);
    expect(problems).toEqual([{ file: "world.rss", message: 'item 3 ("Empty item") has no text' }]);
  });

  it("read feed reads Atom entries, html and text content alike", () => {
    const { documents, problems } = readFeed(fixture("formats/ledger.atom"), "ledger.atom");
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.id, d.text, d.date, d.url, d.source])).toEqual([
      [
        "urn:northern-ledger:aid-convoy",
        "An aid convoy reached Mosul on Wednesday.",
        "2022-03-16",
        "https://northern-ledger.example/aid-convoy",
        "The Northern Ledger",
      ],
      [
        "urn:northern-ledger:plain",
        "A plain-text summary <not markup>.",
        "2022-03-16",
        "https://northern-ledger.example/plain",
        "The Northern Ledger",
      ],
    ]);
  });

  it("read feed refuses XML that is not a feed", () => {
    expect(readFeed("<?xml version='1.0'?><note><to>x</to></note>", "n.xml").problems[0].message).toMatch(
      /not an RSS or Atom feed/,
    );
  });

  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0">', true],
    ["<feed xmlns='http://www.w3.org/2005/Atom'>", true],
    ["<rdf:RDF xmlns:rdf='x'>", true],
    ["<html><body>rss</body></html>", false],
  ])("read feed recognises %s", (text, expected) => {
    expect(looksLikeFeed(text)).toBe(expected);
  });
});
