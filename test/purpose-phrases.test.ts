import { describe, expect, it } from "vitest";
import { codeEvents, showEvents } from "../src/test-helpers/event-triples.js";

/**
 * What a thing is for is not what happened: an aim named by a participle of intent ("aimed at",
 * "intended to", "designed to"; grammar status.needs_infinitive and purpose_prepositions) is intended,
 * and the participle is no intent of the signatories. Sentences written for these tests in wire style.
 */
function statusOf(text: string, code: string): string[] {
  const events = codeEvents(text);
  const found = events.filter((e) => e.cameo.startsWith(code)).map((e) => e.status);
  expect(found.length, `${code} in ${showEvents(events)}`).toBeGreaterThan(0);
  return found;
}

describe("purpose phrases", () => {
  it("the act an 'aimed at' phrase names is not asserted", () => {
    expect(statusOf("The EU signed a funding deal with Tunisia on Monday aimed at curbing migration.", "172")).not.toContain(
      "asserted",
    );
    expect(
      statusOf("Kenya hosted talks on Friday aimed at ending the fighting between Ethiopia and Eritrea.", "087"),
    ).not.toContain("asserted");
  });

  it("a participle of intent describing a pact is no intent to cooperate", () => {
    const events = codeEvents("Japan and Australia signed a security pact intended to counter China's growing influence.");
    expect(events.some((e) => e.cameo === "030"), showEvents(events)).toBe(false);
    expect(events.some((e) => e.cameo === "057"), showEvents(events)).toBe(true);
  });

  it("an intent stated by its holder and an aimed strike stay", () => {
    expect(statusOf("Iran said it intended to retaliate against Israel.", "0")).toContain("asserted");
    expect(statusOf("Israeli air strikes aimed at Hezbollah commanders killed 12 people in Beirut on Tuesday.", "19")).toContain(
      "asserted",
    );
  });
});
