import { describe, expect, it } from "vitest";
import { defaultCoder } from "../src/test-helpers/event-triples.js";

/** "SOURCE CODE TARGET status" of each event of one sentence. */
const coded = (text: string) =>
  defaultCoder()
    .code({ id: "t", text, date: "2024-05-01" })
    .events.map((e) => `${e.source?.code ?? "-"} ${e.cameo} ${e.target?.code ?? "-"} ${e.status}`);

describe("a denied act is negated, whether the denial takes a clause or a gerund (scope-cues.ts)", () => {
  it.each([
    ["Rwanda denied supporting M23 rebels in eastern Congo.", "RWA 051 CODREBMTT negated"],
    ["Iran denied supplying drones to Russia for use in Ukraine.", "IRN 072 RUS negated"],
    ["China denied hacking into U.S. government networks.", "CHN 176 USAGOV negated"],
    ["North Korea denied selling weapons to Russia.", "PRK 072 RUS negated"],
  ])("%s", (text, expected) => {
    const events = coded(text);
    expect(events).toContain(expected);
    expect(events.filter((e) => e.endsWith(" asserted") && !/ 01\d /.test(e))).toEqual([]);
  });

  it("leaves an act noun a denial verb rejects as it was: the offer was made", () => {
    // A noun the parse hangs on "rejected" as a complement is no denied gerund.
    const events = coded("The European Parliament's Brexit negotiator rejected Theresa May's offer on citizens' rights.");
    expect(events.filter((e) => e.endsWith(" negated"))).toEqual([]);
  });
});

describe("a denial reads its target from the denied act (own-side-denials.ts)", () => {
  it("takes the country a place gave the denied act's victim", () => {
    // Before: RUS 016 CVL, the civilians read before "in Ukraine" gave them a country.
    expect(coded("Russia denied targeting civilians in Ukraine.")).toContain("RUS 016 UKRCVL asserted");
  });

  it("still leaves a state's denial no target of its own forces", () => {
    const events = coded("Washington denied that a U.S. drone had violated Russian airspace.");
    expect(events.filter((e) => / 016 /.test(e))).toEqual(["USAGOV 016 - asserted"]);
  });
});
