import { describe, expect, it } from "vitest";
import {
  eventFits,
  expectAllFactual,
  expectNoneFactual,
  factualEvents,
  showEvents,
} from "../src/test-helpers/event-triples.js";

/**
 * Mediators and the parties they mediate between (grammar `mediation_acts`, `mutual_acts`,
 * `conversation_frame`). Sentences written for these tests in wire style.
 */

describe("a mediation participle glued to its mediator mediates between the clause's parties", () => {
  it.each([
    ["Serbia and Kosovo signed a U.S.-brokered deal on Friday to normalise economic ties.", ["USA 045 SRB", "USA 045 KSV"]],
    [
      "Eritrea and Ethiopia signed a Saudi-brokered peace accord in Jeddah on Sunday.",
      ["SAU 045 ERI", "SAU 045 ETH"],
    ],
    ["Sudan and South Sudan agreed to a Qatari-mediated truce along their border on Monday.", ["QAT 045 SDN", "QAT 045 SSD"]],
    ["Armenia and Azerbaijan initialled an EU-mediated agreement in Brussels on Tuesday.", ["IGO 045 ARM", "IGO 045 AZE"]],
  ])("%s → %j", (text, expected) => expectAllFactual(text, expected));

  it("keeps the mediator out of the deal, and other glued participles are still no act", () => {
    expectNoneFactual("Serbia and Kosovo signed a U.S.-brokered deal on Friday to normalise economic ties.", [
      "SRB 057 USA",
      "KSV 057 USA",
      "USA 057 SRB",
    ]);
    expectNoneFactual("Serbia and Kosovo signed a U.S.-funded deal on Friday to normalise economic ties.", [
      "USA 07 SRB",
      "USA 045 SRB",
    ]);
    expectNoneFactual("Russia-backed separatists shelled the town on Sunday.", ["RUS 05 -"]);
  });
});

describe("a meeting's own sentence codes the meeting, not a statement to the other party", () => {
  it.each([
    [
      "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo on Friday and said the two countries would deepen defence ties.",
      "IND 010 JPN",
    ],
    [
      "German Chancellor Olaf Scholz held talks with Chinese Premier Li Qiang in Berlin on Monday, and Scholz announced a new climate partnership.",
      "DEU 010 CHN",
    ],
    // A mediator talks to neither side by mediating.
    ["Israel and Hamas agreed to a truce brokered by Egypt, Egyptian President Abdel Fattah al-Sisi said.", "EGY 010 PSE"],
    // A statement with a clause of its own shares no object with the verb coordinated after it.
    [
      "Turkish President Tayyip Erdogan said Turkey would buy more gas, and met Azerbaijani President Ilham Aliyev in Baku on Tuesday.",
      "TUR 010 AZE",
    ],
  ])("%s → no %s", (text, unwanted) => expectNoneFactual(text, [unwanted]));

  it("keeps the meeting, and addresses a later sentence's statement to the other party", () => {
    const text =
      "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo on Friday. Ishiba said Japan would deepen defence ties with India.";
    expectAllFactual(text, ["IND 040 JPN", "JPN 040 IND", "JPN 010 IND"]);
  });
});

describe("a truce that begins, or that a mediator brings about, is its parties' act on each other", () => {
  it.each([
    ["A ceasefire between Armenia and Azerbaijan took effect at midnight on Sunday.", ["ARM 0871 AZE", "AZE 0871 ARM"]],
    [
      "A truce between Thailand and Cambodia came into force on Tuesday after five days of fighting.",
      ["THA 0871 KHM", "KHM 0871 THA"],
    ],
    [
      "Egypt said it had mediated a truce between Israel and Islamic Jihad that would halt rocket fire from Gaza.",
      ["EGY 045 ISR", "ISR 0871 PSE", "PSE 0871 ISR"],
    ],
    ["Qatar brokered a ceasefire between Israel and Hamas on Friday.", ["QAT 045 ISR", "QAT 045 PSE"]],
  ])("%s → %j", (text, expected) => expectAllFactual(text, expected));

  it("leaves a truce between parties that frays, or that talks are about, to no one", () => {
    expectNoneFactual("The truce between Ethiopia and Eritrea began to fray in March.", ["ETH 0871 ERI", "ERI 0871 ETH"]);
    expectNoneFactual("Talks on a ceasefire between Russia and Ukraine began in Istanbul on Monday.", [
      "RUS 0871 UKR",
      "UKR 0871 RUS",
    ]);
    // The mediator is no party to the truce it brokers.
    expectNoneFactual("Qatar brokered a ceasefire between Israel and Hamas on Friday.", ["QAT 0871 ISR", "QAT 0871 PSE"]);
  });
});

describe("coordinated parties holding talks at a neutral venue hold them with each other", () => {
  it.each([
    [
      "Ethiopian Prime Minister Abiy Ahmed and Egyptian President Abdel Fattah al-Sisi held talks in Vienna on Thursday.",
      ["ETH 04 EGY", "EGY 04 ETH"],
    ],
    ["Israeli and Lebanese negotiators held indirect talks in Doha on Wednesday.", ["ISR 04 LBN", "LBN 04 ISR"]],
    [
      "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held talks in Brussels on Monday.",
      ["SRB 04 KSV", "KSV 04 SRB"],
    ],
    // A person's short alias that is a capital ("Muscat") names the city there.
    ["Saudi and Houthi negotiators held talks in Muscat on Monday.", ["SAU 04 YEM", "YEM 04 SAU"]],
  ])("%s → %j", (text, expected) => expectAllFactual(text, expected));

  it("takes the capital for no person, and the full name still for the person", () => {
    expectNoneFactual("Saudi and Houthi negotiators held talks in Muscat on Monday.", ["SAU 04 MLT", "MLT 04 SAU"]);
    expectAllFactual("Former Maltese prime minister Joseph Muscat met Italian Prime Minister Giorgia Meloni in Rome on Friday.", [
      "MLT 040 ITA",
    ]);
  });
});

describe("the mediator of talks is a party to its mediation, not to the talks", () => {
  it.each([
    [
      "Armenia and Azerbaijan agreed on Monday to reopen border crossings following talks in the Russian city of Sochi brokered by Moscow.",
      ["RUS 045 ARM", "RUS 045 AZE"],
    ],
    [
      "Israel and Hamas agreed to a prisoner swap after talks in Doha mediated by Qatar and Egypt.",
      ["QAT 045 ISR", "QAT 045 PSE", "EGY 045 ISR"],
    ],
  ])("%s → %j", (text, expected) => expectAllFactual(text, expected));

  it("gives the mediator no talks with the place they were held in", () => {
    expectNoneFactual(
      "Armenia and Azerbaijan agreed on Monday to reopen border crossings following talks in the Russian city of Sochi brokered by Moscow.",
      ["RUS 040 RUS"],
    );
    expectNoneFactual("Israel and Hamas agreed to a prisoner swap after talks in Doha mediated by Qatar and Egypt.", [
      "QAT 04 EGY",
      "EGY 04 QAT",
    ]);
  });
});
