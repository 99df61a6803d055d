import { describe, expect, it } from "vitest";
import { eventTriples as triples } from "../../test-helpers/event-triples.js";

describe("events stage: which actors carry an event", () => {
  it.each([
    ["a government with no country named", "The government rejected the accusation on Tuesday."],
    ["rebels with no country named", "The rebel fighters agreed to lay down their weapons."],
    ["lawmakers with no country named", "The senate rejected the budget plan."],
  ])("a political role word carries an act alone: %s", (_label, text) => {
    expect(triples(text).length).toBeGreaterThan(0);
  });

  it("a passive act of force with no agent named is an event against its victims, with no source", () => {
    expect(triples("Three Afghan soldiers were killed in Kabul on Monday.")).toEqual(["- 190 AFGMIL"]);
    // Only an asserted one: a possible killing with no one behind it says too little.
    expect(triples("Three Afghan soldiers may have been killed in Kabul on Monday.")).toEqual([]);
  });

  it.each([
    ["police", "Police arrested three men after the match."],
    ["a bare statement", "A senior official said the meeting went well."],
    ["force with a victim for its only actor", "Two soldiers were killed in an attack on Monday."],
  ])("a local role word or a bare statement by a role word is no event: %s", (_label, text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe("events stage: CAMEO 18 (unconventional violence) or 19 (conventional force)", () => {
  const codes = (text: string) => triples(text).map((t) => t.split(" ")[1]);

  it.each([
    ["gunmen", "Unidentified gunmen killed four shopkeepers in Kandahar on Monday."],
    ["assailants", "Assailants attacked a police station in northern Mali."],
  ])("codes generic force by %s as 180", (_label, text) => {
    expect(codes(text)).toContain("180");
    expect(codes(text).filter((code) => code.startsWith("19"))).toEqual([]);
  });

  it("codes force by an actor whose name gives the means with that means ('suicide bomber': 1831)", () => {
    expect(triples("An Islamic State suicide bomber killed 15 Iraqi soldiers near Mosul.")).toContain(
      "IMGMUSISI 1831 IRQMIL",
    );
  });

  it("codes rebels' killing of civilians as 180", () => {
    expect(triples("Rebels attacked a village in eastern Congo, killing twelve civilians.")).toContain(
      "CODREB 180 CODCVL",
    );
  });

  it.each([
    ["an army", "The Nigerian army attacked a village in Borno state on Monday."],
    ["rebels fighting soldiers", "Rebels attacked Congolese soldiers near Goma."],
  ])("keeps generic force by %s as 19x", (_label, text) => {
    expect(codes(text)).toContain("190");
    expect(codes(text)).not.toContain("180");
  });
});

describe("events stage: an opening dateline", () => {
  it("gives role words their country but is no party to the events", () => {
    const text =
      "QUETTA, Pakistan (Reuters) - A suicide bomber killed six people at a market on Friday, police said.";
    const events = triples(text);
    expect(events).toContain("PAKUAF 1831 PAKCVL");
    expect(events.filter((t) => t.startsWith("PAK "))).toEqual([]);
  });
});
