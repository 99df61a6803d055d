import { describe, expect, it } from "vitest";
import { readTabariAgents } from "./agents-file.js";
import { readTabariDiscards } from "./discards-file.js";

describe("readTabariAgents", () => {
  const file = readTabariAgents(
    [
      "!PERSON! = MAN, WOMAN",
      "FOREIGN_MINISTER [~GOVFRM] # note",
      "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]",
      "RANGER!PERSON! [~RNG]",
      "HUMAN_RIGHTS_BODY  [NGO~]",
      "BROKEN_AGENT [~ENV}",
      "ODD!NOPE! [~XXX]",
    ].join("\n"),
    "fictional.agents.txt",
  );

  it("readTabariAgents reads phrases, explicit plurals, substitutions and code placement", () => {
    expect(file.agents.map((a) => [a.phrase, a.code, a.placement])).toEqual([
      ["FOREIGN MINISTER", "GOVFRM", "after"],
      ["GOLDEN GOOSE", "GGS", "after"],
      ["GOLDEN GEESE", "GGS", "after"],
      ["RANGERMAN", "RNG", "after"],
      ["RANGERWOMAN", "RNG", "after"],
      ["HUMAN RIGHTS BODY", "NGO", "before"],
    ]);
  });

  it("readTabariAgents names the line of each malformed entry", () => {
    expect(file.problems.map((p) => [p.line, p.message])).toEqual([
      [6, "not an agent line (PHRASE {PLURALS} [~CODE])"],
      [7, "unknown substitution !NOPE!"],
    ]);
  });
});

describe("readTabariDiscards", () => {
  it("readTabariDiscards tells story-level (+) from sentence-level discards", () => {
    const discards = readTabariDiscards("# comment\nMONTHS LATER\n+World_Golf_Championships # x\n", "d.txt");
    expect(discards.map((d) => [d.phrase, d.story, d.line])).toEqual([
      ["MONTHS LATER", false, 2],
      ["WORLD GOLF CHAMPIONSHIPS", true, 3],
    ]);
  });
});
