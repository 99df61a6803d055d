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
