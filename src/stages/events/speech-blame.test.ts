import { describe, expect, it } from "vitest";
import { eventTriples as triples } from "../../test-helpers/event-triples.js";

describe("reported blame: 'X said Y was behind the attack' is X accusing Y (112)", () => {
  it.each([
    ["Ukraine said on Monday that Russian forces were behind the explosion at the dam.", "UKR 112 RUSMIL"],
    ["Washington said Iran had also been behind the drone attacks on the tanker.", "USAGOV 112 IRN"],
    ["Israel said Hezbollah was responsible for the rocket fire.", "ISR 112 LBNREBHEZ"],
    [
      "Hours after the bombing in Quetta, the Pakistani army said Baloch separatists were responsible.",
      "PAKMIL 112 PAKSEP",
    ],
    ["The Pentagon said Iranian-backed militias were likely behind the drone strike.", "USAMIL 112 IRNUAF"],
    ["Russia was behind the sabotage of the pipeline, the Ukrainian government said.", "UKRGOV 112 RUS"],
    [
      "Hezbollah was responsible for the rocket attack, the Israeli military said on Sunday.",
      "ISRMIL 112 LBNREBHEZ",
    ],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("no accusation when the blame is denied or the responsibility is a duty", () => {
    expect(triples("Moscow said Ukraine was not behind the blast.")).not.toContainEqual(
      expect.stringContaining(" 112 "),
    );
    expect(triples("Russia was not behind the blast, the Kremlin said.")).not.toContainEqual(
      expect.stringContaining(" 112 "),
    );
    expect(triples("The mayor said the ministry was responsible for the roads.")).toEqual([]);
  });
});
