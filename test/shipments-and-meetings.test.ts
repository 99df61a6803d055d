import { describe, it } from "vitest";
import { expectEvent, expectNoEvent } from "../src/test-helpers/event-triples.js";

// Fourteenth session: relief goods sent or dispatched to a country are humanitarian aid (073); leaders
// who convene meet (040); and a government meeting its own members holds no talks between parties.

describe("relief goods sent to a country", () => {
  it.each([
    ["Japan sent 10,000 tonnes of rice to the Philippines after the typhoon.", "JPN 073 PHL"],
    ["India dispatched medicines and tents to Turkey after the earthquake.", "IND 073 TUR"],
    ["Qatar sent fuel to Gaza on Monday.", "QAT 073 PSE"],
  ])("%s", (text, expected) => expectEvent(text, expected));
});

describe("leaders who convene meet", () => {
  it("'Uzbek and Kazakh leaders convened in Tashkent' is a meeting of both", () => {
    expectEvent("Uzbek and Kazakh leaders convened in Tashkent on Friday to discuss water sharing.", "UZB 040 KAZ");
  });

  it("a government meeting its own members is no event between parties", () => {
    expectNoEvent("Egypt's president convened his national security council on Sunday.", "EGY 04 EGY");
    expectNoEvent("Egypt's president met his cabinet on Sunday.", "EGY 04 EGY");
  });
});
