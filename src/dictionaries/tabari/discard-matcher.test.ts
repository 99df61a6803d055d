import { describe, expect, it } from "vitest";
import { compileDiscards } from "./discard-matcher.js";
import { readTabariDiscards } from "./discards-file.js";

describe("compileDiscards", () => {
  const matcher = compileDiscards(
    readTabariDiscards(
      "MONTHS LATER\n+SHIRE_FOOTBALL_LEAGUE\nBASEBALL\nSHIRE_DERBY_ # a whole word\n",
      "d.txt",
    ),
  );

  it.each([
    ["Arnor attacked Gondor months later.", "MONTHS LATER"],
    ["Arnor's baseballs hit Gondor.", "BASEBALL"],
    ["After the Shire derby, Arnor attacked Gondor.", "SHIRE DERBY"],
    ['"Baseball" is what Arnor plays.', "BASEBALL"],
    ["The Shire Football League fined Arnor.", "SHIRE FOOTBALL LEAGUE"],
  ])("compileDiscards finds a phrase in %j, in any case, as a stem unless it ends in _", (text, phrase) => {
    expect(matcher.sentence(text)?.phrase).toBe(phrase);
  });

  it.each([
    ["Arnor attacked Gondor.", "no phrase"],
    ["The Shire derbys ended.", "a whole-word phrase followed by more letters"],
    ["Arnor's nonbaseball team won.", "a phrase inside a word"],
  ])("compileDiscards finds nothing in %j (%s)", (text) => {
    expect(matcher.sentence(text)).toBeNull();
  });

  it("compileDiscards tells story-level phrases apart", () => {
    expect(matcher.story("The Shire Football League fined Arnor.")?.story).toBe(true);
    expect(matcher.story("Arnor attacked Gondor months later.")).toBeNull();
  });

  it("readTabariDiscards marks a final _ as a whole-word phrase", () => {
    expect(
      readTabariDiscards("SHIRE_DERBY_\nBASEBALL\n", "d.txt").map((d) => [d.phrase, d.wholeWord]),
    ).toEqual([
      ["SHIRE DERBY", true],
      ["BASEBALL", false],
    ]);
  });
});
