import { describe, expect, it } from "vitest";
import { codeEvents, expectEvent, expectNoEvent, showEvents } from "../src/test-helpers/event-triples.js";

/** Events as "SOURCE-country root TARGET-country" (CAMEO root: two digits), for the codes starting with `prefix`. */
const coded = (text: string, prefix: string) => {
  const events = codeEvents(text);
  return {
    found: events
      .filter((e) => e.cameo.startsWith(prefix))
      .map((e) => `${e.source?.country} ${e.cameo.slice(0, 2)} ${e.target?.country}`),
    shown: showEvents(events),
  };
};

describe("force and destruction by a crowd out protesting is a riot (violence-kind.ts riotByCrowd)", () => {
  it.each([
    ["Protesters torched a police station in the southern city of Sylhet on Sunday, Bangladeshi officials said.", "BGDCVL 145 BGD"],
    ["Rioters set fire to government offices across Kenya on Tuesday.", "KENCVL 145 KEN"],
    ["Dozens of police officers were injured in clashes with demonstrators in Tbilisi on Saturday.", "GEOCVL 145 GEO"],
  ])("%s → %s", (text, expected) => {
    expectEvent(text, expected);
    expectNoEvent(text, "* 17 *");
    expectNoEvent(text, "* 19 *");
  });

  it("gunmen's arson stays destruction of property, not a riot", () => {
    const text = "Gunmen torched a police station in central Mali on Sunday, killing four officers.";
    expectNoEvent(text, "* 14 *");
    expectEvent(text, "MLI 1712 MLI");
  });
});

describe("a leader who resigns as the sentence's crowd demonstrates yields to it (protest-target.ts yieldTargets)", () => {
  it.each([
    ["Peru's prime minister resigned on Saturday after days of deadly protests.", "PERGOV 083 PERCVL"],
    ["Mongolia's prime minister resigned on Friday as protesters stormed the parliament building in Ulaanbaatar.", "MNGGOV 083 MNGCVL"],
    ["The Lebanese prime minister stepped down on Tuesday amid mass protests against the political elite.", "LBNGOV 083 LBNCVL"],
  ])("%s → %s", (text, expected) => {
    expectEvent(text, expected);
  });

  it("a minister resigning in protest yields to no crowd", () => {
    expectNoEvent("Britain's health minister resigned on Monday in protest at the government's policy.", "GBR 083 GBRCVL");
  });
});

describe("a counted crowd's demonstration under a state's act is by the sentence's country (protest-place.ts)", () => {
  it.each([
    ["Zambian police fired tear gas in Lusaka on Monday as thousands marched against rising food prices.", "ZMB 14 ZMB"],
    ["Police in Kenya fired tear gas on Tuesday as thousands took to the streets over new taxes.", "KEN 14 KEN"],
    ["Sri Lankan police fired water cannon in Colombo on Friday as thousands protested against power cuts.", "LKA 14 LKA"],
  ])("%s → %s", (text, expected) => {
    const { found, shown } = coded(text, "14");
    expect(found, shown).toEqual([expected]);
  });

  it("no crowd's country when the sentence names two", () => {
    const { found, shown } = coded(
      "Belgian police fired tear gas in Brussels as thousands of Kurds marched against Turkey's offensive.",
      "14",
    );
    expect(found.filter((f) => f === "BEL 14 BEL"), shown).toEqual([]);
  });
});

describe("a demonstration's participle after the crowd is the crowd's act (dependency-roles.ts demonstratingCrowd)", () => {
  it.each([
    ["Zimbabwean police fired water cannon at nurses protesting outside the health ministry in Harare.", "ZWEHLH"],
    ["Police in Dhaka fired rubber bullets at students protesting against a new tax on Monday.", "BGDEDU"],
    ["Police in Lagos fired tear gas at young people demonstrating against police brutality, wounding dozens.", "NGACVL"],
  ])("%s → the demonstration is %s's", (text, crowd) => {
    const events = codeEvents(text);
    const protests = events.filter((e) => e.cameo.startsWith("14"));
    expect(
      protests.map((e) => e.source?.code),
      showEvents(events),
    ).toEqual([crowd]);
  });

  it("the police who fire on the crowd neither demonstrate nor riot", () => {
    const text =
      "Nepalese police opened fire on young protesters demonstrating against a ban outside parliament in Kathmandu, killing at least 19 people.";
    expectNoEvent(text, "NPLCOP 14 *");
    expectNoEvent(text, "NPLCVL 145 *");
    expectNoEvent(text, "NPLCVL 19 *");
  });
});

describe("a crowd a number counts demonstrates, and joining protesters demonstrates with them", () => {
  it("a counted crowd under a state's act: 20,000 people marched", () => {
    const { found, shown } = coded(
      "Chilean police fired tear gas in Santiago on Thursday as 20,000 people marched against the pension system.",
      "14",
    );
    expect(found, shown).toEqual(["CHL 14 CHL"]);
  });

  it.each([
    ["Opposition lawmakers in Georgia joined demonstrators outside parliament in Tbilisi on Sunday.", "GEOOPP 14 GEO"],
    ["Kenyan doctors joined protesters in Nairobi on Tuesday.", "KENHLH 14 KEN"],
    ["Soldiers from a Malian army unit joined anti-government protesters in Bamako on Friday.", "MLIMIL 14 MLI"],
  ])("%s → %s", (text, expected) => {
    expectEvent(text, expected);
    expectNoEvent(text, "* 05 *");
  });

  it("a state joining an alliance still cooperates with it", () => {
    expectEvent("Sweden joined NATO on Thursday.", "SWE 050 IGO");
    expectNoEvent("Sweden joined NATO on Thursday.", "* 14 *");
  });
});

describe("crowds that rally against a government protest (fourteenth session)", () => {
  it.each([
    ["Thousands of Serbians rallied in Belgrade against the government on Saturday.", "SRB 141 SRB"],
    ["Tens of thousands of Israelis rallied outside the Knesset against the judicial overhaul.", "ISR 141 ISR"],
  ])("%s", (text, expected) => {
    expectEvent(text, expected);
    expectNoEvent(text, "* 113 *");
  });
});
