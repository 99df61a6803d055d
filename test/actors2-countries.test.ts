import { describe, expect, it } from "vitest";
import { expectEvent, expectNoEvent } from "../src/test-helpers/event-triples.js";

// The right country for each party (ninth session, lane actors2). Sentences written for these tests
// in wire style; each "SOURCE CODE TARGET" expectation failed before the rule its block names.

describe("a seat word owned by another country is that country's", () => {
  it.each([
    ["The Philippine Congress condemned China's coast guard on Monday.", "PHLLEG 11 CHN"],
    ["Protesters stormed Paraguay's Congress on Friday.", "PRY 14 PRYLEG"],
    ["Colombia's Congress rejected the government's pension reform on Tuesday.", "COLLEG 12 COL"],
  ])("%s", (text, expected) => expectEvent(text, expected));

  it("keeps Congress alone the United States'", () =>
    expectEvent("Congress approved new sanctions on Iran on Thursday.", "USALEG 16 IRN"));
});

describe("a model designation between a demonym and its role word", () => {
  it.each([
    ["Israeli F-35 jets struck an Iranian air defence site on Saturday.", "ISRMIL 19 IRN"],
    ["Pakistani JF-17 jets bombed Afghan border posts on Monday.", "PAKMIL 19 AFG"],
    ["Thai F-16 jets bombed Cambodian army positions on Thursday.", "THAMIL 19 KHM"],
  ])("%s", (text, expected) => expectEvent(text, expected));

  it("does not leave the jets without a country", () =>
    expectNoEvent("Thai F-16 jets bombed Cambodian army positions on Thursday.", "? 19 *"));
});

describe("'it' is no member of a coordinated list", () => {
  it.each([
    [
      "Hungary and Slovakia said on Monday they were leaving the Council of Europe, accusing it of meddling.",
      "HUN 112 IGOEURCOE",
    ],
    [
      "Burundi and Gambia said they would withdraw from the African Union, accusing it of bias.",
      "GMB 112 IGOAFRAFU",
    ],
    [
      "Niger and Mali said they were quitting the International Criminal Court, accusing it of serving as a tool of repression.",
      "MLI 112 IGOJUDICC",
    ],
  ])("%s", (text, expected) => expectEvent(text, expected));

  it("does not make one listed state accuse another", () =>
    expectNoEvent(
      "Burundi and Gambia said they would withdraw from the African Union, accusing it of bias.",
      "GMB 112 BDI",
    ));
});

describe("victims are people of the place a place noun's phrase names", () => {
  it.each([
    [
      "Two Russian drones crashed into the centre of the Ukrainian city of Odesa, killing four people.",
      "RUS 19 UKRCVL",
    ],
    [
      "Israeli shells landed on the outskirts of the Lebanese city of Tyre, killing three civilians.",
      "ISR 19 LBNCVL",
    ],
    [
      "Syrian shells fell on the outskirts of the Turkish town of Akcakale, killing two people.",
      "SYR 19 TURCVL",
    ],
  ])("%s", (text, expected) => expectEvent(text, expected));
});

describe("armed opponents using force on one state's forces are that state's", () => {
  it.each([
    [
      "Separatist fighters killed 12 Cameroonian soldiers near the Nigerian border, the army said.",
      "CMR 19 CMRMIL",
    ],
    ["Insurgents ambushed Nigerien troops near the Malian border on Tuesday, killing 17 soldiers.", "NER 19 NERMIL"],
    [
      "Jihadist insurgents attacked Burkinabe soldiers near the border with Niger on Sunday, killing 20.",
      "BFA 1 BFAMIL",
    ],
  ])("%s", (text, expected) => expectEvent(text, expected));

  it("does not give militants the country of the troops that kill them", () =>
    expectNoEvent("Israeli troops killed three militants in Gaza on Monday.", "ISR 19 ISR"));
  it("does not make rebels in another state the soldiers' own", () =>
    expectNoEvent("Rebels in Sudan attacked Chadian soldiers on Saturday.", "TCD 19 TCDMIL"));
});

describe("a role word owned by a person is of the person's state", () => {
  it.each([
    ["Turkey accused Assad's forces on Tuesday of shelling a Turkish observation post.", "TUR 112 SYRMIL"],
    [
      "The United States imposed new sanctions on Iran and criticised Maduro's government on Monday.",
      "USA 111 VENGOV",
    ],
    ["Britain praised Zelenskiy's government and condemned Russia.", "GBR 051 UKRGOV"],
  ])("%s", (text, expected) => expectEvent(text, expected));

  it("does not give a role word with no possessive the person's country", () =>
    expectNoEvent("Turkey's president Erdogan condemned the government and Israel on Monday.", "TUR 111 TURGOV"));
});

describe("a bare name owned by a state's possessive is that state's", () => {
  it.each([
    ["India's Adani Group signed a port deal with Israel on Tuesday.", "IND 057 ISR"],
    ["Nigeria's Dangote Group signed a refinery deal with Ghana on Monday.", "NGA 057 GHA"],
    ["South Korea's Hanwha Aerospace signed an arms deal with Poland on Tuesday.", "KOR 057 POL"],
  ])("%s", (text, expected) => expectEvent(text, expected));

  it("leaves a name with no possessive unknown", () =>
    expectNoEvent("Hanwha Aerospace signed an arms deal with Poland on Tuesday.", "KOR 057 POL"));
});
