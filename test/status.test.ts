import { describe, expect, it } from "vitest";
import type { EventRecord } from "../src/model/document.js";
import { codeEvents, eventFits, showEvents } from "../src/test-helpers/event-triples.js";

/** Statuses of an act told as fact: the ones expert coders score. */
const FACTUAL = new Set(["asserted", "claimed"]);

/** The events fitting "SOURCE CODE TARGET" (eventFits) that are told as fact. */
function factual(text: string, expected: string): EventRecord[] {
  return codeEvents(text).filter((e) => eventFits(expected, e) && FACTUAL.has(e.status));
}

function expectFactual(text: string, expected: string): void {
  const events = codeEvents(text);
  expect(
    events.some((e) => eventFits(expected, e) && FACTUAL.has(e.status)),
    `${expected} told as fact in: ${showEvents(events)} (${events.map((e) => e.status).join(", ")})`,
  ).toBe(true);
}

describe("a trailing participle of consequence or stance takes the main clause's status", () => {
  it.each([
    [
      "Lithuania and Latvia said on Friday they would formally close their embassies in Minsk, prompting Belarus to expel their diplomats.",
      "BLR 161 LTU",
    ],
    ["The Philippines agreed to expand U.S. access to its military bases, drawing sharp criticism from China.", "CHN 111 PHL"],
    ["OPEC agreed to raise oil output by 400,000 barrels per day, drawing praise from Washington.", "USA 051 IGO"],
  ])("%s", (text, expected) => expectFactual(text, expected));

  it("an act that goes on with the one it trails keeps its status", () => {
    expect(
      factual("Russia said it would strike government buildings in Kyiv, targeting the Ukrainian defence ministry.", "RUS 19 UKR"),
    ).toEqual([]);
    expect(factual("Israel plans to strike Iranian nuclear sites, targeting the facilities at Natanz.", "ISR 19 IRN")).toEqual([]);
  });
});

describe("a past clause opened by 'after' dates the clause it modifies: an earlier event, asserted", () => {
  it.each([
    ["Mexico agreed to deploy troops to its northern border after Washington threatened tariffs on Mexican goods.", "USA 13 MEX"],
    ["Turkey plans to launch an offensive in Syria after Kurdish fighters attacked a Turkish police post.", "* 190 *"],
    ["Argentina gave Venezuelan diplomats 72 hours to leave the country after Caracas expelled the Argentine ambassador.", "VEN 161 ARG"],
  ])("%s", (text, expected) => expectFactual(text, expected));

  it("a clause in the present may still be to come", () => {
    expect(factual("NATO plans to respond after Russia attacks Poland.", "RUS 19 POL")).toEqual([]);
  });
});

describe("an appeal, intent or threat its own side announces is made by announcing it", () => {
  it.each([
    ["Ukraine said on Tuesday it would accept a U.S. proposal for a ceasefire.", "UKR 03 USA"],
    ["Sri Lanka will seek emergency financial support from the International Monetary Fund, the finance minister said.", "LKA 02 IGO"],
    [
      "The European Union said it would not recognise the election results and called on Maduro to publish the tallies.",
      "IGO 02 VEN",
    ],
  ])("%s", (text, expected) => expectFactual(text, expected));

  it("a third party's forecast stays a forecast", () => {
    expect(factual("Analysts said Russia would accept the U.S. proposal within days.", "RUS 03 USA")).toEqual([]);
    expect(factual("The United States is expected to call for talks between Serbia and Kosovo.", "USA 02 *")).toEqual([]);
    expect(factual("Germany will ask China for help in the talks, a Japanese official said.", "DEU 02 CHN")).toEqual([]);
  });
});

describe("a past participle describing a noun with its agent tells what was done: asserted", () => {
  it.each([
    ["Armenian forces agreed to lay down their arms under a Russian-brokered ceasefire.", "* 045 *"],
    ["Ukraine plans to resume grain exports under a Turkish-brokered deal.", "* 045 *"],
    ["Israel and Hezbollah will observe a U.S.-brokered truce from Wednesday.", "USA 045 ISR"],
  ])("%s", (text, expected) => expectFactual(text, expected));

  it("an adjective that only qualifies stays in its clause", () => {
    expect(factual("Beijing said it would respond with targeted military actions against Taiwan.", "CHN 19 TWN")).toEqual([]);
  });
});

describe("'stopped short of' and 'fell short of' deny the act they govern (fourteenth session)", () => {
  it.each([
    ["Canada stopped short of accusing India of the killing.", "CAN 112 IND"],
    ["The Japanese government stopped short of condemning China over the incident.", "JPN 11 CHN"],
  ])("%s", (text, expected) => {
    expect(factual(text, expected), showEvents(codeEvents(text))).toEqual([]);
    expect(codeEvents(text).some((e) => eventFits(expected, e) && e.status === "negated")).toBe(true);
  });

  it("a short visit is still a visit", () => {
    expect(factual("The Indian prime minister paid a short visit to Nepal.", "IND 042 NPL")).toHaveLength(1);
  });
});

describe("a claim its determiner denies is no act (fourteenth session)", () => {
  it("'said there was no evidence that Y was behind the attack' is no accusation", () => {
    const text = "Turkish officials said there was no evidence that Syria was behind the bombing.";
    expect(factual(text, "TUR 112 SYR"), showEvents(codeEvents(text))).toEqual([]);
  });

  it("'no sign that Russian troops have crossed the border' is no crossing", () => {
    const text = "Finland's defence ministry said there was no sign that Russian troops had crossed the border.";
    expect(factual(text, "RUS * *"), showEvents(codeEvents(text))).toEqual([]);
  });

  it("evidence that troops shelled a town is reported, still a claim", () => {
    const text = "Satellite images provided evidence that Ethiopian troops had shelled the Eritrean border town.";
    expect(codeEvents(text).some((e) => eventFits("ETH 19 ERI", e) && e.status === "claimed")).toBe(true);
  });
});
