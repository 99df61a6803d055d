import { describe, expect, it } from "vitest";
import { codeEvents, eventFits, showEvents } from "../src/test-helpers/event-triples.js";

/**
 * Who did it (the agents lane): the state behind an agentless passive of a state-only act
 * (state-agents.ts), each named state of a list closed by "and N other countries" (actor-slots.ts),
 * a "by" agent behind a partitive, a plural pronoun standing for listed persons (coreference.ts), and
 * the group an attack is claimed by (claimed-attacks.ts). Sentences written for these tests in wire style.
 */
const has = (text: string, expected: string) => {
  const events = codeEvents(text);
  expect(
    events.some((e) => eventFits(expected, e)),
    `${expected} in\n${showEvents(events)}`,
  ).toBe(true);
};
const hasNo = (text: string, unexpected: string) => {
  const events = codeEvents(text);
  expect(
    events.some((e) => eventFits(unexpected, e)),
    `no ${unexpected} in\n${showEvents(events)}`,
  ).toBe(false);
};

describe("agentless passives of state acts", () => {
  it.each([
    // A place in the verb's phrase names the state.
    ["Belarusian opposition activist Pavel Sevyarynets was detained on Monday at a Minsk railway station.", "BLRCOP 173 BLR"],
    // The victim's own state, with no place named.
    ["Two prominent Azerbaijani journalists were jailed on Tuesday.", "AZEJUD 173 AZE"],
    ["Jailed Tunisian opposition leader Rached Ghannouchi was sentenced to three more years in prison on Tuesday.", "TUNJUD 17 TUN"],
    // A deportation's "from" phrase names the state that deports.
    ["Three hundred Afghan migrants were deported from Pakistan on Wednesday.", "PAKGOV 174 AFG"],
    // Release is a state's act only from custody.
    ["A Kenyan opposition lawmaker was released from police custody on Friday.", "KEN 084 KEN"],
  ])("%s → %s", (text, expected) => has(text, expected));

  it("leaves hostage-taking, a state as victim, a named agent and another state's raid alone", () => {
    hasNo("Ten aid workers were kidnapped in South Sudan on Sunday.", "SSD 18 SSD");
    hasNo("Russia was banned from the Olympics on Thursday.", "RUS 17 RUS");
    hasNo("An Iranian dissident was arrested by masked men in Istanbul.", "TURCOP 173 IRN");
    hasNo("Israeli troops raided the town of Tubas on Monday and 15 Palestinians were arrested.", "PSE 173 PSE");
    const freed = codeEvents("Two hostages were released on Sunday after weeks of negotiations.");
    expect(
      freed.some((e) => e.cameo.startsWith("084") && e.source !== null),
      showEvents(freed),
    ).toBe(false);
  });
});

describe("coordinated sources with an unnamed conjunct", () => {
  it.each([
    ["Australia, Japan and two other countries imposed sanctions on Iranian officials on Monday.", ["AUS 163 IRN", "JPN 163 IRN"]],
    ["Norway, Ireland and several other European states recognised a Palestinian state on Wednesday.", ["NOR 054 PSE", "IRL 054 PSE"]],
  ])("%s → %j", (text, expected) => {
    for (const tuple of expected) has(text, tuple);
  });

  it("reads the states a plural of states names as examples as its parties ('countries, including X and Y')", () => {
    const text = "Several Western countries, including Canada and the Netherlands, condemned the verdict on Monday.";
    has(text, "CAN 111 -");
    has(text, "NLD 111 -");
    has("Sri Lanka reached a deal with bilateral lenders such as India on Friday to restructure its debt.", "LKA 057 IND");
    has("Sri Lanka reached a deal with bilateral lenders such as India on Friday to restructure its debt.", "IND 057 LKA");
    // Victims named as examples stay people.
    hasNo("Israeli strikes killed dozens of people, including children, in Gaza on Monday.", "ISR 18 -");
  });

  it("reads a plural pronoun object as the listed persons, not the coordinated subject", () => {
    const text =
      "Canada and Australia imposed sanctions on Russian oligarchs Oleg Deripaska and Roman Abramovich on Monday, accusing them of supporting the war.";
    hasNo(text, "CAN 112 AUS");
    hasNo(text, "AUS 112 CAN");
  });
});

describe("agents named through a partitive or a claim", () => {
  it("takes a 'by a group of' agent", () => {
    has("A Somali lawmaker was shot dead in Mogadishu on Friday by a group of gunmen.", "SOMUAF 18 SOM");
  });

  it.each([
    ["Gunmen stormed a hotel in Kabul on Saturday, killing at least 18 people, in an attack claimed by Islamic State.", "IMGMUSISI 18 AFG"],
    ["Two suicide bombers struck a market in northern Nigeria on Monday, killing 12 people, an attack later claimed by Boko Haram.", "NGAREBBKH 18 NGA"],
  ])("the claimer did the attack: %s", (text, expected) => has(text, expected));

  it("keeps a named side's own act", () => {
    const text =
      "Pakistani troops raided a hideout in North Waziristan on Monday, days after an attack claimed by the Pakistani Taliban killed 10 soldiers.";
    // The raid is force (190), as the Taliban's attack is: the raid's own source is the troops.
    const raid = codeEvents(text).filter((e) => e.trigger.text === "raided");
    expect(raid.map((e) => `${e.source?.code} ${e.cameo}`), showEvents(raid)).toEqual(["PAKMIL 190"]);
  });
});
