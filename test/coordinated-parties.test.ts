import { describe, expect, it } from "vitest";
import { codeEvents, eventFits, showEvents } from "../src/test-helpers/event-triples.js";

/**
 * Coordinated parties with no other party named (grammar `one_sided_acts`): a hostile act, a
 * rejection, a sanction or a show of force done by "A and B" is each one's own act, not an act of
 * each on the other, unless the act says they do it to each other (a fight or clash, "between A and
 * B", an exchange of fire). Sentences written for these tests in wire style.
 */
const FACTUAL = new Set(["asserted", "claimed"]);
const factual = (text: string) => codeEvents(text).filter((e) => FACTUAL.has(e.status));

describe("coordinated parties acting on their own", () => {
  it.each([
    ["The United States and Britain carried out air strikes overnight.", "USA * GBR"],
    ["Egypt and Jordan rejected the proposal on Sunday.", "EGY 12 JOR"],
    ["France and Germany held naval exercises in the Baltic on Monday.", "FRA 15 DEU"],
    ["Poland and Hungary imposed new sanctions on Friday.", "POL 16 HUN"],
  ])("%s is no act of one on the other (%s)", (text, wrong) => {
    const events = factual(text);
    expect(
      events.some((e) => eventFits(wrong, e)),
      showEvents(events),
    ).toBe(false);
  });

  it("still finds the target the sentence names", () => {
    const events = factual("Poland and Hungary banned Ukrainian grain imports on Friday.");
    expect(events.some((e) => eventFits("POL 16 UKR", e)), showEvents(events)).toBe(true);
    expect(events.some((e) => eventFits("HUN 16 UKR", e)), showEvents(events)).toBe(true);
  });
});

describe("coordinated parties acting on each other", () => {
  it.each([
    ["Israel and Hezbollah exchanged fire across the border on Tuesday.", ["ISR 19 LBN", "LBN 19 ISR"]],
    ["Armenian and Azerbaijani troops fought along the border for a second day.", ["ARM 19 AZE", "AZE 19 ARM"]],
    [
      "Heavy fighting broke out on Sunday between the Sudanese army and the Rapid Support Forces.",
      ["SDNMIL 19 SDN", "SDN 19 SDNMIL"],
    ],
    ["Thai and Cambodian soldiers clashed at a disputed temple on Thursday.", ["THA 19 KHM", "KHM 19 THA"]],
    // What the parties agree on (here, not to do) is between them.
    ["Sudan and South Sudan agreed on Monday not to use force along their disputed border.", ["SDN 19 SSD", "SSD 19 SDN"]],
  ])("%s → %j", (text, expected) => {
    const events = codeEvents(text);
    for (const tuple of expected) expect(events.some((e) => eventFits(tuple, e)), showEvents(events)).toBe(true);
  });
});
