import { describe, it } from "vitest";
import { expectEvent, expectNoEvent } from "../src/test-helpers/event-triples.js";

/**
 * Leaving an international body (grammar `armed_movements.leaving_bodies`) reduces relations with it
 * (160); it is no military retreat, and coordinated states leaving together do not act on each other.
 * Sentences written for these tests in wire style.
 */
describe("leaving an international body", () => {
  it("a state's withdrawal from a body is aimed at the body", () => {
    expectEvent("Nicaragua announced its withdrawal from the Organization of American States on Friday.", "NIC 160 IGO");
    expectEvent("Burkina Faso withdrew from ECOWAS on Sunday, a junta spokesman said.", "BFA 160 IGO");
    expectEvent("Argentina and Hungary announced their withdrawal from the World Health Organization.", "ARG 160 IGO");
  });

  it("coordinated states leaving a body do not de-escalate toward each other", () => {
    const text = "Mali, Niger and Chad announced their immediate withdrawal from ECOWAS on Sunday.";
    expectEvent(text, "NER 160 IGO");
    expectNoEvent(text, "MLI 087 NER");
    expectNoEvent(text, "NER 087 TCD");
  });

  it("forces withdrawing from a place still retreat", () => {
    expectEvent("Russian troops completed their withdrawal from Kherson on Friday.", "RUS 087 UKR");
    expectNoEvent("Israel announced the withdrawal of its troops from southern Lebanon.", "ISR 160 *");
  });
});
