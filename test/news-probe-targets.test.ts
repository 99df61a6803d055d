import { describe, expect, it } from "vitest";
import { codeEvents, eventFits as fits, showEvents } from "../src/test-helpers/event-triples.js";
import { lazyProbe } from "../src/test-helpers/probe-scorer.js";

// A probe of wire-style news of 2021-2025 written for the targets of events (test/fixtures/
// news-probe-targets.jsonl, in scripts/score-probe.mjs's format): each sentence's expected events were
// written before Dyad ran on it. Every case below failed before the rule it names.
describe("targets news probe (2021-2025 wire copy)", () => {
  const { eventsOf } = lazyProbe("news-probe-targets.jsonl", (_, i) => `t${String(i + 1).padStart(3, "0")}`);

  it.each([
    // Reciprocal acts: coordinated parties "accused each other", "traded accusations" (one_sided_acts.reciprocal).
    ["t011", "accused each other", "ARM 11 AZE"],
    ["t011", "accused each other, the other way", "AZE 11 ARM"],
    ["t013", "blamed each other", "UKR 11 RUS"],
    ["t012", "traded accusations", "CHN 11 IND"],
    ["t014", "traded blame", "RUSGOV 11 UKRGOV"],
    ["t015", "exchanged accusations", "PAK 11 IND"],
    ["t016", "accused one another", "THA 11 KHM"],
    // A show of force is aimed at the state it is staged around (place_targets.display).
    ["t004", "held drills near Poland's border: not each other", "BLR 15 POL"],
    ["t004", "... and Russia's too", "RUS 15 POL"],
    ["t005", "massed troops near Ukraine's border: not the troops", "RUS 15 UKR"],
    ["t006", "deployed ships in waters around Taiwan", "CHN 15 TWN"],
    ["t007", "moved troops toward its border with Armenia", "AZE 15 ARM"],
    // Force used in answer is aimed at the attacker; an act answered, at the side answering (responses).
    ["t027", "Israel responded with a limited strike: aimed at Iran", "ISR 19 IRN"],
    // (t124 "in response to American strikes on its nuclear sites": the act answered is background now,
    // no event, as the tune probes' coders code the same sentence; grammar status.answered_nouns.)
    // A place in the phrase of an act noun's head word ("air strikes across Gaza").
    ["t028", "responded with heavy air strikes across Gaza", "ISR 19 PSE"],
    // An answer's force is the act itself ("retaliated with air strikes" is no threat; fold-means.ts).
    ["t030", "Pakistan retaliated with air strikes on Iranian territory", "PAK 19 IRN"],
    // The maker of a thing is no party (maker_words): "British-made missiles at Russian command posts".
    ["t042", "fired British-made missiles at Russian command posts", "UKR 19 RUS"],
    ["t043", "launched American-made missiles at a Russian arms depot", "UKR 19 RUS"],
    // A reaction drawn "from" a party is that party's, aimed at the subject or its owner (reactions).
    ["t070", "Iran's seizure ... drew condemnation from Britain and France", "GBR 11 IRN"],
    ["t070", "... and France's", "FRA 11 IRN"],
    // A possessive pronoun in reported speech stands for the speaker (owner_pronouns).
    ["t035", "The Philippines said ... had seized their rifles", "CHN 17 PHL"],
    // Victims of force take the country of the party the act they follow on is aimed at (victim-place.ts).
    ["t104", "a missile attack on Kyiv, killing at least 20 civilians", "RUS 19 UKRCVL"],
    // An attack noun is aimed at what the coercive verb it is the subject of is done to (fold-means.ts).
    ["t021", "An Israeli air strike destroyed the Iranian consulate", "ISR 19 IRN"],
  ])("%s: %s", (id, _label, expected) => {
    const events = eventsOf(id);
    expect(events.some((e) => fits(expected, e)), showEvents(events)).toBe(true);
  });

  it.each([
    ["t011", "accused each other: no accusation without a target", "* 11 -"],
    ["t042", "British-made missiles: no attack on Britain", "* 19 GBR"],
    ["t043", "American-made missiles: no attack on the United States", "* 19 USA"],
  ])("%s: %s", (id, _label, unexpected) => {
    const events = eventsOf(id);
    const bad = events.filter((e) => fits(unexpected, e));
    expect(bad, showEvents(events)).toEqual([]);
  });
});

// Sentences written for rules the probe has no case of.
describe("targets of arrivals for talks", () => {
  it("'arrived in Baghdad for talks' is aimed at Iraq (place_targets.arrivals)", () => {
    const events = codeEvents(
      "Turkey's foreign minister arrived in Baghdad on Tuesday for talks on water sharing and security.",
    );
    expect(events.some((e) => fits("TURGOV 04 IRQ", e)), showEvents(events)).toBe(true);
  });
});

describe("targets of a state's coercion", () => {
  it("'Iran executed a man convicted of spying for Israel' coerces Iran's own (home_coercion)", () => {
    const events = codeEvents("Iran executed a man convicted of spying for Israel, the judiciary said.");
    expect(events.some((e) => fits("IRN 17 IRNCVL", e)), showEvents(events)).toBe(true);
  });
});
