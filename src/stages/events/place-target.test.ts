import { describe, expect, it } from "vitest";
import { defaultCoder, eventTriples } from "../../test-helpers/event-triples.js";

/** "SOURCE CODE TARGET(target words)" for each event of one sentence. */
const triples = (text: string) => eventTriples(text, { targetWords: true });

// Sentences from the tune parts of the dev sets (plover-relations, event-location).
describe("events stage: a place an act is done to is its country as the target", () => {
  it.each([
    [
      "a curfew imposed on a city (the act noun's phrase)",
      "Iraqi officials have imposed a curfew on Basra starting at 4pm local time (1300 GMT) on Saturday, a military statement said.",
      "IRQGOV 1723 IRQ(Basra)",
    ],
    [
      "aid to a territory suspended",
      "The European Commission has suspended humanitarian aid to Gaza because of suicidal fighting among Palestinian factions.",
      "IGOEUREEC 1623 PSE(Gaza)",
    ],
    [
      "a town captured (the verb's object)",
      "Russian troops captured Grozny in early February after weeks of air and artillery strikes, but have been unable to keep rebels from filtering back into the city.",
      "RUSMIL 192 RUS(Grozny)",
    ],
    [
      "the town of X",
      "Afghan and NATO-led troops last month captured the town of Musa Qala, which the rebels had turned into their biggest base in the country.",
      "AFGMIL 192 AFG(Musa Qala)",
    ],
    [
      "a blockade imposed in parts of a region (an area restriction's 'in')",
      "Between December and February, the Sudanese Government imposed blockades in some parts of west Darfur that prevented humanitarian agencies from providing lifesaving assistance to those in need.",
      "SDNGOV 191 SDN(Darfur)",
    ],
    [
      "a curfew imposed in parts of a region beats a guess among the clause's later actors",
      "Indian authorities have imposed a curfew in parts of Kashmir to stop fresh demonstrations following the killings of four people by Indian troops.",
      "INDGOV 1723 IND(Kashmir)",
    ],
    [
      "an arrival (peacekeepers arriving keep the peace there: 074)",
      "First contingents of West African peacekeeping troops arrive in Monrovia.",
      "PKO 074 LBR(Monrovia)",
    ],
  ])("%s", (_label, text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("the place keeps being the event's place", () => {
    const [event] = defaultCoder().code({
      id: "t",
      text: "Iraqi officials have imposed a curfew on Basra starting at 4pm local time (1300 GMT) on Saturday, a military statement said.",
    }).events;
    expect(event.target?.span).toEqual(event.location?.span);
  });

  // victim-place.ts: force aimed at no party, in another state's place, is aimed at that state.
  it.each([
    ["a locative of the verb", "Russian forces fought in Donetsk on Monday.", ["RUSMIL 190 UKR(Donetsk)"]],
    [
      "a locative of the act noun",
      "Russian forces launched an offensive in Donetsk on Monday.",
      ["RUSMIL 190 UKR(Donetsk)"],
    ],
  ])("a foreign force's place target: %s", (_label, text, expected) => {
    expect(triples(text)).toEqual(expected);
  });

  it("the acting party's nationality does not pick the place's country", () => {
    expect(triples("Russian forces shelled Donetsk on Monday.")).toEqual(["RUSMIL 194 UKR(Donetsk)"]);
  });

  it.each([
    [
      "a locative in the source's own country is only where the act happened",
      "Russian forces fought in Belgorod on Monday.",
      ["RUSMIL 190 -()"],
    ],
    [
      "nor the place of an act noun there",
      "Russian forces launched an offensive in Belgorod on Monday.",
      ["RUSMIL 190 -()"],
    ],
    // A town's name as the object of shooting is more often a man's (event-location tune).
    [
      "an act done to people",
      "Marino was shot several times in the chest by police after he left the house in this Albany suburb.",
      [],
    ],
  ])("no place target: %s", (_label, text, expected) => {
    expect(triples(text)).toEqual(expected);
  });
});
