import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlFragmentToText } from "./html-to-text.js";
import { readHtml } from "./read-html.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/store/${name}`, import.meta.url), "utf8");

describe("read html", () => {
  it("read html keeps the article's paragraphs and drops navigation, footer and scripts", () => {
    const document = readHtml(fixture("erbil-strike/northern-ledger.html"), "ledger");
    expect(document?.text).toContain(
      "Iran's Revolutionary Guards launched missiles at Erbil in northern Iraq on Sunday.\n\nThe blasts",
    );
    expect(document?.text).not.toMatch(/Subscribe|analytics|Sport/);
  });

  it("read html takes title, date, outlet and canonical URL from the meta tags", () => {
    expect(readHtml(fixture("erbil-strike/northern-ledger.html"), "ledger")).toMatchObject({
      id: "ledger",
      title: "Missiles hit Erbil",
      date: "2022-03-13",
      source: "The Northern Ledger",
      url: "https://northern-ledger.example/world/2022/03/13/erbil-missiles",
    });
  });

  it("read html keeps the calendar date written, not the UTC one", () => {
    expect(readHtml(fixture("erbil-strike/gulf-wire.html"), "gw")).toMatchObject({
      date: "2022-03-13",
      title: "Overnight strike on Erbil",
      url: "https://www.gulfwire.example/news/erbil-strike",
    });
  });

  it("read html finds the date in JSON-LD and falls back to the defaults", () => {
    const document = readHtml(fixture("formats/embassy.html"), "embassy", {
      defaultSource: "Wire",
      url: "https://x.example/e",
    });
    expect(document).toMatchObject({
      date: "2022-03-17",
      title: "Embassy reopens",
      source: "Wire",
      url: "https://x.example/e",
    });
    expect(document?.text).toContain("The embassy reopened its doors to visitors on Thursday.");
  });

  it("read html returns null for a page without text", () => {
    expect(readHtml("<html><body><script>x()</script></body></html>", "empty")).toBeNull();
  });

  it("read html turns fragments into paragraphs", () => {
    expect(htmlFragmentToText("<p>Iran <b>struck</b> Erbil.</p><p>Iraq<br>protested.</p>")).toBe(
      "Iran struck Erbil.\n\nIraq\nprotested.",
    );
    expect(htmlFragmentToText("plain words")).toBe("plain words");
  });
});
