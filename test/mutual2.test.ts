import { describe, expect, it } from "vitest";
import {
  eventFits,
  expectAllFactual,
  expectNoneFactual,
  factualEvents,
  showEvents,
} from "../src/test-helpers/event-triples.js";

/**
 * Two-party acts (grammar `mutual_acts`, `coreference.pair`): a deal with a named party is that
 * party's too, a mediator or host of the pair's act is no counterpart of it, coordinated parties
 * agreeing to a truce conclude it, "the two" is the pair named before, and a state visit is hosted.
 * Sentences written for these tests in wire style.
 */

describe("a deal signed or reached with a named party is that party's deal too", () => {
  it.each([
    ["Canada signed a free trade agreement with Ecuador on Tuesday.", ["CAN 057 ECU", "ECU 057 CAN"]],
    [
      "Kenya struck a deal with the United Arab Emirates on Monday to export fresh produce to the Gulf.",
      ["KEN 057 ARE", "ARE 057 KEN"],
    ],
    ["Vietnam reached an agreement with Indonesia on Friday on their maritime boundary.", ["VNM 057 IDN", "IDN 057 VNM"]],
  ])("%s → %j", (text, expected) => expectAllFactual(text, expected));
});

describe("a mediator or host is no counterpart of the pair's act", () => {
  it.each([
    [
      "Rwanda and Burundi signed a security pact at the Elysee Palace on Monday in a ceremony hosted by French President Emmanuel Macron.",
      ["RWA 057 BDI", "BDI 057 RWA", "FRA 043 RWA"],
    ],
    [
      "Peru and Ecuador signed a peace agreement in a ceremony hosted by Brazilian President Fernando Henrique Cardoso in 1998.",
      ["PER 057 ECU", "ECU 057 PER"],
    ],
    [
      "Rwanda and Burundi agreed to a truce brokered by Angola and Kenya, which took effect on Sunday.",
      ["AGO 045 RWA", "AGO 045 BDI", "KEN 045 RWA", "KEN 045 BDI"],
    ],
    [
      "Serbia and Albania agreed to a prisoner swap brokered by the European Union and the United States on Friday.",
      ["IGO 045 SRB", "USA 045 ALB"],
    ],
    ["Armenia and Georgia struck a transit deal in Kazakhstan on Wednesday.", ["ARM 057 GEO", "GEO 057 ARM"]],
  ])("%s → %j", (text, expected) => expectAllFactual(text, expected));

  it("takes neither the host nor the place for the counterpart, and a hosted ceremony for no visit", () => {
    const ceremony =
      "Rwanda and Burundi signed a security pact at the Elysee Palace on Monday in a ceremony hosted by French President Emmanuel Macron.";
    expectNoneFactual(ceremony, ["RWA 057 FRA", "BDI 057 FRA", "RWA 042 FRA", "BDI 042 FRA"]);
    expectNoneFactual(
      "Peru and Ecuador signed a peace agreement in a ceremony hosted by Brazilian President Fernando Henrique Cardoso in 1998.",
      ["PER 057 BRA", "BRA 057 PER"],
    );
    expectNoneFactual("Armenia and Georgia struck a transit deal in Kazakhstan on Wednesday.", ["ARM 057 KAZ", "KAZ 057 ARM"]);
    // A named partner after "with" stays the counterpart, whoever hosts the ceremony.
    expectAllFactual("Japan signed an agreement with India in a ceremony hosted by Singapore on Friday.", ["JPN 057 IND"]);
    expectNoneFactual("Japan signed an agreement with India in a ceremony hosted by Singapore on Friday.", ["JPN 057 SGP"]);
  });
});

describe("coordinated parties agreeing to a truce conclude it", () => {
  it.each([
    ["Thailand and Cambodia agreed to a ceasefire on Monday after days of border clashes.", ["THA 0871 KHM", "KHM 0871 THA"]],
    ["India and Pakistan agreed on Saturday to a truce along their disputed frontier.", ["IND 0871 PAK", "PAK 0871 IND"]],
    [
      "Eritrea and Djibouti agreed to an immediate ceasefire in talks held in the Saudi city of Jeddah.",
      ["ERI 0871 DJI", "DJI 0871 ERI"],
    ],
  ])("%s → %j", (text, expected) => expectAllFactual(text, expected));

  it("leaves one party's acceptance an intent", () => {
    const events = factualEvents("Ukraine agreed to a 30-day ceasefire proposed by the United States.");
    expect(
      events.some((e) => e.cameo.startsWith("087")),
      showEvents(events),
    ).toBe(false);
  });
});

describe('"the two" standing alone is the pair named before', () => {
  it.each([
    [
      "French President Emmanuel Macron spoke by phone with Brazilian President Luiz Inacio Lula da Silva on Monday, and the two agreed to deepen cooperation on climate.",
      ["FRA 03 BRA", "BRA 03 FRA"],
    ],
    [
      "German Chancellor Friedrich Merz met Polish Prime Minister Donald Tusk in Warsaw on Tuesday, and the two agreed to expand military cooperation.",
      ["DEU 03 POL", "POL 03 DEU"],
    ],
    [
      "Chilean President Gabriel Boric held talks with Argentine President Javier Milei in Santiago, and the two agreed to reopen a border crossing.",
      ["CHL 03 ARG", "ARG 03 CHL"],
    ],
  ])("%s → %j", (text, expected) => expectAllFactual(text, expected));

  it('leaves "the two" counting a noun alone', () => {
    const events = factualEvents(
      "Egypt and Sudan agreed on Monday to reopen the border, and the two soldiers detained last week were released.",
    );
    expect(
      events.some((e) => /\btwo\b/.test(`${e.source?.text ?? ""} ${e.target?.text ?? ""}`)),
      showEvents(events),
    ).toBe(false);
  });
});

describe("a leader and the counterpart a possessive names are a pair", () => {
  it.each([
    [
      "French President Emmanuel Macron and his Nigerian counterpart Bola Tinubu inked a minerals deal in Paris on Thursday.",
      ["FRA 057 NGA", "NGA 057 FRA"],
    ],
    [
      "Japanese Prime Minister Fumio Kishida and his Australian counterpart Anthony Albanese inked a security pact in Perth on Saturday.",
      ["JPN 057 AUS", "AUS 057 JPN"],
    ],
    [
      "Greek Prime Minister Kyriakos Mitsotakis and his Egyptian counterpart Mostafa Madbouly inked a maritime deal in Athens on Wednesday.",
      ["GRC 057 EGY", "EGY 057 GRC"],
    ],
  ])("%s → %j", (text, expected) => expectAllFactual(text, expected));

  it("keeps a pair coordinated without a possessive as it was", () => {
    expectAllFactual("Greek Prime Minister Kyriakos Mitsotakis and his Turkish counterpart met in Athens on Thursday.", [
      "GRC 040 TUR",
      "TUR 040 GRC",
    ]);
    expectNoneFactual("Greek Prime Minister Kyriakos Mitsotakis and his Turkish counterpart met in Athens on Thursday.", [
      "GRC 040 GRC",
    ]);
  });
});

describe("a state or official visit is hosted by the state visited", () => {
  it.each([
    ["Indonesian President Prabowo Subianto arrived in Tokyo on Saturday for a state visit.", ["IDN 042 JPN", "JPN 043 IDN"]],
    [
      "South Korean President Yoon Suk Yeol began a four-day state visit to the Netherlands on Tuesday.",
      ["KOR 042 NLD", "NLD 043 KOR"],
    ],
    ["Polish President Andrzej Duda arrived in Seoul on Wednesday for an official visit.", ["POL 042 KOR", "KOR 043 POL"]],
  ])("%s → %j", (text, expected) => expectAllFactual(text, expected));

  it("leaves other visits unhosted", () => {
    expectNoneFactual("Indian Prime Minister Narendra Modi arrived in Kyiv on Friday for talks with Zelenskiy.", ["UKR 043 IND"]);
    expectNoneFactual("Blinken made a surprise visit to Baghdad on Sunday.", ["IRQ 043 USA"]);
  });
});

describe("talks with a named party, in a party's words, are the speaker's", () => {
  it.each([
    [
      "Iran said on Monday that talks with the International Atomic Energy Agency had been constructive.",
      ["IRN 04 IGO", "IGO 04 IRN"],
    ],
    ["Armenia said on Friday that negotiations with Azerbaijan on a peace treaty had stalled.", ["ARM 04 AZE", "AZE 04 ARM"]],
    [
      "Moldova said on Thursday that the latest round of negotiations with Russia on gas supplies had failed.",
      ["MDA 04 RUS", "RUS 04 MDA"],
    ],
  ])("%s → %j", (text, expected) => expectAllFactual(text, expected));

  it("gives a third party's report of others' talks to them, not to the speaker", () => {
    expectNoneFactual("Russia said on Friday that talks between Armenia and Azerbaijan had stalled.", ["RUS 04 ARM", "RUS 04 AZE"]);
  });
});
