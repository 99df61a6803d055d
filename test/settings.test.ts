import { describe, it } from "vitest";
import { expectEvent, expectNoEvent } from "../src/test-helpers/event-triples.js";

// A phrase of setting ("during talks", "after a meeting") says where or when another act took place.
// It is no part of that act's content: a trigger pattern's gap does not reach into it, a demand does not
// ask for it, and the meeting it names is held by the clause's subject (grammar
// `adjunct_acts.setting_prepositions`; fourteenth session).

describe("a phrase of setting is not the content of the act beside it", () => {
  it("'urged investment during talks with X': talks with X, and no appeal for talks", () => {
    const text = "Kenya's president urged investment during talks with German Chancellor Olaf Scholz in Berlin.";
    expectEvent(text, "KEN 04 DEU");
    expectNoEvent(text, "KEN 026 *");
  });

  it("'called for closer ties during a visit to X' is a visit to X, not a demand for one", () => {
    expectEvent("The Chinese leader called for closer ties during a three-day visit to Vietnam.", "CHN 042 VNM");
  });

  it("'pressed Y for a deal after talks with X' keeps the talks", () => {
    const text = "The Indonesian foreign minister pressed Australia for a trade deal after talks with Malaysia's premier.";
    expectEvent(text, "IDN 04 MYS");
  });

  it("a demand still asks for the act it names ('called for talks with the rebels')", () => {
    expectEvent("The Colombian president called on Venezuela to hold talks with the rebels.", "COL 02 VEN");
    expectEvent("Pakistan urged India to resume talks after the border clashes.", "PAK 026 IND");
  });
});

describe("a setting found under an infinitive is the main clause subject's", () => {
  it("'urged X and Y to negotiate ... during a visit to Z' is the urger's visit", () => {
    const text =
      "Brazil's president urged Israel and Iran to negotiate an end to the fighting during a visit to Cairo.";
    expectEvent(text, "BRA 042 EGY");
    expectNoEvent(text, "ISR 042 *");
    expectNoEvent(text, "IRN 042 *");
  });
});
