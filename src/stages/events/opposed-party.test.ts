import { describe, expect, it } from "vitest";
import { eventTriples as triples } from "../../test-helpers/event-triples.js";

describe("a conflictual act's 'against' party is its target, not the forum of a 'with' phrase", () => {
  it.each([
    [
      "Ecuador filed a complaint with the United Nations on Tuesday against Mexico over the embassy raid.",
      "ECU 114 MEX",
    ],
    ["Iran lodged a protest with the Swiss ambassador on Sunday against the United States.", "IRN 114 USA"],
  ])("%s", (text, expected) => {
    expect(triples(text)).toEqual([expected]);
  });

  it("a cooperative act keeps its partner", () => {
    // A deal with a named party is that party's too (grammar mutual_acts.both_ways, partner_only).
    expect(triples("Kenya signed a security pact with Somalia against al-Shabaab.")).toEqual([
      "KEN 057 SOM",
      "SOM 057 KEN",
    ]);
  });
});
