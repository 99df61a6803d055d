import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { petrarchDictionaryFile } from "../../test-helpers/dev-data.js";
import { expandSynset, readTabariVerbs } from "./verbs-file.js";

const text = [
  "&HOSTAGE",
  "+HOSTAGE",
  "# a comment inside a set does not end it",
  "+CAPTIVE",
  "",
  "&PEOPLE_",
  "+&HOSTAGE",
  "+CIVILIAN",
  "",
  "--- RELEASE   [080]  ---",
  "RELEASE {RELEASES RELEASED}  # note",
  "+SET_FREE {+SETS_FREE} [0841]",
  "- * &HOSTAGE                       [0841]  # RELEASE",
  "- * (FROM DETENTION)               [---]",
  "- * VISITOR (TO +)                 [042:043]",
  "- * BADLY [08x!]",
  "STRAY (LINE) = WRONG",
].join("\n");

describe("readTabariVerbs", () => {
  const file = readTabariVerbs(text, "mem.verbs.txt");

  it("readTabariVerbs reads synonym sets, comment lines inside them included", () => {
    expect(file.synsets.get("&HOSTAGE")?.members).toEqual(["HOSTAGE", "CAPTIVE"]);
  });

  it("expandSynset expands nested sets", () => {
    expect(expandSynset(file.synsets, "&PEOPLE_")).toEqual(["HOSTAGE", "CAPTIVE", "CIVILIAN"]);
  });

  it("readTabariVerbs reads a block's verbs with forms, multi-word verbs and own codes", () => {
    const [block] = file.blocks;
    expect(block).toMatchObject({ name: "RELEASE", code: "080" });
    expect(block.verbs[0]).toMatchObject({ words: ["RELEASE"], forms: ["RELEASES", "RELEASED"] });
    expect(block.verbs[1]).toMatchObject({ words: ["SET", "FREE"], head: 0, code: "0841" });
  });

  it("readTabariVerbs reads pattern codes: plain, none and forward:reverse", () => {
    expect(file.blocks[0].patterns.map((p) => [p.code, p.reverseCode])).toEqual([
      ["0841", undefined],
      [null, undefined],
      ["042", "043"],
    ]);
  });

  it("readTabariVerbs names the line of each malformed entry and goes on", () => {
    expect(file.problems.map((p) => [p.line, p.message])).toEqual([
      [16, "bad code [08x!]"],
      [17, "not a verb, a pattern or a synonym set"],
    ]);
  });

  const cameo = petrarchDictionaryFile("CAMEO.2.0.txt");
  it.skipIf(!cameo)("readTabariVerbs reads PETRARCH2's CAMEO.2.0 dictionary with one malformed line", () => {
    const real = readTabariVerbs(readFileSync(cameo ?? "", "utf8"), "CAMEO.2.0.txt");
    expect(real.blocks.length).toBeGreaterThan(390);
    expect(real.blocks.reduce((n, block) => n + block.patterns.length, 0)).toBeGreaterThan(4600);
    expect(real.problems.map((p) => `${p.line} ${p.message}`)).toEqual(["5787 bad code [080!]"]);
  });
});
