import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown-to-text.js";
import { normalizePublishedDate } from "./published-date.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/store/${name}`, import.meta.url), "utf8");

describe("markdown to text", () => {
  it("markdown to text reads the front matter and strips the markup", () => {
    const md = markdownToText(fixture("erbil-strike/tigris-times.md"));
    expect(md).toMatchObject({
      title: "Strike on Erbil",
      date: "2022-03-13",
      source: "Tigris Times",
      url: "https://tigris-times.example/2022/03/13/strike-on-erbil",
    });
    expect(md.text).toBe(
      "Strike on Erbil\n\nIran's Revolutionary Guards launched a barrage of missiles at Iraq on Sunday.\n\nThe blasts shattered windows across the city before dawn.",
    );
  });

  it("markdown to text drops code, tables rules and reference definitions", () => {
    const md = markdownToText(fixture("formats/briefing.md"));
    expect(md.text).toBe(
      "Morning briefing\n\nThe weather was mild across the region.\nMarkets opened flat.\n\nCity  Weather\n\nErbil  sunny",
    );
    expect(md.title).toBe("Morning briefing");
  });

  it("markdown to text takes the first heading as title without front matter", () => {
    expect(markdownToText("Intro.\n\n# Real title\n\nBody _text_.").title).toBe("Real title");
  });
});

describe("published date", () => {
  it.each([
    ["2022-03-13T23:40:00-05:00", "2022-03-13"],
    ["2022-3-7", "2022-03-07"],
    ["20220313", "2022-03-13"],
    ["Sun, 13 Mar 2022 23:00:00 -0500", "2022-03-13"],
    ["March 13, 2022", "2022-03-13"],
    ["13th March 2022", "2022-03-13"],
    ["2022-02-30", undefined],
    ["yesterday", undefined],
    ["", undefined],
  ])("published date %s is %s", (value, expected) => {
    expect(normalizePublishedDate(value)).toBe(expected);
  });
});
