import { describe, it } from "vitest";
import { expectEvent, expectNoEvent } from "../src/test-helpers/event-triples.js";

// Role phrases news writes around a country (fourteenth session): a domain noun between a demonym and
// its role word ("Japanese defence officials"; grammar `mention_modifiers`), and a role that opens its
// sentence shared by every country listed after "from" or "in" ("Officials from Serbia and Kosovo").

describe("a domain noun between a demonym and its role word", () => {
  it("'Japanese defence officials' are Japan's", () => {
    expectEvent("Japanese defence officials met their Philippine counterparts in Manila.", "JPNGOV 04 PHL");
  });

  it("'Chilean and Peruvian trade officials' are each their country's", () => {
    const text = "Chilean and Peruvian trade officials held talks in Lima on Tuesday.";
    expectEvent(text, "CHL 04 PER");
    expectEvent(text, "PER 04 CHL");
  });

  it("'Kenyan election officials' and 'Turkish energy officials' are their country's", () => {
    expectEvent("Kenyan election officials rejected Uganda's complaint.", "KEN 12 UGA");
    expectEvent("Turkish energy officials visited Azerbaijan on Monday.", "TUR 042 AZE");
  });
});

describe("a role opening its sentence is shared by the countries listed after 'from'", () => {
  it("'Officials from Serbia and Kosovo met' is a meeting of both sides", () => {
    const text = "Officials from Serbia and Kosovo met in Brussels on Monday.";
    expectEvent(text, "SRB 04 KSV");
    expectEvent(text, "KSV 04 SRB");
  });

  it("'Envoys from Ethiopia and Egypt negotiated' is a negotiation of both", () => {
    expectEvent("Envoys from Ethiopia and Egypt negotiated in Washington over the Nile dam.", "ETH 04 EGY");
  });

  it("a role after the verb is not shared: 'recalled its ambassadors from X and Y'", () => {
    const text = "Israel recalled its ambassadors from Ireland and Norway on Wednesday.";
    expectNoEvent(text, "IRL * *");
    expectNoEvent(text, "NOR * *");
  });
});
