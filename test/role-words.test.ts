import { describe, expect, it } from "vitest";
import { eventTriples as triples } from "../src/test-helpers/event-triples.js";

describe("people named by their art or trade are civilians a state can act on (agents dictionary)", () => {
  it.each([
    ["Iranian authorities arrested the rapper Toomaj Salehi over his support for the protests.", "IRNGOV 173 IRNCVL"],
    ["A Russian court jailed a poet for reading anti-war verses.", "RUSJUD 173 RUSCVL"],
    ["Egyptian police detained a cartoonist who mocked the president.", "EGYCOP 173 EGYMED"],
    ["Turkish authorities detained a prominent novelist over his social media posts.", "TURGOV 173 TURCVL"],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });
});

describe("a role word led by an actor is of the leader's country (country-from-context.ts fillCountryFromLeader)", () => {
  it.each([
    ["A delegation led by Iran's foreign minister held talks with Saudi officials in Riyadh.", "IRNGOV 040 SAUGOV"],
    ["A delegation headed by Egypt's intelligence chief met Hamas leaders in Cairo.", "EGYGOV 040 PSEREBHMS"],
    ["A team of negotiators led by Qatar's prime minister met Israeli officials in Doha.", "QATGOV 044 ISRGOV"],
  ])("%s", (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("takes no country from a phrase that names no leader", () => {
    // "met by" names a host, not who leads the delegation.
    const events = triples("A delegation greeted by Iran's foreign minister held talks with Saudi officials.");
    expect(events.filter((t) => t.startsWith("IRNGOV 040 SAU"))).toEqual([]);
  });
});
