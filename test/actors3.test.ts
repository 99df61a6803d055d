import { describe, expect, it } from "vitest";
import { expectEvent, expectNoEvent } from "../src/test-helpers/event-triples.js";

// Parties Dyad read wrong or not at all (tenth session, lane actors3). Sentences written for these
// tests in wire style; each "SOURCE CODE TARGET" expectation failed before the rule its block names.

describe("a long name between 'sentenced' and its penalty", () => {
  it.each([
    ["A Serbian court sentenced Kosovo Serb politician Milan Radoicic to ten years in prison.", "SRBJUD 173 KSV"],
    ["A Turkish court sentenced jailed Kurdish leader Selahattin Demirtas to 42 years in prison.", "TURJUD 173 TUR"],
    [
      "A Pakistani court sentenced former Prime Minister Imran Khan to 14 years in prison on Friday.",
      "PAKJUD 173 PAK",
    ],
  ])("%s", (text, expected) => expectEvent(text, expected));

  it("does not jail anyone for a sentence that is only a noun", () =>
    expectNoEvent("The court upheld the sentence of a former Pakistani minister on Friday.", "* 173 *"));
});

describe("a region's leaders as a group act as the region's body", () => {
  it.each([
    ["West African leaders imposed sanctions on Niger's military rulers on Sunday.", "IGOWAFWAS 16 NER"],
    ["Southeast Asian foreign ministers urged Myanmar's junta to end the violence.", "IGOSEAASN 02 MMR"],
    ["Gulf states condemned Iran's seizure of an oil tanker on Tuesday.", "IGOMEAGCC 11 IRN"],
    ["Caribbean leaders urged Haiti's government to hold elections by next year.", "IGOCRBCRC 02 HTI"],
  ])("%s", (text, expected) => expectEvent(text, expected));

  it("does not make the leaders the country of their context", () =>
    expectNoEvent("West African leaders imposed sanctions on Niger's military rulers on Sunday.", "NER 16 NER"));

  it("keeps one West African nation that nation", () =>
    expectNoEvent(
      "Ghana, the West African nation, signed a trade deal with Nigeria on Monday.",
      "IGOWAFWAS * *",
    ));
});

describe("an unnamed rights group or charity is of no state", () => {
  it.each([
    ["Human rights groups condemned the Egyptian government's arrest of the activists.", "NGO 11 EGY"],
    ["Aid agencies accused Ethiopia's government of blocking food convoys to Tigray.", "NGO 11 ETH"],
    ["Refugee charities criticised the Italian government's new migration law on Monday.", "NGO 11 ITA"],
  ])("%s", (text, expected) => expectEvent(text, expected));

  it("keeps a rights group its demonym's", () =>
    expectEvent("A Russian rights group accused Moscow's police of torturing detainees.", "RUSHRI 11 RUS"));

  it("does not make the rights groups the government's country", () =>
    expectNoEvent("Human rights groups condemned the Egyptian government's arrest of the activists.", "EGY 11 EGY"));
});

describe("a conjunct after ', and' hung on a reported passive clause is the reporter's act", () => {
  it.each([
    [
      "NATO leaders said on Friday that the alliance's eastern flank had been repeatedly violated by drones, and urged the Kremlin in Moscow to stop.",
      "IGOWSTNAT 02 RUS",
    ],
    [
      "French officials said on Monday that the embassy's staff had been briefly held by security agents in Niamey, and urged the government of Niger to respect the conventions.",
      "FRA 02 NER",
    ],
    [
      "British ministers said on Tuesday that the country's sailors had been detained by Iranian forces for a week, and urged Tehran to release them.",
      "GBR 02 IRN",
    ],
  ])("%s", (text, expected) => expectEvent(text, expected));

  it("leaves a perfect conjunct with the reported clause", () =>
    expectNoEvent(
      "Police said the suspect had been arrested in Paris and had confessed to attacking the Israeli embassy.",
      "FRA * ISR",
    ));
});
