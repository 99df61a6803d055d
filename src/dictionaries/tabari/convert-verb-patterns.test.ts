import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { petrarchDictionaryFile } from "../../test-helpers/dev-data.js";
import type { VerbPatternEntry } from "../schemas.js";
import { convertTabariVerbs } from "./convert-verb-patterns.js";
import { readTabariVerbs } from "./verbs-file.js";

const classes = {
  prepositions: new Set(["for", "to", "from", "against", "with", "on", "in"]),
  particles: new Set(["off", "up", "down"]),
};

function convert(lines: string[]) {
  return convertTabariVerbs(readTabariVerbs(lines.join("\n"), "mem.txt"), classes);
}

describe("convertTabariVerbs", () => {
  const { entries, skipped } = convert([
    "&FOOD",
    "+FOOD",
    "+RICE",
    "",
    "--- DELIVER   [---]  ---",
    "DELIVER",
    "BRING {BROUGHT}",
    "+CALL_OFF [160]",
    "- * WARRANT (FOR ARREST)        [173]",
    "- * {HUMANITARIAN AID}          [073]",
    "- * &FOOD                       [073]",
    "- * CLAIM (AGAINST) +           [115]",
    "- * DOWN                        [1712]",
    "- &MILITARY *                   [190]",
    "- * LETTER                      [9999]",
  ]);
  const byText = (code: string) => entries.filter((entry) => entry.code === code);

  it("convertTabariVerbs gives a multi-word verb its particle", () => {
    expect(byText("160")).toMatchObject([{ verbs: ["call"], particle: "off" }]);
  });

  it.each<[string, Partial<VerbPatternEntry>]>([
    [
      "173",
      { object: { heads: ["warrant"] }, prepositions: [{ word: "for", object: { heads: ["arrest"] } }] },
    ],
    [
      "115",
      { object: { heads: ["claim"] }, prepositions: [{ word: "against", object: { role: "target" } }] },
    ],
    ["1712", { particle: "down" }],
  ])("convertTabariVerbs reads the slots of the %s pattern", (code, slots) => {
    expect(byText(code)[0]).toMatchObject({ verbs: ["deliver", "bring"], ...slots });
  });

  it("convertTabariVerbs reads a {…} phrase as head and modifiers, and expands a synonym set", () => {
    expect(byText("073").map((entry) => entry.object)).toEqual([
      { heads: ["aid"], modifiers: ["humanitarian"] },
      { heads: ["food", "rice"] },
    ]);
  });

  it("convertTabariVerbs leaves out and counts patterns it cannot state", () => {
    expect(skipped.map((skip) => [skip.reason, skip.count])).toEqual([
      ["a target, synonym set or compound before the verb", 1],
      ["not a CAMEO event code", 1],
    ]);
  });

  const cameo = petrarchDictionaryFile("CAMEO.2.0.txt");
  it.skipIf(!cameo)("convertTabariVerbs states PETRARCH2's 'express * sorrow' as 018", () => {
    const real = convertTabariVerbs(
      readTabariVerbs(readFileSync(cameo ?? "", "utf8"), "CAMEO.2.0.txt"),
      classes,
    );
    const sorrow = real.entries.filter(
      (entry) => entry.verbs.includes("express") && entry.object?.heads?.includes("sorrow"),
    );
    expect(sorrow.map((entry) => entry.code)).toEqual(["018"]);
    expect(real.entries.length).toBeGreaterThan(5000);
  });
});
