import { describe, expect, it } from "vitest";
import { codeEvents, showEvents } from "../src/test-helpers/event-triples.js";

/** Demonstration events as "SOURCE-country root TARGET-country" (CAMEO root: two digits). */
const protests = (text: string) => {
  const events = codeEvents(text);
  return {
    found: events
      .filter((e) => e.cameo.startsWith("14"))
      .map((e) => `${e.source?.country} ${e.cameo.slice(0, 2)} ${e.target?.code}`),
    shown: showEvents(events),
  };
};

describe("demonstrations that are the setting of a state's act on people (protest-place.ts)", () => {
  it.each([
    [
      "Belarusian police detained more than 200 people at protests across the country on Sunday, a rights group said.",
      "BLR 14 BLRGOV",
    ],
    [
      "Sri Lanka's president declared a state of emergency on Friday as protests over fuel shortages spread to the capital.",
      "LKA 14 LKAGOV",
    ],
    [
      "Iraqi security forces killed at least 12 people during demonstrations against power cuts in the south, medics said.",
      "IRQ 14 IRQGOV",
    ],
  ])("%s → %s", (text, expected) => {
    const { found, shown } = protests(text);
    expect(found, shown).toEqual([expected]);
  });

  it("the security forces that act on the crowd are not its demonstrators", () => {
    const events = codeEvents(
      "Iraqi security forces killed at least 12 people during demonstrations against power cuts in the south, medics said.",
    );
    expect(
      events.filter((e) => e.cameo.startsWith("14")).map((e) => e.source?.code),
      showEvents(events),
    ).toEqual(["IRQCVL"]);
  });

  it("is no protest at home when the crowd is for or against another country, or when there is no demonstration", () => {
    for (const text of [
      "British police arrested 40 people at pro-Palestinian protests in London on Saturday.",
      "German police detained 30 people at protests by Iranian exiles in Berlin on Saturday.",
      "Turkish police detained 15 people after a football match in Istanbul.",
    ]) {
      const { found, shown } = protests(text);
      expect(found, shown).toEqual([]);
    }
  });

  it("a demonstration that a state's act breaks up took place, however intended the act", () => {
    for (const [text, expected] of [
      ["Zimbabwean police fired tear gas to break up protests in Harare on Monday.", "ZWECVL 14 ZWEGOV asserted"],
      ["Iranian security forces used live ammunition to suppress protests in Zahedan.", "IRNCVL 14 IRNGOV asserted"],
      ["Sri Lankan police used water cannon to break up a demonstration in Colombo on Thursday.", "LKACVL 14 LKAGOV asserted"],
    ]) {
      const events = codeEvents(text);
      expect(
        events
          .filter((e) => e.cameo.startsWith("14"))
          .map((e) => `${e.source?.code} ${e.cameo.slice(0, 2)} ${e.target?.code} ${e.status}`),
        showEvents(events),
      ).toEqual([expected]);
    }
  });

  it("a demonstration a state's act would prevent did not take place", () => {
    const events = codeEvents("Zimbabwean police deployed in Harare on Monday to prevent protests.");
    expect(
      events.filter((e) => e.cameo.startsWith("14") && e.status === "asserted").map((e) => e.source?.code),
      showEvents(events),
    ).toEqual([]);
  });
});
