import { describe, it } from "vitest";
import { expectEvent, expectNoEvent } from "../src/test-helpers/event-triples.js";

// Lane `plover` (session 14): general failure classes found on the PLOVER-relations tune sentences.
// Every sentence here is written for the test in wire style.

// A refusal, demand, threat or protest held until another party acts is aimed at that party
// (condition-targets.ts; grammar condition_targets).
describe("a condition clause names the party an act is aimed at", () => {
  it("takes the subject of an until/unless clause as the refusal's target", () => {
    expectEvent("Zimbabwean teachers refused to call off their strike unless the government raises salaries.", "ZWEEDU 12 ZWEGOV");
    expectEvent("Hamas will not free the remaining hostages until Israel halts its offensive, a senior official said.", "PSE 12 ISR");
  });

  it("takes the agent of a passive condition clause", () => {
    expectEvent("Kenyan lecturers will not end the strike until their demands are met by the Kenyan government.", "KENEDU 12 KENGOV");
    expectEvent("Kenyan lecturers refused to return to work until their demands are met by the Kenyan government.", "KENEDU 12 KENGOV");
  });

  it("gives no target from a time, the act's own side or another clause's condition", () => {
    expectNoEvent("Kenyan lecturers will not end the strike until the end of the month.", "KENEDU 12 KEN");
    expectEvent("Kenyan lecturers will not end the strike until the end of the month.", "KENEDU 12 -");
    expectEvent("Kenyan lecturers will not end the strike until they are paid.", "KENEDU 12 -");
    // The strike is no condition's act: a verb of another clause stands between them.
    expectNoEvent(
      "Kenyan guards on strike say they will not end the strike until the government provides more resources.",
      "KENMIL 14 KENGOV",
    );
  });
});
