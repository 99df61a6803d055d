import { describe, expect, it } from "vitest";
import { codeEvents, eventFits, expectAllFactual, factualEvents, showEvents } from "../src/test-helpers/event-triples.js";

/**
 * Acts two parties do with each other (grammar `mutual_acts`, `adjunct_acts`): expert coders code a
 * meeting, talks or a call both ways whoever the sentence makes its subject, and hosting as the
 * guest's visit too (but a visit as no hosting). Sentences written for these tests in wire style.
 */

describe("acts done with a named party are that party's act too", () => {
  it.each([
    ["German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi in New Delhi on Saturday.", "IND 04 DEU"],
    ["French President Emmanuel Macron held talks with Chinese President Xi Jinping in Paris on Monday.", "CHN 04 FRA"],
    ["Turkish President Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Sunday.", "RUS 04 TUR"],
    // Hosting is the guest's visit.
    ["Egypt hosted Israeli Prime Minister Benjamin Netanyahu in Sharm el-Sheikh on Tuesday.", "ISR 042 EGY"],
  ])("%s → %s", (text, expected) => {
    const events = factualEvents(text);
    expect(
      events.some((e) => eventFits(expected, e)),
      showEvents(events),
    ).toBe(true);
  });

  it("keeps the forward event, and leaves one-way acts and visits one way", () => {
    const met = factualEvents("German Chancellor Olaf Scholz met Indian Prime Minister Narendra Modi in New Delhi on Saturday.");
    expect(met.some((e) => eventFits("DEU 040 IND", e))).toBe(true);
    // A visit is no hosting: Japan does nothing.
    const visit = factualEvents("Indian Prime Minister Narendra Modi arrived in Tokyo on Friday for a three-day visit.");
    expect(visit.some((e) => eventFits("IND 042 JPN", e)), showEvents(visit)).toBe(true);
    expect(visit.some((e) => eventFits("JPN * *", e)), showEvents(visit)).toBe(false);
    const sanctions = factualEvents("Canada imposed new sanctions on Iran on Monday.");
    expect(sanctions.some((e) => eventFits("IRN * CAN", e)), showEvents(sanctions)).toBe(false);
  });
});

describe("talks that are the setting of a clause took place", () => {
  it.each([
    ["Japan and South Korea agreed to resume defence dialogue during talks in Tokyo on Thursday.", ["JPN 04 KOR", "KOR 04 JPN"]],
    ["Iran said it would release the detained sailors after talks with Britain in Muscat.", ["IRN 04 GBR", "GBR 04 IRN"]],
    [
      "Pakistan and Afghanistan failed to agree on border crossings at their meeting in Islamabad on Sunday.",
      ["PAK 04 AFG", "AFG 04 PAK"],
    ],
  ])("%s → %j", (text, expected) => expectAllFactual(text, expected));

  it("leaves talks still to come ('before talks') and a summit's host country alone", () => {
    const before = factualEvents("Serbia will present its proposal before talks with Croatia next week.");
    expect(before.some((e) => eventFits("SRB 04 HRV", e) || eventFits("HRV 04 SRB", e)), showEvents(before)).toBe(false);
    const summit = factualEvents("NATO leaders pledged more aid at a summit in Lithuania.");
    expect(summit.some((e) => eventFits("* 04 LTU", e) || eventFits("LTU 04 *", e)), showEvents(summit)).toBe(false);
  });
});
