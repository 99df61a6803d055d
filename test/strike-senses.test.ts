import { describe, it } from "vitest";
import { expectEvent, expectNoEvent } from "../src/test-helpers/event-triples.js";

/**
 * The two senses of *strike* (grammar `strike_senses`): a walk-out (14) and an attack (18-20). The
 * noun's own modifiers tell them apart where a surface pattern of the other sense matched its verb.
 * Sentences written for these tests in wire style.
 */
describe("strike senses", () => {
  it("a strike owned by a state or named by a weapon is no walk-out", () => {
    expectNoEvent("Zelenskiy called the Russian strike a war crime.", "* 14 *");
    expectNoEvent("Jordan's king called the Israeli strike on Damascus a dangerous escalation.", "* 14 *");
    expectNoEvent("The minister called the Iranian missile strike on Israel an act of aggression.", "* 14 *");
  });

  it("naming such a strike is then a criticism of its owner", () => {
    expectEvent("Egyptian President Sisi called the Israeli strikes a violation of international law.", "EGY 111 ISR");
  });

  it("a nationwide or general strike is no attack", () => {
    expectNoEvent("French unions began a nationwide strike against pension reform on Thursday.", "* 19 *");
    expectNoEvent("Resident doctors in Nigeria began a nationwide strike on Monday over unpaid salaries.", "* 19 *");
  });

  it("each sense still codes its own acts", () => {
    expectEvent("Teachers in Kenya called a strike over pay on Monday.", "KEN 143 *");
    expectEvent("Nigerian unions staged a general strike on Monday against fuel price rises.", "NGA 143 *");
    expectEvent("Opposition leader Alexei Navalny began a hunger strike in prison.", "RUS 142 *");
    expectEvent("Israel launched air strikes on Hezbollah targets in southern Lebanon.", "ISR 19 LBN");
    expectEvent("Russia began a new wave of missile strikes on Ukraine's energy grid.", "RUS 19 UKR");
  });
});
